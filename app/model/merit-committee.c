/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-committee.c: the hiring committee's votes and decision on a candidate */

#include "config.h"

#include "merit-committee.h"
#include "merit-enums.h"

struct _MeritCommittee
{
  GObject parent_instance;

  guint quorum;
  MeritDecisionValue decision;
  char *decided_by;
  char *decided_at;
  char *rationale;
  gboolean quorum_met;

  GListStore *votes;
  GListStore *rounds;
};

G_DEFINE_FINAL_TYPE (MeritCommittee, merit_committee, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_QUORUM,
  PROP_DECISION,
  PROP_DECIDED_BY,
  PROP_DECIDED_AT,
  PROP_RATIONALE,
  PROP_QUORUM_MET,
  PROP_VOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
merit_committee_dispose (GObject *object)
{
  MeritCommittee *self = (MeritCommittee *)object;

  g_clear_object (&self->votes);
  g_clear_object (&self->rounds);

  G_OBJECT_CLASS (merit_committee_parent_class)->dispose (object);
}

static void
merit_committee_finalize (GObject *object)
{
  MeritCommittee *self = (MeritCommittee *)object;

  g_clear_pointer (&self->decided_by, g_free);
  g_clear_pointer (&self->decided_at, g_free);
  g_clear_pointer (&self->rationale, g_free);

  G_OBJECT_CLASS (merit_committee_parent_class)->finalize (object);
}

static void
merit_committee_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MeritCommittee *self = MERIT_COMMITTEE (object);

  switch (prop_id)
    {
    case PROP_QUORUM:
      g_value_set_uint (value, self->quorum);
      break;

    case PROP_DECISION:
      g_value_set_enum (value, self->decision);
      break;

    case PROP_DECIDED_BY:
      g_value_set_string (value, self->decided_by);
      break;

    case PROP_DECIDED_AT:
      g_value_set_string (value, self->decided_at);
      break;

    case PROP_RATIONALE:
      g_value_set_string (value, self->rationale);
      break;

    case PROP_QUORUM_MET:
      g_value_set_boolean (value, self->quorum_met);
      break;

    case PROP_VOTES:
      g_value_set_object (value, self->votes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_committee_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MeritCommittee *self = MERIT_COMMITTEE (object);

  switch (prop_id)
    {
    case PROP_QUORUM:
      merit_committee_set_quorum (self, g_value_get_uint (value));
      break;

    case PROP_DECISION:
      merit_committee_set_decision (self, g_value_get_enum (value));
      break;

    case PROP_DECIDED_BY:
      merit_committee_set_decided_by (self, g_value_get_string (value));
      break;

    case PROP_DECIDED_AT:
      merit_committee_set_decided_at (self, g_value_get_string (value));
      break;

    case PROP_RATIONALE:
      merit_committee_set_rationale (self, g_value_get_string (value));
      break;

    case PROP_QUORUM_MET:
      merit_committee_set_quorum_met (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_committee_class_init (MeritCommitteeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = merit_committee_dispose;
  object_class->finalize = merit_committee_finalize;
  object_class->get_property = merit_committee_get_property;
  object_class->set_property = merit_committee_set_property;

  properties[PROP_QUORUM] =
    g_param_spec_uint ("quorum", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_DECISION] =
    g_param_spec_enum ("decision", NULL, NULL,
                       MERIT_TYPE_DECISION_VALUE,
                       MERIT_DECISION_VALUE_NONE,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_DECIDED_BY] =
    g_param_spec_string ("decided-by", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_DECIDED_AT] =
    g_param_spec_string ("decided-at", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_RATIONALE] =
    g_param_spec_string ("rationale", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_QUORUM_MET] =
    g_param_spec_boolean ("quorum-met", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_VOTES] =
    g_param_spec_object ("votes", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
merit_committee_init (MeritCommittee *self)
{
  self->decision = MERIT_DECISION_VALUE_NONE;
  self->votes = g_list_store_new (MERIT_TYPE_VOTE);
  self->rounds = g_list_store_new (MERIT_TYPE_VOTING_ROUND);
}

/**
 * merit_committee_new:
 *
 * Creates a new, empty #MeritCommittee.
 *
 * Returns: (transfer full): the new object
 */
MeritCommittee *
merit_committee_new (void)
{
  return g_object_new (MERIT_TYPE_COMMITTEE, NULL);
}

/**
 * merit_committee_get_quorum:
 * @self: a #MeritCommittee
 *
 * Gets the #MeritCommittee:quorum property.
 */
guint
merit_committee_get_quorum (MeritCommittee *self)
{
  g_return_val_if_fail (MERIT_IS_COMMITTEE (self), 0);

  return self->quorum;
}

/**
 * merit_committee_set_quorum:
 * @self: a #MeritCommittee
 * @quorum: the new value
 *
 * Sets the #MeritCommittee:quorum property.
 */
void
merit_committee_set_quorum (MeritCommittee *self,
                            guint           quorum)
{
  g_return_if_fail (MERIT_IS_COMMITTEE (self));

  if (self->quorum == quorum)
    return;

  self->quorum = quorum;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUORUM]);
}

/**
 * merit_committee_get_decision:
 * @self: a #MeritCommittee
 *
 * Gets the #MeritCommittee:decision property.
 */
MeritDecisionValue
merit_committee_get_decision (MeritCommittee *self)
{
  g_return_val_if_fail (MERIT_IS_COMMITTEE (self), 0);

  return self->decision;
}

/**
 * merit_committee_set_decision:
 * @self: a #MeritCommittee
 * @decision: the new value
 *
 * Sets the #MeritCommittee:decision property.
 */
void
merit_committee_set_decision (MeritCommittee     *self,
                              MeritDecisionValue  decision)
{
  g_return_if_fail (MERIT_IS_COMMITTEE (self));

  if (self->decision == decision)
    return;

  self->decision = decision;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECISION]);
}

/**
 * merit_committee_get_decided_by:
 * @self: a #MeritCommittee
 *
 * Gets the #MeritCommittee:decided-by property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_committee_get_decided_by (MeritCommittee *self)
{
  g_return_val_if_fail (MERIT_IS_COMMITTEE (self), NULL);

  return self->decided_by;
}

/**
 * merit_committee_set_decided_by:
 * @self: a #MeritCommittee
 * @decided_by: (nullable): the new value
 *
 * Sets the #MeritCommittee:decided-by property.
 */
void
merit_committee_set_decided_by (MeritCommittee *self,
                                const char     *decided_by)
{
  g_return_if_fail (MERIT_IS_COMMITTEE (self));

  if (g_strcmp0 (self->decided_by, decided_by) == 0)
    return;

  g_free (self->decided_by);
  self->decided_by = g_strdup (decided_by);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECIDED_BY]);
}

/**
 * merit_committee_get_decided_at:
 * @self: a #MeritCommittee
 *
 * Gets the #MeritCommittee:decided-at property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_committee_get_decided_at (MeritCommittee *self)
{
  g_return_val_if_fail (MERIT_IS_COMMITTEE (self), NULL);

  return self->decided_at;
}

/**
 * merit_committee_set_decided_at:
 * @self: a #MeritCommittee
 * @decided_at: (nullable): the new value
 *
 * Sets the #MeritCommittee:decided-at property.
 */
void
merit_committee_set_decided_at (MeritCommittee *self,
                                const char     *decided_at)
{
  g_return_if_fail (MERIT_IS_COMMITTEE (self));

  if (g_strcmp0 (self->decided_at, decided_at) == 0)
    return;

  g_free (self->decided_at);
  self->decided_at = g_strdup (decided_at);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECIDED_AT]);
}

/**
 * merit_committee_get_rationale:
 * @self: a #MeritCommittee
 *
 * Gets the #MeritCommittee:rationale property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_committee_get_rationale (MeritCommittee *self)
{
  g_return_val_if_fail (MERIT_IS_COMMITTEE (self), NULL);

  return self->rationale;
}

/**
 * merit_committee_set_rationale:
 * @self: a #MeritCommittee
 * @rationale: (nullable): the new value
 *
 * Sets the #MeritCommittee:rationale property.
 */
void
merit_committee_set_rationale (MeritCommittee *self,
                               const char     *rationale)
{
  g_return_if_fail (MERIT_IS_COMMITTEE (self));

  if (g_strcmp0 (self->rationale, rationale) == 0)
    return;

  g_free (self->rationale);
  self->rationale = g_strdup (rationale);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATIONALE]);
}

/**
 * merit_committee_get_quorum_met:
 * @self: a #MeritCommittee
 *
 * Gets the #MeritCommittee:quorum-met property.
 */
gboolean
merit_committee_get_quorum_met (MeritCommittee *self)
{
  g_return_val_if_fail (MERIT_IS_COMMITTEE (self), FALSE);

  return self->quorum_met;
}

/**
 * merit_committee_set_quorum_met:
 * @self: a #MeritCommittee
 * @quorum_met: the new value
 *
 * Sets the #MeritCommittee:quorum-met property.
 */
void
merit_committee_set_quorum_met (MeritCommittee *self,
                                gboolean        quorum_met)
{
  g_return_if_fail (MERIT_IS_COMMITTEE (self));

  quorum_met = !!quorum_met;

  if (self->quorum_met == quorum_met)
    return;

  self->quorum_met = quorum_met;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUORUM_MET]);
}

/**
 * merit_committee_get_votes:
 * @self: a #MeritCommittee
 *
 * Gets the votes cast so far, a list of #MeritVote owned by @self.
 *
 * Returns: (transfer none): the votes
 */
GListModel *
merit_committee_get_votes (MeritCommittee *self)
{
  g_return_val_if_fail (MERIT_IS_COMMITTEE (self), NULL);

  return G_LIST_MODEL (self->votes);
}

/**
 * merit_committee_add_vote:
 * @self: a #MeritCommittee
 * @vote: the vote to append
 *
 * Appends @vote, which the committee keeps a reference to.
 */
void
merit_committee_add_vote (MeritCommittee *self,
                          MeritVote      *vote)
{
  g_return_if_fail (MERIT_IS_COMMITTEE (self));
  g_return_if_fail (MERIT_IS_VOTE (vote));

  g_list_store_append (self->votes, vote);
}

/**
 * merit_committee_get_rounds:
 * @self: a #MeritCommittee
 *
 * Gets the voting rounds held in committee meetings, a list of #MeritVotingRound owned by
 * @self in the order they were opened.  Rounds voted outside a meeting have no record.
 *
 * Returns: (transfer none): the rounds
 */
GListModel *
merit_committee_get_rounds (MeritCommittee *self)
{
  g_return_val_if_fail (MERIT_IS_COMMITTEE (self), NULL);

  return G_LIST_MODEL (self->rounds);
}

/**
 * merit_committee_add_round:
 * @self: a #MeritCommittee
 * @round: the round to append
 *
 * Appends @round, which the committee keeps a reference to.
 */
void
merit_committee_add_round (MeritCommittee   *self,
                           MeritVotingRound *round)
{
  g_return_if_fail (MERIT_IS_COMMITTEE (self));
  g_return_if_fail (MERIT_IS_VOTING_ROUND (round));

  g_list_store_append (self->rounds, round);
}

/**
 * merit_committee_find_round:
 * @self: a #MeritCommittee
 * @number: a round number
 *
 * Returns: (transfer none) (nullable): the record of round @number, if it was held in a meeting
 */
MeritVotingRound *
merit_committee_find_round (MeritCommittee *self,
                            guint           number)
{
  g_return_val_if_fail (MERIT_IS_COMMITTEE (self), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->rounds)); i++)
    {
      g_autoptr(MeritVotingRound) round = g_list_model_get_item (G_LIST_MODEL (self->rounds), i);

      if (merit_voting_round_get_number (round) == number)
        return round;
    }
  return NULL;
}
