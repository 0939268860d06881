/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-workspace.c: bytes → workspace.xml loader → writer. */

#include "fuzz.h"
#include "merit-workspace-file.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(MeritWorkspace) workspace = merit_workspace_new ();
  g_autoptr(GBytes) input = g_bytes_new (data, size);
  g_autoptr(GBytes) output = NULL;
  g_autoptr(GError) error = NULL;

  fuzz_init ();
  if (!merit_workspace_file_read (workspace, input, "workspace.xml", &error))
    return 0;
  output = merit_workspace_file_serialize (workspace, &error);
  if (output == NULL)
    g_error ("a workspace that loads cannot be saved: %s", error->message);
  return 0;
}
