/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-chunked-review.h: one rubric criterion across all candidates of a role. */

#pragma once

#include <adwaita.h>

#include "merit-model.h"
#include "merit-workspace-store.h"

G_BEGIN_DECLS

#define MERIT_TYPE_CHUNKED_REVIEW (merit_chunked_review_get_type ())

G_DECLARE_FINAL_TYPE (MeritChunkedReview, merit_chunked_review, MERIT, CHUNKED_REVIEW, GtkWidget)

MeritWorkspaceStore *merit_chunked_review_get_store  (MeritChunkedReview  *self);
void                 merit_chunked_review_set_store  (MeritChunkedReview  *self,
                                                      MeritWorkspaceStore *store);
MeritMember         *merit_chunked_review_get_member (MeritChunkedReview  *self);
void                 merit_chunked_review_set_member (MeritChunkedReview  *self,
                                                      MeritMember         *member);
void                 merit_chunked_review_restart    (MeritChunkedReview  *self);
gboolean             merit_chunked_review_leave      (MeritChunkedReview  *self);

G_END_DECLS
