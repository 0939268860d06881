/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-json-import-private.h: shared by the importer and its format mappings. */

#pragma once

#include <json-glib/json-glib.h>

#include "merit-json-import.h"

G_BEGIN_DECLS

typedef struct
{
  const char        *display_name;
  const char        *data;
  gsize              length;
  MeritImportReport *report;
  GError            *error;
} MeritJsonContext;

/* What a package can hold: see data/schema/package.rng. */
#define SHORT_TEXT_MAX_CHARS 400
#define LONG_TEXT_MAX_CHARS 200000
#define MAX_KEYWORDS 500
#define MAX_LINKS 200

typedef enum
{
  F_TITLE,
  F_ORGANIZATION,
  F_LOCATION,
  F_START,
  F_END,
  F_URL,
  N_SINGLE_FIELDS,
  F_TITLE_PART = N_SINGLE_FIELDS,
  F_DESCRIPTION,
  F_DESCRIPTION_LABELLED,
  F_BULLETS,
  F_LIST_LABELLED,
  F_KEYWORDS,
  F_SKIP,
} Field;

typedef struct
{
  const char *key;
  Field       field;
  /* Stored with the text, in the package language (English), not translated. */
  const char *label;
} FieldMap;

typedef struct
{
  const char            *section;
  MeritProfileEntryKind  kind;
  const FieldMap        *fields;
} SectionMap;

/* Reading one object: which members were used, so the rest can be reported as dropped. */
typedef struct
{
  JsonObject *object;
  char       *path;
  GHashTable *used;
} Visit;

gboolean            _merit_json_failed        (MeritJsonContext *ctx);
void                _merit_json_drop          (MeritJsonContext *ctx,
                                               const char       *path);
char               *_merit_json_child_path    (const char *parent,
                                               const char *key);
char               *_merit_json_index_path    (const char *parent,
                                               guint       index);
const char         *_merit_json_describe_node (JsonNode *node);
gboolean            _merit_json_holds_string  (JsonNode *node);
char               *_merit_json_clean_text    (MeritJsonContext *ctx,
                                               const char       *path,
                                               const char       *raw,
                                               guint             max_chars);
Visit              *_merit_json_visit_begin   (MeritJsonContext *ctx,
                                               JsonNode         *node,
                                               const char       *path);
void                _merit_json_visit_end     (MeritJsonContext *ctx,
                                               Visit            *visit);
JsonNode           *_merit_json_visit_member  (Visit      *visit,
                                               const char *key);
char               *_merit_json_visit_string  (MeritJsonContext *ctx,
                                               Visit            *visit,
                                               const char       *key,
                                               guint             max_chars);
JsonArray          *_merit_json_visit_array   (MeritJsonContext *ctx,
                                               Visit            *visit,
                                               const char       *key);
GPtrArray          *_merit_json_visit_strings (MeritJsonContext *ctx,
                                               Visit            *visit,
                                               const char       *key,
                                               guint             max_chars);
char               *_merit_json_limit         (char  *text,
                                               guint  max_chars);
MeritProfileEntry  *_merit_json_map_entry     (MeritJsonContext      *ctx,
                                               JsonNode              *node,
                                               const char            *path,
                                               MeritProfileEntryKind  kind,
                                               const FieldMap        *fields);
void                _merit_json_map_section   (MeritJsonContext      *ctx,
                                               Visit                 *visit,
                                               const char            *key,
                                               MeritProfileEntryKind  kind,
                                               const FieldMap        *fields,
                                               MeritProfile          *profile);
void                _merit_json_add_link      (GPtrArray  *links,
                                               char       *link);
void                _merit_json_set_links     (MeritIdentity *identity,
                                               GPtrArray     *links);

MeritImportFormat  _merit_json_detect_format (MeritJsonContext  *ctx,
                                              JsonNode          *root);
GPtrArray         *_merit_json_map           (MeritJsonContext  *ctx,
                                              JsonNode          *root,
                                              MeritImportFormat  format);
void               _merit_json_fail_at       (MeritJsonContext  *ctx,
                                              const char        *path,
                                              const char        *format,
                                              ...) G_GNUC_PRINTF (3, 4);
void               _merit_json_warn_at       (MeritJsonContext  *ctx,
                                              const char        *path,
                                              const char        *format,
                                              ...) G_GNUC_PRINTF (3, 4);

G_END_DECLS
