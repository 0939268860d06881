/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-profile-entry.c: one item of a candidate profile (job, degree, award, ...) */

#include "config.h"

#include "merit-enums.h"
#include "merit-model-private.h"
#include "merit-profile-entry.h"

struct _MeritProfileEntry
{
  GObject parent_instance;

  MeritProfileEntryKind kind;
  char *title;
  char *organization;
  char *location;
  char *start_date;
  char *end_date;
  char *url;
  char *description;
  GStrv keywords;
};

G_DEFINE_FINAL_TYPE (MeritProfileEntry, merit_profile_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_TITLE,
  PROP_ORGANIZATION,
  PROP_LOCATION,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_URL,
  PROP_DESCRIPTION,
  PROP_KEYWORDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
merit_profile_entry_finalize (GObject *object)
{
  MeritProfileEntry *self = (MeritProfileEntry *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->organization, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->start_date, g_free);
  g_clear_pointer (&self->end_date, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->keywords, g_strfreev);

  G_OBJECT_CLASS (merit_profile_entry_parent_class)->finalize (object);
}

static void
merit_profile_entry_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  MeritProfileEntry *self = MERIT_PROFILE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_ORGANIZATION:
      g_value_set_string (value, self->organization);
      break;

    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;

    case PROP_START_DATE:
      g_value_set_string (value, self->start_date);
      break;

    case PROP_END_DATE:
      g_value_set_string (value, self->end_date);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_KEYWORDS:
      g_value_set_boxed (value, self->keywords);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_profile_entry_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  MeritProfileEntry *self = MERIT_PROFILE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_KIND:
      merit_profile_entry_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_TITLE:
      merit_profile_entry_set_title (self, g_value_get_string (value));
      break;

    case PROP_ORGANIZATION:
      merit_profile_entry_set_organization (self, g_value_get_string (value));
      break;

    case PROP_LOCATION:
      merit_profile_entry_set_location (self, g_value_get_string (value));
      break;

    case PROP_START_DATE:
      merit_profile_entry_set_start_date (self, g_value_get_string (value));
      break;

    case PROP_END_DATE:
      merit_profile_entry_set_end_date (self, g_value_get_string (value));
      break;

    case PROP_URL:
      merit_profile_entry_set_url (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      merit_profile_entry_set_description (self, g_value_get_string (value));
      break;

    case PROP_KEYWORDS:
      merit_profile_entry_set_keywords (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_profile_entry_class_init (MeritProfileEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = merit_profile_entry_finalize;
  object_class->get_property = merit_profile_entry_get_property;
  object_class->set_property = merit_profile_entry_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       MERIT_TYPE_PROFILE_ENTRY_KIND,
                       MERIT_PROFILE_ENTRY_KIND_WORK,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_ORGANIZATION] =
    g_param_spec_string ("organization", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_START_DATE] =
    g_param_spec_string ("start-date", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_END_DATE] =
    g_param_spec_string ("end-date", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_KEYWORDS] =
    g_param_spec_boxed ("keywords", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
merit_profile_entry_init (MeritProfileEntry *self)
{
  self->kind = MERIT_PROFILE_ENTRY_KIND_WORK;
}

/**
 * merit_profile_entry_new:
 * @kind: the #MeritProfileEntry:kind property
 *
 * Creates a new #MeritProfileEntry.
 *
 * Returns: (transfer full): the new object
 */
MeritProfileEntry *
merit_profile_entry_new (MeritProfileEntryKind kind)
{
  MeritProfileEntry *self;

  /* Set directly, as merit_score_new() does. */
  self = g_object_new (MERIT_TYPE_PROFILE_ENTRY, NULL);
  self->kind = kind;
  return self;
}

/**
 * merit_profile_entry_get_kind:
 * @self: a #MeritProfileEntry
 *
 * Gets the #MeritProfileEntry:kind property.
 */
MeritProfileEntryKind
merit_profile_entry_get_kind (MeritProfileEntry *self)
{
  g_return_val_if_fail (MERIT_IS_PROFILE_ENTRY (self), 0);

  return self->kind;
}

/**
 * merit_profile_entry_set_kind:
 * @self: a #MeritProfileEntry
 * @kind: the new value
 *
 * Sets the #MeritProfileEntry:kind property.
 */
void
merit_profile_entry_set_kind (MeritProfileEntry     *self,
                              MeritProfileEntryKind  kind)
{
  g_return_if_fail (MERIT_IS_PROFILE_ENTRY (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * merit_profile_entry_get_title:
 * @self: a #MeritProfileEntry
 *
 * Gets the #MeritProfileEntry:title property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_profile_entry_get_title (MeritProfileEntry *self)
{
  g_return_val_if_fail (MERIT_IS_PROFILE_ENTRY (self), NULL);

  return self->title;
}

/**
 * merit_profile_entry_set_title:
 * @self: a #MeritProfileEntry
 * @title: (nullable): the new value
 *
 * Sets the #MeritProfileEntry:title property.
 */
void
merit_profile_entry_set_title (MeritProfileEntry *self,
                               const char        *title)
{
  g_return_if_fail (MERIT_IS_PROFILE_ENTRY (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * merit_profile_entry_get_organization:
 * @self: a #MeritProfileEntry
 *
 * Gets the #MeritProfileEntry:organization property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_profile_entry_get_organization (MeritProfileEntry *self)
{
  g_return_val_if_fail (MERIT_IS_PROFILE_ENTRY (self), NULL);

  return self->organization;
}

/**
 * merit_profile_entry_set_organization:
 * @self: a #MeritProfileEntry
 * @organization: (nullable): the new value
 *
 * Sets the #MeritProfileEntry:organization property.
 */
void
merit_profile_entry_set_organization (MeritProfileEntry *self,
                                      const char        *organization)
{
  g_return_if_fail (MERIT_IS_PROFILE_ENTRY (self));

  if (g_strcmp0 (self->organization, organization) == 0)
    return;

  g_free (self->organization);
  self->organization = g_strdup (organization);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANIZATION]);
}

/**
 * merit_profile_entry_get_location:
 * @self: a #MeritProfileEntry
 *
 * Gets the #MeritProfileEntry:location property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_profile_entry_get_location (MeritProfileEntry *self)
{
  g_return_val_if_fail (MERIT_IS_PROFILE_ENTRY (self), NULL);

  return self->location;
}

/**
 * merit_profile_entry_set_location:
 * @self: a #MeritProfileEntry
 * @location: (nullable): the new value
 *
 * Sets the #MeritProfileEntry:location property.
 */
void
merit_profile_entry_set_location (MeritProfileEntry *self,
                                  const char        *location)
{
  g_return_if_fail (MERIT_IS_PROFILE_ENTRY (self));

  if (g_strcmp0 (self->location, location) == 0)
    return;

  g_free (self->location);
  self->location = g_strdup (location);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION]);
}

/**
 * merit_profile_entry_get_start_date:
 * @self: a #MeritProfileEntry
 *
 * Gets the #MeritProfileEntry:start-date property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_profile_entry_get_start_date (MeritProfileEntry *self)
{
  g_return_val_if_fail (MERIT_IS_PROFILE_ENTRY (self), NULL);

  return self->start_date;
}

/**
 * merit_profile_entry_set_start_date:
 * @self: a #MeritProfileEntry
 * @start_date: (nullable): the new value
 *
 * Sets the #MeritProfileEntry:start-date property.
 */
void
merit_profile_entry_set_start_date (MeritProfileEntry *self,
                                    const char        *start_date)
{
  g_return_if_fail (MERIT_IS_PROFILE_ENTRY (self));

  if (g_strcmp0 (self->start_date, start_date) == 0)
    return;

  g_free (self->start_date);
  self->start_date = g_strdup (start_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_DATE]);
}

/**
 * merit_profile_entry_get_end_date:
 * @self: a #MeritProfileEntry
 *
 * Gets the #MeritProfileEntry:end-date property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_profile_entry_get_end_date (MeritProfileEntry *self)
{
  g_return_val_if_fail (MERIT_IS_PROFILE_ENTRY (self), NULL);

  return self->end_date;
}

/**
 * merit_profile_entry_set_end_date:
 * @self: a #MeritProfileEntry
 * @end_date: (nullable): the new value
 *
 * Sets the #MeritProfileEntry:end-date property.
 */
void
merit_profile_entry_set_end_date (MeritProfileEntry *self,
                                  const char        *end_date)
{
  g_return_if_fail (MERIT_IS_PROFILE_ENTRY (self));

  if (g_strcmp0 (self->end_date, end_date) == 0)
    return;

  g_free (self->end_date);
  self->end_date = g_strdup (end_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_DATE]);
}

/**
 * merit_profile_entry_get_url:
 * @self: a #MeritProfileEntry
 *
 * Gets the #MeritProfileEntry:url property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_profile_entry_get_url (MeritProfileEntry *self)
{
  g_return_val_if_fail (MERIT_IS_PROFILE_ENTRY (self), NULL);

  return self->url;
}

/**
 * merit_profile_entry_set_url:
 * @self: a #MeritProfileEntry
 * @url: (nullable): the new value
 *
 * Sets the #MeritProfileEntry:url property.
 */
void
merit_profile_entry_set_url (MeritProfileEntry *self,
                             const char        *url)
{
  g_return_if_fail (MERIT_IS_PROFILE_ENTRY (self));

  if (g_strcmp0 (self->url, url) == 0)
    return;

  g_free (self->url);
  self->url = g_strdup (url);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URL]);
}

/**
 * merit_profile_entry_get_description:
 * @self: a #MeritProfileEntry
 *
 * Gets the #MeritProfileEntry:description property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_profile_entry_get_description (MeritProfileEntry *self)
{
  g_return_val_if_fail (MERIT_IS_PROFILE_ENTRY (self), NULL);

  return self->description;
}

/**
 * merit_profile_entry_set_description:
 * @self: a #MeritProfileEntry
 * @description: (nullable): the new value
 *
 * Sets the #MeritProfileEntry:description property.
 */
void
merit_profile_entry_set_description (MeritProfileEntry *self,
                                     const char        *description)
{
  g_return_if_fail (MERIT_IS_PROFILE_ENTRY (self));

  if (g_strcmp0 (self->description, description) == 0)
    return;

  g_free (self->description);
  self->description = g_strdup (description);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * merit_profile_entry_get_keywords:
 * @self: a #MeritProfileEntry
 *
 * Gets the #MeritProfileEntry:keywords property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char * const *
merit_profile_entry_get_keywords (MeritProfileEntry *self)
{
  g_return_val_if_fail (MERIT_IS_PROFILE_ENTRY (self), NULL);

  return (const char * const *) self->keywords;
}

/**
 * merit_profile_entry_set_keywords:
 * @self: a #MeritProfileEntry
 * @keywords: (nullable): the new value
 *
 * Sets the #MeritProfileEntry:keywords property.
 */
void
merit_profile_entry_set_keywords (MeritProfileEntry  *self,
                                  const char * const *keywords)
{
  g_return_if_fail (MERIT_IS_PROFILE_ENTRY (self));

  if (_merit_strv_equal0 ((const char * const *) self->keywords, keywords))
    return;

  g_strfreev (self->keywords);
  self->keywords = g_strdupv ((char **) keywords);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEYWORDS]);
}
