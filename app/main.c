/* SPDX-License-Identifier: GPL-3.0-or-later */
/* main.c: a command runs headless; without one, Merit opens its window. */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "merit-application.h"
#include "merit-cli.h"

static gboolean
is_help (const char *arg)
{
  return g_strcmp0 (arg, "--help") == 0 || g_strcmp0 (arg, "-h") == 0
         || g_strcmp0 (arg, "-?") == 0;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(MeritApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MERIT_LOCALEDIR") != NULL
                                   ? g_getenv ("MERIT_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc >= 2 && merit_cli_is_command (argv[1]))
    return merit_cli_run (argc - 1, argv + 1);
  if (argc == 2 && is_help (argv[1]))
    {
      merit_cli_print_help ();
      return MERIT_EXIT_OK;
    }
  if (argc == 2 && g_strcmp0 (argv[1], "--version") == 0)
    {
      g_print ("merit %s\n", PACKAGE_VERSION);
      return MERIT_EXIT_OK;
    }
  if (argc >= 2 && argv[1][0] != '-')
    {
      g_printerr (_("merit: unknown command “%s”; see “merit --help”\n"), argv[1]);
      return MERIT_EXIT_USAGE;
    }

  app = merit_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
