/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-window-interchange.c: Import… and Export… of the main window.
 *
 * The tests drive win.import-files and win.export-to, the actions the file choosers end in,
 * on a demo workspace in a temporary folder: several files imported at once (JSON Resume
 * samples, a Greenhouse export, a malformed file and a second copy of one person), the
 * summary's counts and rows, the list, the files on disk; then the CSV and JSON reports,
 * blind and with identities, and the rule that only the chair or the CEO gets identities.
 *
 * With MERIT_SCREENSHOT_DIR set, one more test takes screenshots of the progress (a batch of
 * 300 generated résumés), the summary and the export dialog, in the language of the
 * environment (LANGUAGE=de with MERIT_LOCALEDIR pointing at the build tree's catalogue).
 */

#include "config.h"

#include <string.h>
#include <locale.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <adwaita.h>

#include "merit-application.h"
#include "merit-demo.h"
#include "merit-export-dialog.h"
#include "merit-import-dialog.h"
#include "merit-model.h"
#include "merit-test-utils.h"
#include "merit-window.h"

#define N_DEMO 20

static MeritApplication *application;

typedef struct
{
  char             *folder;
  char             *scratch;
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
  gint64 end = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;

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

static GListModel *
list_model (Fixture *fixture)
{
  GtkWidget *list_view = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (fixture->window),
                                                                    MERIT_TYPE_WINDOW, "list_view"));
  GObject *column_view = gtk_widget_get_template_child (list_view, G_OBJECT_TYPE (list_view),
                                                        "column_view");

  return G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view)));
}

static guint
n_rows (Fixture *fixture)
{
  return g_list_model_get_n_items (list_model (fixture));
}

typedef struct
{
  Fixture *fixture;
  guint    n;
} RowsWait;

static gboolean
has_rows (gpointer data)
{
  RowsWait *wait = data;

  return n_rows (wait->fixture) == wait->n;
}

/* The list filters and sorts incrementally: give it time to show @n rows. */
static gboolean
wait_rows (Fixture *fixture,
           guint    n)
{
  RowsWait wait = { fixture, n };

  return wait_for (has_rows, &wait);
}

static gboolean
all_loaded (gpointer data)
{
  return n_rows (data) == N_DEMO;
}

/* The first visible toplevel of @type, or %NULL. */
static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static void
destroy_toplevels (GType type)
{
  GtkWindow *window;

  while ((window = find_toplevel (type)) != NULL)
    gtk_window_destroy (window);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;

  fixture->folder = g_dir_make_tmp ("merit-interchange-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->scratch = g_dir_make_tmp ("merit-interchange-files-XXXXXX", &error);
  g_assert_no_error (error);
  folder = g_file_new_for_path (fixture->folder);
  g_assert_true (merit_demo_create (folder, N_DEMO, TRUE, 1, &error));
  g_assert_no_error (error);

  fixture->settings = g_settings_new (APP_ID);
  /* Resizing a mapped window without a window manager stops its redraws: size it first. */
  if (g_getenv ("MERIT_SCREENSHOT_DIR") != NULL)
    {
      g_settings_set_int (fixture->settings, "window-width", 1280);
      g_settings_set_int (fixture->settings, "window-height", 800);
    }
  g_settings_set_string (fixture->settings, "current-member", data);
  fixture->window = g_object_ref_sink (merit_window_new (application));
  gtk_window_present (GTK_WINDOW (fixture->window));
  merit_window_open_workspace (fixture->window, folder);
  g_assert_true (wait_for (all_loaded, fixture));
  iterate (100);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gpointer weak = fixture->window;

  destroy_toplevels (ADW_TYPE_MESSAGE_DIALOG);
  g_object_add_weak_pointer (G_OBJECT (fixture->window), &weak);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->window);
  g_assert_true (wait_for (is_null, &weak));
  g_clear_object (&fixture->settings);
  merit_test_remove_tree (fixture->folder);
  merit_test_remove_tree (fixture->scratch);
  g_free (fixture->folder);
  g_free (fixture->scratch);
}

static char *
sample (const char *folder,
        const char *name)
{
  const char *dir = g_getenv ("MERIT_SHARED_DATA");

  g_assert_nonnull (dir);
  return g_build_filename (dir, folder, name, NULL);
}

static char *
scratch_file (Fixture    *fixture,
              const char *name,
              const char *contents)
{
  char *path = g_build_filename (fixture->scratch, name, NULL);

  merit_test_write_file (path, contents, -1);
  return path;
}

static guint
count_files (const char *dir,
             const char *suffix)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  if (handle == NULL)
    return 0;
  while ((name = g_dir_read_name (handle)) != NULL)
    n += suffix == NULL || g_str_has_suffix (name, suffix);
  return n;
}

/* Whether any package on disk names @text (the history names the file it came from). */
static gboolean
packages_mention (Fixture    *fixture,
                  const char *text)
{
  g_autofree char *dir = g_build_filename (fixture->folder, "packages", NULL);
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = merit_test_read_file (path, NULL);

      if (strstr (contents, text) != NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
import_done (gpointer data)
{
  MeritImportDialog *dialog = find_toplevel (MERIT_TYPE_IMPORT_DIALOG);

  return dialog != NULL && !merit_import_dialog_get_running (dialog);
}

static gboolean
import_stopped (gpointer data)
{
  return !merit_import_dialog_get_running (data);
}

static MeritImportDialog *
import_files (Fixture     *fixture,
              const char **paths)
{
  MeritImportDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.import-files", "^as", paths);
  dialog = find_toplevel (MERIT_TYPE_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (wait_for (import_done, NULL));
  return dialog;
}

static const char *
row_subtitle (MeritImportDialog *dialog,
              guint              index)
{
  GObject *list = gtk_widget_get_template_child (GTK_WIDGET (dialog), MERIT_TYPE_IMPORT_DIALOG,
                                                 "results_list");
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), (int) index);

  g_assert_nonnull (row);
  if (ADW_IS_EXPANDER_ROW (row))
    return adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row));
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

static guint
n_summary_rows (MeritImportDialog *dialog)
{
  GObject *list = gtk_widget_get_template_child (GTK_WIDGET (dialog), MERIT_TYPE_IMPORT_DIALOG,
                                                 "results_list");
  guint n = 0;

  while (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), (int) n) != NULL)
    n++;
  return n;
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_IS_REGULAR);
}

static char *
export_to (Fixture    *fixture,
           const char *format,
           gboolean    identified,
           const char *name)
{
  char *path = g_build_filename (fixture->scratch, name, NULL);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export-to", "(sbs)", format,
                              identified, path);
  return path;
}

static JsonArray *
read_json_array (const char *path,
                 JsonParser *parser)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)));
  return json_node_get_array (json_parser_get_root (parser));
}

static void
test_import_export (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *schema = sample ("jsonresume", "jsonresume-resume-schema.json");
  g_autofree char *caffeine = sample ("jsonresume", "kelyvin-jsonresume-theme-caffeine.json");
  g_autofree char *a11y = sample ("jsonresume", "jrpool-jsonresume-theme-a11y.json");
  g_autofree char *greenhouse = sample ("greenhouse", "grnhse-greenhouse-api-docs-candidate-object.json");
  g_autofree char *malformed = scratch_file (fixture, "malformed-resume.json",
                                             "{\"basics\": {\"name\": \"Broken Person\",\n"
                                             "  , \"email\": \"broken@example.com\"}}\n");
  g_autofree char *schema_text = merit_test_read_file (schema, NULL);
  g_autofree char *again = scratch_file (fixture, "same-person-again.json", schema_text);
  const char *paths[] = { schema, caffeine, a11y, greenhouse, malformed, again, NULL };
  g_autofree char *packages = g_build_filename (fixture->folder, "packages", NULL);
  g_autofree char *tmp = g_build_filename (fixture->folder, ".merit", "tmp", NULL);
  g_autofree char *csv = NULL, *blind = NULL, *identified = NULL, *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  MeritImportDialog *dialog;
  JsonArray *array;

  g_assert_cmpuint (count_files (packages, ".xml"), ==, N_DEMO);
  dialog = import_files (fixture, paths);

  /* Four people are new, the copy updates the first, the malformed file is rejected. */
  g_assert_cmpuint (merit_import_dialog_get_n_files (dialog), ==, 6);
  g_assert_cmpuint (merit_import_dialog_get_n_imported (dialog), ==, 4);
  g_assert_cmpuint (merit_import_dialog_get_n_updated (dialog), ==, 1);
  g_assert_cmpuint (merit_import_dialog_get_n_rejected (dialog), ==, 1);
  g_assert_cmpuint (merit_import_dialog_get_n_skipped (dialog), ==, 0);

  /* One summary row per file; the rejection names file, line and column. */
  g_assert_cmpuint (n_summary_rows (dialog), ==, 6);
  g_assert_nonnull (strstr (row_subtitle (dialog, 0), "Imported as Candidate "));
  g_assert_nonnull (strstr (row_subtitle (dialog, 4), "malformed-resume.json:2:3: "));
  g_assert_nonnull (strstr (row_subtitle (dialog, 5), "Updated Candidate "));

  /* The list shows the new packages; the malformed file left nothing on disk. */
  g_assert_true (wait_rows (fixture, N_DEMO + 4));
  g_assert_cmpuint (count_files (packages, ".xml"), ==, N_DEMO + 4);
  g_assert_cmpuint (count_files (packages, NULL), ==, N_DEMO + 4);
  g_assert_cmpuint (count_files (tmp, NULL), ==, 0);
  g_assert_false (packages_mention (fixture, "malformed-resume.json"));
  g_assert_false (packages_mention (fixture, "Broken Person"));
  /* The demo's chair and CEO have keys, so identity is sealed: the history records the update
   * without the file's name (résumé files are often named after the person), and no imported
   * name is in any file in the clear. */
  g_assert_false (packages_mention (fixture, "same-person-again.json"));
  g_assert_true (packages_mention (fixture, "Identity and profile replaced from a file whose "
                                            "name is not recorded"));
  g_assert_false (packages_mention (fixture, "Hendriks"));

  /* The CSV pipeline report: a header and one line per package. */
  csv = export_to (fixture, "csv", FALSE, "pipeline.csv");
  g_assert_true (wait_for (file_exists, csv));
  text = merit_test_read_file (csv, NULL);
  lines = g_strsplit (g_strchomp (text), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, N_DEMO + 4 + 1);
  g_assert_true (g_str_has_prefix (lines[0], "pseudonym,role,level,stage"));
  g_assert_null (strstr (text, "Hendriks"));

  /* The JSON report is blind by default: no identity anywhere. */
  blind = export_to (fixture, "json", FALSE, "blind.json");
  g_assert_true (wait_for (file_exists, blind));
  array = read_json_array (blind, parser);
  g_assert_cmpuint (json_array_get_length (array), ==, N_DEMO + 4);
  for (guint i = 0; i < json_array_get_length (array); i++)
    g_assert_false (json_object_has_member (json_array_get_object_element (array, i), "identity"));
  g_clear_pointer (&text, g_free);
  text = merit_test_read_file (blind, NULL);
  g_assert_null (strstr (text, "Richard Hendriks"));
  g_assert_null (strstr (text, "richard.hendriks@"));

  /* The chair may include identities. */
  identified = export_to (fixture, "json", TRUE, "identified.json");
  g_assert_true (wait_for (file_exists, identified));
  array = read_json_array (identified, parser);
  g_assert_cmpuint (json_array_get_length (array), ==, N_DEMO + 4);
  g_assert_true (json_object_has_member (json_array_get_object_element (array, 0), "identity"));
  g_clear_pointer (&text, g_free);
  text = merit_test_read_file (identified, NULL);
  g_assert_nonnull (strstr (text, "Richard Hendriks"));
  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  /* The chair is offered identities in the export dialog. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export", NULL);
  iterate (50);
  g_assert_nonnull (find_toplevel (MERIT_TYPE_EXPORT_DIALOG));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_widget_get_template_child (find_toplevel (MERIT_TYPE_EXPORT_DIALOG),
                                                                                    MERIT_TYPE_EXPORT_DIALOG,
                                                                                    "identity_group"))));
  destroy_toplevels (MERIT_TYPE_EXPORT_DIALOG);
}

static void
test_reviewer_no_identity (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *refused = NULL;
  g_autofree char *blind = NULL;
  MeritExportDialog *dialog;
  GObject *group;

  /* Asked for identities anyway, the window refuses with the rule and writes nothing. */
  refused = export_to (fixture, "json", TRUE, "refused.json");
  iterate (300);
  g_assert_false (g_file_test (refused, G_FILE_TEST_EXISTS));
  g_assert_nonnull (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (find_toplevel (ADW_TYPE_MESSAGE_DIALOG)),
                            "only the chair or the CEO"));
  destroy_toplevels (ADW_TYPE_MESSAGE_DIALOG);

  /* The dialog does not offer identities to a reviewer, and the blind report is theirs. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export", NULL);
  iterate (50);
  dialog = find_toplevel (MERIT_TYPE_EXPORT_DIALOG);
  g_assert_nonnull (dialog);
  group = gtk_widget_get_template_child (GTK_WIDGET (dialog), MERIT_TYPE_EXPORT_DIALOG,
                                         "identity_group");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (group)));
  g_assert_false (merit_export_dialog_get_identified (dialog));
  g_assert_cmpstr (merit_export_dialog_get_format (dialog), ==, "json");
  destroy_toplevels (MERIT_TYPE_EXPORT_DIALOG);

  blind = export_to (fixture, "json", FALSE, "blind.json");
  g_assert_true (wait_for (file_exists, blind));
}

static void
test_import_cancelled (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *packages = g_build_filename (fixture->folder, "packages", NULL);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  MeritImportDialog *dialog;

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *name = g_strdup_printf ("person-%02u.json", i);
      g_autofree char *json = g_strdup_printf ("{\"basics\": {\"name\": \"Person %u\", "
                                               "\"email\": \"person%u@example.com\"}}", i, i);

      g_ptr_array_add (paths, scratch_file (fixture, name, json));
    }
  g_ptr_array_add (paths, NULL);

  /* Cancelled before the first file is written: nothing is imported, every file is listed. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.import-files", "^as",
                              paths->pdata);
  dialog = find_toplevel (MERIT_TYPE_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (merit_import_dialog_get_running (dialog));
  merit_import_dialog_cancel (dialog);
  g_assert_true (wait_for (import_done, NULL));
  g_assert_cmpuint (merit_import_dialog_get_n_imported (dialog), ==, 0);
  g_assert_cmpuint (merit_import_dialog_get_n_skipped (dialog), ==, 40);
  g_assert_cmpuint (n_summary_rows (dialog), ==, 40);
  g_assert_cmpuint (count_files (packages, ".xml"), ==, N_DEMO);

  /* Closing the dialog while it runs stops the import, and a new one can start. */
  destroy_toplevels (MERIT_TYPE_IMPORT_DIALOG);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.import-files", "^as",
                              paths->pdata);
  dialog = find_toplevel (MERIT_TYPE_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  g_object_ref (dialog);
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_null (find_toplevel (MERIT_TYPE_IMPORT_DIALOG));
  g_assert_true (wait_for (import_stopped, dialog));
  g_object_unref (dialog);
  g_assert_cmpuint (count_files (packages, ".xml"), ==, N_DEMO);

  /* A second run imports them all. */
  dialog = import_files (fixture, (const char **) paths->pdata);
  g_assert_cmpuint (merit_import_dialog_get_n_imported (dialog), ==, 40);
  g_assert_cmpuint (merit_import_dialog_get_n_rejected (dialog), ==, 0);
  g_assert_true (wait_rows (fixture, N_DEMO + 40));
  g_assert_cmpuint (count_files (packages, ".xml"), ==, N_DEMO + 40);
}

static void
test_nobody_cannot_import (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *packages = g_build_filename (fixture->folder, "packages", NULL);
  g_autofree char *path = scratch_file (fixture, "someone.json",
                                        "{\"basics\": {\"name\": \"Someone\"}}");
  const char *paths[] = { path, NULL };
  g_autofree char *csv = NULL;

  /* Without a current person from the roster, there is nobody the history could name. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.import-files", "^as", paths);
  iterate (300);
  g_assert_null (find_toplevel (MERIT_TYPE_IMPORT_DIALOG));
  g_assert_cmpuint (count_files (packages, ".xml"), ==, N_DEMO);
  csv = export_to (fixture, "csv", FALSE, "pipeline.csv");
  iterate (300);
  g_assert_false (g_file_test (csv, G_FILE_TEST_EXISTS));
}

static gboolean
list_settled (gpointer data)
{
  Fixture *fixture = data;
  g_autofree char *packages = g_build_filename (fixture->folder, "packages", NULL);

  return n_rows (fixture) == count_files (packages, ".xml");
}

/* Takes a screenshot of the whole display once the list shows every package. */
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

/* The person is known only once the workspace has loaded; the action follows. */
static gboolean
is_sensitive (gpointer data)
{
  return gtk_widget_is_sensitive (data);
}

typedef struct
{
  GtkStack   *stack;
  const char *page;
} PageWait;

static gboolean
stack_shows (gpointer data)
{
  PageWait *wait = data;

  return g_strcmp0 (gtk_stack_get_visible_child_name (wait->stack), wait->page) == 0;
}

static void
test_empty_workspace (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *folder = g_dir_make_tmp ("merit-interchange-empty-XXXXXX", &error);
  g_autofree char *packages = g_build_filename (folder, "packages", NULL);
  g_autofree char *resume = sample ("jsonresume", "jsonresume-resume-schema.json");
  g_autoptr(GFile) file = g_file_new_for_path (folder);
  const char *paths[] = { resume, NULL };
  Fixture fixture = { folder, NULL, NULL, settings };
  gpointer weak;
  PageWait page;
  GtkWidget *list_view, *button;
  GtkStack *stack;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  /* A workspace without packages: the demo's roster and rubric, its packages removed. */
  g_assert_no_error (error);
  g_assert_true (merit_demo_create (file, 1, TRUE, 1, &error));
  g_assert_no_error (error);
  dir = g_dir_open (packages, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (packages, name, NULL);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }

  g_settings_set_string (settings, "current-member", "rafael");
  fixture.window = g_object_ref_sink (merit_window_new (application));
  gtk_window_present (GTK_WINDOW (fixture.window));
  merit_window_open_workspace (fixture.window, file);
  list_view = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (fixture.window),
                                                         MERIT_TYPE_WINDOW, "list_view"));
  stack = GTK_STACK (gtk_widget_get_template_child (list_view, G_OBJECT_TYPE (list_view),
                                                    "list_stack"));

  /* The empty workspace says so and offers Import…, which works from there. */
  page.stack = stack;
  page.page = "no-packages";
  g_assert_true (wait_for (stack_shows, &page));
  button = find_button (GTK_WIDGET (gtk_stack_get_visible_child (stack)), "win.import");
  g_assert_nonnull (button);
  g_assert_true (wait_for (is_sensitive, button));

  gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.import-files", "^as", paths);
  g_assert_true (wait_for (import_done, NULL));
  g_assert_cmpuint (merit_import_dialog_get_n_imported (find_toplevel (MERIT_TYPE_IMPORT_DIALOG)),
                    ==, 1);
  g_assert_true (wait_rows (&fixture, 1));
  page.page = "list";
  g_assert_true (wait_for (stack_shows, &page));

  weak = fixture.window;
  g_object_add_weak_pointer (G_OBJECT (fixture.window), &weak);
  gtk_window_destroy (GTK_WINDOW (fixture.window));
  g_clear_object (&fixture.window);
  g_assert_true (wait_for (is_null, &weak));
  merit_test_remove_tree (folder);
}

static void
screenshot (Fixture    *fixture,
            const char *name)
{
  const char *dir = g_getenv ("MERIT_SCREENSHOT_DIR");
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *command = g_strdup_printf ("import -window root %s", path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  int status = 0;

  g_assert_true (wait_for (list_settled, fixture));

  /* A blocking main loop, as the application runs, so that every frame is painted. */
  loop = g_main_loop_new (NULL, FALSE);
  g_timeout_add_once (1500, (GSourceOnceFunc) g_main_loop_quit, loop);
  g_main_loop_run (loop);
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

static gboolean
progress_shown (gpointer data)
{
  MeritImportDialog *dialog = data;

  return merit_import_dialog_get_n_done (dialog) >= 40 || !merit_import_dialog_get_running (dialog);
}

static void
test_screenshots (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *schema = sample ("jsonresume", "jsonresume-resume-schema.json");
  g_autofree char *a11y = sample ("jsonresume", "jrpool-jsonresume-theme-a11y.json");
  g_autofree char *greenhouse = sample ("greenhouse", "grnhse-greenhouse-api-docs-candidate-object.json");
  g_autofree char *malformed = scratch_file (fixture, "malformed-resume.json",
                                             "{\"basics\": {\"name\": \"Broken Person\",\n"
                                             "  , \"email\": \"broken@example.com\"}}\n");
  g_autofree char *schema_text = merit_test_read_file (schema, NULL);
  g_autofree char *again = scratch_file (fixture, "same-person-again.json", schema_text);
  const char *mixed[] = { schema, a11y, greenhouse, malformed, again, NULL };
  MeritImportDialog *dialog;
  GtkListBoxRow *row;

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *name = g_strdup_printf ("applicant-%03u.json", i);
      g_autofree char *json = g_strdup_printf ("{\"basics\": {\"name\": \"Applicant %u\", "
                                               "\"email\": \"applicant%u@example.com\", "
                                               "\"summary\": \"Builds compilers.\"}, "
                                               "\"work\": [{\"name\": \"Acme\", "
                                               "\"position\": \"Engineer\", "
                                               "\"startDate\": \"2019-01-01\"}]}", i, i);

      g_ptr_array_add (paths, scratch_file (fixture, name, json));
    }
  g_ptr_array_add (paths, NULL);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.import-files", "^as",
                              paths->pdata);
  dialog = find_toplevel (MERIT_TYPE_IMPORT_DIALOG);
  g_assert_true (wait_for (progress_shown, dialog));
  screenshot (fixture, "import-progress.png");
  g_assert_true (wait_for (import_done, NULL));
  destroy_toplevels (MERIT_TYPE_IMPORT_DIALOG);

  dialog = import_files (fixture, mixed);
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                                                    MERIT_TYPE_IMPORT_DIALOG,
                                                                                    "results_list")), 0);
  if (ADW_IS_EXPANDER_ROW (row))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  screenshot (fixture, "import-summary.png");
  destroy_toplevels (MERIT_TYPE_IMPORT_DIALOG);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export", NULL);
  screenshot (fixture, "export-dialog.png");
  destroy_toplevels (MERIT_TYPE_EXPORT_DIALOG);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  if (g_getenv ("MERIT_LOCALEDIR") != NULL)
    {
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MERIT_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }
  gtk_test_init (&argc, &argv, NULL);
  /* gtk_test_init() sets a fixed locale; screenshots are taken in the environment's. */
  if (g_getenv ("MERIT_SCREENSHOT_DIR") != NULL)
    setlocale (LC_ALL, "");
  adw_init ();
  /* Transitions only add timing to what the tests look at. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  application = g_object_new (MERIT_TYPE_APPLICATION,
                              "flags", G_APPLICATION_NON_UNIQUE,
                              "resource-base-path", "/org/merit/Merit",
                              NULL);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);
  /* Under Xvfb without a window manager, a window in the middle of an animation can stop
   * redrawing; the screenshots and the checks need the final state only. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  if (g_getenv ("MERIT_SCREENSHOT_DIR") != NULL)
    {
      g_test_add ("/window/interchange/screenshots", Fixture, "rafael",
                  fixture_set_up, test_screenshots, fixture_tear_down);
    }
  else
    {
      g_test_add ("/window/interchange/import-export", Fixture, "rafael",
                  fixture_set_up, test_import_export, fixture_tear_down);
      g_test_add ("/window/interchange/reviewer-no-identity", Fixture, "ingrid",
                  fixture_set_up, test_reviewer_no_identity, fixture_tear_down);
      g_test_add ("/window/interchange/import-cancelled", Fixture, "kwame",
                  fixture_set_up, test_import_cancelled, fixture_tear_down);
      g_test_add ("/window/interchange/nobody-cannot-import", Fixture, "nobody",
                  fixture_set_up, test_nobody_cannot_import, fixture_tear_down);
      g_test_add_func ("/window/interchange/empty-workspace", test_empty_workspace);
    }
  status = g_test_run ();
  g_clear_object (&application);
  return status;
}
