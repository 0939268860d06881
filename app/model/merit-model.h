/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-model.h: includes the whole public model API */

#pragma once

#include "merit-approval.h"
#include "merit-candidate.h"
#include "merit-committee.h"
#include "merit-comp-band.h"
#include "merit-criterion.h"
#include "merit-enums.h"
#include "merit-error.h"
#include "merit-history-event.h"
#include "merit-identity.h"
#include "merit-member.h"
#include "merit-money.h"
#include "merit-offer.h"
#include "merit-profile-entry.h"
#include "merit-profile.h"
#include "merit-review.h"
#include "merit-role.h"
#include "merit-roster.h"
#include "merit-rubric.h"
#include "merit-score.h"
#include "merit-sealed-section.h"
#include "merit-self-identification.h"
#include "merit-types.h"
#include "merit-vote.h"
#include "merit-workspace.h"
