/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-review.c: one reviewer's scored assessment of a candidate against the rubric */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "merit-enums.h"
#include "merit-error.h"
#include "merit-review.h"

struct _MeritReview
{
  GObject parent_instance;

  char *id;
  char *reviewer;
  MeritReviewState state;
  char *submitted;
  char *amends;

  GListStore *scores;
};

G_DEFINE_FINAL_TYPE (MeritReview, merit_review, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_REVIEWER,
  PROP_STATE,
  PROP_SUBMITTED,
  PROP_AMENDS,
  PROP_SCORES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
merit_review_dispose (GObject *object)
{
  MeritReview *self = (MeritReview *)object;

  g_clear_object (&self->scores);

  G_OBJECT_CLASS (merit_review_parent_class)->dispose (object);
}

static void
merit_review_finalize (GObject *object)
{
  MeritReview *self = (MeritReview *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->reviewer, g_free);
  g_clear_pointer (&self->submitted, g_free);
  g_clear_pointer (&self->amends, g_free);

  G_OBJECT_CLASS (merit_review_parent_class)->finalize (object);
}

static void
merit_review_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MeritReview *self = MERIT_REVIEW (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_REVIEWER:
      g_value_set_string (value, self->reviewer);
      break;

    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    case PROP_SUBMITTED:
      g_value_set_string (value, self->submitted);
      break;

    case PROP_AMENDS:
      g_value_set_string (value, self->amends);
      break;

    case PROP_SCORES:
      g_value_set_object (value, self->scores);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_review_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  MeritReview *self = MERIT_REVIEW (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_REVIEWER:
      self->reviewer = g_value_dup_string (value);
      break;

    case PROP_STATE:
      merit_review_set_state (self, g_value_get_enum (value));
      break;

    case PROP_SUBMITTED:
      merit_review_set_submitted (self, g_value_get_string (value));
      break;

    case PROP_AMENDS:
      merit_review_set_amends (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_review_class_init (MeritReviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = merit_review_dispose;
  object_class->finalize = merit_review_finalize;
  object_class->get_property = merit_review_get_property;
  object_class->set_property = merit_review_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_REVIEWER] =
    g_param_spec_string ("reviewer", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       MERIT_TYPE_REVIEW_STATE,
                       MERIT_REVIEW_STATE_DRAFT,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_SUBMITTED] =
    g_param_spec_string ("submitted", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_AMENDS] =
    g_param_spec_string ("amends", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_SCORES] =
    g_param_spec_object ("scores", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
merit_review_init (MeritReview *self)
{
  self->state = MERIT_REVIEW_STATE_DRAFT;
  self->scores = g_list_store_new (MERIT_TYPE_SCORE);
}

/**
 * merit_review_new:
 * @id: the #MeritReview:id property
 * @reviewer: the #MeritReview:reviewer property
 *
 * Creates a new #MeritReview.
 *
 * Returns: (transfer full): the new object
 */
MeritReview *
merit_review_new (const char *id,
                  const char *reviewer)
{
  MeritReview *self;

  /* Set directly, as merit_score_new() does. */
  self = g_object_new (MERIT_TYPE_REVIEW, NULL);
  self->id = g_strdup (id);
  self->reviewer = g_strdup (reviewer);
  return self;
}

/**
 * merit_review_get_id:
 * @self: a #MeritReview
 *
 * Gets the #MeritReview:id property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_review_get_id (MeritReview *self)
{
  g_return_val_if_fail (MERIT_IS_REVIEW (self), NULL);

  return self->id;
}

/**
 * merit_review_get_reviewer:
 * @self: a #MeritReview
 *
 * Gets the #MeritReview:reviewer property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_review_get_reviewer (MeritReview *self)
{
  g_return_val_if_fail (MERIT_IS_REVIEW (self), NULL);

  return self->reviewer;
}

/**
 * merit_review_get_state:
 * @self: a #MeritReview
 *
 * Gets the #MeritReview:state property.
 */
MeritReviewState
merit_review_get_state (MeritReview *self)
{
  g_return_val_if_fail (MERIT_IS_REVIEW (self), 0);

  return self->state;
}

/**
 * merit_review_set_state:
 * @self: a #MeritReview
 * @state: the new value
 *
 * Sets the #MeritReview:state property.
 */
void
merit_review_set_state (MeritReview      *self,
                        MeritReviewState  state)
{
  g_return_if_fail (MERIT_IS_REVIEW (self));

  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

/**
 * merit_review_get_submitted:
 * @self: a #MeritReview
 *
 * Gets the #MeritReview:submitted property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_review_get_submitted (MeritReview *self)
{
  g_return_val_if_fail (MERIT_IS_REVIEW (self), NULL);

  return self->submitted;
}

/**
 * merit_review_set_submitted:
 * @self: a #MeritReview
 * @submitted: (nullable): the new value
 *
 * Sets the #MeritReview:submitted property.
 */
void
merit_review_set_submitted (MeritReview *self,
                            const char  *submitted)
{
  g_return_if_fail (MERIT_IS_REVIEW (self));

  if (g_strcmp0 (self->submitted, submitted) == 0)
    return;

  g_free (self->submitted);
  self->submitted = g_strdup (submitted);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBMITTED]);
}

/**
 * merit_review_get_amends:
 * @self: a #MeritReview
 *
 * Gets the #MeritReview:amends property.
 *
 * Returns: (nullable) (transfer none): the value, %NULL when absent
 */
const char *
merit_review_get_amends (MeritReview *self)
{
  g_return_val_if_fail (MERIT_IS_REVIEW (self), NULL);

  return self->amends;
}

/**
 * merit_review_set_amends:
 * @self: a #MeritReview
 * @amends: (nullable): the new value
 *
 * Sets the #MeritReview:amends property.
 */
void
merit_review_set_amends (MeritReview *self,
                         const char  *amends)
{
  g_return_if_fail (MERIT_IS_REVIEW (self));

  if (g_strcmp0 (self->amends, amends) == 0)
    return;

  g_free (self->amends);
  self->amends = g_strdup (amends);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AMENDS]);
}

/* Borrowed: the list store keeps the item alive. */
static MeritScore *
score_at (MeritReview *self,
          guint        position)
{
  MeritScore *score = g_list_model_get_item (G_LIST_MODEL (self->scores), position);

  g_object_unref (score);

  return score;
}

static gboolean
text_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (; *text != '\0'; text++)
    {
      if (!g_ascii_isspace (*text))
        return FALSE;
    }

  return TRUE;
}

/* Returns the first criterion that lacks a score (sets @out_unscored) or
 * evidence, or %NULL when every criterion is complete.
 */
static const char *
first_incomplete (MeritReview        *self,
                  const char * const *criteria,
                  gboolean           *out_unscored)
{
  for (guint i = 0; criteria != NULL && criteria[i] != NULL; i++)
    {
      MeritScore *score = merit_review_get_score (self, criteria[i]);
      guint value = score != NULL ? merit_score_get_value (score) : 0;

      if (value < 1 || value > 4)
        {
          *out_unscored = TRUE;
          return criteria[i];
        }

      if (text_is_blank (merit_score_get_evidence (score)))
        {
          *out_unscored = FALSE;
          return criteria[i];
        }
    }

  return NULL;
}

/**
 * merit_review_get_scores:
 * @self: a #MeritReview
 *
 * Gets the scores, a list of #MeritScore owned by @self.
 *
 * Returns: (transfer none): the scores
 */
GListModel *
merit_review_get_scores (MeritReview *self)
{
  g_return_val_if_fail (MERIT_IS_REVIEW (self), NULL);

  return G_LIST_MODEL (self->scores);
}

/**
 * merit_review_get_score:
 * @self: a #MeritReview
 * @criterion: a criterion id
 *
 * Looks up the score for @criterion.
 *
 * Returns: (nullable) (transfer none): the score, or %NULL if there is none
 */
MeritScore *
merit_review_get_score (MeritReview *self,
                        const char  *criterion)
{
  guint n_items;

  g_return_val_if_fail (MERIT_IS_REVIEW (self), NULL);
  g_return_val_if_fail (criterion != NULL, NULL);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->scores));

  for (guint i = 0; i < n_items; i++)
    {
      MeritScore *score = score_at (self, i);

      if (g_strcmp0 (merit_score_get_criterion (score), criterion) == 0)
        return score;
    }

  return NULL;
}

/**
 * merit_review_ensure_score:
 * @self: a #MeritReview
 * @criterion: a criterion id
 *
 * Looks up the score for @criterion, appending an unscored one if missing.
 *
 * Returns: (transfer none): the score
 */
MeritScore *
merit_review_ensure_score (MeritReview *self,
                           const char  *criterion)
{
  g_autoptr(MeritScore) score = NULL;
  MeritScore *existing;

  g_return_val_if_fail (MERIT_IS_REVIEW (self), NULL);
  g_return_val_if_fail (criterion != NULL, NULL);

  existing = merit_review_get_score (self, criterion);
  if (existing != NULL)
    return existing;

  score = merit_score_new (criterion);
  g_list_store_append (self->scores, score);

  return score;
}

/**
 * merit_review_is_complete:
 * @self: a #MeritReview
 * @criteria: (nullable) (array zero-terminated=1): the rubric's criterion ids
 *
 * Checks that every criterion has a score from 1 to 4 and non-blank evidence.
 *
 * Returns: %TRUE if the review could be submitted
 */
gboolean
merit_review_is_complete (MeritReview        *self,
                          const char * const *criteria)
{
  gboolean unscored = FALSE;

  g_return_val_if_fail (MERIT_IS_REVIEW (self), FALSE);

  return first_incomplete (self, criteria, &unscored) == NULL;
}

/**
 * merit_review_submit:
 * @self: a #MeritReview
 * @criteria: (nullable) (array zero-terminated=1): the rubric's criterion ids
 * @time: (nullable): submission time in ISO 8601 UTC, or %NULL for now
 * @error: return location for a #GError
 *
 * Submits a complete draft review: sets #MeritReview:state to
 * %MERIT_REVIEW_STATE_SUBMITTED and #MeritReview:submitted to @time.
 *
 * Returns: %TRUE on success; on failure @error names the first incomplete criterion
 */
gboolean
merit_review_submit (MeritReview         *self,
                     const char * const  *criteria,
                     const char          *time,
                     GError             **error)
{
  g_autofree char *now = NULL;
  const char *missing;
  gboolean unscored = FALSE;

  g_return_val_if_fail (MERIT_IS_REVIEW (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->state == MERIT_REVIEW_STATE_SUBMITTED)
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED,
                   _("Review “%s” was already submitted"), self->id ? self->id : "");
      return FALSE;
    }

  missing = first_incomplete (self, criteria, &unscored);
  if (missing != NULL)
    {
      if (unscored)
        g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                     _("Criterion “%s” has no score"), missing);
      else
        g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                     _("Criterion “%s” has no evidence"), missing);
      return FALSE;
    }

  if (time != NULL && !merit_iso_time_valid (time))
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                   _("“%s” is not a valid UTC time"), time);
      return FALSE;
    }

  if (time == NULL)
    time = now = merit_now_iso8601 ();

  g_object_freeze_notify (G_OBJECT (self));
  merit_review_set_submitted (self, time);
  merit_review_set_state (self, MERIT_REVIEW_STATE_SUBMITTED);
  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}
