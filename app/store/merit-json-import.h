/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-json-import.h: candidates from JSON Resume and Greenhouse Harvest documents. */

#pragma once

#include <glib.h>

#include "merit-identity.h"
#include "merit-profile.h"
#include "merit-workspace-store.h"

G_BEGIN_DECLS

/**
 * MeritImportFormat:
 * @MERIT_IMPORT_FORMAT_AUTO: decided from the document's shape
 * @MERIT_IMPORT_FORMAT_JSON_RESUME: a JSON Resume document (v1.0.0, with pre-1.0 keys)
 * @MERIT_IMPORT_FORMAT_GREENHOUSE: a Greenhouse Harvest candidate object, or an array of them
 * @MERIT_IMPORT_FORMAT_MERIT: a workspace exported by `merit export --format json`
 */
typedef enum
{
  MERIT_IMPORT_FORMAT_AUTO,
  MERIT_IMPORT_FORMAT_JSON_RESUME,
  MERIT_IMPORT_FORMAT_GREENHOUSE,
  MERIT_IMPORT_FORMAT_MERIT,
} MeritImportFormat;

/* Names are cut to this many characters on import. */
#define MERIT_IMPORT_NAME_MAX_CHARS 200

/**
 * MeritImportPerson:
 * @identity: who the person is
 * @profile: what they did
 * @role_title: (nullable): the job they applied for, when the document names one
 *
 * One person read from a document, before it becomes a package.
 */
typedef struct
{
  MeritIdentity *identity;
  MeritProfile  *profile;
  char          *role_title;
} MeritImportPerson;

/**
 * MeritImportedPackage:
 * @id: the package id
 * @pseudonym: its pseudonym
 * @updated: %TRUE if an existing package of the same person was updated
 */
typedef struct
{
  char     *id;
  char     *pseudonym;
  gboolean  updated;
} MeritImportedPackage;

/**
 * MeritImportReport:
 * @file: the file name, as shown in messages
 * @format: the format the file was read as
 * @error: (nullable): why the file was rejected; %NULL when it was imported
 * @packages: (element-type MeritImportedPackage): what was written
 * @dropped: (element-type utf8): the JSON path of every field that was not kept
 * @warnings: (element-type utf8): what was changed on the way in (duplicate keys, stripped
 *   control characters, shortened text, invalid dates)
 */
typedef struct
{
  char              *file;
  MeritImportFormat  format;
  char              *error;
  GPtrArray         *packages;
  GPtrArray         *dropped;
  GPtrArray         *warnings;
} MeritImportReport;

const char        *merit_import_format_to_string   (MeritImportFormat   format);
gboolean           merit_import_format_from_string (const char         *text,
                                                    MeritImportFormat  *out);

MeritImportReport *merit_import_report_new         (const char         *file);
void               merit_import_report_free        (MeritImportReport  *report);
void               merit_import_person_free        (MeritImportPerson  *person);

GPtrArray         *merit_json_import_parse         (const char         *display_name,
                                                    const char         *data,
                                                    gsize               length,
                                                    MeritImportFormat   format,
                                                    MeritImportReport  *report,
                                                    GError            **error);
MeritImportReport *merit_json_import_data          (MeritWorkspaceStore *store,
                                                    const char          *display_name,
                                                    const char          *data,
                                                    gsize                length,
                                                    MeritImportFormat    format,
                                                    const char          *actor);
GPtrArray         *merit_json_import_read          (const char          *path,
                                                    MeritImportFormat    format,
                                                    MeritImportReport   *report,
                                                    GError             **error);
gboolean           merit_json_import_people        (MeritWorkspaceStore *store,
                                                    MeritImportReport   *report,
                                                    GPtrArray           *people,
                                                    const char          *actor);
MeritImportReport *merit_json_import_file          (MeritWorkspaceStore *store,
                                                    const char          *path,
                                                    MeritImportFormat    format,
                                                    const char          *actor);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MeritImportReport, merit_import_report_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MeritImportPerson, merit_import_person_free)

G_END_DECLS
