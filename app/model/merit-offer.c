/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-offer.c: the draft or extended offer for a candidate */

#include "config.h"

#include "merit-offer.h"

struct _MeritOffer
{
  GObject parent_instance;

  char *level;
  char *base;
  char *currency;
  char *equity;
  char *bonus;
  char *start_date;
  char *justification;
  char *exception;
};

G_DEFINE_FINAL_TYPE (MeritOffer, merit_offer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LEVEL,
  PROP_BASE,
  PROP_CURRENCY,
  PROP_EQUITY,
  PROP_BONUS,
  PROP_START_DATE,
  PROP_JUSTIFICATION,
  PROP_EXCEPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
merit_offer_finalize (GObject *object)
{
  MeritOffer *self = (MeritOffer *)object;

  g_clear_pointer (&self->level, g_free);
  g_clear_pointer (&self->base, g_free);
  g_clear_pointer (&self->currency, g_free);
  g_clear_pointer (&self->equity, g_free);
  g_clear_pointer (&self->bonus, g_free);
  g_clear_pointer (&self->start_date, g_free);
  g_clear_pointer (&self->justification, g_free);
  g_clear_pointer (&self->exception, g_free);

  G_OBJECT_CLASS (merit_offer_parent_class)->finalize (object);
}

static void
merit_offer_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MeritOffer *self = MERIT_OFFER (object);

  switch (prop_id)
    {
    case PROP_LEVEL:
      g_value_set_string (value, self->level);
      break;

    case PROP_BASE:
      g_value_set_string (value, self->base);
      break;

    case PROP_CURRENCY:
      g_value_set_string (value, self->currency);
      break;

    case PROP_EQUITY:
      g_value_set_string (value, self->equity);
      break;

    case PROP_BONUS:
      g_value_set_string (value, self->bonus);
      break;

    case PROP_START_DATE:
      g_value_set_string (value, self->start_date);
      break;

    case PROP_JUSTIFICATION:
      g_value_set_string (value, self->justification);
      break;

    case PROP_EXCEPTION:
      g_value_set_string (value, self->exception);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_offer_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  MeritOffer *self = MERIT_OFFER (object);

  switch (prop_id)
    {
    case PROP_LEVEL:
      merit_offer_set_level (self, g_value_get_string (value));
      break;

    case PROP_BASE:
      merit_offer_set_base (self, g_value_get_string (value));
      break;

    case PROP_CURRENCY:
      merit_offer_set_currency (self, g_value_get_string (value));
      break;

    case PROP_EQUITY:
      merit_offer_set_equity (self, g_value_get_string (value));
      break;

    case PROP_BONUS:
      merit_offer_set_bonus (self, g_value_get_string (value));
      break;

    case PROP_START_DATE:
      merit_offer_set_start_date (self, g_value_get_string (value));
      break;

    case PROP_JUSTIFICATION:
      merit_offer_set_justification (self, g_value_get_string (value));
      break;

    case PROP_EXCEPTION:
      merit_offer_set_exception (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_offer_class_init (MeritOfferClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = merit_offer_finalize;
  object_class->get_property = merit_offer_get_property;
  object_class->set_property = merit_offer_set_property;

  properties[PROP_LEVEL] =
    g_param_spec_string ("level", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_BASE] =
    g_param_spec_string ("base", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_CURRENCY] =
    g_param_spec_string ("currency", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_EQUITY] =
    g_param_spec_string ("equity", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_BONUS] =
    g_param_spec_string ("bonus", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_START_DATE] =
    g_param_spec_string ("start-date", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_JUSTIFICATION] =
    g_param_spec_string ("justification", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_EXCEPTION] =
    g_param_spec_string ("exception", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
merit_offer_init (MeritOffer *self)
{
}

/**
 * merit_offer_new:
 *
 * Creates a new, empty #MeritOffer.
 *
 * Returns: (transfer full): the new object
 */
MeritOffer *
merit_offer_new (void)
{
  return g_object_new (MERIT_TYPE_OFFER, NULL);
}

/**
 * merit_offer_get_level:
 * @self: a #MeritOffer
 *
 * Gets the #MeritOffer:level property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_offer_get_level (MeritOffer *self)
{
  g_return_val_if_fail (MERIT_IS_OFFER (self), NULL);

  return self->level;
}

/**
 * merit_offer_set_level:
 * @self: a #MeritOffer
 * @level: (nullable): the new value
 *
 * Sets the #MeritOffer:level property.
 */
void
merit_offer_set_level (MeritOffer *self,
                       const char *level)
{
  g_return_if_fail (MERIT_IS_OFFER (self));

  if (g_strcmp0 (self->level, level) == 0)
    return;

  g_free (self->level);
  self->level = g_strdup (level);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

/**
 * merit_offer_get_base:
 * @self: a #MeritOffer
 *
 * Gets the #MeritOffer:base property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_offer_get_base (MeritOffer *self)
{
  g_return_val_if_fail (MERIT_IS_OFFER (self), NULL);

  return self->base;
}

/**
 * merit_offer_set_base:
 * @self: a #MeritOffer
 * @base: (nullable): the new value
 *
 * Sets the #MeritOffer:base property.
 */
void
merit_offer_set_base (MeritOffer *self,
                      const char *base)
{
  g_return_if_fail (MERIT_IS_OFFER (self));

  if (g_strcmp0 (self->base, base) == 0)
    return;

  g_free (self->base);
  self->base = g_strdup (base);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASE]);
}

/**
 * merit_offer_get_currency:
 * @self: a #MeritOffer
 *
 * Gets the #MeritOffer:currency property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_offer_get_currency (MeritOffer *self)
{
  g_return_val_if_fail (MERIT_IS_OFFER (self), NULL);

  return self->currency;
}

/**
 * merit_offer_set_currency:
 * @self: a #MeritOffer
 * @currency: (nullable): the new value
 *
 * Sets the #MeritOffer:currency property.
 */
void
merit_offer_set_currency (MeritOffer *self,
                          const char *currency)
{
  g_return_if_fail (MERIT_IS_OFFER (self));

  if (g_strcmp0 (self->currency, currency) == 0)
    return;

  g_free (self->currency);
  self->currency = g_strdup (currency);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENCY]);
}

/**
 * merit_offer_get_equity:
 * @self: a #MeritOffer
 *
 * Gets the #MeritOffer:equity property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_offer_get_equity (MeritOffer *self)
{
  g_return_val_if_fail (MERIT_IS_OFFER (self), NULL);

  return self->equity;
}

/**
 * merit_offer_set_equity:
 * @self: a #MeritOffer
 * @equity: (nullable): the new value
 *
 * Sets the #MeritOffer:equity property.
 */
void
merit_offer_set_equity (MeritOffer *self,
                        const char *equity)
{
  g_return_if_fail (MERIT_IS_OFFER (self));

  if (g_strcmp0 (self->equity, equity) == 0)
    return;

  g_free (self->equity);
  self->equity = g_strdup (equity);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EQUITY]);
}

/**
 * merit_offer_get_bonus:
 * @self: a #MeritOffer
 *
 * Gets the #MeritOffer:bonus property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_offer_get_bonus (MeritOffer *self)
{
  g_return_val_if_fail (MERIT_IS_OFFER (self), NULL);

  return self->bonus;
}

/**
 * merit_offer_set_bonus:
 * @self: a #MeritOffer
 * @bonus: (nullable): the new value
 *
 * Sets the #MeritOffer:bonus property.
 */
void
merit_offer_set_bonus (MeritOffer *self,
                       const char *bonus)
{
  g_return_if_fail (MERIT_IS_OFFER (self));

  if (g_strcmp0 (self->bonus, bonus) == 0)
    return;

  g_free (self->bonus);
  self->bonus = g_strdup (bonus);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BONUS]);
}

/**
 * merit_offer_get_start_date:
 * @self: a #MeritOffer
 *
 * Gets the #MeritOffer:start-date property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_offer_get_start_date (MeritOffer *self)
{
  g_return_val_if_fail (MERIT_IS_OFFER (self), NULL);

  return self->start_date;
}

/**
 * merit_offer_set_start_date:
 * @self: a #MeritOffer
 * @start_date: (nullable): the new value
 *
 * Sets the #MeritOffer:start-date property.
 */
void
merit_offer_set_start_date (MeritOffer *self,
                            const char *start_date)
{
  g_return_if_fail (MERIT_IS_OFFER (self));

  if (g_strcmp0 (self->start_date, start_date) == 0)
    return;

  g_free (self->start_date);
  self->start_date = g_strdup (start_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_DATE]);
}

/**
 * merit_offer_get_justification:
 * @self: a #MeritOffer
 *
 * Gets the #MeritOffer:justification property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_offer_get_justification (MeritOffer *self)
{
  g_return_val_if_fail (MERIT_IS_OFFER (self), NULL);

  return self->justification;
}

/**
 * merit_offer_set_justification:
 * @self: a #MeritOffer
 * @justification: (nullable): the new value
 *
 * Sets the #MeritOffer:justification property.
 */
void
merit_offer_set_justification (MeritOffer *self,
                               const char *justification)
{
  g_return_if_fail (MERIT_IS_OFFER (self));

  if (g_strcmp0 (self->justification, justification) == 0)
    return;

  g_free (self->justification);
  self->justification = g_strdup (justification);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JUSTIFICATION]);
}

/**
 * merit_offer_get_exception:
 * @self: a #MeritOffer
 *
 * Gets the #MeritOffer:exception property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_offer_get_exception (MeritOffer *self)
{
  g_return_val_if_fail (MERIT_IS_OFFER (self), NULL);

  return self->exception;
}

/**
 * merit_offer_set_exception:
 * @self: a #MeritOffer
 * @exception: (nullable): the new value
 *
 * Sets the #MeritOffer:exception property.
 */
void
merit_offer_set_exception (MeritOffer *self,
                           const char *exception)
{
  g_return_if_fail (MERIT_IS_OFFER (self));

  if (g_strcmp0 (self->exception, exception) == 0)
    return;

  g_free (self->exception);
  self->exception = g_strdup (exception);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXCEPTION]);
}
