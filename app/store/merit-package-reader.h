/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-package-reader.h: package XML into the model. */

#pragma once

#include <glib.h>
#include <libxml/tree.h>

#include "merit-candidate.h"

G_BEGIN_DECLS

MeritCandidate *merit_package_read_doc   (xmlDoc      *doc,
                                          const char  *display_name,
                                          const char  *expected_id,
                                          GError     **error);
MeritCandidate *merit_package_read_bytes (GBytes      *bytes,
                                          const char  *display_name,
                                          const char  *expected_id,
                                          GError     **error);

MeritCandidate *_merit_package_read_bytes_unwatched (GBytes      *bytes,
                                                     const char  *display_name,
                                                     const char  *expected_id,
                                                     GError     **error);

G_END_DECLS
