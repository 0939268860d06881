/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-criterion-row.h: the score and evidence of one rubric criterion in the review form. */

#pragma once

#include <adwaita.h>

#include "merit-model.h"

G_BEGIN_DECLS

#define MERIT_TYPE_CRITERION_ROW (merit_criterion_row_get_type ())

G_DECLARE_FINAL_TYPE (MeritCriterionRow, merit_criterion_row, MERIT, CRITERION_ROW, GtkListBoxRow)

GtkWidget  *merit_criterion_row_new              (MeritCriterion    *criterion);
const char *merit_criterion_row_get_criterion_id (MeritCriterionRow *self);
guint       merit_criterion_row_get_score        (MeritCriterionRow *self);
void        merit_criterion_row_set_score        (MeritCriterionRow *self,
                                                  guint              score);
char       *merit_criterion_row_dup_evidence     (MeritCriterionRow *self);
void        merit_criterion_row_set_evidence     (MeritCriterionRow *self,
                                                  const char        *evidence);

G_END_DECLS
