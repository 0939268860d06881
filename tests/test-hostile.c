/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-hostile.c: hostile and broken package files (HARDENING.md §7).
 *
 * Every case puts one bad package file into a small demo workspace and loads it.  The
 * workspace must open; the bad file must show up as a broken candidate whose reason names the
 * file, a line and what is wrong; the good packages must still load; saving the broken one
 * must be refused; no file in the workspace may change; and the same bytes handed straight to
 * the package reader must fail the same way, in bounded time.  Nothing may be read from
 * outside the buffer: an external-entity loader installed for the whole run counts calls.
 */

#include "config.h"

#include <string.h>
#include <time.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "merit-model.h"
#include "merit-package-reader.h"
#include "merit-store-error.h"
#include "merit-test-utils.h"
#include "merit-workspace-store.h"
#include "merit-xml.h"

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(undefined_behavior_sanitizer)
#define UNDER_SANITIZER 1
#endif
#endif

/* HARDENING.md §7: each case is rejected in bounded time.  The limit applies to the CPU time
 * of the process, so a busy machine running other tests does not make it flaky; the wall
 * clock gets a looser bound.  Sanitizers slow everything. */
#ifdef UNDER_SANITIZER
#define CPU_LIMIT_US (8 * G_USEC_PER_SEC)
#define WALL_LIMIT_US (30 * G_USEC_PER_SEC)
#else
#define CPU_LIMIT_US (1 * G_USEC_PER_SEC)
#define WALL_LIMIT_US (5 * G_USEC_PER_SEC)
#endif

typedef enum
{
  CASE_NONE = 0,
  /* The case points at a file outside the document: nothing of it may appear anywhere. */
  CASE_XXE = 1 << 0,
  /* Refused by the size cap before anything is read, so there is no line to name. */
  CASE_NO_LINE = 1 << 1,
} CaseFlags;

typedef GBytes *(*GenerateFunc) (void);

typedef struct
{
  const char   *name;       /* fixture file in fixtures/hostile/, or the generated case name */
  const char   *id;         /* the package file is copied to packages/<id>.xml */
  const char   *expected;   /* a substring the error must contain */
  CaseFlags     flags;
  GenerateFunc  generate;   /* NULL for a committed fixture */
} HostileCase;

static guint entity_loader_calls;

typedef struct
{
  gint64 wall;
  gint64 cpu;
} Clock;

static gint64
cpu_now (void)
{
  struct timespec ts;

  g_assert_cmpint (clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts), ==, 0);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static Clock
clock_start (void)
{
  Clock clock = { g_get_monotonic_time (), cpu_now () };

  return clock;
}

static void
assert_fast (Clock       start,
             const char *name,
             const char *what)
{
  gint64 wall = g_get_monotonic_time () - start.wall;
  gint64 cpu = cpu_now () - start.cpu;

  g_test_message ("%s: %s took %.3f s (CPU %.3f s)", name, what, wall / 1e6, cpu / 1e6);
  if (cpu > CPU_LIMIT_US || wall > WALL_LIMIT_US)
    g_error ("%s: %s took %.2f s (CPU %.2f s)", name, what, wall / 1e6, cpu / 1e6);
}

static xmlParserInputPtr
counting_entity_loader (const char       *url,
                        const char       *id,
                        xmlParserCtxtPtr  ctxt)
{
  /* The product refuses DOCTYPEs before any entity can be declared; reaching this is a bug. */
  g_atomic_int_inc (&entity_loader_calls);
  return NULL;
}

/* ---------------------------------------------------------------------------------------- */
/* Generated cases: too big to commit, built from the valid fixture at run time.              */

static char *
read_valid_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "valid", name, NULL);

  return merit_test_read_file (path, NULL);
}

/* The small valid package, with the id the hostile fixtures derived from it carry. */
static char *
small_package (void)
{
  g_autofree char *valid = read_valid_fixture ("c000001.xml");

  return merit_test_replace_once (valid, "id=\"c000001\"", "id=\"c000101\"");
}

static GBytes *
take_string (GString *string)
{
  gsize length = string->len;

  return g_bytes_new_take (g_string_free (string, FALSE), length);
}

static GBytes *
insert_in_profile (const char *inner)
{
  g_autofree char *small = small_package ();
  const char *at = strstr (small, "  <profile>\n");
  GString *out = g_string_new (NULL);

  g_assert_nonnull (at);
  at += strlen ("  <profile>\n");
  g_string_append_len (out, small, at - small);
  g_string_append (out, inner);
  g_string_append (out, at);
  return take_string (out);
}

static GBytes *
nested (guint depth)
{
  GString *inner = g_string_new (NULL);

  for (guint i = 0; i < depth; i++)
    g_string_append (inner, "<entry>");
  for (guint i = 0; i < depth; i++)
    g_string_append (inner, "</entry>");
  g_string_append_c (inner, '\n');
  {
    g_autofree char *text = g_string_free (inner, FALSE);

    return insert_in_profile (text);
  }
}

static GBytes *
generate_nesting_10000 (void)
{
  return nested (10000);
}

static GBytes *
generate_nesting_300 (void)
{
  return nested (300);
}

/* A summary padded with @filler until the whole file is @total bytes. */
static GBytes *
padded_summary (gsize total,
                char  filler)
{
  g_autofree char *small = small_package ();
  const char *at = strstr (small, "<summary>");
  gsize head;
  GString *out;

  g_assert_nonnull (at);
  g_assert_cmpuint (total, >, strlen (small));
  head = (gsize) (at - small) + strlen ("<summary>");
  out = g_string_sized_new (total + 1);
  g_string_append_len (out, small, head);
  for (gsize i = strlen (small); i < total; i++)
    g_string_append_c (out, filler);
  g_string_append (out, small + head);
  g_assert_cmpuint (out->len, ==, total);
  return take_string (out);
}

static GBytes *
generate_text_node_50mb (void)
{
  return padded_summary (50 * 1024 * 1024, 'x');
}

static GBytes *
generate_over_size_cap (void)
{
  return padded_summary (MERIT_XML_MAX_BYTES + 1, 'y');
}

static GBytes *
generate_quadratic_blowup (void)
{
  g_autofree char *small = small_package ();
  const char *decl_end = strstr (small, "?>\n");
  const char *summary = strstr (small, "<summary>");
  GString *out = g_string_new (NULL);

  g_assert_nonnull (decl_end);
  g_assert_nonnull (summary);
  decl_end += strlen ("?>\n");
  summary += strlen ("<summary>");
  g_string_append_len (out, small, decl_end - small);
  g_string_append (out, "<!DOCTYPE package [<!ENTITY a \"");
  for (guint i = 0; i < 50000; i++)
    g_string_append_c (out, 'a');
  g_string_append (out, "\">]>\n");
  g_string_append_len (out, decl_end, summary - decl_end);
  for (guint i = 0; i < 50000; i++)
    g_string_append (out, "&a;");
  g_string_append (out, summary);
  return take_string (out);
}

static GBytes *
generate_attributes_100000 (void)
{
  g_autofree char *small = small_package ();
  const char *role = strstr (small, "<role ");
  GString *out = g_string_new (NULL);

  g_assert_nonnull (role);
  role += strlen ("<role");
  g_string_append_len (out, small, role - small);
  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (out, " a%u=\"x\"", i);
  g_string_append (out, role);
  return take_string (out);
}

static GBytes *
generate_element_name_50kb (void)
{
  GString *inner = g_string_new ("<");
  g_autofree char *text = NULL;

  for (guint i = 0; i < 50000; i++)
    g_string_append_c (inner, 'n');
  g_string_append (inner, "/>\n");
  text = g_string_free (inner, FALSE);
  return insert_in_profile (text);
}

static GBytes *
generate_siblings_1000000 (void)
{
  GString *inner = g_string_sized_new (4000010);
  g_autofree char *text = NULL;

  for (guint i = 0; i < 1000000; i++)
    g_string_append (inner, "<a/>");
  g_string_append_c (inner, '\n');
  text = g_string_free (inner, FALSE);
  return insert_in_profile (text);
}

/* ---------------------------------------------------------------------------------------- */

static const HostileCase cases[] = {
  /* Entities, DTDs and inclusion: never expanded, never fetched. */
  { "xxe-local-file.xml", "c000101", "DOCTYPE", CASE_XXE, NULL },
  { "xxe-parameter-entity.xml", "c000101", "DOCTYPE", CASE_XXE, NULL },
  { "external-dtd.xml", "c000101", "DOCTYPE", CASE_XXE, NULL },
  { "external-dtd-http.xml", "c000101", "DOCTYPE", CASE_XXE, NULL },
  { "billion-laughs.xml", "c000101", "DOCTYPE", CASE_NONE, NULL },
  { "xinclude.xml", "c000101", "element include", CASE_XXE, NULL },
  /* Encodings: UTF-8 only. */
  { "invalid-utf8.xml", "c000101", "UTF-8", CASE_NONE, NULL },
  { "overlong-utf8.xml", "c000101", "UTF-8", CASE_NONE, NULL },
  { "latin1-declared.xml", "c000101", "UTF-8", CASE_NONE, NULL },
  { "utf16-no-bom.xml", "c000101", "NUL", CASE_NONE, NULL },
  { "nul-byte.xml", "c000101", "NUL", CASE_NONE, NULL },
  /* Truncated or empty files. */
  { "truncated.xml", "c000101", "Premature end of data", CASE_NONE, NULL },
  { "truncated-in-tag.xml", "c000101", "attribute", CASE_NONE, NULL },
  { "bom-only.xml", "c000101", "empty", CASE_NONE, NULL },
  { "empty.xml", "c000101", "empty", CASE_NONE, NULL },
  { "declaration-only.xml", "c000101", "Start tag expected", CASE_NONE, NULL },
  { "unclosed-element.xml", "c000101", "tag mismatch", CASE_NONE, NULL },
  /* Not a Merit package, or one from the future. */
  { "wrong-root.xml", "c000101", "schema", CASE_NONE, NULL },
  { "wrong-namespace.xml", "c000101", "namespace", CASE_NONE, NULL },
  { "no-namespace.xml", "c000101", "namespace", CASE_NONE, NULL },
  { "newer-schema-version.xml", "c000101", "newer version", CASE_NONE, NULL },
  /* Schema-invalid values and elements. */
  { "negative-salary.xml", "c000011", "attribute base", CASE_NONE, NULL },
  { "salary-with-comma.xml", "c000011", "attribute base", CASE_NONE, NULL },
  { "salary-exponent.xml", "c000011", "attribute base", CASE_NONE, NULL },
  { "salary-nan.xml", "c000011", "attribute base", CASE_NONE, NULL },
  { "salary-hex.xml", "c000011", "attribute base", CASE_NONE, NULL },
  { "salary-20-digits.xml", "c000011", "attribute base", CASE_NONE, NULL },
  { "currency-not-iso.xml", "c000011", "attribute currency", CASE_NONE, NULL },
  { "unpadded-date.xml", "c000011", "attribute start", CASE_NONE, NULL },
  { "date-leading-space.xml", "c000011", "attribute start", CASE_NONE, NULL },
  { "score-out-of-range.xml", "c000011", "score", CASE_NONE, NULL },
  { "unknown-stage.xml", "c000101", "schema", CASE_NONE, NULL },
  { "script-element.xml", "c000101", "element script", CASE_NONE, NULL },
  { "huge-attribute.xml", "c000101", "schema", CASE_NONE, NULL },
  /* Rules the schema cannot express. */
  { "duplicate-review-ids.xml", "c000011", "used twice", CASE_NONE, NULL },
  { "duplicate-vote.xml", "c000011", "voted twice", CASE_NONE, NULL },
  { "invalid-date.xml", "c000011", "2026-02-30", CASE_NONE, NULL },
  { "non-leap-day.xml", "c000011", "2025-02-29", CASE_NONE, NULL },
  { "year-zero.xml", "c000011", "0000-01-01", CASE_NONE, NULL },
  { "invalid-month.xml", "c000101", "2026-13-01", CASE_NONE, NULL },
  /* Valid content, filed under another id. */
  { "id-mismatch.xml", "c000102", "does not match its file name", CASE_NONE, NULL },
  /* Generated at run time. */
  { "nesting-10000", "c000101", "nested", CASE_NONE, generate_nesting_10000 },
  { "nesting-300", "c000101", "nested", CASE_NONE, generate_nesting_300 },
  { "text-node-50mb", "c000101", "limit", CASE_NO_LINE, generate_text_node_50mb },
  { "over-size-cap", "c000101", "limit", CASE_NO_LINE, generate_over_size_cap },
  { "quadratic-blowup", "c000101", "DOCTYPE", CASE_NONE, generate_quadratic_blowup },
  { "attributes-100000", "c000101", "attributes", CASE_NONE, generate_attributes_100000 },
  { "element-name-50kb", "c000101", "Did not expect element", CASE_NONE,
    generate_element_name_50kb },
  { "siblings-1000000", "c000101", "elements, over the limit", CASE_NONE,
    generate_siblings_1000000 },
};

static GBytes *
case_bytes (const HostileCase *hostile)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  if (hostile->generate != NULL)
    return hostile->generate ();
  path = g_test_build_filename (G_TEST_DIST, "fixtures", "hostile", hostile->name, NULL);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* "<path>:<line>:…" with line ≥ 1, or "<path>: …" for the size cap. */
static void
assert_names_file_and_line (const char        *message,
                            const char        *path,
                            const HostileCase *hostile)
{
  const char *rest;
  guint64 line = 0;
  char *end = NULL;

  if (!g_str_has_prefix (message, path))
    g_error ("%s: the message does not start with the file path %s: %s", hostile->name, path,
             message);
  rest = message + strlen (path);
  if (hostile->flags & CASE_NO_LINE)
    {
      g_assert_true (g_str_has_prefix (rest, ": "));
      return;
    }
  if (rest[0] != ':' || !g_ascii_isdigit (rest[1]))
    g_error ("%s: no line number after the file path: %s", hostile->name, message);
  line = g_ascii_strtoull (rest + 1, &end, 10);
  g_assert_cmpuint (line, >=, 1);
  g_assert_true (*end == ':');
}

static void
assert_reason (const char        *message,
               const char        *path,
               const HostileCase *hostile)
{
  g_test_message ("%s → %s", hostile->name, message);
  g_assert_true (g_utf8_validate (message, -1, NULL));
  g_assert_null (strchr (message, '\n'));
  assert_names_file_and_line (message, path, hostile);
  if (strstr (message, hostile->expected) == NULL)
    g_error ("%s: expected “%s” in the message: %s", hostile->name, hostile->expected, message);
  if (hostile->flags & CASE_XXE)
    {
      g_autofree char *passwd = NULL;

      g_assert_null (strstr (message, "root:"));
      g_assert_null (strstr (message, "/bin/"));
      if (g_file_get_contents ("/etc/passwd", &passwd, NULL, NULL))
        {
          g_auto(GStrv) lines = g_strsplit (passwd, "\n", 2);

          if (lines[0] != NULL && strlen (lines[0]) > 8)
            g_assert_null (strstr (message, lines[0]));
        }
    }
}

static void
test_hostile_case (gconstpointer data)
{
  const HostileCase *hostile = data;
  g_autoptr(GBytes) bytes = case_bytes (hostile);
  g_autofree char *root = merit_test_make_demo (2);
  g_autofree char *parent = g_path_get_dirname (root);
  g_autofree char *packages = g_build_filename (root, "packages", NULL);
  g_autofree char *file_name = g_strconcat (hostile->id, ".xml", NULL);
  g_autofree char *path = g_build_filename (packages, file_name, NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (root);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) packages_before = NULL;
  g_auto(GStrv) root_before = NULL;
  MeritWorkspaceStore *store;
  MeritWorkspace *workspace;
  MeritCandidate *broken;
  MeritCandidate *direct;
  gsize length = 0;
  const char *data_bytes = g_bytes_get_data (bytes, &length);
  Clock start;

  entity_loader_calls = 0;
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  merit_test_write_file (path, data_bytes != NULL ? data_bytes : "", (gssize) length);
  packages_before = merit_test_snapshot_dir (packages);
  root_before = merit_test_snapshot_dir (root);

  /* The workspace opens; the bad file is a broken candidate; the good ones load. */
  store = merit_workspace_store_new (folder);
  start = clock_start ();
  g_assert_true (merit_workspace_store_load (store, NULL, &error));
  g_assert_no_error (error);
  assert_fast (start, hostile->name, "loading the workspace");

  workspace = merit_workspace_store_get_workspace (store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (workspace)), ==, 3);
  g_assert_cmpuint (merit_workspace_store_get_n_broken (store), ==, 1);
  broken = merit_workspace_lookup (workspace, hostile->id);
  g_assert_nonnull (broken);
  g_assert_nonnull (merit_candidate_get_broken_reason (broken));
  assert_reason (merit_candidate_get_broken_reason (broken), path, hostile);
  for (guint i = 1; i <= 2; i++)
    {
      g_autofree char *id = g_strdup_printf ("c%06u", i);
      MeritCandidate *good = merit_workspace_lookup (workspace, id);

      g_assert_nonnull (good);
      g_assert_null (merit_candidate_get_broken_reason (good));
      g_assert_nonnull (merit_candidate_get_pseudonym (good));
    }

  /* A broken package is never written back. */
  g_assert_false (merit_workspace_store_save_candidate (store, broken, "rafael", &error));
  g_assert_nonnull (error);
  g_test_message ("save refused: %s", error->message);
  g_clear_error (&error);

  g_assert_finalize_object (store);
  merit_test_assert_same_dir (packages, packages_before);
  merit_test_assert_same_dir (root, root_before);

  /* The reader itself refuses the bytes with the same reason, in bounded time. */
  start = clock_start ();
  direct = merit_package_read_bytes (bytes, path, hostile->id, &error);
  assert_fast (start, hostile->name, "reading the package");
  g_assert_null (direct);
  g_assert_nonnull (error);
  g_assert_true (error->domain == MERIT_STORE_ERROR);
  assert_reason (error->message, path, hostile);

  g_assert_cmpuint (entity_loader_calls, ==, 0);
  merit_test_remove_tree (parent);
}

/* The harness is not blind: a valid package copied the same way loads and is not broken. */
static void
test_control_valid_package (void)
{
  g_autofree char *root = merit_test_make_demo (2);
  g_autofree char *parent = g_path_get_dirname (root);
  g_autofree char *path = g_build_filename (root, "packages", "c000011.xml", NULL);
  g_autofree char *valid = read_valid_fixture ("c000011.xml");
  g_autoptr(GFile) folder = g_file_new_for_path (root);
  g_autoptr(GError) error = NULL;
  MeritWorkspaceStore *store;
  MeritCandidate *candidate;

  merit_test_write_file (path, valid, -1);
  store = merit_workspace_store_new (folder);
  g_assert_true (merit_workspace_store_load (store, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (merit_workspace_store_get_n_broken (store), ==, 0);
  candidate = merit_workspace_lookup (merit_workspace_store_get_workspace (store), "c000011");
  g_assert_nonnull (candidate);
  g_assert_null (merit_candidate_get_broken_reason (candidate));
  g_assert_finalize_object (store);
  merit_test_remove_tree (parent);
}

/* HARDENING.md §7 #14: comments, processing instructions and CDATA carrying markup are inert
 * data; the CDATA text arrives literally and nothing is interpreted. */
static void
test_inert_markup (void)
{
  g_autofree char *small = small_package ();
  g_autofree char *step = merit_test_replace_once (
    small, "<summary>",
    "<!-- <script>alert(1)</script> --><?merit-evil rm -rf / ?><summary>"
    "<![CDATA[<script>alert(1)</script> &amp; <b>bold</b>]]> ");
  g_autoptr(GBytes) bytes = g_bytes_new (step, strlen (step));
  g_autoptr(GError) error = NULL;
  g_autoptr(MeritCandidate) candidate = NULL;
  const char *summary;

  candidate = merit_package_read_bytes (bytes, "inert.xml", "c000101", &error);
  g_assert_no_error (error);
  g_assert_nonnull (candidate);
  summary = merit_profile_get_summary (merit_candidate_get_profile (candidate));
  g_assert_true (g_str_has_prefix (summary, "<script>alert(1)</script> &amp; <b>bold</b> I'm Hana"));
  g_assert_cmpuint (entity_loader_calls, ==, 0);
}

/* Every committed fixture is in the table, so none is silently skipped. */
static void
test_every_fixture_listed (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "fixtures", "hostile", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n_files = 0;
  guint n_committed = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gboolean listed = FALSE;

      if (!g_str_has_suffix (name, ".xml"))
        continue;
      n_files++;
      for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
        listed |= cases[i].generate == NULL && g_strcmp0 (cases[i].name, name) == 0;
      if (!listed)
        g_error ("fixtures/hostile/%s has no entry in the table of test-hostile.c", name);
    }
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    if (cases[i].generate == NULL)
      n_committed++;
  g_assert_cmpuint (n_files, ==, n_committed);
  g_assert_cmpuint (n_files, >=, 20);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  /* Replace the product's deny-all loader by one that also counts; it still denies. */
  merit_xml_init ();
  xmlSetExternalEntityLoader (counting_entity_loader);

  g_test_add_func ("/hostile/fixtures-listed", test_every_fixture_listed);
  g_test_add_func ("/hostile/control/valid-package", test_control_valid_package);
  g_test_add_func ("/hostile/inert-markup", test_inert_markup);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *stem = g_strndup (cases[i].name,
                                         g_str_has_suffix (cases[i].name, ".xml")
                                           ? strlen (cases[i].name) - 4
                                           : strlen (cases[i].name));
      g_autofree char *test_path =
        g_strdup_printf ("/hostile/%s/%s", cases[i].generate != NULL ? "generated" : "fixture",
                         stem);

      g_test_add_data_func (test_path, &cases[i], test_hostile_case);
    }

  return g_test_run ();
}
