/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-history-event.c: one immutable, hash-chained entry of a candidate's history */

#include "config.h"

#include <string.h>

#include "merit-history-event.h"

struct _MeritHistoryEvent
{
  GObject parent_instance;

  guint seq;
  char *time;
  char *actor;
  char *action;
  char *from_stage;
  char *to_stage;
  char *detail;
  char *prev;
  char *hash;

  /* The acting member's Ed25519 signature over the event hash; not part of the hash. */
  char *key_id;
  char *signature;
  /* Appended in this process and not signed yet: only such events are ever signed. */
  gboolean is_new;
};

G_DEFINE_FINAL_TYPE (MeritHistoryEvent, merit_history_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SEQ,
  PROP_TIME,
  PROP_ACTOR,
  PROP_ACTION,
  PROP_FROM_STAGE,
  PROP_TO_STAGE,
  PROP_DETAIL,
  PROP_PREV,
  PROP_HASH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
merit_history_event_finalize (GObject *object)
{
  MeritHistoryEvent *self = (MeritHistoryEvent *)object;

  g_clear_pointer (&self->time, g_free);
  g_clear_pointer (&self->actor, g_free);
  g_clear_pointer (&self->action, g_free);
  g_clear_pointer (&self->from_stage, g_free);
  g_clear_pointer (&self->to_stage, g_free);
  g_clear_pointer (&self->detail, g_free);
  g_clear_pointer (&self->prev, g_free);
  g_clear_pointer (&self->hash, g_free);
  g_clear_pointer (&self->key_id, g_free);
  g_clear_pointer (&self->signature, g_free);

  G_OBJECT_CLASS (merit_history_event_parent_class)->finalize (object);
}

static void
merit_history_event_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  MeritHistoryEvent *self = MERIT_HISTORY_EVENT (object);

  switch (prop_id)
    {
    case PROP_SEQ:
      g_value_set_uint (value, self->seq);
      break;

    case PROP_TIME:
      g_value_set_string (value, self->time);
      break;

    case PROP_ACTOR:
      g_value_set_string (value, self->actor);
      break;

    case PROP_ACTION:
      g_value_set_string (value, self->action);
      break;

    case PROP_FROM_STAGE:
      g_value_set_string (value, self->from_stage);
      break;

    case PROP_TO_STAGE:
      g_value_set_string (value, self->to_stage);
      break;

    case PROP_DETAIL:
      g_value_set_string (value, self->detail);
      break;

    case PROP_PREV:
      g_value_set_string (value, self->prev);
      break;

    case PROP_HASH:
      g_value_set_string (value, self->hash);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_history_event_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  MeritHistoryEvent *self = MERIT_HISTORY_EVENT (object);

  switch (prop_id)
    {
    case PROP_SEQ:
      self->seq = g_value_get_uint (value);
      break;

    case PROP_TIME:
      self->time = g_value_dup_string (value);
      break;

    case PROP_ACTOR:
      self->actor = g_value_dup_string (value);
      break;

    case PROP_ACTION:
      self->action = g_value_dup_string (value);
      break;

    case PROP_FROM_STAGE:
      self->from_stage = g_value_dup_string (value);
      break;

    case PROP_TO_STAGE:
      self->to_stage = g_value_dup_string (value);
      break;

    case PROP_DETAIL:
      self->detail = g_value_dup_string (value);
      break;

    case PROP_PREV:
      self->prev = g_value_dup_string (value);
      break;

    case PROP_HASH:
      self->hash = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_history_event_class_init (MeritHistoryEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = merit_history_event_finalize;
  object_class->get_property = merit_history_event_get_property;
  object_class->set_property = merit_history_event_set_property;

  properties[PROP_SEQ] =
    g_param_spec_uint ("seq", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TIME] =
    g_param_spec_string ("time", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ACTOR] =
    g_param_spec_string ("actor", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ACTION] =
    g_param_spec_string ("action", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FROM_STAGE] =
    g_param_spec_string ("from-stage", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TO_STAGE] =
    g_param_spec_string ("to-stage", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DETAIL] =
    g_param_spec_string ("detail", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PREV] =
    g_param_spec_string ("prev", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_HASH] =
    g_param_spec_string ("hash", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
merit_history_event_init (MeritHistoryEvent *self)
{
}

/**
 * merit_history_event_new:
 * @seq: the #MeritHistoryEvent:seq property
 * @time: the #MeritHistoryEvent:time property
 * @actor: the #MeritHistoryEvent:actor property
 * @action: the #MeritHistoryEvent:action property
 * @from_stage: the #MeritHistoryEvent:from-stage property
 * @to_stage: the #MeritHistoryEvent:to-stage property
 * @detail: the #MeritHistoryEvent:detail property
 * @prev: the #MeritHistoryEvent:prev property
 * @hash: the #MeritHistoryEvent:hash property
 *
 * Creates a new #MeritHistoryEvent.
 *
 * Returns: (transfer full): the new object
 */
MeritHistoryEvent *
merit_history_event_new (guint       seq,
                         const char *time,
                         const char *actor,
                         const char *action,
                         const char *from_stage,
                         const char *to_stage,
                         const char *detail,
                         const char *prev,
                         const char *hash)
{
  MeritHistoryEvent *self;

  /* Set directly, as merit_score_new() does. */
  self = g_object_new (MERIT_TYPE_HISTORY_EVENT, NULL);
  self->seq = seq;
  self->time = g_strdup (time);
  self->actor = g_strdup (actor);
  self->action = g_strdup (action);
  self->from_stage = g_strdup (from_stage);
  self->to_stage = g_strdup (to_stage);
  self->detail = g_strdup (detail);
  self->prev = g_strdup (prev);
  self->hash = g_strdup (hash);
  return self;
}

/**
 * merit_history_event_get_seq:
 * @self: a #MeritHistoryEvent
 *
 * Gets the #MeritHistoryEvent:seq property.
 */
guint
merit_history_event_get_seq (MeritHistoryEvent *self)
{
  g_return_val_if_fail (MERIT_IS_HISTORY_EVENT (self), 0);

  return self->seq;
}

/**
 * merit_history_event_get_time:
 * @self: a #MeritHistoryEvent
 *
 * Gets the #MeritHistoryEvent:time property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_history_event_get_time (MeritHistoryEvent *self)
{
  g_return_val_if_fail (MERIT_IS_HISTORY_EVENT (self), NULL);

  return self->time;
}

/**
 * merit_history_event_get_actor:
 * @self: a #MeritHistoryEvent
 *
 * Gets the #MeritHistoryEvent:actor property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_history_event_get_actor (MeritHistoryEvent *self)
{
  g_return_val_if_fail (MERIT_IS_HISTORY_EVENT (self), NULL);

  return self->actor;
}

/**
 * merit_history_event_get_action:
 * @self: a #MeritHistoryEvent
 *
 * Gets the #MeritHistoryEvent:action property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_history_event_get_action (MeritHistoryEvent *self)
{
  g_return_val_if_fail (MERIT_IS_HISTORY_EVENT (self), NULL);

  return self->action;
}

/**
 * merit_history_event_get_from_stage:
 * @self: a #MeritHistoryEvent
 *
 * Gets the #MeritHistoryEvent:from-stage property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_history_event_get_from_stage (MeritHistoryEvent *self)
{
  g_return_val_if_fail (MERIT_IS_HISTORY_EVENT (self), NULL);

  return self->from_stage;
}

/**
 * merit_history_event_get_to_stage:
 * @self: a #MeritHistoryEvent
 *
 * Gets the #MeritHistoryEvent:to-stage property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_history_event_get_to_stage (MeritHistoryEvent *self)
{
  g_return_val_if_fail (MERIT_IS_HISTORY_EVENT (self), NULL);

  return self->to_stage;
}

/**
 * merit_history_event_get_detail:
 * @self: a #MeritHistoryEvent
 *
 * Gets the #MeritHistoryEvent:detail property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_history_event_get_detail (MeritHistoryEvent *self)
{
  g_return_val_if_fail (MERIT_IS_HISTORY_EVENT (self), NULL);

  return self->detail;
}

/**
 * merit_history_event_get_prev:
 * @self: a #MeritHistoryEvent
 *
 * Gets the #MeritHistoryEvent:prev property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_history_event_get_prev (MeritHistoryEvent *self)
{
  g_return_val_if_fail (MERIT_IS_HISTORY_EVENT (self), NULL);

  return self->prev;
}

/**
 * merit_history_event_get_hash:
 * @self: a #MeritHistoryEvent
 *
 * Gets the #MeritHistoryEvent:hash property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_history_event_get_hash (MeritHistoryEvent *self)
{
  g_return_val_if_fail (MERIT_IS_HISTORY_EVENT (self), NULL);

  return self->hash;
}

/* Each field is length-prefixed so that no two different events can produce
 * the same byte stream; "-1:" marks an absent field, distinct from "0:".
 */
static void
checksum_field (GChecksum  *checksum,
                const char *field)
{
  char prefix[32];
  gsize len;

  if (field == NULL)
    {
      g_checksum_update (checksum, (const guchar *) "-1:\n", 4);
      return;
    }

  len = strlen (field);
  g_snprintf (prefix, sizeof prefix, "%" G_GSIZE_FORMAT ":", len);
  g_checksum_update (checksum, (const guchar *) prefix, strlen (prefix));
  g_checksum_update (checksum, (const guchar *) field, len);
  g_checksum_update (checksum, (const guchar *) "\n", 1);
}

/**
 * merit_history_event_compute_hash:
 * @self: a #MeritHistoryEvent
 *
 * Computes the SHA-256 of the event's content and its link to the previous
 * event (everything but the stored hash itself).
 *
 * Returns: (transfer full): the lowercase hex digest
 */
char *
merit_history_event_compute_hash (MeritHistoryEvent *self)
{
  g_autoptr(GChecksum) checksum = NULL;
  char seq[16];

  g_return_val_if_fail (MERIT_IS_HISTORY_EVENT (self), NULL);

  checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_checksum_update (checksum, (const guchar *) "merit-event-v1\n", strlen ("merit-event-v1\n"));

  g_snprintf (seq, sizeof seq, "%u", self->seq);
  checksum_field (checksum, seq);
  checksum_field (checksum, self->time);
  checksum_field (checksum, self->actor);
  checksum_field (checksum, self->action);
  checksum_field (checksum, self->from_stage);
  checksum_field (checksum, self->to_stage);
  checksum_field (checksum, self->detail);
  checksum_field (checksum, self->prev);

  return g_strdup (g_checksum_get_string (checksum));
}

/**
 * merit_history_event_verify:
 * @self: a #MeritHistoryEvent
 *
 * Checks that the stored hash matches the event's content.
 *
 * Returns: %TRUE if the event is unaltered
 */
gboolean
merit_history_event_verify (MeritHistoryEvent *self)
{
  g_autofree char *hash = NULL;

  g_return_val_if_fail (MERIT_IS_HISTORY_EVENT (self), FALSE);

  if (self->hash == NULL)
    return FALSE;

  hash = merit_history_event_compute_hash (self);

  return strcmp (hash, self->hash) == 0;
}

/**
 * merit_history_event_get_key_id:
 * @self: a #MeritHistoryEvent
 *
 * Gets the fingerprint of the key that signed the event.
 *
 * Returns: (nullable): the key id, %NULL when the event is unsigned
 */
const char *
merit_history_event_get_key_id (MeritHistoryEvent *self)
{
  g_return_val_if_fail (MERIT_IS_HISTORY_EVENT (self), NULL);

  return self->key_id;
}

/**
 * merit_history_event_get_signature:
 * @self: a #MeritHistoryEvent
 *
 * Gets the base64 Ed25519 signature of the event.
 *
 * Returns: (nullable): the signature, %NULL when the event is unsigned
 */
const char *
merit_history_event_get_signature (MeritHistoryEvent *self)
{
  g_return_val_if_fail (MERIT_IS_HISTORY_EVENT (self), NULL);

  return self->signature;
}

/**
 * merit_history_event_set_signature:
 * @self: a #MeritHistoryEvent
 * @key_id: (nullable): the fingerprint of the signing key
 * @signature: (nullable): the base64 signature
 *
 * Attaches a signature.  The signature is not part of the event hash, so signing never
 * changes the chain.
 */
void
merit_history_event_set_signature (MeritHistoryEvent *self,
                                   const char        *key_id,
                                   const char        *signature)
{
  g_return_if_fail (MERIT_IS_HISTORY_EVENT (self));

  g_free (self->key_id);
  self->key_id = g_strdup (key_id);
  g_free (self->signature);
  self->signature = g_strdup (signature);
  self->is_new = FALSE;
}

/**
 * merit_history_event_get_is_new:
 * @self: a #MeritHistoryEvent
 *
 * Gets whether the event was appended in this process and has not been signed since.
 * Events read from a file never are, so a client signs only what its own member did.
 *
 * Returns: %TRUE for a new, unsigned event
 */
gboolean
merit_history_event_get_is_new (MeritHistoryEvent *self)
{
  g_return_val_if_fail (MERIT_IS_HISTORY_EVENT (self), FALSE);

  return self->is_new;
}

/**
 * merit_history_event_mark_new:
 * @self: a #MeritHistoryEvent
 *
 * Marks the event as appended in this process, so that saving signs it.
 */
void
merit_history_event_mark_new (MeritHistoryEvent *self)
{
  g_return_if_fail (MERIT_IS_HISTORY_EVENT (self));

  self->is_new = TRUE;
}
