/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-application.c: the Merit application: options, actions and windows. */

#include "config.h"

#include <glib/gi18n.h>

#include "merit-application.h"
#include "merit-window.h"

struct _MeritApplication
{
  AdwApplication      parent_instance;

  GFile              *workspace;
  MeritWindowPreload *preload;     /* the first window's workspace, loading until it is shown */
};

G_DEFINE_FINAL_TYPE (MeritApplication, merit_application, ADW_TYPE_APPLICATION)

static int
merit_application_handle_local_options (GApplication *application,
                                        GVariantDict *options)
{
  MeritApplication *self = MERIT_APPLICATION (application);
  g_autofree char *workspace = NULL;

  if (g_variant_dict_lookup (options, "workspace", "^ay", &workspace))
    {
      g_clear_object (&self->workspace);
      self->workspace = g_file_new_for_commandline_arg (workspace);
    }
  merit_application_preload (self);
  return -1;
}

static void
merit_application_activate (GApplication *application)
{
  MeritApplication *self = MERIT_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    {
      MeritWindowPreload *preload;

      merit_application_preload (self);
      preload = g_steal_pointer (&self->preload);
      window = GTK_WINDOW (merit_window_new (self));
      merit_window_open_preloaded (MERIT_WINDOW (window), preload);
    }
  gtk_window_present (window);
}

static void
quit_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_activated_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  static const char *developers[] = { "The Merit developers", NULL };

  adw_show_about_window (parent,
                         "application-name", _("Merit"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Blind, merit-based hiring for committees"),
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", _("© The Merit developers"),
                         NULL);
}

/* The target of the approval notification: brings a window forward on the named pane. */
static void
show_pane_activated_cb (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  GtkWindow *window;

  g_application_activate (G_APPLICATION (application));
  window = gtk_application_get_active_window (application);
  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-pane", "s",
                                g_variant_get_string (parameter, NULL));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated_cb, NULL, NULL, NULL, { 0 } },
  { "show-pane", show_pane_activated_cb, "s", NULL, NULL, { 0 } },
  { "about", about_activated_cb, NULL, NULL, NULL, { 0 } },
};

static void
merit_application_startup (GApplication *application)
{
  G_APPLICATION_CLASS (merit_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "window.close",
                                         (const char *[]) { "<Control>w", NULL });
}

static void
merit_application_dispose (GObject *object)
{
  MeritApplication *self = MERIT_APPLICATION (object);

  g_clear_pointer (&self->preload, merit_window_preload_drop);
  G_OBJECT_CLASS (merit_application_parent_class)->dispose (object);
}

static void
merit_application_finalize (GObject *object)
{
  MeritApplication *self = MERIT_APPLICATION (object);

  g_clear_object (&self->workspace);
  G_OBJECT_CLASS (merit_application_parent_class)->finalize (object);
}

static void
merit_application_class_init (MeritApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = merit_application_dispose;
  object_class->finalize = merit_application_finalize;
  app_class->handle_local_options = merit_application_handle_local_options;
  app_class->activate = merit_application_activate;
  app_class->startup = merit_application_startup;
}

static void
merit_application_init (MeritApplication *self)
{
  static const GOptionEntry entries[] = {
    { "workspace", 'w', 0, G_OPTION_ARG_FILENAME, NULL, N_("Open the workspace in DIR"), "DIR" },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
}

/**
 * merit_application_new:
 *
 * Returns: (transfer full): the application
 */
MeritApplication *
merit_application_new (void)
{
  return g_object_new (MERIT_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", "/org/merit/Merit",
                       NULL);
}

/**
 * merit_application_set_workspace:
 * @self: the application
 * @folder: (nullable): the workspace folder, or %NULL for the last or default workspace
 *
 * Sets the workspace the first window opens, as `--workspace` does.
 */
void
merit_application_set_workspace (MeritApplication *self,
                                 GFile            *folder)
{
  g_return_if_fail (MERIT_IS_APPLICATION (self));
  g_return_if_fail (folder == NULL || G_IS_FILE (folder));

  g_set_object (&self->workspace, folder);
}

/**
 * merit_application_preload:
 * @self: the application
 *
 * Starts reading the workspace the first window will show, so that its packages are read
 * while GTK starts up and the window is built; done as the command line is handled.  Does
 * nothing once it started or a window is open.
 */
void
merit_application_preload (MeritApplication *self)
{
  g_return_if_fail (MERIT_IS_APPLICATION (self));

  if (self->preload == NULL && gtk_application_get_windows (GTK_APPLICATION (self)) == NULL)
    self->preload = merit_window_preload (self->workspace);
}
