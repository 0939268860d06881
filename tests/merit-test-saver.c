/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-test-saver.c: a separate process that saves one package over and over, for the
 * concurrency and crash tests.
 *
 *   merit-test-saver increments DIR ID TAG N   N edits, each retried after a conflict until it
 *                                              lands; prints "TAG-i" once a save succeeded
 *   merit-test-saver loop DIR ID               reads the package, prints "ready", then edits
 *                                              and saves until killed
 */

#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include "merit-model.h"
#include "merit-store-error.h"
#include "merit-workspace-store.h"

/* Adds one entry and saves; after a conflict, reads the package again and retries, as a
 * person would after the conflict dialog.  The package in memory is reused while saves land. */
static gboolean
save_one (MeritWorkspaceStore  *store,
          const char           *id,
          const char           *title,
          MeritCandidate      **candidate)
{
  for (;;)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MeritProfileEntry) entry = NULL;

      if (*candidate == NULL)
        {
          *candidate = merit_workspace_store_reload_candidate (store, id, &error);
          if (*candidate == NULL)
            {
              g_printerr ("reload: %s\n", error->message);
              return FALSE;
            }
        }
      entry = merit_profile_entry_new (MERIT_PROFILE_ENTRY_KIND_INTEREST);
      merit_profile_entry_set_title (entry, title);
      merit_profile_add_entry (merit_candidate_get_profile (*candidate), entry);
      if (merit_workspace_store_save_candidate (store, *candidate, "rafael", &error))
        return TRUE;
      if (!g_error_matches (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_CONFLICT))
        {
          g_printerr ("save: %s\n", error->message);
          return FALSE;
        }
      *candidate = NULL;
    }
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GFile) folder = NULL;
  g_autoptr(MeritWorkspaceStore) store = NULL;
  MeritCandidate *candidate = NULL;

  if (argc < 4)
    {
      g_printerr ("usage: merit-test-saver increments|loop DIR ID [TAG N]\n");
      return 2;
    }
  folder = g_file_new_for_path (argv[2]);
  store = merit_workspace_store_new (folder);

  if (g_str_equal (argv[1], "increments") && argc == 6)
    {
      guint n = (guint) g_ascii_strtoull (argv[5], NULL, 10);

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *title = g_strdup_printf ("%s-%u", argv[4], i);

          if (!save_one (store, argv[3], title, &candidate))
            return 1;
          printf ("%s\n", title);
          fflush (stdout);
        }
      return 0;
    }
  if (g_str_equal (argv[1], "loop"))
    {
      g_autoptr(GError) error = NULL;

      /* Process start and reading the package take longer than a save, the more so under
       * sanitizers; the crash test kills at random moments counted from here. */
      candidate = merit_workspace_store_reload_candidate (store, argv[3], &error);
      if (candidate == NULL)
        {
          g_printerr ("reload: %s\n", error->message);
          return 1;
        }
      printf ("ready\n");
      fflush (stdout);
      for (guint i = 0;; i++)
        {
          g_autofree char *title = g_strdup_printf ("loop-%d-%u", (int) getpid (), i);

          if (!save_one (store, argv[3], title, &candidate))
            return 1;
        }
    }
  g_printerr ("unknown mode %s\n", argv[1]);
  return 2;
}
