/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-window-trust.c: confirming the CEO's key, and warning when the roster changes it.
 *
 * The first time this computer opens a workspace whose CEO has a key, the person compares the
 * key's fingerprint with the CEO (read aloud: eight groups of five digits) and pins it.  When
 * a roster later shows another CEO key, not signed by the pinned one, a warning stays above
 * the window: no approval is trusted until the keys are compared again.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "merit-keys.h"
#include "merit-trust.h"
#include "merit-ui-utils.h"
#include "merit-window-private.h"

/* Eight groups of five digits, four to a line, for reading aloud. */
static char *
dup_digits (const char *key)
{
  g_autofree char *digits = merit_key_fingerprint_digits (key);
  char *space;

  if (digits == NULL)
    return g_strdup ("");
  space = strchr (digits, ' ');
  for (guint i = 1; space != NULL && i < 4; i++)
    space = strchr (space + 1, ' ');
  if (space != NULL)
    *space = '\n';
  return g_steal_pointer (&digits);
}

static const char *
ceo_key (MeritWindow  *self,
         MeritMember **out_ceo)
{
  MeritWorkspace *workspace = merit_workspace_store_get_workspace (self->store);
  MeritMember *ceo = merit_trust_find_ceo (workspace);

  *out_ceo = ceo;
  return ceo != NULL ? merit_member_get_public_key (ceo) : NULL;
}

static void
pin_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 MeritWindow      *self)
{
  g_autoptr(GError) error = NULL;
  MeritMember *ceo = NULL;
  const char *key;

  if (g_strcmp0 (response, "pin") != 0 || self->store == NULL)
    return;
  key = ceo_key (self, &ceo);
  if (key == NULL)
    return;
  if (!merit_trust_set_pin (merit_workspace_store_get_folder (self->store), key, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not pin the key: %s"), error->message);

      _merit_show_toast (GTK_WIDGET (self), message);
      return;
    }
  _merit_window_check_trust (self);
  _merit_show_toast (GTK_WIDGET (self), _("The CEO’s key is pinned on this computer"));
}

/* Asks the person to compare the CEO key's fingerprint with the CEO before pinning it. */
static void
ask_to_pin (MeritWindow *self,
            gboolean     replacing)
{
  g_autofree char *pinned = merit_trust_dup_pin (merit_workspace_store_get_folder (self->store));
  g_autofree char *pinned_digits = pinned != NULL ? dup_digits (pinned) : NULL;
  g_autofree char *digits = NULL;
  MeritMember *ceo = NULL;
  const char *key = ceo_key (self, &ceo);
  GtkWidget *dialog;

  if (key == NULL)
    return;
  digits = dup_digits (key);
  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   replacing ? _("Compare the CEO’s Keys")
                                             : _("Confirm the CEO’s Key"),
                                   NULL);
  if (replacing)
    adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                    _("The roster now shows this key for %s, the CEO:\n\n%s\n\n"
                                      "This computer trusts this one:\n\n%s\n\nPin the new key "
                                      "only if %s reads you the same digits."),
                                    merit_member_get_name (ceo), digits,
                                    pinned_digits != NULL ? pinned_digits : "",
                                    merit_member_get_name (ceo));
  else
    adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                    _("Approvals in this workspace count only when they are "
                                      "signed with the CEO’s key. Ask %s to read out the "
                                      "fingerprint of their key and compare it with this "
                                      "one:\n\n%s"),
                                    merit_member_get_name (ceo), digits);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "later", _("_Not Now"),
                                    "pin", replacing ? _("_Pin the New Key") : _("_They Match"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "pin",
                                              replacing ? ADW_RESPONSE_DESTRUCTIVE
                                                        : ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "later");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  g_signal_connect_object (dialog, "response", G_CALLBACK (pin_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * _merit_window_check_trust:
 * @self: a window whose workspace has loaded
 *
 * Asks to pin the CEO key the first time, and shows the warning when the roster's CEO key is
 * not the pinned one.  Not while the window asks who is at the desk: the question comes after
 * that answer.
 */
void
_merit_window_check_trust (MeritWindow *self)
{
  g_autofree char *pinned = NULL;
  MeritMember *ceo = NULL;
  gboolean changed = FALSE;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "who") == 0)
    return;
  if (self->store != NULL && ceo_key (self, &ceo) != NULL)
    {
      pinned = merit_trust_dup_pin (merit_workspace_store_get_folder (self->store));
      if (pinned == NULL)
        ask_to_pin (self, FALSE);
      else
        changed = !merit_trust_check_pin (merit_workspace_store_get_workspace (self->store), NULL);
    }
  gtk_revealer_set_reveal_child (self->trust_banner, changed);
}

static void
compare_keys_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MeritWindow *self = MERIT_WINDOW (widget);

  if (self->store != NULL)
    ask_to_pin (self, TRUE);
}

/**
 * _merit_window_class_add_trust_actions:
 * @widget_class: the window class
 *
 * Installs win.compare-keys.
 */
void
_merit_window_class_add_trust_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.compare-keys", NULL, compare_keys_action);
}
