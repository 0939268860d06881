/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-types.c: text forms of the model enumerations, time helpers and shared utilities */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "merit-error.h"
#include "merit-model-private.h"
#include "merit-types.h"

/* These tables must match the nicks glib-mkenums derives from the value
 * names; test-model checks that they do.
 */
static const char * const stage_names[] = {
  "sourced", "screening", "blind-review", "committee", "offer-draft", "ceo-review", "approved",
  "returned", "rejected", "offer-extended", "accepted", "declined", "withdrawn",
};

static const char * const stage_labels[] = {
  N_("Sourced"),
  N_("Screening"),
  N_("Blind review"),
  N_("Committee"),
  N_("Offer draft"),
  N_("CEO review"),
  N_("Approved"),
  N_("Returned"),
  N_("Rejected"),
  N_("Offer extended"),
  N_("Accepted"),
  N_("Declined"),
  N_("Withdrawn"),
};

static const char * const review_state_names[] = { "draft", "submitted" };

static const char * const vote_value_names[] = {
  "strong-hire", "hire", "no-hire", "strong-no-hire",
};

static const char * const decision_value_names[] = { "none", "hire", "no-hire" };

static const char * const approval_decision_names[] = { "approved", "returned", "rejected" };

static const char * const role_names[] = { "reviewer", "committee", "chair", "ceo" };

static const char * const profile_entry_kind_names[] = {
  "work", "volunteer", "education", "award", "certificate", "publication", "skill", "language",
  "project", "interest", "reference", "work-sample",
};

G_STATIC_ASSERT (G_N_ELEMENTS (stage_names) == MERIT_STAGE_WITHDRAWN + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (stage_labels) == G_N_ELEMENTS (stage_names));
G_STATIC_ASSERT (G_N_ELEMENTS (review_state_names) == MERIT_REVIEW_STATE_SUBMITTED + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (vote_value_names) == MERIT_VOTE_VALUE_STRONG_NO_HIRE + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (decision_value_names) == MERIT_DECISION_VALUE_NO_HIRE + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (approval_decision_names) == MERIT_APPROVAL_DECISION_REJECTED + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (profile_entry_kind_names) ==
                 MERIT_PROFILE_ENTRY_KIND_WORK_SAMPLE + 1);
G_STATIC_ASSERT (1u << (G_N_ELEMENTS (role_names) - 1) == MERIT_ROLE_CEO);

static const char *
name_of (const char * const *names,
         guint               n_names,
         guint               value)
{
  g_return_val_if_fail (value < n_names, NULL);

  return names[value];
}

static gboolean
value_of (const char * const *names,
          guint               n_names,
          const char         *text,
          guint              *out)
{
  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < n_names; i++)
    {
      if (strcmp (names[i], text) == 0)
        {
          *out = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* Defines the public pair for one enumeration:
 *
 *   const char *merit_<type>_to_string (value): the nick used in package
 *     files, e.g. "blind-review"; %NULL (with a critical) for an invalid value.
 *   gboolean merit_<type>_from_string (text, out): parses a nick exactly
 *     (case-sensitive); on failure returns %FALSE and leaves *out unchanged.
 */
#define DEFINE_ENUM_STRINGS(Type, prefix, names)                                  \
  const char *                                                                    \
  prefix##_to_string (Type value)                                                 \
  {                                                                               \
    return name_of (names, G_N_ELEMENTS (names), (guint) value);                  \
  }                                                                               \
                                                                                  \
  gboolean                                                                        \
  prefix##_from_string (const char *text,                                         \
                        Type       *out)                                          \
  {                                                                               \
    guint value;                                                                  \
                                                                                  \
    if (!value_of (names, G_N_ELEMENTS (names), text, &value))                    \
      return FALSE;                                                               \
    if (out != NULL)                                                              \
      *out = (Type) value;                                                        \
    return TRUE;                                                                  \
  }

DEFINE_ENUM_STRINGS (MeritStage, merit_stage, stage_names)
DEFINE_ENUM_STRINGS (MeritReviewState, merit_review_state, review_state_names)
DEFINE_ENUM_STRINGS (MeritVoteValue, merit_vote_value, vote_value_names)
DEFINE_ENUM_STRINGS (MeritDecisionValue, merit_decision_value, decision_value_names)
DEFINE_ENUM_STRINGS (MeritApprovalDecision, merit_approval_decision, approval_decision_names)
DEFINE_ENUM_STRINGS (MeritProfileEntryKind, merit_profile_entry_kind, profile_entry_kind_names)

/**
 * merit_stage_get_label:
 * @stage: a #MeritStage
 *
 * Gets the translated, human readable name of @stage, e.g. "Blind review".
 *
 * Returns: (transfer none): the label
 */
const char *
merit_stage_get_label (MeritStage stage)
{
  g_return_val_if_fail ((guint) stage < G_N_ELEMENTS (stage_labels), NULL);

  return _(stage_labels[stage]);
}

/**
 * merit_role_flags_from_string:
 * @comma_list: (nullable): roles such as "reviewer,chair"
 * @error: return location for a #GError
 *
 * Parses a comma separated list of role nicks; blanks around names are
 * ignored, and %NULL or an empty string mean no role.
 *
 * Returns: the roles, or 0 with @error set for an unknown or empty name
 */
MeritRoleFlags
merit_role_flags_from_string (const char  *comma_list,
                              GError     **error)
{
  g_auto(GStrv) parts = NULL;
  MeritRoleFlags flags = 0;

  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (comma_list == NULL)
    return 0;

  parts = g_strsplit (comma_list, ",", -1);

  /* A list of only blanks is the empty list. */
  if (parts[0] != NULL && parts[1] == NULL && *g_strstrip (parts[0]) == '\0')
    return 0;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *part = g_strstrip (parts[i]);
      guint bit;

      if (!value_of (role_names, G_N_ELEMENTS (role_names), part, &bit))
        {
          g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                       _("Unknown role “%s” in “%s”"), part, comma_list);
          return 0;
        }

      flags |= 1u << bit;
    }

  return flags;
}

/**
 * merit_role_flags_to_string:
 * @flags: a set of #MeritRoleFlags
 *
 * Formats @flags as a comma separated list in flag order, e.g.
 * "reviewer,chair"; no role gives "".
 *
 * Returns: (transfer full): the list
 */
char *
merit_role_flags_to_string (MeritRoleFlags flags)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (role_names); i++)
    {
      if ((flags & (1u << i)) == 0)
        continue;
      if (str->len > 0)
        g_string_append_c (str, ',');
      g_string_append (str, role_names[i]);
    }

  return g_string_free (str, FALSE);
}

/**
 * merit_now_iso8601:
 *
 * Gets the current time as "YYYY-MM-DDTHH:MM:SSZ" in UTC. When the
 * environment variable MERIT_FAKE_NOW holds a valid time of that form, it is
 * returned instead, so tests and demos are deterministic.
 *
 * Returns: (transfer full): the time
 */
char *
merit_now_iso8601 (void)
{
  g_autoptr(GDateTime) now = NULL;
  const char *fake = g_getenv ("MERIT_FAKE_NOW");

  if (fake != NULL && merit_iso_time_valid (fake))
    return g_strdup (fake);

  now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

static gboolean
parse_digits (const char *text,
              guint       n_digits,
              guint      *out)
{
  guint value = 0;

  /* Stops at the terminating NUL, which is not a digit. */
  for (guint i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      value = value * 10 + (guint) (text[i] - '0');
    }

  *out = value;

  return TRUE;
}

/* Checks that @text starts with a valid "YYYY-MM-DD". */
static gboolean
date_prefix_valid (const char *text)
{
  guint year, month, day;

  if (!parse_digits (text, 4, &year) || text[4] != '-' ||
      !parse_digits (text + 5, 2, &month) || text[7] != '-' ||
      !parse_digits (text + 8, 2, &day))
    return FALSE;

  if (year < 1 || month < 1 || month > 12 || day < 1)
    return FALSE;

  return g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/**
 * merit_iso_date_valid:
 * @text: (nullable): a date
 *
 * Checks that @text is exactly "YYYY-MM-DD" and names a real day of a year
 * from 1 on.
 *
 * Returns: %TRUE if @text is a valid date
 */
gboolean
merit_iso_date_valid (const char *text)
{
  return text != NULL && strlen (text) == 10 && date_prefix_valid (text);
}

/**
 * merit_iso_time_valid:
 * @text: (nullable): a time
 *
 * Checks that @text is exactly "YYYY-MM-DDTHH:MM:SSZ" with a valid date and
 * time of day.
 *
 * Returns: %TRUE if @text is a valid UTC time
 */
gboolean
merit_iso_time_valid (const char *text)
{
  guint hour, minute, second;

  if (text == NULL || strlen (text) != 20 || !date_prefix_valid (text))
    return FALSE;

  if (text[10] != 'T' || !parse_digits (text + 11, 2, &hour) || text[13] != ':' ||
      !parse_digits (text + 14, 2, &minute) || text[16] != ':' ||
      !parse_digits (text + 17, 2, &second) || text[19] != 'Z')
    return FALSE;

  return hour < 24 && minute < 60 && second < 60;
}

gboolean
_merit_strv_equal0 (const char * const *a,
                    const char * const *b)
{
  if (a == b)
    return TRUE;

  if (a == NULL || b == NULL)
    return FALSE;

  return g_strv_equal (a, b);
}

/* Replaces *@field by a copy of @value; returns whether it changed. */
gboolean
_merit_set_str (char       **field,
                const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);

  return TRUE;
}
