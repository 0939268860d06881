/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-report.c: pipeline figures on hand-built workspaces: funnel, times, latency, scores,
 * reviewer severity, bar-raiser, and the rule that no figure describes fewer than 5 people. */

#include "config.h"

#include "merit-model.h"

static const char * const criteria[] = { "merit", "excellence", NULL };

static MeritWorkspace *
new_workspace (void)
{
  MeritWorkspace *workspace = merit_workspace_new ();
  g_autoptr(MeritRubric) rubric = merit_rubric_new ();

  for (guint i = 0; criteria[i] != NULL; i++)
    {
      g_autoptr(MeritCriterion) criterion = merit_criterion_new (criteria[i]);

      merit_criterion_set_name (criterion, "en", criteria[i]);
      merit_rubric_add (rubric, criterion);
    }
  merit_workspace_set_rubric (workspace, rubric);
  return workspace;
}

/* A package created (entering "sourced") at @created, for @role. */
static MeritCandidate *
add_candidate (MeritWorkspace *workspace,
               const char     *id,
               const char     *role_title,
               const char     *created)
{
  g_autoptr(MeritCandidate) candidate = merit_candidate_new (id);
  g_autoptr(MeritRole) role = merit_role_new ();
  MeritCandidate *items[1];

  merit_role_set_title (role, role_title);
  merit_candidate_set_role (candidate, role);
  merit_candidate_set_pseudonym (candidate, id);
  merit_candidate_set_created (candidate, created);
  merit_candidate_append_event (candidate, "chair", "created", NULL, "sourced", NULL, created);
  items[0] = candidate;
  merit_workspace_append_batch (workspace, items, 1);
  return candidate;
}

static void
move (MeritCandidate *candidate,
      MeritStage      to,
      const char     *time)
{
  merit_candidate_append_event (candidate, "chair", "stage",
                                merit_stage_to_string (merit_candidate_get_stage (candidate)),
                                merit_stage_to_string (to), NULL, time);
  merit_candidate_set_stage (candidate, to);
}

/* "2026-01-05T00:00:00Z" plus @days (fractions allowed). */
static char *
day (double days)
{
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 1, 5, 0, 0, 0);
  g_autoptr(GDateTime) time = g_date_time_add_seconds (start, days * 86400.0);

  return g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");
}

static void
add_review (MeritCandidate *candidate,
            const char     *reviewer,
            guint           value,
            const char     *time)
{
  g_autofree char *id = g_strdup_printf ("r-%s-%s", merit_candidate_get_id (candidate), reviewer);
  g_autoptr(MeritReview) review = merit_review_new (id, reviewer);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; criteria[i] != NULL; i++)
    {
      merit_score_set_value (merit_review_ensure_score (review, criteria[i]), value);
      merit_score_set_evidence (merit_review_ensure_score (review, criteria[i]), "Evidence.");
    }
  g_assert_true (merit_review_submit (review, criteria, time, &error));
  g_assert_no_error (error);
  merit_candidate_add_review (candidate, review);
}

static MeritReportFunnelRow *
funnel_row (MeritReport *report,
            MeritStage   stage)
{
  GArray *rows = merit_report_get_funnel (report);

  for (guint i = 0; i < rows->len; i++)
    if (g_array_index (rows, MeritReportFunnelRow, i).stage == stage)
      return &g_array_index (rows, MeritReportFunnelRow, i);
  g_assert_not_reached ();
}

static MeritReportDurations *
stage_time (MeritReport *report,
            MeritStage   stage)
{
  GArray *rows = merit_report_get_stage_times (report);

  for (guint i = 0; i < rows->len; i++)
    if (g_array_index (rows, MeritReportStageTime, i).stage == stage)
      return &g_array_index (rows, MeritReportStageTime, i).durations;
  g_assert_not_reached ();
}

static void
test_quantile (void)
{
  const double four[] = { 1, 2, 3, 4 };
  const double ten[] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
  const double one[] = { 7 };

  g_assert_cmpfloat_with_epsilon (merit_report_quantile (four, 4, 0.5), 2.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (merit_report_quantile (four, 4, 0.9), 3.7, 1e-9);
  g_assert_cmpfloat_with_epsilon (merit_report_quantile (ten, 10, 0.5), 5.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (merit_report_quantile (ten, 10, 0.9), 9.1, 1e-9);
  g_assert_cmpfloat_with_epsilon (merit_report_quantile (one, 1, 0.9), 7, 1e-9);
  g_assert_false (merit_report_suppress (0));
  g_assert_true (merit_report_suppress (1));
  g_assert_true (merit_report_suppress (4));
  g_assert_false (merit_report_suppress (5));
}

/* Seven packages created on 5 January: six reach screening after 1, 2, 3, 4, 5 and 10 days,
 * five of them reach blind review two days later.  c7 is for another role and stays. */
static MeritWorkspace *
pipeline_workspace (void)
{
  MeritWorkspace *workspace = new_workspace ();
  const double to_screening[] = { 1, 2, 3, 4, 5, 10 };
  g_autofree char *created = day (0);

  for (guint i = 0; i < G_N_ELEMENTS (to_screening); i++)
    {
      g_autofree char *id = g_strdup_printf ("c%u", i + 1);
      g_autofree char *screened = day (to_screening[i]);
      MeritCandidate *candidate = add_candidate (workspace, id, "Backend Engineer", created);

      move (candidate, MERIT_STAGE_SCREENING, screened);
      if (i < 5)
        {
          g_autofree char *reviewed = day (to_screening[i] + 2);

          move (candidate, MERIT_STAGE_BLIND_REVIEW, reviewed);
        }
    }
  add_candidate (workspace, "c7", "Designer", created);
  return workspace;
}

static void
test_funnel (void)
{
  g_autoptr(MeritWorkspace) workspace = pipeline_workspace ();
  g_autoptr(MeritReport) report = merit_report_new (workspace, NULL, NULL, NULL,
                                                    MERIT_REPORT_INTERVAL_AUTO);
  MeritReportFunnelRow *row;

  g_assert_cmpuint (merit_report_get_n_candidates (report), ==, 7);
  row = funnel_row (report, MERIT_STAGE_SOURCED);
  g_assert_cmpuint (row->reached, ==, 7);
  g_assert_false (row->reached_suppressed);
  /* Only c7 is still sourced: one person is never shown. */
  g_assert_true (row->current_suppressed);
  row = funnel_row (report, MERIT_STAGE_SCREENING);
  g_assert_cmpuint (row->reached, ==, 6);
  g_assert_true (row->current_suppressed);
  row = funnel_row (report, MERIT_STAGE_BLIND_REVIEW);
  g_assert_cmpuint (row->reached, ==, 5);
  g_assert_cmpuint (row->current, ==, 5);
  g_assert_false (row->current_suppressed);
  g_assert_false (row->reached_suppressed);
  /* Nobody is a group of nobody: zero is shown. */
  row = funnel_row (report, MERIT_STAGE_COMMITTEE);
  g_assert_cmpuint (row->reached, ==, 0);
  g_assert_false (row->reached_suppressed);
}

static void
test_funnel_filters (void)
{
  g_autoptr(MeritWorkspace) workspace = pipeline_workspace ();
  g_autoptr(MeritReport) backend = merit_report_new (workspace, "Backend Engineer", NULL, NULL,
                                                     MERIT_REPORT_INTERVAL_AUTO);
  g_autoptr(MeritReport) designer = merit_report_new (workspace, "Designer", NULL, NULL,
                                                      MERIT_REPORT_INTERVAL_AUTO);
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(MeritReport) later = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) roles = merit_report_dup_roles (G_LIST_MODEL (workspace));

  g_assert_cmpuint (g_strv_length (roles), ==, 2);
  g_assert_cmpstr (roles[0], ==, "Backend Engineer");
  g_assert_cmpstr (roles[1], ==, "Designer");

  g_assert_cmpuint (merit_report_get_n_candidates (backend), ==, 6);
  g_assert_cmpuint (funnel_row (backend, MERIT_STAGE_SOURCED)->reached, ==, 6);
  g_assert_cmpuint (funnel_row (backend, MERIT_STAGE_SOURCED)->current, ==, 0);
  g_assert_false (funnel_row (backend, MERIT_STAGE_SOURCED)->current_suppressed);
  g_assert_cmpuint (merit_report_get_n_candidates (designer), ==, 1);
  g_assert_true (funnel_row (designer, MERIT_STAGE_SOURCED)->reached_suppressed);

  /* The funnel follows the packages created in the period: none after January. */
  g_assert_true (merit_report_parse_date ("2026-02-01", FALSE, &from, &error));
  g_assert_no_error (error);
  later = merit_report_new (workspace, NULL, from, NULL, MERIT_REPORT_INTERVAL_AUTO);
  g_assert_cmpuint (merit_report_get_n_candidates (later), ==, 0);
  g_assert_cmpuint (funnel_row (later, MERIT_STAGE_SOURCED)->reached, ==, 0);

  g_assert_false (merit_report_parse_date ("2026-02-30", FALSE, &to, &error));
  g_assert_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID);
  g_assert_null (to);
}

static void
test_stage_times (void)
{
  g_autoptr(MeritWorkspace) workspace = pipeline_workspace ();
  g_autoptr(MeritReport) report = merit_report_new (workspace, NULL, NULL, NULL,
                                                    MERIT_REPORT_INTERVAL_AUTO);
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(MeritReport) period = NULL;
  MeritReportDurations *durations;

  /* Sourced for 1, 2, 3, 4, 5 and 10 days. */
  durations = stage_time (report, MERIT_STAGE_SOURCED);
  g_assert_cmpuint (durations->n, ==, 6);
  g_assert_cmpuint (durations->n_candidates, ==, 6);
  g_assert_false (durations->suppressed);
  g_assert_cmpfloat_with_epsilon (durations->median_days, 3.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (durations->p90_days, 7.5, 1e-9);
  /* In screening for two days each, five times. */
  durations = stage_time (report, MERIT_STAGE_SCREENING);
  g_assert_cmpuint (durations->n, ==, 5);
  g_assert_false (durations->suppressed);
  g_assert_cmpfloat_with_epsilon (durations->median_days, 2.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (durations->p90_days, 2.0, 1e-9);
  /* Nobody has left blind review yet. */
  durations = stage_time (report, MERIT_STAGE_BLIND_REVIEW);
  g_assert_cmpuint (durations->n, ==, 0);
  g_assert_false (durations->suppressed);

  /* Stays that ended on 8 or 9 January: two, so no median is shown. */
  g_assert_true (merit_report_parse_date ("2026-01-08", FALSE, &from, NULL));
  g_assert_true (merit_report_parse_date ("2026-01-09", TRUE, &to, NULL));
  period = merit_report_new (workspace, NULL, from, to, MERIT_REPORT_INTERVAL_AUTO);
  durations = stage_time (period, MERIT_STAGE_SOURCED);
  g_assert_cmpuint (durations->n_candidates, ==, 2);
  g_assert_true (durations->suppressed);
  g_assert_cmpfloat (durations->median_days, ==, 0);
}

static void
test_latency (void)
{
  g_autoptr(MeritWorkspace) workspace = new_workspace ();
  g_autoptr(MeritReport) months = NULL;
  g_autoptr(MeritReport) weeks = NULL;
  g_autoptr(MeritReport) auto_interval = NULL;
  MeritReportLatency *row;
  /* Five CEO decisions in January after 1–5 days, one in February. */
  const double submitted[] = { 0, 1, 2, 3, 4, 30 };
  const double latency[] = { 1, 2, 3, 4, 5, 2 };
  const MeritStage outcome[] = {
    MERIT_STAGE_APPROVED, MERIT_STAGE_RETURNED, MERIT_STAGE_REJECTED, MERIT_STAGE_APPROVED,
    MERIT_STAGE_APPROVED, MERIT_STAGE_APPROVED,
  };

  for (guint i = 0; i < G_N_ELEMENTS (submitted); i++)
    {
      g_autofree char *id = g_strdup_printf ("c%u", i + 1);
      g_autofree char *created = day (submitted[i] - 1);
      g_autofree char *sent = day (submitted[i]);
      g_autofree char *decided = day (submitted[i] + latency[i]);
      MeritCandidate *candidate = add_candidate (workspace, id, "Backend Engineer", created);

      move (candidate, MERIT_STAGE_CEO_REVIEW, sent);
      move (candidate, outcome[i], decided);
    }

  months = merit_report_new (workspace, NULL, NULL, NULL, MERIT_REPORT_INTERVAL_MONTH);
  auto_interval = merit_report_new (workspace, NULL, NULL, NULL, MERIT_REPORT_INTERVAL_AUTO);
  g_assert_cmpint (merit_report_get_interval (months), ==, MERIT_REPORT_INTERVAL_MONTH);
  g_assert_cmpuint (merit_report_get_latency (months)->len, ==, 2);
  row = &g_array_index (merit_report_get_latency (months), MeritReportLatency, 0);
  g_assert_cmpstr (row->period, ==, "2026-01");
  g_assert_cmpstr (row->start, ==, "2026-01-01");
  g_assert_cmpuint (row->durations.n_candidates, ==, 5);
  g_assert_false (row->durations.suppressed);
  g_assert_cmpfloat_with_epsilon (row->durations.median_days, 3.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (row->durations.p90_days, 4.6, 1e-9);
  row = &g_array_index (merit_report_get_latency (months), MeritReportLatency, 1);
  g_assert_cmpstr (row->period, ==, "2026-02");
  g_assert_true (row->durations.suppressed);
  g_assert_cmpfloat (row->durations.median_days, ==, 0);

  /* Six decisions over five weeks: too few for weeks, so by month unless asked. */
  g_assert_cmpint (merit_report_get_interval (auto_interval), ==, MERIT_REPORT_INTERVAL_MONTH);
  /* Weeks start on Monday: 5 January is the Monday of ISO week 2. */
  weeks = merit_report_new (workspace, NULL, NULL, NULL, MERIT_REPORT_INTERVAL_WEEK);
  g_assert_cmpint (merit_report_get_interval (weeks), ==, MERIT_REPORT_INTERVAL_WEEK);
  row = &g_array_index (merit_report_get_latency (weeks), MeritReportLatency, 0);
  g_assert_cmpstr (row->period, ==, "2026-W02");
  g_assert_cmpstr (row->start, ==, "2026-01-05");
  /* Decisions on days 1, 3 and 5 fall in week 2, days 7 and 9 in week 3: no week has five. */
  g_assert_cmpuint (row->durations.n_candidates, ==, 3);
  g_assert_true (row->durations.suppressed);
}

/* Ten decisions a week for three weeks: enough to show every week, so weeks it is. */
static void
test_latency_dense_weeks (void)
{
  g_autoptr(MeritWorkspace) workspace = new_workspace ();
  g_autoptr(MeritReport) report = NULL;
  MeritReportLatency *row;

  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *id = g_strdup_printf ("c%u", i + 1);
      g_autofree char *created = day ((i / 10) * 7);
      g_autofree char *sent = day ((i / 10) * 7 + 0.5);
      g_autofree char *decided = day ((i / 10) * 7 + 0.5 + (i % 10) * 0.25);
      MeritCandidate *candidate = add_candidate (workspace, id, "Backend Engineer", created);

      move (candidate, MERIT_STAGE_CEO_REVIEW, sent);
      move (candidate, MERIT_STAGE_APPROVED, decided);
    }
  report = merit_report_new (workspace, NULL, NULL, NULL, MERIT_REPORT_INTERVAL_AUTO);
  g_assert_cmpint (merit_report_get_interval (report), ==, MERIT_REPORT_INTERVAL_WEEK);
  g_assert_cmpuint (merit_report_get_latency (report)->len, ==, 3);
  row = &g_array_index (merit_report_get_latency (report), MeritReportLatency, 2);
  g_assert_cmpstr (row->period, ==, "2026-W04");
  g_assert_cmpuint (row->durations.n_candidates, ==, 10);
  /* Latencies 0, 0.25, … 2.25 days: median 1.125, p90 2.025. */
  g_assert_cmpfloat_with_epsilon (row->durations.median_days, 1.125, 1e-6);
  g_assert_cmpfloat_with_epsilon (row->durations.p90_days, 2.025, 1e-6);
}

static void
test_scores_and_severity (void)
{
  g_autoptr(MeritWorkspace) workspace = new_workspace ();
  g_autoptr(MeritReport) report = NULL;
  MeritReportScores *scores;
  MeritReportSeverity *severity;
  double mean;
  double expected;

  /* Reviewer a gives 2 everywhere on five packages (enough to be calibrated; always the same
   * score, so each is calibrated to the workspace mean).  Reviewer b gives 4 on four of them
   * and stays raw. */
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *id = g_strdup_printf ("c%u", i + 1);
      g_autofree char *created = day (i);
      g_autofree char *submitted = day (i + 1);
      MeritCandidate *candidate = add_candidate (workspace, id, "Backend Engineer", created);

      add_review (candidate, "a", 2, submitted);
      if (i < 4)
        add_review (candidate, "b", 4, submitted);
    }
  report = merit_report_new (workspace, NULL, NULL, NULL, MERIT_REPORT_INTERVAL_AUTO);

  g_assert_cmpuint (merit_report_get_scores (report)->len, ==, 2);
  scores = &g_array_index (merit_report_get_scores (report), MeritReportScores, 0);
  g_assert_cmpstr (scores->criterion, ==, "merit");
  g_assert_cmpuint (scores->count[0], ==, 0);
  g_assert_false (scores->suppressed[0]);
  g_assert_cmpuint (scores->count[1], ==, 5);
  g_assert_false (scores->suppressed[1]);
  /* Four packages scored 4: fewer than five people, so no count at all. */
  g_assert_true (scores->suppressed[3]);
  g_assert_cmpuint (scores->count[3], ==, 0);

  g_assert_cmpuint (merit_report_get_severity (report)->len, ==, 2);
  severity = &g_array_index (merit_report_get_severity (report), MeritReportSeverity, 0);
  g_assert_cmpstr (severity->reviewer, ==, "a");
  g_assert_cmpuint (severity->n_reviews, ==, 5);
  g_assert_false (severity->suppressed);
  /* The workspace mean is (10 × 2 + 8 × 4) / 18; a's scores calibrate to it, b's stay 4. */
  mean = 52.0 / 18.0;
  expected = (8 * (2 - (mean + 4) / 2) + 2 * (2 - mean)) / 10;
  g_assert_cmpfloat_with_epsilon (severity->mean_offset, expected, 1e-9);
  g_assert_cmpfloat (severity->mean_offset, <, 0);
  severity = &g_array_index (merit_report_get_severity (report), MeritReportSeverity, 1);
  g_assert_cmpstr (severity->reviewer, ==, "b");
  g_assert_true (severity->suppressed);
  g_assert_cmpuint (severity->n_reviews, ==, 0);
  g_assert_cmpfloat (severity->mean_offset, ==, 0);
}

static void
test_scores_period (void)
{
  g_autoptr(MeritWorkspace) workspace = new_workspace ();
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(MeritReport) report = NULL;
  MeritReportScores *scores;

  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *id = g_strdup_printf ("c%u", i + 1);
      g_autofree char *created = day (0);
      g_autofree char *submitted = day (i * 7);
      MeritCandidate *candidate = add_candidate (workspace, id, "Backend Engineer", created);

      add_review (candidate, id, 3, submitted);
    }
  /* Reviews from 12 January on: five of six. */
  g_assert_true (merit_report_parse_date ("2026-01-12", FALSE, &from, NULL));
  report = merit_report_new (workspace, NULL, from, NULL, MERIT_REPORT_INTERVAL_AUTO);
  scores = &g_array_index (merit_report_get_scores (report), MeritReportScores, 0);
  g_assert_cmpuint (scores->count[2], ==, 5);
  g_assert_false (scores->suppressed[2]);
}

static void
test_bar_raiser (void)
{
  g_autoptr(MeritWorkspace) workspace = new_workspace ();
  g_autoptr(MeritReport) report = NULL;
  g_autoptr(MeritReport) only_s = NULL;
  g_autofree char *created = day (0);
  g_autofree char *submitted = day (1);
  const guint hires[] = { 1, 2, 3, 3, 4 };
  MeritCandidate *candidate;
  MeritReportBarRaiser *row;

  /* Five hires of role R with blind scores 1, 2, 3, 3, 4 (median 3), one hire of role S;
   * each reviewer has one review, so nothing is calibrated. */
  for (guint i = 0; i < G_N_ELEMENTS (hires); i++)
    {
      g_autofree char *id = g_strdup_printf ("h%u", i + 1);
      g_autofree char *reviewer = g_strdup_printf ("r%u", i + 1);

      candidate = add_candidate (workspace, id, "R", created);
      add_review (candidate, reviewer, hires[i], submitted);
      move (candidate, MERIT_STAGE_ACCEPTED, submitted);
    }
  candidate = add_candidate (workspace, "h6", "S", created);
  add_review (candidate, "r6", 2, submitted);
  move (candidate, MERIT_STAGE_ACCEPTED, submitted);

  candidate = add_candidate (workspace, "o1", "R", created);
  add_review (candidate, "x1", 4, submitted);
  move (candidate, MERIT_STAGE_CEO_REVIEW, submitted);
  candidate = add_candidate (workspace, "o2", "S", created);
  add_review (candidate, "x2", 3, submitted);
  move (candidate, MERIT_STAGE_OFFER_DRAFT, submitted);
  /* Not in an offer stage. */
  candidate = add_candidate (workspace, "o3", "R", created);
  move (candidate, MERIT_STAGE_COMMITTEE, submitted);

  report = merit_report_new (workspace, NULL, NULL, NULL, MERIT_REPORT_INTERVAL_AUTO);
  g_assert_cmpuint (merit_report_get_bar_raisers (report)->len, ==, 2);
  row = &g_array_index (merit_report_get_bar_raisers (report), MeritReportBarRaiser, 0);
  g_assert_cmpstr (row->candidate, ==, "o1");
  g_assert_cmpint (row->stage, ==, MERIT_STAGE_CEO_REVIEW);
  g_assert_cmpfloat_with_epsilon (row->score, 4.0, 1e-9);
  g_assert_cmpuint (row->n_hires, ==, 5);
  g_assert_false (row->suppressed);
  g_assert_cmpfloat_with_epsilon (row->hires_median, 3.0, 1e-9);
  /* One past hire of S: its score is never shown as a median. */
  row = &g_array_index (merit_report_get_bar_raisers (report), MeritReportBarRaiser, 1);
  g_assert_cmpstr (row->candidate, ==, "o2");
  g_assert_true (row->suppressed);
  g_assert_cmpuint (row->n_hires, ==, 0);
  g_assert_cmpfloat (row->hires_median, ==, 0);

  only_s = merit_report_new (workspace, "S", NULL, NULL, MERIT_REPORT_INTERVAL_AUTO);
  g_assert_cmpuint (merit_report_get_bar_raisers (only_s)->len, ==, 1);
}

static void
test_broken_skipped (void)
{
  g_autoptr(MeritWorkspace) workspace = pipeline_workspace ();
  g_autoptr(MeritReport) report = NULL;
  MeritCandidate *broken = merit_workspace_lookup (workspace, "c1");

  merit_candidate_set_broken_reason (broken, "c1.xml:1: not well-formed");
  report = merit_report_new (workspace, NULL, NULL, NULL, MERIT_REPORT_INTERVAL_AUTO);
  g_assert_cmpuint (merit_report_get_n_candidates (report), ==, 6);
  g_assert_cmpuint (stage_time (report, MERIT_STAGE_SOURCED)->n, ==, 5);
  g_assert_finalize_object (g_steal_pointer (&report));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/quantile", test_quantile);
  g_test_add_func ("/report/funnel", test_funnel);
  g_test_add_func ("/report/funnel-filters", test_funnel_filters);
  g_test_add_func ("/report/stage-times", test_stage_times);
  g_test_add_func ("/report/latency", test_latency);
  g_test_add_func ("/report/latency-dense-weeks", test_latency_dense_weeks);
  g_test_add_func ("/report/scores-severity", test_scores_and_severity);
  g_test_add_func ("/report/scores-period", test_scores_period);
  g_test_add_func ("/report/bar-raiser", test_bar_raiser);
  g_test_add_func ("/report/broken-skipped", test_broken_skipped);
  return g_test_run ();
}
