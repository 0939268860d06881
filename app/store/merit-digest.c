/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-digest.c: the content digest that an approval binds.
 *
 * The digest is the SHA-256 over the Exclusive XML Canonicalization 1.0 (without comments) of
 * each bound section element in document order: identity (or its sealed form), profile, role,
 * reviews, committee and offer.  Anyone can recompute it with standard tools, e.g. by running
 * `xmllint --exc-c14n` over each section and hashing the concatenation.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <libxml/c14n.h>

#include "merit-digest.h"
#include "merit-package-writer.h"
#include "merit-store-error.h"
#include "merit-xml-private.h"
#include "merit-xml.h"

static gboolean
is_bound_section (xmlNode *node)
{
  static const char * const bound[] = {
    "identity", "profile", "role", "reviews", "committee", "offer", NULL
  };
  g_autoptr(MeritXmlString) section = NULL;

  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  if (g_strv_contains (bound, (const char *) node->name))
    return TRUE;
  if (g_strcmp0 ((const char *) node->name, "sealed") != 0)
    return FALSE;
  section = xmlGetNoNsProp (node, (const xmlChar *) "section");
  return g_strcmp0 ((const char *) section, "identity") == 0;
}

/**
 * merit_digest_doc:
 * @doc: a package document
 * @error: return location for an error
 *
 * Returns: (transfer full): the hex SHA-256 digest of the bound sections of @doc
 */
char *
merit_digest_doc (xmlDoc  *doc,
                  GError **error)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  xmlNode *root = xmlDocGetRootElement (doc);

  g_return_val_if_fail (doc != NULL, NULL);

  for (xmlNode *node = root != NULL ? root->children : NULL; node != NULL; node = node->next)
    {
      g_autoptr(xmlDoc) section_doc = NULL;
      xmlChar *canonical = NULL;
      int length;

      if (!is_bound_section (node))
        continue;
      /* Copying the section into a document of its own brings the namespace declaration
       * along, exactly as exclusive canonicalization of the subtree sees it. */
      section_doc = xmlNewDoc ((const xmlChar *) "1.0");
      xmlDocSetRootElement (section_doc, xmlDocCopyNode (node, section_doc, 1));
      length = xmlC14NDocDumpMemory (section_doc, NULL, XML_C14N_EXCLUSIVE_1_0, NULL, 0,
                                     &canonical);
      if (length < 0 || canonical == NULL)
        {
          g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_INVALID,
                       _("cannot canonicalize the %s section"), (const char *) node->name);
          return NULL;
        }
      g_checksum_update (checksum, canonical, length);
      xmlFree (canonical);
    }
  return g_strdup (g_checksum_get_string (checksum));
}

/**
 * merit_digest_candidate:
 * @candidate: a package
 * @error: return location for an error
 *
 * Returns: (transfer full): the digest of @candidate as it would be saved now
 */
char *
merit_digest_candidate (MeritCandidate  *candidate,
                        GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  gsize length = 0;
  const char *data;

  /* Digest what a reader of the file would see, not an in-memory tree. */
  bytes = merit_package_serialize (candidate, error);
  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  doc = merit_xml_parse (merit_candidate_get_id (candidate), data, length, error);
  if (doc == NULL)
    return NULL;
  return merit_digest_doc (doc, error);
}

/* Gives @element (at @depth below the root) the whitespace that writing the document with
 * indentation and reading it back gives it: libxml2 indents the children of an element that
 * has no text among them, two spaces a level, and leaves the rest of a subtree with text in
 * it as it is. */
static void
indent_as_written (xmlDoc  *doc,
                   xmlNode *element,
                   guint    depth)
{
  char indent[2 * 32 + 2] = "\n";
  guint inner = MIN (depth + 1, 30);
  xmlNode *next;

  if (element->children == NULL)
    return;
  for (xmlNode *child = element->children; child != NULL; child = child->next)
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE
        || child->type == XML_ENTITY_REF_NODE)
      return;

  memset (indent + 1, ' ', 2 * inner);
  indent[1 + 2 * inner] = '\0';
  for (xmlNode *child = element->children; child != NULL; child = next)
    {
      next = child->next;
      xmlAddPrevSibling (child, xmlNewDocText (doc, (const xmlChar *) indent));
      if (child->type == XML_ELEMENT_NODE)
        indent_as_written (doc, child, depth + 1);
    }
  indent[1 + 2 * MIN (depth, 30)] = '\0';
  xmlAddChild (element, xmlNewDocText (doc, (const xmlChar *) indent));
}

/**
 * merit_digest_generated:
 * @candidate: a package made by Merit itself (the demo), never one edited or imported
 * @error: return location for an error
 *
 * The same digest as merit_digest_candidate(), without the schema check and without writing
 * and reading the package: the sections are built and given the indentation a reader of the
 * written file sees.
 *
 * Returns: (transfer full): the digest of @candidate as it would be saved now
 */
char *
merit_digest_generated (MeritCandidate  *candidate,
                        GError         **error)
{
  g_autoptr(xmlDoc) doc = NULL;

  merit_xml_init ();
  doc = merit_package_build_doc (candidate);
  for (xmlNode *node = xmlDocGetRootElement (doc)->children; node != NULL; node = node->next)
    if (is_bound_section (node))
      indent_as_written (doc, node, 1);
  return merit_digest_doc (doc, error);
}
