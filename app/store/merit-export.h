/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-export.h: the workspace as JSON, the pipeline as CSV. */

#pragma once

#include <glib.h>

#include "merit-workspace.h"

G_BEGIN_DECLS

gboolean  merit_export_check_identified (MeritWorkspace  *workspace,
                                         const char      *member_id,
                                         GError         **error);
GBytes   *merit_export_json             (MeritWorkspace  *workspace,
                                         gboolean         identified,
                                         GDateTime       *now);
GBytes   *merit_export_csv              (MeritWorkspace  *workspace,
                                         GDateTime       *now);
gboolean  merit_export_write            (const char      *path,
                                         GBytes          *contents,
                                         GError         **error);

G_END_DECLS
