/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-workflow.h: who may do what to a package, enforced in one place. */

#pragma once

#include "merit-candidate.h"
#include "merit-workspace.h"

G_BEGIN_DECLS

/* Sane limits for an offer, in whole units of its currency. */
#define MERIT_OFFER_MAX_BASE   10000000
#define MERIT_OFFER_MAX_BONUS  10000000
#define MERIT_OFFER_MAX_EQUITY 100000000

typedef enum {
  MERIT_BAND_STATUS_NO_BAND,
  MERIT_BAND_STATUS_BELOW,
  MERIT_BAND_STATUS_WITHIN,
  MERIT_BAND_STATUS_ABOVE,
} MeritBandStatus;

gboolean        merit_workflow_check_role               (MeritWorkspace         *workspace,
                                                         const char             *actor,
                                                         MeritRoleFlags          role,
                                                         GError                **error);
gboolean        merit_workflow_needs_review_by          (MeritCandidate         *candidate,
                                                         const char             *actor);
MeritReview    *merit_workflow_ensure_draft_review      (MeritWorkspace         *workspace,
                                                         MeritCandidate         *candidate,
                                                         const char             *actor,
                                                         GError                **error);
gboolean        merit_workflow_submit_review            (MeritWorkspace         *workspace,
                                                         MeritCandidate         *candidate,
                                                         const char             *actor,
                                                         GError                **error);
gboolean        merit_workflow_decide_offer             (MeritWorkspace         *workspace,
                                                         MeritCandidate         *candidate,
                                                         const char             *actor,
                                                         MeritApprovalDecision   decision,
                                                         const char             *comment,
                                                         GError                **error);
gboolean        merit_workflow_can_see_identity         (MeritWorkspace         *workspace,
                                                         MeritCandidate         *candidate,
                                                         const char             *actor);

gboolean        merit_workflow_can_advance              (MeritWorkspace         *workspace,
                                                         MeritCandidate         *candidate,
                                                         const char             *actor,
                                                         MeritStage              to,
                                                         GError                **error);
gboolean        merit_workflow_advance                  (MeritWorkspace         *workspace,
                                                         MeritCandidate         *candidate,
                                                         const char             *actor,
                                                         MeritStage              to,
                                                         const char             *comment,
                                                         GError                **error);
MeritApproval  *merit_workflow_dup_matching_approval    (MeritCandidate         *candidate,
                                                         GError                **error);
char           *merit_workflow_dup_changed_sections     (MeritCandidate         *candidate);
gboolean        merit_workflow_before_save              (MeritWorkspace         *workspace,
                                                         MeritCandidate         *candidate,
                                                         const char             *actor,
                                                         GError                **error);

guint           merit_workflow_count_submitted_reviews  (MeritCandidate         *candidate);
guint           merit_workflow_get_required_quorum      (MeritWorkspace         *workspace);
guint           merit_workflow_get_current_round        (MeritCandidate         *candidate);
guint           merit_workflow_count_votes              (MeritWorkspace         *workspace,
                                                         MeritCandidate         *candidate,
                                                         guint                   round);
gboolean        merit_workflow_cast_vote                (MeritWorkspace         *workspace,
                                                         MeritCandidate         *candidate,
                                                         const char             *actor,
                                                         MeritVoteValue          value,
                                                         const char             *rationale,
                                                         GError                **error);
gboolean        merit_workflow_record_decision          (MeritWorkspace         *workspace,
                                                         MeritCandidate         *candidate,
                                                         const char             *actor,
                                                         MeritDecisionValue      decision,
                                                         const char             *rationale,
                                                         GError                **error);

gboolean        merit_workflow_currency_known           (const char             *code);
MeritBandStatus merit_workflow_get_band_status          (MeritWorkspace         *workspace,
                                                         MeritOffer             *offer);
gboolean        merit_workflow_check_offer              (MeritWorkspace         *workspace,
                                                         MeritOffer             *offer,
                                                         const char             *today,
                                                         GError                **error);
gboolean        merit_workflow_set_offer                (MeritWorkspace         *workspace,
                                                         MeritCandidate         *candidate,
                                                         const char             *actor,
                                                         MeritOffer             *offer,
                                                         GError                **error);
gboolean        merit_workflow_submit_offer             (MeritWorkspace         *workspace,
                                                         MeritCandidate         *candidate,
                                                         const char             *actor,
                                                         const char             *comment,
                                                         GError                **error);

G_END_DECLS
