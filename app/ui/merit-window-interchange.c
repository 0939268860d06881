/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-window-interchange.c: Import… and Export… of the main window.
 *
 * win.import asks for files and a format, win.import-files imports the given paths with the
 * format decided per file; both run MeritImportDialog.  win.export asks for the report and
 * the file; win.export-to (format, identified, path) writes it.  The rules are the command
 * line's: any member of the roster may import (the history names them), only the chair or
 * the CEO may export identities.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "merit-export.h"
#include "merit-export-dialog.h"
#include "merit-import-dialog.h"
#include "merit-model.h"
#include "merit-ui-utils.h"
#include "merit-window-private.h"

typedef struct
{
  char   *path;
  GBytes *contents;
  guint   n_broken;
} ExportJob;

/* The source tag of the export task: a function pointer is no object pointer in ISO C. */
static char export_source_tag;

static gboolean
workspace_ready (MeritWindow *self)
{
  return self->store != NULL && self->member != NULL
         && !merit_workspace_store_get_loading (self->store);
}

static gboolean
may_identify (MeritWindow *self)
{
  return workspace_ready (self)
         && merit_export_check_identified (merit_workspace_store_get_workspace (self->store),
                                           merit_member_get_id (self->member), NULL);
}

static void
show_error (MeritWindow *self,
            const char  *heading,
            const char  *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_running_changed_cb (MeritWindow *self)
{
  _merit_window_update_interchange_actions (self);
}

static void
start_import (MeritWindow        *self,
              const char * const *paths,
              MeritImportFormat   format)
{
  if (!workspace_ready (self) || paths == NULL || paths[0] == NULL)
    return;
  if (self->import_dialog != NULL && merit_import_dialog_get_running (self->import_dialog))
    {
      gtk_window_present (GTK_WINDOW (self->import_dialog));
      return;
    }
  if (self->import_dialog != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->import_dialog, self);
      gtk_window_destroy (GTK_WINDOW (self->import_dialog));
    }
  g_clear_object (&self->import_dialog);
  self->import_dialog = g_object_ref_sink (merit_import_dialog_new (GTK_WINDOW (self), self->store,
                                                                    merit_member_get_id (self->member)));
  g_signal_connect_object (self->import_dialog, "notify::running",
                           G_CALLBACK (import_running_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (self->import_dialog));
  merit_import_dialog_start (self->import_dialog, paths, format);
}

static void
import_chooser_response_cb (MeritWindow          *self,
                            int                   response,
                            GtkFileChooserNative *chooser)
{
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  MeritImportFormat format = MERIT_IMPORT_FORMAT_AUTO;
  const char *choice;

  if (response == GTK_RESPONSE_ACCEPT)
    files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
  choice = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "format");
  if (choice == NULL || !merit_import_format_from_string (choice, &format))
    format = MERIT_IMPORT_FORMAT_AUTO;
  for (guint i = 0; files != NULL && i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);
      char *path = g_file_get_path (file);

      if (path == NULL)
        {
          g_autofree char *uri = g_file_get_uri (file);
          g_autofree char *message = g_strdup_printf (_("%s: only files with a local path "
                                                        "can be imported"), uri);

          show_error (self, _("Could Not Import"), message);
          g_clear_object (&self->import_chooser);
          return;
        }
      g_ptr_array_add (paths, path);
    }
  g_ptr_array_add (paths, NULL);
  g_clear_object (&self->import_chooser);
  start_import (self, (const char * const *) paths->pdata, format);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *pattern)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  if (pattern != NULL)
    {
      gtk_file_filter_add_pattern (filter, pattern);
      gtk_file_filter_add_mime_type (filter, "application/json");
    }
  else
    gtk_file_filter_add_pattern (filter, "*");
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MeritWindow *self = MERIT_WINDOW (widget);
  const char *ids[] = { "auto", "jsonresume", "greenhouse", NULL };
  const char *labels[] = { _("Decide per file"), _("JSON Resume"), _("Greenhouse"), NULL };
  GtkFileChooser *chooser;

  if (self->import_chooser != NULL || !workspace_ready (self))
    return;
  self->import_chooser = gtk_file_chooser_native_new (_("Import Candidates"), GTK_WINDOW (self),
                                                      GTK_FILE_CHOOSER_ACTION_OPEN,
                                                      _("_Import"), _("_Cancel"));
  chooser = GTK_FILE_CHOOSER (self->import_chooser);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->import_chooser), TRUE);
  gtk_file_chooser_set_select_multiple (chooser, TRUE);
  add_filter (chooser, _("JSON Resume and Greenhouse files"), "*.json");
  add_filter (chooser, _("All files"), NULL);
  gtk_file_chooser_add_choice (chooser, "format", _("Format"), ids, labels);
  gtk_file_chooser_set_choice (chooser, "format", "auto");
  g_signal_connect_object (self->import_chooser, "response",
                           G_CALLBACK (import_chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->import_chooser));
}

static void
import_files_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  g_autofree const char **paths = g_variant_get_strv (parameter, NULL);

  start_import (MERIT_WINDOW (widget), paths, MERIT_IMPORT_FORMAT_AUTO);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MeritWindow *self = MERIT_WINDOW (widget);

  if (!workspace_ready (self))
    return;
  if (self->export_dialog != NULL)
    gtk_window_destroy (self->export_dialog);
  g_clear_object (&self->export_dialog);
  self->export_dialog = g_object_ref_sink (GTK_WINDOW (merit_export_dialog_new (GTK_WINDOW (self),
                                                                                may_identify (self))));
  gtk_window_present (self->export_dialog);
}

static void
export_job_free (ExportJob *job)
{
  g_free (job->path);
  g_bytes_unref (job->contents);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;

  if (!merit_export_write (job->path, job->contents, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
export_written_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  MeritWindow *self = MERIT_WINDOW (source);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *base = g_path_get_basename (job->path);
  g_autofree char *message = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, _("Could Not Export"), error->message);
      return;
    }
  if (job->n_broken > 0)
    message = g_strdup_printf (ngettext ("Exported to %s; %u broken package was left out",
                                         "Exported to %s; %u broken packages were left out",
                                         job->n_broken),
                               base, job->n_broken);
  else
    message = g_strdup_printf (_("Exported to %s"), base);
  _merit_show_toast (GTK_WIDGET (self), message);
}

static void
export_to_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MeritWindow *self = MERIT_WINDOW (widget);
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  MeritWorkspace *workspace;
  const char *format, *path;
  gboolean identified;
  ExportJob *job;

  g_variant_get (parameter, "(&sb&s)", &format, &identified, &path);
  if (!workspace_ready (self))
    return;
  workspace = merit_workspace_store_get_workspace (self->store);
  if (g_strcmp0 (format, "json") != 0 && g_strcmp0 (format, "csv") != 0)
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a report format; use JSON "
                                                    "or CSV"), format);

      show_error (self, _("Could Not Export"), message);
      return;
    }
  if (identified && g_strcmp0 (format, "csv") == 0)
    {
      show_error (self, _("Could Not Export"),
                  _("The CSV pipeline report never holds identities"));
      return;
    }
  if (identified && !merit_export_check_identified (workspace, merit_member_get_id (self->member),
                                                    &error))
    {
      show_error (self, _("Could Not Export"), error->message);
      return;
    }
  if (*path == '\0')
    return;
  /* Sealed identities open with the person's own key, where they are sealed to it. */
  for (guint i = 0; identified && i < g_list_model_get_n_items (G_LIST_MODEL (workspace)); i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (G_LIST_MODEL (workspace), i);

      if (merit_candidate_get_broken_reason (candidate) == NULL)
        _merit_open_identity (workspace, candidate, merit_member_get_id (self->member));
    }

  job = g_new0 (ExportJob, 1);
  job->path = g_strdup (path);
  job->n_broken = merit_workspace_store_get_n_broken (self->store);
  job->contents = g_strcmp0 (format, "json") == 0 ? merit_export_json (workspace, identified, NULL)
                                                  : merit_export_csv (workspace, NULL);
  task = g_task_new (self, self->cancellable, export_written_cb, NULL);
  g_task_set_source_tag (task, &export_source_tag);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);
}

/**
 * _merit_window_update_interchange_actions:
 * @self: a window
 *
 * Import and export need a loaded workspace and a current person; a second import waits
 * for the first.
 */
void
_merit_window_update_interchange_actions (MeritWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean ready = workspace_ready (self);
  gboolean importing = self->import_dialog != NULL
                       && merit_import_dialog_get_running (self->import_dialog);

  gtk_widget_action_set_enabled (widget, "win.import", ready && !importing);
  gtk_widget_action_set_enabled (widget, "win.import-files", ready && !importing);
  gtk_widget_action_set_enabled (widget, "win.export", ready);
  gtk_widget_action_set_enabled (widget, "win.export-to", ready);
}

/**
 * _merit_window_dispose_interchange:
 * @self: a window
 *
 * Closes the choosers and dialogs of import and export with the window.
 */
void
_merit_window_dispose_interchange (MeritWindow *self)
{
  if (self->import_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->import_chooser));
  g_clear_object (&self->import_chooser);
  if (self->import_dialog != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->import_dialog, self);
      gtk_window_destroy (GTK_WINDOW (self->import_dialog));
    }
  g_clear_object (&self->import_dialog);
  if (self->export_dialog != NULL)
    gtk_window_destroy (self->export_dialog);
  g_clear_object (&self->export_dialog);
}

/**
 * _merit_window_class_add_interchange_actions:
 * @widget_class: the class of #MeritWindow
 *
 * Installs win.import (Ctrl+I), win.import-files, win.export (Ctrl+E) and win.export-to.
 */
void
_merit_window_class_add_interchange_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.import-files", "as", import_files_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-to", "(sbs)", export_to_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK,
                                       "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.export", NULL);
}
