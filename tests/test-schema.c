/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-schema.c: validation with the patterns checked apart accepts exactly what the full
 * schemas accept. */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "merit-demo.h"
#include "merit-store-error.h"
#include "merit-test-utils.h"
#include "merit-xml-private.h"
#include "merit-xml.h"

typedef struct
{
  guint checked;
  guint rejected;
} Tally;

static gboolean
kind_of (xmlDoc          *doc,
         MeritSchemaKind *kind)
{
  xmlNode *root = xmlDocGetRootElement (doc);

  if (root != NULL && xmlStrEqual (root->name, (const xmlChar *) "workspace"))
    *kind = MERIT_SCHEMA_WORKSPACE;
  else
    *kind = MERIT_SCHEMA_PACKAGE;
  return root != NULL;
}

/* Both ways of validating give the same verdict on @doc, and on a rejection both name the
 * file and a line. */
static void
assert_agree (xmlDoc     *doc,
              const char *what,
              Tally      *tally)
{
  g_autoptr(GError) fast_error = NULL;
  g_autoptr(GError) strict_error = NULL;
  MeritSchemaKind kind;
  gboolean fast, strict;

  if (!kind_of (doc, &kind))
    return;
  fast = merit_xml_validate (doc, kind, "file.xml", &fast_error);
  strict = _merit_xml_validate_strict (doc, kind, "file.xml", &strict_error);
  if (fast != strict)
    g_error ("%s: validated %s with the patterns apart, %s in full (%s)", what,
             fast ? "valid" : "invalid", strict ? "valid" : "invalid",
             fast ? strict_error->message : fast_error->message);
  tally->checked++;
  if (!fast)
    {
      tally->rejected++;
      g_assert_true (g_str_has_prefix (fast_error->message, "file.xml:"));
    }
}

static void
check_file (const char *path,
            Tally      *tally)
{
  g_autofree char *data = NULL;
  gsize length = 0;
  g_autoptr(xmlDoc) doc = NULL;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  doc = merit_xml_parse (path, data, length, NULL);
  if (doc != NULL)
    assert_agree (doc, path, tally);
}

static void
collect_xml (const char *dir,
             GPtrArray  *paths)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  if (listing == NULL)
    return;
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        collect_xml (path, paths);
      else if (g_str_has_suffix (name, ".xml"))
        g_ptr_array_add (paths, g_steal_pointer (&path));
    }
}

/* A demo workspace: signed, sealed, reviewed and approved packages, every kind of value. */
static char *
make_demo (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("merit-schema-XXXXXX", &error);
  g_autoptr(GFile) folder = NULL;

  g_assert_no_error (error);
  folder = g_file_new_for_path (dir);
  g_assert_true (merit_demo_create (folder, 24, TRUE, 3, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&dir);
}

static void
test_patterns_apart (void)
{
  /* Both schemas have their patterns compiled once; were they not, every value would
   * compile them again. */
  g_assert_cmpuint (_merit_xml_get_n_patterns (MERIT_SCHEMA_PACKAGE), >=, 8);
  g_assert_cmpuint (_merit_xml_get_n_patterns (MERIT_SCHEMA_WORKSPACE), >=, 6);
}

static void
test_files_agree (void)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *demo = make_demo ();
  g_autofree char *fixtures = g_test_build_filename (G_TEST_DIST, "fixtures", NULL);
  g_autofree char *corpus = g_test_build_filename (G_TEST_DIST, "fuzz", "corpus", NULL);
  Tally tally = { 0 };

  collect_xml (fixtures, paths);
  collect_xml (corpus, paths);
  collect_xml (demo, paths);
  for (guint i = 0; i < paths->len; i++)
    check_file (g_ptr_array_index (paths, i), &tally);
  g_assert_cmpuint (tally.checked, >, 50);
  g_assert_cmpuint (tally.rejected, >, 5);
  g_assert_cmpuint (tally.rejected, <, tally.checked);
  merit_test_remove_tree (demo);
}

static void
collect_elements (xmlNode   *node,
                  GPtrArray *elements)
{
  for (; node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE)
      {
        g_ptr_array_add (elements, node);
        collect_elements (node->children, elements);
      }
}

/* Values for every attribute and text: numbers as xsd:integer reads them (signs, blanks,
 * leading zeros, more digits than libxml2 takes), and text at and past a length limit of
 * 400 characters, each of two bytes. */
static const char *const mutations[] = { "", " ", "x", "-1", "Z", "2024-02-30T00:00:00Z",
                                         "0000000000000000000000000000000000000000000000000000000000000000",
                                         "+3", " 4 ", "\t2\n", "007", "-0", "4.0", "1e2", "٣",
                                         "00000000000000000000000000000002",
                                         "1000000000000000000000000", "99999999999999999999999",
                                         "-99999999999999999999999" };

/* Every attribute and every text-only element of valid files, changed in ways a hand edit or
 * a broken program would: both ways of validating agree on each. */
static void
test_mutations_agree (void)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *demo = make_demo ();
  g_autofree char *valid = g_test_build_filename (G_TEST_DIST, "fixtures", "valid", NULL);
  Tally tally = { 0 };

  collect_xml (valid, paths);
  collect_xml (demo, paths);
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) at_limit = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (mutations); i++)
    g_ptr_array_add (values, g_strdup (mutations[i]));
  for (guint i = 0; i < 400; i++)
    g_string_append (at_limit, "é");
  g_ptr_array_add (values, g_strdup (at_limit->str));
  g_string_append (at_limit, "é");
  g_ptr_array_add (values, g_strdup (at_limit->str));
  for (guint p = 0; p < paths->len && p < 8; p++)
    {
      const char *path = g_ptr_array_index (paths, p);
      g_autofree char *data = NULL;
      gsize length = 0;
      g_autoptr(xmlDoc) doc = NULL;
      GPtrArray *elements;

      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      doc = merit_xml_parse (path, data, length, NULL);
      g_assert_nonnull (doc);
      elements = g_ptr_array_new ();
      collect_elements (xmlDocGetRootElement (doc), elements);
      for (guint e = 0; e < elements->len; e++)
        {
          xmlNode *node = g_ptr_array_index (elements, e);

          for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
            {
              g_autoptr(MeritXmlString) value = xmlNodeListGetString (doc, attr->children, 1);
              g_autofree char *original = g_strdup (value != NULL ? (const char *) value : "");

              for (guint m = 0; m <= values->len; m++)
                {
                  g_autofree char *changed = m < values->len
                                             ? g_strdup (g_ptr_array_index (values, m))
                                             : g_strconcat (original, "!", NULL);

                  xmlSetProp (node, attr->name, (const xmlChar *) changed);
                  assert_agree (doc, (const char *) attr->name, &tally);
                }
              xmlSetProp (node, attr->name, (const xmlChar *) original);
            }
          /* Elements that hold only text. */
          if (node->children != NULL && node->children->type == XML_TEXT_NODE
              && node->children->next == NULL)
            {
              g_autoptr(MeritXmlString) value = xmlNodeGetContent (node);
              g_autofree char *original = g_strdup ((const char *) value);

              for (guint m = 0; m <= values->len; m++)
                {
                  g_autofree char *changed = m < values->len
                                             ? g_strdup (g_ptr_array_index (values, m))
                                             : g_strconcat (" ", original, NULL);

                  xmlNodeSetContent (node, (const xmlChar *) changed);
                  assert_agree (doc, (const char *) node->name, &tally);
                }
              xmlNodeSetContent (node, (const xmlChar *) original);
            }
        }
      g_ptr_array_unref (elements);
    }
  g_test_message ("%u changed documents, %u rejected", tally.checked, tally.rejected);
  g_assert_cmpuint (tally.checked, >, 1000);
  g_assert_cmpuint (tally.rejected, >, 500);
  merit_test_remove_tree (demo);
}

/* A value that only a pattern forbids is refused with the file, the line and the value. */
static void
test_pattern_error (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "valid", "c000001.xml",
                                                 NULL);
  g_autofree char *data = NULL;
  g_autofree char *changed = NULL;
  g_autoptr(GRegex) regex = g_regex_new ("created=\"[0-9T:Z-]+\"", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  gint start = 0;
  guint line = 1;

  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  g_assert_true (g_regex_match (regex, data, 0, &match));
  g_assert_true (g_match_info_fetch_pos (match, 0, &start, NULL));
  for (gint i = 0; i < start; i++)
    line += data[i] == '\n';
  changed = g_regex_replace_literal (regex, data, -1, 0, "created=\"2024-1-1T00:00:00Z\"",
                                     G_REGEX_MATCH_NOTEMPTY, NULL);
  doc = merit_xml_parse ("c000001.xml", changed, strlen (changed), NULL);
  g_assert_nonnull (doc);
  g_assert_false (merit_xml_validate (doc, MERIT_SCHEMA_PACKAGE, "c000001.xml", &error));
  g_assert_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_SCHEMA);
  expected = g_strdup_printf ("c000001.xml:%u:", line);
  g_assert_true (g_str_has_prefix (error->message, expected));
  g_assert_nonnull (strstr (error->message, "2024-1-1T00:00:00Z"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/schema/patterns-apart", test_patterns_apart);
  g_test_add_func ("/schema/files-agree", test_files_agree);
  g_test_add_func ("/schema/mutations-agree", test_mutations_agree);
  g_test_add_func ("/schema/pattern-error", test_pattern_error);

  return g_test_run ();
}
