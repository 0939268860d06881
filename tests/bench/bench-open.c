/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-open.c: how fast the real window opens and lists workspaces of every size.
 *
 *   bench-open MERIT CACHE_DIR [N...]        (default: 1000 10000 100000)
 *
 * For each size it makes a demo workspace with `MERIT demo` (kept in CACHE_DIR, so a rerun
 * skips this), then prints one table row measured on the same files:
 *
 *   xmllint      `xmllint --noout` over every package (xargs batches of 2000 files)
 *   cold         opening in the real window until every package is in the list, without
 *                .merit/index (every file read and validated against the schema)
 *   warm         the same with .merit/index present
 *   first rows   from the start of the process until a frame with rows is drawn
 *   gap          the longest gap between two frames of the window while loading (cold or
 *                warm), from the end of its first frame until every package is in the list;
 *                a tick callback keeps the frame clock running, so that a clock with nothing
 *                to do does not count as a gap
 *   1st frame    the longest main-loop iteration while loading, the one that draws the first
 *                frame included: nearly always that first frame, before which the window
 *                shows nothing (a line below the table gives the longest after it)
 *   key          per keystroke of a six-letter search typed one letter at a time, until
 *                the window has drawn the new list and nothing is pending: median and worst
 *   sort         sorting by blind score, until the same
 *   save         saving one package (compare-and-swap, fsync), median of 9
 *   RSS          the peak resident memory of the window process after the warm open and
 *                the interaction
 *
 * As root the page cache is dropped before xmllint and before the cold open, so both read
 * from disk; otherwise the table says the OS cache was warm.  Each open runs in its own
 * process, under the current display, as the reviewer Ingrid (who chose herself before).
 * With BENCH_DEBUG set, the window process also prints when each step of its start ended,
 * every main-loop iteration over 50 ms while loading and the time of each keystroke; the
 * figure in parentheses is the monotonic clock, to line up with `perf record -k
 * CLOCK_MONOTONIC`.
 */

#include "config.h"

#include <adwaita.h>
#include <errno.h>
#include <malloc.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "merit-application.h"
#include "merit-test-utils.h"
#include "merit-window.h"
#include "merit-workspace-store.h"

static gint64 process_start;

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* CPU time of the main thread, to tell our cost from waiting for a busy machine. */
static double
cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* ---- The window process ---- */

typedef struct
{
  GListModel *model;
  gint64      open_start;
  double      window_up;
  double      first_rows;
  double      open_to_rows;
  gboolean    ticking;        /* while the frame clock is kept running */
  gint64      last_frame;     /* the end of the previous frame, once the first is drawn */
  double      frame_gap;      /* the longest gap between frames since the first */
} FirstRows;

/* With BENCH_DEBUG set, prints when a step of the start ended. */
static void
debug_step (const char *step)
{
  if (g_getenv ("BENCH_DEBUG") != NULL)
    g_printerr ("%s: %.1f ms after start (%.6f)\n", step, ms_since (process_start), g_get_monotonic_time () / 1e6);
}

static void
after_paint_cb (GdkFrameClock *clock,
                FirstRows     *first)
{
  if (first->window_up < 0)
    {
      first->window_up = ms_since (process_start);
      debug_step ("first frame");
    }
  else if (first->ticking)
    {
      double gap = (g_get_monotonic_time () - first->last_frame) / 1000.0;

      if (g_getenv ("BENCH_DEBUG") != NULL && gap > 50)
        g_printerr ("frame gap of %.1f ms ending %.1f ms after start, %u rows\n", gap,
                    ms_since (process_start), g_list_model_get_n_items (first->model));
      first->frame_gap = MAX (first->frame_gap, gap);
    }
  first->last_frame = g_get_monotonic_time ();
  if (first->first_rows < 0 && g_list_model_get_n_items (first->model) > 0)
    {
      first->first_rows = ms_since (process_start);
      first->open_to_rows = ms_since (first->open_start);
    }
}

/* Asks for a frame every time, so that every frame-clock cycle while loading is a frame. */
static gboolean
keep_ticking_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       data)
{
  return G_SOURCE_CONTINUE;
}

static gpointer
template_child (gpointer    widget,
                const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), G_OBJECT_TYPE (widget), name);

  g_assert_nonnull (object);
  return object;
}

/* Runs the main loop until nothing was pending for @quiet_ms milliseconds; returns the
 * longest single iteration (ms), and in @done when the last work ended (the quiet
 * milliseconds waited to be sure are not counted). */
static double
settle_until (gint64 *done,
              guint   quiet_ms)
{
  double worst = 0;

  if (done != NULL)
    *done = g_get_monotonic_time ();
  for (guint quiet = 0; quiet < quiet_ms;)
    {
      gint64 start = g_get_monotonic_time ();

      if (g_main_context_iteration (NULL, FALSE))
        {
          double elapsed = ms_since (start);

          if (elapsed > worst)
            worst = elapsed;
          if (g_getenv ("BENCH_DEBUG") != NULL && elapsed > 40)
            g_printerr ("settle: iteration of %.1f ms ending %.1f ms after start\n", elapsed,
                        ms_since (process_start));
          quiet = 0;
          if (done != NULL)
            *done = g_get_monotonic_time ();
        }
      else
        {
          g_usleep (1000);
          quiet++;
        }
    }
  return worst;
}

static double
settle (void)
{
  return settle_until (NULL, 3);
}

static void
count_paint_cb (GdkFrameClock *clock,
                guint         *paints)
{
  (*paints)++;
}

/* After a change made at @start: waits until the window has drawn a frame after it and
 * nothing is pending; returns the ms from @start until the later of the two, and the longest
 * main-loop iteration in @worst.  The whole window is drawn again, as when every row shows
 * another package: an upper bound for a change that redraws less. */
static double
until_drawn (GtkWidget *window,
             guint     *paints,
             gint64     start,
             double    *worst)
{
  guint before = *paints;
  gint64 drawn, done;
  double settled_worst;

  gtk_widget_queue_draw (window);
  *worst = 0;
  while (*paints == before)
    {
      gint64 iteration = g_get_monotonic_time ();

      g_main_context_iteration (NULL, TRUE);
      double elapsed = ms_since (iteration);

      *worst = MAX (*worst, elapsed);
    }
  drawn = g_get_monotonic_time ();
  /* Not inside MAX(), which would run it twice. */
  settled_worst = settle_until (&done, 3);
  *worst = MAX (*worst, settled_worst);
  return (MAX (drawn, done) - start) / 1000.0;
}

static double
peak_rss_mb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmHWM:");
  return line != NULL ? g_ascii_strtod (line + 6, NULL) / 1024.0 : -1;
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return values->len > 0 ? g_array_index (values, double, values->len / 2) : -1;
}

static int
measure (const char *dir,
         gboolean    interact)
{
  g_autoptr(MeritApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GArray) keystrokes = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) keystroke_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) saves = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(MeritWorkspaceStore) store = NULL;
  g_autoptr(GSettings) settings = NULL;
  MeritWindow *window;
  GtkWidget *list_view;
  GtkColumnView *column_view;
  GtkSearchEntry *search;
  GtkSingleSelection *selection;
  GListModel *workspace;
  FirstRows first = { NULL, 0, -1, -1, -1, TRUE, 0, 0 };
  const char *query = "Engine";
  gboolean drawn = FALSE;
  double stall = 0, stall_drawn = 0, open_ms, sort_ms = -1, scroll_worst = -1, key_stall = 0, settled;
  double key_median, key_worst;
  gint64 started_at;
  gint64 start;
  gulong paint_id;
  guint tick_id;
  GdkFrameClock *clock;

  /* A reviewer of the demo workspace who chose themselves on an earlier day: the window shows
   * the list, not "Who Are You?". */
  settings = g_settings_new (APP_ID);
  g_settings_set_string (settings, "current-member", "ingrid");
  g_settings_set_int (settings, "window-width", 1280);
  g_settings_set_int (settings, "window-height", 800);
  g_settings_set_boolean (settings, "window-maximized", FALSE);

  /* As `merit --workspace DIR` does it: the workspace starts loading as the command line is
   * handled, GTK starts up, then the window is built, shows the workspace and is shown. */
  started_at = g_get_real_time () / G_USEC_PER_SEC - 1;
  start = first.open_start = g_get_monotonic_time ();
  app = merit_application_new ();
  merit_application_set_workspace (app, folder);
  merit_application_preload (app);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  debug_step ("registered");
  g_application_activate (G_APPLICATION (app));
  window = g_object_ref (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  list_view = template_child (window, "list_view");
  column_view = template_child (list_view, "column_view");
  search = template_child (list_view, "search_entry");
  selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (column_view));
  first.model = G_LIST_MODEL (selection);
  debug_step ("presented");
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &first);
  tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (window), keep_ticking_cb, NULL, NULL);
  g_object_get (list_view, "store", &store, NULL);
  workspace = G_LIST_MODEL (merit_workspace_store_get_workspace (store));
  while (merit_workspace_store_get_loading (store) || g_list_model_get_n_items (workspace) == 0)
    {
      gint64 iteration = g_get_monotonic_time ();

      if (g_main_context_iteration (NULL, FALSE))
        {
          double elapsed = ms_since (iteration);

          if (g_getenv ("BENCH_DEBUG") != NULL && elapsed > 50)
            g_printerr ("iteration of %.1f ms ending %.1f ms after start\n", elapsed,
                        ms_since (process_start));
          stall = MAX (stall, elapsed);
          if (drawn)
            stall_drawn = MAX (stall_drawn, elapsed);
        }
      else
        g_usleep (200);
      drawn = first.window_up >= 0;
    }
  open_ms = ms_since (start);
  gtk_widget_remove_tick_callback (GTK_WIDGET (window), tick_id);
  first.ticking = FALSE;
  if (g_getenv ("BENCH_DEBUG") != NULL)
    {
      struct mallinfo2 info = mallinfo2 ();

      g_printerr ("after open: heap in use %.1f MB, mapped %.1f MB, peak RSS %.1f MB\n",
                  info.uordblks / 1048576.0, info.hblkhd / 1048576.0, peak_rss_mb ());
    }
  /* What the window does once every package is in (the review and approval queues, the
   * calibration of blind scores 100 ms after the last change) counts as loading, and ends
   * before the first keystroke; the frame clock ticks only when there is something to
   * draw again. */
  settled = settle_until (NULL, 300);
  stall = MAX (stall, settled);
  stall_drawn = MAX (stall_drawn, settled);
  while (first.first_rows < 0)
    {
      gtk_widget_queue_draw (GTK_WIDGET (window));
      g_main_context_iteration (NULL, TRUE);
    }
  g_signal_handler_disconnect (clock, paint_id);

  debug_step ("loaded and drawn");
  if (interact)
    {
      guint n = g_list_model_get_n_items (workspace);
      guint paints = 0;
      double ignored;

      gulong count_id = g_signal_connect (clock, "after-paint", G_CALLBACK (count_paint_cb),
                                          &paints);

      gtk_search_entry_set_search_delay (search, 0);
      for (guint i = 1; i <= strlen (query); i++)
        {
          g_autofree char *prefix = g_strndup (query, i);
          double elapsed, worst, cpu = cpu_ms ();
          int position = (int) i - 1;

          start = g_get_monotonic_time ();
          /* One letter typed at the end, as a keyboard does; setting the whole text would
           * empty the entry first and search twice. */
          gtk_editable_insert_text (GTK_EDITABLE (search), query + i - 1, 1, &position);
          elapsed = until_drawn (GTK_WIDGET (window), &paints, start, &worst);
          if (g_getenv ("BENCH_DEBUG") != NULL)
            g_printerr ("key %s: %.1f ms, %u rows (%.6f)\n", prefix, elapsed,
                        g_list_model_get_n_items (G_LIST_MODEL (selection)), g_get_monotonic_time () / 1e6);
          cpu = cpu_ms () - cpu;
          g_array_append_val (keystroke_cpu, cpu);
          key_stall = MAX (key_stall, worst);
          g_array_append_val (keystrokes, elapsed);
        }
      gtk_editable_set_text (GTK_EDITABLE (search), "");
      settle ();

      start = g_get_monotonic_time ();
      gtk_column_view_sort_by_column (column_view, template_child (list_view, "score_column"),
                                      GTK_SORT_DESCENDING);
      sort_ms = until_drawn (GTK_WIDGET (window), &paints, start, &ignored);
      g_signal_handler_disconnect (clock, count_id);

      for (guint i = 0; i < 9; i++)
        {
          g_autoptr(MeritCandidate) candidate = g_list_model_get_item (workspace, (i * 2 + 1) * n / 19);
          double elapsed;

          if (merit_candidate_get_broken_reason (candidate) != NULL)
            continue;
          start = g_get_monotonic_time ();
          if (!merit_workspace_store_save_candidate (store, candidate, "rafael", &error))
            {
              g_printerr ("save of %s: %s\n", merit_candidate_get_id (candidate), error->message);
              g_clear_error (&error);
              continue;
            }
          elapsed = ms_since (start);
          g_array_append_val (saves, elapsed);
        }
    }

  key_median = median (keystrokes);
  key_worst = keystrokes->len > 0 ? g_array_index (keystrokes, double, keystrokes->len - 1) : -1;
  g_print ("RESULT %u %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f\n",
           g_list_model_get_n_items (workspace), open_ms, first.first_rows, stall, key_median,
           key_worst, sort_ms, median (saves), peak_rss_mb (), scroll_worst, key_stall,
           median (keystroke_cpu), first.open_to_rows, first.window_up, stall_drawn,
           first.frame_gap);

  /* A cold open writes the index after the load ends; let it be written before the process
   * exits, or the warm open would not find it. */
  {
    g_autofree char *index = g_build_filename (dir, ".merit", "index", NULL);
    gint64 deadline = g_get_monotonic_time () + 300 * G_USEC_PER_SEC;
    GStatBuf st;

    while (!interact && g_get_monotonic_time () < deadline
           && (g_stat (index, &st) != 0 || (gint64) st.st_mtime < started_at))
      {
        g_main_context_iteration (NULL, FALSE);
        g_usleep (10000);
      }
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
  return 0;
}

/* ---- The driver ---- */

typedef struct
{
  guint  n;
  double open_ms;
  double first_rows;
  double stall;
  double key_median;
  double key_worst;
  double sort_ms;
  double save_ms;
  double rss_mb;
  double scroll_worst;
  double key_stall;
  double key_cpu;
  double open_to_rows;
  double window_ms;
  double stall_drawn;
  double frame_gap;
} Result;

static gboolean
drop_caches (void)
{
  FILE *file;
  gboolean ok;

  sync ();
  file = fopen ("/proc/sys/vm/drop_caches", "w");
  if (file == NULL)
    return FALSE;
  ok = fputs ("3\n", file) >= 0;
  return fclose (file) == 0 && ok;
}

static double
run_timed (const char * const *argv,
           const char         *cwd)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  int status = 0;

  if (!g_spawn_sync (cwd, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, &error)
      || !g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s", argv[0], error->message);
  return ms_since (start);
}

static Result
run_window (const char *self,
            const char *dir,
            gboolean    interact)
{
  const char *argv[] = { self, "--measure", dir, interact ? "interact" : "open", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  Result result = { 0 };
  const char *line;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                     &status, &error)
      || !g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s", self, error->message);
  line = strstr (out, "RESULT ");
  if (line == NULL
      || sscanf (line, "RESULT %u %lf %lf %lf %lf %lf %lf %lf %lf %lf %lf %lf %lf %lf %lf %lf",
                 &result.n, &result.open_ms, &result.first_rows, &result.stall,
                 &result.key_median, &result.key_worst, &result.sort_ms, &result.save_ms,
                 &result.rss_mb, &result.scroll_worst, &result.key_stall, &result.key_cpu,
                 &result.open_to_rows, &result.window_ms, &result.stall_drawn,
                 &result.frame_gap) != 16)
    g_error ("unexpected output: %s", out);
  return result;
}

/* Makes the demo workspace of @n packages once; returns how long that took, or -1. */
static double
ensure_workspace (const char *merit,
                  const char *dir,
                  guint       n)
{
  g_autofree char *marker = g_build_filename (dir, ".bench-complete", NULL);
  g_autofree char *count = g_strdup_printf ("%u", n);
  const char *argv[] = { merit, "demo", dir, "--candidates", count, "--seed", "1", NULL };
  double ms;

  if (g_file_test (marker, G_FILE_TEST_EXISTS))
    return -1;
  if (g_file_test (dir, G_FILE_TEST_EXISTS))
    merit_test_remove_tree (dir);
  ms = run_timed (argv, NULL);
  merit_test_write_file (marker, "", 0);
  return ms;
}

static double
xmllint_ms (const char *dir)
{
  g_autofree char *packages = g_build_filename (dir, "packages", NULL);
  const char *argv[] = { "sh", "-c",
                         "find . -maxdepth 1 -name '*.xml' -print0 | xargs -0 -n 2000 xmllint --noout",
                         NULL };

  return run_timed (argv, packages);
}

static void
print_target (const char *what,
              double      value,
              double      limit,
              const char *unit)
{
  g_print ("  %-46s %10.2f %-3s (target %s %.2f) %s\n", what, value, unit, "<=", limit,
           value >= 0 && value <= limit ? "met" : "NOT MET");
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) results = g_array_new (FALSE, FALSE, sizeof (Result));
  g_autoptr(GArray) lints = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) colds = g_array_new (FALSE, FALSE, sizeof (Result));
  const char *merit, *cache;
  gboolean cold_cache;

  process_start = g_get_monotonic_time ();
  if (argc == 4 && g_str_equal (argv[1], "--measure"))
    return measure (argv[2], g_str_equal (argv[3], "interact"));
  if (argc < 3)
    {
      g_printerr ("usage: bench-open MERIT CACHE_DIR [N...]\n");
      return 2;
    }
  merit = argv[1];
  cache = argv[2];
  for (int i = 3; i < argc; i++)
    {
      guint n = (guint) g_ascii_strtoull (argv[i], NULL, 10);

      g_array_append_val (sizes, n);
    }
  if (sizes->len == 0)
    {
      guint defaults[] = { 1000, 10000, 100000 };

      g_array_append_vals (sizes, defaults, G_N_ELEMENTS (defaults));
    }
  g_mkdir_with_parents (cache, 0755);
  cold_cache = drop_caches ();

  for (guint i = 0; i < sizes->len; i++)
    {
      guint n = g_array_index (sizes, guint, i);
      g_autofree char *name = g_strdup_printf ("ws-%u", n);
      g_autofree char *dir = g_build_filename (cache, name, NULL);
      g_autofree char *index = g_build_filename (dir, ".merit", "index", NULL);
      double demo_ms = ensure_workspace (merit, dir, n);
      double lint;
      Result cold, warm;

      if (demo_ms >= 0)
        g_print ("# generated %u packages with `merit demo` in %.1f s\n", n, demo_ms / 1000);
      if (cold_cache)
        drop_caches ();
      lint = xmllint_ms (dir);
      g_unlink (index);
      if (cold_cache)
        drop_caches ();
      cold = run_window (argv[0], dir, FALSE);
      warm = run_window (argv[0], dir, TRUE);
      g_assert_cmpuint (cold.n, ==, n);
      g_assert_cmpuint (warm.n, ==, n);
      g_array_append_val (lints, lint);
      g_array_append_val (colds, cold);
      g_array_append_val (results, warm);
    }

  g_print ("\n%s; %u processors; load average at the end: ", cold_cache
           ? "cold = page cache dropped before xmllint and before the cold open, no .merit/index"
           : "cold = no .merit/index, OS cache warm (not root, cannot drop the page cache)",
           g_get_num_processors ());
  {
    g_autofree char *loadavg = NULL;

    if (g_file_get_contents ("/proc/loadavg", &loadavg, NULL, NULL))
      g_print ("%s", loadavg);
    else
      g_print ("unknown\n");
  }
  g_print ("%8s %9s %8s %6s %8s %6s %8s %8s %6s %9s %7s %7s %7s %7s %7s %7s\n",
           "packages", "xmllint s", "cold s", "ratio", "warm s", "ratio", "1st cold", "1st warm",
           "gap", "1st frame", "key med", "key max", "key cpu", "sort", "save", "RSS MB");
  for (guint i = 0; i < results->len; i++)
    {
      Result *cold = &g_array_index (colds, Result, i);
      Result *warm = &g_array_index (results, Result, i);
      double lint = g_array_index (lints, double, i);

      g_print ("%8u %9.2f %8.2f %6.2f %8.2f %6.2f %8.0f %8.0f %6.1f %9.1f %7.1f %7.1f %7.1f %7.1f %7.0f %7.1f\n",
               warm->n, lint / 1000, cold->open_ms / 1000, cold->open_ms / lint,
               warm->open_ms / 1000, warm->open_ms / lint, cold->first_rows, warm->first_rows,
               MAX (cold->frame_gap, warm->frame_gap), MAX (cold->stall, warm->stall),
               warm->key_median, warm->key_worst, warm->key_cpu,
               warm->sort_ms, warm->save_ms, warm->rss_mb);
    }
  g_print ("(times in ms unless marked s; ratio = to xmllint; 1st = from process start until a "
           "frame with rows is drawn; gap = longest gap between frames while loading, from the end "
           "of the first frame; 1st frame = longest main-loop iteration while loading, the "
           "first frame included; key = "
           "per keystroke until the new list was drawn, cpu = main-thread CPU time of the median "
           "keystroke; RSS = peak after the warm open and the interaction)\n");
  for (guint i = 0; i < results->len; i++)
    {
      Result *cold = &g_array_index (colds, Result, i);
      Result *warm = &g_array_index (results, Result, i);

      g_print ("# %u: window up %.0f ms after start; first rows %.0f ms (cold) and %.0f ms (warm) "
               "after the open began; longest main-loop iteration after the first frame %.1f ms\n", warm->n, warm->window_ms, cold->open_to_rows,
               warm->open_to_rows, MAX (cold->stall_drawn, warm->stall_drawn));
    }

  /* The targets, for the largest size, and how it scales from the size ten times smaller. */
  {
    guint last = results->len - 1;
    Result *cold = &g_array_index (colds, Result, last);
    Result *warm = &g_array_index (results, Result, last);
    double lint = g_array_index (lints, double, last);

    g_print ("\nTargets at %u packages:\n", warm->n);
    print_target ("cold open / xmllint --noout", cold->open_ms / lint, 1.5, "x");
    print_target ("warm open / xmllint --noout", warm->open_ms / lint, 0.15, "x");
    print_target ("first rows visible, cold", cold->first_rows, 500, "ms");
    print_target ("first rows visible, warm", warm->first_rows, 500, "ms");
    print_target ("longest gap between frames while loading", MAX (cold->frame_gap, warm->frame_gap),
                  50, "ms");
    g_print ("  %-46s %10.2f ms  (before it the window shows nothing: counted in first rows, "
             "not as a gap)\n", "the first frame's own main-loop iteration",
             MAX (cold->stall, warm->stall));
    print_target ("filter keystroke, median", warm->key_median, 16, "ms");
    print_target ("filter keystroke, worst", warm->key_worst, 50, "ms");
    print_target ("sort by blind score", warm->sort_ms, 100, "ms");
    print_target ("peak RSS", warm->rss_mb, 400, "MB");
    for (guint i = 0; i < last; i++)
      {
        Result *small_cold = &g_array_index (colds, Result, i);
        Result *small = &g_array_index (results, Result, i);

        if ((guint64) small->n * 10 != warm->n)
          continue;
        g_print ("Scaling %u → %u packages (target: each figure ≤ 11 ×):\n", small->n, warm->n);
        print_target ("cold open", cold->open_ms / small_cold->open_ms, 11, "x");
        print_target ("warm open", warm->open_ms / small->open_ms, 11, "x");
        print_target ("filter keystroke, median", warm->key_median / small->key_median, 11, "x");
        print_target ("filter keystroke, worst", warm->key_worst / small->key_worst, 11, "x");
        print_target ("sort", warm->sort_ms / small->sort_ms, 11, "x");
        print_target ("save", warm->save_ms / small->save_ms, 11, "x");
        print_target ("peak RSS", warm->rss_mb / small->rss_mb, 11, "x");
      }
  }
  return 0;
}
