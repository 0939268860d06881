/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-report-plots.c: the dashboard's plots made from a MeritReport.
 *
 * Each function turns one figure of the report into rows of a MeritPlotData, with titles,
 * axes and units in the user's language.  Suppressed figures stay suppressed: they become
 * "fewer than 5" in the plot and its table, never a number.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "merit-report-plots.h"

static MeritPlotValueState
count_state (gboolean suppressed)
{
  return suppressed ? MERIT_PLOT_VALUE_SUPPRESSED : MERIT_PLOT_VALUE_SHOWN;
}

static char *
count_note (guint    n,
            gboolean suppressed)
{
  return suppressed ? g_strdup (_("fewer than 5")) : g_strdup_printf ("%u", n);
}

static void
set_durations (MeritPlotData              *data,
               guint                       row,
               const MeritReportDurations *durations)
{
  MeritPlotValueState state = durations->suppressed ? MERIT_PLOT_VALUE_SUPPRESSED
                              : durations->n == 0 ? MERIT_PLOT_VALUE_MISSING
                              : MERIT_PLOT_VALUE_SHOWN;
  g_autofree char *note = count_note (durations->n_candidates, durations->suppressed);

  merit_plot_data_set_value (data, row, 0, state, durations->median_days);
  merit_plot_data_set_value (data, row, 1, state, durations->p90_days);
  merit_plot_data_set_note (data, row, note);
}

static MeritPlotData *
funnel_plot (MeritReport *report)
{
  MeritPlotData *data = merit_plot_data_new (MERIT_PLOT_KIND_BARS, _("Funnel"), _("Stage"),
                                             _("Packages"));
  GArray *rows = merit_report_get_funnel (report);

  merit_plot_data_set_description (data, _("Packages created in the period: how many ever "
                                           "reached each stage, and how many are in it now."));
  merit_plot_data_add_series (data, _("Reached"));
  merit_plot_data_add_series (data, _("Now"));
  for (guint i = 0; i < rows->len; i++)
    {
      MeritReportFunnelRow *f = &g_array_index (rows, MeritReportFunnelRow, i);
      guint row = merit_plot_data_add_row (data, merit_stage_get_label (f->stage));

      merit_plot_data_set_value (data, row, 0, count_state (f->reached_suppressed),
                                 f->reached);
      merit_plot_data_set_value (data, row, 1, count_state (f->current_suppressed),
                                 f->current);
    }
  return data;
}

static MeritPlotData *
stage_times_plot (MeritReport *report)
{
  MeritPlotData *data = merit_plot_data_new (MERIT_PLOT_KIND_BARS, _("Time in Stage"),
                                             _("Stage"), _("Days"));
  GArray *rows = merit_report_get_stage_times (report);

  merit_plot_data_set_description (data, _("Days a package stayed in each stage, over the "
                                           "stays that ended in the period."));
  merit_plot_data_set_digits (data, 1, FALSE);
  merit_plot_data_add_series (data, _("Median"));
  merit_plot_data_add_series (data, _("90th percentile"));
  merit_plot_data_set_note_column (data, _("Packages"), NULL);
  for (guint i = 0; i < rows->len; i++)
    {
      MeritReportStageTime *t = &g_array_index (rows, MeritReportStageTime, i);
      guint row = merit_plot_data_add_row (data, merit_stage_get_label (t->stage));

      set_durations (data, row, &t->durations);
    }
  return data;
}

static MeritPlotData *
latency_plot (MeritReport *report)
{
  gboolean weeks = merit_report_get_interval (report) == MERIT_REPORT_INTERVAL_WEEK;
  MeritPlotData *data = merit_plot_data_new (MERIT_PLOT_KIND_LINE, _("CEO Approval Latency"),
                                             weeks ? _("Week") : _("Month"), _("Days"));
  GArray *rows = merit_report_get_latency (report);

  merit_plot_data_set_description (data, weeks
                                   ? _("Days from submission to the CEO’s decision (approve, "
                                       "return or reject), by the week of the decision.")
                                   : _("Days from submission to the CEO’s decision (approve, "
                                       "return or reject), by the month of the decision."));
  merit_plot_data_set_digits (data, 1, FALSE);
  merit_plot_data_add_series (data, _("Median"));
  merit_plot_data_add_series (data, _("90th percentile"));
  merit_plot_data_set_note_column (data, _("Decisions"), NULL);
  for (guint i = 0; i < rows->len; i++)
    {
      MeritReportLatency *l = &g_array_index (rows, MeritReportLatency, i);
      guint row = merit_plot_data_add_row (data, l->period);

      set_durations (data, row, &l->durations);
    }
  return data;
}

static MeritPlotData *
scores_plot (MeritReport    *report,
             MeritWorkspace *workspace)
{
  MeritPlotData *data = merit_plot_data_new (MERIT_PLOT_KIND_BARS, _("Score Distribution"),
                                             _("Criterion"), _("Scores"));
  GArray *rows = merit_report_get_scores (report);
  MeritRubric *rubric = merit_workspace_get_rubric (workspace);

  merit_plot_data_set_description (data, _("Submitted scores per criterion and level (1 to 4), "
                                           "from the reviews submitted in the period."));
  for (guint l = 1; l <= 4; l++)
    {
      g_autofree char *name = g_strdup_printf (_("Level %u"), l);

      merit_plot_data_add_series (data, name);
    }
  for (guint i = 0; i < rows->len; i++)
    {
      MeritReportScores *s = &g_array_index (rows, MeritReportScores, i);
      MeritCriterion *criterion = rubric != NULL ? merit_rubric_lookup (rubric, s->criterion)
                                                 : NULL;
      guint row = merit_plot_data_add_row (data, criterion != NULL
                                                 ? merit_criterion_get_name (criterion, NULL)
                                                 : s->criterion);

      for (guint l = 0; l < 4; l++)
        merit_plot_data_set_value (data, row, l, count_state (s->suppressed[l]),
                                   s->count[l]);
    }
  return data;
}

static MeritPlotData *
severity_plot (MeritReport    *report,
               MeritWorkspace *workspace)
{
  MeritPlotData *data = merit_plot_data_new (MERIT_PLOT_KIND_DOTS, _("Reviewer Severity"),
                                             C_("person", "Reviewer"),
                                             _("Raw minus calibrated score (levels)"));
  GArray *rows = merit_report_get_severity (report);
  MeritRoster *roster = merit_workspace_get_roster (workspace);

  merit_plot_data_set_description (data, _("How far each reviewer’s scores lie from the "
                                           "calibrated scores of the same packages, on average: "
                                           "below zero is harsher, above zero more lenient."));
  merit_plot_data_set_digits (data, 2, TRUE);
  merit_plot_data_add_series (data, _("Mean offset"));
  /* TRANSLATORS: %s is a number of reviews, or "fewer than 5". */
  merit_plot_data_set_note_column (data, _("Reviews"), _("%s reviews"));
  for (guint i = 0; i < rows->len; i++)
    {
      MeritReportSeverity *s = &g_array_index (rows, MeritReportSeverity, i);
      MeritMember *member = roster != NULL ? merit_roster_lookup (roster, s->reviewer) : NULL;
      guint row = merit_plot_data_add_row (data, member != NULL ? merit_member_get_name (member)
                                                                : s->reviewer);
      g_autofree char *note = count_note (s->n_reviews, s->suppressed);

      merit_plot_data_set_value (data, row, 0, count_state (s->suppressed),
                                 s->mean_offset);
      merit_plot_data_set_note (data, row, note);
    }
  return data;
}

static MeritPlotData *
bar_raiser_plot (MeritReport *report)
{
  MeritPlotData *data = merit_plot_data_new (MERIT_PLOT_KIND_DOTS, _("Bar-Raiser"),
                                             _("Candidate"), _("Calibrated score (1–4)"));
  GArray *rows = merit_report_get_bar_raisers (report);

  merit_plot_data_set_description (data, _("Each package in an offer stage against the median "
                                           "score of the role’s past hires: a dot right of the "
                                           "mark raises the bar."));
  merit_plot_data_set_digits (data, 2, FALSE);
  merit_plot_data_set_range (data, 1, 4);
  merit_plot_data_add_series (data, _("Score"));
  merit_plot_data_set_reference (data, _("Median of hires"));
  /* TRANSLATORS: %s is a number of past hires, or "fewer than 5". */
  merit_plot_data_set_note_column (data, _("Past hires"), _("%s past hires"));
  for (guint i = 0; i < rows->len; i++)
    {
      MeritReportBarRaiser *b = &g_array_index (rows, MeritReportBarRaiser, i);
      guint row = merit_plot_data_add_row (data, b->pseudonym != NULL ? b->pseudonym
                                                                      : b->candidate);
      g_autofree char *note = count_note (b->n_hires, b->suppressed);

      merit_plot_data_set_value (data, row, 0, b->score >= 0 ? MERIT_PLOT_VALUE_SHOWN
                                                             : MERIT_PLOT_VALUE_MISSING,
                                 b->score);
      merit_plot_data_set_row_reference (data, row,
                                         b->suppressed ? MERIT_PLOT_VALUE_SUPPRESSED
                                         : b->n_hires == 0 ? MERIT_PLOT_VALUE_MISSING
                                         : MERIT_PLOT_VALUE_SHOWN,
                                         b->hires_median);
      merit_plot_data_set_note (data, row, note);
    }
  return data;
}

/**
 * merit_report_plot_new:
 * @report: the figures
 * @workspace: names of criteria and reviewers
 * @plot: which plot
 *
 * Returns: (transfer full): the plot's data
 */
MeritPlotData *
merit_report_plot_new (MeritReport     *report,
                       MeritWorkspace  *workspace,
                       MeritReportPlot  plot)
{
  g_return_val_if_fail (MERIT_IS_REPORT (report), NULL);

  switch (plot)
    {
    case MERIT_REPORT_PLOT_FUNNEL:
      return funnel_plot (report);
    case MERIT_REPORT_PLOT_STAGE_TIMES:
      return stage_times_plot (report);
    case MERIT_REPORT_PLOT_LATENCY:
      return latency_plot (report);
    case MERIT_REPORT_PLOT_SCORES:
      return scores_plot (report, workspace);
    case MERIT_REPORT_PLOT_SEVERITY:
      return severity_plot (report, workspace);
    case MERIT_REPORT_PLOT_BAR_RAISER:
      return bar_raiser_plot (report);
    case MERIT_REPORT_N_PLOTS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * merit_report_plot_file_name:
 *
 * Returns: the name Save offers for @plot, without extension
 */
/* The names of the plots, in the order of MeritReportPlot: the file names the dashboard's Save
 * offers and the names `merit report --plot` takes. */
static const char * const plot_names[] = {
  "funnel", "time-in-stage", "approval-latency", "score-distribution", "reviewer-severity",
  "bar-raiser",
};

G_STATIC_ASSERT (G_N_ELEMENTS (plot_names) == MERIT_REPORT_N_PLOTS);

const char *
merit_report_plot_file_name (MeritReportPlot plot)
{
  g_return_val_if_fail ((guint) plot < G_N_ELEMENTS (plot_names), "plot");
  return plot_names[plot];
}

/**
 * merit_report_plot_from_name:
 * @name: a plot's name, as merit_report_plot_file_name() gives it
 * @plot: (out): the plot of that name
 *
 * Returns: %TRUE when @name names a plot
 */
gboolean
merit_report_plot_from_name (const char      *name,
                             MeritReportPlot *plot)
{
  g_return_val_if_fail (plot != NULL, FALSE);

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (plot_names); i++)
    if (g_str_equal (name, plot_names[i]))
      {
        *plot = (MeritReportPlot) i;
        return TRUE;
      }
  return FALSE;
}

/**
 * merit_report_plot_dup_names:
 * @separator: what goes between two names
 *
 * Returns: (transfer full): the names of every plot, in the dashboard's order
 */
char *
merit_report_plot_dup_names (const char *separator)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (plot_names); i++)
    g_string_append_printf (names, "%s%s", i > 0 ? separator : "", plot_names[i]);
  return g_string_free (names, FALSE);
}
