/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-candidate-private.h: candidate API reserved for the store that loads packages */

#pragma once

#include "merit-candidate.h"

G_BEGIN_DECLS

void     _merit_candidate_set_loading (MeritCandidate *self,
                                       gboolean        loading);
gboolean _merit_candidate_get_loading (MeritCandidate *self);

G_END_DECLS
