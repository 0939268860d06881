/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-reveal.h: revealing who a candidate is, always on the record. */

#pragma once

#include "merit-candidate.h"
#include "merit-workspace.h"

G_BEGIN_DECLS

gboolean merit_reveal_identity (MeritWorkspace  *workspace,
                                MeritCandidate  *candidate,
                                const char      *actor,
                                const char      *reason,
                                GError         **error);

G_END_DECLS
