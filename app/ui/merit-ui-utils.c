/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-ui-utils.c: small helpers shared by the panes of the window.
 *
 * The blind text of a profile is built here in one place, so every pane shows the same
 * redacted view: free text goes through merit_redact_text(); names, contact details, photos
 * and self-identification are never read.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "merit-seal.h"
#include "merit-store-error.h"
#include "merit-ui-utils.h"

/**
 * _merit_role_flags_dup_label:
 * @roles: role flags
 *
 * Returns: (transfer full): the roles as a translated, comma separated list
 */
char *
_merit_role_flags_dup_label (MeritRoleFlags roles)
{
  static const struct { MeritRoleFlags flag; const char *label; } labels[] = {
    { MERIT_ROLE_CEO, N_("CEO") },
    { MERIT_ROLE_CHAIR, N_("Chair") },
    { MERIT_ROLE_COMMITTEE, N_("Committee") },
    { MERIT_ROLE_REVIEWER, N_("Reviewer") },
  };
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (roles & labels[i].flag)
      g_strv_builder_add (builder, _(labels[i].label));
  parts = g_strv_builder_end (builder);
  if (parts[0] == NULL)
    return g_strdup (_("No role"));
  /* Translators: the separator between role names, as in “CEO, Reviewer” */
  return g_strjoinv (_(", "), parts);
}

/**
 * _merit_member_id_from_name:
 * @name: a person's name
 *
 * Derives a roster id such as “dana-whitfield” from “Dana Whitfield”.
 *
 * Returns: (transfer full): the id, never empty
 */
char *
_merit_member_id_from_name (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name != NULL ? name : "", NULL);
  GString *id = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (id, g_ascii_tolower (*p));
      else if (id->len > 0 && id->str[id->len - 1] != '-')
        g_string_append_c (id, '-');
    }
  while (id->len > 0 && id->str[id->len - 1] == '-')
    g_string_truncate (id, id->len - 1);
  if (id->len == 0)
    g_string_append (id, "me");
  return g_string_free (id, FALSE);
}

/**
 * _merit_format_score:
 * @score: a mean score, or a negative value for none
 *
 * Returns: (transfer full): the score with one decimal, or a dash
 */
char *
_merit_format_score (double score)
{
  if (score < 0)
    return g_strdup ("—");
  return g_strdup_printf ("%.1f", score);
}

/**
 * _merit_dup_blind_score_text:
 * @candidate: a package
 * @calibration: (nullable): the workspace calibration
 * @viewer: (nullable): the person looking
 * @out_tooltip: (out) (optional) (transfer none): what the text means
 *
 * The blind score as shown: the calibrated mean with the raw mean beside it (“3.2 · raw
 * 3.0”) once a reviewer is calibrated, else the raw mean, and a dash when there is no
 * submitted review or @viewer may not see the reviews yet (merit_blind_may_see_reviews()).
 *
 * Returns: (transfer full): the text
 */
char *
_merit_dup_blind_score_text (MeritCandidate    *candidate,
                             MeritCalibration  *calibration,
                             MeritMember       *viewer,
                             const char       **out_tooltip)
{
  const char *tooltip = NULL;
  gboolean calibrated = FALSE;
  double score = -1;
  char *text;

  if (merit_candidate_get_broken_reason (candidate) != NULL)
    ;
  else if (!merit_blind_may_see_reviews (candidate, viewer))
    tooltip = _("Hidden until you submit your own review");
  else
    score = merit_aggregate_blind_score (candidate, calibration, &calibrated);

  if (calibrated)
    {
      g_autofree char *shown = _merit_format_score (score);
      g_autofree char *raw = _merit_format_score (merit_aggregate_blind_score (candidate, NULL,
                                                                               NULL));

      /* Translators: the calibrated blind score, then the mean of the raw scores */
      text = g_strdup_printf (_("%s · raw %s"), shown, raw);
      tooltip = _("Calibrated for each reviewer’s habits, with the raw mean beside it");
    }
  else
    {
      text = _merit_format_score (score);
      if (score >= 0)
        tooltip = _("Mean of the submitted scores; no reviewer has enough reviews to be "
                    "calibrated yet");
    }
  if (out_tooltip != NULL)
    *out_tooltip = tooltip;
  return text;
}

/**
 * _merit_candidate_dup_role_text:
 * @candidate: a package
 *
 * Returns: (transfer full): the role title and level, e.g. “Backend engineer · L4”
 */
char *
_merit_candidate_dup_role_text (MeritCandidate *candidate)
{
  MeritRole *role = merit_candidate_get_role (candidate);
  const char *title = role != NULL ? merit_role_get_title (role) : NULL;
  const char *level = role != NULL ? merit_role_get_level (role) : NULL;

  if (title == NULL)
    return g_strdup (_("No role"));
  if (level == NULL)
    return g_strdup (title);
  return g_strdup_printf ("%s · %s", title, level);
}

static void
append_redacted (GString       *out,
                 const char    *text,
                 MeritIdentity *identity)
{
  g_autofree char *redacted = NULL;

  if (text == NULL || *text == '\0')
    return;
  redacted = merit_redact_text (text, identity);
  g_string_append (out, redacted);
}

/**
 * _merit_candidate_dup_blind_text:
 * @candidate: a package
 * @summary: (out): the redacted summary
 * @experience: (out): the redacted profile entries, one paragraph each
 * @resume: (out): the redacted résumé text
 *
 * Builds the blind view of a profile.  Every string is redacted; empty sections are %NULL.
 */
void
_merit_candidate_dup_blind_text (MeritCandidate  *candidate,
                                 char           **summary,
                                 char           **experience,
                                 char           **resume)
{
  MeritProfile *profile = merit_candidate_get_profile (candidate);
  MeritIdentity *identity = merit_candidate_get_identity (candidate);
  g_autoptr(GString) entries = g_string_new (NULL);
  GListModel *model;

  *summary = *experience = *resume = NULL;
  if (profile == NULL)
    return;
  if (merit_profile_get_summary (profile) != NULL)
    *summary = merit_redact_text (merit_profile_get_summary (profile), identity);
  if (merit_profile_get_resume_text (profile) != NULL)
    *resume = merit_redact_text (merit_profile_get_resume_text (profile), identity);

  model = merit_profile_get_entries (profile);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MeritProfileEntry) entry = g_list_model_get_item (model, i);
      const char *start = merit_profile_entry_get_start_date (entry);
      const char *end = merit_profile_entry_get_end_date (entry);

      if (entries->len > 0)
        g_string_append (entries, "\n\n");
      g_string_append (entries, "• ");
      append_redacted (entries, merit_profile_entry_get_title (entry), identity);
      if (merit_profile_entry_get_organization (entry) != NULL)
        {
          g_string_append (entries, " — ");
          append_redacted (entries, merit_profile_entry_get_organization (entry), identity);
        }
      if (start != NULL)
        g_string_append_printf (entries, " (%s–%s)", start, end != NULL ? end : "");
      if (merit_profile_entry_get_description (entry) != NULL)
        {
          g_string_append (entries, "\n");
          append_redacted (entries, merit_profile_entry_get_description (entry), identity);
        }
    }
  if (entries->len > 0)
    *experience = g_string_free (g_steal_pointer (&entries), FALSE);
}

/**
 * _merit_show_toast:
 * @widget: a widget inside the window
 * @message: what happened and what to do
 *
 * Shows @message as a toast of the window that holds @widget.
 */
void
_merit_show_toast (GtkWidget  *widget,
                   const char *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast;

  if (overlay == NULL)
    {
      g_message ("%s", message);
      return;
    }
  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static void
conflict_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      gpointer          user_data)
{
  MeritWorkspaceStore *store = g_object_get_data (G_OBJECT (dialog), "merit-store");
  const char *id = g_object_get_data (G_OBJECT (dialog), "merit-candidate-id");
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "reload") != 0)
    return;
  if (merit_workspace_store_reload_candidate (store, id, &error) == NULL && parent != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not reload the package: %s"),
                                                  error->message);

      _merit_show_toast (GTK_WIDGET (parent), message);
    }
}

static void
show_conflict_dialog (GtkWidget           *widget,
                      MeritWorkspaceStore *store,
                      MeritCandidate      *candidate)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Package Changed on Disk"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Someone else saved %s while you were working on it, so "
                                    "your change was not written. Reload the package to see "
                                    "their version, then make your change again."),
                                  merit_candidate_get_pseudonym (candidate));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Keep My Version"),
                                    "reload", _("_Reload"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reload",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "reload");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "merit-store", g_object_ref (store),
                          g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "merit-candidate-id",
                          g_strdup (merit_candidate_get_id (candidate)), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (conflict_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * _merit_save_candidate:
 * @widget: the widget that asks, for messages
 * @store: the workspace store
 * @candidate: a changed package
 * @actor: the member id who changed it
 *
 * Saves @candidate and tells the list views it changed.  A conflict opens a dialog that
 * offers to reload the package; any other error becomes a toast.
 *
 * Returns: %TRUE when the package is on disk
 */
gboolean
_merit_save_candidate (GtkWidget           *widget,
                       MeritWorkspaceStore *store,
                       MeritCandidate      *candidate,
                       const char          *actor)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MeritCandidate) hold = g_object_ref (candidate);
  gboolean ok;

  /* @hold keeps the package alive while the list views react to the change. */
  ok = merit_workspace_store_save_candidate (store, hold, actor, &error);
  merit_workspace_item_changed (merit_workspace_store_get_workspace (store), hold);
  if (ok)
    return TRUE;
  if (g_error_matches (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_CONFLICT))
    show_conflict_dialog (widget, store, hold);
  else
    {
      g_autofree char *message = g_strdup_printf (_("Could not save %s: %s"),
                                                  merit_candidate_get_pseudonym (hold),
                                                  error->message);

      _merit_show_toast (widget, message);
    }
  return FALSE;
}

/**
 * _merit_open_identity:
 * @workspace: the workspace
 * @candidate: a package
 * @member_id: (nullable): the person at this desktop, already allowed to see who it is
 *
 * Opens the sealed identity of @candidate in memory with @member_id's own key, when it is
 * sealed to them and their key is on this computer (unlocked, or without a passphrase).  The
 * file keeps the sealed form.  Callers check first that @member_id may see the identity.
 *
 * Returns: (transfer none) (nullable): the identity; %NULL when there is none, or when it
 *   stays sealed
 */
MeritIdentity *
_merit_open_identity (MeritWorkspace *workspace,
                      MeritCandidate *candidate,
                      const char     *member_id)
{
  g_autoptr(GError) error = NULL;

  if (merit_candidate_get_identity (candidate) != NULL || member_id == NULL
      || !merit_seal_can_open (candidate, member_id))
    return merit_candidate_get_identity (candidate);
  if (!merit_seal_open (workspace, candidate, member_id, &error))
    {
      g_debug ("%s: the identity stays sealed: %s", merit_candidate_get_id (candidate),
               error->message);
      return NULL;
    }
  return merit_candidate_get_identity (candidate);
}

/* The data of the handler below, which tells it apart from any other. */
static int gradual_marker;

static void
filter_pending_cb (GtkFilterListModel *filter_model,
                   GParamSpec         *pspec,
                   gpointer            marker)
{
  if (gtk_filter_list_model_get_pending (filter_model) > 0)
    return;
  g_signal_handlers_disconnect_by_data (filter_model, &gradual_marker);
  gtk_filter_list_model_set_incremental (filter_model, FALSE);
}

/**
 * _merit_pane_is_built:
 * @pane: a pane of the window whose template gives it its only child
 *
 * Returns: whether the widgets of @pane's template have been built
 */
gboolean
_merit_pane_is_built (GtkWidget *pane)
{
  return gtk_widget_get_first_child (pane) != NULL;
}

/**
 * _merit_pane_build:
 * @pane: a pane of the window whose template gives it its only child
 *
 * Builds the widgets of @pane's template unless they are built already.  A pane of the
 * window calls this when it is first shown, so that a pane nobody opens costs nothing.
 *
 * Returns: %TRUE when the widgets were built now
 */
gboolean
_merit_pane_build (GtkWidget *pane)
{
  if (_merit_pane_is_built (pane))
    return FALSE;
  gtk_widget_init_template (pane);
  return TRUE;
}

/**
 * _merit_filter_model_set_model_gradually:
 * @filter_model: a filter model
 * @model: (nullable): the model to filter
 *
 * Filters a large @model a chunk at a time, so that the window keeps drawing while 100,000
 * packages are looked at, and once that is done, every change at once again: a package saved
 * stays in the list (and selected) rather than leaving it until the next chunk.
 */
void
_merit_filter_model_set_model_gradually (GtkFilterListModel *filter_model,
                                         GListModel         *model)
{
  g_return_if_fail (GTK_IS_FILTER_LIST_MODEL (filter_model));

  if (gtk_filter_list_model_get_model (filter_model) == model)
    return;
  g_signal_handlers_disconnect_by_data (filter_model, &gradual_marker);
  /* A few thousand are filtered in a few milliseconds. */
  gtk_filter_list_model_set_incremental (filter_model,
                                         model != NULL && g_list_model_get_n_items (model) > 4096);
  gtk_filter_list_model_set_model (filter_model, model);
  if (gtk_filter_list_model_get_pending (filter_model) > 0)
    g_signal_connect (filter_model, "notify::pending", G_CALLBACK (filter_pending_cb),
                      &gradual_marker);
  else
    gtk_filter_list_model_set_incremental (filter_model, FALSE);
}
