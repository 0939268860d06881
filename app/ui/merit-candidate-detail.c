/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-candidate-detail.c: the sections of one package, blind unless identity is allowed.
 *
 * The profile is always shown through the redacted blind text.  Name and contact details are
 * filled in only when merit_workflow_can_see_identity() allows it for the current person, or
 * when that person is the chair and has revealed the identity on the record: before the
 * committee decides, the chair may press Reveal Identity, give a reason, and the reveal is a
 * history event saved with the package.  Otherwise those labels never get the identity.
 * The blind score follows the same independence rule as the list.  The CEO's approval and the
 * package's record (hash chain, signatures, sealed sections) are checked here, on this
 * computer, against the roster and the pinned CEO key: an approval that does not count says so.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "merit-blind.h"
#include "merit-candidate-detail.h"
#include "merit-reveal.h"
#include "merit-evidence-view.h"
#include "merit-trust.h"
#include "merit-ui-utils.h"
#include "merit-verify.h"
#include "merit-workflow.h"

struct _MeritCandidateDetail
{
  GtkWidget     parent_instance;

  /* Template widgets */
  GtkStack     *stack;
  GtkLabel     *title_label;
  GtkLabel     *role_label;
  GtkLabel     *broken_label;
  GtkWidget    *trust_box;
  GtkLabel     *trust_label;
  GtkWidget    *sections_box;
  AdwActionRow *stage_row;
  AdwActionRow *score_row;
  AdwActionRow *days_row;
  AdwActionRow *reviews_row;
  AdwActionRow *identity_row;
  AdwActionRow *email_row;
  AdwActionRow *phone_row;
  GtkLabel     *summary_label;
  GtkLabel     *experience_label;
  AdwActionRow *decision_row;
  AdwActionRow *rationale_row;
  AdwActionRow *offer_row;
  AdwActionRow *approval_row;
  GtkWidget    *approval_icon;
  AdwActionRow *record_row;
  GtkWidget    *record_icon;
  GtkWidget    *reveal_button;

  /* Owned references */
  MeritWorkspaceStore *store;
  MeritCandidate      *candidate;
  MeritCalibration    *calibration;
  char                *member_id;
  MeritEvidenceView *evidence_view;
};

G_DEFINE_FINAL_TYPE (MeritCandidateDetail, merit_candidate_detail, GTK_TYPE_WIDGET)

static void
set_row (AdwActionRow *row,
         const char   *text)
{
  adw_action_row_set_subtitle (row, text != NULL && *text != '\0' ? text : "—");
}

static guint
count_submitted (MeritCandidate *candidate)
{
  GListModel *reviews = merit_candidate_get_reviews (candidate);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(MeritReview) review = g_list_model_get_item (reviews, i);

      if (merit_review_get_state (review) == MERIT_REVIEW_STATE_SUBMITTED)
        n++;
    }
  return n;
}

static gboolean
is_decided (MeritCandidate *candidate)
{
  return merit_committee_get_decision (merit_candidate_get_committee (candidate))
         != MERIT_DECISION_VALUE_NONE;
}

static gboolean
is_chair (MeritWorkspace *workspace,
          const char     *member_id)
{
  MeritMember *member = member_id != NULL
                        ? merit_roster_lookup (merit_workspace_get_roster (workspace), member_id)
                        : NULL;

  return member != NULL && merit_member_has_role (member, MERIT_ROLE_CHAIR);
}

/* The chair revealed this candidate earlier, and the history says so. */
static gboolean
revealed_by (MeritCandidate *candidate,
             const char     *member_id)
{
  GListModel *history = merit_candidate_get_history (candidate);

  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(MeritHistoryEvent) event = g_list_model_get_item (history, i);

      if (g_strcmp0 (merit_history_event_get_action (event), "reveal") == 0
          && g_strcmp0 (merit_history_event_get_actor (event), member_id) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
show_identity (MeritCandidateDetail *self,
               MeritCandidate       *candidate,
               gboolean              allowed)
{
  MeritIdentity *identity = merit_candidate_get_identity (candidate);

  gtk_widget_set_visible (GTK_WIDGET (self->email_row), allowed);
  gtk_widget_set_visible (GTK_WIDGET (self->phone_row), allowed);
  if (!allowed || identity == NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->identity_row), _("Identity"));
      adw_action_row_set_subtitle (self->identity_row,
                                   allowed ? _("Not recorded")
                                           : _("Hidden: the review is blind until the "
                                               "committee has decided"));
      return;
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->identity_row), _("Name"));
  set_row (self->identity_row, merit_identity_get_name (identity));
  set_row (self->email_row, merit_identity_get_email (identity));
  set_row (self->phone_row, merit_identity_get_phone (identity));
}

/* Reviews are independent: a reviewer reads the others' scores only after submitting. */
static void
show_evidence (MeritCandidateDetail *self,
               MeritWorkspace       *workspace,
               MeritCandidate       *candidate,
               const char           *member_id)
{
  MeritMember *member = member_id != NULL
                        ? merit_roster_lookup (merit_workspace_get_roster (workspace), member_id)
                        : NULL;
  gboolean allowed = member != NULL && merit_blind_may_see_reviews (candidate, member);

  merit_evidence_view_set_candidate (self->evidence_view, allowed ? workspace : NULL,
                                     allowed ? candidate : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->evidence_view), allowed);
}

/* Marks @row as a warning (icon, colour, and the same words for assistive technologies). */
static void
set_warning_row (AdwActionRow *row,
                 GtkWidget    *icon,
                 const char   *text,
                 gboolean      warning)
{
  set_row (row, text);
  gtk_widget_set_visible (icon, warning);
  if (warning)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text, -1);
}

/* The CEO's last decision on the offer, and whether it counts on this computer.  Returns the
 * warning to show at the top when it does not count. */
static char *
show_approval (MeritCandidateDetail *self,
               MeritWorkspace       *workspace,
               MeritCandidate       *candidate)
{
  GListModel *approvals = merit_candidate_get_approvals (candidate);
  guint n = g_list_model_get_n_items (approvals);
  g_autoptr(MeritApproval) last = n > 0 ? g_list_model_get_item (approvals, n - 1) : NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *decision;

  if (last == NULL)
    {
      set_warning_row (self->approval_row, self->approval_icon, _("No decision yet"), FALSE);
      return NULL;
    }
  switch (merit_approval_get_decision (last))
    {
    case MERIT_APPROVAL_DECISION_APPROVED:
      decision = _("Approved");
      break;
    case MERIT_APPROVAL_DECISION_RETURNED:
      decision = _("Returned");
      break;
    case MERIT_APPROVAL_DECISION_REJECTED:
      decision = _("Rejected");
      break;
    default:
      decision = "";
      break;
    }
  if (merit_trust_check_approval (workspace, candidate, last, &error))
    {
      /* Translators: e.g. “Approved on 2026-11-01T10:00:00Z, signed by the CEO” */
      text = merit_approval_get_signature (last) != NULL
             ? g_strdup_printf (_("%s on %s, signed by the CEO"), decision,
                                merit_approval_get_time (last))
             : g_strdup_printf (_("%s on %s"), decision, merit_approval_get_time (last));
      set_warning_row (self->approval_row, self->approval_icon, text, FALSE);
      return NULL;
    }
  /* Translators: %s is the reason, e.g. “the approval of Candidate K7M2 (…) counts as no
   * approval: it is signed with a key (…) that is not the CEO’s” */
  text = g_strdup_printf (_("Untrusted: %s"), error->message);
  set_warning_row (self->approval_row, self->approval_icon, text, TRUE);
  return g_strdup_printf (_("This approval is not trusted on this computer: %s"),
                          error->message);
}

/* The verdict on the whole record: verified, unsigned, or broken with the first reason.
 * Returns the warning to show at the top when it is broken. */
static char *
show_record (MeritCandidateDetail *self,
             MeritWorkspace       *workspace,
             MeritCandidate       *candidate)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = NULL;
  MeritTrustVerdict verdict;

  verdict = merit_verify_candidate_verdict (workspace, candidate,
                                            merit_candidate_get_pseudonym (candidate), problems);
  switch (verdict)
    {
    case MERIT_TRUST_VERIFIED:
      set_warning_row (self->record_row, self->record_icon,
                       _("Verified: every event and decision is signed by its member"), FALSE);
      break;
    case MERIT_TRUST_UNSIGNED:
      set_warning_row (self->record_row, self->record_icon,
                       _("Unsigned: intact, but not every event is signed"), FALSE);
      break;
    case MERIT_TRUST_BROKEN:
    default:
      if (problems->len > 1)
        /* Translators: the first problem found, then how many more */
        text = g_strdup_printf (g_dngettext (NULL, "Broken: %s (and %u more problem)",
                                             "Broken: %s (and %u more problems)",
                                             problems->len - 1),
                                (const char *) g_ptr_array_index (problems, 0),
                                problems->len - 1);
      else
        text = g_strdup_printf (_("Broken: %s"), problems->len > 0
                                ? (const char *) g_ptr_array_index (problems, 0) : "");
      set_warning_row (self->record_row, self->record_icon, text, TRUE);
      return g_strdup_printf (_("This package’s record does not check out: %s"),
                              problems->len > 0 ? (const char *) g_ptr_array_index (problems, 0)
                                                : "");
    }
  return NULL;
}

static void
show_candidate (MeritCandidateDetail *self,
                MeritWorkspace       *workspace,
                MeritCandidate       *candidate,
                const char           *member_id)
{
  MeritMember *viewer = member_id != NULL
                        ? merit_roster_lookup (merit_workspace_get_roster (workspace), member_id)
                        : NULL;
  gboolean chair = is_chair (workspace, member_id);
  gboolean identity_allowed;
  MeritCommittee *committee = merit_candidate_get_committee (candidate);
  MeritOffer *offer = merit_candidate_get_offer (candidate);
  const char *broken = merit_candidate_get_broken_reason (candidate);
  g_autofree char *role = _merit_candidate_dup_role_text (candidate);
  g_autofree char *score = _merit_dup_blind_score_text (candidate, self->calibration, viewer,
                                                        NULL);
  g_autofree char *days = NULL;
  g_autofree char *reviews = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *experience = NULL;
  g_autofree char *resume = NULL;
  g_autofree char *offer_text = NULL;
  guint n_reviews = count_submitted (candidate);

  gtk_label_set_label (self->title_label, merit_candidate_get_pseudonym (candidate) != NULL
                                          ? merit_candidate_get_pseudonym (candidate)
                                          : merit_candidate_get_id (candidate));
  gtk_widget_set_visible (GTK_WIDGET (self->broken_label), broken != NULL);
  gtk_widget_set_visible (self->sections_box, broken == NULL);
  if (broken != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("This package file could not be read, so it "
                                                 "is shown but never changed. Repair or "
                                                 "restore the file, then open the workspace "
                                                 "again.\n\n%s"), broken);

      gtk_label_set_label (self->role_label, _("Broken package"));
      gtk_label_set_label (self->broken_label, text);
      gtk_widget_set_visible (self->trust_box, FALSE);
      return;
    }
  gtk_label_set_label (self->role_label, role);

  days = g_strdup_printf ("%" G_GINT64_FORMAT,
                          merit_candidate_get_days_in_stage (candidate, NULL));
  reviews = g_strdup_printf ("%u", n_reviews);
  set_row (self->stage_row, merit_stage_get_label (merit_candidate_get_stage (candidate)));
  set_row (self->score_row, score);
  set_row (self->days_row, days);
  set_row (self->reviews_row, reviews);
  identity_allowed = member_id != NULL
                     && (merit_workflow_can_see_identity (workspace, candidate, member_id)
                         || (chair && revealed_by (candidate, member_id)));
  /* A sealed identity opens here only with the person's own key, when it is sealed to them. */
  if (identity_allowed)
    _merit_open_identity (workspace, candidate, member_id);
  show_identity (self, candidate, identity_allowed);
  gtk_widget_set_visible (self->reveal_button,
                          chair && !identity_allowed && !is_decided (candidate));
  show_evidence (self, workspace, candidate, member_id);

  _merit_candidate_dup_blind_text (candidate, &summary, &experience, &resume);
  gtk_label_set_label (self->summary_label, summary != NULL ? summary : _("No summary"));
  gtk_label_set_label (self->experience_label,
                       experience != NULL ? experience : _("No profile entries"));

  if (committee != NULL && merit_committee_get_decision (committee) != MERIT_DECISION_VALUE_NONE)
    {
      set_row (self->decision_row,
               merit_committee_get_decision (committee) == MERIT_DECISION_VALUE_HIRE
               ? _("Hire") : _("No hire"));
      set_row (self->rationale_row, merit_committee_get_rationale (committee));
    }
  else
    {
      set_row (self->decision_row, _("Not decided yet"));
      set_row (self->rationale_row, NULL);
    }
  if (offer != NULL && merit_offer_get_base (offer) != NULL)
    {
      g_autofree char *amount = merit_money_format_display (merit_offer_get_base (offer),
                                                            merit_offer_get_currency (offer));

      offer_text = g_strdup_printf ("%s · %s", amount,
                                    merit_offer_get_level (offer) != NULL
                                    ? merit_offer_get_level (offer) : "");
    }
  set_row (self->offer_row, offer_text != NULL ? offer_text : _("No offer yet"));
  {
    g_autofree char *approval_warning = show_approval (self, workspace, candidate);
    g_autofree char *record_warning = show_record (self, workspace, candidate);
    const char *warning = approval_warning != NULL ? approval_warning : record_warning;

    gtk_widget_set_visible (self->trust_box, warning != NULL);
    gtk_label_set_label (self->trust_label, warning != NULL ? warning : "");
  }
}

static void
refresh (MeritCandidateDetail *self)
{
  if (self->candidate == NULL || self->store == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }
  show_candidate (self, merit_workspace_store_get_workspace (self->store), self->candidate,
                  self->member_id);
  gtk_stack_set_visible_child_name (self->stack, "detail");
}

static void
reason_changed_cb (GtkEditable      *entry,
                   AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "reveal", *reason != '\0');
}

static void
reveal_response_cb (AdwMessageDialog     *dialog,
                    const char           *response,
                    MeritCandidateDetail *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  MeritCandidate *candidate = g_object_get_data (G_OBJECT (dialog), "merit-candidate");
  g_autoptr(GError) error = NULL;
  MeritWorkspace *workspace;

  if (g_strcmp0 (response, "reveal") != 0 || self->store == NULL || candidate == NULL
      || candidate != self->candidate)
    return;
  workspace = merit_workspace_store_get_workspace (self->store);
  if (!merit_reveal_identity (workspace, candidate, self->member_id,
                              gtk_editable_get_text (entry), &error))
    {
      g_autofree char *message = g_strdup_printf (_("Identity not revealed: %s"),
                                                  error->message);

      _merit_show_toast (GTK_WIDGET (self), message);
      return;
    }
  /* The reveal counts only once it is on the shared record. */
  if (!_merit_save_candidate (GTK_WIDGET (self), self->store, candidate, self->member_id))
    return;
  refresh (self);
}

static void
reveal_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MeritCandidateDetail *self = MERIT_CANDIDATE_DETAIL (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;
  GtkWidget *entry;

  if (self->candidate == NULL || self->store == NULL)
    return;
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, NULL, NULL);
  /* Translators: the heading of a dialog, e.g. “Reveal the Identity of Candidate K7M2?” */
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog),
                                     _("Reveal the Identity of %s?"),
                                     merit_candidate_get_pseudonym (self->candidate));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                               _("The committee has not decided yet, so the review is still "
                                 "blind. Say why you need to know who this is: your name, the "
                                 "time and your reason are written into the package’s "
                                 "history, where everyone can read them."));
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason (required)"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reason for revealing the identity"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "reveal", _("_Reveal Identity"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reveal",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "reveal", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "reveal");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "merit-candidate", g_object_ref (self->candidate),
                          g_object_unref);
  g_signal_connect_object (entry, "changed", G_CALLBACK (reason_changed_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (reveal_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
merit_candidate_detail_dispose (GObject *object)
{
  MeritCandidateDetail *self = MERIT_CANDIDATE_DETAIL (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), MERIT_TYPE_CANDIDATE_DETAIL);
  g_clear_object (&self->store);
  g_clear_object (&self->candidate);
  g_clear_object (&self->calibration);
  g_clear_pointer (&self->member_id, g_free);
  G_OBJECT_CLASS (merit_candidate_detail_parent_class)->dispose (object);
}


static void
merit_candidate_detail_class_init (MeritCandidateDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = merit_candidate_detail_dispose;

  g_type_ensure (MERIT_TYPE_EVIDENCE_VIEW);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/merit/Merit/merit-candidate-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateDetail, role_label);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateDetail, broken_label);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateDetail, trust_box);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateDetail, trust_label);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateDetail, sections_box);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateDetail, stage_row);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateDetail, score_row);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateDetail, days_row);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateDetail, reviews_row);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateDetail, identity_row);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateDetail, email_row);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateDetail, phone_row);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateDetail, summary_label);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateDetail, experience_label);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateDetail, decision_row);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateDetail, rationale_row);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateDetail, offer_row);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateDetail, approval_row);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateDetail, approval_icon);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateDetail, record_row);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateDetail, record_icon);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateDetail, reveal_button);

  gtk_widget_class_install_action (widget_class, "detail.reveal", NULL, reveal_action);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateDetail, evidence_view);
}

static void
merit_candidate_detail_init (MeritCandidateDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * merit_candidate_detail_set_candidate:
 * @self: a detail view
 * @store: (nullable): the workspace store of @candidate, which a reveal is saved through
 * @candidate: (nullable): the package to show, or %NULL for none
 * @member_id: (nullable): the person looking, who decides whether identity shows
 * @calibration: (nullable): the workspace calibration for the blind score
 *
 * Shows @candidate.
 */
void
merit_candidate_detail_set_candidate (MeritCandidateDetail *self,
                                      MeritWorkspaceStore  *store,
                                      MeritCandidate       *candidate,
                                      const char           *member_id,
                                      MeritCalibration     *calibration)
{
  g_return_if_fail (MERIT_IS_CANDIDATE_DETAIL (self));

  g_set_object (&self->store, store);
  g_set_object (&self->candidate, candidate);
  g_set_object (&self->calibration, calibration);
  if (g_strcmp0 (self->member_id, member_id) != 0)
    {
      g_free (self->member_id);
      self->member_id = g_strdup (member_id);
    }
  refresh (self);
}
