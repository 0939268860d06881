/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-roster.h: the members of a hiring workspace */

#pragma once

#include <gio/gio.h>

#include "merit-member.h"

G_BEGIN_DECLS

#define MERIT_TYPE_ROSTER (merit_roster_get_type ())

G_DECLARE_FINAL_TYPE (MeritRoster, merit_roster, MERIT, ROSTER, GObject)

MeritRoster *merit_roster_new        (void);
void         merit_roster_add        (MeritRoster *self,
                                      MeritMember *member);
void         merit_roster_remove_all (MeritRoster *self);
MeritMember *merit_roster_lookup     (MeritRoster *self,
                                      const char  *id);
const char  *merit_roster_get_signer_key (MeritRoster *self);
const char  *merit_roster_get_signature  (MeritRoster *self);
void         merit_roster_set_signature  (MeritRoster *self,
                                          const char  *signer_key,
                                          const char  *signature);

G_END_DECLS
