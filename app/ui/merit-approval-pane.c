/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-approval-pane.c: the CEO's queue of offer packages and the decision on each.
 *
 * Packages in CEO review are listed oldest first (by the time they entered the stage).  The
 * pane shows the offer against its band, the blind evidence, the committee's votes and
 * decision.  Approve, Return… and Reject… are offered exactly when merit_workflow_can_advance()
 * allows the step for the current person, and merit_workflow_decide_offer() checks again.
 * Returning and rejecting ask for the reason in a dialog that cannot be confirmed empty.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "merit-approval-pane-private.h"
#include "merit-evidence-view.h"
#include "merit-ui-utils.h"
#include "merit-workflow.h"

G_DEFINE_FINAL_TYPE (MeritApprovalPane, merit_approval_pane, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_MEMBER,
  PROP_N_WAITING,
  PROP_SELECTED_CANDIDATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

static const char *
member_name (MeritApprovalPane *self,
             const char        *id)
{
  MeritWorkspace *workspace = merit_workspace_store_get_workspace (self->store);
  MeritMember *member = id != NULL
                        ? merit_roster_lookup (merit_workspace_get_roster (workspace), id)
                        : NULL;

  return member != NULL ? merit_member_get_name (member) : (id != NULL ? id : "?");
}

static const char *
vote_label (MeritVoteValue value)
{
  static const char * const labels[] = {
    [MERIT_VOTE_VALUE_STRONG_HIRE] = N_("Strong hire"),
    [MERIT_VOTE_VALUE_HIRE] = N_("Hire"),
    [MERIT_VOTE_VALUE_NO_HIRE] = N_("No hire"),
    [MERIT_VOTE_VALUE_STRONG_NO_HIRE] = N_("Strong no hire"),
  };

  if ((guint) value >= G_N_ELEMENTS (labels) || labels[value] == NULL)
    return "?";
  return _(labels[value]);
}

static GtkWidget *
create_vote_row_cb (gpointer item,
                    gpointer user_data)
{
  MeritApprovalPane *self = user_data;
  MeritVote *vote = item;
  MeritVoteValue value = merit_vote_get_value (vote);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (vote_label (value));
  g_autofree char *title = NULL;

  /* TRANSLATORS: a committee member and the voting round, e.g. “Rafael Ortiz · round 2”. */
  title = merit_vote_get_round (vote) > 1
          ? g_strdup_printf (_("%s · round %u"), member_name (self, merit_vote_get_member (vote)),
                             merit_vote_get_round (vote))
          : g_strdup (member_name (self, merit_vote_get_member (vote)));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  set_row (ADW_ACTION_ROW (row), merit_vote_get_rationale (vote));
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, value == MERIT_VOTE_VALUE_STRONG_HIRE
                                   || value == MERIT_VOTE_VALUE_HIRE ? "success" : "error");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  return row;
}

static void
set_band_status (MeritApprovalPane *self,
                 const char        *status,
                 const char        *css)
{
  static const char * const classes[] = { "success", "error", "warning" };

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->band_status_label), classes[i]);
  gtk_label_set_label (self->band_status_label, status);
  gtk_widget_add_css_class (GTK_WIDGET (self->band_status_label), css);
}

/* The band as “min · mid · max”, and where the base salary falls in it. */
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
  g_autofree char *mid = NULL;
  g_autofree char *min_text = NULL;
  g_autofree char *mid_text = NULL;
  g_autofree char *max_text = NULL;
  g_autofree char *range = NULL;
  g_autofree char *title = NULL;
  g_autofree char *position = NULL;
  g_autofree char *subtitle = NULL;
  double fraction;

  if (band == NULL
      || !merit_money_parse (merit_offer_get_base (offer), &base, NULL)
      || !merit_money_parse (merit_comp_band_get_min (band), &min, NULL)
      || !merit_money_parse (merit_comp_band_get_max (band), &max, NULL))
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->band_row), _("Comp band"));
      set_row (self->band_row, _("No band for this level and currency"));
      set_band_status (self, _("No band"), "warning");
      gtk_widget_set_visible (GTK_WIDGET (self->position_bar), FALSE);
      return;
    }
  mid = merit_money_format (min + (max - min) / 2);
  min_text = merit_money_format_display (merit_comp_band_get_min (band), currency);
  mid_text = merit_money_format_display (mid, currency);
  max_text = merit_money_format_display (merit_comp_band_get_max (band), currency);
  /* TRANSLATORS: the row title of a comp band, e.g. “Comp band L5 · EUR”. */
  title = g_strdup_printf (_("Comp band %s · %s"), level, currency);
  /* TRANSLATORS: minimum, midpoint and maximum of a salary band. */
  range = g_strdup_printf (_("Minimum %s · midpoint %s · maximum %s"), min_text, mid_text,
                           max_text);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->band_row), title);

  fraction = max > min ? (double) (base - min) / (double) (max - min) : 0.5;
  if (base < min)
    {
      set_band_status (self, _("Below band"), "warning");
      position = g_strdup (_("The offer is below the minimum and needs a written exception"));
    }
  else if (base > max)
    {
      set_band_status (self, _("Above band"), "error");
      position = g_strdup (_("The offer is above the maximum and needs a written exception"));
    }
  else
    {
      set_band_status (self, _("Within band"), "success");
      /* TRANSLATORS: where a salary falls in its band, e.g. “The offer is at 62 % of the
       * band”. */
      position = g_strdup_printf (_("The offer is at %d %% of the band"),
                                  (int) (fraction * 100 + 0.5));
    }
  subtitle = g_strdup_printf ("%s\n%s", range, position);
  set_row (self->band_row, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->position_bar), TRUE);
  gtk_level_bar_set_value (self->position_bar, CLAMP (fraction, 0.0, 1.0));
}

static void
show_offer (MeritApprovalPane *self,
            MeritWorkspace    *workspace,
            MeritOffer        *offer)
{
  const char *currency = offer != NULL ? merit_offer_get_currency (offer) : NULL;
  const char *exception = offer != NULL ? merit_offer_get_exception (offer) : NULL;
  g_autofree char *amount = NULL;
  g_autofree char *base = NULL;
  g_autofree char *bonus = NULL;
  g_autofree char *start = NULL;
  g_autofree char *terms = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->exception_row), exception != NULL);
  set_row (self->exception_row, exception);
  if (offer == NULL)
    {
      set_row (self->base_row, _("No offer drafted"));
      set_band_status (self, "", "warning");
      set_row (self->band_row, NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->position_bar), FALSE);
      set_row (self->terms_row, NULL);
      set_row (self->justification_row, NULL);
      return;
    }
  amount = merit_money_format_display (merit_offer_get_base (offer), currency);
  base = g_strdup_printf ("%s · %s", amount,
                          merit_offer_get_level (offer) != NULL ? merit_offer_get_level (offer) : "");
  set_row (self->base_row, base);
  show_band (self, workspace, offer);
  bonus = merit_offer_get_bonus (offer) != NULL
          ? merit_money_format_display (merit_offer_get_bonus (offer), currency)
          : g_strdup ("—");
  start = merit_date_format_display (merit_offer_get_start_date (offer));
  /* TRANSLATORS: e.g. “Bonus 9,300.00 EUR · equity 1100 · starts 08/24/26” */
  terms = g_strdup_printf (_("Bonus %s · equity %s · starts %s"), bonus,
                           merit_offer_get_equity (offer) != NULL
                           ? merit_offer_get_equity (offer) : "—",
                           start != NULL ? start : "—");
  set_row (self->terms_row, terms);
  set_row (self->justification_row, merit_offer_get_justification (offer));
}

static void
show_committee (MeritApprovalPane *self,
                MeritWorkspace    *workspace,
                MeritCommittee    *committee)
{
  GListModel *votes = committee != NULL ? merit_committee_get_votes (committee) : NULL;
  guint n_votes = votes != NULL ? g_list_model_get_n_items (votes) : 0;
  g_autofree char *description = NULL;

  if (committee != NULL && merit_committee_get_decision (committee) != MERIT_DECISION_VALUE_NONE)
    {
      g_autofree char *decided = NULL;

      /* TRANSLATORS: the committee decision and who recorded it, e.g. “Hire, recorded by
       * Rafael Ortiz”. */
      decided = g_strdup_printf (_("%s, recorded by %s"),
                                 merit_committee_get_decision (committee)
                                 == MERIT_DECISION_VALUE_HIRE ? _("Hire") : _("No hire"),
                                 member_name (self, merit_committee_get_decided_by (committee)));
      set_row (self->decision_row, decided);
      set_row (self->rationale_row, merit_committee_get_rationale (committee));
    }
  else
    {
      set_row (self->decision_row, _("Not decided"));
      set_row (self->rationale_row, NULL);
    }
  description = g_strdup_printf (ngettext ("%u vote; the quorum is %u",
                                           "%u votes; the quorum is %u", n_votes),
                                 n_votes, merit_workflow_get_required_quorum (workspace));
  adw_preferences_group_set_description (self->votes_group, description);
  gtk_list_box_bind_model (self->votes_list, votes, create_vote_row_cb, self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->votes_list), n_votes > 0);
}

static void
show_waiting (MeritApprovalPane *self,
              MeritCandidate    *candidate)
{
  const char *since = merit_candidate_get_stage_since (candidate);
  gint64 days = merit_candidate_get_days_in_stage (candidate, NULL);
  g_autofree char *date = since != NULL ? merit_date_format_display (since) : NULL;
  g_autofree char *text = NULL;

  if (date != NULL)
    /* TRANSLATORS: e.g. “In CEO review since 08/08/2026 · waiting 12 days” */
    text = g_strdup_printf (ngettext ("In CEO review since %s · waiting %u day",
                                      "In CEO review since %s · waiting %u days", (gulong) days),
                            date, (guint) days);
  else
    text = g_strdup_printf (ngettext ("Waiting %u day", "Waiting %u days", (gulong) days),
                            (guint) days);
  gtk_label_set_label (self->waiting_label, text);
}

static void
show_candidate (MeritApprovalPane *self,
                MeritCandidate    *candidate)
{
  MeritWorkspace *workspace = merit_workspace_store_get_workspace (self->store);
  g_autofree char *role = _merit_candidate_dup_role_text (candidate);
  gboolean other = self->shown != candidate;

  g_set_object (&self->shown, candidate);
  if (!_merit_pane_is_built (GTK_WIDGET (self)))
    return;
  gtk_label_set_label (self->pseudonym_label, merit_candidate_get_pseudonym (candidate));
  gtk_label_set_label (self->role_label, role);
  show_waiting (self, candidate);
  show_offer (self, workspace, merit_candidate_get_offer (candidate));
  merit_evidence_view_set_candidate (self->evidence_view, workspace, candidate);
  show_committee (self, workspace, merit_candidate_get_committee (candidate));
  if (other)
    {
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->comment_view), "", -1);
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->detail_scroller), 0);
    }
}

static gboolean
may_take (MeritApprovalPane *self,
          MeritCandidate    *candidate,
          MeritStage         to)
{
  if (self->store == NULL || self->member == NULL || candidate == NULL)
    return FALSE;
  return merit_workflow_can_advance (merit_workspace_store_get_workspace (self->store),
                                     candidate, merit_member_get_id (self->member), to, NULL);
}

static void
update_state (MeritApprovalPane *self)
{
  MeritCandidate *candidate = gtk_single_selection_get_selected_item (self->selection);
  MeritCandidate *previous = self->shown;
  gboolean show = _merit_approval_pane_is_ceo (self) && candidate != NULL;

  /* The UI offers what the workflow allows this person now; deciding checks again. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pane.approve",
                                 show && may_take (self, candidate, MERIT_STAGE_APPROVED));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pane.return",
                                 show && may_take (self, candidate, MERIT_STAGE_RETURNED));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pane.reject",
                                 show && may_take (self, candidate, MERIT_STAGE_REJECTED));
  if (show)
    show_candidate (self, candidate);
  else
    g_clear_object (&self->shown);
  if (previous != self->shown)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_CANDIDATE]);
  if (!_merit_pane_is_built (GTK_WIDGET (self)))
    return;
  gtk_stack_set_visible_child_name (self->stack, show ? "queue" : "status");
  if (show)
    return;
  adw_status_page_set_icon_name (self->status_page, "emblem-ok-symbolic");
  /* The queue is filled once the workspace is loaded. */
  if (_merit_approval_pane_is_ceo (self) && self->store != NULL
      && merit_workspace_store_get_loading (self->store))
    {
      adw_status_page_set_icon_name (self->status_page, "content-loading-symbolic");
      adw_status_page_set_title (self->status_page, _("Loading Packages…"));
      adw_status_page_set_description (self->status_page, NULL);
    }
  else if (!_merit_approval_pane_is_ceo (self))
    {
      adw_status_page_set_title (self->status_page, _("Approval Is for the CEO"));
      adw_status_page_set_description (self->status_page,
                                       _("Offer packages in CEO review wait for the CEO’s "
                                         "decision. You can follow their stage in the "
                                         "candidate list."));
    }
  else
    {
      adw_status_page_set_title (self->status_page, _("No Offers Waiting"));
      adw_status_page_set_description (self->status_page,
                                       _("Offer packages appear here when the chair sends them "
                                         "for your approval."));
    }
}

static void
queue_items_changed_cb (MeritApprovalPane *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->queue_model));

  /* A package changed in place keeps its row: show its new content.  While a workspace loads,
   * the content is shown once at the end rather than for every batch. */
  if (self->store == NULL || !merit_workspace_store_get_loading (self->store))
    update_state (self);
  if (n == self->n_waiting)
    return;
  self->n_waiting = n;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_WAITING]);
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
  gtk_widget_set_margin_top (label, 4);
  gtk_widget_set_margin_bottom (label, 4);
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
  g_autofree char *role = _merit_candidate_dup_role_text (candidate);
  g_autofree char *role_markup = g_markup_escape_text (role, -1);
  g_autofree char *waiting = g_strdup_printf (ngettext ("Waiting %u day", "Waiting %u days",
                                                        (gulong) days), (guint) days);
  g_autofree char *markup = g_strdup_printf ("%s\n<small>%s\n%s</small>", pseudonym, role_markup,
                                             waiting);

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

    case PROP_N_WAITING:
      g_value_set_uint (value, self->n_waiting);
      break;

    case PROP_SELECTED_CANDIDATE:
      g_value_set_object (value, self->shown);
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

/* Builds the widgets, once, when the pane is first shown: the queue and its count are kept
 * from the start, but a window that never shows the pane never pays for its widgets. */
static void
ensure_built (MeritApprovalPane *self)
{
  if (!_merit_pane_build (GTK_WIDGET (self)))
    return;
  gtk_list_view_set_model (self->queue_view, GTK_SELECTION_MODEL (self->selection));
  gtk_level_bar_remove_offset_value (self->position_bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->position_bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (self->position_bar, GTK_LEVEL_BAR_OFFSET_FULL);
  update_state (self);
}

static void
merit_approval_pane_map (GtkWidget *widget)
{
  ensure_built (MERIT_APPROVAL_PANE (widget));
  GTK_WIDGET_CLASS (merit_approval_pane_parent_class)->map (widget);
}

static void
merit_approval_pane_dispose (GObject *object)
{
  MeritApprovalPane *self = MERIT_APPROVAL_PANE (object);

  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_clear_weak_pointer (&self->dialog);
  if (_merit_pane_is_built (GTK_WIDGET (self)))
    gtk_widget_dispose_template (GTK_WIDGET (self), MERIT_TYPE_APPROVAL_PANE);
  g_clear_object (&self->store_signals);
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
  widget_class->map = merit_approval_pane_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MERIT_TYPE_WORKSPACE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEMBER] =
    g_param_spec_object ("member", NULL, NULL, MERIT_TYPE_MEMBER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_WAITING] =
    g_param_spec_uint ("n-waiting", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_CANDIDATE] =
    g_param_spec_object ("selected-candidate", NULL, NULL, MERIT_TYPE_CANDIDATE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MERIT_TYPE_EVIDENCE_VIEW);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/merit/Merit/merit-approval-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, stack);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, status_page);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, leaflet);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, queue_view);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, detail_page);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, detail_scroller);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, pseudonym_label);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, role_label);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, waiting_label);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, base_row);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, band_status_label);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, band_row);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, position_bar);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, exception_row);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, terms_row);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, justification_row);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, evidence_view);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, decision_row);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, rationale_row);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, votes_group);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, votes_list);
  gtk_widget_class_bind_template_child (widget_class, MeritApprovalPane, comment_view);
  gtk_widget_class_bind_template_callback (widget_class, queue_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, queue_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, queue_activated_cb);

  _merit_approval_pane_class_add_actions (widget_class);
}

/* The queue is sorted once the filter has looked at every package.  Sorting as the filter
 * goes, the sort model would fetch every package found so far again for each chunk: at
 * 100,000 packages the window drew no frame for over 100 ms. */
static void
filter_pending_cb (MeritApprovalPane *self)
{
  GListModel *filtered = gtk_filter_list_model_get_pending (self->filter_model) == 0
                         ? G_LIST_MODEL (self->filter_model) : NULL;

  if (gtk_sort_list_model_get_model (self->queue_model) != filtered)
    gtk_sort_list_model_set_model (self->queue_model, filtered);
}

/* The queue looks at the workspace once it is loaded: filtering and sorting it batch by
 * batch as 100,000 packages come in costs the window more than the whole list does. */
static void
loading_changed_cb (MeritApprovalPane *self)
{
  GListModel *workspace = NULL;

  if (self->store != NULL && !merit_workspace_store_get_loading (self->store))
    workspace = G_LIST_MODEL (merit_workspace_store_get_workspace (self->store));
  _merit_filter_model_set_model_gradually (self->filter_model, workspace);
  filter_pending_cb (self);
  update_state (self);
}

static void
merit_approval_pane_init (MeritApprovalPane *self)
{
  GtkExpression *since = gtk_property_expression_new (MERIT_TYPE_CANDIDATE, NULL, "stage-since");

  self->filter = gtk_custom_filter_new (queue_filter_func, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, GTK_FILTER (g_object_ref (self->filter)));
  self->queue_model = gtk_sort_list_model_new (NULL, GTK_SORTER (gtk_string_sorter_new (since)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->queue_model)));
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter_model, "notify::pending",
                           G_CALLBACK (filter_pending_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->queue_model, "items-changed",
                           G_CALLBACK (queue_items_changed_cb), self, G_CONNECT_SWAPPED);
  self->store_signals = g_signal_group_new (MERIT_TYPE_WORKSPACE_STORE);
  g_signal_group_connect_swapped (self->store_signals, "notify::loading",
                                  G_CALLBACK (loading_changed_cb), self);
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
  g_signal_group_set_target (self->store_signals, store);
  loading_changed_cb (self);
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

/**
 * merit_approval_pane_get_n_waiting:
 * @self: an approval pane
 *
 * Returns: how many packages are in CEO review, waiting for a decision
 */
guint
merit_approval_pane_get_n_waiting (MeritApprovalPane *self)
{
  g_return_val_if_fail (MERIT_IS_APPROVAL_PANE (self), 0);

  return self->n_waiting;
}

/**
 * merit_approval_pane_get_selected_candidate:
 * @self: an approval pane
 *
 * Returns: (transfer none) (nullable): the package the pane shows, if any
 */
MeritCandidate *
merit_approval_pane_get_selected_candidate (MeritApprovalPane *self)
{
  g_return_val_if_fail (MERIT_IS_APPROVAL_PANE (self), NULL);

  return self->shown;
}
