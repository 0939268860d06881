/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-plot.h: a widget that draws a MeritPlotData with the theme's colours */

#pragma once

#include <gtk/gtk.h>

#include "merit-plot-data.h"

G_BEGIN_DECLS

#define MERIT_TYPE_PLOT (merit_plot_get_type ())

G_DECLARE_FINAL_TYPE (MeritPlot, merit_plot, MERIT, PLOT, GtkWidget)

GtkWidget     *merit_plot_new      (void);
MeritPlotData *merit_plot_get_data (MeritPlot     *self);
void           merit_plot_set_data (MeritPlot     *self,
                                    MeritPlotData *data);

G_END_DECLS
