/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-approval-pane-actions.c: the CEO's decisions in the approval pane.
 *
 * Approve takes the optional comment of the pane.  Return… and Reject… ask for the reason in
 * a dialog whose confirming response stays disabled while the reason is empty; the workflow
 * refuses an empty reason again.  A recorded decision is saved at once, which moves the
 * package out of the queue, and a toast confirms it.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "merit-approval-pane-private.h"
#include "merit-ui-utils.h"
#include "merit-workflow.h"

static char *
dup_text (GtkTextView *view)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  /* The pane's widgets are built when it is first shown: nobody has written a comment yet. */
  if (view == NULL)
    return g_strdup ("");
  buffer = gtk_text_view_get_buffer (view);

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
decide (MeritApprovalPane     *self,
        MeritCandidate        *candidate,
        MeritApprovalDecision  decision,
        const char            *comment)
{
  /* Held for the whole decision: saving may replace it in the queue, dropping its row. */
  G_GNUC_UNUSED g_autoptr(MeritCandidate) hold = g_object_ref (candidate);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  const char *actor;

  if (self->store == NULL || !_merit_approval_pane_is_ceo (self))
    return;
  actor = merit_member_get_id (self->member);
  if (!merit_workflow_decide_offer (merit_workspace_store_get_workspace (self->store), candidate,
                                    actor, decision, comment, &error))
    {
      message = g_strdup_printf (_("Not recorded: %s"), error->message);
      _merit_show_toast (GTK_WIDGET (self), message);
      return;
    }
  if (!_merit_save_candidate (GTK_WIDGET (self), self->store, candidate, actor))
    return;
  message = g_strdup_printf (decision == MERIT_APPROVAL_DECISION_APPROVED
                             ? _("Offer for %s approved")
                             : decision == MERIT_APPROVAL_DECISION_RETURNED
                             ? _("Offer for %s returned to the chair")
                             : _("Offer for %s rejected"),
                             merit_candidate_get_pseudonym (candidate));
  _merit_show_toast (GTK_WIDGET (self), message);
}

static void
reason_changed_cb (GtkTextBuffer    *buffer,
                   AdwMessageDialog *dialog)
{
  GtkTextView *view = g_object_get_data (G_OBJECT (dialog), "merit-reason-view");
  const char *response = g_object_get_data (G_OBJECT (dialog), "merit-response");
  g_autofree char *text = dup_text (view);

  adw_message_dialog_set_response_enabled (dialog, response, *text != '\0');
}

static void
reason_response_cb (AdwMessageDialog  *dialog,
                    const char        *response,
                    MeritApprovalPane *self)
{
  GtkTextView *view = g_object_get_data (G_OBJECT (dialog), "merit-reason-view");
  MeritCandidate *candidate = g_object_get_data (G_OBJECT (dialog), "merit-candidate");
  g_autofree char *reason = dup_text (view);
  MeritApprovalDecision decision;

  if (g_str_equal (response, "return"))
    decision = MERIT_APPROVAL_DECISION_RETURNED;
  else if (g_str_equal (response, "reject"))
    decision = MERIT_APPROVAL_DECISION_REJECTED;
  else
    return;
  /* The response stays disabled while the reason is empty; the workflow refuses it too. */
  if (*reason == '\0')
    return;
  decide (self, candidate, decision, reason);
}

static void
ask_reason (MeritApprovalPane     *self,
            MeritCandidate        *candidate,
            MeritApprovalDecision  decision)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  gboolean returning = decision == MERIT_APPROVAL_DECISION_RETURNED;
  const char *response = returning ? "return" : "reject";
  g_autofree char *comment = dup_text (self->comment_view);
  GtkWidget *dialog;
  GtkWidget *frame;
  GtkWidget *view;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   returning ? _("Return the Offer?") : _("Reject the Offer?"),
                                   NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  returning
                                  ? _("The offer for %s goes back to the chair as a draft. Say "
                                      "what should change; the chair sees your reason in the "
                                      "package history.")
                                  : _("The offer for %s is rejected and the package leaves the "
                                      "pipeline. Give the reason; it is kept in the package "
                                      "history."),
                                  merit_candidate_get_pseudonym (candidate));
  view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_widget_set_size_request (view, -1, 96);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reason"), -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), comment, -1);
  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), frame);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    response, returning ? _("_Return Offer") : _("_Reject Offer"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), response,
                                              returning ? ADW_RESPONSE_SUGGESTED
                                                        : ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), response,
                                           *comment != '\0');
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "merit-reason-view", view);
  g_object_set_data (G_OBJECT (dialog), "merit-response", (gpointer) response);
  g_object_set_data_full (G_OBJECT (dialog), "merit-candidate", g_object_ref (candidate),
                          g_object_unref);
  g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                           G_CALLBACK (reason_changed_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (reason_response_cb), self, 0);
  g_set_weak_pointer (&self->dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (view);
}

static void
decide_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MeritApprovalPane *self = MERIT_APPROVAL_PANE (widget);
  MeritCandidate *candidate = gtk_single_selection_get_selected_item (self->selection);
  g_autofree char *comment = NULL;

  if (candidate == NULL || !_merit_approval_pane_is_ceo (self))
    return;
  if (g_str_equal (action_name, "pane.approve"))
    {
      comment = dup_text (self->comment_view);
      decide (self, candidate, MERIT_APPROVAL_DECISION_APPROVED, comment);
    }
  else if (g_str_equal (action_name, "pane.return"))
    ask_reason (self, candidate, MERIT_APPROVAL_DECISION_RETURNED);
  else
    ask_reason (self, candidate, MERIT_APPROVAL_DECISION_REJECTED);
}

static void
go_back_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  adw_leaflet_navigate (MERIT_APPROVAL_PANE (widget)->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/**
 * _merit_approval_pane_class_add_actions:
 * @widget_class: the class of #MeritApprovalPane
 *
 * Installs the pane. actions; their sensitivity follows merit_workflow_can_advance().
 */
void
_merit_approval_pane_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "pane.approve", NULL, decide_action);
  gtk_widget_class_install_action (widget_class, "pane.return", NULL, decide_action);
  gtk_widget_class_install_action (widget_class, "pane.reject", NULL, decide_action);
  gtk_widget_class_install_action (widget_class, "pane.go-back", NULL, go_back_action);
}
