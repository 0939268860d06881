/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-xml-patterns.h: the schemas' pattern facets, checked once compiled. */

#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

typedef struct _MeritPatterns MeritPatterns;

MeritPatterns *_merit_patterns_extract        (xmlDoc         *schema);
gboolean       _merit_patterns_check          (MeritPatterns  *self,
                                               xmlDoc         *doc,
                                               const char     *display_name,
                                               const char     *kind,
                                               GError        **error);
guint          _merit_patterns_get_n_patterns (MeritPatterns  *self);
void           _merit_patterns_free           (MeritPatterns  *self);

G_END_DECLS
