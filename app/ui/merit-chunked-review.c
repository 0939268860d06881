/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-chunked-review.c: one rubric criterion across all candidates of a role.
 *
 * Chunked review is another way through the same queue: the reviewer picks a role and a
 * criterion, then meets every candidate of that role still waiting for their review, one
 * page each, and scores only that criterion.  The order is the reviewer's own
 * (merit_review_order_shuffle(), seeded from the workspace salt, the reviewer and the role),
 * so it is the same every time they come back and differs from everybody else's.
 *
 * Each page shows the blind copy of the package (merit_blind_dup_candidate()), the criterion's
 * anchored level descriptions and the usual score row.  Leaving a page saves a changed score
 * into the reviewer's draft review of that package through the store's compare-and-swap save,
 * so the review pane shows it; submitting still happens there, once every criterion is scored.
 * The session keeps package ids, not objects, and looks each one up when it is shown or saved.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "merit-chunked-review.h"
#include "merit-criterion-row.h"
#include "merit-ui-utils.h"
#include "merit-workflow.h"

struct _MeritChunkedReview
{
  GtkWidget            parent_instance;

  /* Template widgets */
  GtkWidget           *content;
  AdwWindowTitle      *window_title;
  GtkStack            *stack;
  AdwStatusPage       *status_page;
  AdwComboRow         *role_row;
  AdwComboRow         *criterion_row;
  GtkLabel            *progress_label;
  GtkProgressBar      *progress_bar;
  GtkScrolledWindow   *page_scroller;
  GtkLabel            *pseudonym_label;
  GtkLabel            *role_label;
  GtkLabel            *criterion_heading;
  GtkLabel            *anchors_label;
  GtkListBox          *criterion_list;
  GtkLabel            *summary_label;
  GtkLabel            *experience_label;
  GtkLabel            *resume_label;
  GtkButton           *next_button;
  AdwStatusPage       *done_page;

  /* Owned references */
  MeritWorkspaceStore *store;
  MeritMember         *member;
  GtkStringList       *roles;        /* role titles with candidates waiting, for role_row */
  GtkStringList       *criteria;     /* criterion names, in rubric order */
  GListStore          *shown;        /* the one criterion of the session, for criterion_list */
  MeritCriterion      *criterion;
  GPtrArray           *ids;          /* the session's package ids, in the reviewer's order */
  guint                index;
};

G_DEFINE_FINAL_TYPE (MeritChunkedReview, merit_chunked_review, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_MEMBER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
member_id (MeritChunkedReview *self)
{
  return self->member != NULL ? merit_member_get_id (self->member) : NULL;
}

static MeritWorkspace *
workspace_of (MeritChunkedReview *self)
{
  return self->store != NULL ? merit_workspace_store_get_workspace (self->store) : NULL;
}

static const char *
role_title (MeritCandidate *candidate)
{
  MeritRole *role = merit_candidate_get_role (candidate);

  return role != NULL ? merit_role_get_title (role) : NULL;
}

static const char *
criterion_name (MeritCriterion *criterion)
{
  const char *name = merit_criterion_get_name (criterion, NULL);

  return name != NULL ? name : merit_criterion_get_id (criterion);
}

/* The packages of @role (any role for %NULL) that wait for this reviewer's review. */
static GPtrArray *
waiting_candidates (MeritChunkedReview *self,
                    const char         *role)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *list = G_LIST_MODEL (workspace_of (self));

  if (list == NULL || self->member == NULL)
    return found;
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (list, i);

      if (merit_workflow_needs_review_by (candidate, member_id (self))
          && role_title (candidate) != NULL
          && (role == NULL || g_strcmp0 (role_title (candidate), role) == 0))
        g_ptr_array_add (found, g_steal_pointer (&candidate));
    }
  return found;
}

static MeritCandidate *
current_candidate (MeritChunkedReview *self)
{
  if (self->ids == NULL || self->index >= self->ids->len || self->store == NULL)
    return NULL;
  return merit_workspace_lookup (workspace_of (self), self->ids->pdata[self->index]);
}

static MeritCriterionRow *
score_row (MeritChunkedReview *self)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->criterion_list, 0);

  return row != NULL ? MERIT_CRITERION_ROW (row) : NULL;
}

static void
show_status (MeritChunkedReview *self,
             const char         *icon,
             const char         *title,
             const char         *description)
{
  adw_status_page_set_icon_name (self->status_page, icon);
  adw_status_page_set_title (self->status_page, title);
  adw_status_page_set_description (self->status_page, description);
  gtk_stack_set_visible_child_name (self->stack, "status");
}

static void
show_page (MeritChunkedReview *self)
{
  MeritCandidate *candidate = current_candidate (self);
  MeritWorkspace *workspace = workspace_of (self);
  MeritCriterionRow *row = score_row (self);
  g_autoptr(MeritCandidate) blind = NULL;
  g_autofree char *progress = NULL;
  g_autofree char *role = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *experience = NULL;
  g_autofree char *resume = NULL;
  MeritReview *review;
  MeritScore *score = NULL;
  gboolean last;

  if (candidate == NULL || row == NULL)
    {
      show_status (self, "dialog-warning-symbolic", _("Package No Longer There"),
                   _("The package was removed from the workspace while you were reviewing. "
                     "Start again to continue with the others."));
      return;
    }
  /* The page shows the blind copy only: it carries no identity at all. */
  blind = merit_blind_dup_candidate (candidate, self->member,
                                     merit_workspace_get_neutralise_pronouns (workspace)
                                     ? MERIT_REDACT_FLAGS_NEUTRALISE_PRONOUNS
                                     : MERIT_REDACT_FLAGS_NONE);
  role = _merit_candidate_dup_role_text (blind);
  _merit_candidate_dup_blind_text (blind, &summary, &experience, &resume);
  gtk_label_set_label (self->pseudonym_label, merit_candidate_get_pseudonym (blind));
  gtk_label_set_label (self->role_label, role);
  gtk_label_set_label (self->summary_label, summary != NULL ? summary : _("No summary"));
  gtk_label_set_label (self->experience_label,
                       experience != NULL ? experience : _("No profile entries"));
  gtk_label_set_label (self->resume_label, resume != NULL ? resume : _("No résumé text"));

  review = merit_candidate_find_review (candidate, member_id (self));
  if (review != NULL)
    score = merit_review_get_score (review, merit_criterion_get_id (self->criterion));
  merit_criterion_row_set_score (row, score != NULL ? merit_score_get_value (score) : 0);
  merit_criterion_row_set_evidence (row, score != NULL ? merit_score_get_evidence (score) : NULL);

  /* Translators: the position in a chunked review, e.g. “4 of 17” */
  progress = g_strdup_printf (_("%u of %u"), self->index + 1, self->ids->len);
  gtk_label_set_label (self->progress_label, progress);
  gtk_progress_bar_set_fraction (self->progress_bar, (double) (self->index + 1) / self->ids->len);
  last = self->index + 1 == self->ids->len;
  gtk_button_set_label (self->next_button, last ? _("_Finish") : _("_Next"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chunk.previous", self->index > 0);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->page_scroller), 0);
  gtk_stack_set_visible_child_name (self->stack, "candidate");
}

/* Writes the page's score and evidence into the reviewer's draft, if they changed. */
static gboolean
save_page (MeritChunkedReview *self)
{
  MeritCandidate *candidate = current_candidate (self);
  MeritCriterionRow *row = score_row (self);
  const char *criterion;
  g_autofree char *evidence = NULL;
  g_autoptr(GError) error = NULL;
  MeritReview *review;
  MeritScore *score;
  guint value;

  if (candidate == NULL || row == NULL || self->member == NULL)
    return TRUE;
  criterion = merit_criterion_get_id (self->criterion);
  value = merit_criterion_row_get_score (row);
  evidence = g_strstrip (merit_criterion_row_dup_evidence (row));
  if (*evidence == '\0')
    g_clear_pointer (&evidence, g_free);

  review = merit_candidate_find_review (candidate, member_id (self));
  score = review != NULL ? merit_review_get_score (review, criterion) : NULL;
  if ((score != NULL ? merit_score_get_value (score) : 0) == value
      && g_strcmp0 (score != NULL ? merit_score_get_evidence (score) : NULL, evidence) == 0)
    return TRUE;
  if (!merit_workflow_needs_review_by (candidate, member_id (self)))
    {
      /* Submitted from the review pane meanwhile: a submitted review is final. */
      _merit_show_toast (GTK_WIDGET (self), _("Your review of this package is already "
                                              "submitted, so the change was not saved"));
      return TRUE;
    }
  review = merit_workflow_ensure_draft_review (workspace_of (self), candidate, member_id (self),
                                               &error);
  if (review == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not start a review: %s"),
                                                  error->message);

      _merit_show_toast (GTK_WIDGET (self), message);
      return FALSE;
    }
  score = merit_review_ensure_score (review, criterion);
  merit_score_set_value (score, value);
  merit_score_set_evidence (score, evidence);
  return _merit_save_candidate (GTK_WIDGET (self), self->store, candidate, member_id (self));
}

static GtkWidget *
create_score_row (gpointer item,
                  gpointer user_data)
{
  return merit_criterion_row_new (item);
}

static void
fill_setup (MeritChunkedReview *self)
{
  g_autoptr(GPtrArray) waiting = NULL;
  g_autoptr(GHashTable) seen = NULL;
  MeritRubric *rubric;
  guint n_roles;

  gtk_string_list_splice (self->roles, 0, g_list_model_get_n_items (G_LIST_MODEL (self->roles)),
                          NULL);
  gtk_string_list_splice (self->criteria, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->criteria)), NULL);
  if (self->store == NULL)
    return;
  waiting = waiting_candidates (self, NULL);
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < waiting->len; i++)
    {
      const char *title = role_title (waiting->pdata[i]);

      if (!g_hash_table_contains (seen, title))
        {
          g_hash_table_add (seen, (gpointer) title);
          gtk_string_list_append (self->roles, title);
        }
    }
  rubric = merit_workspace_get_rubric (workspace_of (self));
  for (guint i = 0; rubric != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (rubric)); i++)
    {
      g_autoptr(MeritCriterion) criterion = g_list_model_get_item (G_LIST_MODEL (rubric), i);

      gtk_string_list_append (self->criteria, criterion_name (criterion));
    }
  n_roles = g_list_model_get_n_items (G_LIST_MODEL (self->roles));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chunk.start",
                                 n_roles > 0
                                 && g_list_model_get_n_items (G_LIST_MODEL (self->criteria)) > 0);
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MeritChunkedReview *self = MERIT_CHUNKED_REVIEW (widget);
  guint role_index = adw_combo_row_get_selected (self->role_row);
  guint criterion_index = adw_combo_row_get_selected (self->criterion_row);
  MeritWorkspace *workspace = workspace_of (self);
  const char *role;
  g_autoptr(GPtrArray) waiting = NULL;
  g_autoptr(GPtrArray) order = NULL;
  g_autofree char *subtitle = NULL;

  if (workspace == NULL || self->member == NULL
      || role_index >= g_list_model_get_n_items (G_LIST_MODEL (self->roles))
      || criterion_index >= g_list_model_get_n_items (G_LIST_MODEL (self->criteria)))
    return;
  role = gtk_string_list_get_string (self->roles, role_index);
  g_clear_object (&self->criterion);
  self->criterion = g_list_model_get_item (G_LIST_MODEL (merit_workspace_get_rubric (workspace)),
                                           criterion_index);
  waiting = waiting_candidates (self, role);
  order = merit_review_order_shuffle (waiting, member_id (self), role,
                                      merit_workspace_get_review_salt (workspace));
  g_clear_pointer (&self->ids, g_ptr_array_unref);
  self->ids = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < order->len; i++)
    g_ptr_array_add (self->ids, g_strdup (merit_candidate_get_id (order->pdata[i])));
  self->index = 0;
  if (self->ids->len == 0)
    {
      fill_setup (self);
      return;
    }

  g_list_store_remove_all (self->shown);
  g_list_store_append (self->shown, self->criterion);
  {
    /* Translators: the heading above a criterion's anchored level descriptions */
    g_autofree char *heading = g_strdup_printf (_("What Each Level of %s Means"),
                                                criterion_name (self->criterion));

    gtk_label_set_label (self->criterion_heading, heading);
  }
  {
    g_autoptr(GString) anchors = g_string_new (NULL);

    for (guint level = 1; level <= MERIT_CRITERION_N_LEVELS; level++)
      {
        const char *text = merit_criterion_get_level_description (self->criterion, level, NULL);

        g_string_append_printf (anchors, "%s%u — %s", level > 1 ? "\n" : "", level,
                                text != NULL ? text : "");
      }
    gtk_label_set_label (self->anchors_label, anchors->str);
  }
  /* Translators: the subtitle of chunked review: the criterion, then the role */
  subtitle = g_strdup_printf (_("%s · %s"), criterion_name (self->criterion), role);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  show_page (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->next_button));
}

static void
finish (MeritChunkedReview *self)
{
  g_autofree char *description = NULL;
  const char *criterion = merit_criterion_get_id (self->criterion);
  guint scored = 0;

  for (guint i = 0; i < self->ids->len; i++)
    {
      MeritCandidate *candidate = merit_workspace_lookup (workspace_of (self), self->ids->pdata[i]);
      MeritReview *review = candidate != NULL
                            ? merit_candidate_find_review (candidate, member_id (self)) : NULL;
      MeritScore *score = review != NULL ? merit_review_get_score (review, criterion) : NULL;

      if (score != NULL && merit_score_get_value (score) > 0)
        scored++;
    }
  description = g_strdup_printf (ngettext ("%u of %u candidate has your score for %s. The scores "
                                           "are drafts of your reviews: submit each review from "
                                           "the review pane once every criterion is scored.",
                                           "%u of %u candidates have your score for %s. The "
                                           "scores are drafts of your reviews: submit each "
                                           "review from the review pane once every criterion "
                                           "is scored.",
                                           self->ids->len),
                                 scored, self->ids->len, criterion_name (self->criterion));
  adw_status_page_set_title (self->done_page, scored == self->ids->len
                                              ? _("Criterion Scored")
                                              : _("End of the Candidates"));
  adw_status_page_set_description (self->done_page, description);
  gtk_stack_set_visible_child_name (self->stack, "done");
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MeritChunkedReview *self = MERIT_CHUNKED_REVIEW (widget);

  if (self->ids == NULL || !save_page (self))
    return;
  if (self->index + 1 >= self->ids->len)
    {
      finish (self);
      return;
    }
  self->index++;
  show_page (self);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MeritChunkedReview *self = MERIT_CHUNKED_REVIEW (widget);

  if (self->ids == NULL || self->index == 0 || !save_page (self))
    return;
  self->index--;
  show_page (self);
}

static void
restart_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  merit_chunked_review_restart (MERIT_CHUNKED_REVIEW (widget));
}

static void
merit_chunked_review_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  MeritChunkedReview *self = MERIT_CHUNKED_REVIEW (object);

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
merit_chunked_review_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  MeritChunkedReview *self = MERIT_CHUNKED_REVIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      merit_chunked_review_set_store (self, g_value_get_object (value));
      break;

    case PROP_MEMBER:
      merit_chunked_review_set_member (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_chunked_review_dispose (GObject *object)
{
  MeritChunkedReview *self = MERIT_CHUNKED_REVIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MERIT_TYPE_CHUNKED_REVIEW);
  g_clear_object (&self->store);
  g_clear_object (&self->member);
  g_clear_object (&self->roles);
  g_clear_object (&self->criteria);
  g_clear_object (&self->shown);
  g_clear_object (&self->criterion);
  g_clear_pointer (&self->ids, g_ptr_array_unref);
  G_OBJECT_CLASS (merit_chunked_review_parent_class)->dispose (object);
}

static void
merit_chunked_review_class_init (MeritChunkedReviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = merit_chunked_review_get_property;
  object_class->set_property = merit_chunked_review_set_property;
  object_class->dispose = merit_chunked_review_dispose;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MERIT_TYPE_WORKSPACE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEMBER] =
    g_param_spec_object ("member", NULL, NULL, MERIT_TYPE_MEMBER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/merit/Merit/merit-chunked-review.ui");
  gtk_widget_class_bind_template_child (widget_class, MeritChunkedReview, content);
  gtk_widget_class_bind_template_child (widget_class, MeritChunkedReview, window_title);
  gtk_widget_class_bind_template_child (widget_class, MeritChunkedReview, stack);
  gtk_widget_class_bind_template_child (widget_class, MeritChunkedReview, status_page);
  gtk_widget_class_bind_template_child (widget_class, MeritChunkedReview, role_row);
  gtk_widget_class_bind_template_child (widget_class, MeritChunkedReview, criterion_row);
  gtk_widget_class_bind_template_child (widget_class, MeritChunkedReview, progress_label);
  gtk_widget_class_bind_template_child (widget_class, MeritChunkedReview, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, MeritChunkedReview, page_scroller);
  gtk_widget_class_bind_template_child (widget_class, MeritChunkedReview, pseudonym_label);
  gtk_widget_class_bind_template_child (widget_class, MeritChunkedReview, role_label);
  gtk_widget_class_bind_template_child (widget_class, MeritChunkedReview, criterion_heading);
  gtk_widget_class_bind_template_child (widget_class, MeritChunkedReview, anchors_label);
  gtk_widget_class_bind_template_child (widget_class, MeritChunkedReview, criterion_list);
  gtk_widget_class_bind_template_child (widget_class, MeritChunkedReview, summary_label);
  gtk_widget_class_bind_template_child (widget_class, MeritChunkedReview, experience_label);
  gtk_widget_class_bind_template_child (widget_class, MeritChunkedReview, resume_label);
  gtk_widget_class_bind_template_child (widget_class, MeritChunkedReview, next_button);
  gtk_widget_class_bind_template_child (widget_class, MeritChunkedReview, done_page);

  gtk_widget_class_install_action (widget_class, "chunk.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "chunk.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "chunk.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "chunk.restart", NULL, restart_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "chunk.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "chunk.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "win.close-review-by-criterion", NULL);
}

static void
merit_chunked_review_init (MeritChunkedReview *self)
{
  g_autoptr(GtkExpression) expression = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->roles = gtk_string_list_new (NULL);
  self->criteria = gtk_string_list_new (NULL);
  self->shown = g_list_store_new (MERIT_TYPE_CRITERION);
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  adw_combo_row_set_expression (self->role_row, expression);
  adw_combo_row_set_expression (self->criterion_row, expression);
  adw_combo_row_set_model (self->role_row, G_LIST_MODEL (self->roles));
  adw_combo_row_set_model (self->criterion_row, G_LIST_MODEL (self->criteria));
  gtk_list_box_bind_model (self->criterion_list, G_LIST_MODEL (self->shown), create_score_row,
                           self, NULL);
  merit_chunked_review_restart (self);
}

/**
 * merit_chunked_review_get_store:
 * @self: a chunked review
 *
 * Returns: (transfer none) (nullable): the workspace store
 */
MeritWorkspaceStore *
merit_chunked_review_get_store (MeritChunkedReview *self)
{
  g_return_val_if_fail (MERIT_IS_CHUNKED_REVIEW (self), NULL);

  return self->store;
}

/**
 * merit_chunked_review_set_store:
 * @self: a chunked review
 * @store: (nullable): the workspace store whose packages are reviewed
 *
 * Ends any session and shows the choice of role and criterion again.
 */
void
merit_chunked_review_set_store (MeritChunkedReview  *self,
                                MeritWorkspaceStore *store)
{
  g_return_if_fail (MERIT_IS_CHUNKED_REVIEW (self));

  if (!g_set_object (&self->store, store))
    return;
  merit_chunked_review_restart (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * merit_chunked_review_get_member:
 * @self: a chunked review
 *
 * Returns: (transfer none) (nullable): the reviewer
 */
MeritMember *
merit_chunked_review_get_member (MeritChunkedReview *self)
{
  g_return_val_if_fail (MERIT_IS_CHUNKED_REVIEW (self), NULL);

  return self->member;
}

/**
 * merit_chunked_review_set_member:
 * @self: a chunked review
 * @member: (nullable): the reviewer
 *
 * Ends any session and shows the choice of role and criterion again.
 */
void
merit_chunked_review_set_member (MeritChunkedReview *self,
                                 MeritMember        *member)
{
  g_return_if_fail (MERIT_IS_CHUNKED_REVIEW (self));

  if (!g_set_object (&self->member, member))
    return;
  merit_chunked_review_restart (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEMBER]);
}

/**
 * merit_chunked_review_restart:
 * @self: a chunked review
 *
 * Shows the choice of role and criterion, with the roles that have packages waiting for the
 * reviewer now, or says why there is nothing to review.
 */
void
merit_chunked_review_restart (MeritChunkedReview *self)
{
  g_return_if_fail (MERIT_IS_CHUNKED_REVIEW (self));

  g_clear_pointer (&self->ids, g_ptr_array_unref);
  adw_window_title_set_subtitle (self->window_title, NULL);
  fill_setup (self);
  if (self->member == NULL || !merit_member_has_role (self->member, MERIT_ROLE_REVIEWER))
    show_status (self, "document-edit-symbolic", _("Reviews Are for Reviewers"),
                 _("You do not hold the reviewer role in this workspace, so no packages wait "
                   "for your review. The chair can add the role to your roster entry."));
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->roles)) == 0)
    show_status (self, "emblem-ok-symbolic", _("No Reviews Waiting"),
                 _("You have submitted a review for every package in blind review."));
  else
    gtk_stack_set_visible_child_name (self->stack, "setup");
}

/**
 * merit_chunked_review_leave:
 * @self: a chunked review
 *
 * Saves the page being shown before the view is left.
 *
 * Returns: %FALSE when the score could not be saved and the view should stay
 */
gboolean
merit_chunked_review_leave (MeritChunkedReview *self)
{
  g_return_val_if_fail (MERIT_IS_CHUNKED_REVIEW (self), TRUE);

  if (self->ids == NULL
      || g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "candidate") != 0)
    return TRUE;
  return save_page (self);
}
