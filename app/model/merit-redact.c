/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-redact.c: the blind view of free text.
 *
 * Reviewers read what a candidate wrote without learning who wrote it.  In any free text the
 * candidate's own names (the full name, its parts, common diminutives, in any case and with
 * or without diacritics), e-mail addresses, phone numbers in common international formats,
 * web addresses and social handles are replaced by neutral markers.  A pure function of the
 * text and the identity.
 *
 * Names are matched on a folded copy of the text (decomposed, marks removed, lower case) whose
 * characters remember where they came from, so "Jose" finds "José" and the replacement lands
 * on the original characters.  A single name word only counts where it is written as a name:
 * not in lower case, so the ordinary word "rose" survives for a candidate called Rose.
 */

#include "config.h"

#include <string.h>

#include "merit-redact.h"

#define MARK_NAME   "[name]"
#define MARK_EMAIL  "[email]"
#define MARK_PHONE  "[phone]"
#define MARK_LINK   "[link]"
#define MARK_HANDLE "[handle]"

typedef struct
{
  gsize       start;
  gsize       end;
  const char *marker;
} Span;

typedef struct
{
  gunichar *chars;
  gsize    *starts;  /* byte offset in the original of each folded character */
  gsize    *ends;    /* byte offset just past the original character */
  gsize     len;
} Folded;

/* Words that belong to names but are ordinary words on their own. */
static const char * const particles[] = {
  "van", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "do", "du", "von", "zu",
  "zur", "la", "le", "les", "bin", "binti", "ibn", "al", "el", "ter", "ten", "y", "e", "af",
  "av", "mac", "st", NULL
};

/* Titles and suffixes that say nothing about who the person is. */
static const char * const titles[] = {
  "dr", "prof", "mr", "mrs", "ms", "mx", "miss", "sir", "dame", "herr", "frau", "phd", "md",
  "jr", "sr", "ii", "iii", "iv", "dipl", "ing", "mba", "msc", "bsc", NULL
};

/* Common diminutives and short forms, each row a formal name followed by its short forms. */
static const char * const diminutives[][8] = {
  { "alexander", "alex", "sasha", "xander", "sascha", NULL },
  { "alexandra", "alex", "sasha", "sandra", "lexi", NULL },
  { "andrew", "andy", "drew", NULL },
  { "andreas", "andi", "andy", "andré", NULL },
  { "anthony", "tony", "ant", NULL },
  { "benjamin", "ben", "benji", "benny", NULL },
  { "catherine", "cathy", "kate", "katie", "cat", NULL },
  { "katherine", "kathy", "kate", "katie", "kat", "kay", NULL },
  { "charles", "charlie", "chuck", "chas", NULL },
  { "christopher", "chris", "topher", "kit", NULL },
  { "christian", "chris", "christl", NULL },
  { "christina", "chris", "tina", "christl", NULL },
  { "daniel", "dan", "danny", "dani", NULL },
  { "david", "dave", "davey", NULL },
  { "edward", "ed", "eddie", "ted", "ned", NULL },
  { "elizabeth", "liz", "lizzie", "beth", "betty", "eliza", "lisa", NULL },
  { "elisabeth", "lisa", "liesl", "sissi", "elli", "betti", NULL },
  { "frederick", "fred", "freddie", "fritz", NULL },
  { "friedrich", "fritz", "fred", NULL },
  { "franziska", "franzi", "fanny", NULL },
  { "gabriel", "gabe", "gabi", NULL },
  { "gabriele", "gabi", "elli", NULL },
  { "isabella", "bella", "izzy", "isa", NULL },
  { "james", "jim", "jimmy", "jamie", NULL },
  { "jennifer", "jen", "jenny", NULL },
  { "johannes", "hannes", "jo", "hans", NULL },
  { "jonathan", "jon", "jonny", NULL },
  { "joseph", "joe", "joey", "sepp", "jo", NULL },
  { "margaret", "maggie", "meg", "peggy", "greta", NULL },
  { "matthew", "matt", "matty", NULL },
  { "matthias", "matze", "hias", NULL },
  { "michael", "mike", "mick", "micha", "michi", NULL },
  { "nicholas", "nick", "nicky", "nico", NULL },
  { "nikolaus", "klaus", "niko", NULL },
  { "patricia", "pat", "patty", "tricia", NULL },
  { "rebecca", "becky", "becca", NULL },
  { "richard", "rick", "ricky", "dick", "rich", NULL },
  { "robert", "rob", "bob", "bobby", "robbie", NULL },
  { "samuel", "sam", "sammy", NULL },
  { "samantha", "sam", "sammy", NULL },
  { "stephen", "steve", "stevie", NULL },
  { "steven", "steve", "stevie", NULL },
  { "stefan", "steffen", "steff", NULL },
  { "stephanie", "steffi", "steph", NULL },
  { "susanne", "susi", "sanne", NULL },
  { "theodore", "theo", "ted", "teddy", NULL },
  { "thomas", "tom", "tommy", "thommy", NULL },
  { "victoria", "vicky", "tori", NULL },
  { "william", "will", "bill", "billy", "liam", "willy", NULL },
  { "wolfgang", "wolf", "wolfi", NULL },
  { "oluwaseun", "seun", NULL },
  { "olufemi", "femi", NULL },
  { "mohammed", "mo", "hamid", NULL },
  { "muhammad", "mo", NULL },
  { "yekaterina", "katya", "katja", NULL },
  { "ekaterina", "katya", "katja", NULL },
  { "aleksandr", "sasha", "sascha", NULL },
  { "dmitri", "dima", NULL },
  { "dmitry", "dima", NULL },
  { "anastasia", "nastya", "stasia", NULL },
  { "francesco", "franco", "cesco", NULL },
  { "giuseppe", "beppe", "peppe", "pino", NULL },
  { "josé", "pepe", NULL },
  { "francisco", "paco", "pancho", "fran", NULL },
  { "guillermo", "memo", "guille", NULL },
};

static gboolean
is_cjk (gunichar c)
{
  GUnicodeScript script = g_unichar_get_script (c);

  return script == G_UNICODE_SCRIPT_HAN || script == G_UNICODE_SCRIPT_HIRAGANA
         || script == G_UNICODE_SCRIPT_KATAKANA || script == G_UNICODE_SCRIPT_HANGUL
         || script == G_UNICODE_SCRIPT_THAI;
}

static void
fold_char (gunichar  c,
           GArray   *out)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));

  for (gsize i = 0; i < n; i++)
    {
      gunichar d = decomposed[i];

      if (g_unichar_ismark (d))
        continue;
      switch (d)
        {
        case 0x00DF: /* ß */
          {
            gunichar s = 's';

            g_array_append_val (out, s);
            g_array_append_val (out, s);
            continue;
          }
        case 0x00E6: case 0x00C6: /* æ */
          {
            gunichar a = 'a';
            gunichar e = 'e';

            g_array_append_val (out, a);
            g_array_append_val (out, e);
            continue;
          }
        case 0x00F8: case 0x00D8: d = 'o'; break; /* ø */
        case 0x0141: case 0x0142: d = 'l'; break; /* ł */
        case 0x0110: case 0x0111: d = 'd'; break; /* đ */
        case 0x0131: d = 'i'; break;              /* dotless ı */
        case 0x2019: case 0x2018: case 0x02BC: d = '\''; break;
        default:
          break;
        }
      d = g_unichar_tolower (d);
      g_array_append_val (out, d);
    }
}

static void
folded_init (Folded     *folded,
             const char *text)
{
  g_autoptr(GArray) chars = g_array_new (FALSE, FALSE, sizeof (gunichar));
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (gsize));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gsize start = (gsize) (p - text);
      gsize end = (gsize) (g_utf8_next_char (p) - text);
      guint before = chars->len;

      fold_char (g_utf8_get_char (p), chars);
      for (guint i = before; i < chars->len; i++)
        {
          g_array_append_val (starts, start);
          g_array_append_val (ends, end);
        }
    }
  folded->len = chars->len;
  folded->chars = (gunichar *) (void *) g_array_free (g_steal_pointer (&chars), FALSE);
  folded->starts = (gsize *) (void *) g_array_free (g_steal_pointer (&starts), FALSE);
  folded->ends = (gsize *) (void *) g_array_free (g_steal_pointer (&ends), FALSE);
}

static void
folded_clear (Folded *folded)
{
  g_free (folded->chars);
  g_free (folded->starts);
  g_free (folded->ends);
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* Adds a span for every occurrence of @token (already folded) in @folded. */
static void
find_token (const Folded *folded,
            const char   *text,
            const Folded *token,
            gboolean      require_capital,
            GArray       *spans)
{
  if (token->len == 0 || token->len > folded->len)
    return;
  for (gsize i = 0; i + token->len <= folded->len; i++)
    {
      gunichar first_original;
      gboolean cjk_start = is_cjk (token->chars[0]);
      gboolean cjk_end = is_cjk (token->chars[token->len - 1]);
      Span span;

      if (memcmp (folded->chars + i, token->chars, token->len * sizeof (gunichar)) != 0)
        continue;
      if (!cjk_start && i > 0 && is_word_char (folded->chars[i - 1]))
        continue;
      if (!cjk_end && i + token->len < folded->len && is_word_char (folded->chars[i + token->len]))
        continue;
      first_original = g_utf8_get_char (text + folded->starts[i]);
      if (require_capital && g_unichar_islower (first_original))
        continue;
      span.start = folded->starts[i];
      span.end = folded->ends[i + token->len - 1];
      span.marker = MARK_NAME;
      g_array_append_val (spans, span);
    }
}

static gboolean
in_list (const char * const *list,
         const char         *word)
{
  g_autofree char *bare = g_strdup (word);
  gsize len = strlen (bare);

  /* "Dr." and "Jr." are the same words as "dr" and "jr". */
  if (len > 0 && bare[len - 1] == '.')
    bare[len - 1] = '\0';
  return g_strv_contains (list, bare);
}

static char *
fold_string (const char *text)
{
  Folded folded;
  GString *out = g_string_new (NULL);

  folded_init (&folded, text);
  for (gsize i = 0; i < folded.len; i++)
    g_string_append_unichar (out, folded.chars[i]);
  folded_clear (&folded);
  return g_string_free (out, FALSE);
}

/* Adds every short form of @word (folded) and, if it is a short form, its formal names. */
static void
add_diminutives (GHashTable *tokens,
                 const char *word)
{
  for (guint row = 0; row < G_N_ELEMENTS (diminutives); row++)
    {
      gboolean match = FALSE;

      for (guint k = 0; diminutives[row][k] != NULL && !match; k++)
        {
          g_autofree char *folded = fold_string (diminutives[row][k]);

          match = g_str_equal (folded, word);
        }
      if (!match)
        continue;
      for (guint k = 0; diminutives[row][k] != NULL; k++)
        g_hash_table_add (tokens, fold_string (diminutives[row][k]));
    }
}

/* The patterns, compiled once: compiling them dominated the cost of redacting short texts. */
typedef enum
{
  PATTERN_EMAIL,
  PATTERN_URL,
  PATTERN_DOMAIN,
  PATTERN_HANDLE,
  PATTERN_PHONE,
  PATTERN_YEAR_RANGE,
  PATTERN_ISO_DATE,
  PATTERN_DATE,
  PATTERN_THOUSANDS,
  PATTERN_PRONOUN,
  PATTERN_WORD_FOLLOWS,
  PATTERN_NAME_SEPARATOR,
  N_PATTERNS
} Pattern;

static const struct
{
  const char         *source;
  GRegexCompileFlags  flags;
} pattern_sources[N_PATTERNS] = {
  [PATTERN_EMAIL] = { "[[:alnum:]._%+-]+@[[:alnum:]-]+(\\.[[:alnum:]-]+)+",
                      G_REGEX_CASELESS | G_REGEX_OPTIMIZE },
  [PATTERN_URL] = { "\\b(https?://|www\\.)[^\\s<>\"]*[^\\s<>\".,;:!?)]",
                    G_REGEX_CASELESS | G_REGEX_OPTIMIZE },
  [PATTERN_DOMAIN] = { "\\b[[:alnum:]-]+\\.(com|org|net|io|dev|me|de|at|ch|eu|info|co|xyz|app|page)"
                       "(/[^\\s<>\"]*[^\\s<>\".,;:!?)])?",
                       G_REGEX_CASELESS | G_REGEX_OPTIMIZE },
  [PATTERN_HANDLE] = { "(?<![\\w@.])@[A-Za-z0-9_][A-Za-z0-9_.]{1,}(?<!\\.)",
                       G_REGEX_CASELESS | G_REGEX_OPTIMIZE },
  [PATTERN_PHONE] = { "(?<![\\w+])(\\+|00)?\\(?\\d[\\d ()./-]{5,}\\d(?![\\w])",
                      G_REGEX_CASELESS | G_REGEX_OPTIMIZE },
  [PATTERN_YEAR_RANGE] = { "^\\d{4}\\s*[-/–]\\s*\\d{2,4}$", 0 },
  [PATTERN_ISO_DATE] = { "^\\d{4}-\\d{2}-\\d{2}$", 0 },
  [PATTERN_DATE] = { "^\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}$", 0 },
  [PATTERN_THOUSANDS] = { "^\\d{1,3}([ .]\\d{3})+$", 0 },
  [PATTERN_PRONOUN] = { "\\b(he|she|him|his|hers|himself|herself|her|mr|mrs|ms|miss)\\b",
                        G_REGEX_CASELESS },
  [PATTERN_WORD_FOLLOWS] = { "^\\s+[[:alpha:]]", 0 },
  [PATTERN_NAME_SEPARATOR] = { "[\\s,]+", 0 },
};

/* GRegex is immutable once compiled, so the redaction stays safe to call from any thread. */
static GRegex *
pattern_regex (Pattern pattern)
{
  static GRegex *compiled[N_PATTERNS];
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      for (guint i = 0; i < N_PATTERNS; i++)
        {
          compiled[i] = g_regex_new (pattern_sources[i].source, pattern_sources[i].flags, 0, NULL);
          g_assert (compiled[i] != NULL);
        }
      g_once_init_leave (&initialised, 1);
    }
  return compiled[pattern];
}

static gboolean
pattern_matches (Pattern     pattern,
                 const char *text)
{
  return g_regex_match (pattern_regex (pattern), text, 0, NULL);
}

/* The name tokens of @name, folded: the whole name, every run of two or more words, every
 * single word that is not a particle or title, hyphenated parts, and diminutives. */
static GHashTable *
name_tokens (const char *name)
{
  GHashTable *tokens = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *folded = fold_string (name);
  g_auto(GStrv) words = g_regex_split (pattern_regex (PATTERN_NAME_SEPARATOR), folded, 0);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  guint n;

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' && !in_list (titles, words[i]))
      g_ptr_array_add (kept, words[i]);
  n = kept->len;

  for (guint from = 0; from < n; from++)
    for (guint to = from + 1; to < n; to++)
      {
        g_autoptr(GString) run = g_string_new (g_ptr_array_index (kept, from));

        for (guint k = from + 1; k <= to; k++)
          g_string_append_printf (run, " %s", (const char *) g_ptr_array_index (kept, k));
        g_hash_table_add (tokens, g_string_free (g_steal_pointer (&run), FALSE));
      }

  for (guint i = 0; i < n; i++)
    {
      const char *word = g_ptr_array_index (kept, i);
      g_auto(GStrv) parts = g_strsplit_set (word, "-'", -1);

      if (in_list (particles, word))
        continue;
      if (g_utf8_strlen (word, -1) >= 2 || is_cjk (g_utf8_get_char (word)))
        g_hash_table_add (tokens, g_strdup (word));
      add_diminutives (tokens, word);
      for (guint k = 0; parts[k] != NULL && parts[1] != NULL; k++)
        if (g_utf8_strlen (parts[k], -1) >= 2 && !in_list (particles, parts[k]))
          {
            g_hash_table_add (tokens, g_strdup (parts[k]));
            add_diminutives (tokens, parts[k]);
          }
    }
  return tokens;
}

/* German umlauts are also written ae, oe, ue and ss: "Jürgen" is "Juergen". */
static char *
transliterate_german (const char *name)
{
  static const char * const map[][2] = {
    { "ä", "ae" }, { "ö", "oe" }, { "ü", "ue" }, { "Ä", "Ae" }, { "Ö", "Oe" }, { "Ü", "Ue" },
    { "ß", "ss" },
  };
  char *result = g_strdup (name);

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    {
      g_auto(GStrv) parts = g_strsplit (result, map[i][0], -1);

      g_free (result);
      result = g_strjoinv (map[i][1], parts);
    }
  return result;
}

static void
find_names (const char    *text,
            const Folded  *folded,
            const char    *name,
            GArray        *spans)
{
  g_autoptr(GHashTable) tokens = name_tokens (name);
  g_autofree char *transliterated = transliterate_german (name);
  GHashTableIter iter;
  const char *token;

  if (!g_str_equal (transliterated, name))
    {
      g_autoptr(GHashTable) more = name_tokens (transliterated);

      g_hash_table_iter_init (&iter, more);
      while (g_hash_table_iter_next (&iter, (gpointer *) &token, NULL))
        g_hash_table_add (tokens, g_strdup (token));
    }

  g_hash_table_iter_init (&iter, tokens);
  while (g_hash_table_iter_next (&iter, (gpointer *) &token, NULL))
    {
      Folded folded_token;
      gboolean multi_word = strchr (token, ' ') != NULL;

      folded_init (&folded_token, token);
      /* A run of several name words is the name in any case; a single word must be written
       * as a name. */
      find_token (folded, text, &folded_token, !multi_word, spans);
      folded_clear (&folded_token);
    }
}

static gsize
count_digits (const char *text,
              gsize       length)
{
  gsize n = 0;

  for (gsize i = 0; i < length; i++)
    if (g_ascii_isdigit (text[i]))
      n++;
  return n;
}

/* A run of digits and separators is a phone number unless it reads as a date, a year range
 * or a plain quantity. */
static gboolean
looks_like_phone (const char *match,
                  gsize       length)
{
  g_autofree char *text = g_strndup (match, length);
  gsize digits = count_digits (text, length);
  gboolean international = text[0] == '+' || g_str_has_prefix (text, "00");
  guint groups = 1;

  if (digits < 7 || digits > 15)
    return FALSE;
  if (pattern_matches (PATTERN_YEAR_RANGE, text) || pattern_matches (PATTERN_ISO_DATE, text)
      || pattern_matches (PATTERN_DATE, text) || pattern_matches (PATTERN_THOUSANDS, text))
    return FALSE;
  for (gsize i = 1; i < length; i++)
    if (!g_ascii_isdigit (text[i]) && g_ascii_isdigit (text[i - 1]))
      groups++;
  return international || text[0] == '(' || groups >= 2 || digits >= 10;
}

static void
find_pattern (const char  *text,
              Pattern      pattern,
              const char  *marker,
              gboolean   (*check) (const char *, gsize),
              GArray      *spans)
{
  g_autoptr(GMatchInfo) info = NULL;

  g_regex_match (pattern_regex (pattern), text, 0, &info);
  while (g_match_info_matches (info))
    {
      int start = 0;
      int end = 0;

      g_match_info_fetch_pos (info, 0, &start, &end);
      if (end > start && (check == NULL || check (text + start, (gsize) (end - start))))
        {
          Span span = { (gsize) start, (gsize) end, marker };

          g_array_append_val (spans, span);
        }
      g_match_info_next (info, NULL);
    }
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const Span *x = a;
  const Span *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  /* At the same start the longer span wins. */
  return x->end > y->end ? -1 : x->end < y->end ? 1 : 0;
}

static char *
apply_spans (const char *text,
             GArray     *spans)
{
  GString *out = g_string_new (NULL);
  gsize at = 0;

  g_array_sort (spans, compare_spans);
  for (guint i = 0; i < spans->len; i++)
    {
      const Span *span = &g_array_index (spans, Span, i);

      if (span->start < at)
        continue;
      g_string_append_len (out, text + at, (gssize) (span->start - at));
      g_string_append (out, span->marker);
      at = span->end;
    }
  g_string_append (out, text + at);
  return g_string_free (out, FALSE);
}

typedef struct
{
  const char *word;
  const char *neutral;
} Pronoun;

static const Pronoun pronouns[] = {
  { "he", "they" }, { "she", "they" }, { "him", "them" }, { "his", "their" },
  { "hers", "theirs" }, { "himself", "themselves" }, { "herself", "themselves" },
  { "mr", "Mx" }, { "mrs", "Mx" }, { "ms", "Mx" }, { "miss", "Mx" },
};

static char *
neutralise_pronouns (const char *text)
{
  g_autoptr(GMatchInfo) info = NULL;
  GString *out = g_string_new (NULL);
  int at = 0;

  g_regex_match (pattern_regex (PATTERN_PRONOUN), text, 0, &info);
  while (g_match_info_matches (info))
    {
      g_autofree char *word = g_match_info_fetch (info, 0);
      g_autofree char *lower = g_utf8_strdown (word, -1);
      const char *neutral = NULL;
      int start = 0;
      int end = 0;

      g_match_info_fetch_pos (info, 0, &start, &end);
      if (g_str_equal (lower, "her"))
        {
          /* "her work" is possessive, "met her." is not. */
          neutral = pattern_matches (PATTERN_WORD_FOLLOWS, text + end) ? "their" : "them";
        }
      for (guint i = 0; neutral == NULL && i < G_N_ELEMENTS (pronouns); i++)
        if (g_str_equal (lower, pronouns[i].word))
          neutral = pronouns[i].neutral;
      g_string_append_len (out, text + at, start - at);
      if (g_unichar_isupper (g_utf8_get_char (word)) && neutral[0] != 'M')
        {
          g_string_append_unichar (out, g_unichar_toupper (neutral[0]));
          g_string_append (out, neutral + 1);
        }
      else
        g_string_append (out, neutral);
      at = end;
      g_match_info_next (info, NULL);
    }
  g_string_append (out, text + at);
  return g_string_free (out, FALSE);
}

/**
 * merit_redact_text_full:
 * @text: (nullable): free text from a profile or work sample
 * @identity: (nullable): the candidate's identity
 * @flags: what else to neutralise
 *
 * Returns: (transfer full) (nullable): @text with identifying details replaced by markers
 */
char *
merit_redact_text_full (const char       *text,
                        MeritIdentity    *identity,
                        MeritRedactFlags  flags)
{
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (Span));
  g_autofree char *valid = NULL;
  g_autofree char *redacted = NULL;
  Folded folded;

  if (text == NULL)
    return NULL;
  valid = g_utf8_make_valid (text, -1);

  /* Addresses first: they contain names, handles and digits of their own. */
  find_pattern (valid, PATTERN_EMAIL, MARK_EMAIL, NULL, spans);
  find_pattern (valid, PATTERN_URL, MARK_LINK, NULL, spans);
  find_pattern (valid, PATTERN_DOMAIN, MARK_LINK, NULL, spans);
  find_pattern (valid, PATTERN_HANDLE, MARK_HANDLE, NULL, spans);
  find_pattern (valid, PATTERN_PHONE, MARK_PHONE, looks_like_phone, spans);

  if (identity != NULL && merit_identity_get_name (identity) != NULL)
    {
      folded_init (&folded, valid);
      find_names (valid, &folded, merit_identity_get_name (identity), spans);
      folded_clear (&folded);
    }

  redacted = apply_spans (valid, spans);
  if (flags & MERIT_REDACT_FLAGS_NEUTRALISE_PRONOUNS)
    return neutralise_pronouns (redacted);
  return g_steal_pointer (&redacted);
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
  return merit_redact_text_full (text, identity, MERIT_REDACT_FLAGS_NONE);
}
