/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-candidate.h: one candidate package with all its sections and its history */

#pragma once

#include <gio/gio.h>

#include "merit-approval.h"
#include "merit-committee.h"
#include "merit-history-event.h"
#include "merit-identity.h"
#include "merit-offer.h"
#include "merit-profile.h"
#include "merit-review.h"
#include "merit-role.h"
#include "merit-sealed-section.h"
#include "merit-self-identification.h"
#include "merit-types.h"

G_BEGIN_DECLS

/**
 * MeritReviewTally:
 * @reviewer: (nullable): the member who wrote the review
 * @counts: how many of the review's scores are 1, 2, 3 and 4 (scores outside the scale do
 *   not count)
 *
 * One submitted review, reduced to what the blind score and the calibration use.
 */
typedef struct
{
  char  *reviewer;
  guint  counts[4];
} MeritReviewTally;

void merit_review_tally_clear (MeritReviewTally *tally);

#define MERIT_TYPE_CANDIDATE (merit_candidate_get_type ())

G_DECLARE_FINAL_TYPE (MeritCandidate, merit_candidate, MERIT, CANDIDATE, GObject)

MeritCandidate          *merit_candidate_new                            (const char *id);
const char              *merit_candidate_get_id                         (MeritCandidate *self);
guint                    merit_candidate_get_schema_version             (MeritCandidate *self);
void                     merit_candidate_set_schema_version             (MeritCandidate *self,
                                                                         guint           schema_version);
const char              *merit_candidate_get_pseudonym                  (MeritCandidate *self);
void                     merit_candidate_set_pseudonym                  (MeritCandidate *self,
                                                                         const char     *pseudonym);
MeritStage               merit_candidate_get_stage                      (MeritCandidate *self);
void                     merit_candidate_set_stage                      (MeritCandidate *self,
                                                                         MeritStage      stage);
const char              *merit_candidate_get_stage_since                (MeritCandidate *self);
void                     merit_candidate_set_stage_since                (MeritCandidate *self,
                                                                         const char     *stage_since);
const char              *merit_candidate_get_created                    (MeritCandidate *self);
void                     merit_candidate_set_created                    (MeritCandidate *self,
                                                                         const char     *created);
MeritIdentity           *merit_candidate_get_identity                   (MeritCandidate *self);
void                     merit_candidate_set_identity                   (MeritCandidate *self,
                                                                         MeritIdentity  *identity);
MeritSealedSection      *merit_candidate_get_sealed_identity            (MeritCandidate *self);
void                     merit_candidate_set_sealed_identity            (MeritCandidate     *self,
                                                                         MeritSealedSection *sealed_identity);
MeritSelfIdentification *merit_candidate_get_self_identification        (MeritCandidate *self);
void                     merit_candidate_set_self_identification        (MeritCandidate          *self,
                                                                         MeritSelfIdentification *self_identification);
MeritSealedSection      *merit_candidate_get_sealed_self_identification (MeritCandidate *self);
void                     merit_candidate_set_sealed_self_identification (MeritCandidate     *self,
                                                                         MeritSealedSection *sealed_self_identification);
MeritProfile            *merit_candidate_get_profile                    (MeritCandidate *self);
void                     merit_candidate_set_profile                    (MeritCandidate *self,
                                                                         MeritProfile   *profile);
MeritRole               *merit_candidate_get_role                       (MeritCandidate *self);
void                     merit_candidate_set_role                       (MeritCandidate *self,
                                                                         MeritRole      *role);
MeritCommittee          *merit_candidate_get_committee                  (MeritCandidate *self);
void                     merit_candidate_set_committee                  (MeritCandidate *self,
                                                                         MeritCommittee *committee);
MeritOffer              *merit_candidate_get_offer                      (MeritCandidate *self);
void                     merit_candidate_set_offer                      (MeritCandidate *self,
                                                                         MeritOffer     *offer);
GListModel              *merit_candidate_get_reviews                    (MeritCandidate *self);
GListModel              *merit_candidate_get_approvals                  (MeritCandidate *self);
GListModel              *merit_candidate_get_history                    (MeritCandidate *self);
const char              *merit_candidate_get_broken_reason              (MeritCandidate *self);
void                     merit_candidate_set_broken_reason              (MeritCandidate *self,
                                                                         const char     *broken_reason);
gboolean                 merit_candidate_get_modified                   (MeritCandidate *self);
const char * const      *merit_candidate_get_pending_sections           (MeritCandidate *self);
void                     merit_candidate_add_review                     (MeritCandidate *self,
                                                                         MeritReview    *review);
MeritReview             *merit_candidate_find_review                    (MeritCandidate *self,
                                                                         const char     *reviewer);
void                     merit_candidate_add_approval                   (MeritCandidate *self,
                                                                         MeritApproval  *approval);
void                     merit_candidate_add_history_event              (MeritCandidate    *self,
                                                                         MeritHistoryEvent *event);
MeritHistoryEvent       *merit_candidate_append_event                   (MeritCandidate *self,
                                                                         const char     *actor,
                                                                         const char     *action,
                                                                         const char     *from_stage,
                                                                         const char     *to_stage,
                                                                         const char     *detail,
                                                                         const char     *time);
MeritHistoryEvent       *merit_candidate_record_pending                 (MeritCandidate *self,
                                                                         const char     *actor);
gboolean                 merit_candidate_set_stage_with_event           (MeritCandidate  *self,
                                                                         MeritStage       stage,
                                                                         const char      *actor,
                                                                         const char      *comment,
                                                                         const char      *time,
                                                                         GError         **error);
gboolean                 merit_candidate_verify_history                 (MeritCandidate  *self,
                                                                         guint           *out_bad_seq,
                                                                         GError         **error);
void                     merit_candidate_mark_saved                     (MeritCandidate *self);
double                   merit_candidate_get_blind_score                (MeritCandidate *self);
GArray                  *merit_candidate_dup_review_tallies            (MeritCandidate *self);
gboolean                 merit_candidate_has_submitted_review           (MeritCandidate *self,
                                                                         const char     *reviewer);
gint64                   merit_candidate_get_days_in_stage              (MeritCandidate *self,
                                                                         GDateTime      *now);

G_END_DECLS
