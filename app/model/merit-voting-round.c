/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-voting-round.c: one voting round held in a committee meeting
 *
 * A round held in a meeting records who opened it, when, who was present and when the chair
 * closed it.  Only the members present vote in it, and their votes stay hidden until all of
 * them have voted or the round is closed.  Rounds voted outside a meeting have no record.
 */

#include "config.h"

#include "merit-voting-round.h"

struct _MeritVotingRound
{
  GObject parent_instance;

  guint   number;
  char   *opened_by;
  char   *opened_at;
  char   *closed_at;
  GStrv   present;
};

G_DEFINE_FINAL_TYPE (MeritVotingRound, merit_voting_round, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CLOSED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
replace_str (char       **field,
             const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
merit_voting_round_finalize (GObject *object)
{
  MeritVotingRound *self = MERIT_VOTING_ROUND (object);

  g_clear_pointer (&self->opened_by, g_free);
  g_clear_pointer (&self->opened_at, g_free);
  g_clear_pointer (&self->closed_at, g_free);
  g_clear_pointer (&self->present, g_strfreev);

  G_OBJECT_CLASS (merit_voting_round_parent_class)->finalize (object);
}

static void
merit_voting_round_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MeritVotingRound *self = MERIT_VOTING_ROUND (object);

  switch (prop_id)
    {
    case PROP_CLOSED_AT:
      g_value_set_string (value, self->closed_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_voting_round_class_init (MeritVotingRoundClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = merit_voting_round_finalize;
  object_class->get_property = merit_voting_round_get_property;

  /**
   * MeritVotingRound:closed-at:
   *
   * When the chair closed the round, or %NULL while it is open.
   */
  properties[PROP_CLOSED_AT] =
    g_param_spec_string ("closed-at", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
merit_voting_round_init (MeritVotingRound *self)
{
  self->present = g_new0 (char *, 1);
}

/**
 * merit_voting_round_new:
 * @number: the round's number, from 1
 *
 * Returns: (transfer full): a new, open round with nobody present
 */
MeritVotingRound *
merit_voting_round_new (guint number)
{
  MeritVotingRound *self = g_object_new (MERIT_TYPE_VOTING_ROUND, NULL);

  self->number = number;
  return self;
}

/**
 * merit_voting_round_get_number:
 * @self: a round
 *
 * Returns: the round's number, from 1
 */
guint
merit_voting_round_get_number (MeritVotingRound *self)
{
  g_return_val_if_fail (MERIT_IS_VOTING_ROUND (self), 0);

  return self->number;
}

/**
 * merit_voting_round_get_opened_by:
 * @self: a round
 *
 * Returns: (nullable): the member who opened the round
 */
const char *
merit_voting_round_get_opened_by (MeritVotingRound *self)
{
  g_return_val_if_fail (MERIT_IS_VOTING_ROUND (self), NULL);

  return self->opened_by;
}

/**
 * merit_voting_round_set_opened_by:
 * @self: a round
 * @opened_by: (nullable): the member who opened it
 *
 * Sets who opened the round.
 */
void
merit_voting_round_set_opened_by (MeritVotingRound *self,
                                  const char       *opened_by)
{
  g_return_if_fail (MERIT_IS_VOTING_ROUND (self));

  replace_str (&self->opened_by, opened_by);
}

/**
 * merit_voting_round_get_opened_at:
 * @self: a round
 *
 * Returns: (nullable): when the round was opened, ISO 8601
 */
const char *
merit_voting_round_get_opened_at (MeritVotingRound *self)
{
  g_return_val_if_fail (MERIT_IS_VOTING_ROUND (self), NULL);

  return self->opened_at;
}

/**
 * merit_voting_round_set_opened_at:
 * @self: a round
 * @opened_at: (nullable): when it was opened, ISO 8601
 *
 * Sets when the round was opened.
 */
void
merit_voting_round_set_opened_at (MeritVotingRound *self,
                                  const char       *opened_at)
{
  g_return_if_fail (MERIT_IS_VOTING_ROUND (self));

  replace_str (&self->opened_at, opened_at);
}

/**
 * merit_voting_round_get_closed_at:
 * @self: a round
 *
 * Returns: (nullable): when the chair closed the round, or %NULL while it is open
 */
const char *
merit_voting_round_get_closed_at (MeritVotingRound *self)
{
  g_return_val_if_fail (MERIT_IS_VOTING_ROUND (self), NULL);

  return self->closed_at;
}

/**
 * merit_voting_round_set_closed_at:
 * @self: a round
 * @closed_at: (nullable): when it was closed, ISO 8601
 *
 * Closes the round at @closed_at, or opens it again with %NULL.
 */
void
merit_voting_round_set_closed_at (MeritVotingRound *self,
                                  const char       *closed_at)
{
  g_return_if_fail (MERIT_IS_VOTING_ROUND (self));

  if (replace_str (&self->closed_at, closed_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLOSED_AT]);
}

/**
 * merit_voting_round_get_present:
 * @self: a round
 *
 * Returns: (transfer none): the IDs of the members present, in the order recorded
 */
const char * const *
merit_voting_round_get_present (MeritVotingRound *self)
{
  g_return_val_if_fail (MERIT_IS_VOTING_ROUND (self), NULL);

  return (const char * const *) self->present;
}

/**
 * merit_voting_round_set_present:
 * @self: a round
 * @present: (nullable): the IDs of the members present
 *
 * Sets who is present in the round.
 */
void
merit_voting_round_set_present (MeritVotingRound   *self,
                                const char * const *present)
{
  g_return_if_fail (MERIT_IS_VOTING_ROUND (self));

  g_strfreev (self->present);
  self->present = present != NULL ? g_strdupv ((char **) present) : g_new0 (char *, 1);
}

/**
 * merit_voting_round_is_present:
 * @self: a round
 * @member: a member ID
 *
 * Returns: %TRUE when @member is recorded as present
 */
gboolean
merit_voting_round_is_present (MeritVotingRound *self,
                               const char       *member)
{
  g_return_val_if_fail (MERIT_IS_VOTING_ROUND (self), FALSE);

  return member != NULL && g_strv_contains ((const char * const *) self->present, member);
}
