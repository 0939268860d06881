/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-pseudonym.h: the random names reviewers know candidates by. */

#pragma once

#include <glib.h>

#include "merit-workspace.h"

G_BEGIN_DECLS

GHashTable *merit_pseudonym_dup_taken     (MeritWorkspace *workspace);
char       *merit_pseudonym_new_unique    (GHashTable     *taken,
                                           GRand          *rand);
char       *merit_workspace_new_pseudonym (MeritWorkspace *workspace,
                                           GRand          *rand);

G_END_DECLS
