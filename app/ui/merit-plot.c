/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-plot.c: a widget that draws a MeritPlotData with the theme's colours.
 *
 * The drawing itself is MeritPlotData's, on a cairo node of the snapshot; this widget gives
 * it the theme's foreground and accent colours (light or dark, as the style manager says) and
 * the widget's font, asks for the height the rows need, and names the plot for assistive
 * technologies, which find the same numbers in the card's table.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "merit-plot.h"

struct _MeritPlot
{
  GtkWidget      parent_instance;

  MeritPlotData *data;
};

G_DEFINE_FINAL_TYPE (MeritPlot, merit_plot, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
to_plot_colour (const GdkRGBA   *rgba,
                MeritPlotColour *out)
{
  *out = (MeritPlotColour) { rgba->red, rgba->green, rgba->blue, rgba->alpha };
}

static void
lookup_colour (GtkWidget       *widget,
               const char      *name,
               const char      *fallback,
               MeritPlotColour *out)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkRGBA rgba;

  if (!gtk_style_context_lookup_color (context, name, &rgba))
    gdk_rgba_parse (&rgba, fallback);
  to_plot_colour (&rgba, out);
}

static void
merit_plot_snapshot (GtkWidget   *widget,
                     GtkSnapshot *snapshot)
{
  MeritPlot *self = MERIT_PLOT (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  MeritPlotPalette palette = { 0 };
  GdkRGBA foreground;
  cairo_t *cr;

  if (self->data == NULL || width <= 0 || height <= 0)
    return;
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &foreground);
  to_plot_colour (&foreground, &palette.foreground);
  lookup_colour (widget, "accent_color", "#1c71d8", &palette.accent);
  lookup_colour (widget, "card_bg_color", "#ffffff", &palette.background);
  palette.font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  merit_plot_data_draw (self->data, cr, width, height, &palette);
  cairo_destroy (cr);
}

static void
merit_plot_measure (GtkWidget      *widget,
                    GtkOrientation  orientation,
                    int             for_size,
                    int            *minimum,
                    int            *natural,
                    int            *minimum_baseline,
                    int            *natural_baseline)
{
  MeritPlot *self = MERIT_PLOT (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 280;
      *natural = 480;
      return;
    }
  *minimum = *natural = 0;
  if (self->data != NULL)
    {
      PangoContext *context = gtk_widget_get_pango_context (widget);

      const PangoFontDescription *font = pango_context_get_font_description (context);

      *minimum = *natural = merit_plot_data_get_height (self->data, font);
    }
}

static void
merit_plot_css_changed (GtkWidget         *widget,
                        GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (merit_plot_parent_class)->css_changed (widget, change);
  /* Light and dark styles change the colours; fonts change the height. */
  gtk_widget_queue_resize (widget);
}

static void
merit_plot_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  MeritPlot *self = MERIT_PLOT (object);

  switch (prop_id)
    {
    case PROP_DATA:
      g_value_set_object (value, self->data);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_plot_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  MeritPlot *self = MERIT_PLOT (object);

  switch (prop_id)
    {
    case PROP_DATA:
      merit_plot_set_data (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_plot_dispose (GObject *object)
{
  MeritPlot *self = MERIT_PLOT (object);

  g_clear_object (&self->data);
  G_OBJECT_CLASS (merit_plot_parent_class)->dispose (object);
}

static void
merit_plot_class_init (MeritPlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = merit_plot_get_property;
  object_class->set_property = merit_plot_set_property;
  object_class->dispose = merit_plot_dispose;
  widget_class->snapshot = merit_plot_snapshot;
  widget_class->measure = merit_plot_measure;
  widget_class->css_changed = merit_plot_css_changed;

  properties[PROP_DATA] =
    g_param_spec_object ("data", NULL, NULL, MERIT_TYPE_PLOT_DATA,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "plot");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
merit_plot_init (MeritPlot *self)
{
}

GtkWidget *
merit_plot_new (void)
{
  return g_object_new (MERIT_TYPE_PLOT, NULL);
}

MeritPlotData *
merit_plot_get_data (MeritPlot *self)
{
  g_return_val_if_fail (MERIT_IS_PLOT (self), NULL);
  return self->data;
}

/**
 * merit_plot_set_data:
 * @data: (nullable): what to draw
 */
void
merit_plot_set_data (MeritPlot     *self,
                     MeritPlotData *data)
{
  g_autofree char *label = NULL;

  g_return_if_fail (MERIT_IS_PLOT (self));

  if (!g_set_object (&self->data, data))
    return;
  if (data != NULL)
    {
      /* TRANSLATORS: the accessible name of a plot: its title, then what it shows. */
      label = g_strdup_printf (_("%s (plot; its table shows the same numbers)"),
                               merit_plot_data_get_title (data));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      merit_plot_data_get_description (data) != NULL
                                      ? merit_plot_data_get_description (data) : "", -1);
    }
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATA]);
}
