/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-meeting.h: voting rounds in a committee meeting, and the meeting's record. */

#pragma once

#include "merit-candidate.h"
#include "merit-workspace.h"

G_BEGIN_DECLS

const char       *merit_meeting_vote_label           (MeritVoteValue       value);
const char       *merit_meeting_decision_label       (MeritDecisionValue   value);

MeritVotingRound *merit_workflow_get_round_record    (MeritCandidate      *candidate,
                                                      guint                round);
gboolean          merit_workflow_open_round          (MeritWorkspace      *workspace,
                                                      MeritCandidate      *candidate,
                                                      const char          *actor,
                                                      const char * const  *present,
                                                      GError             **error);
gboolean          merit_workflow_close_round         (MeritWorkspace      *workspace,
                                                      MeritCandidate      *candidate,
                                                      const char          *actor,
                                                      GError             **error);
gboolean          merit_workflow_round_is_open       (MeritCandidate      *candidate,
                                                      guint                round);
gboolean          merit_workflow_votes_visible       (MeritCandidate      *candidate,
                                                      guint                round);
guint             merit_workflow_count_present_votes (MeritCandidate      *candidate,
                                                      guint                round);

#define MERIT_TYPE_MEETING (merit_meeting_get_type ())

G_DECLARE_FINAL_TYPE (MeritMeeting, merit_meeting, MERIT, MEETING, GObject)

MeritMeeting       *merit_meeting_new            (MeritWorkspace      *workspace,
                                                  const char          *chair,
                                                  const char * const  *attendees,
                                                  GError             **error);
MeritWorkspace     *merit_meeting_get_workspace  (MeritMeeting        *self);
const char         *merit_meeting_get_chair      (MeritMeeting        *self);
const char         *merit_meeting_get_started_at (MeritMeeting        *self);
const char * const *merit_meeting_get_attendees  (MeritMeeting        *self);
void                merit_meeting_add_package    (MeritMeeting        *self,
                                                  const char          *id);
guint               merit_meeting_get_n_packages (MeritMeeting        *self);
const char         *merit_meeting_get_package    (MeritMeeting        *self,
                                                  guint                index);
void                merit_meeting_set_current    (MeritMeeting        *self,
                                                  int                  index);
int                 merit_meeting_get_current    (MeritMeeting        *self);
guint               merit_meeting_get_seconds    (MeritMeeting        *self,
                                                  const char          *id);
char               *merit_meeting_dup_record     (MeritMeeting        *self,
                                                  MeritCandidate      *candidate);
gboolean            merit_meeting_write_record   (MeritMeeting        *self,
                                                  MeritCandidate      *candidate,
                                                  GError             **error);
gboolean            merit_meeting_has_record     (MeritMeeting        *self,
                                                  MeritCandidate      *candidate);

G_END_DECLS
