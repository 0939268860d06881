/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-approval-pane.c: the CEO's queue of offer packages and the decision on each.
 *
 * Packages in CEO review are listed oldest first (by the time they entered the stage).  The
 * pane shows the evidence summary, the committee decision and the offer against its band;
 * only a CEO gets the decision buttons, and merit_workflow_decide_offer() checks again.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "merit-approval-pane.h"
#include "merit-ui-utils.h"
#include "merit-workflow.h"

struct _MeritApprovalPane
{
  GtkWidget            parent_instance;

  /* Template widgets */
  GtkStack            *stack;
  AdwStatusPage       *status_page;
  AdwLeaflet          *leaflet;
  GtkListView         *queue_view;
  GtkWidget           *detail_page;
  GtkLabel            *pseudonym_label;
  GtkLabel            *role_label;
  AdwActionRow        *score_row;
  AdwActionRow        *reviews_row;
  GtkListBox          *means_list;
  AdwActionRow        *decision_row;
  AdwActionRow        *rationale_row;
  AdwActionRow        *votes_row;
  AdwActionRow        *base_row;
  AdwActionRow        *band_row;
  GtkLabel            *band_status_label;
  AdwActionRow        *equity_row;
  AdwActionRow        *start_row;
  AdwActionRow        *justification_row;
  GtkTextView         *comment_view;

  /* Owned references */
  MeritWorkspaceStore *store;
  MeritMember         *member;
  MeritCandidate      *shown;
  GtkCustomFilter     *filter;
  GtkFilterListModel  *filter_model;
  GtkSortListModel    *queue_model;
  GtkSingleSelection  *selection;
};

G_DEFINE_FINAL_TYPE (MeritApprovalPane, merit_approval_pane, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_MEMBER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_ceo (MeritApprovalPane *self)
{
  return self->member != NULL && merit_member_has_role (self->member, MERIT_ROLE_CEO);
}

static gboolean
queue_filter_func (gpointer item,
                   gpointer user_data)
{
  MeritCandidate *candidate = item;

  return merit_candidate_get_broken_reason (candidate) == NULL
         && merit_candidate_get_stage (candidate) == MERIT_STAGE_CEO_REVIEW;
}

static void
set_row (AdwActionRow *row,
         const char   *text)
{
  adw_action_row_set_subtitle (row, text != NULL && *text != '\0' ? text : "—");
}

/* The mean of the submitted scores for one criterion, or -1. */
static double
criterion_mean (MeritCandidate *candidate,
                const char     *criterion,
                guint          *out_n_reviews)
{
  GListModel *reviews = merit_candidate_get_reviews (candidate);
  guint n = 0, n_reviews = 0, sum = 0;

  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(MeritReview) review = g_list_model_get_item (reviews, i);
      MeritScore *score;

      if (merit_review_get_state (review) != MERIT_REVIEW_STATE_SUBMITTED)
        continue;
      n_reviews++;
      score = criterion != NULL ? merit_review_get_score (review, criterion) : NULL;
      if (score != NULL && merit_score_get_value (score) > 0)
        {
          sum += merit_score_get_value (score);
          n++;
        }
    }
  if (out_n_reviews != NULL)
    *out_n_reviews = n_reviews;
  return n > 0 ? (double) sum / n : -1;
}

static GtkWidget *
create_mean_row (gpointer item,
                 gpointer user_data)
{
  MeritApprovalPane *self = user_data;
  MeritCriterion *criterion = item;
  const char *name = merit_criterion_get_name (criterion, NULL);
  g_autofree char *mean = NULL;
  GtkWidget *row = adw_action_row_new ();

  if (self->shown != NULL)
    mean = _merit_format_score (criterion_mean (self->shown, merit_criterion_get_id (criterion),
                                                NULL));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 name != NULL ? name : merit_criterion_get_id (criterion));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), mean);
  return row;
}

static void
show_band (MeritApprovalPane *self,
           MeritWorkspace    *workspace,
           MeritOffer        *offer)
{
  const char *level = merit_offer_get_level (offer);
  const char *currency = merit_offer_get_currency (offer);
  MeritCompBand *band = level != NULL && currency != NULL
                        ? merit_workspace_find_band (workspace, level, currency) : NULL;
  gint64 base = 0, min = 0, max = 0;
  g_autofree char *range = NULL;
  g_autofree char *min_text = NULL;
  g_autofree char *max_text = NULL;
  const char *status;
  const char *css;

  gtk_widget_remove_css_class (GTK_WIDGET (self->band_status_label), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->band_status_label), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->band_status_label), "warning");
  if (band == NULL
      || !merit_money_parse (merit_offer_get_base (offer), &base, NULL)
      || !merit_money_parse (merit_comp_band_get_min (band), &min, NULL)
      || !merit_money_parse (merit_comp_band_get_max (band), &max, NULL))
    {
      set_row (self->band_row, _("No band for this level and currency"));
      gtk_label_set_label (self->band_status_label, _("Unknown"));
      gtk_widget_add_css_class (GTK_WIDGET (self->band_status_label), "warning");
      return;
    }
  min_text = merit_money_format_display (merit_comp_band_get_min (band), NULL);
  max_text = merit_money_format_display (merit_comp_band_get_max (band), currency);
  range = g_strdup_printf ("%s – %s", min_text, max_text);
  set_row (self->band_row, range);
  if (base < min)
    status = _("Below band"), css = "warning";
  else if (base > max)
    status = _("Above band"), css = "error";
  else
    status = _("Within band"), css = "success";
  gtk_label_set_label (self->band_status_label, status);
  gtk_widget_add_css_class (GTK_WIDGET (self->band_status_label), css);
}

static void
show_candidate (MeritApprovalPane *self,
                MeritCandidate    *candidate)
{
  MeritWorkspace *workspace = merit_workspace_store_get_workspace (self->store);
  MeritCommittee *committee = merit_candidate_get_committee (candidate);
  MeritOffer *offer = merit_candidate_get_offer (candidate);
  g_autofree char *role = _merit_candidate_dup_role_text (candidate);
  g_autofree char *score = _merit_format_score (merit_candidate_get_blind_score (candidate));
  g_autofree char *reviews = NULL;
  g_autofree char *votes = NULL;
  g_autofree char *base = NULL;
  g_autofree char *start = NULL;
  guint n_reviews = 0;

  g_set_object (&self->shown, candidate);
  gtk_label_set_label (self->pseudonym_label, merit_candidate_get_pseudonym (candidate));
  gtk_label_set_label (self->role_label, role);
  set_row (self->score_row, score);
  criterion_mean (candidate, NULL, &n_reviews);
  reviews = g_strdup_printf ("%u", n_reviews);
  set_row (self->reviews_row, reviews);
  gtk_list_box_bind_model (self->means_list,
                           G_LIST_MODEL (merit_workspace_get_rubric (workspace)),
                           create_mean_row, self, NULL);

  if (committee != NULL && merit_committee_get_decision (committee) != MERIT_DECISION_VALUE_NONE)
    {
      set_row (self->decision_row, merit_committee_get_decision (committee)
                                   == MERIT_DECISION_VALUE_HIRE ? _("Hire") : _("No hire"));
      set_row (self->rationale_row, merit_committee_get_rationale (committee));
    }
  else
    {
      set_row (self->decision_row, _("Not decided"));
      set_row (self->rationale_row, NULL);
    }
  votes = g_strdup_printf ("%u", committee != NULL
                                 ? g_list_model_get_n_items (merit_committee_get_votes (committee))
                                 : 0);
  set_row (self->votes_row, votes);

  if (offer != NULL)
    {
      g_autofree char *amount = merit_money_format_display (merit_offer_get_base (offer),
                                                            merit_offer_get_currency (offer));

      base = g_strdup_printf ("%s · %s", amount,
                              merit_offer_get_level (offer) != NULL
                              ? merit_offer_get_level (offer) : "");
      start = merit_date_format_display (merit_offer_get_start_date (offer));
    }
  set_row (self->base_row, base);
  if (offer != NULL)
    show_band (self, workspace, offer);
  set_row (self->equity_row, offer != NULL ? merit_offer_get_equity (offer) : NULL);
  set_row (self->start_row, start);
  set_row (self->justification_row,
           offer != NULL ? merit_offer_get_justification (offer) : NULL);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->comment_view), "", -1);
}

static void
update_state (MeritApprovalPane *self)
{
  MeritCandidate *candidate = gtk_single_selection_get_selected_item (self->selection);
  gboolean can_decide = is_ceo (self) && candidate != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pane.approve", can_decide);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pane.return", can_decide);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pane.reject", can_decide);
  if (can_decide)
    {
      show_candidate (self, candidate);
      gtk_stack_set_visible_child_name (self->stack, "queue");
      return;
    }
  g_clear_object (&self->shown);
  gtk_stack_set_visible_child_name (self->stack, "status");
  if (!is_ceo (self))
    {
      adw_status_page_set_icon_name (self->status_page, "emblem-ok-symbolic");
      adw_status_page_set_title (self->status_page, _("Approval Is for the CEO"));
      adw_status_page_set_description (self->status_page,
                                       _("Offer packages in CEO review wait for the CEO’s "
                                         "decision. You can follow their stage in the "
                                         "candidate list."));
    }
  else
    {
      adw_status_page_set_icon_name (self->status_page, "emblem-ok-symbolic");
      adw_status_page_set_title (self->status_page, _("No Offers Waiting"));
      adw_status_page_set_description (self->status_page,
                                       _("Offer packages appear here when the chair sends them "
                                         "for your approval."));
    }
}

static void
decide (MeritApprovalPane     *self,
        MeritApprovalDecision  decision)
{
  g_autoptr(MeritCandidate) candidate = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *comment = NULL;
  g_autofree char *message = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->comment_view);
  GtkTextIter start, end;
  const char *actor;

  if (self->store == NULL || !is_ceo (self)
      || gtk_single_selection_get_selected_item (self->selection) == NULL)
    return;
  candidate = g_object_ref (gtk_single_selection_get_selected_item (self->selection));
  actor = merit_member_get_id (self->member);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  comment = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (!merit_workflow_decide_offer (merit_workspace_store_get_workspace (self->store), candidate,
                                    actor, decision, comment, &error))
    {
      message = g_strdup_printf (_("Not recorded: %s"), error->message);
      _merit_show_toast (GTK_WIDGET (self), message);
      if (g_error_matches (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID))
        gtk_widget_grab_focus (GTK_WIDGET (self->comment_view));
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
decide_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MeritApprovalPane *self = MERIT_APPROVAL_PANE (widget);

  if (g_str_equal (action_name, "pane.approve"))
    decide (self, MERIT_APPROVAL_DECISION_APPROVED);
  else if (g_str_equal (action_name, "pane.return"))
    decide (self, MERIT_APPROVAL_DECISION_RETURNED);
  else
    decide (self, MERIT_APPROVAL_DECISION_REJECTED);
}

static void
go_back_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  adw_leaflet_navigate (MERIT_APPROVAL_PANE (widget)->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
queue_activated_cb (MeritApprovalPane *self,
                    guint              position)
{
  gtk_single_selection_set_selected (self->selection, position);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->detail_page);
}

static void
queue_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                MeritApprovalPane        *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
queue_bind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               MeritApprovalPane        *self)
{
  MeritCandidate *candidate = gtk_list_item_get_item (item);
  gint64 days = merit_candidate_get_days_in_stage (candidate, NULL);
  g_autofree char *pseudonym = g_markup_escape_text (merit_candidate_get_pseudonym (candidate), -1);
  g_autofree char *waiting = g_strdup_printf (ngettext ("Waiting %u day", "Waiting %u days",
                                                        (gulong) days), (guint) days);
  g_autofree char *markup = g_strdup_printf ("%s\n<small>%s</small>", pseudonym, waiting);

  gtk_label_set_markup (GTK_LABEL (gtk_list_item_get_child (item)), markup);
}

static void
merit_approval_pane_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  MeritApprovalPane *self = MERIT_APPROVAL_PANE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_MEMBER:
      g_value_set_object (value, self->member);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_approval_pane_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  MeritApprovalPane *self = MERIT_APPROVAL_PANE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      merit_approval_pane_set_store (self, g_value_get_object (value));
      break;

    case PROP_MEMBER:
      merit_approval_pane_set_member (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_approval_pane_dispose (GObject *object)
{
  MeritApprovalPane *self = MERIT_APPROVAL_PANE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MERIT_TYPE_APPROVAL_PANE);
  g_clear_object (&self->selection);
  g_clear_object (&self->queue_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->shown);
  g_clear_object (&self->store);
  g_clear_object (&self->member);
  G_OBJECT_CLASS (merit_approval_pane_parent_class)->dispose (object);
}

static void
merit_approval_pane_class_init (MeritApprovalPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = merit_approval_pane_get_property;
  object_class->set_property = merit_approval_pane_set_property;
  object_class->dispose = merit_approval_pane_dispose;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MERIT_TYPE_WORKSPACE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEMBER] =
    g_param_spec_object ("member", NULL, NULL, MERIT_TYPE_MEMBER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/merit/Merit/merit-approval-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, stack);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, status_page);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, leaflet);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, queue_view);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, detail_page);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, pseudonym_label);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, role_label);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, score_row);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, reviews_row);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, means_list);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, decision_row);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, rationale_row);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, votes_row);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, base_row);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, band_row);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, band_status_label);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, equity_row);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, start_row);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, justification_row);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, comment_view);
  gtk_widget_class_bind_template_callback (widget_class, queue_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, queue_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, queue_activated_cb);

  gtk_widget_class_install_action (widget_class, "pane.approve", NULL, decide_action);
  gtk_widget_class_install_action (widget_class, "pane.return", NULL, decide_action);
  gtk_widget_class_install_action (widget_class, "pane.reject", NULL, decide_action);
  gtk_widget_class_install_action (widget_class, "pane.go-back", NULL, go_back_action);
}

static void
merit_approval_pane_init (MeritApprovalPane *self)
{
  GtkExpression *since = gtk_property_expression_new (MERIT_TYPE_CANDIDATE, NULL, "stage-since");

  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (queue_filter_func, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, GTK_FILTER (g_object_ref (self->filter)));
  self->queue_model = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filter_model)),
                                               GTK_SORTER (gtk_string_sorter_new (since)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->queue_model)));
  gtk_list_view_set_model (self->queue_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  update_state (self);
}

/**
 * merit_approval_pane_get_store:
 * @self: an approval pane
 *
 * Returns: (transfer none) (nullable): the workspace store
 */
MeritWorkspaceStore *
merit_approval_pane_get_store (MeritApprovalPane *self)
{
  g_return_val_if_fail (MERIT_IS_APPROVAL_PANE (self), NULL);

  return self->store;
}

/**
 * merit_approval_pane_set_store:
 * @self: an approval pane
 * @store: (nullable): the workspace store whose offers are decided
 */
void
merit_approval_pane_set_store (MeritApprovalPane   *self,
                               MeritWorkspaceStore *store)
{
  g_return_if_fail (MERIT_IS_APPROVAL_PANE (self));

  if (!g_set_object (&self->store, store))
    return;
  gtk_filter_list_model_set_model (self->filter_model,
                                   store != NULL
                                   ? G_LIST_MODEL (merit_workspace_store_get_workspace (store))
                                   : NULL);
  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * merit_approval_pane_get_member:
 * @self: an approval pane
 *
 * Returns: (transfer none) (nullable): the person looking
 */
MeritMember *
merit_approval_pane_get_member (MeritApprovalPane *self)
{
  g_return_val_if_fail (MERIT_IS_APPROVAL_PANE (self), NULL);

  return self->member;
}

/**
 * merit_approval_pane_set_member:
 * @self: an approval pane
 * @member: (nullable): the person looking; only a CEO gets the decision actions
 */
void
merit_approval_pane_set_member (MeritApprovalPane *self,
                                MeritMember       *member)
{
  g_return_if_fail (MERIT_IS_APPROVAL_PANE (self));

  if (!g_set_object (&self->member, member))
    return;
  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEMBER]);
}
