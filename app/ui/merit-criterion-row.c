/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-criterion-row.c: the score and evidence of one rubric criterion in the review form.
 *
 * Four linked toggle buttons choose the level; the anchored description of the chosen level
 * (in the UI language) shows below them, and each button carries its own description as
 * tooltip and accessible description, so the anchors can be read before choosing.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "merit-criterion-row.h"

struct _MeritCriterionRow
{
  GtkListBoxRow    parent_instance;

  /* Template widgets */
  GtkLabel        *name_label;
  GtkToggleButton *level_buttons[MERIT_CRITERION_N_LEVELS];
  GtkLabel        *anchor_label;
  GtkLabel        *evidence_label;
  GtkTextView     *evidence_view;

  /* Owned references */
  MeritCriterion  *criterion;
};

G_DEFINE_FINAL_TYPE (MeritCriterionRow, merit_criterion_row, GTK_TYPE_LIST_BOX_ROW)

static const char *
criterion_name (MeritCriterion *criterion)
{
  const char *name = merit_criterion_get_name (criterion, NULL);

  return name != NULL ? name : merit_criterion_get_id (criterion);
}

static void
level_toggled_cb (MeritCriterionRow *self)
{
  guint score = merit_criterion_row_get_score (self);
  const char *description;
  g_autofree char *text = NULL;

  if (score == 0 || self->criterion == NULL)
    {
      gtk_label_set_label (self->anchor_label,
                           _("Choose a score from 1 (weak) to 4 (exceptional)."));
      return;
    }
  description = merit_criterion_get_level_description (self->criterion, score, NULL);
  text = g_strdup_printf ("%u — %s", score, description != NULL ? description : "");
  gtk_label_set_label (self->anchor_label, text);
}

static void
merit_criterion_row_dispose (GObject *object)
{
  MeritCriterionRow *self = MERIT_CRITERION_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MERIT_TYPE_CRITERION_ROW);
  g_clear_object (&self->criterion);
  G_OBJECT_CLASS (merit_criterion_row_parent_class)->dispose (object);
}

static void
merit_criterion_row_class_init (MeritCriterionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = merit_criterion_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/merit/Merit/merit-criterion-row.ui");
  gtk_widget_class_bind_template_child (widget_class, MeritCriterionRow, name_label);
  gtk_widget_class_bind_template_child_full (widget_class, "level1_button", FALSE,
                                             G_STRUCT_OFFSET (MeritCriterionRow, level_buttons[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "level2_button", FALSE,
                                             G_STRUCT_OFFSET (MeritCriterionRow, level_buttons[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "level3_button", FALSE,
                                             G_STRUCT_OFFSET (MeritCriterionRow, level_buttons[2]));
  gtk_widget_class_bind_template_child_full (widget_class, "level4_button", FALSE,
                                             G_STRUCT_OFFSET (MeritCriterionRow, level_buttons[3]));
  gtk_widget_class_bind_template_child (widget_class, MeritCriterionRow, anchor_label);
  gtk_widget_class_bind_template_child (widget_class, MeritCriterionRow, evidence_label);
  gtk_widget_class_bind_template_child (widget_class, MeritCriterionRow, evidence_view);
  gtk_widget_class_bind_template_callback (widget_class, level_toggled_cb);
}

static void
merit_criterion_row_init (MeritCriterionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * merit_criterion_row_new:
 * @criterion: a rubric criterion
 *
 * Returns: (transfer floating): a row for @criterion with no score and no evidence
 */
GtkWidget *
merit_criterion_row_new (MeritCriterion *criterion)
{
  MeritCriterionRow *self;
  const char *name = criterion_name (criterion);
  g_autofree char *evidence = NULL;

  g_return_val_if_fail (MERIT_IS_CRITERION (criterion), NULL);

  self = g_object_new (MERIT_TYPE_CRITERION_ROW, NULL);
  self->criterion = g_object_ref (criterion);
  gtk_label_set_label (self->name_label, name);
  evidence = g_strdup_printf (_("Evidence for %s"), name);
  gtk_label_set_label (self->evidence_label, evidence);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->evidence_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, evidence, -1);
  for (guint level = 1; level <= MERIT_CRITERION_N_LEVELS; level++)
    {
      GtkWidget *button = GTK_WIDGET (self->level_buttons[level - 1]);
      const char *description = merit_criterion_get_level_description (criterion, level, NULL);
      /* Translators: the accessible name of a score button, e.g. “Merit score 3” */
      g_autofree char *label = g_strdup_printf (_("%s score %u"), name, level);

      gtk_widget_set_tooltip_text (button, description);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      description != NULL ? description : "",
                                      -1);
    }
  level_toggled_cb (self);
  return GTK_WIDGET (self);
}

/**
 * merit_criterion_row_get_criterion_id:
 * @self: a row
 *
 * Returns: (transfer none): the id of the criterion
 */
const char *
merit_criterion_row_get_criterion_id (MeritCriterionRow *self)
{
  g_return_val_if_fail (MERIT_IS_CRITERION_ROW (self), NULL);

  return merit_criterion_get_id (self->criterion);
}

/**
 * merit_criterion_row_get_score:
 * @self: a row
 *
 * Returns: the chosen level, or 0 when none is chosen
 */
guint
merit_criterion_row_get_score (MeritCriterionRow *self)
{
  g_return_val_if_fail (MERIT_IS_CRITERION_ROW (self), 0);

  for (guint i = 0; i < MERIT_CRITERION_N_LEVELS; i++)
    if (gtk_toggle_button_get_active (self->level_buttons[i]))
      return i + 1;
  return 0;
}

/**
 * merit_criterion_row_set_score:
 * @self: a row
 * @score: a level from 1 to 4, or 0 for none
 */
void
merit_criterion_row_set_score (MeritCriterionRow *self,
                               guint              score)
{
  g_return_if_fail (MERIT_IS_CRITERION_ROW (self));
  g_return_if_fail (score <= MERIT_CRITERION_N_LEVELS);

  for (guint i = 0; i < MERIT_CRITERION_N_LEVELS; i++)
    gtk_toggle_button_set_active (self->level_buttons[i], i + 1 == score);
}

/**
 * merit_criterion_row_dup_evidence:
 * @self: a row
 *
 * Returns: (transfer full): the evidence text
 */
char *
merit_criterion_row_dup_evidence (MeritCriterionRow *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (MERIT_IS_CRITERION_ROW (self), NULL);

  buffer = gtk_text_view_get_buffer (self->evidence_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/**
 * merit_criterion_row_set_evidence:
 * @self: a row
 * @evidence: (nullable): the evidence text
 */
void
merit_criterion_row_set_evidence (MeritCriterionRow *self,
                                  const char        *evidence)
{
  g_return_if_fail (MERIT_IS_CRITERION_ROW (self));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->evidence_view),
                            evidence != NULL ? evidence : "", -1);
}
