/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-aggregate.c: per-criterion summaries and calibrated scores.
 *
 * Some reviewers score harshly, others leniently.  Calibration expresses each score as the
 * reviewer's z-score (how far above or below their own average it lies, in their own standard
 * deviations) and maps it back onto the workspace's 1–4 scale with the mean and deviation of
 * all scores.  It is used only for reviewers with enough submitted reviews to have a stable
 * average; the raw score is always kept beside it.
 */

#include "config.h"

#include <math.h>

#include "merit-aggregate.h"
#include "merit-review.h"
#include "merit-score.h"

typedef struct
{
  guint  n_reviews;
  guint  n_scores;
  double sum;
  double sum_squares;
} ReviewerStats;

struct _MeritCalibration
{
  GObject     parent_instance;

  GHashTable *reviewers;  /* reviewer id → ReviewerStats */
  double      mean;
  double      deviation;

  /* Over every submitted score, while candidates are added. */
  guint       n_all;
  double      sum_all;
  double      squares_all;
};

G_DEFINE_FINAL_TYPE (MeritCalibration, merit_calibration, G_TYPE_OBJECT)

static gboolean
score_counts (MeritScore *score)
{
  guint value = merit_score_get_value (score);

  return value >= 1 && value <= 4;
}

static double
deviation_of (guint  n,
              double sum,
              double sum_squares)
{
  double mean;
  double variance;

  if (n == 0)
    return 0;
  mean = sum / n;
  variance = sum_squares / n - mean * mean;
  return variance > 0 ? sqrt (variance) : 0;
}

static void
merit_calibration_finalize (GObject *object)
{
  MeritCalibration *self = MERIT_CALIBRATION (object);

  g_clear_pointer (&self->reviewers, g_hash_table_unref);
  G_OBJECT_CLASS (merit_calibration_parent_class)->finalize (object);
}

static void
merit_calibration_class_init (MeritCalibrationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = merit_calibration_finalize;
}

static void
merit_calibration_init (MeritCalibration *self)
{
  self->reviewers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/**
 * merit_calibration_new:
 * @candidates: a #GListModel of #MeritCandidate
 *
 * Computes every reviewer's average and deviation over their submitted reviews.
 *
 * Returns: (transfer full): the calibration of @candidates
 */
MeritCalibration *
merit_calibration_new (GListModel *candidates)
{
  MeritCalibration *self = merit_calibration_new_empty ();

  g_return_val_if_fail (G_IS_LIST_MODEL (candidates), self);

  for (guint i = 0; i < g_list_model_get_n_items (candidates); i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (candidates, i);

      merit_calibration_add (self, candidate);
    }
  merit_calibration_finish (self);
  return self;
}

/**
 * merit_calibration_new_empty:
 *
 * A calibration to which candidates are added a few at a time, with merit_calibration_add(),
 * and which merit_calibration_finish() completes.
 *
 * Returns: (transfer full): a calibration of no candidate yet
 */
MeritCalibration *
merit_calibration_new_empty (void)
{
  return g_object_new (MERIT_TYPE_CALIBRATION, NULL);
}

/**
 * merit_calibration_add:
 * @self: a calibration not finished yet
 * @candidate: a candidate
 *
 * Counts the submitted reviews of @candidate.
 */
void
merit_calibration_add (MeritCalibration *self,
                       MeritCandidate   *candidate)
{
  g_autoptr(GArray) tallies = NULL;

  g_return_if_fail (MERIT_IS_CALIBRATION (self));
  g_return_if_fail (MERIT_IS_CANDIDATE (candidate));

  /* From the tallies of the submitted reviews: a workspace listed from its index is
   * calibrated without reading a single package. */
  tallies = merit_candidate_dup_review_tallies (candidate);
  for (guint r = 0; r < tallies->len; r++)
    {
      const MeritReviewTally *tally = &g_array_index (tallies, MeritReviewTally, r);
      ReviewerStats *stats;

      if (tally->reviewer == NULL)
        continue;
      stats = g_hash_table_lookup (self->reviewers, tally->reviewer);
      if (stats == NULL)
        {
          stats = g_new0 (ReviewerStats, 1);
          g_hash_table_insert (self->reviewers, g_strdup (tally->reviewer), stats);
        }
      stats->n_reviews++;
      for (guint value = 1; value <= 4; value++)
        {
          guint count = tally->counts[value - 1];

          stats->n_scores += count;
          stats->sum += (double) count * value;
          stats->sum_squares += (double) count * value * value;
          self->n_all += count;
          self->sum_all += (double) count * value;
          self->squares_all += (double) count * value * value;
        }
    }
}

/**
 * merit_calibration_finish:
 * @self: a calibration
 *
 * Completes @self once every candidate is added.
 */
void
merit_calibration_finish (MeritCalibration *self)
{
  g_return_if_fail (MERIT_IS_CALIBRATION (self));

  self->mean = self->n_all > 0 ? self->sum_all / self->n_all : 2.5;
  self->deviation = deviation_of (self->n_all, self->sum_all, self->squares_all);
}

/**
 * merit_calibration_get_n_reviews:
 *
 * Returns: how many reviews @reviewer has submitted
 */
guint
merit_calibration_get_n_reviews (MeritCalibration *self,
                                 const char       *reviewer)
{
  ReviewerStats *stats;

  g_return_val_if_fail (MERIT_IS_CALIBRATION (self), 0);

  stats = reviewer != NULL ? g_hash_table_lookup (self->reviewers, reviewer) : NULL;
  return stats != NULL ? stats->n_reviews : 0;
}

/**
 * merit_calibration_calibrate:
 * @self: a calibration
 * @reviewer: who gave the score
 * @raw: the score, 1–4
 * @out_value: (out): the calibrated score on the 1–4 scale
 *
 * Returns: %TRUE when @reviewer has enough reviews for a calibrated score
 */
gboolean
merit_calibration_calibrate (MeritCalibration *self,
                             const char       *reviewer,
                             guint             raw,
                             double           *out_value)
{
  ReviewerStats *stats;
  double own_mean;
  double own_deviation;
  double z;

  g_return_val_if_fail (MERIT_IS_CALIBRATION (self), FALSE);
  g_return_val_if_fail (out_value != NULL, FALSE);

  *out_value = raw;
  stats = reviewer != NULL ? g_hash_table_lookup (self->reviewers, reviewer) : NULL;
  if (stats == NULL || stats->n_reviews < MERIT_CALIBRATION_MIN_REVIEWS || stats->n_scores == 0)
    return FALSE;
  own_mean = stats->sum / stats->n_scores;
  own_deviation = deviation_of (stats->n_scores, stats->sum, stats->sum_squares);
  /* A reviewer who always gives the same score says nothing about differences. */
  z = own_deviation > 0 ? (raw - own_mean) / own_deviation : 0;
  *out_value = CLAMP (self->mean + z * self->deviation, 1.0, 4.0);
  return TRUE;
}

/**
 * merit_calibration_equal:
 * @self: (nullable): a calibration
 * @other: (nullable): another calibration
 *
 * Whether both calibrate every score the same way, so that views need not recompute.
 *
 * Returns: %TRUE when @self and @other hold the same statistics (or both are %NULL)
 */
gboolean
merit_calibration_equal (MeritCalibration *self,
                         MeritCalibration *other)
{
  GHashTableIter iter;
  gpointer key, value;

  if (self == other)
    return TRUE;
  if (self == NULL || other == NULL)
    return FALSE;
  if (self->mean != other->mean || self->deviation != other->deviation
      || g_hash_table_size (self->reviewers) != g_hash_table_size (other->reviewers))
    return FALSE;
  g_hash_table_iter_init (&iter, self->reviewers);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      ReviewerStats *a = value;
      ReviewerStats *b = g_hash_table_lookup (other->reviewers, key);

      if (b == NULL || a->n_reviews != b->n_reviews || a->n_scores != b->n_scores
          || a->sum != b->sum || a->sum_squares != b->sum_squares)
        return FALSE;
    }
  return TRUE;
}

static void
summary_clear (gpointer data)
{
  MeritCriterionSummary *summary = data;

  g_free (summary->criterion);
}

/**
 * merit_aggregate_candidate:
 * @candidate: a package
 * @criteria: the rubric's criterion ids, in order
 * @calibration: (nullable): the workspace calibration
 *
 * Summarises the submitted reviews of @candidate per criterion.
 *
 * Returns: (transfer full) (element-type MeritCriterionSummary): one summary per criterion
 */
GArray *
merit_aggregate_candidate (MeritCandidate     *candidate,
                           const char * const *criteria,
                           MeritCalibration   *calibration)
{
  GArray *summaries = g_array_new (FALSE, TRUE, sizeof (MeritCriterionSummary));
  GListModel *reviews = merit_candidate_get_reviews (candidate);

  g_array_set_clear_func (summaries, summary_clear);
  for (guint c = 0; criteria != NULL && criteria[c] != NULL; c++)
    {
      MeritCriterionSummary summary = { g_strdup (criteria[c]), 0, 0, 0, 4, 0, FALSE, FALSE, 0 };
      double sum = 0;
      double squares = 0;
      double calibrated_sum = 0;

      for (guint r = 0; r < g_list_model_get_n_items (reviews); r++)
        {
          g_autoptr(MeritReview) review = g_list_model_get_item (reviews, r);
          MeritScore *score;
          guint value;
          double calibrated;

          if (merit_review_get_state (review) != MERIT_REVIEW_STATE_SUBMITTED)
            continue;
          score = merit_review_get_score (review, criteria[c]);
          if (score == NULL || !score_counts (score))
            continue;
          value = merit_score_get_value (score);
          summary.n_scores++;
          sum += value;
          squares += (double) value * value;
          summary.min = MIN (summary.min, value);
          summary.max = MAX (summary.max, value);
          if (calibration != NULL
              && merit_calibration_calibrate (calibration, merit_review_get_reviewer (review),
                                              value, &calibrated))
            summary.calibrated = TRUE;
          else
            calibrated = value;
          calibrated_sum += calibrated;
        }
      if (summary.n_scores > 0)
        {
          summary.mean = sum / summary.n_scores;
          summary.spread = deviation_of (summary.n_scores, sum, squares);
          summary.calibrated_mean = calibrated_sum / summary.n_scores;
          summary.disagreement = summary.max - summary.min >= MERIT_DISAGREEMENT_LEVELS;
        }
      else
        summary.min = 0;
      g_array_append_val (summaries, summary);
    }
  return summaries;
}

/**
 * merit_aggregate_blind_score:
 * @candidate: a package
 * @calibration: (nullable): the workspace calibration
 * @out_calibrated: (out) (optional): whether any score in it was calibrated
 *
 * The mean over every submitted score, calibrated where the reviewer has enough reviews.
 *
 * Returns: the score on the 1–4 scale, or -1 when no review is submitted
 */
double
merit_aggregate_blind_score (MeritCandidate   *candidate,
                             MeritCalibration *calibration,
                             gboolean         *out_calibrated)
{
  g_autoptr(GArray) tallies = merit_candidate_dup_review_tallies (candidate);
  gboolean calibrated_any = FALSE;
  double sum = 0;
  guint n = 0;

  for (guint r = 0; r < tallies->len; r++)
    {
      const MeritReviewTally *tally = &g_array_index (tallies, MeritReviewTally, r);

      for (guint raw = 1; raw <= 4; raw++)
        {
          guint count = tally->counts[raw - 1];
          double value;

          if (count == 0)
            continue;
          if (calibration != NULL
              && merit_calibration_calibrate (calibration, tally->reviewer, raw, &value))
            calibrated_any = TRUE;
          else
            value = raw;
          sum += value * count;
          n += count;
        }
    }
  if (out_calibrated != NULL)
    *out_calibrated = calibrated_any;
  return n > 0 ? sum / n : -1;
}

/**
 * merit_aggregate_has_disagreement:
 * @candidate: a package
 *
 * Returns: %TRUE when two submitted reviews differ by 2 or more levels on some criterion
 */
gboolean
merit_aggregate_has_disagreement (MeritCandidate *candidate)
{
  GListModel *reviews = merit_candidate_get_reviews (candidate);
  g_autoptr(GHashTable) ranges = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint r = 0; r < g_list_model_get_n_items (reviews); r++)
    {
      g_autoptr(MeritReview) review = g_list_model_get_item (reviews, r);
      GListModel *scores = merit_review_get_scores (review);

      if (merit_review_get_state (review) != MERIT_REVIEW_STATE_SUBMITTED)
        continue;
      for (guint k = 0; k < g_list_model_get_n_items (scores); k++)
        {
          g_autoptr(MeritScore) score = g_list_model_get_item (scores, k);
          guint *range;
          guint value = merit_score_get_value (score);

          if (!score_counts (score))
            continue;
          range = g_hash_table_lookup (ranges, merit_score_get_criterion (score));
          if (range == NULL)
            {
              range = g_new (guint, 2);
              range[0] = range[1] = value;
              g_hash_table_insert (ranges, (gpointer) merit_score_get_criterion (score), range);
            }
          range[0] = MIN (range[0], value);
          range[1] = MAX (range[1], value);
          if (range[1] - range[0] >= MERIT_DISAGREEMENT_LEVELS)
            return TRUE;
        }
    }
  return FALSE;
}
