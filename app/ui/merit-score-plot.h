/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-score-plot.h: every reviewer's score per criterion, as points on the 1–4 scale. */

#pragma once

#include <gtk/gtk.h>

#include "merit-model.h"

G_BEGIN_DECLS

#define MERIT_TYPE_SCORE_PLOT (merit_score_plot_get_type ())

G_DECLARE_FINAL_TYPE (MeritScorePlot, merit_score_plot, MERIT, SCORE_PLOT, GtkWidget)

GtkWidget  *merit_score_plot_new      (void);
void        merit_score_plot_set_data (MeritScorePlot   *self,
                                       MeritRoster      *roster,
                                       MeritCandidate   *candidate,
                                       MeritRubric      *rubric,
                                       MeritCalibration *calibration);
const char *merit_score_plot_get_text (MeritScorePlot   *self);

G_END_DECLS
