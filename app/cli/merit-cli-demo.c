/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-cli-demo.c: `merit demo DIR [--candidates N] [--seed S]`. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "merit-cli-private.h"
#include "merit-demo.h"

int
merit_cli_demo (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("DIR — create a demo workspace"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) folder = NULL;
  int candidates = MERIT_DEMO_DEFAULT_CANDIDATES;
  char *seed_text = NULL;
  guint64 seed = 0;
  int status = MERIT_EXIT_OK;
  GOptionEntry entries[] = {
    { "candidates", 'n', 0, G_OPTION_ARG_INT, &candidates,
      N_("How many candidates to generate (default 40)"), "N" },
    { "seed", 's', 0, G_OPTION_ARG_STRING, &seed_text,
      N_("Random seed; the same seed gives the same workspace"), "S" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!_merit_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    {
      g_free (seed_text);
      return _merit_cli_usage_error (context, _("demo needs exactly one folder"));
    }
  if (candidates < 0 || candidates > 1000000)
    {
      g_free (seed_text);
      return _merit_cli_usage_error (context, _("--candidates must be between 0 and 1000000"));
    }
  if (seed_text != NULL
      && !g_ascii_string_to_unsigned (seed_text, 10, 0, G_MAXUINT32, &seed, NULL))
    {
      g_autofree char *bad = seed_text;

      return _merit_cli_usage_error (context, _("--seed must be a number, not “%s”"), bad);
    }

  folder = g_file_new_for_commandline_arg (argv[1]);
  if (!merit_demo_create (folder, (guint) candidates, seed_text != NULL, (guint32) seed, &error))
    {
      g_free (seed_text);
      g_printerr ("%s\n", error->message);
      return MERIT_EXIT_INVALID;
    }
  g_free (seed_text);
  g_print (ngettext ("Created a demo workspace in %s with %d candidate.\n",
                     "Created a demo workspace in %s with %d candidates.\n", candidates),
           argv[1], candidates);
  return MERIT_EXIT_OK;
}
