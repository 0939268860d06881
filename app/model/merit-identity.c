/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-identity.c: contact details of a candidate, hidden during blind review */

#include "config.h"

#include "merit-identity.h"
#include "merit-model-private.h"

struct _MeritIdentity
{
  GObject parent_instance;

  char *name;
  char *email;
  char *phone;
  char *location;
  char *url;
  char *photo;
  GStrv links;
};

G_DEFINE_FINAL_TYPE (MeritIdentity, merit_identity, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_LOCATION,
  PROP_URL,
  PROP_PHOTO,
  PROP_LINKS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
merit_identity_finalize (GObject *object)
{
  MeritIdentity *self = (MeritIdentity *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->photo, g_free);
  g_clear_pointer (&self->links, g_strfreev);

  G_OBJECT_CLASS (merit_identity_parent_class)->finalize (object);
}

static void
merit_identity_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MeritIdentity *self = MERIT_IDENTITY (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;

    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;

    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_PHOTO:
      g_value_set_string (value, self->photo);
      break;

    case PROP_LINKS:
      g_value_set_boxed (value, self->links);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_identity_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MeritIdentity *self = MERIT_IDENTITY (object);

  switch (prop_id)
    {
    case PROP_NAME:
      merit_identity_set_name (self, g_value_get_string (value));
      break;

    case PROP_EMAIL:
      merit_identity_set_email (self, g_value_get_string (value));
      break;

    case PROP_PHONE:
      merit_identity_set_phone (self, g_value_get_string (value));
      break;

    case PROP_LOCATION:
      merit_identity_set_location (self, g_value_get_string (value));
      break;

    case PROP_URL:
      merit_identity_set_url (self, g_value_get_string (value));
      break;

    case PROP_PHOTO:
      merit_identity_set_photo (self, g_value_get_string (value));
      break;

    case PROP_LINKS:
      merit_identity_set_links (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_identity_class_init (MeritIdentityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = merit_identity_finalize;
  object_class->get_property = merit_identity_get_property;
  object_class->set_property = merit_identity_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_PHOTO] =
    g_param_spec_string ("photo", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_LINKS] =
    g_param_spec_boxed ("links", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
merit_identity_init (MeritIdentity *self)
{
}

/**
 * merit_identity_new:
 *
 * Creates a new, empty #MeritIdentity.
 *
 * Returns: (transfer full): the new object
 */
MeritIdentity *
merit_identity_new (void)
{
  return g_object_new (MERIT_TYPE_IDENTITY, NULL);
}

/**
 * merit_identity_get_name:
 * @self: a #MeritIdentity
 *
 * Gets the #MeritIdentity:name property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_identity_get_name (MeritIdentity *self)
{
  g_return_val_if_fail (MERIT_IS_IDENTITY (self), NULL);

  return self->name;
}

/**
 * merit_identity_set_name:
 * @self: a #MeritIdentity
 * @name: (nullable): the new value
 *
 * Sets the #MeritIdentity:name property.
 */
void
merit_identity_set_name (MeritIdentity *self,
                         const char    *name)
{
  g_return_if_fail (MERIT_IS_IDENTITY (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * merit_identity_get_email:
 * @self: a #MeritIdentity
 *
 * Gets the #MeritIdentity:email property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_identity_get_email (MeritIdentity *self)
{
  g_return_val_if_fail (MERIT_IS_IDENTITY (self), NULL);

  return self->email;
}

/**
 * merit_identity_set_email:
 * @self: a #MeritIdentity
 * @email: (nullable): the new value
 *
 * Sets the #MeritIdentity:email property.
 */
void
merit_identity_set_email (MeritIdentity *self,
                          const char    *email)
{
  g_return_if_fail (MERIT_IS_IDENTITY (self));

  if (g_strcmp0 (self->email, email) == 0)
    return;

  g_free (self->email);
  self->email = g_strdup (email);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

/**
 * merit_identity_get_phone:
 * @self: a #MeritIdentity
 *
 * Gets the #MeritIdentity:phone property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_identity_get_phone (MeritIdentity *self)
{
  g_return_val_if_fail (MERIT_IS_IDENTITY (self), NULL);

  return self->phone;
}

/**
 * merit_identity_set_phone:
 * @self: a #MeritIdentity
 * @phone: (nullable): the new value
 *
 * Sets the #MeritIdentity:phone property.
 */
void
merit_identity_set_phone (MeritIdentity *self,
                          const char    *phone)
{
  g_return_if_fail (MERIT_IS_IDENTITY (self));

  if (g_strcmp0 (self->phone, phone) == 0)
    return;

  g_free (self->phone);
  self->phone = g_strdup (phone);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

/**
 * merit_identity_get_location:
 * @self: a #MeritIdentity
 *
 * Gets the #MeritIdentity:location property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_identity_get_location (MeritIdentity *self)
{
  g_return_val_if_fail (MERIT_IS_IDENTITY (self), NULL);

  return self->location;
}

/**
 * merit_identity_set_location:
 * @self: a #MeritIdentity
 * @location: (nullable): the new value
 *
 * Sets the #MeritIdentity:location property.
 */
void
merit_identity_set_location (MeritIdentity *self,
                             const char    *location)
{
  g_return_if_fail (MERIT_IS_IDENTITY (self));

  if (g_strcmp0 (self->location, location) == 0)
    return;

  g_free (self->location);
  self->location = g_strdup (location);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION]);
}

/**
 * merit_identity_get_url:
 * @self: a #MeritIdentity
 *
 * Gets the #MeritIdentity:url property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_identity_get_url (MeritIdentity *self)
{
  g_return_val_if_fail (MERIT_IS_IDENTITY (self), NULL);

  return self->url;
}

/**
 * merit_identity_set_url:
 * @self: a #MeritIdentity
 * @url: (nullable): the new value
 *
 * Sets the #MeritIdentity:url property.
 */
void
merit_identity_set_url (MeritIdentity *self,
                        const char    *url)
{
  g_return_if_fail (MERIT_IS_IDENTITY (self));

  if (g_strcmp0 (self->url, url) == 0)
    return;

  g_free (self->url);
  self->url = g_strdup (url);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URL]);
}

/**
 * merit_identity_get_photo:
 * @self: a #MeritIdentity
 *
 * Gets the #MeritIdentity:photo property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_identity_get_photo (MeritIdentity *self)
{
  g_return_val_if_fail (MERIT_IS_IDENTITY (self), NULL);

  return self->photo;
}

/**
 * merit_identity_set_photo:
 * @self: a #MeritIdentity
 * @photo: (nullable): the new value
 *
 * Sets the #MeritIdentity:photo property.
 */
void
merit_identity_set_photo (MeritIdentity *self,
                          const char    *photo)
{
  g_return_if_fail (MERIT_IS_IDENTITY (self));

  if (g_strcmp0 (self->photo, photo) == 0)
    return;

  g_free (self->photo);
  self->photo = g_strdup (photo);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHOTO]);
}

/**
 * merit_identity_get_links:
 * @self: a #MeritIdentity
 *
 * Gets the #MeritIdentity:links property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char * const *
merit_identity_get_links (MeritIdentity *self)
{
  g_return_val_if_fail (MERIT_IS_IDENTITY (self), NULL);

  return (const char * const *) self->links;
}

/**
 * merit_identity_set_links:
 * @self: a #MeritIdentity
 * @links: (nullable): the new value
 *
 * Sets the #MeritIdentity:links property.
 */
void
merit_identity_set_links (MeritIdentity      *self,
                          const char * const *links)
{
  g_return_if_fail (MERIT_IS_IDENTITY (self));

  if (_merit_strv_equal0 ((const char * const *) self->links, links))
    return;

  g_strfreev (self->links);
  self->links = g_strdupv ((char **) links);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LINKS]);
}
