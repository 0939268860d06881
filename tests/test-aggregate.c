/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-aggregate.c: per-criterion summaries, disagreement, calibration, independence. */

#include "config.h"

#include <math.h>

#include "merit-model.h"

static const char * const criteria[] = { "merit", "excellence", NULL };

/* Adds a submitted review by @reviewer giving @value on every criterion. */
static void
add_review (MeritCandidate *candidate,
            const char     *reviewer,
            guint           merit,
            guint           excellence)
{
  g_autofree char *id = g_strdup_printf ("r-%s", reviewer);
  g_autoptr(MeritReview) review = merit_review_new (id, reviewer);
  g_autoptr(GError) error = NULL;

  merit_score_set_value (merit_review_ensure_score (review, "merit"), merit);
  merit_score_set_evidence (merit_review_ensure_score (review, "merit"), "Evidence.");
  merit_score_set_value (merit_review_ensure_score (review, "excellence"), excellence);
  merit_score_set_evidence (merit_review_ensure_score (review, "excellence"), "Evidence.");
  g_assert_true (merit_review_submit (review, criteria, "2026-01-01T00:00:00Z", &error));
  g_assert_no_error (error);
  merit_candidate_add_review (candidate, review);
}

static void
test_summary (void)
{
  g_autoptr(MeritCandidate) candidate = merit_candidate_new ("c1");
  g_autoptr(GArray) summaries = NULL;
  MeritCriterionSummary *merit;
  MeritCriterionSummary *excellence;

  add_review (candidate, "a", 2, 3);
  add_review (candidate, "b", 4, 3);
  add_review (candidate, "c", 3, 3);
  summaries = merit_aggregate_candidate (candidate, criteria, NULL);
  g_assert_cmpuint (summaries->len, ==, 2);
  merit = &g_array_index (summaries, MeritCriterionSummary, 0);
  excellence = &g_array_index (summaries, MeritCriterionSummary, 1);
  g_assert_cmpstr (merit->criterion, ==, "merit");
  g_assert_cmpuint (merit->n_scores, ==, 3);
  g_assert_cmpfloat_with_epsilon (merit->mean, 3.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (merit->spread, sqrt (2.0 / 3.0), 1e-9);
  g_assert_cmpuint (merit->min, ==, 2);
  g_assert_cmpuint (merit->max, ==, 4);
  g_assert_true (merit->disagreement);
  g_assert_false (excellence->disagreement);
  g_assert_cmpfloat_with_epsilon (excellence->spread, 0.0, 1e-9);
  g_assert_true (merit_aggregate_has_disagreement (candidate));
  g_assert_cmpfloat_with_epsilon (merit_aggregate_blind_score (candidate, NULL, NULL), 3.0, 1e-9);
}

static void
test_drafts_do_not_count (void)
{
  g_autoptr(MeritCandidate) candidate = merit_candidate_new ("c1");
  g_autoptr(MeritReview) draft = merit_review_new ("r9", "d");

  merit_score_set_value (merit_review_ensure_score (draft, "merit"), 1);
  merit_candidate_add_review (candidate, draft);
  g_assert_cmpfloat (merit_aggregate_blind_score (candidate, NULL, NULL), ==, -1);
  add_review (candidate, "a", 4, 4);
  g_assert_cmpfloat_with_epsilon (merit_aggregate_blind_score (candidate, NULL, NULL), 4.0, 1e-9);
  g_assert_false (merit_aggregate_has_disagreement (candidate));
}

/* A harsh reviewer sees six candidates, a lenient one six others of the same talents.  Raw
 * scores put every lenient candidate a level above its equal; calibrated scores give candidates
 * of equal talent the same score, so the ranking follows talent, not the reviewer. */
static void
test_calibration_harsh_and_lenient (void)
{
  g_autoptr(GListStore) store = g_list_store_new (MERIT_TYPE_CANDIDATE);
  g_autoptr(MeritCalibration) calibration = NULL;
  static const guint harsh[] = { 1, 1, 2, 2, 3, 3 };
  static const guint lenient[] = { 2, 2, 3, 3, 4, 4 };
  double raw_h[6];
  double raw_l[6];
  double cal_h[6];
  double cal_l[6];

  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *id_h = g_strdup_printf ("h%u", i);
      g_autofree char *id_l = g_strdup_printf ("l%u", i);
      g_autoptr(MeritCandidate) h = merit_candidate_new (id_h);
      g_autoptr(MeritCandidate) l = merit_candidate_new (id_l);

      add_review (h, "harsh", harsh[i], harsh[i]);
      add_review (l, "lenient", lenient[i], lenient[i]);
      g_list_store_append (store, h);
      g_list_store_append (store, l);
    }
  calibration = merit_calibration_new (G_LIST_MODEL (store));
  g_assert_cmpuint (merit_calibration_get_n_reviews (calibration, "harsh"), ==, 6);

  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(MeritCandidate) h = g_list_model_get_item (G_LIST_MODEL (store), 2 * i);
      g_autoptr(MeritCandidate) l = g_list_model_get_item (G_LIST_MODEL (store), 2 * i + 1);
      gboolean calibrated = FALSE;

      raw_h[i] = merit_aggregate_blind_score (h, NULL, NULL);
      raw_l[i] = merit_aggregate_blind_score (l, NULL, NULL);
      cal_h[i] = merit_aggregate_blind_score (h, calibration, &calibrated);
      g_assert_true (calibrated);
      cal_l[i] = merit_aggregate_blind_score (l, calibration, &calibrated);
      g_assert_true (calibrated);
    }
  /* Raw: a harsh reviewer's candidate always looks one level worse than its equal. */
  for (guint i = 0; i < 6; i++)
    g_assert_cmpfloat_with_epsilon (raw_l[i] - raw_h[i], 1.0, 1e-9);
  for (guint i = 0; i < 6; i++)
    {
      /* Calibrated: each pair of equal talent lands at the same score ... */
      g_assert_cmpfloat_with_epsilon (cal_h[i], cal_l[i], 1e-9);
      /* ... and the order of talents is kept on both sides. */
      if (i > 0)
        {
          g_assert_cmpfloat (cal_h[i], >=, cal_h[i - 1]);
          g_assert_cmpfloat (cal_l[i], >=, cal_l[i - 1]);
        }
    }
  /* The harsh reviewer's best now ranks above the lenient reviewer's worst by a wide margin. */
  g_assert_cmpfloat (cal_h[5] - cal_l[0], >, 1.0);
}

static void
test_calibration_needs_five_reviews (void)
{
  g_autoptr(GListStore) store = g_list_store_new (MERIT_TYPE_CANDIDATE);
  g_autoptr(MeritCalibration) calibration = NULL;
  double value = 0;

  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *id = g_strdup_printf ("c%u", i);
      g_autoptr(MeritCandidate) candidate = merit_candidate_new (id);

      add_review (candidate, "new", 1 + i, 1 + i);
      g_list_store_append (store, candidate);
    }
  calibration = merit_calibration_new (G_LIST_MODEL (store));
  g_assert_false (merit_calibration_calibrate (calibration, "new", 3, &value));
  g_assert_cmpfloat (value, ==, 3);
  g_assert_false (merit_calibration_calibrate (calibration, "nobody", 2, &value));
}

/* Views keep their calibration while nothing that calibrates has changed. */
static void
test_calibration_equal (void)
{
  g_autoptr(GListStore) store = g_list_store_new (MERIT_TYPE_CANDIDATE);
  g_autoptr(MeritCalibration) first = NULL;
  g_autoptr(MeritCalibration) again = NULL;
  g_autoptr(MeritCalibration) after_draft = NULL;
  g_autoptr(MeritCalibration) after_submit = NULL;
  g_autoptr(MeritCandidate) extra = merit_candidate_new ("extra");
  g_autoptr(MeritReview) draft = merit_review_new ("r-draft", "a");

  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *id = g_strdup_printf ("c%u", i);
      g_autoptr(MeritCandidate) candidate = merit_candidate_new (id);

      add_review (candidate, "a", 1 + i % 4, 2);
      g_list_store_append (store, candidate);
    }
  first = merit_calibration_new (G_LIST_MODEL (store));
  again = merit_calibration_new (G_LIST_MODEL (store));
  g_assert_true (merit_calibration_equal (first, again));
  g_assert_true (merit_calibration_equal (NULL, NULL));
  g_assert_false (merit_calibration_equal (first, NULL));

  /* A draft does not calibrate anything. */
  merit_score_set_value (merit_review_ensure_score (draft, "merit"), 4);
  merit_candidate_add_review (extra, draft);
  g_list_store_append (store, extra);
  after_draft = merit_calibration_new (G_LIST_MODEL (store));
  g_assert_true (merit_calibration_equal (first, after_draft));

  /* A submitted review does. */
  add_review (extra, "b", 4, 4);
  after_submit = merit_calibration_new (G_LIST_MODEL (store));
  g_assert_false (merit_calibration_equal (first, after_submit));

  /* Made a few packages at a time (as a view does over 100,000), it is the same. */
  {
    g_autoptr(MeritCalibration) stepwise = merit_calibration_new_empty ();
    g_autoptr(MeritCalibration) part = merit_calibration_new_empty ();
    double whole_value = 0, step_value = 0;

    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
      {
        g_autoptr(MeritCandidate) candidate = g_list_model_get_item (G_LIST_MODEL (store), i);

        merit_calibration_add (stepwise, candidate);
        if (i < 3)
          merit_calibration_add (part, candidate);
      }
    merit_calibration_finish (stepwise);
    merit_calibration_finish (part);
    g_assert_true (merit_calibration_equal (stepwise, after_submit));
    g_assert_false (merit_calibration_equal (part, after_submit));
    g_assert_cmpuint (merit_calibration_get_n_reviews (stepwise, "a"), ==, 6);
    g_assert_true (merit_calibration_calibrate (after_submit, "a", 3, &whole_value)
                   == merit_calibration_calibrate (stepwise, "a", 3, &step_value));
    g_assert_cmpfloat (whole_value, ==, step_value);
  }
}

static MeritMember *
member (const char     *id,
        MeritRoleFlags  roles)
{
  MeritMember *m = merit_member_new ();

  merit_member_set_id (m, id);
  merit_member_set_name (m, id);
  merit_member_set_roles (m, roles);
  return m;
}

/* A reviewer reads no other review of a candidate before submitting their own. */
static void
test_independence (void)
{
  g_autoptr(MeritCandidate) candidate = merit_candidate_new ("c1");
  g_autoptr(MeritMember) first = member ("first", MERIT_ROLE_REVIEWER);
  g_autoptr(MeritMember) second = member ("second", MERIT_ROLE_REVIEWER | MERIT_ROLE_COMMITTEE);
  g_autoptr(MeritMember) chair = member ("chair", MERIT_ROLE_CHAIR);
  g_autoptr(MeritReview) draft = merit_review_new ("r2", "second");
  g_autoptr(MeritCandidate) view_second = NULL;
  g_autoptr(MeritCandidate) view_first = NULL;
  g_autoptr(MeritCandidate) view_chair = NULL;
  g_autoptr(MeritCandidate) view_anonymous = NULL;

  merit_candidate_set_stage (candidate, MERIT_STAGE_BLIND_REVIEW);
  add_review (candidate, "first", 3, 3);
  merit_candidate_add_review (candidate, draft);

  g_assert_false (merit_blind_may_see_reviews (candidate, second));
  g_assert_true (merit_blind_may_see_reviews (candidate, first));
  g_assert_true (merit_blind_may_see_reviews (candidate, chair));

  view_second = merit_blind_dup_candidate (candidate, second, MERIT_REDACT_FLAGS_NONE);
  g_assert_cmpuint (g_list_model_get_n_items (merit_candidate_get_reviews (view_second)), ==, 1);
  g_assert_nonnull (merit_candidate_find_review (view_second, "second"));
  g_assert_null (merit_candidate_find_review (view_second, "first"));

  view_first = merit_blind_dup_candidate (candidate, first, MERIT_REDACT_FLAGS_NONE);
  /* The other review is still a draft: nobody reads drafts but their author. */
  g_assert_cmpuint (g_list_model_get_n_items (merit_candidate_get_reviews (view_first)), ==, 1);

  view_chair = merit_blind_dup_candidate (candidate, chair, MERIT_REDACT_FLAGS_NONE);
  g_assert_cmpuint (g_list_model_get_n_items (merit_candidate_get_reviews (view_chair)), ==, 1);
  g_assert_null (merit_candidate_get_identity (view_chair));

  view_anonymous = merit_blind_dup_candidate (candidate, NULL, MERIT_REDACT_FLAGS_NONE);
  g_assert_cmpuint (g_list_model_get_n_items (merit_candidate_get_reviews (view_anonymous)), ==, 0);

  /* Once the candidate is with the committee the reviews are its evidence. */
  merit_candidate_set_stage (candidate, MERIT_STAGE_COMMITTEE);
  g_assert_true (merit_blind_may_see_reviews (candidate, second));
}

/* Amounts and dates are shown in the locale's form; the C locale groups with commas. */
static void
test_display_formats (void)
{
  g_autofree char *amount = merit_money_format_display ("93000.00", "EUR");
  g_autofree char *small = merit_money_format_display ("950.5", NULL);
  g_autofree char *million = merit_money_format_display ("1234567.89", "USD");
  g_autofree char *bad = merit_money_format_display ("-5", "EUR");
  g_autofree char *date = merit_date_format_display ("2026-08-24");
  g_autofree char *unreadable = merit_date_format_display ("soon");

  g_assert_cmpstr (amount, ==, "93,000.00 EUR");
  g_assert_cmpstr (small, ==, "—");
  g_assert_cmpstr (million, ==, "1,234,567.89 USD");
  g_assert_cmpstr (bad, ==, "—");
  g_assert_cmpstr (date, ==, "08/24/26");
  g_assert_cmpstr (unreadable, ==, "soon");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/aggregate/summary", test_summary);
  g_test_add_func ("/aggregate/drafts-do-not-count", test_drafts_do_not_count);
  g_test_add_func ("/aggregate/calibration/harsh-and-lenient", test_calibration_harsh_and_lenient);
  g_test_add_func ("/aggregate/calibration/needs-five-reviews", test_calibration_needs_five_reviews);
  g_test_add_func ("/aggregate/calibration/equal", test_calibration_equal);
  g_test_add_func ("/aggregate/independence", test_independence);
  g_test_add_func ("/aggregate/display-formats", test_display_formats);
  return g_test_run ();
}
