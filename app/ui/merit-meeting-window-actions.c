/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-meeting-window-actions.c: the meeting. actions of the meeting window and their keys. */

#include "config.h"

#include <glib/gi18n.h>

#include "merit-meeting-window-private.h"
#include "merit-minutes-document.h"
#include "merit-model.h"
#include "merit-reveal.h"
#include "merit-ui-utils.h"
#include "merit-workflow.h"

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MeritMeetingWindow *self = MERIT_MEETING_WINDOW (widget);
  g_autoptr(GPtrArray) present = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) packages = _merit_meeting_window_dup_chosen (self);
  guint selected = adw_combo_row_get_selected (self->role_row);
  const char *role = selected > 0 && selected != GTK_INVALID_LIST_POSITION
                     ? gtk_string_list_get_string (self->roles, selected) : NULL;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->committee)); i++)
    {
      g_autoptr(MeritMember) member = g_list_model_get_item (G_LIST_MODEL (self->committee), i);
      GtkCheckButton *check = g_hash_table_lookup (self->present_checks,
                                                   merit_member_get_id (member));

      if (check != NULL && gtk_check_button_get_active (check))
        g_ptr_array_add (present, (gpointer) merit_member_get_id (member));
    }
  g_ptr_array_add (present, NULL);
  /* The packages checked on the setup page, in the order shown there. */
  if (!merit_meeting_window_start (self, role, (const char * const *) packages,
                                   (const char * const *) present->pdata, &error))
    _merit_meeting_window_show_toast (self, error->message);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MeritMeetingWindow *self = MERIT_MEETING_WINDOW (widget);

  if (self->meeting == NULL)
    return;
  _merit_meeting_window_show_package (self, merit_meeting_get_current (self->meeting)
                      + (g_str_equal (action_name, "meeting.next") ? 1 : -1));
}

static void
open_round_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MeritMeetingWindow *self = MERIT_MEETING_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  MeritCandidate *candidate;

  if (self->meeting == NULL || (candidate = _merit_meeting_window_fresh_candidate (self)) == NULL)
    return;
  if (!merit_workflow_open_round (merit_workspace_store_get_workspace (self->store), candidate,
                                  self->chair, merit_meeting_get_attendees (self->meeting), &error))
    {
      _merit_meeting_window_show_toast (self, error->message);
      _merit_meeting_window_refresh (self);
      return;
    }
  _merit_meeting_window_save (self, candidate);
}

static void
close_round_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MeritMeetingWindow *self = MERIT_MEETING_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  MeritCandidate *candidate;

  if (self->meeting == NULL || (candidate = _merit_meeting_window_fresh_candidate (self)) == NULL)
    return;
  if (!merit_workflow_close_round (merit_workspace_store_get_workspace (self->store), candidate,
                                   self->chair, &error))
    {
      _merit_meeting_window_show_toast (self, error->message);
      _merit_meeting_window_refresh (self);
      return;
    }
  _merit_meeting_window_save (self, candidate);
}

static void
cast_vote_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MeritMeetingWindow *self = MERIT_MEETING_WINDOW (widget);
  guint voter = gtk_drop_down_get_selected (self->voter_dropdown);
  guint value = gtk_drop_down_get_selected (self->vote_dropdown);
  g_autofree char *rationale = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->vote_rationale)));
  g_autoptr(GError) error = NULL;
  MeritCandidate *candidate;

  if (self->meeting == NULL || self->voter_ids == NULL
      || voter >= g_strv_length (self->voter_ids) || value > MERIT_VOTE_VALUE_STRONG_NO_HIRE
      || (candidate = _merit_meeting_window_fresh_candidate (self)) == NULL)
    return;
  if (!merit_workflow_cast_vote (merit_workspace_store_get_workspace (self->store), candidate,
                                 self->voter_ids[voter], value, rationale, &error))
    {
      _merit_meeting_window_show_toast (self, error->message);
      _merit_meeting_window_refresh (self);
      return;
    }
  if (_merit_meeting_window_save (self, candidate))
    gtk_editable_set_text (GTK_EDITABLE (self->vote_rationale), "");
}

static void
decide_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MeritMeetingWindow *self = MERIT_MEETING_WINDOW (widget);
  MeritWorkspace *workspace = merit_workspace_store_get_workspace (self->store);
  MeritDecisionValue decision = gtk_drop_down_get_selected (self->decision_dropdown) == 0
                                ? MERIT_DECISION_VALUE_HIRE : MERIT_DECISION_VALUE_NO_HIRE;
  g_autofree char *rationale = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->decision_rationale)));
  g_autoptr(GError) error = NULL;
  MeritCandidate *candidate;
  MeritIdentity *identity;

  if (self->meeting == NULL || (candidate = _merit_meeting_window_fresh_candidate (self)) == NULL)
    return;
  /* The decision, then the meeting's record of the package, then the reveal: in this order
   * in the history, saved together. */
  if (!merit_workflow_record_decision (workspace, candidate, self->chair, decision, rationale,
                                       &error)
      || !merit_meeting_write_record (self->meeting, candidate, &error)
      || !merit_reveal_identity (workspace, candidate, self->chair, NULL, &error))
    {
      _merit_meeting_window_show_toast (self, error->message);
      merit_workspace_store_reload_candidate (self->store, merit_candidate_get_id (candidate), NULL);
      _merit_meeting_window_refresh (self);
      return;
    }
  /* The chair's own key opens the identity sealed to them; the file keeps it sealed. */
  identity = _merit_open_identity (workspace, candidate, self->chair);
  g_hash_table_insert (self->revealed, g_strdup (merit_candidate_get_id (candidate)),
                       g_strdup (identity != NULL && merit_identity_get_name (identity) != NULL
                                 ? merit_identity_get_name (identity)
                                 : _("sealed; the package’s keys are needed to read it")));
  if (!_merit_meeting_window_save (self, candidate))
    g_hash_table_remove (self->revealed, merit_candidate_get_id (candidate));
  else
    gtk_editable_set_text (GTK_EDITABLE (self->decision_rationale), "");
  _merit_meeting_window_refresh (self);
}

static void
fullscreen_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkWindow *window = GTK_WINDOW (widget);

  if (gtk_window_is_fullscreen (window))
    gtk_window_unfullscreen (window);
  else
    gtk_window_fullscreen (window);
}

static void
minutes_response_cb (MeritMeetingWindow   *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL && g_file_peek_path (file) != NULL)
    {
      if (merit_minutes_write_pdf (self->meeting, g_file_peek_path (file), &error))
        {
          g_autofree char *message = g_strdup_printf (_("Minutes saved to %s"),
                                                      g_file_peek_path (file));

          _merit_meeting_window_show_toast (self, message);
        }
      else
        _merit_meeting_window_show_toast (self, error->message);
    }
  g_clear_object (&self->chooser);
}

static void
export_minutes_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MeritMeetingWindow *self = MERIT_MEETING_WINDOW (widget);

  if (self->meeting == NULL || self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Export Minutes"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("minutes.pdf"));
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (minutes_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/**
 * _merit_meeting_window_class_add_actions:
 * @widget_class: the class of #MeritMeetingWindow
 *
 * Installs the meeting actions and their shortcuts; merit-shortcuts-window.ui lists every one.
 */
void
_merit_meeting_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "meeting.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "meeting.next", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "meeting.previous", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "meeting.open-round", NULL, open_round_action);
  gtk_widget_class_install_action (widget_class, "meeting.close-round", NULL, close_round_action);
  gtk_widget_class_install_action (widget_class, "meeting.cast-vote", NULL, cast_vote_action);
  gtk_widget_class_install_action (widget_class, "meeting.decide", NULL, decide_action);
  gtk_widget_class_install_action (widget_class, "meeting.fullscreen", NULL, fullscreen_action);
  gtk_widget_class_install_action (widget_class, "meeting.export-minutes", NULL,
                                   export_minutes_action);

  /* merit-shortcuts-window.ui lists every one of these. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "meeting.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "meeting.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "meeting.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "meeting.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "meeting.open-round", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, 0, "meeting.close-round", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "meeting.fullscreen", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK,
                                       "meeting.export-minutes", NULL);
}
