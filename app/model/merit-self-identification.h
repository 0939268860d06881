/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-self-identification.h: voluntary self-identification answers, never shown to reviewers */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define MERIT_TYPE_SELF_IDENTIFICATION (merit_self_identification_get_type ())

G_DECLARE_FINAL_TYPE (MeritSelfIdentification, merit_self_identification, MERIT, SELF_IDENTIFICATION, GObject)

MeritSelfIdentification *merit_self_identification_new                (void);
const char              *merit_self_identification_get_gender         (MeritSelfIdentification *self);
void                     merit_self_identification_set_gender         (MeritSelfIdentification *self,
                                                                       const char              *gender);
const char              *merit_self_identification_get_ethnicity      (MeritSelfIdentification *self);
void                     merit_self_identification_set_ethnicity      (MeritSelfIdentification *self,
                                                                       const char              *ethnicity);
const char              *merit_self_identification_get_disability     (MeritSelfIdentification *self);
void                     merit_self_identification_set_disability     (MeritSelfIdentification *self,
                                                                       const char              *disability);
const char              *merit_self_identification_get_veteran_status (MeritSelfIdentification *self);
void                     merit_self_identification_set_veteran_status (MeritSelfIdentification *self,
                                                                       const char              *veteran_status);
gboolean                 merit_self_identification_get_declined       (MeritSelfIdentification *self);
void                     merit_self_identification_set_declined       (MeritSelfIdentification *self,
                                                                       gboolean                 declined);

G_END_DECLS
