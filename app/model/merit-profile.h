/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-profile.h: a candidate's summary, resume text and profile entries */

#pragma once

#include <gio/gio.h>

#include "merit-profile-entry.h"

G_BEGIN_DECLS

#define MERIT_TYPE_PROFILE (merit_profile_get_type ())

G_DECLARE_FINAL_TYPE (MeritProfile, merit_profile, MERIT, PROFILE, GObject)

MeritProfile *merit_profile_new             (void);
const char   *merit_profile_get_summary     (MeritProfile *self);
void          merit_profile_set_summary     (MeritProfile *self,
                                             const char   *summary);
const char   *merit_profile_get_resume_text (MeritProfile *self);
void          merit_profile_set_resume_text (MeritProfile *self,
                                             const char   *resume_text);
GListModel   *merit_profile_get_entries     (MeritProfile *self);
void          merit_profile_add_entry       (MeritProfile      *self,
                                             MeritProfileEntry *entry);
void          merit_profile_remove_entry    (MeritProfile *self,
                                             guint         position);

G_END_DECLS
