/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-sealed-section.c: an encrypted identity or self-identification section, carried through */

#include "config.h"

#include "merit-model-private.h"
#include "merit-sealed-section.h"

struct _MeritSealedSection
{
  GObject parent_instance;

  char *section;
  char *algorithm;
  char *nonce;
  char *ciphertext;
  GStrv recipients;
};

G_DEFINE_FINAL_TYPE (MeritSealedSection, merit_sealed_section, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SECTION,
  PROP_ALGORITHM,
  PROP_NONCE,
  PROP_CIPHERTEXT,
  PROP_RECIPIENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
merit_sealed_section_finalize (GObject *object)
{
  MeritSealedSection *self = (MeritSealedSection *)object;

  g_clear_pointer (&self->section, g_free);
  g_clear_pointer (&self->algorithm, g_free);
  g_clear_pointer (&self->nonce, g_free);
  g_clear_pointer (&self->ciphertext, g_free);
  g_clear_pointer (&self->recipients, g_strfreev);

  G_OBJECT_CLASS (merit_sealed_section_parent_class)->finalize (object);
}

static void
merit_sealed_section_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  MeritSealedSection *self = MERIT_SEALED_SECTION (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      g_value_set_string (value, self->section);
      break;

    case PROP_ALGORITHM:
      g_value_set_string (value, self->algorithm);
      break;

    case PROP_NONCE:
      g_value_set_string (value, self->nonce);
      break;

    case PROP_CIPHERTEXT:
      g_value_set_string (value, self->ciphertext);
      break;

    case PROP_RECIPIENTS:
      g_value_set_boxed (value, self->recipients);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_sealed_section_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  MeritSealedSection *self = MERIT_SEALED_SECTION (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      merit_sealed_section_set_section (self, g_value_get_string (value));
      break;

    case PROP_ALGORITHM:
      merit_sealed_section_set_algorithm (self, g_value_get_string (value));
      break;

    case PROP_NONCE:
      merit_sealed_section_set_nonce (self, g_value_get_string (value));
      break;

    case PROP_CIPHERTEXT:
      merit_sealed_section_set_ciphertext (self, g_value_get_string (value));
      break;

    case PROP_RECIPIENTS:
      merit_sealed_section_set_recipients (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_sealed_section_class_init (MeritSealedSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = merit_sealed_section_finalize;
  object_class->get_property = merit_sealed_section_get_property;
  object_class->set_property = merit_sealed_section_set_property;

  properties[PROP_SECTION] =
    g_param_spec_string ("section", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_ALGORITHM] =
    g_param_spec_string ("algorithm", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_NONCE] =
    g_param_spec_string ("nonce", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_CIPHERTEXT] =
    g_param_spec_string ("ciphertext", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_RECIPIENTS] =
    g_param_spec_boxed ("recipients", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
merit_sealed_section_init (MeritSealedSection *self)
{
}

/**
 * merit_sealed_section_new:
 *
 * Creates a new, empty #MeritSealedSection.
 *
 * Returns: (transfer full): the new object
 */
MeritSealedSection *
merit_sealed_section_new (void)
{
  return g_object_new (MERIT_TYPE_SEALED_SECTION, NULL);
}

/**
 * merit_sealed_section_get_section:
 * @self: a #MeritSealedSection
 *
 * Gets the #MeritSealedSection:section property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_sealed_section_get_section (MeritSealedSection *self)
{
  g_return_val_if_fail (MERIT_IS_SEALED_SECTION (self), NULL);

  return self->section;
}

/**
 * merit_sealed_section_set_section:
 * @self: a #MeritSealedSection
 * @section: (nullable): the new value
 *
 * Sets the #MeritSealedSection:section property.
 */
void
merit_sealed_section_set_section (MeritSealedSection *self,
                                  const char         *section)
{
  g_return_if_fail (MERIT_IS_SEALED_SECTION (self));

  if (g_strcmp0 (self->section, section) == 0)
    return;

  g_free (self->section);
  self->section = g_strdup (section);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
}

/**
 * merit_sealed_section_get_algorithm:
 * @self: a #MeritSealedSection
 *
 * Gets the #MeritSealedSection:algorithm property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_sealed_section_get_algorithm (MeritSealedSection *self)
{
  g_return_val_if_fail (MERIT_IS_SEALED_SECTION (self), NULL);

  return self->algorithm;
}

/**
 * merit_sealed_section_set_algorithm:
 * @self: a #MeritSealedSection
 * @algorithm: (nullable): the new value
 *
 * Sets the #MeritSealedSection:algorithm property.
 */
void
merit_sealed_section_set_algorithm (MeritSealedSection *self,
                                    const char         *algorithm)
{
  g_return_if_fail (MERIT_IS_SEALED_SECTION (self));

  if (g_strcmp0 (self->algorithm, algorithm) == 0)
    return;

  g_free (self->algorithm);
  self->algorithm = g_strdup (algorithm);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALGORITHM]);
}

/**
 * merit_sealed_section_get_nonce:
 * @self: a #MeritSealedSection
 *
 * Gets the #MeritSealedSection:nonce property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_sealed_section_get_nonce (MeritSealedSection *self)
{
  g_return_val_if_fail (MERIT_IS_SEALED_SECTION (self), NULL);

  return self->nonce;
}

/**
 * merit_sealed_section_set_nonce:
 * @self: a #MeritSealedSection
 * @nonce: (nullable): the new value
 *
 * Sets the #MeritSealedSection:nonce property.
 */
void
merit_sealed_section_set_nonce (MeritSealedSection *self,
                                const char         *nonce)
{
  g_return_if_fail (MERIT_IS_SEALED_SECTION (self));

  if (g_strcmp0 (self->nonce, nonce) == 0)
    return;

  g_free (self->nonce);
  self->nonce = g_strdup (nonce);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NONCE]);
}

/**
 * merit_sealed_section_get_ciphertext:
 * @self: a #MeritSealedSection
 *
 * Gets the #MeritSealedSection:ciphertext property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_sealed_section_get_ciphertext (MeritSealedSection *self)
{
  g_return_val_if_fail (MERIT_IS_SEALED_SECTION (self), NULL);

  return self->ciphertext;
}

/**
 * merit_sealed_section_set_ciphertext:
 * @self: a #MeritSealedSection
 * @ciphertext: (nullable): the new value
 *
 * Sets the #MeritSealedSection:ciphertext property.
 */
void
merit_sealed_section_set_ciphertext (MeritSealedSection *self,
                                     const char         *ciphertext)
{
  g_return_if_fail (MERIT_IS_SEALED_SECTION (self));

  if (g_strcmp0 (self->ciphertext, ciphertext) == 0)
    return;

  g_free (self->ciphertext);
  self->ciphertext = g_strdup (ciphertext);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CIPHERTEXT]);
}

/**
 * merit_sealed_section_get_recipients:
 * @self: a #MeritSealedSection
 *
 * Gets the #MeritSealedSection:recipients property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char * const *
merit_sealed_section_get_recipients (MeritSealedSection *self)
{
  g_return_val_if_fail (MERIT_IS_SEALED_SECTION (self), NULL);

  return (const char * const *) self->recipients;
}

/**
 * merit_sealed_section_set_recipients:
 * @self: a #MeritSealedSection
 * @recipients: (nullable): the new value
 *
 * Sets the #MeritSealedSection:recipients property.
 */
void
merit_sealed_section_set_recipients (MeritSealedSection *self,
                                     const char * const *recipients)
{
  g_return_if_fail (MERIT_IS_SEALED_SECTION (self));

  if (_merit_strv_equal0 ((const char * const *) self->recipients, recipients))
    return;

  g_strfreev (self->recipients);
  self->recipients = g_strdupv ((char **) recipients);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECIPIENTS]);
}
