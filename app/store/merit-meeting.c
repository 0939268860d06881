/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-meeting.c: voting rounds in a committee meeting, and the meeting's record.
 *
 * In a meeting the chair opens a voting round for one package with the members present.
 * Each of them votes independently, on their own desktop or on the chair's; the votes stay
 * hidden until every member present has voted or the chair closes the round, and are then
 * shown together.  After discussion the chair may open a second round, kept apart from the
 * first.  The quorum for the decision counts the votes of members present.
 *
 * MeritMeeting keeps what the minutes need: who chaired, who attended, which packages were
 * on the agenda and how long each was discussed.  Its record of a package (attendees, each
 * round's votes, the decision, its rationale and the time spent) goes into the package's
 * history as a "meeting" event.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "merit-meeting.h"
#include "merit-model.h"
#include "merit-workflow-private.h"

/**
 * merit_meeting_vote_label:
 * @value: a vote
 *
 * Returns: the vote as the user interface and the minutes show it, translated
 */
const char *
merit_meeting_vote_label (MeritVoteValue value)
{
  static const char * const labels[] = {
    N_("Strong hire"), N_("Hire"), N_("No hire"), N_("Strong no hire"),
  };

  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (labels), "");

  return _(labels[value]);
}

/**
 * merit_meeting_decision_label:
 * @value: a decision
 *
 * Returns: the decision as the user interface and the minutes show it, translated
 */
const char *
merit_meeting_decision_label (MeritDecisionValue value)
{
  static const char * const labels[] = { N_("None"), N_("Hire"), N_("No hire") };

  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (labels), "");

  return _(labels[value]);
}

/**
 * merit_workflow_get_round_record:
 * @candidate: a package
 * @round: a round number
 *
 * Returns: (transfer none) (nullable): the meeting's record of @round, or %NULL when the round
 *   was voted outside a meeting
 */
MeritVotingRound *
merit_workflow_get_round_record (MeritCandidate *candidate,
                                 guint           round)
{
  g_return_val_if_fail (MERIT_IS_CANDIDATE (candidate), NULL);

  return merit_committee_find_round (merit_candidate_get_committee (candidate), round);
}

static guint
count_round_votes (MeritCandidate *candidate,
                   guint           round,
                   gboolean        present_only)
{
  GListModel *votes = merit_committee_get_votes (merit_candidate_get_committee (candidate));
  MeritVotingRound *record = merit_workflow_get_round_record (candidate, round);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (votes); i++)
    {
      g_autoptr(MeritVote) vote = g_list_model_get_item (votes, i);

      if (merit_vote_get_round (vote) != round)
        continue;
      if (present_only && record != NULL
          && !merit_voting_round_is_present (record, merit_vote_get_member (vote)))
        continue;
      n++;
    }
  return n;
}

/**
 * merit_workflow_count_present_votes:
 * @candidate: a package
 * @round: a round number
 *
 * Returns: how many members present in @round have voted in it; for a round without a meeting
 *   record, how many votes it has
 */
guint
merit_workflow_count_present_votes (MeritCandidate *candidate,
                                    guint           round)
{
  g_return_val_if_fail (MERIT_IS_CANDIDATE (candidate), 0);

  return count_round_votes (candidate, round, TRUE);
}

/**
 * merit_workflow_round_is_open:
 * @candidate: a package
 * @round: a round number
 *
 * Returns: %TRUE when @round was opened in a meeting and is not closed yet
 */
gboolean
merit_workflow_round_is_open (MeritCandidate *candidate,
                              guint           round)
{
  MeritVotingRound *record = merit_workflow_get_round_record (candidate, round);

  return record != NULL && merit_voting_round_get_closed_at (record) == NULL;
}

/**
 * merit_workflow_votes_visible:
 * @candidate: a package
 * @round: a round number
 *
 * Votes in a meeting round are shown together: once every member present has voted, or
 * once the chair has closed the round.  Rounds voted outside a meeting are always visible.
 *
 * Returns: %TRUE when the votes of @round may be shown
 */
gboolean
merit_workflow_votes_visible (MeritCandidate *candidate,
                              guint           round)
{
  MeritVotingRound *record = merit_workflow_get_round_record (candidate, round);

  if (record == NULL || merit_voting_round_get_closed_at (record) != NULL)
    return TRUE;
  return count_round_votes (candidate, round, TRUE)
         >= g_strv_length ((char **) merit_voting_round_get_present (record));
}

gboolean
_merit_workflow_check_round_vote (MeritCandidate  *candidate,
                                  const char      *actor,
                                  guint            round,
                                  GError         **error)
{
  MeritVotingRound *record = merit_workflow_get_round_record (candidate, round);

  if (record == NULL)
    return TRUE;
  if (merit_voting_round_get_closed_at (record) != NULL)
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED,
                   _("voting round %u on %s is closed"), round,
                   merit_candidate_get_pseudonym (candidate));
      return FALSE;
    }
  if (!merit_voting_round_is_present (record, actor))
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED,
                   _("only the members present vote in a meeting: %s is not recorded as "
                     "present in round %u on %s"),
                   actor, round, merit_candidate_get_pseudonym (candidate));
      return FALSE;
    }
  return TRUE;
}

guint
_merit_workflow_count_quorum_votes (MeritWorkspace *workspace,
                                    MeritCandidate *candidate,
                                    guint           round)
{
  MeritVotingRound *record = merit_workflow_get_round_record (candidate, round);
  GListModel *votes = merit_committee_get_votes (merit_candidate_get_committee (candidate));
  MeritRoster *roster = merit_workspace_get_roster (workspace);
  guint n = 0;

  if (record == NULL)
    return merit_workflow_count_votes (workspace, candidate, round);
  for (guint i = 0; i < g_list_model_get_n_items (votes); i++)
    {
      g_autoptr(MeritVote) vote = g_list_model_get_item (votes, i);
      MeritMember *member = merit_roster_lookup (roster, merit_vote_get_member (vote));

      if (merit_vote_get_round (vote) == round && member != NULL
          && merit_member_has_role (member, MERIT_ROLE_COMMITTEE)
          && merit_voting_round_is_present (record, merit_vote_get_member (vote)))
        n++;
    }
  return n;
}

void
_merit_workflow_close_round_record (MeritCandidate *candidate,
                                    guint           round,
                                    const char     *time)
{
  MeritVotingRound *record = merit_workflow_get_round_record (candidate, round);

  if (record != NULL && merit_voting_round_get_closed_at (record) == NULL)
    merit_voting_round_set_closed_at (record, time);
}

static gboolean
check_present (MeritWorkspace      *workspace,
               const char * const  *present,
               GError             **error)
{
  MeritRoster *roster = merit_workspace_get_roster (workspace);

  if (present == NULL || present[0] == NULL)
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                   _("a voting round needs the committee members present"));
      return FALSE;
    }
  for (guint i = 0; present[i] != NULL; i++)
    {
      MeritMember *member = merit_roster_lookup (roster, present[i]);

      if (member == NULL || !merit_member_has_role (member, MERIT_ROLE_COMMITTEE))
        {
          g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                       _("“%s” is not a committee member of this workspace’s roster"),
                       present[i]);
          return FALSE;
        }
      for (guint j = 0; j < i; j++)
        if (g_str_equal (present[i], present[j]))
          {
            g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                         _("“%s” is listed twice among the members present"), present[i]);
            return FALSE;
          }
    }
  return TRUE;
}

/**
 * merit_workflow_open_round:
 * @workspace: the workspace
 * @candidate: a package in committee
 * @actor: the chair
 * @present: the IDs of the committee members present
 * @error: return location for an error naming the rule
 *
 * Opens a voting round in a meeting: the current round when nobody has voted in it yet,
 * else the next one, which closes the one before.  An open round that nobody has voted in
 * yet is not replaced by another.
 *
 * Returns: %TRUE on success
 */
gboolean
merit_workflow_open_round (MeritWorkspace      *workspace,
                           MeritCandidate      *candidate,
                           const char          *actor,
                           const char * const  *present,
                           GError             **error)
{
  MeritCommittee *committee = merit_candidate_get_committee (candidate);
  g_autofree char *now = merit_now_iso8601 ();
  g_autofree char *detail = NULL;
  g_autofree char *names = NULL;
  g_autoptr(MeritVotingRound) record = NULL;
  guint round;

  g_return_val_if_fail (MERIT_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (MERIT_IS_CANDIDATE (candidate), FALSE);

  if (!_merit_workflow_check_readable (candidate, error)
      || !_merit_workflow_check_roles (workspace, actor, MERIT_ROLE_CHAIR,
                                       _("open a voting round"), error)
      || !_merit_workflow_check_stage (candidate, MERIT_STAGE_COMMITTEE, error))
    return FALSE;
  if (merit_committee_get_decision (committee) != MERIT_DECISION_VALUE_NONE)
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED,
                   _("the committee’s decision on %s is recorded; it closed the vote"),
                   merit_candidate_get_pseudonym (candidate));
      return FALSE;
    }
  if (!check_present (workspace, present, error))
    return FALSE;

  round = merit_workflow_get_current_round (candidate);
  if (merit_workflow_round_is_open (candidate, round)
      && count_round_votes (candidate, round, FALSE) == 0)
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED,
                   _("voting round %u on %s is open and nobody has voted yet"), round,
                   merit_candidate_get_pseudonym (candidate));
      return FALSE;
    }
  if (merit_workflow_get_round_record (candidate, round) != NULL
      || count_round_votes (candidate, round, FALSE) > 0)
    {
      _merit_workflow_close_round_record (candidate, round, now);
      round++;
    }
  if (round > 100)
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                   _("%s has had 100 voting rounds; no more can be opened"),
                   merit_candidate_get_pseudonym (candidate));
      return FALSE;
    }

  merit_candidate_record_pending (candidate, actor);
  record = merit_voting_round_new (round);
  merit_voting_round_set_opened_by (record, actor);
  merit_voting_round_set_opened_at (record, now);
  merit_voting_round_set_present (record, present);
  merit_committee_add_round (committee, record);
  names = g_strjoinv (", ", (char **) present);
  detail = g_strdup_printf ("round %u opened; present: %s", round, names);
  merit_candidate_append_event (candidate, actor, "round", NULL, NULL, detail, now);
  return TRUE;
}

/**
 * merit_workflow_close_round:
 * @workspace: the workspace
 * @candidate: a package with an open meeting round
 * @actor: the chair
 * @error: return location for an error naming the rule
 *
 * Closes the current meeting round, which shows its votes even if not everyone has voted.
 *
 * Returns: %TRUE on success
 */
gboolean
merit_workflow_close_round (MeritWorkspace  *workspace,
                            MeritCandidate  *candidate,
                            const char      *actor,
                            GError         **error)
{
  g_autofree char *now = merit_now_iso8601 ();
  g_autofree char *detail = NULL;
  MeritVotingRound *record;
  guint round;

  g_return_val_if_fail (MERIT_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (MERIT_IS_CANDIDATE (candidate), FALSE);

  if (!_merit_workflow_check_readable (candidate, error)
      || !_merit_workflow_check_roles (workspace, actor, MERIT_ROLE_CHAIR,
                                       _("close a voting round"), error))
    return FALSE;
  round = merit_workflow_get_current_round (candidate);
  record = merit_workflow_get_round_record (candidate, round);
  if (record == NULL || merit_voting_round_get_closed_at (record) != NULL)
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED,
                   _("%s has no open voting round to close"),
                   merit_candidate_get_pseudonym (candidate));
      return FALSE;
    }

  merit_candidate_record_pending (candidate, actor);
  merit_voting_round_set_closed_at (record, now);
  detail = g_strdup_printf ("round %u closed; %u of %u present voted", round,
                            count_round_votes (candidate, round, TRUE),
                            g_strv_length ((char **) merit_voting_round_get_present (record)));
  merit_candidate_append_event (candidate, actor, "round", NULL, NULL, detail, now);
  return TRUE;
}

typedef struct
{
  char   *id;
  gint64  spent_usec;
} AgendaItem;

struct _MeritMeeting
{
  GObject         parent_instance;

  /* Owned references */
  MeritWorkspace *workspace;

  /* Owned data */
  char           *chair;
  char           *started_at;
  GStrv           attendees;
  GArray         *agenda;
  int             current;
  gint64          current_since;
};

G_DEFINE_FINAL_TYPE (MeritMeeting, merit_meeting, G_TYPE_OBJECT)

static void
agenda_item_clear (gpointer data)
{
  AgendaItem *item = data;

  g_clear_pointer (&item->id, g_free);
}

static void
merit_meeting_dispose (GObject *object)
{
  MeritMeeting *self = MERIT_MEETING (object);

  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (merit_meeting_parent_class)->dispose (object);
}

static void
merit_meeting_finalize (GObject *object)
{
  MeritMeeting *self = MERIT_MEETING (object);

  g_clear_pointer (&self->chair, g_free);
  g_clear_pointer (&self->started_at, g_free);
  g_clear_pointer (&self->attendees, g_strfreev);
  g_clear_pointer (&self->agenda, g_array_unref);

  G_OBJECT_CLASS (merit_meeting_parent_class)->finalize (object);
}

static void
merit_meeting_class_init (MeritMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = merit_meeting_dispose;
  object_class->finalize = merit_meeting_finalize;
}

static void
merit_meeting_init (MeritMeeting *self)
{
  self->agenda = g_array_new (FALSE, TRUE, sizeof (AgendaItem));
  g_array_set_clear_func (self->agenda, agenda_item_clear);
  self->current = -1;
}

/**
 * merit_meeting_new:
 * @workspace: the workspace
 * @chair: the chair, who runs the meeting
 * @attendees: the IDs of the committee members present
 * @error: return location for an error naming the rule
 *
 * Starts a committee meeting.  Only the chair starts one, and the members present must be
 * enough for the quorum.
 *
 * Returns: (transfer full) (nullable): the meeting, or %NULL with @error set
 */
MeritMeeting *
merit_meeting_new (MeritWorkspace      *workspace,
                   const char          *chair,
                   const char * const  *attendees,
                   GError             **error)
{
  MeritMeeting *self;
  guint quorum;

  g_return_val_if_fail (MERIT_IS_WORKSPACE (workspace), NULL);

  if (!_merit_workflow_check_roles (workspace, chair, MERIT_ROLE_CHAIR,
                                    _("start a committee meeting"), error)
      || !check_present (workspace, attendees, error))
    return NULL;
  quorum = merit_workflow_get_required_quorum (workspace);
  if (g_strv_length ((char **) attendees) < quorum)
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED,
                   ngettext ("a meeting needs a quorum of %u committee member present, and "
                             "%u are",
                             "a meeting needs a quorum of %u committee members present, and "
                             "%u are", quorum),
                   quorum, g_strv_length ((char **) attendees));
      return NULL;
    }

  self = g_object_new (MERIT_TYPE_MEETING, NULL);
  self->workspace = g_object_ref (workspace);
  self->chair = g_strdup (chair);
  self->started_at = merit_now_iso8601 ();
  self->attendees = g_strdupv ((char **) attendees);
  return self;
}

/**
 * merit_meeting_get_workspace:
 * @self: a meeting
 *
 * Returns: (transfer none): the workspace
 */
MeritWorkspace *
merit_meeting_get_workspace (MeritMeeting *self)
{
  g_return_val_if_fail (MERIT_IS_MEETING (self), NULL);

  return self->workspace;
}

/**
 * merit_meeting_get_chair:
 * @self: a meeting
 *
 * Returns: the chair's member ID
 */
const char *
merit_meeting_get_chair (MeritMeeting *self)
{
  g_return_val_if_fail (MERIT_IS_MEETING (self), NULL);

  return self->chair;
}

/**
 * merit_meeting_get_started_at:
 * @self: a meeting
 *
 * Returns: when the meeting started, ISO 8601 UTC
 */
const char *
merit_meeting_get_started_at (MeritMeeting *self)
{
  g_return_val_if_fail (MERIT_IS_MEETING (self), NULL);

  return self->started_at;
}

/**
 * merit_meeting_get_attendees:
 * @self: a meeting
 *
 * Returns: (transfer none): the IDs of the members present
 */
const char * const *
merit_meeting_get_attendees (MeritMeeting *self)
{
  g_return_val_if_fail (MERIT_IS_MEETING (self), NULL);

  return (const char * const *) self->attendees;
}

/**
 * merit_meeting_add_package:
 * @self: a meeting
 * @id: a package ID
 *
 * Puts a package on the agenda.
 */
void
merit_meeting_add_package (MeritMeeting *self,
                           const char   *id)
{
  AgendaItem item = { g_strdup (id), 0 };

  g_return_if_fail (MERIT_IS_MEETING (self));
  g_return_if_fail (id != NULL);

  g_array_append_val (self->agenda, item);
}

/**
 * merit_meeting_get_n_packages:
 * @self: a meeting
 *
 * Returns: how many packages are on the agenda
 */
guint
merit_meeting_get_n_packages (MeritMeeting *self)
{
  g_return_val_if_fail (MERIT_IS_MEETING (self), 0);

  return self->agenda->len;
}

/**
 * merit_meeting_get_package:
 * @self: a meeting
 * @index: a position on the agenda
 *
 * Returns: the package ID at @index
 */
const char *
merit_meeting_get_package (MeritMeeting *self,
                           guint         index)
{
  g_return_val_if_fail (MERIT_IS_MEETING (self), NULL);
  g_return_val_if_fail (index < self->agenda->len, NULL);

  return g_array_index (self->agenda, AgendaItem, index).id;
}

/**
 * merit_meeting_set_current:
 * @self: a meeting
 * @index: the position on the agenda now discussed, or -1 for none
 *
 * Moves the discussion to another package; the time spent is counted per package.
 */
void
merit_meeting_set_current (MeritMeeting *self,
                           int           index)
{
  gint64 now = g_get_monotonic_time ();

  g_return_if_fail (MERIT_IS_MEETING (self));
  g_return_if_fail (index < (int) self->agenda->len);

  if (self->current >= 0)
    g_array_index (self->agenda, AgendaItem, self->current).spent_usec += now - self->current_since;
  self->current = index < 0 ? -1 : index;
  self->current_since = now;
}

/**
 * merit_meeting_get_current:
 * @self: a meeting
 *
 * Returns: the position on the agenda now discussed, or -1
 */
int
merit_meeting_get_current (MeritMeeting *self)
{
  g_return_val_if_fail (MERIT_IS_MEETING (self), -1);

  return self->current;
}

/**
 * merit_meeting_get_seconds:
 * @self: a meeting
 * @id: a package ID on the agenda
 *
 * Returns: how many seconds the meeting has spent on @id so far
 */
guint
merit_meeting_get_seconds (MeritMeeting *self,
                           const char   *id)
{
  g_return_val_if_fail (MERIT_IS_MEETING (self), 0);

  for (guint i = 0; i < self->agenda->len; i++)
    {
      AgendaItem *item = &g_array_index (self->agenda, AgendaItem, i);
      gint64 usec = item->spent_usec;

      if (g_strcmp0 (item->id, id) != 0)
        continue;
      if ((int) i == self->current)
        usec += g_get_monotonic_time () - self->current_since;
      return (guint) (usec / G_USEC_PER_SEC);
    }
  return 0;
}

static void
append_round_votes (GString        *record,
                    MeritCandidate *candidate,
                    guint           round)
{
  GListModel *votes = merit_committee_get_votes (merit_candidate_get_committee (candidate));
  gboolean first = TRUE;

  g_string_append_printf (record, "Round %u:", round);
  for (guint i = 0; i < g_list_model_get_n_items (votes); i++)
    {
      g_autoptr(MeritVote) vote = g_list_model_get_item (votes, i);

      if (merit_vote_get_round (vote) != round)
        continue;
      g_string_append_printf (record, "%s %s %s (%s)", first ? "" : ";",
                              merit_vote_get_member (vote),
                              merit_vote_value_to_string (merit_vote_get_value (vote)),
                              merit_vote_get_rationale (vote) != NULL
                              ? merit_vote_get_rationale (vote) : "");
      first = FALSE;
    }
  if (first)
    g_string_append (record, " no votes");
  g_string_append (record, ".\n");
}

/**
 * merit_meeting_dup_record:
 * @self: a meeting
 * @candidate: a package on the agenda
 *
 * The meeting's record of @candidate, as it goes into the package's history: the chair and
 * the attendees, each round's votes with their rationales, the decision with its rationale,
 * and the time spent.  The record is in English, like the rest of the shared history.
 *
 * Returns: (transfer full): the record
 */
char *
merit_meeting_dup_record (MeritMeeting   *self,
                          MeritCandidate *candidate)
{
  MeritCommittee *committee;
  g_autofree char *attendees = NULL;
  GString *record = g_string_new (NULL);
  guint seconds;
  guint n_rounds;

  g_return_val_if_fail (MERIT_IS_MEETING (self), NULL);
  g_return_val_if_fail (MERIT_IS_CANDIDATE (candidate), NULL);

  committee = merit_candidate_get_committee (candidate);
  attendees = g_strjoinv (", ", self->attendees);
  seconds = merit_meeting_get_seconds (self, merit_candidate_get_id (candidate));
  n_rounds = merit_workflow_get_current_round (candidate);
  g_string_append_printf (record, "Committee meeting of %s chaired by %s.\n", self->started_at,
                          self->chair);
  g_string_append_printf (record, "Attendees: %s.\n", attendees);
  for (guint round = 1; round <= n_rounds; round++)
    append_round_votes (record, candidate, round);
  if (merit_committee_get_decision (committee) != MERIT_DECISION_VALUE_NONE)
    g_string_append_printf (record, "Decision: %s. Rationale: %s\n",
                            merit_decision_value_to_string (merit_committee_get_decision (committee)),
                            merit_committee_get_rationale (committee));
  else
    g_string_append (record, "Decision: none yet.\n");
  g_string_append_printf (record, "Time spent: %u min %02u s.", seconds / 60, seconds % 60);
  return g_string_free (record, FALSE);
}

/**
 * merit_meeting_has_record:
 * @self: a meeting
 * @candidate: a package
 *
 * Returns: %TRUE when this meeting's record is in @candidate's history
 */
gboolean
merit_meeting_has_record (MeritMeeting   *self,
                          MeritCandidate *candidate)
{
  GListModel *history = merit_candidate_get_history (candidate);
  g_autofree char *opening = g_strdup_printf ("Committee meeting of %s ", self->started_at);

  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(MeritHistoryEvent) event = g_list_model_get_item (history, i);
      const char *detail = merit_history_event_get_detail (event);

      if (g_strcmp0 (merit_history_event_get_action (event), "meeting") == 0
          && detail != NULL && g_str_has_prefix (detail, opening))
        return TRUE;
    }
  return FALSE;
}

/**
 * merit_meeting_write_record:
 * @self: a meeting
 * @candidate: a package on the agenda
 * @error: return location for an error
 *
 * Appends the meeting's record of @candidate to its history as a "meeting" event by the
 * chair.  The caller saves the package.
 *
 * Returns: %TRUE on success
 */
gboolean
merit_meeting_write_record (MeritMeeting    *self,
                            MeritCandidate  *candidate,
                            GError         **error)
{
  g_autofree char *record = NULL;

  g_return_val_if_fail (MERIT_IS_MEETING (self), FALSE);
  g_return_val_if_fail (MERIT_IS_CANDIDATE (candidate), FALSE);

  if (!_merit_workflow_check_readable (candidate, error))
    return FALSE;
  record = merit_meeting_dup_record (self, candidate);
  merit_candidate_append_event (candidate, self->chair, "meeting", NULL, NULL, record, NULL);
  return TRUE;
}
