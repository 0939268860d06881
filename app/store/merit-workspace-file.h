/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-workspace-file.h: workspace.xml into the model and back. */

#pragma once

#include <glib.h>

#include "merit-workspace.h"

G_BEGIN_DECLS

gboolean  merit_workspace_file_read      (MeritWorkspace  *workspace,
                                          GBytes          *bytes,
                                          const char      *display_name,
                                          GError         **error);
GBytes   *merit_workspace_file_serialize (MeritWorkspace  *workspace,
                                          GError         **error);

G_END_DECLS
