/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-demo.h: a generated demo workspace with candidates in every stage. */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MERIT_DEMO_DEFAULT_CANDIDATES 40

gboolean merit_demo_create (GFile    *folder,
                            guint     n_candidates,
                            gboolean  has_seed,
                            guint32   seed,
                            GError  **error);

G_END_DECLS
