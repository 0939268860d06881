/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-cli-reveal.c: `merit reveal DIR ID --as M [--reason TEXT]`. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "merit-cli-private.h"
#include "merit-seal.h"
#include "merit-reveal.h"

int
merit_cli_reveal (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("DIR ID — show who a candidate is, on the record"));
  g_autoptr(MeritWorkspaceStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *as = NULL;
  g_autofree char *reason = NULL;
  MeritWorkspace *workspace;
  MeritCandidate *candidate;
  MeritIdentity *identity;
  int status = MERIT_EXIT_OK;
  GOptionEntry entries[] = {
    { "as", 0, 0, G_OPTION_ARG_STRING, &as, N_("The member who reveals"), "M" },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason,
      N_("Why; required before the committee decision"), "TEXT" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!_merit_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc != 3)
    return _merit_cli_usage_error (context, _("reveal needs a workspace folder and a package id"));
  if (as == NULL)
    return _merit_cli_usage_error (context, _("reveal needs --as"));
  store = _merit_cli_open_store (argv[1], &status);
  if (store == NULL)
    return status;
  workspace = merit_workspace_store_get_workspace (store);
  candidate = merit_workspace_lookup (workspace, argv[2]);
  if (candidate == NULL || merit_candidate_get_broken_reason (candidate) != NULL)
    {
      g_printerr (_("%s: no readable package with id “%s”\n"), argv[1], argv[2]);
      return MERIT_EXIT_INVALID;
    }
  if (!_merit_cli_unlock (workspace, as, &status))
    return status;
  /* The reveal is on the record before anything is shown; the identity is then sealed again
   * to whoever may see it now. */
  if (!merit_reveal_identity (workspace, candidate, as, reason, &error)
      || (merit_candidate_get_sealed_identity (candidate) != NULL
          && (!merit_seal_open (workspace, candidate, as, &error)
              || !merit_seal_reseal (workspace, candidate, as, &error)))
      || !merit_workspace_store_save_candidate (store, candidate, as, &error))
    {
      g_printerr ("%s: %s\n", argv[2], error->message);
      return MERIT_EXIT_INVALID;
    }
  identity = merit_candidate_get_identity (candidate);
  g_print ("%s  %s\n", merit_candidate_get_id (candidate), merit_candidate_get_pseudonym (candidate));
  if (identity == NULL)
    {
      g_print ("%s\n", _("The identity is sealed or missing."));
      return MERIT_EXIT_OK;
    }
  g_print ("%s: %s\n", _("Name"), merit_identity_get_name (identity));
  if (merit_identity_get_email (identity) != NULL)
    g_print ("%s: %s\n", _("E-mail"), merit_identity_get_email (identity));
  if (merit_identity_get_phone (identity) != NULL)
    g_print ("%s: %s\n", _("Phone"), merit_identity_get_phone (identity));
  return MERIT_EXIT_OK;
}
