/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-xml.c: hardened XML parsing and RelaxNG validation.
 *
 * libxml2 2.9.14 expands nothing dangerous by default, but it still accepts a DOCTYPE with
 * internal entities, a text node of any size and an external subset when asked for one.  So a
 * document is read only from a size-capped memory buffer, any DOCTYPE stops the parser before
 * an entity can be declared, the external-entity loader refuses everything and catalogs are
 * off.  The schemas come from the GResource, never from the workspace.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <libxml/catalog.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include "merit-store-error.h"
#include "merit-store-resources.h"
#include "merit-xml-patterns.h"
#include "merit-xml-private.h"
#include "merit-xml.h"

/* No element of a Merit file comes near this; libxml2 2.9.14 is quadratic in it. */
#define MERIT_XML_MAX_ATTRIBUTES 256
/* A package has a few thousand elements; a million siblings only cost validation time. */
#define MERIT_XML_MAX_ELEMENTS 100000

typedef struct
{
  gboolean  saw_doctype;
  gboolean  depth_exceeded;
  int       depth;
  int       line;
  int       column;
  char     *message;
  startElementNsSAX2Func start_element;
  endElementNsSAX2Func   end_element;
} ParseState;

static xmlRelaxNGPtr schemas[2];        /* in full */
static xmlRelaxNGPtr fast_schemas[2];   /* without the patterns, or NULL */
static MeritPatterns *patterns[2];      /* those patterns, or NULL */

static xmlParserInputPtr
deny_entity_loader (const char       *url,
                    const char       *id,
                    xmlParserCtxtPtr  ctxt)
{
  /* Nothing outside the buffer we were given is ever read. */
  return NULL;
}

static void
silence_generic_error (void       *ctx,
                       const char *msg,
                       ...)
{
}

static char *
clean_message (const char *message)
{
  g_autofree char *copy = g_strdup (message != NULL ? message : "unknown error");

  g_strstrip (copy);
  /* The message may quote hostile input; keep it one line and plain text. */
  g_strdelimit (copy, "\r\n\t", ' ');
  if (g_utf8_strlen (copy, -1) > 200)
    {
      char *end = g_utf8_offset_to_pointer (copy, 200);
      *end = '\0';
    }
  return g_utf8_make_valid (copy, -1);
}

static void
record_error_cb (void        *user_data,
                 xmlErrorPtr  error)
{
  ParseState *state = user_data;

  if (state->message != NULL || error == NULL)
    return;
  state->line = error->line;
  state->column = error->int2;
  state->message = clean_message (error->message);
}

static void
structured_error_cb (void        *user_data,
                     xmlErrorPtr  error)
{
  xmlParserCtxtPtr ctxt = user_data;

  record_error_cb (ctxt->_private, error);
}

static void
internal_subset_cb (void          *user_data,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  xmlParserCtxtPtr ctxt = user_data;
  ParseState *state = ctxt->_private;

  state->saw_doctype = TRUE;
  if (state->line == 0)
    state->line = xmlSAX2GetLineNumber (ctxt);
  xmlStopParser (ctxt);
}

static void
start_element_cb (void           *user_data,
                  const xmlChar  *localname,
                  const xmlChar  *prefix,
                  const xmlChar  *uri,
                  int             nb_namespaces,
                  const xmlChar **namespaces,
                  int             nb_attributes,
                  int             nb_defaulted,
                  const xmlChar **attributes)
{
  xmlParserCtxtPtr ctxt = user_data;
  ParseState *state = ctxt->_private;

  state->depth++;
  if (state->depth > MERIT_XML_MAX_DEPTH)
    {
      state->depth_exceeded = TRUE;
      if (state->message == NULL)
        {
          state->line = xmlSAX2GetLineNumber (ctxt);
          state->message = g_strdup_printf ("elements nested deeper than %d levels",
                                            MERIT_XML_MAX_DEPTH);
        }
      xmlStopParser (ctxt);
      return;
    }
  state->start_element (user_data, localname, prefix, uri, nb_namespaces, namespaces,
                        nb_attributes, nb_defaulted, attributes);
}

static void
end_element_cb (void          *user_data,
                const xmlChar *localname,
                const xmlChar *prefix,
                const xmlChar *uri)
{
  xmlParserCtxtPtr ctxt = user_data;
  ParseState *state = ctxt->_private;

  state->depth--;
  state->end_element (user_data, localname, prefix, uri);
}

static gpointer
init_once (gpointer data)
{
  merit_store_register_resource ();
  xmlInitParser ();
  xmlSetExternalEntityLoader (deny_entity_loader);
  xmlCatalogSetDefaults (XML_CATA_ALLOW_NONE);
  xmlSetGenericErrorFunc (NULL, silence_generic_error);
  return NULL;
}

/**
 * merit_xml_init:
 *
 * Prepares libxml2 for hostile input: no external entities, no catalogs, no error output
 * on stderr.  Safe to call from any thread, any number of times.
 */
void
merit_xml_init (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, init_once, NULL);
  /* The generic error handler is per thread in threaded builds. */
  xmlSetGenericErrorFunc (NULL, silence_generic_error);
}

/* Returns the 1-based line of the first NUL byte, or 0 when there is none. */
static int
find_nul_line (const char *data,
               gsize       length)
{
  const char *nul = memchr (data, '\0', length);
  int line = 1;

  if (nul == NULL)
    return 0;
  for (const char *p = data; p < nul; p++)
    if (*p == '\n')
      line++;
  return line;
}

static gboolean
check_utf8 (const char  *display_name,
            const char  *data,
            gsize        length,
            GError     **error)
{
  const char *end = NULL;

  if (g_utf8_validate_len (data, length, &end))
    return TRUE;

  {
    int line = 1;
    int column = 1;

    for (const char *p = data; p < end; p++)
      {
        if (*p == '\n')
          {
            line++;
            column = 1;
          }
        else if ((*p & 0xc0) != 0x80)
          column++;
      }
    g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_PARSE,
                 _("%s:%d:%d: the file is not valid UTF-8"), display_name, line, column);
  }
  return FALSE;
}

/* Returns a pointer just past the first @needle at or after @p, or @end when there is none. */
static const char *
skip_past (const char *p,
           const char *end,
           const char *needle)
{
  gsize n = strlen (needle);

  for (; p + n <= end; p++)
    if (memcmp (p, needle, n) == 0)
      return p + n;
  return end;
}

typedef enum
{
  TAGS_OK,
  TAGS_CROWDED,
  TAGS_TOO_MANY,
} TagProblem;

static int
line_of (const char *data,
         const char *at)
{
  int line = 1;

  for (const char *q = data; q < at; q++)
    if (*q == '\n')
      line++;
  return line;
}

/* libxml2 2.9.14 checks each attribute of a start tag against all the earlier ones, so a
 * tag with 100 000 attributes takes tens of seconds, and a million sibling elements take
 * seconds to validate.  One linear pass over the buffer finds both before parsing.  Returns
 * the problem and sets @out_line to the 1-based line of the tag where it starts. */
static TagProblem
find_tag_problem (const char *data,
                  gsize       length,
                  int        *out_line)
{
  const char *end = data + length;
  const char *p = data;
  guint n_elements = 0;

  while ((p = memchr (p, '<', (gsize) (end - p))) != NULL)
    {
      const char *tag = p;
      guint n_attributes = 0;
      char quote = 0;

      p++;
      if (p < end && *p == '!')
        {
          if ((gsize) (end - p) >= 3 && memcmp (p, "!--", 3) == 0)
            p = skip_past (p + 3, end, "-->");
          else if ((gsize) (end - p) >= 8 && memcmp (p, "![CDATA[", 8) == 0)
            p = skip_past (p + 8, end, "]]>");
          continue;
        }
      if (p < end && *p == '?')
        {
          p = skip_past (p + 1, end, "?>");
          continue;
        }
      if (p < end && *p != '/' && ++n_elements > MERIT_XML_MAX_ELEMENTS)
        {
          *out_line = line_of (data, tag);
          return TAGS_TOO_MANY;
        }
      for (; p < end; p++)
        {
          if (quote != 0)
            {
              if (*p == quote)
                quote = 0;
            }
          else if (*p == '"' || *p == '\'')
            quote = *p;
          else if (*p == '=')
            n_attributes++;
          else if (*p == '>' || *p == '<')
            break;
        }
      if (n_attributes > MERIT_XML_MAX_ATTRIBUTES)
        {
          *out_line = line_of (data, tag);
          return TAGS_CROWDED;
        }
      if (p >= end)
        break;
    }
  return TAGS_OK;
}

/**
 * merit_xml_parse:
 * @display_name: the name used in error messages (usually the file path)
 * @data: the document bytes
 * @length: their length
 * @error: return location for an error naming the file, line and reason
 *
 * Parses an untrusted document.  No DOCTYPE, no entities from outside, no network, a size and
 * depth cap, UTF-8 only.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
xmlDoc *
merit_xml_parse (const char  *display_name,
                 const char  *data,
                 gsize        length,
                 GError     **error)
{
  g_autoptr(xmlParserCtxt) ctxt = NULL;
  ParseState state = { 0 };
  xmlDocPtr doc;
  int nul_line;
  int crowded_line;
  int options = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES;

  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);

  merit_xml_init ();

  if (length == 0)
    {
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_PARSE,
                   _("%s:1: the file is empty"), display_name);
      return NULL;
    }
  if (length > MERIT_XML_MAX_BYTES)
    {
      g_autofree char *size_text = g_strdup_printf ("%" G_GSIZE_FORMAT, length);
      g_autofree char *limit_text = g_strdup_printf ("%d", MERIT_XML_MAX_BYTES);

      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_TOO_LARGE,
                   _("%s: the file is %s bytes, more than the limit of %s"),
                   display_name, size_text, limit_text);
      return NULL;
    }
  if ((nul_line = find_nul_line (data, length)) > 0)
    {
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_PARSE,
                   _("%s:%d: the file contains a NUL byte"), display_name, nul_line);
      return NULL;
    }
  if (!check_utf8 (display_name, data, length, error))
    return NULL;
  switch (find_tag_problem (data, length, &crowded_line))
    {
    case TAGS_CROWDED:
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_PARSE,
                   _("%s:%d: an element has more than %d attributes, over the limit"),
                   display_name, crowded_line, MERIT_XML_MAX_ATTRIBUTES);
      return NULL;
    case TAGS_TOO_MANY:
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_PARSE,
                   _("%s:%d: the file has more than %d elements, over the limit"),
                   display_name, crowded_line, MERIT_XML_MAX_ELEMENTS);
      return NULL;
    case TAGS_OK:
    default:
      break;
    }

#if LIBXML_VERSION >= 21300
  options |= XML_PARSE_NO_XXE;
#endif

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    {
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_IO,
                   _("%s: out of memory"), display_name);
      return NULL;
    }
  ctxt->_private = &state;
  ctxt->sax->serror = structured_error_cb;
  ctxt->sax->internalSubset = internal_subset_cb;
  ctxt->sax->externalSubset = NULL;
  state.start_element = ctxt->sax->startElementNs;
  state.end_element = ctxt->sax->endElementNs;
  ctxt->sax->startElementNs = start_element_cb;
  ctxt->sax->endElementNs = end_element_cb;

  doc = xmlCtxtReadMemory (ctxt, data, (int) length, display_name, "UTF-8", options);

  if (state.saw_doctype || (doc != NULL && doc->intSubset != NULL))
    {
      g_clear_pointer (&doc, xmlFreeDoc);
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_DOCTYPE,
                   _("%s:%d: a DOCTYPE is not allowed in Merit files"),
                   display_name, MAX (state.line, 1));
      g_free (state.message);
      return NULL;
    }

  if (doc == NULL || !ctxt->wellFormed || state.depth_exceeded || ctxt->errNo != XML_ERR_OK)
    {
      g_clear_pointer (&doc, xmlFreeDoc);
      if (state.column > 0)
        g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_PARSE,
                     "%s:%d:%d: %s", display_name, MAX (state.line, 1), state.column,
                     state.message != NULL ? state.message : _("not well-formed XML"));
      else
        g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_PARSE,
                     "%s:%d: %s", display_name, MAX (state.line, 1),
                     state.message != NULL ? state.message : _("not well-formed XML"));
      g_free (state.message);
      return NULL;
    }

  g_free (state.message);
  return doc;
}

static xmlRelaxNGPtr
compile_schema_doc (xmlDoc     *doc,
                    const char *resource)
{
  g_autoptr(xmlRelaxNGParserCtxt) pctxt = xmlRelaxNGNewDocParserCtxt (doc);
  xmlRelaxNGPtr schema = xmlRelaxNGParse (pctxt);

  if (schema == NULL)
    g_error ("Schema resource %s does not compile", resource);
  return schema;
}

/* Compiles the schema in full, and without its patterns where merit-xml-patterns.c can
 * check them apart (see there why). */
static void
compile_schema (MeritSchemaKind  kind,
                const char      *resource)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  gsize size = 0;
  const char *data;

  bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    g_error ("Schema resource %s is missing from the binary", resource);
  data = g_bytes_get_data (bytes, &size);
  doc = xmlReadMemory (data, (int) size, resource, NULL, XML_PARSE_NONET);
  if (doc == NULL)
    g_error ("Schema resource %s does not parse", resource);
  schemas[kind] = compile_schema_doc (doc, resource);
  patterns[kind] = _merit_patterns_extract (doc);
  if (patterns[kind] != NULL)
    fast_schemas[kind] = compile_schema_doc (doc, resource);
}

static gpointer
compile_schemas_once (gpointer data)
{
  merit_xml_init ();
  compile_schema (MERIT_SCHEMA_PACKAGE, "/org/merit/Merit/schema/package.rng");
  compile_schema (MERIT_SCHEMA_WORKSPACE, "/org/merit/Merit/schema/workspace.rng");
  return NULL;
}

static int
root_schema_version (xmlDoc *doc)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  g_autoptr(MeritXmlString) version = NULL;
  gint64 value;

  if (root == NULL)
    return 0;
  version = xmlGetProp (root, (const xmlChar *) "schema-version");
  if (version == NULL)
    return 0;
  if (!g_ascii_string_to_signed ((const char *) version, 10, 0, G_MAXINT, &value, NULL))
    return 0;
  return (int) value;
}

/**
 * merit_xml_validate:
 * @doc: a parsed document
 * @kind: which schema to validate against
 * @display_name: the name used in error messages
 * @error: return location for an error naming the file, line and reason
 *
 * Validates @doc against the package or workspace schema compiled into the binary.
 *
 * Returns: %TRUE when @doc is valid
 */
static gboolean
validate (xmlDoc           *doc,
          MeritSchemaKind   kind,
          gboolean          strict,
          const char       *display_name,
          GError          **error)
{
  static GOnce once = G_ONCE_INIT;
  g_autoptr(xmlRelaxNGValidCtxt) vctxt = NULL;
  const char *kind_name = kind == MERIT_SCHEMA_PACKAGE ? "package" : "workspace";
  gboolean fast;
  ParseState state = { 0 };
  int version;
  int rc;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (kind == MERIT_SCHEMA_PACKAGE || kind == MERIT_SCHEMA_WORKSPACE, FALSE);

  g_once (&once, compile_schemas_once, NULL);
  fast = !strict && fast_schemas[kind] != NULL;

  version = root_schema_version (doc);
  if (version > MERIT_SCHEMA_VERSION)
    {
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_NEWER_VERSION,
                   _("%s:%ld: schema version %d was written by a newer version of Merit "
                     "(this one reads up to %d)"),
                   display_name, xmlGetLineNo (xmlDocGetRootElement (doc)), version,
                   MERIT_SCHEMA_VERSION);
      return FALSE;
    }

  vctxt = xmlRelaxNGNewValidCtxt (fast ? fast_schemas[kind] : schemas[kind]);
  xmlRelaxNGSetValidStructuredErrors (vctxt, record_error_cb, &state);
  rc = xmlRelaxNGValidateDoc (vctxt, doc);
  if (rc != 0)
    {
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_SCHEMA,
                   _("%s:%d: does not match the %s schema: %s"),
                   display_name, MAX (state.line, 1), kind_name,
                   state.message != NULL ? state.message : _("invalid document"));
      g_free (state.message);
      return FALSE;
    }
  g_free (state.message);
  return !fast || _merit_patterns_check (patterns[kind], doc, display_name, kind_name, error);
}

gboolean
merit_xml_validate (xmlDoc           *doc,
                    MeritSchemaKind   kind,
                    const char       *display_name,
                    GError          **error)
{
  return validate (doc, kind, FALSE, display_name, error);
}

/**
 * _merit_xml_validate_strict:
 * @doc: a parsed document
 * @kind: which schema to validate against
 * @display_name: the name used in error messages
 * @error: return location for an error
 *
 * Validates @doc against the schema in full, patterns and all, as libxml2 alone does: what
 * merit_xml_validate() must agree with.
 *
 * Returns: %TRUE when @doc is valid
 */
gboolean
_merit_xml_validate_strict (xmlDoc           *doc,
                            MeritSchemaKind   kind,
                            const char       *display_name,
                            GError          **error)
{
  return validate (doc, kind, TRUE, display_name, error);
}

/**
 * _merit_xml_get_n_patterns:
 * @kind: a schema
 *
 * Returns: how many patterns of the schema merit_xml_validate() checks apart from the rest
 *   (0 when it validates with the full schema alone)
 */
guint
_merit_xml_get_n_patterns (MeritSchemaKind kind)
{
  g_autoptr(xmlDoc) doc = xmlNewDoc ((const xmlChar *) "1.0");

  /* Compiles the schemas if no document was validated yet. */
  validate (doc, kind, TRUE, "", NULL);
  return _merit_patterns_get_n_patterns (patterns[kind]);
}

/**
 * merit_xml_load:
 *
 * Parses and validates in one step.
 *
 * Returns: (transfer full): the valid document, or %NULL with @error set
 */
xmlDoc *
merit_xml_load (const char       *display_name,
                const char       *data,
                gsize             length,
                MeritSchemaKind   kind,
                GError          **error)
{
  g_autoptr(xmlDoc) doc = merit_xml_parse (display_name, data, length, error);

  if (doc == NULL)
    return NULL;
  if (!merit_xml_validate (doc, kind, display_name, error))
    return NULL;
  return g_steal_pointer (&doc);
}
