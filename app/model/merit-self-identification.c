/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-self-identification.c: voluntary self-identification answers, never shown to reviewers */

#include "config.h"

#include "merit-self-identification.h"

struct _MeritSelfIdentification
{
  GObject parent_instance;

  char *gender;
  char *ethnicity;
  char *disability;
  char *veteran_status;
  gboolean declined;
};

G_DEFINE_FINAL_TYPE (MeritSelfIdentification, merit_self_identification, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_GENDER,
  PROP_ETHNICITY,
  PROP_DISABILITY,
  PROP_VETERAN_STATUS,
  PROP_DECLINED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
merit_self_identification_finalize (GObject *object)
{
  MeritSelfIdentification *self = (MeritSelfIdentification *)object;

  g_clear_pointer (&self->gender, g_free);
  g_clear_pointer (&self->ethnicity, g_free);
  g_clear_pointer (&self->disability, g_free);
  g_clear_pointer (&self->veteran_status, g_free);

  G_OBJECT_CLASS (merit_self_identification_parent_class)->finalize (object);
}

static void
merit_self_identification_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  MeritSelfIdentification *self = MERIT_SELF_IDENTIFICATION (object);

  switch (prop_id)
    {
    case PROP_GENDER:
      g_value_set_string (value, self->gender);
      break;

    case PROP_ETHNICITY:
      g_value_set_string (value, self->ethnicity);
      break;

    case PROP_DISABILITY:
      g_value_set_string (value, self->disability);
      break;

    case PROP_VETERAN_STATUS:
      g_value_set_string (value, self->veteran_status);
      break;

    case PROP_DECLINED:
      g_value_set_boolean (value, self->declined);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_self_identification_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  MeritSelfIdentification *self = MERIT_SELF_IDENTIFICATION (object);

  switch (prop_id)
    {
    case PROP_GENDER:
      merit_self_identification_set_gender (self, g_value_get_string (value));
      break;

    case PROP_ETHNICITY:
      merit_self_identification_set_ethnicity (self, g_value_get_string (value));
      break;

    case PROP_DISABILITY:
      merit_self_identification_set_disability (self, g_value_get_string (value));
      break;

    case PROP_VETERAN_STATUS:
      merit_self_identification_set_veteran_status (self, g_value_get_string (value));
      break;

    case PROP_DECLINED:
      merit_self_identification_set_declined (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_self_identification_class_init (MeritSelfIdentificationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = merit_self_identification_finalize;
  object_class->get_property = merit_self_identification_get_property;
  object_class->set_property = merit_self_identification_set_property;

  properties[PROP_GENDER] =
    g_param_spec_string ("gender", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_ETHNICITY] =
    g_param_spec_string ("ethnicity", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_DISABILITY] =
    g_param_spec_string ("disability", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_VETERAN_STATUS] =
    g_param_spec_string ("veteran-status", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_DECLINED] =
    g_param_spec_boolean ("declined", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
merit_self_identification_init (MeritSelfIdentification *self)
{
}

/**
 * merit_self_identification_new:
 *
 * Creates a new, empty #MeritSelfIdentification.
 *
 * Returns: (transfer full): the new object
 */
MeritSelfIdentification *
merit_self_identification_new (void)
{
  return g_object_new (MERIT_TYPE_SELF_IDENTIFICATION, NULL);
}

/**
 * merit_self_identification_get_gender:
 * @self: a #MeritSelfIdentification
 *
 * Gets the #MeritSelfIdentification:gender property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_self_identification_get_gender (MeritSelfIdentification *self)
{
  g_return_val_if_fail (MERIT_IS_SELF_IDENTIFICATION (self), NULL);

  return self->gender;
}

/**
 * merit_self_identification_set_gender:
 * @self: a #MeritSelfIdentification
 * @gender: (nullable): the new value
 *
 * Sets the #MeritSelfIdentification:gender property.
 */
void
merit_self_identification_set_gender (MeritSelfIdentification *self,
                                      const char              *gender)
{
  g_return_if_fail (MERIT_IS_SELF_IDENTIFICATION (self));

  if (g_strcmp0 (self->gender, gender) == 0)
    return;

  g_free (self->gender);
  self->gender = g_strdup (gender);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GENDER]);
}

/**
 * merit_self_identification_get_ethnicity:
 * @self: a #MeritSelfIdentification
 *
 * Gets the #MeritSelfIdentification:ethnicity property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_self_identification_get_ethnicity (MeritSelfIdentification *self)
{
  g_return_val_if_fail (MERIT_IS_SELF_IDENTIFICATION (self), NULL);

  return self->ethnicity;
}

/**
 * merit_self_identification_set_ethnicity:
 * @self: a #MeritSelfIdentification
 * @ethnicity: (nullable): the new value
 *
 * Sets the #MeritSelfIdentification:ethnicity property.
 */
void
merit_self_identification_set_ethnicity (MeritSelfIdentification *self,
                                         const char              *ethnicity)
{
  g_return_if_fail (MERIT_IS_SELF_IDENTIFICATION (self));

  if (g_strcmp0 (self->ethnicity, ethnicity) == 0)
    return;

  g_free (self->ethnicity);
  self->ethnicity = g_strdup (ethnicity);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ETHNICITY]);
}

/**
 * merit_self_identification_get_disability:
 * @self: a #MeritSelfIdentification
 *
 * Gets the #MeritSelfIdentification:disability property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_self_identification_get_disability (MeritSelfIdentification *self)
{
  g_return_val_if_fail (MERIT_IS_SELF_IDENTIFICATION (self), NULL);

  return self->disability;
}

/**
 * merit_self_identification_set_disability:
 * @self: a #MeritSelfIdentification
 * @disability: (nullable): the new value
 *
 * Sets the #MeritSelfIdentification:disability property.
 */
void
merit_self_identification_set_disability (MeritSelfIdentification *self,
                                          const char              *disability)
{
  g_return_if_fail (MERIT_IS_SELF_IDENTIFICATION (self));

  if (g_strcmp0 (self->disability, disability) == 0)
    return;

  g_free (self->disability);
  self->disability = g_strdup (disability);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISABILITY]);
}

/**
 * merit_self_identification_get_veteran_status:
 * @self: a #MeritSelfIdentification
 *
 * Gets the #MeritSelfIdentification:veteran-status property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_self_identification_get_veteran_status (MeritSelfIdentification *self)
{
  g_return_val_if_fail (MERIT_IS_SELF_IDENTIFICATION (self), NULL);

  return self->veteran_status;
}

/**
 * merit_self_identification_set_veteran_status:
 * @self: a #MeritSelfIdentification
 * @veteran_status: (nullable): the new value
 *
 * Sets the #MeritSelfIdentification:veteran-status property.
 */
void
merit_self_identification_set_veteran_status (MeritSelfIdentification *self,
                                              const char              *veteran_status)
{
  g_return_if_fail (MERIT_IS_SELF_IDENTIFICATION (self));

  if (g_strcmp0 (self->veteran_status, veteran_status) == 0)
    return;

  g_free (self->veteran_status);
  self->veteran_status = g_strdup (veteran_status);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VETERAN_STATUS]);
}

/**
 * merit_self_identification_get_declined:
 * @self: a #MeritSelfIdentification
 *
 * Gets the #MeritSelfIdentification:declined property.
 */
gboolean
merit_self_identification_get_declined (MeritSelfIdentification *self)
{
  g_return_val_if_fail (MERIT_IS_SELF_IDENTIFICATION (self), FALSE);

  return self->declined;
}

/**
 * merit_self_identification_set_declined:
 * @self: a #MeritSelfIdentification
 * @declined: the new value
 *
 * Sets the #MeritSelfIdentification:declined property.
 */
void
merit_self_identification_set_declined (MeritSelfIdentification *self,
                                        gboolean                 declined)
{
  g_return_if_fail (MERIT_IS_SELF_IDENTIFICATION (self));

  declined = !!declined;

  if (self->declined == declined)
    return;

  self->declined = declined;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECLINED]);
}
