/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-review-pane.c: the current person's blind-review queue and the rubric form.
 *
 * The queue holds the packages in blind review that the current person has not submitted a
 * review for.  The profile beside the form is the redacted blind text only.  Both buttons go
 * through merit-workflow (which checks role and stage again) and then save the package.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "merit-criterion-row.h"
#include "merit-review-pane.h"
#include "merit-ui-utils.h"
#include "merit-workflow.h"

struct _MeritReviewPane
{
  GtkWidget            parent_instance;

  /* Template widgets */
  GtkStack            *stack;
  AdwStatusPage       *status_page;
  AdwLeaflet          *leaflet;
  GtkListView         *queue_view;
  GtkWidget           *profile_page;
  GtkWidget           *form_page;
  GtkLabel            *pseudonym_label;
  GtkLabel            *role_label;
  GtkLabel            *summary_label;
  GtkLabel            *experience_label;
  GtkLabel            *resume_label;
  GtkLabel            *form_title_label;
  GtkListBox          *criteria_list;

  /* Owned references */
  MeritWorkspaceStore *store;
  MeritMember         *member;
  MeritRubric         *bound_rubric;
  GtkCustomFilter     *filter;
  GtkFilterListModel  *queue_model;
  GtkSingleSelection  *selection;
};

G_DEFINE_FINAL_TYPE (MeritReviewPane, merit_review_pane, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_MEMBER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
member_id (MeritReviewPane *self)
{
  return self->member != NULL ? merit_member_get_id (self->member) : NULL;
}

static gboolean
queue_filter_func (gpointer item,
                   gpointer user_data)
{
  MeritReviewPane *self = user_data;

  return self->member != NULL && merit_workflow_needs_review_by (item, member_id (self));
}

static GtkWidget *
create_criterion_row (gpointer item,
                      gpointer user_data)
{
  return merit_criterion_row_new (item);
}

static void
ensure_rubric (MeritReviewPane *self)
{
  MeritRubric *rubric = NULL;

  if (self->store != NULL)
    rubric = merit_workspace_get_rubric (merit_workspace_store_get_workspace (self->store));
  if (rubric == self->bound_rubric)
    return;
  g_set_object (&self->bound_rubric, rubric);
  gtk_list_box_bind_model (self->criteria_list, G_LIST_MODEL (rubric), create_criterion_row,
                           self, NULL);
}

static void
fill_form (MeritReviewPane *self,
           MeritCandidate  *candidate)
{
  MeritReview *review = merit_candidate_find_review (candidate, member_id (self));

  ensure_rubric (self);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->criteria_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      MeritCriterionRow *row = MERIT_CRITERION_ROW (child);
      MeritScore *score = review != NULL
                          ? merit_review_get_score (review, merit_criterion_row_get_criterion_id (row))
                          : NULL;

      merit_criterion_row_set_score (row, score != NULL ? merit_score_get_value (score) : 0);
      merit_criterion_row_set_evidence (row, score != NULL ? merit_score_get_evidence (score) : NULL);
    }
}

static void
show_candidate (MeritReviewPane *self,
                MeritCandidate  *candidate)
{
  g_autofree char *role = _merit_candidate_dup_role_text (candidate);
  g_autofree char *summary = NULL;
  g_autofree char *experience = NULL;
  g_autofree char *resume = NULL;
  g_autofree char *form_title = NULL;

  _merit_candidate_dup_blind_text (candidate, &summary, &experience, &resume);
  gtk_label_set_label (self->pseudonym_label, merit_candidate_get_pseudonym (candidate));
  gtk_label_set_label (self->role_label, role);
  gtk_label_set_label (self->summary_label, summary != NULL ? summary : _("No summary"));
  gtk_label_set_label (self->experience_label,
                       experience != NULL ? experience : _("No profile entries"));
  gtk_label_set_label (self->resume_label, resume != NULL ? resume : _("No résumé text"));
  /* Translators: the heading of the rubric form, e.g. “Your Review of Candidate K7M2” */
  form_title = g_strdup_printf (_("Your Review of %s"), merit_candidate_get_pseudonym (candidate));
  gtk_label_set_label (self->form_title_label, form_title);
  fill_form (self, candidate);
}

static void
update_state (MeritReviewPane *self)
{
  MeritCandidate *candidate = gtk_single_selection_get_selected_item (self->selection);
  gboolean loading = self->store != NULL && merit_workspace_store_get_loading (self->store);
  gboolean built = _merit_pane_is_built (GTK_WIDGET (self));

  /* Saving reads the form, which exists once the pane has been shown. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pane.save-draft", candidate != NULL && built);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pane.submit", candidate != NULL && built);
  if (!built)
    return;
  if (candidate != NULL)
    {
      show_candidate (self, candidate);
      gtk_stack_set_visible_child_name (self->stack, "review");
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "status");
  if (self->member == NULL || !merit_member_has_role (self->member, MERIT_ROLE_REVIEWER))
    {
      adw_status_page_set_icon_name (self->status_page, "document-edit-symbolic");
      adw_status_page_set_title (self->status_page, _("Reviews Are for Reviewers"));
      adw_status_page_set_description (self->status_page,
                                       _("You do not hold the reviewer role in this workspace, "
                                         "so no packages wait for your review. The chair can "
                                         "add the role to your roster entry."));
    }
  else if (loading)
    {
      adw_status_page_set_icon_name (self->status_page, "content-loading-symbolic");
      adw_status_page_set_title (self->status_page, _("Loading Packages…"));
      adw_status_page_set_description (self->status_page, NULL);
    }
  else
    {
      adw_status_page_set_icon_name (self->status_page, "emblem-ok-symbolic");
      adw_status_page_set_title (self->status_page, _("No Reviews Waiting"));
      adw_status_page_set_description (self->status_page,
                                       _("You have submitted a review for every package in "
                                         "blind review."));
    }
}

static void
apply_form (MeritReviewPane *self,
            MeritReview     *review)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->criteria_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      MeritCriterionRow *row = MERIT_CRITERION_ROW (child);
      const char *id = merit_criterion_row_get_criterion_id (row);
      MeritScore *score = merit_review_ensure_score (review, id);
      g_autofree char *evidence = merit_criterion_row_dup_evidence (row);

      merit_score_set_value (score, merit_criterion_row_get_score (row));
      merit_score_set_evidence (score, *g_strstrip (evidence) != '\0' ? evidence : NULL);
    }
}

static void
save_review (MeritReviewPane *self,
             gboolean         submit)
{
  g_autoptr(MeritCandidate) candidate = NULL;
  g_autoptr(GError) error = NULL;
  MeritWorkspace *workspace;
  MeritReview *review;
  g_autofree char *message = NULL;

  if (self->store == NULL || self->member == NULL
      || gtk_single_selection_get_selected_item (self->selection) == NULL)
    return;
  candidate = g_object_ref (gtk_single_selection_get_selected_item (self->selection));
  workspace = merit_workspace_store_get_workspace (self->store);
  review = merit_workflow_ensure_draft_review (workspace, candidate, member_id (self), &error);
  if (review == NULL)
    {
      message = g_strdup_printf (_("Could not start a review: %s"), error->message);
      _merit_show_toast (GTK_WIDGET (self), message);
      return;
    }
  apply_form (self, review);
  if (submit && !merit_workflow_submit_review (workspace, candidate, member_id (self), &error))
    {
      message = g_strdup_printf (_("Not submitted yet: %s. Complete the form, or save it as a "
                                   "draft."), error->message);
      _merit_show_toast (GTK_WIDGET (self), message);
      return;
    }
  if (!_merit_save_candidate (GTK_WIDGET (self), self->store, candidate, member_id (self)))
    return;
  message = g_strdup_printf (submit ? _("Review of %s submitted") : _("Draft of %s saved"),
                             merit_candidate_get_pseudonym (candidate));
  _merit_show_toast (GTK_WIDGET (self), message);
}

static void
save_draft_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  save_review (MERIT_REVIEW_PANE (widget), FALSE);
}

static void
submit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  save_review (MERIT_REVIEW_PANE (widget), TRUE);
}

static void
navigate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MeritReviewPane *self = MERIT_REVIEW_PANE (widget);
  const char *page = g_variant_get_string (parameter, NULL);

  if (g_strcmp0 (page, "profile") == 0)
    adw_leaflet_set_visible_child (self->leaflet, self->profile_page);
  else if (g_strcmp0 (page, "form") == 0)
    adw_leaflet_set_visible_child (self->leaflet, self->form_page);
  else
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
queue_activated_cb (MeritReviewPane *self,
                    guint            position)
{
  gtk_single_selection_set_selected (self->selection, position);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->profile_page);
}

static void
queue_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                MeritReviewPane          *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
queue_bind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               MeritReviewPane          *self)
{
  MeritCandidate *candidate = gtk_list_item_get_item (item);
  g_autofree char *role = _merit_candidate_dup_role_text (candidate);
  g_autofree char *escaped_pseudonym = g_markup_escape_text (merit_candidate_get_pseudonym (candidate), -1);
  g_autofree char *escaped_role = g_markup_escape_text (role, -1);
  g_autofree char *markup = g_strdup_printf ("%s\n<small>%s</small>", escaped_pseudonym,
                                             escaped_role);

  gtk_label_set_markup (GTK_LABEL (gtk_list_item_get_child (item)), markup);
}

static void
merit_review_pane_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MeritReviewPane *self = MERIT_REVIEW_PANE (object);

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
merit_review_pane_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MeritReviewPane *self = MERIT_REVIEW_PANE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      merit_review_pane_set_store (self, g_value_get_object (value));
      break;

    case PROP_MEMBER:
      merit_review_pane_set_member (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Builds the widgets, once, when the pane is first shown: a window that never shows the pane
 * never pays for them. */
static void
ensure_built (MeritReviewPane *self)
{
  if (!_merit_pane_build (GTK_WIDGET (self)))
    return;
  gtk_list_view_set_model (self->queue_view, GTK_SELECTION_MODEL (self->selection));
  update_state (self);
}

static void
merit_review_pane_map (GtkWidget *widget)
{
  ensure_built (MERIT_REVIEW_PANE (widget));
  GTK_WIDGET_CLASS (merit_review_pane_parent_class)->map (widget);
}

static void
merit_review_pane_dispose (GObject *object)
{
  MeritReviewPane *self = MERIT_REVIEW_PANE (object);

  if (_merit_pane_is_built (GTK_WIDGET (self)))
    gtk_widget_dispose_template (GTK_WIDGET (self), MERIT_TYPE_REVIEW_PANE);
  g_clear_object (&self->selection);
  g_clear_object (&self->queue_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->bound_rubric);
  g_clear_object (&self->store);
  g_clear_object (&self->member);
  G_OBJECT_CLASS (merit_review_pane_parent_class)->dispose (object);
}

static void
merit_review_pane_class_init (MeritReviewPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = merit_review_pane_get_property;
  object_class->set_property = merit_review_pane_set_property;
  object_class->dispose = merit_review_pane_dispose;
  widget_class->map = merit_review_pane_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MERIT_TYPE_WORKSPACE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEMBER] =
    g_param_spec_object ("member", NULL, NULL, MERIT_TYPE_MEMBER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/merit/Merit/merit-review-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, MeritReviewPane, stack);
  gtk_widget_class_bind_template_child (widget_class, MeritReviewPane, status_page);
  gtk_widget_class_bind_template_child (widget_class, MeritReviewPane, leaflet);
  gtk_widget_class_bind_template_child (widget_class, MeritReviewPane, queue_view);
  gtk_widget_class_bind_template_child (widget_class, MeritReviewPane, profile_page);
  gtk_widget_class_bind_template_child (widget_class, MeritReviewPane, form_page);
  gtk_widget_class_bind_template_child (widget_class, MeritReviewPane, pseudonym_label);
  gtk_widget_class_bind_template_child (widget_class, MeritReviewPane, role_label);
  gtk_widget_class_bind_template_child (widget_class, MeritReviewPane, summary_label);
  gtk_widget_class_bind_template_child (widget_class, MeritReviewPane, experience_label);
  gtk_widget_class_bind_template_child (widget_class, MeritReviewPane, resume_label);
  gtk_widget_class_bind_template_child (widget_class, MeritReviewPane, form_title_label);
  gtk_widget_class_bind_template_child (widget_class, MeritReviewPane, criteria_list);
  gtk_widget_class_bind_template_callback (widget_class, queue_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, queue_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, queue_activated_cb);

  gtk_widget_class_install_action (widget_class, "pane.save-draft", NULL, save_draft_action);
  gtk_widget_class_install_action (widget_class, "pane.submit", NULL, submit_action);
  gtk_widget_class_install_action (widget_class, "pane.navigate", "s", navigate_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "pane.save-draft", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "pane.submit", NULL);
}

static void
merit_review_pane_init (MeritReviewPane *self)
{
  self->filter = gtk_custom_filter_new (queue_filter_func, self, NULL);
  self->queue_model = gtk_filter_list_model_new (NULL, GTK_FILTER (g_object_ref (self->filter)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->queue_model)));
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  update_state (self);
}

/* The queue looks at the workspace once it is loaded: filtering it batch by batch as
 * 100,000 packages come in costs the window more than the whole list does. */
static void
loading_changed_cb (MeritReviewPane *self)
{
  GListModel *workspace = NULL;

  if (self->store != NULL && !merit_workspace_store_get_loading (self->store))
    workspace = G_LIST_MODEL (merit_workspace_store_get_workspace (self->store));
  _merit_filter_model_set_model_gradually (self->queue_model, workspace);
  update_state (self);
}

/**
 * merit_review_pane_get_store:
 * @self: a review pane
 *
 * Returns: (transfer none) (nullable): the workspace store
 */
MeritWorkspaceStore *
merit_review_pane_get_store (MeritReviewPane *self)
{
  g_return_val_if_fail (MERIT_IS_REVIEW_PANE (self), NULL);

  return self->store;
}

/**
 * merit_review_pane_set_store:
 * @self: a review pane
 * @store: (nullable): the workspace store whose packages are reviewed
 */
void
merit_review_pane_set_store (MeritReviewPane     *self,
                             MeritWorkspaceStore *store)
{
  g_return_if_fail (MERIT_IS_REVIEW_PANE (self));

  if (!g_set_object (&self->store, store))
    return;
  if (store != NULL)
    g_signal_connect_object (store, "notify::loading", G_CALLBACK (loading_changed_cb), self,
                             G_CONNECT_SWAPPED);
  loading_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * merit_review_pane_get_member:
 * @self: a review pane
 *
 * Returns: (transfer none) (nullable): the reviewer
 */
MeritMember *
merit_review_pane_get_member (MeritReviewPane *self)
{
  g_return_val_if_fail (MERIT_IS_REVIEW_PANE (self), NULL);

  return self->member;
}

/**
 * merit_review_pane_set_member:
 * @self: a review pane
 * @member: (nullable): the person whose queue to show
 */
void
merit_review_pane_set_member (MeritReviewPane *self,
                              MeritMember     *member)
{
  g_return_if_fail (MERIT_IS_REVIEW_PANE (self));

  if (!g_set_object (&self->member, member))
    return;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEMBER]);
}
