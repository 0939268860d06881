/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-json-import.c: candidates from JSON Resume and Greenhouse Harvest documents.
 *
 * A file goes through a bounded read, the strict pre-scan (merit-json-scan.c), json-glib and
 * a typed mapping into the model (merit-json-map.c).  Only then is anything written: every
 * package of the file is built and validated first, so a file either lands whole or not at
 * all.  The same person (same e-mail address, compared without case) imported again
 * updates their package instead of creating a second one.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "merit-atomic-file.h"
#include "merit-json-import-private.h"
#include "merit-json-scan.h"
#include "merit-model.h"
#include "merit-package-writer.h"
#include "merit-seal.h"
#include "merit-store-error.h"

typedef struct
{
  MeritCandidate *candidate;
  gboolean        is_new;
  GBytes         *old_bytes;
  char           *old_hash;
} Plan;

static const char * const format_names[] = {
  [MERIT_IMPORT_FORMAT_AUTO] = "auto",
  [MERIT_IMPORT_FORMAT_JSON_RESUME] = "jsonresume",
  [MERIT_IMPORT_FORMAT_GREENHOUSE] = "greenhouse",
  [MERIT_IMPORT_FORMAT_MERIT] = "merit",
};

/**
 * merit_import_format_to_string:
 * @format: a format
 *
 * Returns: the name used on the command line: "jsonresume", "greenhouse", "merit" or "auto"
 */
const char *
merit_import_format_to_string (MeritImportFormat format)
{
  g_return_val_if_fail (format <= MERIT_IMPORT_FORMAT_MERIT, NULL);

  return format_names[format];
}

/**
 * merit_import_format_from_string:
 * @text: a format name
 * @out: (out): the format
 *
 * Returns: %TRUE if @text names a format
 */
gboolean
merit_import_format_from_string (const char        *text,
                                 MeritImportFormat *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    if (g_strcmp0 (text, format_names[i]) == 0)
      {
        *out = (MeritImportFormat) i;
        return TRUE;
      }
  return FALSE;
}

static void
imported_package_free (MeritImportedPackage *package)
{
  g_free (package->id);
  g_free (package->pseudonym);
  g_free (package);
}

/**
 * merit_import_report_new:
 * @file: the file name shown in messages
 *
 * Returns: (transfer full): an empty report
 */
MeritImportReport *
merit_import_report_new (const char *file)
{
  MeritImportReport *report = g_new0 (MeritImportReport, 1);

  report->file = g_strdup (file);
  report->packages = g_ptr_array_new_with_free_func ((GDestroyNotify) imported_package_free);
  report->dropped = g_ptr_array_new_with_free_func (g_free);
  report->warnings = g_ptr_array_new_with_free_func (g_free);
  return report;
}

/**
 * merit_import_report_free:
 * @report: (transfer full): a report
 */
void
merit_import_report_free (MeritImportReport *report)
{
  if (report == NULL)
    return;
  g_free (report->file);
  g_free (report->error);
  g_ptr_array_unref (report->packages);
  g_ptr_array_unref (report->dropped);
  g_ptr_array_unref (report->warnings);
  g_free (report);
}

/**
 * merit_import_person_free:
 * @person: (transfer full): a person read from a document
 */
void
merit_import_person_free (MeritImportPerson *person)
{
  if (person == NULL)
    return;
  g_clear_object (&person->identity);
  g_clear_object (&person->profile);
  g_free (person->role_title);
  g_free (person);
}

/* The members whose duplicates make the person ambiguous, below the person's own object. */
static gboolean
is_identifying (MeritImportFormat  format,
                const char        *path)
{
  static const char * const resume[] = { "basics", "basics.name", "basics.email", NULL };
  static const char * const greenhouse[] = { "first_name", "last_name", "email_addresses", NULL };
  static const char * const merit[] = { "identity", "identity.name", "identity.email", NULL };
  const char * const *list = format == MERIT_IMPORT_FORMAT_JSON_RESUME ? resume
                             : format == MERIT_IMPORT_FORMAT_GREENHOUSE ? greenhouse : merit;

  /* Greenhouse and Merit files may hold an array of people: "[3].first_name". */
  if (path[0] == '[')
    {
      const char *close = strchr (path, ']');

      if (close == NULL)
        return FALSE;
      path = close[1] == '.' ? close + 2 : close + 1;
    }
  if (format == MERIT_IMPORT_FORMAT_GREENHOUSE && g_str_has_prefix (path, "email_addresses["))
    return TRUE;
  return g_strv_contains (list, path);
}

static gboolean
check_duplicates (MeritJsonContext  *ctx,
                  MeritImportFormat  format,
                  GPtrArray         *duplicates,
                  GError           **error)
{
  for (guint i = 0; duplicates != NULL && i < duplicates->len; i++)
    {
      MeritJsonDuplicate *duplicate = duplicates->pdata[i];

      if (is_identifying (format, duplicate->path))
        {
          g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_INVALID,
                       _("%s:%u:%u: %s: the key occurs twice (first at line %u, column %u), so "
                         "the person is ambiguous; the file is refused"),
                       ctx->display_name, duplicate->line, duplicate->column, duplicate->path,
                       duplicate->first_line, duplicate->first_column);
          return FALSE;
        }
      g_ptr_array_add (ctx->report->warnings,
                       g_strdup_printf (_("%s:%u:%u: %s: duplicate key (first at line %u, column "
                                          "%u); the last value, at line %u, was kept"),
                                        ctx->display_name, duplicate->line, duplicate->column,
                                        duplicate->path, duplicate->first_line,
                                        duplicate->first_column, duplicate->line));
    }
  return TRUE;
}

static char *
email_key (MeritIdentity *identity)
{
  const char *email = identity != NULL ? merit_identity_get_email (identity) : NULL;
  g_autofree char *normal = NULL;

  if (email == NULL || *email == '\0')
    return NULL;
  normal = g_utf8_normalize (email, -1, G_NORMALIZE_NFC);
  return normal != NULL ? g_utf8_casefold (normal, -1) : NULL;
}

/**
 * merit_json_import_parse:
 * @display_name: the file name used in messages
 * @data: the document
 * @length: its length in bytes
 * @format: the format, or %MERIT_IMPORT_FORMAT_AUTO to decide from the document
 * @report: receives the format, dropped fields and warnings
 * @error: return location for an error, "file:line:column: reason"
 *
 * Reads the people a document describes without touching any workspace.
 *
 * Returns: (transfer full) (element-type MeritImportPerson): the people, or %NULL
 */
GPtrArray *
merit_json_import_parse (const char         *display_name,
                         const char         *data,
                         gsize               length,
                         MeritImportFormat   format,
                         MeritImportReport  *report,
                         GError            **error)
{
  MeritJsonContext ctx = { display_name, data, length, report, NULL };
  g_autoptr(GPtrArray) duplicates = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GHashTable) emails = NULL;
  GPtrArray *people;
  JsonNode *root;

  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (report != NULL, NULL);

  if (!merit_json_scan (display_name, data, length, &duplicates, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, (gssize) length, &local_error))
    {
      /* The pre-scan accepts only what json-glib parses; this is a last line of defence. */
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_PARSE, "%s: %s", display_name,
                   local_error->message);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_PARSE,
                   _("%s:1:1: the file is empty"), display_name);
      return NULL;
    }
  if (format == MERIT_IMPORT_FORMAT_AUTO)
    format = _merit_json_detect_format (&ctx, root);
  if (ctx.error != NULL)
    {
      g_propagate_error (error, ctx.error);
      return NULL;
    }
  report->format = format;
  if (!check_duplicates (&ctx, format, duplicates, error))
    return NULL;

  people = _merit_json_map (&ctx, root, format);
  if (ctx.error != NULL)
    {
      g_clear_pointer (&people, g_ptr_array_unref);
      g_propagate_error (error, ctx.error);
      return NULL;
    }

  emails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < people->len; i++)
    {
      MeritImportPerson *person = people->pdata[i];
      char *key = email_key (person->identity);

      if (key == NULL)
        continue;
      if (g_hash_table_contains (emails, key))
        {
          g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_INVALID,
                       _("%s: two people in this file share the e-mail address %s; the file is "
                         "refused"), display_name, merit_identity_get_email (person->identity));
          g_free (key);
          g_ptr_array_unref (people);
          return NULL;
        }
      g_hash_table_add (emails, key);
    }
  return people;
}

/* Writing */

static void
plan_free (Plan *plan)
{
  g_clear_object (&plan->candidate);
  g_clear_pointer (&plan->old_bytes, g_bytes_unref);
  g_free (plan->old_hash);
  g_free (plan);
}

static char *
make_id (MeritWorkspace *workspace,
         GPtrArray      *plans)
{
  for (;;)
    {
      g_autofree char *id = g_strdup_printf ("c%04x%08x", (guint) g_random_int_range (0, 0x10000),
                                             g_random_int ());
      gboolean taken = merit_workspace_lookup (workspace, id) != NULL;

      for (guint i = 0; i < plans->len && !taken; i++)
        taken = g_strcmp0 (merit_candidate_get_id (((Plan *) plans->pdata[i])->candidate), id) == 0;
      if (!taken)
        return g_steal_pointer (&id);
    }
}

static MeritCandidate *
find_person (MeritWorkspace *workspace,
             const char     *key,
             const char     *actor)
{
  GListModel *list = G_LIST_MODEL (workspace);

  if (key == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (list, i);
      g_autofree char *other = NULL;

      /* Broken packages cannot be rewritten.  A sealed identity is compared only when it is
       * open, or when the person importing (a chair or the CEO) can open it with their key;
       * for anyone else the import makes a new package. */
      if (merit_candidate_get_broken_reason (candidate) != NULL)
        continue;
      if (merit_candidate_get_identity (candidate) == NULL
          && (!merit_seal_can_open (candidate, actor)
              || !merit_seal_open (workspace, candidate, actor, NULL)))
        continue;
      other = email_key (merit_candidate_get_identity (candidate));
      if (g_strcmp0 (other, key) == 0)
        return candidate;
    }
  return NULL;
}

/* The source file as the history names it: its base name, printable and short. */
static char *
source_name (const char *display_name)
{
  g_autofree char *base = g_path_get_basename (display_name);
  g_autofree char *valid = g_utf8_make_valid (base, -1);
  GString *out = g_string_new (NULL);
  guint n = 0;

  for (const char *p = valid; *p != '\0' && n < 200; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, g_unichar_iscntrl (c) || c == 0x061C || c == 0x200E
                                    || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                                    || (c >= 0x2066 && c <= 0x2069) ? '?' : c);
    }
  return g_string_free (out, FALSE);
}

static Plan *
plan_person (MeritWorkspaceStore *store,
             MeritImportPerson   *person,
             GPtrArray           *plans,
             GHashTable          *pseudonyms,
             const char          *source,
             const char          *recorded_source,
             const char          *actor,
             GError             **error)
{
  MeritWorkspace *workspace = merit_workspace_store_get_workspace (store);
  g_autofree char *key = email_key (person->identity);
  MeritCandidate *existing = find_person (workspace, key, actor);
  g_autofree char *now = merit_now_iso8601 ();
  Plan *plan = g_new0 (Plan, 1);

  if (existing != NULL)
    {
      g_autofree char *path = merit_workspace_store_dup_package_path (store,
                                                                      merit_candidate_get_id (existing));
      g_autofree char *detail = g_strdup_printf ("Identity and profile replaced from %s",
                                                 recorded_source);

      /* A CEO approval is bound to the digest of the package content; changing the profile
       * under it would make the approval look tampered with. */
      if (g_list_model_get_n_items (merit_candidate_get_approvals (existing)) > 0)
        {
          g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_INVALID,
                       _("%s: %s already has a CEO decision on its offer, so an import does "
                         "not change it"), source, merit_candidate_get_id (existing));
          plan_free (plan);
          return NULL;
        }
      plan->old_bytes = merit_file_read_bounded (path, MERIT_FILE_MAX_BYTES, error);
      if (plan->old_bytes == NULL)
        {
          plan_free (plan);
          return NULL;
        }
      plan->old_hash = merit_content_hash (plan->old_bytes);
      plan->candidate = g_object_ref (existing);
      merit_candidate_set_identity (existing, person->identity);
      merit_candidate_set_profile (existing, person->profile);
      merit_candidate_append_event (existing, actor, "import-update", NULL, NULL, detail, now);
    }
  else
    {
      g_autofree char *id = make_id (workspace, plans);
      /* Random, so that it says nothing about the person or the order of import. */
      g_autofree char *pseudonym = merit_pseudonym_new_unique (pseudonyms, NULL);
      g_autofree char *detail = g_strdup_printf ("Imported from %s", recorded_source);

      plan->is_new = TRUE;
      plan->candidate = merit_candidate_new (id);
      merit_candidate_set_pseudonym (plan->candidate, pseudonym);
      merit_candidate_set_stage (plan->candidate, MERIT_STAGE_SOURCED);
      merit_candidate_set_created (plan->candidate, now);
      merit_candidate_set_stage_since (plan->candidate, now);
      merit_candidate_set_identity (plan->candidate, person->identity);
      merit_candidate_set_profile (plan->candidate, person->profile);
      merit_role_set_title (merit_candidate_get_role (plan->candidate),
                            person->role_title != NULL ? person->role_title : "");
      merit_candidate_append_event (plan->candidate, actor, "created", NULL, "sourced", detail,
                                    now);
    }
  return plan;
}

/* Puts back what was written before a later package of the same file failed. */
static void
roll_back (MeritWorkspaceStore *store,
           GPtrArray           *plans,
           guint                n_written)
{
  g_autofree char *root = g_file_get_path (merit_workspace_store_get_folder (store));
  g_autofree char *tmp_dir = g_build_filename (root, ".merit", "tmp", NULL);

  for (guint i = 0; i < plans->len; i++)
    {
      Plan *plan = plans->pdata[i];
      const char *id = merit_candidate_get_id (plan->candidate);
      g_autofree char *path = merit_workspace_store_dup_package_path (store, id);

      if (i < n_written)
        {
          if (plan->is_new)
            g_unlink (path);
          else
            {
              g_autoptr(GBytes) current = merit_file_read_bounded (path, MERIT_FILE_MAX_BYTES, NULL);
              g_autofree char *hash = current != NULL ? merit_content_hash (current) : NULL;

              if (hash != NULL)
                merit_file_replace_cas (path, plan->old_bytes, hash, tmp_dir,
                                        MERIT_WRITE_FLAGS_NONE, NULL);
            }
        }
      if (!plan->is_new)
        merit_workspace_store_reload_candidate (store, id, NULL);
    }
}

static gboolean
write_people (MeritWorkspaceStore *store,
              MeritImportReport   *report,
              GPtrArray           *people,
              const char          *actor,
              GError             **error)
{
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func ((GDestroyNotify) plan_free);
  g_autoptr(GHashTable) pseudonyms = merit_pseudonym_dup_taken (merit_workspace_store_get_workspace (store));
  g_autofree char *source = source_name (report->file);
  g_auto(GStrv) recipients = merit_seal_dup_recipients (merit_workspace_store_get_workspace (store));
  /* A résumé's file is often named after the person: where identity is sealed, the shared
   * history does not name it either. */
  const char *recorded_source = recipients[0] != NULL
                                ? "a file whose name is not recorded, as it may name the candidate"
                                : source;
  guint n_written = 0;

  /* Build and validate everything first: a file that fails writes nothing. */
  for (guint i = 0; i < people->len; i++)
    {
      Plan *plan = plan_person (store, people->pdata[i], plans, pseudonyms, source,
                                recorded_source, actor,
                                error);
      g_autoptr(GBytes) check = NULL;

      if (plan == NULL)
        {
          roll_back (store, plans, 0);
          return FALSE;
        }
      g_ptr_array_add (plans, plan);
      check = merit_package_serialize (plan->candidate, error);
      if (check == NULL)
        {
          roll_back (store, plans, 0);
          return FALSE;
        }
    }
  for (; n_written < plans->len; n_written++)
    {
      Plan *plan = plans->pdata[n_written];
      gboolean ok = plan->is_new
                    ? merit_workspace_store_add_candidate (store, plan->candidate, actor, error)
                    : merit_workspace_store_save_candidate (store, plan->candidate, actor, error);

      if (!ok)
        {
          roll_back (store, plans, n_written);
          return FALSE;
        }
    }
  for (guint i = 0; i < plans->len; i++)
    {
      Plan *plan = plans->pdata[i];
      MeritImportedPackage *package = g_new0 (MeritImportedPackage, 1);

      package->id = g_strdup (merit_candidate_get_id (plan->candidate));
      package->pseudonym = g_strdup (merit_candidate_get_pseudonym (plan->candidate));
      package->updated = !plan->is_new;
      g_ptr_array_add (report->packages, package);
    }
  return TRUE;
}

/**
 * merit_json_import_data:
 * @store: a loaded workspace
 * @display_name: the file name used in messages and in the history
 * @data: the document
 * @length: its length in bytes
 * @format: the format, or %MERIT_IMPORT_FORMAT_AUTO
 * @actor: the member id recorded in the history
 *
 * Imports every person of a document, or nobody: each new person becomes a package in stage
 * `sourced`; a person whose e-mail address is already in the workspace updates that package.
 *
 * Returns: (transfer full): the report; its @error is set when the file was rejected
 */
MeritImportReport *
merit_json_import_data (MeritWorkspaceStore *store,
                        const char          *display_name,
                        const char          *data,
                        gsize                length,
                        MeritImportFormat    format,
                        const char          *actor)
{
  g_autoptr(MeritImportReport) report = merit_import_report_new (display_name);
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (MERIT_IS_WORKSPACE_STORE (store), NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (actor != NULL, NULL);

  people = merit_json_import_parse (display_name, data, length, format, report, &error);
  if (people == NULL || !write_people (store, report, people, actor, &error))
    {
      report->error = g_strdup (error->message);
      g_ptr_array_set_size (report->packages, 0);
    }
  return g_steal_pointer (&report);
}

/* Reads at most one byte more than the pre-scan accepts, so that it can say where the limit
 * was crossed. */
static GBytes *
read_limited (const char  *path,
              GError     **error)
{
  g_autofree char *buffer = NULL;
  gsize length = 0;
  struct stat st;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY, 0);
  if (fd < 0 || fstat (fd, &st) != 0)
    {
      int saved_errno = errno;

      if (fd >= 0)
        close (fd);
      g_set_error (error, MERIT_STORE_ERROR,
                   saved_errno == ENOENT ? MERIT_STORE_ERROR_NOT_FOUND : MERIT_STORE_ERROR_IO,
                   "%s: %s", path, g_strerror (saved_errno));
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      close (fd);
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_NOT_REGULAR,
                   _("%s: not a regular file"), path);
      return NULL;
    }
  buffer = g_malloc (MERIT_JSON_MAX_BYTES + 1);
  while (length < MERIT_JSON_MAX_BYTES + 1)
    {
      gssize n = read (fd, buffer + length, MERIT_JSON_MAX_BYTES + 1 - length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          close (fd);
          g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_IO, "%s: %s", path,
                       g_strerror (saved_errno));
          return NULL;
        }
      if (n == 0)
        break;
      length += (gsize) n;
    }
  close (fd);
  return g_bytes_new_take (g_realloc (g_steal_pointer (&buffer), length + 1), length);
}

/**
 * merit_json_import_read:
 * @path: a JSON file
 * @format: the format, or %MERIT_IMPORT_FORMAT_AUTO
 * @report: receives the format, dropped fields and warnings
 * @error: return location for an error, "file:line:column: reason"
 *
 * Reads @path (at most 16 MiB) and the people it describes without touching any workspace,
 * so that it can run on a worker thread; merit_json_import_people() then writes them.
 *
 * Returns: (transfer full) (element-type MeritImportPerson): the people, or %NULL
 */
GPtrArray *
merit_json_import_read (const char         *path,
                        MeritImportFormat   format,
                        MeritImportReport  *report,
                        GError            **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length = 0;
  const char *data;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (report != NULL, NULL);

  bytes = read_limited (path, error);
  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  return merit_json_import_parse (path, data != NULL ? data : "", length, format, report, error);
}

/**
 * merit_json_import_people:
 * @store: a loaded workspace
 * @report: the report of merit_json_import_read(); receives the packages or the error
 * @people: (element-type MeritImportPerson): the people read from @report's file
 * @actor: the member id recorded in the history
 *
 * Writes every person as a package, or nobody: see merit_json_import_data().
 *
 * Returns: %TRUE if the file was imported; else @report's error says why
 */
gboolean
merit_json_import_people (MeritWorkspaceStore *store,
                          MeritImportReport   *report,
                          GPtrArray           *people,
                          const char          *actor)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (MERIT_IS_WORKSPACE_STORE (store), FALSE);
  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (people != NULL, FALSE);
  g_return_val_if_fail (actor != NULL, FALSE);

  if (!write_people (store, report, people, actor, &error))
    {
      g_free (report->error);
      report->error = g_strdup (error->message);
      g_ptr_array_set_size (report->packages, 0);
      return FALSE;
    }
  return TRUE;
}

/**
 * merit_json_import_file:
 * @store: a loaded workspace
 * @path: a JSON file
 * @format: the format, or %MERIT_IMPORT_FORMAT_AUTO
 * @actor: the member id recorded in the history
 *
 * Reads @path (at most 16 MiB) and imports it with merit_json_import_data().
 *
 * Returns: (transfer full): the report
 */
MeritImportReport *
merit_json_import_file (MeritWorkspaceStore *store,
                        const char          *path,
                        MeritImportFormat    format,
                        const char          *actor)
{
  g_autoptr(MeritImportReport) report = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (MERIT_IS_WORKSPACE_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (actor != NULL, NULL);

  report = merit_import_report_new (path);
  people = merit_json_import_read (path, format, report, &error);
  if (people == NULL)
    report->error = g_strdup (error->message);
  else
    merit_json_import_people (store, report, people, actor);
  return g_steal_pointer (&report);
}
