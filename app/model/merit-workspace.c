/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-workspace.c: all candidates of a hiring workspace plus its shared settings */

#include "config.h"

#include "merit-model-private.h"
#include "merit-workspace.h"

struct _MeritWorkspace
{
  GObject parent_instance;

  /* Owned references. */
  GPtrArray *candidates;
  MeritRoster *roster;
  MeritRubric *rubric;
  GListStore *comp_bands;
  char *name;
  char *review_salt;

  /* id → candidate, borrowed from @candidates. */
  GHashTable *by_id;

  guint default_quorum;
  guint neutralise_pronouns : 1;
  guint modified : 1;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MeritWorkspace, merit_workspace, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_NAME,
  PROP_ROSTER,
  PROP_RUBRIC,
  PROP_COMP_BANDS,
  PROP_DEFAULT_QUORUM,
  PROP_NEUTRALISE_PRONOUNS,
  PROP_REVIEW_SALT,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
merit_workspace_get_item_type (GListModel *model)
{
  return MERIT_TYPE_CANDIDATE;
}

static guint
merit_workspace_get_n_items (GListModel *model)
{
  return MERIT_WORKSPACE (model)->candidates->len;
}

static gpointer
merit_workspace_get_item (GListModel *model,
                          guint       position)
{
  MeritWorkspace *self = MERIT_WORKSPACE (model);

  if (position >= self->candidates->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->candidates, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = merit_workspace_get_item_type;
  iface->get_n_items = merit_workspace_get_n_items;
  iface->get_item = merit_workspace_get_item;
}

static void
merit_workspace_dispose (GObject *object)
{
  MeritWorkspace *self = (MeritWorkspace *)object;

  g_hash_table_remove_all (self->by_id);
  g_ptr_array_set_size (self->candidates, 0);
  g_clear_object (&self->roster);
  g_clear_object (&self->rubric);
  g_clear_object (&self->comp_bands);

  G_OBJECT_CLASS (merit_workspace_parent_class)->dispose (object);
}

static void
merit_workspace_finalize (GObject *object)
{
  MeritWorkspace *self = (MeritWorkspace *)object;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->review_salt, g_free);

  G_OBJECT_CLASS (merit_workspace_parent_class)->finalize (object);
}

static void
merit_workspace_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MeritWorkspace *self = MERIT_WORKSPACE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_ROSTER:
      g_value_set_object (value, self->roster);
      break;

    case PROP_RUBRIC:
      g_value_set_object (value, self->rubric);
      break;

    case PROP_COMP_BANDS:
      g_value_set_object (value, self->comp_bands);
      break;

    case PROP_DEFAULT_QUORUM:
      g_value_set_uint (value, self->default_quorum);
      break;

    case PROP_NEUTRALISE_PRONOUNS:
      g_value_set_boolean (value, self->neutralise_pronouns);
      break;

    case PROP_REVIEW_SALT:
      g_value_set_string (value, self->review_salt);
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_workspace_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MeritWorkspace *self = MERIT_WORKSPACE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      merit_workspace_set_name (self, g_value_get_string (value));
      break;

    case PROP_ROSTER:
      merit_workspace_set_roster (self, g_value_get_object (value));
      break;

    case PROP_RUBRIC:
      merit_workspace_set_rubric (self, g_value_get_object (value));
      break;

    case PROP_DEFAULT_QUORUM:
      merit_workspace_set_default_quorum (self, g_value_get_uint (value));
      break;

    case PROP_NEUTRALISE_PRONOUNS:
      merit_workspace_set_neutralise_pronouns (self, g_value_get_boolean (value));
      break;

    case PROP_REVIEW_SALT:
      merit_workspace_set_review_salt (self, g_value_get_string (value));
      break;

    case PROP_MODIFIED:
      merit_workspace_set_modified (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_workspace_class_init (MeritWorkspaceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = merit_workspace_dispose;
  object_class->finalize = merit_workspace_finalize;
  object_class->get_property = merit_workspace_get_property;
  object_class->set_property = merit_workspace_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_ROSTER] =
    g_param_spec_object ("roster", NULL, NULL,
                         MERIT_TYPE_ROSTER,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_RUBRIC] =
    g_param_spec_object ("rubric", NULL, NULL,
                         MERIT_TYPE_RUBRIC,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_COMP_BANDS] =
    g_param_spec_object ("comp-bands", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* Votes needed for a committee decision; 0 means a majority of the committee. */
  properties[PROP_DEFAULT_QUORUM] =
    g_param_spec_uint ("default-quorum", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_NEUTRALISE_PRONOUNS] =
    g_param_spec_boolean ("neutralise-pronouns", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* Random text that makes each reviewer's chunked-review order unpredictable. */
  properties[PROP_REVIEW_SALT] =
    g_param_spec_string ("review-salt", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* Whether the workspace settings (not the candidates) changed since saving. */
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
merit_workspace_init (MeritWorkspace *self)
{
  self->candidates = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->roster = merit_roster_new ();
  self->rubric = merit_rubric_new_default ();
  self->comp_bands = g_list_store_new (MERIT_TYPE_COMP_BAND);
}

/**
 * merit_workspace_new:
 *
 * Creates an empty workspace with an empty roster and the default rubric.
 *
 * Returns: (transfer full): the new workspace
 */
MeritWorkspace *
merit_workspace_new (void)
{
  return g_object_new (MERIT_TYPE_WORKSPACE, NULL);
}

/**
 * merit_workspace_append_batch:
 * @self: a #MeritWorkspace
 * @items: (array length=n_items): the candidates to append
 * @n_items: the number of candidates
 *
 * Appends candidates with a single #GListModel::items-changed emission.
 * Candidate ids are expected to be unique; merit_workspace_lookup() finds
 * the first candidate with an id.
 */
void
merit_workspace_append_batch (MeritWorkspace  *self,
                              MeritCandidate **items,
                              guint            n_items)
{
  guint position;

  g_return_if_fail (MERIT_IS_WORKSPACE (self));
  g_return_if_fail (items != NULL || n_items == 0);

  if (n_items == 0)
    return;

  for (guint i = 0; i < n_items; i++)
    g_return_if_fail (MERIT_IS_CANDIDATE (items[i]));

  position = self->candidates->len;

  for (guint i = 0; i < n_items; i++)
    {
      const char *id = merit_candidate_get_id (items[i]);

      g_ptr_array_add (self->candidates, g_object_ref (items[i]));
      if (id != NULL && !g_hash_table_contains (self->by_id, id))
        g_hash_table_insert (self->by_id, (gpointer) id, items[i]);
    }

  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, n_items);
}

/**
 * merit_workspace_remove_all:
 * @self: a #MeritWorkspace
 *
 * Removes every candidate.
 */
void
merit_workspace_remove_all (MeritWorkspace *self)
{
  g_autoptr(GPtrArray) old = NULL;
  guint n_items;

  g_return_if_fail (MERIT_IS_WORKSPACE (self));

  n_items = self->candidates->len;
  if (n_items == 0)
    return;

  /* Keep the candidates alive until listeners know they are gone. */
  old = g_steal_pointer (&self->candidates);
  self->candidates = g_ptr_array_new_with_free_func (g_object_unref);
  g_hash_table_remove_all (self->by_id);

  g_list_model_items_changed (G_LIST_MODEL (self), 0, n_items, 0);
}

/**
 * merit_workspace_item_changed:
 * @self: a #MeritWorkspace
 * @candidate: a candidate of @self that was changed in place
 *
 * Tells the views of the list that @candidate changed (a new review, another stage), so
 * filters and sorters look at it again: one items-changed of one removed and one added item.
 */
void
merit_workspace_item_changed (MeritWorkspace *self,
                              MeritCandidate *candidate)
{
  g_return_if_fail (MERIT_IS_WORKSPACE (self));
  g_return_if_fail (MERIT_IS_CANDIDATE (candidate));

  for (guint i = 0; i < self->candidates->len; i++)
    {
      if (g_ptr_array_index (self->candidates, i) == candidate)
        {
          g_list_model_items_changed (G_LIST_MODEL (self), i, 1, 1);
          return;
        }
    }
}

/**
 * merit_workspace_replace:
 * @self: a #MeritWorkspace
 * @candidate: a candidate read again from disk
 *
 * Replaces the candidate with the same id by @candidate (one items-changed of one removed and
 * one added item), or appends @candidate when no candidate has its id.
 */
void
merit_workspace_replace (MeritWorkspace *self,
                         MeritCandidate *candidate)
{
  const char *id;
  MeritCandidate *old;

  g_return_if_fail (MERIT_IS_WORKSPACE (self));
  g_return_if_fail (MERIT_IS_CANDIDATE (candidate));

  id = merit_candidate_get_id (candidate);
  old = g_hash_table_lookup (self->by_id, id);
  if (old == NULL)
    {
      merit_workspace_append_batch (self, &candidate, 1);
      return;
    }
  if (old == candidate)
    return;
  for (guint i = 0; i < self->candidates->len; i++)
    {
      if (g_ptr_array_index (self->candidates, i) != old)
        continue;
      g_hash_table_replace (self->by_id, (gpointer) id, candidate);
      /* The old candidate stays alive until listeners have heard of the change. */
      self->candidates->pdata[i] = g_object_ref (candidate);
      g_list_model_items_changed (G_LIST_MODEL (self), i, 1, 1);
      g_object_unref (old);
      return;
    }
}

/**
 * merit_workspace_remove_all_comp_bands:
 * @self: a #MeritWorkspace
 *
 * Removes every comp band, before a reload of workspace.xml.
 */
void
merit_workspace_remove_all_comp_bands (MeritWorkspace *self)
{
  g_return_if_fail (MERIT_IS_WORKSPACE (self));

  g_list_store_remove_all (self->comp_bands);
}

/**
 * merit_workspace_lookup:
 * @self: a #MeritWorkspace
 * @id: (nullable): a candidate id
 *
 * Finds a candidate by id.
 *
 * Returns: (nullable) (transfer none): the candidate, or %NULL
 */
MeritCandidate *
merit_workspace_lookup (MeritWorkspace *self,
                        const char     *id)
{
  g_return_val_if_fail (MERIT_IS_WORKSPACE (self), NULL);

  if (id == NULL)
    return NULL;

  return g_hash_table_lookup (self->by_id, id);
}

/**
 * merit_workspace_get_name:
 * @self: a #MeritWorkspace
 *
 * Gets the #MeritWorkspace:name property.
 *
 * Returns: (nullable) (transfer none): the name
 */
const char *
merit_workspace_get_name (MeritWorkspace *self)
{
  g_return_val_if_fail (MERIT_IS_WORKSPACE (self), NULL);

  return self->name;
}

/**
 * merit_workspace_set_name:
 * @self: a #MeritWorkspace
 * @name: (nullable): the name
 *
 * Sets the #MeritWorkspace:name property and marks the workspace modified.
 */
void
merit_workspace_set_name (MeritWorkspace *self,
                          const char     *name)
{
  g_return_if_fail (MERIT_IS_WORKSPACE (self));

  if (!_merit_set_str (&self->name, name))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
  merit_workspace_set_modified (self, TRUE);
}

/**
 * merit_workspace_get_roster:
 * @self: a #MeritWorkspace
 *
 * Gets the members of the workspace.
 *
 * Returns: (transfer none): the roster
 */
MeritRoster *
merit_workspace_get_roster (MeritWorkspace *self)
{
  g_return_val_if_fail (MERIT_IS_WORKSPACE (self), NULL);

  return self->roster;
}

/**
 * merit_workspace_set_roster:
 * @self: a #MeritWorkspace
 * @roster: the new roster
 *
 * Replaces the roster and marks the workspace modified.
 */
void
merit_workspace_set_roster (MeritWorkspace *self,
                            MeritRoster    *roster)
{
  g_return_if_fail (MERIT_IS_WORKSPACE (self));
  g_return_if_fail (MERIT_IS_ROSTER (roster));

  if (!g_set_object (&self->roster, roster))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROSTER]);
  merit_workspace_set_modified (self, TRUE);
}

/**
 * merit_workspace_get_rubric:
 * @self: a #MeritWorkspace
 *
 * Gets the rubric that reviews in this workspace score.
 *
 * Returns: (transfer none): the rubric
 */
MeritRubric *
merit_workspace_get_rubric (MeritWorkspace *self)
{
  g_return_val_if_fail (MERIT_IS_WORKSPACE (self), NULL);

  return self->rubric;
}

/**
 * merit_workspace_set_rubric:
 * @self: a #MeritWorkspace
 * @rubric: the new rubric
 *
 * Replaces the rubric and marks the workspace modified.
 */
void
merit_workspace_set_rubric (MeritWorkspace *self,
                            MeritRubric    *rubric)
{
  g_return_if_fail (MERIT_IS_WORKSPACE (self));
  g_return_if_fail (MERIT_IS_RUBRIC (rubric));

  if (!g_set_object (&self->rubric, rubric))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUBRIC]);
  merit_workspace_set_modified (self, TRUE);
}

/**
 * merit_workspace_get_comp_bands:
 * @self: a #MeritWorkspace
 *
 * Gets the compensation bands, a list of #MeritCompBand.
 *
 * Returns: (transfer none): the bands
 */
GListModel *
merit_workspace_get_comp_bands (MeritWorkspace *self)
{
  g_return_val_if_fail (MERIT_IS_WORKSPACE (self), NULL);

  return G_LIST_MODEL (self->comp_bands);
}

/**
 * merit_workspace_add_comp_band:
 * @self: a #MeritWorkspace
 * @band: the band to append
 *
 * Appends a compensation band and marks the workspace modified.
 */
void
merit_workspace_add_comp_band (MeritWorkspace *self,
                               MeritCompBand  *band)
{
  g_return_if_fail (MERIT_IS_WORKSPACE (self));
  g_return_if_fail (MERIT_IS_COMP_BAND (band));

  g_list_store_append (self->comp_bands, band);
  merit_workspace_set_modified (self, TRUE);
}

/**
 * merit_workspace_find_band:
 * @self: a #MeritWorkspace
 * @level: (nullable): a level such as "L4"
 * @currency: (nullable): a currency code such as "EUR"
 *
 * Finds the first band for @level in @currency.
 *
 * Returns: (nullable) (transfer none): the band, or %NULL
 */
MeritCompBand *
merit_workspace_find_band (MeritWorkspace *self,
                           const char     *level,
                           const char     *currency)
{
  guint n_items;

  g_return_val_if_fail (MERIT_IS_WORKSPACE (self), NULL);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->comp_bands));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(MeritCompBand) band = g_list_model_get_item (G_LIST_MODEL (self->comp_bands), i);

      if (g_strcmp0 (merit_comp_band_get_level (band), level) == 0 &&
          g_strcmp0 (merit_comp_band_get_currency (band), currency) == 0)
        return band;
    }

  return NULL;
}

/**
 * merit_workspace_get_default_quorum:
 * @self: a #MeritWorkspace
 *
 * Gets the #MeritWorkspace:default-quorum property.
 *
 * Returns: the quorum, 0 for a majority
 */
guint
merit_workspace_get_default_quorum (MeritWorkspace *self)
{
  g_return_val_if_fail (MERIT_IS_WORKSPACE (self), 0);

  return self->default_quorum;
}

/**
 * merit_workspace_set_default_quorum:
 * @self: a #MeritWorkspace
 * @default_quorum: the quorum, 0 for a majority
 *
 * Sets the #MeritWorkspace:default-quorum property and marks the workspace modified.
 */
void
merit_workspace_set_default_quorum (MeritWorkspace *self,
                                    guint           default_quorum)
{
  g_return_if_fail (MERIT_IS_WORKSPACE (self));

  if (self->default_quorum == default_quorum)
    return;

  self->default_quorum = default_quorum;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEFAULT_QUORUM]);
  merit_workspace_set_modified (self, TRUE);
}

/**
 * merit_workspace_get_neutralise_pronouns:
 * @self: a #MeritWorkspace
 *
 * Gets the #MeritWorkspace:neutralise-pronouns property.
 *
 * Returns: whether blind views replace gendered pronouns
 */
gboolean
merit_workspace_get_neutralise_pronouns (MeritWorkspace *self)
{
  g_return_val_if_fail (MERIT_IS_WORKSPACE (self), FALSE);

  return self->neutralise_pronouns;
}

/**
 * merit_workspace_set_neutralise_pronouns:
 * @self: a #MeritWorkspace
 * @neutralise_pronouns: whether blind views replace gendered pronouns
 *
 * Sets the #MeritWorkspace:neutralise-pronouns property and marks the workspace modified.
 */
void
merit_workspace_set_neutralise_pronouns (MeritWorkspace *self,
                                         gboolean        neutralise_pronouns)
{
  g_return_if_fail (MERIT_IS_WORKSPACE (self));

  neutralise_pronouns = !!neutralise_pronouns;
  if (self->neutralise_pronouns == (guint) neutralise_pronouns)
    return;

  self->neutralise_pronouns = neutralise_pronouns;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEUTRALISE_PRONOUNS]);
  merit_workspace_set_modified (self, TRUE);
}

/**
 * merit_workspace_get_review_salt:
 * @self: a #MeritWorkspace
 *
 * Gets the #MeritWorkspace:review-salt property.
 *
 * Returns: (nullable): the salt of the chunked-review order, for merit_review_order_shuffle()
 */
const char *
merit_workspace_get_review_salt (MeritWorkspace *self)
{
  g_return_val_if_fail (MERIT_IS_WORKSPACE (self), NULL);

  return self->review_salt;
}

/**
 * merit_workspace_set_review_salt:
 * @self: a #MeritWorkspace
 * @review_salt: (nullable): the salt, as from merit_review_order_new_salt()
 *
 * Sets the #MeritWorkspace:review-salt property and marks the workspace modified.
 */
void
merit_workspace_set_review_salt (MeritWorkspace *self,
                                 const char     *review_salt)
{
  g_return_if_fail (MERIT_IS_WORKSPACE (self));

  if (g_strcmp0 (self->review_salt, review_salt) == 0)
    return;
  g_free (self->review_salt);
  self->review_salt = g_strdup (review_salt);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_SALT]);
  merit_workspace_set_modified (self, TRUE);
}

/**
 * merit_workspace_get_modified:
 * @self: a #MeritWorkspace
 *
 * Gets the #MeritWorkspace:modified property.
 *
 * Returns: whether the workspace settings changed since they were saved
 */
gboolean
merit_workspace_get_modified (MeritWorkspace *self)
{
  g_return_val_if_fail (MERIT_IS_WORKSPACE (self), FALSE);

  return self->modified;
}

/**
 * merit_workspace_set_modified:
 * @self: a #MeritWorkspace
 * @modified: the new state; the store clears it after loading and saving
 *
 * Sets the #MeritWorkspace:modified property.
 */
void
merit_workspace_set_modified (MeritWorkspace *self,
                              gboolean        modified)
{
  g_return_if_fail (MERIT_IS_WORKSPACE (self));

  modified = !!modified;
  if (self->modified == (guint) modified)
    return;

  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}
