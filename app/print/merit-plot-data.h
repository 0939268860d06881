/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-plot-data.h: the numbers of one dashboard plot, drawn with cairo and shown as a table */

#pragma once

#include <gio/gio.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

#define MERIT_PLOT_MAX_SERIES 4

/* The width of a saved plot in pixels: the dashboard's Save and `merit report --plot`. */
#define MERIT_PLOT_SAVE_WIDTH 800

typedef enum {
  MERIT_PLOT_KIND_BARS,    /* horizontal bars, one per series, grouped by row */
  MERIT_PLOT_KIND_DOTS,    /* one dot per row on a horizontal scale, optional reference mark */
  MERIT_PLOT_KIND_LINE,    /* rows are points in time from left to right, one line per series */
} MeritPlotKind;

typedef enum {
  MERIT_PLOT_VALUE_SHOWN,
  MERIT_PLOT_VALUE_SUPPRESSED,  /* describes fewer than 5 people: "fewer than 5" */
  MERIT_PLOT_VALUE_MISSING,     /* nothing to show: "–" */
} MeritPlotValueState;

typedef enum {
  MERIT_PLOT_FORMAT_PNG,
  MERIT_PLOT_FORMAT_SVG,
} MeritPlotFormat;

/* A colour with components from 0 to 1; the plot code needs no GDK, so it runs headless. */
typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} MeritPlotColour;

/* The colours a plot is drawn with: the theme's on screen, a light set in files. */
typedef struct
{
  MeritPlotColour             foreground;
  MeritPlotColour             accent;
  MeritPlotColour             background;
  gboolean                    fill_background;  /* files: paint the background */
  gboolean                    draw_title;       /* files: the card shows it on screen */
  const PangoFontDescription *font;             /* NULL: the default */
} MeritPlotPalette;

#define MERIT_TYPE_PLOT_DATA (merit_plot_data_get_type ())

G_DECLARE_FINAL_TYPE (MeritPlotData, merit_plot_data, MERIT, PLOT_DATA, GObject)

MeritPlotData *merit_plot_data_new              (MeritPlotKind        kind,
                                                 const char          *title,
                                                 const char          *row_heading,
                                                 const char          *axis_label);
MeritPlotKind  merit_plot_data_get_kind         (MeritPlotData       *self);
const char    *merit_plot_data_get_title        (MeritPlotData       *self);
const char    *merit_plot_data_get_description  (MeritPlotData       *self);
void           merit_plot_data_set_description  (MeritPlotData       *self,
                                                 const char          *description);
void           merit_plot_data_add_series       (MeritPlotData       *self,
                                                 const char          *name);
void           merit_plot_data_set_digits       (MeritPlotData       *self,
                                                 guint                digits,
                                                 gboolean             show_sign);
void           merit_plot_data_set_range        (MeritPlotData       *self,
                                                 double               min,
                                                 double               max);
void           merit_plot_data_set_reference    (MeritPlotData       *self,
                                                 const char          *name);
void           merit_plot_data_set_note_column  (MeritPlotData       *self,
                                                 const char          *heading,
                                                 const char          *plot_format);
guint          merit_plot_data_add_row          (MeritPlotData       *self,
                                                 const char          *label);
void           merit_plot_data_set_value        (MeritPlotData       *self,
                                                 guint                row,
                                                 guint                series,
                                                 MeritPlotValueState  state,
                                                 double               value);
void           merit_plot_data_set_row_reference (MeritPlotData       *self,
                                                 guint                row,
                                                 MeritPlotValueState  state,
                                                 double               value);
void           merit_plot_data_set_note         (MeritPlotData       *self,
                                                 guint                row,
                                                 const char          *note);
guint          merit_plot_data_get_n_rows       (MeritPlotData       *self);
guint          merit_plot_data_get_n_columns    (MeritPlotData       *self);
char          *merit_plot_data_dup_heading      (MeritPlotData       *self,
                                                 guint                column);
char          *merit_plot_data_dup_cell         (MeritPlotData       *self,
                                                 guint                row,
                                                 guint                column);
int            merit_plot_data_get_height       (MeritPlotData              *self,
                                                 const PangoFontDescription *font);
void           merit_plot_data_draw             (MeritPlotData          *self,
                                                 cairo_t                *cr,
                                                 int                     width,
                                                 int                     height,
                                                 const MeritPlotPalette *palette);
gboolean       merit_plot_data_save             (MeritPlotData       *self,
                                                 GFile               *file,
                                                 MeritPlotFormat      format,
                                                 int                  width,
                                                 GError             **error);

G_END_DECLS
