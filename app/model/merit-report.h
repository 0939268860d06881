/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-report.h: pipeline figures for the dashboard and `merit report`. */

#pragma once

#include <gio/gio.h>

#include "merit-types.h"
#include "merit-workspace.h"

G_BEGIN_DECLS

/* No figure ever describes a group of fewer people than this (or fewer reviews). */
#define MERIT_REPORT_MIN_GROUP 5

typedef enum {
  MERIT_REPORT_INTERVAL_AUTO,
  MERIT_REPORT_INTERVAL_WEEK,
  MERIT_REPORT_INTERVAL_MONTH,
} MeritReportInterval;

typedef struct
{
  MeritStage stage;
  guint      current;            /* packages in the stage now */
  gboolean   current_suppressed;
  guint      reached;            /* packages that were ever in the stage */
  gboolean   reached_suppressed;
} MeritReportFunnelRow;

/* Medians and 90th percentiles over a set of durations, in days. */
typedef struct
{
  guint    n;             /* how many durations */
  guint    n_candidates;  /* how many packages they come from */
  gboolean suppressed;    /* fewer than MERIT_REPORT_MIN_GROUP packages */
  double   median_days;
  double   p90_days;
} MeritReportDurations;

typedef struct
{
  MeritStage           stage;
  MeritReportDurations durations;  /* completed stays in the stage */
} MeritReportStageTime;

typedef struct
{
  char                *period;     /* "2026-W07" or "2026-10" */
  char                *start;      /* first day of the period, YYYY-MM-DD */
  MeritReportDurations durations;  /* ceo-review → approved/returned/rejected */
} MeritReportLatency;

typedef struct
{
  char     *criterion;
  guint     count[4];        /* submitted scores at level 1…4 */
  guint     candidates[4];   /* packages those scores are about */
  gboolean  suppressed[4];
} MeritReportScores;

typedef struct
{
  char     *reviewer;
  guint     n_reviews;
  gboolean  suppressed;      /* fewer than MERIT_REPORT_MIN_GROUP reviews */
  double    mean_offset;     /* raw score minus the package's calibrated score */
} MeritReportSeverity;

typedef struct
{
  char       *candidate;
  char       *pseudonym;
  char       *role;
  MeritStage  stage;
  double      score;         /* calibrated blind score, -1 without reviews */
  guint       n_hires;       /* accepted packages of the role */
  gboolean    suppressed;    /* fewer than MERIT_REPORT_MIN_GROUP hires: no median */
  double      hires_median;  /* median calibrated score of those hires */
} MeritReportBarRaiser;

#define MERIT_TYPE_REPORT (merit_report_get_type ())

G_DECLARE_FINAL_TYPE (MeritReport, merit_report, MERIT, REPORT, GObject)

MeritReport         *merit_report_new                (MeritWorkspace       *workspace,
                                                      const char           *role,
                                                      GDateTime            *from,
                                                      GDateTime            *to,
                                                      MeritReportInterval   interval);
gboolean             merit_report_parse_date         (const char           *text,
                                                      gboolean              end_of_day,
                                                      GDateTime           **out_time,
                                                      GError              **error);
GStrv                merit_report_dup_roles          (GListModel           *candidates);
gboolean             merit_report_suppress           (guint                 n);
double               merit_report_quantile           (const double         *sorted,
                                                      guint                 n,
                                                      double                q);
const char          *merit_report_get_role           (MeritReport          *self);
MeritReportInterval  merit_report_get_interval       (MeritReport          *self);
guint                merit_report_get_n_candidates   (MeritReport          *self);
GArray              *merit_report_get_funnel         (MeritReport          *self);
GArray              *merit_report_get_stage_times    (MeritReport          *self);
GArray              *merit_report_get_latency        (MeritReport          *self);
GArray              *merit_report_get_scores         (MeritReport          *self);
GArray              *merit_report_get_severity       (MeritReport          *self);
GArray              *merit_report_get_bar_raisers    (MeritReport          *self);

G_END_DECLS
