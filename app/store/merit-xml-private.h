/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-xml-private.h: libxml2 cleanup functions shared by the storage layer. */

#pragma once

#include <glib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/relaxng.h>
#include <libxml/xmlwriter.h>

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlParserCtxt, xmlFreeParserCtxt)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlRelaxNGValidCtxt, xmlRelaxNGFreeValidCtxt)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlRelaxNGParserCtxt, xmlRelaxNGFreeParserCtxt)

/* xmlChar strings returned by libxml2 are freed with xmlFree. */
typedef xmlChar MeritXmlString;
static inline void
merit_xml_string_free (MeritXmlString *s)
{
  if (s != NULL)
    xmlFree (s);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MeritXmlString, merit_xml_string_free)

/* The text of a node list that is one text node, or "" for none, without a copy; NULL when
 * it has to be put together (several nodes, entities, CDATA). */
static inline const char *
merit_xml_plain_text (xmlNode *children)
{
  if (children == NULL)
    return "";
  if (children->type == XML_TEXT_NODE && children->next == NULL && children->content != NULL)
    return (const char *) children->content;
  return NULL;
}

G_END_DECLS
