/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-model.c: unit tests of the model layer (app/model) */

#include "config.h"

#include <string.h>

#include "merit-candidate-private.h"
#include "merit-model.h"

#define ZERO_HASH "0000000000000000000000000000000000000000000000000000000000000000"

typedef struct
{
  guint count;
  guint position;
  guint removed;
  guint added;
} ItemsChanged;

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
items_changed_cb (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *changed)
{
  changed->count++;
  changed->position = position;
  changed->removed = removed;
  changed->added = added;
}

static gulong
watch_notify (gpointer    object,
              const char *property,
              guint      *count)
{
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);

  return g_signal_connect (object, signal, G_CALLBACK (count_notify_cb), count);
}

static void
assert_strv (const char * const *actual,
             const char * const *expected)
{
  g_assert_nonnull (actual);
  g_assert_cmpuint (g_strv_length ((char **) actual), ==, g_strv_length ((char **) expected));
  for (guint i = 0; expected[i] != NULL; i++)
    g_assert_cmpstr (actual[i], ==, expected[i]);
}

static guint
n_pending (MeritCandidate *candidate)
{
  return g_strv_length ((char **) merit_candidate_get_pending_sections (candidate));
}

static void
test_enum_strings (void)
{
  struct {
    GType type;
    const char *(*to_string) (int value);
  } enums[] = {
    { MERIT_TYPE_STAGE, (const char *(*) (int)) merit_stage_to_string },
    { MERIT_TYPE_REVIEW_STATE, (const char *(*) (int)) merit_review_state_to_string },
    { MERIT_TYPE_VOTE_VALUE, (const char *(*) (int)) merit_vote_value_to_string },
    { MERIT_TYPE_DECISION_VALUE, (const char *(*) (int)) merit_decision_value_to_string },
    { MERIT_TYPE_APPROVAL_DECISION, (const char *(*) (int)) merit_approval_decision_to_string },
    { MERIT_TYPE_PROFILE_ENTRY_KIND, (const char *(*) (int)) merit_profile_entry_kind_to_string },
  };
  MeritStage stage;
  MeritVoteValue vote;
  MeritProfileEntryKind kind;
  MeritDecisionValue decision;
  MeritApprovalDecision approval;
  MeritReviewState state;

  /* The hand-written tables agree with the registered nicks. */
  for (guint i = 0; i < G_N_ELEMENTS (enums); i++)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (enums[i].type);

      for (guint j = 0; j < klass->n_values; j++)
        g_assert_cmpstr (enums[i].to_string (klass->values[j].value), ==,
                         klass->values[j].value_nick);
    }

  g_assert_cmpstr (merit_stage_to_string (MERIT_STAGE_BLIND_REVIEW), ==, "blind-review");
  g_assert_true (merit_stage_from_string ("offer-extended", &stage));
  g_assert_cmpint (stage, ==, MERIT_STAGE_OFFER_EXTENDED);
  g_assert_false (merit_stage_from_string ("Blind-Review", &stage));
  g_assert_false (merit_stage_from_string (NULL, &stage));
  g_assert_false (merit_stage_from_string ("", &stage));
  g_assert_cmpint (stage, ==, MERIT_STAGE_OFFER_EXTENDED);
  g_assert_cmpstr (merit_stage_get_label (MERIT_STAGE_BLIND_REVIEW), ==, "Blind review");
  g_assert_cmpstr (merit_stage_get_label (MERIT_STAGE_CEO_REVIEW), ==, "CEO review");

  g_assert_true (merit_vote_value_from_string ("strong-no-hire", &vote));
  g_assert_cmpint (vote, ==, MERIT_VOTE_VALUE_STRONG_NO_HIRE);
  g_assert_true (merit_profile_entry_kind_from_string ("work-sample", &kind));
  g_assert_cmpint (kind, ==, MERIT_PROFILE_ENTRY_KIND_WORK_SAMPLE);
  g_assert_true (merit_decision_value_from_string ("none", &decision));
  g_assert_cmpint (decision, ==, MERIT_DECISION_VALUE_NONE);
  g_assert_true (merit_approval_decision_from_string ("returned", &approval));
  g_assert_cmpint (approval, ==, MERIT_APPROVAL_DECISION_RETURNED);
  g_assert_true (merit_review_state_from_string ("submitted", &state));
  g_assert_cmpint (state, ==, MERIT_REVIEW_STATE_SUBMITTED);
  g_assert_true (merit_review_state_from_string ("draft", NULL));
}

static void
test_role_flags (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *empty = NULL;
  g_autoptr(GFlagsClass) klass = g_type_class_ref (MERIT_TYPE_ROLE_FLAGS);
  MeritRoleFlags flags;

  flags = merit_role_flags_from_string ("reviewer,chair", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (flags, ==, MERIT_ROLE_REVIEWER | MERIT_ROLE_CHAIR);

  flags = merit_role_flags_from_string (" ceo , committee ", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (flags, ==, MERIT_ROLE_CEO | MERIT_ROLE_COMMITTEE);

  g_assert_cmpuint (merit_role_flags_from_string ("", &error), ==, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (merit_role_flags_from_string (NULL, &error), ==, 0);
  g_assert_no_error (error);

  g_assert_cmpuint (merit_role_flags_from_string ("reviewer,janitor", &error), ==, 0);
  g_assert_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "janitor"));
  g_clear_error (&error);

  g_assert_cmpuint (merit_role_flags_from_string ("reviewer,,chair", &error), ==, 0);
  g_assert_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpuint (merit_role_flags_from_string ("Reviewer", &error), ==, 0);
  g_assert_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID);
  g_clear_error (&error);

  /* Flag order, not argument order. */
  text = merit_role_flags_to_string (MERIT_ROLE_CEO | MERIT_ROLE_REVIEWER | MERIT_ROLE_CHAIR);
  g_assert_cmpstr (text, ==, "reviewer,chair,ceo");
  empty = merit_role_flags_to_string (0);
  g_assert_cmpstr (empty, ==, "");

  g_assert_cmpstr (g_flags_get_first_value (klass, MERIT_ROLE_COMMITTEE)->value_nick, ==,
                   "committee");
}

static void
test_dates (void)
{
  const char *bad_dates[] = {
    "2026-02-30", "2025-02-29", "2026-13-01", "0000-01-01", "2026-2-3", " 2026-02-28",
    "2026-02-28 ", "2026-00-10", "2026-01-00", "2026-01-32", "2026/01/01", "", "20260101",
    "2026-01-01T00:00:00Z",
  };
  const char *good_dates[] = { "2024-02-29", "2026-02-28", "0001-01-01", "9999-12-31" };
  const char *bad_times[] = {
    "2026-02-30T10:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01T10:60:00Z",
    "2026-01-01T10:00:60Z", "2026-01-01T10:00:00", "2026-01-01T10:00:00+00:00",
    "2026-01-01 10:00:00Z", "2026-01-01T1:00:00Z", "2026-01-01", " 2026-01-01T10:00:00Z",
  };
  const char *good_times[] = { "2026-01-01T00:00:00Z", "2024-02-29T23:59:59Z" };

  for (guint i = 0; i < G_N_ELEMENTS (bad_dates); i++)
    g_assert_false (merit_iso_date_valid (bad_dates[i]));
  for (guint i = 0; i < G_N_ELEMENTS (good_dates); i++)
    g_assert_true (merit_iso_date_valid (good_dates[i]));
  for (guint i = 0; i < G_N_ELEMENTS (bad_times); i++)
    g_assert_false (merit_iso_time_valid (bad_times[i]));
  for (guint i = 0; i < G_N_ELEMENTS (good_times); i++)
    g_assert_true (merit_iso_time_valid (good_times[i]));

  g_assert_false (merit_iso_date_valid (NULL));
  g_assert_false (merit_iso_time_valid (NULL));
}

static void
test_now (void)
{
  g_autofree char *fake = NULL;
  g_autofree char *real = NULL;
  g_autofree char *ignored = NULL;

  g_setenv ("MERIT_FAKE_NOW", "2026-03-04T05:06:07Z", TRUE);
  fake = merit_now_iso8601 ();
  g_assert_cmpstr (fake, ==, "2026-03-04T05:06:07Z");

  g_setenv ("MERIT_FAKE_NOW", "yesterday", TRUE);
  ignored = merit_now_iso8601 ();
  g_assert_true (merit_iso_time_valid (ignored));

  g_unsetenv ("MERIT_FAKE_NOW");
  real = merit_now_iso8601 ();
  g_assert_true (merit_iso_time_valid (real));
}

static void
test_money (void)
{
  const char *bad[] = {
    "-5", "1e9", "85,000", "NaN", "0x10", "12345678901234567890", "1234567890123", "", " 5",
    "5 ", "5.", "5.0", "5.000", ".50", "+5", "5.-1", "inf", "95000.00 EUR",
  };
  g_autofree char *formatted = NULL;
  g_autofree char *zero = NULL;
  g_autofree char *negative = NULL;
  g_autoptr(GError) error = NULL;
  gint64 cents = -1;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_false (merit_money_parse (bad[i], &cents, &error));
      g_assert_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID);
      g_clear_error (&error);
    }
  g_assert_false (merit_money_parse (NULL, NULL, NULL));
  g_assert_cmpint (cents, ==, -1);

  g_assert_true (merit_money_parse ("95000.00", &cents, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cents, ==, 9500000);
  g_assert_true (merit_money_parse ("95000", &cents, &error));
  g_assert_cmpint (cents, ==, 9500000);
  g_assert_true (merit_money_parse ("0.05", &cents, &error));
  g_assert_cmpint (cents, ==, 5);
  g_assert_true (merit_money_parse ("999999999999.99", &cents, &error));
  g_assert_cmpint (cents, ==, G_GINT64_CONSTANT (99999999999999));
  g_assert_true (merit_money_parse ("007", NULL, &error));

  formatted = merit_money_format (9500050);
  g_assert_cmpstr (formatted, ==, "95000.50");
  zero = merit_money_format (0);
  g_assert_cmpstr (zero, ==, "0.00");
  negative = merit_money_format (-1205);
  g_assert_cmpstr (negative, ==, "-12.05");
}

static void
test_identity_notify (void)
{
  MeritIdentity *identity = merit_identity_new ();
  const char * const links[] = { "https://example.org", NULL };
  const char * const same_links[] = { "https://example.org", NULL };
  const char * const empty[] = { NULL };
  guint name_count = 0;
  guint links_count = 0;
  guint any_count = 0;

  watch_notify (identity, "name", &name_count);
  watch_notify (identity, "links", &links_count);
  g_signal_connect (identity, "notify", G_CALLBACK (count_notify_cb), &any_count);

  merit_identity_set_name (identity, "Ada Lovelace");
  g_assert_cmpuint (name_count, ==, 1);
  merit_identity_set_name (identity, "Ada Lovelace");
  g_assert_cmpuint (name_count, ==, 1);
  g_object_set (identity, "name", "Ada Lovelace", NULL);
  g_assert_cmpuint (name_count, ==, 1);
  g_object_set (identity, "name", "Ada King", NULL);
  g_assert_cmpuint (name_count, ==, 2);
  g_assert_cmpstr (merit_identity_get_name (identity), ==, "Ada King");

  /* "" is kept, and distinct from NULL. */
  merit_identity_set_name (identity, "");
  g_assert_cmpstr (merit_identity_get_name (identity), ==, "");
  merit_identity_set_name (identity, NULL);
  g_assert_null (merit_identity_get_name (identity));
  g_assert_cmpuint (name_count, ==, 4);

  merit_identity_set_links (identity, links);
  merit_identity_set_links (identity, same_links);
  g_assert_cmpuint (links_count, ==, 1);
  assert_strv (merit_identity_get_links (identity), links);
  merit_identity_set_links (identity, empty);
  g_assert_cmpuint (links_count, ==, 2);
  merit_identity_set_links (identity, NULL);
  g_assert_cmpuint (links_count, ==, 3);
  g_assert_null (merit_identity_get_links (identity));

  g_assert_cmpuint (any_count, ==, 7);

  g_assert_finalize_object (identity);
}

static void
test_section_notify (void)
{
  MeritProfileEntry *entry = merit_profile_entry_new (MERIT_PROFILE_ENTRY_KIND_EDUCATION);
  MeritVote *vote = merit_vote_new ();
  MeritSelfIdentification *selfid = merit_self_identification_new ();
  MeritMember *member = merit_member_new ();
  const char * const keywords[] = { "gtk", "c", NULL };
  guint kind_count = 0;
  guint keywords_count = 0;
  guint round_count = 0;
  guint declined_count = 0;
  guint roles_count = 0;

  g_assert_cmpint (merit_profile_entry_get_kind (entry), ==, MERIT_PROFILE_ENTRY_KIND_EDUCATION);
  watch_notify (entry, "kind", &kind_count);
  watch_notify (entry, "keywords", &keywords_count);
  merit_profile_entry_set_kind (entry, MERIT_PROFILE_ENTRY_KIND_EDUCATION);
  merit_profile_entry_set_kind (entry, MERIT_PROFILE_ENTRY_KIND_AWARD);
  merit_profile_entry_set_kind (entry, MERIT_PROFILE_ENTRY_KIND_AWARD);
  g_assert_cmpuint (kind_count, ==, 1);
  merit_profile_entry_set_keywords (entry, keywords);
  merit_profile_entry_set_keywords (entry, keywords);
  g_assert_cmpuint (keywords_count, ==, 1);

  g_assert_cmpuint (merit_vote_get_round (vote), ==, 1);
  watch_notify (vote, "round", &round_count);
  merit_vote_set_round (vote, 1);
  merit_vote_set_round (vote, 2);
  g_assert_cmpuint (round_count, ==, 1);

  watch_notify (selfid, "declined", &declined_count);
  merit_self_identification_set_declined (selfid, TRUE);
  merit_self_identification_set_declined (selfid, 2);
  merit_self_identification_set_declined (selfid, FALSE);
  g_assert_cmpuint (declined_count, ==, 2);

  watch_notify (member, "roles", &roles_count);
  merit_member_set_roles (member, MERIT_ROLE_REVIEWER | MERIT_ROLE_CHAIR);
  merit_member_set_roles (member, MERIT_ROLE_REVIEWER | MERIT_ROLE_CHAIR);
  g_assert_cmpuint (roles_count, ==, 1);
  g_assert_true (merit_member_has_role (member, MERIT_ROLE_CHAIR));
  g_assert_true (merit_member_has_role (member, MERIT_ROLE_REVIEWER | MERIT_ROLE_CHAIR));
  g_assert_false (merit_member_has_role (member, MERIT_ROLE_CEO));
  g_assert_false (merit_member_has_role (member, MERIT_ROLE_CHAIR | MERIT_ROLE_CEO));

  g_assert_finalize_object (entry);
  g_assert_finalize_object (vote);
  g_assert_finalize_object (selfid);
  g_assert_finalize_object (member);
}

static MeritReview *
make_review (const char *id,
             const char *reviewer)
{
  return merit_review_new (id, reviewer);
}

static void
test_review_submit (void)
{
  const char * const criteria[] = { "merit", "excellence", "character", NULL };
  MeritReview *review = make_review ("r1", "m-anna");
  g_autoptr(GError) error = NULL;
  MeritScore *score;
  guint state_count = 0;

  g_assert_cmpstr (merit_review_get_id (review), ==, "r1");
  g_assert_cmpstr (merit_review_get_reviewer (review), ==, "m-anna");
  g_assert_cmpint (merit_review_get_state (review), ==, MERIT_REVIEW_STATE_DRAFT);
  g_assert_null (merit_review_get_score (review, "merit"));
  watch_notify (review, "state", &state_count);

  /* No score at all for the first criterion. */
  g_assert_false (merit_review_is_complete (review, criteria));
  g_assert_false (merit_review_submit (review, criteria, "2026-01-05T10:00:00Z", &error));
  g_assert_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "merit"));
  g_assert_nonnull (strstr (error->message, "score"));
  g_clear_error (&error);

  score = merit_review_ensure_score (review, "merit");
  g_assert_true (score == merit_review_ensure_score (review, "merit"));
  g_assert_true (score == merit_review_get_score (review, "merit"));
  g_assert_cmpuint (g_list_model_get_n_items (merit_review_get_scores (review)), ==, 1);
  merit_score_set_value (score, 3);
  merit_score_set_evidence (score, "Shipped the 2.0 release largely alone.");

  score = merit_review_ensure_score (review, "excellence");
  merit_score_set_value (score, 4);
  merit_score_set_evidence (score, "   ");

  score = merit_review_ensure_score (review, "character");
  merit_score_set_value (score, 2);
  merit_score_set_evidence (score, "References are consistent.");

  /* Scored but blank evidence: the message names the criterion. */
  g_assert_false (merit_review_submit (review, criteria, NULL, &error));
  g_assert_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "excellence"));
  g_assert_nonnull (strstr (error->message, "evidence"));
  g_clear_error (&error);
  g_assert_cmpuint (state_count, ==, 0);

  merit_score_set_evidence (merit_review_get_score (review, "excellence"), "Clean, tested code.");
  merit_score_set_value (merit_review_get_score (review, "character"), 0);
  g_assert_false (merit_review_submit (review, criteria, NULL, &error));
  g_assert_nonnull (strstr (error->message, "character"));
  g_clear_error (&error);
  merit_score_set_value (merit_review_get_score (review, "character"), 2);

  g_assert_true (merit_review_is_complete (review, criteria));
  g_assert_false (merit_review_submit (review, criteria, "2026-01-05 10:00", &error));
  g_assert_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (merit_review_submit (review, criteria, "2026-01-05T10:00:00Z", &error));
  g_assert_no_error (error);
  g_assert_cmpint (merit_review_get_state (review), ==, MERIT_REVIEW_STATE_SUBMITTED);
  g_assert_cmpstr (merit_review_get_submitted (review), ==, "2026-01-05T10:00:00Z");
  g_assert_cmpuint (state_count, ==, 1);

  g_assert_false (merit_review_submit (review, criteria, NULL, &error));
  g_assert_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED);
  g_clear_error (&error);

  g_assert_finalize_object (review);
}

static void
test_candidate_nested_changes (void)
{
  MeritCandidate *candidate = merit_candidate_new ("c-001");
  g_autoptr(MeritProfileEntry) entry = merit_profile_entry_new (MERIT_PROFILE_ENTRY_KIND_WORK);
  g_autoptr(MeritReview) review = make_review ("r1", "m-anna");
  g_autoptr(MeritVote) vote = merit_vote_new ();
  g_autoptr(MeritProfile) old_profile = NULL;
  g_autoptr(MeritProfile) new_profile = merit_profile_new ();
  g_autoptr(MeritOffer) offer = merit_offer_new ();
  MeritScore *score;
  guint modified_count = 0;
  guint pending_count = 0;
  guint profile_count = 0;

  g_assert_cmpstr (merit_candidate_get_id (candidate), ==, "c-001");
  g_assert_cmpuint (merit_candidate_get_schema_version (candidate), ==, 1);
  g_assert_cmpint (merit_candidate_get_stage (candidate), ==, MERIT_STAGE_SOURCED);
  g_assert_false (merit_candidate_get_modified (candidate));
  g_assert_cmpuint (n_pending (candidate), ==, 0);
  g_assert_nonnull (merit_candidate_get_profile (candidate));
  g_assert_nonnull (merit_candidate_get_role (candidate));
  g_assert_nonnull (merit_candidate_get_committee (candidate));
  g_assert_null (merit_candidate_get_identity (candidate));
  g_assert_null (merit_candidate_get_offer (candidate));

  watch_notify (candidate, "modified", &modified_count);
  watch_notify (candidate, "pending-sections", &pending_count);
  watch_notify (candidate, "profile", &profile_count);

  /* A nested profile entry: added, then edited. */
  merit_profile_add_entry (merit_candidate_get_profile (candidate), entry);
  g_assert_true (merit_candidate_get_modified (candidate));
  g_assert_cmpuint (modified_count, ==, 1);
  assert_strv (merit_candidate_get_pending_sections (candidate),
               (const char * const[]) { "profile", NULL });
  g_assert_cmpuint (pending_count, ==, 1);

  merit_candidate_mark_saved (candidate);
  g_assert_false (merit_candidate_get_modified (candidate));
  g_assert_cmpuint (modified_count, ==, 2);
  assert_strv (merit_candidate_get_pending_sections (candidate),
               (const char * const[]) { "profile", NULL });

  merit_profile_entry_set_title (entry, "Maintainer");
  g_assert_true (merit_candidate_get_modified (candidate));
  g_assert_cmpuint (pending_count, ==, 1);

  /* A score inside a review inside the reviews list. */
  merit_candidate_add_review (candidate, review);
  score = merit_review_ensure_score (review, "merit");
  merit_candidate_append_event (candidate, "m-chair", "edit", NULL, NULL, NULL,
                                "2026-01-01T00:00:00Z");
  g_assert_cmpuint (n_pending (candidate), ==, 0);
  merit_score_set_value (score, 2);
  assert_strv (merit_candidate_get_pending_sections (candidate),
               (const char * const[]) { "reviews", NULL });

  /* A vote inside the committee. */
  merit_committee_add_vote (merit_candidate_get_committee (candidate), vote);
  merit_vote_set_rationale (vote, "Strong portfolio.");
  merit_committee_set_quorum (merit_candidate_get_committee (candidate), 3);

  /* Sections are listed in the fixed order, not the order of the edits. */
  merit_candidate_set_offer (candidate, offer);
  merit_role_set_title (merit_candidate_get_role (candidate), "Engineer");
  merit_candidate_set_identity (candidate, NULL);
  assert_strv (merit_candidate_get_pending_sections (candidate),
               (const char * const[]) { "role", "reviews", "committee", "offer", NULL });

  /* Replacing a section: the old object is no longer watched. */
  old_profile = g_object_ref (merit_candidate_get_profile (candidate));
  merit_candidate_append_event (candidate, "m-chair", "edit", NULL, NULL, NULL, NULL);
  merit_candidate_set_profile (candidate, new_profile);
  merit_candidate_set_profile (candidate, new_profile);
  g_assert_cmpuint (profile_count, ==, 1);
  assert_strv (merit_candidate_get_pending_sections (candidate),
               (const char * const[]) { "profile", NULL });
  merit_candidate_append_event (candidate, "m-chair", "edit", NULL, NULL, NULL, NULL);
  merit_profile_set_summary (old_profile, "Stale");
  merit_profile_entry_set_title (entry, "Old entry");
  g_assert_cmpuint (n_pending (candidate), ==, 0);
  merit_profile_set_summary (new_profile, "Fresh");
  assert_strv (merit_candidate_get_pending_sections (candidate),
               (const char * const[]) { "profile", NULL });

  /* Removing an entry stops watching it too. */
  merit_profile_add_entry (new_profile, entry);
  merit_profile_remove_entry (new_profile, 0);
  merit_candidate_append_event (candidate, "m-chair", "edit", NULL, NULL, NULL, NULL);
  merit_profile_entry_set_title (entry, "Gone");
  g_assert_cmpuint (n_pending (candidate), ==, 0);

  g_assert_finalize_object (candidate);

  /* The sections outlive the candidate without dangling handlers. */
  merit_profile_set_summary (new_profile, "After");
  merit_score_set_value (score, 4);
  merit_vote_set_rationale (vote, "After");
}

static void
test_candidate_loading (void)
{
  MeritCandidate *candidate = merit_candidate_new ("c-002");
  g_autoptr(MeritIdentity) identity = merit_identity_new ();
  g_autoptr(MeritProfileEntry) entry = merit_profile_entry_new (MERIT_PROFILE_ENTRY_KIND_SKILL);
  g_autoptr(MeritApproval) approval = merit_approval_new ();
  guint modified_count = 0;

  watch_notify (candidate, "modified", &modified_count);

  _merit_candidate_set_loading (candidate, TRUE);
  g_assert_true (_merit_candidate_get_loading (candidate));
  merit_candidate_set_pseudonym (candidate, "Candidate 7");
  merit_candidate_set_stage (candidate, MERIT_STAGE_COMMITTEE);
  merit_candidate_set_identity (candidate, identity);
  merit_identity_set_email (identity, "ada@example.org");
  merit_profile_add_entry (merit_candidate_get_profile (candidate), entry);
  merit_profile_entry_set_title (entry, "Rust");
  merit_candidate_add_approval (candidate, approval);
  _merit_candidate_set_loading (candidate, FALSE);

  g_assert_false (merit_candidate_get_modified (candidate));
  g_assert_cmpuint (modified_count, ==, 0);
  g_assert_cmpuint (n_pending (candidate), ==, 0);
  g_assert_cmpstr (merit_candidate_get_pseudonym (candidate), ==, "Candidate 7");

  /* Watches set up while loading still work afterwards. */
  merit_approval_set_comment (approval, "Within band.");
  merit_identity_set_phone (identity, "+49 30 1234");
  g_assert_true (merit_candidate_get_modified (candidate));
  assert_strv (merit_candidate_get_pending_sections (candidate),
               (const char * const[]) { "identity", "approvals", NULL });

  g_assert_finalize_object (candidate);
}

static char *
expected_event_hash (const char *fields[8])
{
  g_autoptr(GString) data = g_string_new ("merit-event-v1\n");

  for (guint i = 0; i < 8; i++)
    {
      if (fields[i] == NULL)
        g_string_append (data, "-1:\n");
      else
        g_string_append_printf (data, "%zu:%s\n", strlen (fields[i]), fields[i]);
    }

  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, data->str, data->len);
}

static void
test_history_event_hash (void)
{
  const char *fields[8] = {
    "1", "2026-01-02T03:04:05Z", "m-anna", "stage", "sourced", "screening", "Looks promising", NULL,
  };
  MeritHistoryEvent *draft;
  MeritHistoryEvent *event;
  g_autofree char *expected = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *with_prev = NULL;
  g_autofree char *with_empty = NULL;

  expected = expected_event_hash (fields);
  draft = merit_history_event_new (1, fields[1], fields[2], fields[3], fields[4], fields[5],
                                   fields[6], NULL, NULL);
  hash = merit_history_event_compute_hash (draft);
  g_assert_cmpstr (hash, ==, expected);
  g_assert_cmpuint (strlen (hash), ==, 64);
  g_assert_false (merit_history_event_verify (draft));

  event = merit_history_event_new (1, fields[1], fields[2], fields[3], fields[4], fields[5],
                                   fields[6], NULL, hash);
  g_assert_true (merit_history_event_verify (event));
  g_assert_cmpuint (merit_history_event_get_seq (event), ==, 1);
  g_assert_cmpstr (merit_history_event_get_to_stage (event), ==, "screening");

  /* Absent and empty fields hash differently. */
  fields[7] = ZERO_HASH;
  with_prev = expected_event_hash (fields);
  g_assert_cmpstr (with_prev, !=, expected);
  fields[6] = "";
  with_empty = expected_event_hash (fields);
  g_assert_cmpstr (with_empty, !=, with_prev);

  g_assert_finalize_object (draft);
  g_assert_finalize_object (event);
}

static MeritCandidate *
make_candidate_with_history (guint n_events)
{
  MeritCandidate *candidate = merit_candidate_new ("c-hist");

  for (guint i = 0; i < n_events; i++)
    {
      g_autofree char *time = g_strdup_printf ("2026-01-%02uT09:00:00Z", i + 1);
      g_autofree char *detail = g_strdup_printf ("event %u", i + 1);

      merit_candidate_append_event (candidate, "m-chair", "note", NULL, NULL, detail, time);
    }

  return candidate;
}

static MeritHistoryEvent *
history_at (MeritCandidate *candidate,
            guint           position)
{
  MeritHistoryEvent *event = g_list_model_get_item (merit_candidate_get_history (candidate),
                                                    position);

  g_object_unref (event);

  return event;
}

static void
test_append_event_chain (void)
{
  MeritCandidate *candidate = make_candidate_with_history (0);
  g_autoptr(GError) error = NULL;
  MeritHistoryEvent *first;
  MeritHistoryEvent *event;
  guint bad = 99;

  g_assert_true (merit_candidate_verify_history (candidate, &bad, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (bad, ==, 0);

  g_setenv ("MERIT_FAKE_NOW", "2026-02-01T12:00:00Z", TRUE);
  first = merit_candidate_append_event (candidate, "m-anna", "create", NULL, "sourced", NULL, NULL);
  g_unsetenv ("MERIT_FAKE_NOW");
  g_assert_true (merit_candidate_get_modified (candidate));
  g_assert_cmpuint (merit_history_event_get_seq (first), ==, 1);
  g_assert_cmpstr (merit_history_event_get_prev (first), ==, ZERO_HASH);
  g_assert_cmpstr (merit_history_event_get_time (first), ==, "2026-02-01T12:00:00Z");
  g_assert_true (merit_history_event_verify (first));

  for (guint i = 2; i <= 5; i++)
    {
      MeritHistoryEvent *prev = history_at (candidate, i - 2);

      event = merit_candidate_append_event (candidate, "m-anna", "note", NULL, NULL, "x",
                                            "2026-02-02T12:00:00Z");
      g_assert_true (event == history_at (candidate, i - 1));
      g_assert_cmpuint (merit_history_event_get_seq (event), ==, i);
      g_assert_cmpstr (merit_history_event_get_prev (event), ==,
                       merit_history_event_get_hash (prev));
      g_assert_true (merit_history_event_verify (event));
    }

  /* Identical content at different positions still hashes differently. */
  g_assert_cmpstr (merit_history_event_get_hash (history_at (candidate, 3)), !=,
                   merit_history_event_get_hash (history_at (candidate, 4)));

  g_assert_true (merit_candidate_verify_history (candidate, &bad, &error));
  g_assert_no_error (error);

  g_assert_finalize_object (candidate);
}

static void
test_verify_edited (void)
{
  MeritCandidate *candidate = make_candidate_with_history (5);
  GListStore *store = G_LIST_STORE (merit_candidate_get_history (candidate));
  MeritHistoryEvent *original = history_at (candidate, 3);
  g_autoptr(MeritHistoryEvent) forged = NULL;
  g_autoptr(GError) error = NULL;
  guint bad = 0;

  g_assert_true (merit_candidate_verify_history (candidate, NULL, NULL));

  /* Same hash and links, different detail. */
  forged = merit_history_event_new (merit_history_event_get_seq (original),
                                    merit_history_event_get_time (original),
                                    merit_history_event_get_actor (original),
                                    merit_history_event_get_action (original),
                                    NULL, NULL, "event 4, but nicer",
                                    merit_history_event_get_prev (original),
                                    merit_history_event_get_hash (original));
  g_list_store_splice (store, 3, 1, (gpointer *) &forged, 1);

  g_assert_false (merit_candidate_verify_history (candidate, &bad, &error));
  g_assert_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_CHAIN);
  g_assert_cmpuint (bad, ==, 4);
  g_assert_cmpstr (error->message, ==, "history event 4: hash does not match its content (edited)");

  g_assert_finalize_object (candidate);
}

static void
test_verify_removed (void)
{
  MeritCandidate *candidate = make_candidate_with_history (5);
  GListStore *store = G_LIST_STORE (merit_candidate_get_history (candidate));
  MeritHistoryEvent *third;
  g_autoptr(MeritHistoryEvent) renumbered = NULL;
  g_autofree char *hash = NULL;
  g_autoptr(GError) error = NULL;
  guint bad = 0;

  /* Plain removal leaves a gap in the sequence. */
  g_list_store_remove (store, 1);
  g_assert_false (merit_candidate_verify_history (candidate, &bad, &error));
  g_assert_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_CHAIN);
  g_assert_cmpuint (bad, ==, 2);
  g_assert_cmpstr (error->message, ==, "history event 2: sequence number 3 out of order");
  g_clear_error (&error);

  /* Renumbered and rehashed, the broken link still shows. */
  third = history_at (candidate, 1);
  renumbered = g_object_new (MERIT_TYPE_HISTORY_EVENT,
                             "seq", 2,
                             "time", merit_history_event_get_time (third),
                             "actor", merit_history_event_get_actor (third),
                             "action", merit_history_event_get_action (third),
                             "detail", merit_history_event_get_detail (third),
                             "prev", merit_history_event_get_prev (third),
                             NULL);
  hash = merit_history_event_compute_hash (renumbered);
  g_clear_object (&renumbered);
  renumbered = merit_history_event_new (2, merit_history_event_get_time (third),
                                        merit_history_event_get_actor (third),
                                        merit_history_event_get_action (third), NULL, NULL,
                                        merit_history_event_get_detail (third),
                                        merit_history_event_get_prev (third), hash);
  g_list_store_splice (store, 1, 1, (gpointer *) &renumbered, 1);
  g_assert_false (merit_candidate_verify_history (candidate, &bad, &error));
  g_assert_cmpuint (bad, ==, 2);
  g_assert_cmpstr (error->message, ==,
                   "history event 2: previous hash does not match event 1 "
                   "(an event was removed or reordered)");
  g_clear_error (&error);

  /* Removing the first event breaks the start of the chain. */
  g_list_store_remove (store, 0);
  g_assert_false (merit_candidate_verify_history (candidate, &bad, &error));
  g_assert_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_CHAIN);
  g_assert_cmpuint (bad, ==, 1);

  g_assert_finalize_object (candidate);
}

static void
test_verify_reordered (void)
{
  MeritCandidate *candidate = make_candidate_with_history (4);
  GListStore *store = G_LIST_STORE (merit_candidate_get_history (candidate));
  g_autoptr(MeritHistoryEvent) third = g_object_ref (history_at (candidate, 2));
  g_autoptr(GError) error = NULL;
  guint bad = 0;

  g_list_store_remove (store, 2);
  g_list_store_insert (store, 1, third);

  g_assert_false (merit_candidate_verify_history (candidate, &bad, &error));
  g_assert_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_CHAIN);
  g_assert_cmpuint (bad, ==, 2);
  g_assert_cmpstr (error->message, ==, "history event 2: sequence number 3 out of order");

  g_assert_finalize_object (candidate);
}

static void
test_record_pending_and_stage (void)
{
  MeritCandidate *candidate = merit_candidate_new ("c-003");
  g_autoptr(MeritOffer) offer = merit_offer_new ();
  g_autoptr(GError) error = NULL;
  MeritHistoryEvent *event;
  guint stage_count = 0;

  g_assert_null (merit_candidate_record_pending (candidate, "m-anna"));
  g_assert_cmpuint (g_list_model_get_n_items (merit_candidate_get_history (candidate)), ==, 0);

  merit_candidate_set_offer (candidate, offer);
  merit_offer_set_base (offer, "95000.00");
  merit_profile_set_summary (merit_candidate_get_profile (candidate), "Compiler engineer");

  event = merit_candidate_record_pending (candidate, "m-anna");
  g_assert_nonnull (event);
  g_assert_cmpstr (merit_history_event_get_action (event), ==, "edit");
  g_assert_cmpstr (merit_history_event_get_detail (event), ==, "changed: profile, offer");
  g_assert_cmpstr (merit_history_event_get_actor (event), ==, "m-anna");
  g_assert_cmpuint (n_pending (candidate), ==, 0);
  g_assert_null (merit_candidate_record_pending (candidate, "m-anna"));

  watch_notify (candidate, "stage", &stage_count);
  g_assert_false (merit_candidate_set_stage_with_event (candidate, MERIT_STAGE_SCREENING, "m-anna",
                                                        NULL, "tomorrow", &error));
  g_assert_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (merit_candidate_get_stage (candidate), ==, MERIT_STAGE_SOURCED);

  g_assert_true (merit_candidate_set_stage_with_event (candidate, MERIT_STAGE_BLIND_REVIEW,
                                                       "m-chair", "Ready for review",
                                                       "2026-03-01T08:30:00Z", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stage_count, ==, 1);
  g_assert_cmpint (merit_candidate_get_stage (candidate), ==, MERIT_STAGE_BLIND_REVIEW);
  g_assert_cmpstr (merit_candidate_get_stage_since (candidate), ==, "2026-03-01T08:30:00Z");

  event = history_at (candidate, 1);
  g_assert_cmpuint (merit_history_event_get_seq (event), ==, 2);
  g_assert_cmpstr (merit_history_event_get_action (event), ==, "stage");
  g_assert_cmpstr (merit_history_event_get_from_stage (event), ==, "sourced");
  g_assert_cmpstr (merit_history_event_get_to_stage (event), ==, "blind-review");
  g_assert_cmpstr (merit_history_event_get_detail (event), ==, "Ready for review");
  g_assert_cmpstr (merit_history_event_get_time (event), ==, "2026-03-01T08:30:00Z");
  g_assert_true (merit_candidate_verify_history (candidate, NULL, NULL));

  g_assert_finalize_object (candidate);
}

static void
test_days_in_stage (void)
{
  MeritCandidate *candidate = merit_candidate_new ("c-004");
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 11, 8, 0, 0);

  g_assert_cmpint (merit_candidate_get_days_in_stage (candidate, now), ==, 0);
  merit_candidate_set_stage_since (candidate, "2026-03-01T09:00:00Z");
  g_assert_cmpint (merit_candidate_get_days_in_stage (candidate, now), ==, 9);
  merit_candidate_set_stage_since (candidate, "2026-03-01");
  g_assert_cmpint (merit_candidate_get_days_in_stage (candidate, now), ==, 10);
  merit_candidate_set_stage_since (candidate, "2026-04-01T00:00:00Z");
  g_assert_cmpint (merit_candidate_get_days_in_stage (candidate, now), ==, 0);
  merit_candidate_set_stage_since (candidate, "garbage");
  g_assert_cmpint (merit_candidate_get_days_in_stage (candidate, now), ==, 0);
  merit_candidate_set_stage_since (candidate, "2000-01-01T00:00:00Z");
  g_assert_cmpint (merit_candidate_get_days_in_stage (candidate, NULL), >, 9000);

  g_assert_finalize_object (candidate);
}

static void
test_find_review (void)
{
  MeritCandidate *candidate = merit_candidate_new ("c-005");
  g_autoptr(MeritReview) first = make_review ("r1", "m-anna");
  g_autoptr(MeritReview) other = make_review ("r2", "m-ben");
  g_autoptr(MeritReview) amended = make_review ("r3", "m-anna");

  g_assert_null (merit_candidate_find_review (candidate, "m-anna"));
  merit_candidate_add_review (candidate, first);
  merit_candidate_add_review (candidate, other);
  g_assert_true (merit_candidate_find_review (candidate, "m-anna") == first);
  merit_review_set_amends (amended, "r1");
  merit_candidate_add_review (candidate, amended);
  g_assert_true (merit_candidate_find_review (candidate, "m-anna") == amended);
  g_assert_true (merit_candidate_find_review (candidate, "m-ben") == other);
  g_assert_null (merit_candidate_find_review (candidate, "m-cleo"));
  assert_strv (merit_candidate_get_pending_sections (candidate),
               (const char * const[]) { "reviews", NULL });

  g_assert_finalize_object (candidate);
}

static void
test_default_rubric (void)
{
  const char * const ids[] = {
    "merit", "excellence", "intelligence", "role-skills", "work-ethic", "character", NULL,
  };
  const char * const langs[] = { "de", "en", NULL };
  MeritRubric *rubric = merit_rubric_new_default ();
  g_auto(GStrv) dup = NULL;
  MeritCriterion *criterion;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (rubric)) == MERIT_TYPE_CRITERION);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rubric)), ==, 6);
  g_assert_cmpuint (merit_rubric_get_min_reviews (rubric), ==, 3);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (rubric), 6));

  dup = merit_rubric_dup_criterion_ids (rubric);
  assert_strv ((const char * const *) dup, ids);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(MeritCriterion) item = g_list_model_get_item (G_LIST_MODEL (rubric), i);

      g_assert_true (merit_rubric_lookup (rubric, ids[i]) == item);
      g_assert_cmpstr (merit_criterion_get_id (item), ==, ids[i]);
      assert_strv (merit_criterion_get_languages (item), langs);
      g_assert_nonnull (merit_criterion_get_name (item, "en"));
      g_assert_nonnull (merit_criterion_get_name (item, "de"));

      for (guint level = 1; level <= 4; level++)
        {
          const char *en = merit_criterion_get_level_description (item, level, "en");
          const char *de = merit_criterion_get_level_description (item, level, "de");

          g_assert_nonnull (en);
          g_assert_nonnull (de);
          g_assert_cmpstr (en, !=, de);
          g_assert_true (g_utf8_validate (de, -1, NULL));
        }
    }

  criterion = merit_rubric_lookup (rubric, "work-ethic");
  g_assert_cmpstr (merit_criterion_get_name (criterion, "en"), ==, "Work ethic");
  g_assert_cmpstr (merit_criterion_get_name (criterion, "de"), ==, "Arbeitsethik");
  g_assert_null (merit_rubric_lookup (rubric, "charm"));

  g_assert_finalize_object (rubric);
}

static void
test_criterion_names (void)
{
  MeritCriterion *criterion = merit_criterion_new ("craft");
  guint name_count = 0;
  g_autofree char *prop_name = NULL;

  watch_notify (criterion, "name", &name_count);
  g_assert_null (merit_criterion_get_name (criterion, "en"));
  assert_strv (merit_criterion_get_languages (criterion), (const char * const[]) { NULL });

  merit_criterion_set_name (criterion, "en", "Craft");
  merit_criterion_set_name (criterion, "en", "Craft");
  merit_criterion_set_name (criterion, "de", "Handwerk");
  g_assert_cmpuint (name_count, ==, 2);

  g_assert_cmpstr (merit_criterion_get_name (criterion, "de"), ==, "Handwerk");
  g_assert_cmpstr (merit_criterion_get_name (criterion, "de_AT"), ==, "Handwerk");
  g_assert_cmpstr (merit_criterion_get_name (criterion, "fr"), ==, "Craft");

  merit_criterion_set_level_description (criterion, 2, "nl", "Degelijk");
  merit_criterion_set_level_description (criterion, 2, "en", "Solid");
  g_assert_cmpstr (merit_criterion_get_level_description (criterion, 2, "nl"), ==, "Degelijk");
  g_assert_cmpstr (merit_criterion_get_level_description (criterion, 2, "de"), ==, "Solid");
  g_assert_null (merit_criterion_get_level_description (criterion, 3, "en"));
  assert_strv (merit_criterion_get_languages (criterion),
               (const char * const[]) { "de", "en", "nl", NULL });

  merit_criterion_set_level_description (criterion, 2, "nl", NULL);
  assert_strv (merit_criterion_get_languages (criterion),
               (const char * const[]) { "de", "en", NULL });

  /* The property follows the process locale (C in tests): English. */
  g_object_get (criterion, "name", &prop_name, NULL);
  g_assert_cmpstr (prop_name, ==, merit_criterion_get_name (criterion, NULL));

  g_assert_finalize_object (criterion);
}

static void
test_workspace_items_changed (void)
{
  MeritWorkspace *workspace = merit_workspace_new ();
  MeritCandidate *batch[3];
  ItemsChanged changed = { 0 };
  g_autoptr(MeritCandidate) extra = merit_candidate_new ("c-extra");
  guint modified_count = 0;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (workspace)) == MERIT_TYPE_CANDIDATE);
  g_signal_connect (workspace, "items-changed", G_CALLBACK (items_changed_cb), &changed);
  watch_notify (workspace, "modified", &modified_count);

  for (guint i = 0; i < G_N_ELEMENTS (batch); i++)
    {
      g_autofree char *id = g_strdup_printf ("c-%u", i);

      batch[i] = merit_candidate_new (id);
    }

  merit_workspace_append_batch (workspace, batch, 0);
  g_assert_cmpuint (changed.count, ==, 0);

  merit_workspace_append_batch (workspace, batch, G_N_ELEMENTS (batch));
  g_assert_cmpuint (changed.count, ==, 1);
  g_assert_cmpuint (changed.position, ==, 0);
  g_assert_cmpuint (changed.removed, ==, 0);
  g_assert_cmpuint (changed.added, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (workspace)), ==, 3);

  merit_workspace_append_batch (workspace, &extra, 1);
  g_assert_cmpuint (changed.count, ==, 2);
  g_assert_cmpuint (changed.position, ==, 3);
  g_assert_cmpuint (changed.added, ==, 1);

  g_assert_true (merit_workspace_lookup (workspace, "c-1") == batch[1]);
  g_assert_true (merit_workspace_lookup (workspace, "c-extra") == extra);
  g_assert_null (merit_workspace_lookup (workspace, "c-9"));
  g_assert_null (merit_workspace_lookup (workspace, NULL));
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (workspace), 4));

  /* Candidate changes are the candidate's, not the workspace's. */
  merit_candidate_set_pseudonym (batch[0], "P1");
  g_assert_false (merit_workspace_get_modified (workspace));
  g_assert_cmpuint (modified_count, ==, 0);

  merit_workspace_remove_all (workspace);
  g_assert_cmpuint (changed.count, ==, 3);
  g_assert_cmpuint (changed.position, ==, 0);
  g_assert_cmpuint (changed.removed, ==, 4);
  g_assert_cmpuint (changed.added, ==, 0);
  g_assert_null (merit_workspace_lookup (workspace, "c-1"));
  merit_workspace_remove_all (workspace);
  g_assert_cmpuint (changed.count, ==, 3);

  for (guint i = 0; i < G_N_ELEMENTS (batch); i++)
    g_assert_finalize_object (batch[i]);

  g_assert_finalize_object (workspace);
}

static void
test_workspace_settings (void)
{
  MeritWorkspace *workspace = merit_workspace_new ();
  g_autoptr(MeritCompBand) l4_eur = merit_comp_band_new ();
  g_autoptr(MeritCompBand) l4_usd = merit_comp_band_new ();
  g_autoptr(MeritRoster) roster = merit_roster_new ();
  GListModel *rubric;
  guint name_count = 0;
  guint modified_count = 0;

  g_assert_nonnull (merit_workspace_get_roster (workspace));
  g_assert_nonnull (merit_workspace_get_rubric (workspace));
  rubric = G_LIST_MODEL (merit_workspace_get_rubric (workspace));
  g_assert_cmpuint (g_list_model_get_n_items (rubric), ==, 6);
  g_assert_false (merit_workspace_get_modified (workspace));

  watch_notify (workspace, "name", &name_count);
  watch_notify (workspace, "modified", &modified_count);
  merit_workspace_set_name (workspace, "Platform team 2026");
  merit_workspace_set_name (workspace, "Platform team 2026");
  g_assert_cmpuint (name_count, ==, 1);
  g_assert_true (merit_workspace_get_modified (workspace));
  merit_workspace_set_default_quorum (workspace, 4);
  merit_workspace_set_neutralise_pronouns (workspace, TRUE);
  merit_workspace_set_neutralise_pronouns (workspace, TRUE);
  g_assert_true (merit_workspace_get_neutralise_pronouns (workspace));
  g_assert_cmpuint (merit_workspace_get_default_quorum (workspace), ==, 4);
  g_assert_cmpuint (modified_count, ==, 1);
  merit_workspace_set_modified (workspace, FALSE);
  g_assert_cmpuint (modified_count, ==, 2);

  merit_comp_band_set_level (l4_eur, "L4");
  merit_comp_band_set_currency (l4_eur, "EUR");
  merit_comp_band_set_min (l4_eur, "80000.00");
  merit_comp_band_set_max (l4_eur, "100000.00");
  merit_comp_band_set_level (l4_usd, "L4");
  merit_comp_band_set_currency (l4_usd, "USD");
  merit_workspace_add_comp_band (workspace, l4_eur);
  merit_workspace_add_comp_band (workspace, l4_usd);
  g_assert_true (merit_workspace_get_modified (workspace));
  g_assert_cmpuint (g_list_model_get_n_items (merit_workspace_get_comp_bands (workspace)), ==, 2);
  g_assert_true (merit_workspace_find_band (workspace, "L4", "USD") == l4_usd);
  g_assert_true (merit_workspace_find_band (workspace, "L4", "EUR") == l4_eur);
  g_assert_null (merit_workspace_find_band (workspace, "L5", "EUR"));

  g_assert_true (merit_comp_band_contains (l4_eur, "95000.00"));
  g_assert_true (merit_comp_band_contains (l4_eur, "80000"));
  g_assert_true (merit_comp_band_contains (l4_eur, "100000.00"));
  g_assert_false (merit_comp_band_contains (l4_eur, "100000.01"));
  g_assert_false (merit_comp_band_contains (l4_eur, "79999.99"));
  g_assert_false (merit_comp_band_contains (l4_eur, "95,000"));
  g_assert_false (merit_comp_band_contains (l4_eur, NULL));
  g_assert_true (merit_comp_band_contains (l4_usd, "1"));

  merit_workspace_set_roster (workspace, roster);
  g_assert_true (merit_workspace_get_roster (workspace) == roster);

  g_assert_finalize_object (workspace);
}

static void
test_roster (void)
{
  MeritRoster *roster = merit_roster_new ();
  g_autoptr(MeritMember) anna = merit_member_new ();
  g_autoptr(MeritMember) ben = merit_member_new ();
  g_autoptr(GError) error = NULL;
  ItemsChanged changed = { 0 };

  g_signal_connect (roster, "items-changed", G_CALLBACK (items_changed_cb), &changed);

  merit_member_set_id (anna, "m-anna");
  merit_member_set_name (anna, "Anna");
  merit_member_set_roles (anna, merit_role_flags_from_string ("reviewer,committee", &error));
  g_assert_no_error (error);
  merit_member_set_id (ben, "m-ben");
  merit_member_set_roles (ben, MERIT_ROLE_CEO);

  merit_roster_add (roster, anna);
  g_assert_cmpuint (changed.count, ==, 1);
  merit_roster_add (roster, ben);
  g_assert_cmpuint (changed.count, ==, 2);
  g_assert_cmpuint (changed.position, ==, 1);
  g_assert_cmpuint (changed.added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (roster)), ==, 2);

  g_assert_true (merit_roster_lookup (roster, "m-ben") == ben);
  g_assert_true (merit_roster_lookup (roster, "m-anna") == anna);
  g_assert_null (merit_roster_lookup (roster, "m-cleo"));
  g_assert_true (merit_member_has_role (merit_roster_lookup (roster, "m-anna"),
                                        MERIT_ROLE_COMMITTEE));
  g_assert_false (merit_member_has_role (anna, MERIT_ROLE_CEO));

  merit_roster_remove_all (roster);
  g_assert_cmpuint (changed.count, ==, 3);
  g_assert_cmpuint (changed.removed, ==, 2);

  g_assert_finalize_object (roster);
}

static void
test_candidate_properties (void)
{
  MeritCandidate *candidate = merit_candidate_new ("c-006");
  g_autoptr(MeritSealedSection) sealed = merit_sealed_section_new ();
  g_autoptr(GListModel) reviews = NULL;
  g_auto(GStrv) pending = NULL;
  g_autofree char *id = NULL;
  const char * const recipients[] = { "m-anna:a2V5", NULL };
  guint broken_count = 0;

  watch_notify (candidate, "broken-reason", &broken_count);
  merit_candidate_set_broken_reason (candidate, "line 3: not well-formed");
  merit_candidate_set_broken_reason (candidate, "line 3: not well-formed");
  g_assert_cmpuint (broken_count, ==, 1);

  merit_sealed_section_set_section (sealed, "identity");
  merit_sealed_section_set_recipients (sealed, recipients);
  g_object_set (candidate, "sealed-identity", sealed, NULL);
  g_assert_true (merit_candidate_get_sealed_identity (candidate) == sealed);

  g_object_get (candidate,
                "id", &id,
                "reviews", &reviews,
                "pending-sections", &pending,
                NULL);
  g_assert_cmpstr (id, ==, "c-006");
  g_assert_true (reviews == merit_candidate_get_reviews (candidate));
  assert_strv ((const char * const *) pending, (const char * const[]) { "identity", NULL });

  merit_candidate_set_schema_version (candidate, 2);
  g_assert_cmpuint (merit_candidate_get_schema_version (candidate), ==, 2);

  g_clear_object (&reviews);
  g_assert_finalize_object (candidate);
}

int
main (int   argc,
      char *argv[])
{
  g_unsetenv ("MERIT_FAKE_NOW");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/types/enum-strings", test_enum_strings);
  g_test_add_func ("/model/types/role-flags", test_role_flags);
  g_test_add_func ("/model/types/dates", test_dates);
  g_test_add_func ("/model/types/now", test_now);
  g_test_add_func ("/model/money/parse", test_money);
  g_test_add_func ("/model/identity/notify", test_identity_notify);
  g_test_add_func ("/model/sections/notify", test_section_notify);
  g_test_add_func ("/model/review/submit", test_review_submit);
  g_test_add_func ("/model/candidate/nested-changes", test_candidate_nested_changes);
  g_test_add_func ("/model/candidate/loading", test_candidate_loading);
  g_test_add_func ("/model/candidate/properties", test_candidate_properties);
  g_test_add_func ("/model/candidate/record-pending-and-stage", test_record_pending_and_stage);
  g_test_add_func ("/model/candidate/days-in-stage", test_days_in_stage);
  g_test_add_func ("/model/candidate/find-review", test_find_review);
  g_test_add_func ("/model/history/event-hash", test_history_event_hash);
  g_test_add_func ("/model/history/append-chain", test_append_event_chain);
  g_test_add_func ("/model/history/verify-edited", test_verify_edited);
  g_test_add_func ("/model/history/verify-removed", test_verify_removed);
  g_test_add_func ("/model/history/verify-reordered", test_verify_reordered);
  g_test_add_func ("/model/rubric/default", test_default_rubric);
  g_test_add_func ("/model/rubric/criterion-names", test_criterion_names);
  g_test_add_func ("/model/workspace/items-changed", test_workspace_items_changed);
  g_test_add_func ("/model/workspace/settings", test_workspace_settings);
  g_test_add_func ("/model/roster/lookup", test_roster);

  return g_test_run ();
}
