/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-package-index.c: the rebuildable summary index of a workspace's packages.
 *
 * .merit/index holds, per package file, what a list row shows (pseudonym, role, stage, dates,
 * blind score, submitted reviewers, broken reason) and what identifies the file it was read
 * from (size, modification time in nanoseconds, inode, content hash).  A window reads this one
 * file instead of every package; an entry counts only while the file still has the same
 * size, time and inode, so the index is never trusted over the file.
 *
 * The index lies in a shared folder, so reading it is as careful as reading a package: the
 * size is capped, a hash over the content catches truncation and damage, and every
 * length, count, string and number is checked before use.  Anything wrong discards the
 * whole index, which is then rebuilt from the packages.
 *
 * Layout (little-endian): "MERITIDX", u32 version, u32 entry count, the entries, then the
 * merit_content_hash_raw() of everything before it.  An entry: u64 size, i64 mtime seconds,
 * u32 mtime nanoseconds, u64 inode, u8 flags, u8 stage, u16 zero, f64 blind score, 32 bytes
 * merit_content_hash_raw() of the file (version 2 had SHA-256 in both places),
 * then nine strings (id, pseudonym, title, level, stage-since, created, broken reason,
 * submitted reviewers joined by newlines, tallies of the submitted reviews), each a u32
 * length (0xffffffff: none) and bytes.  The tallies are one line per submitted review: how
 * many of its scores are 1, 2, 3 and 4, then the reviewer ("2,3,1,0,ingrid"), so that the
 * blind score and the calibration need no package read.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "merit-atomic-file.h"
#include "merit-candidate-private.h"
#include "merit-package-index.h"
#include "merit-store-error.h"

#define MAGIC "MERITIDX"
#define VERSION 3
#define HEADER_SIZE (8 + 4 + 4)
#define TRAILER_SIZE 32
#define N_STRINGS 9
#define FIXED_ENTRY_SIZE (8 + 8 + 4 + 8 + 1 + 1 + 2 + 8 + 32)
#define MIN_ENTRY_SIZE (FIXED_ENTRY_SIZE + N_STRINGS * 4)
#define NO_STRING G_MAXUINT32
#define MAX_STRING (64 * 1024)
#define MAX_TALLY_COUNT 10000

enum {
  FLAG_BROKEN = 1 << 0,
  FLAG_HAS_HASH = 1 << 1,
};

typedef struct
{
  const guint8 *data;
  gsize         length;
  gsize         offset;
} Reader;

void
merit_index_entry_free (MeritIndexEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->id);
  g_free (entry->pseudonym);
  g_free (entry->title);
  g_free (entry->level);
  g_free (entry->stage_since);
  g_free (entry->created);
  g_free (entry->broken_reason);
  g_strfreev (entry->reviewers);
  g_clear_pointer (&entry->tallies, g_array_unref);
  g_free (entry);
}

static gboolean
hex_to_raw (const char *hex,
            guint8     *raw)
{
  if (hex == NULL || strlen (hex) != 64)
    return FALSE;
  for (guint i = 0; i < 32; i++)
    {
      int high = g_ascii_xdigit_value (hex[2 * i]);
      int low = g_ascii_xdigit_value (hex[2 * i + 1]);

      if (high < 0 || low < 0)
        return FALSE;
      raw[i] = (guint8) (high * 16 + low);
    }
  return TRUE;
}

static void
set_stat (MeritIndexEntry   *entry,
          const struct stat *st)
{
  entry->size = (guint64) st->st_size;
  entry->mtime_sec = (gint64) st->st_mtim.tv_sec;
  entry->mtime_nsec = (guint32) st->st_mtim.tv_nsec;
  entry->inode = (guint64) st->st_ino;
}

/**
 * merit_index_entry_new:
 * @id: the package id
 * @st: the status of the file the candidate was read from
 * @hash: (nullable): the hex merit_content_hash() of the bytes read
 * @candidate: the package as read (complete, or marked broken)
 *
 * Returns: (transfer full): the summary of @candidate for the index
 */
MeritIndexEntry *
merit_index_entry_new (const char        *id,
                       const struct stat *st,
                       const char        *hash,
                       MeritCandidate    *candidate)
{
  MeritIndexEntry *entry = g_new0 (MeritIndexEntry, 1);
  MeritRole *role = merit_candidate_get_role (candidate);
  g_autoptr(GStrvBuilder) reviewers = g_strv_builder_new ();
  GListModel *reviews;

  entry->id = g_strdup (id);
  set_stat (entry, st);
  entry->has_hash = hex_to_raw (hash, entry->hash);
  entry->broken_reason = g_strdup (merit_candidate_get_broken_reason (candidate));
  entry->broken = entry->broken_reason != NULL;
  entry->stage = merit_candidate_get_stage (candidate);
  entry->score = merit_candidate_get_blind_score (candidate);
  entry->pseudonym = g_strdup (merit_candidate_get_pseudonym (candidate));
  entry->title = g_strdup (role != NULL ? merit_role_get_title (role) : NULL);
  entry->level = g_strdup (role != NULL ? merit_role_get_level (role) : NULL);
  entry->stage_since = g_strdup (merit_candidate_get_stage_since (candidate));
  entry->created = g_strdup (merit_candidate_get_created (candidate));
  reviews = merit_candidate_get_reviews (candidate);
  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(MeritReview) review = g_list_model_get_item (reviews, i);
      const char *reviewer = merit_review_get_reviewer (review);

      if (reviewer != NULL && *reviewer != '\0' && strchr (reviewer, '\n') == NULL
          && merit_candidate_has_submitted_review (candidate, reviewer))
        g_strv_builder_add (reviewers, reviewer);
    }
  entry->reviewers = g_strv_builder_end (reviewers);
  entry->tallies = merit_candidate_dup_review_tallies (candidate);
  return entry;
}

/**
 * merit_index_entry_matches:
 *
 * Returns: %TRUE when @st is the status of the very file @entry was made from
 */
gboolean
merit_index_entry_matches (const MeritIndexEntry *entry,
                           const struct stat     *st)
{
  return S_ISREG (st->st_mode)
         && entry->size == (guint64) st->st_size
         && entry->mtime_sec == (gint64) st->st_mtim.tv_sec
         && entry->mtime_nsec == (guint32) st->st_mtim.tv_nsec
         && entry->inode == (guint64) st->st_ino;
}

char *
merit_index_entry_dup_hash (const MeritIndexEntry *entry)
{
  GString *hex;

  if (!entry->has_hash)
    return NULL;
  hex = g_string_sized_new (64);
  for (guint i = 0; i < 32; i++)
    g_string_append_printf (hex, "%02x", entry->hash[i]);
  return g_string_free (hex, FALSE);
}

/**
 * merit_index_entry_to_candidate:
 *
 * Returns: (transfer full): a candidate with the fields a list row shows; the caller makes it
 *   a summary with its loader
 */
MeritCandidate *
merit_index_entry_to_candidate (const MeritIndexEntry *entry)
{
  MeritCandidate *candidate = g_object_new (MERIT_TYPE_CANDIDATE,
                                            "id", entry->id,
                                            "summary", !entry->broken,
                                            NULL);
  MeritRole *role = merit_candidate_get_role (candidate);

  _merit_candidate_set_loading (candidate, TRUE);
  if (entry->broken)
    merit_candidate_set_broken_reason (candidate, entry->broken_reason);
  else
    {
      _merit_candidate_set_summary_fields (candidate, entry->pseudonym, entry->stage,
                                           entry->stage_since, entry->created);
      merit_role_set_title (role, entry->title);
      merit_role_set_level (role, entry->level);
    }
  _merit_candidate_set_loading (candidate, FALSE);
  return candidate;
}

static gboolean
read_bytes (Reader       *reader,
            gsize         n,
            const guint8 **out)
{
  if (n > reader->length - reader->offset)
    return FALSE;
  *out = reader->data + reader->offset;
  reader->offset += n;
  return TRUE;
}

static gboolean
read_u64 (Reader  *reader,
          guint64 *value)
{
  const guint8 *p;

  if (!read_bytes (reader, 8, &p))
    return FALSE;
  *value = 0;
  for (int i = 7; i >= 0; i--)
    *value = (*value << 8) | p[i];
  return TRUE;
}

static gboolean
read_u32 (Reader  *reader,
          guint32 *value)
{
  const guint8 *p;

  if (!read_bytes (reader, 4, &p))
    return FALSE;
  *value = (guint32) p[0] | (guint32) p[1] << 8 | (guint32) p[2] << 16 | (guint32) p[3] << 24;
  return TRUE;
}

/* A string is valid UTF-8 without NUL, at most MAX_STRING bytes; @nullable allows none. */
static gboolean
read_string (Reader    *reader,
             gboolean   nullable,
             char     **out)
{
  const guint8 *p;
  guint32 length;

  if (!read_u32 (reader, &length))
    return FALSE;
  if (length == NO_STRING)
    {
      *out = NULL;
      return nullable;
    }
  if (length > MAX_STRING || !read_bytes (reader, length, &p))
    return FALSE;
  if (memchr (p, '\0', length) != NULL || !g_utf8_validate_len ((const char *) p, length, NULL))
    return FALSE;
  *out = g_strndup ((const char *) p, length);
  return TRUE;
}

static gboolean
valid_id (const char *id)
{
  return id != NULL && *id != '\0' && *id != '.' && strchr (id, '/') == NULL
         && strlen (id) <= 255;
}

/* "c1,c2,c3,c4,reviewer" per line; %NULL if anything is off.  Read in place: an index holds
 * a tally line for every review of 100,000 packages. */
static GArray *
parse_tallies (const char *text)
{
  g_autoptr(GArray) tallies = g_array_new (FALSE, TRUE, sizeof (MeritReviewTally));
  const char *line = text;

  g_array_set_clear_func (tallies, (GDestroyNotify) merit_review_tally_clear);
  if (text == NULL || *text == '\0')
    return g_steal_pointer (&tallies);
  for (;;)
    {
      MeritReviewTally tally = { NULL, { 0, 0, 0, 0 } };
      const char *line_end = strchrnul (line, '\n');
      const char *p = line;

      for (guint k = 0; k < 4; k++)
        {
          guint64 count = 0;
          char *end = NULL;

          if (!g_ascii_isdigit (*p))
            return NULL;
          count = g_ascii_strtoull (p, &end, 10);
          if (end == NULL || *end != ',' || count > MAX_TALLY_COUNT)
            return NULL;
          tally.counts[k] = (guint) count;
          p = end + 1;
        }
      if (p < line_end && !g_utf8_validate (p, line_end - p, NULL))
        return NULL;
      tally.reviewer = p < line_end ? g_strndup (p, (gsize) (line_end - p)) : NULL;
      g_array_append_val (tallies, tally);
      if (*line_end == '\0')
        break;
      line = line_end + 1;
    }
  return g_steal_pointer (&tallies);
}

static char *
format_tallies (GArray *tallies)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; tallies != NULL && i < tallies->len; i++)
    {
      const MeritReviewTally *tally = &g_array_index (tallies, MeritReviewTally, i);

      g_string_append_printf (text, "%s%u,%u,%u,%u,%s", i > 0 ? "\n" : "", tally->counts[0],
                              tally->counts[1], tally->counts[2], tally->counts[3],
                              tally->reviewer != NULL && strchr (tally->reviewer, '\n') == NULL
                              ? tally->reviewer : "");
    }
  return g_string_free (text, FALSE);
}

static MeritIndexEntry *
read_entry (Reader *reader)
{
  g_autoptr(MeritIndexEntry) entry = g_new0 (MeritIndexEntry, 1);
  g_autofree char *reviewers = NULL;
  g_autofree char *tallies = NULL;
  const guint8 *p;
  guint64 mtime_sec, score_bits;
  guint32 mtime_nsec;
  guint8 flags, stage;

  if (!read_u64 (reader, &entry->size) || !read_u64 (reader, &mtime_sec)
      || !read_u32 (reader, &mtime_nsec) || !read_u64 (reader, &entry->inode)
      || !read_bytes (reader, 4, &p))
    return NULL;
  flags = p[0];
  stage = p[1];
  if ((flags & ~(FLAG_BROKEN | FLAG_HAS_HASH)) != 0 || p[2] != 0 || p[3] != 0
      || stage > MERIT_STAGE_WITHDRAWN || mtime_nsec >= 1000000000u
      || entry->size > G_MAXINT64)
    return NULL;
  entry->mtime_sec = (gint64) mtime_sec;
  entry->mtime_nsec = mtime_nsec;
  entry->broken = (flags & FLAG_BROKEN) != 0;
  entry->has_hash = (flags & FLAG_HAS_HASH) != 0;
  entry->stage = stage;
  if (!read_u64 (reader, &score_bits))
    return NULL;
  memcpy (&entry->score, &score_bits, sizeof entry->score);
  if (!isfinite (entry->score) || (entry->score != -1 && (entry->score < 1 || entry->score > 4)))
    return NULL;
  if (!read_bytes (reader, 32, &p))
    return NULL;
  memcpy (entry->hash, p, 32);
  if (!read_string (reader, FALSE, &entry->id) || !valid_id (entry->id)
      || !read_string (reader, TRUE, &entry->pseudonym)
      || !read_string (reader, TRUE, &entry->title)
      || !read_string (reader, TRUE, &entry->level)
      || !read_string (reader, TRUE, &entry->stage_since)
      || !read_string (reader, TRUE, &entry->created)
      || !read_string (reader, TRUE, &entry->broken_reason)
      || !read_string (reader, TRUE, &reviewers)
      || !read_string (reader, TRUE, &tallies))
    return NULL;
  if (entry->broken != (entry->broken_reason != NULL))
    return NULL;
  entry->tallies = parse_tallies (tallies);
  if (entry->tallies == NULL)
    return NULL;
  entry->reviewers = reviewers != NULL && *reviewers != '\0'
                     ? g_strsplit (reviewers, "\n", -1) : g_new0 (char *, 1);
  return g_steal_pointer (&entry);
}

static void
set_damaged (GError    **error,
             const char *path)
{
  g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_INVALID,
               _("%s: the package index is damaged or from another version; it is rebuilt"),
               path);
}

/**
 * merit_package_index_parse:
 * @bytes: the content of an index file
 * @display_name: the name used in error messages
 * @error: return location for an error
 *
 * Checks and reads a whole index.  Any fault discards it.
 *
 * Returns: (transfer full): package id → #MeritIndexEntry, or %NULL with @error set
 */
GHashTable *
merit_package_index_parse (GBytes      *bytes,
                           const char  *display_name,
                           GError     **error)
{
  g_autoptr(GHashTable) entries = NULL;
  guint8 digest[MERIT_CONTENT_HASH_BYTES];
  Reader reader = { NULL, 0, 0 };
  const guint8 *p;
  guint32 version, n_entries;

  reader.data = g_bytes_get_data (bytes, &reader.length);
  if (reader.data == NULL || reader.length < HEADER_SIZE + TRAILER_SIZE)
    {
      set_damaged (error, display_name);
      return NULL;
    }
  merit_content_hash_raw (reader.data, reader.length - TRAILER_SIZE, digest);
  if (memcmp (digest, reader.data + reader.length - TRAILER_SIZE, sizeof digest) != 0)
    {
      set_damaged (error, display_name);
      return NULL;
    }
  reader.length -= TRAILER_SIZE;

  if (!read_bytes (&reader, 8, &p) || memcmp (p, MAGIC, 8) != 0
      || !read_u32 (&reader, &version) || version != VERSION
      || !read_u32 (&reader, &n_entries)
      || n_entries > (reader.length - HEADER_SIZE) / MIN_ENTRY_SIZE)
    {
      set_damaged (error, display_name);
      return NULL;
    }
  entries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                   (GDestroyNotify) merit_index_entry_free);
  for (guint32 i = 0; i < n_entries; i++)
    {
      MeritIndexEntry *entry = read_entry (&reader);

      if (entry == NULL || g_hash_table_contains (entries, entry->id))
        {
          merit_index_entry_free (entry);
          set_damaged (error, display_name);
          return NULL;
        }
      g_hash_table_insert (entries, entry->id, entry);
    }
  if (reader.offset != reader.length)
    {
      set_damaged (error, display_name);
      return NULL;
    }
  return g_steal_pointer (&entries);
}

/**
 * merit_package_index_read:
 * @path: the index file
 * @error: return location for an error
 *
 * Reads an index file, refusing symlinks and anything but a regular file, with a size cap.
 *
 * Returns: (transfer full): package id → #MeritIndexEntry, or %NULL with @error set
 */
GHashTable *
merit_package_index_read (const char  *path,
                          GError     **error)
{
  g_autoptr(GBytes) bytes = merit_file_read_bounded (path, MERIT_INDEX_MAX_BYTES, error);

  if (bytes == NULL)
    return NULL;
  return merit_package_index_parse (bytes, path, error);
}

static void
put_u64 (GByteArray *out,
         guint64     value)
{
  guint8 bytes[8];

  for (guint i = 0; i < 8; i++)
    bytes[i] = (guint8) (value >> (8 * i));
  g_byte_array_append (out, bytes, 8);
}

static void
put_u32 (GByteArray *out,
         guint32     value)
{
  guint8 bytes[4] = { value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff, value >> 24 };

  g_byte_array_append (out, bytes, 4);
}

static void
put_string (GByteArray *out,
            const char *text)
{
  gsize length = text != NULL ? strlen (text) : 0;

  /* A string the reader would refuse is left out rather than spoiling the whole index. */
  if (text == NULL || length > MAX_STRING)
    {
      put_u32 (out, NO_STRING);
      return;
    }
  put_u32 (out, (guint32) length);
  g_byte_array_append (out, (const guint8 *) text, (guint) length);
}

static void
put_entry (GByteArray            *out,
           const MeritIndexEntry *entry)
{
  g_autofree char *reviewers = g_strjoinv ("\n", entry->reviewers);
  g_autofree char *tallies = format_tallies (entry->tallies);
  guint8 flags[4] = { 0, (guint8) entry->stage, 0, 0 };
  guint64 score_bits;

  flags[0] = (entry->broken ? FLAG_BROKEN : 0) | (entry->has_hash ? FLAG_HAS_HASH : 0);
  put_u64 (out, entry->size);
  put_u64 (out, (guint64) entry->mtime_sec);
  put_u32 (out, entry->mtime_nsec);
  put_u64 (out, entry->inode);
  g_byte_array_append (out, flags, 4);
  memcpy (&score_bits, &entry->score, sizeof score_bits);
  put_u64 (out, score_bits);
  g_byte_array_append (out, entry->hash, 32);
  put_string (out, entry->id);
  put_string (out, entry->pseudonym);
  put_string (out, entry->title);
  put_string (out, entry->level);
  put_string (out, entry->stage_since);
  put_string (out, entry->created);
  put_string (out, entry->broken ? entry->broken_reason : NULL);
  put_string (out, reviewers);
  put_string (out, tallies);
}

/* An entry the reader would refuse (a broken package without a reason, an id too long) is
 * left out: its package is read again next time. */
static gboolean
writable_entry (const MeritIndexEntry *entry)
{
  return valid_id (entry->id) && entry->broken == (entry->broken_reason != NULL)
         && (!entry->broken || strlen (entry->broken_reason) <= MAX_STRING)
         && (entry->score == -1 || (entry->score >= 1 && entry->score <= 4))
         && entry->stage <= MERIT_STAGE_WITHDRAWN;
}

/**
 * merit_package_index_serialize:
 * @entries: (element-type MeritIndexEntry): the entries, in package order
 *
 * Returns: (transfer full): the content of an index file
 */
GBytes *
merit_package_index_serialize (GPtrArray *entries)
{
  GByteArray *out = g_byte_array_sized_new (HEADER_SIZE + entries->len * 200 + TRAILER_SIZE);
  guint8 digest[MERIT_CONTENT_HASH_BYTES];
  guint n = 0;
  guint count_offset;

  g_byte_array_append (out, (const guint8 *) MAGIC, 8);
  put_u32 (out, VERSION);
  count_offset = out->len;
  put_u32 (out, 0);
  for (guint i = 0; i < entries->len; i++)
    {
      const MeritIndexEntry *entry = g_ptr_array_index (entries, i);

      if (entry == NULL || !writable_entry (entry))
        continue;
      put_entry (out, entry);
      n++;
    }
  for (guint i = 0; i < 4; i++)
    out->data[count_offset + i] = (guint8) (n >> (8 * i));
  merit_content_hash_raw (out->data, out->len, digest);
  g_byte_array_append (out, digest, sizeof digest);
  return g_byte_array_free_to_bytes (out);
}

/**
 * merit_package_index_write:
 * @path: the index file
 * @entries: (element-type MeritIndexEntry): the entries, in package order
 * @error: return location for an error
 *
 * Writes the index atomically: a reader sees the old or the new file.
 *
 * Returns: %TRUE on success
 */
gboolean
merit_package_index_write (const char  *path,
                           GPtrArray   *entries,
                           GError     **error)
{
  g_autoptr(GBytes) bytes = merit_package_index_serialize (entries);
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);

  return g_file_set_contents_full (path, data, (gssize) length, G_FILE_SET_CONTENTS_CONSISTENT,
                                   0644, error);
}
