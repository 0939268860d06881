/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-index.c: the summary index under .merit/ and the summary packages the window lists.
 *
 * A warm open reads .merit/index instead of every package, but never trusts it over the
 * files: a changed, deleted, added or broken package shows as it is on disk, and a damaged,
 * truncated or foreign index is ignored and rebuilt.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "merit-atomic-file.h"
#include "merit-candidate-private.h"
#include "merit-model.h"
#include "merit-package-index.h"
#include "merit-store-error.h"
#include "merit-test-utils.h"
#include "merit-workflow.h"
#include "merit-workspace-store.h"

typedef struct
{
  char *root;
  char *packages;
  char *index;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->root = merit_test_make_demo (40);
  fixture->packages = g_build_filename (fixture->root, "packages", NULL);
  fixture->index = g_build_filename (fixture->root, ".merit", "index", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *parent = g_path_get_dirname (fixture->root);

  merit_test_remove_tree (parent);
  g_free (fixture->packages);
  g_free (fixture->root);
  g_free (fixture->index);
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

/* Opens the workspace as the window does. */
static MeritWorkspaceStore *
open_store (Fixture *fixture)
{
  g_autoptr(GFile) folder = g_file_new_for_path (fixture->root);
  MeritWorkspaceStore *store = merit_workspace_store_new (folder);
  gboolean done = FALSE;

  merit_workspace_store_load_async (store, NULL, load_done_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  /* Let the loading thread drop its references. */
  for (gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
       G_OBJECT (store)->ref_count > 1 && g_get_monotonic_time () < deadline;)
    g_main_context_iteration (NULL, FALSE);
  return store;
}

static void
close_store (MeritWorkspaceStore *store)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (store);
}

/* The complete load of the command line, for comparison. */
static MeritWorkspaceStore *
load_full (Fixture *fixture)
{
  g_autoptr(GFile) folder = g_file_new_for_path (fixture->root);
  MeritWorkspaceStore *store = merit_workspace_store_new (folder);
  g_autoptr(GError) error = NULL;

  g_assert_true (merit_workspace_store_load (store, NULL, &error));
  g_assert_no_error (error);
  return store;
}

static MeritCandidate *
lookup (MeritWorkspaceStore *store,
        const char          *id)
{
  return merit_workspace_lookup (merit_workspace_store_get_workspace (store), id);
}

static char *
package_path (Fixture    *fixture,
              const char *id)
{
  g_autofree char *name = g_strconcat (id, ".xml", NULL);

  return g_build_filename (fixture->packages, name, NULL);
}

/* Rewrites a package file with one text replaced, as another program would. */
static void
edit_package (Fixture    *fixture,
              const char *id,
              const char *needle,
              const char *replacement)
{
  g_autofree char *path = package_path (fixture, id);
  g_autofree char *text = merit_test_read_file (path, NULL);
  g_autofree char *edited = merit_test_replace_once (text, needle, replacement);

  merit_test_write_file (path, edited, -1);
}

static const char * const members[] = {
  "dana", "rafael", "ingrid", "kwame", "mei", "tomasz", "aisha", "lukas", "sofia", NULL
};

/* A candidate of @store in @stage with a pseudonym, complete or summary. */
static MeritCandidate *
find_in_stage (MeritWorkspaceStore *store,
               MeritStage           stage)
{
  GListModel *model = G_LIST_MODEL (merit_workspace_store_get_workspace (store));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (model, i);

      if (merit_candidate_get_broken_reason (candidate) == NULL
          && merit_candidate_get_stage (candidate) == stage)
        return candidate;
    }
  g_assert_not_reached ();
}

/* The first open writes the index; the second lists every package from it, exactly as a
 * complete load shows them, without reading the packages until they are used. */
static void
test_warm_open_matches_files (Fixture       *fixture,
                              gconstpointer  data)
{
  MeritWorkspaceStore *cold, *warm, *full;
  GListModel *warm_model, *full_model;
  GStatBuf written, after;

  g_assert_false (g_file_test (fixture->index, G_FILE_TEST_EXISTS));
  cold = open_store (fixture);
  g_assert_true (g_file_test (fixture->index, G_FILE_TEST_IS_REGULAR));
  close_store (cold);
  g_assert_cmpint (g_stat (fixture->index, &written), ==, 0);

  warm = open_store (fixture);
  /* Nothing changed: the index is not written again (a write replaces the file). */
  g_assert_cmpint (g_stat (fixture->index, &after), ==, 0);
  g_assert_cmpuint (written.st_ino, ==, after.st_ino);
  g_assert_cmpint (written.st_mtime, ==, after.st_mtime);
  full = load_full (fixture);
  warm_model = G_LIST_MODEL (merit_workspace_store_get_workspace (warm));
  full_model = G_LIST_MODEL (merit_workspace_store_get_workspace (full));
  g_assert_cmpuint (g_list_model_get_n_items (warm_model), ==, 40);
  g_assert_cmpuint (g_list_model_get_n_items (full_model), ==, 40);
  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(MeritCandidate) a = g_list_model_get_item (warm_model, i);
      g_autoptr(MeritCandidate) b = g_list_model_get_item (full_model, i);
      MeritRole *role;

      g_assert_true (_merit_candidate_is_summary (a));
      g_assert_cmpstr (merit_candidate_get_id (a), ==, merit_candidate_get_id (b));
      g_assert_cmpstr (merit_candidate_get_pseudonym (a), ==, merit_candidate_get_pseudonym (b));
      g_assert_cmpint (merit_candidate_get_stage (a), ==, merit_candidate_get_stage (b));
      g_assert_cmpstr (merit_candidate_get_stage_since (a), ==, merit_candidate_get_stage_since (b));
      g_assert_cmpstr (merit_role_get_title (merit_candidate_get_role (a)), ==,
                       merit_role_get_title (merit_candidate_get_role (b)));
      g_assert_cmpfloat (merit_candidate_get_blind_score (a), ==, merit_candidate_get_blind_score (b));
      for (guint k = 0; members[k] != NULL; k++)
        {
          const char *member = members[k];

          g_assert_cmpint (merit_candidate_has_submitted_review (a, member), ==,
                           merit_candidate_has_submitted_review (b, member));
          g_assert_cmpint (merit_workflow_needs_review_by (a, member), ==,
                           merit_workflow_needs_review_by (b, member));
        }
      g_assert_true (_merit_candidate_is_summary (a));
      /* A summary is small: it holds its role and no other section until it is read. */
      g_assert_false (_merit_candidate_has_sections (a));
      role = merit_candidate_get_role (a);
      /* First use of a section reads the package in full. */
      g_assert_cmpuint (g_list_model_get_n_items (merit_candidate_get_history (a)), ==,
                        g_list_model_get_n_items (merit_candidate_get_history (b)));
      g_assert_false (_merit_candidate_is_summary (a));
      g_assert_true (_merit_candidate_has_sections (a));
      /* The role taken from the summary is still the package's, now complete. */
      g_assert_true (merit_candidate_get_role (a) == role);
      g_assert_cmpstr (merit_role_get_team (role), ==,
                       merit_role_get_team (merit_candidate_get_role (b)));
      g_assert_cmpuint (g_list_model_get_n_items (merit_candidate_get_reviews (a)), ==,
                        g_list_model_get_n_items (merit_candidate_get_reviews (b)));
      g_assert_false (merit_candidate_get_modified (a));
    }
  close_store (warm);
  g_assert_finalize_object (full);
}

/* The list's calibrated blind scores come from the index alone: the calibration over every
 * reviewer and each package's calibrated score equal those of a complete load, and no package
 * is read for them. */
static void
test_calibration_from_index (Fixture       *fixture,
                             gconstpointer  data)
{
  MeritWorkspaceStore *warm, *full;
  GListModel *warm_model, *full_model;
  g_autoptr(MeritCalibration) warm_calibration = NULL;
  g_autoptr(MeritCalibration) full_calibration = NULL;
  guint n_calibrated = 0;

  close_store (open_store (fixture));
  warm = open_store (fixture);
  full = load_full (fixture);
  warm_model = G_LIST_MODEL (merit_workspace_store_get_workspace (warm));
  full_model = G_LIST_MODEL (merit_workspace_store_get_workspace (full));
  warm_calibration = merit_calibration_new (warm_model);
  full_calibration = merit_calibration_new (full_model);
  g_assert_true (merit_calibration_equal (warm_calibration, full_calibration));
  for (guint i = 0; i < g_list_model_get_n_items (warm_model); i++)
    {
      g_autoptr(MeritCandidate) a = g_list_model_get_item (warm_model, i);
      g_autoptr(MeritCandidate) b = g_list_model_get_item (full_model, i);
      gboolean a_calibrated = FALSE, b_calibrated = FALSE;
      double a_score = merit_aggregate_blind_score (a, warm_calibration, &a_calibrated);
      double b_score = merit_aggregate_blind_score (b, full_calibration, &b_calibrated);

      g_assert_cmpfloat_with_epsilon (a_score, b_score, 1e-9);
      g_assert_cmpint (a_calibrated, ==, b_calibrated);
      g_assert_cmpfloat_with_epsilon (merit_aggregate_blind_score (a, NULL, NULL),
                                      merit_aggregate_blind_score (b, NULL, NULL), 1e-9);
      n_calibrated += a_calibrated;
      g_assert_true (_merit_candidate_is_summary (a));
    }
  /* The demo has reviewers with enough reviews: the comparison covered calibrated scores. */
  g_assert_cmpuint (n_calibrated, >, 0);
  close_store (warm);
  g_assert_finalize_object (full);
}

/* A package changed on disk after the index was written shows the change. */
static void
test_changed_package_is_read_again (Fixture       *fixture,
                                    gconstpointer  data)
{
  /* One of the first packages, read from its file while the index comes in, and one the
   * index knows by the time it is listed. */
  static const char * const ids[] = { "c000007", "c000030" };

  close_store (open_store (fixture));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      MeritWorkspaceStore *store;
      MeritCandidate *candidate;
      g_autofree char *pseudonym = NULL;
      g_autofree char *index_before = NULL;
      g_autofree char *index_after = NULL;
      g_autofree char *index_again = NULL;
      gsize before_length = 0, after_length = 0, again_length = 0;

      store = load_full (fixture);
      pseudonym = g_strdup (merit_candidate_get_pseudonym (lookup (store, ids[i])));
      g_assert_finalize_object (store);
      index_before = merit_test_read_file (fixture->index, &before_length);

      /* Same length, so only the time and inode tell the index it is out of date. */
      edit_package (fixture, ids[i], pseudonym, "Candidate ZZZZ");
      store = open_store (fixture);
      candidate = lookup (store, ids[i]);
      g_assert_cmpstr (merit_candidate_get_pseudonym (candidate), ==, "Candidate ZZZZ");
      close_store (store);
      /* The index was brought up to date, and is left alone by the next open. */
      index_after = merit_test_read_file (fixture->index, &after_length);
      g_assert_cmpuint (before_length, ==, after_length);
      g_assert_true (memcmp (index_before, index_after, before_length) != 0);
      store = open_store (fixture);
      g_assert_cmpstr (merit_candidate_get_pseudonym (lookup (store, ids[i])), ==, "Candidate ZZZZ");
      close_store (store);
      index_again = merit_test_read_file (fixture->index, &again_length);
      g_assert_cmpuint (again_length, ==, after_length);
      g_assert_true (memcmp (index_again, index_after, after_length) == 0);
    }
}

/* A deleted package disappears, a new one appears, a broken one is a broken row. */
static void
test_deleted_added_and_broken (Fixture       *fixture,
                               gconstpointer  data)
{
  MeritWorkspaceStore *store;
  g_autofree char *gone = package_path (fixture, "c000003");
  g_autofree char *source = package_path (fixture, "c000004");
  g_autofree char *added = package_path (fixture, "c000099");
  g_autofree char *text = NULL;
  g_autofree char *renamed = NULL;
  g_autofree char *broken = package_path (fixture, "c000005");
  MeritCandidate *candidate;

  close_store (open_store (fixture));
  g_assert_cmpint (g_unlink (gone), ==, 0);
  text = merit_test_read_file (source, NULL);
  renamed = merit_test_replace_once (text, "id=\"c000004\"", "id=\"c000099\"");
  merit_test_write_file (added, renamed, -1);
  merit_test_write_file (broken, "<?xml version=\"1.0\"?>\n<package xmlns=\"urn:merit:1\"\n", -1);

  for (guint round = 0; round < 2; round++)
    {
      /* The first round reads the changes, the second comes from the rebuilt index. */
      store = open_store (fixture);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (merit_workspace_store_get_workspace (store))),
                        ==, 40);
      g_assert_null (lookup (store, "c000003"));
      candidate = lookup (store, "c000099");
      g_assert_nonnull (candidate);
      g_assert_null (merit_candidate_get_broken_reason (candidate));
      candidate = lookup (store, "c000005");
      g_assert_nonnull (candidate);
      g_assert_nonnull (merit_candidate_get_broken_reason (candidate));
      g_assert_nonnull (strstr (merit_candidate_get_broken_reason (candidate), "c000005.xml:"));
      g_assert_cmpuint (merit_workspace_store_get_n_broken (store), ==, 1);
      close_store (store);
    }
}

/* A damaged, truncated or foreign index never crashes the load and is rebuilt. */
static void
test_damaged_index_is_rebuilt (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *good = NULL;
  gsize length = 0;
  const char *damages[] = { "truncated", "flipped", "foreign", "empty", "huge-count", "symlink" };

  close_store (open_store (fixture));
  good = merit_test_read_file (fixture->index, &length);
  g_assert_cmpuint (length, >, 64);

  for (guint d = 0; d < G_N_ELEMENTS (damages); d++)
    {
      g_autofree char *bad = g_memdup2 (good, length);
      MeritWorkspaceStore *store;
      g_autofree char *rebuilt = NULL;
      gsize rebuilt_length = 0;

      g_test_message ("index damage: %s", damages[d]);
      g_unlink (fixture->index);
      if (g_str_equal (damages[d], "truncated"))
        merit_test_write_file (fixture->index, bad, length / 2);
      else if (g_str_equal (damages[d], "flipped"))
        {
          bad[length / 3] ^= 0x40;
          merit_test_write_file (fixture->index, bad, length);
        }
      else if (g_str_equal (damages[d], "foreign"))
        merit_test_write_file (fixture->index, "<?xml version=\"1.0\"?><not-an-index/>", -1);
      else if (g_str_equal (damages[d], "empty"))
        merit_test_write_file (fixture->index, "", 0);
      else if (g_str_equal (damages[d], "huge-count"))
        {
          /* A count far beyond the content; the checksum would hide nothing from a forger. */
          GPtrArray *none = g_ptr_array_new ();
          g_autoptr(GBytes) bytes = merit_package_index_serialize (none);
          g_autoptr(GByteArray) forged = g_bytes_unref_to_array (g_steal_pointer (&bytes));

          g_assert_cmpuint (forged->len, ==, 16 + 32);
          memset (forged->data + 12, 0xff, 4);
          merit_content_hash_raw (forged->data, forged->len - 32, forged->data + forged->len - 32);
          merit_test_write_file (fixture->index, (const char *) forged->data, forged->len);
          g_ptr_array_unref (none);
        }
      else
        {
          g_autofree char *target = package_path (fixture, "c000001");

          g_assert_cmpint (symlink (target, fixture->index), ==, 0);
        }

      store = open_store (fixture);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (merit_workspace_store_get_workspace (store))),
                        ==, 40);
      g_assert_cmpuint (merit_workspace_store_get_n_broken (store), ==, 0);
      g_assert_nonnull (merit_candidate_get_pseudonym (lookup (store, "c000001")));
      close_store (store);
      g_assert_true (g_file_test (fixture->index, G_FILE_TEST_IS_REGULAR));
      g_assert_false (g_file_test (fixture->index, G_FILE_TEST_IS_SYMLINK));
      rebuilt = merit_test_read_file (fixture->index, &rebuilt_length);
      g_assert_cmpmem (rebuilt, rebuilt_length, good, length);
    }
}

/* A forged index entry cannot plant a package: entries only count for files that exist
 * with the recorded size, time and inode. */
static void
test_index_never_invents_packages (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GHashTable) entries = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  MeritWorkspaceStore *store;
  MeritIndexEntry *forged;
  GHashTableIter iter;
  gpointer value;

  close_store (open_store (fixture));
  entries = merit_package_index_read (fixture->index, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (entries), ==, 40);
  g_hash_table_iter_init (&iter, entries);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (list, value);
  forged = g_ptr_array_index (list, 0);
  g_free (forged->id);
  forged->id = g_strdup ("c999999");
  g_assert_true (merit_package_index_write (fixture->index, list, &error));
  g_assert_no_error (error);

  store = open_store (fixture);
  g_assert_null (lookup (store, "c999999"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (merit_workspace_store_get_workspace (store))),
                    ==, 40);
  close_store (store);
}

/* A summary package saves like any other: read in full first, then compare-and-swap against
 * the file as read; a save by another process in between is a conflict, and the next open
 * shows the other process's change. */
static void
test_save_and_concurrent_save (Fixture       *fixture,
                               gconstpointer  data)
{
  MeritWorkspaceStore *store, *other;
  MeritCandidate *candidate, *theirs;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  const char *reviewer = NULL;
  MeritReview *review;

  close_store (open_store (fixture));
  store = open_store (fixture);
  candidate = find_in_stage (store, MERIT_STAGE_BLIND_REVIEW);
  id = g_strdup (merit_candidate_get_id (candidate));
  g_assert_true (_merit_candidate_is_summary (candidate));
  for (guint k = 2; members[k] != NULL && reviewer == NULL; k++)
    if (merit_workflow_needs_review_by (candidate, members[k]))
      reviewer = members[k];
  g_assert_nonnull (reviewer);
  g_assert_true (_merit_candidate_is_summary (candidate));

  /* Another process saves the same package. */
  other = load_full (fixture);
  theirs = lookup (other, id);
  merit_candidate_set_pseudonym (theirs, "Candidate QQ11");
  g_assert_true (merit_workspace_store_save_candidate (other, theirs, "rafael", &error));
  g_assert_no_error (error);
  g_assert_finalize_object (other);

  /* Ours was read in full only now, so it sees their version and saves on top of it. */
  review = merit_workflow_ensure_draft_review (merit_workspace_store_get_workspace (store),
                                              candidate, reviewer, &error);
  g_assert_no_error (error);
  g_assert_nonnull (review);
  g_assert_cmpstr (merit_candidate_get_pseudonym (candidate), ==, "Candidate QQ11");
  g_assert_true (merit_workspace_store_save_candidate (store, candidate, reviewer, &error));
  g_assert_no_error (error);

  /* Now another save in between is refused as a conflict. */
  other = load_full (fixture);
  theirs = lookup (other, id);
  merit_candidate_set_pseudonym (theirs, "Candidate RR22");
  g_assert_true (merit_workspace_store_save_candidate (other, theirs, "rafael", &error));
  g_assert_no_error (error);
  g_assert_finalize_object (other);
  merit_candidate_set_pseudonym (candidate, "Candidate SS33");
  g_assert_false (merit_workspace_store_save_candidate (store, candidate, "rafael", &error));
  g_assert_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  close_store (store);

  /* The next open shows the other process's save. */
  store = open_store (fixture);
  g_assert_cmpstr (merit_candidate_get_pseudonym (lookup (store, id)), ==, "Candidate RR22");
  g_assert_nonnull (merit_candidate_find_review (lookup (store, id), reviewer));
  close_store (store);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/index/warm-open-matches-files", Fixture, NULL, fixture_set_up,
              test_warm_open_matches_files, fixture_tear_down);
  g_test_add ("/index/calibration-from-index", Fixture, NULL, fixture_set_up,
              test_calibration_from_index, fixture_tear_down);
  g_test_add ("/index/changed-package", Fixture, NULL, fixture_set_up,
              test_changed_package_is_read_again, fixture_tear_down);
  g_test_add ("/index/deleted-added-broken", Fixture, NULL, fixture_set_up,
              test_deleted_added_and_broken, fixture_tear_down);
  g_test_add ("/index/damaged-index", Fixture, NULL, fixture_set_up,
              test_damaged_index_is_rebuilt, fixture_tear_down);
  g_test_add ("/index/never-invents-packages", Fixture, NULL, fixture_set_up,
              test_index_never_invents_packages, fixture_tear_down);
  g_test_add ("/index/save-and-concurrent-save", Fixture, NULL, fixture_set_up,
              test_save_and_concurrent_save, fixture_tear_down);
  return g_test_run ();
}
