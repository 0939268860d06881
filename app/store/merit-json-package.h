/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-json-package.h: the sections of a package as JSON, shared by show and export. */

#pragma once

#include <json-glib/json-glib.h>

#include "merit-candidate.h"

G_BEGIN_DECLS

void merit_json_add_string   (JsonBuilder        *builder,
                              const char         *member,
                              const char         *value);
void merit_json_add_strv     (JsonBuilder        *builder,
                              const char         *member,
                              const char * const *values);
void merit_json_add_identity (JsonBuilder        *builder,
                              MeritCandidate     *candidate);
void merit_json_add_profile  (JsonBuilder        *builder,
                              MeritProfile       *profile);
void merit_json_add_role     (JsonBuilder        *builder,
                              MeritRole          *role);

G_END_DECLS
