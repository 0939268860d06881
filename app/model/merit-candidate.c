/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-candidate.c: one candidate package with all its sections and its history */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "merit-candidate-private.h"
#include "merit-enums.h"
#include "merit-error.h"
#include "merit-model-private.h"

/* Sections whose edits are listed in pending-sections, in their fixed order. */
typedef enum {
  SECTION_IDENTITY,
  SECTION_SELF_IDENTIFICATION,
  SECTION_PROFILE,
  SECTION_ROLE,
  SECTION_REVIEWS,
  SECTION_COMMITTEE,
  SECTION_OFFER,
  SECTION_APPROVALS,
  N_SECTIONS
} Section;

/* The objects a candidate owns and watches for changes. */
typedef enum {
  SLOT_IDENTITY,
  SLOT_SEALED_IDENTITY,
  SLOT_SELF_IDENTIFICATION,
  SLOT_SEALED_SELF_IDENTIFICATION,
  SLOT_PROFILE,
  SLOT_ROLE,
  SLOT_COMMITTEE,
  SLOT_OFFER,
  SLOT_REVIEWS,
  SLOT_APPROVALS,
  N_SLOTS
} Slot;

static const char * const section_names[N_SECTIONS] = {
  "identity", "self-identification", "profile", "role", "reviews", "committee", "offer",
  "approvals",
};

static const Section slot_sections[N_SLOTS] = {
  [SLOT_IDENTITY] = SECTION_IDENTITY,
  [SLOT_SEALED_IDENTITY] = SECTION_IDENTITY,
  [SLOT_SELF_IDENTIFICATION] = SECTION_SELF_IDENTIFICATION,
  [SLOT_SEALED_SELF_IDENTIFICATION] = SECTION_SELF_IDENTIFICATION,
  [SLOT_PROFILE] = SECTION_PROFILE,
  [SLOT_ROLE] = SECTION_ROLE,
  [SLOT_COMMITTEE] = SECTION_COMMITTEE,
  [SLOT_OFFER] = SECTION_OFFER,
  [SLOT_REVIEWS] = SECTION_REVIEWS,
  [SLOT_APPROVALS] = SECTION_APPROVALS,
};

/* A watch follows one object of a section, and recursively the items of its
 * list (profile entries, review scores, committee votes, or the items of a
 * section that is itself a list), so that any nested change marks the section.
 */
typedef struct _Watch Watch;

struct _Watch
{
  MeritCandidate *candidate;  /* unowned: the candidate owns the watch */
  Section section;
  GObject *object;            /* owned */
  GListModel *list;           /* unowned: @object or a list owned by it */
  gulong notify_id;
  gulong items_changed_id;
  GPtrArray *children;        /* Watch *, one per item of @list */
};

struct _MeritCandidate
{
  GObject parent_instance;

  char *id;
  guint schema_version;
  char *pseudonym;
  MeritStage stage;
  char *stage_since;
  char *created;
  char *broken_reason;

  /* Owned section objects (GListStore for reviews and approvals) and their watches. */
  gpointer slots[N_SLOTS];
  Watch *watches[N_SLOTS];

  GListStore *history;

  guint pending;              /* bit per Section */
  GStrv pending_strv;         /* cache of the names, NULL when stale */

  /* A summary candidate holds only what a list row shows; the rest is read on first use
   * by @loader (see _merit_candidate_set_summary()). */
  MeritCandidateLoadFunc loader;
  gpointer loader_data;
  GDestroyNotify loader_destroy;
  double summary_score;
  GStrv summary_reviewers;    /* members with a submitted review */
  GArray *summary_tallies;    /* MeritReviewTally, one per submitted review */

  guint modified : 1;
  guint loading : 1;
  guint unwatched : 1;        /* see _merit_candidate_set_watched() */
  guint summary : 1;
};

G_DEFINE_FINAL_TYPE (MeritCandidate, merit_candidate, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SCHEMA_VERSION,
  PROP_PSEUDONYM,
  PROP_STAGE,
  PROP_STAGE_SINCE,
  PROP_CREATED,
  PROP_IDENTITY,
  PROP_SEALED_IDENTITY,
  PROP_SELF_IDENTIFICATION,
  PROP_SEALED_SELF_IDENTIFICATION,
  PROP_PROFILE,
  PROP_ROLE,
  PROP_COMMITTEE,
  PROP_OFFER,
  PROP_REVIEWS,
  PROP_APPROVALS,
  PROP_HISTORY,
  PROP_BROKEN_REASON,
  PROP_MODIFIED,
  PROP_PENDING_SECTIONS,
  PROP_SUMMARY,
  PROP_WATCHED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const int slot_props[N_SLOTS] = {
  [SLOT_IDENTITY] = PROP_IDENTITY,
  [SLOT_SEALED_IDENTITY] = PROP_SEALED_IDENTITY,
  [SLOT_SELF_IDENTIFICATION] = PROP_SELF_IDENTIFICATION,
  [SLOT_SEALED_SELF_IDENTIFICATION] = PROP_SEALED_SELF_IDENTIFICATION,
  [SLOT_PROFILE] = PROP_PROFILE,
  [SLOT_ROLE] = PROP_ROLE,
  [SLOT_COMMITTEE] = PROP_COMMITTEE,
  [SLOT_OFFER] = PROP_OFFER,
  [SLOT_REVIEWS] = PROP_REVIEWS,
  [SLOT_APPROVALS] = PROP_APPROVALS,
};

static Watch *watch_new (MeritCandidate *candidate,
                         Section         section,
                         GObject        *object);

static void init_default_slots (MeritCandidate *self);
static void merit_candidate_constructed (GObject *object);

/* Reads the whole package if this is a summary candidate, before any section is used. */
static inline void
ensure_full (MeritCandidate *self)
{
  MeritCandidateLoadFunc loader = self->loader;
  gpointer data = self->loader_data;
  GDestroyNotify destroy = self->loader_destroy;

  if (loader == NULL)
    {
      if (G_UNLIKELY (self->history == NULL))
        init_default_slots (self);
      return;
    }
  self->loader = NULL;
  self->loader_data = NULL;
  self->loader_destroy = NULL;
  loader (self, data);
  if (destroy != NULL)
    destroy (data);
  /* A package that could not be read is an empty, broken one. */
  init_default_slots (self);
  self->summary = FALSE;
  g_clear_pointer (&self->summary_reviewers, g_strfreev);
  g_clear_pointer (&self->summary_tallies, g_array_unref);
}

static void
set_modified (MeritCandidate *self,
              gboolean        modified)
{
  modified = !!modified;
  if (self->modified == (guint) modified)
    return;

  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* A change outside the tracked sections (pseudonym, stage, ...). */
static void
field_changed (MeritCandidate *self)
{
  if (!self->loading)
    set_modified (self, TRUE);
}

static void
section_changed (MeritCandidate *self,
                 Section         section)
{
  if (self->loading)
    return;

  if ((self->pending & (1u << section)) == 0)
    {
      self->pending |= 1u << section;
      g_clear_pointer (&self->pending_strv, g_strfreev);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING_SECTIONS]);
    }

  set_modified (self, TRUE);
}

static void
clear_pending (MeritCandidate *self)
{
  if (self->pending == 0)
    return;

  self->pending = 0;
  g_clear_pointer (&self->pending_strv, g_strfreev);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING_SECTIONS]);
}

static GListModel *
child_list (GObject *object)
{
  if (G_IS_LIST_MODEL (object))
    return G_LIST_MODEL (object);
  if (MERIT_IS_PROFILE (object))
    return merit_profile_get_entries (MERIT_PROFILE (object));
  if (MERIT_IS_REVIEW (object))
    return merit_review_get_scores (MERIT_REVIEW (object));
  if (MERIT_IS_COMMITTEE (object))
    return merit_committee_get_votes (MERIT_COMMITTEE (object));

  return NULL;
}

static void
watch_free (gpointer data)
{
  Watch *watch = data;

  g_clear_signal_handler (&watch->notify_id, watch->object);
  g_clear_signal_handler (&watch->items_changed_id, watch->list);
  g_clear_pointer (&watch->children, g_ptr_array_unref);
  g_clear_object (&watch->object);
  g_free (watch);
}

static void
watched_notify_cb (GObject    *object,
                   GParamSpec *pspec,
                   Watch      *watch)
{
  section_changed (watch->candidate, watch->section);
}

static void
watched_items_changed_cb (GListModel *list,
                          guint       position,
                          guint       removed,
                          guint       added,
                          Watch      *watch)
{
  if (removed > 0)
    g_ptr_array_remove_range (watch->children, position, removed);

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, position + i);

      g_ptr_array_insert (watch->children, position + i,
                          watch_new (watch->candidate, watch->section, item));
    }

  section_changed (watch->candidate, watch->section);
}

static Watch *
watch_new (MeritCandidate *candidate,
           Section         section,
           GObject        *object)
{
  Watch *watch = g_new0 (Watch, 1);

  watch->candidate = candidate;
  watch->section = section;
  watch->object = g_object_ref (object);

  /* A list's own properties (n-items) only echo items-changed. */
  if (!G_IS_LIST_MODEL (object))
    watch->notify_id = g_signal_connect (object, "notify", G_CALLBACK (watched_notify_cb), watch);

  watch->list = child_list (object);
  if (watch->list != NULL)
    {
      guint n_items = g_list_model_get_n_items (watch->list);

      watch->children = g_ptr_array_new_full (n_items, watch_free);
      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (watch->list, i);

          g_ptr_array_add (watch->children, watch_new (candidate, section, item));
        }

      watch->items_changed_id = g_signal_connect (watch->list, "items-changed",
                                                  G_CALLBACK (watched_items_changed_cb), watch);
    }

  return watch;
}

/* Installs @object (nullable) in @slot without marking anything changed. */
static void
attach_slot (MeritCandidate *self,
             Slot            slot,
             gpointer        object)
{
  g_clear_pointer (&self->watches[slot], watch_free);
  g_set_object ((GObject **) &self->slots[slot], object);

  if (object != NULL && !self->unwatched)
    self->watches[slot] = watch_new (self, slot_sections[slot], object);
}

/* Replaces the object in @slot, notifies and marks its section changed. */
static void
replace_slot (MeritCandidate *self,
              Slot            slot,
              gpointer        object)
{
  if (self->slots[slot] == object)
    return;

  attach_slot (self, slot, object);
  g_object_notify_by_pspec (G_OBJECT (self), properties[slot_props[slot]]);
  section_changed (self, slot_sections[slot]);
}

static void
merit_candidate_dispose (GObject *object)
{
  MeritCandidate *self = (MeritCandidate *)object;

  for (guint i = 0; i < N_SLOTS; i++)
    {
      g_clear_pointer (&self->watches[i], watch_free);
      g_clear_object ((GObject **) &self->slots[i]);
    }
  g_clear_object (&self->history);

  G_OBJECT_CLASS (merit_candidate_parent_class)->dispose (object);
}

static void
merit_candidate_finalize (GObject *object)
{
  MeritCandidate *self = (MeritCandidate *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->pseudonym, g_free);
  g_clear_pointer (&self->stage_since, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->broken_reason, g_free);
  g_clear_pointer (&self->pending_strv, g_strfreev);
  g_clear_pointer (&self->summary_reviewers, g_strfreev);
  g_clear_pointer (&self->summary_tallies, g_array_unref);
  if (self->loader_destroy != NULL)
    self->loader_destroy (self->loader_data);

  G_OBJECT_CLASS (merit_candidate_parent_class)->finalize (object);
}

static void
merit_candidate_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MeritCandidate *self = MERIT_CANDIDATE (object);

  if (prop_id != PROP_ID && prop_id != PROP_PSEUDONYM && prop_id != PROP_STAGE
      && prop_id != PROP_STAGE_SINCE && prop_id != PROP_CREATED && prop_id != PROP_ROLE
      && prop_id != PROP_BROKEN_REASON && prop_id != PROP_MODIFIED && prop_id != PROP_SUMMARY
      && prop_id != PROP_WATCHED)
    ensure_full (self);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_SCHEMA_VERSION:
      g_value_set_uint (value, self->schema_version);
      break;

    case PROP_PSEUDONYM:
      g_value_set_string (value, self->pseudonym);
      break;

    case PROP_STAGE:
      g_value_set_enum (value, self->stage);
      break;

    case PROP_STAGE_SINCE:
      g_value_set_string (value, self->stage_since);
      break;

    case PROP_CREATED:
      g_value_set_string (value, self->created);
      break;

    case PROP_IDENTITY:
      g_value_set_object (value, self->slots[SLOT_IDENTITY]);
      break;

    case PROP_SEALED_IDENTITY:
      g_value_set_object (value, self->slots[SLOT_SEALED_IDENTITY]);
      break;

    case PROP_SELF_IDENTIFICATION:
      g_value_set_object (value, self->slots[SLOT_SELF_IDENTIFICATION]);
      break;

    case PROP_SEALED_SELF_IDENTIFICATION:
      g_value_set_object (value, self->slots[SLOT_SEALED_SELF_IDENTIFICATION]);
      break;

    case PROP_PROFILE:
      g_value_set_object (value, self->slots[SLOT_PROFILE]);
      break;

    case PROP_ROLE:
      g_value_set_object (value, self->slots[SLOT_ROLE]);
      break;

    case PROP_COMMITTEE:
      g_value_set_object (value, self->slots[SLOT_COMMITTEE]);
      break;

    case PROP_OFFER:
      g_value_set_object (value, self->slots[SLOT_OFFER]);
      break;

    case PROP_REVIEWS:
      g_value_set_object (value, self->slots[SLOT_REVIEWS]);
      break;

    case PROP_APPROVALS:
      g_value_set_object (value, self->slots[SLOT_APPROVALS]);
      break;

    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;

    case PROP_BROKEN_REASON:
      g_value_set_string (value, self->broken_reason);
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;

    case PROP_PENDING_SECTIONS:
      g_value_set_boxed (value, merit_candidate_get_pending_sections (self));
      break;

    case PROP_SUMMARY:
      g_value_set_boolean (value, self->summary);
      break;

    case PROP_WATCHED:
      g_value_set_boolean (value, !self->unwatched);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_candidate_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MeritCandidate *self = MERIT_CANDIDATE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_SUMMARY:
      self->summary = g_value_get_boolean (value);
      break;

    case PROP_WATCHED:
      self->unwatched = !g_value_get_boolean (value);
      break;

    case PROP_SCHEMA_VERSION:
      merit_candidate_set_schema_version (self, g_value_get_uint (value));
      break;

    case PROP_PSEUDONYM:
      merit_candidate_set_pseudonym (self, g_value_get_string (value));
      break;

    case PROP_STAGE:
      merit_candidate_set_stage (self, g_value_get_enum (value));
      break;

    case PROP_STAGE_SINCE:
      merit_candidate_set_stage_since (self, g_value_get_string (value));
      break;

    case PROP_CREATED:
      merit_candidate_set_created (self, g_value_get_string (value));
      break;

    case PROP_IDENTITY:
      merit_candidate_set_identity (self, g_value_get_object (value));
      break;

    case PROP_SEALED_IDENTITY:
      merit_candidate_set_sealed_identity (self, g_value_get_object (value));
      break;

    case PROP_SELF_IDENTIFICATION:
      merit_candidate_set_self_identification (self, g_value_get_object (value));
      break;

    case PROP_SEALED_SELF_IDENTIFICATION:
      merit_candidate_set_sealed_self_identification (self, g_value_get_object (value));
      break;

    case PROP_PROFILE:
      merit_candidate_set_profile (self, g_value_get_object (value));
      break;

    case PROP_ROLE:
      merit_candidate_set_role (self, g_value_get_object (value));
      break;

    case PROP_COMMITTEE:
      merit_candidate_set_committee (self, g_value_get_object (value));
      break;

    case PROP_OFFER:
      merit_candidate_set_offer (self, g_value_get_object (value));
      break;

    case PROP_BROKEN_REASON:
      merit_candidate_set_broken_reason (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
object_param (const char *name,
              GType       type)
{
  return g_param_spec_object (name, NULL, NULL, type,
                              G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
}

static GParamSpec *
string_param (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
}

static GParamSpec *
list_param (const char *name)
{
  return g_param_spec_object (name, NULL, NULL, G_TYPE_LIST_MODEL,
                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
}

static void
merit_candidate_class_init (MeritCandidateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = merit_candidate_constructed;
  object_class->dispose = merit_candidate_dispose;
  object_class->finalize = merit_candidate_finalize;
  object_class->get_property = merit_candidate_get_property;
  object_class->set_property = merit_candidate_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SCHEMA_VERSION] =
    g_param_spec_uint ("schema-version", NULL, NULL,
                       1, G_MAXUINT, 1,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_PSEUDONYM] = string_param ("pseudonym");

  properties[PROP_STAGE] =
    g_param_spec_enum ("stage", NULL, NULL,
                       MERIT_TYPE_STAGE,
                       MERIT_STAGE_SOURCED,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_STAGE_SINCE] = string_param ("stage-since");
  properties[PROP_CREATED] = string_param ("created");
  properties[PROP_IDENTITY] = object_param ("identity", MERIT_TYPE_IDENTITY);
  properties[PROP_SEALED_IDENTITY] = object_param ("sealed-identity", MERIT_TYPE_SEALED_SECTION);
  properties[PROP_SELF_IDENTIFICATION] =
    object_param ("self-identification", MERIT_TYPE_SELF_IDENTIFICATION);
  properties[PROP_SEALED_SELF_IDENTIFICATION] =
    object_param ("sealed-self-identification", MERIT_TYPE_SEALED_SECTION);
  properties[PROP_PROFILE] = object_param ("profile", MERIT_TYPE_PROFILE);
  properties[PROP_ROLE] = object_param ("role", MERIT_TYPE_ROLE);
  properties[PROP_COMMITTEE] = object_param ("committee", MERIT_TYPE_COMMITTEE);
  properties[PROP_OFFER] = object_param ("offer", MERIT_TYPE_OFFER);
  properties[PROP_REVIEWS] = list_param ("reviews");
  properties[PROP_APPROVALS] = list_param ("approvals");
  properties[PROP_HISTORY] = list_param ("history");

  /* Set when the package file could not be loaded; the sections are then empty. */
  properties[PROP_BROKEN_REASON] = string_param ("broken-reason");

  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_PENDING_SECTIONS] =
    g_param_spec_boxed ("pending-sections", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /* Constructed as a summary (see _merit_candidate_set_summary()): no sections yet. */
  properties[PROP_SUMMARY] =
    g_param_spec_boolean ("summary", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS
                          | G_PARAM_EXPLICIT_NOTIFY);

  /* Constructed without watching its sections (see _merit_candidate_set_watched()), so
   * that not even its default sections are watched for a moment. */
  properties[PROP_WATCHED] =
    g_param_spec_boolean ("watched", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS
                          | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

/* The empty sections of a new candidate; a summary gets them only when it is read. */
static void
init_default_slots (MeritCandidate *self)
{
  if (self->slots[SLOT_PROFILE] == NULL)
    {
      g_autoptr(MeritProfile) profile = merit_profile_new ();

      attach_slot (self, SLOT_PROFILE, profile);
    }
  if (self->slots[SLOT_ROLE] == NULL)
    {
      g_autoptr(MeritRole) role = merit_role_new ();

      attach_slot (self, SLOT_ROLE, role);
    }
  if (self->slots[SLOT_COMMITTEE] == NULL)
    {
      g_autoptr(MeritCommittee) committee = merit_committee_new ();

      attach_slot (self, SLOT_COMMITTEE, committee);
    }
  if (self->slots[SLOT_REVIEWS] == NULL)
    {
      g_autoptr(GListStore) reviews = g_list_store_new (MERIT_TYPE_REVIEW);

      attach_slot (self, SLOT_REVIEWS, reviews);
    }
  if (self->slots[SLOT_APPROVALS] == NULL)
    {
      g_autoptr(GListStore) approvals = g_list_store_new (MERIT_TYPE_APPROVAL);

      attach_slot (self, SLOT_APPROVALS, approvals);
    }
  if (self->history == NULL)
    self->history = g_list_store_new (MERIT_TYPE_HISTORY_EVENT);
}

static void
merit_candidate_constructed (GObject *object)
{
  MeritCandidate *self = MERIT_CANDIDATE (object);

  G_OBJECT_CLASS (merit_candidate_parent_class)->constructed (object);

  /* A summary holds only its role until it is read; thousands of them stay small. */
  if (self->summary)
    {
      g_autoptr(MeritRole) role = merit_role_new ();

      attach_slot (self, SLOT_ROLE, role);
    }
  else
    init_default_slots (self);
}

static void
merit_candidate_init (MeritCandidate *self)
{
  self->schema_version = 1;
  self->stage = MERIT_STAGE_SOURCED;
}

/**
 * merit_candidate_new:
 * @id: the package id, stable for the life of the candidate
 *
 * Creates an empty candidate in %MERIT_STAGE_SOURCED, with empty profile,
 * role and committee sections.
 *
 * Returns: (transfer full): the new candidate
 */
MeritCandidate *
merit_candidate_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  MeritCandidate *self;

  /* Set directly, as merit_score_new() does. */
  self = g_object_new (MERIT_TYPE_CANDIDATE, NULL);
  self->id = g_strdup (id);
  return self;
}

/**
 * merit_candidate_get_id:
 * @self: a #MeritCandidate
 *
 * Gets the package id.
 *
 * Returns: (transfer none): the id
 */
const char *
merit_candidate_get_id (MeritCandidate *self)
{
  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), NULL);

  return self->id;
}

/**
 * merit_candidate_get_schema_version:
 * @self: a #MeritCandidate
 *
 * Gets the version of the package format the candidate was read from.
 *
 * Returns: the schema version
 */
guint
merit_candidate_get_schema_version (MeritCandidate *self)
{
  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), 0);
  ensure_full (self);

  return self->schema_version;
}

/**
 * merit_candidate_set_schema_version:
 * @self: a #MeritCandidate
 * @schema_version: the version, at least 1
 *
 * Sets the #MeritCandidate:schema-version property.
 */
void
merit_candidate_set_schema_version (MeritCandidate *self,
                                    guint           schema_version)
{
  g_return_if_fail (MERIT_IS_CANDIDATE (self));
  ensure_full (self);
  g_return_if_fail (schema_version >= 1);

  if (self->schema_version == schema_version)
    return;

  self->schema_version = schema_version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHEMA_VERSION]);
  field_changed (self);
}

/**
 * merit_candidate_get_pseudonym:
 * @self: a #MeritCandidate
 *
 * Gets the name shown to blind reviewers.
 *
 * Returns: (nullable) (transfer none): the pseudonym
 */
const char *
merit_candidate_get_pseudonym (MeritCandidate *self)
{
  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), NULL);

  return self->pseudonym;
}

/**
 * merit_candidate_set_pseudonym:
 * @self: a #MeritCandidate
 * @pseudonym: (nullable): the pseudonym
 *
 * Sets the #MeritCandidate:pseudonym property.
 */
void
merit_candidate_set_pseudonym (MeritCandidate *self,
                               const char     *pseudonym)
{
  g_return_if_fail (MERIT_IS_CANDIDATE (self));
  ensure_full (self);

  if (!_merit_set_str (&self->pseudonym, pseudonym))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PSEUDONYM]);
  field_changed (self);
}

/**
 * merit_candidate_get_stage:
 * @self: a #MeritCandidate
 *
 * Gets the hiring stage.
 *
 * Returns: the stage
 */
MeritStage
merit_candidate_get_stage (MeritCandidate *self)
{
  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), MERIT_STAGE_SOURCED);

  return self->stage;
}

/**
 * merit_candidate_set_stage:
 * @self: a #MeritCandidate
 * @stage: the stage
 *
 * Sets the stage without recording an event; see
 * merit_candidate_set_stage_with_event() for user actions.
 */
void
merit_candidate_set_stage (MeritCandidate *self,
                           MeritStage      stage)
{
  g_return_if_fail (MERIT_IS_CANDIDATE (self));
  ensure_full (self);
  g_return_if_fail ((guint) stage <= MERIT_STAGE_WITHDRAWN);

  if (self->stage == stage)
    return;

  self->stage = stage;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAGE]);
  field_changed (self);
}

/**
 * merit_candidate_get_stage_since:
 * @self: a #MeritCandidate
 *
 * Gets the time the candidate entered the current stage.
 *
 * Returns: (nullable) (transfer none): an ISO 8601 UTC time
 */
const char *
merit_candidate_get_stage_since (MeritCandidate *self)
{
  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), NULL);

  return self->stage_since;
}

/**
 * merit_candidate_set_stage_since:
 * @self: a #MeritCandidate
 * @stage_since: (nullable): an ISO 8601 UTC time
 *
 * Sets the #MeritCandidate:stage-since property.
 */
void
merit_candidate_set_stage_since (MeritCandidate *self,
                                 const char     *stage_since)
{
  g_return_if_fail (MERIT_IS_CANDIDATE (self));
  ensure_full (self);

  if (!_merit_set_str (&self->stage_since, stage_since))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAGE_SINCE]);
  field_changed (self);
}

/**
 * merit_candidate_get_created:
 * @self: a #MeritCandidate
 *
 * Gets the time the package was created.
 *
 * Returns: (nullable) (transfer none): an ISO 8601 UTC time
 */
const char *
merit_candidate_get_created (MeritCandidate *self)
{
  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), NULL);

  return self->created;
}

/**
 * merit_candidate_set_created:
 * @self: a #MeritCandidate
 * @created: (nullable): an ISO 8601 UTC time
 *
 * Sets the #MeritCandidate:created property.
 */
void
merit_candidate_set_created (MeritCandidate *self,
                             const char     *created)
{
  g_return_if_fail (MERIT_IS_CANDIDATE (self));
  ensure_full (self);

  if (!_merit_set_str (&self->created, created))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
  field_changed (self);
}

/**
 * merit_candidate_get_identity:
 * @self: a #MeritCandidate
 *
 * Gets the clear-text identity section.
 *
 * Returns: (nullable) (transfer none): the identity, %NULL when absent or sealed
 */
MeritIdentity *
merit_candidate_get_identity (MeritCandidate *self)
{
  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), NULL);
  ensure_full (self);

  return self->slots[SLOT_IDENTITY];
}

/**
 * merit_candidate_set_identity:
 * @self: a #MeritCandidate
 * @identity: (nullable): the identity
 *
 * Replaces the identity section.
 */
void
merit_candidate_set_identity (MeritCandidate *self,
                              MeritIdentity  *identity)
{
  g_return_if_fail (MERIT_IS_CANDIDATE (self));
  ensure_full (self);
  g_return_if_fail (identity == NULL || MERIT_IS_IDENTITY (identity));

  replace_slot (self, SLOT_IDENTITY, identity);
}

/**
 * merit_candidate_get_sealed_identity:
 * @self: a #MeritCandidate
 *
 * Gets the encrypted identity section.
 *
 * Returns: (nullable) (transfer none): the sealed section
 */
MeritSealedSection *
merit_candidate_get_sealed_identity (MeritCandidate *self)
{
  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), NULL);
  ensure_full (self);

  return self->slots[SLOT_SEALED_IDENTITY];
}

/**
 * merit_candidate_set_sealed_identity:
 * @self: a #MeritCandidate
 * @sealed_identity: (nullable): the sealed section
 *
 * Replaces the encrypted identity section.
 */
void
merit_candidate_set_sealed_identity (MeritCandidate     *self,
                                     MeritSealedSection *sealed_identity)
{
  g_return_if_fail (MERIT_IS_CANDIDATE (self));
  ensure_full (self);
  g_return_if_fail (sealed_identity == NULL || MERIT_IS_SEALED_SECTION (sealed_identity));

  replace_slot (self, SLOT_SEALED_IDENTITY, sealed_identity);
}

/**
 * merit_candidate_get_self_identification:
 * @self: a #MeritCandidate
 *
 * Gets the clear-text self-identification section.
 *
 * Returns: (nullable) (transfer none): the section
 */
MeritSelfIdentification *
merit_candidate_get_self_identification (MeritCandidate *self)
{
  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), NULL);
  ensure_full (self);

  return self->slots[SLOT_SELF_IDENTIFICATION];
}

/**
 * merit_candidate_set_self_identification:
 * @self: a #MeritCandidate
 * @self_identification: (nullable): the section
 *
 * Replaces the self-identification section.
 */
void
merit_candidate_set_self_identification (MeritCandidate          *self,
                                         MeritSelfIdentification *self_identification)
{
  g_return_if_fail (MERIT_IS_CANDIDATE (self));
  ensure_full (self);
  g_return_if_fail (self_identification == NULL ||
                    MERIT_IS_SELF_IDENTIFICATION (self_identification));

  replace_slot (self, SLOT_SELF_IDENTIFICATION, self_identification);
}

/**
 * merit_candidate_get_sealed_self_identification:
 * @self: a #MeritCandidate
 *
 * Gets the encrypted self-identification section.
 *
 * Returns: (nullable) (transfer none): the sealed section
 */
MeritSealedSection *
merit_candidate_get_sealed_self_identification (MeritCandidate *self)
{
  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), NULL);
  ensure_full (self);

  return self->slots[SLOT_SEALED_SELF_IDENTIFICATION];
}

/**
 * merit_candidate_set_sealed_self_identification:
 * @self: a #MeritCandidate
 * @sealed_self_identification: (nullable): the sealed section
 *
 * Replaces the encrypted self-identification section.
 */
void
merit_candidate_set_sealed_self_identification (MeritCandidate     *self,
                                                MeritSealedSection *sealed_self_identification)
{
  g_return_if_fail (MERIT_IS_CANDIDATE (self));
  ensure_full (self);
  g_return_if_fail (sealed_self_identification == NULL ||
                    MERIT_IS_SEALED_SECTION (sealed_self_identification));

  replace_slot (self, SLOT_SEALED_SELF_IDENTIFICATION, sealed_self_identification);
}

/**
 * merit_candidate_get_profile:
 * @self: a #MeritCandidate
 *
 * Gets the profile section.
 *
 * Returns: (transfer none): the profile
 */
MeritProfile *
merit_candidate_get_profile (MeritCandidate *self)
{
  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), NULL);
  ensure_full (self);

  return self->slots[SLOT_PROFILE];
}

/**
 * merit_candidate_set_profile:
 * @self: a #MeritCandidate
 * @profile: the profile
 *
 * Replaces the profile section.
 */
void
merit_candidate_set_profile (MeritCandidate *self,
                             MeritProfile   *profile)
{
  g_return_if_fail (MERIT_IS_CANDIDATE (self));
  ensure_full (self);
  g_return_if_fail (MERIT_IS_PROFILE (profile));

  replace_slot (self, SLOT_PROFILE, profile);
}

/**
 * merit_candidate_get_role:
 * @self: a #MeritCandidate
 *
 * Gets the role section.
 *
 * Returns: (transfer none): the role
 */
MeritRole *
merit_candidate_get_role (MeritCandidate *self)
{
  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), NULL);

  return self->slots[SLOT_ROLE];
}

/**
 * merit_candidate_set_role:
 * @self: a #MeritCandidate
 * @role: the role
 *
 * Replaces the role section.
 */
void
merit_candidate_set_role (MeritCandidate *self,
                          MeritRole      *role)
{
  g_return_if_fail (MERIT_IS_CANDIDATE (self));
  ensure_full (self);
  g_return_if_fail (MERIT_IS_ROLE (role));

  replace_slot (self, SLOT_ROLE, role);
}

/**
 * merit_candidate_get_committee:
 * @self: a #MeritCandidate
 *
 * Gets the committee section.
 *
 * Returns: (transfer none): the committee
 */
MeritCommittee *
merit_candidate_get_committee (MeritCandidate *self)
{
  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), NULL);
  ensure_full (self);

  return self->slots[SLOT_COMMITTEE];
}

/**
 * merit_candidate_set_committee:
 * @self: a #MeritCandidate
 * @committee: the committee
 *
 * Replaces the committee section.
 */
void
merit_candidate_set_committee (MeritCandidate *self,
                               MeritCommittee *committee)
{
  g_return_if_fail (MERIT_IS_CANDIDATE (self));
  ensure_full (self);
  g_return_if_fail (MERIT_IS_COMMITTEE (committee));

  replace_slot (self, SLOT_COMMITTEE, committee);
}

/**
 * merit_candidate_get_offer:
 * @self: a #MeritCandidate
 *
 * Gets the offer section.
 *
 * Returns: (nullable) (transfer none): the offer, %NULL before one is drafted
 */
MeritOffer *
merit_candidate_get_offer (MeritCandidate *self)
{
  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), NULL);
  ensure_full (self);

  return self->slots[SLOT_OFFER];
}

/**
 * merit_candidate_set_offer:
 * @self: a #MeritCandidate
 * @offer: (nullable): the offer
 *
 * Replaces the offer section.
 */
void
merit_candidate_set_offer (MeritCandidate *self,
                           MeritOffer     *offer)
{
  g_return_if_fail (MERIT_IS_CANDIDATE (self));
  ensure_full (self);
  g_return_if_fail (offer == NULL || MERIT_IS_OFFER (offer));

  replace_slot (self, SLOT_OFFER, offer);
}

/**
 * merit_candidate_get_reviews:
 * @self: a #MeritCandidate
 *
 * Gets the reviews, a #GListStore of #MeritReview.
 *
 * Returns: (transfer none): the reviews
 */
GListModel *
merit_candidate_get_reviews (MeritCandidate *self)
{
  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), NULL);
  ensure_full (self);

  return self->slots[SLOT_REVIEWS];
}

/**
 * merit_candidate_get_approvals:
 * @self: a #MeritCandidate
 *
 * Gets the approvals, a #GListStore of #MeritApproval.
 *
 * Returns: (transfer none): the approvals
 */
GListModel *
merit_candidate_get_approvals (MeritCandidate *self)
{
  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), NULL);
  ensure_full (self);

  return self->slots[SLOT_APPROVALS];
}

/**
 * merit_candidate_get_history:
 * @self: a #MeritCandidate
 *
 * Gets the history, a #GListStore of #MeritHistoryEvent in sequence order.
 *
 * Returns: (transfer none): the history
 */
GListModel *
merit_candidate_get_history (MeritCandidate *self)
{
  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), NULL);
  ensure_full (self);

  return G_LIST_MODEL (self->history);
}

/**
 * merit_candidate_get_broken_reason:
 * @self: a #MeritCandidate
 *
 * Gets why the package could not be loaded.
 *
 * Returns: (nullable) (transfer none): the reason, %NULL for a sound package
 */
const char *
merit_candidate_get_broken_reason (MeritCandidate *self)
{
  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), NULL);

  return self->broken_reason;
}

/**
 * merit_candidate_set_broken_reason:
 * @self: a #MeritCandidate
 * @broken_reason: (nullable): the reason
 *
 * Sets the #MeritCandidate:broken-reason property.
 */
void
merit_candidate_set_broken_reason (MeritCandidate *self,
                                   const char     *broken_reason)
{
  g_return_if_fail (MERIT_IS_CANDIDATE (self));

  if (!_merit_set_str (&self->broken_reason, broken_reason))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BROKEN_REASON]);
}

/**
 * merit_candidate_get_modified:
 * @self: a #MeritCandidate
 *
 * Gets whether anything changed since loading or merit_candidate_mark_saved().
 *
 * Returns: %TRUE if there are unsaved changes
 */
gboolean
merit_candidate_get_modified (MeritCandidate *self)
{
  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), FALSE);

  return self->modified;
}

/**
 * merit_candidate_get_pending_sections:
 * @self: a #MeritCandidate
 *
 * Lists the sections changed since the last history event, in the order
 * identity, self-identification, profile, role, reviews, committee, offer,
 * approvals.
 *
 * Returns: (transfer none) (array zero-terminated=1): the section names
 */
const char * const *
merit_candidate_get_pending_sections (MeritCandidate *self)
{
  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), NULL);
  ensure_full (self);

  if (self->pending_strv == NULL)
    {
      GStrvBuilder *builder = g_strv_builder_new ();

      for (guint i = 0; i < N_SECTIONS; i++)
        {
          if (self->pending & (1u << i))
            g_strv_builder_add (builder, section_names[i]);
        }

      self->pending_strv = g_strv_builder_end (builder);
      g_strv_builder_unref (builder);
    }

  return (const char * const *) self->pending_strv;
}

/**
 * merit_candidate_add_review:
 * @self: a #MeritCandidate
 * @review: the review to append
 *
 * Appends a review.
 */
void
merit_candidate_add_review (MeritCandidate *self,
                            MeritReview    *review)
{
  g_return_if_fail (MERIT_IS_CANDIDATE (self));
  ensure_full (self);
  g_return_if_fail (MERIT_IS_REVIEW (review));

  g_list_store_append (self->slots[SLOT_REVIEWS], review);
}

/**
 * merit_candidate_find_review:
 * @self: a #MeritCandidate
 * @reviewer: a member id
 *
 * Finds the latest review by @reviewer, e.g. an amendment rather than the
 * review it amends.
 *
 * Returns: (nullable) (transfer none): the review, or %NULL
 */
MeritReview *
merit_candidate_find_review (MeritCandidate *self,
                             const char     *reviewer)
{
  GListModel *reviews;

  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), NULL);
  ensure_full (self);
  g_return_val_if_fail (reviewer != NULL, NULL);

  reviews = self->slots[SLOT_REVIEWS];

  for (guint i = g_list_model_get_n_items (reviews); i > 0; i--)
    {
      g_autoptr(MeritReview) review = g_list_model_get_item (reviews, i - 1);

      if (g_strcmp0 (merit_review_get_reviewer (review), reviewer) == 0)
        return review;
    }

  return NULL;
}

/**
 * merit_candidate_add_approval:
 * @self: a #MeritCandidate
 * @approval: the approval to append
 *
 * Appends an approval.
 */
void
merit_candidate_add_approval (MeritCandidate *self,
                              MeritApproval  *approval)
{
  g_return_if_fail (MERIT_IS_CANDIDATE (self));
  ensure_full (self);
  g_return_if_fail (MERIT_IS_APPROVAL (approval));

  g_list_store_append (self->slots[SLOT_APPROVALS], approval);
}

/**
 * merit_candidate_add_history_event:
 * @self: a #MeritCandidate
 * @event: an event as read from a package file
 *
 * Appends @event unchanged, for loaders; merit_candidate_verify_history()
 * checks the chain afterwards. New events use merit_candidate_append_event().
 */
void
merit_candidate_add_history_event (MeritCandidate    *self,
                                   MeritHistoryEvent *event)
{
  g_return_if_fail (MERIT_IS_CANDIDATE (self));
  ensure_full (self);
  g_return_if_fail (MERIT_IS_HISTORY_EVENT (event));

  g_list_store_append (self->history, event);
  field_changed (self);
}

/**
 * merit_candidate_append_event:
 * @self: a #MeritCandidate
 * @actor: (nullable): the member id of who acted
 * @action: what happened, e.g. "edit" or "stage"
 * @from_stage: (nullable): the stage before
 * @to_stage: (nullable): the stage after
 * @detail: (nullable): free text
 * @time: (nullable): an ISO 8601 UTC time, or %NULL for now
 *
 * Appends an event chained to the last one (sequence number and previous
 * hash) and clears the pending sections, which the event now accounts for.
 *
 * Returns: (transfer none): the new event
 */
MeritHistoryEvent *
merit_candidate_append_event (MeritCandidate *self,
                              const char     *actor,
                              const char     *action,
                              const char     *from_stage,
                              const char     *to_stage,
                              const char     *detail,
                              const char     *time)
{
  g_autoptr(MeritHistoryEvent) draft = NULL;
  g_autoptr(MeritHistoryEvent) event = NULL;
  g_autofree char *now = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *prev = NULL;
  guint n_items;
  guint seq = 1;

  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), NULL);
  ensure_full (self);
  g_return_val_if_fail (action != NULL, NULL);
  g_return_val_if_fail (time == NULL || merit_iso_time_valid (time), NULL);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->history));
  if (n_items > 0)
    {
      g_autoptr(MeritHistoryEvent) last = g_list_model_get_item (G_LIST_MODEL (self->history),
                                                                 n_items - 1);

      seq = merit_history_event_get_seq (last) + 1;
      prev = g_strdup (merit_history_event_get_hash (last));
    }
  else
    {
      prev = g_strdup (MERIT_ZERO_HASH);
    }

  if (time == NULL)
    time = now = merit_now_iso8601 ();

  /* Events are immutable: hash a draft, then build the real one with it. */
  draft = merit_history_event_new (seq, time, actor, action, from_stage, to_stage, detail, prev,
                                   NULL);
  hash = merit_history_event_compute_hash (draft);
  event = merit_history_event_new (seq, time, actor, action, from_stage, to_stage, detail, prev,
                                   hash);
  merit_history_event_mark_new (event);

  g_list_store_append (self->history, event);
  clear_pending (self);
  field_changed (self);

  return event;
}

/**
 * merit_candidate_record_pending:
 * @self: a #MeritCandidate
 * @actor: (nullable): the member id of who made the changes
 *
 * Records the pending sections as an "edit" event with a detail such as
 * "changed: profile, offer".
 *
 * Returns: (nullable) (transfer none): the new event, or %NULL if nothing was pending
 */
MeritHistoryEvent *
merit_candidate_record_pending (MeritCandidate *self,
                                const char     *actor)
{
  g_autofree char *names = NULL;
  g_autofree char *detail = NULL;

  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), NULL);
  ensure_full (self);

  if (self->pending == 0)
    return NULL;

  names = g_strjoinv (", ", (char **) merit_candidate_get_pending_sections (self));
  detail = g_strconcat ("changed: ", names, NULL);

  return merit_candidate_append_event (self, actor, "edit", NULL, NULL, detail, NULL);
}

/**
 * merit_candidate_set_stage_with_event:
 * @self: a #MeritCandidate
 * @stage: the new stage
 * @actor: (nullable): the member id of who moved the candidate
 * @comment: (nullable): why, stored as the event detail
 * @time: (nullable): an ISO 8601 UTC time, or %NULL for now
 * @error: return location for a #GError
 *
 * Moves the candidate to @stage, sets #MeritCandidate:stage-since and
 * appends a "stage" event. Workflow rules are not checked here.
 *
 * Returns: %TRUE on success
 */
gboolean
merit_candidate_set_stage_with_event (MeritCandidate  *self,
                                      MeritStage       stage,
                                      const char      *actor,
                                      const char      *comment,
                                      const char      *time,
                                      GError         **error)
{
  g_autofree char *now = NULL;
  const char *from;

  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), FALSE);
  ensure_full (self);
  g_return_val_if_fail ((guint) stage <= MERIT_STAGE_WITHDRAWN, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (time != NULL && !merit_iso_time_valid (time))
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                   _("“%s” is not a valid UTC time"), time);
      return FALSE;
    }

  if (time == NULL)
    time = now = merit_now_iso8601 ();

  from = merit_stage_to_string (self->stage);

  g_object_freeze_notify (G_OBJECT (self));
  merit_candidate_set_stage (self, stage);
  merit_candidate_set_stage_since (self, time);
  merit_candidate_append_event (self, actor, "stage", from, merit_stage_to_string (stage),
                                comment, time);
  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}

static gboolean
chain_error (GError **error,
             guint   *out_bad_seq,
             guint    position,
             char    *message)
{
  if (out_bad_seq != NULL)
    *out_bad_seq = position;

  g_set_error_literal (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_CHAIN, message);
  g_free (message);

  return FALSE;
}

/**
 * merit_candidate_verify_history:
 * @self: a #MeritCandidate
 * @out_bad_seq: (out) (optional): the position (from 1) of the first bad event, 0 if none
 * @error: return location for a #GError
 *
 * Checks the hash chain: sequence numbers count 1, 2, 3, …; each event's
 * previous hash is the hash of the event before it (all zeros for the
 * first); and each event's hash matches its content.
 *
 * Returns: %TRUE if the history is intact, else %FALSE with a
 *   %MERIT_MODEL_ERROR_CHAIN error
 */
gboolean
merit_candidate_verify_history (MeritCandidate  *self,
                                guint           *out_bad_seq,
                                GError         **error)
{
  GListModel *history;
  const char *expected_prev = MERIT_ZERO_HASH;
  guint n_items;

  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), FALSE);
  ensure_full (self);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (out_bad_seq != NULL)
    *out_bad_seq = 0;

  history = G_LIST_MODEL (self->history);
  n_items = g_list_model_get_n_items (history);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(MeritHistoryEvent) event = g_list_model_get_item (history, i);
      guint position = i + 1;
      guint seq = merit_history_event_get_seq (event);

      if (seq != position)
        return chain_error (error, out_bad_seq, position,
                            g_strdup_printf (_("history event %u: sequence number %u out of order"),
                                             position, seq));

      if (g_strcmp0 (merit_history_event_get_prev (event), expected_prev) != 0)
        {
          if (position == 1)
            return chain_error (error, out_bad_seq, position,
                                g_strdup_printf (_("history event %u: previous hash is not the "
                                                   "start of a chain (events before it were "
                                                   "removed)"),
                                                 position));

          return chain_error (error, out_bad_seq, position,
                              g_strdup_printf (_("history event %u: previous hash does not match "
                                                 "event %u (an event was removed or reordered)"),
                                               position, position - 1));
        }

      if (!merit_history_event_verify (event))
        return chain_error (error, out_bad_seq, position,
                            g_strdup_printf (_("history event %u: hash does not match its "
                                               "content (edited)"),
                                             position));

      /* Borrowed: the history store keeps the event alive. */
      expected_prev = merit_history_event_get_hash (event);
    }

  return TRUE;
}

/**
 * merit_candidate_mark_saved:
 * @self: a #MeritCandidate
 *
 * Clears #MeritCandidate:modified after the package was written. Pending
 * sections stay until an event records them.
 */
void
merit_candidate_mark_saved (MeritCandidate *self)
{
  g_return_if_fail (MERIT_IS_CANDIDATE (self));
  ensure_full (self);

  set_modified (self, FALSE);
}

/**
 * merit_candidate_get_days_in_stage:
 * @self: a #MeritCandidate
 * @now: (nullable): the reference time, or %NULL for the current time
 *
 * Counts the whole days since #MeritCandidate:stage-since.
 *
 * Returns: the number of days, 0 if unknown or in the future
 */
gint64
merit_candidate_get_days_in_stage (MeritCandidate *self,
                                   GDateTime      *now)
{
  g_autoptr(GDateTime) since = NULL;
  g_autoptr(GDateTime) current = NULL;
  g_autoptr(GTimeZone) utc = NULL;
  gint64 days;

  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), 0);

  if (self->stage_since == NULL)
    return 0;

  utc = g_time_zone_new_utc ();

  if (merit_iso_time_valid (self->stage_since))
    {
      since = g_date_time_new_from_iso8601 (self->stage_since, utc);
    }
  else if (merit_iso_date_valid (self->stage_since))
    {
      g_autofree char *midnight = g_strconcat (self->stage_since, "T00:00:00Z", NULL);

      since = g_date_time_new_from_iso8601 (midnight, utc);
    }

  if (since == NULL)
    return 0;

  if (now == NULL)
    now = current = g_date_time_new_now_utc ();

  days = g_date_time_difference (now, since) / G_TIME_SPAN_DAY;

  return MAX (days, 0);
}

/* While loading, the store fills the candidate; that is not an edit. */
void
_merit_candidate_set_loading (MeritCandidate *self,
                              gboolean        loading)
{
  g_return_if_fail (MERIT_IS_CANDIDATE (self));

  self->loading = !!loading;
}

gboolean
_merit_candidate_get_loading (MeritCandidate *self)
{
  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), FALSE);

  return self->loading;
}

/* A candidate built without watching its sections (see _merit_candidate_set_watched()):
 * one that is only written, summarized or has its contents taken by another. */
MeritCandidate *
_merit_candidate_new_unwatched (const char *id)
{
  MeritCandidate *self;

  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (MERIT_TYPE_CANDIDATE, "watched", FALSE, NULL);
  self->id = g_strdup (id);
  return self;
}

/* Whether edits made to the sections' objects directly (a role's level, a review's scores)
 * make the candidate modified and its sections pending.  A candidate that is only written
 * or summarized, never edited, goes without: watching costs a signal handler on every object
 * of every section.  Watching again starts from the sections as they are. */
void
_merit_candidate_set_watched (MeritCandidate *self,
                              gboolean        watched)
{
  g_return_if_fail (MERIT_IS_CANDIDATE (self));

  if (self->unwatched == !watched)
    return;
  self->unwatched = !watched;
  for (guint i = 0; i < N_SLOTS; i++)
    {
      g_clear_pointer (&self->watches[i], watch_free);
      if (watched && self->slots[i] != NULL)
        self->watches[i] = watch_new (self, slot_sections[i], self->slots[i]);
    }
}

/**
 * merit_candidate_get_blind_score:
 * @self: a #MeritCandidate
 *
 * The mean of every score in the submitted reviews, on the rubric's 1–4 scale.  Drafts
 * never count: a reviewer's score only exists once it is final.
 *
 * Returns: the mean score, or -1 when no review is submitted
 */
double
merit_candidate_get_blind_score (MeritCandidate *self)
{
  GListModel *reviews;
  guint n_reviews;
  guint n_scores = 0;
  guint sum = 0;

  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), -1);

  if (self->summary)
    return self->summary_score;
  reviews = merit_candidate_get_reviews (self);
  n_reviews = g_list_model_get_n_items (reviews);
  for (guint i = 0; i < n_reviews; i++)
    {
      g_autoptr(MeritReview) review = g_list_model_get_item (reviews, i);
      GListModel *scores;

      if (merit_review_get_state (review) != MERIT_REVIEW_STATE_SUBMITTED)
        continue;
      scores = merit_review_get_scores (review);
      for (guint k = 0; k < g_list_model_get_n_items (scores); k++)
        {
          g_autoptr(MeritScore) score = g_list_model_get_item (scores, k);
          guint value = merit_score_get_value (score);

          if (value >= 1 && value <= 4)
            {
              sum += value;
              n_scores++;
            }
        }
    }
  return n_scores > 0 ? (double) sum / n_scores : -1;
}

void
merit_review_tally_clear (MeritReviewTally *tally)
{
  g_clear_pointer (&tally->reviewer, g_free);
}

static GArray *
new_tallies (void)
{
  GArray *tallies = g_array_new (FALSE, TRUE, sizeof (MeritReviewTally));

  g_array_set_clear_func (tallies, (GDestroyNotify) merit_review_tally_clear);
  return tallies;
}

/**
 * merit_candidate_dup_review_tallies:
 * @self: a #MeritCandidate
 *
 * The submitted reviews, each reduced to its reviewer and how many of its scores are 1, 2, 3
 * and 4: all the blind score and the calibration need.  A summary candidate answers from its
 * summary, without reading the package.
 *
 * Returns: (transfer full) (element-type MeritReviewTally): one tally per submitted review
 */
GArray *
merit_candidate_dup_review_tallies (MeritCandidate *self)
{
  GListModel *reviews;
  GArray *tallies;

  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), NULL);

  if (self->summary)
    return self->summary_tallies != NULL ? g_array_ref (self->summary_tallies) : new_tallies ();
  tallies = new_tallies ();
  reviews = merit_candidate_get_reviews (self);
  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(MeritReview) review = g_list_model_get_item (reviews, i);
      GListModel *scores;
      MeritReviewTally tally = { NULL, { 0, 0, 0, 0 } };

      if (merit_review_get_state (review) != MERIT_REVIEW_STATE_SUBMITTED)
        continue;
      scores = merit_review_get_scores (review);
      for (guint k = 0; k < g_list_model_get_n_items (scores); k++)
        {
          g_autoptr(MeritScore) score = g_list_model_get_item (scores, k);
          guint value = merit_score_get_value (score);

          if (value >= 1 && value <= 4)
            tally.counts[value - 1]++;
        }
      tally.reviewer = g_strdup (merit_review_get_reviewer (review));
      g_array_append_val (tallies, tally);
    }
  return tallies;
}

/**
 * merit_candidate_has_submitted_review:
 * @self: a #MeritCandidate
 * @reviewer: a member id
 *
 * Whether the latest review by @reviewer is submitted.  A summary candidate answers from its
 * summary, without reading the package.
 *
 * Returns: %TRUE when @reviewer has submitted a review
 */
gboolean
merit_candidate_has_submitted_review (MeritCandidate *self,
                                      const char     *reviewer)
{
  MeritReview *review;

  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), FALSE);
  g_return_val_if_fail (reviewer != NULL, FALSE);

  if (self->summary)
    return self->summary_reviewers != NULL
           && g_strv_contains ((const char * const *) self->summary_reviewers, reviewer);
  review = merit_candidate_find_review (self, reviewer);
  return review != NULL && merit_review_get_state (review) == MERIT_REVIEW_STATE_SUBMITTED;
}

/* Makes @self a summary: the id, pseudonym, stage, dates, role and broken reason are set by
 * the caller; the blind score, the submitted reviewers and the tallies of the submitted
 * reviews (merit_candidate_dup_review_tallies(), %NULL for none) are kept as given; everything else
 * is read by @loader on first use.  The store uses this to list many packages quickly. */
void
_merit_candidate_set_summary (MeritCandidate         *self,
                              double                  blind_score,
                              const char * const     *submitted_reviewers,
                              GArray                 *tallies,
                              MeritCandidateLoadFunc  loader,
                              gpointer                loader_data,
                              GDestroyNotify          loader_destroy)
{
  g_return_if_fail (MERIT_IS_CANDIDATE (self));
  g_return_if_fail (loader != NULL);
  g_return_if_fail (self->loader == NULL);

  self->summary = TRUE;
  self->summary_score = blind_score;
  g_clear_pointer (&self->summary_reviewers, g_strfreev);
  if (submitted_reviewers != NULL && submitted_reviewers[0] != NULL)
    self->summary_reviewers = g_strdupv ((char **) submitted_reviewers);
  g_clear_pointer (&self->summary_tallies, g_array_unref);
  if (tallies != NULL)
    self->summary_tallies = g_array_ref (tallies);
  self->loader = loader;
  self->loader_data = loader_data;
  self->loader_destroy = loader_destroy;
}

/* Sets what a list row shows on a candidate constructed as a summary, before
 * _merit_candidate_set_summary(): the public setters would give it every empty section
 * first, which 100,000 summaries cannot afford. */
void
_merit_candidate_set_summary_fields (MeritCandidate *self,
                                     const char     *pseudonym,
                                     MeritStage      stage,
                                     const char     *stage_since,
                                     const char     *created)
{
  g_return_if_fail (MERIT_IS_CANDIDATE (self));
  g_return_if_fail (self->summary && self->loader == NULL);
  g_return_if_fail ((guint) stage <= MERIT_STAGE_WITHDRAWN);

  _merit_set_str (&self->pseudonym, pseudonym);
  self->stage = stage;
  _merit_set_str (&self->stage_since, stage_since);
  _merit_set_str (&self->created, created);
}

/* Reads the whole package now if @self is a summary. */
void
_merit_candidate_ensure_loaded (MeritCandidate *self)
{
  g_return_if_fail (MERIT_IS_CANDIDATE (self));

  ensure_full (self);
}

gboolean
_merit_candidate_is_summary (MeritCandidate *self)
{
  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), FALSE);

  return self->summary;
}

/* Whether the section objects (profile, reviews, history…) exist: a summary has none but
 * its role until it is read. */
gboolean
_merit_candidate_has_sections (MeritCandidate *self)
{
  g_return_val_if_fail (MERIT_IS_CANDIDATE (self), FALSE);

  return self->history != NULL;
}

static void
take_string (MeritCandidate *self,
             char          **field,
             char          **from,
             guint           prop)
{
  if (g_strcmp0 (*field, *from) == 0)
    return;
  g_free (*field);
  *field = g_steal_pointer (from);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

/* Moves every field and section of @full, a candidate just read from the same package,
 * into @self, a summary being completed.  Not an edit: nothing becomes pending. */
void
_merit_candidate_take_contents (MeritCandidate *self,
                                MeritCandidate *full)
{
  g_return_if_fail (MERIT_IS_CANDIDATE (self));
  g_return_if_fail (MERIT_IS_CANDIDATE (full));
  g_return_if_fail (self != full);

  g_object_freeze_notify (G_OBJECT (self));
  self->loading = TRUE;
  self->schema_version = full->schema_version;
  take_string (self, &self->pseudonym, &full->pseudonym, PROP_PSEUDONYM);
  take_string (self, &self->stage_since, &full->stage_since, PROP_STAGE_SINCE);
  take_string (self, &self->created, &full->created, PROP_CREATED);
  take_string (self, &self->broken_reason, &full->broken_reason, PROP_BROKEN_REASON);
  if (self->stage != full->stage)
    {
      self->stage = full->stage;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAGE]);
    }
  for (guint i = 0; i < N_SLOTS; i++)
    {
      if (self->slots[i] == NULL && full->slots[i] == NULL)
        continue;
      /* A summary has its role from the start, and callers hold on to it while they read
       * other sections: the same object takes the role as read in full. */
      if (i == SLOT_ROLE && self->slots[i] != NULL && full->slots[i] != NULL)
        {
          MeritRole *role = self->slots[i];
          MeritRole *read = full->slots[i];

          merit_role_set_title (role, merit_role_get_title (read));
          merit_role_set_team (role, merit_role_get_team (read));
          merit_role_set_level (role, merit_role_get_level (read));
          continue;
        }
      attach_slot (self, i, full->slots[i]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[slot_props[i]]);
    }
  g_set_object (&self->history, full->history);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);
  self->summary = FALSE;
  g_clear_pointer (&self->summary_reviewers, g_strfreev);
  g_clear_pointer (&self->summary_tallies, g_array_unref);
  self->loading = FALSE;
  self->pending = 0;
  g_clear_pointer (&self->pending_strv, g_strfreev);
  set_modified (self, FALSE);
  g_object_thaw_notify (G_OBJECT (self));
}
