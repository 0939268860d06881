/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-atomic-file.h: bounded safe reads and compare-and-swap atomic writes. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Where flock() is not available, a lock this old is taken to be abandoned. */
#define MERIT_LOCK_ABANDONED_SECONDS 600
/* A temporary file this old is abandoned even if its process id is in use again. */
#define MERIT_TEMP_ABANDONED_SECONDS 60
/* Files that writers create while they publish a lock start with this. */
#define MERIT_TEMP_PREFIX "merit-tmp-"
/* The largest file compared during a compare-and-swap. */
#define MERIT_FILE_MAX_BYTES (64 * 1024 * 1024)
/* How long a writer waits for another writer's lock before giving up. */
#define MERIT_LOCK_WAIT_MS 15000

typedef enum
{
  MERIT_WRITE_FLAGS_NONE = 0,
  /* Skip fsync: only for freshly generated files that are synced as a whole afterwards. */
  MERIT_WRITE_FLAGS_NO_SYNC = 1 << 0,
} MeritWriteFlags;

GBytes   *merit_file_read_bounded (const char       *path,
                                   gsize             max_bytes,
                                   GError          **error);
#define MERIT_CONTENT_HASH_BYTES 32

void      merit_content_hash_raw  (const void       *data,
                                   gsize             length,
                                   guint8            out[MERIT_CONTENT_HASH_BYTES]);
char     *merit_content_hash      (GBytes           *bytes);
int       merit_write_all         (int               fd,
                                   const char       *data,
                                   gsize             length);
gboolean  merit_file_replace_cas  (const char       *path,
                                   GBytes           *contents,
                                   const char       *expected_hash,
                                   const char       *tmp_dir,
                                   MeritWriteFlags   flags,
                                   GError          **error);
gboolean  merit_file_write_new    (const char       *path,
                                   GBytes           *contents,
                                   const char       *tmp_dir,
                                   MeritWriteFlags   flags,
                                   GError          **error);
void      merit_file_clean_temporary (const char    *tmp_dir);

G_END_DECLS
