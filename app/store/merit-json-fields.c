/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-json-fields.c: typed, cleaned access to json-glib nodes, and profile entries.
 *
 * Every member is read with a type check; a value of the wrong type refuses the whole file
 * with its line and column.  Every member that is not read is named in the report by its
 * JSON path.  Text is normalised to NFC, stripped of control and bidirectional formatting
 * characters (with a warning) and shortened to what a package can hold.
 */

#include "config.h"

#include <stdarg.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "merit-json-import-private.h"
#include "merit-json-scan.h"
#include "merit-model.h"
#include "merit-store-error.h"

typedef struct
{
  char      *single[N_SINGLE_FIELDS];
  char      *single_path[N_SINGLE_FIELDS];
  GString   *title_parts;
  GPtrArray *paragraphs;
  GPtrArray *keywords;
} EntryBuild;

/* Helpers */

gboolean
_merit_json_failed (MeritJsonContext *ctx)
{
  return ctx->error != NULL;
}

static void
add_located (MeritJsonContext *ctx,
             const char       *path,
             const char       *message,
             gboolean          fatal)
{
  guint line;
  guint column;

  g_autofree char *text = NULL;

  merit_json_locate (ctx->data, ctx->length, path, &line, &column);
  /* The document itself has the empty path. */
  text = *path != '\0' ? g_strdup_printf ("%s:%u:%u: %s: %s", ctx->display_name, line, column,
                                           path, message)
                        : g_strdup_printf ("%s:%u:%u: %s", ctx->display_name, line, column,
                                           message);
  if (fatal)
    ctx->error = g_error_new_literal (MERIT_STORE_ERROR, MERIT_STORE_ERROR_INVALID, text);
  else
    g_ptr_array_add (ctx->report->warnings, g_steal_pointer (&text));
}

void
_merit_json_fail_at (MeritJsonContext *ctx,
                     const char       *path,
                     const char       *format,
                     ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (ctx->error != NULL)
    return;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  add_located (ctx, path, message, TRUE);
}

void
_merit_json_warn_at (MeritJsonContext *ctx,
                     const char       *path,
                     const char       *format,
                     ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  add_located (ctx, path, message, FALSE);
}

void
_merit_json_drop (MeritJsonContext *ctx,
      const char       *path)
{
  g_ptr_array_add (ctx->report->dropped, g_strdup (path));
}

char *
_merit_json_child_path (const char *parent,
            const char *key)
{
  if (parent == NULL || *parent == '\0')
    return g_strdup (key);
  return g_strconcat (parent, ".", key, NULL);
}

char *
_merit_json_index_path (const char *parent,
            guint       index)
{
  return g_strdup_printf ("%s[%u]", parent != NULL ? parent : "", index);
}

const char *
_merit_json_describe_node (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("an array");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      break;
    }
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("a string");
    case G_TYPE_BOOLEAN:
      return _("true or false");
    default:
      return _("a number");
    }
}

gboolean
_merit_json_holds_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
is_bidi_control (gunichar c)
{
  return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
         || (c >= 0x2066 && c <= 0x2069);
}

/* NFC, without controls (tab and newline stay) or bidi formatting, trimmed and shortened.
 * Returns NULL for text that ends up empty. */
char *
_merit_json_clean_text (MeritJsonContext *ctx,
            const char       *path,
            const char       *raw,
            guint             max_chars)
{
  g_autofree char *nfc = g_utf8_normalize (raw, -1, G_NORMALIZE_NFC);
  GString *out;
  guint stripped = 0;
  glong n_chars;

  if (nfc == NULL)
    {
      _merit_json_fail_at (ctx, path, _("the text is not valid UTF-8"));
      return NULL;
    }
  out = g_string_sized_new (strlen (nfc));
  for (const char *p = nfc; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F) || is_bidi_control (c)
          || c == 0xFFFE || c == 0xFFFF)
        {
          stripped++;
          continue;
        }
      g_string_append_unichar (out, c);
    }
  if (stripped > 0)
    _merit_json_warn_at (ctx, path,
                         ngettext ("removed %u control or bidirectional formatting character",
                                   "removed %u control or bidirectional formatting characters",
                                   stripped),
                         stripped);
  g_strstrip (out->str);
  g_string_set_size (out, strlen (out->str));
  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  n_chars = g_utf8_strlen (out->str, -1);
  if (n_chars > (glong) max_chars)
    {
      const char *cut = g_utf8_offset_to_pointer (out->str, max_chars);

      g_string_truncate (out, (gsize) (cut - out->str));
      _merit_json_warn_at (ctx, path, _("shortened from %ld to %u characters"), n_chars,
                           max_chars);
    }
  return g_string_free (out, FALSE);
}

Visit *
_merit_json_visit_begin (MeritJsonContext *ctx,
             JsonNode         *node,
             const char       *path)
{
  Visit *visit;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _merit_json_fail_at (ctx, path, _("expected an object, found %s"), _merit_json_describe_node (node));
      return NULL;
    }
  visit = g_new0 (Visit, 1);
  visit->object = json_node_get_object (node);
  visit->path = g_strdup (path);
  visit->used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return visit;
}

/* Reports the members nobody read, then frees @visit. */
void
_merit_json_visit_end (MeritJsonContext *ctx,
           Visit            *visit)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (visit == NULL)
    return;
  if (!_merit_json_failed (ctx))
    {
      json_object_iter_init (&iter, visit->object);
      while (json_object_iter_next (&iter, &name, &node))
        if (!g_hash_table_contains (visit->used, name) && !JSON_NODE_HOLDS_NULL (node))
          {
            g_autofree char *path = _merit_json_child_path (visit->path, name);

            _merit_json_drop (ctx, path);
          }
    }
  g_hash_table_unref (visit->used);
  g_free (visit->path);
  g_free (visit);
}

/* Returns the member, marked as used, or NULL when it is missing or null. */
JsonNode *
_merit_json_visit_member (Visit      *visit,
              const char *key)
{
  JsonNode *node = json_object_get_member (visit->object, key);

  if (node == NULL)
    return NULL;
  g_hash_table_add (visit->used, g_strdup (key));
  return JSON_NODE_HOLDS_NULL (node) ? NULL : node;
}

char *
_merit_json_visit_string (MeritJsonContext *ctx,
              Visit            *visit,
              const char       *key,
              guint             max_chars)
{
  JsonNode *node = _merit_json_visit_member (visit, key);
  g_autofree char *path = NULL;

  if (node == NULL || _merit_json_failed (ctx))
    return NULL;
  path = _merit_json_child_path (visit->path, key);
  if (!_merit_json_holds_string (node))
    {
      _merit_json_fail_at (ctx, path, _("expected a string, found %s"), _merit_json_describe_node (node));
      return NULL;
    }
  return _merit_json_clean_text (ctx, path, json_node_get_string (node), max_chars);
}

JsonArray *
_merit_json_visit_array (MeritJsonContext *ctx,
             Visit            *visit,
             const char       *key)
{
  JsonNode *node = _merit_json_visit_member (visit, key);
  g_autofree char *path = NULL;

  if (node == NULL || _merit_json_failed (ctx))
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      path = _merit_json_child_path (visit->path, key);
      _merit_json_fail_at (ctx, path, _("expected an array, found %s"), _merit_json_describe_node (node));
      return NULL;
    }
  return json_node_get_array (node);
}

/* An array of strings; each element is cleaned and limited to @max_chars. */
GPtrArray *
_merit_json_visit_strings (MeritJsonContext *ctx,
               Visit            *visit,
               const char       *key,
               guint             max_chars)
{
  JsonArray *array = _merit_json_visit_array (ctx, visit, key);
  g_autofree char *path = _merit_json_child_path (visit->path, key);
  GPtrArray *result;

  if (array == NULL)
    return NULL;
  result = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < json_array_get_length (array) && !_merit_json_failed (ctx); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *element_path = _merit_json_index_path (path, i);
      char *text;

      if (JSON_NODE_HOLDS_NULL (node))
        continue;
      if (!_merit_json_holds_string (node))
        {
          _merit_json_fail_at (ctx, element_path, _("expected a string, found %s"),
                               _merit_json_describe_node (node));
          break;
        }
      text = _merit_json_clean_text (ctx, element_path, json_node_get_string (node), max_chars);
      if (text != NULL)
        g_ptr_array_add (result, text);
    }
  if (_merit_json_failed (ctx))
    g_clear_pointer (&result, g_ptr_array_unref);
  return result;
}

/* YYYY, YYYY-MM or YYYY-MM-DD, checked against the calendar; a full ISO 8601 time keeps its
 * date.  Anything else is dropped with a warning: real résumés say "Present" or "Summer 2019". */
static char *
clean_date (MeritJsonContext *ctx,
            const char       *path,
            const char       *text)
{
  gsize length = strlen (text);
  guint year;
  guint month = 1;
  guint day = 1;

  if (length > 10 && text[10] == 'T')
    length = 10;
  if (length != 4 && length != 7 && length != 10)
    goto invalid;
  for (gsize i = 0; i < length; i++)
    {
      gboolean dash = i == 4 || i == 7;

      if (dash ? text[i] != '-' : !g_ascii_isdigit (text[i]))
        goto invalid;
    }
  year = (guint) g_ascii_strtoull (text, NULL, 10);
  if (length >= 7)
    month = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  if (length == 10)
    day = (guint) g_ascii_strtoull (text + 8, NULL, 10);
  if (year < 1 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    goto invalid;
  return g_strndup (text, length);

invalid:
  _merit_json_warn_at (ctx, path, _("“%s” is not a date (YYYY, YYYY-MM or YYYY-MM-DD); dropped"),
                       text);
  _merit_json_drop (ctx, path);
  return NULL;
}

/* Profile entries */

static void
entry_build_clear (EntryBuild *build)
{
  for (guint i = 0; i < N_SINGLE_FIELDS; i++)
    {
      g_free (build->single[i]);
      g_free (build->single_path[i]);
    }
  g_string_free (build->title_parts, TRUE);
  g_ptr_array_unref (build->paragraphs);
  g_ptr_array_unref (build->keywords);
}

static void
set_single (MeritJsonContext *ctx,
            EntryBuild       *build,
            Field             field,
            const char       *path,
            char             *value)
{
  if (build->single[field] == NULL)
    {
      build->single[field] = value;
      build->single_path[field] = g_strdup (path);
      return;
    }
  if (g_strcmp0 (build->single[field], value) != 0)
    {
      _merit_json_warn_at (ctx, path, _("differs from %s, which was kept"),
                           build->single_path[field]);
      _merit_json_drop (ctx, path);
    }
  g_free (value);
}

static void
map_field (MeritJsonContext *ctx,
           Visit            *visit,
           const FieldMap   *map,
           EntryBuild       *build)
{
  g_autofree char *path = _merit_json_child_path (visit->path, map->key);
  g_autoptr(GPtrArray) list = NULL;
  char *text;

  switch (map->field)
    {
    case F_SKIP:
      /* Read by the caller. */
      _merit_json_visit_member (visit, map->key);
      return;
    case F_BULLETS:
    case F_LIST_LABELLED:
    case F_KEYWORDS:
      list = _merit_json_visit_strings (ctx, visit, map->key,
                            map->field == F_KEYWORDS ? SHORT_TEXT_MAX_CHARS : LONG_TEXT_MAX_CHARS);
      if (list == NULL || list->len == 0)
        return;
      if (map->field == F_KEYWORDS)
        {
          for (guint i = 0; i < list->len && build->keywords->len < MAX_KEYWORDS; i++)
            g_ptr_array_add (build->keywords, g_strdup (list->pdata[i]));
          if (build->keywords->len == MAX_KEYWORDS)
            _merit_json_warn_at (ctx, path, _("only the first %u keywords were kept"),
                                 MAX_KEYWORDS);
        }
      else if (map->field == F_BULLETS)
        {
          GString *bullets = g_string_new (NULL);

          for (guint i = 0; i < list->len; i++)
            g_string_append_printf (bullets, "%s• %s", i > 0 ? "\n" : "",
                                    (const char *) list->pdata[i]);
          g_ptr_array_add (build->paragraphs, g_string_free (bullets, FALSE));
        }
      else
        {
          g_ptr_array_add (list, NULL);
          text = g_strjoinv (", ", (char **) list->pdata);
          g_ptr_array_add (build->paragraphs, g_strdup_printf ("%s: %s", map->label, text));
          g_free (text);
        }
      return;
    default:
      break;
    }

  text = _merit_json_visit_string (ctx, visit, map->key,
                       map->field == F_DESCRIPTION || map->field == F_DESCRIPTION_LABELLED
                       ? LONG_TEXT_MAX_CHARS : SHORT_TEXT_MAX_CHARS);
  if (text == NULL)
    return;
  switch (map->field)
    {
    case F_START:
    case F_END:
      {
        char *date = clean_date (ctx, path, text);

        g_free (text);
        if (date != NULL)
          set_single (ctx, build, map->field, path, date);
      }
      break;
    case F_URL:
      set_single (ctx, build, map->field, path, text);
      break;
    case F_TITLE:
    case F_ORGANIZATION:
    case F_LOCATION:
      set_single (ctx, build, map->field, path, text);
      break;
    case F_TITLE_PART:
      g_string_append_printf (build->title_parts, "%s%s", build->title_parts->len > 0 ? ", " : "",
                              text);
      g_free (text);
      break;
    case F_DESCRIPTION:
      g_ptr_array_add (build->paragraphs, text);
      break;
    case F_DESCRIPTION_LABELLED:
      g_ptr_array_add (build->paragraphs, g_strdup_printf ("%s: %s", map->label, text));
      g_free (text);
      break;
    default:
      g_free (text);
      break;
    }
}

char *
_merit_json_limit (char  *text,
       guint  max_chars)
{
  if (text != NULL && g_utf8_strlen (text, -1) > (glong) max_chars)
    *g_utf8_offset_to_pointer (text, max_chars) = '\0';
  return text;
}

/* Builds one entry from an object; returns NULL (and no error) for an empty object. */
MeritProfileEntry *
_merit_json_map_entry (MeritJsonContext      *ctx,
           JsonNode              *node,
           const char            *path,
           MeritProfileEntryKind  kind,
           const FieldMap        *fields)
{
  Visit *visit = _merit_json_visit_begin (ctx, node, path);
  EntryBuild build = { { NULL }, { NULL }, g_string_new (NULL),
                       g_ptr_array_new_with_free_func (g_free),
                       g_ptr_array_new_with_free_func (g_free) };
  MeritProfileEntry *entry = NULL;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;

  if (visit == NULL)
    {
      entry_build_clear (&build);
      return NULL;
    }
  for (guint i = 0; fields[i].key != NULL && !_merit_json_failed (ctx); i++)
    map_field (ctx, visit, &fields[i], &build);
  _merit_json_visit_end (ctx, visit);

  if (build.title_parts->len > 0)
    title = _merit_json_limit (g_strdup (build.title_parts->str), SHORT_TEXT_MAX_CHARS);
  else
    title = g_steal_pointer (&build.single[F_TITLE]);
  if (build.paragraphs->len > 0)
    {
      g_ptr_array_add (build.paragraphs, NULL);
      description = _merit_json_limit (g_strjoinv ("\n\n", (char **) build.paragraphs->pdata),
                           LONG_TEXT_MAX_CHARS);
    }
  if (!_merit_json_failed (ctx)
      && (title != NULL || description != NULL || build.keywords->len > 0
          || build.single[F_ORGANIZATION] != NULL || build.single[F_URL] != NULL))
    {
      entry = merit_profile_entry_new (kind);
      merit_profile_entry_set_title (entry, title);
      merit_profile_entry_set_organization (entry, build.single[F_ORGANIZATION]);
      merit_profile_entry_set_location (entry, build.single[F_LOCATION]);
      merit_profile_entry_set_start_date (entry, build.single[F_START]);
      merit_profile_entry_set_end_date (entry, build.single[F_END]);
      merit_profile_entry_set_url (entry, build.single[F_URL]);
      merit_profile_entry_set_description (entry, description);
      if (build.keywords->len > 0)
        {
          g_ptr_array_add (build.keywords, NULL);
          merit_profile_entry_set_keywords (entry, (const char * const *) build.keywords->pdata);
        }
    }
  entry_build_clear (&build);
  return entry;
}

void
_merit_json_map_section (MeritJsonContext      *ctx,
             Visit                 *visit,
             const char            *key,
             MeritProfileEntryKind  kind,
             const FieldMap        *fields,
             MeritProfile          *profile)
{
  JsonArray *array = _merit_json_visit_array (ctx, visit, key);
  g_autofree char *path = _merit_json_child_path (visit->path, key);

  for (guint i = 0; array != NULL && i < json_array_get_length (array) && !_merit_json_failed (ctx); i++)
    {
      g_autofree char *element_path = _merit_json_index_path (path, i);
      g_autoptr(MeritProfileEntry) entry = _merit_json_map_entry (ctx, json_array_get_element (array, i),
                                                      element_path, kind, fields);

      if (entry != NULL)
        merit_profile_add_entry (profile, entry);
    }
}

void
_merit_json_add_link (GPtrArray  *links,
          char       *link)
{
  if (link == NULL)
    return;
  if (links->len < MAX_LINKS)
    g_ptr_array_add (links, link);
  else
    g_free (link);
}

void
_merit_json_set_links (MeritIdentity *identity,
           GPtrArray     *links)
{
  if (links->len == 0)
    return;
  g_ptr_array_add (links, NULL);
  merit_identity_set_links (identity, (const char * const *) links->pdata);
  g_ptr_array_remove_index (links, links->len - 1);
}
