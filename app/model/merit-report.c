/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-report.c: pipeline figures for the dashboard and `merit report`.
 *
 * Every figure is derived from the packages alone: stages and their times come from the
 * history (each event with a target stage starts a stay in that stage, the next one ends it),
 * scores from the submitted reviews, calibrated as in merit-aggregate.c.
 *
 * The filters work as a hiring committee reads them: the funnel follows the packages created
 * in the period; times in stage and CEO latencies count the stays that ended in the period;
 * score distributions and reviewer severity count the reviews submitted in it.  The bar-raiser
 * compares the packages in the offer stages now with every past hire of the role.
 *
 * Privacy: no figure describes fewer than MERIT_REPORT_MIN_GROUP people.  A count of one to
 * four packages, a median over fewer than five packages, and a reviewer's severity over fewer
 * than five reviews are marked suppressed and must be shown as "fewer than 5".  A count of
 * zero describes nobody and is shown.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "merit-aggregate.h"
#include "merit-error.h"
#include "merit-report.h"

struct _MeritReport
{
  GObject              parent_instance;

  char                *role;
  MeritReportInterval  interval;
  guint                n_candidates;
  GArray              *funnel;       /* MeritReportFunnelRow */
  GArray              *stage_times;  /* MeritReportStageTime */
  GArray              *latency;      /* MeritReportLatency */
  GArray              *scores;       /* MeritReportScores */
  GArray              *severity;     /* MeritReportSeverity */
  GArray              *bar_raisers;  /* MeritReportBarRaiser */
};

G_DEFINE_FINAL_TYPE (MeritReport, merit_report, G_TYPE_OBJECT)

/* The funnel: the main path first, then the ways out of it. */
static const MeritStage funnel_stages[] = {
  MERIT_STAGE_SOURCED, MERIT_STAGE_SCREENING, MERIT_STAGE_BLIND_REVIEW, MERIT_STAGE_COMMITTEE,
  MERIT_STAGE_OFFER_DRAFT, MERIT_STAGE_CEO_REVIEW, MERIT_STAGE_APPROVED,
  MERIT_STAGE_OFFER_EXTENDED, MERIT_STAGE_ACCEPTED, MERIT_STAGE_RETURNED, MERIT_STAGE_REJECTED,
  MERIT_STAGE_DECLINED, MERIT_STAGE_WITHDRAWN,
};

/* The stages a package leaves again; the others end its way through the pipeline. */
static const MeritStage open_stages[] = {
  MERIT_STAGE_SOURCED, MERIT_STAGE_SCREENING, MERIT_STAGE_BLIND_REVIEW, MERIT_STAGE_COMMITTEE,
  MERIT_STAGE_OFFER_DRAFT, MERIT_STAGE_CEO_REVIEW, MERIT_STAGE_RETURNED, MERIT_STAGE_APPROVED,
  MERIT_STAGE_OFFER_EXTENDED,
};

#define N_STAGES (MERIT_STAGE_WITHDRAWN + 1)

/* Durations collected for one figure, with the packages they come from. */
typedef struct
{
  GArray     *days;        /* double */
  GHashTable *candidates;  /* candidate id (borrowed) → itself */
} Sample;

typedef struct
{
  MeritWorkspace   *workspace;
  const char       *role;
  GDateTime        *from;
  GDateTime        *to;
  MeritCalibration *calibration;
  Sample            stays[N_STAGES];
  GPtrArray        *latencies;    /* LatencyEntry */
} Build;

typedef struct
{
  GDateTime  *end;
  double      days;
  const char *candidate;
} LatencyEntry;

static void
sample_init (Sample *sample)
{
  sample->days = g_array_new (FALSE, FALSE, sizeof (double));
  sample->candidates = g_hash_table_new (g_str_hash, g_str_equal);
}

static void
sample_clear (Sample *sample)
{
  g_clear_pointer (&sample->days, g_array_unref);
  g_clear_pointer (&sample->candidates, g_hash_table_unref);
}

static void
sample_add (Sample     *sample,
            double      days,
            const char *candidate)
{
  g_array_append_val (sample->days, days);
  g_hash_table_add (sample->candidates, (gpointer) candidate);
}

static void
latency_entry_free (gpointer data)
{
  LatencyEntry *entry = data;

  g_date_time_unref (entry->end);
  g_free (entry);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static MeritReportDurations
durations_of (Sample *sample)
{
  MeritReportDurations result = { 0 };

  result.n = sample->days->len;
  result.n_candidates = g_hash_table_size (sample->candidates);
  result.suppressed = merit_report_suppress (result.n_candidates);
  if (result.n > 0 && !result.suppressed)
    {
      g_array_sort (sample->days, compare_doubles);
      result.median_days = merit_report_quantile ((double *) (void *) sample->days->data, result.n, 0.5);
      result.p90_days = merit_report_quantile ((double *) (void *) sample->days->data, result.n, 0.9);
    }
  return result;
}

static GDateTime *
parse_time (const char *text)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  if (text == NULL)
    return NULL;
  if (merit_iso_date_valid (text))
    {
      g_autofree char *midnight = g_strconcat (text, "T00:00:00Z", NULL);

      return g_date_time_new_from_iso8601 (midnight, utc);
    }
  return g_date_time_new_from_iso8601 (text, utc);
}

/* Whether @time lies in [from, to); a time that cannot be read never does when filtering. */
static gboolean
in_period (Build     *build,
           GDateTime *time)
{
  if (build->from == NULL && build->to == NULL)
    return TRUE;
  if (time == NULL)
    return FALSE;
  if (build->from != NULL && g_date_time_compare (time, build->from) < 0)
    return FALSE;
  if (build->to != NULL && g_date_time_compare (time, build->to) >= 0)
    return FALSE;
  return TRUE;
}

static gboolean
in_period_text (Build      *build,
                const char *text)
{
  g_autoptr(GDateTime) time = parse_time (text);

  return in_period (build, time);
}

static gboolean
role_matches (Build          *build,
              MeritCandidate *candidate)
{
  MeritRole *role = merit_candidate_get_role (candidate);

  if (build->role == NULL)
    return TRUE;
  return role != NULL && g_strcmp0 (merit_role_get_title (role), build->role) == 0;
}

static double
days_between (GDateTime *start,
              GDateTime *end)
{
  return g_date_time_difference (end, start) / (double) G_TIME_SPAN_DAY;
}

static const char *
candidate_created (MeritCandidate *candidate)
{
  GListModel *history = merit_candidate_get_history (candidate);
  g_autoptr(MeritHistoryEvent) first = NULL;

  if (merit_candidate_get_created (candidate) != NULL)
    return merit_candidate_get_created (candidate);
  if (g_list_model_get_n_items (history) == 0)
    return NULL;
  first = g_list_model_get_item (history, 0);
  return merit_history_event_get_time (first);
}

/* Walks the history of one package: the stages it reached, and each completed stay. */
static void
walk_history (Build          *build,
              MeritCandidate *candidate,
              gboolean       *reached)
{
  GListModel *history = merit_candidate_get_history (candidate);
  const char *id = merit_candidate_get_id (candidate);
  g_autoptr(GDateTime) since = NULL;
  MeritStage stage = MERIT_STAGE_SOURCED;
  gboolean open = FALSE;

  reached[merit_candidate_get_stage (candidate)] = TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(MeritHistoryEvent) event = g_list_model_get_item (history, i);
      g_autoptr(GDateTime) time = parse_time (merit_history_event_get_time (event));
      MeritStage next;

      if (!merit_stage_from_string (merit_history_event_get_to_stage (event), &next)
          || time == NULL)
        continue;
      reached[next] = TRUE;
      if (open && g_date_time_compare (time, since) >= 0 && in_period (build, time))
        {
          double days = days_between (since, time);

          sample_add (&build->stays[stage], days, id);
          if (stage == MERIT_STAGE_CEO_REVIEW
              && (next == MERIT_STAGE_APPROVED || next == MERIT_STAGE_RETURNED
                  || next == MERIT_STAGE_REJECTED))
            {
              LatencyEntry *entry = g_new0 (LatencyEntry, 1);

              entry->end = g_date_time_ref (time);
              entry->days = days;
              entry->candidate = id;
              g_ptr_array_add (build->latencies, entry);
            }
        }
      g_clear_pointer (&since, g_date_time_unref);
      since = g_steal_pointer (&time);
      stage = next;
      open = TRUE;
    }
}

static void
build_funnel (MeritReport *self,
              Build       *build)
{
  guint current[N_STAGES] = { 0 };
  guint reached[N_STAGES] = { 0 };
  GListModel *model = G_LIST_MODEL (build->workspace);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (model, i);
      gboolean was_in[N_STAGES] = { FALSE };
      gboolean in_cohort;

      if (merit_candidate_get_broken_reason (candidate) != NULL || !role_matches (build, candidate))
        continue;
      in_cohort = in_period_text (build, candidate_created (candidate));
      walk_history (build, candidate, was_in);
      if (!in_cohort)
        continue;
      self->n_candidates++;
      current[merit_candidate_get_stage (candidate)]++;
      for (guint s = 0; s < N_STAGES; s++)
        reached[s] += was_in[s] ? 1 : 0;
    }

  for (guint i = 0; i < G_N_ELEMENTS (funnel_stages); i++)
    {
      MeritStage stage = funnel_stages[i];
      MeritReportFunnelRow row = {
        stage, current[stage], merit_report_suppress (current[stage]),
        reached[stage], merit_report_suppress (reached[stage]),
      };

      g_array_append_val (self->funnel, row);
    }
  for (guint i = 0; i < G_N_ELEMENTS (open_stages); i++)
    {
      MeritReportStageTime row = { open_stages[i], durations_of (&build->stays[open_stages[i]]) };

      g_array_append_val (self->stage_times, row);
    }
}

static GDateTime *
period_start (GDateTime           *time,
              MeritReportInterval  interval)
{
  int y, m, d;

  g_date_time_get_ymd (time, &y, &m, &d);
  if (interval == MERIT_REPORT_INTERVAL_MONTH)
    return g_date_time_new_utc (y, m, 1, 0, 0, 0);
  {
    g_autoptr(GDateTime) day = g_date_time_new_utc (y, m, d, 0, 0, 0);

    return g_date_time_add_days (day, 1 - g_date_time_get_day_of_week (day));
  }
}

static void
latency_clear (gpointer data)
{
  MeritReportLatency *latency = data;

  g_free (latency->period);
  g_free (latency->start);
}

static int
compare_latency_entries (gconstpointer a,
                         gconstpointer b)
{
  const LatencyEntry *x = *(LatencyEntry * const *) a;
  const LatencyEntry *y = *(LatencyEntry * const *) b;

  return g_date_time_compare (x->end, y->end);
}

static MeritReportInterval
choose_interval (Build               *build,
                 MeritReportInterval  interval)
{
  LatencyEntry *first;
  LatencyEntry *last;
  GDateTime *start;
  GDateTime *end;
  double span;

  if (interval != MERIT_REPORT_INTERVAL_AUTO)
    return interval;
  if (build->latencies->len == 0)
    return MERIT_REPORT_INTERVAL_MONTH;
  first = g_ptr_array_index (build->latencies, 0);
  last = g_ptr_array_index (build->latencies, build->latencies->len - 1);
  start = build->from != NULL ? build->from : first->end;
  end = build->to != NULL ? build->to : last->end;
  /* Up to about four months a week is a readable step, as long as a week has enough
   * decisions on average to be shown at all; otherwise months. */
  span = days_between (start, end);
  if (span <= 120 && build->latencies->len >= MERIT_REPORT_MIN_GROUP * (span / 7 + 1))
    return MERIT_REPORT_INTERVAL_WEEK;
  return MERIT_REPORT_INTERVAL_MONTH;
}

static void
build_latency (MeritReport         *self,
               Build               *build,
               MeritReportInterval  interval)
{
  g_autoptr(GDateTime) current = NULL;
  Sample sample;

  g_ptr_array_sort (build->latencies, compare_latency_entries);
  self->interval = choose_interval (build, interval);
  sample_init (&sample);
  for (guint i = 0; i <= build->latencies->len; i++)
    {
      LatencyEntry *entry = i < build->latencies->len ? g_ptr_array_index (build->latencies, i)
                                                      : NULL;
      g_autoptr(GDateTime) start = entry != NULL ? period_start (entry->end, self->interval)
                                                 : NULL;

      if (current != NULL && (start == NULL || !g_date_time_equal (start, current)))
        {
          MeritReportLatency row = { 0 };

          row.period = g_date_time_format (current, self->interval == MERIT_REPORT_INTERVAL_WEEK
                                                    ? "%G-W%V" : "%Y-%m");
          row.start = g_date_time_format (current, "%Y-%m-%d");
          row.durations = durations_of (&sample);
          g_array_append_val (self->latency, row);
          sample_clear (&sample);
          sample_init (&sample);
        }
      if (entry == NULL)
        break;
      g_clear_pointer (&current, g_date_time_unref);
      current = g_steal_pointer (&start);
      sample_add (&sample, entry->days, entry->candidate);
    }
  sample_clear (&sample);
}

static void
scores_clear (gpointer data)
{
  g_free (((MeritReportScores *) data)->criterion);
}

static void
severity_clear (gpointer data)
{
  g_free (((MeritReportSeverity *) data)->reviewer);
}

typedef struct
{
  guint  n_reviews;
  guint  n_scores;
  double sum_offsets;
} SeverityStats;

/* Counts the scores of one submitted review and the reviewer's offsets from the consensus. */
static void
add_review (MeritCandidate     *candidate,
            MeritReview        *review,
            GArray             *summaries,
            GHashTable        **per_level,
            GHashTable         *severities,
            MeritReportScores  *scores)
{
  const char *reviewer = merit_review_get_reviewer (review);
  SeverityStats *stats = NULL;

  if (reviewer != NULL)
    {
      stats = g_hash_table_lookup (severities, reviewer);
      if (stats == NULL)
        {
          stats = g_new0 (SeverityStats, 1);
          g_hash_table_insert (severities, g_strdup (reviewer), stats);
        }
      stats->n_reviews++;
    }
  for (guint c = 0; c < summaries->len; c++)
    {
      MeritCriterionSummary *summary = &g_array_index (summaries, MeritCriterionSummary, c);
      MeritScore *score = merit_review_get_score (review, summary->criterion);
      guint value = score != NULL ? merit_score_get_value (score) : 0;

      if (value < 1 || value > 4)
        continue;
      scores[c].count[value - 1]++;
      g_hash_table_add (per_level[c * 4 + value - 1],
                        (gpointer) merit_candidate_get_id (candidate));
      if (stats != NULL)
        {
          stats->n_scores++;
          stats->sum_offsets += value - summary->calibrated_mean;
        }
    }
}

static void
build_scores (MeritReport *self,
              Build       *build)
{
  GListModel *model = G_LIST_MODEL (build->workspace);
  MeritRubric *rubric = merit_workspace_get_rubric (build->workspace);
  g_auto(GStrv) criteria = rubric != NULL ? merit_rubric_dup_criterion_ids (rubric) : NULL;
  guint n_criteria = criteria != NULL ? g_strv_length (criteria) : 0;
  g_autofree MeritReportScores *scores = g_new0 (MeritReportScores, MAX (n_criteria, 1));
  g_autofree GHashTable **per_level = g_new0 (GHashTable *, n_criteria * 4 + 1);
  g_autoptr(GHashTable) severities = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                            g_free);
  g_autoptr(GList) reviewers = NULL;

  for (guint i = 0; i < n_criteria * 4; i++)
    per_level[i] = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (model, i);
      GListModel *reviews = merit_candidate_get_reviews (candidate);
      g_autoptr(GArray) summaries = NULL;

      if (merit_candidate_get_broken_reason (candidate) != NULL || !role_matches (build, candidate))
        continue;
      summaries = merit_aggregate_candidate (candidate, (const char * const *) criteria,
                                             build->calibration);
      for (guint r = 0; r < g_list_model_get_n_items (reviews); r++)
        {
          g_autoptr(MeritReview) review = g_list_model_get_item (reviews, r);

          if (merit_review_get_state (review) != MERIT_REVIEW_STATE_SUBMITTED
              || !in_period_text (build, merit_review_get_submitted (review)))
            continue;
          add_review (candidate, review, summaries, per_level, severities, scores);
        }
    }

  for (guint c = 0; c < n_criteria; c++)
    {
      scores[c].criterion = g_strdup (criteria[c]);
      for (guint l = 0; l < 4; l++)
        {
          scores[c].candidates[l] = g_hash_table_size (per_level[c * 4 + l]);
          scores[c].suppressed[l] = merit_report_suppress (scores[c].candidates[l]);
          if (scores[c].suppressed[l])
            scores[c].count[l] = 0;
          g_hash_table_unref (per_level[c * 4 + l]);
        }
      g_array_append_val (self->scores, scores[c]);
    }

  reviewers = g_hash_table_get_keys (severities);
  reviewers = g_list_sort (reviewers, (GCompareFunc) g_strcmp0);
  for (GList *l = reviewers; l != NULL; l = l->next)
    {
      SeverityStats *stats = g_hash_table_lookup (severities, l->data);
      MeritReportSeverity row = { g_strdup (l->data), stats->n_reviews, FALSE, 0 };

      row.suppressed = stats->n_reviews < MERIT_REPORT_MIN_GROUP;
      if (row.suppressed)
        row.n_reviews = 0;
      else if (stats->n_scores > 0)
        row.mean_offset = stats->sum_offsets / stats->n_scores;
      g_array_append_val (self->severity, row);
    }
}

static void
bar_raiser_clear (gpointer data)
{
  MeritReportBarRaiser *row = data;

  g_free (row->candidate);
  g_free (row->pseudonym);
  g_free (row->role);
}

static gboolean
in_offer_stage (MeritStage stage)
{
  return stage == MERIT_STAGE_OFFER_DRAFT || stage == MERIT_STAGE_CEO_REVIEW
         || stage == MERIT_STAGE_RETURNED || stage == MERIT_STAGE_APPROVED
         || stage == MERIT_STAGE_OFFER_EXTENDED;
}

static const char *
role_title (MeritCandidate *candidate)
{
  MeritRole *role = merit_candidate_get_role (candidate);

  return role != NULL ? merit_role_get_title (role) : NULL;
}

static void
build_bar_raisers (MeritReport *self,
                   Build       *build)
{
  GListModel *model = G_LIST_MODEL (build->workspace);
  /* role title → GArray of the hires' scores */
  g_autoptr(GHashTable) hires = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) g_array_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (model, i);
      const char *title = role_title (candidate);
      GArray *scores;
      double score;

      if (merit_candidate_get_broken_reason (candidate) != NULL || title == NULL
          || merit_candidate_get_stage (candidate) != MERIT_STAGE_ACCEPTED)
        continue;
      score = merit_aggregate_blind_score (candidate, build->calibration, NULL);
      if (score < 0)
        continue;
      scores = g_hash_table_lookup (hires, title);
      if (scores == NULL)
        {
          scores = g_array_new (FALSE, FALSE, sizeof (double));
          g_hash_table_insert (hires, g_strdup (title), scores);
        }
      g_array_append_val (scores, score);
    }

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (model, i);
      const char *title = role_title (candidate);
      MeritReportBarRaiser row = { 0 };
      GArray *scores;

      if (merit_candidate_get_broken_reason (candidate) != NULL
          || !in_offer_stage (merit_candidate_get_stage (candidate))
          || !role_matches (build, candidate))
        continue;
      scores = title != NULL ? g_hash_table_lookup (hires, title) : NULL;
      row.candidate = g_strdup (merit_candidate_get_id (candidate));
      row.pseudonym = g_strdup (merit_candidate_get_pseudonym (candidate));
      row.role = g_strdup (title);
      row.stage = merit_candidate_get_stage (candidate);
      row.score = merit_aggregate_blind_score (candidate, build->calibration, NULL);
      row.n_hires = scores != NULL ? scores->len : 0;
      row.suppressed = merit_report_suppress (row.n_hires);
      if (row.suppressed)
        row.n_hires = 0;
      else if (scores != NULL)
        {
          g_array_sort (scores, compare_doubles);
          row.hires_median = merit_report_quantile ((double *) (void *) scores->data, scores->len, 0.5);
        }
      g_array_append_val (self->bar_raisers, row);
    }
}

static void
merit_report_finalize (GObject *object)
{
  MeritReport *self = MERIT_REPORT (object);

  g_free (self->role);
  g_clear_pointer (&self->funnel, g_array_unref);
  g_clear_pointer (&self->stage_times, g_array_unref);
  g_clear_pointer (&self->latency, g_array_unref);
  g_clear_pointer (&self->scores, g_array_unref);
  g_clear_pointer (&self->severity, g_array_unref);
  g_clear_pointer (&self->bar_raisers, g_array_unref);
  G_OBJECT_CLASS (merit_report_parent_class)->finalize (object);
}

static void
merit_report_class_init (MeritReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = merit_report_finalize;
}

static void
merit_report_init (MeritReport *self)
{
  self->funnel = g_array_new (FALSE, TRUE, sizeof (MeritReportFunnelRow));
  self->stage_times = g_array_new (FALSE, TRUE, sizeof (MeritReportStageTime));
  self->latency = g_array_new (FALSE, TRUE, sizeof (MeritReportLatency));
  g_array_set_clear_func (self->latency, latency_clear);
  self->scores = g_array_new (FALSE, TRUE, sizeof (MeritReportScores));
  g_array_set_clear_func (self->scores, scores_clear);
  self->severity = g_array_new (FALSE, TRUE, sizeof (MeritReportSeverity));
  g_array_set_clear_func (self->severity, severity_clear);
  self->bar_raisers = g_array_new (FALSE, TRUE, sizeof (MeritReportBarRaiser));
  g_array_set_clear_func (self->bar_raisers, bar_raiser_clear);
}

/**
 * merit_report_new:
 * @workspace: the workspace to report on
 * @role: (nullable): only packages for this role title, or %NULL for every role
 * @from: (nullable): the start of the period (inclusive)
 * @to: (nullable): the end of the period (exclusive)
 * @interval: the step of the CEO approval latency over time
 *
 * Computes every figure of the pipeline dashboard at once.
 *
 * Returns: (transfer full): the report
 */
MeritReport *
merit_report_new (MeritWorkspace      *workspace,
                  const char          *role,
                  GDateTime           *from,
                  GDateTime           *to,
                  MeritReportInterval  interval)
{
  MeritReport *self = g_object_new (MERIT_TYPE_REPORT, NULL);
  g_autoptr(MeritCalibration) calibration = NULL;
  Build build = { 0 };

  g_return_val_if_fail (MERIT_IS_WORKSPACE (workspace), self);

  self->role = g_strdup (role);
  calibration = merit_calibration_new (G_LIST_MODEL (workspace));
  build.workspace = workspace;
  build.role = role;
  build.from = from;
  build.to = to;
  build.calibration = calibration;
  build.latencies = g_ptr_array_new_with_free_func (latency_entry_free);
  for (guint s = 0; s < N_STAGES; s++)
    sample_init (&build.stays[s]);

  build_funnel (self, &build);
  build_latency (self, &build, interval);
  build_scores (self, &build);
  build_bar_raisers (self, &build);

  for (guint s = 0; s < N_STAGES; s++)
    sample_clear (&build.stays[s]);
  g_ptr_array_unref (build.latencies);
  return self;
}

/**
 * merit_report_parse_date:
 * @text: a date, YYYY-MM-DD
 * @end_of_day: %TRUE for the end of that day (the start of the next), as a period's end
 * @out_time: (out) (transfer full): the time, in UTC
 * @error: return location for a #GError
 *
 * Returns: %TRUE when @text is a valid calendar date
 */
gboolean
merit_report_parse_date (const char  *text,
                         gboolean     end_of_day,
                         GDateTime  **out_time,
                         GError     **error)
{
  g_autoptr(GDateTime) day = NULL;

  g_return_val_if_fail (out_time != NULL, FALSE);

  day = text != NULL && merit_iso_date_valid (text) ? parse_time (text) : NULL;
  if (day == NULL)
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                   _("“%s” is not a date of the form YYYY-MM-DD"), text != NULL ? text : "");
      return FALSE;
    }
  *out_time = end_of_day ? g_date_time_add_days (day, 1) : g_steal_pointer (&day);
  return TRUE;
}

/**
 * merit_report_dup_roles:
 * @candidates: a #GListModel of #MeritCandidate
 *
 * Returns: (transfer full): the role titles of @candidates, sorted, each once
 */
GStrv
merit_report_dup_roles (GListModel *candidates)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) roles = g_ptr_array_new ();
  g_autoptr(GList) keys = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (candidates); i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (candidates, i);
      const char *title = role_title (candidate);

      if (title != NULL && *title != '\0' && merit_candidate_get_broken_reason (candidate) == NULL)
        g_hash_table_add (seen, (gpointer) title);
    }
  keys = g_list_sort (g_hash_table_get_keys (seen), (GCompareFunc) g_utf8_collate);
  for (GList *l = keys; l != NULL; l = l->next)
    g_ptr_array_add (roles, g_strdup (l->data));
  g_ptr_array_add (roles, NULL);
  return (GStrv) g_ptr_array_steal (roles, NULL);
}

/**
 * merit_report_suppress:
 * @n: how many people a figure describes
 *
 * Returns: %TRUE when the figure must be shown as "fewer than 5": 1 to 4 people
 */
gboolean
merit_report_suppress (guint n)
{
  return n > 0 && n < MERIT_REPORT_MIN_GROUP;
}

/**
 * merit_report_quantile:
 * @sorted: (array length=n): values in ascending order
 * @n: how many, at least 1
 * @q: the quantile, 0–1
 *
 * Interpolates linearly between the two nearest ranks (the usual "type 7" definition, the
 * one spreadsheets use): the median of 1, 2, 3, 4 is 2.5, their 90th percentile 3.7.
 *
 * Returns: the quantile
 */
double
merit_report_quantile (const double *sorted,
                       guint         n,
                       double        q)
{
  double position;
  guint below;

  g_return_val_if_fail (sorted != NULL && n > 0, 0);

  position = (n - 1) * q;
  below = (guint) position;
  if (below + 1 >= n)
    return sorted[n - 1];
  return sorted[below] + (position - below) * (sorted[below + 1] - sorted[below]);
}

const char *
merit_report_get_role (MeritReport *self)
{
  g_return_val_if_fail (MERIT_IS_REPORT (self), NULL);
  return self->role;
}

MeritReportInterval
merit_report_get_interval (MeritReport *self)
{
  g_return_val_if_fail (MERIT_IS_REPORT (self), MERIT_REPORT_INTERVAL_MONTH);
  return self->interval;
}

/**
 * merit_report_get_n_candidates:
 *
 * Returns: how many packages the funnel follows
 */
guint
merit_report_get_n_candidates (MeritReport *self)
{
  g_return_val_if_fail (MERIT_IS_REPORT (self), 0);
  return self->n_candidates;
}

/**
 * merit_report_get_funnel:
 *
 * Returns: (transfer none) (element-type MeritReportFunnelRow): one row per stage
 */
GArray *
merit_report_get_funnel (MeritReport *self)
{
  g_return_val_if_fail (MERIT_IS_REPORT (self), NULL);
  return self->funnel;
}

/**
 * merit_report_get_stage_times:
 *
 * Returns: (transfer none) (element-type MeritReportStageTime): one row per stage a
 *   package can leave
 */
GArray *
merit_report_get_stage_times (MeritReport *self)
{
  g_return_val_if_fail (MERIT_IS_REPORT (self), NULL);
  return self->stage_times;
}

/**
 * merit_report_get_latency:
 *
 * Returns: (transfer none) (element-type MeritReportLatency): one row per week or month
 *   with a CEO decision, oldest first
 */
GArray *
merit_report_get_latency (MeritReport *self)
{
  g_return_val_if_fail (MERIT_IS_REPORT (self), NULL);
  return self->latency;
}

/**
 * merit_report_get_scores:
 *
 * Returns: (transfer none) (element-type MeritReportScores): one row per rubric criterion
 */
GArray *
merit_report_get_scores (MeritReport *self)
{
  g_return_val_if_fail (MERIT_IS_REPORT (self), NULL);
  return self->scores;
}

/**
 * merit_report_get_severity:
 *
 * Returns: (transfer none) (element-type MeritReportSeverity): one row per reviewer
 */
GArray *
merit_report_get_severity (MeritReport *self)
{
  g_return_val_if_fail (MERIT_IS_REPORT (self), NULL);
  return self->severity;
}

/**
 * merit_report_get_bar_raisers:
 *
 * Returns: (transfer none) (element-type MeritReportBarRaiser): one row per package in an
 *   offer stage
 */
GArray *
merit_report_get_bar_raisers (MeritReport *self)
{
  g_return_val_if_fail (MERIT_IS_REPORT (self), NULL);
  return self->bar_raisers;
}
