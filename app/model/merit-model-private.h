/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-model-private.h: helpers shared by the model sources, not part of the API */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* An event chain starts from this "previous hash". */
#define MERIT_ZERO_HASH "0000000000000000000000000000000000000000000000000000000000000000"

gboolean _merit_strv_equal0 (const char * const *a,
                             const char * const *b);
gboolean _merit_set_str     (char       **field,
                             const char  *value);

G_END_DECLS
