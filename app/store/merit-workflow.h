/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-workflow.h: who may do what to a package, enforced in one place. */

#pragma once

#include "merit-candidate.h"
#include "merit-workspace.h"

G_BEGIN_DECLS

gboolean     merit_workflow_check_role          (MeritWorkspace         *workspace,
                                                 const char             *actor,
                                                 MeritRoleFlags          role,
                                                 GError                **error);
gboolean     merit_workflow_needs_review_by     (MeritCandidate         *candidate,
                                                 const char             *actor);
MeritReview *merit_workflow_ensure_draft_review (MeritWorkspace         *workspace,
                                                 MeritCandidate         *candidate,
                                                 const char             *actor,
                                                 GError                **error);
gboolean     merit_workflow_submit_review       (MeritWorkspace         *workspace,
                                                 MeritCandidate         *candidate,
                                                 const char             *actor,
                                                 GError                **error);
gboolean     merit_workflow_decide_offer        (MeritWorkspace         *workspace,
                                                 MeritCandidate         *candidate,
                                                 const char             *actor,
                                                 MeritApprovalDecision   decision,
                                                 const char             *comment,
                                                 GError                **error);
gboolean     merit_workflow_can_see_identity    (MeritWorkspace         *workspace,
                                                 MeritCandidate         *candidate,
                                                 const char             *actor);

G_END_DECLS
