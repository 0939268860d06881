/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-score.h: the score and evidence a reviewer gave for one rubric criterion */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define MERIT_TYPE_SCORE (merit_score_get_type ())

G_DECLARE_FINAL_TYPE (MeritScore, merit_score, MERIT, SCORE, GObject)

MeritScore *merit_score_new           (const char *criterion);
const char *merit_score_get_criterion (MeritScore *self);
guint       merit_score_get_value     (MeritScore *self);
void        merit_score_set_value     (MeritScore *self,
                                       guint       value);
const char *merit_score_get_evidence  (MeritScore *self);
void        merit_score_set_evidence  (MeritScore *self,
                                       const char *evidence);

G_END_DECLS
