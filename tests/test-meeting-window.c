/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-meeting-window.c: a committee meeting run as the chair through the meeting window.
 *
 * The chair (rafael) starts a meeting on a demo workspace with three members present, opens a
 * voting round, and other members vote from another process with `merit vote`, as they would
 * from their own desktops: the window must show each vote within two seconds, yet keep the
 * votes hidden until everyone present has voted.  A second round follows, then the decision,
 * after which the identity is revealed and the meeting's record is in the package's history.
 * The PDF minutes are checked with pdftotext.
 *
 * With MERIT_MEETING_SCREENSHOT=FILE.png only the screenshot test runs: it fills the presenter
 * view and takes a screenshot of the whole screen with ImageMagick's import.  With
 * MERIT_MEETING_SETUP_SCREENSHOT=FILE.png it takes the setup page instead, with one package
 * left out, and FILE-none.png with none checked.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "merit-application.h"
#include "merit-meeting-window-private.h"
#include "merit-minutes-document.h"
#include "merit-model.h"
#include "merit-test-utils.h"
#include "merit-workflow.h"

/* Votes cast on another desktop must appear in a running meeting within this time. */
#define PICKUP_LIMIT_USEC (2 * G_USEC_PER_SEC)

static MeritApplication *application;

typedef struct
{
  char                *root;
  MeritWorkspaceStore *store;
  MeritMeetingWindow  *window;
} Fixture;

static void
iterate (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;

  fixture->root = merit_test_make_demo (50);
  folder = g_file_new_for_path (fixture->root);
  fixture->store = merit_workspace_store_new (folder);
  g_assert_true (merit_workspace_store_load (fixture->store, NULL, &error));
  g_assert_no_error (error);
  fixture->window = g_object_ref_sink (merit_meeting_window_new (GTK_APPLICATION (application),
                                                                 fixture->store, "rafael"));
  gtk_window_present (GTK_WINDOW (fixture->window));
  iterate (200);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *parent = g_path_get_dirname (fixture->root);

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  iterate (50);
  g_assert_finalize_object (fixture->window);
  g_assert_finalize_object (fixture->store);
  merit_test_remove_tree (parent);
  g_free (fixture->root);
}

/* Starts the meeting from the setup page with mei left out. */
static void
start_meeting (Fixture *fixture)
{
  GtkCheckButton *mei = g_hash_table_lookup (fixture->window->present_checks, "mei");
  MeritMeeting *meeting;

  g_assert_cmpuint (g_hash_table_size (fixture->window->present_checks), ==, 4);
  g_assert_nonnull (mei);
  gtk_check_button_set_active (mei, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "meeting.start", NULL));
  meeting = merit_meeting_window_get_meeting (fixture->window);
  g_assert_nonnull (meeting);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->window->stack), ==, "presenter");
  g_assert_cmpuint (g_strv_length ((char **) merit_meeting_get_attendees (meeting)), ==, 3);
  g_assert_false (g_strv_contains (merit_meeting_get_attendees (meeting), "mei"));
  iterate (100);
}

static MeritCandidate *
current (Fixture *fixture)
{
  MeritCandidate *candidate =
    merit_workspace_lookup (merit_workspace_store_get_workspace (fixture->store),
                            merit_meeting_window_get_current (fixture->window));

  g_assert_nonnull (candidate);
  return candidate;
}

/* Casts a vote from another process, as a member on their own desktop would. */
static void
vote_elsewhere (Fixture    *fixture,
                const char *member,
                const char *value)
{
  const char *argv[] = {
    g_getenv ("MERIT"), "vote", fixture->root, merit_meeting_window_get_current (fixture->window),
    "--as", member, "--vote", value, "--rationale", "The work samples show clear excellence.",
    NULL,
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_assert_nonnull (argv[0]);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL,
                               NULL, NULL, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("merit vote failed: %s", err);
}

static gboolean
status_contains (Fixture    *fixture,
                 const char *text)
{
  return strstr (gtk_label_get_label (fixture->window->status_label), text) != NULL;
}

/* Waits until the status shows @text and returns how long that took. */
static gint64
wait_for_status (Fixture    *fixture,
                 const char *text)
{
  gint64 start = g_get_monotonic_time ();

  while (!status_contains (fixture, text))
    {
      if (g_get_monotonic_time () - start > 10 * G_USEC_PER_SEC)
        g_error ("status never showed “%s”: “%s”", text,
                 gtk_label_get_label (fixture->window->status_label));
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return g_get_monotonic_time () - start;
}

static void
vote_here (Fixture        *fixture,
           guint           voter,
           MeritVoteValue  value,
           const char     *rationale)
{
  gtk_drop_down_set_selected (fixture->window->voter_dropdown, voter);
  gtk_drop_down_set_selected (fixture->window->vote_dropdown, value);
  gtk_editable_set_text (GTK_EDITABLE (fixture->window->vote_rationale), rationale);
  g_assert_true (gtk_widget_is_sensitive (fixture->window->vote_box));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "meeting.cast-vote",
                                             NULL));
}

static gboolean
history_has (MeritCandidate *candidate,
             const char     *action,
             const char     *text)
{
  GListModel *history = merit_candidate_get_history (candidate);

  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(MeritHistoryEvent) event = g_list_model_get_item (history, i);
      const char *detail = merit_history_event_get_detail (event);

      if (g_strcmp0 (merit_history_event_get_action (event), action) == 0
          && (text == NULL || (detail != NULL && strstr (detail, text) != NULL)))
        return TRUE;
    }
  return FALSE;
}

static void
test_meeting_as_chair (Fixture       *fixture,
                       gconstpointer  data)
{
  MeritMeetingWindow *window = fixture->window;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *pdf = g_build_filename (fixture->root, "minutes.pdf", NULL);
  g_autofree char *pdf_text = NULL;
  g_autofree char *round_text = NULL;
  g_autofree char *hidden_text = NULL;
  g_autofree char *other = NULL;
  gboolean handled = TRUE;
  const char *pdftotext_argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
  MeritIdentity *identity;
  guint first;
  gint64 waited;
  int status = 0;

  /* The time planned per package comes from GSettings. */
  g_settings_set_uint (window->settings, "meeting-minutes-per-package", 7);
  start_meeting (fixture);
  id = g_strdup (merit_meeting_window_get_current (window));
  g_assert_nonnull (strstr (gtk_label_get_label (window->timer_label), " of 7:00"));
  /* The agenda holds the packages in committee; next and previous move through it. */
  g_assert_cmpuint (merit_meeting_get_n_packages (merit_meeting_window_get_meeting (window)), >, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "meeting.next", NULL));
  g_assert_cmpstr (merit_meeting_window_get_current (window), !=, id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "meeting.previous", NULL));
  g_assert_cmpstr (merit_meeting_window_get_current (window), ==, id);

  /* Blind: the pseudonym, the scores, no identity. */
  g_assert_cmpstr (gtk_label_get_label (window->pseudonym_label), ==,
                   merit_candidate_get_pseudonym (current (fixture)));
  g_assert_nonnull (strstr (merit_score_plot_get_text (window->score_plot), "Merit:"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->identity_label)));
  /* The identity is sealed to the chair and the CEO, and stays sealed until the decision. */
  g_assert_null (merit_candidate_get_identity (current (fixture)));
  g_assert_nonnull (merit_candidate_get_sealed_identity (current (fixture)));
  name = merit_test_dup_sealed_name (merit_workspace_store_get_workspace (fixture->store),
                                     fixture->root, id, "rafael");
  g_assert_null (strstr (gtk_label_get_label (window->evidence_label), name));

  /* Round 1 (or 2 when the demo had votes already). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "meeting.open-round", NULL));
  first = merit_workflow_get_current_round (current (fixture));
  g_assert_true (merit_workflow_round_is_open (current (fixture), first));
  g_assert_true (status_contains (fixture, "0 of 3"));

  vote_elsewhere (fixture, "ingrid", "hire");
  waited = wait_for_status (fixture, "1 of 3");
  g_test_message ("a vote from another process appeared after %.0f ms",
                  waited / 1000.0);
  g_assert_cmpint (waited, <, PICKUP_LIMIT_USEC);
  g_assert_true (status_contains (fixture, "Ingrid Sørensen"));
  /* Hidden: neither the value nor the rationale shows (earlier rounds may list Ingrid). */
  hidden_text = g_strdup_printf ("Round %u: votes hidden", first);
  g_assert_nonnull (strstr (gtk_label_get_label (window->votes_label), hidden_text));
  g_assert_null (strstr (gtk_label_get_label (window->votes_label),
                         "The work samples show clear excellence."));

  vote_here (fixture, 2, MERIT_VOTE_VALUE_NO_HIRE, "Needs more depth in systems design.");
  g_assert_true (status_contains (fixture, "2 of 3"));
  g_assert_null (strstr (gtk_label_get_label (window->votes_label),
                         "Needs more depth in systems design."));
  g_assert_nonnull (strstr (gtk_label_get_label (window->votes_label), hidden_text));
  g_assert_false (gtk_widget_is_sensitive (window->decision_box));

  vote_elsewhere (fixture, "rafael", "strong-hire");
  waited = wait_for_status (fixture, "all 3 members present have voted");
  g_assert_cmpint (waited, <, PICKUP_LIMIT_USEC);
  g_assert_null (strstr (gtk_label_get_label (window->votes_label), hidden_text));
  g_assert_nonnull (strstr (gtk_label_get_label (window->votes_label),
                            "Ingrid Sørensen: Hire — The work samples show clear excellence."));
  g_assert_nonnull (strstr (gtk_label_get_label (window->votes_label),
                            "Kwame Mensah: No hire — Needs more depth in systems design."));
  g_assert_nonnull (strstr (gtk_label_get_label (window->votes_label), "Rafael Ortiz: Strong hire"));

  /* A second round after discussion, kept apart from the first. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "meeting.open-round", NULL));
  g_assert_cmpuint (merit_workflow_get_current_round (current (fixture)), ==, first + 1);
  g_assert_true (status_contains (fixture, "0 of 3"));
  round_text = g_strdup_printf ("Round %u: votes hidden", first + 1);
  vote_elsewhere (fixture, "ingrid", "hire");
  waited = wait_for_status (fixture, "1 of 3");
  g_assert_cmpint (waited, <, PICKUP_LIMIT_USEC);
  g_assert_nonnull (strstr (gtk_label_get_label (window->votes_label), round_text));
  vote_here (fixture, 2, MERIT_VOTE_VALUE_HIRE, "Convinced by the discussion of the samples.");
  vote_here (fixture, 0, MERIT_VOTE_VALUE_HIRE, "Unanimous now.");
  g_assert_true (status_contains (fixture, "all 3 members present have voted"));
  g_assert_nonnull (strstr (gtk_label_get_label (window->votes_label), "Kwame Mensah: Hire"));

  /* The decision, then the reveal. */
  g_assert_true (gtk_widget_is_sensitive (window->decision_box));
  gtk_drop_down_set_selected (window->decision_dropdown, 0);
  gtk_editable_set_text (GTK_EDITABLE (window->decision_rationale),
                         "Unanimous in the second round: the strongest systems work we saw.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "meeting.decide", NULL));
  g_assert_cmpint (merit_committee_get_decision (merit_candidate_get_committee (current (fixture))),
                   ==, MERIT_DECISION_VALUE_HIRE);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->identity_label)));
  g_assert_nonnull (strstr (gtk_label_get_label (window->identity_label), name));
  /* Opened with the chair's key in memory only. */
  identity = merit_candidate_get_identity (current (fixture));
  g_assert_nonnull (identity);
  g_assert_cmpstr (merit_identity_get_name (identity), ==, name);
  g_assert_true (status_contains (fixture, "Decided: Hire."));

  /* On disk: the decision, the meeting's record, then the reveal, in the history. */
  g_assert_nonnull (merit_workspace_store_reload_candidate (fixture->store, id, &error));
  g_assert_no_error (error);
  g_assert_true (history_has (current (fixture), "meeting", "Attendees: rafael, ingrid, kwame."));
  g_assert_true (history_has (current (fixture), "meeting", "Decision: hire. Rationale: Unanimous"));
  g_assert_true (history_has (current (fixture), "meeting", "Time spent:"));
  g_assert_true (history_has (current (fixture), "reveal", NULL));
  path = merit_workspace_store_dup_package_path (fixture->store, id);
  xml = merit_test_read_file (path, NULL);
  g_assert_nonnull (strstr (xml, "action=\"meeting\""));
  g_assert_true (strstr (xml, "action=\"meeting\"") < strstr (xml, "action=\"reveal\""));
  g_assert_nonnull (strstr (xml, "<present member=\"kwame\"/>"));
  g_assert_null (strstr (xml, name));

  /* The minutes, as PDF. */
  g_assert_true (merit_minutes_write_pdf (merit_meeting_window_get_meeting (window), pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_sync (NULL, (char **) pdftotext_argv, NULL, G_SPAWN_SEARCH_PATH, NULL,
                               NULL, &pdf_text, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (pdf_text, "Minutes of the Committee Meeting"));
  g_assert_nonnull (strstr (pdf_text, "Attendees: Rafael Ortiz, Ingrid Sørensen, Kwame Mensah"));
  g_assert_nonnull (strstr (pdf_text, merit_candidate_get_pseudonym (current (fixture))));
  g_assert_nonnull (strstr (pdf_text, "Kwame Mensah: No hire"));
  g_assert_nonnull (strstr (pdf_text, "Unanimous in the second round"));
  g_assert_nonnull (strstr (pdf_text, "Time spent:"));
  /* The minutes are blind. */
  g_assert_null (strstr (pdf_text, name));

  /* Ending the meeting records it on a package voted on but left undecided. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "meeting.next", NULL));
  other = g_strdup (merit_meeting_window_get_current (window));
  g_assert_cmpstr (other, !=, id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "meeting.open-round", NULL));
  vote_here (fixture, 1, MERIT_VOTE_VALUE_HIRE, "Promising, but we ran out of time.");
  g_assert_false (history_has (current (fixture), "meeting", NULL));
  g_signal_emit_by_name (window, "close-request", &handled);
  g_assert_false (handled);
  g_assert_nonnull (merit_workspace_store_reload_candidate (fixture->store, other, &error));
  g_assert_no_error (error);
  g_assert_true (history_has (merit_workspace_lookup (merit_workspace_store_get_workspace (fixture->store), other),
                              "meeting", "Decision: none yet."));
}

/* The check box of the @index-th package on the setup page, and its row. */
static GtkCheckButton *
package_check (Fixture    *fixture,
               guint       index,
               GtkWidget **row)
{
  g_autoptr(MeritCandidate) candidate =
    g_list_model_get_item (G_LIST_MODEL (fixture->window->packages), index);
  GtkCheckButton *check;

  g_assert_nonnull (candidate);
  check = g_hash_table_lookup (fixture->window->package_checks, merit_candidate_get_id (candidate));
  g_assert_nonnull (check);
  if (row != NULL)
    *row = gtk_widget_get_ancestor (GTK_WIDGET (check), GTK_TYPE_LIST_BOX_ROW);
  return check;
}

static const char *
package_id (Fixture *fixture,
            guint    index)
{
  g_autoptr(MeritCandidate) candidate =
    g_list_model_get_item (G_LIST_MODEL (fixture->window->packages), index);

  return merit_candidate_get_id (candidate);
}

static guint
n_packages_shown (Fixture *fixture)
{
  return g_list_model_get_n_items (G_LIST_MODEL (fixture->window->packages));
}

/* The setup page lists the packages in the committee stage, blind: pseudonym and role. */
static void
test_setup_lists_packages (Fixture       *fixture,
                           gconstpointer  data)
{
  MeritWorkspace *workspace = merit_workspace_store_get_workspace (fixture->store);
  guint n_committee = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (workspace)); i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (G_LIST_MODEL (workspace), i);

      if (merit_candidate_get_stage (candidate) == MERIT_STAGE_COMMITTEE)
        n_committee++;
    }
  g_assert_cmpuint (n_committee, >=, 3);
  g_assert_cmpuint (n_packages_shown (fixture), ==, n_committee);
  for (guint i = 0; i < n_packages_shown (fixture); i++)
    {
      g_autoptr(MeritCandidate) candidate =
        g_list_model_get_item (G_LIST_MODEL (fixture->window->packages), i);
      MeritIdentity *identity = merit_candidate_get_identity (candidate);
      GtkWidget *row;
      GtkCheckButton *check = package_check (fixture, i, &row);
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
      const char *subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
      g_autofree char *label = NULL;

      g_assert_cmpuint (merit_candidate_get_stage (candidate), ==, MERIT_STAGE_COMMITTEE);
      g_assert_true (gtk_widget_get_visible (row));
      g_assert_true (gtk_check_button_get_active (check));
      g_assert_cmpstr (title, ==, merit_candidate_get_pseudonym (candidate));
      g_assert_cmpstr (subtitle, ==, merit_role_get_title (merit_candidate_get_role (candidate)));
      /* The check box is named for assistive technologies by pseudonym and role. */
      label = g_strdup_printf ("Discuss %s (%s)", title, subtitle);
      g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (check),
                                                       GTK_ACCESSIBLE_PROPERTY_LABEL));
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                           label);
      if (identity != NULL && merit_identity_get_name (identity) != NULL)
        {
          g_assert_null (strstr (title, merit_identity_get_name (identity)));
          g_assert_null (strstr (subtitle, merit_identity_get_name (identity)));
        }
    }
}

/* A meeting for a chosen set of packages has exactly those on its agenda, in the order shown. */
static void
test_chosen_packages (Fixture       *fixture,
                      gconstpointer  data)
{
  MeritMeeting *meeting;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  guint n = n_packages_shown (fixture);

  g_assert_cmpuint (n, >=, 3);
  first = g_strdup (package_id (fixture, 0));
  last = g_strdup (package_id (fixture, n - 1));
  for (guint i = 0; i < n; i++)
    gtk_check_button_set_active (package_check (fixture, i, NULL), i == 0 || i == n - 1);
  iterate (50);
  g_assert_cmpstr (gtk_label_get_label (fixture->window->start_hint_label), ==,
                   "2 packages on the agenda");

  start_meeting (fixture);
  meeting = merit_meeting_window_get_meeting (fixture->window);
  g_assert_cmpuint (merit_meeting_get_n_packages (meeting), ==, 2);
  g_assert_cmpstr (merit_meeting_get_package (meeting, 0), ==, first);
  g_assert_cmpstr (merit_meeting_get_package (meeting, 1), ==, last);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->window->agenda)), ==, 2);
  g_assert_cmpstr (merit_meeting_window_get_current (fixture->window), ==, first);
  g_assert_cmpstr (adw_window_title_get_subtitle (fixture->window->window_title), ==,
                   "Chosen packages — 2 packages");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "meeting.next", NULL));
  g_assert_cmpstr (merit_meeting_window_get_current (fixture->window), ==, last);
}

/* Choosing a role shows and checks only its packages, and the meeting takes just those. */
static void
test_role_narrows_packages (Fixture       *fixture,
                            gconstpointer  data)
{
  MeritMeetingWindow *window = fixture->window;
  MeritMeeting *meeting;
  const char *role;
  guint n_role = 0;
  guint agenda = 0;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (window->roles)), >, 2);
  adw_combo_row_set_selected (window->role_row, 1);
  role = gtk_string_list_get_string (window->roles, 1);
  iterate (50);
  for (guint i = 0; i < n_packages_shown (fixture); i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (G_LIST_MODEL (window->packages), i);
      gboolean of_role = g_strcmp0 (merit_role_get_title (merit_candidate_get_role (candidate)),
                                    role) == 0;
      GtkWidget *row;
      GtkCheckButton *check = package_check (fixture, i, &row);

      g_assert_true (gtk_widget_get_visible (row) == of_role);
      g_assert_true (gtk_check_button_get_active (check) == of_role);
      n_role += of_role;
    }
  g_assert_cmpuint (n_role, >, 0);
  g_assert_cmpuint (n_role, <, n_packages_shown (fixture));

  start_meeting (fixture);
  meeting = merit_meeting_window_get_meeting (window);
  g_assert_cmpuint (merit_meeting_get_n_packages (meeting), ==, n_role);
  for (guint i = 0; i < n_packages_shown (fixture); i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (G_LIST_MODEL (window->packages), i);

      if (g_strcmp0 (merit_role_get_title (merit_candidate_get_role (candidate)), role) == 0)
        g_assert_cmpstr (merit_meeting_get_package (meeting, agenda++), ==,
                         merit_candidate_get_id (candidate));
    }
  g_assert_true (g_str_has_prefix (adw_window_title_get_subtitle (window->window_title), role));
}

/* With no package checked, Start cannot be pressed, and the page says why. */
static void
test_none_chosen_disables_start (Fixture       *fixture,
                                 gconstpointer  data)
{
  MeritMeetingWindow *window = fixture->window;

  g_assert_true (gtk_widget_is_sensitive (window->start_button));
  for (guint i = 0; i < n_packages_shown (fixture); i++)
    gtk_check_button_set_active (package_check (fixture, i, NULL), FALSE);
  iterate (50);
  g_assert_false (gtk_widget_is_sensitive (window->start_button));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window->start_hint_label)));
  g_assert_cmpstr (gtk_label_get_label (window->start_hint_label), ==,
                   "Check at least one package to start the meeting.");
  /* The shortcut or a stray activation starts nothing either. */
  gtk_widget_activate_action (GTK_WIDGET (window), "meeting.start", NULL);
  iterate (50);
  g_assert_null (merit_meeting_window_get_meeting (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "setup");

  gtk_check_button_set_active (package_check (fixture, 1, NULL), TRUE);
  iterate (50);
  g_assert_true (gtk_widget_is_sensitive (window->start_button));
  g_assert_cmpstr (gtk_label_get_label (window->start_hint_label), ==, "1 package on the agenda");
}

/* Only the chair runs a meeting. */
static void
test_only_chair (void)
{
  static const char * const present[] = { "rafael", "ingrid", "kwame", NULL };
  g_autofree char *root = merit_test_make_demo (12);
  g_autofree char *parent = g_path_get_dirname (root);
  g_autoptr(GFile) folder = g_file_new_for_path (root);
  g_autoptr(MeritWorkspaceStore) store = merit_workspace_store_new (folder);
  g_autoptr(GError) error = NULL;
  MeritMeetingWindow *window;

  g_assert_true (merit_workspace_store_load (store, NULL, &error));
  window = g_object_ref_sink (merit_meeting_window_new (GTK_APPLICATION (application), store,
                                                        "ingrid"));
  g_assert_false (merit_meeting_window_start (window, NULL, NULL, present, &error));
  g_assert_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED);
  g_assert_null (merit_meeting_window_get_meeting (window));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  merit_test_remove_tree (parent);
}

/* Fills the presenter view with a finished first round and takes a screenshot. */
static void
test_screenshot (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *argv[] = { "import", "-window", "root", g_getenv ("MERIT_MEETING_SCREENSHOT"), NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *bottom = NULL;
  GtkAdjustment *adjustment;
  GtkWidget *scrolled;
  int status = 0;

  start_meeting (fixture);
  gtk_window_fullscreen (GTK_WINDOW (fixture->window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "meeting.open-round", NULL));
  vote_elsewhere (fixture, "ingrid", "hire");
  vote_elsewhere (fixture, "kwame", "no-hire");
  iterate (1500);
  vote_here (fixture, 0, MERIT_VOTE_VALUE_STRONG_HIRE, "The samples show rare depth.");
  iterate (1000);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  /* The lower half: the votes, the forms, the evidence. */
  scrolled = gtk_widget_get_ancestor (GTK_WIDGET (fixture->window->evidence_label),
                                      GTK_TYPE_SCROLLED_WINDOW);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + 560);
  iterate (500);
  bottom = g_strdup_printf ("%.*s-bottom.png", (int) strlen (argv[3]) - 4, argv[3]);
  argv[3] = bottom;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL,
                               NULL, &status, &error));
  g_assert_no_error (error);
}

static void
take_screenshot (const char *path)
{
  const char *argv[] = { "import", "-window", "root", path, NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* The setup page with one package left out, then with none checked. */
static void
test_setup_screenshot (Fixture       *fixture,
                       gconstpointer  data)
{
  const char *path = g_getenv ("MERIT_MEETING_SETUP_SCREENSHOT");
  g_autofree char *none = g_strdup_printf ("%.*s-none.png", (int) strlen (path) - 4, path);

  gtk_check_button_set_active (package_check (fixture, 1, NULL), FALSE);
  iterate (500);
  take_screenshot (path);
  for (guint i = 0; i < n_packages_shown (fixture); i++)
    gtk_check_button_set_active (package_check (fixture, i, NULL), FALSE);
  iterate (500);
  take_screenshot (none);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* Transitions only add timing to what the tests look at. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  if (g_getenv ("MERIT_LOCALEDIR") != NULL)
    {
      /* gtk_test_init() keeps the C locale; a translated screenshot needs the environment's. */
      setlocale (LC_ALL, "");
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MERIT_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }
  application = g_object_new (MERIT_TYPE_APPLICATION,
                              "flags", G_APPLICATION_NON_UNIQUE,
                              "resource-base-path", "/org/merit/Merit",
                              NULL);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);

  if (g_getenv ("MERIT_MEETING_SETUP_SCREENSHOT") != NULL)
    g_test_add ("/meeting-window/setup-screenshot", Fixture, NULL, fixture_set_up,
                test_setup_screenshot, fixture_tear_down);
  else if (g_getenv ("MERIT_MEETING_SCREENSHOT") != NULL)
    g_test_add ("/meeting-window/screenshot", Fixture, NULL, fixture_set_up, test_screenshot,
                fixture_tear_down);
  else
    {
      g_test_add ("/meeting-window/chair-runs-meeting", Fixture, NULL, fixture_set_up,
                  test_meeting_as_chair, fixture_tear_down);
      g_test_add_func ("/meeting-window/only-chair", test_only_chair);
      g_test_add ("/meeting-window/setup-lists-packages", Fixture, NULL, fixture_set_up,
                  test_setup_lists_packages, fixture_tear_down);
      g_test_add ("/meeting-window/chosen-packages", Fixture, NULL, fixture_set_up,
                  test_chosen_packages, fixture_tear_down);
      g_test_add ("/meeting-window/role-narrows-packages", Fixture, NULL, fixture_set_up,
                  test_role_narrows_packages, fixture_tear_down);
      g_test_add ("/meeting-window/none-chosen-disables-start", Fixture, NULL, fixture_set_up,
                  test_none_chosen_disables_start, fixture_tear_down);
    }
  status = g_test_run ();
  g_clear_object (&application);
  return status;
}
