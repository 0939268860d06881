/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz.h: shared by the libFuzzer targets.
 *
 * Each target feeds one input to a production loader and checks the invariants that must hold
 * whatever the input.  Built with -Dfuzzing=true and clang, the targets are libFuzzer
 * binaries; otherwise driver.c gives them a main that runs the seed corpus as a test.
 */

#pragma once

#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <glib.h>

#include "merit-json-import.h"
#include "merit-model.h"
#include "merit-package-writer.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* A warning or a critical on any input is a bug in Merit: make it a crash libFuzzer sees. */
static inline void
fuzz_init (void)
{
  static gboolean done;

  if (done)
    return;
  done = TRUE;
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_log_set_fatal_mask ("GLib", G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
}

/* Whatever the importer accepts must become a package that the writer saves: otherwise an
 * import that looked fine would fail at the last step. */
static inline void
fuzz_import (const uint8_t     *data,
             size_t             size,
             MeritImportFormat  format)
{
  g_autoptr(MeritImportReport) report = merit_import_report_new ("fuzz.json");
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;

  fuzz_init ();
  people = merit_json_import_parse ("fuzz.json", (const char *) data, size, format, report,
                                    &error);
  if (people == NULL)
    {
      g_assert (error != NULL);
      g_assert (g_utf8_validate (error->message, -1, NULL));
      return;
    }
  for (guint i = 0; i < people->len; i++)
    {
      MeritImportPerson *person = people->pdata[i];
      g_autoptr(MeritCandidate) candidate = merit_candidate_new ("c000001");
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) save_error = NULL;

      merit_candidate_set_pseudonym (candidate, "Candidate FUZZ");
      merit_candidate_set_created (candidate, "2026-01-01T00:00:00Z");
      merit_candidate_set_stage_since (candidate, "2026-01-01T00:00:00Z");
      merit_candidate_set_identity (candidate, person->identity);
      merit_candidate_set_profile (candidate, person->profile);
      merit_role_set_title (merit_candidate_get_role (candidate),
                            person->role_title != NULL ? person->role_title : "");
      merit_candidate_append_event (candidate, "import", "created", NULL, "sourced", "fuzz",
                                    "2026-01-01T00:00:00Z");
      bytes = merit_package_serialize (candidate, &save_error);
      if (bytes == NULL)
        g_error ("an imported person cannot be saved: %s", save_error->message);
    }
}
