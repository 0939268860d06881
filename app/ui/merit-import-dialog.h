/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-import-dialog.h: imports candidate files in the background and reports per file. */

#pragma once

#include <adwaita.h>

#include "merit-json-import.h"
#include "merit-workspace-store.h"

G_BEGIN_DECLS

#define MERIT_TYPE_IMPORT_DIALOG (merit_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MeritImportDialog, merit_import_dialog, MERIT, IMPORT_DIALOG, AdwWindow)

MeritImportDialog *merit_import_dialog_new            (GtkWindow           *parent,
                                                       MeritWorkspaceStore *store,
                                                       const char          *actor);
void               merit_import_dialog_start          (MeritImportDialog   *self,
                                                       const char * const  *paths,
                                                       MeritImportFormat    format);
void               merit_import_dialog_cancel         (MeritImportDialog   *self);
gboolean           merit_import_dialog_get_running    (MeritImportDialog   *self);
guint              merit_import_dialog_get_n_files    (MeritImportDialog   *self);
guint              merit_import_dialog_get_n_done     (MeritImportDialog   *self);
guint              merit_import_dialog_get_n_imported (MeritImportDialog   *self);
guint              merit_import_dialog_get_n_updated  (MeritImportDialog   *self);
guint              merit_import_dialog_get_n_rejected (MeritImportDialog   *self);
guint              merit_import_dialog_get_n_skipped  (MeritImportDialog   *self);

G_END_DECLS
