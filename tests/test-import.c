/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-import.c: JSON Resume and Greenhouse import, hostile JSON, export and the round trip. */

#include "config.h"

#include <string.h>
#include <sys/wait.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "merit-export.h"
#include "merit-seal.h"
#include "merit-json-import.h"
#include "merit-json-scan.h"
#include "merit-model.h"
#include "merit-store-error.h"
#include "merit-test-utils.h"
#include "merit-workspace-store.h"

typedef struct
{
  char                *root;
  char                *packages;
  MeritWorkspaceStore *store;
  gboolean             unsealed;
} Fixture;

/* Added to a fixture's demo size: the chair and the CEO have no key in the roster (in memory),
 * as in a workspace made before sealing, so that imports keep the profile as the file has it. */
#define UNSEALED (1u << 16)

static const char *
shared_data (void)
{
  const char *dir = g_getenv ("MERIT_SHARED_DATA");

  g_assert_nonnull (dir);
  return dir;
}

static char *
sample (const char *folder,
        const char *name)
{
  return g_build_filename (shared_data (), folder, name, NULL);
}

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "json", name, NULL);
}

static void
open_store (Fixture *fixture)
{
  g_autoptr(GFile) folder = g_file_new_for_path (fixture->root);
  g_autoptr(GError) error = NULL;
  MeritWorkspace *workspace;

  g_clear_object (&fixture->store);
  fixture->store = merit_workspace_store_new (folder);
  g_assert_true (merit_workspace_store_load (fixture->store, NULL, &error));
  g_assert_no_error (error);
  /* The demo seals identities to the chair and the CEO; open them as the CEO would. */
  workspace = merit_workspace_store_get_workspace (fixture->store);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (workspace)); i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (G_LIST_MODEL (workspace), i);

      if (merit_candidate_get_sealed_identity (candidate) != NULL)
        g_assert_true (merit_seal_open (workspace, candidate, "dana", NULL));
    }
  if (fixture->unsealed)
    {
      MeritRoster *roster = merit_workspace_get_roster (workspace);

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (roster)); i++)
        {
          g_autoptr(MeritMember) member = g_list_model_get_item (G_LIST_MODEL (roster), i);

          if (merit_member_has_role (member, MERIT_ROLE_CHAIR)
              || merit_member_has_role (member, MERIT_ROLE_CEO))
            merit_member_set_public_key (member, NULL);
        }
    }
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->unsealed = (GPOINTER_TO_UINT (data) & UNSEALED) != 0;
  fixture->root = merit_test_make_demo (GPOINTER_TO_UINT (data) & ~UNSEALED);
  fixture->packages = g_build_filename (fixture->root, "packages", NULL);
  open_store (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *parent = g_path_get_dirname (fixture->root);

  g_clear_object (&fixture->store);
  merit_test_remove_tree (parent);
  g_free (fixture->root);
  g_free (fixture->packages);
}

static MeritImportReport *
import (Fixture           *fixture,
        const char        *path,
        MeritImportFormat  format)
{
  return merit_json_import_file (fixture->store, path, format, "import");
}

static MeritCandidate *
imported (Fixture           *fixture,
          MeritImportReport *report,
          guint              index)
{
  MeritImportedPackage *package;

  g_assert_null (report->error);
  g_assert_cmpuint (report->packages->len, >, index);
  package = report->packages->pdata[index];
  return merit_workspace_lookup (merit_workspace_store_get_workspace (fixture->store), package->id);
}

static MeritProfileEntry *
entry_at (MeritCandidate        *candidate,
          MeritProfileEntryKind  kind,
          guint                  nth)
{
  GListModel *entries = merit_profile_get_entries (merit_candidate_get_profile (candidate));

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(MeritProfileEntry) entry = g_list_model_get_item (entries, i);

      if (merit_profile_entry_get_kind (entry) == kind && nth-- == 0)
        return entry;
    }
  g_assert_not_reached ();
}

static guint
count_kind (MeritCandidate        *candidate,
            MeritProfileEntryKind  kind)
{
  GListModel *entries = merit_profile_get_entries (merit_candidate_get_profile (candidate));
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(MeritProfileEntry) entry = g_list_model_get_item (entries, i);

      n += merit_profile_entry_get_kind (entry) == kind;
    }
  return n;
}

static gboolean
report_has (GPtrArray  *list,
            const char *text)
{
  for (guint i = 0; i < list->len; i++)
    if (strstr (list->pdata[i], text) != NULL)
      return TRUE;
  return FALSE;
}

static void
assert_located_error (MeritImportReport *report)
{
  g_autoptr(GRegex) regex = g_regex_new (":[0-9]+:[0-9]+: ", 0, 0, NULL);

  g_assert_nonnull (report->error);
  g_test_message ("%s", report->error);
  g_assert_true (g_regex_match (regex, report->error, 0, NULL));
  g_assert_cmpuint (report->packages->len, ==, 0);
}

/* JSON Resume samples */

static void
test_resume_all_samples (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (shared_data (), "jsonresume", NULL);
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (folder);
  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(MeritImportReport) report = NULL;
      MeritCandidate *candidate;

      /* The JSON schemas are not résumés. */
      if (g_str_has_prefix (name, "schema"))
        continue;
      report = import (fixture, path, MERIT_IMPORT_FORMAT_AUTO);
      g_assert_null (report->error);
      g_assert_cmpint (report->format, ==, MERIT_IMPORT_FORMAT_JSON_RESUME);
      g_assert_cmpuint (report->packages->len, ==, 1);
      candidate = imported (fixture, report, 0);
      g_assert_cmpint (merit_candidate_get_stage (candidate), ==, MERIT_STAGE_SOURCED);
      g_assert_nonnull (merit_identity_get_name (merit_candidate_get_identity (candidate)));
      n++;
    }
  g_assert_cmpuint (n, ==, 9);
}

static void
test_resume_official (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = sample ("jsonresume", "jsonresume-resume-schema.json");
  g_autoptr(MeritImportReport) report = import (fixture, path, MERIT_IMPORT_FORMAT_JSON_RESUME);
  MeritCandidate *candidate = imported (fixture, report, 0);
  MeritIdentity *identity = merit_candidate_get_identity (candidate);
  MeritProfile *profile = merit_candidate_get_profile (candidate);
  MeritProfileEntry *entry;
  const char * const *links;
  g_autoptr(MeritHistoryEvent) event = NULL;

  g_assert_cmpstr (merit_identity_get_name (identity), ==, "Richard Hendriks");
  g_assert_cmpstr (merit_identity_get_email (identity), ==, "richard.hendriks@mail.com");
  g_assert_cmpstr (merit_identity_get_phone (identity), ==, "(912) 555-4321");
  g_assert_cmpstr (merit_identity_get_url (identity), ==, "http://richardhendricks.example.com");
  g_assert_null (merit_identity_get_photo (identity));
  g_assert_cmpstr (merit_identity_get_location (identity), ==,
                   "2712 Broadway St, CA 94115 San Francisco, California, US");
  links = merit_identity_get_links (identity);
  g_assert_nonnull (links);
  g_assert_cmpuint (g_strv_length ((char **) links), ==, 2);
  g_assert_true (g_str_has_prefix (merit_profile_get_summary (profile), "Programmer\n\nRichard hails"));
  g_assert_nonnull (strstr (merit_profile_get_summary (profile), "“length-limited”"));

  entry = entry_at (candidate, MERIT_PROFILE_ENTRY_KIND_WORK, 0);
  g_assert_cmpstr (merit_profile_entry_get_organization (entry), ==, "Pied Piper");
  g_assert_cmpstr (merit_profile_entry_get_title (entry), ==, "CEO/President");
  g_assert_cmpstr (merit_profile_entry_get_location (entry), ==, "Palo Alto, CA");
  g_assert_cmpstr (merit_profile_entry_get_url (entry), ==, "http://piedpiper.example.com");
  g_assert_cmpstr (merit_profile_entry_get_start_date (entry), ==, "2013-12-01");
  g_assert_cmpstr (merit_profile_entry_get_end_date (entry), ==, "2014-12-01");
  g_assert_true (g_str_has_prefix (merit_profile_entry_get_description (entry),
                                   "Awesome compression company\n\nPied Piper is"));
  g_assert_nonnull (strstr (merit_profile_entry_get_description (entry), "Weisman Scores™"));
  g_assert_nonnull (strstr (merit_profile_entry_get_description (entry),
                            "\n• Successfully won Techcrunch Disrupt\n"));

  entry = entry_at (candidate, MERIT_PROFILE_ENTRY_KIND_EDUCATION, 0);
  g_assert_cmpstr (merit_profile_entry_get_organization (entry), ==, "University of Oklahoma");
  g_assert_cmpstr (merit_profile_entry_get_title (entry), ==, "Bachelor, Information Technology");
  g_assert_cmpstr (merit_profile_entry_get_url (entry), ==, "https://www.ou.edu/");
  g_assert_cmpstr (merit_profile_entry_get_description (entry), ==, "Score: 4.0");
  g_assert_cmpstr (merit_profile_entry_get_keywords (entry)[1], ==, "CS2011 - Java Introduction");

  entry = entry_at (candidate, MERIT_PROFILE_ENTRY_KIND_SKILL, 0);
  g_assert_cmpstr (merit_profile_entry_get_title (entry), ==, "Web Development");
  g_assert_cmpstr (merit_profile_entry_get_description (entry), ==, "Master");
  g_assert_cmpstr (merit_profile_entry_get_keywords (entry)[2], ==, "Javascript");

  entry = entry_at (candidate, MERIT_PROFILE_ENTRY_KIND_LANGUAGE, 0);
  g_assert_cmpstr (merit_profile_entry_get_title (entry), ==, "English");
  g_assert_cmpstr (merit_profile_entry_get_description (entry), ==, "Native speaker");

  entry = entry_at (candidate, MERIT_PROFILE_ENTRY_KIND_PROJECT, 0);
  g_assert_cmpstr (merit_profile_entry_get_title (entry), ==, "Miss Direction");
  g_assert_cmpstr (merit_profile_entry_get_organization (entry), ==, "Smoogle");
  g_assert_cmpstr (merit_profile_entry_get_start_date (entry), ==, "2016-08-24");
  g_assert_nonnull (strstr (merit_profile_entry_get_description (entry), "Type: application"));
  g_assert_nonnull (strstr (merit_profile_entry_get_description (entry), "Roles: Team lead, Designer"));
  g_assert_cmpstr (merit_profile_entry_get_keywords (entry)[0], ==, "GoogleMaps");

  entry = entry_at (candidate, MERIT_PROFILE_ENTRY_KIND_REFERENCE, 0);
  g_assert_cmpstr (merit_profile_entry_get_title (entry), ==, "Erlich Bachman");
  g_assert_cmpuint (count_kind (candidate, MERIT_PROFILE_ENTRY_KIND_VOLUNTEER), ==, 1);
  g_assert_cmpuint (count_kind (candidate, MERIT_PROFILE_ENTRY_KIND_AWARD), ==, 1);
  g_assert_cmpuint (count_kind (candidate, MERIT_PROFILE_ENTRY_KIND_PUBLICATION), ==, 1);
  g_assert_cmpuint (count_kind (candidate, MERIT_PROFILE_ENTRY_KIND_INTEREST), ==, 1);
  g_assert_cmpuint (count_kind (candidate, MERIT_PROFILE_ENTRY_KIND_CERTIFICATE), ==, 0);

  /* Only the metadata is dropped, and the report says so. */
  g_assert_cmpuint (report->dropped->len, ==, 2);
  g_assert_true (report_has (report->dropped, "$schema"));
  g_assert_true (report_has (report->dropped, "meta"));

  event = g_list_model_get_item (merit_candidate_get_history (candidate), 0);
  g_assert_cmpstr (merit_history_event_get_action (event), ==, "created");
  g_assert_cmpstr (merit_history_event_get_to_stage (event), ==, "sourced");
  g_assert_nonnull (strstr (merit_history_event_get_detail (event), "jsonresume-resume-schema.json"));
  g_assert_true (g_str_has_prefix (merit_candidate_get_pseudonym (candidate), "Candidate "));
  g_assert_null (strstr (merit_candidate_get_pseudonym (candidate), "Richard"));
}

/* Where the chair and the CEO have keys, the identity is sealed and the profile is stored as
 * every reviewer sees it: the candidate's own names, address and links taken out. */
static void
test_resume_sealed (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = sample ("jsonresume", "jsonresume-resume-schema.json");
  g_autoptr(MeritImportReport) report = import (fixture, path, MERIT_IMPORT_FORMAT_JSON_RESUME);
  MeritCandidate *candidate = imported (fixture, report, 0);
  g_autofree char *name = g_strconcat (merit_candidate_get_id (candidate), ".xml", NULL);
  g_autofree char *file = g_build_filename (fixture->packages, name, NULL);
  gsize length = 0;
  g_autofree char *contents = merit_test_read_file (file, &length);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *id = NULL;
  MeritProfile *profile;

  /* This process still has the identity it imported. */
  g_assert_cmpstr (merit_identity_get_name (merit_candidate_get_identity (candidate)), ==,
                   "Richard Hendriks");
  g_assert_nonnull (merit_candidate_get_sealed_identity (candidate));
  g_assert_true (merit_seal_check_record (candidate, problems));
  g_assert_nonnull (strstr (contents, "<sealed section=\"identity\""));
  for (guint i = 0; i < 4; i++)
    g_assert_null (strstr (contents, (const char *[]) { "Richard", "Hendriks", "richard.hendriks",
                                                        "555-4321" }[i]));

  /* What the file holds, the chair and the CEO read back with their key. */
  id = g_strdup (merit_candidate_get_id (candidate));
  open_store (fixture);
  candidate = merit_workspace_lookup (merit_workspace_store_get_workspace (fixture->store), id);
  g_assert_cmpstr (merit_identity_get_name (merit_candidate_get_identity (candidate)), ==,
                   "Richard Hendriks");
  profile = merit_candidate_get_profile (candidate);
  g_assert_true (g_str_has_prefix (merit_profile_get_summary (profile), "Programmer\n\n[name] hails"));
}

static void
test_resume_legacy (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = sample ("jsonresume", "kelyvin-jsonresume-theme-caffeine.json");
  g_autoptr(MeritImportReport) report = import (fixture, path, MERIT_IMPORT_FORMAT_AUTO);
  MeritCandidate *candidate = imported (fixture, report, 0);
  MeritIdentity *identity = merit_candidate_get_identity (candidate);
  MeritProfileEntry *entry;

  /* Pre-1.0 keys land where their v1 names would. */
  g_assert_cmpstr (merit_identity_get_url (identity), ==, "http://piedpiper.com");
  g_assert_cmpstr (merit_identity_get_photo (identity), ==,
                   "http://www.piedpiper.com/app/themes/pied-piper/dist/images/richard.png");
  entry = entry_at (candidate, MERIT_PROFILE_ENTRY_KIND_WORK, 0);
  g_assert_cmpstr (merit_profile_entry_get_organization (entry), ==, "Pied Piper");
  g_assert_cmpstr (merit_profile_entry_get_url (entry), ==, "http://piedpiper.com");
  entry = entry_at (candidate, MERIT_PROFILE_ENTRY_KIND_EDUCATION, 0);
  g_assert_cmpstr (merit_profile_entry_get_title (entry), ==, "B.S, Computer Science");
  g_assert_cmpstr (merit_profile_entry_get_location (entry), ==, "Palo Alto, CA");
  g_assert_cmpstr (merit_profile_entry_get_description (entry), ==, "Score: GPA 4.0");
  g_assert_true (report_has (report->dropped, "education[0].specialization"));
  g_assert_cmpuint (report->dropped->len, ==, 1);
}

static void
test_resume_duplicates_reported (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *path = sample ("jsonresume", "jrpool-jsonresume-theme-a11y.json");
  g_autoptr(MeritImportReport) report = import (fixture, path, MERIT_IMPORT_FORMAT_AUTO);
  MeritCandidate *candidate = imported (fixture, report, 0);
  MeritProfileEntry *entry = entry_at (candidate, MERIT_PROFILE_ENTRY_KIND_SKILL, 0);

  /* "level": "Master", then "level": "various": json-glib keeps the last. */
  g_assert_cmpstr (merit_profile_entry_get_description (entry), ==, "various");
  g_assert_true (report_has (report->warnings, ":266:7: skills[0].level: duplicate key"));
  g_assert_true (report_has (report->warnings, "first at line 265"));
  g_assert_true (report_has (report->warnings, "the last value, at line 266, was kept"));
  /* Pre-1.0 languages[].name and level. */
  entry = entry_at (candidate, MERIT_PROFILE_ENTRY_KIND_LANGUAGE, 0);
  g_assert_nonnull (merit_profile_entry_get_title (entry));
  g_assert_nonnull (merit_profile_entry_get_description (entry));
  entry = entry_at (candidate, MERIT_PROFILE_ENTRY_KIND_WORK, 0);
  g_assert_nonnull (merit_profile_entry_get_organization (entry));
  g_assert_cmpuint (count_kind (candidate, MERIT_PROFILE_ENTRY_KIND_EDUCATION), >=, 3);
}

static void
test_resume_extra_keys (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *dorsk = sample ("jsonresume", "DorskFR-jsonresume-theme-rirekisho.json");
  g_autofree char *kurone = sample ("jsonresume", "kurone-kito-jsonresume-theme-japanese-cv-style.json");
  g_autofree char *minimal = sample ("jsonresume", "AndreasInfo-jsonresume-theme-academic-minimal.json");
  g_autofree char *senior = sample ("jsonresume", "jsonresume-jsonresume.org-senior-engineer.json");
  g_autofree char *scott = sample ("jsonresume", "scottnath-jsonresume-theme-microdata.json");
  g_autofree char *complete = sample ("jsonresume", "jsonresume-jsonresume.org-complete-resume.json");
  g_autoptr(MeritImportReport) report = import (fixture, dorsk, MERIT_IMPORT_FORMAT_AUTO);
  MeritCandidate *candidate = imported (fixture, report, 0);
  MeritProfileEntry *entry = entry_at (candidate, MERIT_PROFILE_ENTRY_KIND_WORK, 0);
  const char *expected[] = { "basics.nameFurigana", "basics.gender", "basics.birthDate",
                             "basics.alternateContact", "basics.location.furigana", "objectives",
                             "pr", "preferences", "strengths" };

  g_assert_cmpstr (merit_identity_get_name (merit_candidate_get_identity (candidate)), ==, "田中 花子");
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_true (report_has (report->dropped, expected[i]));
  /* "endDate": "" is a current job. */
  g_assert_null (merit_profile_entry_get_end_date (entry));

  g_clear_pointer (&report, merit_import_report_free);
  report = import (fixture, kurone, MERIT_IMPORT_FORMAT_AUTO);
  candidate = imported (fixture, report, 0);
  g_assert_cmpstr (merit_identity_get_name (merit_candidate_get_identity (candidate)), ==, "黒音キト");
  entry = entry_at (candidate, MERIT_PROFILE_ENTRY_KIND_WORK, 0);
  g_assert_nonnull (merit_profile_entry_get_organization (entry));
  g_assert_true (report_has (report->dropped, "work[0].env"));
  g_assert_true (report_has (report->dropped, "awards[0].flavor"));
  g_assert_true (report_has (report->dropped, "skills[0].category"));
  g_assert_cmpuint (count_kind (candidate, MERIT_PROFILE_ENTRY_KIND_EDUCATION), ==, 0);

  g_clear_pointer (&report, merit_import_report_free);
  report = import (fixture, minimal, MERIT_IMPORT_FORMAT_AUTO);
  candidate = imported (fixture, report, 0);
  g_assert_null (merit_identity_get_email (merit_candidate_get_identity (candidate)));
  g_assert_nonnull (merit_profile_get_summary (merit_candidate_get_profile (candidate)));
  g_assert_cmpuint (report->dropped->len, ==, 0);

  g_clear_pointer (&report, merit_import_report_free);
  report = import (fixture, senior, MERIT_IMPORT_FORMAT_AUTO);
  candidate = imported (fixture, report, 0);
  g_assert_cmpstr (merit_identity_get_name (merit_candidate_get_identity (candidate)), ==,
                   "Dr. Lena Vasquez");
  g_assert_null (merit_profile_entry_get_end_date (entry_at (candidate, MERIT_PROFILE_ENTRY_KIND_WORK, 0)));
  g_assert_cmpuint (count_kind (candidate, MERIT_PROFILE_ENTRY_KIND_CERTIFICATE), >, 0);
  g_assert_true (report_has (report->dropped, "$schema"));

  g_clear_pointer (&report, merit_import_report_free);
  report = import (fixture, scott, MERIT_IMPORT_FORMAT_AUTO);
  imported (fixture, report, 0);
  g_assert_true (report_has (report->dropped, "basics.pronouns"));

  g_clear_pointer (&report, merit_import_report_free);
  report = import (fixture, complete, MERIT_IMPORT_FORMAT_AUTO);
  candidate = imported (fixture, report, 0);
  entry = entry_at (candidate, MERIT_PROFILE_ENTRY_KIND_CERTIFICATE, 0);
  g_assert_nonnull (merit_profile_entry_get_title (entry));
  g_assert_nonnull (merit_profile_entry_get_organization (entry));
}

/* Hostile and broken input */

static void
assert_rejected_data (Fixture           *fixture,
                      const char        *data,
                      gssize             length,
                      MeritImportFormat  format)
{
  g_auto(GStrv) before = merit_test_snapshot_dir (fixture->packages);
  g_autoptr(MeritImportReport) report = NULL;
  gint64 start = g_get_monotonic_time ();

  report = merit_json_import_data (fixture->store, "hostile.json", data,
                                   length < 0 ? strlen (data) : (gsize) length, format, "import");
  assert_located_error (report);
  g_assert_true (g_str_has_prefix (report->error, "hostile.json:"));
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
  merit_test_assert_same_dir (fixture->packages, before);
}

static void
test_hostile_syntax (Fixture       *fixture,
                     gconstpointer  data)
{
  static const char * const cases[] = {
    "", "   ", "null", "{\"basics\":{\"name\":\"A\"}", "{\"basics\":{\"name\":\"A\"},}",
    "{\"basics\":{\"name\":'A'}}", "// comment\n{\"basics\":{\"name\":\"A\"}}",
    "{\"basics\":{\"name\":\"A\"}} /* x */", "\xEF\xBB\xBF{\"basics\":{\"name\":\"A\"}}",
    "{\"basics\":{\"name\":\"A\\u0000B\"}}", "{\"basics\":{\"name\":\"\\ud800\"}}",
    "{\"basics\":{\"name\":\"\\udc00\"}}", "{\"basics\":{\"name\":\"A\xC3\"}}",
    "{\"basics\":{\"name\":\"\xC0\xAF\"}}", "{\"basics\":{\"name\":\"\xED\xA0\x80\"}}",
    "{\"basics\":{\"name\":\"A\"},\"x\":01}", "{\"basics\":{\"name\":\"A\"},\"x\":0x10}",
    "{\"basics\":{\"name\":\"A\"},\"x\":.5}", "{\"basics\":{\"name\":\"A\"},\"x\":+1}",
    "{\"basics\":{\"name\":\"A\"},\"x\":NaN}", "{\"basics\":{\"name\":\"A\"},\"x\":[1,]}",
    "{\"basics\":{\"name\":\"A\tB\"}}", "{\"basics\":{\"name\":\"A\"}} {}", "[1] x",
    "{\"basics\":{\"name\":\"A\\x\"}}", "{\"basics\" {\"name\":\"A\"}}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("case %u", i);
      assert_rejected_data (fixture, cases[i], -1, MERIT_IMPORT_FORMAT_AUTO);
    }
  /* A raw NUL byte inside a string. */
  assert_rejected_data (fixture, "{\"basics\":{\"name\":\"A\0B\"}}", 25, MERIT_IMPORT_FORMAT_AUTO);
}

static void
test_hostile_truncated (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = sample ("jsonresume", "jsonresume-resume-schema.json");
  gsize length = 0;
  g_autofree char *contents = merit_test_read_file (path, &length);

  for (gsize cut = 1; cut < length - 2; cut += 97)
    assert_rejected_data (fixture, contents, (gssize) cut, MERIT_IMPORT_FORMAT_JSON_RESUME);
}

static void
test_hostile_deep (Fixture       *fixture,
                   gconstpointer  data)
{
  GString *deep = g_string_new ("{\"basics\":{\"name\":\"A\"},\"x\":");
  g_autoptr(MeritImportReport) report = NULL;
  g_autofree char *at_limit = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  assert_rejected_data (fixture, deep->str, (gssize) deep->len, MERIT_IMPORT_FORMAT_AUTO);
  g_string_free (deep, TRUE);

  /* 64 levels are fine (the root object and 63 arrays), 65 are not. */
  {
    g_autofree char *open = g_strnfill (63, '[');
    g_autofree char *close = g_strnfill (63, ']');

    at_limit = g_strdup_printf ("{\"basics\":{\"name\":\"Deep Person\"},\"x\":%s%s}", open, close);
  }
  report = merit_json_import_data (fixture->store, "deep.json", at_limit, strlen (at_limit),
                                   MERIT_IMPORT_FORMAT_AUTO, "import");
  g_assert_null (report->error);
  g_assert_true (report_has (report->dropped, "x"));
  g_clear_pointer (&report, merit_import_report_free);
  {
    g_autofree char *open = g_strnfill (64, '[');
    g_autofree char *close = g_strnfill (64, ']');

    g_free (at_limit);
    at_limit = g_strdup_printf ("{\"basics\":{\"name\":\"Deeper Person\"},\"x\":%s%s}", open, close);
  }
  assert_rejected_data (fixture, at_limit, -1, MERIT_IMPORT_FORMAT_AUTO);
}

static void
test_hostile_huge (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("merit-huge-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge.json", NULL);
  g_auto(GStrv) before = merit_test_snapshot_dir (fixture->packages);
  g_autoptr(MeritImportReport) report = NULL;
  g_autofree char *chunk = g_malloc (1024 * 1024);
  FILE *file = fopen (path, "wb");

  /* A 100 MB string: refused at the size cap, with where the cap was crossed. */
  g_assert_nonnull (file);
  memset (chunk, 'a', 1024 * 1024);
  fputs ("{\"basics\":{\"name\":\"", file);
  for (guint i = 0; i < 100; i++)
    g_assert_cmpuint (fwrite (chunk, 1, 1024 * 1024, file), ==, 1024 * 1024);
  fputs ("\"}}", file);
  fclose (file);
  report = import (fixture, path, MERIT_IMPORT_FORMAT_AUTO);
  assert_located_error (report);
  g_assert_nonnull (strstr (report->error, "16 MiB"));
  merit_test_assert_same_dir (fixture->packages, before);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_hostile_types (Fixture       *fixture,
                    gconstpointer  data)
{
  static const char * const fields[] = {
    "basics.name", "basics.label", "basics.email", "basics.phone", "basics.url", "basics.image",
    "basics.summary", "basics.location", "basics.location.city", "basics.profiles",
    "basics.profiles.url", "work", "work.name", "work.position", "work.startDate",
    "work.highlights", "work.highlights.0", "volunteer.organization", "education.courses",
    "education.area", "awards.title", "certificates.date", "publications.releaseDate",
    "skills.keywords", "languages.fluency", "interests.name", "references.reference",
    "projects.roles", "basics",
  };
  static const char * const wrong[] = { "42", "true", "{\"a\":\"b\"}", "[\"x\"]", "\"text\"" };

  for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
    for (guint w = 0; w < G_N_ELEMENTS (wrong); w++)
      {
        g_auto(GStrv) parts = g_strsplit (fields[f], ".", -1);
        g_autoptr(JsonNode) root = json_from_string ("{\"basics\":{\"name\":\"Type Person\",\"location\":{},\"profiles\":[{}]},"
                                                     "\"work\":[{\"highlights\":[\"h\"]}],\"volunteer\":[{}],"
                                                     "\"education\":[{}],\"awards\":[{}],\"certificates\":[{}],"
                                                     "\"publications\":[{}],\"skills\":[{}],\"languages\":[{}],"
                                                     "\"interests\":[{}],\"references\":[{}],\"projects\":[{}]}",
                                                     NULL);
        g_autoptr(JsonNode) value = json_from_string (wrong[w], NULL);
        g_autofree char *text = NULL;
        JsonNode *node = root;
        gboolean expect_array = FALSE;
        gboolean expect_object = FALSE;
        gboolean expect_string = FALSE;
        guint n = g_strv_length (parts);

        /* Walk to the parent; array sections hold one object, highlights one string. */
        for (guint i = 0; i + 1 < n; i++)
          {
            node = json_object_get_member (json_node_get_object (node), parts[i]);
            if (JSON_NODE_HOLDS_ARRAY (node) && !g_ascii_isdigit (parts[i + 1][0]))
              node = json_array_get_element (json_node_get_array (node), 0);
          }
        if (g_ascii_isdigit (parts[n - 1][0]))
          {
            json_array_remove_element (json_node_get_array (node), 0);
            json_array_add_element (json_node_get_array (node), json_node_copy (value));
            expect_string = TRUE;
          }
        else
          {
            JsonNode *old = json_object_get_member (json_node_get_object (node), parts[n - 1]);

            expect_array = old != NULL && JSON_NODE_HOLDS_ARRAY (old);
            expect_object = old != NULL && JSON_NODE_HOLDS_OBJECT (old);
            expect_string = !expect_array && !expect_object;
            if (g_str_equal (parts[n - 1], "courses") || g_str_equal (parts[n - 1], "keywords")
                || g_str_equal (parts[n - 1], "roles"))
              {
                expect_array = TRUE;
                expect_string = FALSE;
              }
            json_object_set_member (json_node_get_object (node), parts[n - 1], json_node_copy (value));
          }
        /* A value of the right type is no test. */
        if ((expect_string && w == 4) || (expect_array && w == 3) || (expect_object && w == 2))
          continue;
        text = json_to_string (root, TRUE);
        g_test_message ("%s = %s", fields[f], wrong[w]);
        assert_rejected_data (fixture, text, -1, MERIT_IMPORT_FORMAT_JSON_RESUME);
      }
}

static void
test_hostile_number_for_string (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *path = fixture_path ("number-for-string.json");
  g_autofree char *greenhouse = fixture_path ("greenhouse-wrong-type.json");
  g_auto(GStrv) before = merit_test_snapshot_dir (fixture->packages);
  g_autoptr(MeritImportReport) report = import (fixture, path, MERIT_IMPORT_FORMAT_AUTO);

  assert_located_error (report);
  g_assert_nonnull (strstr (report->error, "number-for-string.json:4:40: work[0].startDate: "
                                           "expected a string, found a number"));
  g_clear_pointer (&report, merit_import_report_free);
  report = import (fixture, greenhouse, MERIT_IMPORT_FORMAT_AUTO);
  assert_located_error (report);
  g_assert_nonnull (strstr (report->error, ":3:16: last_name: expected a string, found an array"));
  merit_test_assert_same_dir (fixture->packages, before);
}

static void
test_duplicates_in_basics (Fixture       *fixture,
                           gconstpointer  data)
{
  const char *names[] = { "duplicate-basics-email.json", "duplicate-basics-name.json" };
  const char *where[] = { ":5:5: basics.email: ", ":4:5: basics.name: " };
  g_auto(GStrv) before = merit_test_snapshot_dir (fixture->packages);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = fixture_path (names[i]);
      g_autoptr(MeritImportReport) report = import (fixture, path, MERIT_IMPORT_FORMAT_AUTO);

      assert_located_error (report);
      g_assert_nonnull (strstr (report->error, where[i]));
      g_assert_nonnull (strstr (report->error, "ambiguous"));
    }
  merit_test_assert_same_dir (fixture->packages, before);
}

static void
test_duplicates_elsewhere (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = fixture_path ("duplicate-work-position.json");
  g_autoptr(MeritImportReport) report = import (fixture, path, MERIT_IMPORT_FORMAT_AUTO);
  MeritCandidate *candidate = imported (fixture, report, 0);
  MeritProfileEntry *entry = entry_at (candidate, MERIT_PROFILE_ENTRY_KIND_WORK, 0);

  g_assert_cmpstr (merit_profile_entry_get_title (entry), ==, "Lead Engineer");
  g_assert_true (report_has (report->warnings, "duplicate-work-position.json:4:51: "
                                               "work[0].position: duplicate key (first at line "
                                               "4, column 27); the last value, at line 4, was "
                                               "kept"));
}

static void
test_controls_stripped (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = fixture_path ("controls-and-bidi.json");
  g_autoptr(MeritImportReport) report = import (fixture, path, MERIT_IMPORT_FORMAT_AUTO);
  MeritCandidate *candidate = imported (fixture, report, 0);
  g_autofree char *nfd = g_strdup ("{\"basics\":{\"name\":\"Jose\xCC\x81 Long\",\"email\":\"jose@example.org\"}}");
  g_autoptr(GString) long_name = g_string_new ("{\"basics\":{\"name\":\"");

  g_assert_cmpstr (merit_identity_get_name (merit_candidate_get_identity (candidate)), ==, "Bobgnp.exe");
  g_assert_cmpstr (merit_profile_get_summary (merit_candidate_get_profile (candidate)), ==,
                   "Line one\nLine twox");
  g_assert_true (report_has (report->warnings, "basics.name: removed 2 control"));
  g_assert_true (report_has (report->warnings, "basics.summary: removed 4 control"));

  /* NFC: "José" composed. */
  g_clear_pointer (&report, merit_import_report_free);
  report = merit_json_import_data (fixture->store, "nfd.json", nfd, strlen (nfd),
                                   MERIT_IMPORT_FORMAT_AUTO, "import");
  candidate = imported (fixture, report, 0);
  g_assert_cmpstr (merit_identity_get_name (merit_candidate_get_identity (candidate)), ==, "José Long");

  /* Names are limited to 200 characters. */
  for (guint i = 0; i < 1000; i++)
    g_string_append (long_name, "é");
  g_string_append (long_name, "\"}}");
  g_clear_pointer (&report, merit_import_report_free);
  report = merit_json_import_data (fixture->store, "long.json", long_name->str, long_name->len,
                                   MERIT_IMPORT_FORMAT_AUTO, "import");
  candidate = imported (fixture, report, 0);
  g_assert_cmpint (g_utf8_strlen (merit_identity_get_name (merit_candidate_get_identity (candidate)), -1),
                   ==, MERIT_IMPORT_NAME_MAX_CHARS);
  g_assert_true (report_has (report->warnings, "shortened from 1000 to 200"));
}

/* Idempotence */

static void
test_idempotent (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = sample ("jsonresume", "jsonresume-resume-schema.json");
  g_autoptr(MeritImportReport) first = import (fixture, path, MERIT_IMPORT_FORMAT_AUTO);
  g_autoptr(MeritImportReport) second = NULL;
  g_autoptr(MeritImportReport) third = NULL;
  MeritImportedPackage *a;
  MeritImportedPackage *b;
  MeritCandidate *candidate;
  GListModel *history;
  g_autoptr(MeritHistoryEvent) last = NULL;
  guint n_before;
  g_autofree char *shouting = g_strdup ("{\"basics\":{\"name\":\"Richard H.\",\"email\":\"RICHARD.Hendriks@Mail.COM\"}}");

  g_assert_null (first->error);
  n_before = g_list_model_get_n_items (G_LIST_MODEL (merit_workspace_store_get_workspace (fixture->store)));
  second = import (fixture, path, MERIT_IMPORT_FORMAT_AUTO);
  g_assert_null (second->error);
  a = first->packages->pdata[0];
  b = second->packages->pdata[0];
  g_assert_false (a->updated);
  g_assert_true (b->updated);
  g_assert_cmpstr (a->id, ==, b->id);
  g_assert_cmpstr (a->pseudonym, ==, b->pseudonym);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (merit_workspace_store_get_workspace (fixture->store))),
                    ==, n_before);

  /* The e-mail address is compared without case. */
  third = merit_json_import_data (fixture->store, "again.json", shouting, strlen (shouting),
                                  MERIT_IMPORT_FORMAT_AUTO, "import");
  g_assert_null (third->error);
  g_assert_true (((MeritImportedPackage *) third->packages->pdata[0])->updated);

  /* What is on disk says the same. */
  open_store (fixture);
  candidate = merit_workspace_lookup (merit_workspace_store_get_workspace (fixture->store), a->id);
  g_assert_nonnull (candidate);
  g_assert_cmpstr (merit_identity_get_name (merit_candidate_get_identity (candidate)), ==, "Richard H.");
  g_assert_cmpuint (g_list_model_get_n_items (merit_profile_get_entries (merit_candidate_get_profile (candidate))), ==, 0);
  /* The demo's chair and CEO have keys: the identity was sealed when the package was made,
   * kept sealed through the update that changed nothing in it, and sealed again after the
   * update that changed the name. */
  history = merit_candidate_get_history (candidate);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 5);
  {
    const char *actions[] = { "created", "sealed", "import-update", "import-update", "sealed" };

    for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
      {
        g_autoptr(MeritHistoryEvent) event = g_list_model_get_item (history, i);

        g_assert_cmpstr (merit_history_event_get_action (event), ==, actions[i]);
      }
  }
  /* The file's name may name the person: a sealed workspace keeps it off the record. */
  last = g_list_model_get_item (history, 3);
  g_assert_nonnull (strstr (merit_history_event_get_detail (last), "not recorded"));
  g_assert_null (strstr (merit_history_event_get_detail (last), "again.json"));
  g_assert_true (merit_candidate_verify_history (candidate, NULL, NULL));
  {
    g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

    g_assert_true (merit_seal_check_record (candidate, problems));
  }
  /* The file holds the new name only in its sealed form. */
  {
    g_autofree char *name = g_strconcat (a->id, ".xml", NULL);
    g_autofree char *file = g_build_filename (fixture->packages, name, NULL);
    gsize length = 0;
    g_autofree char *contents = merit_test_read_file (file, &length);

    g_assert_nonnull (strstr (contents, "<sealed section=\"identity\""));
    g_assert_null (strstr (contents, "Richard"));
    g_assert_null (strstr (contents, "RICHARD"));
  }
}

/* Greenhouse */

static void
test_greenhouse (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *object = sample ("greenhouse", "grnhse-greenhouse-api-docs-candidate-object.json");
  g_autofree char *list = sample ("greenhouse", "grnhse-greenhouse-api-docs-list-candidates.json");
  g_autofree char *cassette = sample ("greenhouse", "grnhse-greenhouse_io-cassette-candidate.json");
  g_autofree char *application = sample ("greenhouse", "grnhse-greenhouse-api-docs-application-object.json");
  g_autoptr(MeritImportReport) report = import (fixture, object, MERIT_IMPORT_FORMAT_AUTO);
  MeritCandidate *candidate = imported (fixture, report, 0);
  MeritIdentity *identity = merit_candidate_get_identity (candidate);
  MeritProfileEntry *entry;
  const char * const *links = merit_identity_get_links (identity);
  g_auto(GStrv) before = NULL;

  g_assert_cmpint (report->format, ==, MERIT_IMPORT_FORMAT_GREENHOUSE);
  g_assert_cmpstr (merit_identity_get_name (identity), ==, "John Locke");
  g_assert_cmpstr (merit_identity_get_email (identity), ==, "test@work.com");
  g_assert_cmpstr (merit_identity_get_phone (identity), ==, "555-555-5555");
  g_assert_cmpstr (merit_identity_get_location (identity), ==, "123 City Street\nNew York, Ny 10001");
  g_assert_cmpstr (merit_identity_get_url (identity), ==, "mysite.com");
  g_assert_nonnull (links);
  g_assert_true (g_strv_contains (links, "https://prod-heroku.s3.amazonaws.com/..."));
  g_assert_true (g_strv_contains (links, "mailto:test@example.com"));
  g_assert_cmpstr (merit_role_get_title (merit_candidate_get_role (candidate)), ==, "DevOps Engineer");
  entry = entry_at (candidate, MERIT_PROFILE_ENTRY_KIND_EDUCATION, 0);
  g_assert_cmpstr (merit_profile_entry_get_organization (entry), ==, "University of Michigan - Ann Arbor");
  g_assert_cmpstr (merit_profile_entry_get_title (entry), ==, "Bachelor's Degree, Computer Science");
  g_assert_cmpstr (merit_profile_entry_get_start_date (entry), ==, "2012-08-15");
  entry = entry_at (candidate, MERIT_PROFILE_ENTRY_KIND_WORK, 0);
  g_assert_cmpstr (merit_profile_entry_get_organization (entry), ==, "Greenhouse");
  g_assert_cmpstr (merit_profile_entry_get_title (entry), ==, "Engineer");
  g_assert_cmpstr (merit_profile_entry_get_end_date (entry), ==, "2016-05-15");
  g_assert_true (report_has (report->dropped, "custom_fields"));
  g_assert_true (report_has (report->dropped, "attachments[0].filename"));

  /* The list holds the same person: an update. */
  g_clear_pointer (&report, merit_import_report_free);
  report = import (fixture, list, MERIT_IMPORT_FORMAT_GREENHOUSE);
  imported (fixture, report, 0);
  g_assert_true (((MeritImportedPackage *) report->packages->pdata[0])->updated);
  g_assert_true (report_has (report->dropped, "[0].custom_fields"));

  g_clear_pointer (&report, merit_import_report_free);
  report = import (fixture, cassette, MERIT_IMPORT_FORMAT_AUTO);
  candidate = imported (fixture, report, 0);
  g_assert_nonnull (merit_identity_get_name (merit_candidate_get_identity (candidate)));

  before = merit_test_snapshot_dir (fixture->packages);
  g_clear_pointer (&report, merit_import_report_free);
  report = import (fixture, application, MERIT_IMPORT_FORMAT_AUTO);
  assert_located_error (report);
  g_assert_nonnull (strstr (report->error, "application"));
  merit_test_assert_same_dir (fixture->packages, before);
}

/* Export */

static void
test_export_json (Fixture       *fixture,
                  gconstpointer  data)
{
  MeritWorkspace *workspace = merit_workspace_store_get_workspace (fixture->store);
  g_autoptr(GBytes) blind = merit_export_json (workspace, FALSE, NULL);
  g_autoptr(GBytes) identified = merit_export_json (workspace, TRUE, NULL);
  g_autoptr(JsonNode) root = json_from_string (g_bytes_get_data (blind, NULL), NULL);
  g_autoptr(JsonNode) identified_root = json_from_string (g_bytes_get_data (identified, NULL), NULL);
  g_autoptr(MeritCandidate) first = g_list_model_get_item (G_LIST_MODEL (workspace), 0);
  const char *name = merit_identity_get_name (merit_candidate_get_identity (first));
  JsonObject *object;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (root);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (workspace)));
  object = json_array_get_object_element (json_node_get_array (root), 0);
  g_assert_false (json_object_has_member (object, "identity"));
  g_assert_false (json_object_has_member (object, "self-identification"));
  g_assert_true (json_object_has_member (object, "profile"));
  g_assert_true (json_object_has_member (object, "scores"));
  g_assert_cmpstr (json_object_get_string_member (object, "pseudonym"), ==,
                   merit_candidate_get_pseudonym (first));
  g_assert_null (strstr (g_bytes_get_data (blind, NULL), name));

  object = json_array_get_object_element (json_node_get_array (identified_root), 0);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (object, "identity"), "name"),
                   ==, name);

  /* Only the chair and the CEO see identities. */
  g_assert_true (merit_export_check_identified (workspace, "rafael", NULL));
  g_assert_true (merit_export_check_identified (workspace, "dana", NULL));
  g_assert_false (merit_export_check_identified (workspace, "tomasz", &error));
  g_assert_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (merit_export_check_identified (workspace, "nobody", &error));
  g_assert_false (merit_export_check_identified (workspace, NULL, NULL));
}

static void
test_export_csv (Fixture       *fixture,
                 gconstpointer  data)
{
  MeritWorkspace *workspace = merit_workspace_store_get_workspace (fixture->store);
  g_autoptr(MeritCandidate) first = g_list_model_get_item (G_LIST_MODEL (workspace), 0);
  g_autoptr(GBytes) csv = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 12, 1, 0, 0, 0);
  const char *text;

  merit_role_set_title (merit_candidate_get_role (first), "=HYPERLINK(\"http://x\",\"a, b\")");
  merit_role_set_level (merit_candidate_get_role (first), "@L5");
  csv = merit_export_csv (workspace, now);
  text = g_bytes_get_data (csv, NULL);
  lines = g_strsplit (text, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, g_list_model_get_n_items (G_LIST_MODEL (workspace)) + 2);
  g_assert_true (g_str_has_prefix (lines[0], "pseudonym,role,level,stage,days_in_stage,score_"));
  g_assert_true (g_str_has_suffix (lines[0], ",blind_score,decision,approval_state"));
  g_assert_cmpstr (lines[g_strv_length (lines) - 1], ==, "");
  /* Formula-safe and RFC 4180 quoted. */
  g_assert_nonnull (strstr (lines[1], ",\"'=HYPERLINK(\"\"http://x\"\",\"\"a, b\"\")\",'@L5,"));
  g_assert_true (g_str_has_prefix (lines[1], merit_candidate_get_pseudonym (first)));
  g_assert_null (strstr (text, merit_identity_get_name (merit_candidate_get_identity (first))));
  /* A committee that decided and a CEO that approved show up in some row of the demo. */
  g_assert_nonnull (strstr (text, ",hire,approved"));
}

/* Export → import keeps every profile and identity field. */
static void
assert_same_entries (MeritProfile *a,
                     MeritProfile *b)
{
  GListModel *ea = merit_profile_get_entries (a);
  GListModel *eb = merit_profile_get_entries (b);

  g_assert_cmpstr (merit_profile_get_summary (a), ==, merit_profile_get_summary (b));
  g_assert_cmpstr (merit_profile_get_resume_text (a), ==, merit_profile_get_resume_text (b));
  g_assert_cmpuint (g_list_model_get_n_items (ea), ==, g_list_model_get_n_items (eb));
  for (guint i = 0; i < g_list_model_get_n_items (ea); i++)
    {
      g_autoptr(MeritProfileEntry) x = g_list_model_get_item (ea, i);
      g_autoptr(MeritProfileEntry) y = g_list_model_get_item (eb, i);
      const char * const *kx = merit_profile_entry_get_keywords (x);
      const char * const *ky = merit_profile_entry_get_keywords (y);

      g_assert_cmpint (merit_profile_entry_get_kind (x), ==, merit_profile_entry_get_kind (y));
      g_assert_cmpstr (merit_profile_entry_get_title (x), ==, merit_profile_entry_get_title (y));
      g_assert_cmpstr (merit_profile_entry_get_organization (x), ==, merit_profile_entry_get_organization (y));
      g_assert_cmpstr (merit_profile_entry_get_location (x), ==, merit_profile_entry_get_location (y));
      g_assert_cmpstr (merit_profile_entry_get_start_date (x), ==, merit_profile_entry_get_start_date (y));
      g_assert_cmpstr (merit_profile_entry_get_end_date (x), ==, merit_profile_entry_get_end_date (y));
      g_assert_cmpstr (merit_profile_entry_get_url (x), ==, merit_profile_entry_get_url (y));
      g_assert_cmpstr (merit_profile_entry_get_description (x), ==, merit_profile_entry_get_description (y));
      g_assert_cmpuint (kx != NULL ? g_strv_length ((char **) kx) : 0, ==,
                        ky != NULL ? g_strv_length ((char **) ky) : 0);
      for (guint k = 0; kx != NULL && kx[k] != NULL; k++)
        g_assert_cmpstr (kx[k], ==, ky[k]);
    }
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (shared_data (), "jsonresume", NULL);
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  g_autofree char *other_root = merit_test_make_demo (0);
  g_autofree char *other_parent = g_path_get_dirname (other_root);
  g_autofree char *export_path = g_build_filename (other_parent, "export.json", NULL);
  g_autoptr(GFile) other_folder = g_file_new_for_path (other_root);
  g_autoptr(MeritWorkspaceStore) other = merit_workspace_store_new (other_folder);
  g_autoptr(MeritImportReport) report = NULL;
  g_autoptr(GBytes) exported = NULL;
  g_autoptr(GError) error = NULL;
  MeritWorkspace *source;
  MeritWorkspace *target;
  const char *name;
  guint n;

  while ((name = g_dir_read_name (folder)) != NULL)
    if (!g_str_has_prefix (name, "schema"))
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        g_autoptr(MeritImportReport) one = import (fixture, path, MERIT_IMPORT_FORMAT_AUTO);

        g_assert_null (one->error);
      }
  source = merit_workspace_store_get_workspace (fixture->store);
  exported = merit_export_json (source, TRUE, NULL);
  g_assert_true (merit_export_write (export_path, exported, &error));
  g_assert_no_error (error);

  g_assert_true (merit_workspace_store_load (other, NULL, &error));
  report = merit_json_import_file (other, export_path, MERIT_IMPORT_FORMAT_AUTO, "import");
  g_assert_null (report->error);
  g_assert_cmpint (report->format, ==, MERIT_IMPORT_FORMAT_MERIT);
  target = merit_workspace_store_get_workspace (other);
  n = g_list_model_get_n_items (G_LIST_MODEL (source));
  g_assert_cmpuint (report->packages->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MeritCandidate) a = g_list_model_get_item (G_LIST_MODEL (source), i);
      MeritCandidate *b = merit_workspace_lookup (target, ((MeritImportedPackage *) report->packages->pdata[i])->id);
      MeritIdentity *ia = merit_candidate_get_identity (a);
      MeritIdentity *ib = merit_candidate_get_identity (b);
      const char * const *la = merit_identity_get_links (ia);
      const char * const *lb = merit_identity_get_links (ib);

      g_assert_cmpstr (merit_identity_get_name (ia), ==, merit_identity_get_name (ib));
      g_assert_cmpstr (merit_identity_get_email (ia), ==, merit_identity_get_email (ib));
      g_assert_cmpstr (merit_identity_get_phone (ia), ==, merit_identity_get_phone (ib));
      g_assert_cmpstr (merit_identity_get_location (ia), ==, merit_identity_get_location (ib));
      g_assert_cmpstr (merit_identity_get_url (ia), ==, merit_identity_get_url (ib));
      g_assert_cmpstr (merit_identity_get_photo (ia), ==, merit_identity_get_photo (ib));
      g_assert_cmpuint (la != NULL ? g_strv_length ((char **) la) : 0, ==,
                        lb != NULL ? g_strv_length ((char **) lb) : 0);
      g_assert_cmpstr (merit_role_get_title (merit_candidate_get_role (a)), ==,
                       merit_role_get_title (merit_candidate_get_role (b)));
      assert_same_entries (merit_candidate_get_profile (a), merit_candidate_get_profile (b));
    }
  /* A blind export has no identity to import. */
  g_clear_pointer (&exported, g_bytes_unref);
  g_clear_pointer (&report, merit_import_report_free);
  exported = merit_export_json (source, FALSE, NULL);
  report = merit_json_import_data (other, "blind.json", g_bytes_get_data (exported, NULL),
                                   g_bytes_get_size (exported), MERIT_IMPORT_FORMAT_AUTO, "import");
  assert_located_error (report);
  g_clear_object (&other);
  merit_test_remove_tree (other_parent);
}

/* Command line */

static int
run_merit (const char * const *args,
           char              **out,
           char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_ptr_array_add (argv, (char *) g_getenv ("MERIT"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               out, err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
test_cli (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *good = sample ("jsonresume", "jsonresume-resume-schema.json");
  g_autofree char *bad = fixture_path ("duplicate-basics-name.json");
  g_autofree char *parent = g_path_get_dirname (fixture->root);
  g_autofree char *out_path = g_build_filename (parent, "out.json", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonNode) root = NULL;

  g_assert_cmpint (run_merit ((const char *[]) { "import", fixture->root, good, "--json", NULL }, &out, &err), ==, 0);
  root = json_from_string (out, NULL);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_node_get_array (root), 0),
                                                  "status"), ==, "imported");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_merit ((const char *[]) { "import", fixture->root, good, NULL }, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "updated"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_merit ((const char *[]) { "import", fixture->root, bad, good, NULL }, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "duplicate-basics-name.json:4:5: basics.name"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_merit ((const char *[]) { "import", fixture->root, good, "--format", "xml", NULL }, &out, &err), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_merit ((const char *[]) { "import", fixture->root, NULL }, &out, &err), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_merit ((const char *[]) { "export", fixture->root, "--format", "csv", NULL }, &out, &err), ==, 0);
  g_assert_true (g_str_has_prefix (out, "pseudonym,role,level,stage"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_merit ((const char *[]) { "export", fixture->root, "--format", "json", "--identified", NULL }, &out, &err), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_merit ((const char *[]) { "export", fixture->root, "--format", "json", "--identified", "--as", "tomasz", NULL }, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "chair or the CEO"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_merit ((const char *[]) { "export", fixture->root, "--format", "json", "--identified", "--as", "rafael", "-o", out_path, NULL }, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_true (g_file_get_contents (out_path, &out, NULL, NULL));
  g_assert_nonnull (strstr (out, "Richard Hendriks"));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_merit ((const char *[]) { "export", fixture->root, "--format", "yaml", NULL }, &out, &err), ==, 2);
}

/* The pre-scan on its own. */
static void
test_scan_positions (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) duplicates = NULL;
  guint line;
  guint column;
  const char *text = "{\n  \"a\": [1, {\"b\": \"x\", \"b\": \"é\"}],\n  \"\\u0061\": true\n}";

  g_assert_true (merit_json_scan ("t.json", text, strlen (text), &duplicates, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (duplicates->len, ==, 2);
  g_assert_cmpstr (((MeritJsonDuplicate *) duplicates->pdata[0])->path, ==, "a[1].b");
  g_assert_cmpuint (((MeritJsonDuplicate *) duplicates->pdata[0])->column, ==, 23);
  g_assert_cmpstr (((MeritJsonDuplicate *) duplicates->pdata[1])->path, ==, "a");
  g_assert_cmpuint (((MeritJsonDuplicate *) duplicates->pdata[1])->line, ==, 3);
  g_assert_true (merit_json_locate (text, strlen (text), "a[1].b", &line, &column));
  g_assert_cmpuint (line, ==, 2);
  g_assert_cmpuint (column, ==, 28);
  g_assert_false (merit_json_scan ("t.json", "[\"é\x01\"]", 6, NULL, &error));
  g_assert_cmpstr (error->message, ==, "t.json:1:4: control character in string; it must be escaped");
}

/* A pseudonym is drawn at random, never computed from the person: two people of the same
 * name get different ones, and so does the same person imported into another workspace. */
static void
test_pseudonym_random (Fixture       *fixture,
                       gconstpointer  data)
{
  static const char * const resumes[] = {
    "{\"basics\":{\"name\":\"Maria Garcia\",\"email\":\"maria.garcia@example.org\"}}",
    "{\"basics\":{\"name\":\"Maria Garcia\",\"email\":\"m.garcia@example.net\"}}",
  };
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *parent = g_path_get_dirname (fixture->root);

  for (guint round = 0; round < 3; round++)
    {
      g_autofree char *name = g_strdup_printf ("other-%u", round);
      g_autofree char *root = g_build_filename (parent, name, NULL);
      g_autoptr(MeritWorkspace) empty = merit_workspace_new ();
      g_autoptr(MeritRubric) rubric = merit_rubric_new_default ();
      g_autoptr(GFile) folder = g_file_new_for_path (root);
      g_autoptr(MeritWorkspaceStore) store = NULL;
      g_autoptr(GError) error = NULL;

      merit_workspace_set_name (empty, "Other");
      merit_workspace_set_rubric (empty, rubric);
      g_assert_true (merit_workspace_store_create (folder, empty, &error));
      g_assert_no_error (error);
      store = merit_workspace_store_new (folder);
      g_assert_true (merit_workspace_store_load (store, NULL, &error));
      g_assert_no_error (error);
      for (guint i = 0; i < G_N_ELEMENTS (resumes); i++)
        {
          g_autoptr(MeritImportReport) report = NULL;
          MeritImportedPackage *package;

          report = merit_json_import_data (store, "same-name.json", resumes[i], strlen (resumes[i]),
                                           MERIT_IMPORT_FORMAT_AUTO, "import");
          g_assert_null (report->error);
          g_assert_cmpuint (report->packages->len, ==, 1);
          package = report->packages->pdata[0];
          g_assert_false (package->updated);
          g_assert_true (g_str_has_prefix (package->pseudonym, "Candidate "));
          g_assert_null (strstr (package->pseudonym, "Maria"));
          g_assert_null (strstr (package->pseudonym, "Garcia"));
          g_assert_false (g_hash_table_contains (seen, package->pseudonym));
          g_hash_table_add (seen, g_strdup (package->pseudonym));
        }
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, 6);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, n) \
  g_test_add (path, Fixture, GUINT_TO_POINTER (n), fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/import/scan/positions", test_scan_positions);
  ADD ("/import/jsonresume/all-samples", test_resume_all_samples, 1);
  ADD ("/import/jsonresume/official", test_resume_official, 1 | UNSEALED);
  ADD ("/import/jsonresume/legacy-keys", test_resume_legacy, 1 | UNSEALED);
  ADD ("/import/jsonresume/sealed", test_resume_sealed, 1);
  ADD ("/import/jsonresume/duplicates-reported", test_resume_duplicates_reported, 1);
  ADD ("/import/jsonresume/extra-keys", test_resume_extra_keys, 1);
  ADD ("/import/hostile/syntax", test_hostile_syntax, 1);
  ADD ("/import/hostile/truncated", test_hostile_truncated, 1);
  ADD ("/import/hostile/deep", test_hostile_deep, 1);
  ADD ("/import/hostile/huge", test_hostile_huge, 1);
  ADD ("/import/hostile/wrong-types", test_hostile_types, 1);
  ADD ("/import/hostile/number-for-string", test_hostile_number_for_string, 1);
  ADD ("/import/duplicates/basics-refused", test_duplicates_in_basics, 1);
  ADD ("/import/duplicates/elsewhere-reported", test_duplicates_elsewhere, 1);
  ADD ("/import/text/controls-nfc-length", test_controls_stripped, 1);
  ADD ("/import/idempotent", test_idempotent, 1);
  ADD ("/import/pseudonym-random", test_pseudonym_random, 1);
  ADD ("/import/greenhouse", test_greenhouse, 1);
  ADD ("/export/json", test_export_json, 13);
  ADD ("/export/csv", test_export_csv, 13);
  ADD ("/export/round-trip", test_round_trip, 0);
  ADD ("/import/cli", test_cli, 2);

#undef ADD

  return g_test_run ();
}
