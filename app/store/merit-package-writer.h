/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-package-writer.h: the model into package XML. */

#pragma once

#include <glib.h>
#include <libxml/tree.h>

#include "merit-candidate.h"

G_BEGIN_DECLS

xmlDoc *merit_package_build_doc (MeritCandidate  *candidate);
xmlDoc *merit_package_build_section_doc (MeritCandidate  *candidate,
                                         const char      *section);
GBytes *merit_package_serialize (MeritCandidate  *candidate,
                                 GError         **error);
GBytes *merit_package_serialize_unchecked (MeritCandidate  *candidate,
                                           GError         **error);

G_END_DECLS
