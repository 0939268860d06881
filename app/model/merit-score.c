/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-score.c: the score and evidence a reviewer gave for one rubric criterion */

#include "config.h"

#include "merit-score.h"

struct _MeritScore
{
  GObject parent_instance;

  char *criterion;
  guint value;
  char *evidence;
};

G_DEFINE_FINAL_TYPE (MeritScore, merit_score, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CRITERION,
  PROP_VALUE,
  PROP_EVIDENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
merit_score_finalize (GObject *object)
{
  MeritScore *self = (MeritScore *)object;

  g_clear_pointer (&self->criterion, g_free);
  g_clear_pointer (&self->evidence, g_free);

  G_OBJECT_CLASS (merit_score_parent_class)->finalize (object);
}

static void
merit_score_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MeritScore *self = MERIT_SCORE (object);

  switch (prop_id)
    {
    case PROP_CRITERION:
      g_value_set_string (value, self->criterion);
      break;

    case PROP_VALUE:
      g_value_set_uint (value, self->value);
      break;

    case PROP_EVIDENCE:
      g_value_set_string (value, self->evidence);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_score_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  MeritScore *self = MERIT_SCORE (object);

  switch (prop_id)
    {
    case PROP_CRITERION:
      self->criterion = g_value_dup_string (value);
      break;

    case PROP_VALUE:
      merit_score_set_value (self, g_value_get_uint (value));
      break;

    case PROP_EVIDENCE:
      merit_score_set_evidence (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_score_class_init (MeritScoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = merit_score_finalize;
  object_class->get_property = merit_score_get_property;
  object_class->set_property = merit_score_set_property;

  properties[PROP_CRITERION] =
    g_param_spec_string ("criterion", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_VALUE] =
    g_param_spec_uint ("value", NULL, NULL,
                       0, 4, 0,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_EVIDENCE] =
    g_param_spec_string ("evidence", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
merit_score_init (MeritScore *self)
{
}

/**
 * merit_score_new:
 * @criterion: the #MeritScore:criterion property
 *
 * Creates a new #MeritScore.
 *
 * Returns: (transfer full): the new object
 */
MeritScore *
merit_score_new (const char *criterion)
{
  g_return_val_if_fail (criterion != NULL, NULL);

  MeritScore *self;

  /* Set directly, not as a property: packages are read by the hundred thousand, and
   * GObject serializes property notification across threads. */
  self = g_object_new (MERIT_TYPE_SCORE, NULL);
  self->criterion = g_strdup (criterion);
  return self;
}

/**
 * merit_score_get_criterion:
 * @self: a #MeritScore
 *
 * Gets the #MeritScore:criterion property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_score_get_criterion (MeritScore *self)
{
  g_return_val_if_fail (MERIT_IS_SCORE (self), NULL);

  return self->criterion;
}

/**
 * merit_score_get_value:
 * @self: a #MeritScore
 *
 * Gets the #MeritScore:value property.
 */
guint
merit_score_get_value (MeritScore *self)
{
  g_return_val_if_fail (MERIT_IS_SCORE (self), 0);

  return self->value;
}

/**
 * merit_score_set_value:
 * @self: a #MeritScore
 * @value: the new value
 *
 * Sets the #MeritScore:value property.
 */
void
merit_score_set_value (MeritScore *self,
                       guint       value)
{
  g_return_if_fail (MERIT_IS_SCORE (self));
  g_return_if_fail (value <= 4);

  if (self->value == value)
    return;

  self->value = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

/**
 * merit_score_get_evidence:
 * @self: a #MeritScore
 *
 * Gets the #MeritScore:evidence property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_score_get_evidence (MeritScore *self)
{
  g_return_val_if_fail (MERIT_IS_SCORE (self), NULL);

  return self->evidence;
}

/**
 * merit_score_set_evidence:
 * @self: a #MeritScore
 * @evidence: (nullable): the new value
 *
 * Sets the #MeritScore:evidence property.
 */
void
merit_score_set_evidence (MeritScore *self,
                          const char *evidence)
{
  g_return_if_fail (MERIT_IS_SCORE (self));

  if (g_strcmp0 (self->evidence, evidence) == 0)
    return;

  g_free (self->evidence);
  self->evidence = g_strdup (evidence);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVIDENCE]);
}
