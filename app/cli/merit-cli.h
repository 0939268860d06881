/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-cli.h: the scriptable command line. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of every command. */
#define MERIT_EXIT_OK      0
#define MERIT_EXIT_INVALID 1
#define MERIT_EXIT_USAGE   2

gboolean merit_cli_is_command (const char *name);
int      merit_cli_run        (int         argc,
                               char      **argv);
void     merit_cli_print_help (void);

G_END_DECLS
