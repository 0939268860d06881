/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-cli-keys.c: `merit keygen` and `merit pin`.
 *
 *   merit keygen DIR --as M [--passphrase-stdin] [--by S]
 *   merit pin DIR [--fingerprint DIGITS | --yes]
 *
 * keygen creates M's key pair, keeps the private key in this user's key folder and writes the
 * public key into the roster, which the chair or the CEO then signs (M itself when M is one of
 * them; the old CEO key when the CEO replaces their key).  pin records the CEO's key for the
 * workspace on this desktop, after the person compared its fingerprint with the CEO.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <sodium.h>

#include "merit-cli-private.h"
#include "merit-keys.h"
#include "merit-store-error.h"
#include "merit-trust.h"

/* Reads one line of stdin, for scripts; the caller wipes it. */
static char *
read_stdin_line (void)
{
  char line[1024];
  char *result = NULL;

  if (fgets (line, sizeof line, stdin) != NULL)
    {
      line[strcspn (line, "\n")] = '\0';
      result = g_strdup (line);
    }
  sodium_memzero (line, sizeof line);
  return result;
}

static void
free_secret (char *secret)
{
  if (secret == NULL)
    return;
  sodium_memzero (secret, strlen (secret));
  g_free (secret);
}

/* The key to sign the changed roster with: --by, the old CEO key on a rotation, the member
 * itself when chair or CEO, else any chair's or CEO's key that is usable here. */
static const char *
pick_roster_signer (MeritWorkspace *workspace,
                    MeritMember    *member,
                    const char     *old_key,
                    const char     *by,
                    GError        **error)
{
  MeritRoster *roster = merit_workspace_get_roster (workspace);

  if (by != NULL)
    {
      MeritMember *signer = merit_roster_lookup (roster, by);

      if (signer == NULL || merit_member_get_public_key (signer) == NULL
          || (!merit_member_has_role (signer, MERIT_ROLE_CHAIR)
              && !merit_member_has_role (signer, MERIT_ROLE_CEO)))
        {
          g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_KEY,
                       _("%s is not a chair or CEO with a key, so cannot sign the roster"), by);
          return NULL;
        }
      return merit_member_get_public_key (signer);
    }
  if (merit_member_has_role (member, MERIT_ROLE_CEO) && old_key != NULL)
    return old_key;
  if (merit_member_has_role (member, MERIT_ROLE_CHAIR)
      || merit_member_has_role (member, MERIT_ROLE_CEO))
    return merit_member_get_public_key (member);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (roster)); i++)
    {
      g_autoptr(MeritMember) other = g_list_model_get_item (G_LIST_MODEL (roster), i);
      const char *key = merit_member_get_public_key (other);
      gboolean needs = TRUE;

      if (key != NULL
          && (merit_member_has_role (other, MERIT_ROLE_CHAIR)
              || merit_member_has_role (other, MERIT_ROLE_CEO))
          && (merit_key_is_unlocked (key)
              || (merit_key_needs_passphrase (key, &needs, NULL) && !needs)))
        return key;
    }
  return NULL;
}

int
merit_cli_keygen (int    argc,
                  char **argv)
{
  g_autofree char *as = NULL;
  g_autofree char *by = NULL;
  gboolean passphrase_stdin = FALSE;
  GOptionEntry entries[] = {
    { "as", 0, 0, G_OPTION_ARG_STRING, &as, N_("The member the key is for"), "M" },
    { "passphrase-stdin", 0, 0, G_OPTION_ARG_NONE, &passphrase_stdin,
      N_("Protect the private key with a passphrase read from the first line of stdin"), NULL },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by,
      N_("The chair or CEO who signs the changed roster"), "S" },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("DIR — create a key pair for a member"));
  g_autoptr(MeritWorkspaceStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *old_key = NULL;
  g_autofree char *public_key = NULL;
  g_autofree char *digits = NULL;
  g_autofree char *path = NULL;
  g_autofree char *pinned = NULL;
  MeritWorkspace *workspace;
  MeritMember *member;
  GFile *folder;
  const char *signer;
  char *passphrase = NULL;
  int status = MERIT_EXIT_OK;
  gboolean ok;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!_merit_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return _merit_cli_usage_error (context, _("keygen needs exactly one workspace folder"));
  if (as == NULL || *as == '\0')
    return _merit_cli_usage_error (context, _("%s needs --as MEMBER-ID"), "keygen");
  store = _merit_cli_open_store (argv[1], &status);
  if (store == NULL)
    return status;
  workspace = merit_workspace_store_get_workspace (store);
  folder = merit_workspace_store_get_folder (store);
  member = merit_roster_lookup (merit_workspace_get_roster (workspace), as);
  if (member == NULL)
    {
      g_printerr (_("%s: there is no member “%s” in the roster\n"), argv[1], as);
      return MERIT_EXIT_INVALID;
    }
  old_key = g_strdup (merit_member_get_public_key (member));
  pinned = merit_trust_dup_pin (folder);

  if (passphrase_stdin)
    {
      passphrase = read_stdin_line ();
      if (passphrase == NULL || *passphrase == '\0')
        {
          free_secret (passphrase);
          g_printerr ("%s\n", _("--passphrase-stdin: the first line of stdin is empty"));
          return MERIT_EXIT_INVALID;
        }
    }
  ok = merit_key_generate (as, passphrase, NULL, &public_key, &error);
  if (ok && passphrase != NULL)
    ok = merit_key_unlock (public_key, passphrase, &error);
  free_secret (passphrase);
  if (!ok)
    {
      g_printerr ("%s\n", error->message);
      return MERIT_EXIT_INVALID;
    }

  merit_member_set_public_key (member, public_key);
  if (old_key != NULL)
    {
      g_autofree char *previous = merit_member_get_previous_keys (member) != NULL
                                  ? g_strjoin (" ", merit_member_get_previous_keys (member),
                                               old_key, NULL)
                                  : g_strdup (old_key);

      /* The old key still checks what it signed; the schema keeps the last sixteen. */
      merit_member_set_previous_keys (member, previous);
    }
  signer = pick_roster_signer (workspace, member, old_key, by, &error);
  if (error != NULL)
    {
      g_printerr ("%s\n", error->message);
      return MERIT_EXIT_INVALID;
    }
  if (signer == NULL)
    merit_roster_set_signature (merit_workspace_get_roster (workspace), NULL, NULL);
  else if (!_merit_cli_unlock_key (workspace, signer, &status)
           || !merit_trust_sign_roster (workspace, signer, &error))
    {
      if (error != NULL)
        g_printerr ("%s\n", error->message);
      return MERIT_EXIT_INVALID;
    }
  if (!merit_workspace_store_save_workspace (store, &error))
    {
      g_printerr ("%s\n", error->message);
      return MERIT_EXIT_INVALID;
    }
  /* A CEO who makes their own key trusts it on this desktop. */
  if (merit_member_has_role (member, MERIT_ROLE_CEO)
      && (pinned == NULL || g_strcmp0 (pinned, old_key) == 0)
      && !merit_trust_set_pin (folder, public_key, &error))
    {
      g_printerr ("%s\n", error->message);
      return MERIT_EXIT_INVALID;
    }

  digits = merit_key_fingerprint_digits (public_key);
  path = merit_key_dup_path (public_key);
  g_print (_("Created a key for %s.\nFingerprint: %s\nPrivate key: %s\n"), as, digits, path);
  if (signer == NULL)
    g_print ("%s\n", _("The roster change is not signed yet: the chair or the CEO signs it with "
                       "“merit keygen … --by S” or by creating their own key."));
  return MERIT_EXIT_OK;
}

static char *
strip_spaces (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p) && *p != '-')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

int
merit_cli_pin (int    argc,
               char **argv)
{
  g_autofree char *fingerprint = NULL;
  gboolean yes = FALSE;
  GOptionEntry entries[] = {
    { "fingerprint", 0, 0, G_OPTION_ARG_STRING, &fingerprint,
      N_("The CEO key’s fingerprint as the CEO read it out; pins only if it matches"), "DIGITS" },
    { "yes", 0, 0, G_OPTION_ARG_NONE, &yes,
      N_("Pin the roster’s CEO key without a fingerprint (first use only)"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("DIR — pin the CEO’s key for a workspace on this desktop"));
  g_autoptr(MeritWorkspaceStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pinned = NULL;
  g_autofree char *digits = NULL;
  MeritWorkspace *workspace;
  MeritMember *ceo;
  const char *key;
  GFile *folder;
  int status = MERIT_EXIT_OK;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!_merit_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return _merit_cli_usage_error (context, _("pin needs exactly one workspace folder"));
  if (fingerprint != NULL && yes)
    return _merit_cli_usage_error (context, _("give either --fingerprint or --yes"));
  store = _merit_cli_open_store (argv[1], &status);
  if (store == NULL)
    return status;
  workspace = merit_workspace_store_get_workspace (store);
  folder = merit_workspace_store_get_folder (store);
  ceo = merit_trust_find_ceo (workspace);
  key = ceo != NULL ? merit_member_get_public_key (ceo) : NULL;
  if (key == NULL)
    {
      g_printerr (_("%s: the roster has no CEO with a key (see merit keygen)\n"), argv[1]);
      return MERIT_EXIT_INVALID;
    }
  digits = merit_key_fingerprint_digits (key);
  pinned = merit_trust_dup_pin (folder);
  g_print (_("CEO: %s (%s)\nFingerprint: %s\n"), merit_member_get_name (ceo),
           merit_member_get_id (ceo), digits);

  if (pinned != NULL && g_strcmp0 (pinned, key) == 0)
    {
      g_print ("%s\n", _("This key is pinned on this desktop."));
      return MERIT_EXIT_OK;
    }
  if (fingerprint != NULL)
    {
      g_autofree char *given = strip_spaces (fingerprint);
      g_autofree char *expected = strip_spaces (digits);

      if (g_strcmp0 (given, expected) != 0)
        {
          g_printerr (_("%s: the fingerprint given does not match the roster’s CEO key; "
                        "nothing was pinned\n"), argv[1]);
          return MERIT_EXIT_INVALID;
        }
    }
  else if (!yes || pinned != NULL)
    {
      g_printerr (pinned != NULL
                  ? _("%s: another CEO key is pinned on this desktop; compare the new "
                      "fingerprint with the CEO and pin it with --fingerprint\n")
                  : _("%s: not pinned; compare the fingerprint with the CEO, then run "
                      "merit pin with --fingerprint DIGITS (or --yes)\n"),
                  argv[1]);
      return MERIT_EXIT_INVALID;
    }
  if (!merit_trust_set_pin (folder, key, &error))
    {
      g_printerr ("%s\n", error->message);
      return MERIT_EXIT_INVALID;
    }
  g_print ("%s\n", _("Pinned."));
  return MERIT_EXIT_OK;
}
