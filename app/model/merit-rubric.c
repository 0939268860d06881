/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-rubric.c: the list of criteria every review scores */

#include "config.h"

#include "merit-rubric.h"

struct _MeritRubric
{
  GObject parent_instance;

  GPtrArray *criteria;
  guint min_reviews;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MeritRubric, merit_rubric, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_MIN_REVIEWS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  const char *id;
  const char *name_en;
  const char *name_de;
  /* Anchors for scores 1 (weak) to 4 (exceptional). */
  const char *levels_en[MERIT_CRITERION_N_LEVELS];
  const char *levels_de[MERIT_CRITERION_N_LEVELS];
} DefaultCriterion;

/* English and German are both data of the default rubric, not UI strings, so
 * they are kept side by side here rather than going through gettext.
 */
static const DefaultCriterion default_criteria[] = {
  {
    "merit", "Merit", "Leistung",
    {
      "No verifiable accomplishments relevant to the role.",
      "Some relevant accomplishments, but modest in scope or hard to attribute to the candidate.",
      "A clear record of accomplishments the candidate personally drove, with measurable results.",
      "An outstanding record of significant results, repeatedly going well beyond what their "
      "position required.",
    },
    {
      "Keine nachprüfbaren Leistungen mit Bezug zur Stelle.",
      "Einige relevante Leistungen, jedoch von begrenztem Umfang oder der Person nur schwer "
      "zuzuordnen.",
      "Eine klare Bilanz selbst vorangetriebener Erfolge mit messbaren Ergebnissen.",
      "Eine herausragende Bilanz: wiederholt bedeutende Ergebnisse, die weit über die "
      "Anforderungen der jeweiligen Position hinausgehen.",
    },
  },
  {
    "excellence", "Excellence", "Exzellenz",
    {
      "Work shows little care for quality; errors go unnoticed.",
      "Acceptable work that meets the minimum standard, but rarely more.",
      "Consistently high-quality work; holds themselves to a high standard.",
      "Sets the standard for others; the work is exemplary in craft and detail.",
    },
    {
      "Die Arbeit lässt Sorgfalt vermissen; Fehler bleiben unbemerkt.",
      "Solide Arbeit, die den Mindeststandard erfüllt, aber selten mehr.",
      "Durchgehend hochwertige Arbeit mit hohem Anspruch an sich selbst.",
      "Setzt Maßstäbe für andere; die Arbeit ist in Handwerk und Detail vorbildlich.",
    },
  },
  {
    "intelligence", "Intelligence", "Intelligenz",
    {
      "Struggles to grasp complex problems or to reason through them.",
      "Solves familiar problems well, but needs guidance on new ones.",
      "Quickly grasps new problems, reasons clearly and learns fast.",
      "Exceptional insight: reframes hard problems and finds solutions others miss.",
    },
    {
      "Hat Mühe, komplexe Probleme zu erfassen und schlüssig zu durchdenken.",
      "Löst vertraute Probleme gut, braucht bei neuen aber Anleitung.",
      "Erfasst neue Probleme schnell, argumentiert klar und lernt rasch.",
      "Außergewöhnliche Auffassungsgabe: betrachtet schwierige Probleme aus neuen Blickwinkeln "
      "und findet Lösungen, die anderen entgehen.",
    },
  },
  {
    "role-skills", "Role skills", "Fachkompetenz",
    {
      "Lacks the core skills the role requires.",
      "Has most of the core skills, but would need substantial training.",
      "Fully proficient in the skills the role requires; productive from the start.",
      "Expert level; would raise the skills of the whole team.",
    },
    {
      "Es fehlen die Kernkompetenzen, die die Stelle erfordert.",
      "Beherrscht die meisten Kernkompetenzen, bräuchte aber eine umfangreiche Einarbeitung.",
      "Beherrscht die geforderten Kompetenzen vollständig und ist vom ersten Tag an produktiv.",
      "Expertenniveau; würde das Können des gesamten Teams anheben.",
    },
  },
  {
    "work-ethic", "Work ethic", "Arbeitsethik",
    {
      "Unreliable; commitments are often missed.",
      "Reliable on assigned tasks, but rarely takes initiative.",
      "Dependable and self-driven; follows through without being asked.",
      "Exceptional ownership and persistence, even under pressure and after setbacks.",
    },
    {
      "Unzuverlässig; Zusagen werden oft nicht eingehalten.",
      "Zuverlässig bei übertragenen Aufgaben, ergreift aber selten die Initiative.",
      "Verlässlich und eigenständig; bringt Dinge zu Ende, ohne dass man nachhaken muss.",
      "Außergewöhnliches Verantwortungsbewusstsein und Durchhaltevermögen, auch unter Druck "
      "und nach Rückschlägen.",
    },
  },
  {
    "character", "Character", "Charakter",
    {
      "Concerns about honesty, respect for others or accountability.",
      "No concerns, but little evidence either way.",
      "Honest, respectful and accountable; owns their mistakes.",
      "Exemplary integrity; earns trust and brings out the best in others.",
    },
    {
      "Bedenken hinsichtlich Ehrlichkeit, Respekt gegenüber anderen oder "
      "Verantwortungsbewusstsein.",
      "Keine Bedenken, aber auch kaum Anhaltspunkte in die eine oder andere Richtung.",
      "Ehrlich, respektvoll und verantwortungsbewusst; steht zu eigenen Fehlern.",
      "Vorbildliche Integrität; schafft Vertrauen und holt das Beste aus anderen heraus.",
    },
  },
};

static GType
merit_rubric_get_item_type (GListModel *model)
{
  return MERIT_TYPE_CRITERION;
}

static guint
merit_rubric_get_n_items (GListModel *model)
{
  return MERIT_RUBRIC (model)->criteria->len;
}

static gpointer
merit_rubric_get_item (GListModel *model,
                       guint       position)
{
  MeritRubric *self = MERIT_RUBRIC (model);

  if (position >= self->criteria->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->criteria, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = merit_rubric_get_item_type;
  iface->get_n_items = merit_rubric_get_n_items;
  iface->get_item = merit_rubric_get_item;
}

static void
merit_rubric_finalize (GObject *object)
{
  MeritRubric *self = (MeritRubric *)object;

  g_clear_pointer (&self->criteria, g_ptr_array_unref);

  G_OBJECT_CLASS (merit_rubric_parent_class)->finalize (object);
}

static void
merit_rubric_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MeritRubric *self = MERIT_RUBRIC (object);

  switch (prop_id)
    {
    case PROP_MIN_REVIEWS:
      g_value_set_uint (value, self->min_reviews);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_rubric_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  MeritRubric *self = MERIT_RUBRIC (object);

  switch (prop_id)
    {
    case PROP_MIN_REVIEWS:
      merit_rubric_set_min_reviews (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_rubric_class_init (MeritRubricClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = merit_rubric_finalize;
  object_class->get_property = merit_rubric_get_property;
  object_class->set_property = merit_rubric_set_property;

  /* How many submitted reviews a candidate needs before the committee stage. */
  properties[PROP_MIN_REVIEWS] =
    g_param_spec_uint ("min-reviews", NULL, NULL,
                       1, G_MAXUINT, 3,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
merit_rubric_init (MeritRubric *self)
{
  self->criteria = g_ptr_array_new_with_free_func (g_object_unref);
  self->min_reviews = 3;
}

/**
 * merit_rubric_new:
 *
 * Creates an empty rubric.
 *
 * Returns: (transfer full): the new rubric
 */
MeritRubric *
merit_rubric_new (void)
{
  return g_object_new (MERIT_TYPE_RUBRIC, NULL);
}

/**
 * merit_rubric_new_default:
 *
 * Creates the standard rubric: merit, excellence, intelligence, role skills,
 * work ethic and character, each with four anchored levels in English and
 * German.
 *
 * Returns: (transfer full): the new rubric
 */
MeritRubric *
merit_rubric_new_default (void)
{
  MeritRubric *self = merit_rubric_new ();

  for (guint i = 0; i < G_N_ELEMENTS (default_criteria); i++)
    {
      const DefaultCriterion *def = &default_criteria[i];
      g_autoptr(MeritCriterion) criterion = merit_criterion_new (def->id);

      merit_criterion_set_name (criterion, "en", def->name_en);
      merit_criterion_set_name (criterion, "de", def->name_de);

      for (guint level = 1; level <= MERIT_CRITERION_N_LEVELS; level++)
        {
          merit_criterion_set_level_description (criterion, level, "en", def->levels_en[level - 1]);
          merit_criterion_set_level_description (criterion, level, "de", def->levels_de[level - 1]);
        }

      merit_rubric_add (self, criterion);
    }

  return self;
}

/**
 * merit_rubric_get_min_reviews:
 * @self: a #MeritRubric
 *
 * Gets the #MeritRubric:min-reviews property.
 *
 * Returns: the number of reviews required
 */
guint
merit_rubric_get_min_reviews (MeritRubric *self)
{
  g_return_val_if_fail (MERIT_IS_RUBRIC (self), 0);

  return self->min_reviews;
}

/**
 * merit_rubric_set_min_reviews:
 * @self: a #MeritRubric
 * @min_reviews: the number of reviews required, at least 1
 *
 * Sets the #MeritRubric:min-reviews property.
 */
void
merit_rubric_set_min_reviews (MeritRubric *self,
                              guint        min_reviews)
{
  g_return_if_fail (MERIT_IS_RUBRIC (self));
  g_return_if_fail (min_reviews >= 1);

  if (self->min_reviews == min_reviews)
    return;

  self->min_reviews = min_reviews;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIN_REVIEWS]);
}

/**
 * merit_rubric_add:
 * @self: a #MeritRubric
 * @criterion: a criterion whose id is not yet in @self
 *
 * Appends @criterion to the rubric.
 */
void
merit_rubric_add (MeritRubric    *self,
                  MeritCriterion *criterion)
{
  g_return_if_fail (MERIT_IS_RUBRIC (self));
  g_return_if_fail (MERIT_IS_CRITERION (criterion));
  g_return_if_fail (merit_rubric_lookup (self, merit_criterion_get_id (criterion)) == NULL);

  g_ptr_array_add (self->criteria, g_object_ref (criterion));
  g_list_model_items_changed (G_LIST_MODEL (self), self->criteria->len - 1, 0, 1);
}

/**
 * merit_rubric_remove_all:
 * @self: a #MeritRubric
 *
 * Removes every criterion, e.g. before loading a workspace's own rubric.
 */
void
merit_rubric_remove_all (MeritRubric *self)
{
  guint n_items;

  g_return_if_fail (MERIT_IS_RUBRIC (self));

  n_items = self->criteria->len;
  if (n_items == 0)
    return;

  g_ptr_array_set_size (self->criteria, 0);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, n_items, 0);
}

/**
 * merit_rubric_lookup:
 * @self: a #MeritRubric
 * @id: a criterion id
 *
 * Finds the criterion with @id.
 *
 * Returns: (nullable) (transfer none): the criterion, or %NULL
 */
MeritCriterion *
merit_rubric_lookup (MeritRubric *self,
                     const char  *id)
{
  g_return_val_if_fail (MERIT_IS_RUBRIC (self), NULL);

  for (guint i = 0; i < self->criteria->len; i++)
    {
      MeritCriterion *criterion = g_ptr_array_index (self->criteria, i);

      if (g_strcmp0 (merit_criterion_get_id (criterion), id) == 0)
        return criterion;
    }

  return NULL;
}

/**
 * merit_rubric_dup_criterion_ids:
 * @self: a #MeritRubric
 *
 * Lists the criterion ids in rubric order, e.g. for merit_review_submit().
 *
 * Returns: (transfer full): the ids
 */
GStrv
merit_rubric_dup_criterion_ids (MeritRubric *self)
{
  GStrvBuilder *builder;
  GStrv ids;

  g_return_val_if_fail (MERIT_IS_RUBRIC (self), NULL);

  builder = g_strv_builder_new ();
  for (guint i = 0; i < self->criteria->len; i++)
    g_strv_builder_add (builder, merit_criterion_get_id (g_ptr_array_index (self->criteria, i)));
  ids = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);

  return ids;
}
