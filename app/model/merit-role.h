/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-role.h: the position a candidate is considered for */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define MERIT_TYPE_ROLE (merit_role_get_type ())

G_DECLARE_FINAL_TYPE (MeritRole, merit_role, MERIT, ROLE, GObject)

MeritRole  *merit_role_new       (void);
const char *merit_role_get_title (MeritRole *self);
void        merit_role_set_title (MeritRole  *self,
                                  const char *title);
const char *merit_role_get_team  (MeritRole *self);
void        merit_role_set_team  (MeritRole  *self,
                                  const char *team);
const char *merit_role_get_level (MeritRole *self);
void        merit_role_set_level (MeritRole  *self,
                                  const char *level);

G_END_DECLS
