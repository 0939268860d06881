/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-plot-draw.c: how a MeritPlotData draws itself with cairo and Pango.
 *
 * Horizontal bars and dot plots put one row per line with its label on the left and the value
 * axis, its ticks and its title (with the unit) below; line plots run the rows from left to
 * right.  Every series differs by shape or lightness as well as colour, and the legend names
 * it.  A suppressed value is written "fewer than 5" where its bar or dot would be; in a line
 * plot it is a cross that the legend explains.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "merit-plot-data-private.h"

#define PAD         12.0
#define BAR_HEIGHT  12.0
#define BAR_SPACING 2.0
#define ROW_GAP     10.0
#define DOT_RADIUS  5.0
#define LINE_PLOT_HEIGHT 200.0

/* Everything the drawing code needs, worked out once per draw. */
typedef struct
{
  MeritPlotData          *self;
  cairo_t                *cr;
  const MeritPlotPalette *palette;
  PangoLayout            *layout;
  double                  line;     /* height of a line of text */
  double                  left;     /* the plot area */
  double                  right;
  double                  top;
  double                  bottom;
  double                  min;      /* the value scale */
  double                  max;
  double                  step;
} Draw;

/* A step of 1, 2, 2.5 or 5 times a power of ten that cuts @span into about @parts. */
static double
nice_step (double span,
           guint  parts)
{
  double raw = span / parts;
  double magnitude = pow (10, floor (log10 (raw)));
  double fraction = raw / magnitude;

  if (fraction <= 1)
    return magnitude;
  if (fraction <= 2)
    return 2 * magnitude;
  if (fraction <= 2.5)
    return 2.5 * magnitude;
  if (fraction <= 5)
    return 5 * magnitude;
  return 10 * magnitude;
}

static void
scale_range (MeritPlotData *self,
             double        *out_min,
             double        *out_max,
             double        *out_step)
{
  double largest = 0;

  for (guint r = 0; r < self->rows->len; r++)
    {
      MeritPlotRow *row = &g_array_index (self->rows, MeritPlotRow, r);

      for (guint s = 0; s < self->series->len; s++)
        if (row->state[s] == MERIT_PLOT_VALUE_SHOWN)
          largest = MAX (largest, fabs (row->value[s]));
      if (row->reference_state == MERIT_PLOT_VALUE_SHOWN)
        largest = MAX (largest, fabs (row->reference));
    }
  if (self->has_range)
    {
      *out_min = self->min;
      *out_max = self->max;
      *out_step = nice_step (self->max - self->min, 4);
      return;
    }
  if (self->kind == MERIT_PLOT_KIND_DOTS)
    {
      /* Offsets around zero: a symmetric scale, so harsh and lenient look alike. */
      largest = MAX (largest, 0.5);
      *out_step = nice_step (2 * largest, 4);
      *out_max = ceil (largest / *out_step) * *out_step;
      *out_min = -*out_max;
      return;
    }
  largest = MAX (largest, 1);
  *out_step = nice_step (largest, 5);
  if (self->digits == 0)
    *out_step = MAX (*out_step, 1);
  *out_min = 0;
  *out_max = ceil (largest / *out_step) * *out_step;
}

/* The decimals a tick label needs to show @step exactly: 0.25 needs two, 0.5 one. */
static int
tick_digits (double step)
{
  for (int digits = 0; digits < 3; digits++)
    {
      double scaled = step * pow (10, digits);

      if (fabs (scaled - round (scaled)) < 1e-6)
        return digits;
    }
  return 3;
}

static void
set_colour (cairo_t               *cr,
            const MeritPlotColour *colour,
            double                 alpha)
{
  cairo_set_source_rgba (cr, colour->red, colour->green, colour->blue, colour->alpha * alpha);
}

/* Lays out @text; returns its size in pixels. */
static void
text_size (Draw       *d,
           const char *text,
           double     *width,
           double     *height)
{
  int w, h;

  pango_layout_set_width (d->layout, -1);
  pango_layout_set_text (d->layout, text, -1);
  pango_layout_get_pixel_size (d->layout, &w, &h);
  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;
}

/* Draws @text with its left edge at @x (or right edge, or centre) and centred on @y. */
static void
show_text (Draw       *d,
           const char *text,
           double      x,
           double      y,
           double      xalign,
           double      alpha,
           double      max_width)
{
  double w, h;

  pango_layout_set_text (d->layout, text, -1);
  if (max_width > 0)
    {
      pango_layout_set_width (d->layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (d->layout, PANGO_ELLIPSIZE_END);
    }
  else
    pango_layout_set_width (d->layout, -1);
  {
    int iw, ih;

    pango_layout_get_pixel_size (d->layout, &iw, &ih);
    w = iw;
    h = ih;
  }
  set_colour (d->cr, &d->palette->foreground, alpha);
  cairo_move_to (d->cr, x - xalign * w, y - h / 2);
  pango_cairo_show_layout (d->cr, d->layout);
  pango_layout_set_ellipsize (d->layout, PANGO_ELLIPSIZE_NONE);
}

/* Like show_text() with the xalign 0, on a patch of background that hides grid lines. */
static void
show_text_boxed (Draw       *d,
                 const char *text,
                 double      x,
                 double      y,
                 double      alpha)
{
  double w, h;

  text_size (d, text, &w, &h);
  set_colour (d->cr, &d->palette->background, 1);
  cairo_rectangle (d->cr, x - 2, y - h / 2, w + 4, h);
  cairo_fill (d->cr);
  show_text (d, text, x, y, 0, alpha, -1);
}

/* The distance between the bars of a row: a line of text fits beside each. */
static double
bar_pitch (double line)
{
  return MAX (BAR_HEIGHT + BAR_SPACING, line - 3);
}

static double
series_alpha (MeritPlotData *self,
              guint          series)
{
  guint n = self->series->len;

  if (n <= 1)
    return 1;
  if (n == 2)
    return series == 0 ? 1 : 0.4;
  /* Ordered levels: from light to the full accent colour. */
  return 0.25 + 0.75 * series / (n - 1);
}

static void
swatch (Draw   *d,
        double  x,
        double  y,
        guint   series)
{
  set_colour (d->cr, &d->palette->accent, series_alpha (d->self, series));
  cairo_rectangle (d->cr, x, y - 6, 12, 12);
  cairo_fill_preserve (d->cr);
  set_colour (d->cr, &d->palette->accent, 1);
  cairo_set_line_width (d->cr, 1);
  cairo_stroke (d->cr);
}

static void
dot (Draw   *d,
     double  x,
     double  y,
     guint   series)
{
  cairo_new_sub_path (d->cr);
  if (series == 0)
    {
      cairo_arc (d->cr, x, y, DOT_RADIUS, 0, 2 * G_PI);
      set_colour (d->cr, &d->palette->accent, 1);
      cairo_fill_preserve (d->cr);
    }
  else
    {
      /* The second series is a hollow square, told apart by shape as well as colour. */
      cairo_rectangle (d->cr, x - DOT_RADIUS + 1, y - DOT_RADIUS + 1, 2 * DOT_RADIUS - 2,
                       2 * DOT_RADIUS - 2);
      set_colour (d->cr, &d->palette->background, 1);
      cairo_fill_preserve (d->cr);
    }
  set_colour (d->cr, series == 0 ? &d->palette->foreground : &d->palette->accent, 1);
  cairo_set_line_width (d->cr, series == 0 ? 1 : 2);
  cairo_stroke (d->cr);
}

static void
cross (Draw   *d,
       double  x,
       double  y)
{
  set_colour (d->cr, &d->palette->foreground, 0.7);
  cairo_set_line_width (d->cr, 1.5);
  cairo_move_to (d->cr, x - 4, y - 4);
  cairo_line_to (d->cr, x + 4, y + 4);
  cairo_move_to (d->cr, x + 4, y - 4);
  cairo_line_to (d->cr, x - 4, y + 4);
  cairo_stroke (d->cr);
}

static void
reference_mark (Draw   *d,
                double  x,
                double  y)
{
  set_colour (d->cr, &d->palette->foreground, 0.85);
  cairo_set_line_width (d->cr, 2.5);
  cairo_move_to (d->cr, x, y - 9);
  cairo_line_to (d->cr, x, y + 9);
  cairo_stroke (d->cr);
}

/* The legend: one entry per series (and the reference), wrapped onto as many lines as needed.
 * Returns the height used; draws only when @draw is TRUE. */
static double
legend (Draw     *d,
        double    x0,
        double    y0,
        double    width,
        gboolean  draw)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  double x = x0;
  double y = y0 + d->line / 2;
  guint n_series = d->self->series->len;
  gboolean show = n_series > 1 || d->self->reference_name != NULL
                  || d->self->kind == MERIT_PLOT_KIND_LINE;

  if (!show)
    return 0;
  for (guint s = 0; s < n_series; s++)
    g_ptr_array_add (entries, g_ptr_array_index (d->self->series, s));
  if (d->self->reference_name != NULL)
    g_ptr_array_add (entries, d->self->reference_name);
  if (d->self->kind == MERIT_PLOT_KIND_LINE)
    g_ptr_array_add (entries, (gpointer) _("fewer than 5"));

  for (guint i = 0; i < entries->len; i++)
    {
      const char *text = g_ptr_array_index (entries, i);
      double w;

      text_size (d, text, &w, NULL);
      if (x > x0 && x + 20 + w > x0 + width)
        {
          x = x0;
          y += d->line + 4;
        }
      if (draw)
        {
          if (i < n_series && d->self->kind == MERIT_PLOT_KIND_BARS)
            swatch (d, x, y, i);
          else if (i < n_series)
            dot (d, x + 6, y, i);
          else if (d->self->reference_name != NULL && i == n_series)
            reference_mark (d, x + 6, y);
          else
            cross (d, x + 6, y);
          show_text (d, text, x + 18, y, 0, 1, -1);
        }
      x += 18 + w + 18;
    }
  return y - y0 + d->line / 2 + 8;
}

static double
scale_x (Draw   *d,
         double  value)
{
  return d->left + (value - d->min) / (d->max - d->min) * (d->right - d->left);
}

static double
row_height (MeritPlotData *self,
            double         line)
{
  if (self->kind == MERIT_PLOT_KIND_BARS)
    {
      guint n = MAX (self->series->len, 1);

      return MAX ((n - 1) * bar_pitch (line) + BAR_HEIGHT, line) + ROW_GAP;
    }
  return MAX (line, 2 * DOT_RADIUS) + ROW_GAP;
}

/* The x axis under a horizontal plot: grid lines, tick labels and the axis title. */
static void
value_axis (Draw *d)
{
  double first = ceil (d->min / d->step - 1e-9) * d->step;

  cairo_set_line_width (d->cr, 1);
  for (double v = first; v <= d->max + d->step * 1e-6; v += d->step)
    {
      double x = round (scale_x (d, v)) + 0.5;
      g_autofree char *label = g_strdup_printf ("%.*f", tick_digits (d->step),
                                                fabs (v) < 1e-9 ? 0 : v);

      set_colour (d->cr, &d->palette->foreground, fabs (v) < 1e-9 ? 0.55 : 0.15);
      cairo_move_to (d->cr, x, d->top);
      cairo_line_to (d->cr, x, d->bottom);
      cairo_stroke (d->cr);
      show_text (d, label, x, d->bottom + 4 + d->line / 2, 0.5, 0.8, -1);
    }
  show_text (d, d->self->axis_label, (d->left + d->right) / 2, d->bottom + 8 + 1.5 * d->line,
             0.5, 1, d->right - d->left);
}

static void
draw_rows (Draw *d)
{
  MeritPlotData *self = d->self;
  double height = row_height (self, d->line);
  double label_width = d->left - PAD - 8;

  for (guint r = 0; r < self->rows->len; r++)
    {
      MeritPlotRow *row = &g_array_index (self->rows, MeritPlotRow, r);
      double y0 = d->top + r * height + ROW_GAP / 2;
      double centre = y0 + (height - ROW_GAP) / 2;
      g_autofree char *note = _merit_plot_data_format_note (self, row->note);

      show_text (d, row->label, d->left - 8, centre, 1, 1, label_width);
      if (self->kind == MERIT_PLOT_KIND_BARS)
        {
          guint n = self->series->len;
          double pitch = bar_pitch (d->line);
          double bars = (n - 1) * pitch + BAR_HEIGHT;
          double y = centre - bars / 2;

          for (guint s = 0; s < n; s++, y += pitch)
            {
              g_autofree char *text = _merit_plot_data_format_value (self, row->state[s],
                                                                      row->value[s]);
              gboolean shown = row->state[s] == MERIT_PLOT_VALUE_SHOWN;
              double end = scale_x (d, shown ? row->value[s] : 0);

              if (shown && end > d->left)
                {
                  cairo_rectangle (d->cr, d->left, y, end - d->left, BAR_HEIGHT);
                  set_colour (d->cr, &d->palette->accent, series_alpha (self, s));
                  cairo_fill_preserve (d->cr);
                  set_colour (d->cr, &d->palette->accent, 1);
                  cairo_set_line_width (d->cr, 1);
                  cairo_stroke (d->cr);
                }
              show_text_boxed (d, text, end + 4, y + BAR_HEIGHT / 2, shown ? 1 : 0.7);
            }
        }
      else
        {
          if (row->reference_state == MERIT_PLOT_VALUE_SHOWN)
            reference_mark (d, scale_x (d, row->reference), centre);
          if (row->state[0] == MERIT_PLOT_VALUE_SHOWN)
            dot (d, scale_x (d, row->value[0]), centre, 0);
          else
            {
              g_autofree char *text = _merit_plot_data_format_value (self, row->state[0],
                                                                    row->value[0]);

              show_text_boxed (d, text, d->left + 4, centre, 0.7);
            }
          if (note != NULL)
            show_text (d, note, d->right + 12, centre, 0, 0.8, -1);
        }
    }
}

/* The height of @value in a line plot. */
static double
value_y (Draw   *d,
         double  value)
{
  return d->bottom - (value - d->min) / (d->max - d->min) * (d->bottom - d->top);
}

/* Time from left to right: one point per row and series, lines between neighbours. */
static void
draw_line_plot (Draw *d)
{
  MeritPlotData *self = d->self;
  guint n = self->rows->len;
  double spacing = n > 0 ? (d->right - d->left) / n : 0;
  double label_width = 0;
  guint label_every;

  /* y axis */
  cairo_set_line_width (d->cr, 1);
  for (double v = d->min; v <= d->max + d->step * 1e-6; v += d->step)
    {
      double y = round (d->bottom - (v - d->min) / (d->max - d->min) * (d->bottom - d->top)) + 0.5;
      g_autofree char *label = g_strdup_printf ("%.*f", tick_digits (d->step), v);

      set_colour (d->cr, &d->palette->foreground, v == d->min ? 0.55 : 0.15);
      cairo_move_to (d->cr, d->left, y);
      cairo_line_to (d->cr, d->right, y);
      cairo_stroke (d->cr);
      show_text (d, label, d->left - 6, y, 1, 0.8, -1);
    }
  cairo_save (d->cr);
  cairo_translate (d->cr, PAD + d->line / 2, (d->top + d->bottom) / 2);
  cairo_rotate (d->cr, -G_PI / 2);
  show_text (d, self->axis_label, 0, 0, 0.5, 1, d->bottom - d->top);
  cairo_restore (d->cr);

  /* x labels: as many as fit without touching */
  for (guint r = 0; r < n; r++)
    {
      double w;

      text_size (d, g_array_index (self->rows, MeritPlotRow, r).label, &w, NULL);
      label_width = MAX (label_width, w);
    }
  label_every = spacing > 0 ? (guint) ceil ((label_width + 8) / spacing) : 1;
  label_every = MAX (label_every, 1);
  for (guint r = 0; r < n; r += label_every)
    show_text (d, g_array_index (self->rows, MeritPlotRow, r).label, d->left + (r + 0.5) * spacing,
               d->bottom + 4 + d->line / 2, 0.5, 0.8, -1);
  show_text (d, self->row_heading, (d->left + d->right) / 2, d->bottom + 8 + 1.5 * d->line,
             0.5, 1, -1);

  for (guint s = 0; s < self->series->len; s++)
    {
      gboolean drawing = FALSE;

      set_colour (d->cr, &d->palette->accent, 1);
      cairo_set_line_width (d->cr, 2);
      if (s > 0)
        cairo_set_dash (d->cr, (double[]) { 6, 4 }, 2, 0);
      for (guint r = 0; r < n; r++)
        {
          MeritPlotRow *row = &g_array_index (self->rows, MeritPlotRow, r);
          double x = d->left + (r + 0.5) * spacing;
          double y = value_y (d, row->value[s]);

          if (row->state[s] != MERIT_PLOT_VALUE_SHOWN)
            drawing = FALSE;
          else if (drawing)
            cairo_line_to (d->cr, x, y);
          else
            {
              cairo_move_to (d->cr, x, y);
              drawing = TRUE;
            }
        }
      cairo_stroke (d->cr);
      cairo_set_dash (d->cr, NULL, 0, 0);
      for (guint r = 0; r < n; r++)
        {
          MeritPlotRow *row = &g_array_index (self->rows, MeritPlotRow, r);
          double x = d->left + (r + 0.5) * spacing;
          double y = value_y (d, row->value[s]);

          if (row->state[s] == MERIT_PLOT_VALUE_SHOWN)
            dot (d, x, y, s);
          else if (s == 0 && row->state[s] == MERIT_PLOT_VALUE_SUPPRESSED)
            cross (d, x, d->bottom - 8);
        }
    }
}

static double
line_height (PangoLayout *layout)
{
  int h;

  pango_layout_set_text (layout, "Ag", -1);
  pango_layout_get_pixel_size (layout, NULL, &h);
  return h;
}

static double
title_height (MeritPlotData          *self,
              const MeritPlotPalette *palette,
              double                  line)
{
  return palette != NULL && palette->draw_title ? line + 8 : 0;
}

static double
plot_body_height (MeritPlotData *self,
                  double         line)
{
  if (self->kind == MERIT_PLOT_KIND_LINE)
    return LINE_PLOT_HEIGHT;
  return MAX (self->rows->len, 1) * row_height (self, line);
}

/**
 * merit_plot_data_get_height:
 * @font: (nullable): the font of the text, as in the palette it is drawn with
 *
 * Returns: the height the plot needs, in pixels, without the title
 */
int
merit_plot_data_get_height (MeritPlotData              *self,
                            const PangoFontDescription *font)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoContext *context;
  Draw d = { 0 };
  double line;

  g_return_val_if_fail (MERIT_IS_PLOT_DATA (self), 0);

  /* Measured exactly as merit_plot_data_draw() lays text out on a cairo surface. */
  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  layout = pango_layout_new (context);
  g_object_unref (context);
  if (font != NULL)
    pango_layout_set_font_description (layout, font);
  line = line_height (layout);
  d.self = self;
  d.layout = layout;
  d.line = line;
  /* The legend may wrap; assume a narrow plot so that it always fits. */
  return (int) ceil (PAD + legend (&d, 0, 0, 420, FALSE) + plot_body_height (self, line)
                     + 3 * line + 16 + PAD);
}

/**
 * merit_plot_data_draw:
 * @cr: where to draw
 * @width: the width in pixels
 * @height: the height in pixels
 * @palette: the colours and font
 *
 * Draws the plot: axes with their units, a label per row, the legend, and "fewer than 5"
 * wherever a value is suppressed.
 */
void
merit_plot_data_draw (MeritPlotData          *self,
                      cairo_t                *cr,
                      int                     width,
                      int                     height,
                      const MeritPlotPalette *palette)
{
  g_autoptr(PangoLayout) layout = NULL;
  double label_width = 0;
  double value_width = 0;
  double y;
  Draw d = { 0 };

  g_return_if_fail (MERIT_IS_PLOT_DATA (self));

  layout = pango_cairo_create_layout (cr);
  if (palette->font != NULL)
    pango_layout_set_font_description (layout, palette->font);
  d.self = self;
  d.cr = cr;
  d.palette = palette;
  d.layout = layout;
  d.line = line_height (layout);
  scale_range (self, &d.min, &d.max, &d.step);

  if (palette->fill_background)
    {
      set_colour (cr, &palette->background, 1);
      cairo_paint (cr);
    }
  y = PAD;
  if (palette->draw_title)
    {
      g_autoptr(PangoAttrList) bold = pango_attr_list_new ();

      pango_attr_list_insert (bold, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (layout, bold);
      show_text (&d, self->title, PAD, y + d.line / 2, 0, 1, width - 2 * PAD);
      pango_layout_set_attributes (layout, NULL);
      y += title_height (self, palette, d.line);
    }
  y += legend (&d, PAD, y, width - 2 * PAD, TRUE);

  for (guint r = 0; r < self->rows->len; r++)
    {
      MeritPlotRow *row = &g_array_index (self->rows, MeritPlotRow, r);
      g_autofree char *note = _merit_plot_data_format_note (self, row->note);
      double w;

      text_size (&d, row->label, &w, NULL);
      label_width = MAX (label_width, w);
      for (guint s = 0; s < self->series->len; s++)
        {
          g_autofree char *text = _merit_plot_data_format_value (self, row->state[s],
                                                                      row->value[s]);

          text_size (&d, text, &w, NULL);
          value_width = MAX (value_width, w);
        }
      if (note != NULL && self->kind == MERIT_PLOT_KIND_DOTS)
        {
          text_size (&d, note, &w, NULL);
          value_width = MAX (value_width, w);
        }
    }

  d.top = y;
  if (self->rows->len == 0)
    {
      /* Said in words rather than as an empty pair of axes. */
      show_text (&d, _("Nothing to show for this period"), width / 2.0,
                 d.top + plot_body_height (self, d.line) / 2, 0.5, 0.7, width - 2 * PAD);
      return;
    }
  if (self->kind == MERIT_PLOT_KIND_LINE)
    {
      g_autofree char *widest = g_strdup_printf ("%.*f", tick_digits (d.step), d.max);
      double tick_width;

      text_size (&d, widest, &tick_width, NULL);
      d.left = PAD + d.line + 8 + tick_width + 6;
      d.right = width - PAD;
      d.bottom = d.top + LINE_PLOT_HEIGHT;
      draw_line_plot (&d);
    }
  else
    {
      d.left = PAD + MIN (label_width, width * 0.35) + 8;
      d.right = width - PAD - value_width - (self->kind == MERIT_PLOT_KIND_DOTS ? 12 : 4);
      d.bottom = d.top + plot_body_height (self, d.line);
      value_axis (&d);
      draw_rows (&d);
    }
}


/* The height of the saved image: the plot and its title. */
int
_merit_plot_data_get_file_height (MeritPlotData          *self,
                                  const MeritPlotPalette *palette)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoContext *context;
  int height = merit_plot_data_get_height (self, palette->font);

  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  layout = pango_layout_new (context);
  g_object_unref (context);
  if (palette->font != NULL)
    pango_layout_set_font_description (layout, palette->font);
  return height + (int) ceil (title_height (self, palette, line_height (layout)));
}
