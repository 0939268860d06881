/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-window.c: the main window. */

#include "config.h"

#include <glib/gi18n.h>

#include "merit-model.h"
#include "merit-window.h"
#include "merit-workspace-store.h"

struct _MeritWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  AdwStatusPage        *status_page;
  AdwToastOverlay      *toast_overlay;

  /* Owned references */
  MeritWorkspaceStore  *store;
  GCancellable         *cancellable;
};

G_DEFINE_FINAL_TYPE (MeritWindow, merit_window, ADW_TYPE_APPLICATION_WINDOW)

static void
update_status (MeritWindow *self)
{
  MeritWorkspace *workspace = merit_workspace_store_get_workspace (self->store);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (workspace));
  g_autofree char *description = g_strdup_printf (ngettext ("%u package", "%u packages", n), n);

  adw_status_page_set_description (self->status_page, description);
}

static void
load_finished_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(MeritWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!merit_workspace_store_load_finish (MERIT_WORKSPACE_STORE (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  update_status (self);
}

static void
merit_window_dispose (GObject *object)
{
  MeritWindow *self = MERIT_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), MERIT_TYPE_WINDOW);
  G_OBJECT_CLASS (merit_window_parent_class)->dispose (object);
}

static void
merit_window_class_init (MeritWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = merit_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/merit/Merit/merit-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MeritWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, MeritWindow, status_page);
  gtk_widget_class_bind_template_child (widget_class, MeritWindow, toast_overlay);
}

static void
merit_window_init (MeritWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

MeritWindow *
merit_window_new (MeritApplication *application)
{
  return g_object_new (MERIT_TYPE_WINDOW, "application", application, NULL);
}

/**
 * merit_window_open_workspace:
 * @self: a window
 * @folder: (nullable): the workspace folder, or %NULL for the default workspace
 *
 * Loads a workspace in the background and shows it.
 */
void
merit_window_open_workspace (MeritWindow *self,
                             GFile       *folder)
{
  g_autoptr(GFile) default_folder = NULL;

  g_return_if_fail (MERIT_IS_WINDOW (self));

  if (folder == NULL)
    folder = default_folder = g_file_new_build_filename (g_get_user_data_dir (), "merit",
                                                         "default", NULL);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_clear_object (&self->store);
  self->store = merit_workspace_store_new (folder);
  adw_window_title_set_subtitle (self->window_title, g_file_peek_path (folder));
  merit_workspace_store_load_async (self->store, self->cancellable, load_finished_cb,
                                    g_object_ref (self));
}
