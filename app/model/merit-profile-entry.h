/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-profile-entry.h: one item of a candidate profile (job, degree, award, ...) */

#pragma once

#include <glib-object.h>

#include "merit-types.h"

G_BEGIN_DECLS

#define MERIT_TYPE_PROFILE_ENTRY (merit_profile_entry_get_type ())

G_DECLARE_FINAL_TYPE (MeritProfileEntry, merit_profile_entry, MERIT, PROFILE_ENTRY, GObject)

MeritProfileEntry     *merit_profile_entry_new              (MeritProfileEntryKind kind);
MeritProfileEntryKind  merit_profile_entry_get_kind         (MeritProfileEntry *self);
void                   merit_profile_entry_set_kind         (MeritProfileEntry     *self,
                                                             MeritProfileEntryKind  kind);
const char            *merit_profile_entry_get_title        (MeritProfileEntry *self);
void                   merit_profile_entry_set_title        (MeritProfileEntry *self,
                                                             const char        *title);
const char            *merit_profile_entry_get_organization (MeritProfileEntry *self);
void                   merit_profile_entry_set_organization (MeritProfileEntry *self,
                                                             const char        *organization);
const char            *merit_profile_entry_get_location     (MeritProfileEntry *self);
void                   merit_profile_entry_set_location     (MeritProfileEntry *self,
                                                             const char        *location);
const char            *merit_profile_entry_get_start_date   (MeritProfileEntry *self);
void                   merit_profile_entry_set_start_date   (MeritProfileEntry *self,
                                                             const char        *start_date);
const char            *merit_profile_entry_get_end_date     (MeritProfileEntry *self);
void                   merit_profile_entry_set_end_date     (MeritProfileEntry *self,
                                                             const char        *end_date);
const char            *merit_profile_entry_get_url          (MeritProfileEntry *self);
void                   merit_profile_entry_set_url          (MeritProfileEntry *self,
                                                             const char        *url);
const char            *merit_profile_entry_get_description  (MeritProfileEntry *self);
void                   merit_profile_entry_set_description  (MeritProfileEntry *self,
                                                             const char        *description);
const char * const    *merit_profile_entry_get_keywords     (MeritProfileEntry *self);
void                   merit_profile_entry_set_keywords     (MeritProfileEntry  *self,
                                                             const char * const *keywords);

G_END_DECLS
