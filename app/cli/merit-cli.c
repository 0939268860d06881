/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-cli.c: the scriptable command line: dispatch and shared helpers.
 *
 * Commands run headless, print machine-readable JSON with --json, and exit 0 on success,
 * 1 when input is invalid or a rule refuses the step (one line per problem on stderr), and
 * 2 on bad usage.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <sodium.h>

#include "merit-cli-private.h"
#include "merit-keys.h"
#include "merit-seal.h"
#include "merit-trust.h"

typedef struct
{
  const char          *name;
  MeritCliCommandFunc  func;
  const char          *synopsis;
  const char          *summary;
} Command;

static const Command commands[] = {
  { "demo", merit_cli_demo, "DIR [--candidates N] [--seed S]",
    N_("Create a demo workspace with candidates in every stage") },
  { "list", merit_cli_list, "DIR [--stage S] [--json]", N_("List the packages of a workspace") },
  { "show", merit_cli_show, "DIR ID [--blind] [--json]", N_("Show one package") },
  { "roster", merit_cli_roster, "DIR [--json]", N_("List the members of a workspace") },
  { "validate", merit_cli_validate, "FILE…", N_("Check package or workspace files against the schema") },
  { "verify", merit_cli_verify, "DIR",
    N_("Verify every package: schema, history chain and approval digests") },
  { "import", merit_cli_import, "DIR FILE… [--format jsonresume|greenhouse] [--json]",
    N_("Import candidates from JSON Resume or Greenhouse files") },
  { "export", merit_cli_export, "DIR --format json|csv [--identified --as M] [-o FILE]",
    N_("Export the workspace as JSON or the pipeline as CSV") },
  { "review", merit_cli_review,
    "DIR ID --as M --score CRITERION=N --evidence CRITERION=TEXT … [--submit]",
    N_("Score a package blind; --submit makes the review final") },
  { "vote", merit_cli_vote,
    "DIR ID --as M --vote strong-hire|hire|no-hire|strong-no-hire --rationale TEXT",
    N_("Cast a committee vote once the blind reviews are in") },
  { "decide", merit_cli_decide, "DIR ID --as M --decision hire|no-hire --rationale TEXT",
    N_("Record the committee’s decision (chair, with quorum)") },
  { "offer", merit_cli_offer,
    "DIR ID --as M --level L --base AMOUNT --currency CUR [--equity N] [--bonus AMOUNT] "
    "--start YYYY-MM-DD --justification TEXT [--exception TEXT]",
    N_("Draft the offer, checked against the comp band (chair)") },
  { "submit-offer", merit_cli_step, "DIR ID --as M [--comment TEXT]",
    N_("Send the offer package to the CEO (chair)") },
  { "approve", merit_cli_step, "DIR ID --as M [--comment TEXT]",
    N_("Approve the offer package, bound to its digest (CEO)") },
  { "return", merit_cli_step, "DIR ID --as M --comment TEXT",
    N_("Return the offer package for changes (CEO)") },
  { "reject", merit_cli_step, "DIR ID --as M --comment TEXT",
    N_("Reject the offer package (CEO)") },
  { "extend", merit_cli_step, "DIR ID --as M [--comment TEXT]",
    N_("Extend an offer whose approval matches the package (chair or CEO)") },
  { "advance", merit_cli_advance, "DIR ID STAGE --as M [--comment TEXT]",
    N_("Move a package to another stage of the workflow") },
  { "keygen", merit_cli_keygen, "DIR --as M [--passphrase-stdin] [--by S]",
    N_("Create a key pair for a member and put the public key in the roster") },
  { "pin", merit_cli_pin, "DIR [--fingerprint DIGITS | --yes]",
    N_("Pin the CEO’s key for a workspace on this desktop") },
  { "reveal", merit_cli_reveal, "DIR ID --as M [--reason TEXT]",
    N_("Show who a candidate is; recorded in the history (chair, CEO)") },
  { "report", merit_cli_report,
    "DIR [--role R] [--from DATE] [--to DATE] [--interval week|month] "
    "[--json | --plot NAME -o FILE.svg|FILE.png]",
    N_("Pipeline figures: funnel, time in stage, approval latency, scores; or one dashboard "
       "plot saved as SVG or PNG") },
  { "print", merit_cli_print, "DIR ID -o FILE.pdf [--as M]",
    N_("Print an offer package to PDF for an approval meeting") },
};

gboolean
merit_cli_is_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (commands[i].name, name) == 0)
      return TRUE;
  return g_strcmp0 (name, "help") == 0;
}

void
merit_cli_print_help (void)
{
  g_print ("%s\n  merit [--workspace DIR]\n  merit COMMAND [OPTION…]\n\n", _("Usage:"));
  g_print ("%s\n\n", _("Merit scores candidates blind, records committee decisions and binds "
                       "every offer to the CEO’s approval. Without a command it opens the "
                       "window."));
  g_print ("%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_print ("  %-9s %s\n            %s\n", commands[i].name, commands[i].synopsis,
             _(commands[i].summary));
  g_print ("\n%s\n", _("Exit status: 0 on success, 1 when input is invalid or a rule refuses "
                       "the step, 2 on bad usage. “merit COMMAND --help” describes a command."));
}

/**
 * merit_cli_run:
 * @argc: the argument count, starting at the command name
 * @argv: the arguments, argv[0] being the command name
 *
 * Returns: the exit status
 */
int
merit_cli_run (int    argc,
               char **argv)
{
  g_return_val_if_fail (argc >= 1, MERIT_EXIT_USAGE);

  if (g_strcmp0 (argv[0], "help") == 0)
    {
      merit_cli_print_help ();
      return MERIT_EXIT_OK;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (commands[i].name, argv[0]) == 0)
      return commands[i].func (argc, argv);

  g_printerr (_("merit: unknown command “%s”; see “merit --help”\n"), argv[0]);
  return MERIT_EXIT_USAGE;
}

int
_merit_cli_usage_error (GOptionContext *context,
                        const char     *format,
                        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("merit: %s\n", message);
  if (context != NULL)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      g_printerr ("%s", help);
    }
  return MERIT_EXIT_USAGE;
}

/* Parses the options of a command.  Returns FALSE with @exit_status set on bad usage. */
gboolean
_merit_cli_parse (GOptionContext   *context,
                  int              *argc,
                  char           ***argv,
                  int              *exit_status)
{
  g_autoptr(GError) error = NULL;

  g_option_context_set_help_enabled (context, TRUE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      *exit_status = _merit_cli_usage_error (NULL, "%s", error->message);
      return FALSE;
    }
  return TRUE;
}

/* Opens and loads a workspace for a command.  Returns NULL with @exit_status set. */
MeritWorkspaceStore *
_merit_cli_open_store (const char *dir,
                       int        *exit_status)
{
  g_autoptr(GFile) folder = g_file_new_for_commandline_arg (dir);
  g_autoptr(MeritWorkspaceStore) store = merit_workspace_store_new (folder);
  g_autoptr(GError) error = NULL;

  if (!merit_workspace_store_load (store, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      *exit_status = MERIT_EXIT_INVALID;
      return NULL;
    }
  return g_steal_pointer (&store);
}

/* Reads a passphrase: $MERIT_PASSPHRASE, else from the terminal without echo. */
static char *
read_passphrase (const char *member_id)
{
  const char *from_env = g_getenv ("MERIT_PASSPHRASE");
  struct termios saved, quiet;
  char line[1024];
  char *result = NULL;

  if (from_env != NULL)
    return g_strdup (from_env);
  if (!isatty (STDIN_FILENO) || tcgetattr (STDIN_FILENO, &saved) != 0)
    return NULL;
  g_printerr (_("Passphrase for %s’s key: "), member_id);
  quiet = saved;
  quiet.c_lflag &= ~(tcflag_t) ECHO;
  tcsetattr (STDIN_FILENO, TCSAFLUSH, &quiet);
  if (fgets (line, sizeof line, stdin) != NULL)
    {
      line[strcspn (line, "\n")] = '\0';
      result = g_strdup (line);
    }
  tcsetattr (STDIN_FILENO, TCSAFLUSH, &saved);
  g_printerr ("\n");
  sodium_memzero (line, sizeof line);
  return result;
}

/* Makes the private key of @public_key available, asking for its passphrase if it has one.
 * Returns FALSE with @exit_status set when the key is missing, unsafe or locked. */
gboolean
_merit_cli_unlock_key (MeritWorkspace *workspace,
                       const char     *public_key,
                       int            *exit_status)
{
  g_autofree char *key_id = merit_key_fingerprint (public_key);
  MeritMember *member = merit_trust_find_key (workspace, key_id);
  const char *who = member != NULL ? merit_member_get_id (member) : key_id;
  g_autoptr(GError) error = NULL;
  gboolean needs = FALSE;
  char *passphrase = NULL;
  gboolean ok;

  if (public_key == NULL || merit_key_is_unlocked (public_key))
    return TRUE;
  if (merit_key_needs_passphrase (public_key, &needs, NULL) && needs)
    passphrase = read_passphrase (who);
  ok = merit_key_unlock (public_key, passphrase, &error);
  if (passphrase != NULL)
    {
      sodium_memzero (passphrase, strlen (passphrase));
      g_free (passphrase);
    }
  if (!ok)
    {
      g_printerr (_("acting as %s needs their private key: %s\n"), who, error->message);
      *exit_status = MERIT_EXIT_INVALID;
    }
  return ok;
}

/* Makes @actor's private key available when @actor has a key in the roster. */
gboolean
_merit_cli_unlock (MeritWorkspace *workspace,
                   const char     *actor,
                   int            *exit_status)
{
  MeritMember *member = merit_roster_lookup (merit_workspace_get_roster (workspace), actor);

  if (member == NULL || merit_member_get_public_key (member) == NULL)
    return TRUE;
  return _merit_cli_unlock_key (workspace, merit_member_get_public_key (member), exit_status);
}

/* Opens the sealed identity of @candidate in memory when this computer holds the key of a
 * member it is sealed to: @as's key only when @as is given, else any recipient's key that
 * needs no passphrase.  Returns whether the identity is open (or was never sealed). */
gboolean
_merit_cli_open_sealed (MeritWorkspace *workspace,
                        MeritCandidate *candidate,
                        const char     *as)
{
  g_auto(GStrv) recipients = NULL;
  int status = MERIT_EXIT_OK;

  if (merit_candidate_get_sealed_identity (candidate) == NULL
      || merit_candidate_get_identity (candidate) != NULL)
    return TRUE;
  if (as != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!merit_seal_can_open (candidate, as) || !_merit_cli_unlock (workspace, as, &status))
        return FALSE;
      if (merit_seal_open (workspace, candidate, as, &error))
        return TRUE;
      /* Damaged or swapped: say so, rather than show it as merely sealed. */
      g_printerr ("%s: %s\n", merit_candidate_get_id (candidate), error->message);
      return FALSE;
    }
  recipients = merit_seal_dup_recipients (workspace);
  for (guint i = 0; recipients[i] != NULL; i++)
    {
      MeritMember *member = merit_roster_lookup (merit_workspace_get_roster (workspace),
                                                 recipients[i]);
      gboolean needs = TRUE;

      if (merit_seal_can_open (candidate, recipients[i])
          && merit_key_needs_passphrase (merit_member_get_public_key (member), &needs, NULL)
          && !needs && merit_seal_open (workspace, candidate, recipients[i], NULL))
        return TRUE;
    }
  return FALSE;
}

void
_merit_cli_print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}
