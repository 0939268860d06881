/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-plot-card.h: one dashboard plot with its title, its table and Save */

#pragma once

#include <gtk/gtk.h>

#include "merit-plot-data.h"

G_BEGIN_DECLS

#define MERIT_TYPE_PLOT_CARD (merit_plot_card_get_type ())

G_DECLARE_FINAL_TYPE (MeritPlotCard, merit_plot_card, MERIT, PLOT_CARD, GtkWidget)

MeritPlotData *merit_plot_card_get_data       (MeritPlotCard   *self);
void           merit_plot_card_set_data       (MeritPlotCard   *self,
                                               MeritPlotData   *data);
const char    *merit_plot_card_get_file_name  (MeritPlotCard   *self);
void           merit_plot_card_set_file_name  (MeritPlotCard   *self,
                                               const char      *file_name);
gboolean       merit_plot_card_get_show_table (MeritPlotCard   *self);
void           merit_plot_card_set_show_table (MeritPlotCard   *self,
                                               gboolean         show_table);
GtkGrid       *merit_plot_card_get_table      (MeritPlotCard   *self);
gboolean       merit_plot_card_save           (MeritPlotCard   *self,
                                               GFile           *file,
                                               MeritPlotFormat  format,
                                               GError         **error);

G_END_DECLS
