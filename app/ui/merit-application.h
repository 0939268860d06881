/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-application.h: the Merit application. */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MERIT_TYPE_APPLICATION (merit_application_get_type ())

G_DECLARE_FINAL_TYPE (MeritApplication, merit_application, MERIT, APPLICATION, AdwApplication)

MeritApplication *merit_application_new           (void);
void              merit_application_set_workspace (MeritApplication *self,
                                                   GFile            *folder);
void              merit_application_preload       (MeritApplication *self);

G_END_DECLS
