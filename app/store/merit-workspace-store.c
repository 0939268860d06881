/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-workspace-store.c: a workspace folder on disk, loaded into the model and saved back.
 *
 * Loading reads and validates package files on a worker thread and hands them to the model
 * in batches on the main context, so a window stays responsive however many packages there
 * are.  A file that fails to load becomes a candidate marked broken with the reason; it is
 * never rewritten.  Every save is a compare-and-swap against the content hash read from disk.
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "merit-atomic-file.h"
#include "merit-candidate-private.h"
#include "merit-model.h"
#include "merit-package-reader.h"
#include "merit-package-writer.h"
#include "merit-store-error.h"
#include "merit-workspace-file.h"
#include "merit-trust.h"
#include "merit-workspace-store.h"
#include "merit-workflow.h"
#include "merit-xml.h"

struct _MeritWorkspaceStore
{
  GObject         parent_instance;

  GFile          *folder;
  MeritWorkspace *workspace;

  char           *root_path;
  char           *packages_path;
  char           *tmp_path;
  char           *workspace_file_path;

  /* Package id → SHA-256 of the bytes last read from or written to disk. */
  GHashTable     *disk_hashes;
  char           *workspace_hash;

  guint           n_broken;
  guint           loading : 1;
};

G_DEFINE_FINAL_TYPE (MeritWorkspaceStore, merit_workspace_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FOLDER,
  PROP_WORKSPACE,
  PROP_LOADING,
  PROP_N_BROKEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Tags the load task; ISO C cannot turn a function pointer into the gpointer tag. */
static char load_source_tag;

typedef struct
{
  MeritCandidate *candidate;
  char           *hash;
} LoadedPackage;

typedef struct
{
  char   *packages_path;
  char   *workspace_file_path;
  GBytes *workspace_bytes;
  char   *workspace_hash;
} LoadJob;

typedef struct
{
  MeritWorkspaceStore *store;
  GTask               *task;
  GArray              *packages;
  GBytes              *workspace_bytes;
  char                *workspace_hash;
  gboolean             done;
} Batch;

typedef void (*BatchFunc) (Batch   *batch,
                           gpointer user_data);

static void
loaded_package_clear (gpointer data)
{
  LoadedPackage *package = data;

  g_clear_object (&package->candidate);
  g_clear_pointer (&package->hash, g_free);
}

static void
load_job_free (gpointer data)
{
  LoadJob *job = data;

  g_free (job->packages_path);
  g_free (job->workspace_file_path);
  g_clear_pointer (&job->workspace_bytes, g_bytes_unref);
  g_free (job->workspace_hash);
  g_free (job);
}

static Batch *
batch_new (void)
{
  Batch *batch = g_new0 (Batch, 1);

  batch->packages = g_array_sized_new (FALSE, TRUE, sizeof (LoadedPackage), MERIT_LOAD_BATCH_SIZE);
  g_array_set_clear_func (batch->packages, loaded_package_clear);
  return batch;
}

static void
batch_free (Batch *batch)
{
  g_clear_object (&batch->store);
  g_clear_object (&batch->task);
  g_clear_pointer (&batch->packages, g_array_unref);
  g_clear_pointer (&batch->workspace_bytes, g_bytes_unref);
  g_free (batch->workspace_hash);
  g_free (batch);
}

static LoadedPackage
load_one (const char *packages_path,
          const char *file_name)
{
  LoadedPackage package = { NULL, NULL };
  g_autofree char *id = g_strndup (file_name, strlen (file_name) - strlen (".xml"));
  g_autofree char *path = g_build_filename (packages_path, file_name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  bytes = merit_file_read_bounded (path, MERIT_XML_MAX_BYTES, &error);
  if (bytes != NULL)
    {
      package.hash = merit_sha256_bytes (bytes);
      package.candidate = merit_package_read_bytes (bytes, path, id, &error);
    }
  if (package.candidate == NULL)
    {
      package.candidate = merit_candidate_new (id);
      merit_candidate_set_broken_reason (package.candidate, error->message);
    }
  return package;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Lists the package file names, sorted so that every desktop shows the same order. */
static GPtrArray *
list_package_files (const char  *packages_path,
                    GError     **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  dir = g_dir_open (packages_path, 0, error);
  if (dir == NULL)
    return NULL;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.' && g_str_has_suffix (name, ".xml") && strlen (name) > strlen (".xml"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  return g_steal_pointer (&names);
}

static gboolean
read_workspace_bytes (LoadJob  *job,
                      GError  **error)
{
  g_autoptr(MeritWorkspace) scratch = merit_workspace_new ();
  g_autoptr(GError) local_error = NULL;

  job->workspace_bytes = merit_file_read_bounded (job->workspace_file_path, MERIT_XML_MAX_BYTES,
                                                  &local_error);
  if (job->workspace_bytes == NULL)
    {
      if (g_error_matches (local_error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_NOT_FOUND))
        g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_NOT_FOUND,
                     _("%s: not a Merit workspace (there is no workspace.xml)"),
                     job->workspace_file_path);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  job->workspace_hash = merit_sha256_bytes (job->workspace_bytes);
  /* Validate here, off the main thread; the main thread applies the same bytes. */
  return merit_workspace_file_read (scratch, job->workspace_bytes, job->workspace_file_path,
                                    error);
}

/* Reads workspace.xml and every package, handing them to @func in batches.  Runs on any
 * thread: it touches no object that the caller's thread owns. */
static gboolean
load_all (LoadJob       *job,
          GCancellable  *cancellable,
          BatchFunc      func,
          gpointer       user_data,
          GError       **error)
{
  g_autoptr(GPtrArray) names = NULL;
  Batch *batch;

  if (!read_workspace_bytes (job, error))
    return FALSE;
  names = list_package_files (job->packages_path, error);
  if (names == NULL)
    return FALSE;

  batch = batch_new ();
  batch->workspace_bytes = g_bytes_ref (job->workspace_bytes);
  batch->workspace_hash = g_strdup (job->workspace_hash);
  for (guint i = 0; i < names->len; i++)
    {
      LoadedPackage package;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          batch_free (batch);
          return FALSE;
        }
      package = load_one (job->packages_path, g_ptr_array_index (names, i));
      g_array_append_val (batch->packages, package);
      if (batch->packages->len == MERIT_LOAD_BATCH_SIZE && i + 1 < names->len)
        {
          func (batch, user_data);
          batch = batch_new ();
        }
    }
  batch->done = TRUE;
  func (batch, user_data);
  return TRUE;
}

static void
set_loading (MeritWorkspaceStore *self,
             gboolean             loading)
{
  if (self->loading == !!loading)
    return;
  self->loading = !!loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
apply_batch (MeritWorkspaceStore *self,
             Batch               *batch)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  guint n_broken = self->n_broken;

  if (batch->workspace_bytes != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!merit_workspace_file_read (self->workspace, batch->workspace_bytes,
                                      self->workspace_file_path, &error))
        g_warning ("%s", error->message);
      g_free (self->workspace_hash);
      self->workspace_hash = g_strdup (batch->workspace_hash);
    }
  for (guint i = 0; i < batch->packages->len; i++)
    {
      LoadedPackage *package = &g_array_index (batch->packages, LoadedPackage, i);
      const char *id = merit_candidate_get_id (package->candidate);

      if (package->hash != NULL)
        g_hash_table_insert (self->disk_hashes, g_strdup (id), g_steal_pointer (&package->hash));
      if (merit_candidate_get_broken_reason (package->candidate) != NULL)
        n_broken++;
      g_ptr_array_add (items, package->candidate);
    }
  merit_workspace_append_batch (self->workspace, (MeritCandidate **) items->pdata, items->len);
  if (n_broken != self->n_broken)
    {
      self->n_broken = n_broken;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_BROKEN]);
    }
}

static void
reset (MeritWorkspaceStore *self)
{
  merit_workspace_remove_all (self->workspace);
  g_hash_table_remove_all (self->disk_hashes);
  g_clear_pointer (&self->workspace_hash, g_free);
  if (self->n_broken != 0)
    {
      self->n_broken = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_BROKEN]);
    }
}

static LoadJob *
load_job_new (MeritWorkspaceStore *self)
{
  LoadJob *job = g_new0 (LoadJob, 1);

  job->packages_path = g_strdup (self->packages_path);
  job->workspace_file_path = g_strdup (self->workspace_file_path);
  return job;
}

static void
apply_batch_sync_cb (Batch   *batch,
                     gpointer user_data)
{
  apply_batch (MERIT_WORKSPACE_STORE (user_data), batch);
  batch_free (batch);
}

static gboolean
apply_batch_idle_cb (gpointer user_data)
{
  Batch *batch = user_data;
  GCancellable *cancellable = g_task_get_cancellable (batch->task);

  if (g_task_had_error (batch->task))
    return G_SOURCE_REMOVE;
  if (g_cancellable_is_cancelled (cancellable))
    {
      if (batch->done)
        {
          set_loading (batch->store, FALSE);
          g_task_return_error_if_cancelled (batch->task);
        }
      return G_SOURCE_REMOVE;
    }
  apply_batch (batch->store, batch);
  if (batch->done)
    {
      set_loading (batch->store, FALSE);
      g_task_return_boolean (batch->task, TRUE);
    }
  return G_SOURCE_REMOVE;
}

static void
post_batch_cb (Batch   *batch,
               gpointer user_data)
{
  GTask *task = user_data;

  batch->store = g_object_ref (g_task_get_source_object (task));
  batch->task = g_object_ref (task);
  g_main_context_invoke_full (g_task_get_context (task), G_PRIORITY_DEFAULT,
                              apply_batch_idle_cb, batch, (GDestroyNotify) batch_free);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;

  if (!load_all (task_data, cancellable, post_batch_cb, task, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  /* On success the last batch returns the task on the main context, after it is applied. */
}

static void
merit_workspace_store_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  MeritWorkspaceStore *self = MERIT_WORKSPACE_STORE (object);

  switch (prop_id)
    {
    case PROP_FOLDER:
      g_value_set_object (value, self->folder);
      break;
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    case PROP_N_BROKEN:
      g_value_set_uint (value, self->n_broken);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_workspace_store_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  MeritWorkspaceStore *self = MERIT_WORKSPACE_STORE (object);

  switch (prop_id)
    {
    case PROP_FOLDER:
      self->folder = g_value_dup_object (value);
      /* The folder selects the CEO key pinned on this desktop (merit-trust.c). */
      if (self->folder != NULL)
        merit_trust_set_folder (self->workspace, self->folder);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_workspace_store_constructed (GObject *object)
{
  MeritWorkspaceStore *self = MERIT_WORKSPACE_STORE (object);

  G_OBJECT_CLASS (merit_workspace_store_parent_class)->constructed (object);

  self->root_path = g_file_get_path (self->folder);
  if (self->root_path == NULL)
    self->root_path = g_file_get_uri (self->folder);
  self->packages_path = g_build_filename (self->root_path, "packages", NULL);
  self->tmp_path = g_build_filename (self->root_path, ".merit", "tmp", NULL);
  self->workspace_file_path = g_build_filename (self->root_path, "workspace.xml", NULL);
}

static void
merit_workspace_store_dispose (GObject *object)
{
  MeritWorkspaceStore *self = MERIT_WORKSPACE_STORE (object);

  g_clear_object (&self->workspace);
  g_clear_object (&self->folder);
  G_OBJECT_CLASS (merit_workspace_store_parent_class)->dispose (object);
}

static void
merit_workspace_store_finalize (GObject *object)
{
  MeritWorkspaceStore *self = MERIT_WORKSPACE_STORE (object);

  g_clear_pointer (&self->disk_hashes, g_hash_table_unref);
  g_free (self->workspace_hash);
  g_free (self->root_path);
  g_free (self->packages_path);
  g_free (self->tmp_path);
  g_free (self->workspace_file_path);
  G_OBJECT_CLASS (merit_workspace_store_parent_class)->finalize (object);
}

static void
merit_workspace_store_class_init (MeritWorkspaceStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = merit_workspace_store_get_property;
  object_class->set_property = merit_workspace_store_set_property;
  object_class->constructed = merit_workspace_store_constructed;
  object_class->dispose = merit_workspace_store_dispose;
  object_class->finalize = merit_workspace_store_finalize;

  properties[PROP_FOLDER] =
    g_param_spec_object ("folder", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, MERIT_TYPE_WORKSPACE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_BROKEN] =
    g_param_spec_uint ("n-broken", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
merit_workspace_store_init (MeritWorkspaceStore *self)
{
  self->workspace = merit_workspace_new ();
  self->disk_hashes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/**
 * merit_workspace_store_new:
 * @folder: the workspace folder
 *
 * Returns: (transfer full): a store for @folder; nothing is read until a load
 */
MeritWorkspaceStore *
merit_workspace_store_new (GFile *folder)
{
  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  return g_object_new (MERIT_TYPE_WORKSPACE_STORE, "folder", folder, NULL);
}

GFile *
merit_workspace_store_get_folder (MeritWorkspaceStore *self)
{
  g_return_val_if_fail (MERIT_IS_WORKSPACE_STORE (self), NULL);
  return self->folder;
}

/**
 * merit_workspace_store_get_workspace:
 *
 * Returns: (transfer none): the workspace model, a #GListModel of every package
 */
MeritWorkspace *
merit_workspace_store_get_workspace (MeritWorkspaceStore *self)
{
  g_return_val_if_fail (MERIT_IS_WORKSPACE_STORE (self), NULL);
  return self->workspace;
}

gboolean
merit_workspace_store_get_loading (MeritWorkspaceStore *self)
{
  g_return_val_if_fail (MERIT_IS_WORKSPACE_STORE (self), FALSE);
  return self->loading;
}

guint
merit_workspace_store_get_n_broken (MeritWorkspaceStore *self)
{
  g_return_val_if_fail (MERIT_IS_WORKSPACE_STORE (self), 0);
  return self->n_broken;
}

/**
 * merit_workspace_store_dup_package_path:
 *
 * Returns: (transfer full): the path of the package file of @id
 */
char *
merit_workspace_store_dup_package_path (MeritWorkspaceStore *self,
                                        const char          *id)
{
  g_autofree char *file_name = NULL;

  g_return_val_if_fail (MERIT_IS_WORKSPACE_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  file_name = g_strconcat (id, ".xml", NULL);
  return g_build_filename (self->packages_path, file_name, NULL);
}

static gboolean
check_local (MeritWorkspaceStore  *self,
             GError              **error)
{
  if (g_file_peek_path (self->folder) == NULL)
    {
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_IO,
                   _("%s: this location has no local path; mount it first (for a network "
                     "share, open it once in Files so that GVfs mounts it)"),
                   self->root_path);
      return FALSE;
    }
  return TRUE;
}

/**
 * merit_workspace_store_load:
 * @self: a store
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Loads the workspace synchronously, for the command line and tests.  Broken package files
 * do not fail the load; they become candidates marked broken.
 *
 * Returns: %TRUE when workspace.xml was read
 */
gboolean
merit_workspace_store_load (MeritWorkspaceStore  *self,
                            GCancellable         *cancellable,
                            GError              **error)
{
  LoadJob *job;
  gboolean ok;

  g_return_val_if_fail (MERIT_IS_WORKSPACE_STORE (self), FALSE);

  if (!check_local (self, error))
    return FALSE;
  reset (self);
  job = load_job_new (self);
  ok = load_all (job, cancellable, apply_batch_sync_cb, self, error);
  load_job_free (job);
  return ok;
}

/**
 * merit_workspace_store_load_async:
 * @self: a store
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when every package is in the model
 * @user_data: data for @callback
 *
 * Loads the workspace on a worker thread.  Packages appear in the model in batches while the
 * load runs; #MeritWorkspaceStore:loading is %TRUE until it ends.
 */
void
merit_workspace_store_load_async (MeritWorkspaceStore *self,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (MERIT_IS_WORKSPACE_STORE (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, &load_source_tag);
  if (!check_local (self, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  reset (self);
  set_loading (self, TRUE);
  g_task_set_task_data (task, load_job_new (self), load_job_free);
  g_task_run_in_thread (task, load_thread);
}

/**
 * merit_workspace_store_load_finish:
 *
 * Returns: %TRUE when the workspace was loaded
 */
gboolean
merit_workspace_store_load_finish (MeritWorkspaceStore  *self,
                                   GAsyncResult         *result,
                                   GError              **error)
{
  g_return_val_if_fail (MERIT_IS_WORKSPACE_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (g_task_had_error (G_TASK (result)))
    set_loading (self, FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static gboolean
ensure_tmp_dir (MeritWorkspaceStore  *self,
                GError              **error)
{
  if (g_mkdir_with_parents (self->tmp_path, 0755) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_IO, "%s: %s", self->tmp_path,
                   g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_candidate (MeritWorkspaceStore  *self,
                 MeritCandidate       *candidate,
                 const char           *actor,
                 gboolean              is_new,
                 GError              **error)
{
  const char *id = merit_candidate_get_id (candidate);
  g_autofree char *path = merit_workspace_store_dup_package_path (self, id);
  g_autoptr(GBytes) bytes = NULL;
  const char *expected;
  gboolean ok;

  if (merit_candidate_get_broken_reason (candidate) != NULL)
    {
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_INVALID,
                   _("%s: this package could not be read, so it is never rewritten (%s)"),
                   path, merit_candidate_get_broken_reason (candidate));
      return FALSE;
    }
  if (!check_local (self, error) || !ensure_tmp_dir (self, error))
    return FALSE;
  /* What this process did is signed by whoever did it, before anything is written. */
  if (!merit_trust_sign_new_events (self->workspace, candidate, actor, error))
    return FALSE;

  bytes = merit_package_serialize (candidate, error);
  if (bytes == NULL)
    return FALSE;

  expected = g_hash_table_lookup (self->disk_hashes, id);
  if (is_new || expected == NULL)
    ok = merit_file_write_new (path, bytes, self->tmp_path, MERIT_WRITE_FLAGS_NONE, error);
  else
    ok = merit_file_replace_cas (path, bytes, expected, self->tmp_path, MERIT_WRITE_FLAGS_NONE,
                                 error);
  if (!ok)
    return FALSE;

  g_hash_table_insert (self->disk_hashes, g_strdup (id), merit_sha256_bytes (bytes));
  merit_candidate_mark_saved (candidate);
  return TRUE;
}

/**
 * merit_workspace_store_save_candidate:
 * @self: a store
 * @candidate: a package of this workspace
 * @actor: the member id that made the pending changes
 * @error: return location for an error; %MERIT_STORE_ERROR_CONFLICT when someone else saved
 *   the package since it was read
 *
 * Records any pending edit in the package history, then saves it atomically, but only if
 * the file on disk is still the one that was read.  On a conflict nothing is written and the
 * changes stay in memory.
 *
 * Returns: %TRUE on success
 */
gboolean
merit_workspace_store_save_candidate (MeritWorkspaceStore  *self,
                                      MeritCandidate       *candidate,
                                      const char           *actor,
                                      GError              **error)
{
  g_return_val_if_fail (MERIT_IS_WORKSPACE_STORE (self), FALSE);
  g_return_val_if_fail (MERIT_IS_CANDIDATE (candidate), FALSE);
  g_return_val_if_fail (actor != NULL, FALSE);

  if (!merit_workflow_before_save (self->workspace, candidate, actor, error))
    return FALSE;
  merit_candidate_record_pending (candidate, actor);
  return write_candidate (self, candidate, actor, FALSE, error);
}

/**
 * merit_workspace_store_add_candidate:
 * @self: a store
 * @candidate: a new package
 * @actor: the member id that creates it
 * @error: return location for an error; %MERIT_STORE_ERROR_CONFLICT when the id is taken
 *
 * Writes a new package file and adds the package to the workspace model.
 *
 * Returns: %TRUE on success
 */
gboolean
merit_workspace_store_add_candidate (MeritWorkspaceStore  *self,
                                     MeritCandidate       *candidate,
                                     const char           *actor,
                                     GError              **error)
{
  g_return_val_if_fail (MERIT_IS_WORKSPACE_STORE (self), FALSE);
  g_return_val_if_fail (MERIT_IS_CANDIDATE (candidate), FALSE);

  if (g_list_model_get_n_items (merit_candidate_get_history (candidate)) == 0)
    merit_candidate_append_event (candidate, actor, "created", NULL,
                                  merit_stage_to_string (merit_candidate_get_stage (candidate)),
                                  NULL, merit_candidate_get_created (candidate));
  merit_candidate_record_pending (candidate, actor);
  if (!write_candidate (self, candidate, actor, TRUE, error))
    return FALSE;
  merit_workspace_append_batch (self->workspace, &candidate, 1);
  return TRUE;
}

/**
 * merit_workspace_store_reload_candidate:
 * @self: a store
 * @id: a package id
 * @error: return location for an error
 *
 * Reads a package again from disk (after a conflict, say) and replaces it in the model.
 *
 * Returns: (transfer none): the package as it is on disk now, or %NULL with @error set
 */
MeritCandidate *
merit_workspace_store_reload_candidate (MeritWorkspaceStore  *self,
                                        const char           *id,
                                        GError              **error)
{
  g_autofree char *file_name = NULL;
  LoadedPackage package;
  MeritCandidate *result;

  g_return_val_if_fail (MERIT_IS_WORKSPACE_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  file_name = g_strconcat (id, ".xml", NULL);
  package = load_one (self->packages_path, file_name);
  if (package.hash != NULL)
    g_hash_table_insert (self->disk_hashes, g_strdup (id), g_steal_pointer (&package.hash));
  else
    g_hash_table_remove (self->disk_hashes, id);
  if (merit_candidate_get_broken_reason (package.candidate) != NULL && error != NULL)
    g_set_error_literal (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_INVALID,
                         merit_candidate_get_broken_reason (package.candidate));
  merit_workspace_replace (self->workspace, package.candidate);
  result = package.candidate;
  loaded_package_clear (&package);
  return merit_candidate_get_broken_reason (result) != NULL ? NULL : result;
}

/**
 * merit_workspace_store_save_workspace:
 * @self: a store
 * @error: return location for an error
 *
 * Saves workspace.xml (roster, rubric, bands, settings) with compare-and-swap.
 *
 * Returns: %TRUE on success
 */
gboolean
merit_workspace_store_save_workspace (MeritWorkspaceStore  *self,
                                      GError              **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gboolean ok;

  g_return_val_if_fail (MERIT_IS_WORKSPACE_STORE (self), FALSE);

  if (!check_local (self, error) || !ensure_tmp_dir (self, error))
    return FALSE;
  bytes = merit_workspace_file_serialize (self->workspace, error);
  if (bytes == NULL)
    return FALSE;
  if (self->workspace_hash == NULL)
    ok = merit_file_write_new (self->workspace_file_path, bytes, self->tmp_path,
                               MERIT_WRITE_FLAGS_NONE, error);
  else
    ok = merit_file_replace_cas (self->workspace_file_path, bytes, self->workspace_hash,
                                 self->tmp_path, MERIT_WRITE_FLAGS_NONE, error);
  if (!ok)
    return FALSE;
  g_free (self->workspace_hash);
  self->workspace_hash = merit_sha256_bytes (bytes);
  return TRUE;
}

/**
 * merit_workspace_store_create:
 * @folder: a folder (created if missing)
 * @workspace: the settings, roster, rubric and bands of the new workspace
 * @error: return location for an error; %MERIT_STORE_ERROR_CONFLICT when a workspace exists
 *
 * Creates the folder layout of a new workspace and writes its workspace.xml.
 *
 * Returns: %TRUE on success
 */
gboolean
merit_workspace_store_create (GFile           *folder,
                              MeritWorkspace  *workspace,
                              GError         **error)
{
  g_autofree char *root = NULL;
  g_autoptr(GBytes) bytes = NULL;
  static const char * const dirs[] = { "packages", "attachments", ".merit/tmp", NULL };
  g_autofree char *workspace_file = NULL;
  g_autofree char *tmp_dir = NULL;

  g_return_val_if_fail (G_IS_FILE (folder), FALSE);
  g_return_val_if_fail (MERIT_IS_WORKSPACE (workspace), FALSE);

  root = g_file_get_path (folder);
  if (root == NULL)
    {
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_IO,
                   _("this location has no local path; mount it first"));
      return FALSE;
    }
  for (guint i = 0; dirs[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (root, dirs[i], NULL);

      if (g_mkdir_with_parents (path, 0755) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_IO, "%s: %s", path,
                       g_strerror (saved_errno));
          return FALSE;
        }
    }
  bytes = merit_workspace_file_serialize (workspace, error);
  if (bytes == NULL)
    return FALSE;
  workspace_file = g_build_filename (root, "workspace.xml", NULL);
  tmp_dir = g_build_filename (root, ".merit", "tmp", NULL);
  return merit_file_write_new (workspace_file, bytes, tmp_dir, MERIT_WRITE_FLAGS_NONE, error);
}
