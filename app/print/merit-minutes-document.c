/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-minutes-document.c: the minutes of a committee meeting, as PDF.
 *
 * The minutes say when the meeting was held, who chaired and who attended, and for each
 * package on the agenda: every round's votes with their rationales, the decision with its
 * rationale, and the time spent.  They are blind: packages appear by pseudonym only.  The
 * PDF is rendered into memory with Pango on a cairo PDF surface and then written atomically.
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "merit-minutes-document.h"
#include "merit-model.h"
#include "merit-store-error.h"
#include "merit-workflow.h"

/* A4 in points, and its margins. */
#define PDF_WIDTH  595.28
#define PDF_HEIGHT 841.89
#define PDF_MARGIN 56.0

typedef enum {
  BLOCK_TITLE,
  BLOCK_HEADING,
  BLOCK_BODY,
} BlockKind;

typedef struct
{
  BlockKind  kind;
  char      *text;
} Block;

static void
block_clear (gpointer data)
{
  Block *block = data;

  g_clear_pointer (&block->text, g_free);
}

static void G_GNUC_PRINTF (3, 4)
add (GArray     *blocks,
     BlockKind   kind,
     const char *format,
     ...)
{
  Block block = { kind, NULL };
  va_list args;

  va_start (args, format);
  block.text = g_strdup_vprintf (format, args);
  va_end (args);
  g_array_append_val (blocks, block);
}

static const char *
member_name (MeritWorkspace *workspace,
             const char     *id)
{
  MeritMember *member = id != NULL
                        ? merit_roster_lookup (merit_workspace_get_roster (workspace), id)
                        : NULL;

  return member != NULL ? merit_member_get_name (member) : (id != NULL ? id : "?");
}

static void
add_package (GArray         *blocks,
             MeritMeeting   *meeting,
             MeritCandidate *candidate)
{
  MeritWorkspace *workspace = merit_meeting_get_workspace (meeting);
  MeritCommittee *committee = merit_candidate_get_committee (candidate);
  GListModel *votes = merit_committee_get_votes (committee);
  guint n_rounds = merit_workflow_get_current_round (candidate);
  guint seconds = merit_meeting_get_seconds (meeting, merit_candidate_get_id (candidate));
  MeritRole *role = merit_candidate_get_role (candidate);

  add (blocks, BLOCK_HEADING, "%s — %s", merit_candidate_get_pseudonym (candidate),
       role != NULL && merit_role_get_title (role) != NULL ? merit_role_get_title (role) : "");
  for (guint round = 1; round <= n_rounds; round++)
    {
      gboolean any = FALSE;

      add (blocks, BLOCK_BODY, _("Round %u:"), round);
      for (guint i = 0; i < g_list_model_get_n_items (votes); i++)
        {
          g_autoptr(MeritVote) vote = g_list_model_get_item (votes, i);

          if (merit_vote_get_round (vote) != round)
            continue;
          add (blocks, BLOCK_BODY, "    %s: %s — %s",
               member_name (workspace, merit_vote_get_member (vote)),
               merit_meeting_vote_label (merit_vote_get_value (vote)),
               merit_vote_get_rationale (vote) != NULL ? merit_vote_get_rationale (vote) : "");
          any = TRUE;
        }
      if (!any)
        add (blocks, BLOCK_BODY, "    %s", _("No votes."));
    }
  if (merit_committee_get_decision (committee) != MERIT_DECISION_VALUE_NONE)
    {
      add (blocks, BLOCK_BODY, _("Decision: %s"),
           merit_meeting_decision_label (merit_committee_get_decision (committee)));
      add (blocks, BLOCK_BODY, _("Rationale: %s"), merit_committee_get_rationale (committee));
    }
  else
    add (blocks, BLOCK_BODY, "%s", _("Decision: not recorded yet."));
  add (blocks, BLOCK_BODY, _("Time spent: %u:%02u"), seconds / 60, seconds % 60);
}

static GArray *
build_blocks (MeritMeeting *meeting)
{
  MeritWorkspace *workspace = merit_meeting_get_workspace (meeting);
  const char * const *attendees = merit_meeting_get_attendees (meeting);
  GArray *blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_autoptr(GString) names = g_string_new (NULL);

  g_array_set_clear_func (blocks, block_clear);
  for (guint i = 0; attendees[i] != NULL; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", member_name (workspace, attendees[i]));
  add (blocks, BLOCK_TITLE, "%s", _("Minutes of the Committee Meeting"));
  add (blocks, BLOCK_BODY, _("Held: %s"), merit_meeting_get_started_at (meeting));
  add (blocks, BLOCK_BODY, _("Chair: %s"), member_name (workspace, merit_meeting_get_chair (meeting)));
  add (blocks, BLOCK_BODY, _("Attendees: %s"), names->str);
  for (guint i = 0; i < merit_meeting_get_n_packages (meeting); i++)
    {
      MeritCandidate *candidate = merit_workspace_lookup (workspace,
                                                          merit_meeting_get_package (meeting, i));

      if (candidate != NULL)
        add_package (blocks, meeting, candidate);
    }
  return blocks;
}

/**
 * merit_minutes_dup_text:
 * @meeting: a meeting
 *
 * Returns: (transfer full): the minutes as plain text, one block a line
 */
char *
merit_minutes_dup_text (MeritMeeting *meeting)
{
  g_autoptr(GArray) blocks = build_blocks (meeting);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < blocks->len; i++)
    g_string_append_printf (text, "%s\n", g_array_index (blocks, Block, i).text);
  return g_string_free (text, FALSE);
}

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
draw_blocks (cairo_t *cr,
             GArray  *blocks)
{
  static const char * const fonts[] = {
    [BLOCK_TITLE] = "Sans Bold 18",
    [BLOCK_HEADING] = "Sans Bold 13",
    [BLOCK_BODY] = "Sans 10.5",
  };
  double width = PDF_WIDTH - 2 * PDF_MARGIN;
  double height = PDF_HEIGHT - 2 * PDF_MARGIN;
  double y = 0;

  for (guint i = 0; i < blocks->len; i++)
    {
      Block *block = &g_array_index (blocks, Block, i);
      g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
      PangoFontDescription *font = pango_font_description_from_string (fonts[block->kind]);
      double space = block->kind == BLOCK_HEADING && y > 0 ? 14 : 4;
      int layout_height = 0;

      pango_layout_set_font_description (layout, font);
      pango_font_description_free (font);
      pango_layout_set_width (layout, pango_units_from_double (width));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_text (layout, block->text, -1);
      pango_layout_get_size (layout, NULL, &layout_height);
      /* A heading keeps company with the block after it. */
      if (y > 0 && y + space + pango_units_to_double (layout_height)
                   + (block->kind == BLOCK_HEADING ? 40 : 0) > height)
        {
          cairo_show_page (cr);
          y = 0;
          space = 0;
        }
      cairo_move_to (cr, 0, y + space);
      pango_cairo_show_layout (cr, layout);
      y += space + pango_units_to_double (layout_height);
    }
  cairo_show_page (cr);
}

/**
 * merit_minutes_write_pdf:
 * @meeting: a meeting
 * @path: where to write the PDF
 * @error: return location for an error naming the file
 *
 * Writes the minutes as an A4 PDF, atomically: either the whole file or none.
 *
 * Returns: %TRUE on success
 */
gboolean
merit_minutes_write_pdf (MeritMeeting  *meeting,
                         const char    *path,
                         GError       **error)
{
  g_autoptr(GArray) blocks = NULL;
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (MERIT_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  blocks = build_blocks (meeting);
  surface = cairo_pdf_surface_create_for_stream (write_cb, bytes, PDF_WIDTH, PDF_HEIGHT);
  cr = cairo_create (surface);
  cairo_translate (cr, PDF_MARGIN, PDF_MARGIN);
  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_blocks (cr, blocks);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_IO,
                   _("%s: cannot render the minutes: %s"), path, cairo_status_to_string (status));
      return FALSE;
    }
  if (!g_file_set_contents_full (path, (const char *) bytes->data, bytes->len,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0644, error))
    {
      g_prefix_error (error, _("%s: cannot write the minutes: "), path);
      return FALSE;
    }
  return TRUE;
}
