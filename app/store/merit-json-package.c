/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-json-package.c: the sections of a package as JSON, shared by show and export.
 *
 * The keys are the XML names of the fields, so a JSON export reads like the package file and
 * imports back without loss.  Blind output is made by passing the sections of a blind view
 * (merit_blind_dup_candidate()), never by leaving fields out here.
 */

#include "config.h"

#include "merit-json-package.h"
#include "merit-model.h"

/**
 * merit_json_add_string:
 *
 * Adds @member with @value, or with null when @value is %NULL.
 */
void
merit_json_add_string (JsonBuilder *builder,
                       const char  *member,
                       const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/**
 * merit_json_add_strv:
 *
 * Adds @member as an array of the strings of @values (empty when %NULL).
 */
void
merit_json_add_strv (JsonBuilder        *builder,
                     const char         *member,
                     const char * const *values)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
}

/**
 * merit_json_add_identity:
 *
 * Adds "identity": the candidate's identity (with "sealed": true when it was opened from its
 * sealed form), {"sealed": true} when it is sealed and not open, or null.
 */
void
merit_json_add_identity (JsonBuilder    *builder,
                         MeritCandidate *candidate)
{
  MeritIdentity *identity = merit_candidate_get_identity (candidate);

  json_builder_set_member_name (builder, "identity");
  if (merit_candidate_get_sealed_identity (candidate) != NULL && identity == NULL)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "sealed");
      json_builder_add_boolean_value (builder, TRUE);
      json_builder_end_object (builder);
      return;
    }
  if (identity == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }
  json_builder_begin_object (builder);
  merit_json_add_string (builder, "name", merit_identity_get_name (identity));
  merit_json_add_string (builder, "email", merit_identity_get_email (identity));
  merit_json_add_string (builder, "phone", merit_identity_get_phone (identity));
  merit_json_add_string (builder, "location", merit_identity_get_location (identity));
  merit_json_add_string (builder, "url", merit_identity_get_url (identity));
  merit_json_add_strv (builder, "links", merit_identity_get_links (identity));
  merit_json_add_string (builder, "photo", merit_identity_get_photo (identity));
  /* Opened with a key on this computer; the file holds it sealed. */
  if (merit_candidate_get_sealed_identity (candidate) != NULL)
    {
      json_builder_set_member_name (builder, "sealed");
      json_builder_add_boolean_value (builder, TRUE);
    }
  json_builder_end_object (builder);
}

/**
 * merit_json_add_profile:
 *
 * Adds "profile" with the summary, every entry and the résumé text.
 */
void
merit_json_add_profile (JsonBuilder  *builder,
                        MeritProfile *profile)
{
  GListModel *entries = merit_profile_get_entries (profile);

  json_builder_set_member_name (builder, "profile");
  json_builder_begin_object (builder);
  merit_json_add_string (builder, "summary", merit_profile_get_summary (profile));
  json_builder_set_member_name (builder, "entries");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(MeritProfileEntry) entry = g_list_model_get_item (entries, i);

      json_builder_begin_object (builder);
      merit_json_add_string (builder, "kind",
                             merit_profile_entry_kind_to_string (merit_profile_entry_get_kind (entry)));
      merit_json_add_string (builder, "title", merit_profile_entry_get_title (entry));
      merit_json_add_string (builder, "organization", merit_profile_entry_get_organization (entry));
      merit_json_add_string (builder, "location", merit_profile_entry_get_location (entry));
      merit_json_add_string (builder, "start", merit_profile_entry_get_start_date (entry));
      merit_json_add_string (builder, "end", merit_profile_entry_get_end_date (entry));
      merit_json_add_string (builder, "url", merit_profile_entry_get_url (entry));
      merit_json_add_strv (builder, "keywords", merit_profile_entry_get_keywords (entry));
      merit_json_add_string (builder, "description", merit_profile_entry_get_description (entry));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  merit_json_add_string (builder, "resume-text", merit_profile_get_resume_text (profile));
  json_builder_end_object (builder);
}

/**
 * merit_json_add_role:
 *
 * Adds "role" with title, team and level.
 */
void
merit_json_add_role (JsonBuilder *builder,
                     MeritRole   *role)
{
  json_builder_set_member_name (builder, "role");
  json_builder_begin_object (builder);
  merit_json_add_string (builder, "title", merit_role_get_title (role));
  merit_json_add_string (builder, "team", merit_role_get_team (role));
  merit_json_add_string (builder, "level", merit_role_get_level (role));
  json_builder_end_object (builder);
}
