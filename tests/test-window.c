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

#include "merit-application.h"
#include "merit-criterion-row.h"
#include "merit-demo.h"
#include "merit-keys.h"
#include "merit-model.h"
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

/* The filter and sort models work incrementally; wait until both are done. */
static gboolean
settled (GListModel *model)
{
  GtkSortListModel *sorted = GTK_SORT_LIST_MODEL (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (model)));
  GtkFilterListModel *filtered = GTK_FILTER_LIST_MODEL (gtk_sort_list_model_get_model (sorted));

  return gtk_sort_list_model_get_pending (sorted) == 0
         && gtk_filter_list_model_get_pending (filtered) == 0;
}

static gboolean
count_changed (gpointer data)
{
  CountWait *wait = data;

  return settled (wait->model) && g_list_model_get_n_items (wait->model) != wait->n;
}

static gboolean
sort_done (gpointer data)
{
  return settled (data);
}

static void
test_list_search_sort (Fixture       *fixture,
                       gconstpointer  data)
{
  GListModel *model = list_model (fixture);
  GtkWidget *search = list_child (fixture, "search_entry");
  GtkWidget *column_view = list_child (fixture, "column_view");
  GtkColumnViewColumn *score_column = GTK_COLUMN_VIEW_COLUMN (list_child (fixture, "score_column"));
  g_autoptr(MeritCandidate) first = g_list_model_get_item (model, 0);
  g_autofree char *pseudonym = g_strdup (merit_candidate_get_pseudonym (first));
  CountWait wait = { model, N_DEMO };
  double previous = -2;

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
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (model, i);

      g_assert_nonnull (strstr (merit_candidate_get_pseudonym (candidate), pseudonym));
    }
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  wait.n = g_list_model_get_n_items (model);
  g_assert_true (wait_for (count_changed, &wait));
  iterate (100);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_DEMO);

  /* Sorting by the blind score column orders the rows by score. */
  gtk_column_view_sort_by_column (GTK_COLUMN_VIEW (column_view), score_column, GTK_SORT_ASCENDING);
  g_assert_true (wait_for (sort_done, model));
  iterate (50);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (model, i);
      double score = merit_candidate_get_blind_score (candidate);

      g_assert_cmpfloat (score, >=, previous);
      previous = score;
    }
  g_assert_cmpfloat (previous, >, 0);
}

/* Toggle and check buttons both have an "active" property. */
static gboolean
toggle_active (gpointer data)
{
  gboolean active = FALSE;

  g_object_get (data, "active", &active, NULL);
  return active;
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

static void
test_review_submit (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *pane = child (fixture->window, MERIT_TYPE_WINDOW, "review_pane");
  GtkWidget *queue_view = child (pane, MERIT_TYPE_REVIEW_PANE, "queue_view");
  GtkWidget *criteria = child (pane, MERIT_TYPE_REVIEW_PANE, "criteria_list");
  GtkSingleSelection *selection;
  MeritCandidate *candidate;
  g_autofree char *id = NULL;
  g_autofree char *xml = NULL;
  g_autoptr(GRegex) regex = NULL;
  GtkWidget *submit;
  guint n_rows = 0;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-pane", "s", "review");
  iterate (50);
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
      gtk_widget_activate (level3);
      g_assert_true (wait_for (toggle_active, level3));
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (evidence)),
                                "Shipped the storage layer on time with thorough tests.", -1);
      n_rows++;
    }
  g_assert_cmpuint (n_rows, ==, 6);

  submit = find_button (pane, "pane.submit");
  g_assert_nonnull (submit);
  g_assert_true (gtk_widget_get_mapped (submit));
  gtk_widget_activate (submit);
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
  GtkWidget *pane = child (fixture->window, MERIT_TYPE_WINDOW, "approval_pane");
  GtkWidget *approve = find_button (pane, "pane.approve");
  GtkWidget *stack = child (pane, G_OBJECT_TYPE (pane), "stack");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-pane", "s", "approval");
  iterate (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "status");
  g_assert_nonnull (approve);
  g_assert_false (gtk_widget_get_mapped (approve));
  g_assert_false (gtk_widget_is_sensitive (approve));
}

static void
test_ceo_approves (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *pane = child (fixture->window, MERIT_TYPE_WINDOW, "approval_pane");
  GtkWidget *queue_view = child (pane, G_OBJECT_TYPE (pane), "queue_view");
  GtkWidget *stack = child (pane, G_OBJECT_TYPE (pane), "stack");
  GtkWidget *comment = child (pane, G_OBJECT_TYPE (pane), "comment_view");
  GtkWidget *approve = find_button (pane, "pane.approve");
  GtkSingleSelection *selection;
  MeritCandidate *candidate;
  g_autofree char *id = NULL;
  g_autofree char *xml = NULL;
  g_autoptr(GRegex) regex = NULL;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-pane", "s", "approval");
  iterate (50);
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

  g_assert_true (gtk_widget_get_mapped (approve));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (comment)),
                            "Within band; go ahead.", -1);
  gtk_widget_activate (approve);
  g_assert_true (wait_for (left_queue, &(QueueWait) { selection, id }));

  xml = read_package (fixture, id);
  regex = g_regex_new ("<approval [^>]*approver=\"dana\"[^>]*decision=\"approved\"", 0, 0, NULL);
  g_assert_true (g_regex_match (regex, xml, 0, NULL));
  g_assert_nonnull (strstr (xml, "Within band; go ahead."));
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
  gtk_widget_activate (find_button (gtk_stack_get_child_by_name (GTK_STACK (stack), "who"),
                                    "win.confirm-person"));
  g_assert_true (wait_for (on_workspace_page, stack));
  member = g_settings_get_string (fixture->settings, "current-member");
  g_assert_cmpstr (member, ==, "dana");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "workspace");
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
  gtk_widget_activate (child (page, G_OBJECT_TYPE (page), "reviewer_check"));
  gtk_widget_activate (child (page, G_OBJECT_TYPE (page), "chair_check"));
  g_assert_true (wait_for (toggle_active, child (page, G_OBJECT_TYPE (page), "chair_check")));
  gtk_widget_activate (find_button (page, "win.create-workspace"));
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

static AdwMessageDialog *
find_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return find_dialog () != NULL;
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
  dialog = find_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Compare the CEO’s Keys");
  adw_message_dialog_response (dialog, "pin");
  g_assert_true (wait_for (not_revealed, banner));
  pinned = merit_trust_dup_pin (folder);
  g_assert_cmpstr (pinned, ==, mei);

  destroy_and_finalize (window);
  merit_test_remove_tree (folder_path);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  application = g_object_new (MERIT_TYPE_APPLICATION,
                              "flags", G_APPLICATION_NON_UNIQUE,
                              "resource-base-path", "/org/merit/Merit",
                              NULL);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);

  g_test_add ("/window/list/search-sort", Fixture, "ingrid",
              fixture_set_up, test_list_search_sort, fixture_tear_down);
  g_test_add ("/window/review/submit", Fixture, "ingrid",
              fixture_set_up, test_review_submit, fixture_tear_down);
  g_test_add ("/window/approval/reviewer-sees-no-actions", Fixture, "ingrid",
              fixture_set_up, test_reviewer_no_approval, fixture_tear_down);
  g_test_add ("/window/approval/ceo-approves", Fixture, "dana",
              fixture_set_up, test_ceo_approves, fixture_tear_down);
  g_test_add ("/window/shell/unknown-person", Fixture, "nobody",
              fixture_set_up, test_unknown_person, fixture_tear_down);
  g_test_add_func ("/window/shell/first-run", test_first_run);
  g_test_add_func ("/window/trust/changed-ceo-key", test_changed_ceo_key);
  status = g_test_run ();
  g_clear_object (&application);
  return status;
}
