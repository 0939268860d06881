/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-criterion.c: one rubric criterion with its localized name and level anchors */

#include "config.h"

#include <string.h>

#include "merit-criterion.h"

struct _MeritCriterion
{
  GObject parent_instance;

  char *id;

  /* language code → text, owned strings */
  GHashTable *names;
  GHashTable *levels[MERIT_CRITERION_N_LEVELS];

  /* Sorted union of the languages above; rebuilt lazily, NULL when stale. */
  GStrv languages;
};

G_DEFINE_FINAL_TYPE (MeritCriterion, merit_criterion, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
lookup_text (GHashTable *table,
             const char *lang)
{
  const char *text = g_hash_table_lookup (table, lang);

  /* "de_DE" or "de-AT" fall back to "de", everything to English. */
  if (text == NULL && strlen (lang) > 2 && (lang[2] == '_' || lang[2] == '-'))
    {
      char base[3] = { lang[0], lang[1], '\0' };

      text = g_hash_table_lookup (table, base);
    }

  if (text == NULL)
    text = g_hash_table_lookup (table, "en");

  return text;
}

/* The first two-letter language of the user's locale list that the
 * criterion has a name in, else English.
 */
static const char *
current_language (MeritCriterion *self)
{
  const char * const *langs = g_get_language_names ();

  for (guint i = 0; langs[i] != NULL; i++)
    {
      if (strlen (langs[i]) == 2 && g_hash_table_contains (self->names, langs[i]))
        return langs[i];
    }

  return "en";
}

/* Stores @text for @lang (removing it when %NULL); returns whether it changed. */
static gboolean
store_text (MeritCriterion *self,
            GHashTable     *table,
            const char     *lang,
            const char     *text)
{
  if (g_strcmp0 (g_hash_table_lookup (table, lang), text) == 0)
    return FALSE;

  if (text == NULL)
    g_hash_table_remove (table, lang);
  else
    g_hash_table_insert (table, g_strdup (lang), g_strdup (text));

  g_clear_pointer (&self->languages, g_strfreev);

  return TRUE;
}

static void
merit_criterion_finalize (GObject *object)
{
  MeritCriterion *self = (MeritCriterion *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->names, g_hash_table_unref);
  for (guint i = 0; i < MERIT_CRITERION_N_LEVELS; i++)
    g_clear_pointer (&self->levels[i], g_hash_table_unref);
  g_clear_pointer (&self->languages, g_strfreev);

  G_OBJECT_CLASS (merit_criterion_parent_class)->finalize (object);
}

static void
merit_criterion_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MeritCriterion *self = MERIT_CRITERION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, merit_criterion_get_name (self, NULL));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_criterion_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MeritCriterion *self = MERIT_CRITERION (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_criterion_class_init (MeritCriterionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = merit_criterion_finalize;
  object_class->get_property = merit_criterion_get_property;
  object_class->set_property = merit_criterion_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The name in the user's language; see merit_criterion_get_name(). */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
merit_criterion_init (MeritCriterion *self)
{
  self->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < MERIT_CRITERION_N_LEVELS; i++)
    self->levels[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/**
 * merit_criterion_new:
 * @id: the stable identifier, e.g. "work-ethic"
 *
 * Creates a criterion without texts.
 *
 * Returns: (transfer full): the new criterion
 */
MeritCriterion *
merit_criterion_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (MERIT_TYPE_CRITERION,
                       "id", id,
                       NULL);
}

/**
 * merit_criterion_get_id:
 * @self: a #MeritCriterion
 *
 * Gets the stable identifier that scores refer to.
 *
 * Returns: (transfer none): the id
 */
const char *
merit_criterion_get_id (MeritCriterion *self)
{
  g_return_val_if_fail (MERIT_IS_CRITERION (self), NULL);

  return self->id;
}

/**
 * merit_criterion_get_name:
 * @self: a #MeritCriterion
 * @lang: (nullable): a language code such as "de", or %NULL for the user's language
 *
 * Gets the display name in @lang, falling back from "de_DE" to "de" and then
 * to English. With %NULL this is the #MeritCriterion:name property.
 *
 * Returns: (nullable) (transfer none): the name
 */
const char *
merit_criterion_get_name (MeritCriterion *self,
                          const char     *lang)
{
  g_return_val_if_fail (MERIT_IS_CRITERION (self), NULL);

  return lookup_text (self->names, lang != NULL ? lang : current_language (self));
}

/**
 * merit_criterion_set_name:
 * @self: a #MeritCriterion
 * @lang: a language code such as "en"
 * @text: (nullable): the name, or %NULL to remove it
 *
 * Sets the display name in one language.
 */
void
merit_criterion_set_name (MeritCriterion *self,
                          const char     *lang,
                          const char     *text)
{
  g_return_if_fail (MERIT_IS_CRITERION (self));
  g_return_if_fail (lang != NULL);

  if (store_text (self, self->names, lang, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * merit_criterion_get_level_description:
 * @self: a #MeritCriterion
 * @level: the score, 1 to %MERIT_CRITERION_N_LEVELS
 * @lang: (nullable): a language code, or %NULL for the user's language
 *
 * Gets the anchor text that describes what a score of @level means, with the
 * same language fallback as merit_criterion_get_name().
 *
 * Returns: (nullable) (transfer none): the description
 */
const char *
merit_criterion_get_level_description (MeritCriterion *self,
                                       guint           level,
                                       const char     *lang)
{
  g_return_val_if_fail (MERIT_IS_CRITERION (self), NULL);
  g_return_val_if_fail (level >= 1 && level <= MERIT_CRITERION_N_LEVELS, NULL);

  return lookup_text (self->levels[level - 1], lang != NULL ? lang : current_language (self));
}

/**
 * merit_criterion_set_level_description:
 * @self: a #MeritCriterion
 * @level: the score, 1 to %MERIT_CRITERION_N_LEVELS
 * @lang: a language code
 * @text: (nullable): the description, or %NULL to remove it
 *
 * Sets the anchor text of one score level in one language.
 */
void
merit_criterion_set_level_description (MeritCriterion *self,
                                       guint           level,
                                       const char     *lang,
                                       const char     *text)
{
  g_return_if_fail (MERIT_IS_CRITERION (self));
  g_return_if_fail (level >= 1 && level <= MERIT_CRITERION_N_LEVELS);
  g_return_if_fail (lang != NULL);

  store_text (self, self->levels[level - 1], lang, text);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
collect_keys (GHashTable *set,
              GHashTable *table)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_add (set, key);
}

/**
 * merit_criterion_get_languages:
 * @self: a #MeritCriterion
 *
 * Lists the languages that have a name or a level description, sorted.
 *
 * Returns: (transfer none) (array zero-terminated=1): the language codes
 */
const char * const *
merit_criterion_get_languages (MeritCriterion *self)
{
  g_return_val_if_fail (MERIT_IS_CRITERION (self), NULL);

  if (self->languages == NULL)
    {
      g_autoptr(GHashTable) set = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GPtrArray) langs = g_ptr_array_new ();
      GHashTableIter iter;
      gpointer key;

      collect_keys (set, self->names);
      for (guint i = 0; i < MERIT_CRITERION_N_LEVELS; i++)
        collect_keys (set, self->levels[i]);

      g_hash_table_iter_init (&iter, set);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_ptr_array_add (langs, g_strdup (key));
      g_ptr_array_sort (langs, compare_strings);
      g_ptr_array_add (langs, NULL);

      self->languages = (GStrv) g_ptr_array_free (g_steal_pointer (&langs), FALSE);
    }

  return (const char * const *) self->languages;
}
