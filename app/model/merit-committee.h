/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-committee.h: the hiring committee's votes and decision on a candidate */

#pragma once

#include <gio/gio.h>

#include "merit-types.h"

#include "merit-vote.h"
#include "merit-voting-round.h"

G_BEGIN_DECLS

#define MERIT_TYPE_COMMITTEE (merit_committee_get_type ())

G_DECLARE_FINAL_TYPE (MeritCommittee, merit_committee, MERIT, COMMITTEE, GObject)

MeritCommittee     *merit_committee_new            (void);
guint               merit_committee_get_quorum     (MeritCommittee *self);
void                merit_committee_set_quorum     (MeritCommittee *self,
                                                    guint           quorum);
MeritDecisionValue  merit_committee_get_decision   (MeritCommittee *self);
void                merit_committee_set_decision   (MeritCommittee     *self,
                                                    MeritDecisionValue  decision);
const char         *merit_committee_get_decided_by (MeritCommittee *self);
void                merit_committee_set_decided_by (MeritCommittee *self,
                                                    const char     *decided_by);
const char         *merit_committee_get_decided_at (MeritCommittee *self);
void                merit_committee_set_decided_at (MeritCommittee *self,
                                                    const char     *decided_at);
const char         *merit_committee_get_rationale  (MeritCommittee *self);
void                merit_committee_set_rationale  (MeritCommittee *self,
                                                    const char     *rationale);
gboolean            merit_committee_get_quorum_met (MeritCommittee *self);
void                merit_committee_set_quorum_met (MeritCommittee *self,
                                                    gboolean        quorum_met);
GListModel         *merit_committee_get_votes      (MeritCommittee *self);
void                merit_committee_add_vote       (MeritCommittee *self,
                                                    MeritVote      *vote);
GListModel         *merit_committee_get_rounds     (MeritCommittee   *self);
void                merit_committee_add_round      (MeritCommittee   *self,
                                                    MeritVotingRound *round);
MeritVotingRound   *merit_committee_find_round     (MeritCommittee   *self,
                                                    guint             number);

G_END_DECLS
