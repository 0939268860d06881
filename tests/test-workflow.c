/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-workflow.c: the offer workflow of PRODUCT.md §5, walked by the rules.
 *
 * One package goes through every stage; at each point the forbidden steps are tried, and each
 * must be refused with its rule's message while the package, in memory and on disk, stays as
 * it was.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "merit-model.h"
#include "merit-package-writer.h"
#include "merit-test-utils.h"
#include "merit-verify.h"
#include "merit-workflow.h"
#include "merit-workspace-store.h"

typedef struct
{
  char                *root;
  char                *packages;
  MeritWorkspaceStore *store;
  MeritWorkspace      *workspace;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;

  fixture->root = merit_test_make_demo (13);
  fixture->packages = g_build_filename (fixture->root, "packages", NULL);
  folder = g_file_new_for_path (fixture->root);
  fixture->store = merit_workspace_store_new (folder);
  g_assert_true (merit_workspace_store_load (fixture->store, NULL, &error));
  g_assert_no_error (error);
  fixture->workspace = merit_workspace_store_get_workspace (fixture->store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *parent = g_path_get_dirname (fixture->root);

  fixture->workspace = NULL;
  g_assert_finalize_object (fixture->store);
  merit_test_remove_tree (parent);
  g_free (fixture->packages);
  g_free (fixture->root);
}

static GBytes *
serialize (MeritCandidate *candidate)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = merit_package_serialize (candidate, &error);

  g_assert_no_error (error);
  return bytes;
}

/* Runs @call, which must fail with @code and a message containing @fragment, and checks that
 * neither the package in memory nor any file on disk changed. */
#define REFUSED(fixture, candidate, code, fragment, call)                                     \
  G_STMT_START {                                                                              \
    g_autoptr(GError) error = NULL;                                                           \
    g_autoptr(GBytes) before = serialize (candidate);                                         \
    g_autoptr(GBytes) after = NULL;                                                           \
    g_auto(GStrv) snapshot = merit_test_snapshot_dir ((fixture)->packages);                   \
                                                                                              \
    g_assert_false (call);                                                                    \
    g_assert_error (error, MERIT_MODEL_ERROR, code);                                          \
    if (strstr (error->message, fragment) == NULL)                                            \
      g_error ("“%s” does not contain “%s”", error->message, fragment);                       \
    after = serialize (candidate);                                                            \
    g_assert_true (g_bytes_equal (before, after));                                            \
    merit_test_assert_same_dir ((fixture)->packages, snapshot);                               \
  } G_STMT_END

#define DONE(call)                                                                            \
  G_STMT_START {                                                                              \
    g_autoptr(GError) error = NULL;                                                           \
    gboolean ok = (call);                                                                     \
    g_assert_no_error (error);                                                                \
    g_assert_true (ok);                                                                       \
  } G_STMT_END

static void
save (Fixture        *fixture,
      MeritCandidate *candidate,
      const char     *actor)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (merit_workspace_store_save_candidate (fixture->store, candidate, actor, &error));
  g_assert_no_error (error);
}

static MeritCandidate *
lookup (Fixture    *fixture,
        const char *id)
{
  MeritCandidate *candidate = merit_workspace_lookup (fixture->workspace, id);

  g_assert_nonnull (candidate);
  return candidate;
}

static void
review (Fixture        *fixture,
        MeritCandidate *candidate,
        const char     *reviewer,
        guint           value)
{
  g_autoptr(GError) draft_error = NULL;
  g_auto(GStrv) criteria =
    merit_rubric_dup_criterion_ids (merit_workspace_get_rubric (fixture->workspace));
  MeritReview *draft = merit_workflow_ensure_draft_review (fixture->workspace, candidate,
                                                           reviewer, &draft_error);

  g_assert_no_error (draft_error);
  for (guint i = 0; criteria[i] != NULL; i++)
    {
      MeritScore *score = merit_review_ensure_score (draft, criteria[i]);

      merit_score_set_value (score, value);
      merit_score_set_evidence (score, "The work sample shows it, with measurements.");
    }
  DONE (merit_workflow_submit_review (fixture->workspace, candidate, reviewer, &error));
  save (fixture, candidate, reviewer);
}

static char *
date_in_days (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

static MeritOffer *
make_offer (const char *base,
            const char *currency,
            const char *exception)
{
  MeritOffer *offer = merit_offer_new ();
  g_autofree char *start = date_in_days (45);

  merit_offer_set_level (offer, "L4");
  merit_offer_set_base (offer, base);
  merit_offer_set_currency (offer, currency);
  merit_offer_set_bonus (offer, "7000");
  merit_offer_set_equity (offer, "400");
  merit_offer_set_start_date (offer, start);
  merit_offer_set_justification (offer, "Placed in band by the level assessment.");
  merit_offer_set_exception (offer, exception);
  return offer;
}

static const char *
last_action (MeritCandidate *candidate,
             const char    **out_detail)
{
  GListModel *history = merit_candidate_get_history (candidate);
  g_autoptr(MeritHistoryEvent) event =
    g_list_model_get_item (history, g_list_model_get_n_items (history) - 1);

  /* Events are owned by the history, which outlives this call. */
  if (out_detail != NULL)
    *out_detail = merit_history_event_get_detail (event);
  return merit_history_event_get_action (event);
}

/* Sourced to committee: the chair runs the pipeline, votes wait for the blind reviews. */
static void
walk_to_committee (Fixture        *fixture,
                   MeritCandidate *candidate)
{
  MeritWorkspace *ws = fixture->workspace;

  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_NOT_ALLOWED, "may not move a package to screening",
           merit_workflow_advance (ws, candidate, "ingrid", MERIT_STAGE_SCREENING, NULL, &error));
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_NOT_ALLOWED, "not a member",
           merit_workflow_advance (ws, candidate, "mallory", MERIT_STAGE_SCREENING, NULL, &error));
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_INVALID, "has no step",
           merit_workflow_advance (ws, candidate, "rafael", MERIT_STAGE_APPROVED, NULL, &error));
  DONE (merit_workflow_advance (ws, candidate, "rafael", MERIT_STAGE_SCREENING, "Fits.", &error));
  g_assert_cmpstr (last_action (candidate, NULL), ==, "stage");
  save (fixture, candidate, "rafael");
  DONE (merit_workflow_advance (ws, candidate, "rafael", MERIT_STAGE_BLIND_REVIEW, NULL, &error));
  save (fixture, candidate, "rafael");

  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_NOT_ALLOWED, "blind reviews are not in",
           merit_workflow_advance (ws, candidate, "rafael", MERIT_STAGE_COMMITTEE, NULL, &error));
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_NOT_ALLOWED,
           "no vote before the blind reviews are in",
           merit_workflow_cast_vote (ws, candidate, "ingrid", MERIT_VOTE_VALUE_HIRE, "Strong.",
                                     &error));
  review (fixture, candidate, "tomasz", 3);
  review (fixture, candidate, "aisha", 4);
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_NOT_ALLOWED,
           "no vote before the blind reviews are in",
           merit_workflow_cast_vote (ws, candidate, "ingrid", MERIT_VOTE_VALUE_HIRE, "Strong.",
                                     &error));
  review (fixture, candidate, "lukas", 3);
  DONE (merit_workflow_advance (ws, candidate, "rafael", MERIT_STAGE_COMMITTEE, NULL, &error));
  save (fixture, candidate, "rafael");
}

/* Committee to offer draft: votes with rationale, one per round, a decision with quorum. */
static void
walk_committee (Fixture        *fixture,
                MeritCandidate *candidate)
{
  MeritWorkspace *ws = fixture->workspace;
  MeritCommittee *committee = merit_candidate_get_committee (candidate);

  g_assert_cmpuint (merit_workflow_get_required_quorum (ws), ==, 3);
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_NOT_ALLOWED, "needs a quorum of 3",
           merit_workflow_record_decision (ws, candidate, "rafael", MERIT_DECISION_VALUE_HIRE,
                                           "Strong evidence.", &error));
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_NOT_ALLOWED, "may not vote",
           merit_workflow_cast_vote (ws, candidate, "tomasz", MERIT_VOTE_VALUE_HIRE, "Yes.",
                                     &error));
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_INVALID, "needs a rationale",
           merit_workflow_cast_vote (ws, candidate, "ingrid", MERIT_VOTE_VALUE_HIRE, "  ",
                                     &error));
  DONE (merit_workflow_cast_vote (ws, candidate, "ingrid", MERIT_VOTE_VALUE_STRONG_HIRE,
                                  "Every criterion is met.", &error));
  save (fixture, candidate, "ingrid");
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_NOT_ALLOWED, "one vote per member per round",
           merit_workflow_cast_vote (ws, candidate, "ingrid", MERIT_VOTE_VALUE_HIRE, "Again.",
                                     &error));
  DONE (merit_workflow_cast_vote (ws, candidate, "kwame", MERIT_VOTE_VALUE_HIRE,
                                  "The bar is met.", &error));
  save (fixture, candidate, "kwame");
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_NOT_ALLOWED, "needs a quorum of 3",
           merit_workflow_record_decision (ws, candidate, "rafael", MERIT_DECISION_VALUE_HIRE,
                                           "Strong evidence.", &error));
  DONE (merit_workflow_cast_vote (ws, candidate, "mei", MERIT_VOTE_VALUE_NO_HIRE,
                                  "Role skills are thin.", &error));
  save (fixture, candidate, "mei");
  g_assert_cmpuint (merit_workflow_count_votes (ws, candidate, 1), ==, 3);

  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_NOT_ALLOWED, "recorded hire decision",
           merit_workflow_advance (ws, candidate, "rafael", MERIT_STAGE_OFFER_DRAFT, NULL, &error));
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_NOT_ALLOWED, "may not record the committee",
           merit_workflow_record_decision (ws, candidate, "mei", MERIT_DECISION_VALUE_HIRE,
                                           "Strong evidence.", &error));
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_INVALID, "needs a rationale",
           merit_workflow_record_decision (ws, candidate, "rafael", MERIT_DECISION_VALUE_HIRE,
                                           NULL, &error));
  g_assert_false (merit_workflow_can_see_identity (ws, candidate, "rafael"));
  DONE (merit_workflow_record_decision (ws, candidate, "rafael", MERIT_DECISION_VALUE_HIRE,
                                        "Two strong votes and consistent reviews.", &error));
  save (fixture, candidate, "rafael");
  g_assert_true (merit_committee_get_quorum_met (committee));
  g_assert_cmpuint (merit_committee_get_quorum (committee), ==, 3);
  g_assert_true (merit_workflow_can_see_identity (ws, candidate, "rafael"));
  g_assert_false (merit_workflow_can_see_identity (ws, candidate, "ingrid"));
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_NOT_ALLOWED, "closed the vote",
           merit_workflow_cast_vote (ws, candidate, "rafael", MERIT_VOTE_VALUE_HIRE, "Late.",
                                     &error));
  DONE (merit_workflow_advance (ws, candidate, "rafael", MERIT_STAGE_OFFER_DRAFT, NULL, &error));
  save (fixture, candidate, "rafael");
}

/* Offer draft to CEO review: validated amounts, known currency, band or exception. */
static void
walk_offer (Fixture        *fixture,
            MeritCandidate *candidate)
{
  MeritWorkspace *ws = fixture->workspace;
  g_autoptr(MeritOffer) above = make_offer ("120000", "EUR", NULL);
  g_autoptr(MeritOffer) unknown = make_offer ("80000", "XYZ", NULL);
  g_autoptr(MeritOffer) negative = make_offer ("-5", "EUR", NULL);
  g_autoptr(MeritOffer) absurd = make_offer ("20000000", "EUR", "Exceptional.");
  g_autoptr(MeritOffer) past = make_offer ("80000", "EUR", NULL);
  g_autoptr(MeritOffer) fine = make_offer ("80000", "EUR", NULL);
  g_autofree char *yesterday = date_in_days (-1);

  merit_offer_set_start_date (past, yesterday);
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_INVALID, "no offer has been drafted",
           merit_workflow_submit_offer (ws, candidate, "rafael", NULL, &error));
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_INVALID, "out-of-band offer needs a written exception",
           merit_workflow_set_offer (ws, candidate, "rafael", above, &error));
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_INVALID, "ISO 4217",
           merit_workflow_set_offer (ws, candidate, "rafael", unknown, &error));
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_INVALID, "not a valid amount",
           merit_workflow_set_offer (ws, candidate, "rafael", negative, &error));
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_INVALID, "plausible range",
           merit_workflow_set_offer (ws, candidate, "rafael", absurd, &error));
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_INVALID, "in the past",
           merit_workflow_set_offer (ws, candidate, "rafael", past, &error));
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_NOT_ALLOWED, "may not draft an offer",
           merit_workflow_set_offer (ws, candidate, "ingrid", fine, &error));

  merit_offer_set_exception (above, "A competing offer; the committee judges the case exceptional.");
  DONE (merit_workflow_set_offer (ws, candidate, "rafael", above, &error));
  g_assert_cmpint (merit_workflow_get_band_status (ws, merit_candidate_get_offer (candidate)), ==,
                   MERIT_BAND_STATUS_ABOVE);
  g_assert_cmpstr (merit_offer_get_base (merit_candidate_get_offer (candidate)), ==, "120000.00");
  DONE (merit_workflow_set_offer (ws, candidate, "rafael", fine, &error));
  g_assert_cmpint (merit_workflow_get_band_status (ws, merit_candidate_get_offer (candidate)), ==,
                   MERIT_BAND_STATUS_WITHIN);
  save (fixture, candidate, "rafael");
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_NOT_ALLOWED, "may not submit an offer package",
           merit_workflow_submit_offer (ws, candidate, "kwame", NULL, &error));
  DONE (merit_workflow_submit_offer (ws, candidate, "rafael", "Ready.", &error));
  save (fixture, candidate, "rafael");
}

/* CEO review: only the CEO decides, with a comment to return or reject. */
static void
walk_ceo_review (Fixture        *fixture,
                 MeritCandidate *candidate)
{
  MeritWorkspace *ws = fixture->workspace;
  g_autoptr(MeritOffer) revised = make_offer ("82000", "EUR", NULL);

  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_NOT_ALLOWED, "may not approve an offer package",
           merit_workflow_decide_offer (ws, candidate, "ingrid", MERIT_APPROVAL_DECISION_APPROVED,
                                        NULL, &error));
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_NOT_ALLOWED, "may not approve an offer package",
           merit_workflow_advance (ws, candidate, "rafael", MERIT_STAGE_APPROVED, NULL, &error));
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_INVALID, "has no step",
           merit_workflow_advance (ws, candidate, "rafael", MERIT_STAGE_OFFER_EXTENDED, NULL,
                                   &error));
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_INVALID, "needs a comment",
           merit_workflow_decide_offer (ws, candidate, "dana", MERIT_APPROVAL_DECISION_RETURNED,
                                        " ", &error));
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_INVALID, "needs a comment",
           merit_workflow_advance (ws, candidate, "dana", MERIT_STAGE_REJECTED, NULL, &error));

  DONE (merit_workflow_advance (ws, candidate, "dana", MERIT_STAGE_RETURNED,
                                "Add the level assessment.", &error));
  save (fixture, candidate, "dana");
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_NOT_ALLOWED, "stage “Offer draft”",
           merit_workflow_set_offer (ws, candidate, "rafael", revised, &error));
  DONE (merit_workflow_advance (ws, candidate, "rafael", MERIT_STAGE_OFFER_DRAFT, NULL, &error));
  DONE (merit_workflow_set_offer (ws, candidate, "rafael", revised, &error));
  DONE (merit_workflow_submit_offer (ws, candidate, "rafael", NULL, &error));
  save (fixture, candidate, "rafael");
  DONE (merit_workflow_decide_offer (ws, candidate, "dana", MERIT_APPROVAL_DECISION_APPROVED,
                                     "Approved.", &error));
  save (fixture, candidate, "dana");
  g_assert_cmpint (merit_candidate_get_stage (candidate), ==, MERIT_STAGE_APPROVED);
}

/* Approved: a change to bound content voids the approval and blocks the extension. */
static void
walk_approved (Fixture        *fixture,
               MeritCandidate *candidate)
{
  MeritWorkspace *ws = fixture->workspace;
  g_autoptr(MeritApproval) approval = NULL;
  const char *detail = NULL;

  approval = merit_workflow_dup_matching_approval (candidate, NULL);
  g_assert_nonnull (approval);
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_NOT_ALLOWED, "may not extend an offer",
           merit_workflow_advance (ws, candidate, "ingrid", MERIT_STAGE_OFFER_EXTENDED, NULL,
                                   &error));

  /* Edited after approval, e.g. by another editor: the model refuses to extend it. */
  merit_offer_set_base (merit_candidate_get_offer (candidate), "85000.00");
  g_assert_null (merit_workflow_dup_matching_approval (candidate, NULL));
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_NOT_ALLOWED, "no longer matches: offer changed",
           merit_workflow_advance (ws, candidate, "rafael", MERIT_STAGE_OFFER_EXTENDED, NULL,
                                   &error));
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_NOT_ALLOWED, "this step needs stage “CEO review”",
           merit_workflow_decide_offer (ws, candidate, "dana", MERIT_APPROVAL_DECISION_APPROVED,
                                        NULL, &error));

  /* Saving it voids the approval: back to CEO review, and the history says why. */
  save (fixture, candidate, "rafael");
  g_assert_cmpint (merit_candidate_get_stage (candidate), ==, MERIT_STAGE_CEO_REVIEW);
  g_assert_cmpstr (last_action (candidate, &detail), ==, "approval-voided");
  g_assert_nonnull (strstr (detail, "offer changed"));
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_INVALID, "has no step",
           merit_workflow_advance (ws, candidate, "rafael", MERIT_STAGE_OFFER_EXTENDED, NULL,
                                   &error));

  DONE (merit_workflow_decide_offer (ws, candidate, "dana", MERIT_APPROVAL_DECISION_APPROVED,
                                     "Approved at the new base.", &error));
  save (fixture, candidate, "dana");
  DONE (merit_workflow_advance (ws, candidate, "rafael", MERIT_STAGE_OFFER_EXTENDED,
                                "Sent to the candidate.", &error));
  save (fixture, candidate, "rafael");
}

/* Offer extended: bound content is frozen; then accepted, a final stage. */
static void
walk_extended (Fixture        *fixture,
               MeritCandidate *candidate)
{
  MeritWorkspace *ws = fixture->workspace;
  g_autoptr(GError) save_error = NULL;
  g_auto(GStrv) frozen = merit_test_snapshot_dir (fixture->packages);
  g_autoptr(MeritCandidate) reloaded = NULL;

  merit_offer_set_bonus (merit_candidate_get_offer (candidate), "9000.00");
  g_assert_false (merit_workspace_store_save_candidate (fixture->store, candidate, "rafael",
                                                        &save_error));
  g_assert_error (save_error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED);
  g_assert_nonnull (strstr (save_error->message, "can no longer change"));
  merit_test_assert_same_dir (fixture->packages, frozen);
  g_clear_error (&save_error);

  reloaded = g_object_ref (merit_workspace_store_reload_candidate (fixture->store, "c000001",
                                                                  &save_error));
  g_assert_no_error (save_error);
  candidate = reloaded;
  g_assert_cmpint (merit_candidate_get_stage (candidate), ==, MERIT_STAGE_OFFER_EXTENDED);
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_NOT_ALLOWED, "may not record that the candidate",
           merit_workflow_advance (ws, candidate, "mei", MERIT_STAGE_ACCEPTED, NULL, &error));
  DONE (merit_workflow_advance (ws, candidate, "rafael", MERIT_STAGE_ACCEPTED, NULL, &error));
  save (fixture, candidate, "rafael");
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_INVALID, "final stage",
           merit_workflow_advance (ws, candidate, "rafael", MERIT_STAGE_WITHDRAWN, NULL, &error));
}

static void
test_walk (Fixture       *fixture,
           gconstpointer  data)
{
  MeritCandidate *candidate = lookup (fixture, "c000001");
  g_autoptr(GPtrArray) problems = NULL;

  g_assert_cmpint (merit_candidate_get_stage (candidate), ==, MERIT_STAGE_SOURCED);
  walk_to_committee (fixture, candidate);
  walk_committee (fixture, candidate);
  walk_offer (fixture, candidate);
  walk_ceo_review (fixture, candidate);
  walk_approved (fixture, candidate);
  walk_extended (fixture, candidate);

  problems = merit_verify_store (fixture->store);
  g_assert_cmpuint (problems->len, ==, 0);
}

/* Any open stage can be withdrawn, by the chair only. */
static void
test_withdraw (Fixture       *fixture,
               gconstpointer  data)
{
  MeritCandidate *candidate = lookup (fixture, "c000002");

  g_assert_cmpint (merit_candidate_get_stage (candidate), ==, MERIT_STAGE_SCREENING);
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_NOT_ALLOWED, "may not withdraw a package",
           merit_workflow_advance (fixture->workspace, candidate, "dana", MERIT_STAGE_WITHDRAWN,
                                   NULL, &error));
  DONE (merit_workflow_advance (fixture->workspace, candidate, "rafael", MERIT_STAGE_WITHDRAWN,
                                "The candidate took another job.", &error));
  save (fixture, candidate, "rafael");
}

/* workspace.xml may set the quorum; 0 means a majority of the committee. */
static void
test_quorum (Fixture       *fixture,
             gconstpointer  data)
{
  g_assert_cmpuint (merit_workflow_get_required_quorum (fixture->workspace), ==, 3);
  merit_workspace_set_default_quorum (fixture->workspace, 2);
  g_assert_cmpuint (merit_workflow_get_required_quorum (fixture->workspace), ==, 2);
}

static void
replace_in_file (const char *path,
                 const char *pattern,
                 const char *replacement)
{
  g_autofree char *contents = merit_test_read_file (path, NULL);
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_DOTALL, 0, NULL);
  g_autofree char *changed = g_regex_replace (regex, contents, -1, 0, replacement, 0, NULL);

  g_assert_cmpstr (changed, !=, contents);
  merit_test_write_file (path, changed, -1);
}

/* A package changed outside Merit: verify names every approval that no longer matches, and
 * the offer cannot be extended, nor without any approval. */
static void
test_tampered (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *approved = g_build_filename (fixture->packages, "c000007.xml", NULL);
  g_autofree char *extended = g_build_filename (fixture->packages, "c000010.xml", NULL);
  g_autofree char *stripped = g_build_filename (fixture->packages, "c000011.xml", NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) load_error = NULL;
  MeritCandidate *candidate;

  replace_in_file (approved, "base=\"[0-9.]*\"", "base=\"99999.00\"");
  replace_in_file (extended, "base=\"[0-9.]*\"", "base=\"99999.00\"");
  replace_in_file (stripped, "<approvals>.*</approvals>", "<approvals/>");
  candidate = merit_workspace_store_reload_candidate (fixture->store, "c000007", &load_error);
  g_assert_no_error (load_error);
  g_assert_nonnull (merit_workspace_store_reload_candidate (fixture->store, "c000010", &load_error));
  g_assert_no_error (load_error);
  g_assert_nonnull (merit_workspace_store_reload_candidate (fixture->store, "c000011", &load_error));
  g_assert_no_error (load_error);

  problems = merit_verify_store (fixture->store);
  g_assert_cmpuint (problems->len, ==, 3);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "c000007.xml: approval 1"));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "no longer matches"));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 1), "c000010.xml: approval 1"));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 2), "no CEO approval"));

  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_NOT_ALLOWED, "no longer matches",
           merit_workflow_advance (fixture->workspace, candidate, "dana",
                                   MERIT_STAGE_OFFER_EXTENDED, NULL, &error));
  /* Without any approval in force, no extension either. */
  candidate = lookup (fixture, "c000007");
  replace_in_file (approved, "<approvals>.*</approvals>", "<approvals/>");
  candidate = merit_workspace_store_reload_candidate (fixture->store, "c000007", &load_error);
  g_assert_no_error (load_error);
  REFUSED (fixture, candidate, MERIT_MODEL_ERROR_NOT_ALLOWED, "has none in force",
           merit_workflow_advance (fixture->workspace, candidate, "rafael",
                                   MERIT_STAGE_OFFER_EXTENDED, NULL, &error));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/workflow/walk", test_walk);
  ADD ("/workflow/withdraw", test_withdraw);
  ADD ("/workflow/quorum", test_quorum);
  ADD ("/workflow/tampered", test_tampered);

  return g_test_run ();
}
