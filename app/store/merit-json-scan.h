/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-json-scan.h: a strict RFC 8259 pre-scan that runs before json-glib sees a byte. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Files above this size are refused before anything is parsed. */
#define MERIT_JSON_MAX_BYTES (16 * 1024 * 1024)
/* Arrays and objects nested deeper than this are refused (json-glib 1.6 has no limit). */
#define MERIT_JSON_MAX_DEPTH 64
/* More values than this in one document are refused, which bounds the tree json-glib builds. */
#define MERIT_JSON_MAX_VALUES 500000

/**
 * MeritJsonDuplicate:
 * @path: the JSON path of the repeated member, such as `skills[0].level`
 * @line: the line of the repeated key (1-based)
 * @column: its column, in characters (1-based)
 * @first_line: the line of the first occurrence
 * @first_column: the column of the first occurrence
 *
 * A member name that occurs twice in one object.  json-glib keeps the last value.
 */
typedef struct
{
  char  *path;
  guint  line;
  guint  column;
  guint  first_line;
  guint  first_column;
} MeritJsonDuplicate;

void      merit_json_duplicate_free (MeritJsonDuplicate *duplicate);

gboolean  merit_json_scan           (const char  *display_name,
                                     const char  *data,
                                     gsize        length,
                                     GPtrArray  **out_duplicates,
                                     GError     **error);
gboolean  merit_json_locate         (const char  *data,
                                     gsize        length,
                                     const char  *path,
                                     guint       *out_line,
                                     guint       *out_column);
void      merit_json_position_at    (const char  *data,
                                     gsize        offset,
                                     guint       *out_line,
                                     guint       *out_column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MeritJsonDuplicate, merit_json_duplicate_free)

G_END_DECLS
