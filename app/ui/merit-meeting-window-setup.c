/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-meeting-window-setup.c: the setup page of the meeting window.
 *
 * Before the meeting the chair chooses what it discusses and who is there: a role narrows
 * the list of packages in the committee stage, shown blind by pseudonym and role, each with
 * a check box; Start takes the checked packages in the order shown and the members checked
 * present.  With no package checked Start is off, and the label under it says why.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "merit-meeting-window-private.h"
#include "merit-model.h"

static GtkWidget *
create_member_row_cb (gpointer item,
                      gpointer user_data)
{
  MeritMeetingWindow *self = user_data;
  MeritMember *member = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), merit_member_get_name (member));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  merit_member_get_name (member), -1);
  g_hash_table_insert (self->present_checks, g_strdup (merit_member_get_id (member)), check);
  return row;
}

const char *
_merit_meeting_window_role_title (MeritCandidate *candidate)
{
  MeritRole *role = merit_candidate_get_role (candidate);

  return role != NULL ? merit_role_get_title (role) : NULL;
}

/* The role chosen on the setup page, or NULL for all roles. */
static const char *
selected_role (MeritMeetingWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->role_row);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION
      || selected >= g_list_model_get_n_items (G_LIST_MODEL (self->roles)))
    return NULL;
  return gtk_string_list_get_string (self->roles, selected);
}

/* Whether the package of @check is shown (of the chosen role) and checked. */
static gboolean
package_chosen (GtkCheckButton *check)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (check), GTK_TYPE_LIST_BOX_ROW);

  return gtk_check_button_get_active (check) && (row == NULL || gtk_widget_get_visible (row));
}

/**
 * _merit_meeting_window_dup_chosen:
 * @self: a meeting window on its setup page
 *
 * Returns: (transfer full): the IDs of the packages chosen on the setup page, in the order
 *   shown
 */
GStrv
_merit_meeting_window_dup_chosen (MeritMeetingWindow *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->packages)); i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (G_LIST_MODEL (self->packages), i);
      const char *id = merit_candidate_get_id (candidate);
      GtkCheckButton *check = g_hash_table_lookup (self->package_checks, id);

      if (check != NULL && package_chosen (check))
        g_strv_builder_add (builder, id);
    }
  return g_strv_builder_end (builder);
}

/* Start needs a package to discuss; the label under the button says why it cannot start. */
static void
update_start (MeritMeetingWindow *self)
{
  g_auto(GStrv) chosen = _merit_meeting_window_dup_chosen (self);
  guint n = g_strv_length (chosen);
  g_autofree char *text = NULL;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->packages)) == 0)
    text = g_strdup (_("No package is in the committee stage, so there is nothing to discuss."));
  else if (n == 0)
    text = g_strdup (_("Check at least one package to start the meeting."));
  else
    text = g_strdup_printf (ngettext ("%u package on the agenda", "%u packages on the agenda", n),
                            n);
  gtk_label_set_label (self->start_hint_label, text);
  if (n > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->start_hint_label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->start_hint_label), "dim-label");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.start",
                                 n > 0 && self->meeting == NULL);
}

/* The presenter's actions wait for the meeting; disabled, their keys (the arrows among them)
 * reach the setup page's lists instead. */
void
_merit_meeting_window_set_presenter_actions_enabled (MeritMeetingWindow *self,
                                                     gboolean            enabled)
{
  static const char * const actions[] = {
    "meeting.next", "meeting.previous", "meeting.open-round", "meeting.close-round",
    "meeting.cast-vote", "meeting.decide", "meeting.export-minutes",
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], enabled);
}

static void
package_toggled_cb (MeritMeetingWindow *self,
                    GtkCheckButton     *check)
{
  update_start (self);
}

static GtkWidget *
create_package_row_cb (gpointer item,
                       gpointer user_data)
{
  MeritMeetingWindow *self = user_data;
  MeritCandidate *candidate = item;
  const char *title = _merit_meeting_window_role_title (candidate);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *label = NULL;

  /* Blind: the pseudonym and the role, never the identity. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 merit_candidate_get_pseudonym (candidate));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), title != NULL ? title : _("No role"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  /* TRANSLATORS: the accessible name of a package's check box on the meeting's setup page:
   * its pseudonym, then its role. */
  label = g_strdup_printf (_("Discuss %s (%s)"), merit_candidate_get_pseudonym (candidate),
                           title != NULL ? title : _("No role"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_signal_connect_object (check, "toggled", G_CALLBACK (package_toggled_cb), self,
                           G_CONNECT_SWAPPED);
  g_hash_table_insert (self->package_checks, g_strdup (merit_candidate_get_id (candidate)), check);
  return row;
}

/* Choosing a role shows only its packages and checks them all; "All roles" shows and checks
 * every package.  The chair then unchecks what the meeting leaves out. */
void
_merit_meeting_window_role_selected_cb (MeritMeetingWindow *self)
{
  const char *role = selected_role (self);

  if (self->packages == NULL || self->package_checks == NULL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->packages)); i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (G_LIST_MODEL (self->packages), i);
      GtkWidget *check = g_hash_table_lookup (self->package_checks, merit_candidate_get_id (candidate));
      gboolean matches = role == NULL || g_strcmp0 (_merit_meeting_window_role_title (candidate), role) == 0;
      GtkWidget *row;

      if (check == NULL)
        continue;
      row = gtk_widget_get_ancestor (check, GTK_TYPE_LIST_BOX_ROW);
      if (row != NULL)
        gtk_widget_set_visible (row, matches);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), matches);
    }
  update_start (self);
}

void
_merit_meeting_window_fill_setup (MeritMeetingWindow *self)
{
  MeritWorkspace *workspace = merit_workspace_store_get_workspace (self->store);
  GListModel *roster = G_LIST_MODEL (merit_workspace_get_roster (workspace));
  g_autoptr(GHashTable) titles = g_hash_table_new (g_str_hash, g_str_equal);

  gtk_string_list_append (self->roles, _("All roles"));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (workspace)); i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (G_LIST_MODEL (workspace), i);
      const char *title = _merit_meeting_window_role_title (candidate);

      if (merit_candidate_get_stage (candidate) != MERIT_STAGE_COMMITTEE
          || merit_candidate_get_broken_reason (candidate) != NULL)
        continue;
      g_list_store_append (self->packages, candidate);
      if (title != NULL && g_hash_table_add (titles, (gpointer) title))
        gtk_string_list_append (self->roles, title);
    }
  gtk_list_box_bind_model (self->packages_list, G_LIST_MODEL (self->packages),
                           create_package_row_cb, self, NULL);
  adw_combo_row_set_model (self->role_row, G_LIST_MODEL (self->roles));
  adw_combo_row_set_selected (self->role_row, 0);
  _merit_meeting_window_role_selected_cb (self);

  for (guint i = 0; i < g_list_model_get_n_items (roster); i++)
    {
      g_autoptr(MeritMember) member = g_list_model_get_item (roster, i);

      if (merit_member_has_role (member, MERIT_ROLE_COMMITTEE))
        g_list_store_append (self->committee, member);
    }
  gtk_list_box_bind_model (self->members_list, G_LIST_MODEL (self->committee),
                           create_member_row_cb, self, NULL);
}
