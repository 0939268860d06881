/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-dashboard.c: the pipeline dashboard in the real window.
 *
 * Opens a demo workspace, shows the dashboard through its action, switches plots to their
 * tables with the Table button and checks every number against `merit report --json` run on
 * the same folder; then saves plots as PNG and SVG and checks that the files are what they say,
 * and that `merit report --plot`, with no display, writes the very same files.
 */

#include "config.h"

#include <adwaita.h>
#include <json-glib/json-glib.h>
#include <libxml/parser.h>
#include <string.h>

#include "merit-application.h"
#include "merit-dashboard.h"
#include "merit-demo.h"
#include "merit-model.h"
#include "merit-test-utils.h"
#include "merit-window.h"

#define N_DEMO 150

static MeritApplication *application;

typedef struct
{
  char           *folder;
  MeritWindow    *window;
  MeritDashboard *dashboard;
  GSettings      *settings;
} Fixture;

static void
iterate (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
wait_for (gboolean (*done) (gpointer),
          gpointer   data)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!done (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return TRUE;
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static gboolean
report_complete (gpointer data)
{
  Fixture *fixture = data;
  MeritReport *report = merit_dashboard_get_report (fixture->dashboard);

  return report != NULL && merit_report_get_n_candidates (report) == N_DEMO;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *stack;

  fixture->folder = g_dir_make_tmp ("merit-dashboard-XXXXXX", &error);
  g_assert_no_error (error);
  folder = g_file_new_for_path (fixture->folder);
  g_assert_true (merit_demo_create (folder, N_DEMO, TRUE, 1, &error));
  g_assert_no_error (error);

  fixture->settings = g_settings_new (APP_ID);
  g_settings_set_string (fixture->settings, "current-member", "rafael");
  fixture->window = g_object_ref_sink (merit_window_new (application));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  merit_window_open_workspace (fixture->window, folder);
  fixture->dashboard = MERIT_DASHBOARD (gtk_widget_get_template_child (GTK_WIDGET (fixture->window),
                                                                       MERIT_TYPE_WINDOW,
                                                                       "dashboard"));
  g_assert_nonnull (fixture->dashboard);

  /* The menu and Alt+4 use this action; the view switcher shows the same page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-dashboard",
                                             NULL));
  stack = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (fixture->window),
                                                     MERIT_TYPE_WINDOW, "view_stack"));
  g_assert_true (wait_for (report_complete, fixture));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (stack)), ==,
                   "dashboard");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->dashboard)));
  iterate (100);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gpointer weak = fixture->window;

  g_object_add_weak_pointer (G_OBJECT (fixture->window), &weak);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_object_unref (fixture->window);
  g_assert_true (wait_for (is_null, &weak));
  g_clear_object (&fixture->settings);
  merit_test_remove_tree (fixture->folder);
  g_free (fixture->folder);
}

/* Runs `merit report` on the fixture's folder and parses its JSON. */
static JsonObject *
report_json (Fixture    *fixture,
             const char *role)
{
  const char *merit = g_getenv ("MERIT");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *argv[] = { merit, "report", fixture->folder, "--json", role != NULL ? "--role" : NULL,
                         role, NULL };
  int status;

  g_assert_nonnull (merit);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out,
                               &err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static const char *
cell (MeritPlotCard *card,
      guint          row,
      guint          column)
{
  GtkWidget *label = gtk_grid_get_child_at (merit_plot_card_get_table (card), column, row + 1);

  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_label (GTK_LABEL (label));
}

static const char *
heading (MeritPlotCard *card,
         guint          column)
{
  GtkWidget *label = gtk_grid_get_child_at (merit_plot_card_get_table (card), column, 0);

  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_label (GTK_LABEL (label));
}

static gboolean
table_shown (gpointer data)
{
  return merit_plot_card_get_show_table (data);
}

/* Switches a card to its table with its Table button, as a person would. */
static void
show_table (MeritPlotCard *card)
{
  GtkWidget *button = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (card),
                                                                 MERIT_TYPE_PLOT_CARD,
                                                                 "table_button"));
  GtkWidget *stack = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (card),
                                                                MERIT_TYPE_PLOT_CARD, "stack"));

  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "plot");
  /* Activating a button presses it briefly before it is clicked. */
  g_assert_true (gtk_widget_activate (button));
  g_assert_true (wait_for (table_shown, card));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "table");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (merit_plot_card_get_table (card))));
}

/* A count cell: the number, or "fewer than 5" where the report has null. */
static void
assert_count (const char *text,
              JsonObject *row,
              const char *member)
{
  JsonNode *node = json_object_get_member (row, member);

  g_assert_nonnull (node);
  if (JSON_NODE_HOLDS_NULL (node))
    g_assert_cmpstr (text, ==, "fewer than 5");
  else
    {
      g_autofree char *expected = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

      g_assert_cmpstr (text, ==, expected);
    }
}

/* A days cell: the same figure to the table's one decimal, or the same reason for none. */
static void
assert_days (const char *text,
             JsonObject *row,
             const char *member)
{
  JsonNode *node = json_object_get_member (row, member);

  if (json_object_get_boolean_member (row, "suppressed"))
    g_assert_cmpstr (text, ==, "fewer than 5");
  else if (JSON_NODE_HOLDS_NULL (node))
    g_assert_cmpstr (text, ==, "–");
  else
    g_assert_cmpfloat_with_epsilon (g_ascii_strtod (text, NULL), json_node_get_double (node),
                                    0.05 + 1e-9);
}

static void
test_funnel_table (Fixture       *fixture,
                   gconstpointer  data)
{
  MeritPlotCard *card = merit_dashboard_get_card (fixture->dashboard, MERIT_REPORT_PLOT_FUNNEL);
  g_autoptr(JsonObject) report = report_json (fixture, NULL);
  JsonArray *funnel = json_object_get_array_member (report, "funnel");
  guint suppressed = 0;

  show_table (card);
  g_assert_cmpstr (heading (card, 0), ==, "Stage");
  g_assert_cmpstr (heading (card, 1), ==, "Reached");
  g_assert_cmpstr (heading (card, 2), ==, "Now");
  g_assert_null (gtk_grid_get_child_at (merit_plot_card_get_table (card), 0,
                                        json_array_get_length (funnel) + 1));
  for (guint i = 0; i < json_array_get_length (funnel); i++)
    {
      JsonObject *row = json_array_get_object_element (funnel, i);
      MeritStage stage;

      g_assert_true (merit_stage_from_string (json_object_get_string_member (row, "stage"),
                                              &stage));
      g_assert_cmpstr (cell (card, i, 0), ==, merit_stage_get_label (stage));
      assert_count (cell (card, i, 1), row, "reached");
      assert_count (cell (card, i, 2), row, "current");
      suppressed += json_object_get_boolean_member (row, "current_suppressed") ? 1 : 0;
    }
  /* The demo has stages with one to four packages: the check above met "fewer than 5". */
  g_assert_cmpuint (suppressed, >, 0);
  g_assert_cmpstr (cell (card, 0, 1), ==, "150");

  /* Back to the plot. */
  merit_plot_card_set_show_table (card, FALSE);
  g_assert_false (merit_plot_card_get_show_table (card));
}

static void
test_times_and_severity_tables (Fixture       *fixture,
                                gconstpointer  data)
{
  MeritPlotCard *times = merit_dashboard_get_card (fixture->dashboard,
                                                   MERIT_REPORT_PLOT_STAGE_TIMES);
  MeritPlotCard *severity = merit_dashboard_get_card (fixture->dashboard,
                                                      MERIT_REPORT_PLOT_SEVERITY);
  MeritPlotCard *latency = merit_dashboard_get_card (fixture->dashboard,
                                                     MERIT_REPORT_PLOT_LATENCY);
  g_autoptr(JsonObject) report = report_json (fixture, NULL);
  JsonArray *rows = json_object_get_array_member (report, "stage_times");
  JsonObject *latency_report = json_object_get_object_member (report, "approval_latency");
  guint compared = 0;

  show_table (times);
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);

      assert_days (cell (times, i, 1), row, "median_days");
      assert_days (cell (times, i, 2), row, "p90_days");
      assert_count (cell (times, i, 3), row, "n");
      compared += json_object_get_boolean_member (row, "suppressed") ? 0 : 1;
    }
  g_assert_cmpuint (compared, >=, 5);

  show_table (latency);
  rows = json_object_get_array_member (latency_report, "periods");
  g_assert_cmpuint (json_array_get_length (rows), >, 0);
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);

      g_assert_cmpstr (cell (latency, i, 0), ==, json_object_get_string_member (row, "period"));
      assert_days (cell (latency, i, 1), row, "median_days");
      assert_count (cell (latency, i, 3), row, "n");
    }

  show_table (severity);
  rows = json_object_get_array_member (report, "reviewer_severity");
  g_assert_cmpuint (json_array_get_length (rows), ==, 6);
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      double offset = json_object_get_double_member (row, "mean_offset");
      double shown = g_ascii_strtod (cell (severity, i, 1), NULL);

      g_assert_cmpstr (cell (severity, i, 0), ==, json_object_get_string_member (row, "name"));
      g_assert_cmpfloat_with_epsilon (shown, offset, 0.005 + 1e-9);
      assert_count (cell (severity, i, 2), row, "reviews");
    }
}

static void
test_role_filter (Fixture       *fixture,
                  gconstpointer  data)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (fixture->dashboard),
                                                   MERIT_TYPE_DASHBOARD, "role_dropdown");
  GtkDropDown *dropdown = GTK_DROP_DOWN (object);
  GListModel *roles = gtk_drop_down_get_model (dropdown);
  MeritPlotCard *card = merit_dashboard_get_card (fixture->dashboard, MERIT_REPORT_PLOT_FUNNEL);
  g_autoptr(JsonObject) report = NULL;
  JsonArray *funnel;
  guint position = GTK_INVALID_LIST_POSITION;

  /* "All Roles", then the five demo roles in order. */
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 6);
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (roles), i), "Data Scientist") == 0)
      position = i;
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  gtk_drop_down_set_selected (dropdown, position);
  iterate (50);

  g_assert_cmpstr (merit_report_get_role (merit_dashboard_get_report (fixture->dashboard)), ==,
                   "Data Scientist");
  report = report_json (fixture, "Data Scientist");
  funnel = json_object_get_array_member (report, "funnel");
  g_assert_cmpint (json_object_get_int_member (report, "candidates"), <, N_DEMO);
  show_table (card);
  for (guint i = 0; i < json_array_get_length (funnel); i++)
    {
      JsonObject *row = json_array_get_object_element (funnel, i);

      assert_count (cell (card, i, 1), row, "reached");
      assert_count (cell (card, i, 2), row, "current");
    }
}

static void
test_save (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *png_path = g_build_filename (fixture->folder, "funnel.png", NULL);
  g_autofree char *svg_path = g_build_filename (fixture->folder, "severity.svg", NULL);
  g_autofree char *bad_path = g_build_filename (fixture->folder, "no-such-folder", "x.png", NULL);
  g_autoptr(GFile) png = g_file_new_for_path (png_path);
  g_autoptr(GFile) svg = g_file_new_for_path (svg_path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  xmlDocPtr doc;
  gsize length;

  for (guint plot = 0; plot < MERIT_REPORT_N_PLOTS; plot++)
    {
      MeritPlotCard *card = merit_dashboard_get_card (fixture->dashboard, plot);

      merit_plot_card_save (card, png, MERIT_PLOT_FORMAT_PNG, &error);
      g_assert_no_error (error);
      merit_plot_card_save (card, svg, MERIT_PLOT_FORMAT_SVG, &error);
      g_assert_no_error (error);
    }

  g_assert_true (merit_plot_card_save (merit_dashboard_get_card (fixture->dashboard,
                                                                 MERIT_REPORT_PLOT_FUNNEL),
                                       png, MERIT_PLOT_FORMAT_PNG, &error));
  contents = merit_test_read_file (png_path, &length);
  g_assert_cmpuint (length, >, 8);
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  texture = gdk_texture_new_from_filename (png_path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 800);
  g_assert_cmpint (gdk_texture_get_height (texture), >, 300);
  g_clear_pointer (&contents, g_free);

  g_assert_true (merit_plot_card_save (merit_dashboard_get_card (fixture->dashboard,
                                                                 MERIT_REPORT_PLOT_SEVERITY),
                                       svg, MERIT_PLOT_FORMAT_SVG, &error));
  contents = merit_test_read_file (svg_path, &length);
  doc = xmlReadMemory (contents, (int) length, svg_path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR);
  g_assert_nonnull (doc);
  g_assert_cmpstr ((const char *) xmlDocGetRootElement (doc)->name, ==, "svg");
  xmlFreeDoc (doc);

  /* A folder that does not exist: an error naming the file, and no file. */
  g_assert_false (merit_plot_card_save (merit_dashboard_get_card (fixture->dashboard,
                                                                  MERIT_REPORT_PLOT_FUNNEL),
                                        bad, MERIT_PLOT_FORMAT_PNG, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, bad_path));
  g_assert_false (g_file_test (bad_path, G_FILE_TEST_EXISTS));
}

/* Saves @plot with `merit report --plot` and no display, and checks that the file has exactly
 * the bytes of the dashboard's own Save. */
static void
assert_cli_plot_equal (Fixture         *fixture,
                       MeritReportPlot  plot,
                       const char      *role,
                       const char      *extension)
{
  const char *name = merit_report_plot_file_name (plot);
  g_autofree char *ui_name = g_strdup_printf ("ui-%s.%s", name, extension);
  g_autofree char *cli_name = g_strdup_printf ("cli-%s.%s", name, extension);
  g_autofree char *ui_path = g_build_filename (fixture->folder, ui_name, NULL);
  g_autofree char *cli_path = g_build_filename (fixture->folder, cli_name, NULL);
  g_autoptr(GFile) ui_file = g_file_new_for_path (ui_path);
  g_auto(GStrv) envp = g_get_environ ();
  const char *argv[] = { g_getenv ("MERIT"), "report", fixture->folder, "--plot", name,
                         "-o", cli_path, role != NULL ? "--role" : NULL, role, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *ui_bytes = NULL;
  g_autofree char *cli_bytes = NULL;
  g_autofree char *err = NULL;
  gsize ui_length, cli_length;
  int status;

  g_assert_true (merit_plot_card_save (merit_dashboard_get_card (fixture->dashboard, plot),
                                       ui_file, g_str_equal (extension, "svg")
                                                ? MERIT_PLOT_FORMAT_SVG : MERIT_PLOT_FORMAT_PNG,
                                       &error));
  g_assert_no_error (error);
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  g_assert_nonnull (argv[0]);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                               NULL, &err, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);

  ui_bytes = merit_test_read_file (ui_path, &ui_length);
  cli_bytes = merit_test_read_file (cli_path, &cli_length);
  g_assert_cmpuint (ui_length, >, 1000);
  if (g_str_equal (extension, "svg"))
    {
      /* cairo numbers the surfaces of a process in its SVG ids; the picture is the same. */
      g_autoptr(GRegex) ids = g_regex_new ("surface[0-9]+", 0, 0, NULL);
      g_autofree char *ui_svg = g_regex_replace_literal (ids, ui_bytes, -1, 0, "surface", 0, NULL);
      g_autofree char *cli_svg = g_regex_replace_literal (ids, cli_bytes, -1, 0, "surface", 0,
                                                          NULL);

      g_assert_nonnull (strstr (ui_svg, "<title>"));
      g_assert_cmpstr (cli_svg, ==, ui_svg);
    }
  else
    g_assert_cmpmem (cli_bytes, cli_length, ui_bytes, ui_length);
}

static void
test_cli_same_picture (Fixture       *fixture,
                       gconstpointer  data)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (fixture->dashboard),
                                                   MERIT_TYPE_DASHBOARD, "role_dropdown");
  GtkDropDown *dropdown = GTK_DROP_DOWN (object);
  GListModel *roles = gtk_drop_down_get_model (dropdown);

  for (guint plot = 0; plot < MERIT_REPORT_N_PLOTS; plot++)
    {
      assert_cli_plot_equal (fixture, plot, NULL, "png");
      assert_cli_plot_equal (fixture, plot, NULL, "svg");
    }

  /* The filters reach the command line's plot as they reach the dashboard's. */
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (roles), i), "Data Scientist") == 0)
      gtk_drop_down_set_selected (dropdown, i);
  iterate (50);
  g_assert_cmpstr (merit_report_get_role (merit_dashboard_get_report (fixture->dashboard)), ==,
                   "Data Scientist");
  assert_cli_plot_equal (fixture, MERIT_REPORT_PLOT_FUNNEL, "Data Scientist", "png");
  assert_cli_plot_equal (fixture, MERIT_REPORT_PLOT_SCORES, "Data Scientist", "svg");
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* Transitions only add timing to what the tests look at. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  application = g_object_new (MERIT_TYPE_APPLICATION,
                              "flags", G_APPLICATION_NON_UNIQUE,
                              "resource-base-path", "/org/merit/Merit",
                              NULL);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);

  g_test_add ("/dashboard/funnel-table", Fixture, NULL,
              fixture_set_up, test_funnel_table, fixture_tear_down);
  g_test_add ("/dashboard/times-latency-severity-tables", Fixture, NULL,
              fixture_set_up, test_times_and_severity_tables, fixture_tear_down);
  g_test_add ("/dashboard/role-filter", Fixture, NULL,
              fixture_set_up, test_role_filter, fixture_tear_down);
  g_test_add ("/dashboard/save-png-svg", Fixture, NULL,
              fixture_set_up, test_save, fixture_tear_down);
  g_test_add ("/dashboard/cli-plot-same-picture", Fixture, NULL,
              fixture_set_up, test_cli_same_picture, fixture_tear_down);
  status = g_test_run ();
  g_clear_object (&application);
  return status;
}
