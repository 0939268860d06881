/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-durability.c: concurrent writers lose no update; SIGKILL mid-save leaves old or new. */

#include "config.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "merit-atomic-file.h"
#include "merit-model.h"
#include "merit-package-reader.h"
#include "merit-test-utils.h"
#include "merit-workspace-store.h"

static GSubprocess *
spawn_saver (GSubprocessFlags   flags,
             GError           **error,
             ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *arg;
  va_list ap;

  g_ptr_array_add (args, (gpointer) g_getenv ("MERIT_TEST_SAVER"));
  va_start (ap, error);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  return g_subprocess_newv ((const char * const *) args->pdata, flags, error);
}

static GHashTable *
entry_titles (const char *root,
              const char *id)
{
  g_autofree char *file_name = g_strconcat (id, ".xml", NULL);
  g_autofree char *path = g_build_filename (root, "packages", file_name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = merit_file_read_bounded (path, 1 << 26, &error);
  g_autoptr(MeritCandidate) candidate = NULL;
  GListModel *entries;
  GHashTable *titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_assert_no_error (error);
  candidate = merit_package_read_bytes (bytes, path, id, &error);
  g_assert_no_error (error);
  g_assert_true (merit_candidate_verify_history (candidate, NULL, &error));
  entries = merit_profile_get_entries (merit_candidate_get_profile (candidate));
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(MeritProfileEntry) entry = g_list_model_get_item (entries, i);

      if (merit_profile_entry_get_kind (entry) == MERIT_PROFILE_ENTRY_KIND_INTEREST)
        g_assert_true (g_hash_table_add (titles, g_strdup (merit_profile_entry_get_title (entry))));
    }
  return titles;
}

/* Two processes save the same package 500 times each at once; every save either was told it
 * succeeded and is in the file, or was retried after a conflict. */
static void
test_concurrent_savers (void)
{
  g_autofree char *root = merit_test_make_demo (2);
  g_autofree char *parent = g_path_get_dirname (root);
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) a = NULL;
  g_autoptr(GSubprocess) b = NULL;
  g_autofree char *out_a = NULL;
  g_autofree char *out_b = NULL;
  g_autoptr(GHashTable) titles = NULL;
  g_auto(GStrv) lines_a = NULL;
  g_auto(GStrv) lines_b = NULL;
  guint n_reported = 0;

  a = spawn_saver (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, "increments", root, "c000001", "A", "500", NULL);
  g_assert_no_error (error);
  b = spawn_saver (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, "increments", root, "c000001", "B", "500", NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (a, NULL, NULL, &out_a, NULL, &error));
  g_assert_true (g_subprocess_communicate_utf8 (b, NULL, NULL, &out_b, NULL, &error));
  g_assert_true (g_subprocess_wait_check (a, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait_check (b, NULL, &error));
  g_assert_no_error (error);

  titles = entry_titles (root, "c000001");
  lines_a = g_strsplit (out_a, "\n", -1);
  lines_b = g_strsplit (out_b, "\n", -1);
  for (GStrv lines = lines_a; lines != NULL; lines = lines == lines_a ? lines_b : NULL)
    for (guint i = 0; lines[i] != NULL; i++)
      {
        if (*lines[i] == '\0')
          continue;
        n_reported++;
        if (!g_hash_table_contains (titles, lines[i]))
          g_error ("update %s was reported as saved but is missing", lines[i]);
      }
  g_assert_cmpuint (n_reported, ==, 1000);
  g_assert_cmpuint (g_hash_table_size (titles), ==, 1000);
  merit_test_remove_tree (parent);
}

static gboolean
has_leftovers (const char *root)
{
  g_autofree char *packages = g_build_filename (root, "packages", NULL);
  g_autofree char *tmp = g_build_filename (root, ".merit", "tmp", NULL);
  g_autoptr(GDir) dir = g_dir_open (packages, 0, NULL);
  g_autoptr(GDir) tmp_dir = g_dir_open (tmp, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (!g_str_has_suffix (name, ".xml"))
      return TRUE;
  while (tmp_dir != NULL && (name = g_dir_read_name (tmp_dir)) != NULL)
    return TRUE;
  return FALSE;
}

/* SIGKILL at random moments while a process saves: afterwards every package file is a whole
 * old or new version that loads, validates and verifies, and the next save cleans up. */
static void
test_sigkill_while_saving (void)
{
  g_autofree char *root = merit_test_make_demo (3);
  g_autofree char *parent = g_path_get_dirname (root);
  g_autofree char *packages = g_build_filename (root, "packages", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (root);
  g_autoptr(MeritWorkspaceStore) store = NULL;
  g_autoptr(GError) error = NULL;
  guint n_left_behind = 0;
  guint previous_entries = 0;
  MeritCandidate *candidate;

  for (guint round = 0; round < 200; round++)
    {
      g_autoptr(GSubprocess) saver = NULL;
      g_autoptr(GDir) dir = NULL;
      const char *name;

      g_autoptr(GDataInputStream) out = NULL;
      g_autofree char *ready = NULL;

      saver = spawn_saver (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                           &error, "loop", root, "c000001", NULL);
      g_assert_no_error (error);
      out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (saver));
      ready = g_data_input_stream_read_line (out, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (ready, ==, "ready");
      g_usleep (g_random_int_range (0, 40000));
      g_subprocess_send_signal (saver, SIGKILL);
      g_subprocess_wait (saver, NULL, &error);
      g_assert_no_error (error);

      if (has_leftovers (root))
        n_left_behind++;

      dir = g_dir_open (packages, 0, NULL);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *id = NULL;

          if (!g_str_has_suffix (name, ".xml"))
            continue;
          id = g_strndup (name, strlen (name) - 4);
          {
            g_autoptr(GHashTable) titles = entry_titles (root, id);

            /* The package only ever grows: a whole old or whole new version. */
            if (g_str_equal (id, "c000001"))
              {
                g_assert_cmpuint (g_hash_table_size (titles), >=, previous_entries);
                previous_entries = g_hash_table_size (titles);
              }
          }
        }
    }
  g_test_message ("%u of 200 kills left a lock or temporary file behind", n_left_behind);

  store = merit_workspace_store_new (folder);
  g_assert_true (merit_workspace_store_load (store, NULL, &error));
  g_assert_no_error (error);
  candidate = merit_workspace_lookup (merit_workspace_store_get_workspace (store), "c000001");
  merit_role_set_team (merit_candidate_get_role (candidate), "After the crashes");
  g_assert_true (merit_workspace_store_save_candidate (store, candidate, "rafael", &error));
  g_assert_no_error (error);
  g_assert_false (has_leftovers (root));
  g_assert_cmpuint (previous_entries, >, 0);
  g_assert_finalize_object (g_steal_pointer (&store));
  merit_test_remove_tree (parent);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/durability/concurrent-savers", test_concurrent_savers);
  g_test_add_func ("/durability/sigkill-while-saving", test_sigkill_while_saving);
  return g_test_run ();
}
