/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-comp-band.c: the salary range allowed for one level and currency */

#include "config.h"

#include "merit-comp-band.h"
#include "merit-money.h"

struct _MeritCompBand
{
  GObject parent_instance;

  char *level;
  char *currency;
  char *min;
  char *max;
};

G_DEFINE_FINAL_TYPE (MeritCompBand, merit_comp_band, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LEVEL,
  PROP_CURRENCY,
  PROP_MIN,
  PROP_MAX,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
merit_comp_band_finalize (GObject *object)
{
  MeritCompBand *self = (MeritCompBand *)object;

  g_clear_pointer (&self->level, g_free);
  g_clear_pointer (&self->currency, g_free);
  g_clear_pointer (&self->min, g_free);
  g_clear_pointer (&self->max, g_free);

  G_OBJECT_CLASS (merit_comp_band_parent_class)->finalize (object);
}

static void
merit_comp_band_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MeritCompBand *self = MERIT_COMP_BAND (object);

  switch (prop_id)
    {
    case PROP_LEVEL:
      g_value_set_string (value, self->level);
      break;

    case PROP_CURRENCY:
      g_value_set_string (value, self->currency);
      break;

    case PROP_MIN:
      g_value_set_string (value, self->min);
      break;

    case PROP_MAX:
      g_value_set_string (value, self->max);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_comp_band_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MeritCompBand *self = MERIT_COMP_BAND (object);

  switch (prop_id)
    {
    case PROP_LEVEL:
      merit_comp_band_set_level (self, g_value_get_string (value));
      break;

    case PROP_CURRENCY:
      merit_comp_band_set_currency (self, g_value_get_string (value));
      break;

    case PROP_MIN:
      merit_comp_band_set_min (self, g_value_get_string (value));
      break;

    case PROP_MAX:
      merit_comp_band_set_max (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_comp_band_class_init (MeritCompBandClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = merit_comp_band_finalize;
  object_class->get_property = merit_comp_band_get_property;
  object_class->set_property = merit_comp_band_set_property;

  properties[PROP_LEVEL] =
    g_param_spec_string ("level", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_CURRENCY] =
    g_param_spec_string ("currency", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_MIN] =
    g_param_spec_string ("min", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_MAX] =
    g_param_spec_string ("max", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
merit_comp_band_init (MeritCompBand *self)
{
}

/**
 * merit_comp_band_new:
 *
 * Creates a new, empty #MeritCompBand.
 *
 * Returns: (transfer full): the new object
 */
MeritCompBand *
merit_comp_band_new (void)
{
  return g_object_new (MERIT_TYPE_COMP_BAND, NULL);
}

/**
 * merit_comp_band_get_level:
 * @self: a #MeritCompBand
 *
 * Gets the #MeritCompBand:level property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_comp_band_get_level (MeritCompBand *self)
{
  g_return_val_if_fail (MERIT_IS_COMP_BAND (self), NULL);

  return self->level;
}

/**
 * merit_comp_band_set_level:
 * @self: a #MeritCompBand
 * @level: (nullable): the new value
 *
 * Sets the #MeritCompBand:level property.
 */
void
merit_comp_band_set_level (MeritCompBand *self,
                           const char    *level)
{
  g_return_if_fail (MERIT_IS_COMP_BAND (self));

  if (g_strcmp0 (self->level, level) == 0)
    return;

  g_free (self->level);
  self->level = g_strdup (level);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

/**
 * merit_comp_band_get_currency:
 * @self: a #MeritCompBand
 *
 * Gets the #MeritCompBand:currency property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_comp_band_get_currency (MeritCompBand *self)
{
  g_return_val_if_fail (MERIT_IS_COMP_BAND (self), NULL);

  return self->currency;
}

/**
 * merit_comp_band_set_currency:
 * @self: a #MeritCompBand
 * @currency: (nullable): the new value
 *
 * Sets the #MeritCompBand:currency property.
 */
void
merit_comp_band_set_currency (MeritCompBand *self,
                              const char    *currency)
{
  g_return_if_fail (MERIT_IS_COMP_BAND (self));

  if (g_strcmp0 (self->currency, currency) == 0)
    return;

  g_free (self->currency);
  self->currency = g_strdup (currency);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENCY]);
}

/**
 * merit_comp_band_get_min:
 * @self: a #MeritCompBand
 *
 * Gets the #MeritCompBand:min property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_comp_band_get_min (MeritCompBand *self)
{
  g_return_val_if_fail (MERIT_IS_COMP_BAND (self), NULL);

  return self->min;
}

/**
 * merit_comp_band_set_min:
 * @self: a #MeritCompBand
 * @min: (nullable): the new value
 *
 * Sets the #MeritCompBand:min property.
 */
void
merit_comp_band_set_min (MeritCompBand *self,
                         const char    *min)
{
  g_return_if_fail (MERIT_IS_COMP_BAND (self));

  if (g_strcmp0 (self->min, min) == 0)
    return;

  g_free (self->min);
  self->min = g_strdup (min);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIN]);
}

/**
 * merit_comp_band_get_max:
 * @self: a #MeritCompBand
 *
 * Gets the #MeritCompBand:max property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_comp_band_get_max (MeritCompBand *self)
{
  g_return_val_if_fail (MERIT_IS_COMP_BAND (self), NULL);

  return self->max;
}

/**
 * merit_comp_band_set_max:
 * @self: a #MeritCompBand
 * @max: (nullable): the new value
 *
 * Sets the #MeritCompBand:max property.
 */
void
merit_comp_band_set_max (MeritCompBand *self,
                         const char    *max)
{
  g_return_if_fail (MERIT_IS_COMP_BAND (self));

  if (g_strcmp0 (self->max, max) == 0)
    return;

  g_free (self->max);
  self->max = g_strdup (max);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX]);
}

/**
 * merit_comp_band_contains:
 * @self: a #MeritCompBand
 * @amount: a money string such as "95000.00"
 *
 * Checks whether @amount lies inside the band, bounds included. A missing
 * bound leaves that side open; an unparsable amount or bound never matches.
 *
 * Returns: %TRUE if @amount is within the band
 */
gboolean
merit_comp_band_contains (MeritCompBand *self,
                          const char    *amount)
{
  gint64 value;
  gint64 bound;

  g_return_val_if_fail (MERIT_IS_COMP_BAND (self), FALSE);

  if (amount == NULL || !merit_money_parse (amount, &value, NULL))
    return FALSE;

  if (self->min != NULL)
    {
      if (!merit_money_parse (self->min, &bound, NULL) || value < bound)
        return FALSE;
    }

  if (self->max != NULL)
    {
      if (!merit_money_parse (self->max, &bound, NULL) || value > bound)
        return FALSE;
    }

  return TRUE;
}
