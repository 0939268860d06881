/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-xml-patterns.c: the schemas' pattern facets, checked once compiled.
 *
 * libxml2 2.9.14 checks an XML Schema datatype facet of a RelaxNG schema by compiling it
 * anew for every value: validating a package against its schema cost four times parsing it,
 * three of them compiling the same dozen regular expressions.  So each schema is compiled
 * twice: in full, and without its pattern facets, which are compiled once here and checked
 * after the rest of the schema has passed.  Together the two accept exactly what the full
 * schema accepts, which a test checks over every sample, hostile file and fuzzing seed.
 *
 * That needs each pattern to belong to an element name and an attribute name (or the
 * element's text) wherever those names occur in the schema.  Walking the schema finds out;
 * where a name is used with two patterns, with a pattern in one place and without in
 * another, inside a choice or a list, or a name class other than a plain name appears, the
 * walk gives up and the full schema is used alone.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "merit-store-error.h"
#include "merit-xml-patterns.h"

#define RNG_NS "http://relaxng.org/ns/structure/1.0"

/* What an element's name allows: its text and each attribute, with the pattern it must
 * match, or no pattern (a NULL regex) where the schema has none. */
typedef struct
{
  gboolean    has_text;
  char       *text_source;
  GRegex     *text;
  GHashTable *attributes;      /* name → Rule */
} ElementRule;

typedef struct
{
  char   *source;              /* the pattern as written, NULL for none */
  GRegex *regex;
} Rule;

struct _MeritPatterns
{
  GHashTable *elements;        /* local name → ElementRule */
  GHashTable *defines;         /* name → <define>, while walking */
  GHashTable *visited;         /* define + context, while walking */
  GHashTable *regexes;         /* pattern → GRegex, shared */
  guint       n_patterns;
  gboolean    failed;
};

static void
rule_free (gpointer data)
{
  Rule *rule = data;

  g_free (rule->source);
  g_free (rule);
}

static void
element_rule_free (gpointer data)
{
  ElementRule *rule = data;

  g_free (rule->text_source);
  g_hash_table_unref (rule->attributes);
  g_free (rule);
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

static GRegex *
regex_for (MeritPatterns *self,
           const char    *source)
{
  GRegex *regex;
  g_autofree char *anchored = NULL;

  if (source == NULL)
    return NULL;
  regex = g_hash_table_lookup (self->regexes, source);
  if (regex != NULL)
    return regex;
  /* XML Schema patterns match the whole value. */
  anchored = g_strconcat ("\\A(?:", source, ")\\z", NULL);
  regex = g_regex_new (anchored, G_REGEX_OPTIMIZE | G_REGEX_DOLLAR_ENDONLY, 0, NULL);
  if (regex == NULL)
    {
      self->failed = TRUE;
      return NULL;
    }
  g_hash_table_insert (self->regexes, g_strdup (source), regex);
  self->n_patterns++;
  return regex;
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

/* Records that the value of @attribute of @element (its text when @attribute is NULL) has
 * @pattern here (NULL: none); a second, different answer for the same names fails. */
static void
record (MeritPatterns *self,
        const char    *element,
        const char    *attribute,
        const char    *pattern)
{
  ElementRule *rule;

  if (element == NULL)
    {
      self->failed = TRUE;
      return;
    }
  rule = element_rule (self, element);
  if (attribute == NULL)
    {
      if (rule->has_text && g_strcmp0 (rule->text_source, pattern) != 0)
        self->failed = TRUE;
      rule->has_text = TRUE;
      rule->text_source = g_strdup (pattern);
      rule->text = regex_for (self, pattern);
    }
  else
    {
      Rule *existing = g_hash_table_lookup (rule->attributes, attribute);

      if (existing != NULL)
        {
          if (g_strcmp0 (existing->source, pattern) != 0)
            self->failed = TRUE;
          return;
        }
      existing = g_new0 (Rule, 1);
      existing->source = g_strdup (pattern);
      existing->regex = regex_for (self, pattern);
      g_hash_table_insert (rule->attributes, g_strdup (attribute), existing);
    }
}

typedef struct
{
  const char *element;
  const char *attribute;
  gboolean    alternatives;    /* inside a choice or a list: a pattern cannot be told apart */
  gboolean    recorded;        /* the attribute's value was described */
} Context;

static void walk_children (MeritPatterns *self,
                           xmlNode       *node,
                           Context       *context);

/* The pattern of a <data>, or NULL; another facet than a pattern is kept in the schema. */
static char *
data_pattern (MeritPatterns *self,
              xmlNode       *data)
{
  char *pattern = NULL;

  for (xmlNode *child = data->children; child != NULL; child = child->next)
    {
      g_autofree char *name = NULL;

      if (!is_rng (child, NULL))
        continue;
      if (is_rng (child, "except"))
        {
          self->failed = TRUE;
          continue;
        }
      name = dup_prop (child, "name");
      if (is_rng (child, "param") && g_strcmp0 (name, "pattern") == 0)
        {
          xmlChar *content = xmlNodeGetContent (child);

          if (pattern != NULL)
            self->failed = TRUE;
          g_free (pattern);
          pattern = g_strdup ((const char *) content);
          xmlFree (content);
        }
    }
  return pattern;
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
        record (self, context->element, name, NULL);
    }
  else if (is_rng (node, "data"))
    {
      g_autofree char *pattern = data_pattern (self, node);

      if (pattern != NULL && context->alternatives)
        self->failed = TRUE;
      record (self, context->element, context->attribute, pattern);
      context->recorded = TRUE;
    }
  else if (is_rng (node, "value") || is_rng (node, "text"))
    {
      record (self, context->element, context->attribute, NULL);
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
  else if (is_rng (node, "choice") || is_rng (node, "list"))
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
        record (self, context->element, NULL, NULL);
      walk_children (self, node, context);
    }
  else if (is_rng (node, "empty") || is_rng (node, "notAllowed"))
    ;
  else
    /* parentRef, externalRef, include, grammar, name classes… */
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

/* Takes every pattern facet out of @schema. */
static void
strip_patterns (xmlNode *node)
{
  xmlNode *child = node->children;

  while (child != NULL)
    {
      xmlNode *next = child->next;

      if (is_rng (child, "param"))
        {
          xmlChar *name = xmlGetProp (child, (const xmlChar *) "name");

          if (name != NULL && xmlStrEqual (name, (const xmlChar *) "pattern"))
            {
              xmlUnlinkNode (child);
              xmlFreeNode (child);
            }
          xmlFree (name);
        }
      else if (child->type == XML_ELEMENT_NODE)
        strip_patterns (child);
      child = next;
    }
}

/**
 * _merit_patterns_extract:
 * @schema: a RelaxNG schema, parsed
 *
 * Finds the element and attribute each pattern facet of @schema belongs to and, when every
 * one does, takes them out of @schema.
 *
 * Returns: (transfer full) (nullable): the patterns, or %NULL with @schema unchanged
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
  self->regexes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_regex_unref);

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
  if (self->failed || self->n_patterns == 0)
    {
      _merit_patterns_free (self);
      return NULL;
    }
  strip_patterns (root);
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
check_value (GRegex      *regex,
             const char  *value,
             xmlNode     *element,
             const char  *attribute,
             const char  *display_name,
             const char  *kind,
             GError     **error)
{
  g_autofree char *shown = NULL;

  if (regex == NULL || g_regex_match (regex, value, 0, NULL))
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

/**
 * _merit_patterns_check:
 * @self: patterns
 * @doc: a document that the schema without its patterns accepted
 * @display_name: the name used in error messages
 * @kind: the schema's name in error messages
 * @error: return location for an error naming the file, line and value
 *
 * Returns: whether every value with a pattern matches it
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
                  xmlChar *value;
                  gboolean ok;

                  if (attribute == NULL || attribute->regex == NULL)
                    continue;
                  value = xmlNodeListGetString (doc, attr->children, 1);
                  ok = check_value (attribute->regex, value != NULL ? (const char *) value : "",
                                    node, (const char *) attr->name, display_name, kind, error);
                  xmlFree (value);
                  if (!ok)
                    return FALSE;
                }
              if (rule->text != NULL)
                {
                  xmlChar *value = xmlNodeGetContent (node);
                  gboolean ok = check_value (rule->text,
                                             value != NULL ? (const char *) value : "",
                                             node, NULL, display_name, kind, error);

                  xmlFree (value);
                  if (!ok)
                    return FALSE;
                }
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
