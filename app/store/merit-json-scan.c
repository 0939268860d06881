/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-json-scan.c: a strict RFC 8259 pre-scan that runs before json-glib sees a byte.
 *
 * json-glib 1.6 accepts comments, single quotes, hexadecimal and leading-zero numbers and a
 * byte order mark; it truncates strings at \u0000, reports invalid UTF-8 without a position,
 * keeps the last of two equal member names silently and overflows its stack at about
 * 100 000 levels of nesting.  This single pass, without recursion, refuses all of that with
 * "file:line:column: reason", and reports duplicate member names so that the importer can
 * decide what they mean.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "merit-json-scan.h"
#include "merit-store-error.h"

/* Member names in paths are cut to this many characters. */
#define PATH_KEY_MAX_CHARS 64

typedef enum
{
  EXPECT_VALUE,
  EXPECT_FIRST_VALUE,
  EXPECT_KEY,
  EXPECT_FIRST_KEY,
  AFTER_VALUE,
  DONE,
} State;

typedef struct
{
  gboolean    is_object;
  guint       index;
  char       *key;
  /* Decoded member name → guint[2] { line, column } of its first occurrence. */
  GHashTable *keys;
} Frame;

typedef struct
{
  const char   *display_name;
  const guchar *start;
  const guchar *p;
  const guchar *end;
  guint         line;
  guint         column;
  guint         n_values;
  guint         depth;
  Frame         frames[MERIT_JSON_MAX_DEPTH];
  GString      *scratch;
  GPtrArray    *duplicates;
  GError       *error;

  /* In locate mode: the path looked for, and where its last value starts (json-glib keeps
   * the last of duplicate members). */
  const char   *target;
  gboolean      found;
  guint         found_line;
  guint         found_column;
} Scanner;

/**
 * merit_json_duplicate_free:
 * @duplicate: (transfer full): a duplicate record
 */
void
merit_json_duplicate_free (MeritJsonDuplicate *duplicate)
{
  if (duplicate == NULL)
    return;
  g_free (duplicate->path);
  g_free (duplicate);
}

static gboolean
fail (Scanner    *s,
      const char *reason)
{
  if (s->error == NULL)
    s->error = g_error_new (MERIT_STORE_ERROR, MERIT_STORE_ERROR_PARSE, "%s:%u:%u: %s",
                            s->display_name, s->line, s->column, reason);
  return FALSE;
}

static inline void
advance (Scanner *s)
{
  guchar c = *s->p++;

  if (c == '\n')
    {
      s->line++;
      s->column = 1;
    }
  else if ((c & 0xC0) != 0x80)
    s->column++;
}

static void
skip_whitespace (Scanner *s)
{
  while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r'))
    advance (s);
}

/* Member names go into reports, so control and bidi characters are shown escaped. */
static void
append_display_key (GString    *path,
                    const char *key)
{
  guint n = 0;

  for (const char *k = key; *k != '\0' && n < PATH_KEY_MAX_CHARS; k = g_utf8_next_char (k), n++)
    {
      gunichar c = g_utf8_get_char (k);

      if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F
          || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        g_string_append_printf (path, "\\u%04X", c);
      else
        g_string_append_unichar (path, c);
    }
  if (n == PATH_KEY_MAX_CHARS && key[0] != '\0')
    g_string_append (path, "…");
}

static char *
build_path (Scanner    *s,
            const char *last_key)
{
  GString *path = g_string_new (NULL);

  for (guint i = 0; i < s->depth; i++)
    {
      Frame *frame = &s->frames[i];

      if (!frame->is_object)
        {
          g_string_append_printf (path, "[%u]", frame->index);
          continue;
        }
      if (i + 1 == s->depth && last_key != NULL)
        break;
      if (frame->key == NULL)
        break;
      if (path->len > 0)
        g_string_append_c (path, '.');
      append_display_key (path, frame->key);
    }
  if (last_key != NULL)
    {
      if (path->len > 0)
        g_string_append_c (path, '.');
      append_display_key (path, last_key);
    }
  return g_string_free (path, FALSE);
}

static void
append_code_point (GString  *out,
                   gunichar  c)
{
  if (out != NULL)
    g_string_append_unichar (out, c);
}

static gboolean
read_hex4 (Scanner *s,
           guint   *out)
{
  guint value = 0;

  for (guint i = 0; i < 4; i++)
    {
      int digit;

      if (s->p >= s->end)
        return fail (s, _("unterminated string"));
      digit = g_ascii_xdigit_value ((char) *s->p);
      if (digit < 0)
        return fail (s, _("invalid \\u escape: four hexadecimal digits expected"));
      value = value * 16 + (guint) digit;
      advance (s);
    }
  *out = value;
  return TRUE;
}

static gboolean
scan_escape (Scanner *s,
             GString *out)
{
  guint unit;
  guint low;

  /* s->p is just past the backslash. */
  if (s->p >= s->end)
    return fail (s, _("unterminated string"));
  switch (*s->p)
    {
    case '"': case '\\': case '/':
      if (out != NULL)
        g_string_append_c (out, (char) *s->p);
      advance (s);
      return TRUE;
    case 'b': append_code_point (out, '\b'); advance (s); return TRUE;
    case 'f': append_code_point (out, '\f'); advance (s); return TRUE;
    case 'n': append_code_point (out, '\n'); advance (s); return TRUE;
    case 'r': append_code_point (out, '\r'); advance (s); return TRUE;
    case 't': append_code_point (out, '\t'); advance (s); return TRUE;
    case 'u':
      break;
    default:
      return fail (s, _("invalid escape sequence in string"));
    }
  advance (s);
  if (!read_hex4 (s, &unit))
    return FALSE;
  if (unit == 0)
    return fail (s, _("\\u0000 is not allowed in strings"));
  if (unit >= 0xDC00 && unit <= 0xDFFF)
    return fail (s, _("unpaired UTF-16 surrogate in \\u escape"));
  if (unit < 0xD800 || unit > 0xDBFF)
    {
      append_code_point (out, unit);
      return TRUE;
    }
  if (s->end - s->p < 2 || s->p[0] != '\\' || s->p[1] != 'u')
    return fail (s, _("unpaired UTF-16 surrogate in \\u escape"));
  advance (s);
  advance (s);
  if (!read_hex4 (s, &low))
    return FALSE;
  if (low < 0xDC00 || low > 0xDFFF)
    return fail (s, _("unpaired UTF-16 surrogate in \\u escape"));
  append_code_point (out, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
  return TRUE;
}

/* Validates one UTF-8 sequence strictly: no overlong forms, no surrogates, nothing past
 * U+10FFFF. */
static gboolean
scan_utf8 (Scanner *s,
           GString *out)
{
  const guchar *seq = s->p;
  guchar lead = seq[0];
  guint length;
  guchar min = 0x80;
  guchar max = 0xBF;

  if (lead >= 0xC2 && lead <= 0xDF)
    length = 2;
  else if (lead >= 0xE0 && lead <= 0xEF)
    {
      length = 3;
      if (lead == 0xE0)
        min = 0xA0;
      else if (lead == 0xED)
        max = 0x9F;
    }
  else if (lead >= 0xF0 && lead <= 0xF4)
    {
      length = 4;
      if (lead == 0xF0)
        min = 0x90;
      else if (lead == 0xF4)
        max = 0x8F;
    }
  else
    return fail (s, _("invalid UTF-8"));

  if ((gsize) (s->end - seq) < length)
    return fail (s, _("invalid UTF-8: truncated sequence"));
  if (seq[1] < min || seq[1] > max)
    return fail (s, _("invalid UTF-8"));
  for (guint i = 2; i < length; i++)
    if ((seq[i] & 0xC0) != 0x80)
      return fail (s, _("invalid UTF-8"));
  if (out != NULL)
    g_string_append_len (out, (const char *) seq, length);
  for (guint i = 0; i < length; i++)
    advance (s);
  return TRUE;
}

static gboolean
scan_string (Scanner *s,
             GString *out)
{
  /* s->p is at the opening quote. */
  advance (s);
  while (s->p < s->end)
    {
      guchar c = *s->p;

      if (c == '"')
        {
          advance (s);
          return TRUE;
        }
      if (c == '\\')
        {
          advance (s);
          if (!scan_escape (s, out))
            return FALSE;
        }
      else if (c == 0)
        return fail (s, _("NUL byte in string"));
      else if (c < 0x20)
        return fail (s, _("control character in string; it must be escaped"));
      else if (c < 0x80)
        {
          if (out != NULL)
            g_string_append_c (out, (char) c);
          advance (s);
        }
      else if (!scan_utf8 (s, out))
        return FALSE;
    }
  return fail (s, _("unterminated string"));
}

static gboolean
scan_digits (Scanner *s)
{
  if (s->p >= s->end || !g_ascii_isdigit (*s->p))
    return fail (s, _("invalid number: digit expected"));
  while (s->p < s->end && g_ascii_isdigit (*s->p))
    advance (s);
  return TRUE;
}

static gboolean
scan_number (Scanner *s)
{
  if (*s->p == '-')
    advance (s);
  if (s->p >= s->end || !g_ascii_isdigit (*s->p))
    return fail (s, _("invalid number: digit expected"));
  if (*s->p == '0')
    {
      advance (s);
      if (s->p < s->end && (*s->p == 'x' || *s->p == 'X'))
        return fail (s, _("hexadecimal numbers are not allowed"));
      if (s->p < s->end && g_ascii_isdigit (*s->p))
        return fail (s, _("numbers must not have leading zeros"));
    }
  else
    scan_digits (s);
  if (s->p < s->end && *s->p == '.')
    {
      advance (s);
      if (!scan_digits (s))
        return FALSE;
    }
  if (s->p < s->end && (*s->p == 'e' || *s->p == 'E'))
    {
      advance (s);
      if (s->p < s->end && (*s->p == '+' || *s->p == '-'))
        advance (s);
      if (!scan_digits (s))
        return FALSE;
    }
  return TRUE;
}

static gboolean
scan_literal (Scanner    *s,
              const char *word)
{
  gsize length = strlen (word);

  if ((gsize) (s->end - s->p) < length || memcmp (s->p, word, length) != 0)
    return fail (s, _("unexpected word; true, false, null, a number, a string, an array or "
                      "an object expected"));
  for (gsize i = 0; i < length; i++)
    advance (s);
  return TRUE;
}

static gboolean
fail_unexpected (Scanner *s)
{
  if (s->p >= s->end)
    return fail (s, _("unexpected end of file"));
  switch (*s->p)
    {
    case '/':
      return fail (s, _("comments are not allowed in JSON"));
    case '\'':
      return fail (s, _("single quotes are not allowed in JSON; use double quotes"));
    case 0:
      return fail (s, _("NUL byte"));
    default:
      break;
    }
  if (*s->p >= 0x80)
    return fail (s, _("unexpected character outside a string"));
  return fail (s, _("unexpected character"));
}

static gboolean
push (Scanner  *s,
      gboolean  is_object)
{
  Frame *frame;

  if (s->depth == MERIT_JSON_MAX_DEPTH)
    return fail (s, _("arrays and objects are nested too deeply (more than 64 levels)"));
  frame = &s->frames[s->depth++];
  frame->is_object = is_object;
  frame->index = 0;
  frame->key = NULL;
  frame->keys = NULL;
  advance (s);
  return TRUE;
}

static void
pop (Scanner *s)
{
  Frame *frame = &s->frames[--s->depth];

  g_clear_pointer (&frame->key, g_free);
  g_clear_pointer (&frame->keys, g_hash_table_unref);
}

static gboolean
scan_key (Scanner *s)
{
  Frame *frame = &s->frames[s->depth - 1];
  guint line = s->line;
  guint column = s->column;
  guint *first;

  if (s->p >= s->end || *s->p != '"')
    {
      if (s->p < s->end && *s->p == '}')
        return fail (s, _("trailing comma before “}”"));
      if (s->p < s->end && *s->p == '\'')
        return fail_unexpected (s);
      return fail (s, _("member name in double quotes expected"));
    }
  g_string_truncate (s->scratch, 0);
  if (!scan_string (s, s->scratch))
    return FALSE;
  skip_whitespace (s);
  if (s->p >= s->end || *s->p != ':')
    return fail (s, _("“:” expected after the member name"));
  advance (s);

  if (frame->keys == NULL)
    frame->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  first = g_hash_table_lookup (frame->keys, s->scratch->str);
  if (first != NULL && s->duplicates != NULL)
    {
      MeritJsonDuplicate *duplicate = g_new0 (MeritJsonDuplicate, 1);

      duplicate->path = build_path (s, s->scratch->str);
      duplicate->line = line;
      duplicate->column = column;
      duplicate->first_line = first[0];
      duplicate->first_column = first[1];
      g_ptr_array_add (s->duplicates, duplicate);
    }
  else if (first == NULL)
    {
      guint *position = g_new (guint, 2);

      position[0] = line;
      position[1] = column;
      g_hash_table_insert (frame->keys, g_strdup (s->scratch->str), position);
    }
  g_free (frame->key);
  frame->key = g_strdup (s->scratch->str);
  return TRUE;
}

static gboolean
value_starts (Scanner *s)
{
  if (++s->n_values > MERIT_JSON_MAX_VALUES)
    return fail (s, _("too many values in one document (more than 500 000)"));
  if (s->target != NULL)
    {
      g_autofree char *path = build_path (s, NULL);

      if (g_strcmp0 (path, s->target) == 0)
        {
          s->found = TRUE;
          s->found_line = s->line;
          s->found_column = s->column;
        }
    }
  return TRUE;
}

static gboolean
scan_value (Scanner *s,
            State   *state)
{
  if (s->p >= s->end)
    return fail (s, _("unexpected end of file; a value expected"));
  if (!value_starts (s))
    return FALSE;
  switch (*s->p)
    {
    case '{':
      *state = EXPECT_FIRST_KEY;
      return push (s, TRUE);
    case '[':
      *state = EXPECT_FIRST_VALUE;
      return push (s, FALSE);
    case '"':
      *state = AFTER_VALUE;
      return scan_string (s, NULL);
    case 't':
      *state = AFTER_VALUE;
      return scan_literal (s, "true");
    case 'f':
      *state = AFTER_VALUE;
      return scan_literal (s, "false");
    case 'n':
      *state = AFTER_VALUE;
      return scan_literal (s, "null");
    default:
      if (*s->p == '-' || g_ascii_isdigit (*s->p))
        {
          *state = AFTER_VALUE;
          return scan_number (s);
        }
      if (*s->p == '+' || *s->p == '.')
        return fail (s, _("invalid number: a JSON number starts with “-” or a digit"));
      return fail_unexpected (s);
    }
}

static gboolean
scan_after_value (Scanner *s,
                  State   *state)
{
  Frame *frame;

  if (s->depth == 0)
    {
      if (s->p < s->end)
        return fail (s, _("unexpected text after the end of the document"));
      *state = DONE;
      return TRUE;
    }
  frame = &s->frames[s->depth - 1];
  if (s->p >= s->end)
    return fail (s, _("unexpected end of file; the document is truncated"));
  if (*s->p == ',')
    {
      advance (s);
      if (frame->is_object)
        *state = EXPECT_KEY;
      else
        {
          frame->index++;
          *state = EXPECT_VALUE;
        }
      return TRUE;
    }
  if ((frame->is_object && *s->p == '}') || (!frame->is_object && *s->p == ']'))
    {
      advance (s);
      pop (s);
      return TRUE;
    }
  if (frame->is_object)
    return fail (s, _("“,” or “}” expected"));
  return fail (s, _("“,” or “]” expected"));
}

static gboolean
run (Scanner *s)
{
  State state = EXPECT_VALUE;

  if (s->end - s->p >= 3 && s->p[0] == 0xEF && s->p[1] == 0xBB && s->p[2] == 0xBF)
    return fail (s, _("a byte order mark is not allowed in JSON"));
  skip_whitespace (s);
  if (s->p >= s->end)
    return fail (s, _("the file is empty"));

  while (state != DONE)
    {
      gboolean ok = TRUE;

      skip_whitespace (s);
      switch (state)
        {
        case EXPECT_FIRST_VALUE:
          if (s->p < s->end && *s->p == ']')
            {
              advance (s);
              pop (s);
              state = AFTER_VALUE;
              break;
            }
          ok = scan_value (s, &state);
          break;
        case EXPECT_VALUE:
          if (s->p < s->end && *s->p == ']' && s->depth > 0)
            return fail (s, _("trailing comma before “]”"));
          ok = scan_value (s, &state);
          break;
        case EXPECT_FIRST_KEY:
          if (s->p < s->end && *s->p == '}')
            {
              advance (s);
              pop (s);
              state = AFTER_VALUE;
              break;
            }
          G_GNUC_FALLTHROUGH;
        case EXPECT_KEY:
          ok = scan_key (s);
          state = EXPECT_VALUE;
          break;
        case AFTER_VALUE:
          ok = scan_after_value (s, &state);
          break;
        case DONE:
        default:
          break;
        }
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static void
scanner_init (Scanner    *s,
              const char *display_name,
              const char *data,
              gsize       length)
{
  memset (s, 0, sizeof *s);
  s->display_name = display_name != NULL ? display_name : "<data>";
  s->start = (const guchar *) data;
  s->p = s->start;
  s->end = s->start + length;
  s->line = 1;
  s->column = 1;
  s->scratch = g_string_new (NULL);
}

static void
scanner_clear (Scanner *s)
{
  while (s->depth > 0)
    pop (s);
  g_string_free (s->scratch, TRUE);
  g_clear_error (&s->error);
}

/**
 * merit_json_scan:
 * @display_name: the file name used in messages
 * @data: the document
 * @length: its length in bytes
 * @out_duplicates: (out) (optional) (transfer full) (element-type MeritJsonDuplicate): the
 *   member names that occur twice in one object
 * @error: return location for an error, "file:line:column: reason"
 *
 * Checks that @data is one strict RFC 8259 JSON text that is safe to hand to json-glib:
 * UTF-8 without a byte order mark, no NUL byte and no `\u0000`, no comments, single quotes,
 * leading zeros, hexadecimal numbers or trailing commas, at most %MERIT_JSON_MAX_DEPTH levels
 * of nesting, at most %MERIT_JSON_MAX_VALUES values and at most %MERIT_JSON_MAX_BYTES bytes.
 *
 * Returns: %TRUE if the document may be parsed
 */
gboolean
merit_json_scan (const char  *display_name,
                 const char  *data,
                 gsize        length,
                 GPtrArray  **out_duplicates,
                 GError     **error)
{
  Scanner s;
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (out_duplicates != NULL)
    *out_duplicates = NULL;
  if (length > MERIT_JSON_MAX_BYTES)
    {
      guint line;
      guint column;

      merit_json_position_at (data, MERIT_JSON_MAX_BYTES, &line, &column);
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_TOO_LARGE,
                   _("%s:%u:%u: the file is larger than 16 MiB, the most Merit imports"),
                   display_name != NULL ? display_name : "<data>", line, column);
      return FALSE;
    }

  scanner_init (&s, display_name, data != NULL ? data : "", length);
  s.duplicates = g_ptr_array_new_with_free_func ((GDestroyNotify) merit_json_duplicate_free);
  ok = run (&s);
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&s.error));
  else if (out_duplicates != NULL)
    *out_duplicates = g_ptr_array_ref (s.duplicates);
  g_ptr_array_unref (s.duplicates);
  scanner_clear (&s);
  return ok;
}

/**
 * merit_json_locate:
 * @data: a document that merit_json_scan() accepted
 * @length: its length
 * @path: a JSON path as reported by the scanner, such as `work[1].name`
 * @out_line: (out): the line where the value of @path starts
 * @out_column: (out): its column
 *
 * Finds where a value is, for messages about a value of the wrong type: json-glib nodes
 * carry no position.
 *
 * Returns: %TRUE if @path was found
 */
gboolean
merit_json_locate (const char *data,
                   gsize       length,
                   const char *path,
                   guint      *out_line,
                   guint      *out_column)
{
  Scanner s;
  gboolean found;

  g_return_val_if_fail (path != NULL, FALSE);

  *out_line = 1;
  *out_column = 1;
  if (length > MERIT_JSON_MAX_BYTES)
    return FALSE;
  scanner_init (&s, NULL, data != NULL ? data : "", length);
  s.target = path;
  run (&s);
  found = s.found;
  if (found)
    {
      *out_line = s.found_line;
      *out_column = s.found_column;
    }
  scanner_clear (&s);
  return found;
}

/**
 * merit_json_position_at:
 * @data: a buffer of at least @offset bytes
 * @offset: a byte offset
 * @out_line: (out): the 1-based line of @offset
 * @out_column: (out): its 1-based column, in characters
 */
void
merit_json_position_at (const char *data,
                        gsize       offset,
                        guint      *out_line,
                        guint      *out_column)
{
  guint line = 1;
  guint column = 1;

  for (gsize i = 0; i < offset; i++)
    {
      guchar c = (guchar) data[i];

      if (c == '\n')
        {
          line++;
          column = 1;
        }
      else if ((c & 0xC0) != 0x80)
        column++;
    }
  *out_line = line;
  *out_column = column;
}
