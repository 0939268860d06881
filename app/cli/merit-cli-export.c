/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-cli-export.c: `merit export DIR --format json|csv [--identified --as M] [-o FILE]`. */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "merit-cli-private.h"
#include "merit-export.h"

int
merit_cli_export (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("DIR — export the workspace as "
                                                              "JSON or the pipeline as CSV"));
  g_autoptr(MeritWorkspaceStore) store = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *format = NULL;
  g_autofree char *actor = NULL;
  g_autofree char *output = NULL;
  MeritWorkspace *workspace;
  gboolean identified = FALSE;
  int status = MERIT_EXIT_OK;
  GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("json or csv"), "F" },
    { "identified", 0, 0, G_OPTION_ARG_NONE, &identified,
      N_("Include identities (JSON only; the chair or the CEO only)"), NULL },
    { "as", 0, 0, G_OPTION_ARG_STRING, &actor, N_("The acting member"), "M" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE atomically instead of standard output"), "FILE" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!_merit_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return _merit_cli_usage_error (context, _("export needs exactly one workspace folder"));
  if (g_strcmp0 (format, "json") != 0 && g_strcmp0 (format, "csv") != 0)
    return _merit_cli_usage_error (context, _("--format json or --format csv is needed"));
  if (identified && g_strcmp0 (format, "csv") == 0)
    return _merit_cli_usage_error (context, _("the CSV pipeline report never holds identities"));
  if (identified && actor == NULL)
    return _merit_cli_usage_error (context, _("--identified needs the acting member (--as M)"));

  store = _merit_cli_open_store (argv[1], &status);
  if (store == NULL)
    return status;
  workspace = merit_workspace_store_get_workspace (store);
  if (identified && !merit_export_check_identified (workspace, actor, &error))
    {
      g_printerr ("%s\n", error->message);
      return MERIT_EXIT_INVALID;
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (workspace)); i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (G_LIST_MODEL (workspace), i);

      /* Sealed identities open with the acting member's key, when they are sealed to it. */
      if (identified && merit_candidate_get_broken_reason (candidate) == NULL)
        _merit_cli_open_sealed (workspace, candidate, actor);
      if (merit_candidate_get_broken_reason (candidate) != NULL)
        g_printerr (_("%s (left out of the export)\n"), merit_candidate_get_broken_reason (candidate));
    }

  if (g_strcmp0 (format, "json") == 0)
    bytes = merit_export_json (workspace, identified, NULL);
  else
    bytes = merit_export_csv (workspace, NULL);

  if (output != NULL)
    {
      if (!merit_export_write (output, bytes, &error))
        {
          g_printerr ("%s\n", error->message);
          return MERIT_EXIT_INVALID;
        }
    }
  else
    {
      gsize length = 0;
      const char *data = g_bytes_get_data (bytes, &length);

      if (length > 0 && (fwrite (data, 1, length, stdout) != length || fflush (stdout) != 0))
        {
          g_printerr (_("cannot write to standard output\n"));
          return MERIT_EXIT_INVALID;
        }
    }
  return MERIT_EXIT_OK;
}
