/* SPDX-License-Identifier: GPL-3.0-or-later */
/* driver.c: a main for the fuzz targets when no fuzzing engine is linked.
 *
 * Every file named on the command line, or found in a folder named there, is fed to
 * LLVMFuzzerTestOneInput() once, so that each target runs over its seed corpus as an ordinary
 * test.
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>

#include "fuzz.h"

static guint
run_path (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *name;
      guint n = 0;

      if (dir == NULL)
        g_error ("%s", error->message);
      while ((name = g_dir_read_name (dir)) != NULL)
        g_ptr_array_add (names, g_build_filename (path, name, NULL));
      g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
      for (guint i = 0; i < names->len; i++)
        n += run_path (names->pdata[i]);
      return n;
    }
  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("%s", error->message);
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
  return 1;
}

int
main (int    argc,
      char **argv)
{
  guint n = 0;

  if (argc < 2)
    {
      g_printerr ("usage: %s CORPUS-DIR-OR-FILE…\n", argv[0]);
      return 2;
    }
  for (int i = 1; i < argc; i++)
    n += run_path (argv[i]);
  g_print ("1..1\nok 1 - %u inputs from the corpus ran\n", n);
  return 0;
}
