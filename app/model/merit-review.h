/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-review.h: one reviewer's scored assessment of a candidate against the rubric */

#pragma once

#include <gio/gio.h>

#include "merit-types.h"

#include "merit-score.h"

G_BEGIN_DECLS

#define MERIT_TYPE_REVIEW (merit_review_get_type ())

G_DECLARE_FINAL_TYPE (MeritReview, merit_review, MERIT, REVIEW, GObject)

MeritReview      *merit_review_new           (const char *id,
                                              const char *reviewer);
const char       *merit_review_get_id        (MeritReview *self);
const char       *merit_review_get_reviewer  (MeritReview *self);
MeritReviewState  merit_review_get_state     (MeritReview *self);
void              merit_review_set_state     (MeritReview      *self,
                                              MeritReviewState  state);
const char       *merit_review_get_submitted (MeritReview *self);
void              merit_review_set_submitted (MeritReview *self,
                                              const char  *submitted);
const char       *merit_review_get_amends    (MeritReview *self);
void              merit_review_set_amends    (MeritReview *self,
                                              const char  *amends);
GListModel       *merit_review_get_scores    (MeritReview *self);
MeritScore       *merit_review_get_score     (MeritReview *self,
                                              const char  *criterion);
MeritScore       *merit_review_ensure_score  (MeritReview *self,
                                              const char  *criterion);
gboolean          merit_review_is_complete   (MeritReview        *self,
                                              const char * const *criteria);
gboolean          merit_review_submit        (MeritReview         *self,
                                              const char * const  *criteria,
                                              const char          *time,
                                              GError             **error);

G_END_DECLS
