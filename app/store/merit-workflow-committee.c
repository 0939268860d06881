/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-workflow-committee.c: the committee's votes and decision.
 *
 * Committee members vote once per round, with a rationale, and only once the blind reviews
 * are in.  The chair records the decision, which needs a quorum of the round's votes: the
 * workspace's default quorum, or a majority of the committee members in the roster.  In a
 * meeting round only the votes of the members present count (merit-meeting.c).
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "merit-model.h"
#include "merit-workflow-private.h"

/**
 * merit_workflow_get_required_quorum:
 * @workspace: the workspace
 *
 * Returns: how many votes a round needs before the chair may record a decision
 */
guint
merit_workflow_get_required_quorum (MeritWorkspace *workspace)
{
  GListModel *roster = G_LIST_MODEL (merit_workspace_get_roster (workspace));
  guint n_committee = 0;

  g_return_val_if_fail (MERIT_IS_WORKSPACE (workspace), 1);

  if (merit_workspace_get_default_quorum (workspace) > 0)
    return merit_workspace_get_default_quorum (workspace);
  for (guint i = 0; i < g_list_model_get_n_items (roster); i++)
    {
      g_autoptr(MeritMember) member = g_list_model_get_item (roster, i);

      if (merit_member_has_role (member, MERIT_ROLE_COMMITTEE))
        n_committee++;
    }
  return n_committee / 2 + 1;
}

/**
 * merit_workflow_get_current_round:
 * @candidate: a package
 *
 * Returns: the voting round in progress: the highest round voted in, or 1
 */
guint
merit_workflow_get_current_round (MeritCandidate *candidate)
{
  GListModel *votes = merit_committee_get_votes (merit_candidate_get_committee (candidate));
  GListModel *rounds = merit_committee_get_rounds (merit_candidate_get_committee (candidate));
  guint round = 1;

  for (guint i = 0; i < g_list_model_get_n_items (votes); i++)
    {
      g_autoptr(MeritVote) vote = g_list_model_get_item (votes, i);

      round = MAX (round, merit_vote_get_round (vote));
    }
  /* A round opened in a meeting is current before anyone has voted in it. */
  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(MeritVotingRound) record = g_list_model_get_item (rounds, i);

      round = MAX (round, merit_voting_round_get_number (record));
    }
  return round;
}

static MeritVote *
find_vote (MeritCandidate *candidate,
           const char     *member,
           guint           round)
{
  GListModel *votes = merit_committee_get_votes (merit_candidate_get_committee (candidate));

  for (guint i = 0; i < g_list_model_get_n_items (votes); i++)
    {
      g_autoptr(MeritVote) vote = g_list_model_get_item (votes, i);

      if (merit_vote_get_round (vote) == round
          && g_strcmp0 (merit_vote_get_member (vote), member) == 0)
        return vote;
    }
  return NULL;
}

/**
 * merit_workflow_count_votes:
 * @workspace: the workspace whose roster says who is on the committee
 * @candidate: a package
 * @round: a voting round
 *
 * Returns: how many committee members voted on @candidate in @round
 */
guint
merit_workflow_count_votes (MeritWorkspace *workspace,
                            MeritCandidate *candidate,
                            guint           round)
{
  GListModel *votes = merit_committee_get_votes (merit_candidate_get_committee (candidate));
  MeritRoster *roster = merit_workspace_get_roster (workspace);
  g_autoptr(GHashTable) voters = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < g_list_model_get_n_items (votes); i++)
    {
      g_autoptr(MeritVote) vote = g_list_model_get_item (votes, i);
      MeritMember *member = merit_roster_lookup (roster, merit_vote_get_member (vote));

      if (merit_vote_get_round (vote) == round && member != NULL
          && merit_member_has_role (member, MERIT_ROLE_COMMITTEE))
        g_hash_table_add (voters, (gpointer) merit_member_get_id (member));
    }
  return g_hash_table_size (voters);
}

static gboolean
check_undecided (MeritCandidate  *candidate,
                 GError         **error)
{
  if (merit_committee_get_decision (merit_candidate_get_committee (candidate))
      == MERIT_DECISION_VALUE_NONE)
    return TRUE;
  g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED,
               _("the committee’s decision on %s is recorded; it closed the vote"),
               merit_candidate_get_pseudonym (candidate));
  return FALSE;
}

/**
 * merit_workflow_cast_vote:
 * @workspace: the workspace
 * @candidate: a package in committee
 * @actor: a committee member
 * @value: the vote
 * @rationale: why; required
 * @error: return location for an error naming the rule
 *
 * Records @actor's vote in the current round.  No vote is taken before the blind reviews are
 * in, and each member votes once per round.
 *
 * Returns: %TRUE on success
 */
gboolean
merit_workflow_cast_vote (MeritWorkspace  *workspace,
                          MeritCandidate  *candidate,
                          const char      *actor,
                          MeritVoteValue   value,
                          const char      *rationale,
                          GError         **error)
{
  g_autofree char *trimmed = _merit_workflow_strip (rationale);
  g_autofree char *now = merit_now_iso8601 ();
  g_autofree char *detail = NULL;
  g_autoptr(MeritVote) vote = NULL;
  guint needed = merit_rubric_get_min_reviews (merit_workspace_get_rubric (workspace));
  guint n_submitted = merit_workflow_count_submitted_reviews (candidate);
  guint round = merit_workflow_get_current_round (candidate);

  g_return_val_if_fail (MERIT_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (MERIT_IS_CANDIDATE (candidate), FALSE);
  g_return_val_if_fail ((guint) value <= MERIT_VOTE_VALUE_STRONG_NO_HIRE, FALSE);

  if (!_merit_workflow_check_readable (candidate, error)
      || !_merit_workflow_check_roles (workspace, actor, MERIT_ROLE_COMMITTEE,
                                       _("vote on a candidate"), error))
    return FALSE;
  if (n_submitted < needed)
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED,
                   _("no vote before the blind reviews are in: %s has %u of the %u submitted "
                     "reviews the rubric asks for"),
                   merit_candidate_get_pseudonym (candidate), n_submitted, needed);
      return FALSE;
    }
  if (!_merit_workflow_check_stage (candidate, MERIT_STAGE_COMMITTEE, error)
      || !check_undecided (candidate, error))
    return FALSE;
  if (*trimmed == '\0')
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                   _("a vote needs a rationale that says why"));
      return FALSE;
    }
  if (!_merit_workflow_check_round_vote (candidate, actor, round, error))
    return FALSE;
  if (find_vote (candidate, actor, round) != NULL)
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED,
                   _("one vote per member per round: %s has already voted on %s in round %u"),
                   actor, merit_candidate_get_pseudonym (candidate), round);
      return FALSE;
    }

  merit_candidate_record_pending (candidate, actor);
  vote = merit_vote_new ();
  merit_vote_set_member (vote, actor);
  merit_vote_set_round (vote, round);
  merit_vote_set_value (vote, value);
  merit_vote_set_time (vote, now);
  merit_vote_set_rationale (vote, trimmed);
  merit_committee_add_vote (merit_candidate_get_committee (candidate), vote);
  detail = g_strdup_printf ("round %u: %s", round, merit_vote_value_to_string (value));
  merit_candidate_append_event (candidate, actor, "vote", NULL, NULL, detail, now);
  return TRUE;
}

/**
 * merit_workflow_record_decision:
 * @workspace: the workspace
 * @candidate: a package in committee
 * @actor: the chair
 * @decision: hire or no hire
 * @rationale: why; required
 * @error: return location for an error naming the rule
 *
 * Records the committee's decision.  It needs a quorum of votes in the current round; the
 * quorum and that it was met are recorded with it.
 *
 * Returns: %TRUE on success
 */
gboolean
merit_workflow_record_decision (MeritWorkspace      *workspace,
                                MeritCandidate      *candidate,
                                const char          *actor,
                                MeritDecisionValue   decision,
                                const char          *rationale,
                                GError             **error)
{
  MeritCommittee *committee = merit_candidate_get_committee (candidate);
  g_autofree char *trimmed = _merit_workflow_strip (rationale);
  g_autofree char *now = merit_now_iso8601 ();
  guint quorum = merit_workflow_get_required_quorum (workspace);
  guint n_votes;

  g_return_val_if_fail (MERIT_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (MERIT_IS_CANDIDATE (candidate), FALSE);

  if (!_merit_workflow_check_readable (candidate, error)
      || !_merit_workflow_check_roles (workspace, actor, MERIT_ROLE_CHAIR,
                                       _("record the committee’s decision"), error)
      || !_merit_workflow_check_stage (candidate, MERIT_STAGE_COMMITTEE, error)
      || !check_undecided (candidate, error))
    return FALSE;
  if (decision != MERIT_DECISION_VALUE_HIRE && decision != MERIT_DECISION_VALUE_NO_HIRE)
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                   _("the committee decides “hire” or “no-hire”"));
      return FALSE;
    }
  if (*trimmed == '\0')
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                   _("a committee decision needs a rationale that says why"));
      return FALSE;
    }
  n_votes = _merit_workflow_count_quorum_votes (workspace, candidate,
                                                merit_workflow_get_current_round (candidate));
  if (n_votes < quorum)
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED,
                   _("a decision needs a quorum of %u committee votes, and %s has %u"),
                   quorum, merit_candidate_get_pseudonym (candidate), n_votes);
      return FALSE;
    }

  merit_candidate_record_pending (candidate, actor);
  g_object_freeze_notify (G_OBJECT (committee));
  merit_committee_set_quorum (committee, quorum);
  merit_committee_set_quorum_met (committee, TRUE);
  merit_committee_set_decision (committee, decision);
  merit_committee_set_decided_by (committee, actor);
  merit_committee_set_decided_at (committee, now);
  merit_committee_set_rationale (committee, trimmed);
  _merit_workflow_close_round_record (candidate, merit_workflow_get_current_round (candidate),
                                      now);
  g_object_thaw_notify (G_OBJECT (committee));
  merit_candidate_append_event (candidate, actor, "decision", NULL, NULL,
                                merit_decision_value_to_string (decision), now);
  return TRUE;
}
