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

#include "merit-cli-private.h"

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
