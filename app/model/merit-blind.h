/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-blind.h: what a reviewer may see of a package. */

#pragma once

#include "merit-candidate.h"
#include "merit-profile.h"
#include "merit-redact.h"
#include "merit-roster.h"

G_BEGIN_DECLS

gboolean        merit_blind_may_see_reviews (MeritCandidate   *candidate,
                                             MeritMember      *viewer);
MeritCandidate *merit_blind_dup_candidate   (MeritCandidate   *candidate,
                                             MeritMember      *viewer,
                                             MeritRedactFlags  flags);
MeritProfile   *merit_blind_dup_profile     (MeritProfile     *profile,
                                             MeritIdentity    *identity,
                                             MeritRedactFlags  flags);

G_END_DECLS
