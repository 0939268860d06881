/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-export-dialog.h: chooses the report to export, then the file to write it to. */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MERIT_TYPE_EXPORT_DIALOG (merit_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MeritExportDialog, merit_export_dialog, MERIT, EXPORT_DIALOG, AdwWindow)

MeritExportDialog *merit_export_dialog_new            (GtkWindow         *parent,
                                                       gboolean           may_identify);
const char        *merit_export_dialog_get_format     (MeritExportDialog *self);
gboolean           merit_export_dialog_get_identified (MeritExportDialog *self);

G_END_DECLS
