/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-evidence-view.c: the blind evidence of a package, summarised per rubric criterion.
 *
 * One row per criterion of the workspace rubric: the mean of the submitted scores, their
 * spread and range, how many reviews scored it, and the calibrated mean beside the raw one
 * when some reviewer has enough reviews to be calibrated.  Criteria on which reviewers differ
 * by two levels or more carry a flag with an icon and words, so it does not rest on colour.
 *
 * The view shows what it is given: whoever embeds it decides whether the person looking may
 * read the reviews (merit_blind_may_see_reviews()).  The workspace calibration is computed
 * once and dropped whenever the workspace changes.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "merit-aggregate.h"
#include "merit-evidence-view.h"
#include "merit-ui-utils.h"
#include "merit-workflow.h"

struct _MeritEvidenceView
{
  GtkWidget            parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *group;
  GtkWidget           *disagreement_banner;
  GtkLabel            *disagreement_label;
  GtkListBox          *criteria_list;
  GtkLabel            *footnote_label;

  /* Owned references */
  MeritWorkspace      *workspace;
  MeritCalibration    *calibration;
  GArray              *summaries;
  gulong               items_changed_id;

  guint                n_disagreements;
};

G_DEFINE_FINAL_TYPE (MeritEvidenceView, merit_evidence_view, GTK_TYPE_WIDGET)

static const MeritCriterionSummary *
find_summary (MeritEvidenceView *self,
              const char        *criterion)
{
  for (guint i = 0; self->summaries != NULL && i < self->summaries->len; i++)
    {
      const MeritCriterionSummary *summary = &g_array_index (self->summaries,
                                                             MeritCriterionSummary, i);

      if (g_strcmp0 (summary->criterion, criterion) == 0)
        return summary;
    }
  return NULL;
}

static const char *
criterion_title (MeritCriterion *criterion)
{
  const char *name = merit_criterion_get_name (criterion, NULL);

  return name != NULL ? name : merit_criterion_get_id (criterion);
}

static GtkWidget *
create_flag (const char                  *title,
             const MeritCriterionSummary *summary)
{
  GtkWidget *flag = g_object_new (GTK_TYPE_BOX,
                                  "orientation", GTK_ORIENTATION_HORIZONTAL,
                                  "spacing", 4,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                                  NULL);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *label = gtk_label_new (_("Reviewers disagree"));
  g_autofree char *accessible = NULL;

  /* TRANSLATORS: the accessible name of the flag on one criterion, e.g.
   * “Merit: reviewers disagree, scores from 2 to 4”. */
  accessible = g_strdup_printf (_("%s: reviewers disagree, scores from %u to %u"),
                                title, summary->min, summary->max);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  "", -1);
  gtk_widget_set_valign (flag, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (flag, accessible);
  gtk_widget_add_css_class (flag, "warning");
  gtk_widget_add_css_class (flag, "disagreement-flag");
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_box_append (GTK_BOX (flag), icon);
  gtk_box_append (GTK_BOX (flag), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (flag), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  return flag;
}

static GtkWidget *
create_values (const MeritCriterionSummary *summary)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autofree char *mean = _merit_format_score (summary->mean);
  g_autofree char *accessible = g_strdup_printf (_("Mean %s"), mean);
  GtkWidget *mean_label = gtk_label_new (mean);

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (mean_label), 1);
  gtk_widget_add_css_class (mean_label, "title-4");
  gtk_widget_add_css_class (mean_label, "numeric");
  gtk_widget_set_tooltip_text (mean_label, _("Mean of the raw scores"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (mean_label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  gtk_box_append (GTK_BOX (box), mean_label);
  if (summary->calibrated)
    {
      g_autofree char *value = _merit_format_score (summary->calibrated_mean);
      /* TRANSLATORS: shown under the raw mean of a criterion, e.g. “calibrated 3.1”. */
      g_autofree char *text = g_strdup_printf (_("calibrated %s"), value);
      GtkWidget *calibrated = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (calibrated), 1);
      gtk_widget_add_css_class (calibrated, "caption");
      gtk_widget_add_css_class (calibrated, "dim-label");
      gtk_widget_add_css_class (calibrated, "numeric");
      gtk_widget_set_tooltip_text (calibrated,
                                   _("Mean after calibrating each reviewer against their own "
                                     "average"));
      gtk_box_append (GTK_BOX (box), calibrated);
    }
  return box;
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  MeritEvidenceView *self = user_data;
  MeritCriterion *criterion = item;
  const char *title = criterion_title (criterion);
  const MeritCriterionSummary *summary = find_summary (self, merit_criterion_get_id (criterion));
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (summary == NULL || summary->n_scores == 0)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("No scores yet"));
      return row;
    }
  subtitle = g_strdup_printf (ngettext ("Spread %.1f · scores %u to %u · %u review",
                                        "Spread %.1f · scores %u to %u · %u reviews",
                                        summary->n_scores),
                              summary->spread, summary->min, summary->max, summary->n_scores);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (summary->disagreement)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_flag (title, summary));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_values (summary));
  return row;
}

static void
workspace_items_changed_cb (MeritEvidenceView *self)
{
  /* A saved review anywhere moves every reviewer's average: calibrate again when needed. */
  g_clear_object (&self->calibration);
}

static void
set_workspace (MeritEvidenceView *self,
               MeritWorkspace    *workspace)
{
  if (self->workspace == workspace)
    return;
  if (self->workspace != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->workspace);
  g_clear_object (&self->calibration);
  g_set_object (&self->workspace, workspace);
  if (workspace != NULL)
    self->items_changed_id = g_signal_connect_object (workspace, "items-changed",
                                                      G_CALLBACK (workspace_items_changed_cb),
                                                      self, G_CONNECT_SWAPPED);
}

static void
merit_evidence_view_dispose (GObject *object)
{
  MeritEvidenceView *self = MERIT_EVIDENCE_VIEW (object);

  set_workspace (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MERIT_TYPE_EVIDENCE_VIEW);
  G_OBJECT_CLASS (merit_evidence_view_parent_class)->dispose (object);
}

static void
merit_evidence_view_finalize (GObject *object)
{
  MeritEvidenceView *self = MERIT_EVIDENCE_VIEW (object);

  g_clear_pointer (&self->summaries, g_array_unref);
  G_OBJECT_CLASS (merit_evidence_view_parent_class)->finalize (object);
}

static void
merit_evidence_view_class_init (MeritEvidenceViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = merit_evidence_view_dispose;
  object_class->finalize = merit_evidence_view_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/merit/Merit/merit-evidence-view.ui");
  gtk_widget_class_bind_template_child (widget_class, MeritEvidenceView, group);
  gtk_widget_class_bind_template_child (widget_class, MeritEvidenceView, disagreement_banner);
  gtk_widget_class_bind_template_child (widget_class, MeritEvidenceView, disagreement_label);
  gtk_widget_class_bind_template_child (widget_class, MeritEvidenceView, criteria_list);
  gtk_widget_class_bind_template_child (widget_class, MeritEvidenceView, footnote_label);
}

static void
merit_evidence_view_init (MeritEvidenceView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * merit_evidence_view_new:
 *
 * Returns: (transfer floating): a new, empty evidence view
 */
GtkWidget *
merit_evidence_view_new (void)
{
  return g_object_new (MERIT_TYPE_EVIDENCE_VIEW, NULL);
}

/**
 * merit_evidence_view_set_candidate:
 * @self: an evidence view
 * @workspace: (nullable): the workspace of @candidate: its rubric and its calibration
 * @candidate: (nullable): the package whose submitted reviews are summarised
 *
 * Summarises the submitted reviews of @candidate.  The caller must have checked that the
 * person looking may read them.  The view keeps no reference to @candidate.
 */
void
merit_evidence_view_set_candidate (MeritEvidenceView *self,
                                   MeritWorkspace    *workspace,
                                   MeritCandidate    *candidate)
{
  MeritRubric *rubric;
  g_auto(GStrv) criteria = NULL;
  g_autofree char *description = NULL;
  g_autofree char *score = NULL;
  gboolean any_calibrated = FALSE;
  double raw, calibrated;
  guint n_reviews;

  g_return_if_fail (MERIT_IS_EVIDENCE_VIEW (self));
  g_return_if_fail (workspace == NULL || MERIT_IS_WORKSPACE (workspace));
  g_return_if_fail (candidate == NULL || MERIT_IS_CANDIDATE (candidate));

  set_workspace (self, workspace);
  g_clear_pointer (&self->summaries, g_array_unref);
  self->n_disagreements = 0;
  gtk_list_box_bind_model (self->criteria_list, NULL, NULL, NULL, NULL);
  if (workspace == NULL || candidate == NULL)
    {
      adw_preferences_group_set_description (self->group, NULL);
      gtk_widget_set_visible (self->disagreement_banner, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->footnote_label), FALSE);
      return;
    }

  if (self->calibration == NULL)
    self->calibration = merit_calibration_new (G_LIST_MODEL (workspace));
  rubric = merit_workspace_get_rubric (workspace);
  criteria = merit_rubric_dup_criterion_ids (rubric);
  self->summaries = merit_aggregate_candidate (candidate, (const char * const *) criteria,
                                               self->calibration);
  for (guint i = 0; i < self->summaries->len; i++)
    {
      const MeritCriterionSummary *summary = &g_array_index (self->summaries,
                                                             MeritCriterionSummary, i);

      if (summary->disagreement)
        self->n_disagreements++;
    }

  n_reviews = merit_workflow_count_submitted_reviews (candidate);
  raw = merit_aggregate_blind_score (candidate, NULL, NULL);
  calibrated = merit_aggregate_blind_score (candidate, self->calibration, &any_calibrated);
  score = _merit_format_score (raw);
  if (n_reviews == 0)
    description = g_strdup (_("No submitted reviews yet"));
  else if (!any_calibrated)
    /* TRANSLATORS: e.g. “3 submitted reviews · blind score 3.4” */
    description = g_strdup_printf (ngettext ("%u submitted review · blind score %s",
                                             "%u submitted reviews · blind score %s", n_reviews),
                                   n_reviews, score);
  else
    {
      g_autofree char *calibrated_score = _merit_format_score (calibrated);

      /* TRANSLATORS: e.g. “3 submitted reviews · blind score 3.4, calibrated 3.2” */
      description = g_strdup_printf (ngettext ("%u submitted review · blind score %s, "
                                               "calibrated %s",
                                               "%u submitted reviews · blind score %s, "
                                               "calibrated %s", n_reviews),
                                     n_reviews, score, calibrated_score);
    }
  adw_preferences_group_set_description (self->group, description);

  gtk_widget_set_visible (self->disagreement_banner, self->n_disagreements > 0);
  if (self->n_disagreements > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("Reviewers disagree by two levels or "
                                                         "more on %u criterion: discuss it "
                                                         "before deciding.",
                                                         "Reviewers disagree by two levels or "
                                                         "more on %u criteria: discuss them "
                                                         "before deciding.",
                                                         self->n_disagreements),
                                               self->n_disagreements);

      gtk_label_set_label (self->disagreement_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->footnote_label), any_calibrated);
  gtk_list_box_bind_model (self->criteria_list, G_LIST_MODEL (rubric), create_row_cb, self, NULL);
}

/**
 * merit_evidence_view_get_n_disagreements:
 * @self: an evidence view
 *
 * Returns: how many criteria of the shown package carry the disagreement flag
 */
guint
merit_evidence_view_get_n_disagreements (MeritEvidenceView *self)
{
  g_return_val_if_fail (MERIT_IS_EVIDENCE_VIEW (self), 0);

  return self->n_disagreements;
}
