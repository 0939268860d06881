/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-roster.c: the members of a hiring workspace */

#include "config.h"

#include "merit-roster.h"

struct _MeritRoster
{
  GObject parent_instance;

  GPtrArray *members;

  /* The chair's or CEO's signature over the members, roles and keys. */
  char *signer_key;
  char *signature;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MeritRoster, merit_roster, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
merit_roster_get_item_type (GListModel *model)
{
  return MERIT_TYPE_MEMBER;
}

static guint
merit_roster_get_n_items (GListModel *model)
{
  return MERIT_ROSTER (model)->members->len;
}

static gpointer
merit_roster_get_item (GListModel *model,
                       guint       position)
{
  MeritRoster *self = MERIT_ROSTER (model);

  if (position >= self->members->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->members, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = merit_roster_get_item_type;
  iface->get_n_items = merit_roster_get_n_items;
  iface->get_item = merit_roster_get_item;
}

static void
merit_roster_finalize (GObject *object)
{
  MeritRoster *self = (MeritRoster *)object;

  g_clear_pointer (&self->members, g_ptr_array_unref);
  g_clear_pointer (&self->signer_key, g_free);
  g_clear_pointer (&self->signature, g_free);

  G_OBJECT_CLASS (merit_roster_parent_class)->finalize (object);
}

static void
merit_roster_class_init (MeritRosterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = merit_roster_finalize;
}

static void
merit_roster_init (MeritRoster *self)
{
  self->members = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * merit_roster_new:
 *
 * Creates an empty roster.
 *
 * Returns: (transfer full): the new roster
 */
MeritRoster *
merit_roster_new (void)
{
  return g_object_new (MERIT_TYPE_ROSTER, NULL);
}

/**
 * merit_roster_add:
 * @self: a #MeritRoster
 * @member: the member to append
 *
 * Appends @member; the roster keeps a reference.
 */
void
merit_roster_add (MeritRoster *self,
                  MeritMember *member)
{
  g_return_if_fail (MERIT_IS_ROSTER (self));
  g_return_if_fail (MERIT_IS_MEMBER (member));

  g_ptr_array_add (self->members, g_object_ref (member));
  g_list_model_items_changed (G_LIST_MODEL (self), self->members->len - 1, 0, 1);
}

/**
 * merit_roster_remove_all:
 * @self: a #MeritRoster
 *
 * Removes every member.
 */
void
merit_roster_remove_all (MeritRoster *self)
{
  guint n_items;

  g_return_if_fail (MERIT_IS_ROSTER (self));

  n_items = self->members->len;
  if (n_items == 0)
    return;

  g_ptr_array_set_size (self->members, 0);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, n_items, 0);
}

/**
 * merit_roster_lookup:
 * @self: a #MeritRoster
 * @id: (nullable): a member id
 *
 * Finds the first member with @id.
 *
 * Returns: (nullable) (transfer none): the member, or %NULL
 */
MeritMember *
merit_roster_lookup (MeritRoster *self,
                     const char  *id)
{
  g_return_val_if_fail (MERIT_IS_ROSTER (self), NULL);

  if (id == NULL)
    return NULL;

  for (guint i = 0; i < self->members->len; i++)
    {
      MeritMember *member = g_ptr_array_index (self->members, i);

      if (g_strcmp0 (merit_member_get_id (member), id) == 0)
        return member;
    }

  return NULL;
}

/**
 * merit_roster_get_signer_key:
 * @self: a #MeritRoster
 *
 * Returns: (nullable): the public key (base64) that signed the roster
 */
const char *
merit_roster_get_signer_key (MeritRoster *self)
{
  g_return_val_if_fail (MERIT_IS_ROSTER (self), NULL);

  return self->signer_key;
}

/**
 * merit_roster_get_signature:
 * @self: a #MeritRoster
 *
 * Returns: (nullable): the base64 Ed25519 signature over the roster
 */
const char *
merit_roster_get_signature (MeritRoster *self)
{
  g_return_val_if_fail (MERIT_IS_ROSTER (self), NULL);

  return self->signature;
}

/**
 * merit_roster_set_signature:
 * @self: a #MeritRoster
 * @signer_key: (nullable): the signer's public key (base64)
 * @signature: (nullable): the signature
 *
 * Sets or, with %NULL, removes the roster's signature.
 */
void
merit_roster_set_signature (MeritRoster *self,
                            const char  *signer_key,
                            const char  *signature)
{
  g_return_if_fail (MERIT_IS_ROSTER (self));

  g_free (self->signer_key);
  self->signer_key = g_strdup (signer_key);
  g_free (self->signature);
  self->signature = g_strdup (signature);
}
