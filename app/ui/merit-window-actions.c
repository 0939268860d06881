/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-window-actions.c: the win. actions and keyboard shortcuts of the main window. */

#include "config.h"

#include <glib/gi18n.h>

#include "merit-offer-print.h"
#include "merit-meeting-window.h"
#include "merit-ui-utils.h"
#include "merit-window-private.h"
#include "merit-workflow.h"

static void
chooser_response_cb (MeritWindow          *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (folder != NULL)
        merit_window_open_workspace (self, folder);
    }
  g_clear_object (&self->chooser);
}

static void
open_workspace_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MeritWindow *self = MERIT_WINDOW (widget);

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Open Workspace"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                               _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
show_pane_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MeritWindow *self = MERIT_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "workspace") != 0)
    return;
  if (adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

static void
show_dashboard_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  gtk_widget_activate_action (widget, "win.show-pane", "s", "dashboard");
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MeritWindow *self = MERIT_WINDOW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "workspace") != 0)
    return;
  adw_view_stack_set_visible_child_name (self->view_stack, "list");
  merit_candidate_list_view_focus_search (self->list_view);
}

static void
review_by_criterion_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  MeritWindow *self = MERIT_WINDOW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "workspace") != 0)
    return;
  /* Built when opened and dropped when closed, so that the window's widget tree (and what
   * assistive technologies walk) holds it only while it is in use. */
  self->chunked_review = g_object_new (MERIT_TYPE_CHUNKED_REVIEW,
                                       "store", self->store,
                                       "member", self->member,
                                       NULL);
  gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->chunked_review), "chunked-review");
  gtk_stack_set_visible_child_name (self->main_stack, "chunked-review");
  gtk_widget_child_focus (GTK_WIDGET (self->chunked_review), GTK_DIR_TAB_FORWARD);
}

static void
close_review_by_criterion_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  MeritWindow *self = MERIT_WINDOW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "chunked-review") != 0)
    return;
  /* The score on the page being left is saved first; a refused save keeps the page open. */
  if (!merit_chunked_review_leave (self->chunked_review))
    return;
  gtk_stack_set_visible_child_name (self->main_stack, "workspace");
  adw_view_stack_set_visible_child_name (self->view_stack, "review");
  gtk_stack_remove (self->main_stack, GTK_WIDGET (self->chunked_review));
  self->chunked_review = NULL;
}

static void
confirm_person_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MeritWindow *self = MERIT_WINDOW (widget);
  MeritMember *member = gtk_drop_down_get_selected_item (self->who_dropdown);

  if (member == NULL)
    return;
  _merit_window_leave_who_page (self);
  _merit_window_set_member_id (self, merit_member_get_id (member));
}

static void
choose_person_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MeritWindow *self = MERIT_WINDOW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "workspace") == 0)
    gtk_menu_button_popup (self->person_button);
}

static void
print_offer_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GError) error = NULL;

  if (merit_window_print_offer (MERIT_WINDOW (widget), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                NULL, &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autofree char *message = g_strdup_printf (_("Could not print the offer package: %s"),
                                                  error != NULL ? error->message : "");

      _merit_show_toast (widget, message);
    }
}

/* Ctrl+P prints in the approval pane, where a package is open; elsewhere it chooses the
 * person, as it always has. */
static gboolean
print_or_choose_person_cb (GtkWidget *widget,
                           GVariant  *args,
                           gpointer   user_data)
{
  MeritWindow *self = MERIT_WINDOW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "workspace") == 0
      && g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "approval") == 0
      && merit_approval_pane_get_selected_candidate (self->approval_pane) != NULL)
    return gtk_widget_activate_action (widget, "win.print-offer", NULL);
  return gtk_widget_activate_action (widget, "win.choose-person", NULL);
}

/**
 * _merit_window_update_actions:
 * @self: a window
 *
 * Enables the actions that need something to act on.
 */
void
_merit_window_update_actions (MeritWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-offer",
                                 merit_approval_pane_get_selected_candidate (self->approval_pane)
                                 != NULL);
}

static void
start_meeting_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MeritWindow *self = MERIT_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  MeritMeetingWindow *meeting;

  if (self->store == NULL || merit_workspace_store_get_loading (self->store))
    return;
  /* The menu offers this to the chair only; the model says so again. */
  if (!merit_workflow_check_role (merit_workspace_store_get_workspace (self->store),
                                  self->member != NULL ? merit_member_get_id (self->member) : NULL,
                                  MERIT_ROLE_CHAIR, &error))
    {
      _merit_show_toast (widget, error->message);
      return;
    }
  meeting = merit_meeting_window_new (gtk_window_get_application (GTK_WINDOW (self)), self->store,
                                      merit_member_get_id (self->member));
  gtk_window_present (GTK_WINDOW (meeting));
}

static void
create_workspace_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  _merit_window_create_workspace (MERIT_WINDOW (widget));
}

/* The shortcuts window is built the first time it is asked for, not with every main window:
 * building it costs as much as a pane. */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  MeritWindow *self = MERIT_WINDOW (widget);

  if (self->shortcuts_window == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/org/merit/Merit/merit-shortcuts-window.ui");

      self->shortcuts_window = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_window_set_transient_for (self->shortcuts_window, GTK_WINDOW (self));
      gtk_window_set_hide_on_close (self->shortcuts_window, TRUE);
      gtk_window_set_destroy_with_parent (self->shortcuts_window, TRUE);
      g_object_add_weak_pointer (G_OBJECT (self->shortcuts_window),
                                 (gpointer *) &self->shortcuts_window);
    }
  gtk_window_present (self->shortcuts_window);
}

/**
 * _merit_window_class_add_actions:
 * @widget_class: the class of #MeritWindow
 *
 * Installs the window actions and their shortcuts; merit-shortcuts-window.ui lists every one.
 */
void
_merit_window_class_add_actions (GtkWidgetClass *widget_class)
{
  static const struct { guint key; const char *pane; } panes[] = {
    { GDK_KEY_1, "list" },
    { GDK_KEY_2, "review" },
    { GDK_KEY_3, "approval" },
    { GDK_KEY_4, "dashboard" },
  };

  gtk_widget_class_install_action (widget_class, "win.open-workspace", NULL,
                                   open_workspace_action);
  gtk_widget_class_install_action (widget_class, "win.show-pane", "s", show_pane_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-dashboard", NULL,
                                   show_dashboard_action);
  gtk_widget_class_install_action (widget_class, "win.confirm-person", NULL,
                                   confirm_person_action);
  gtk_widget_class_install_action (widget_class, "win.choose-person", NULL,
                                   choose_person_action);
  gtk_widget_class_install_action (widget_class, "win.start-meeting", NULL,
                                   start_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.create-workspace", NULL,
                                   create_workspace_action);
  gtk_widget_class_install_action (widget_class, "win.review-by-criterion", NULL,
                                   review_by_criterion_action);
  gtk_widget_class_install_action (widget_class, "win.close-review-by-criterion", NULL,
                                   close_review_by_criterion_action);
  gtk_widget_class_install_action (widget_class, "win.print-offer", NULL, print_offer_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   show_help_overlay_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.open-workspace", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK,
                                       "win.show-help-overlay", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.review-by-criterion", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                print_or_choose_person_cb, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.start-meeting", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (panes); i++)
    gtk_widget_class_add_binding_action (widget_class, panes[i].key, GDK_ALT_MASK,
                                         "win.show-pane", "s", panes[i].pane);
}
