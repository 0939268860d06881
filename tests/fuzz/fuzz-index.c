/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-index.c: bytes → .merit/index reader → writer → reader.
 *
 * The input is an index without its hash trailer; the target appends the right one, so
 * that the fuzzer reaches the entries instead of stopping at the checksum.
 */

#include "fuzz.h"
#include "merit-atomic-file.h"
#include "merit-package-index.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GByteArray) file = g_byte_array_sized_new ((guint) size + 32);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GHashTable) entries = NULL;
  g_autoptr(GHashTable) reread = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  guint8 digest[MERIT_CONTENT_HASH_BYTES];
  GHashTableIter iter;
  gpointer value;

  fuzz_init ();
  if (size > 16 * 1024 * 1024)
    return 0;
  g_byte_array_append (file, data, (guint) size);
  merit_content_hash_raw (data, size, digest);
  g_byte_array_append (file, digest, sizeof digest);
  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&file));

  entries = merit_package_index_parse (bytes, "index", &error);
  if (entries == NULL)
    return 0;
  /* Whatever is accepted is written back and read again, entry for entry. */
  g_hash_table_iter_init (&iter, entries);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (list, value);
  again = merit_package_index_serialize (list);
  reread = merit_package_index_parse (again, "index", &error);
  if (reread == NULL)
    g_error ("an index that reads cannot be written back: %s", error->message);
  if (g_hash_table_size (reread) != g_hash_table_size (entries))
    g_error ("an index lost entries when written back");
  return 0;
}
