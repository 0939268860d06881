/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-workspace-store-private.h: the store's state, shared by its loading and saving halves. */

#pragma once

#include "merit-workspace-store.h"

G_BEGIN_DECLS

typedef struct _MeritLazyContext MeritLazyContext;

struct _MeritWorkspaceStore
{
  GObject           parent_instance;

  GFile            *folder;
  MeritWorkspace   *workspace;

  char             *root_path;
  char             *packages_path;
  char             *tmp_path;
  char             *workspace_file_path;
  char             *index_path;

  /* Package id → merit_content_hash() of the bytes last read from or written to disk.  A summary
   * package gets its entry when it is read in full. */
  GHashTable       *disk_hashes;
  char             *workspace_hash;

  /* Batches handed over by the loading threads, applied one per main-loop turn. */
  GQueue            pending;
  guint             apply_source;
  guint             generation;
  MeritLazyContext *lazy;

  guint             n_broken;
  guint             loading : 1;
};

void     _merit_workspace_store_set_loading   (MeritWorkspaceStore  *self,
                                               gboolean              loading);
void     _merit_workspace_store_set_n_broken  (MeritWorkspaceStore  *self,
                                               guint                 n_broken);
void     _merit_workspace_store_reset_loading (MeritWorkspaceStore  *self);
void     _merit_workspace_store_read_one      (const char           *packages_path,
                                               const char           *id,
                                               gboolean              watched,
                                               MeritCandidate      **candidate,
                                               char                **hash);
void     _merit_lazy_context_unref            (gpointer              data);
gboolean _merit_workspace_store_check_local   (MeritWorkspaceStore  *self,
                                               GError              **error);

G_END_DECLS
