/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-workspace-store.c: a workspace folder on disk, loaded into the model and saved back.
 *
 * Loading (merit-workspace-store-load.c) reads and validates package files on worker threads
 * and hands them to the model in batches on the main context, so a window stays responsive
 * however many packages there are.  A file that fails to load becomes a candidate marked
 * broken with the reason; it is never rewritten.  Every save is a compare-and-swap against
 * the content hash read from disk; a summary package is read in full before it is saved.
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
#include "merit-seal.h"
#include "merit-store-error.h"
#include "merit-workspace-file.h"
#include "merit-package-index.h"
#include "merit-trust.h"
#include "merit-workspace-store-private.h"
#include "merit-workflow.h"
#include "merit-xml.h"

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

void
_merit_workspace_store_set_loading (MeritWorkspaceStore *self,
                                    gboolean             loading)
{
  if (self->loading == !!loading)
    return;
  self->loading = !!loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

void
_merit_workspace_store_set_n_broken (MeritWorkspaceStore *self,
                                     guint                n_broken)
{
  if (self->n_broken == n_broken)
    return;
  self->n_broken = n_broken;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_BROKEN]);
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
  self->index_path = g_build_filename (self->root_path, ".merit", MERIT_INDEX_FILE_NAME, NULL);
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
  g_free (self->index_path);
  g_clear_handle_id (&self->apply_source, g_source_remove);
  g_clear_pointer (&self->lazy, _merit_lazy_context_unref);
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

gboolean
_merit_workspace_store_check_local (MeritWorkspaceStore  *self,
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

  _merit_candidate_ensure_loaded (candidate);
  if (merit_candidate_get_broken_reason (candidate) != NULL)
    {
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_INVALID,
                   _("%s: this package could not be read, so it is never rewritten (%s)"),
                   path, merit_candidate_get_broken_reason (candidate));
      return FALSE;
    }
  if (!_merit_workspace_store_check_local (self, error) || !ensure_tmp_dir (self, error))
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

  g_hash_table_insert (self->disk_hashes, g_strdup (id), merit_content_hash (bytes));
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
  /* Identity never reaches the disk in the clear where a chair or the CEO has a key. */
  if (!merit_seal_refresh (self->workspace, candidate, actor, error))
    return FALSE;
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
  if (!merit_seal_refresh (self->workspace, candidate, actor, error))
    return FALSE;
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
  g_autoptr(MeritCandidate) candidate = NULL;
  g_autofree char *hash = NULL;

  g_return_val_if_fail (MERIT_IS_WORKSPACE_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  _merit_workspace_store_read_one (self->packages_path, id, TRUE, &candidate, &hash);
  if (hash != NULL)
    g_hash_table_insert (self->disk_hashes, g_strdup (id), g_steal_pointer (&hash));
  else
    g_hash_table_remove (self->disk_hashes, id);
  if (merit_candidate_get_broken_reason (candidate) != NULL && error != NULL)
    g_set_error_literal (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_INVALID,
                         merit_candidate_get_broken_reason (candidate));
  merit_workspace_replace (self->workspace, candidate);
  /* The workspace holds a reference now. */
  return merit_candidate_get_broken_reason (candidate) != NULL ? NULL : candidate;
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

  if (!_merit_workspace_store_check_local (self, error) || !ensure_tmp_dir (self, error))
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
  self->workspace_hash = merit_content_hash (bytes);
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
