/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-cell.c: one line of text in a list cell, laid out only when it is drawn.
 *
 * GTK 4.8's column view keeps about two hundred rows alive and, after every change of its
 * model (each keystroke in the search), builds them again and measures each one.  A GtkLabel
 * shapes its text to be measured, so a search spent most of its time shaping text in rows
 * nobody sees.  A MeritCell is one line high, whatever its text: its height comes from the
 * font's metrics (kept per font), it asks for no width (the columns have theirs), and it
 * shapes its text only when it is drawn, ellipsised to its width.  Its tooltip is asked for
 * when the pointer rests on it, so setting one costs nothing either.  For assistive
 * technologies it is a label, named by its text.
 */

#include "config.h"

#include "merit-cell.h"

struct _MeritCell
{
  GtkWidget    parent_instance;

  char        *text;
  char        *tooltip;
  float        xalign;
  PangoLayout *layout;      /* made on the first draw, for the current text and width */
  int          layout_width;
};

G_DEFINE_FINAL_TYPE (MeritCell, merit_cell, GTK_TYPE_WIDGET)

/* The height of a line of text in each font, in pixels: every cell of a list uses the same. */
static GHashTable *line_heights;  /* font description string → height + 1 */

static int
line_height (GtkWidget *widget)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  g_autofree char *key = font != NULL ? pango_font_description_to_string (font) : g_strdup ("");
  gpointer known;
  PangoFontMetrics *metrics;
  int height;

  if (line_heights == NULL)
    line_heights = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  known = g_hash_table_lookup (line_heights, key);
  if (known != NULL)
    return GPOINTER_TO_INT (known) - 1;
  metrics = pango_context_get_metrics (context, font, pango_context_get_language (context));
  height = PANGO_PIXELS_CEIL (pango_font_metrics_get_height (metrics));
  if (height <= 0)
    height = PANGO_PIXELS_CEIL (pango_font_metrics_get_ascent (metrics)
                                + pango_font_metrics_get_descent (metrics));
  pango_font_metrics_unref (metrics);
  g_hash_table_insert (line_heights, g_steal_pointer (&key), GINT_TO_POINTER (height + 1));
  return height;
}

static void
merit_cell_measure (GtkWidget      *widget,
                    GtkOrientation  orientation,
                    int             for_size,
                    int            *minimum,
                    int            *natural,
                    int            *minimum_baseline,
                    int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = 0;
  else
    *minimum = *natural = line_height (widget);
}

static void
merit_cell_size_allocate (GtkWidget *widget,
                          int        width,
                          int        height,
                          int        baseline)
{
  MeritCell *self = MERIT_CELL (widget);

  if (width != self->layout_width)
    g_clear_object (&self->layout);
}

static void
merit_cell_snapshot (GtkWidget   *widget,
                     GtkSnapshot *snapshot)
{
  MeritCell *self = MERIT_CELL (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  PangoRectangle logical;
  GdkRGBA color;

  if (self->text == NULL || *self->text == '\0' || width <= 0)
    return;
  if (self->layout == NULL)
    {
      self->layout = gtk_widget_create_pango_layout (widget, self->text);
      pango_layout_set_single_paragraph_mode (self->layout, TRUE);
      pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_width (self->layout, width * PANGO_SCALE);
      pango_layout_set_alignment (self->layout,
                                  (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
                                  == (self->xalign < 0.5f) ? PANGO_ALIGN_RIGHT
                                                           : PANGO_ALIGN_LEFT);
      self->layout_width = width;
    }
  pango_layout_get_pixel_extents (self->layout, NULL, &logical);
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, (height - logical.height) / 2));
  gtk_snapshot_append_layout (snapshot, self->layout, &color);
  gtk_snapshot_restore (snapshot);
}

static gboolean
merit_cell_query_tooltip (GtkWidget  *widget,
                          int         x,
                          int         y,
                          gboolean    keyboard_tooltip,
                          GtkTooltip *tooltip)
{
  MeritCell *self = MERIT_CELL (widget);

  if (self->tooltip == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, self->tooltip);
  return TRUE;
}

static void
merit_cell_direction_changed (GtkWidget        *widget,
                              GtkTextDirection  previous)
{
  g_clear_object (&MERIT_CELL (widget)->layout);
  GTK_WIDGET_CLASS (merit_cell_parent_class)->direction_changed (widget, previous);
}

static void
merit_cell_finalize (GObject *object)
{
  MeritCell *self = MERIT_CELL (object);

  g_clear_object (&self->layout);
  g_free (self->text);
  g_free (self->tooltip);
  G_OBJECT_CLASS (merit_cell_parent_class)->finalize (object);
}

static void
merit_cell_class_init (MeritCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = merit_cell_finalize;
  widget_class->measure = merit_cell_measure;
  widget_class->size_allocate = merit_cell_size_allocate;
  widget_class->snapshot = merit_cell_snapshot;
  widget_class->query_tooltip = merit_cell_query_tooltip;
  widget_class->direction_changed = merit_cell_direction_changed;
  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
merit_cell_init (MeritCell *self)
{
  self->layout_width = -1;
  /* Once: the tooltip text itself is asked for only when it is shown. */
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

/**
 * merit_cell_new:
 * @xalign: 0 to start the text at the start of the cell, 1 to end it at the end
 *
 * Returns: (transfer full): a new cell
 */
GtkWidget *
merit_cell_new (float xalign)
{
  MeritCell *self = g_object_new (MERIT_TYPE_CELL, NULL);

  self->xalign = xalign;
  return GTK_WIDGET (self);
}

/**
 * merit_cell_set_text:
 * @self: a cell
 * @text: (nullable): the text, one line
 */
void
merit_cell_set_text (MeritCell  *self,
                     const char *text)
{
  g_return_if_fail (MERIT_IS_CELL (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;
  g_free (self->text);
  self->text = g_strdup (text);
  g_clear_object (&self->layout);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  text != NULL ? text : "", -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * merit_cell_get_text:
 * @self: a cell
 *
 * Returns: (nullable): the text
 */
const char *
merit_cell_get_text (MeritCell *self)
{
  g_return_val_if_fail (MERIT_IS_CELL (self), NULL);

  return self->text;
}

/**
 * merit_cell_set_tooltip:
 * @self: a cell
 * @tooltip: (nullable): shown when the pointer rests on the cell; %NULL for none
 */
void
merit_cell_set_tooltip (MeritCell  *self,
                        const char *tooltip)
{
  g_return_if_fail (MERIT_IS_CELL (self));

  if (g_strcmp0 (self->tooltip, tooltip) == 0)
    return;
  g_free (self->tooltip);
  self->tooltip = g_strdup (tooltip);
}

/**
 * merit_cell_get_tooltip:
 * @self: a cell
 *
 * Returns: (nullable): the tooltip
 */
const char *
merit_cell_get_tooltip (MeritCell *self)
{
  g_return_val_if_fail (MERIT_IS_CELL (self), NULL);

  return self->tooltip;
}
