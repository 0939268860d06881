/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-rubric.h: the list of criteria every review scores */

#pragma once

#include <gio/gio.h>

#include "merit-criterion.h"

G_BEGIN_DECLS

#define MERIT_TYPE_RUBRIC (merit_rubric_get_type ())

G_DECLARE_FINAL_TYPE (MeritRubric, merit_rubric, MERIT, RUBRIC, GObject)

MeritRubric    *merit_rubric_new               (void);
MeritRubric    *merit_rubric_new_default       (void);
guint           merit_rubric_get_min_reviews   (MeritRubric *self);
void            merit_rubric_set_min_reviews   (MeritRubric *self,
                                                guint        min_reviews);
void            merit_rubric_add               (MeritRubric    *self,
                                                MeritCriterion *criterion);
void            merit_rubric_remove_all        (MeritRubric *self);
MeritCriterion *merit_rubric_lookup            (MeritRubric *self,
                                                const char  *id);
GStrv           merit_rubric_dup_criterion_ids (MeritRubric *self);

G_END_DECLS
