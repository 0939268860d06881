/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-package.c: bytes → hardened XML parser → RelaxNG → package reader → writer. */

#include "fuzz.h"
#include "merit-package-reader.h"
#include "merit-xml.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MeritCandidate) candidate = NULL;
  g_autoptr(GBytes) bytes = NULL;
  xmlDoc *doc;

  fuzz_init ();
  doc = merit_xml_load ("fuzz.xml", (const char *) data, size, MERIT_SCHEMA_PACKAGE, &error);
  if (doc == NULL)
    return 0;
  candidate = merit_package_read_doc (doc, "fuzz.xml", NULL, &error);
  xmlFreeDoc (doc);
  if (candidate == NULL)
    return 0;
  /* What loads must save again. */
  bytes = merit_package_serialize (candidate, &error);
  if (bytes == NULL)
    g_error ("a package that loads cannot be saved: %s", error->message);
  return 0;
}
