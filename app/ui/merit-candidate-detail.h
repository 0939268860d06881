/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-candidate-detail.h: the sections of one package, blind unless identity is allowed. */

#pragma once

#include <adwaita.h>

#include "merit-model.h"
#include "merit-workspace-store.h"

G_BEGIN_DECLS

#define MERIT_TYPE_CANDIDATE_DETAIL (merit_candidate_detail_get_type ())

G_DECLARE_FINAL_TYPE (MeritCandidateDetail, merit_candidate_detail, MERIT, CANDIDATE_DETAIL, GtkWidget)

void merit_candidate_detail_set_candidate (MeritCandidateDetail *self,
                                           MeritWorkspaceStore  *store,
                                           MeritCandidate       *candidate,
                                           const char           *member_id,
                                           MeritCalibration     *calibration);

G_END_DECLS
