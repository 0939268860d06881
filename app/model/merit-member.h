/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-member.h: a person in the hiring workspace and the roles they hold */

#pragma once

#include <glib-object.h>

#include "merit-types.h"

G_BEGIN_DECLS

#define MERIT_TYPE_MEMBER (merit_member_get_type ())

G_DECLARE_FINAL_TYPE (MeritMember, merit_member, MERIT, MEMBER, GObject)

MeritMember    *merit_member_new            (void);
const char     *merit_member_get_id         (MeritMember *self);
void            merit_member_set_id         (MeritMember *self,
                                             const char  *id);
const char     *merit_member_get_name       (MeritMember *self);
void            merit_member_set_name       (MeritMember *self,
                                             const char  *name);
MeritRoleFlags  merit_member_get_roles      (MeritMember *self);
void            merit_member_set_roles      (MeritMember    *self,
                                             MeritRoleFlags  roles);
const char     *merit_member_get_public_key (MeritMember *self);
void            merit_member_set_public_key (MeritMember *self,
                                             const char  *public_key);
const char     *merit_member_get_previous_keys (MeritMember *self);
void            merit_member_set_previous_keys (MeritMember *self,
                                                const char  *previous_keys);
gboolean        merit_member_has_role       (MeritMember    *self,
                                             MeritRoleFlags  role);

G_END_DECLS
