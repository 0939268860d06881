/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-review-pane.h: the current person's blind-review queue and the rubric form. */

#pragma once

#include <adwaita.h>

#include "merit-model.h"
#include "merit-workspace-store.h"

G_BEGIN_DECLS

#define MERIT_TYPE_REVIEW_PANE (merit_review_pane_get_type ())

G_DECLARE_FINAL_TYPE (MeritReviewPane, merit_review_pane, MERIT, REVIEW_PANE, GtkWidget)

MeritWorkspaceStore *merit_review_pane_get_store  (MeritReviewPane     *self);
void                 merit_review_pane_set_store  (MeritReviewPane     *self,
                                                   MeritWorkspaceStore *store);
MeritMember         *merit_review_pane_get_member (MeritReviewPane     *self);
void                 merit_review_pane_set_member (MeritReviewPane     *self,
                                                   MeritMember         *member);

G_END_DECLS
