/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-cli-print.c: `merit print DIR ID -o FILE.pdf [--as M]`. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "merit-cli-private.h"
#include "merit-offer-document.h"

int
merit_cli_print (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("DIR ID — print an offer package to PDF for an approval meeting"));
  g_autoptr(MeritWorkspaceStore) store = NULL;
  g_autoptr(MeritOfferDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *actor = NULL;
  MeritWorkspace *workspace;
  MeritCandidate *candidate;
  int status = MERIT_EXIT_OK;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF file to write"), "FILE" },
    { "as", 0, 0, G_OPTION_ARG_STRING, &actor,
      N_("Print as this member: the name shows only to the chair and the CEO"), "M" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!_merit_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc != 3)
    return _merit_cli_usage_error (context, _("print needs a workspace folder and a package ID"));
  if (output == NULL)
    return _merit_cli_usage_error (context, _("print needs -o FILE.pdf"));

  store = _merit_cli_open_store (argv[1], &status);
  if (store == NULL)
    return status;
  workspace = merit_workspace_store_get_workspace (store);
  candidate = merit_workspace_lookup (workspace, argv[2]);
  if (candidate == NULL)
    {
      g_printerr (_("%s: there is no package with this ID in %s\n"), argv[2], argv[1]);
      return MERIT_EXIT_INVALID;
    }
  if (merit_candidate_get_broken_reason (candidate) != NULL)
    {
      g_printerr ("%s\n", merit_candidate_get_broken_reason (candidate));
      return MERIT_EXIT_INVALID;
    }
  if (actor != NULL
      && merit_roster_lookup (merit_workspace_get_roster (workspace), actor) == NULL)
    {
      g_printerr (_("%s: “%s” is not a member of this workspace’s roster\n"), argv[2], actor);
      return MERIT_EXIT_INVALID;
    }
  /* A sealed identity opens only with a key it is sealed to (--as M: M's own). */
  _merit_cli_open_sealed (workspace, candidate, actor);

  document = merit_offer_document_new (workspace, candidate, actor);
  if (!merit_offer_document_write_pdf (document, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return MERIT_EXIT_INVALID;
    }
  return MERIT_EXIT_OK;
}
