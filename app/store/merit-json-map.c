/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-json-map.c: JSON Resume, Greenhouse and Merit export documents into the model.
 *
 * Each format is a table of which member lands in which field, plus the few members that
 * need more than a table: names, contact details, locations and links.  What is not kept is
 * named in the report (merit-json-fields.c).
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "merit-json-import-private.h"
#include "merit-model.h"

/* v1.0.0 keys first; the pre-1.0 key for the same field follows it and loses a conflict. */
static const FieldMap work_fields[] = {
  { "name", F_ORGANIZATION }, { "company", F_ORGANIZATION }, { "position", F_TITLE },
  { "location", F_LOCATION }, { "url", F_URL }, { "website", F_URL }, { "startDate", F_START },
  { "endDate", F_END }, { "description", F_DESCRIPTION }, { "summary", F_DESCRIPTION },
  { "highlights", F_BULLETS }, { "highlight", F_BULLETS }, { "details", F_BULLETS }, { NULL }
};
static const FieldMap volunteer_fields[] = {
  { "organization", F_ORGANIZATION }, { "position", F_TITLE }, { "url", F_URL },
  { "website", F_URL }, { "startDate", F_START }, { "endDate", F_END },
  { "summary", F_DESCRIPTION }, { "highlights", F_BULLETS }, { NULL }
};
static const FieldMap education_fields[] = {
  { "institution", F_ORGANIZATION }, { "studyType", F_TITLE_PART }, { "area", F_TITLE_PART },
  { "location", F_LOCATION }, { "url", F_URL }, { "website", F_URL }, { "startDate", F_START },
  { "endDate", F_END }, { "score", F_DESCRIPTION_LABELLED, "Score" },
  { "gpa", F_DESCRIPTION_LABELLED, "Score" }, { "courses", F_KEYWORDS }, { NULL }
};
static const FieldMap award_fields[] = {
  { "title", F_TITLE }, { "awarder", F_ORGANIZATION }, { "date", F_START }, { "url", F_URL },
  { "summary", F_DESCRIPTION }, { NULL }
};
static const FieldMap certificate_fields[] = {
  { "name", F_TITLE }, { "issuer", F_ORGANIZATION }, { "date", F_START }, { "url", F_URL },
  { NULL }
};
static const FieldMap publication_fields[] = {
  { "name", F_TITLE }, { "publisher", F_ORGANIZATION }, { "releaseDate", F_START },
  { "url", F_URL }, { "website", F_URL }, { "summary", F_DESCRIPTION }, { NULL }
};
static const FieldMap skill_fields[] = {
  { "name", F_TITLE }, { "level", F_DESCRIPTION }, { "keywords", F_KEYWORDS },
  { "keyword", F_KEYWORDS }, { NULL }
};
static const FieldMap language_fields[] = {
  { "language", F_TITLE }, { "name", F_TITLE }, { "fluency", F_DESCRIPTION },
  { "level", F_DESCRIPTION }, { NULL }
};
static const FieldMap interest_fields[] = {
  { "name", F_TITLE }, { "keywords", F_KEYWORDS }, { NULL }
};
static const FieldMap reference_fields[] = {
  { "name", F_TITLE }, { "reference", F_DESCRIPTION }, { NULL }
};
static const FieldMap project_fields[] = {
  { "name", F_TITLE }, { "entity", F_ORGANIZATION }, { "type", F_DESCRIPTION_LABELLED, "Type" },
  { "description", F_DESCRIPTION }, { "highlights", F_BULLETS },
  { "roles", F_LIST_LABELLED, "Roles" }, { "keywords", F_KEYWORDS }, { "startDate", F_START },
  { "endDate", F_END }, { "url", F_URL }, { "website", F_URL }, { NULL }
};

static const SectionMap resume_sections[] = {
  { "work", MERIT_PROFILE_ENTRY_KIND_WORK, work_fields },
  { "volunteer", MERIT_PROFILE_ENTRY_KIND_VOLUNTEER, volunteer_fields },
  { "education", MERIT_PROFILE_ENTRY_KIND_EDUCATION, education_fields },
  { "awards", MERIT_PROFILE_ENTRY_KIND_AWARD, award_fields },
  { "certificates", MERIT_PROFILE_ENTRY_KIND_CERTIFICATE, certificate_fields },
  { "publications", MERIT_PROFILE_ENTRY_KIND_PUBLICATION, publication_fields },
  { "skills", MERIT_PROFILE_ENTRY_KIND_SKILL, skill_fields },
  { "languages", MERIT_PROFILE_ENTRY_KIND_LANGUAGE, language_fields },
  { "projects", MERIT_PROFILE_ENTRY_KIND_PROJECT, project_fields },
  { "interests", MERIT_PROFILE_ENTRY_KIND_INTEREST, interest_fields },
  { "references", MERIT_PROFILE_ENTRY_KIND_REFERENCE, reference_fields },
};

static const FieldMap greenhouse_education_fields[] = {
  { "school_name", F_ORGANIZATION }, { "degree", F_TITLE_PART }, { "discipline", F_TITLE_PART },
  { "start_date", F_START }, { "end_date", F_END }, { NULL }
};
static const FieldMap greenhouse_employment_fields[] = {
  { "company_name", F_ORGANIZATION }, { "title", F_TITLE }, { "start_date", F_START },
  { "end_date", F_END }, { NULL }
};

/* JSON Resume */

static char *
map_resume_location (MeritJsonContext *ctx,
                     Visit            *basics)
{
  JsonNode *node = _merit_json_visit_member (basics, "location");
  g_autofree char *path = _merit_json_child_path (basics->path, "location");
  g_autofree char *address = NULL;
  g_autofree char *postal_code = NULL;
  g_autofree char *city = NULL;
  g_autofree char *region = NULL;
  g_autofree char *country = NULL;
  g_autofree char *town = NULL;
  GPtrArray *parts;
  char *result;
  Visit *visit;

  if (node == NULL || _merit_json_failed (ctx))
    return NULL;
  visit = _merit_json_visit_begin (ctx, node, path);
  if (visit == NULL)
    return NULL;
  address = _merit_json_visit_string (ctx, visit, "address", SHORT_TEXT_MAX_CHARS);
  postal_code = _merit_json_visit_string (ctx, visit, "postalCode", SHORT_TEXT_MAX_CHARS);
  city = _merit_json_visit_string (ctx, visit, "city", SHORT_TEXT_MAX_CHARS);
  region = _merit_json_visit_string (ctx, visit, "region", SHORT_TEXT_MAX_CHARS);
  country = _merit_json_visit_string (ctx, visit, "countryCode", SHORT_TEXT_MAX_CHARS);
  _merit_json_visit_end (ctx, visit);

  if (address != NULL)
    g_strdelimit (address, "\n\t", ' ');
  town = postal_code != NULL && city != NULL ? g_strconcat (postal_code, " ", city, NULL)
         : g_strdup (postal_code != NULL ? postal_code : city);
  parts = g_ptr_array_new ();
  if (address != NULL)
    g_ptr_array_add (parts, address);
  if (town != NULL)
    g_ptr_array_add (parts, town);
  if (region != NULL)
    g_ptr_array_add (parts, region);
  if (country != NULL)
    g_ptr_array_add (parts, country);
  g_ptr_array_add (parts, NULL);
  result = parts->len > 1 ? g_strjoinv (", ", (char **) parts->pdata) : NULL;
  g_ptr_array_unref (parts);
  return _merit_json_limit (result, SHORT_TEXT_MAX_CHARS);
}

static void
map_resume_profiles (MeritJsonContext *ctx,
                     Visit            *basics,
                     GPtrArray        *links)
{
  JsonArray *array = _merit_json_visit_array (ctx, basics, "profiles");
  g_autofree char *path = _merit_json_child_path (basics->path, "profiles");

  for (guint i = 0; array != NULL && i < json_array_get_length (array) && !_merit_json_failed (ctx); i++)
    {
      g_autofree char *element_path = _merit_json_index_path (path, i);
      Visit *visit = _merit_json_visit_begin (ctx, json_array_get_element (array, i), element_path);
      g_autofree char *network = NULL;
      g_autofree char *username = NULL;
      char *url;

      if (visit == NULL)
        return;
      network = _merit_json_visit_string (ctx, visit, "network", SHORT_TEXT_MAX_CHARS);
      username = _merit_json_visit_string (ctx, visit, "username", SHORT_TEXT_MAX_CHARS);
      url = _merit_json_visit_string (ctx, visit, "url", SHORT_TEXT_MAX_CHARS);
      _merit_json_visit_end (ctx, visit);
      /* A profile URL names the network and the user, so the link is the URL alone. */
      if (url != NULL)
        _merit_json_add_link (links, url);
      else if (username != NULL)
        _merit_json_add_link (links, _merit_json_limit (network != NULL ? g_strdup_printf ("%s: %s", network, username)
                                                : g_strdup (username),
                                SHORT_TEXT_MAX_CHARS));
    }
}

static void
keep_first (MeritJsonContext *ctx,
            Visit            *visit,
            char            **value,
            const char       *kept_key,
            const char       *legacy_key,
            guint             max_chars)
{
  g_autofree char *legacy = _merit_json_visit_string (ctx, visit, legacy_key, max_chars);
  g_autofree char *legacy_path = NULL;
  g_autofree char *kept_path = NULL;

  if (legacy == NULL)
    return;
  if (*value == NULL)
    {
      *value = g_steal_pointer (&legacy);
      return;
    }
  if (g_strcmp0 (*value, legacy) == 0)
    return;
  legacy_path = _merit_json_child_path (visit->path, legacy_key);
  kept_path = _merit_json_child_path (visit->path, kept_key);
  _merit_json_warn_at (ctx, legacy_path, _("differs from %s, which was kept"), kept_path);
  _merit_json_drop (ctx, legacy_path);
}

static MeritImportPerson *
map_resume (MeritJsonContext *ctx,
            JsonNode         *root)
{
  g_autoptr(MeritImportPerson) person = g_new0 (MeritImportPerson, 1);
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *url = NULL;
  g_autofree char *photo = NULL;
  g_autofree char *label = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *location = NULL;
  Visit *top = _merit_json_visit_begin (ctx, root, "");
  Visit *basics = NULL;
  JsonNode *basics_node;

  if (top == NULL)
    return NULL;
  person->identity = merit_identity_new ();
  person->profile = merit_profile_new ();

  basics_node = _merit_json_visit_member (top, "basics");
  if (basics_node != NULL)
    basics = _merit_json_visit_begin (ctx, basics_node, "basics");
  if (basics != NULL)
    {
      name = _merit_json_visit_string (ctx, basics, "name", MERIT_IMPORT_NAME_MAX_CHARS);
      label = _merit_json_visit_string (ctx, basics, "label", SHORT_TEXT_MAX_CHARS);
      email = _merit_json_visit_string (ctx, basics, "email", SHORT_TEXT_MAX_CHARS);
      phone = _merit_json_visit_string (ctx, basics, "phone", SHORT_TEXT_MAX_CHARS);
      url = _merit_json_visit_string (ctx, basics, "url", SHORT_TEXT_MAX_CHARS);
      keep_first (ctx, basics, &url, "url", "website", SHORT_TEXT_MAX_CHARS);
      photo = _merit_json_visit_string (ctx, basics, "image", SHORT_TEXT_MAX_CHARS);
      keep_first (ctx, basics, &photo, "image", "picture", SHORT_TEXT_MAX_CHARS);
      summary = _merit_json_visit_string (ctx, basics, "summary", LONG_TEXT_MAX_CHARS);
      location = map_resume_location (ctx, basics);
      map_resume_profiles (ctx, basics, links);
      _merit_json_visit_end (ctx, basics);
    }
  for (guint i = 0; i < G_N_ELEMENTS (resume_sections) && !_merit_json_failed (ctx); i++)
    _merit_json_map_section (ctx, top, resume_sections[i].section, resume_sections[i].kind,
                 resume_sections[i].fields, person->profile);
  _merit_json_visit_end (ctx, top);
  if (_merit_json_failed (ctx))
    return NULL;
  if (name == NULL)
    {
      _merit_json_fail_at (ctx, basics != NULL ? "basics" : "",
                           _("a JSON Resume needs basics.name; a package without a name cannot "
                             "be created"));
      return NULL;
    }

  merit_identity_set_name (person->identity, name);
  merit_identity_set_email (person->identity, email);
  merit_identity_set_phone (person->identity, phone);
  merit_identity_set_url (person->identity, url);
  merit_identity_set_photo (person->identity, photo);
  merit_identity_set_location (person->identity, location);
  _merit_json_set_links (person->identity, links);
  /* The headline ("Programmer") has no field of its own; it opens the summary. */
  if (label != NULL && summary != NULL)
    {
      g_autofree char *both = g_strconcat (label, "\n\n", summary, NULL);

      merit_profile_set_summary (person->profile, _merit_json_limit (both, LONG_TEXT_MAX_CHARS));
    }
  else
    merit_profile_set_summary (person->profile, label != NULL ? label : summary);
  return g_steal_pointer (&person);
}

/* Greenhouse Harvest */

/* The "value" of each object in an array such as email_addresses. */
static GPtrArray *
map_greenhouse_values (MeritJsonContext *ctx,
                       Visit            *candidate,
                       const char       *key,
                       guint             max_chars)
{
  JsonArray *array = _merit_json_visit_array (ctx, candidate, key);
  g_autofree char *path = _merit_json_child_path (candidate->path, key);
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; array != NULL && i < json_array_get_length (array) && !_merit_json_failed (ctx); i++)
    {
      g_autofree char *element_path = _merit_json_index_path (path, i);
      Visit *visit = _merit_json_visit_begin (ctx, json_array_get_element (array, i), element_path);
      char *value;

      if (visit == NULL)
        break;
      value = _merit_json_visit_string (ctx, visit, "value", max_chars);
      /* The type (personal, work, mobile…) says nothing a reviewer needs. */
      g_free (_merit_json_visit_string (ctx, visit, "type", SHORT_TEXT_MAX_CHARS));
      _merit_json_visit_end (ctx, visit);
      if (value != NULL)
        g_ptr_array_add (values, value);
    }
  return values;
}

static void
map_greenhouse_attachments (MeritJsonContext *ctx,
                            Visit            *candidate,
                            GPtrArray        *links)
{
  JsonArray *array = _merit_json_visit_array (ctx, candidate, "attachments");
  g_autofree char *path = _merit_json_child_path (candidate->path, "attachments");

  for (guint i = 0; array != NULL && i < json_array_get_length (array) && !_merit_json_failed (ctx); i++)
    {
      g_autofree char *element_path = _merit_json_index_path (path, i);
      Visit *visit = _merit_json_visit_begin (ctx, json_array_get_element (array, i), element_path);
      g_autofree char *url = NULL;
      g_autofree char *url_path = NULL;
      JsonNode *node;

      if (visit == NULL)
        break;
      /* Recorded as a link, never fetched.  Signed URLs are long, and a shortened URL is
       * useless, so one that does not fit is dropped rather than cut. */
      node = _merit_json_visit_member (visit, "url");
      url_path = _merit_json_child_path (element_path, "url");
      if (node != NULL && !_merit_json_holds_string (node))
        _merit_json_fail_at (ctx, url_path, _("expected a string, found %s"),
                             _merit_json_describe_node (node));
      else if (node != NULL && g_utf8_strlen (json_node_get_string (node), -1) > SHORT_TEXT_MAX_CHARS)
        {
          _merit_json_warn_at (ctx, url_path, _("the link is longer than %u characters; dropped"),
                               SHORT_TEXT_MAX_CHARS);
          _merit_json_drop (ctx, url_path);
        }
      else if (node != NULL)
        url = _merit_json_clean_text (ctx, url_path, json_node_get_string (node), SHORT_TEXT_MAX_CHARS);
      _merit_json_visit_end (ctx, visit);
      _merit_json_add_link (links, g_steal_pointer (&url));
    }
}

static char *
map_greenhouse_role (MeritJsonContext *ctx,
                     Visit            *candidate)
{
  JsonArray *applications = _merit_json_visit_array (ctx, candidate, "applications");
  g_autofree char *path = _merit_json_child_path (candidate->path, "applications");
  char *role = NULL;

  for (guint i = 0; applications != NULL && i < json_array_get_length (applications)
       && !_merit_json_failed (ctx); i++)
    {
      g_autofree char *application_path = _merit_json_index_path (path, i);
      g_autofree char *jobs_path = _merit_json_child_path (application_path, "jobs");
      JsonNode *node = json_array_get_element (applications, i);
      Visit *application = _merit_json_visit_begin (ctx, node, application_path);
      JsonArray *jobs;

      if (application == NULL)
        break;
      jobs = _merit_json_visit_array (ctx, application, "jobs");
      for (guint j = 0; jobs != NULL && j < json_array_get_length (jobs) && !_merit_json_failed (ctx); j++)
        {
          g_autofree char *job_path = _merit_json_index_path (jobs_path, j);
          Visit *job = _merit_json_visit_begin (ctx, json_array_get_element (jobs, j), job_path);
          char *name;

          if (job == NULL)
            break;
          name = _merit_json_visit_string (ctx, job, "name", SHORT_TEXT_MAX_CHARS);
          _merit_json_visit_end (ctx, job);
          /* The package is for one role: the first job applied for. */
          if (role == NULL)
            role = name;
          else
            {
              g_autofree char *name_path = _merit_json_child_path (job_path, "name");

              if (name != NULL)
                _merit_json_drop (ctx, name_path);
              g_free (name);
            }
        }
      _merit_json_visit_end (ctx, application);
    }
  return role;
}

static void
map_greenhouse_entries (MeritJsonContext      *ctx,
                        Visit                 *candidate,
                        MeritProfile          *profile)
{
  g_autofree char *company = _merit_json_visit_string (ctx, candidate, "company", SHORT_TEXT_MAX_CHARS);
  g_autofree char *title = _merit_json_visit_string (ctx, candidate, "title", SHORT_TEXT_MAX_CHARS);

  _merit_json_map_section (ctx, candidate, "employments", MERIT_PROFILE_ENTRY_KIND_WORK,
               greenhouse_employment_fields, profile);
  _merit_json_map_section (ctx, candidate, "educations", MERIT_PROFILE_ENTRY_KIND_EDUCATION,
               greenhouse_education_fields, profile);
  /* The current job, when the employment history does not already start with it. */
  if (company != NULL || title != NULL)
    {
      GListModel *entries = merit_profile_get_entries (profile);
      gboolean known = FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (entries) && !known; i++)
        {
          g_autoptr(MeritProfileEntry) entry = g_list_model_get_item (entries, i);

          known = merit_profile_entry_get_kind (entry) == MERIT_PROFILE_ENTRY_KIND_WORK
                  && g_strcmp0 (merit_profile_entry_get_organization (entry), company) == 0
                  && g_strcmp0 (merit_profile_entry_get_title (entry), title) == 0;
        }
      if (!known)
        {
          g_autoptr(MeritProfileEntry) entry = merit_profile_entry_new (MERIT_PROFILE_ENTRY_KIND_WORK);

          merit_profile_entry_set_organization (entry, company);
          merit_profile_entry_set_title (entry, title);
          merit_profile_add_entry (profile, entry);
        }
    }
}

static MeritImportPerson *
map_greenhouse_candidate (MeritJsonContext *ctx,
                          JsonNode         *node,
                          const char       *path)
{
  g_autoptr(MeritImportPerson) person = g_new0 (MeritImportPerson, 1);
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) emails = NULL;
  g_autoptr(GPtrArray) phones = NULL;
  g_autoptr(GPtrArray) addresses = NULL;
  g_autoptr(GPtrArray) websites = NULL;
  g_autoptr(GPtrArray) social = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *name = NULL;
  g_autofree char *photo = NULL;
  Visit *visit = _merit_json_visit_begin (ctx, node, path);

  if (visit == NULL)
    return NULL;
  person->identity = merit_identity_new ();
  person->profile = merit_profile_new ();

  first = _merit_json_visit_string (ctx, visit, "first_name", MERIT_IMPORT_NAME_MAX_CHARS);
  last = _merit_json_visit_string (ctx, visit, "last_name", MERIT_IMPORT_NAME_MAX_CHARS);
  emails = map_greenhouse_values (ctx, visit, "email_addresses", SHORT_TEXT_MAX_CHARS);
  phones = map_greenhouse_values (ctx, visit, "phone_numbers", SHORT_TEXT_MAX_CHARS);
  addresses = map_greenhouse_values (ctx, visit, "addresses", SHORT_TEXT_MAX_CHARS);
  websites = map_greenhouse_values (ctx, visit, "website_addresses", SHORT_TEXT_MAX_CHARS);
  social = map_greenhouse_values (ctx, visit, "social_media_addresses", SHORT_TEXT_MAX_CHARS);
  photo = _merit_json_visit_string (ctx, visit, "photo_url", SHORT_TEXT_MAX_CHARS);
  map_greenhouse_entries (ctx, visit, person->profile);
  map_greenhouse_attachments (ctx, visit, links);
  person->role_title = map_greenhouse_role (ctx, visit);
  _merit_json_visit_end (ctx, visit);
  if (_merit_json_failed (ctx))
    return NULL;

  name = _merit_json_limit (g_strjoin (" ", first != NULL ? first : "", last != NULL ? last : "", NULL),
                MERIT_IMPORT_NAME_MAX_CHARS);
  g_strstrip (name);
  if (*name == '\0')
    {
      _merit_json_fail_at (ctx, path, _("a Greenhouse candidate needs first_name or last_name"));
      return NULL;
    }
  merit_identity_set_name (person->identity, name);
  merit_identity_set_photo (person->identity, photo);
  if (emails->len > 0)
    merit_identity_set_email (person->identity, emails->pdata[0]);
  if (phones->len > 0)
    merit_identity_set_phone (person->identity, phones->pdata[0]);
  if (addresses->len > 0)
    merit_identity_set_location (person->identity, addresses->pdata[0]);
  if (websites->len > 0)
    merit_identity_set_url (person->identity, websites->pdata[0]);
  /* Everything the identity has no field for becomes a link, so nothing is lost. */
  for (guint i = 1; i < emails->len; i++)
    _merit_json_add_link (links, _merit_json_limit (g_strconcat ("mailto:", emails->pdata[i], NULL), SHORT_TEXT_MAX_CHARS));
  for (guint i = 1; i < phones->len; i++)
    _merit_json_add_link (links, _merit_json_limit (g_strconcat ("tel:", phones->pdata[i], NULL), SHORT_TEXT_MAX_CHARS));
  for (guint i = 1; i < addresses->len; i++)
    _merit_json_add_link (links, g_strdup (addresses->pdata[i]));
  for (guint i = 1; i < websites->len; i++)
    _merit_json_add_link (links, g_strdup (websites->pdata[i]));
  for (guint i = 0; i < social->len; i++)
    _merit_json_add_link (links, g_strdup (social->pdata[i]));
  _merit_json_set_links (person->identity, links);
  return g_steal_pointer (&person);
}

/* Merit's own export */

static MeritImportPerson *
map_merit_package (MeritJsonContext *ctx,
                   JsonNode         *node,
                   const char       *path)
{
  g_autoptr(MeritImportPerson) person = g_new0 (MeritImportPerson, 1);
  g_autoptr(GPtrArray) links = NULL;
  g_autofree char *identity_path = _merit_json_child_path (path, "identity");
  g_autofree char *profile_path = _merit_json_child_path (path, "profile");
  g_autofree char *entries_path = _merit_json_child_path (profile_path, "entries");
  g_autofree char *name = NULL;
  Visit *visit = _merit_json_visit_begin (ctx, node, path);
  Visit *identity = NULL;
  Visit *profile = NULL;
  JsonNode *member;
  JsonArray *entries;

  if (visit == NULL)
    return NULL;
  person->identity = merit_identity_new ();
  person->profile = merit_profile_new ();

  member = _merit_json_visit_member (visit, "identity");
  if (member != NULL)
    identity = _merit_json_visit_begin (ctx, member, identity_path);
  if (identity != NULL)
    {
      g_autofree char *email = _merit_json_visit_string (ctx, identity, "email", SHORT_TEXT_MAX_CHARS);
      g_autofree char *phone = _merit_json_visit_string (ctx, identity, "phone", SHORT_TEXT_MAX_CHARS);
      g_autofree char *location = _merit_json_visit_string (ctx, identity, "location", SHORT_TEXT_MAX_CHARS);
      g_autofree char *url = _merit_json_visit_string (ctx, identity, "url", SHORT_TEXT_MAX_CHARS);
      g_autofree char *photo = _merit_json_visit_string (ctx, identity, "photo", SHORT_TEXT_MAX_CHARS);

      name = _merit_json_visit_string (ctx, identity, "name", MERIT_IMPORT_NAME_MAX_CHARS);
      links = _merit_json_visit_strings (ctx, identity, "links", SHORT_TEXT_MAX_CHARS);
      merit_identity_set_email (person->identity, email);
      merit_identity_set_phone (person->identity, phone);
      merit_identity_set_location (person->identity, location);
      merit_identity_set_url (person->identity, url);
      merit_identity_set_photo (person->identity, photo);
      if (links != NULL)
        _merit_json_set_links (person->identity, links);
      _merit_json_visit_end (ctx, identity);
    }

  member = _merit_json_visit_member (visit, "profile");
  if (member != NULL)
    profile = _merit_json_visit_begin (ctx, member, profile_path);
  if (profile != NULL)
    {
      g_autofree char *summary = _merit_json_visit_string (ctx, profile, "summary", LONG_TEXT_MAX_CHARS);
      g_autofree char *resume = _merit_json_visit_string (ctx, profile, "resume-text", LONG_TEXT_MAX_CHARS);

      merit_profile_set_summary (person->profile, summary);
      merit_profile_set_resume_text (person->profile, resume);
      entries = _merit_json_visit_array (ctx, profile, "entries");
      for (guint i = 0; entries != NULL && i < json_array_get_length (entries) && !_merit_json_failed (ctx); i++)
        {
          static const FieldMap entry_fields[] = {
            { "title", F_TITLE }, { "organization", F_ORGANIZATION }, { "location", F_LOCATION },
            { "start", F_START }, { "end", F_END }, { "url", F_URL },
            { "description", F_DESCRIPTION }, { "keywords", F_KEYWORDS }, { "kind", F_SKIP },
            { NULL }
          };
          g_autofree char *entry_path = _merit_json_index_path (entries_path, i);
          g_autofree char *kind_path = _merit_json_child_path (entry_path, "kind");
          JsonNode *entry_node = json_array_get_element (entries, i);
          MeritProfileEntryKind kind = MERIT_PROFILE_ENTRY_KIND_WORK;
          g_autoptr(MeritProfileEntry) entry = NULL;
          JsonNode *kind_node;

          if (!JSON_NODE_HOLDS_OBJECT (entry_node))
            {
              _merit_json_fail_at (ctx, entry_path, _("expected an object, found %s"),
                                   _merit_json_describe_node (entry_node));
              break;
            }
          kind_node = json_object_get_member (json_node_get_object (entry_node), "kind");
          if (kind_node == NULL || !_merit_json_holds_string (kind_node)
              || !merit_profile_entry_kind_from_string (json_node_get_string (kind_node), &kind))
            {
              _merit_json_fail_at (ctx, kind_node != NULL ? kind_path : entry_path,
                                   _("expected an entry kind such as “work” or “education”"));
              break;
            }
          entry = _merit_json_map_entry (ctx, entry_node, entry_path, kind, entry_fields);
          if (entry != NULL)
            merit_profile_add_entry (person->profile, entry);
        }
      _merit_json_visit_end (ctx, profile);
    }

  member = _merit_json_visit_member (visit, "role");
  if (member != NULL && JSON_NODE_HOLDS_OBJECT (member))
    {
      g_autofree char *role_path = _merit_json_child_path (path, "role");
      Visit *role = _merit_json_visit_begin (ctx, member, role_path);

      person->role_title = _merit_json_visit_string (ctx, role, "title", SHORT_TEXT_MAX_CHARS);
      _merit_json_visit_end (ctx, role);
    }
  _merit_json_visit_end (ctx, visit);
  if (_merit_json_failed (ctx))
    return NULL;
  if (name == NULL)
    {
      _merit_json_fail_at (ctx, path,
                           _("the package has no identity (a blind export); export with "
                             "--identified to import it again"));
      return NULL;
    }
  merit_identity_set_name (person->identity, name);
  return g_steal_pointer (&person);
}

/* Format detection and entry point */

static gboolean
object_has_any (JsonNode           *node,
                const char * const *keys)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;
  for (guint i = 0; keys[i] != NULL; i++)
    if (json_object_has_member (json_node_get_object (node), keys[i]))
      return TRUE;
  return FALSE;
}

MeritImportFormat
_merit_json_detect_format (MeritJsonContext *ctx,
                           JsonNode         *root)
{
  static const char * const resume_keys[] = {
    "basics", "work", "volunteer", "education", "awards", "certificates", "publications",
    "skills", "languages", "interests", "references", "projects", NULL
  };
  static const char * const greenhouse_keys[] = {
    "first_name", "last_name", "email_addresses", "phone_numbers", "application_ids", NULL
  };
  static const char * const merit_keys[] = { "pseudonym", NULL };
  static const char * const application_keys[] = { "candidate_id", NULL };
  JsonNode *first = root;

  if (JSON_NODE_HOLDS_ARRAY (root))
    {
      JsonArray *array = json_node_get_array (root);

      if (json_array_get_length (array) == 0)
        {
          _merit_json_fail_at (ctx, "", _("the file holds an empty array; nothing to import"));
          return MERIT_IMPORT_FORMAT_AUTO;
        }
      first = json_array_get_element (array, 0);
    }
  if (JSON_NODE_HOLDS_OBJECT (root) && object_has_any (root, resume_keys))
    return MERIT_IMPORT_FORMAT_JSON_RESUME;
  if (object_has_any (first, merit_keys))
    return MERIT_IMPORT_FORMAT_MERIT;
  if (object_has_any (first, greenhouse_keys))
    return MERIT_IMPORT_FORMAT_GREENHOUSE;
  if (object_has_any (first, application_keys))
    _merit_json_fail_at (ctx, "", _("this is a Greenhouse application, not a candidate; export "
                                    "the candidate object instead"));
  else
    _merit_json_fail_at (ctx, "", _("neither a JSON Resume nor a Greenhouse candidate; give "
                                    "--format to say which"));
  return MERIT_IMPORT_FORMAT_AUTO;
}

/* Arrays of people (Greenhouse list responses, Merit exports) or one object. */
static GPtrArray *
map_people (MeritJsonContext *ctx,
            JsonNode         *root,
            MeritImportPerson *(*map_one) (MeritJsonContext *, JsonNode *, const char *))
{
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func ((GDestroyNotify) merit_import_person_free);

  if (JSON_NODE_HOLDS_ARRAY (root))
    {
      JsonArray *array = json_node_get_array (root);

      for (guint i = 0; i < json_array_get_length (array) && !_merit_json_failed (ctx); i++)
        {
          g_autofree char *path = _merit_json_index_path ("", i);
          MeritImportPerson *person = map_one (ctx, json_array_get_element (array, i), path);

          if (person != NULL)
            g_ptr_array_add (people, person);
        }
    }
  else if (JSON_NODE_HOLDS_OBJECT (root))
    {
      MeritImportPerson *person = map_one (ctx, root, "");

      if (person != NULL)
        g_ptr_array_add (people, person);
    }
  else
    _merit_json_fail_at (ctx, "", _("expected an object or an array, found %s"),
                         _merit_json_describe_node (root));
  return _merit_json_failed (ctx) ? NULL : g_steal_pointer (&people);
}

GPtrArray *
_merit_json_map (MeritJsonContext  *ctx,
                 JsonNode          *root,
                 MeritImportFormat  format)
{
  switch (format)
    {
    case MERIT_IMPORT_FORMAT_JSON_RESUME:
      {
        MeritImportPerson *person = map_resume (ctx, root);
        GPtrArray *people;

        if (person == NULL)
          return NULL;
        people = g_ptr_array_new_with_free_func ((GDestroyNotify) merit_import_person_free);
        g_ptr_array_add (people, person);
        return people;
      }
    case MERIT_IMPORT_FORMAT_GREENHOUSE:
      return map_people (ctx, root, map_greenhouse_candidate);
    case MERIT_IMPORT_FORMAT_MERIT:
      return map_people (ctx, root, map_merit_package);
    case MERIT_IMPORT_FORMAT_AUTO:
    default:
      g_return_val_if_reached (NULL);
    }
}
