/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-plot-data.c: the numbers of one dashboard plot, drawn with cairo and shown as a table.
 *
 * One object holds what a plot shows: rows (stages, criteria, reviewers, periods…), a value
 * per series for each row, an optional reference value and a note.  The same object draws the
 * plot (on screen through GtkSnapshot, into PNG and SVG files through cairo surfaces) and
 * gives the cells of its table, so the plot and its accessible alternative never disagree.
 * A value that would describe fewer than five people is drawn and written as "fewer than 5".
 */

#include "config.h"

#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "merit-plot-data-private.h"

G_DEFINE_FINAL_TYPE (MeritPlotData, merit_plot_data, G_TYPE_OBJECT)

static void
row_clear (gpointer data)
{
  MeritPlotRow *row = data;

  g_free (row->label);
  g_free (row->note);
}

char *
_merit_plot_data_format_value (MeritPlotData       *self,
                               MeritPlotValueState  state,
                               double               value)
{
  if (state == MERIT_PLOT_VALUE_SUPPRESSED)
    return g_strdup (_("fewer than 5"));
  if (state == MERIT_PLOT_VALUE_MISSING)
    return g_strdup ("–");
  return g_strdup_printf (self->show_sign ? "%+.*f" : "%.*f", (int) self->digits, value);
}

char *
_merit_plot_data_format_note (MeritPlotData *self,
                              const char    *note)
{
  if (note == NULL)
    return NULL;
  if (self->note_format == NULL)
    return g_strdup (note);
  /* The format is a translated string with one %s. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return g_strdup_printf (self->note_format, note);
#pragma GCC diagnostic pop
}

static void
merit_plot_data_finalize (GObject *object)
{
  MeritPlotData *self = MERIT_PLOT_DATA (object);

  g_free (self->title);
  g_free (self->description);
  g_free (self->row_heading);
  g_free (self->axis_label);
  g_free (self->reference_name);
  g_free (self->note_heading);
  g_free (self->note_format);
  g_clear_pointer (&self->series, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_array_unref);
  G_OBJECT_CLASS (merit_plot_data_parent_class)->finalize (object);
}

static void
merit_plot_data_class_init (MeritPlotDataClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = merit_plot_data_finalize;
}

static void
merit_plot_data_init (MeritPlotData *self)
{
  self->series = g_ptr_array_new_with_free_func (g_free);
  self->rows = g_array_new (FALSE, TRUE, sizeof (MeritPlotRow));
  g_array_set_clear_func (self->rows, row_clear);
}

/**
 * merit_plot_data_new:
 * @kind: how the rows are drawn
 * @title: the plot's title
 * @row_heading: what a row is ("Stage"), the table's first column
 * @axis_label: the value axis, with its unit ("Days")
 *
 * Returns: (transfer full): an empty plot
 */
MeritPlotData *
merit_plot_data_new (MeritPlotKind  kind,
                     const char    *title,
                     const char    *row_heading,
                     const char    *axis_label)
{
  MeritPlotData *self = g_object_new (MERIT_TYPE_PLOT_DATA, NULL);

  self->kind = kind;
  self->title = g_strdup (title);
  self->row_heading = g_strdup (row_heading);
  self->axis_label = g_strdup (axis_label);
  return self;
}

MeritPlotKind
merit_plot_data_get_kind (MeritPlotData *self)
{
  g_return_val_if_fail (MERIT_IS_PLOT_DATA (self), MERIT_PLOT_KIND_BARS);
  return self->kind;
}

const char *
merit_plot_data_get_title (MeritPlotData *self)
{
  g_return_val_if_fail (MERIT_IS_PLOT_DATA (self), NULL);
  return self->title;
}

const char *
merit_plot_data_get_description (MeritPlotData *self)
{
  g_return_val_if_fail (MERIT_IS_PLOT_DATA (self), NULL);
  return self->description;
}

/**
 * merit_plot_data_set_description:
 * @description: (nullable): one sentence on what the plot counts
 */
void
merit_plot_data_set_description (MeritPlotData *self,
                                 const char    *description)
{
  g_return_if_fail (MERIT_IS_PLOT_DATA (self));
  g_free (self->description);
  self->description = g_strdup (description);
}

void
merit_plot_data_add_series (MeritPlotData *self,
                            const char    *name)
{
  g_return_if_fail (MERIT_IS_PLOT_DATA (self));
  g_return_if_fail (self->series->len < MERIT_PLOT_MAX_SERIES);
  g_ptr_array_add (self->series, g_strdup (name));
}

/**
 * merit_plot_data_set_digits:
 * @digits: decimals of every value
 * @show_sign: whether positive values get a "+"
 */
void
merit_plot_data_set_digits (MeritPlotData *self,
                            guint          digits,
                            gboolean       show_sign)
{
  g_return_if_fail (MERIT_IS_PLOT_DATA (self));
  self->digits = digits;
  self->show_sign = show_sign;
}

/**
 * merit_plot_data_set_range:
 *
 * Fixes the value scale, e.g. to the rubric's 1–4; otherwise it fits the values.
 */
void
merit_plot_data_set_range (MeritPlotData *self,
                           double         min,
                           double         max)
{
  g_return_if_fail (MERIT_IS_PLOT_DATA (self));
  g_return_if_fail (max > min);
  self->has_range = TRUE;
  self->min = min;
  self->max = max;
}

/**
 * merit_plot_data_set_reference:
 * @name: what the reference mark of each row stands for
 */
void
merit_plot_data_set_reference (MeritPlotData *self,
                               const char    *name)
{
  g_return_if_fail (MERIT_IS_PLOT_DATA (self));
  g_free (self->reference_name);
  self->reference_name = g_strdup (name);
}

/**
 * merit_plot_data_set_note_column:
 * @heading: the table column of the notes
 * @plot_format: (nullable): how the plot shows a note, a format with one %s
 */
void
merit_plot_data_set_note_column (MeritPlotData *self,
                                 const char    *heading,
                                 const char    *plot_format)
{
  g_return_if_fail (MERIT_IS_PLOT_DATA (self));
  g_free (self->note_heading);
  g_free (self->note_format);
  self->note_heading = g_strdup (heading);
  self->note_format = g_strdup (plot_format);
}

/**
 * merit_plot_data_add_row:
 *
 * Returns: the index of the new row, whose values are all missing
 */
guint
merit_plot_data_add_row (MeritPlotData *self,
                         const char    *label)
{
  MeritPlotRow row = { 0 };

  g_return_val_if_fail (MERIT_IS_PLOT_DATA (self), 0);

  row.label = g_strdup (label);
  for (guint s = 0; s < MERIT_PLOT_MAX_SERIES; s++)
    row.state[s] = MERIT_PLOT_VALUE_MISSING;
  row.reference_state = MERIT_PLOT_VALUE_MISSING;
  g_array_append_val (self->rows, row);
  return self->rows->len - 1;
}

void
merit_plot_data_set_value (MeritPlotData       *self,
                           guint                row,
                           guint                series,
                           MeritPlotValueState  state,
                           double               value)
{
  MeritPlotRow *r;

  g_return_if_fail (MERIT_IS_PLOT_DATA (self));
  g_return_if_fail (row < self->rows->len && series < MERIT_PLOT_MAX_SERIES);
  r = &g_array_index (self->rows, MeritPlotRow, row);
  r->state[series] = state;
  r->value[series] = state == MERIT_PLOT_VALUE_SHOWN ? value : 0;
}

void
merit_plot_data_set_row_reference (MeritPlotData       *self,
                                   guint                row,
                                   MeritPlotValueState  state,
                                   double               value)
{
  MeritPlotRow *r;

  g_return_if_fail (MERIT_IS_PLOT_DATA (self));
  g_return_if_fail (row < self->rows->len);
  r = &g_array_index (self->rows, MeritPlotRow, row);
  r->reference_state = state;
  r->reference = state == MERIT_PLOT_VALUE_SHOWN ? value : 0;
}

void
merit_plot_data_set_note (MeritPlotData *self,
                          guint          row,
                          const char    *note)
{
  MeritPlotRow *r;

  g_return_if_fail (MERIT_IS_PLOT_DATA (self));
  g_return_if_fail (row < self->rows->len);
  r = &g_array_index (self->rows, MeritPlotRow, row);
  g_free (r->note);
  r->note = g_strdup (note);
}

guint
merit_plot_data_get_n_rows (MeritPlotData *self)
{
  g_return_val_if_fail (MERIT_IS_PLOT_DATA (self), 0);
  return self->rows->len;
}

/**
 * merit_plot_data_get_n_columns:
 *
 * Returns: the columns of the table: the row heading, each series, the reference, the note
 */
guint
merit_plot_data_get_n_columns (MeritPlotData *self)
{
  g_return_val_if_fail (MERIT_IS_PLOT_DATA (self), 0);
  return 1 + self->series->len + (self->reference_name != NULL ? 1 : 0)
         + (self->note_heading != NULL ? 1 : 0);
}

/**
 * merit_plot_data_dup_heading:
 *
 * Returns: (transfer full): the heading of a table column
 */
char *
merit_plot_data_dup_heading (MeritPlotData *self,
                             guint          column)
{
  g_return_val_if_fail (MERIT_IS_PLOT_DATA (self), NULL);

  if (column == 0)
    return g_strdup (self->row_heading);
  column--;
  if (column < self->series->len)
    return g_strdup (g_ptr_array_index (self->series, column));
  column -= self->series->len;
  if (self->reference_name != NULL && column-- == 0)
    return g_strdup (self->reference_name);
  return g_strdup (self->note_heading);
}

/**
 * merit_plot_data_dup_cell:
 *
 * Returns: (transfer full): the text of a table cell, exactly as the plot labels it
 */
char *
merit_plot_data_dup_cell (MeritPlotData *self,
                          guint          row,
                          guint          column)
{
  MeritPlotRow *r;

  g_return_val_if_fail (MERIT_IS_PLOT_DATA (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);

  r = &g_array_index (self->rows, MeritPlotRow, row);
  if (column == 0)
    return g_strdup (r->label);
  column--;
  if (column < self->series->len)
    return _merit_plot_data_format_value (self, r->state[column], r->value[column]);
  column -= self->series->len;
  if (self->reference_name != NULL && column-- == 0)
    return _merit_plot_data_format_value (self, r->reference_state, r->reference);
  return g_strdup (r->note != NULL ? r->note : "–");
}

/* Collects what cairo writes to a stream. */
static cairo_status_t
append_bytes_cb (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The plot's words for an SVG file's <title> and <desc>: cairo draws text as glyph outlines,
 * so without them a reader of the file, a screen reader or a search finds no text at all.
 * The description holds the axis and the table, the same numbers as the plot. */
static char *
svg_metadata (MeritPlotData *self)
{
  GString *desc = g_string_new (NULL);
  guint n_columns = merit_plot_data_get_n_columns (self);
  g_autofree char *title = g_markup_escape_text (self->title, -1);
  g_autofree char *escaped = NULL;

  if (self->description != NULL)
    g_string_append_printf (desc, "%s\n", self->description);
  /* TRANSLATORS: in the description of a saved plot; %s is its axis label, such as "Days". */
  g_string_append_printf (desc, _("Axis: %s"), self->axis_label);
  g_string_append_c (desc, '\n');
  for (guint r = 0; r <= self->rows->len; r++)
    {
      for (guint c = 0; c < n_columns; c++)
        {
          g_autofree char *text = r == 0 ? merit_plot_data_dup_heading (self, c)
                                         : merit_plot_data_dup_cell (self, r - 1, c);

          g_string_append_printf (desc, "%s%s", c > 0 ? " | " : "", text != NULL ? text : "");
        }
      g_string_append_c (desc, '\n');
    }
  escaped = g_markup_escape_text (desc->str, -1);
  g_string_free (desc, TRUE);
  return g_strdup_printf ("\n<title>%s</title>\n<desc>%s</desc>", title, escaped);
}

/* Puts @metadata right after the opening tag of the SVG's root element. */
static gboolean
insert_svg_metadata (GByteArray *bytes,
                     const char *metadata)
{
  const char *start = g_strstr_len ((const char *) bytes->data, bytes->len, "<svg");
  const char *end;
  gsize offset;

  if (start == NULL)
    return FALSE;
  end = memchr (start, '>', bytes->len - (gsize) (start - (const char *) bytes->data));
  if (end == NULL)
    return FALSE;
  offset = (gsize) (end + 1 - (const char *) bytes->data);
  g_byte_array_set_size (bytes, bytes->len + strlen (metadata));
  memmove (bytes->data + offset + strlen (metadata), bytes->data + offset,
           bytes->len - strlen (metadata) - offset);
  memcpy (bytes->data + offset, metadata, strlen (metadata));
  return TRUE;
}

/**
 * merit_plot_data_save:
 * @file: where to save
 * @format: PNG or SVG
 * @width: the width of the image in pixels
 * @error: return location for a #GError
 *
 * Saves the plot with its title on a light background.  The file is replaced atomically:
 * a failure leaves the old file, if any, as it was.
 *
 * Returns: %TRUE on success
 */
gboolean
merit_plot_data_save (MeritPlotData    *self,
                      GFile            *file,
                      MeritPlotFormat   format,
                      int               width,
                      GError          **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autofree char *name = NULL;
  MeritPlotPalette palette = { 0 };
  PangoFontDescription *font;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  int height;

  g_return_val_if_fail (MERIT_IS_PLOT_DATA (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  palette.foreground = (MeritPlotColour) { 0, 0, 6 / 255.0, 0.85 };
  palette.accent = (MeritPlotColour) { 0x1c / 255.0, 0x71 / 255.0, 0xd8 / 255.0, 1 };
  palette.background = (MeritPlotColour) { 1, 1, 1, 1 };
  palette.fill_background = TRUE;
  palette.draw_title = TRUE;
  palette.font = font = pango_font_description_from_string ("Sans 10");
  height = _merit_plot_data_get_file_height (self, &palette);

  if (format == MERIT_PLOT_FORMAT_SVG)
    surface = cairo_svg_surface_create_for_stream (append_bytes_cb, bytes, width, height);
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  merit_plot_data_draw (self, cr, width, height, &palette);
  cairo_destroy (cr);
  /* An SVG surface writes its stream when finished; an image is encoded afterwards. */
  if (format == MERIT_PLOT_FORMAT_SVG)
    cairo_surface_finish (surface);
  else
    cairo_surface_flush (surface);
  status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS && format == MERIT_PLOT_FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, append_bytes_cb, bytes);
  if (status == CAIRO_STATUS_SUCCESS && format == MERIT_PLOT_FORMAT_SVG)
    {
      g_autofree char *metadata = svg_metadata (self);

      if (!insert_svg_metadata (bytes, metadata))
        status = CAIRO_STATUS_WRITE_ERROR;
    }
  cairo_surface_destroy (surface);
  pango_font_description_free (font);

  name = g_file_get_parse_name (file);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not draw %s: %s"), name,
                   cairo_status_to_string (status));
      return FALSE;
    }
  if (!g_file_replace_contents (file, (const char *) bytes->data, bytes->len, NULL, FALSE,
                                G_FILE_CREATE_NONE, NULL, NULL, error))
    {
      g_prefix_error (error, _("Could not save %s: "), name);
      return FALSE;
    }
  return TRUE;
}
