/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-candidate-detail.c: the sections of one package, blind unless identity is allowed.
 *
 * The profile is always shown through the redacted blind text.  Name and contact details are
 * filled in only when merit_workflow_can_see_identity() allows it for the current person;
 * otherwise those labels are never given the identity at all.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "merit-candidate-detail.h"
#include "merit-seal.h"
#include "merit-ui-utils.h"
#include "merit-workflow.h"

struct _MeritCandidateDetail
{
  GtkWidget     parent_instance;

  /* Template widgets */
  GtkStack     *stack;
  GtkLabel     *title_label;
  GtkLabel     *role_label;
  GtkLabel     *broken_label;
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

static void
show_candidate (MeritCandidateDetail *self,
                MeritWorkspace       *workspace,
                MeritCandidate       *candidate,
                const char           *member_id)
{
  MeritCommittee *committee = merit_candidate_get_committee (candidate);
  MeritOffer *offer = merit_candidate_get_offer (candidate);
  const char *broken = merit_candidate_get_broken_reason (candidate);
  g_autofree char *role = _merit_candidate_dup_role_text (candidate);
  g_autofree char *score = _merit_format_score (merit_candidate_get_blind_score (candidate));
  g_autofree char *days = NULL;
  g_autofree char *reviews = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *experience = NULL;
  g_autofree char *resume = NULL;
  g_autofree char *offer_text = NULL;
  guint n_reviews = count_submitted (candidate);
  gboolean allowed;

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
  allowed = member_id != NULL && merit_workflow_can_see_identity (workspace, candidate, member_id);
  /* A sealed identity opens here only with the person's own key, when it is sealed to them. */
  if (allowed && merit_candidate_get_identity (candidate) == NULL
      && merit_seal_can_open (candidate, member_id))
    merit_seal_open (workspace, candidate, member_id, NULL);
  show_identity (self, candidate, allowed);

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
}

static void
merit_candidate_detail_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MERIT_TYPE_CANDIDATE_DETAIL);
  G_OBJECT_CLASS (merit_candidate_detail_parent_class)->dispose (object);
}

static void
merit_candidate_detail_class_init (MeritCandidateDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = merit_candidate_detail_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/merit/Merit/merit-candidate-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateDetail, role_label);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateDetail, broken_label);
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
}

static void
merit_candidate_detail_init (MeritCandidateDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * merit_candidate_detail_set_candidate:
 * @self: a detail view
 * @workspace: (nullable): the workspace of @candidate
 * @candidate: (nullable): the package to show, or %NULL for none
 * @member_id: (nullable): the person looking, who decides whether identity shows
 *
 * Shows @candidate; the view keeps no reference to it.
 */
void
merit_candidate_detail_set_candidate (MeritCandidateDetail *self,
                                      MeritWorkspace       *workspace,
                                      MeritCandidate       *candidate,
                                      const char           *member_id)
{
  g_return_if_fail (MERIT_IS_CANDIDATE_DETAIL (self));

  if (candidate == NULL || workspace == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }
  show_candidate (self, workspace, candidate, member_id);
  gtk_stack_set_visible_child_name (self->stack, "detail");
}
