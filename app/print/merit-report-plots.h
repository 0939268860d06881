/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-report-plots.h: the dashboard's plots made from a MeritReport */

#pragma once

#include "merit-model.h"
#include "merit-plot-data.h"

G_BEGIN_DECLS

typedef enum {
  MERIT_REPORT_PLOT_FUNNEL,
  MERIT_REPORT_PLOT_STAGE_TIMES,
  MERIT_REPORT_PLOT_LATENCY,
  MERIT_REPORT_PLOT_SCORES,
  MERIT_REPORT_PLOT_SEVERITY,
  MERIT_REPORT_PLOT_BAR_RAISER,
  MERIT_REPORT_N_PLOTS
} MeritReportPlot;

MeritPlotData *merit_report_plot_new        (MeritReport     *report,
                                             MeritWorkspace  *workspace,
                                             MeritReportPlot  plot);
const char    *merit_report_plot_file_name  (MeritReportPlot  plot);
gboolean       merit_report_plot_from_name  (const char      *name,
                                             MeritReportPlot *plot);
char          *merit_report_plot_dup_names  (const char      *separator);

G_END_DECLS
