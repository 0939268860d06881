/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-member.c: a person in the hiring workspace and the roles they hold */

#include "config.h"

#include "merit-enums.h"
#include "merit-member.h"

struct _MeritMember
{
  GObject parent_instance;

  char *id;
  char *name;
  MeritRoleFlags roles;
  char *public_key;
  char *previous_keys;
};

G_DEFINE_FINAL_TYPE (MeritMember, merit_member, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ROLES,
  PROP_PUBLIC_KEY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
merit_member_finalize (GObject *object)
{
  MeritMember *self = (MeritMember *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->public_key, g_free);
  g_clear_pointer (&self->previous_keys, g_free);

  G_OBJECT_CLASS (merit_member_parent_class)->finalize (object);
}

static void
merit_member_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MeritMember *self = MERIT_MEMBER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_ROLES:
      g_value_set_flags (value, self->roles);
      break;

    case PROP_PUBLIC_KEY:
      g_value_set_string (value, self->public_key);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_member_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  MeritMember *self = MERIT_MEMBER (object);

  switch (prop_id)
    {
    case PROP_ID:
      merit_member_set_id (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      merit_member_set_name (self, g_value_get_string (value));
      break;

    case PROP_ROLES:
      merit_member_set_roles (self, g_value_get_flags (value));
      break;

    case PROP_PUBLIC_KEY:
      merit_member_set_public_key (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_member_class_init (MeritMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = merit_member_finalize;
  object_class->get_property = merit_member_get_property;
  object_class->set_property = merit_member_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_ROLES] =
    g_param_spec_flags ("roles", NULL, NULL,
                        MERIT_TYPE_ROLE_FLAGS,
                        0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_PUBLIC_KEY] =
    g_param_spec_string ("public-key", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
merit_member_init (MeritMember *self)
{
}

/**
 * merit_member_new:
 *
 * Creates a new, empty #MeritMember.
 *
 * Returns: (transfer full): the new object
 */
MeritMember *
merit_member_new (void)
{
  return g_object_new (MERIT_TYPE_MEMBER, NULL);
}

/**
 * merit_member_get_id:
 * @self: a #MeritMember
 *
 * Gets the #MeritMember:id property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_member_get_id (MeritMember *self)
{
  g_return_val_if_fail (MERIT_IS_MEMBER (self), NULL);

  return self->id;
}

/**
 * merit_member_set_id:
 * @self: a #MeritMember
 * @id: (nullable): the new value
 *
 * Sets the #MeritMember:id property.
 */
void
merit_member_set_id (MeritMember *self,
                     const char  *id)
{
  g_return_if_fail (MERIT_IS_MEMBER (self));

  if (g_strcmp0 (self->id, id) == 0)
    return;

  g_free (self->id);
  self->id = g_strdup (id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * merit_member_get_name:
 * @self: a #MeritMember
 *
 * Gets the #MeritMember:name property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_member_get_name (MeritMember *self)
{
  g_return_val_if_fail (MERIT_IS_MEMBER (self), NULL);

  return self->name;
}

/**
 * merit_member_set_name:
 * @self: a #MeritMember
 * @name: (nullable): the new value
 *
 * Sets the #MeritMember:name property.
 */
void
merit_member_set_name (MeritMember *self,
                       const char  *name)
{
  g_return_if_fail (MERIT_IS_MEMBER (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * merit_member_get_roles:
 * @self: a #MeritMember
 *
 * Gets the #MeritMember:roles property.
 */
MeritRoleFlags
merit_member_get_roles (MeritMember *self)
{
  g_return_val_if_fail (MERIT_IS_MEMBER (self), 0);

  return self->roles;
}

/**
 * merit_member_set_roles:
 * @self: a #MeritMember
 * @roles: the new value
 *
 * Sets the #MeritMember:roles property.
 */
void
merit_member_set_roles (MeritMember    *self,
                        MeritRoleFlags  roles)
{
  g_return_if_fail (MERIT_IS_MEMBER (self));

  if (self->roles == roles)
    return;

  self->roles = roles;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLES]);
}

/**
 * merit_member_get_public_key:
 * @self: a #MeritMember
 *
 * Gets the #MeritMember:public-key property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_member_get_public_key (MeritMember *self)
{
  g_return_val_if_fail (MERIT_IS_MEMBER (self), NULL);

  return self->public_key;
}

/**
 * merit_member_set_public_key:
 * @self: a #MeritMember
 * @public_key: (nullable): the new value
 *
 * Sets the #MeritMember:public-key property.
 */
void
merit_member_set_public_key (MeritMember *self,
                             const char  *public_key)
{
  g_return_if_fail (MERIT_IS_MEMBER (self));

  if (g_strcmp0 (self->public_key, public_key) == 0)
    return;

  g_free (self->public_key);
  self->public_key = g_strdup (public_key);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PUBLIC_KEY]);
}

/**
 * merit_member_has_role:
 * @self: a #MeritMember
 * @role: one or more #MeritRoleFlags
 *
 * Checks whether the member holds every role in @role.
 *
 * Returns: %TRUE if all roles in @role are held
 */
gboolean
merit_member_has_role (MeritMember    *self,
                       MeritRoleFlags  role)
{
  g_return_val_if_fail (MERIT_IS_MEMBER (self), FALSE);

  return role != 0 && (self->roles & role) == role;
}

/**
 * merit_member_get_previous_keys:
 * @self: a #MeritMember
 *
 * Gets the member's earlier public keys, which still check what they signed.
 *
 * Returns: (nullable): base64 public keys separated by spaces, oldest first
 */
const char *
merit_member_get_previous_keys (MeritMember *self)
{
  g_return_val_if_fail (MERIT_IS_MEMBER (self), NULL);

  return self->previous_keys;
}

/**
 * merit_member_set_previous_keys:
 * @self: a #MeritMember
 * @previous_keys: (nullable): base64 public keys separated by spaces
 *
 * Sets the member's earlier public keys.
 */
void
merit_member_set_previous_keys (MeritMember *self,
                                const char  *previous_keys)
{
  g_return_if_fail (MERIT_IS_MEMBER (self));

  g_free (self->previous_keys);
  self->previous_keys = g_strdup (previous_keys);
}
