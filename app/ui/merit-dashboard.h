/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-dashboard.h: the pipeline dashboard: plots of the workspace's figures */

#pragma once

#include <gtk/gtk.h>

#include "merit-plot-card.h"
#include "merit-report-plots.h"
#include "merit-workspace-store.h"

G_BEGIN_DECLS

#define MERIT_TYPE_DASHBOARD (merit_dashboard_get_type ())

G_DECLARE_FINAL_TYPE (MeritDashboard, merit_dashboard, MERIT, DASHBOARD, GtkWidget)

MeritWorkspaceStore *merit_dashboard_get_store  (MeritDashboard      *self);
void                 merit_dashboard_set_store  (MeritDashboard      *self,
                                                 MeritWorkspaceStore *store);
MeritPlotCard       *merit_dashboard_get_card   (MeritDashboard      *self,
                                                 MeritReportPlot      plot);
MeritReport         *merit_dashboard_get_report (MeritDashboard      *self);
void                 merit_dashboard_refresh    (MeritDashboard      *self);

G_END_DECLS
