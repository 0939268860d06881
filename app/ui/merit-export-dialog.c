/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-export-dialog.c: chooses the report to export, then the file to write it to.
 *
 * The report is blind unless the person asks for identities, and the choice is offered only
 * to those the export allows it (the chair and the CEO).  Once a file is chosen, the dialog
 * hands format, identity and path to the window's win.export-to action, which checks the
 * rule again and writes the file.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "merit-export-dialog.h"

struct _MeritExportDialog
{
  AdwWindow             parent_instance;

  /* Template widgets */
  GtkCheckButton       *json_check;
  GtkCheckButton       *csv_check;
  AdwPreferencesGroup  *identity_group;
  AdwActionRow         *identity_row;
  GtkSwitch            *identity_switch;

  /* Owned references */
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (MeritExportDialog, merit_export_dialog, ADW_TYPE_WINDOW)

static char *
suggested_name (MeritExportDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  gboolean json = gtk_check_button_get_active (self->json_check);

  /* Translators: the suggested file names of an export, with the date. */
  return g_strdup_printf (json ? _("merit-report-%s.json") : _("merit-pipeline-%s.csv"), date);
}

static void
format_toggled_cb (MeritExportDialog *self)
{
  gboolean json = gtk_check_button_get_active (self->json_check);

  gtk_widget_set_sensitive (GTK_WIDGET (self->identity_row), json);
  if (!json)
    gtk_switch_set_active (self->identity_switch, FALSE);
}

static void
chooser_response_cb (MeritExportDialog    *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  GtkWindow *parent;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;
  path = g_file_get_path (file);
  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  if (path == NULL || parent == NULL)
    return;
  gtk_widget_activate_action (GTK_WIDGET (parent), "win.export-to", "(sbs)",
                              merit_export_dialog_get_format (self),
                              merit_export_dialog_get_identified (self), path);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MeritExportDialog *self = MERIT_EXPORT_DIALOG (widget);
  g_autofree char *name = NULL;

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Export Report"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  name = suggested_name (self);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
merit_export_dialog_dispose (GObject *object)
{
  MeritExportDialog *self = MERIT_EXPORT_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), MERIT_TYPE_EXPORT_DIALOG);
  G_OBJECT_CLASS (merit_export_dialog_parent_class)->dispose (object);
}

static void
merit_export_dialog_class_init (MeritExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = merit_export_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/merit/Merit/merit-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MeritExportDialog, json_check);
  gtk_widget_class_bind_template_child (widget_class, MeritExportDialog, csv_check);
  gtk_widget_class_bind_template_child (widget_class, MeritExportDialog, identity_group);
  gtk_widget_class_bind_template_child (widget_class, MeritExportDialog, identity_row);
  gtk_widget_class_bind_template_child (widget_class, MeritExportDialog, identity_switch);
  gtk_widget_class_bind_template_callback (widget_class, format_toggled_cb);
  gtk_widget_class_install_action (widget_class, "export.choose-file", NULL, choose_file_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
merit_export_dialog_init (MeritExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * merit_export_dialog_new:
 * @parent: the main window, whose win.export-to action writes the file
 * @may_identify: whether the current person may export identities
 *
 * Returns: (transfer floating): a new modal dialog
 */
MeritExportDialog *
merit_export_dialog_new (GtkWindow *parent,
                         gboolean   may_identify)
{
  MeritExportDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);

  self = g_object_new (MERIT_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "destroy-with-parent", TRUE,
                       NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->identity_group), may_identify);
  return self;
}

/**
 * merit_export_dialog_get_format:
 * @self: a dialog
 *
 * Returns: "json" or "csv"
 */
const char *
merit_export_dialog_get_format (MeritExportDialog *self)
{
  g_return_val_if_fail (MERIT_IS_EXPORT_DIALOG (self), NULL);
  return gtk_check_button_get_active (self->json_check) ? "json" : "csv";
}

/**
 * merit_export_dialog_get_identified:
 * @self: a dialog
 *
 * Returns: %TRUE if the person asked for identities in a JSON report
 */
gboolean
merit_export_dialog_get_identified (MeritExportDialog *self)
{
  g_return_val_if_fail (MERIT_IS_EXPORT_DIALOG (self), FALSE);
  return gtk_widget_get_visible (GTK_WIDGET (self->identity_group))
         && gtk_check_button_get_active (self->json_check)
         && gtk_switch_get_active (self->identity_switch);
}
