/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-jsonresume.c: bytes → pre-scan → json-glib → JSON Resume mapping → package writer. */

#include "fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  fuzz_import (data, size, MERIT_IMPORT_FORMAT_JSON_RESUME);
  return 0;
}
