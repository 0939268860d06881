/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-first-run-page.h: asks a new user who they are before the first workspace exists. */

#pragma once

#include <adwaita.h>

#include "merit-types.h"

G_BEGIN_DECLS

#define MERIT_TYPE_FIRST_RUN_PAGE (merit_first_run_page_get_type ())

G_DECLARE_FINAL_TYPE (MeritFirstRunPage, merit_first_run_page, MERIT, FIRST_RUN_PAGE, GtkWidget)

const char     *merit_first_run_page_get_name  (MeritFirstRunPage *self);
MeritRoleFlags  merit_first_run_page_get_roles (MeritFirstRunPage *self);

G_END_DECLS
