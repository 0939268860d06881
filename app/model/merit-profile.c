/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-profile.c: a candidate's summary, resume text and profile entries */

#include "config.h"

#include "merit-profile.h"

struct _MeritProfile
{
  GObject parent_instance;

  char *summary;
  char *resume_text;

  GListStore *entries;
};

G_DEFINE_FINAL_TYPE (MeritProfile, merit_profile, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SUMMARY,
  PROP_RESUME_TEXT,
  PROP_ENTRIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
merit_profile_dispose (GObject *object)
{
  MeritProfile *self = (MeritProfile *)object;

  g_clear_object (&self->entries);

  G_OBJECT_CLASS (merit_profile_parent_class)->dispose (object);
}

static void
merit_profile_finalize (GObject *object)
{
  MeritProfile *self = (MeritProfile *)object;

  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->resume_text, g_free);

  G_OBJECT_CLASS (merit_profile_parent_class)->finalize (object);
}

static void
merit_profile_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MeritProfile *self = MERIT_PROFILE (object);

  switch (prop_id)
    {
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_RESUME_TEXT:
      g_value_set_string (value, self->resume_text);
      break;

    case PROP_ENTRIES:
      g_value_set_object (value, self->entries);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_profile_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  MeritProfile *self = MERIT_PROFILE (object);

  switch (prop_id)
    {
    case PROP_SUMMARY:
      merit_profile_set_summary (self, g_value_get_string (value));
      break;

    case PROP_RESUME_TEXT:
      merit_profile_set_resume_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_profile_class_init (MeritProfileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = merit_profile_dispose;
  object_class->finalize = merit_profile_finalize;
  object_class->get_property = merit_profile_get_property;
  object_class->set_property = merit_profile_set_property;

  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_RESUME_TEXT] =
    g_param_spec_string ("resume-text", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_ENTRIES] =
    g_param_spec_object ("entries", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
merit_profile_init (MeritProfile *self)
{
  self->entries = g_list_store_new (MERIT_TYPE_PROFILE_ENTRY);
}

/**
 * merit_profile_new:
 *
 * Creates a new, empty #MeritProfile.
 *
 * Returns: (transfer full): the new object
 */
MeritProfile *
merit_profile_new (void)
{
  return g_object_new (MERIT_TYPE_PROFILE, NULL);
}

/**
 * merit_profile_get_summary:
 * @self: a #MeritProfile
 *
 * Gets the #MeritProfile:summary property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_profile_get_summary (MeritProfile *self)
{
  g_return_val_if_fail (MERIT_IS_PROFILE (self), NULL);

  return self->summary;
}

/**
 * merit_profile_set_summary:
 * @self: a #MeritProfile
 * @summary: (nullable): the new value
 *
 * Sets the #MeritProfile:summary property.
 */
void
merit_profile_set_summary (MeritProfile *self,
                           const char   *summary)
{
  g_return_if_fail (MERIT_IS_PROFILE (self));

  if (g_strcmp0 (self->summary, summary) == 0)
    return;

  g_free (self->summary);
  self->summary = g_strdup (summary);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

/**
 * merit_profile_get_resume_text:
 * @self: a #MeritProfile
 *
 * Gets the #MeritProfile:resume-text property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_profile_get_resume_text (MeritProfile *self)
{
  g_return_val_if_fail (MERIT_IS_PROFILE (self), NULL);

  return self->resume_text;
}

/**
 * merit_profile_set_resume_text:
 * @self: a #MeritProfile
 * @resume_text: (nullable): the new value
 *
 * Sets the #MeritProfile:resume-text property.
 */
void
merit_profile_set_resume_text (MeritProfile *self,
                               const char   *resume_text)
{
  g_return_if_fail (MERIT_IS_PROFILE (self));

  if (g_strcmp0 (self->resume_text, resume_text) == 0)
    return;

  g_free (self->resume_text);
  self->resume_text = g_strdup (resume_text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESUME_TEXT]);
}

/**
 * merit_profile_get_entries:
 * @self: a #MeritProfile
 *
 * Gets the profile entries, a list of #MeritProfileEntry owned by @self.
 *
 * Returns: (transfer none): the entries
 */
GListModel *
merit_profile_get_entries (MeritProfile *self)
{
  g_return_val_if_fail (MERIT_IS_PROFILE (self), NULL);

  return G_LIST_MODEL (self->entries);
}

/**
 * merit_profile_add_entry:
 * @self: a #MeritProfile
 * @entry: the entry to append
 *
 * Appends @entry to the profile, which takes its own reference.
 */
void
merit_profile_add_entry (MeritProfile      *self,
                         MeritProfileEntry *entry)
{
  g_return_if_fail (MERIT_IS_PROFILE (self));
  g_return_if_fail (MERIT_IS_PROFILE_ENTRY (entry));

  g_list_store_append (self->entries, entry);
}

/**
 * merit_profile_remove_entry:
 * @self: a #MeritProfile
 * @position: the index of the entry to remove
 *
 * Removes the entry at @position.
 */
void
merit_profile_remove_entry (MeritProfile *self,
                            guint         position)
{
  g_return_if_fail (MERIT_IS_PROFILE (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->entries)));

  g_list_store_remove (self->entries, position);
}
