/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-verify.h: offline verification of a workspace. */

#pragma once

#include "merit-trust.h"
#include "merit-workspace-store.h"

G_BEGIN_DECLS

GPtrArray *merit_verify_candidate (MeritWorkspace *workspace,
                                   MeritCandidate *candidate,
                                   const char     *display_name);
GPtrArray *merit_verify_store     (MeritWorkspaceStore *store);
MeritTrustVerdict merit_verify_candidate_verdict (MeritWorkspace *workspace,
                                                  MeritCandidate *candidate,
                                                  const char     *display_name,
                                                  GPtrArray      *problems);

G_END_DECLS
