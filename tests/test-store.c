/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-store.c: the XML store: round trips, schema enforcement, hostile files, conflicts. */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "merit-atomic-file.h"
#include "merit-digest.h"
#include "merit-model.h"
#include "merit-package-reader.h"
#include "merit-package-writer.h"
#include "merit-store-error.h"
#include "merit-test-utils.h"
#include "merit-workspace-file.h"
#include "merit-workspace-store.h"

typedef struct
{
  char                *root;
  char                *packages;
  MeritWorkspaceStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;

  fixture->root = merit_test_make_demo (GPOINTER_TO_UINT (data) != 0 ? GPOINTER_TO_UINT (data) : 13);
  fixture->packages = g_build_filename (fixture->root, "packages", NULL);
  folder = g_file_new_for_path (fixture->root);
  fixture->store = merit_workspace_store_new (folder);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *parent = g_path_get_dirname (fixture->root);

  g_assert_finalize_object (fixture->store);
  merit_test_remove_tree (parent);
  g_free (fixture->packages);
  g_free (fixture->root);
}

static void
load (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (merit_workspace_store_load (fixture->store, NULL, &error));
  g_assert_no_error (error);
}

static MeritCandidate *
lookup (MeritWorkspaceStore *store,
        const char          *id)
{
  MeritCandidate *candidate = merit_workspace_lookup (merit_workspace_store_get_workspace (store), id);

  g_assert_nonnull (candidate);
  return candidate;
}

static char *
package_path (Fixture    *fixture,
              const char *id)
{
  return merit_workspace_store_dup_package_path (fixture->store, id);
}

/* Every generated package reads back into a model that serializes to the same bytes. */
static void
test_roundtrip_identical_bytes (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->packages, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->packages, name, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = merit_file_read_bounded (path, 1 << 24, &error);
      g_autoptr(MeritCandidate) candidate = NULL;
      g_autoptr(GBytes) again = NULL;

      g_assert_no_error (error);
      candidate = merit_package_read_bytes (bytes, path, NULL, &error);
      g_assert_no_error (error);
      g_assert_false (merit_candidate_get_modified (candidate));
      again = merit_package_serialize (candidate, &error);
      g_assert_no_error (error);
      g_assert_true (g_bytes_equal (bytes, again));
      n++;
    }
  g_assert_cmpuint (n, ==, 13);
}

/* Loading and saving an unchanged package leaves the file byte for byte as it was. */
static void
test_save_unchanged_identical (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *path = package_path (fixture, "c000007");
  g_autofree char *before = merit_test_read_file (path, NULL);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  load (fixture);
  g_assert_true (merit_workspace_store_save_candidate (fixture->store,
                                                       lookup (fixture->store, "c000007"),
                                                       "rafael", &error));
  g_assert_no_error (error);
  after = merit_test_read_file (path, NULL);
  g_assert_cmpstr (after, ==, before);
}

/* An edit is saved, recorded as a history event naming the section, and the chain holds. */
static void
test_save_edit_records_history (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  MeritCandidate *candidate;
  GListModel *history;
  guint n_before;
  g_autoptr(MeritHistoryEvent) last = NULL;

  load (fixture);
  candidate = lookup (fixture->store, "c000003");
  history = merit_candidate_get_history (candidate);
  n_before = g_list_model_get_n_items (history);
  merit_profile_set_summary (merit_candidate_get_profile (candidate), "Rewritten summary.");
  g_assert_true (merit_candidate_get_modified (candidate));
  g_assert_true (merit_workspace_store_save_candidate (fixture->store, candidate, "rafael", &error));
  g_assert_no_error (error);
  g_assert_false (merit_candidate_get_modified (candidate));

  candidate = merit_workspace_store_reload_candidate (fixture->store, "c000003", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (merit_profile_get_summary (merit_candidate_get_profile (candidate)), ==,
                   "Rewritten summary.");
  history = merit_candidate_get_history (candidate);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, n_before + 1);
  last = g_list_model_get_item (history, n_before);
  g_assert_cmpstr (merit_history_event_get_action (last), ==, "edit");
  g_assert_cmpstr (merit_history_event_get_actor (last), ==, "rafael");
  g_assert_nonnull (strstr (merit_history_event_get_detail (last), "profile"));
  g_assert_true (merit_candidate_verify_history (candidate, NULL, &error));
  g_assert_no_error (error);
}

/* Two workspace objects on one folder: the second save of a package the first changed is
 * refused with a conflict, the first one's content survives and the second keeps its edit
 * in memory. */
static void
test_conflict_two_stores (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GFile) folder = g_file_new_for_path (fixture->root);
  g_autoptr(MeritWorkspaceStore) other = merit_workspace_store_new (folder);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = package_path (fixture, "c000002");
  g_autofree char *on_disk = NULL;
  MeritCandidate *mine;
  MeritCandidate *theirs;

  load (fixture);
  g_assert_true (merit_workspace_store_load (other, NULL, &error));
  mine = lookup (fixture->store, "c000002");
  theirs = lookup (other, "c000002");

  merit_profile_set_summary (merit_candidate_get_profile (mine), "First writer.");
  g_assert_true (merit_workspace_store_save_candidate (fixture->store, mine, "rafael", &error));
  g_assert_no_error (error);

  merit_profile_set_summary (merit_candidate_get_profile (theirs), "Second writer.");
  g_assert_false (merit_workspace_store_save_candidate (other, theirs, "mei", &error));
  g_assert_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "c000002.xml"));
  g_clear_error (&error);

  on_disk = merit_test_read_file (path, NULL);
  g_assert_nonnull (strstr (on_disk, "First writer."));
  g_assert_null (strstr (on_disk, "Second writer."));
  g_assert_true (merit_candidate_get_modified (theirs));
  g_assert_cmpstr (merit_profile_get_summary (merit_candidate_get_profile (theirs)), ==,
                   "Second writer.");

  /* After reloading, the second writer can apply the edit on top. */
  theirs = merit_workspace_store_reload_candidate (other, "c000002", &error);
  g_assert_no_error (error);
  merit_profile_set_summary (merit_candidate_get_profile (theirs), "Second writer, merged.");
  g_assert_true (merit_workspace_store_save_candidate (other, theirs, "mei", &error));
  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&other));
}

/* A value the schema forbids never reaches the disk. */
static void
test_schema_enforced_before_save (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *path = package_path (fixture, "c000005");
  g_autofree char *before = merit_test_read_file (path, NULL);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  MeritCandidate *candidate;
  MeritOffer *offer;

  load (fixture);
  candidate = lookup (fixture->store, "c000005");
  offer = merit_candidate_get_offer (candidate);
  g_assert_nonnull (offer);
  merit_offer_set_base (offer, "-5");
  g_assert_false (merit_workspace_store_save_candidate (fixture->store, candidate, "rafael", &error));
  g_assert_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_SCHEMA);
  g_clear_error (&error);

  merit_offer_set_base (offer, "90000.00");
  merit_offer_set_start_date (offer, "2026-02-30");
  g_assert_false (merit_workspace_store_save_candidate (fixture->store, candidate, "rafael", &error));
  g_assert_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2026-02-30"));
  g_clear_error (&error);

  merit_offer_set_start_date (offer, "2026-03-02");
  merit_offer_set_justification (offer, "Bell \x07 character");
  g_assert_false (merit_workspace_store_save_candidate (fixture->store, candidate, "rafael", &error));
  g_assert_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  after = merit_test_read_file (path, NULL);
  g_assert_cmpstr (after, ==, before);
}

/* The approval digest is stable across re-saves, blind to history and approvals, and changes
 * with any bound content. */
static void
test_digest (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  g_autofree char *fourth = NULL;
  MeritCandidate *candidate;

  load (fixture);
  candidate = lookup (fixture->store, "c000007");
  first = merit_digest_candidate (candidate, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (first), ==, 64);

  merit_candidate_append_event (candidate, "dana", "note", NULL, NULL, "History only.", NULL);
  second = merit_digest_candidate (candidate, &error);
  g_assert_cmpstr (first, ==, second);

  merit_role_set_level (merit_candidate_get_role (candidate),
                        g_strcmp0 (merit_role_get_level (merit_candidate_get_role (candidate)),
                                   "L6") == 0 ? "L5" : "L6");
  third = merit_digest_candidate (candidate, &error);
  g_assert_cmpstr (first, !=, third);

  merit_profile_set_summary (merit_candidate_get_profile (candidate), " ");
  fourth = merit_digest_candidate (candidate, &error);
  g_assert_cmpstr (third, !=, fourth);
}

/* The demo's digest, made without writing and reading each package, is the digest of the
 * written file, for packages in every stage and after edits that put whitespace, line breaks
 * and markup characters into bound sections. */
static void
test_digest_generated (Fixture       *fixture,
                       gconstpointer  data)
{
  GListModel *list;
  guint n;

  load (fixture);
  list = G_LIST_MODEL (merit_workspace_store_get_workspace (fixture->store));
  n = g_list_model_get_n_items (list);
  g_assert_cmpuint (n, ==, GPOINTER_TO_UINT (data));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (list, i);
      g_autoptr(GError) error = NULL;
      g_autofree char *written = NULL;
      g_autofree char *generated = NULL;

      if (i % 3 == 1)
        {
          merit_profile_set_summary (merit_candidate_get_profile (candidate),
                                     i % 2 == 0 ? " " : "  Two\nlines & <more>\t ");
          merit_role_set_team (merit_candidate_get_role (candidate), "R&D \"Core\"\n");
        }
      written = merit_digest_candidate (candidate, &error);
      g_assert_no_error (error);
      generated = merit_digest_generated (candidate, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (generated, ==, written);
    }
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Packages are listed in the byte order of their file names (what strcmp() says), whatever
 * the names: sharing their first eight bytes, shorter or longer, beyond ASCII. */
static void
test_load_sorted_names (Fixture       *fixture,
                        gconstpointer  data)
{
  static const char * const extra[] = {
    "a10", "a9", "b", "c0000001", "c00000010", "c000001x", "\xc3\xa9t\xc3\xa9", "Z",
  };
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  GListModel *list;

  for (guint i = 0; i < G_N_ELEMENTS (extra); i++)
    {
      g_autofree char *name = g_strconcat (extra[i], ".xml", NULL);
      g_autofree char *path = g_build_filename (fixture->packages, name, NULL);

      merit_test_write_file (path, "not a package", -1);
    }
  load (fixture);
  list = G_LIST_MODEL (merit_workspace_store_get_workspace (fixture->store));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (list, i);

      g_ptr_array_add (expected, (gpointer) merit_candidate_get_id (candidate));
    }
  g_assert_cmpuint (expected->len, ==, 13 + G_N_ELEMENTS (extra));
  for (guint i = 0; i + 1 < expected->len; i++)
    g_assert_cmpint (strcmp (expected->pdata[i], expected->pdata[i + 1]), <, 0);
  /* The same as sorting them here. */
  {
    g_autoptr(GPtrArray) sorted = g_ptr_array_copy (expected, NULL, NULL);

    qsort (sorted->pdata, sorted->len, sizeof (gpointer), compare_strings);
    for (guint i = 0; i < sorted->len; i++)
      g_assert_cmpstr (sorted->pdata[i], ==, expected->pdata[i]);
  }
}

/* A lock and a temporary file left by a writer that was killed are cleaned up by the next
 * save; the save succeeds. */
static void
test_stale_lock_cleanup (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *path = package_path (fixture, "c000004");
  g_autofree char *lock = g_strconcat (path, ".lock", NULL);
  g_autofree char *tmp = g_build_filename (fixture->root, ".merit", "tmp",
                                           /* A writer whose process is gone (no pid is this large). */
                                           MERIT_TEMP_PREFIX "deadbeef7ffffff0", NULL);
  g_autoptr(GError) error = NULL;
  MeritCandidate *candidate;

  load (fixture);
  merit_test_write_file (lock, "half-written", -1);
  merit_test_write_file (tmp, "half-written", -1);
  candidate = lookup (fixture->store, "c000004");
  merit_role_set_team (merit_candidate_get_role (candidate), "Core");
  g_assert_true (merit_workspace_store_save_candidate (fixture->store, candidate, "rafael", &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (tmp, G_FILE_TEST_EXISTS));
}

/* A package file replaced by a symlink is not followed, not loaded and not written through. */
static void
test_symlink_never_followed (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *path = package_path (fixture, "c000006");
  g_autofree char *parent = g_path_get_dirname (fixture->root);
  g_autofree char *outside = g_build_filename (parent, "secret.txt", NULL);
  g_autofree char *outside_after = NULL;
  g_autoptr(GError) error = NULL;
  MeritCandidate *candidate;

  merit_test_write_file (outside, "private key material", -1);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (symlink (outside, path), ==, 0);

  load (fixture);
  candidate = lookup (fixture->store, "c000006");
  g_assert_nonnull (merit_candidate_get_broken_reason (candidate));
  g_assert_nonnull (strstr (merit_candidate_get_broken_reason (candidate), "symbolic link"));
  g_assert_false (merit_workspace_store_save_candidate (fixture->store, candidate, "rafael", &error));
  g_assert_nonnull (error);
  outside_after = merit_test_read_file (outside, NULL);
  g_assert_cmpstr (outside_after, ==, "private key material");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_SYMLINK));
}

/* A FIFO named like a package cannot hang the load. */
static void
test_fifo_refused (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->packages, "pipe.xml", NULL);
  MeritCandidate *candidate;

  g_assert_cmpint (mkfifo (path, 0644), ==, 0);
  load (fixture);
  candidate = lookup (fixture->store, "pipe");
  g_assert_nonnull (strstr (merit_candidate_get_broken_reason (candidate), "regular file"));
}

/* workspace.xml reads and writes back to the same bytes. */
static void
test_workspace_file_roundtrip (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->root, "workspace.xml", NULL);
  g_autofree char *before = merit_test_read_file (path, NULL);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  MeritWorkspace *workspace;

  load (fixture);
  workspace = merit_workspace_store_get_workspace (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (merit_workspace_get_roster (workspace))), ==, 9);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (merit_workspace_get_rubric (workspace))), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (merit_workspace_get_comp_bands (workspace)), ==, 4);
  /* The demo has a salt for the chunked-review order, and it survives the round trip. */
  g_assert_nonnull (merit_workspace_get_review_salt (workspace));
  g_assert_cmpuint (strlen (merit_workspace_get_review_salt (workspace)), ==, 32);
  g_assert_nonnull (strstr (before, merit_workspace_get_review_salt (workspace)));
  g_assert_true (merit_workspace_store_save_workspace (fixture->store, &error));
  g_assert_no_error (error);
  after = merit_test_read_file (path, NULL);
  g_assert_cmpstr (after, ==, before);
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (merit_workspace_store_load_finish (MERIT_WORKSPACE_STORE (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  guint *n_batches = user_data;

  /* The first rows come at once, enough to fill a window, and the rest of the first batch
   * in small steps, so a list draws them before it makes the rest. */
  if (position == 0)
    g_assert_cmpuint (added, <=, MERIT_LOAD_FIRST_ROWS);
  else if (position < MERIT_LOAD_BATCH_SIZE)
    g_assert_cmpuint (added, <=, MERIT_LOAD_FIRST_STEP);
  if (added > 0)
    (*n_batches)++;
}

/* The asynchronous load hands packages over in batches and keeps the main loop running. */
static void
test_async_load_in_batches (Fixture       *fixture,
                            gconstpointer  data)
{
  MeritWorkspace *workspace = merit_workspace_store_get_workspace (fixture->store);
  gboolean done = FALSE;
  guint n_batches = 0;
  guint n_iterations = 0;
  gulong handler;

  handler = g_signal_connect (workspace, "items-changed", G_CALLBACK (items_changed_cb), &n_batches);
  merit_workspace_store_load_async (fixture->store, NULL, load_done_cb, &done);
  g_assert_true (merit_workspace_store_get_loading (fixture->store));
  while (!done)
    {
      g_main_context_iteration (NULL, TRUE);
      n_iterations++;
    }
  g_assert_false (merit_workspace_store_get_loading (fixture->store));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (workspace)), ==, 600);
  /* The worker thread lets go of the task (and the store) just after the last batch. */
  for (gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
       G_OBJECT (fixture->store)->ref_count > 1 && g_get_monotonic_time () < deadline;)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (n_batches, ==,
                    1
                    + (MERIT_LOAD_BATCH_SIZE - MERIT_LOAD_FIRST_ROWS + MERIT_LOAD_FIRST_STEP - 1)
                      / MERIT_LOAD_FIRST_STEP
                    + (600 - MERIT_LOAD_BATCH_SIZE + MERIT_LOAD_BATCH_SIZE - 1) / MERIT_LOAD_BATCH_SIZE);
  g_assert_cmpuint (n_iterations, >=, n_batches);
  g_signal_handler_disconnect (workspace, handler);
}

/* A package whose id does not match its file name is broken, not silently renamed. */
static void
test_id_must_match_file_name (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *from = package_path (fixture, "c000001");
  g_autofree char *to = g_build_filename (fixture->packages, "renamed.xml", NULL);
  MeritCandidate *candidate;

  g_assert_cmpint (g_rename (from, to), ==, 0);
  load (fixture);
  candidate = lookup (fixture->store, "renamed");
  g_assert_nonnull (strstr (merit_candidate_get_broken_reason (candidate), "does not match"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, n) \
  g_test_add (path, Fixture, GUINT_TO_POINTER (n), fixture_set_up, func, fixture_tear_down)

  ADD ("/store/roundtrip/identical-bytes", test_roundtrip_identical_bytes, 13);
  ADD ("/store/save/unchanged-identical", test_save_unchanged_identical, 13);
  ADD ("/store/save/edit-records-history", test_save_edit_records_history, 13);
  ADD ("/store/save/schema-enforced", test_schema_enforced_before_save, 13);
  ADD ("/store/conflict/two-stores", test_conflict_two_stores, 13);
  ADD ("/store/digest", test_digest, 13);
  ADD ("/store/digest/generated", test_digest_generated, 120);
  ADD ("/store/lock/stale-cleanup", test_stale_lock_cleanup, 13);
  ADD ("/store/hostile/symlink", test_symlink_never_followed, 13);
  ADD ("/store/hostile/fifo", test_fifo_refused, 13);
  ADD ("/store/hostile/id-mismatch", test_id_must_match_file_name, 13);
  ADD ("/store/workspace-file/roundtrip", test_workspace_file_roundtrip, 13);
  ADD ("/store/load/async-batches", test_async_load_in_batches, 600);
  ADD ("/store/load/sorted-names", test_load_sorted_names, 13);

  return g_test_run ();
}
