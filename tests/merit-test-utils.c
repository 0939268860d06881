/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-test-utils.c: temporary workspaces and file helpers for the tests. */

#include "config.h"

#include <glib/gstdio.h>

#include "merit-demo.h"
#include "merit-model.h"
#include "merit-package-reader.h"
#include "merit-seal.h"
#include "merit-test-utils.h"

/* Creates a reproducible demo workspace in a new temporary folder. */
char *
merit_test_make_demo (guint n_candidates)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("merit-test-XXXXXX", &error);
  g_autofree char *root = NULL;
  g_autoptr(GFile) folder = NULL;

  g_assert_no_error (error);
  root = g_build_filename (tmp, "workspace", NULL);
  folder = g_file_new_for_path (root);
  g_assert_true (merit_demo_create (folder, n_candidates, TRUE, 7, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&root);
}

char *
merit_test_read_file (const char *path,
                      gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, length, &error));
  g_assert_no_error (error);
  return contents;
}

void
merit_test_write_file (const char *path,
                       const char *data,
                       gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, data, length, &error));
  g_assert_no_error (error);
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Returns "name<TAB>sha256" for every file under @dir, sorted, to compare before and after. */
GStrv
merit_test_snapshot_dir (const char *dir)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;
      g_autofree char *hash = NULL;
      gsize length = 0;

      if (g_file_test (path, G_FILE_TEST_IS_SYMLINK) || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
        {
          g_ptr_array_add (lines, g_strdup_printf ("%s\tspecial", name));
          continue;
        }
      g_file_get_contents (path, &contents, &length, NULL);
      hash = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
      g_ptr_array_add (lines, g_strdup_printf ("%s\t%s", name, hash));
    }
  g_ptr_array_sort (lines, compare_lines);
  g_ptr_array_add (lines, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&lines), FALSE);
}

void
merit_test_assert_same_dir (const char *dir,
                            GStrv       before)
{
  g_auto(GStrv) after = merit_test_snapshot_dir (dir);

  g_assert_cmpstrv (after, before);
}

void
merit_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_file_test (path, G_FILE_TEST_IS_SYMLINK) || !g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_unlink (path);
      return;
    }
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      merit_test_remove_tree (child);
    }
  g_rmdir (path);
}

char *
merit_test_replace_once (const char *haystack,
                         const char *needle,
                         const char *replacement)
{
  const char *at = strstr (haystack, needle);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - haystack), haystack, replacement,
                          at + strlen (needle));
}

/* The name in the sealed identity of package @id in the workspace folder @root, opened from a
 * copy of its file with @member's key (the tests' data folder holds every demo key), so the
 * packages in memory stay as the code under test left them. */
char *
merit_test_dup_sealed_name (MeritWorkspace *workspace,
                            const char     *root,
                            const char     *id,
                            const char     *member)
{
  g_autofree char *file_name = g_strconcat (id, ".xml", NULL);
  g_autofree char *path = g_build_filename (root, "packages", file_name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(MeritCandidate) copy = NULL;
  char *contents;
  gsize length = 0;
  MeritIdentity *identity;

  contents = merit_test_read_file (path, &length);
  bytes = g_bytes_new_take (contents, length);
  copy = merit_package_read_bytes (bytes, path, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (copy);
  /* The file holds the identity sealed, never in the clear. */
  g_assert_null (merit_candidate_get_identity (copy));
  g_assert_nonnull (merit_candidate_get_sealed_identity (copy));
  g_assert_true (merit_seal_open (workspace, copy, member, &error));
  g_assert_no_error (error);
  identity = merit_candidate_get_identity (copy);
  g_assert_nonnull (identity);
  g_assert_nonnull (merit_identity_get_name (identity));
  return g_strdup (merit_identity_get_name (identity));
}
