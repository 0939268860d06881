/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-xml-patterns.c: the schemas' datatypes and facets, checked once compiled.
 *
 * libxml2 2.9.14 checks an XML Schema datatype of a RelaxNG schema slowly: it compiles a
 * pattern facet anew for every value, and even a string without facets or a bounded integer
 * goes through its generic datatype machinery, value by value.  Validating a package cost
 * several times parsing it.  So each schema is compiled twice: in full, and with every
 * string and integer <data> turned into <text/>.  The patterns are compiled once here (with
 * PCRE2, matching into data kept per thread), the lengths and integer bounds read, and all
 * of them checked after the rest of the schema has passed.  Together the two accept exactly
 * what the full schema accepts, which a test checks over every sample, hostile file, fuzzing
 * seed and thousands of changed values.
 *
 * That needs each value to belong to an element name and an attribute name (or the
 * element's text) wherever those names occur in the schema.  Walking the schema finds out;
 * where a name is used with two descriptions, inside a list, with a constrained value inside
 * a choice, with a datatype or facet other than those above, or a name class other than a
 * plain name appears, the walk gives up and the full schema is used alone.
 */

#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "merit-store-error.h"
#include "merit-xml-patterns.h"
#include "merit-xml-private.h"

#define RNG_NS "http://relaxng.org/ns/structure/1.0"

/* libxml2 refuses an integer of more significant digits than this as not an integer. */
#define INTEGER_MAX_DIGITS 24

typedef enum
{
  VALUE_ANY,                   /* <text/>, <value>, or a string without facets */
  VALUE_STRING,
  VALUE_INTEGER,
} ValueKind;

/* What one value (an attribute, or an element's text) must be. */
typedef struct
{
  char       *description;     /* all of the below as text, to compare two uses */
  ValueKind   kind;
  pcre2_code *pattern;         /* strings: NULL for none */
  gint64      max_length;      /* strings: in characters, -1 for none */
  gboolean    has_min;         /* integers */
  gboolean    has_max;
  gint64      min;
  gint64      max;
} Rule;

/* What an element's name allows: its text and each attribute. */
typedef struct
{
  Rule       *text;            /* NULL: no text described */
  GHashTable *attributes;      /* name → Rule */
} ElementRule;

struct _MeritPatterns
{
  GHashTable *elements;        /* local name → ElementRule */
  GHashTable *defines;         /* name → <define>, while walking */
  GHashTable *visited;         /* define + context, while walking */
  GHashTable *regexes;         /* pattern → pcre2_code, shared */
  guint       n_patterns;
  gboolean    constrained;     /* some value is checked here */
  gboolean    failed;
};

static void
match_data_free (gpointer data)
{
  pcre2_match_data_free (data);
}

/* One match data for each thread that validates, made once. */
static GPrivate match_data_key = G_PRIVATE_INIT (match_data_free);

static void
rule_free (gpointer data)
{
  Rule *rule = data;

  if (rule == NULL)
    return;
  g_free (rule->description);
  g_free (rule);
}

static void
element_rule_free (gpointer data)
{
  ElementRule *rule = data;

  rule_free (rule->text);
  g_hash_table_unref (rule->attributes);
  g_free (rule);
}

static void
code_free (gpointer data)
{
  pcre2_code_free (data);
}

void
_merit_patterns_free (MeritPatterns *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->elements, g_hash_table_unref);
  g_clear_pointer (&self->defines, g_hash_table_unref);
  g_clear_pointer (&self->visited, g_hash_table_unref);
  g_clear_pointer (&self->regexes, g_hash_table_unref);
  g_free (self);
}

static gboolean
is_rng (xmlNode    *node,
        const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->ns != NULL
         && xmlStrEqual (node->ns->href, (const xmlChar *) RNG_NS)
         && (name == NULL || xmlStrEqual (node->name, (const xmlChar *) name));
}

static char *
dup_prop (xmlNode    *node,
          const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strstrip (g_strdup ((const char *) value));
  xmlFree (value);
  return copy;
}

static pcre2_code *
regex_for (MeritPatterns *self,
           const char    *source)
{
  pcre2_code *code = g_hash_table_lookup (self->regexes, source);
  g_autofree char *anchored = NULL;
  int error_code = 0;
  PCRE2_SIZE error_offset = 0;

  if (code != NULL)
    return code;
  /* XML Schema patterns match the whole value. */
  anchored = g_strconcat ("\\A(?:", source, ")\\z", NULL);
  code = pcre2_compile ((PCRE2_SPTR) anchored, PCRE2_ZERO_TERMINATED,
                        PCRE2_UTF | PCRE2_UCP | PCRE2_DOLLAR_ENDONLY, &error_code,
                        &error_offset, NULL);
  if (code == NULL)
    {
      self->failed = TRUE;
      return NULL;
    }
  /* Without JIT (some systems forbid it) PCRE2 interprets the pattern, just as fast enough. */
  pcre2_jit_compile (code, PCRE2_JIT_COMPLETE);
  g_hash_table_insert (self->regexes, g_strdup (source), code);
  self->n_patterns++;
  return code;
}

static ElementRule *
element_rule (MeritPatterns *self,
              const char    *element)
{
  ElementRule *rule = g_hash_table_lookup (self->elements, element);

  if (rule == NULL)
    {
      rule = g_new0 (ElementRule, 1);
      rule->attributes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, rule_free);
      g_hash_table_insert (self->elements, g_strdup (element), rule);
    }
  return rule;
}

/* Records that the value of @attribute of @element (its text when @attribute is NULL) is
 * @value here; a second, different description for the same names fails. */
static void
record (MeritPatterns *self,
        const char    *element,
        const char    *attribute,
        Rule          *value)
{
  ElementRule *rule;
  Rule *existing;

  if (element == NULL)
    {
      self->failed = TRUE;
      rule_free (value);
      return;
    }
  rule = element_rule (self, element);
  existing = attribute == NULL ? rule->text : g_hash_table_lookup (rule->attributes, attribute);
  if (existing != NULL)
    {
      if (g_strcmp0 (existing->description, value->description) != 0)
        self->failed = TRUE;
      rule_free (value);
      return;
    }
  if (attribute == NULL)
    rule->text = value;
  else
    g_hash_table_insert (rule->attributes, g_strdup (attribute), value);
}

static Rule *
any_value (void)
{
  Rule *rule = g_new0 (Rule, 1);

  rule->kind = VALUE_ANY;
  rule->max_length = -1;
  rule->description = g_strdup ("any");
  return rule;
}

typedef struct
{
  const char *element;
  const char *attribute;
  gboolean    alternatives;    /* inside a choice: a constrained value cannot be told apart */
  gboolean    recorded;        /* the attribute's value was described */
} Context;

static void walk_children (MeritPatterns *self,
                           xmlNode       *node,
                           Context       *context);

static gboolean
parse_bound (const char *text,
             gint64     *out)
{
  return text != NULL && g_ascii_string_to_signed (text, 10, -G_MAXINT32, G_MAXINT32, out, NULL);
}

#define XSD_LIBRARY "http://www.w3.org/2001/XMLSchema-datatypes"

/* Whether the datatype library in effect at @node, the nearest one given, is XML Schema's. */
static gboolean
is_xsd_library (xmlNode *node)
{
  for (; node != NULL && node->type == XML_ELEMENT_NODE; node = node->parent)
    {
      g_autoptr(MeritXmlString) library = xmlGetNoNsProp (node,
                                                          (const xmlChar *) "datatypeLibrary");

      if (library != NULL)
        return xmlStrEqual (library, (const xmlChar *) XSD_LIBRARY);
    }
  return FALSE;
}

/* What a <data> allows, or NULL (with @self failed) where this file does not check it. */
static Rule *
data_rule (MeritPatterns *self,
           xmlNode       *data)
{
  g_autofree char *type = dup_prop (data, "type");
  g_autoptr(GString) description = g_string_new (NULL);
  Rule *rule = g_new0 (Rule, 1);
  char *pattern = NULL;

  rule->max_length = -1;
  if (g_strcmp0 (type, "string") == 0)
    rule->kind = VALUE_STRING;
  else if (g_strcmp0 (type, "integer") == 0)
    rule->kind = VALUE_INTEGER;
  else
    self->failed = TRUE;
  g_string_append (description, type != NULL ? type : "");

  for (xmlNode *child = data->children; child != NULL && !self->failed; child = child->next)
    {
      g_autofree char *name = NULL;
      g_autoptr(MeritXmlString) content = NULL;

      if (!is_rng (child, NULL))
        continue;
      if (!is_rng (child, "param"))
        {
          /* <except> */
          self->failed = TRUE;
          break;
        }
      name = dup_prop (child, "name");
      content = xmlNodeGetContent (child);
      g_string_append_printf (description, "\x1f%s=%s", name != NULL ? name : "",
                              content != NULL ? (const char *) content : "");
      if (rule->kind == VALUE_STRING && g_strcmp0 (name, "pattern") == 0 && pattern == NULL)
        pattern = g_strdup ((const char *) content);
      else if (rule->kind == VALUE_STRING && g_strcmp0 (name, "maxLength") == 0
               && rule->max_length < 0)
        {
          guint64 length;

          if (!g_ascii_string_to_unsigned (g_strstrip ((char *) content), 10, 0, G_MAXINT32,
                                           &length, NULL))
            self->failed = TRUE;
          rule->max_length = (gint64) length;
        }
      else if (rule->kind == VALUE_INTEGER && g_strcmp0 (name, "minInclusive") == 0
               && !rule->has_min)
        {
          rule->has_min = parse_bound (g_strstrip ((char *) content), &rule->min);
          self->failed |= !rule->has_min;
        }
      else if (rule->kind == VALUE_INTEGER && g_strcmp0 (name, "maxInclusive") == 0
               && !rule->has_max)
        {
          rule->has_max = parse_bound (g_strstrip ((char *) content), &rule->max);
          self->failed |= !rule->has_max;
        }
      else
        self->failed = TRUE;
    }
  /* Only XML Schema's datatypes are known here. */
  if (!is_xsd_library (data))
    self->failed = TRUE;
  /* A huge integer is refused by libxml2 as not one; bounds keep it refused here too. */
  if (rule->kind == VALUE_INTEGER && !(rule->has_min && rule->has_max))
    self->failed = TRUE;
  if (pattern != NULL && !self->failed)
    rule->pattern = regex_for (self, pattern);
  g_free (pattern);
  if (self->failed)
    {
      rule_free (rule);
      return NULL;
    }
  if (rule->kind == VALUE_STRING && rule->pattern == NULL && rule->max_length < 0)
    {
      rule_free (rule);
      return any_value ();
    }
  rule->description = g_string_free (g_steal_pointer (&description), FALSE);
  return rule;
}

static void
walk (MeritPatterns *self,
      xmlNode       *node,
      Context       *context)
{
  if (self->failed || !is_rng (node, NULL))
    return;

  if (is_rng (node, "element"))
    {
      g_autofree char *name = dup_prop (node, "name");
      Context inner = { name, NULL, FALSE, FALSE };

      /* Name classes (anyName, nsName, a <name> child) are not plain names. */
      if (name == NULL)
        {
          self->failed = TRUE;
          return;
        }
      element_rule (self, name);
      walk_children (self, node, &inner);
    }
  else if (is_rng (node, "attribute"))
    {
      g_autofree char *name = dup_prop (node, "name");
      Context inner = { context->element, name, FALSE, FALSE };

      if (name == NULL)
        {
          self->failed = TRUE;
          return;
        }
      walk_children (self, node, &inner);
      /* <attribute name="x"/> allows any text. */
      if (!inner.recorded)
        record (self, context->element, name, any_value ());
    }
  else if (is_rng (node, "data"))
    {
      Rule *rule = data_rule (self, node);

      if (rule == NULL)
        return;
      if (rule->kind != VALUE_ANY)
        self->constrained = TRUE;
      if (rule->kind != VALUE_ANY && context->alternatives)
        self->failed = TRUE;
      record (self, context->element, context->attribute, rule);
      context->recorded = TRUE;
    }
  else if (is_rng (node, "value") || is_rng (node, "text"))
    {
      record (self, context->element, context->attribute, any_value ());
      context->recorded = TRUE;
    }
  else if (is_rng (node, "ref"))
    {
      g_autofree char *name = dup_prop (node, "name");
      xmlNode *define = name != NULL ? g_hash_table_lookup (self->defines, name) : NULL;
      g_autofree char *key = NULL;

      if (define == NULL)
        {
          self->failed = TRUE;
          return;
        }
      key = g_strdup_printf ("%s\x1f%s\x1f%s\x1f%d", name,
                             context->element != NULL ? context->element : "",
                             context->attribute != NULL ? context->attribute : "",
                             context->alternatives);
      if (g_hash_table_contains (self->visited, key))
        {
          /* Walked already in this context; its value was described then. */
          context->recorded = TRUE;
          return;
        }
      g_hash_table_add (self->visited, g_steal_pointer (&key));
      walk_children (self, define, context);
    }
  else if (is_rng (node, "choice"))
    {
      Context inner = *context;

      inner.alternatives = TRUE;
      walk_children (self, node, &inner);
      context->recorded |= inner.recorded;
    }
  else if (is_rng (node, "optional") || is_rng (node, "zeroOrMore")
           || is_rng (node, "oneOrMore") || is_rng (node, "group")
           || is_rng (node, "interleave") || is_rng (node, "mixed"))
    {
      if (is_rng (node, "mixed"))
        record (self, context->element, NULL, any_value ());
      walk_children (self, node, context);
    }
  else if (is_rng (node, "empty") || is_rng (node, "notAllowed"))
    ;
  else
    /* list (a <data> there is one token of many), parentRef, externalRef, include,
     * grammar, name classes… */
    self->failed = TRUE;
}

static void
walk_children (MeritPatterns *self,
               xmlNode       *node,
               Context       *context)
{
  for (xmlNode *child = node->children; child != NULL && !self->failed; child = child->next)
    walk (self, child, context);
}

/* Turns every <data> of @node's descendants into <text/>: what they check is checked here. */
static void
simplify (xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is_rng (child, "data"))
        {
          xmlNode *grandchild = child->children;

          while (grandchild != NULL)
            {
              xmlNode *next = grandchild->next;

              xmlUnlinkNode (grandchild);
              xmlFreeNode (grandchild);
              grandchild = next;
            }
          xmlNodeSetName (child, (const xmlChar *) "text");
          while (child->properties != NULL)
            xmlRemoveProp (child->properties);
        }
      else if (child->type == XML_ELEMENT_NODE)
        simplify (child);
    }
}

/**
 * _merit_patterns_extract:
 * @schema: a RelaxNG schema, parsed
 *
 * Finds the element and attribute each string and integer value of @schema belongs to and,
 * when every one does, turns them into text in @schema.
 *
 * Returns: (transfer full) (nullable): the checks taken out, or %NULL with @schema unchanged
 */
MeritPatterns *
_merit_patterns_extract (xmlDoc *schema)
{
  MeritPatterns *self = g_new0 (MeritPatterns, 1);
  xmlNode *root = xmlDocGetRootElement (schema);
  xmlNode *start = NULL;
  Context context = { NULL, NULL, FALSE, FALSE };

  self->elements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, element_rule_free);
  self->defines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->visited = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->regexes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, code_free);

  if (root == NULL || !is_rng (root, "grammar"))
    self->failed = TRUE;
  for (xmlNode *child = root != NULL ? root->children : NULL;
       child != NULL && !self->failed; child = child->next)
    {
      if (is_rng (child, "define"))
        {
          char *name = dup_prop (child, "name");
          xmlChar *combine = xmlGetProp (child, (const xmlChar *) "combine");

          if (name == NULL || combine != NULL || g_hash_table_contains (self->defines, name))
            self->failed = TRUE;
          xmlFree (combine);
          if (name != NULL)
            g_hash_table_insert (self->defines, name, child);
        }
      else if (is_rng (child, "start"))
        {
          if (start != NULL)
            self->failed = TRUE;
          start = child;
        }
      else if (is_rng (child, NULL))
        self->failed = TRUE;
    }
  if (start == NULL)
    self->failed = TRUE;
  else
    walk_children (self, start, &context);

  g_clear_pointer (&self->defines, g_hash_table_unref);
  g_clear_pointer (&self->visited, g_hash_table_unref);
  if (self->failed || !self->constrained)
    {
      _merit_patterns_free (self);
      return NULL;
    }
  simplify (root);
  return self;
}

/**
 * _merit_patterns_get_n_patterns:
 * @self: patterns
 *
 * Returns: how many different patterns are checked
 */
guint
_merit_patterns_get_n_patterns (MeritPatterns *self)
{
  return self != NULL ? self->n_patterns : 0;
}

static gboolean
is_xml_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* An xsd:integer as libxml2 reads it: blanks around, a sign, at least one digit, no more
 * than INTEGER_MAX_DIGITS of them after leading zeros.  Saturates at G_MAXINT64, beyond any
 * bound this file accepts. */
static gboolean
parse_integer (const char *text,
               gint64     *out)
{
  const char *p = text;
  gboolean negative = FALSE;
  guint64 value = 0;
  guint digits = 0;

  while (is_xml_space (*p))
    p++;
  if (*p == '-' || *p == '+')
    negative = *p++ == '-';
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (*p == '0')
    p++;
  for (; g_ascii_isdigit (*p); p++)
    {
      if (++digits > INTEGER_MAX_DIGITS)
        return FALSE;
      if (value <= (guint64) (G_MAXINT64 - 9) / 10)
        value = value * 10 + (guint64) (*p - '0');
      else
        value = G_MAXINT64;
    }
  while (is_xml_space (*p))
    p++;
  if (*p != '\0')
    return FALSE;
  *out = negative ? -(gint64) value : (gint64) value;
  return TRUE;
}

static gboolean
value_allowed (const Rule *rule,
               const char *value)
{
  switch (rule->kind)
    {
    case VALUE_STRING:
      if (rule->max_length >= 0 && (gint64) g_utf8_strlen (value, -1) > rule->max_length)
        return FALSE;
      if (rule->pattern != NULL)
        {
          pcre2_match_data *match = g_private_get (&match_data_key);

          if (match == NULL)
            {
              match = pcre2_match_data_create (1, NULL);
              g_private_set (&match_data_key, match);
            }
          /* The document is valid UTF-8: merit_xml_parse() checked. */
          return pcre2_match (rule->pattern, (PCRE2_SPTR) value, strlen (value), 0,
                              PCRE2_NO_UTF_CHECK, match, NULL) >= 0;
        }
      return TRUE;
    case VALUE_INTEGER:
      {
        gint64 number;

        return parse_integer (value, &number) && (!rule->has_min || number >= rule->min)
               && (!rule->has_max || number <= rule->max);
      }
    case VALUE_ANY:
    default:
      return TRUE;
    }
}

static gboolean
check_value (const Rule  *rule,
             const char  *value,
             xmlNode     *element,
             const char  *attribute,
             const char  *display_name,
             const char  *kind,
             GError     **error)
{
  g_autofree char *shown = NULL;

  if (rule == NULL || value_allowed (rule, value))
    return TRUE;
  shown = g_utf8_make_valid (value, MIN (strlen (value), 80));
  if (attribute != NULL)
    g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_SCHEMA,
                 /* Translators: file, line, schema, attribute, element, value */
                 _("%s:%ld: does not match the %s schema: attribute %s of <%s>: “%s” is not a "
                   "valid value"),
                 display_name, xmlGetLineNo (element), kind, attribute,
                 (const char *) element->name, shown);
  else
    g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_SCHEMA,
                 /* Translators: file, line, schema, element, value */
                 _("%s:%ld: does not match the %s schema: <%s>: “%s” is not a valid value"),
                 display_name, xmlGetLineNo (element), kind, (const char *) element->name,
                 shown);
  return FALSE;
}

/* Checks @value, the whole text of @node's attribute or of @node, without a copy when it is
 * one text node. */
static gboolean
check_nodes (const Rule  *rule,
             xmlDoc      *doc,
             xmlNode     *text,
             xmlNode     *element,
             const char  *attribute,
             const char  *display_name,
             const char  *kind,
             GError     **error)
{
  const char *plain = merit_xml_plain_text (text);
  xmlChar *value;
  gboolean ok;

  if (rule->kind == VALUE_ANY)
    return TRUE;
  if (plain != NULL)
    return check_value (rule, plain, element, attribute, display_name, kind, error);
  value = attribute != NULL ? xmlNodeListGetString (doc, text, 1) : xmlNodeGetContent (element);
  ok = check_value (rule, value != NULL ? (const char *) value : "", element, attribute,
                    display_name, kind, error);
  xmlFree (value);
  return ok;
}

/**
 * _merit_patterns_check:
 * @self: patterns
 * @doc: a document that the schema without its patterns accepted
 * @display_name: the name used in error messages
 * @kind: the schema's name in error messages
 * @error: return location for an error naming the file, line and value
 *
 * Returns: whether every string and integer value is what the schema allows
 */
gboolean
_merit_patterns_check (MeritPatterns  *self,
                       xmlDoc         *doc,
                       const char     *display_name,
                       const char     *kind,
                       GError        **error)
{
  xmlNode *node = xmlDocGetRootElement (doc);

  while (node != NULL)
    {
      if (node->type == XML_ELEMENT_NODE)
        {
          ElementRule *rule = g_hash_table_lookup (self->elements, node->name);

          if (rule != NULL)
            {
              for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
                {
                  Rule *attribute = g_hash_table_lookup (rule->attributes, attr->name);

                  if (attribute != NULL
                      && !check_nodes (attribute, doc, attr->children, node,
                                       (const char *) attr->name, display_name, kind, error))
                    return FALSE;
                }
              if (rule->text != NULL
                  && !check_nodes (rule->text, doc, node->children, node, NULL, display_name,
                                   kind, error))
                return FALSE;
            }
          if (node->children != NULL)
            {
              node = node->children;
              continue;
            }
        }
      while (node != NULL && node->next == NULL)
        node = node->parent != NULL && node->parent->type == XML_ELEMENT_NODE
               ? node->parent : NULL;
      if (node != NULL)
        node = node->next;
    }
  return TRUE;
}
