/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-meeting-window.c: committee meeting mode, one package at a time, blind.
 *
 * The chair starts a meeting for a role, or for the packages in the committee stage checked on
 * the setup page, with the members present.  The agenda on the side lists those packages in
 * the order shown there; the presenter view shows one at a time
 * in large type: the pseudonym, every reviewer's scores on the rubric, disagreement, the
 * written evidence and the redacted work samples.  The chair opens a voting round; members
 * vote from their own desktops (the packages folder is watched, so their votes arrive within
 * a second or two) or on the chair's machine.  Votes stay hidden until everyone present has
 * voted or the chair closes the round.  The decision is recorded with its rationale, then
 * the meeting's record goes into the package's history and the identity is revealed to the
 * chair, on the record.  Every change is saved at once through the store's compare-and-swap.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "merit-meeting-window-private.h"
#include "merit-model.h"
#include "merit-reveal.h"
#include "merit-workflow.h"

G_DEFINE_FINAL_TYPE (MeritMeetingWindow, merit_meeting_window, ADW_TYPE_WINDOW)

/* Changes to the packages folder are read this long after the last one arrives. */
#define RELOAD_DELAY_MS 150

/* _merit_meeting_window_show_toast: shows @message as a toast of the meeting window. */
void
_merit_meeting_window_show_toast (MeritMeetingWindow *self,
                                  const char         *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static const char *
member_name (MeritMeetingWindow *self,
             const char         *id)
{
  MeritWorkspace *workspace = merit_workspace_store_get_workspace (self->store);
  MeritMember *member = merit_roster_lookup (merit_workspace_get_roster (workspace), id);

  return member != NULL ? merit_member_get_name (member) : id;
}

static MeritCandidate *
current_candidate (MeritMeetingWindow *self)
{
  const char *id = merit_meeting_window_get_current (self);

  if (id == NULL)
    return NULL;
  return merit_workspace_lookup (merit_workspace_store_get_workspace (self->store), id);
}

/* Reads the current package from disk before the chair acts on it, so an action starts from
 * the votes cast elsewhere even before the folder monitor has reported them. */
MeritCandidate *
_merit_meeting_window_fresh_candidate (MeritMeetingWindow *self)
{
  const char *id = merit_meeting_window_get_current (self);
  g_autoptr(GError) error = NULL;
  MeritCandidate *candidate;

  if (id == NULL)
    return NULL;
  candidate = merit_workspace_store_reload_candidate (self->store, id, &error);
  if (candidate == NULL)
    _merit_meeting_window_show_toast (self, error->message);
  return candidate;
}

/* _merit_meeting_window_save: saves @candidate through the store's compare-and-swap; a
 * refusal is shown, and the package is read back as it is on disk. */
gboolean
_merit_meeting_window_save (MeritMeetingWindow *self,
                            MeritCandidate     *candidate)
{
  g_autoptr(GError) error = NULL;

  if (merit_workspace_store_save_candidate (self->store, candidate, self->chair, &error))
    {
      _merit_meeting_window_refresh (self);
      return TRUE;
    }
  _merit_meeting_window_show_toast (self, error->message);
  /* Whatever was refused stays undone: the package is read back as it is on disk. */
  merit_workspace_store_reload_candidate (self->store, merit_candidate_get_id (candidate), NULL);
  _merit_meeting_window_refresh (self);
  return FALSE;
}

static const char *
package_state_label (MeritCandidate *candidate)
{
  MeritCommittee *committee = merit_candidate_get_committee (candidate);
  guint round = merit_workflow_get_current_round (candidate);

  if (merit_committee_get_decision (committee) != MERIT_DECISION_VALUE_NONE)
    return _("Decided");
  if (merit_workflow_round_is_open (candidate, round)
      || g_list_model_get_n_items (merit_committee_get_votes (committee)) > 0)
    return _("Voting");
  return _("Pending");
}

static GtkWidget *
create_agenda_row_cb (gpointer item,
                      gpointer user_data)
{
  MeritMeetingWindow *self = user_data;
  const char *id = gtk_string_object_get_string (item);
  MeritCandidate *candidate = merit_workspace_lookup (merit_workspace_store_get_workspace (self->store), id);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (candidate != NULL ? merit_candidate_get_pseudonym (candidate) : id);
  GtkWidget *state = gtk_label_new (candidate != NULL ? package_state_label (candidate) : "");

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_xalign (GTK_LABEL (state), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (state, "dim-label");
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), state);
  return box;
}

static void
append_round_votes (MeritMeetingWindow *self,
                    GString            *text,
                    MeritCandidate     *candidate,
                    guint               round)
{
  GListModel *votes = merit_committee_get_votes (merit_candidate_get_committee (candidate));

  for (guint i = 0; i < g_list_model_get_n_items (votes); i++)
    {
      g_autoptr(MeritVote) vote = g_list_model_get_item (votes, i);

      if (merit_vote_get_round (vote) != round)
        continue;
      g_string_append_printf (text, "\n    %s: %s — %s", member_name (self, merit_vote_get_member (vote)),
                              merit_meeting_vote_label (merit_vote_get_value (vote)),
                              merit_vote_get_rationale (vote) != NULL
                              ? merit_vote_get_rationale (vote) : "");
    }
}

static char *
dup_voted_names (MeritMeetingWindow *self,
                 MeritCandidate     *candidate,
                 guint               round)
{
  GListModel *votes = merit_committee_get_votes (merit_candidate_get_committee (candidate));
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (votes); i++)
    {
      g_autoptr(MeritVote) vote = g_list_model_get_item (votes, i);

      if (merit_vote_get_round (vote) == round)
        g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "",
                                member_name (self, merit_vote_get_member (vote)));
    }
  return g_string_free (names, FALSE);
}

static void
refresh_votes (MeritMeetingWindow *self,
               MeritCandidate     *candidate)
{
  MeritCommittee *committee = merit_candidate_get_committee (candidate);
  guint round = merit_workflow_get_current_round (candidate);
  MeritVotingRound *record = merit_workflow_get_round_record (candidate, round);
  gboolean decided = merit_committee_get_decision (committee) != MERIT_DECISION_VALUE_NONE;
  gboolean open = merit_workflow_round_is_open (candidate, round);
  g_autoptr(GString) votes = g_string_new (NULL);
  g_autofree char *status = NULL;

  if (decided)
    status = g_strdup_printf (_("Decided: %s. %s"),
                              merit_meeting_decision_label (merit_committee_get_decision (committee)),
                              merit_committee_get_rationale (committee));
  else if (open)
    {
      guint n_present = g_strv_length ((char **) merit_voting_round_get_present (record));
      guint n_voted = merit_workflow_count_present_votes (candidate, round);
      g_autofree char *names = dup_voted_names (self, candidate, round);

      if (n_voted >= n_present)
        status = g_strdup_printf (_("Round %u: all %u members present have voted."), round,
                                  n_present);
      else
        status = g_strdup_printf (_("Round %u: %u of %u members present have voted (%s). "
                                    "The votes stay hidden until everyone present has voted "
                                    "or the chair closes the round (F6)."),
                                  round, n_voted, n_present, *names != '\0' ? names : "–");
    }
  else if (record != NULL)
    status = g_strdup_printf (_("Round %u is closed. Discuss, then record the decision or "
                                "start another round (F5)."), round);
  else
    status = g_strdup (_("Voting has not started. Start a round with F5."));
  gtk_label_set_label (self->status_label, status);

  for (guint r = 1; r <= round; r++)
    {
      if (g_list_model_get_n_items (merit_committee_get_votes (committee)) == 0)
        break;
      if (votes->len > 0)
        g_string_append_c (votes, '\n');
      if (merit_workflow_votes_visible (candidate, r))
        {
          g_string_append_printf (votes, _("Round %u:"), r);
          append_round_votes (self, votes, candidate, r);
        }
      else
        g_string_append_printf (votes, _("Round %u: votes hidden"), r);
    }
  gtk_label_set_label (self->votes_label, votes->str);
  gtk_widget_set_visible (GTK_WIDGET (self->votes_label), votes->len > 0);
  gtk_widget_set_sensitive (self->vote_box, open && !decided);
  gtk_widget_set_sensitive (self->decision_box,
                            !decided && merit_workflow_votes_visible (candidate, round)
                            && g_list_model_get_n_items (merit_committee_get_votes (committee)) > 0);
}

static void
refresh_evidence (MeritMeetingWindow *self,
                  MeritCandidate     *candidate)
{
  MeritRubric *rubric = merit_workspace_get_rubric (merit_workspace_store_get_workspace (self->store));
  GListModel *reviews = merit_candidate_get_reviews (candidate);
  MeritProfile *profile = merit_candidate_get_profile (candidate);
  MeritIdentity *identity = merit_candidate_get_identity (candidate);
  g_autoptr(GString) evidence = g_string_new (NULL);
  g_autoptr(GString) samples = g_string_new (NULL);
  GListModel *entries = profile != NULL ? merit_profile_get_entries (profile) : NULL;

  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(MeritReview) review = g_list_model_get_item (reviews, i);
      GListModel *scores = merit_review_get_scores (review);

      if (merit_review_get_state (review) != MERIT_REVIEW_STATE_SUBMITTED)
        continue;
      g_string_append_printf (evidence, "%s%s", evidence->len > 0 ? "\n\n" : "",
                              member_name (self, merit_review_get_reviewer (review)));
      for (guint j = 0; j < g_list_model_get_n_items (scores); j++)
        {
          g_autoptr(MeritScore) score = g_list_model_get_item (scores, j);
          MeritCriterion *criterion = merit_rubric_lookup (rubric, merit_score_get_criterion (score));
          g_autofree char *text = merit_redact_text (merit_score_get_evidence (score) != NULL
                                                     ? merit_score_get_evidence (score) : "",
                                                     identity);

          g_string_append_printf (evidence, "\n    %s %u: %s",
                                  criterion != NULL ? merit_criterion_get_name (criterion, NULL)
                                                    : merit_score_get_criterion (score),
                                  merit_score_get_value (score), text);
        }
    }
  gtk_label_set_label (self->evidence_label,
                       evidence->len > 0 ? evidence->str : _("No submitted reviews."));

  for (guint i = 0; entries != NULL && i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(MeritProfileEntry) entry = g_list_model_get_item (entries, i);
      const char *parts[] = {
        merit_profile_entry_get_title (entry), merit_profile_entry_get_description (entry),
        merit_profile_entry_get_url (entry),
      };

      if (merit_profile_entry_get_kind (entry) != MERIT_PROFILE_ENTRY_KIND_WORK_SAMPLE)
        continue;
      if (samples->len > 0)
        g_string_append (samples, "\n\n");
      g_string_append (samples, "• ");
      for (guint j = 0; j < G_N_ELEMENTS (parts); j++)
        if (parts[j] != NULL)
          {
            g_autofree char *redacted = merit_redact_text (parts[j], identity);

            g_string_append_printf (samples, "%s%s", j > 0 ? "\n" : "", redacted);
          }
    }
  gtk_label_set_label (self->samples_label,
                       samples->len > 0 ? samples->str : _("No work samples."));
}

static void
refresh_agenda (MeritMeetingWindow *self)
{
  int current = merit_meeting_get_current (self->meeting);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->agenda));
  g_auto(GStrv) ids = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    ids[i] = g_strdup (gtk_string_list_get_string (self->agenda, i));
  /* Replacing the items rebuilds the rows with their new states. */
  gtk_string_list_splice (self->agenda, 0, n, (const char * const *) ids);
  if (current >= 0)
    gtk_list_box_select_row (self->agenda_list,
                             gtk_list_box_get_row_at_index (self->agenda_list, current));
}

static void
update_timer (MeritMeetingWindow *self)
{
  const char *id = merit_meeting_window_get_current (self);
  guint limit = g_settings_get_uint (self->settings, "meeting-minutes-per-package") * 60;
  guint seconds;
  g_autofree char *text = NULL;

  if (id == NULL)
    return;
  seconds = merit_meeting_get_seconds (self->meeting, id);
  /* Translators: time spent on a package and the time allowed, e.g. “3:07 of 10:00” */
  text = g_strdup_printf (_("%u:%02u of %u:%02u"), seconds / 60, seconds % 60, limit / 60,
                          limit % 60);
  gtk_label_set_label (self->timer_label, text);
  if (seconds > limit)
    gtk_widget_add_css_class (GTK_WIDGET (self->timer_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->timer_label), "error");
}

/* _merit_meeting_window_refresh: shows the current package and the agenda as they are now. */
void
_merit_meeting_window_refresh (MeritMeetingWindow *self)
{
  MeritWorkspace *workspace = merit_workspace_store_get_workspace (self->store);
  MeritCandidate *candidate = current_candidate (self);
  MeritRole *role;
  const char *revealed;

  if (self->meeting == NULL)
    return;
  refresh_agenda (self);
  if (candidate == NULL)
    return;
  role = merit_candidate_get_role (candidate);
  gtk_label_set_label (self->pseudonym_label, merit_candidate_get_pseudonym (candidate));
  gtk_label_set_label (self->role_label, role != NULL && merit_role_get_title (role) != NULL
                                         ? merit_role_get_title (role) : "");
  revealed = g_hash_table_lookup (self->revealed, merit_candidate_get_id (candidate));
  if (revealed != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Identity, revealed after the decision: %s"),
                                               revealed);

      gtk_label_set_label (self->identity_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->identity_label), revealed != NULL);
  merit_score_plot_set_data (self->score_plot, merit_workspace_get_roster (workspace), candidate,
                             merit_workspace_get_rubric (workspace),
                             self->calibration);
  refresh_votes (self, candidate);
  refresh_evidence (self, candidate);
  update_timer (self);
}

static void
refresh_voters (MeritMeetingWindow *self)
{
  const char * const *present = merit_meeting_get_attendees (self->meeting);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) values = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) decisions = gtk_string_list_new (NULL);

  for (guint i = 0; present[i] != NULL; i++)
    gtk_string_list_append (names, member_name (self, present[i]));
  for (MeritVoteValue v = MERIT_VOTE_VALUE_STRONG_HIRE; v <= MERIT_VOTE_VALUE_STRONG_NO_HIRE; v++)
    gtk_string_list_append (values, merit_meeting_vote_label (v));
  gtk_string_list_append (decisions, merit_meeting_decision_label (MERIT_DECISION_VALUE_HIRE));
  gtk_string_list_append (decisions, merit_meeting_decision_label (MERIT_DECISION_VALUE_NO_HIRE));
  g_strfreev (self->voter_ids);
  self->voter_ids = g_strdupv ((char **) present);
  gtk_drop_down_set_model (self->voter_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_model (self->vote_dropdown, G_LIST_MODEL (values));
  gtk_drop_down_set_selected (self->vote_dropdown, MERIT_VOTE_VALUE_HIRE);
  gtk_drop_down_set_model (self->decision_dropdown, G_LIST_MODEL (decisions));
}

/* _merit_meeting_window_show_package: moves the discussion to the package at @index. */
void
_merit_meeting_window_show_package (MeritMeetingWindow *self,
                                    int                 index)
{
  if (self->meeting == NULL || index < 0
      || index >= (int) merit_meeting_get_n_packages (self->meeting))
    return;
  merit_meeting_set_current (self->meeting, index);
  gtk_editable_set_text (GTK_EDITABLE (self->vote_rationale), "");
  gtk_editable_set_text (GTK_EDITABLE (self->decision_rationale), "");
  _merit_meeting_window_refresh (self);
}

static gboolean
reload_cb (gpointer user_data)
{
  MeritMeetingWindow *self = user_data;
  GHashTableIter iter;
  const char *id;

  self->reload_id = 0;
  g_hash_table_iter_init (&iter, self->changed_ids);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
    {
      g_autoptr(GError) error = NULL;

      if (merit_workspace_store_reload_candidate (self->store, id, &error) == NULL)
        _merit_meeting_window_show_toast (self, error->message);
    }
  g_hash_table_remove_all (self->changed_ids);
  _merit_meeting_window_refresh (self);
  return G_SOURCE_REMOVE;
}

static void
note_changed_file (MeritMeetingWindow *self,
                   GFile              *file)
{
  g_autofree char *name = file != NULL ? g_file_get_basename (file) : NULL;
  g_autofree char *id = NULL;

  if (name == NULL || !g_str_has_suffix (name, ".xml"))
    return;
  id = g_strndup (name, strlen (name) - strlen (".xml"));
  for (guint i = 0; i < merit_meeting_get_n_packages (self->meeting); i++)
    if (g_str_equal (merit_meeting_get_package (self->meeting, i), id))
      {
        g_hash_table_add (self->changed_ids, g_steal_pointer (&id));
        if (self->reload_id == 0)
          self->reload_id = g_timeout_add (RELOAD_DELAY_MS, reload_cb, self);
        return;
      }
}

static void
packages_changed_cb (MeritMeetingWindow *self,
                     GFile              *file,
                     GFile              *other_file,
                     GFileMonitorEvent   event,
                     GFileMonitor       *monitor)
{
  if (event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED || event == G_FILE_MONITOR_EVENT_PRE_UNMOUNT)
    return;
  note_changed_file (self, file);
  note_changed_file (self, other_file);
}

static gboolean
tick_cb (gpointer user_data)
{
  update_timer (user_data);
  return G_SOURCE_CONTINUE;
}

static void
agenda_row_activated_cb (MeritMeetingWindow *self,
                         GtkListBoxRow      *row,
                         GtkListBox         *list)
{
  if (gtk_list_box_row_get_index (row) != merit_meeting_get_current (self->meeting))
    _merit_meeting_window_show_package (self, gtk_list_box_row_get_index (row));
}

/* Whether this meeting opened a voting round on @candidate. */
static gboolean
voted_in_meeting (MeritMeetingWindow *self,
                  MeritCandidate     *candidate)
{
  GListModel *rounds = merit_committee_get_rounds (merit_candidate_get_committee (candidate));
  const char *started = merit_meeting_get_started_at (self->meeting);

  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(MeritVotingRound) round = g_list_model_get_item (rounds, i);
      const char *opened = merit_voting_round_get_opened_at (round);

      if (opened != NULL && g_strcmp0 (opened, started) >= 0)
        return TRUE;
    }
  return FALSE;
}

/* Packages voted on but not decided get the meeting's record too when the meeting ends. */
static gboolean
merit_meeting_window_close_request (GtkWindow *window)
{
  MeritMeetingWindow *self = MERIT_MEETING_WINDOW (window);

  for (guint i = 0; self->meeting != NULL && i < merit_meeting_get_n_packages (self->meeting); i++)
    {
      const char *id = merit_meeting_get_package (self->meeting, i);
      g_autoptr(GError) error = NULL;
      MeritCandidate *candidate = merit_workspace_store_reload_candidate (self->store, id, &error);

      if (candidate == NULL || !voted_in_meeting (self, candidate)
          || merit_meeting_has_record (self->meeting, candidate))
        continue;
      if (!merit_meeting_write_record (self->meeting, candidate, &error)
          || !merit_workspace_store_save_candidate (self->store, candidate, self->chair, &error))
        g_warning ("%s: the meeting’s record was not saved: %s", id, error->message);
    }
  return GTK_WINDOW_CLASS (merit_meeting_window_parent_class)->close_request (window);
}

static void
merit_meeting_window_dispose (GObject *object)
{
  MeritMeetingWindow *self = MERIT_MEETING_WINDOW (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (self->monitor != NULL)
    g_file_monitor_cancel (self->monitor);
  g_clear_object (&self->monitor);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), MERIT_TYPE_MEETING_WINDOW);
  g_clear_object (&self->meeting);
  g_clear_object (&self->calibration);
  g_clear_object (&self->settings);
  g_clear_object (&self->roles);
  g_clear_object (&self->committee);
  g_clear_object (&self->packages);
  g_clear_object (&self->agenda);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (merit_meeting_window_parent_class)->dispose (object);
}

static void
merit_meeting_window_finalize (GObject *object)
{
  MeritMeetingWindow *self = MERIT_MEETING_WINDOW (object);

  g_clear_pointer (&self->chair, g_free);
  g_clear_pointer (&self->present_checks, g_hash_table_unref);
  g_clear_pointer (&self->package_checks, g_hash_table_unref);
  g_clear_pointer (&self->changed_ids, g_hash_table_unref);
  g_clear_pointer (&self->revealed, g_hash_table_unref);
  g_clear_pointer (&self->voter_ids, g_strfreev);

  G_OBJECT_CLASS (merit_meeting_window_parent_class)->finalize (object);
}

static void
merit_meeting_window_class_init (MeritMeetingWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = merit_meeting_window_dispose;
  object_class->finalize = merit_meeting_window_finalize;
  window_class->close_request = merit_meeting_window_close_request;

  g_type_ensure (MERIT_TYPE_SCORE_PLOT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/merit/Merit/merit-meeting-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MeritMeetingWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MeritMeetingWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, MeritMeetingWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, MeritMeetingWindow, role_row);
  gtk_widget_class_bind_template_child (widget_class, MeritMeetingWindow, packages_list);
  gtk_widget_class_bind_template_child (widget_class, MeritMeetingWindow, members_list);
  gtk_widget_class_bind_template_child (widget_class, MeritMeetingWindow, start_button);
  gtk_widget_class_bind_template_child (widget_class, MeritMeetingWindow, start_hint_label);
  gtk_widget_class_bind_template_callback_full (widget_class, "role_selected_cb",
                                                G_CALLBACK (_merit_meeting_window_role_selected_cb));
  gtk_widget_class_bind_template_child (widget_class, MeritMeetingWindow, agenda_list);
  gtk_widget_class_bind_template_child (widget_class, MeritMeetingWindow, pseudonym_label);
  gtk_widget_class_bind_template_child (widget_class, MeritMeetingWindow, role_label);
  gtk_widget_class_bind_template_child (widget_class, MeritMeetingWindow, timer_label);
  gtk_widget_class_bind_template_child (widget_class, MeritMeetingWindow, identity_label);
  gtk_widget_class_bind_template_child (widget_class, MeritMeetingWindow, score_plot);
  gtk_widget_class_bind_template_child (widget_class, MeritMeetingWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, MeritMeetingWindow, votes_label);
  gtk_widget_class_bind_template_child (widget_class, MeritMeetingWindow, vote_box);
  gtk_widget_class_bind_template_child (widget_class, MeritMeetingWindow, voter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MeritMeetingWindow, vote_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MeritMeetingWindow, vote_rationale);
  gtk_widget_class_bind_template_child (widget_class, MeritMeetingWindow, decision_box);
  gtk_widget_class_bind_template_child (widget_class, MeritMeetingWindow, decision_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MeritMeetingWindow, decision_rationale);
  gtk_widget_class_bind_template_child (widget_class, MeritMeetingWindow, evidence_label);
  gtk_widget_class_bind_template_child (widget_class, MeritMeetingWindow, samples_label);

  _merit_meeting_window_class_add_actions (widget_class);
}

static void
merit_meeting_window_init (MeritMeetingWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new ("org.merit.Merit");
  self->roles = gtk_string_list_new (NULL);
  self->committee = g_list_store_new (MERIT_TYPE_MEMBER);
  self->packages = g_list_store_new (MERIT_TYPE_CANDIDATE);
  self->package_checks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->agenda = gtk_string_list_new (NULL);
  self->present_checks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->changed_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->revealed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gtk_list_box_bind_model (self->agenda_list, G_LIST_MODEL (self->agenda), create_agenda_row_cb,
                           self, NULL);
  g_signal_connect_object (self->agenda_list, "row-activated",
                           G_CALLBACK (agenda_row_activated_cb), self, G_CONNECT_SWAPPED);
  gtk_stack_set_visible_child_name (self->stack, "setup");
  _merit_meeting_window_set_presenter_actions_enabled (self, FALSE);
}

/**
 * merit_meeting_window_new:
 * @application: the application
 * @store: the open workspace
 * @chair: the chair, who runs the meeting
 *
 * Returns: (transfer none): a meeting window on its setup page; like every toplevel, GTK
 *   owns it until it is destroyed
 */
MeritMeetingWindow *
merit_meeting_window_new (GtkApplication      *application,
                          MeritWorkspaceStore *store,
                          const char          *chair)
{
  MeritMeetingWindow *self;

  g_return_val_if_fail (MERIT_IS_WORKSPACE_STORE (store), NULL);
  g_return_val_if_fail (chair != NULL, NULL);

  self = g_object_new (MERIT_TYPE_MEETING_WINDOW, "application", application, NULL);
  self->store = g_object_ref (store);
  self->chair = g_strdup (chair);
  _merit_meeting_window_fill_setup (self);
  return self;
}

static gboolean
on_agenda (MeritCandidate *candidate,
           const char     *role)
{
  if (merit_candidate_get_stage (candidate) != MERIT_STAGE_COMMITTEE)
    return FALSE;
  return role == NULL || g_strcmp0 (_merit_meeting_window_role_title (candidate), role) == 0;
}

/* Puts @packages on the agenda in their order; each must be a sound package in the
 * committee stage. */
static gboolean
add_chosen_packages (MeritMeeting        *meeting,
                     MeritWorkspace      *workspace,
                     const char * const  *packages,
                     GError             **error)
{
  for (guint i = 0; packages[i] != NULL; i++)
    {
      MeritCandidate *candidate = merit_workspace_lookup (workspace, packages[i]);
      gboolean seen = FALSE;

      if (candidate == NULL || merit_candidate_get_broken_reason (candidate) != NULL)
        {
          g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                       _("%s: there is no readable package with this ID"), packages[i]);
          return FALSE;
        }
      if (merit_candidate_get_stage (candidate) != MERIT_STAGE_COMMITTEE)
        {
          g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                       _("%s: the package is no longer in the committee stage"),
                       merit_candidate_get_pseudonym (candidate));
          return FALSE;
        }
      for (guint j = 0; j < merit_meeting_get_n_packages (meeting) && !seen; j++)
        seen = g_strcmp0 (merit_meeting_get_package (meeting, j), packages[i]) == 0;
      if (!seen)
        merit_meeting_add_package (meeting, packages[i]);
    }
  return TRUE;
}

/* What the meeting's subtitle calls its agenda. */
static const char *
agenda_name (MeritMeetingWindow *self,
             const char         *role)
{
  if (role != NULL)
    return role;
  if (self->packages != NULL
      && merit_meeting_get_n_packages (self->meeting)
         < g_list_model_get_n_items (G_LIST_MODEL (self->packages)))
    return _("Chosen packages");
  return _("All roles");
}

/**
 * merit_meeting_window_start:
 * @self: a meeting window on its setup page
 * @role: (nullable): the role whose packages are discussed, or %NULL for all roles
 * @packages: (nullable): the IDs of the packages to discuss instead, in this order; each
 *   must be in the committee stage (@role then only names the agenda)
 * @present: the IDs of the committee members present
 * @error: return location for an error naming the rule
 *
 * Starts the meeting: the packages in the committee stage for @role (or @packages) go on
 * the agenda and the first is shown.  Only the chair starts a meeting.
 *
 * Returns: %TRUE on success
 */
gboolean
merit_meeting_window_start (MeritMeetingWindow  *self,
                            const char          *role,
                            const char * const  *packages,
                            const char * const  *present,
                            GError             **error)
{
  MeritWorkspace *workspace;
  g_autoptr(MeritMeeting) meeting = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (MERIT_IS_MEETING_WINDOW (self), FALSE);
  g_return_val_if_fail (self->meeting == NULL, FALSE);

  workspace = merit_workspace_store_get_workspace (self->store);
  meeting = merit_meeting_new (workspace, self->chair, present, error);
  if (meeting == NULL)
    return FALSE;
  if (packages != NULL && !add_chosen_packages (meeting, workspace, packages, error))
    return FALSE;
  for (guint i = 0; packages == NULL && i < g_list_model_get_n_items (G_LIST_MODEL (workspace)); i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (G_LIST_MODEL (workspace), i);

      if (merit_candidate_get_broken_reason (candidate) == NULL && on_agenda (candidate, role))
        merit_meeting_add_package (meeting, merit_candidate_get_id (candidate));
    }
  if (merit_meeting_get_n_packages (meeting) == 0 && packages != NULL)
    {
      g_set_error_literal (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                           _("no package was chosen for the meeting"));
      return FALSE;
    }
  if (merit_meeting_get_n_packages (meeting) == 0)
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                   _("no package in the committee stage for %s"), role != NULL ? role : _("any role"));
      return FALSE;
    }

  /* Votes cast on other desktops arrive through the shared packages folder. */
  path = merit_workspace_store_dup_package_path (self->store, merit_meeting_get_package (meeting, 0));
  file = g_file_new_for_path (path);
  folder = g_file_get_parent (file);
  self->monitor = g_file_monitor_directory (folder, G_FILE_MONITOR_WATCH_MOVES, NULL, error);
  if (self->monitor == NULL)
    return FALSE;
  g_signal_connect_object (self->monitor, "changed", G_CALLBACK (packages_changed_cb), self,
                           G_CONNECT_SWAPPED);

  self->meeting = g_steal_pointer (&meeting);
  self->calibration = merit_calibration_new (G_LIST_MODEL (workspace));
  for (guint i = 0; i < merit_meeting_get_n_packages (self->meeting); i++)
    gtk_string_list_append (self->agenda, merit_meeting_get_package (self->meeting, i));
  refresh_voters (self);
  subtitle = g_strdup_printf (ngettext ("%s — %u package", "%s — %u packages",
                                        merit_meeting_get_n_packages (self->meeting)),
                              agenda_name (self, role),
                              merit_meeting_get_n_packages (self->meeting));
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_stack_set_visible_child_name (self->stack, "presenter");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.start", FALSE);
  _merit_meeting_window_set_presenter_actions_enabled (self, TRUE);
  self->tick_id = g_timeout_add_seconds (1, tick_cb, self);
  _merit_meeting_window_show_package (self, 0);
  return TRUE;
}

/**
 * merit_meeting_window_get_meeting:
 * @self: a meeting window
 *
 * Returns: (transfer none) (nullable): the meeting, once started
 */
MeritMeeting *
merit_meeting_window_get_meeting (MeritMeetingWindow *self)
{
  g_return_val_if_fail (MERIT_IS_MEETING_WINDOW (self), NULL);

  return self->meeting;
}

/**
 * merit_meeting_window_get_current:
 * @self: a meeting window
 *
 * Returns: (nullable): the ID of the package shown, or %NULL before the meeting starts
 */
const char *
merit_meeting_window_get_current (MeritMeetingWindow *self)
{
  int index;

  g_return_val_if_fail (MERIT_IS_MEETING_WINDOW (self), NULL);

  if (self->meeting == NULL || (index = merit_meeting_get_current (self->meeting)) < 0)
    return NULL;
  return merit_meeting_get_package (self->meeting, index);
}
