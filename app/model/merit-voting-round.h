/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-voting-round.h: one voting round held in a committee meeting */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define MERIT_TYPE_VOTING_ROUND (merit_voting_round_get_type ())

G_DECLARE_FINAL_TYPE (MeritVotingRound, merit_voting_round, MERIT, VOTING_ROUND, GObject)

MeritVotingRound   *merit_voting_round_new            (guint              number);
guint               merit_voting_round_get_number     (MeritVotingRound  *self);
const char         *merit_voting_round_get_opened_by  (MeritVotingRound  *self);
void                merit_voting_round_set_opened_by  (MeritVotingRound  *self,
                                                       const char        *opened_by);
const char         *merit_voting_round_get_opened_at  (MeritVotingRound  *self);
void                merit_voting_round_set_opened_at  (MeritVotingRound  *self,
                                                       const char        *opened_at);
const char         *merit_voting_round_get_closed_at  (MeritVotingRound  *self);
void                merit_voting_round_set_closed_at  (MeritVotingRound  *self,
                                                       const char        *closed_at);
const char * const *merit_voting_round_get_present    (MeritVotingRound  *self);
void                merit_voting_round_set_present    (MeritVotingRound  *self,
                                                       const char * const *present);
gboolean            merit_voting_round_is_present     (MeritVotingRound  *self,
                                                       const char        *member);

G_END_DECLS
