/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-digest.h: the content digest that an approval binds. */

#pragma once

#include <glib.h>
#include <libxml/tree.h>

#include "merit-candidate.h"

G_BEGIN_DECLS

char *merit_digest_doc       (xmlDoc          *doc,
                              GError         **error);
char *merit_digest_candidate (MeritCandidate  *candidate,
                              GError         **error);
char *merit_digest_generated (MeritCandidate  *candidate,
                              GError         **error);

G_END_DECLS
