/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-criterion.h: one rubric criterion with its localized name and level anchors */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define MERIT_TYPE_CRITERION (merit_criterion_get_type ())

G_DECLARE_FINAL_TYPE (MeritCriterion, merit_criterion, MERIT, CRITERION, GObject)

/* Scores run from 1 (weak) to this value (exceptional); 0 means unscored. */
#define MERIT_CRITERION_N_LEVELS 4

MeritCriterion     *merit_criterion_new                   (const char *id);
const char         *merit_criterion_get_id                (MeritCriterion *self);
const char         *merit_criterion_get_name              (MeritCriterion *self,
                                                           const char     *lang);
void                merit_criterion_set_name              (MeritCriterion *self,
                                                           const char     *lang,
                                                           const char     *text);
const char         *merit_criterion_get_level_description (MeritCriterion *self,
                                                           guint           level,
                                                           const char     *lang);
void                merit_criterion_set_level_description (MeritCriterion *self,
                                                           guint           level,
                                                           const char     *lang,
                                                           const char     *text);
const char * const *merit_criterion_get_languages         (MeritCriterion *self);

G_END_DECLS
