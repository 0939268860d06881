/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-workspace-store.h: a workspace folder on disk, loaded into the model and saved back. */

#pragma once

#include <gio/gio.h>

#include "merit-candidate.h"
#include "merit-workspace.h"

G_BEGIN_DECLS

#define MERIT_TYPE_WORKSPACE_STORE (merit_workspace_store_get_type ())

G_DECLARE_FINAL_TYPE (MeritWorkspaceStore, merit_workspace_store, MERIT, WORKSPACE_STORE, GObject)

/* Packages are handed to the model in batches of this many while loading.  The first
 * MERIT_LOAD_FIRST_ROWS come at once, enough to fill a tall window: the frame that first
 * shows the list is then the only one that draws it whole, and later rows go below it.
 * After those, while the model holds fewer than a batch, they come in steps of
 * MERIT_LOAD_FIRST_STEP, MERIT_LOAD_STEP_INTERVAL milliseconds apart, since a list makes
 * the widgets of every new row at once. */
#define MERIT_LOAD_BATCH_SIZE 256
#define MERIT_LOAD_FIRST_ROWS 48
#define MERIT_LOAD_FIRST_STEP 8
#define MERIT_LOAD_STEP_INTERVAL 8
/* After the first rows, reading waits until the window drew them, at most this long (ms). */
#define MERIT_LOAD_DRAW_WAIT 1000

MeritWorkspaceStore *merit_workspace_store_new               (GFile                *folder);
GFile               *merit_workspace_store_get_folder        (MeritWorkspaceStore  *self);
MeritWorkspace      *merit_workspace_store_get_workspace     (MeritWorkspaceStore  *self);
gboolean             merit_workspace_store_get_loading       (MeritWorkspaceStore  *self);
guint                merit_workspace_store_get_n_broken      (MeritWorkspaceStore  *self);
char                *merit_workspace_store_dup_package_path  (MeritWorkspaceStore  *self,
                                                              const char           *id);
gboolean             merit_workspace_store_load              (MeritWorkspaceStore  *self,
                                                              GCancellable         *cancellable,
                                                              GError              **error);
void                 merit_workspace_store_load_async        (MeritWorkspaceStore  *self,
                                                              GCancellable         *cancellable,
                                                              GAsyncReadyCallback   callback,
                                                              gpointer              user_data);
gboolean             merit_workspace_store_load_finish       (MeritWorkspaceStore  *self,
                                                              GAsyncResult         *result,
                                                              GError              **error);
gboolean             merit_workspace_store_save_candidate    (MeritWorkspaceStore  *self,
                                                              MeritCandidate       *candidate,
                                                              const char           *actor,
                                                              GError              **error);
gboolean             merit_workspace_store_add_candidate     (MeritWorkspaceStore  *self,
                                                              MeritCandidate       *candidate,
                                                              const char           *actor,
                                                              GError              **error);
MeritCandidate      *merit_workspace_store_reload_candidate  (MeritWorkspaceStore  *self,
                                                              const char           *id,
                                                              GError              **error);
gboolean             merit_workspace_store_save_workspace    (MeritWorkspaceStore  *self,
                                                              GError              **error);
gboolean             merit_workspace_store_create            (GFile                *folder,
                                                              MeritWorkspace       *workspace,
                                                              GError              **error);

G_END_DECLS
