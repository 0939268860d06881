/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-redact.c: the blind view of free text.
 *
 * Reviewers read what a candidate wrote without learning who wrote it: the candidate's own
 * names, e-mail addresses, phone numbers, web addresses and social handles are replaced by
 * neutral markers.  A pure function of the text and the identity.
 */

#include "config.h"

#include "merit-redact.h"

typedef struct
{
  const char *pattern;
  const char *marker;
} Rule;

/* Order matters: addresses contain things that look like handles and numbers. */
static const Rule rules[] = {
  { "[[:alnum:]._%+-]+@[[:alnum:]-]+(\\.[[:alnum:]-]+)+", "[email]" },
  { "\\b(https?://|www\\.)[^\\s<>\"]+", "[link]" },
  { "\\b[[:alnum:]-]+\\.(com|org|net|io|dev|me|de|eu|info)(/[^\\s<>\"]*)?", "[link]" },
  { "(?<![\\w@])@[A-Za-z0-9_]{2,}", "[handle]" },
  { "(?<![\\w+])\\+?\\(?\\d[\\d ().-]{6,}\\d(?!\\w)", "[phone]" },
};

static char *
replace (const char *text,
         const char *pattern,
         const char *marker)
{
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);

  if (regex == NULL)
    return g_strdup (text);
  return g_regex_replace_literal (regex, text, -1, 0, marker, 0, NULL);
}

static char *
replace_word (const char *text,
              const char *word,
              const char *marker)
{
  g_autofree char *escaped = g_regex_escape_string (word, -1);
  g_autofree char *pattern = g_strdup_printf ("(?<!\\w)%s(?!\\w)", escaped);

  return replace (text, pattern, marker);
}

static int
longer_first (gconstpointer a,
              gconstpointer b)
{
  return (int) strlen (*(const char * const *) b) - (int) strlen (*(const char * const *) a);
}

/**
 * merit_redact_text:
 * @text: (nullable): free text from a profile or work sample
 * @identity: (nullable): the candidate's identity
 *
 * Returns: (transfer full) (nullable): @text with identifying details replaced by markers
 */
char *
merit_redact_text (const char    *text,
                   MeritIdentity *identity)
{
  g_autofree char *result = NULL;

  if (text == NULL)
    return NULL;
  result = g_strdup (text);

  if (identity != NULL && merit_identity_get_name (identity) != NULL)
    {
      g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
      g_auto(GStrv) parts = g_regex_split_simple ("[\\s,]+", merit_identity_get_name (identity), 0, 0);

      g_ptr_array_add (words, g_strdup (merit_identity_get_name (identity)));
      for (guint i = 0; parts[i] != NULL; i++)
        if (g_utf8_strlen (parts[i], -1) >= 2)
          g_ptr_array_add (words, g_strdup (parts[i]));
      g_ptr_array_sort (words, longer_first);
      for (guint i = 0; i < words->len; i++)
        {
          char *next = replace_word (result, g_ptr_array_index (words, i), "[name]");

          g_free (result);
          result = next;
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      char *next = replace (result, rules[i].pattern, rules[i].marker);

      g_free (result);
      result = next;
    }
  return g_steal_pointer (&result);
}
