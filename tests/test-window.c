/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-window.c: the main window driven through its real widgets and actions.
 *
 * Each test opens a demo workspace in a temporary folder, then works the panes the way a
 * person would: typing into the search entry, sorting by a column header's sorter, clicking
 * score buttons and the Submit and Approve buttons.  Results are checked on disk.
 */

#include "config.h"

#include <string.h>
#include <adwaita.h>
#include <glib/gstdio.h>

#include "merit-aggregate.h"
#include "merit-application.h"
#include "merit-candidate-detail.h"
#include "merit-candidate-list-view.h"
#include "merit-candidate-rows.h"
#include "merit-cell.h"
#include "merit-chunked-review.h"
#include "merit-approval-pane.h"
#include "merit-criterion-row.h"
#include "merit-demo.h"
#include "merit-digest.h"
#include "merit-evidence-view.h"
#include "merit-keys.h"
#include "merit-model.h"
#include "merit-package-reader.h"
#include "merit-review-pane.h"
#include "merit-test-utils.h"
#include "merit-trust.h"
#include "merit-window.h"
#include "merit-workflow.h"

#define N_DEMO 60

/* One application for the whole run: GApplication registers once per process. */
static MeritApplication *application;

typedef struct
{
  char             *folder;
  MeritApplication *app;
  MeritWindow      *window;
  GSettings        *settings;
} Fixture;

static void
iterate (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
wait_for (gboolean (*done) (gpointer),
          gpointer   data)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!done (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return TRUE;
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Destroys @window and waits until it is finalized: a load still running on a worker thread
 * holds the window until its cancelled task returns. */
static void
destroy_and_finalize (MeritWindow *window)
{
  gpointer weak = window;

  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
  g_assert_true (wait_for (is_null, &weak));
}

static gpointer
child (gpointer    widget,
       GType       type,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (object);
  return object;
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *action_name)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (c)
          && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (c)), action_name) == 0)
        return c;
      found = find_button (c, action_name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Every label and list cell text under @widget, one per line. */
static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_label (GTK_LABEL (widget)));
  else if (MERIT_IS_CELL (widget) && gtk_widget_get_mapped (widget))
    g_string_append_printf (out, "%s\n", merit_cell_get_text (MERIT_CELL (widget)));
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    collect_labels (c, out);
}

static gboolean
shows_raw_beside_calibrated (gpointer data)
{
  g_autoptr(GString) text = g_string_new (NULL);

  collect_labels (data, text);
  return strstr (text->str, " · raw ") != NULL;
}

static GListModel *
list_model (Fixture *fixture)
{
  GtkWidget *list_view = child (fixture->window, MERIT_TYPE_WINDOW, "list_view");
  GtkWidget *column_view = child (list_view, G_OBJECT_TYPE (list_view), "column_view");

  return G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view)));
}

static gpointer
list_child (Fixture    *fixture,
            const char *name)
{
  GtkWidget *list_view = child (fixture->window, MERIT_TYPE_WINDOW, "list_view");

  return child (list_view, G_OBJECT_TYPE (list_view), name);
}

static MeritWorkspace *
workspace_of (Fixture *fixture)
{
  GtkWidget *list_view = child (fixture->window, MERIT_TYPE_WINDOW, "list_view");

  return merit_workspace_store_get_workspace (merit_candidate_list_view_get_store (MERIT_CANDIDATE_LIST_VIEW (list_view)));
}

/* The list computes the calibration shortly after loading. */
static gboolean
calibrated (gpointer data)
{
  GtkWidget *column_view = list_child (data, "column_view");

  return shows_raw_beside_calibrated (column_view);
}

static gboolean
all_loaded (gpointer data)
{
  return g_list_model_get_n_items (list_model (data)) == N_DEMO;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const char *member = data;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;

  fixture->folder = g_dir_make_tmp ("merit-window-XXXXXX", &error);
  g_assert_no_error (error);
  folder = g_file_new_for_path (fixture->folder);
  g_assert_true (merit_demo_create (folder, N_DEMO, TRUE, 1, &error));
  g_assert_no_error (error);

  fixture->settings = g_settings_new (APP_ID);
  g_settings_set_string (fixture->settings, "current-member", member);
  fixture->app = g_object_ref (application);
  fixture->window = g_object_ref_sink (merit_window_new (fixture->app));
  gtk_window_present (GTK_WINDOW (fixture->window));
  merit_window_open_workspace (fixture->window, folder);
  g_assert_true (wait_for (all_loaded, fixture));
  iterate (100);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  destroy_and_finalize (g_steal_pointer (&fixture->window));
  g_clear_object (&fixture->app);
  g_clear_object (&fixture->settings);
  merit_test_remove_tree (fixture->folder);
  g_free (fixture->folder);
}

static char *
read_package (Fixture    *fixture,
              const char *id)
{
  g_autofree char *file_name = g_strconcat (id, ".xml", NULL);
  g_autofree char *path = g_build_filename (fixture->folder, "packages", file_name, NULL);

  return merit_test_read_file (path, NULL);
}

typedef struct
{
  GListModel *model;
  guint       n;
} CountWait;

static gboolean
count_changed (gpointer data)
{
  CountWait *wait = data;

  return g_list_model_get_n_items (wait->model) != wait->n;
}

/* The package a row of the list shows now. */
static MeritCandidate *
row_candidate (GListModel *model,
               guint       position)
{
  g_autoptr(MeritCandidateRow) row = g_list_model_get_item (model, position);

  return merit_candidate_row_get_candidate (row);
}

static void
test_list_search_sort (Fixture       *fixture,
                       gconstpointer  data)
{
  GListModel *model = list_model (fixture);
  GtkWidget *search = list_child (fixture, "search_entry");
  GtkWidget *column_view = list_child (fixture, "column_view");
  GtkColumnViewColumn *score_column = GTK_COLUMN_VIEW_COLUMN (list_child (fixture, "score_column"));
  g_autofree char *pseudonym = g_strdup (merit_candidate_get_pseudonym (row_candidate (model, 0)));
  CountWait wait = { model, N_DEMO };
  double previous = -2;
  g_autoptr(MeritCalibration) calibration = NULL;
  MeritMember *ingrid = merit_roster_lookup (merit_workspace_get_roster (workspace_of (fixture)),
                                             "ingrid");

  /* Every package of the workspace is a row. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_DEMO);

  /* Ctrl+F's action focuses the search entry; typing narrows the list. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL);
  iterate (20);
  g_assert_true (gtk_widget_has_focus (search) || gtk_widget_is_focus (gtk_widget_get_focus_child (search)));
  gtk_editable_set_text (GTK_EDITABLE (search), pseudonym);
  g_assert_true (wait_for (count_changed, &wait));
  iterate (100);
  g_assert_cmpuint (g_list_model_get_n_items (model), >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), <, N_DEMO);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      MeritCandidate *candidate = row_candidate (model, i);

      g_assert_nonnull (strstr (merit_candidate_get_pseudonym (candidate), pseudonym));
    }
  /* The count before clearing: filtering may finish before set_text() returns. */
  wait.n = g_list_model_get_n_items (model);
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  g_assert_true (wait_for (count_changed, &wait));
  iterate (100);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_DEMO);

  /* Sorting by the blind score column orders the rows by the calibrated score the person
   * may see; packages whose reviews Ingrid may not read yet sort as unscored. */
  g_assert_true (wait_for (calibrated, fixture));
  calibration = merit_calibration_new (G_LIST_MODEL (workspace_of (fixture)));
  gtk_column_view_sort_by_column (GTK_COLUMN_VIEW (column_view), score_column, GTK_SORT_ASCENDING);
  iterate (50);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      MeritCandidate *candidate = row_candidate (model, i);
      double score = merit_blind_may_see_reviews (candidate, ingrid)
                     ? merit_aggregate_blind_score (candidate, calibration, NULL) : -1;

      g_assert_cmpfloat (score, >=, previous);
      previous = score;
    }
  g_assert_cmpfloat (previous, >, 0);
}

static MeritCandidate *
find_candidate (Fixture  *fixture,
                gboolean (*match) (MeritCandidate *))
{
  GListModel *workspace = G_LIST_MODEL (workspace_of (fixture));

  for (guint i = 0; i < g_list_model_get_n_items (workspace); i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (workspace, i);

      if (match (candidate))
        return candidate;
    }
  return NULL;
}

static gboolean
awaits_ingrid (MeritCandidate *candidate)
{
  return merit_workflow_needs_review_by (candidate, "ingrid")
         && merit_workflow_count_submitted_reviews (candidate) > 0;
}

static gboolean
calibrated_after_committee (MeritCandidate *candidate)
{
  return merit_candidate_get_stage (candidate) > MERIT_STAGE_BLIND_REVIEW
         && merit_workflow_count_submitted_reviews (candidate) > 0;
}

static guint
position_of (GListModel     *model,
             MeritCandidate *candidate)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      if (row_candidate (model, i) == candidate)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static const char *
detail_row_subtitle (Fixture    *fixture,
                     const char *row)
{
  GtkWidget *detail = list_child (fixture, "detail");

  return adw_action_row_get_subtitle (ADW_ACTION_ROW (child (detail, G_OBJECT_TYPE (detail), row)));
}

/* The blind score column: calibrated with the raw mean beside it, and hidden from a reviewer
 * until their own review is in. */
static void
test_list_blind_score (Fixture       *fixture,
                       gconstpointer  data)
{
  GListModel *model = list_model (fixture);
  GtkWidget *column_view = list_child (fixture, "column_view");
  GtkColumnViewColumn *score_column = GTK_COLUMN_VIEW_COLUMN (list_child (fixture, "score_column"));
  MeritCandidate *pending = find_candidate (fixture, awaits_ingrid);
  MeritCandidate *decided = find_candidate (fixture, calibrated_after_committee);
  g_autoptr(MeritCalibration) calibration = merit_calibration_new (G_LIST_MODEL (workspace_of (fixture)));
  g_autofree char *expected = NULL;
  g_autofree char *calibrated_text = NULL;
  g_autofree char *raw_text = NULL;
  gboolean is_calibrated = FALSE;

  g_assert_nonnull (pending);
  g_assert_nonnull (decided);

  /* Highest first: the top rows are calibrated and say so. */
  gtk_column_view_sort_by_column (GTK_COLUMN_VIEW (column_view), score_column, GTK_SORT_DESCENDING);
  g_assert_true (wait_for (shows_raw_beside_calibrated, column_view));

  /* A package Ingrid has not reviewed yet shows no score, though others have scored it. */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (model), position_of (model, pending));
  iterate (50);
  g_assert_cmpstr (detail_row_subtitle (fixture, "score_row"), ==, "—");
  /* Nor is a reviewer offered a reveal, where the chair would be. */
  g_assert_false (gtk_widget_get_visible (child (list_child (fixture, "detail"),
                                                 MERIT_TYPE_CANDIDATE_DETAIL, "reveal_button")));

  /* One past blind review shows the calibrated and the raw mean. */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (model), position_of (model, decided));
  iterate (50);
  calibrated_text = g_strdup_printf ("%.1f", merit_aggregate_blind_score (decided, calibration,
                                                                         &is_calibrated));
  raw_text = g_strdup_printf ("%.1f", merit_aggregate_blind_score (decided, NULL, NULL));
  expected = is_calibrated ? g_strdup_printf ("%s · raw %s", calibrated_text, raw_text)
                           : g_strdup (raw_text);
  g_assert_cmpstr (detail_row_subtitle (fixture, "score_row"), ==, expected);
}

static gboolean
widget_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

/* Activates @widget as a key press would, once it is on screen: a pane or page is shown on
 * the next frame, and a button not shown yet ignores activation. */
static void
press (GtkWidget *widget)
{
  g_assert_true (wait_for (widget_mapped, widget));
  gtk_widget_activate (widget);
}

/* Toggle and check buttons both have an "active" property. */
static gboolean
toggle_active (gpointer data)
{
  gboolean active = FALSE;

  g_object_get (data, "active", &active, NULL);
  return active;
}



static gboolean
in_blind_review (MeritCandidate *candidate)
{
  return merit_candidate_get_stage (candidate) == MERIT_STAGE_BLIND_REVIEW;
}

static gboolean
hire_decided (MeritCandidate *candidate)
{
  return merit_committee_get_decision (merit_candidate_get_committee (candidate))
         == MERIT_DECISION_VALUE_HIRE;
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return find_message_dialog () != NULL;
}

static gboolean
dialog_gone (gpointer data)
{
  return find_message_dialog () == NULL;
}

static GtkWidget *
find_labelled_button (GtkWidget  *root,
                      const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_labelled_button (c, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Answers @dialog as a person does: with its button, which closes it. */
static void
click_response (AdwMessageDialog *dialog,
                const char       *label)
{
  GtkWidget *button = find_labelled_button (GTK_WIDGET (dialog), label);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  gtk_widget_activate (button);
  g_assert_true (wait_for (dialog_gone, NULL));
}

static gboolean
subtitle_is (gpointer data)
{
  const char * const *pair = data;
  Fixture *fixture = (Fixture *) pair[0];

  return g_strcmp0 (detail_row_subtitle (fixture, "identity_row"), pair[1]) == 0;
}

/* The chair reveals a candidate before the decision, with a reason that goes on record. */
static void
test_chair_reveals (Fixture       *fixture,
                    gconstpointer  data)
{
  GListModel *model = list_model (fixture);
  GtkWidget *detail = list_child (fixture, "detail");
  GtkWidget *button = child (detail, G_OBJECT_TYPE (detail), "reveal_button");
  MeritCandidate *candidate = find_candidate (fixture, in_blind_review);
  MeritCandidate *decided = find_candidate (fixture, hire_decided);
  AdwMessageDialog *dialog;
  GtkWidget *entry;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autofree char *decided_name = NULL;
  g_autofree char *xml = NULL;
  g_autoptr(GRegex) regex = NULL;

  g_assert_nonnull (candidate);
  g_assert_nonnull (decided);
  id = g_strdup (merit_candidate_get_id (candidate));
  /* The demo seals identities to the chair and the CEO: the window holds none in the clear. */
  g_assert_null (merit_candidate_get_identity (candidate));
  name = merit_test_dup_sealed_name (workspace_of (fixture), fixture->folder, id, "rafael");
  decided_name = merit_test_dup_sealed_name (workspace_of (fixture), fixture->folder,
                                             merit_candidate_get_id (decided), "rafael");

  /* After the decision the chair sees who it is, opened with the chair's own key, and there
   * is nothing to reveal. */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (model), position_of (model, decided));
  iterate (50);
  g_assert_false (gtk_widget_get_visible (button));
  g_assert_cmpstr (detail_row_subtitle (fixture, "identity_row"), ==, decided_name);
  g_assert_nonnull (merit_candidate_get_identity (decided));

  /* Before it, the identity is hidden and the chair has the button.  Activating the row
   * opens the detail, as a click or Enter would. */
  g_signal_emit_by_name (list_child (fixture, "column_view"), "activate",
                         position_of (model, candidate));
  iterate (100);
  g_assert_cmpstr (detail_row_subtitle (fixture, "identity_row"), !=, name);
  g_assert_true (wait_for (widget_mapped, button));
  press (button);
  g_assert_true (wait_for (dialog_shown, NULL));
  dialog = find_message_dialog ();
  entry = adw_message_dialog_get_extra_child (dialog);
  g_assert_true (GTK_IS_EDITABLE (entry));

  /* No reason, no reveal. */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "reveal"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "   ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "reveal"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Possible conflict of interest with a panel member");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "reveal"));
  click_response (dialog, "_Reveal Identity");
  g_assert_true (wait_for (subtitle_is, (const char *[]) { (const char *) fixture, name }));
  g_assert_false (gtk_widget_get_visible (button));

  /* On the record: who, when and why, in the package on disk. */
  xml = read_package (fixture, id);
  regex = g_regex_new ("<event [^>]*actor=\"rafael\"[^>]*action=\"reveal\"[^>]*>\\s*"
                       "<detail>Possible conflict of interest with a panel member</detail>",
                       0, 0, NULL);
  g_assert_true (g_regex_match (regex, xml, 0, NULL));
}

static gboolean
on_candidate_page (gpointer data)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (data), "candidate") == 0;
}

static gboolean
label_is (gpointer data)
{
  const char * const *pair = data;

  return g_strcmp0 (gtk_label_get_label (GTK_LABEL (pair[0])), pair[1]) == 0;
}

static gboolean
review_row_shows_score (gpointer data)
{
  gpointer *args = data;

  return merit_criterion_row_get_score (args[0]) == GPOINTER_TO_UINT (args[1]);
}

/* Chunked review as a reviewer works it: open it from the window, pick a role and a
 * criterion, score the first candidate, go on, come back; the score lands in the reviewer's
 * draft review on disk and in the normal review pane. */
static void
test_chunked_review (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *main_stack = child (fixture->window, MERIT_TYPE_WINDOW, "main_stack");
  GtkWidget *chunked;
  GtkWidget *stack;
  GtkWidget *role_row;
  GtkWidget *criterion_row;
  GtkWidget *progress;
  GtkWidget *pseudonym;
  GtkWidget *summary;
  GtkWidget *criterion_list;
  MeritWorkspace *workspace = workspace_of (fixture);
  GListModel *roles;
  const char *role = NULL;
  g_autoptr(GPtrArray) waiting = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) order = NULL;
  g_autofree char *expected_progress = NULL;
  g_autofree char *second_progress = NULL;
  g_autofree char *first_id = NULL;
  g_autofree char *first_name = NULL;
  g_autofree char *xml = NULL;
  g_autoptr(GRegex) regex = NULL;
  MeritCandidate *first;
  GtkWidget *row;
  GtkWidget *level3;
  GtkWidget *evidence;
  GtkWidget *pane;
  GtkWidget *queue_view;
  GtkWidget *criteria;
  GtkSingleSelection *queue;
  GtkWidget *excellence_row = NULL;

  /* Ctrl+Shift+R's action opens it on the choice of role and criterion. */
  g_assert_null (gtk_stack_get_child_by_name (GTK_STACK (main_stack), "chunked-review"));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.review-by-criterion", NULL);
  iterate (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (main_stack)), ==, "chunked-review");
  chunked = gtk_stack_get_child_by_name (GTK_STACK (main_stack), "chunked-review");
  g_assert_true (MERIT_IS_CHUNKED_REVIEW (chunked));
  stack = child (chunked, MERIT_TYPE_CHUNKED_REVIEW, "stack");
  role_row = child (chunked, MERIT_TYPE_CHUNKED_REVIEW, "role_row");
  criterion_row = child (chunked, MERIT_TYPE_CHUNKED_REVIEW, "criterion_row");
  progress = child (chunked, MERIT_TYPE_CHUNKED_REVIEW, "progress_label");
  pseudonym = child (chunked, MERIT_TYPE_CHUNKED_REVIEW, "pseudonym_label");
  summary = child (chunked, MERIT_TYPE_CHUNKED_REVIEW, "summary_label");
  criterion_list = child (chunked, MERIT_TYPE_CHUNKED_REVIEW, "criterion_list");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "setup");

  /* The role with the most packages waiting, and the second criterion. */
  roles = adw_combo_row_get_model (ADW_COMBO_ROW (role_row));
  g_assert_cmpuint (g_list_model_get_n_items (roles), >, 0);
  for (guint r = 0; r < g_list_model_get_n_items (roles); r++)
    {
      g_autoptr(GPtrArray) of_role = g_ptr_array_new_with_free_func (g_object_unref);
      const char *title = gtk_string_list_get_string (GTK_STRING_LIST (roles), r);

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (workspace)); i++)
        {
          g_autoptr(MeritCandidate) candidate = g_list_model_get_item (G_LIST_MODEL (workspace), i);

          if (merit_workflow_needs_review_by (candidate, "ingrid")
              && g_strcmp0 (merit_role_get_title (merit_candidate_get_role (candidate)), title) == 0)
            g_ptr_array_add (of_role, g_steal_pointer (&candidate));
        }
      if (of_role->len > waiting->len)
        {
          g_ptr_array_unref (waiting);
          waiting = g_steal_pointer (&of_role);
          role = title;
          adw_combo_row_set_selected (ADW_COMBO_ROW (role_row), r);
        }
    }
  adw_combo_row_set_selected (ADW_COMBO_ROW (criterion_row), 1);
  g_assert_cmpuint (waiting->len, >, 1);
  order = merit_review_order_shuffle (waiting, "ingrid", role,
                                      merit_workspace_get_review_salt (workspace));
  first = order->pdata[0];
  first_id = g_strdup (merit_candidate_get_id (first));
  first_name = merit_test_dup_sealed_name (workspace, fixture->folder, first_id, "rafael");

  /* A button activated from the keyboard shows as pressed for a moment, then clicks. */
  press (find_button (chunked, "chunk.start"));
  g_assert_true (wait_for (on_candidate_page, stack));
  expected_progress = g_strdup_printf ("1 of %u", waiting->len);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (progress)), ==, expected_progress);
  /* The reviewer's own order, and only the blind profile. */
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (pseudonym)), ==,
                   merit_candidate_get_pseudonym (first));
  g_assert_null (strstr (gtk_label_get_label (GTK_LABEL (summary)), first_name));
  g_assert_false (gtk_widget_is_sensitive (find_button (chunked, "chunk.previous")));

  /* Score it 3 with evidence, then Next. */
  row = gtk_widget_get_first_child (criterion_list);
  g_assert_true (MERIT_IS_CRITERION_ROW (row));
  g_assert_cmpstr (merit_criterion_row_get_criterion_id (MERIT_CRITERION_ROW (row)), ==, "excellence");
  level3 = child (row, MERIT_TYPE_CRITERION_ROW, "level3_button");
  evidence = child (row, MERIT_TYPE_CRITERION_ROW, "evidence_view");
  press (level3);
  g_assert_true (wait_for (toggle_active, level3));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (evidence)),
                            "Took the profiler to a slow query and halved it.", -1);
  press (find_button (chunked, "chunk.next"));
  second_progress = g_strdup_printf ("2 of %u", waiting->len);
  g_assert_true (wait_for (label_is, (const char *[]) { (const char *) progress, second_progress }));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (pseudonym)), ==,
                   merit_candidate_get_pseudonym (order->pdata[1]));
  g_assert_cmpuint (merit_criterion_row_get_score (MERIT_CRITERION_ROW (gtk_widget_get_first_child (criterion_list))), ==, 0);

  /* On disk: Ingrid's draft review of the first package holds the score and evidence. */
  xml = read_package (fixture, first_id);
  regex = g_regex_new ("<review [^>]*reviewer=\"ingrid\"[^>]*state=\"draft\"[^>]*>(?:(?!</review>).)*"
                       "<score criterion=\"excellence\" value=\"3\">Took the profiler to a slow "
                       "query and halved it.</score>", G_REGEX_DOTALL, 0, NULL);
  g_assert_true (g_regex_match (regex, xml, 0, NULL));

  /* Previous brings the page back as it was saved. */
  press (find_button (chunked, "chunk.previous"));
  g_assert_true (wait_for (label_is, (const char *[]) { (const char *) progress, expected_progress }));
  row = gtk_widget_get_first_child (criterion_list);
  g_assert_cmpuint (merit_criterion_row_get_score (MERIT_CRITERION_ROW (row)), ==, 3);

  /* Back to the review pane, which shows the draft score for that package. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.close-review-by-criterion", NULL);
  iterate (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (main_stack)), ==, "workspace");
  g_assert_null (gtk_stack_get_child_by_name (GTK_STACK (main_stack), "chunked-review"));
  pane = child (fixture->window, MERIT_TYPE_WINDOW, "review_pane");
  queue_view = child (pane, MERIT_TYPE_REVIEW_PANE, "queue_view");
  criteria = child (pane, MERIT_TYPE_REVIEW_PANE, "criteria_list");
  queue = GTK_SINGLE_SELECTION (gtk_list_view_get_model (GTK_LIST_VIEW (queue_view)));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (queue)); i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (G_LIST_MODEL (queue), i);

      if (g_strcmp0 (merit_candidate_get_id (candidate), first_id) == 0)
        gtk_single_selection_set_selected (queue, i);
    }
  iterate (50);
  for (GtkWidget *c = gtk_widget_get_first_child (criteria); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (g_strcmp0 (merit_criterion_row_get_criterion_id (MERIT_CRITERION_ROW (c)), "excellence") == 0)
      excellence_row = c;
  g_assert_nonnull (excellence_row);
  g_assert_true (wait_for (review_row_shows_score,
                           (gpointer[]) { excellence_row, GUINT_TO_POINTER (3) }));
}


typedef struct
{
  GtkSingleSelection *selection;
  const char         *id;
} QueueWait;

/* A saved decision moves the package out of the pane's queue. */
static gboolean
left_queue (gpointer data)
{
  QueueWait *wait = data;
  MeritCandidate *candidate = gtk_single_selection_get_selected_item (wait->selection);

  return candidate == NULL || g_strcmp0 (merit_candidate_get_id (candidate), wait->id) != 0;
}

/* Shows the pane @page of the window, whose widgets are built when it is first shown, and
 * returns it. */
static GtkWidget *
show_pane (Fixture    *fixture,
           const char *page,
           const char *pane_name)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-pane", "s", page);
  iterate (50);
  return child (fixture->window, MERIT_TYPE_WINDOW, pane_name);
}

static void
test_review_submit (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *pane = show_pane (fixture, "review", "review_pane");
  GtkWidget *queue_view = child (pane, MERIT_TYPE_REVIEW_PANE, "queue_view");
  GtkWidget *criteria = child (pane, MERIT_TYPE_REVIEW_PANE, "criteria_list");
  GtkSingleSelection *selection;
  MeritCandidate *candidate;
  g_autofree char *id = NULL;
  g_autofree char *xml = NULL;
  g_autoptr(GRegex) regex = NULL;
  GtkWidget *submit;
  guint n_rows = 0;

  selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (GTK_LIST_VIEW (queue_view)));
  candidate = gtk_single_selection_get_selected_item (selection);
  g_assert_nonnull (candidate);
  id = g_strdup (merit_candidate_get_id (candidate));
  g_assert_true (merit_workflow_needs_review_by (candidate, "ingrid"));

  for (GtkWidget *row = gtk_widget_get_first_child (criteria); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *level3 = child (row, MERIT_TYPE_CRITERION_ROW, "level3_button");
      GtkWidget *evidence = child (row, MERIT_TYPE_CRITERION_ROW, "evidence_view");

      /* Like a key press: the button shows as pressed, then clicks. */
      press (level3);
      g_assert_true (wait_for (toggle_active, level3));
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (evidence)),
                                "Shipped the storage layer on time with thorough tests.", -1);
      n_rows++;
    }
  g_assert_cmpuint (n_rows, ==, 6);

  submit = find_button (pane, "pane.submit");
  g_assert_nonnull (submit);
  g_assert_true (wait_for (widget_mapped, submit));
  press (submit);
  g_assert_true (wait_for (left_queue, &(QueueWait) { selection, id }));

  xml = read_package (fixture, id);
  regex = g_regex_new ("<review [^>]*reviewer=\"ingrid\"[^>]*state=\"submitted\"", 0, 0, NULL);
  g_assert_true (g_regex_match (regex, xml, 0, NULL));
  g_assert_nonnull (strstr (xml, "Shipped the storage layer on time with thorough tests."));
  /* The package left the reviewer's queue. */
  candidate = gtk_single_selection_get_selected_item (selection);
  g_assert_true (candidate == NULL || g_strcmp0 (merit_candidate_get_id (candidate), id) != 0);
}


static void
test_reviewer_no_approval (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *pane = show_pane (fixture, "approval", "approval_pane");
  GtkWidget *approve = find_button (pane, "pane.approve");
  GtkWidget *stack = child (pane, G_OBJECT_TYPE (pane), "stack");

  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "status");
  g_assert_nonnull (approve);
  g_assert_false (gtk_widget_get_mapped (approve));
  g_assert_false (gtk_widget_is_sensitive (approve));
}

static void
test_ceo_approves (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *pane = show_pane (fixture, "approval", "approval_pane");
  GtkWidget *queue_view = child (pane, G_OBJECT_TYPE (pane), "queue_view");
  GtkWidget *stack = child (pane, G_OBJECT_TYPE (pane), "stack");
  GtkWidget *comment = child (pane, G_OBJECT_TYPE (pane), "comment_view");
  GtkWidget *approve = find_button (pane, "pane.approve");
  GtkSingleSelection *selection;
  MeritCandidate *candidate;
  g_autofree char *id = NULL;
  g_autofree char *xml = NULL;
  g_autoptr(GRegex) regex = NULL;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "queue");
  selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (GTK_LIST_VIEW (queue_view)));
  candidate = gtk_single_selection_get_selected_item (selection);
  g_assert_nonnull (candidate);
  g_assert_cmpint (merit_candidate_get_stage (candidate), ==, MERIT_STAGE_CEO_REVIEW);
  id = g_strdup (merit_candidate_get_id (candidate));

  /* Oldest first. */
  for (guint i = 1; i < g_list_model_get_n_items (G_LIST_MODEL (selection)); i++)
    {
      g_autoptr(MeritCandidate) a = g_list_model_get_item (G_LIST_MODEL (selection), i - 1);
      g_autoptr(MeritCandidate) b = g_list_model_get_item (G_LIST_MODEL (selection), i);

      g_assert_cmpstr (merit_candidate_get_stage_since (a), <=, merit_candidate_get_stage_since (b));
    }

  g_assert_true (wait_for (widget_mapped, approve));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (comment)),
                            "Within band; go ahead.", -1);
  press (approve);
  g_assert_true (wait_for (left_queue, &(QueueWait) { selection, id }));

  xml = read_package (fixture, id);
  regex = g_regex_new ("<approval [^>]*approver=\"dana\"[^>]*decision=\"approved\"", 0, 0, NULL);
  g_assert_true (g_regex_match (regex, xml, 0, NULL));
  g_assert_nonnull (strstr (xml, "Within band; go ahead."));
}

/* The approval pane's reason dialog, once it is open. */
static AdwMessageDialog *
find_reason_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static gboolean
reason_dialog_open (gpointer data)
{
  return find_reason_dialog () != NULL;
}

static GtkTextBuffer *
reason_buffer (AdwMessageDialog *dialog)
{
  GtkWidget *frame = adw_message_dialog_get_extra_child (dialog);

  g_assert_true (GTK_IS_FRAME (frame));
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (gtk_frame_get_child (GTK_FRAME (frame))));
}

/* The approval the package file on disk records last, and its digest recomputed from the file. */
static void
assert_bound_approval (Fixture    *fixture,
                       const char *id,
                       const char *decision,
                       const char *comment)
{
  g_autofree char *xml = read_package (fixture, id);
  g_autofree char *pattern = g_strdup_printf ("<approval approver=\"dana\" decision=\"%s\" "
                                              "[^>]*digest=\"([0-9a-f]{64})\"", decision);
  g_autoptr(GRegex) regex = g_regex_new (pattern, 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(MeritCandidate) on_disk = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *digest = NULL;
  g_autofree char *recorded = NULL;
  g_autofree char *stage = g_strdup_printf ("stage=\"%s\"", decision);

  g_assert_true (g_regex_match (regex, xml, 0, &match));
  recorded = g_match_info_fetch (match, 1);
  bytes = g_bytes_new (xml, strlen (xml));
  on_disk = merit_package_read_bytes (bytes, id, id, &error);
  g_assert_no_error (error);
  digest = merit_digest_candidate (on_disk, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (recorded, ==, digest);
  g_assert_nonnull (strstr (xml, stage));
  if (comment != NULL)
    {
      g_autofree char *event = g_strdup_printf ("actor=\"dana\" action=\"stage\" from=\"ceo-review\" "
                                                "to=\"%s\"", decision);

      g_assert_nonnull (strstr (xml, event));
      g_assert_nonnull (strstr (strstr (xml, event), comment));
    }
}

static void
test_ceo_decides_queue (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *pane = show_pane (fixture, "approval", "approval_pane");
  GtkWidget *view_stack = child (fixture->window, MERIT_TYPE_WINDOW, "view_stack");
  GtkWidget *queue_view = child (pane, MERIT_TYPE_APPROVAL_PANE, "queue_view");
  GtkWidget *evidence = child (pane, MERIT_TYPE_APPROVAL_PANE, "evidence_view");
  GtkWidget *votes = child (pane, MERIT_TYPE_APPROVAL_PANE, "votes_list");
  GtkWidget *approve = find_button (pane, "pane.approve");
  GtkWidget *return_button = find_button (pane, "pane.return");
  GtkWidget *reject = find_button (pane, "pane.reject");
  GtkSingleSelection *selection;
  GListModel *queue;
  AdwMessageDialog *dialog;
  MeritCandidate *candidate;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *xml = NULL;
  guint n_waiting;
  gboolean saw_disagreement = FALSE;

  selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (GTK_LIST_VIEW (queue_view)));
  queue = G_LIST_MODEL (selection);
  n_waiting = g_list_model_get_n_items (queue);
  g_assert_cmpuint (n_waiting, >=, 3);
  g_assert_cmpuint (merit_approval_pane_get_n_waiting (MERIT_APPROVAL_PANE (pane)), ==, n_waiting);
  /* The CEO is told once the workspace has loaded. */
  g_assert_cmpuint (merit_window_get_approval_notice (fixture->window), ==, n_waiting);

  /* Oldest first, each shown with its evidence and every committee vote as a row. */
  for (guint i = 0; i < n_waiting; i++)
    {
      g_autoptr(MeritCandidate) item = g_list_model_get_item (queue, i);
      GtkWidget *row;
      guint n_rows = 0;

      g_assert_cmpint (merit_candidate_get_stage (item), ==, MERIT_STAGE_CEO_REVIEW);
      if (i > 0)
        {
          g_autoptr(MeritCandidate) before = g_list_model_get_item (queue, i - 1);

          g_assert_cmpstr (merit_candidate_get_stage_since (before), <=,
                           merit_candidate_get_stage_since (item));
        }
      gtk_single_selection_set_selected (selection, i);
      iterate (20);
      g_assert_true (merit_approval_pane_get_selected_candidate (MERIT_APPROVAL_PANE (pane)) == item);
      g_assert_cmpuint (merit_evidence_view_get_n_disagreements (MERIT_EVIDENCE_VIEW (evidence)) > 0,
                        ==, merit_aggregate_has_disagreement (item));
      saw_disagreement |= merit_aggregate_has_disagreement (item);
      for (row = gtk_widget_get_first_child (votes); row != NULL; row = gtk_widget_get_next_sibling (row))
        n_rows++;
      g_assert_cmpuint (n_rows, ==,
                        g_list_model_get_n_items (merit_committee_get_votes (merit_candidate_get_committee (item))));
      g_assert_cmpuint (n_rows, >, 0);
      g_assert_true (gtk_widget_is_sensitive (approve));
      g_assert_true (gtk_widget_is_sensitive (return_button));
      g_assert_true (gtk_widget_is_sensitive (reject));
    }
  g_assert_true (saw_disagreement);

  /* Approve the oldest through its button. */
  gtk_single_selection_set_selected (selection, 0);
  iterate (20);
  candidate = gtk_single_selection_get_selected_item (selection);
  first = g_strdup (merit_candidate_get_id (candidate));
  press (approve);
  g_assert_true (wait_for (left_queue, &(QueueWait) { selection, first }));
  assert_bound_approval (fixture, first, "approved", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (queue), ==, n_waiting - 1);
  /* The CEO is at work on the queue: the notification goes. */
  g_assert_cmpuint (merit_window_get_approval_notice (fixture->window), ==, 0);

  /* Return the next one: the dialog cannot be confirmed without a reason. */
  candidate = gtk_single_selection_get_selected_item (selection);
  g_assert_nonnull (candidate);
  second = g_strdup (merit_candidate_get_id (candidate));
  press (return_button);
  g_assert_true (wait_for (reason_dialog_open, NULL));
  dialog = find_reason_dialog ();
  g_assert_true (adw_message_dialog_has_response (dialog, "return"));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "return"));
  gtk_text_buffer_set_text (reason_buffer (dialog), "  \n ", -1);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "return"));
  /* Even forced, an empty reason records nothing. */
  adw_message_dialog_response (dialog, "return");
  iterate (100);
  xml = read_package (fixture, second);
  g_assert_nonnull (strstr (xml, "stage=\"ceo-review\""));
  g_assert_null (strstr (xml, "decision=\"returned\" "));
  g_clear_pointer (&xml, g_free);
  g_assert_true (merit_candidate_get_stage (candidate) == MERIT_STAGE_CEO_REVIEW);

  press (return_button);
  g_assert_true (wait_for (reason_dialog_open, NULL));
  dialog = find_reason_dialog ();
  gtk_text_buffer_set_text (reason_buffer (dialog), "Bring the base to the band midpoint.", -1);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "return"));
  adw_message_dialog_response (dialog, "return");
  g_assert_true (wait_for (left_queue, &(QueueWait) { selection, second }));
  assert_bound_approval (fixture, second, "returned", "Bring the base to the band midpoint.");
  g_assert_cmpuint (g_list_model_get_n_items (queue), ==, n_waiting - 2);
  g_assert_cmpuint (merit_approval_pane_get_n_waiting (MERIT_APPROVAL_PANE (pane)), ==, n_waiting - 2);

  /* The notification's action brings the approval pane forward. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-pane", "s", "list");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (view_stack)), ==, "list");
  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "show-pane",
                                  g_variant_new_string ("approval"));
  iterate (20);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (view_stack)), ==, "approval");
}

static void
test_ceo_prints_offer (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *pane = show_pane (fixture, "approval", "approval_pane");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("merit-print-XXXXXX", &error);
  g_autofree char *pdf = g_build_filename (dir, "offer.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *base = NULL;
  const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
  MeritCandidate *candidate;
  MeritOffer *offer;
  int status = 0;

  candidate = merit_approval_pane_get_selected_candidate (MERIT_APPROVAL_PANE (pane));
  g_assert_nonnull (candidate);
  offer = merit_candidate_get_offer (candidate);
  g_assert_nonnull (offer);
  g_assert_true (gtk_widget_is_sensitive (find_button (pane, "win.print-offer")));

  g_assert_cmpint (merit_window_print_offer (fixture->window, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                             pdf, &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (text, merit_candidate_get_pseudonym (candidate)));
  g_assert_nonnull (strstr (text, merit_offer_get_base (offer)));
  g_assert_nonnull (strstr (text, merit_offer_get_currency (offer)));
  g_assert_nonnull (strstr (text, "Blind evidence"));
  g_assert_cmpint (g_remove (pdf), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_chair_cannot_approve (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *pane = show_pane (fixture, "approval", "approval_pane");
  GtkWidget *approve = find_button (pane, "pane.approve");
  g_autoptr(GError) error = NULL;

  /* Packages wait, but not for the chair: no enabled decision, no notification, no print. */
  g_assert_cmpuint (merit_approval_pane_get_n_waiting (MERIT_APPROVAL_PANE (pane)), >, 0);
  g_assert_false (gtk_widget_is_sensitive (approve));
  g_assert_false (gtk_widget_is_sensitive (find_button (pane, "pane.return")));
  g_assert_false (gtk_widget_is_sensitive (find_button (pane, "pane.reject")));
  g_assert_false (gtk_widget_get_mapped (approve));
  g_assert_cmpuint (merit_window_get_approval_notice (fixture->window), ==, 0);
  gtk_widget_activate_action (pane, "pane.approve", NULL);
  iterate (50);
  g_assert_null (merit_approval_pane_get_selected_candidate (MERIT_APPROVAL_PANE (pane)));
  g_assert_cmpint (merit_window_print_offer (fixture->window, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                             "/nonexistent/offer.pdf", &error),
                   ==, GTK_PRINT_OPERATION_RESULT_ERROR);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/* The candidate detail shows the evidence to whoever may read the reviews, and to nobody else. */
static void
test_detail_evidence_blind (Fixture       *fixture,
                            gconstpointer  data)
{
  GListModel *model = list_model (fixture);
  GtkWidget *detail = list_child (fixture, "detail");
  GtkWidget *evidence = child (detail, G_OBJECT_TYPE (detail), "evidence_view");
  gboolean saw_hidden = FALSE, saw_shown = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      MeritCandidate *candidate = row_candidate (model, i);
      MeritReview *own = merit_candidate_find_review (candidate, "ingrid");
      gboolean blind = merit_candidate_get_stage (candidate) == MERIT_STAGE_BLIND_REVIEW
                       && merit_workflow_count_submitted_reviews (candidate) > 0;
      gboolean submitted = own != NULL
                           && merit_review_get_state (own) == MERIT_REVIEW_STATE_SUBMITTED;

      if (merit_candidate_get_broken_reason (candidate) != NULL
          || !(blind || merit_candidate_get_stage (candidate) == MERIT_STAGE_CEO_REVIEW))
        continue;
      gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (model), i);
      iterate (20);
      if (blind && !submitted)
        {
          /* Others have submitted, ingrid has not: she must not see their scores. */
          g_assert_false (gtk_widget_get_visible (evidence));
          g_assert_cmpuint (merit_evidence_view_get_n_disagreements (MERIT_EVIDENCE_VIEW (evidence)),
                            ==, 0);
          saw_hidden = TRUE;
        }
      else
        {
          g_assert_true (gtk_widget_get_visible (evidence));
          g_assert_cmpuint (merit_evidence_view_get_n_disagreements (MERIT_EVIDENCE_VIEW (evidence)) > 0,
                            ==, merit_aggregate_has_disagreement (candidate));
          saw_shown = TRUE;
        }
    }
  g_assert_true (saw_hidden);
  g_assert_true (saw_shown);
}

static gboolean
on_workspace_page (gpointer data)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (data), "workspace") == 0;
}

static void
test_unknown_person (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *stack = child (fixture->window, MERIT_TYPE_WINDOW, "main_stack");
  GtkWidget *who = child (fixture->window, MERIT_TYPE_WINDOW, "who_dropdown");
  g_autofree char *member = NULL;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "who");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (who), 0);
  press (find_button (gtk_stack_get_child_by_name (GTK_STACK (stack), "who"),
                     "win.confirm-person"));
  g_assert_true (wait_for (on_workspace_page, stack));
  member = g_settings_get_string (fixture->settings, "current-member");
  g_assert_cmpstr (member, ==, "dana");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "workspace");
}

static gboolean
on_who_page (gpointer data)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (data), "who") == 0;
}

static gboolean
window_loaded (gpointer data)
{
  GtkWidget *list_view = child (data, MERIT_TYPE_WINDOW, "list_view");
  MeritWorkspaceStore *store = merit_candidate_list_view_get_store (MERIT_CANDIDATE_LIST_VIEW (list_view));

  return store != NULL && !merit_workspace_store_get_loading (store);
}

/* Answers "Who Are You?" with the first person of the roster, as a person does; returns
 * their name. */
static const char *
answer_who (MeritWindow *window)
{
  GtkWidget *stack = child (window, MERIT_TYPE_WINDOW, "main_stack");
  GtkWidget *who = child (window, MERIT_TYPE_WINDOW, "who_dropdown");
  GtkWidget *button;
  MeritMember *member;

  gtk_drop_down_set_selected (GTK_DROP_DOWN (who), 0);
  member = gtk_drop_down_get_selected_item (GTK_DROP_DOWN (who));
  g_assert_nonnull (member);
  button = find_button (gtk_stack_get_child_by_name (GTK_STACK (stack), "who"),
                       "win.confirm-person");
  g_assert_true (wait_for (widget_mapped, button));
  g_assert_true (gtk_widget_is_sensitive (button));
  /* A click: the button's keyboard activation would wait a moment before it acts. */
  g_signal_emit_by_name (button, "clicked");
  return merit_member_get_name (member);
}

/* Opens @folder in a new window with no person chosen on this desktop. */
static MeritWindow *
open_as_nobody (GSettings *settings,
                GFile     *folder)
{
  MeritWindow *window;

  g_settings_set_string (settings, "current-member", "");
  window = g_object_ref_sink (merit_window_new (application));
  gtk_window_present (GTK_WINDOW (window));
  merit_window_open_workspace (window, folder);
  return window;
}

/* Waits for "Confirm the CEO's Key" and closes it, as with Escape. */
static void
close_key_dialog (void)
{
  AdwMessageDialog *dialog;

  g_assert_true (wait_for (dialog_shown, NULL));
  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Confirm the CEO’s Key");
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (wait_for (dialog_gone, NULL));
}

/* A workspace this desktop has not pinned the CEO key of, opened by nobody yet: the person
 * chosen while the packages still load is shown at once, and the key is asked about only
 * once "Who Are You?" is answered, even when the load ended before. */
static void
test_person_while_loading (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *made = g_dir_make_tmp ("merit-who-XXXXXX", &error);
  g_autofree char *folder_path = g_strconcat (made, "-moved", NULL);
  g_autoptr(GFile) made_folder = g_file_new_for_path (made);
  g_autoptr(GFile) folder = g_file_new_for_path (folder_path);
  MeritWindow *window;
  GtkWidget *stack, *name_label;
  const char *name;

  /* The demo pins the key for its own folder; moved, the folder is one the desktop has not
   * pinned. */
  g_assert_true (merit_demo_create (made_folder, 2000, TRUE, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_rename (made, folder_path), ==, 0);

  window = open_as_nobody (settings, folder);
  stack = child (window, MERIT_TYPE_WINDOW, "main_stack");
  name_label = child (window, MERIT_TYPE_WINDOW, "person_name_label");
  g_assert_true (wait_for (on_who_page, stack));
  g_assert_false (window_loaded (window));
  name = answer_who (window);
  g_assert_false (window_loaded (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "workspace");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (name_label)), ==, name);
  g_assert_null (find_message_dialog ());
  g_assert_true (wait_for (window_loaded, window));
  close_key_dialog ();
  destroy_and_finalize (window);

  /* This time the load ends first. */
  window = open_as_nobody (settings, folder);
  stack = child (window, MERIT_TYPE_WINDOW, "main_stack");
  g_assert_true (wait_for (window_loaded, window));
  iterate (200);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "who");
  g_assert_null (find_message_dialog ());
  answer_who (window);
  close_key_dialog ();
  destroy_and_finalize (window);

  merit_test_remove_tree (folder_path);
}

static char *roster_key (const char *workspace_xml,
                         const char *member);

static void
test_first_run (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder_path = g_dir_make_tmp ("merit-first-run-XXXXXX", &error);
  g_autofree char *workspace_path = g_build_filename (folder_path, "workspace.xml", NULL);
  g_autofree char *member = NULL;
  g_autoptr(GFile) folder = g_file_new_for_path (folder_path);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  MeritWindow *window;
  GtkWidget *stack, *page;

  window = g_object_ref_sink (merit_window_new (application));
  gtk_window_present (GTK_WINDOW (window));
  merit_window_open_workspace (window, folder);
  iterate (50);
  stack = child (window, MERIT_TYPE_WINDOW, "main_stack");
  page = child (window, MERIT_TYPE_WINDOW, "first_run_page");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "first-run");

  gtk_editable_set_text (GTK_EDITABLE (child (page, G_OBJECT_TYPE (page), "name_row")),
                         "Zoë Ångström");
  press (child (page, G_OBJECT_TYPE (page), "reviewer_check"));
  press (child (page, G_OBJECT_TYPE (page), "chair_check"));
  g_assert_true (wait_for (toggle_active, child (page, G_OBJECT_TYPE (page), "chair_check")));
  press (find_button (page, "win.create-workspace"));
  g_assert_true (wait_for (on_workspace_page, stack));

  g_assert_true (g_file_test (workspace_path, G_FILE_TEST_IS_REGULAR));
  /* The first-run page made the person's key: public in the roster, private at home. */
  {
    g_autofree char *text = merit_test_read_file (workspace_path, NULL);
    g_autofree char *key = roster_key (text, "zoe-angstrom");
    g_autofree char *key_path = merit_key_dup_path (key);
    GStatBuf st;

    g_assert_cmpint (g_stat (key_path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
    g_assert_nonnull (strstr (text, "<signature "));
  }
  member = g_settings_get_string (settings, "current-member");
  g_assert_cmpstr (member, ==, "zoe-angstrom");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "workspace");

  destroy_and_finalize (window);
  merit_test_remove_tree (folder_path);
}

typedef struct
{
  GSettings  *settings;
  const char *path;
} LastWorkspace;

static gboolean
is_last_workspace (gpointer data)
{
  LastWorkspace *last = data;
  g_autofree char *value = g_settings_get_string (last->settings, "last-workspace");

  return g_str_equal (value, last->path);
}

/* The application starts reading the packages before it builds the window: the window shows
 * them, and the end of the load reaches it (the workspace's name in the title, the folder
 * remembered); a folder without a workspace still gets the first-run page. */
static void
test_preload (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) empty = NULL;
  g_autofree char *empty_path = NULL;
  Fixture fixture = { 0 };
  LastWorkspace last = { settings, NULL };
  MeritWindowPreload *preload;
  MeritWindow *window;
  GtkWidget *title;

  fixture.folder = g_dir_make_tmp ("merit-preload-XXXXXX", &error);
  g_assert_no_error (error);
  folder = g_file_new_for_path (fixture.folder);
  g_assert_true (merit_demo_create (folder, N_DEMO, TRUE, 1, &error));
  g_assert_no_error (error);
  g_settings_set_string (settings, "last-workspace", "");
  g_settings_set_string (settings, "current-member", "ingrid");

  preload = merit_window_preload (folder);
  fixture.window = g_object_ref_sink (merit_window_new (application));
  merit_window_open_preloaded (fixture.window, preload);
  gtk_window_present (GTK_WINDOW (fixture.window));
  g_assert_true (wait_for (all_loaded, &fixture));
  last.path = fixture.folder;
  g_assert_true (wait_for (is_last_workspace, &last));
  title = child (fixture.window, MERIT_TYPE_WINDOW, "switcher_title");
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (ADW_VIEW_SWITCHER_TITLE (title)), ==,
                   merit_workspace_get_name (workspace_of (&fixture)));
  destroy_and_finalize (g_steal_pointer (&fixture.window));

  empty_path = g_dir_make_tmp ("merit-preload-empty-XXXXXX", &error);
  g_assert_no_error (error);
  empty = g_file_new_for_path (empty_path);
  preload = merit_window_preload (empty);
  window = g_object_ref_sink (merit_window_new (application));
  merit_window_open_preloaded (window, preload);
  gtk_window_present (GTK_WINDOW (window));
  iterate (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (window, MERIT_TYPE_WINDOW, "main_stack"))),
                   ==, "first-run");
  destroy_and_finalize (window);

  merit_test_remove_tree (empty_path);
  merit_test_remove_tree (fixture.folder);
  g_free (fixture.folder);
}

/* The public key of @member in the roster text @workspace_xml. */
static char *
roster_key (const char *workspace_xml,
            const char *member)
{
  g_autofree char *marker = g_strdup_printf ("<member id=\"%s\"", member);
  const char *start = strstr (workspace_xml, marker);
  const char *key = start != NULL ? strstr (start, "public-key=\"") : NULL;

  g_assert_nonnull (key);
  key += strlen ("public-key=\"");
  return g_strndup (key, strchr (key, '"') - key);
}

static gboolean
revealed (gpointer data)
{
  return gtk_revealer_get_reveal_child (data);
}

static gboolean
not_revealed (gpointer data)
{
  return !gtk_revealer_get_reveal_child (data);
}

/* A roster whose CEO key is not the pinned one raises the warning; comparing the keys and
 * pinning the new one clears it. */
static void
test_changed_ceo_key (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder_path = g_dir_make_tmp ("merit-trust-XXXXXX", &error);
  g_autofree char *workspace_path = g_build_filename (folder_path, "workspace.xml", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (folder_path);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *text = NULL;
  g_autofree char *dana = NULL;
  g_autofree char *mei = NULL;
  g_autofree char *old_attr = NULL;
  g_autofree char *new_attr = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *pinned = NULL;
  AdwMessageDialog *dialog;
  MeritWindow *window;
  GtkWidget *banner;

  g_assert_true (merit_demo_create (folder, 12, TRUE, 4, &error));
  g_assert_no_error (error);
  text = merit_test_read_file (workspace_path, NULL);
  dana = roster_key (text, "dana");
  mei = roster_key (text, "mei");
  old_attr = g_strdup_printf ("public-key=\"%s\"", dana);
  new_attr = g_strdup_printf ("public-key=\"%s\"", mei);
  changed = merit_test_replace_once (text, old_attr, new_attr);
  merit_test_write_file (workspace_path, changed, -1);

  g_settings_set_string (settings, "current-member", "rafael");
  window = g_object_ref_sink (merit_window_new (application));
  gtk_window_present (GTK_WINDOW (window));
  merit_window_open_workspace (window, folder);
  banner = child (window, MERIT_TYPE_WINDOW, "trust_banner");
  g_assert_true (wait_for (revealed, banner));
  g_assert_true (gtk_widget_get_visible (banner));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.compare-keys", NULL);
  g_assert_true (wait_for (dialog_shown, NULL));
  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Compare the CEO’s Keys");
  adw_message_dialog_response (dialog, "pin");
  g_assert_true (wait_for (not_revealed, banner));
  pinned = merit_trust_dup_pin (folder);
  g_assert_cmpstr (pinned, ==, mei);

  destroy_and_finalize (window);
  merit_test_remove_tree (folder_path);
}

static gboolean
approved_with_approval (MeritCandidate *candidate)
{
  return merit_candidate_get_stage (candidate) == MERIT_STAGE_APPROVED
         && g_list_model_get_n_items (merit_candidate_get_approvals (candidate)) > 0;
}

/* A member without the CEO's key puts their own signature on an approval by editing the file:
 * the detail says the approval is not trusted, where a genuine one says it is signed. */
static void
test_forged_approval (Fixture       *fixture,
                      gconstpointer  data)
{
  GListModel *model = list_model (fixture);
  GtkWidget *detail = list_child (fixture, "detail");
  MeritCandidate *genuine = find_candidate (fixture, approved_with_approval);
  g_autofree char *id = NULL;
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *forged = NULL;
  g_autofree char *approval_signature = NULL;
  g_autofree char *member_signature = NULL;
  g_autoptr(GRegex) approval_regex = NULL;
  g_autoptr(GRegex) member_regex = NULL;
  g_autoptr(GMatchInfo) approval_match = NULL;
  g_autoptr(GMatchInfo) member_match = NULL;
  g_autoptr(GError) error = NULL;
  MeritCandidate *candidate;

  g_assert_nonnull (genuine);
  id = g_strdup (merit_candidate_get_id (genuine));

  /* The genuine approval counts. */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (model), position_of (model, genuine));
  iterate (50);
  g_assert_true (g_str_has_suffix (detail_row_subtitle (fixture, "approval_row"),
                                   "signed by the CEO"));
  g_assert_false (gtk_widget_get_visible (child (detail, MERIT_TYPE_CANDIDATE_DETAIL, "trust_box")));
  g_assert_true (g_str_has_prefix (detail_row_subtitle (fixture, "record_row"), "Verified"));

  /* Rafael's signature of one of his events, with his key, replaces the CEO's. */
  text = read_package (fixture, id);
  approval_regex = g_regex_new ("<approval .*?(<signature key=\"[0-9a-f]{64}\" "
                                "algorithm=\"ed25519\">[^<]+</signature>)", G_REGEX_DOTALL, 0,
                                NULL);
  member_regex = g_regex_new ("actor=\"rafael\".*?(<signature key=\"[0-9a-f]{64}\" "
                              "algorithm=\"ed25519\">[^<]+</signature>)", G_REGEX_DOTALL, 0,
                              NULL);
  g_assert_true (g_regex_match (approval_regex, text, 0, &approval_match));
  g_assert_true (g_regex_match (member_regex, text, 0, &member_match));
  approval_signature = g_match_info_fetch (approval_match, 1);
  member_signature = g_match_info_fetch (member_match, 1);
  g_assert_cmpstr (approval_signature, !=, member_signature);
  forged = merit_test_replace_once (text, approval_signature, member_signature);
  file_name = g_strconcat (id, ".xml", NULL);
  path = g_build_filename (fixture->folder, "packages", file_name, NULL);
  merit_test_write_file (path, forged, -1);

  candidate = merit_workspace_store_reload_candidate (
    merit_candidate_list_view_get_store (MERIT_CANDIDATE_LIST_VIEW (child (fixture->window,
                                                                           MERIT_TYPE_WINDOW,
                                                                           "list_view"))),
    id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (candidate);
  /* The list shows the package as read again. */
  iterate (100);
  g_assert_cmpuint (position_of (model, candidate), !=, GTK_INVALID_LIST_POSITION);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (model), position_of (model, candidate));
  iterate (50);
  g_assert_true (gtk_widget_get_visible (child (detail, MERIT_TYPE_CANDIDATE_DETAIL, "trust_box")));
  g_assert_nonnull (strstr (gtk_label_get_label (child (detail, MERIT_TYPE_CANDIDATE_DETAIL,
                                                        "trust_label")),
                            "not the CEO"));
  g_assert_true (g_str_has_prefix (detail_row_subtitle (fixture, "approval_row"), "Untrusted"));
  g_assert_true (g_str_has_prefix (detail_row_subtitle (fixture, "record_row"), "Broken"));
  g_assert_true (gtk_widget_has_css_class (child (detail, MERIT_TYPE_CANDIDATE_DETAIL,
                                                  "approval_row"), "error"));
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
  application = g_object_new (MERIT_TYPE_APPLICATION,
                              "flags", G_APPLICATION_NON_UNIQUE,
                              "resource-base-path", "/org/merit/Merit",
                              NULL);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);

  g_test_add ("/window/list/search-sort", Fixture, "ingrid",
              fixture_set_up, test_list_search_sort, fixture_tear_down);
  g_test_add ("/window/list/blind-score", Fixture, "ingrid",
              fixture_set_up, test_list_blind_score, fixture_tear_down);
  g_test_add ("/window/list/chair-reveals", Fixture, "rafael",
              fixture_set_up, test_chair_reveals, fixture_tear_down);
  g_test_add ("/window/review/by-criterion", Fixture, "ingrid",
              fixture_set_up, test_chunked_review, fixture_tear_down);
  g_test_add ("/window/review/submit", Fixture, "ingrid",
              fixture_set_up, test_review_submit, fixture_tear_down);
  g_test_add ("/window/approval/reviewer-sees-no-actions", Fixture, "ingrid",
              fixture_set_up, test_reviewer_no_approval, fixture_tear_down);
  g_test_add ("/window/approval/ceo-approves", Fixture, "dana",
              fixture_set_up, test_ceo_approves, fixture_tear_down);
  g_test_add ("/window/approval/ceo-decides-queue", Fixture, "dana",
              fixture_set_up, test_ceo_decides_queue, fixture_tear_down);
  g_test_add ("/window/approval/print-offer", Fixture, "dana",
              fixture_set_up, test_ceo_prints_offer, fixture_tear_down);
  g_test_add ("/window/approval/chair-cannot-approve", Fixture, "rafael",
              fixture_set_up, test_chair_cannot_approve, fixture_tear_down);
  g_test_add ("/window/list/detail-evidence-blind", Fixture, "ingrid",
              fixture_set_up, test_detail_evidence_blind, fixture_tear_down);
  g_test_add ("/window/shell/unknown-person", Fixture, "nobody",
              fixture_set_up, test_unknown_person, fixture_tear_down);
  g_test_add ("/window/trust/forged-approval", Fixture, "rafael",
              fixture_set_up, test_forged_approval, fixture_tear_down);
  g_test_add_func ("/window/shell/first-run", test_first_run);
  g_test_add_func ("/window/shell/preload", test_preload);
  g_test_add_func ("/window/shell/person-while-loading", test_person_while_loading);
  g_test_add_func ("/window/trust/changed-ceo-key", test_changed_ceo_key);
  status = g_test_run ();
  g_clear_object (&application);
  return status;
}
