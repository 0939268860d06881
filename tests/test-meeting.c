/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-meeting.c: voting rounds in a committee meeting, the quorum of members present, the
 * meeting's record in the history and the PDF minutes.
 *
 * Each test works on a demo workspace in a temporary folder and saves through the store, so
 * the new round records pass the RelaxNG schema and come back from disk as they went in.
 */

#include "config.h"

#include "merit-atomic-file.h"
#include "merit-meeting.h"
#include "merit-minutes-document.h"
#include "merit-model.h"
#include "merit-package-reader.h"
#include "merit-package-writer.h"
#include "merit-test-utils.h"
#include "merit-workflow.h"
#include "merit-workspace-store.h"

typedef struct
{
  char                *root;
  MeritWorkspaceStore *store;
  MeritWorkspace      *workspace;
  char                *id;
  guint                base; /* the first round the meeting opens */
} Fixture;

static const char * const three[] = { "rafael", "ingrid", "kwame", NULL };

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *list;

  fixture->root = merit_test_make_demo (40);
  folder = g_file_new_for_path (fixture->root);
  fixture->store = merit_workspace_store_new (folder);
  g_assert_true (merit_workspace_store_load (fixture->store, NULL, &error));
  g_assert_no_error (error);
  fixture->workspace = merit_workspace_store_get_workspace (fixture->store);
  list = G_LIST_MODEL (fixture->workspace);
  /* A package in committee; votes cast before the meeting (in round 1) make the meeting's
   * first round round 2. */
  for (guint i = 0; i < g_list_model_get_n_items (list) && fixture->id == NULL; i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (list, i);
      MeritCommittee *committee = merit_candidate_get_committee (candidate);

      if (merit_candidate_get_stage (candidate) == MERIT_STAGE_COMMITTEE)
        {
          fixture->id = g_strdup (merit_candidate_get_id (candidate));
          fixture->base = g_list_model_get_n_items (merit_committee_get_votes (committee)) > 0
                          ? 2 : 1;
        }
    }
  g_assert_nonnull (fixture->id);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *parent = g_path_get_dirname (fixture->root);

  g_assert_finalize_object (fixture->store);
  merit_test_remove_tree (parent);
  g_free (fixture->root);
  g_free (fixture->id);
}

static MeritCandidate *
candidate_of (Fixture *fixture)
{
  MeritCandidate *candidate = merit_workspace_lookup (fixture->workspace, fixture->id);

  g_assert_nonnull (candidate);
  return candidate;
}

static void
vote (Fixture        *fixture,
      const char     *member,
      MeritVoteValue  value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (merit_workflow_cast_vote (fixture->workspace, candidate_of (fixture), member,
                                           value, "Strong evidence of merit in the samples.",
                                           &error));
  g_assert_no_error (error);
}

static void
open_round (Fixture            *fixture,
            const char * const *present)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (merit_workflow_open_round (fixture->workspace, candidate_of (fixture), "rafael",
                                            present, &error));
  g_assert_no_error (error);
}

static void
save_and_reload (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (merit_workspace_store_save_candidate (fixture->store, candidate_of (fixture),
                                                       "rafael", &error));
  g_assert_no_error (error);
  g_assert_nonnull (merit_workspace_store_reload_candidate (fixture->store, fixture->id, &error));
  g_assert_no_error (error);
}

/* Votes in a meeting round stay hidden until every member present has voted; members not
 * present cannot vote in it. */
static void
test_hidden_until_all_voted (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  open_round (fixture, three);
  g_assert_cmpuint (merit_workflow_get_current_round (candidate_of (fixture)), ==, fixture->base);
  g_assert_true (merit_workflow_round_is_open (candidate_of (fixture), fixture->base));
  /* An empty open round is not replaced by another. */
  g_assert_false (merit_workflow_open_round (fixture->workspace, candidate_of (fixture), "rafael",
                                             three, &error));
  g_assert_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  vote (fixture, "ingrid", MERIT_VOTE_VALUE_HIRE);
  vote (fixture, "kwame", MERIT_VOTE_VALUE_NO_HIRE);
  save_and_reload (fixture);
  g_assert_false (merit_workflow_votes_visible (candidate_of (fixture), fixture->base));
  g_assert_cmpuint (merit_workflow_count_present_votes (candidate_of (fixture), fixture->base), ==, 2);

  g_assert_false (merit_workflow_cast_vote (fixture->workspace, candidate_of (fixture), "mei",
                                            MERIT_VOTE_VALUE_HIRE, "Absent but keen.", &error));
  g_assert_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED);
  g_assert_nonnull (strstr (error->message, "not recorded as present"));

  vote (fixture, "rafael", MERIT_VOTE_VALUE_STRONG_HIRE);
  g_assert_true (merit_workflow_votes_visible (candidate_of (fixture), fixture->base));
}

/* The chair closes a round early: its votes show, no more are taken, and only the chair may
 * close it. */
static void
test_close_round (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  open_round (fixture, three);
  vote (fixture, "ingrid", MERIT_VOTE_VALUE_HIRE);
  g_assert_false (merit_workflow_votes_visible (candidate_of (fixture), fixture->base));
  g_assert_false (merit_workflow_close_round (fixture->workspace, candidate_of (fixture),
                                              "ingrid", &error));
  g_assert_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  g_assert_true (merit_workflow_close_round (fixture->workspace, candidate_of (fixture),
                                             "rafael", &error));
  g_assert_no_error (error);
  g_assert_true (merit_workflow_votes_visible (candidate_of (fixture), fixture->base));
  g_assert_false (merit_workflow_cast_vote (fixture->workspace, candidate_of (fixture), "kwame",
                                            MERIT_VOTE_VALUE_HIRE, "Late.", &error));
  g_assert_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED);
  g_assert_nonnull (strstr (error->message, "closed"));
}

/* A second round after discussion is kept apart from the first, which it closes. */
static void
test_second_round (Fixture       *fixture,
                   gconstpointer  data)
{
  MeritVotingRound *first;
  MeritVotingRound *second;

  open_round (fixture, three);
  vote (fixture, "ingrid", MERIT_VOTE_VALUE_HIRE);
  vote (fixture, "kwame", MERIT_VOTE_VALUE_NO_HIRE);
  vote (fixture, "rafael", MERIT_VOTE_VALUE_HIRE);
  open_round (fixture, three);
  save_and_reload (fixture);

  g_assert_cmpuint (merit_workflow_get_current_round (candidate_of (fixture)), ==, fixture->base + 1);
  first = merit_workflow_get_round_record (candidate_of (fixture), fixture->base);
  second = merit_workflow_get_round_record (candidate_of (fixture), fixture->base + 1);
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_nonnull (merit_voting_round_get_closed_at (first));
  g_assert_null (merit_voting_round_get_closed_at (second));
  g_assert_cmpstr (merit_voting_round_get_opened_by (second), ==, "rafael");
  g_assert_true (merit_voting_round_is_present (second, "kwame"));
  g_assert_false (merit_voting_round_is_present (second, "mei"));
  /* Round 1's three votes stay; round 2 starts empty and hidden. */
  g_assert_cmpuint (merit_workflow_count_present_votes (candidate_of (fixture), fixture->base), ==, 3);
  g_assert_cmpuint (merit_workflow_count_present_votes (candidate_of (fixture), fixture->base + 1), ==, 0);
  vote (fixture, "kwame", MERIT_VOTE_VALUE_HIRE);
  g_assert_false (merit_workflow_votes_visible (candidate_of (fixture), fixture->base + 1));
  g_assert_true (merit_workflow_votes_visible (candidate_of (fixture), fixture->base));
}

/* The quorum counts the members present: a meeting needs a quorum of them, and a decision
 * needs that many of their votes. */
static void
test_quorum_of_present (Fixture       *fixture,
                        gconstpointer  data)
{
  static const char * const two[] = { "rafael", "ingrid", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(MeritMeeting) meeting = NULL;
  guint quorum = merit_workflow_get_required_quorum (fixture->workspace);

  g_assert_cmpuint (quorum, ==, 3);
  meeting = merit_meeting_new (fixture->workspace, "rafael", two, &error);
  g_assert_null (meeting);
  g_assert_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  meeting = merit_meeting_new (fixture->workspace, "ingrid", three, &error);
  g_assert_null (meeting);
  g_assert_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED);
  g_clear_error (&error);

  open_round (fixture, three);
  vote (fixture, "ingrid", MERIT_VOTE_VALUE_HIRE);
  vote (fixture, "rafael", MERIT_VOTE_VALUE_HIRE);
  g_assert_true (merit_workflow_close_round (fixture->workspace, candidate_of (fixture), "rafael",
                                             &error));
  g_assert_false (merit_workflow_record_decision (fixture->workspace, candidate_of (fixture),
                                                  "rafael", MERIT_DECISION_VALUE_HIRE,
                                                  "Two of three agree.", &error));
  g_assert_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED);
  g_assert_nonnull (strstr (error->message, "quorum of 3"));
  g_clear_error (&error);

  open_round (fixture, three);
  vote (fixture, "ingrid", MERIT_VOTE_VALUE_HIRE);
  vote (fixture, "rafael", MERIT_VOTE_VALUE_HIRE);
  vote (fixture, "kwame", MERIT_VOTE_VALUE_HIRE);
  g_assert_true (merit_workflow_record_decision (fixture->workspace, candidate_of (fixture),
                                                 "rafael", MERIT_DECISION_VALUE_HIRE,
                                                 "All three present agree.", &error));
  g_assert_no_error (error);
}

/* Packages without round records read and write byte for byte as before; with them, they
 * survive a save and reload unchanged. */
static void
test_schema_roundtrip (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = merit_workspace_store_dup_package_path (fixture->store, fixture->id);
  g_autofree char *before = merit_test_read_file (path, NULL);
  g_autofree char *after = NULL;
  g_autofree char *again = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (strstr (before, "<round"));
  g_assert_true (merit_workspace_store_save_candidate (fixture->store, candidate_of (fixture),
                                                       "rafael", &error));
  g_assert_no_error (error);
  after = merit_test_read_file (path, NULL);
  g_assert_cmpstr (after, ==, before);

  open_round (fixture, three);
  vote (fixture, "ingrid", MERIT_VOTE_VALUE_HIRE);
  g_assert_true (merit_workflow_close_round (fixture->workspace, candidate_of (fixture), "rafael",
                                             &error));
  save_and_reload (fixture);
  g_free (after);
  after = merit_test_read_file (path, NULL);
  g_assert_nonnull (strstr (after, "<present member=\"kwame\"/>"));
  g_assert_true (merit_workspace_store_save_candidate (fixture->store, candidate_of (fixture),
                                                       "rafael", &error));
  g_assert_no_error (error);
  again = merit_test_read_file (path, NULL);
  g_assert_cmpstr (again, ==, after);

  /* A round recorded twice is refused with the file and line. */
  {
    g_autofree char *round = g_strdup (strstr (after, "<round "));
    g_autofree char *end = NULL;
    g_autofree char *twice = NULL;
    g_autoptr(GBytes) bytes = NULL;
    g_autoptr(MeritCandidate) broken = NULL;

    *(strstr (round, "</round>") + strlen ("</round>")) = '\0';
    end = g_strconcat (round, "\n    ", round, NULL);
    twice = merit_test_replace_once (after, round, end);
    bytes = g_bytes_new (twice, strlen (twice));
    broken = merit_package_read_bytes (bytes, "twice.xml", NULL, &error);
    g_assert_null (broken);
    g_assert_nonnull (error);
    g_assert_nonnull (strstr (error->message, "twice.xml"));
  }
}

/* The meeting's record goes into the history, and the minutes show every round. */
static void
test_record_and_minutes (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MeritMeeting) meeting = merit_meeting_new (fixture->workspace, "rafael", three, &error);
  g_autofree char *record = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pdf = g_build_filename (fixture->root, "minutes.pdf", NULL);
  g_autofree char *pdf_text = NULL;
  g_autofree char *argv0 = g_find_program_in_path ("pdftotext");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *heading = g_strdup_printf ("Round %u:", fixture->base + 1);
  int status = 0;

  g_assert_no_error (error);
  merit_meeting_add_package (meeting, fixture->id);
  merit_meeting_set_current (meeting, 0);
  open_round (fixture, three);
  vote (fixture, "ingrid", MERIT_VOTE_VALUE_HIRE);
  vote (fixture, "kwame", MERIT_VOTE_VALUE_NO_HIRE);
  vote (fixture, "rafael", MERIT_VOTE_VALUE_HIRE);
  open_round (fixture, three);
  vote (fixture, "ingrid", MERIT_VOTE_VALUE_HIRE);
  vote (fixture, "kwame", MERIT_VOTE_VALUE_HIRE);
  vote (fixture, "rafael", MERIT_VOTE_VALUE_HIRE);
  g_assert_true (merit_workflow_record_decision (fixture->workspace, candidate_of (fixture),
                                                 "rafael", MERIT_DECISION_VALUE_HIRE,
                                                 "Unanimous after discussion.", &error));
  g_assert_false (merit_meeting_has_record (meeting, candidate_of (fixture)));
  g_assert_true (merit_meeting_write_record (meeting, candidate_of (fixture), &error));
  save_and_reload (fixture);
  g_assert_true (merit_meeting_has_record (meeting, candidate_of (fixture)));

  record = merit_meeting_dup_record (meeting, candidate_of (fixture));
  first = g_strdup_printf ("Round %u: ingrid hire (", fixture->base);
  second = g_strdup_printf ("Round %u: ingrid hire (", fixture->base + 1);
  g_assert_nonnull (strstr (record, "Attendees: rafael, ingrid, kwame."));
  g_assert_nonnull (strstr (record, first));
  g_assert_nonnull (strstr (record, "kwame no-hire"));
  g_assert_nonnull (strstr (record, second));
  g_assert_nonnull (strstr (record, "Decision: hire. Rationale: Unanimous after discussion."));
  g_assert_nonnull (strstr (record, "Time spent: 0 min"));

  text = merit_minutes_dup_text (meeting);
  g_assert_nonnull (strstr (text, merit_candidate_get_pseudonym (candidate_of (fixture))));
  g_assert_true (merit_minutes_write_pdf (meeting, pdf, &error));
  g_assert_no_error (error);
  if (argv0 == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  {
    const char *argv[] = { argv0, "-layout", pdf, "-", NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 &pdf_text, NULL, &status, &error));
    g_assert_no_error (error);
  }
  g_assert_nonnull (strstr (pdf_text, "Minutes of the Committee Meeting"));
  g_assert_nonnull (strstr (pdf_text, "Rafael Ortiz"));
  g_assert_nonnull (strstr (pdf_text, merit_candidate_get_pseudonym (candidate_of (fixture))));
  g_assert_nonnull (strstr (pdf_text, heading));
  g_assert_nonnull (strstr (pdf_text, "Unanimous after discussion."));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/meeting/round/hidden-until-all-voted", test_hidden_until_all_voted);
  ADD ("/meeting/round/close", test_close_round);
  ADD ("/meeting/round/second", test_second_round);
  ADD ("/meeting/quorum/present", test_quorum_of_present);
  ADD ("/meeting/schema/roundtrip", test_schema_roundtrip);
  ADD ("/meeting/record-and-minutes", test_record_and_minutes);
#undef ADD

  return g_test_run ();
}
