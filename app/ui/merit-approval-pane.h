/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-approval-pane.h: the CEO's queue of offer packages and the decision on each. */

#pragma once

#include <adwaita.h>

#include "merit-model.h"
#include "merit-workspace-store.h"

G_BEGIN_DECLS

#define MERIT_TYPE_APPROVAL_PANE (merit_approval_pane_get_type ())

G_DECLARE_FINAL_TYPE (MeritApprovalPane, merit_approval_pane, MERIT, APPROVAL_PANE, GtkWidget)

MeritWorkspaceStore *merit_approval_pane_get_store  (MeritApprovalPane     *self);
void                 merit_approval_pane_set_store  (MeritApprovalPane     *self,
                                                   MeritWorkspaceStore *store);
MeritMember         *merit_approval_pane_get_member (MeritApprovalPane     *self);
void                 merit_approval_pane_set_member (MeritApprovalPane     *self,
                                                   MeritMember         *member);
guint                merit_approval_pane_get_n_waiting          (MeritApprovalPane *self);
MeritCandidate      *merit_approval_pane_get_selected_candidate (MeritApprovalPane *self);

G_END_DECLS
