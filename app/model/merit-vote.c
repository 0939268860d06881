/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-vote.c: one committee member's vote in one voting round */

#include "config.h"

#include "merit-enums.h"
#include "merit-vote.h"

struct _MeritVote
{
  GObject parent_instance;

  char *member;
  guint round;
  MeritVoteValue value;
  char *time;
  char *rationale;
};

G_DEFINE_FINAL_TYPE (MeritVote, merit_vote, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MEMBER,
  PROP_ROUND,
  PROP_VALUE,
  PROP_TIME,
  PROP_RATIONALE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
merit_vote_finalize (GObject *object)
{
  MeritVote *self = (MeritVote *)object;

  g_clear_pointer (&self->member, g_free);
  g_clear_pointer (&self->time, g_free);
  g_clear_pointer (&self->rationale, g_free);

  G_OBJECT_CLASS (merit_vote_parent_class)->finalize (object);
}

static void
merit_vote_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  MeritVote *self = MERIT_VOTE (object);

  switch (prop_id)
    {
    case PROP_MEMBER:
      g_value_set_string (value, self->member);
      break;

    case PROP_ROUND:
      g_value_set_uint (value, self->round);
      break;

    case PROP_VALUE:
      g_value_set_enum (value, self->value);
      break;

    case PROP_TIME:
      g_value_set_string (value, self->time);
      break;

    case PROP_RATIONALE:
      g_value_set_string (value, self->rationale);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_vote_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  MeritVote *self = MERIT_VOTE (object);

  switch (prop_id)
    {
    case PROP_MEMBER:
      merit_vote_set_member (self, g_value_get_string (value));
      break;

    case PROP_ROUND:
      merit_vote_set_round (self, g_value_get_uint (value));
      break;

    case PROP_VALUE:
      merit_vote_set_value (self, g_value_get_enum (value));
      break;

    case PROP_TIME:
      merit_vote_set_time (self, g_value_get_string (value));
      break;

    case PROP_RATIONALE:
      merit_vote_set_rationale (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_vote_class_init (MeritVoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = merit_vote_finalize;
  object_class->get_property = merit_vote_get_property;
  object_class->set_property = merit_vote_set_property;

  properties[PROP_MEMBER] =
    g_param_spec_string ("member", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_ROUND] =
    g_param_spec_uint ("round", NULL, NULL,
                       1, G_MAXUINT, 1,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_VALUE] =
    g_param_spec_enum ("value", NULL, NULL,
                       MERIT_TYPE_VOTE_VALUE,
                       MERIT_VOTE_VALUE_NO_HIRE,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_TIME] =
    g_param_spec_string ("time", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_RATIONALE] =
    g_param_spec_string ("rationale", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
merit_vote_init (MeritVote *self)
{
  self->round = 1;
  self->value = MERIT_VOTE_VALUE_NO_HIRE;
}

/**
 * merit_vote_new:
 *
 * Creates a new, empty #MeritVote.
 *
 * Returns: (transfer full): the new object
 */
MeritVote *
merit_vote_new (void)
{
  return g_object_new (MERIT_TYPE_VOTE, NULL);
}

/**
 * merit_vote_get_member:
 * @self: a #MeritVote
 *
 * Gets the #MeritVote:member property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_vote_get_member (MeritVote *self)
{
  g_return_val_if_fail (MERIT_IS_VOTE (self), NULL);

  return self->member;
}

/**
 * merit_vote_set_member:
 * @self: a #MeritVote
 * @member: (nullable): the new value
 *
 * Sets the #MeritVote:member property.
 */
void
merit_vote_set_member (MeritVote  *self,
                       const char *member)
{
  g_return_if_fail (MERIT_IS_VOTE (self));

  if (g_strcmp0 (self->member, member) == 0)
    return;

  g_free (self->member);
  self->member = g_strdup (member);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEMBER]);
}

/**
 * merit_vote_get_round:
 * @self: a #MeritVote
 *
 * Gets the #MeritVote:round property.
 */
guint
merit_vote_get_round (MeritVote *self)
{
  g_return_val_if_fail (MERIT_IS_VOTE (self), 0);

  return self->round;
}

/**
 * merit_vote_set_round:
 * @self: a #MeritVote
 * @round: the new value
 *
 * Sets the #MeritVote:round property.
 */
void
merit_vote_set_round (MeritVote *self,
                      guint      round)
{
  g_return_if_fail (MERIT_IS_VOTE (self));
  g_return_if_fail (round >= 1);

  if (self->round == round)
    return;

  self->round = round;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUND]);
}

/**
 * merit_vote_get_value:
 * @self: a #MeritVote
 *
 * Gets the #MeritVote:value property.
 */
MeritVoteValue
merit_vote_get_value (MeritVote *self)
{
  g_return_val_if_fail (MERIT_IS_VOTE (self), 0);

  return self->value;
}

/**
 * merit_vote_set_value:
 * @self: a #MeritVote
 * @value: the new value
 *
 * Sets the #MeritVote:value property.
 */
void
merit_vote_set_value (MeritVote      *self,
                      MeritVoteValue  value)
{
  g_return_if_fail (MERIT_IS_VOTE (self));

  if (self->value == value)
    return;

  self->value = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

/**
 * merit_vote_get_time:
 * @self: a #MeritVote
 *
 * Gets the #MeritVote:time property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_vote_get_time (MeritVote *self)
{
  g_return_val_if_fail (MERIT_IS_VOTE (self), NULL);

  return self->time;
}

/**
 * merit_vote_set_time:
 * @self: a #MeritVote
 * @time: (nullable): the new value
 *
 * Sets the #MeritVote:time property.
 */
void
merit_vote_set_time (MeritVote  *self,
                     const char *time)
{
  g_return_if_fail (MERIT_IS_VOTE (self));

  if (g_strcmp0 (self->time, time) == 0)
    return;

  g_free (self->time);
  self->time = g_strdup (time);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME]);
}

/**
 * merit_vote_get_rationale:
 * @self: a #MeritVote
 *
 * Gets the #MeritVote:rationale property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_vote_get_rationale (MeritVote *self)
{
  g_return_val_if_fail (MERIT_IS_VOTE (self), NULL);

  return self->rationale;
}

/**
 * merit_vote_set_rationale:
 * @self: a #MeritVote
 * @rationale: (nullable): the new value
 *
 * Sets the #MeritVote:rationale property.
 */
void
merit_vote_set_rationale (MeritVote  *self,
                          const char *rationale)
{
  g_return_if_fail (MERIT_IS_VOTE (self));

  if (g_strcmp0 (self->rationale, rationale) == 0)
    return;

  g_free (self->rationale);
  self->rationale = g_strdup (rationale);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATIONALE]);
}
