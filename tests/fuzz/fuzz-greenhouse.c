/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-greenhouse.c: bytes → pre-scan → json-glib → Greenhouse mapping → package writer. */

#include "fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  fuzz_import (data, size, MERIT_IMPORT_FORMAT_GREENHOUSE);
  return 0;
}
