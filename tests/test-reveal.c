/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-reveal.c: identity is revealed after the decision, earlier only by the chair with a
 * reason, and every reveal is in the history. */

#include "config.h"

#include "merit-model.h"
#include "merit-reveal.h"
#include "merit-test-utils.h"
#include "merit-workspace-store.h"

static MeritHistoryEvent *
last_event (MeritCandidate *candidate)
{
  GListModel *history = merit_candidate_get_history (candidate);

  return g_list_model_get_item (history, g_list_model_get_n_items (history) - 1);
}

static void
test_reveal_rules (void)
{
  g_autofree char *root = merit_test_make_demo (13);
  g_autofree char *parent = g_path_get_dirname (root);
  g_autoptr(GFile) folder = g_file_new_for_path (root);
  g_autoptr(MeritWorkspaceStore) store = merit_workspace_store_new (folder);
  g_autoptr(GError) error = NULL;
  g_autoptr(MeritHistoryEvent) event = NULL;
  g_autoptr(MeritHistoryEvent) after = NULL;
  MeritWorkspace *workspace;
  MeritCandidate *blind;
  MeritCandidate *decided;
  guint n_before;

  g_assert_true (merit_workspace_store_load (store, NULL, &error));
  workspace = merit_workspace_store_get_workspace (store);
  blind = merit_workspace_lookup (workspace, "c000003");     /* in blind review */
  decided = merit_workspace_lookup (workspace, "c000011");   /* accepted */
  n_before = g_list_model_get_n_items (merit_candidate_get_history (blind));

  /* Before the decision: a reviewer, a committee member and the CEO are refused. */
  g_assert_false (merit_reveal_identity (workspace, blind, "tomasz", "Curious.", &error));
  g_assert_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED);
  g_assert_nonnull (strstr (error->message, "only the chair"));
  g_clear_error (&error);
  g_assert_false (merit_reveal_identity (workspace, blind, "mei", "Curious.", &error));
  g_clear_error (&error);
  g_assert_false (merit_reveal_identity (workspace, blind, "dana", "Curious.", &error));
  g_clear_error (&error);
  /* The chair needs a reason. */
  g_assert_false (merit_reveal_identity (workspace, blind, "rafael", "  ", &error));
  g_assert_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (merit_candidate_get_history (blind)), ==, n_before);

  g_assert_true (merit_reveal_identity (workspace, blind, "rafael",
                                        "Possible conflict of interest with a reviewer.", &error));
  g_assert_no_error (error);
  event = last_event (blind);
  g_assert_cmpstr (merit_history_event_get_action (event), ==, "reveal");
  g_assert_cmpstr (merit_history_event_get_actor (event), ==, "rafael");
  g_assert_cmpstr (merit_history_event_get_detail (event), ==,
                   "Possible conflict of interest with a reviewer.");
  g_assert_true (merit_workspace_store_save_candidate (store, blind, "rafael", &error));
  g_assert_no_error (error);
  g_assert_true (merit_candidate_verify_history (blind, NULL, &error));

  /* After the decision: chair and CEO see it, logged; a reviewer still does not. */
  g_assert_false (merit_reveal_identity (workspace, decided, "ingrid", NULL, &error));
  g_clear_error (&error);
  g_assert_true (merit_reveal_identity (workspace, decided, "dana", NULL, &error));
  g_assert_no_error (error);
  after = last_event (decided);
  g_assert_cmpstr (merit_history_event_get_action (after), ==, "reveal");
  g_assert_cmpstr (merit_history_event_get_actor (after), ==, "dana");

  g_assert_finalize_object (g_steal_pointer (&store));
  merit_test_remove_tree (parent);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reveal/rules", test_reveal_rules);
  return g_test_run ();
}
