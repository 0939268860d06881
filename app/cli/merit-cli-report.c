/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-cli-report.c: `merit report DIR [--role R] [--from DATE] [--to DATE] [--json]
 *                     [--plot NAME -o FILE.svg|FILE.png]`.
 *
 * The figures of the pipeline dashboard as text tables or JSON.  A figure that would describe
 * fewer than five people is printed as "fewer than 5" in text and as null with
 * "suppressed": true in JSON, exactly as the dashboard shows it.  With --plot, one of the
 * dashboard's plots is saved instead, drawn by the same code as the dashboard's Save, so the
 * file is the same picture; it needs no display.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "merit-cli-private.h"
#include "merit-json-package.h"
#include "merit-report-plots.h"

static double
rounded (double value)
{
  return round (value * 100.0) / 100.0;
}

static void
add_count (JsonBuilder *builder,
           const char  *name,
           guint        value,
           gboolean     suppressed)
{
  json_builder_set_member_name (builder, name);
  if (suppressed)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, value);
}

static void
add_number (JsonBuilder *builder,
            const char  *name,
            double       value,
            gboolean     missing)
{
  json_builder_set_member_name (builder, name);
  if (missing)
    json_builder_add_null_value (builder);
  else
    json_builder_add_double_value (builder, rounded (value));
}

static void
add_bool (JsonBuilder *builder,
          const char  *name,
          gboolean     value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_boolean_value (builder, value);
}

static void
add_durations (JsonBuilder                *builder,
               const MeritReportDurations *durations)
{
  add_count (builder, "n", durations->n_candidates, durations->suppressed);
  add_number (builder, "median_days", durations->median_days,
              durations->suppressed || durations->n == 0);
  add_number (builder, "p90_days", durations->p90_days, durations->suppressed || durations->n == 0);
  add_bool (builder, "suppressed", durations->suppressed);
}

static const char *
member_name (MeritWorkspace *workspace,
             const char     *id)
{
  MeritMember *member = merit_roster_lookup (merit_workspace_get_roster (workspace), id);

  return member != NULL ? merit_member_get_name (member) : id;
}

static const char *
criterion_name (MeritWorkspace *workspace,
                const char     *id)
{
  MeritCriterion *criterion = merit_rubric_lookup (merit_workspace_get_rubric (workspace), id);

  return criterion != NULL ? merit_criterion_get_name (criterion, NULL) : id;
}

static JsonNode *
report_to_json (MeritReport    *report,
                MeritWorkspace *workspace,
                const char     *from,
                const char     *to)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GArray *rows;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "filters");
  json_builder_begin_object (builder);
  merit_json_add_string (builder, "role", merit_report_get_role (report));
  merit_json_add_string (builder, "from", from);
  merit_json_add_string (builder, "to", to);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "min_group");
  json_builder_add_int_value (builder, MERIT_REPORT_MIN_GROUP);
  json_builder_set_member_name (builder, "candidates");
  json_builder_add_int_value (builder, merit_report_get_n_candidates (report));

  rows = merit_report_get_funnel (report);
  json_builder_set_member_name (builder, "funnel");
  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      MeritReportFunnelRow *row = &g_array_index (rows, MeritReportFunnelRow, i);

      json_builder_begin_object (builder);
      merit_json_add_string (builder, "stage", merit_stage_to_string (row->stage));
      add_count (builder, "current", row->current, row->current_suppressed);
      add_bool (builder, "current_suppressed", row->current_suppressed);
      add_count (builder, "reached", row->reached, row->reached_suppressed);
      add_bool (builder, "reached_suppressed", row->reached_suppressed);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  rows = merit_report_get_stage_times (report);
  json_builder_set_member_name (builder, "stage_times");
  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      MeritReportStageTime *row = &g_array_index (rows, MeritReportStageTime, i);

      json_builder_begin_object (builder);
      merit_json_add_string (builder, "stage", merit_stage_to_string (row->stage));
      add_durations (builder, &row->durations);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  rows = merit_report_get_latency (report);
  json_builder_set_member_name (builder, "approval_latency");
  json_builder_begin_object (builder);
  merit_json_add_string (builder, "interval",
                         merit_report_get_interval (report) == MERIT_REPORT_INTERVAL_WEEK
                         ? "week" : "month");
  json_builder_set_member_name (builder, "periods");
  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      MeritReportLatency *row = &g_array_index (rows, MeritReportLatency, i);

      json_builder_begin_object (builder);
      merit_json_add_string (builder, "period", row->period);
      merit_json_add_string (builder, "start", row->start);
      add_durations (builder, &row->durations);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  rows = merit_report_get_scores (report);
  json_builder_set_member_name (builder, "scores");
  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      MeritReportScores *row = &g_array_index (rows, MeritReportScores, i);

      json_builder_begin_object (builder);
      merit_json_add_string (builder, "criterion", row->criterion);
      merit_json_add_string (builder, "name", criterion_name (workspace, row->criterion));
      json_builder_set_member_name (builder, "levels");
      json_builder_begin_array (builder);
      for (guint l = 0; l < 4; l++)
        {
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "level");
          json_builder_add_int_value (builder, l + 1);
          add_count (builder, "count", row->count[l], row->suppressed[l]);
          add_bool (builder, "suppressed", row->suppressed[l]);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  rows = merit_report_get_severity (report);
  json_builder_set_member_name (builder, "reviewer_severity");
  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      MeritReportSeverity *row = &g_array_index (rows, MeritReportSeverity, i);

      json_builder_begin_object (builder);
      merit_json_add_string (builder, "reviewer", row->reviewer);
      merit_json_add_string (builder, "name", member_name (workspace, row->reviewer));
      add_count (builder, "reviews", row->n_reviews, row->suppressed);
      add_number (builder, "mean_offset", row->mean_offset, row->suppressed);
      add_bool (builder, "suppressed", row->suppressed);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  rows = merit_report_get_bar_raisers (report);
  json_builder_set_member_name (builder, "bar_raiser");
  json_builder_begin_array (builder);
  for (guint i = 0; i < rows->len; i++)
    {
      MeritReportBarRaiser *row = &g_array_index (rows, MeritReportBarRaiser, i);

      json_builder_begin_object (builder);
      merit_json_add_string (builder, "id", row->candidate);
      merit_json_add_string (builder, "pseudonym", row->pseudonym);
      merit_json_add_string (builder, "role", row->role);
      merit_json_add_string (builder, "stage", merit_stage_to_string (row->stage));
      add_number (builder, "score", row->score, row->score < 0);
      add_count (builder, "past_hires", row->n_hires, row->suppressed);
      add_number (builder, "hires_median", row->hires_median,
                  row->suppressed || row->n_hires == 0);
      add_bool (builder, "suppressed", row->suppressed);
      json_builder_set_member_name (builder, "raises_bar");
      if (row->suppressed || row->n_hires == 0 || row->score < 0)
        json_builder_add_null_value (builder);
      else
        json_builder_add_boolean_value (builder, row->score > row->hires_median);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static char *
count_text (guint    value,
            gboolean suppressed)
{
  return suppressed ? g_strdup (_("fewer than 5")) : g_strdup_printf ("%u", value);
}

static char *
days_text (const MeritReportDurations *durations,
           double                      value)
{
  if (durations->suppressed)
    return g_strdup (_("fewer than 5"));
  if (durations->n == 0)
    return g_strdup ("–");
  return g_strdup_printf ("%.1f", value);
}

/* Prints a cell padded to @width columns on screen, whatever its UTF-8 length in bytes. */
static void
print_cell (const char *text,
            int         width)
{
  glong length = g_utf8_strlen (text, -1);

  g_print ("%s%*s", text, (int) MAX (width - length, 1), "");
}

static void
print_durations_row (const char                 *label,
                     const MeritReportDurations *durations)
{
  g_autofree char *n = count_text (durations->n_candidates, durations->suppressed);
  g_autofree char *median = days_text (durations, durations->median_days);
  g_autofree char *p90 = days_text (durations, durations->p90_days);

  g_print ("  ");
  print_cell (label, 18);
  print_cell (n, 15);
  print_cell (median, 15);
  g_print ("%s\n", p90);
}

static void
print_text (MeritReport    *report,
            MeritWorkspace *workspace)
{
  GArray *rows;

  g_print (ngettext ("Pipeline of %u package (groups of fewer than 5 people are not shown)\n",
                     "Pipeline of %u packages (groups of fewer than 5 people are not shown)\n",
                     merit_report_get_n_candidates (report)),
           merit_report_get_n_candidates (report));

  g_print ("\n%s\n  ", _("Funnel"));
  print_cell (_("Stage"), 18);
  print_cell (_("Now"), 15);
  g_print ("%s\n", _("Reached"));
  rows = merit_report_get_funnel (report);
  for (guint i = 0; i < rows->len; i++)
    {
      MeritReportFunnelRow *row = &g_array_index (rows, MeritReportFunnelRow, i);
      g_autofree char *current = count_text (row->current, row->current_suppressed);
      g_autofree char *reached = count_text (row->reached, row->reached_suppressed);

      g_print ("  ");
      print_cell (merit_stage_get_label (row->stage), 18);
      print_cell (current, 15);
      g_print ("%s\n", reached);
    }

  g_print ("\n%s\n  ", _("Time in stage (days)"));
  print_cell (_("Stage"), 18);
  print_cell (_("Packages"), 15);
  print_cell (_("Median"), 15);
  g_print ("%s\n", _("90th percentile"));
  rows = merit_report_get_stage_times (report);
  for (guint i = 0; i < rows->len; i++)
    {
      MeritReportStageTime *row = &g_array_index (rows, MeritReportStageTime, i);

      print_durations_row (merit_stage_get_label (row->stage), &row->durations);
    }

  g_print ("\n%s\n  ", merit_report_get_interval (report) == MERIT_REPORT_INTERVAL_WEEK
                       ? _("CEO approval latency per week (days)")
                       : _("CEO approval latency per month (days)"));
  print_cell (_("Period"), 18);
  print_cell (_("Packages"), 15);
  print_cell (_("Median"), 15);
  g_print ("%s\n", _("90th percentile"));
  rows = merit_report_get_latency (report);
  for (guint i = 0; i < rows->len; i++)
    {
      MeritReportLatency *row = &g_array_index (rows, MeritReportLatency, i);

      print_durations_row (row->period, &row->durations);
    }

  g_print ("\n%s\n  ", _("Scores per criterion (number of scores per level)"));
  print_cell (_("Criterion"), 18);
  for (guint l = 1; l <= 4; l++)
    {
      g_autofree char *heading = g_strdup_printf (_("Level %u"), l);

      if (l < 4)
        print_cell (heading, 15);
      else
        g_print ("%s\n", heading);
    }
  rows = merit_report_get_scores (report);
  for (guint i = 0; i < rows->len; i++)
    {
      MeritReportScores *row = &g_array_index (rows, MeritReportScores, i);

      g_print ("  ");
      print_cell (criterion_name (workspace, row->criterion), 18);
      for (guint l = 0; l < 4; l++)
        {
          g_autofree char *count = count_text (row->count[l], row->suppressed[l]);

          if (l < 3)
            print_cell (count, 15);
          else
            g_print ("%s\n", count);
        }
    }

  g_print ("\n%s\n  ", _("Reviewer severity (raw minus calibrated score)"));
  print_cell (C_("person", "Reviewer"), 24);
  print_cell (_("Reviews"), 15);
  g_print ("%s\n", _("Mean offset"));
  rows = merit_report_get_severity (report);
  for (guint i = 0; i < rows->len; i++)
    {
      MeritReportSeverity *row = &g_array_index (rows, MeritReportSeverity, i);
      g_autofree char *n = count_text (row->n_reviews, row->suppressed);
      g_autofree char *offset = row->suppressed ? g_strdup (_("fewer than 5"))
                                                : g_strdup_printf ("%+.2f", row->mean_offset);

      g_print ("  ");
      print_cell (member_name (workspace, row->reviewer), 24);
      print_cell (n, 15);
      g_print ("%s\n", offset);
    }

  g_print ("\n%s\n  ", _("Bar-raiser (calibrated score against the median of the role’s hires)"));
  print_cell (_("Candidate"), 18);
  print_cell (_("Role"), 28);
  print_cell (_("Score"), 9);
  print_cell (_("Hires"), 15);
  g_print ("%s\n", _("Median of hires"));
  rows = merit_report_get_bar_raisers (report);
  for (guint i = 0; i < rows->len; i++)
    {
      MeritReportBarRaiser *row = &g_array_index (rows, MeritReportBarRaiser, i);
      g_autofree char *score = row->score >= 0 ? g_strdup_printf ("%.2f", row->score)
                                               : g_strdup ("–");
      g_autofree char *hires = count_text (row->n_hires, row->suppressed);
      g_autofree char *median = row->suppressed ? g_strdup (_("fewer than 5"))
                                : row->n_hires == 0 ? g_strdup ("–")
                                : g_strdup_printf ("%.2f", row->hires_median);

      g_print ("  ");
      print_cell (row->pseudonym != NULL ? row->pseudonym : row->candidate, 18);
      print_cell (row->role != NULL ? row->role : "", 28);
      print_cell (score, 9);
      print_cell (hires, 15);
      g_print ("%s\n", median);
    }
}

/* The format of a plot file, from its extension. */
static gboolean
plot_format_from_name (const char      *path,
                       MeritPlotFormat *format)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".svg"))
    *format = MERIT_PLOT_FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".png"))
    *format = MERIT_PLOT_FORMAT_PNG;
  else
    return FALSE;
  return TRUE;
}

static int
save_plot (MeritReport     *report,
           MeritWorkspace  *workspace,
           MeritReportPlot  plot,
           const char      *output,
           MeritPlotFormat  format)
{
  g_autoptr(MeritPlotData) data = merit_report_plot_new (report, workspace, plot);
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);
  g_autoptr(GError) error = NULL;

  if (!merit_plot_data_save (data, file, format, MERIT_PLOT_SAVE_WIDTH, &error))
    {
      g_printerr ("%s\n", error->message);
      return MERIT_EXIT_INVALID;
    }
  return MERIT_EXIT_OK;
}

int
merit_cli_report (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("DIR — pipeline figures: funnel, times, latency, scores; "
                            "or one plot"));
  g_autoptr(MeritWorkspaceStore) store = NULL;
  g_autoptr(MeritReport) report = NULL;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *role = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *interval_text = NULL;
  g_autofree char *plot_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *plot_names = merit_report_plot_dup_names (", ");
  g_autofree char *description = NULL;
  MeritReportInterval interval = MERIT_REPORT_INTERVAL_AUTO;
  MeritReportPlot plot = MERIT_REPORT_PLOT_FUNNEL;
  MeritPlotFormat format = MERIT_PLOT_FORMAT_PNG;
  MeritWorkspace *workspace;
  gboolean json = FALSE;
  int status = MERIT_EXIT_OK;
  GOptionEntry entries[] = {
    { "role", 0, 0, G_OPTION_ARG_STRING, &role, N_("Only packages for this role title"), "R" },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text, N_("Start of the period (inclusive)"),
      "YYYY-MM-DD" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text, N_("End of the period (inclusive)"),
      "YYYY-MM-DD" },
    { "interval", 0, 0, G_OPTION_ARG_STRING, &interval_text,
      N_("Step of the approval latency: week or month (default: by the period’s length)"),
      "week|month" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "plot", 0, 0, G_OPTION_ARG_STRING, &plot_name,
      N_("Save this dashboard plot to the file given with -o instead of printing figures"),
      "NAME" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The plot file to write: SVG or PNG, by its extension"), "FILE" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  /* TRANSLATORS: the last paragraph's %s is the list of plot names, which stay in English. */
  description = g_strdup_printf (
    _("The funnel follows the packages created in the period; times in stage and approval "
      "latencies count the stays that ended in it; scores and reviewer severity count the "
      "reviews submitted in it. The bar-raiser compares the packages in the offer stages "
      "with all past hires of their role. No figure describes fewer than 5 people.\n\n"
      "--plot NAME -o FILE.svg or -o FILE.png saves one plot of the dashboard, with the same "
      "filters, axes and labels, 800 pixels wide; no display is needed. NAME is one of: %s."),
    plot_names);
  g_option_context_set_description (context, description);
  if (!_merit_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return _merit_cli_usage_error (context, _("report needs exactly one workspace folder"));
  if (from_text != NULL && !merit_report_parse_date (from_text, FALSE, &from, &error))
    return _merit_cli_usage_error (context, "--from: %s", error->message);
  if (to_text != NULL && !merit_report_parse_date (to_text, TRUE, &to, &error))
    return _merit_cli_usage_error (context, "--to: %s", error->message);
  if (from != NULL && to != NULL && g_date_time_compare (from, to) >= 0)
    return _merit_cli_usage_error (context, _("--from must not be after --to"));
  if (g_strcmp0 (interval_text, "week") == 0)
    interval = MERIT_REPORT_INTERVAL_WEEK;
  else if (g_strcmp0 (interval_text, "month") == 0)
    interval = MERIT_REPORT_INTERVAL_MONTH;
  else if (interval_text != NULL)
    return _merit_cli_usage_error (context, _("unknown interval “%s”; use week or month"),
                                   interval_text);
  if (plot_name != NULL && !merit_report_plot_from_name (plot_name, &plot))
    return _merit_cli_usage_error (context, _("unknown plot “%s”; use one of %s"), plot_name,
                                   plot_names);
  if (plot_name != NULL && output == NULL)
    return _merit_cli_usage_error (context, _("--plot needs -o FILE.svg or -o FILE.png"));
  if (plot_name == NULL && output != NULL)
    return _merit_cli_usage_error (context, _("-o needs --plot NAME"));
  if (plot_name != NULL && json)
    return _merit_cli_usage_error (context, _("--plot and --json cannot be used together"));
  if (output != NULL && !plot_format_from_name (output, &format))
    return _merit_cli_usage_error (context, _("%s: unknown plot format; the file name must end "
                                              "in .svg or .png"), output);

  store = _merit_cli_open_store (argv[1], &status);
  if (store == NULL)
    return status;
  workspace = merit_workspace_store_get_workspace (store);
  report = merit_report_new (workspace, role, from, to, interval);
  if (plot_name != NULL)
    return save_plot (report, workspace, plot, output, format);
  if (json)
    {
      g_autoptr(JsonNode) root = report_to_json (report, workspace, from_text, to_text);

      _merit_cli_print_json (root);
    }
  else
    print_text (report, workspace);
  return MERIT_EXIT_OK;
}
