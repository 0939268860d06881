/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-list.c: how the real window's candidate list behaves with many packages.
 *
 *   bench-list [N...]     (default: 2000)
 *
 * For each size it generates a demo workspace, opens it in the real window under the
 * current display, and prints one table row: time until the first rows are in the list,
 * time until every package is, the longest main-loop stall while loading, per-keystroke
 * filter time for a six-letter search typed one letter at a time (median and worst, until the
 * list has settled), the time to sort by blind score, the worst scroll step, and the longest
 * single main-loop iteration over all of the interaction (what a person sees as a stall).
 * Times are wall-clock milliseconds measured until the main loop is idle again (layout and
 * drawing of the new rows included).
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "merit-application.h"
#include "merit-demo.h"
#include "merit-test-utils.h"
#include "merit-window.h"

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Runs the main loop until nothing is pending; returns the longest single iteration (ms). */
static double
drain (void)
{
  double worst = 0;

  for (guint quiet = 0; quiet < 3;)
    {
      gint64 start = g_get_monotonic_time ();

      if (g_main_context_iteration (NULL, FALSE))
        {
          double elapsed = ms_since (start);

          worst = MAX (worst, elapsed);
          quiet = 0;
        }
      else
        {
          g_usleep (2000);
          quiet++;
        }
    }
  return worst;
}

/* Keeps the largest value seen; a function, so each measurement is taken once. */
static void
note_stall (double *worst,
            double  value)
{
  if (value > *worst)
    *worst = value;
}

static gpointer
template_child (gpointer    widget,
                const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), G_OBJECT_TYPE (widget), name);

  g_assert_nonnull (object);
  return object;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
bench (MeritApplication *app,
       guint             n)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("merit-bench-XXXXXX", &error);
  g_autoptr(GFile) folder = g_file_new_for_path (tmp);
  MeritWindow *window;
  GtkWidget *list_view;
  GtkColumnView *column_view;
  GtkEditable *search;
  GListModel *model;
  GArray *keystrokes = g_array_new (FALSE, FALSE, sizeof (double));
  const char *query = "Engine";
  gint64 start;
  double first_rows = -1;
  double all_rows;
  double stall = 0;
  double sort_ms;
  double scroll_worst = 0;
  double interaction_stall = 0;
  double demo_ms;
  GtkAdjustment *vadjustment;

  start = g_get_monotonic_time ();
  g_assert_true (merit_demo_create (folder, n, TRUE, 1, &error));
  g_assert_no_error (error);
  demo_ms = ms_since (start);

  window = g_object_ref_sink (merit_window_new (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  drain ();
  list_view = template_child (window, "list_view");
  column_view = template_child (list_view, "column_view");
  search = template_child (list_view, "search_entry");
  model = G_LIST_MODEL (gtk_column_view_get_model (column_view));

  start = g_get_monotonic_time ();
  merit_window_open_workspace (window, folder);
  while (g_list_model_get_n_items (model) < n)
    {
      gint64 iteration = g_get_monotonic_time ();

      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (500);
      else
        note_stall (&stall, ms_since (iteration));
      if (first_rows < 0 && g_list_model_get_n_items (model) > 0)
        first_rows = ms_since (start);
    }
  note_stall (&stall, drain ());
  all_rows = ms_since (start);

  for (guint i = 1; i <= strlen (query); i++)
    {
      g_autofree char *prefix = g_strndup (query, i);
      double elapsed;

      start = g_get_monotonic_time ();
      gtk_editable_set_text (search, prefix);
      note_stall (&interaction_stall, ms_since (start));
      note_stall (&interaction_stall, drain ());
      elapsed = ms_since (start);
      g_array_append_val (keystrokes, elapsed);
    }
  gtk_editable_set_text (search, "");
  drain ();

  start = g_get_monotonic_time ();
  gtk_column_view_sort_by_column (column_view, template_child (list_view, "score_column"),
                                  GTK_SORT_DESCENDING);
  note_stall (&interaction_stall, ms_since (start));
  note_stall (&interaction_stall, drain ());
  sort_ms = ms_since (start);

  vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (column_view));
  for (guint step = 0; step < 40; step++)
    {
      double upper = gtk_adjustment_get_upper (vadjustment) - gtk_adjustment_get_page_size (vadjustment);

      start = g_get_monotonic_time ();
      gtk_adjustment_set_value (vadjustment, upper * step / 39.0);
      note_stall (&interaction_stall, drain ());
      note_stall (&scroll_worst, ms_since (start));
    }

  g_array_sort (keystrokes, compare_doubles);
  g_print ("%8u %9.0f %11.0f %9.0f %10.0f %12.1f %11.1f %8.1f %12.1f %14.1f\n", n, demo_ms,
           first_rows, all_rows, stall, g_array_index (keystrokes, double, keystrokes->len / 2),
           g_array_index (keystrokes, double, keystrokes->len - 1), sort_ms, scroll_worst,
           interaction_stall);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
  drain ();
  g_array_unref (keystrokes);
  merit_test_remove_tree (tmp);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(MeritApplication) app = NULL;
  g_autoptr(GError) error = NULL;

  gtk_init ();
  adw_init ();
  app = merit_application_new ();
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_print ("%8s %9s %11s %9s %10s %12s %11s %8s %12s %14s\n", "packages", "demo ms",
           "first rows", "all rows", "load stall", "key median", "key worst", "sort ms",
           "scroll worst", "use stall ms");
  if (argc < 2)
    bench (app, 2000);
  for (int i = 1; i < argc; i++)
    bench (app, (guint) g_ascii_strtoull (argv[i], NULL, 10));
  return 0;
}
