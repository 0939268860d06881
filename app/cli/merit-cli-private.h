/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-cli-private.h: helpers shared by the command implementations. */

#pragma once

#include <json-glib/json-glib.h>

#include "merit-cli.h"
#include "merit-model.h"
#include "merit-workspace-store.h"

G_BEGIN_DECLS

typedef int (*MeritCliCommandFunc) (int    argc,
                                    char **argv);

int                  _merit_cli_usage_error  (GOptionContext *context,
                                              const char     *format,
                                              ...) G_GNUC_PRINTF (2, 3);
gboolean             _merit_cli_parse        (GOptionContext *context,
                                              int            *argc,
                                              char         ***argv,
                                              int            *exit_status);
MeritWorkspaceStore *_merit_cli_open_store   (const char     *dir,
                                              int            *exit_status);
void                 _merit_cli_print_json   (JsonNode       *node);
gboolean             _merit_cli_unlock_key   (MeritWorkspace *workspace,
                                              const char     *public_key,
                                              int            *exit_status);
gboolean             _merit_cli_open_sealed  (MeritWorkspace *workspace,
                                              MeritCandidate *candidate,
                                              const char     *as);
gboolean             _merit_cli_unlock       (MeritWorkspace *workspace,
                                              const char     *actor,
                                              int            *exit_status);
JsonNode            *_merit_cli_candidate_to_json (MeritCandidate *candidate,
                                                   gboolean        blind);

int merit_cli_demo     (int argc, char **argv);
int merit_cli_export   (int argc, char **argv);
int merit_cli_import   (int argc, char **argv);
int merit_cli_list     (int argc, char **argv);
int merit_cli_roster   (int argc, char **argv);
int merit_cli_show     (int argc, char **argv);
int merit_cli_validate (int argc, char **argv);
int merit_cli_verify   (int argc, char **argv);
int merit_cli_review   (int argc, char **argv);
int merit_cli_vote     (int argc, char **argv);
int merit_cli_decide   (int argc, char **argv);
int merit_cli_offer    (int argc, char **argv);
int merit_cli_step     (int argc, char **argv);
int merit_cli_advance  (int argc, char **argv);
int merit_cli_print    (int argc, char **argv);
int merit_cli_reveal   (int argc, char **argv);
int merit_cli_report   (int argc, char **argv);
int merit_cli_keygen   (int argc, char **argv);
int merit_cli_pin      (int argc, char **argv);

G_END_DECLS
