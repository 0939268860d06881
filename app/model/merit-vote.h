/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-vote.h: one committee member's vote in one voting round */

#pragma once

#include <glib-object.h>

#include "merit-types.h"

G_BEGIN_DECLS

#define MERIT_TYPE_VOTE (merit_vote_get_type ())

G_DECLARE_FINAL_TYPE (MeritVote, merit_vote, MERIT, VOTE, GObject)

MeritVote      *merit_vote_new           (void);
const char     *merit_vote_get_member    (MeritVote *self);
void            merit_vote_set_member    (MeritVote  *self,
                                          const char *member);
guint           merit_vote_get_round     (MeritVote *self);
void            merit_vote_set_round     (MeritVote *self,
                                          guint      round);
MeritVoteValue  merit_vote_get_value     (MeritVote *self);
void            merit_vote_set_value     (MeritVote      *self,
                                          MeritVoteValue  value);
const char     *merit_vote_get_time      (MeritVote *self);
void            merit_vote_set_time      (MeritVote  *self,
                                          const char *time);
const char     *merit_vote_get_rationale (MeritVote *self);
void            merit_vote_set_rationale (MeritVote  *self,
                                          const char *rationale);

G_END_DECLS
