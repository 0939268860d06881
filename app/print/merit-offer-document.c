/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-offer-document.c: an offer package laid out for print, page by page.
 *
 * The document is what the CEO takes into an approval meeting: the pseudonym, the role, the
 * offer beside its band, the blind evidence in aggregate (mean and spread per criterion), the
 * committee's votes and decision, and the approvals with whether each still matches the
 * package.  The candidate's name appears only once the committee has decided, and only for a
 * viewer allowed to see it.  The text is taken when the document is made; paginate() lays it
 * out for a page size and draw_page() draws one page, so GtkPrintOperation and the PDF writer
 * of the command line share the same rendering.
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "merit-digest.h"
#include "merit-model.h"
#include "merit-offer-document.h"
#include "merit-store-error.h"
#include "merit-workflow.h"

typedef enum {
  BLOCK_TITLE,
  BLOCK_HEADING,
  BLOCK_BODY,
  BLOCK_NOTE,
} BlockKind;

typedef struct
{
  BlockKind  kind;
  char      *text;
  guint      page;
  double     y;
} Block;

struct _MeritOfferDocument
{
  GObject  parent_instance;

  /* Owned data. */
  GArray  *blocks;
  double   width;
  guint    n_pages;
};

G_DEFINE_FINAL_TYPE (MeritOfferDocument, merit_offer_document, G_TYPE_OBJECT)

/* A4 in points, and its margins, for the PDF writer. */
#define PDF_WIDTH  595.28
#define PDF_HEIGHT 841.89
#define PDF_MARGIN 56.0

static void
block_clear (gpointer data)
{
  Block *block = data;

  g_clear_pointer (&block->text, g_free);
}

static void
add_block (MeritOfferDocument *self,
           BlockKind           kind,
           const char         *text)
{
  Block block = { kind, g_strdup (text), 0, 0 };

  g_array_append_val (self->blocks, block);
}

static void G_GNUC_PRINTF (3, 4)
add_printf (MeritOfferDocument *self,
            BlockKind           kind,
            const char         *format,
            ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  add_block (self, kind, text);
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

static const char *
or_dash (const char *text)
{
  return text != NULL && *text != '\0' ? text : "–";
}

static void
add_offer (MeritOfferDocument *self,
           MeritWorkspace     *workspace,
           MeritCandidate     *candidate)
{
  MeritOffer *offer = merit_candidate_get_offer (candidate);
  MeritCompBand *band;
  const char *status_label = NULL;

  add_block (self, BLOCK_HEADING, _("Offer"));
  if (offer == NULL)
    {
      add_block (self, BLOCK_BODY, _("No offer has been drafted."));
      return;
    }
  add_printf (self, BLOCK_BODY, _("Level %s · base salary %s %s · bonus %s · equity %s · start %s"),
              or_dash (merit_offer_get_level (offer)), or_dash (merit_offer_get_base (offer)),
              or_dash (merit_offer_get_currency (offer)), or_dash (merit_offer_get_bonus (offer)),
              or_dash (merit_offer_get_equity (offer)),
              or_dash (merit_offer_get_start_date (offer)));
  band = merit_workspace_find_band (workspace, merit_offer_get_level (offer),
                                    merit_offer_get_currency (offer));
  switch (merit_workflow_get_band_status (workspace, offer))
    {
    case MERIT_BAND_STATUS_WITHIN:
      status_label = _("within the band");
      break;
    case MERIT_BAND_STATUS_BELOW:
      status_label = _("below the band");
      break;
    case MERIT_BAND_STATUS_ABOVE:
      status_label = _("above the band");
      break;
    case MERIT_BAND_STATUS_NO_BAND:
    default:
      break;
    }
  if (band != NULL && status_label != NULL)
    add_printf (self, BLOCK_BODY, _("Band %s %s: %s to %s — the offer is %s"),
                merit_comp_band_get_level (band), merit_comp_band_get_currency (band),
                or_dash (merit_comp_band_get_min (band)), or_dash (merit_comp_band_get_max (band)),
                status_label);
  else
    add_block (self, BLOCK_BODY, _("No comp band for this level and currency."));
  add_printf (self, BLOCK_BODY, _("Justification: %s"),
              or_dash (merit_offer_get_justification (offer)));
  if (merit_offer_get_exception (offer) != NULL)
    add_printf (self, BLOCK_BODY, _("Exception: %s"), merit_offer_get_exception (offer));
}

static void
add_evidence (MeritOfferDocument *self,
              MeritWorkspace     *workspace,
              MeritCandidate     *candidate)
{
  MeritRubric *rubric = merit_workspace_get_rubric (workspace);
  g_auto(GStrv) criteria = merit_rubric_dup_criterion_ids (rubric);
  GListModel *reviews = merit_candidate_get_reviews (candidate);
  guint n_reviews = merit_workflow_count_submitted_reviews (candidate);

  add_block (self, BLOCK_HEADING, _("Blind evidence"));
  add_printf (self, BLOCK_BODY,
              ngettext ("%u submitted review, scored 1 to 4 per criterion.",
                        "%u submitted reviews, scored 1 to 4 per criterion.", n_reviews),
              n_reviews);
  for (guint c = 0; criteria[c] != NULL; c++)
    {
      MeritCriterion *criterion = merit_rubric_lookup (rubric, criteria[c]);
      const char *name = criterion != NULL ? merit_criterion_get_name (criterion, NULL) : NULL;
      guint n = 0, low = G_MAXUINT, high = 0;
      double sum = 0;

      for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
        {
          g_autoptr(MeritReview) review = g_list_model_get_item (reviews, i);
          MeritScore *score = merit_review_get_score (review, criteria[c]);
          guint value = score != NULL ? merit_score_get_value (score) : 0;

          if (merit_review_get_state (review) != MERIT_REVIEW_STATE_SUBMITTED || value == 0)
            continue;
          n++;
          sum += value;
          low = MIN (low, value);
          high = MAX (high, value);
        }
      if (n == 0)
        {
          add_printf (self, BLOCK_BODY, _("%s: no scores yet"), name != NULL ? name : criteria[c]);
          continue;
        }
      add_printf (self, BLOCK_BODY, _("%s: mean %.2f, spread %u (%u to %u)%s"),
                  name != NULL ? name : criteria[c], sum / n, high - low, low, high,
                  high - low >= 2 ? _(" — the reviewers disagree") : "");
    }
}

static void
add_committee (MeritOfferDocument *self,
               MeritWorkspace     *workspace,
               MeritCandidate     *candidate)
{
  MeritCommittee *committee = merit_candidate_get_committee (candidate);
  GListModel *votes = merit_committee_get_votes (committee);
  MeritDecisionValue decision = merit_committee_get_decision (committee);

  add_block (self, BLOCK_HEADING, _("Committee"));
  if (g_list_model_get_n_items (votes) == 0)
    add_block (self, BLOCK_BODY, _("No votes yet."));
  for (guint i = 0; i < g_list_model_get_n_items (votes); i++)
    {
      g_autoptr(MeritVote) vote = g_list_model_get_item (votes, i);

      add_printf (self, BLOCK_BODY, _("%s, round %u: %s — %s"),
                  member_name (workspace, merit_vote_get_member (vote)),
                  merit_vote_get_round (vote), merit_vote_value_to_string (merit_vote_get_value (vote)),
                  or_dash (merit_vote_get_rationale (vote)));
    }
  if (decision == MERIT_DECISION_VALUE_NONE)
    {
      add_block (self, BLOCK_BODY, _("Decision: not recorded yet."));
      return;
    }
  add_printf (self, BLOCK_BODY, _("Decision: %s, recorded by %s on %s; quorum %u %s."),
              merit_decision_value_to_string (decision),
              member_name (workspace, merit_committee_get_decided_by (committee)),
              or_dash (merit_committee_get_decided_at (committee)),
              merit_committee_get_quorum (committee),
              merit_committee_get_quorum_met (committee) ? _("met") : _("not met"));
  add_printf (self, BLOCK_BODY, _("Rationale: %s"), or_dash (merit_committee_get_rationale (committee)));
}

static void
add_approvals (MeritOfferDocument *self,
               MeritWorkspace     *workspace,
               MeritCandidate     *candidate)
{
  GListModel *approvals = merit_candidate_get_approvals (candidate);
  g_autofree char *digest = merit_digest_candidate (candidate, NULL);

  add_block (self, BLOCK_HEADING, _("CEO approvals"));
  if (g_list_model_get_n_items (approvals) == 0)
    add_block (self, BLOCK_BODY, _("No CEO decision yet."));
  for (guint i = 0; i < g_list_model_get_n_items (approvals); i++)
    {
      g_autoptr(MeritApproval) approval = g_list_model_get_item (approvals, i);
      gboolean matches = g_strcmp0 (digest, merit_approval_get_digest (approval)) == 0;

      add_printf (self, BLOCK_BODY, _("%s by %s on %s — %s (digest %.12s…, %s)"),
                  merit_approval_decision_to_string (merit_approval_get_decision (approval)),
                  member_name (workspace, merit_approval_get_approver (approval)),
                  or_dash (merit_approval_get_time (approval)),
                  or_dash (merit_approval_get_comment (approval)),
                  or_dash (merit_approval_get_digest (approval)),
                  matches ? _("matches the package") : _("does not match the package now"));
    }
}

static gboolean
shows_identity (MeritWorkspace *workspace,
                MeritCandidate *candidate,
                const char     *viewer)
{
  if (merit_committee_get_decision (merit_candidate_get_committee (candidate))
      == MERIT_DECISION_VALUE_NONE)
    return FALSE;
  if (merit_candidate_get_identity (candidate) == NULL
      || merit_identity_get_name (merit_candidate_get_identity (candidate)) == NULL)
    return FALSE;
  return viewer == NULL || merit_workflow_can_see_identity (workspace, candidate, viewer);
}

static void
merit_offer_document_finalize (GObject *object)
{
  MeritOfferDocument *self = MERIT_OFFER_DOCUMENT (object);

  g_clear_pointer (&self->blocks, g_array_unref);

  G_OBJECT_CLASS (merit_offer_document_parent_class)->finalize (object);
}

static void
merit_offer_document_class_init (MeritOfferDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = merit_offer_document_finalize;
}

static void
merit_offer_document_init (MeritOfferDocument *self)
{
  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, block_clear);
}

/**
 * merit_offer_document_new:
 * @workspace: the workspace (roster, rubric and comp bands)
 * @candidate: the package to print
 * @viewer: (nullable): the member who prints; with %NULL the name is shown once decided
 *
 * Takes the printable content of @candidate as it is now.
 *
 * Returns: (transfer full): a new document
 */
MeritOfferDocument *
merit_offer_document_new (MeritWorkspace *workspace,
                          MeritCandidate *candidate,
                          const char     *viewer)
{
  MeritOfferDocument *self;
  MeritRole *role;

  g_return_val_if_fail (MERIT_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (MERIT_IS_CANDIDATE (candidate), NULL);

  self = g_object_new (MERIT_TYPE_OFFER_DOCUMENT, NULL);
  role = merit_candidate_get_role (candidate);
  add_printf (self, BLOCK_TITLE, _("Offer package: %s"), merit_candidate_get_pseudonym (candidate));
  add_printf (self, BLOCK_NOTE, _("Package %s · stage “%s”"), merit_candidate_get_id (candidate),
              merit_stage_get_label (merit_candidate_get_stage (candidate)));
  if (shows_identity (workspace, candidate, viewer))
    add_printf (self, BLOCK_BODY, _("Candidate: %s (revealed after the committee’s decision)"),
                merit_identity_get_name (merit_candidate_get_identity (candidate)));
  add_block (self, BLOCK_HEADING, _("Role"));
  add_printf (self, BLOCK_BODY, _("%s · team %s · level %s"),
              or_dash (role != NULL ? merit_role_get_title (role) : NULL),
              or_dash (role != NULL ? merit_role_get_team (role) : NULL),
              or_dash (role != NULL ? merit_role_get_level (role) : NULL));
  add_offer (self, workspace, candidate);
  add_evidence (self, workspace, candidate);
  add_committee (self, workspace, candidate);
  add_approvals (self, workspace, candidate);
  return self;
}

/**
 * merit_offer_document_dup_text:
 * @self: a document
 *
 * Returns: (transfer full): the document as plain text, one block per line
 */
char *
merit_offer_document_dup_text (MeritOfferDocument *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (MERIT_IS_OFFER_DOCUMENT (self), NULL);

  for (guint i = 0; i < self->blocks->len; i++)
    g_string_append_printf (text, "%s\n", g_array_index (self->blocks, Block, i).text);
  return g_string_free (text, FALSE);
}

static PangoLayout *
create_layout (cairo_t *cr,
               Block   *block,
               double   width)
{
  static const char * const fonts[] = {
    [BLOCK_TITLE] = "Sans Bold 18",
    [BLOCK_HEADING] = "Sans Bold 13",
    [BLOCK_BODY] = "Sans 10.5",
    [BLOCK_NOTE] = "Sans Italic 9",
  };
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (fonts[block->kind]);

  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, block->text, -1);
  return layout;
}

/**
 * merit_offer_document_paginate:
 * @self: a document
 * @cr: a cairo context like the one the pages will be drawn on
 * @width: the width of the printable area, in @cr's units
 * @height: the height of the printable area
 *
 * Lays the document out in pages of @width × @height.
 *
 * Returns: the number of pages
 */
guint
merit_offer_document_paginate (MeritOfferDocument *self,
                               cairo_t            *cr,
                               double              width,
                               double              height)
{
  double y = 0;
  guint page = 0;

  g_return_val_if_fail (MERIT_IS_OFFER_DOCUMENT (self), 0);
  g_return_val_if_fail (cr != NULL, 0);

  self->width = width;
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);
      g_autoptr(PangoLayout) layout = create_layout (cr, block, width);
      double space = block->kind == BLOCK_HEADING && y > 0 ? 14 : 4;
      int layout_height = 0;

      pango_layout_get_size (layout, NULL, &layout_height);
      /* A heading keeps company with the block after it. */
      if (y > 0 && y + space + pango_units_to_double (layout_height)
                   + (block->kind == BLOCK_HEADING ? 40 : 0) > height)
        {
          page++;
          y = 0;
          space = 0;
        }
      block->page = page;
      block->y = y + space;
      y = block->y + pango_units_to_double (layout_height);
    }
  self->n_pages = page + 1;
  return self->n_pages;
}

/**
 * merit_offer_document_draw_page:
 * @self: a paginated document
 * @cr: a cairo context whose origin is the top left of the printable area
 * @page: the page, from 0
 *
 * Draws one page as merit_offer_document_paginate() laid it out.
 */
void
merit_offer_document_draw_page (MeritOfferDocument *self,
                                cairo_t            *cr,
                                guint               page)
{
  g_return_if_fail (MERIT_IS_OFFER_DOCUMENT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->n_pages);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);
      g_autoptr(PangoLayout) layout = NULL;

      if (block->page != page)
        continue;
      layout = create_layout (cr, block, self->width);
      cairo_move_to (cr, 0, block->y);
      pango_cairo_show_layout (cr, layout);
    }
  cairo_restore (cr);
}

/**
 * merit_offer_document_write_pdf:
 * @self: a document
 * @path: where to write the PDF
 * @error: return location for an error
 *
 * Writes the document as an A4 PDF.
 *
 * Returns: %TRUE on success
 */
gboolean
merit_offer_document_write_pdf (MeritOfferDocument  *self,
                                const char          *path,
                                GError             **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  guint n_pages;

  g_return_val_if_fail (MERIT_IS_OFFER_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  surface = cairo_pdf_surface_create (path, PDF_WIDTH, PDF_HEIGHT);
  cr = cairo_create (surface);
  cairo_translate (cr, PDF_MARGIN, PDF_MARGIN);
  n_pages = merit_offer_document_paginate (self, cr, PDF_WIDTH - 2 * PDF_MARGIN,
                                           PDF_HEIGHT - 2 * PDF_MARGIN);
  for (guint page = 0; page < n_pages; page++)
    {
      merit_offer_document_draw_page (self, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_IO, _("%s: cannot write the PDF: %s"),
                   path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
