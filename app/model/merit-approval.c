/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-approval.c: a CEO decision on an offer, bound to a digest of the package */

#include "config.h"

#include "merit-approval.h"
#include "merit-enums.h"

struct _MeritApproval
{
  GObject parent_instance;

  char *approver;
  MeritApprovalDecision decision;
  char *time;
  char *digest;
  char *comment;
  char *key_id;
  char *signature;
};

G_DEFINE_FINAL_TYPE (MeritApproval, merit_approval, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_APPROVER,
  PROP_DECISION,
  PROP_TIME,
  PROP_DIGEST,
  PROP_COMMENT,
  PROP_KEY_ID,
  PROP_SIGNATURE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
merit_approval_finalize (GObject *object)
{
  MeritApproval *self = (MeritApproval *)object;

  g_clear_pointer (&self->approver, g_free);
  g_clear_pointer (&self->time, g_free);
  g_clear_pointer (&self->digest, g_free);
  g_clear_pointer (&self->comment, g_free);
  g_clear_pointer (&self->key_id, g_free);
  g_clear_pointer (&self->signature, g_free);

  G_OBJECT_CLASS (merit_approval_parent_class)->finalize (object);
}

static void
merit_approval_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MeritApproval *self = MERIT_APPROVAL (object);

  switch (prop_id)
    {
    case PROP_APPROVER:
      g_value_set_string (value, self->approver);
      break;

    case PROP_DECISION:
      g_value_set_enum (value, self->decision);
      break;

    case PROP_TIME:
      g_value_set_string (value, self->time);
      break;

    case PROP_DIGEST:
      g_value_set_string (value, self->digest);
      break;

    case PROP_COMMENT:
      g_value_set_string (value, self->comment);
      break;

    case PROP_KEY_ID:
      g_value_set_string (value, self->key_id);
      break;

    case PROP_SIGNATURE:
      g_value_set_string (value, self->signature);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_approval_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MeritApproval *self = MERIT_APPROVAL (object);

  switch (prop_id)
    {
    case PROP_APPROVER:
      merit_approval_set_approver (self, g_value_get_string (value));
      break;

    case PROP_DECISION:
      merit_approval_set_decision (self, g_value_get_enum (value));
      break;

    case PROP_TIME:
      merit_approval_set_time (self, g_value_get_string (value));
      break;

    case PROP_DIGEST:
      merit_approval_set_digest (self, g_value_get_string (value));
      break;

    case PROP_COMMENT:
      merit_approval_set_comment (self, g_value_get_string (value));
      break;

    case PROP_KEY_ID:
      merit_approval_set_key_id (self, g_value_get_string (value));
      break;

    case PROP_SIGNATURE:
      merit_approval_set_signature (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_approval_class_init (MeritApprovalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = merit_approval_finalize;
  object_class->get_property = merit_approval_get_property;
  object_class->set_property = merit_approval_set_property;

  properties[PROP_APPROVER] =
    g_param_spec_string ("approver", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_DECISION] =
    g_param_spec_enum ("decision", NULL, NULL,
                       MERIT_TYPE_APPROVAL_DECISION,
                       MERIT_APPROVAL_DECISION_APPROVED,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_TIME] =
    g_param_spec_string ("time", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_DIGEST] =
    g_param_spec_string ("digest", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_COMMENT] =
    g_param_spec_string ("comment", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_KEY_ID] =
    g_param_spec_string ("key-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_SIGNATURE] =
    g_param_spec_string ("signature", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
merit_approval_init (MeritApproval *self)
{
  self->decision = MERIT_APPROVAL_DECISION_APPROVED;
}

/**
 * merit_approval_new:
 *
 * Creates a new, empty #MeritApproval.
 *
 * Returns: (transfer full): the new object
 */
MeritApproval *
merit_approval_new (void)
{
  return g_object_new (MERIT_TYPE_APPROVAL, NULL);
}

/**
 * merit_approval_get_approver:
 * @self: a #MeritApproval
 *
 * Gets the #MeritApproval:approver property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_approval_get_approver (MeritApproval *self)
{
  g_return_val_if_fail (MERIT_IS_APPROVAL (self), NULL);

  return self->approver;
}

/**
 * merit_approval_set_approver:
 * @self: a #MeritApproval
 * @approver: (nullable): the new value
 *
 * Sets the #MeritApproval:approver property.
 */
void
merit_approval_set_approver (MeritApproval *self,
                             const char    *approver)
{
  g_return_if_fail (MERIT_IS_APPROVAL (self));

  if (g_strcmp0 (self->approver, approver) == 0)
    return;

  g_free (self->approver);
  self->approver = g_strdup (approver);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPROVER]);
}

/**
 * merit_approval_get_decision:
 * @self: a #MeritApproval
 *
 * Gets the #MeritApproval:decision property.
 */
MeritApprovalDecision
merit_approval_get_decision (MeritApproval *self)
{
  g_return_val_if_fail (MERIT_IS_APPROVAL (self), 0);

  return self->decision;
}

/**
 * merit_approval_set_decision:
 * @self: a #MeritApproval
 * @decision: the new value
 *
 * Sets the #MeritApproval:decision property.
 */
void
merit_approval_set_decision (MeritApproval         *self,
                             MeritApprovalDecision  decision)
{
  g_return_if_fail (MERIT_IS_APPROVAL (self));

  if (self->decision == decision)
    return;

  self->decision = decision;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECISION]);
}

/**
 * merit_approval_get_time:
 * @self: a #MeritApproval
 *
 * Gets the #MeritApproval:time property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_approval_get_time (MeritApproval *self)
{
  g_return_val_if_fail (MERIT_IS_APPROVAL (self), NULL);

  return self->time;
}

/**
 * merit_approval_set_time:
 * @self: a #MeritApproval
 * @time: (nullable): the new value
 *
 * Sets the #MeritApproval:time property.
 */
void
merit_approval_set_time (MeritApproval *self,
                         const char    *time)
{
  g_return_if_fail (MERIT_IS_APPROVAL (self));

  if (g_strcmp0 (self->time, time) == 0)
    return;

  g_free (self->time);
  self->time = g_strdup (time);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME]);
}

/**
 * merit_approval_get_digest:
 * @self: a #MeritApproval
 *
 * Gets the #MeritApproval:digest property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_approval_get_digest (MeritApproval *self)
{
  g_return_val_if_fail (MERIT_IS_APPROVAL (self), NULL);

  return self->digest;
}

/**
 * merit_approval_set_digest:
 * @self: a #MeritApproval
 * @digest: (nullable): the new value
 *
 * Sets the #MeritApproval:digest property.
 */
void
merit_approval_set_digest (MeritApproval *self,
                           const char    *digest)
{
  g_return_if_fail (MERIT_IS_APPROVAL (self));

  if (g_strcmp0 (self->digest, digest) == 0)
    return;

  g_free (self->digest);
  self->digest = g_strdup (digest);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIGEST]);
}

/**
 * merit_approval_get_comment:
 * @self: a #MeritApproval
 *
 * Gets the #MeritApproval:comment property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_approval_get_comment (MeritApproval *self)
{
  g_return_val_if_fail (MERIT_IS_APPROVAL (self), NULL);

  return self->comment;
}

/**
 * merit_approval_set_comment:
 * @self: a #MeritApproval
 * @comment: (nullable): the new value
 *
 * Sets the #MeritApproval:comment property.
 */
void
merit_approval_set_comment (MeritApproval *self,
                            const char    *comment)
{
  g_return_if_fail (MERIT_IS_APPROVAL (self));

  if (g_strcmp0 (self->comment, comment) == 0)
    return;

  g_free (self->comment);
  self->comment = g_strdup (comment);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMENT]);
}

/**
 * merit_approval_get_key_id:
 * @self: a #MeritApproval
 *
 * Gets the #MeritApproval:key-id property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_approval_get_key_id (MeritApproval *self)
{
  g_return_val_if_fail (MERIT_IS_APPROVAL (self), NULL);

  return self->key_id;
}

/**
 * merit_approval_set_key_id:
 * @self: a #MeritApproval
 * @key_id: (nullable): the new value
 *
 * Sets the #MeritApproval:key-id property.
 */
void
merit_approval_set_key_id (MeritApproval *self,
                           const char    *key_id)
{
  g_return_if_fail (MERIT_IS_APPROVAL (self));

  if (g_strcmp0 (self->key_id, key_id) == 0)
    return;

  g_free (self->key_id);
  self->key_id = g_strdup (key_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEY_ID]);
}

/**
 * merit_approval_get_signature:
 * @self: a #MeritApproval
 *
 * Gets the #MeritApproval:signature property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_approval_get_signature (MeritApproval *self)
{
  g_return_val_if_fail (MERIT_IS_APPROVAL (self), NULL);

  return self->signature;
}

/**
 * merit_approval_set_signature:
 * @self: a #MeritApproval
 * @signature: (nullable): the new value
 *
 * Sets the #MeritApproval:signature property.
 */
void
merit_approval_set_signature (MeritApproval *self,
                              const char    *signature)
{
  g_return_if_fail (MERIT_IS_APPROVAL (self));

  if (g_strcmp0 (self->signature, signature) == 0)
    return;

  g_free (self->signature);
  self->signature = g_strdup (signature);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIGNATURE]);
}
