/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-xml.h: hardened XML parsing and RelaxNG validation. */

#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

/* Packages are small; anything above this is refused before parsing. */
#define MERIT_XML_MAX_BYTES (8 * 1024 * 1024)
/* Elements nested deeper than this are refused while parsing. */
#define MERIT_XML_MAX_DEPTH 64

typedef enum
{
  MERIT_SCHEMA_PACKAGE,
  MERIT_SCHEMA_WORKSPACE,
} MeritSchemaKind;

#define MERIT_XML_NS "urn:merit:1"
#define MERIT_SCHEMA_VERSION 1

void      merit_xml_init     (void);
xmlDoc   *merit_xml_parse    (const char      *display_name,
                              const char      *data,
                              gsize            length,
                              GError         **error);
gboolean  merit_xml_validate (xmlDoc          *doc,
                              MeritSchemaKind  kind,
                              const char      *display_name,
                              GError         **error);
gboolean  _merit_xml_validate_strict (xmlDoc          *doc,
                                      MeritSchemaKind  kind,
                                      const char      *display_name,
                                      GError         **error);
guint     _merit_xml_get_n_patterns  (MeritSchemaKind  kind);
xmlDoc   *merit_xml_load     (const char      *display_name,
                              const char      *data,
                              gsize            length,
                              MeritSchemaKind  kind,
                              GError         **error);

G_END_DECLS
