/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-package-index.h: the rebuildable summary index of a workspace's packages. */

#pragma once

#include <sys/stat.h>

#include "merit-candidate.h"

G_BEGIN_DECLS

/* The index file inside the workspace, and the largest one that is read. */
#define MERIT_INDEX_FILE_NAME "index"
#define MERIT_INDEX_MAX_BYTES (512 * 1024 * 1024)

/* What a list row needs of one package, and what identifies the file it came from. */
typedef struct
{
  char    *id;
  guint64  size;
  gint64   mtime_sec;
  guint32  mtime_nsec;
  guint64  inode;
  guint8   hash[32];
  gboolean has_hash;
  gboolean broken;
  guint    stage;
  double   score;
  char    *pseudonym;
  char    *title;
  char    *level;
  char    *stage_since;
  char    *created;
  char    *broken_reason;
  GStrv    reviewers;
  GArray  *tallies;  /* MeritReviewTally */
} MeritIndexEntry;

MeritIndexEntry *merit_index_entry_new            (const char            *id,
                                                   const struct stat     *st,
                                                   const char            *hash,
                                                   MeritCandidate        *candidate);
void             merit_index_entry_free           (MeritIndexEntry       *entry);
gboolean         merit_index_entry_matches        (const MeritIndexEntry *entry,
                                                   const struct stat     *st);
char            *merit_index_entry_dup_hash     (const MeritIndexEntry *entry);
MeritCandidate  *merit_index_entry_to_candidate   (const MeritIndexEntry *entry);
GHashTable      *merit_package_index_parse        (GBytes                *bytes,
                                                   const char            *display_name,
                                                   GError               **error);
GHashTable      *merit_package_index_read         (const char            *path,
                                                   GError               **error);
GBytes          *merit_package_index_serialize    (GPtrArray             *entries);
gboolean         merit_package_index_write        (const char            *path,
                                                   GPtrArray             *entries,
                                                   GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MeritIndexEntry, merit_index_entry_free)

G_END_DECLS
