/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-role.c: the position a candidate is considered for */

#include "config.h"

#include "merit-role.h"

struct _MeritRole
{
  GObject parent_instance;

  char *title;
  char *team;
  char *level;
};

G_DEFINE_FINAL_TYPE (MeritRole, merit_role, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_TEAM,
  PROP_LEVEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
merit_role_finalize (GObject *object)
{
  MeritRole *self = (MeritRole *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->team, g_free);
  g_clear_pointer (&self->level, g_free);

  G_OBJECT_CLASS (merit_role_parent_class)->finalize (object);
}

static void
merit_role_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  MeritRole *self = MERIT_ROLE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_TEAM:
      g_value_set_string (value, self->team);
      break;

    case PROP_LEVEL:
      g_value_set_string (value, self->level);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_role_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  MeritRole *self = MERIT_ROLE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      merit_role_set_title (self, g_value_get_string (value));
      break;

    case PROP_TEAM:
      merit_role_set_team (self, g_value_get_string (value));
      break;

    case PROP_LEVEL:
      merit_role_set_level (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_role_class_init (MeritRoleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = merit_role_finalize;
  object_class->get_property = merit_role_get_property;
  object_class->set_property = merit_role_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_TEAM] =
    g_param_spec_string ("team", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_LEVEL] =
    g_param_spec_string ("level", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
merit_role_init (MeritRole *self)
{
}

/**
 * merit_role_new:
 *
 * Creates a new, empty #MeritRole.
 *
 * Returns: (transfer full): the new object
 */
MeritRole *
merit_role_new (void)
{
  return g_object_new (MERIT_TYPE_ROLE, NULL);
}

/**
 * merit_role_get_title:
 * @self: a #MeritRole
 *
 * Gets the #MeritRole:title property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_role_get_title (MeritRole *self)
{
  g_return_val_if_fail (MERIT_IS_ROLE (self), NULL);

  return self->title;
}

/**
 * merit_role_set_title:
 * @self: a #MeritRole
 * @title: (nullable): the new value
 *
 * Sets the #MeritRole:title property.
 */
void
merit_role_set_title (MeritRole  *self,
                      const char *title)
{
  g_return_if_fail (MERIT_IS_ROLE (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * merit_role_get_team:
 * @self: a #MeritRole
 *
 * Gets the #MeritRole:team property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_role_get_team (MeritRole *self)
{
  g_return_val_if_fail (MERIT_IS_ROLE (self), NULL);

  return self->team;
}

/**
 * merit_role_set_team:
 * @self: a #MeritRole
 * @team: (nullable): the new value
 *
 * Sets the #MeritRole:team property.
 */
void
merit_role_set_team (MeritRole  *self,
                     const char *team)
{
  g_return_if_fail (MERIT_IS_ROLE (self));

  if (g_strcmp0 (self->team, team) == 0)
    return;

  g_free (self->team);
  self->team = g_strdup (team);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEAM]);
}

/**
 * merit_role_get_level:
 * @self: a #MeritRole
 *
 * Gets the #MeritRole:level property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_role_get_level (MeritRole *self)
{
  g_return_val_if_fail (MERIT_IS_ROLE (self), NULL);

  return self->level;
}

/**
 * merit_role_set_level:
 * @self: a #MeritRole
 * @level: (nullable): the new value
 *
 * Sets the #MeritRole:level property.
 */
void
merit_role_set_level (MeritRole  *self,
                      const char *level)
{
  g_return_if_fail (MERIT_IS_ROLE (self));

  if (g_strcmp0 (self->level, level) == 0)
    return;

  g_free (self->level);
  self->level = g_strdup (level);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}
