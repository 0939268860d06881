/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-score-plot.c: every reviewer's score per criterion, as points on the 1–4 scale.
 *
 * One row per rubric criterion: a scale from 1 to 4, each submitted review's raw score as a
 * filled dot in the reviewer's colour, and the calibrated score as a ring of the same colour
 * where the reviewer has enough reviews to be calibrated.  A row where reviewers disagree
 * strongly is highlighted and marked.  The same content is the widget's accessible
 * description, so a screen reader hears every score.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "merit-score-plot.h"

typedef struct
{
  guint   reviewer;
  guint   raw;
  double  calibrated; /* < 0 when not calibrated */
} Point;

typedef struct
{
  char     *name;
  gboolean  disagreement;
  GArray   *points;
} Row;

struct _MeritScorePlot
{
  GtkWidget  parent_instance;

  /* Owned data */
  GPtrArray *rows;
  GPtrArray *reviewers;
  GPtrArray *names;
  char      *text;
};

G_DEFINE_FINAL_TYPE (MeritScorePlot, merit_score_plot, GTK_TYPE_WIDGET)

#define LABEL_WIDTH 260
#define ROW_HEIGHT  56
#define LEGEND_HEIGHT 44
#define DOT_RADIUS  7

/* Distinguishable on a projector and for common colour-vision deficiencies (Okabe–Ito). */
static const GdkRGBA palette[] = {
  { 0.00, 0.45, 0.70, 1 }, { 0.90, 0.62, 0.00, 1 }, { 0.00, 0.62, 0.45, 1 },
  { 0.80, 0.47, 0.65, 1 }, { 0.34, 0.71, 0.91, 1 }, { 0.84, 0.37, 0.00, 1 },
  { 0.94, 0.89, 0.26, 1 }, { 0.40, 0.40, 0.40, 1 },
};

static void
row_free (gpointer data)
{
  Row *row = data;

  g_free (row->name);
  g_array_unref (row->points);
  g_free (row);
}

static void
draw_text (MeritScorePlot *self,
           GtkSnapshot    *snapshot,
           const char     *text,
           double          x,
           double          y,
           int             width,
           gboolean        bold)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoFontDescription *font = pango_font_description_new ();
  GdkRGBA color;
  int height;

  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  if (width > 0)
    {
      pango_layout_set_width (layout, width * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_get_pixel_size (layout, NULL, &height);
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &color);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y - height / 2.0));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}

static double
scale_x (double value,
         double left,
         double right)
{
  return left + (value - 1) / 3.0 * (right - left);
}

static void
draw_row (MeritScorePlot *self,
          GtkSnapshot    *snapshot,
          cairo_t        *cr,
          Row            *row,
          double          y,
          double          width)
{
  double left = LABEL_WIDTH + 24;
  double right = width - 32;
  double mid = y + ROW_HEIGHT / 2.0;
  GdkRGBA fg;

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &fg);
  if (row->disagreement)
    {
      cairo_set_source_rgba (cr, 0.96, 0.76, 0.07, 0.28);
      cairo_rectangle (cr, 0, y + 2, width, ROW_HEIGHT - 4);
      cairo_fill (cr);
    }
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.35);
  cairo_set_line_width (cr, 2);
  cairo_move_to (cr, left, mid);
  cairo_line_to (cr, right, mid);
  cairo_stroke (cr);
  for (guint level = 1; level <= 4; level++)
    {
      cairo_move_to (cr, scale_x (level, left, right), mid - 8);
      cairo_line_to (cr, scale_x (level, left, right), mid + 8);
      cairo_stroke (cr);
    }
  for (guint i = 0; i < row->points->len; i++)
    {
      Point *point = &g_array_index (row->points, Point, i);
      const GdkRGBA *color = &palette[point->reviewer % G_N_ELEMENTS (palette)];
      /* Each reviewer has a lane of the row, so equal scores do not hide each other. */
      double lane = mid + ((double) point->reviewer - (self->reviewers->len - 1) / 2.0)
                          * MIN (14.0, (ROW_HEIGHT - 2.0 * DOT_RADIUS) / MAX (1, self->reviewers->len));

      gdk_cairo_set_source_rgba (cr, color);
      cairo_new_sub_path (cr);
      cairo_arc (cr, scale_x (point->raw, left, right), lane, DOT_RADIUS, 0, 2 * G_PI);
      cairo_fill (cr);
      if (point->calibrated >= 0)
        {
          cairo_set_line_width (cr, 2.5);
          cairo_new_sub_path (cr);
          cairo_arc (cr, scale_x (point->calibrated, left, right), lane, DOT_RADIUS + 3, 0,
                     2 * G_PI);
          cairo_stroke (cr);
        }
    }
}

static void
merit_score_plot_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  MeritScorePlot *self = MERIT_SCORE_PLOT (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double left = LABEL_WIDTH + 24;
  double right = width - 32;
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  double legend_x = 0;

  for (guint i = 0; i < self->rows->len; i++)
    draw_row (self, snapshot, cr, g_ptr_array_index (self->rows, i), 28 + i * ROW_HEIGHT, width);
  for (guint i = 0; i < self->reviewers->len; i++)
    {
      gdk_cairo_set_source_rgba (cr, &palette[i % G_N_ELEMENTS (palette)]);
      cairo_arc (cr, legend_x + DOT_RADIUS, height - LEGEND_HEIGHT / 2.0, DOT_RADIUS, 0, 2 * G_PI);
      cairo_fill (cr);
      legend_x += 200;
    }
  cairo_destroy (cr);

  for (guint level = 1; level <= 4; level++)
    {
      g_autofree char *number = g_strdup_printf ("%u", level);

      draw_text (self, snapshot, number, scale_x (level, left, right) - 5, 12, 0, TRUE);
    }
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);
      g_autofree char *label = row->disagreement
                               /* Translators: a criterion whose reviewers disagree, e.g. “⚑ Merit” */
                               ? g_strdup_printf (_("⚑ %s"), row->name) : g_strdup (row->name);

      draw_text (self, snapshot, label, 8, 28 + i * ROW_HEIGHT + ROW_HEIGHT / 2.0, LABEL_WIDTH,
                 row->disagreement);
    }
  legend_x = 0;
  for (guint i = 0; i < self->reviewers->len; i++)
    {
      draw_text (self, snapshot, g_ptr_array_index (self->names, i), legend_x + 2 * DOT_RADIUS + 8,
                 height - LEGEND_HEIGHT / 2.0, 200 - 2 * DOT_RADIUS - 16, FALSE);
      legend_x += 200;
    }
  draw_text (self, snapshot, _("● raw score   ○ calibrated"), MAX (legend_x, width - 300),
             height - LEGEND_HEIGHT / 2.0, 300, FALSE);
}

static void
merit_score_plot_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  MeritScorePlot *self = MERIT_SCORE_PLOT (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = LABEL_WIDTH + 240;
      *natural = LABEL_WIDTH + 640;
    }
  else
    *minimum = *natural = 28 + self->rows->len * ROW_HEIGHT + LEGEND_HEIGHT;
}

static void
merit_score_plot_finalize (GObject *object)
{
  MeritScorePlot *self = MERIT_SCORE_PLOT (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->reviewers, g_ptr_array_unref);
  g_clear_pointer (&self->names, g_ptr_array_unref);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (merit_score_plot_parent_class)->finalize (object);
}

static void
merit_score_plot_class_init (MeritScorePlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = merit_score_plot_finalize;
  widget_class->snapshot = merit_score_plot_snapshot;
  widget_class->measure = merit_score_plot_measure;

  gtk_widget_class_set_css_name (widget_class, "scoreplot");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
merit_score_plot_init (MeritScorePlot *self)
{
  self->rows = g_ptr_array_new_with_free_func (row_free);
  self->reviewers = g_ptr_array_new_with_free_func (g_free);
  self->names = g_ptr_array_new_with_free_func (g_free);
  self->text = g_strdup ("");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Scores by criterion"),
                                  -1);
}

/**
 * merit_score_plot_new:
 *
 * Returns: (transfer floating): a new, empty plot
 */
GtkWidget *
merit_score_plot_new (void)
{
  return g_object_new (MERIT_TYPE_SCORE_PLOT, NULL);
}

static guint
reviewer_index (MeritScorePlot *self,
                MeritRoster    *roster,
                const char     *reviewer)
{
  MeritMember *member = roster != NULL ? merit_roster_lookup (roster, reviewer) : NULL;
  guint index;

  if (g_ptr_array_find_with_equal_func (self->reviewers, reviewer, g_str_equal, &index))
    return index;
  g_ptr_array_add (self->reviewers, g_strdup (reviewer));
  g_ptr_array_add (self->names, g_strdup (member != NULL ? merit_member_get_name (member) : reviewer));
  return self->reviewers->len - 1;
}

static Row *
build_row (MeritScorePlot   *self,
           MeritRoster      *roster,
           MeritCandidate   *candidate,
           MeritCriterion   *criterion,
           MeritCalibration *calibration,
           GString          *text)
{
  GListModel *reviews = merit_candidate_get_reviews (candidate);
  Row *row = g_new0 (Row, 1);
  guint min = 5, max = 0;

  row->name = g_strdup (merit_criterion_get_name (criterion, NULL));
  row->points = g_array_new (FALSE, TRUE, sizeof (Point));
  g_string_append_printf (text, "%s:", row->name);
  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(MeritReview) review = g_list_model_get_item (reviews, i);
      MeritScore *score = merit_review_get_score (review, merit_criterion_get_id (criterion));
      Point point = { 0, 0, -1 };

      if (merit_review_get_state (review) != MERIT_REVIEW_STATE_SUBMITTED
          || score == NULL || merit_score_get_value (score) == 0)
        continue;
      point.reviewer = reviewer_index (self, roster, merit_review_get_reviewer (review));
      point.raw = merit_score_get_value (score);
      min = MIN (min, point.raw);
      max = MAX (max, point.raw);
      if (calibration != NULL
          && !merit_calibration_calibrate (calibration, merit_review_get_reviewer (review),
                                           point.raw, &point.calibrated))
        point.calibrated = -1;
      g_array_append_val (row->points, point);
      if (point.calibrated >= 0)
        /* Translators: one reviewer's score in the plot's text alternative */
        g_string_append_printf (text, _(" %s %u (calibrated %.1f),"),
                                (char *) g_ptr_array_index (self->names, point.reviewer),
                                point.raw, point.calibrated);
      else
        g_string_append_printf (text, " %s %u,",
                                (char *) g_ptr_array_index (self->names, point.reviewer), point.raw);
    }
  row->disagreement = max >= min + MERIT_DISAGREEMENT_LEVELS && max > 0;
  if (text->str[text->len - 1] == ',')
    g_string_truncate (text, text->len - 1);
  if (row->disagreement)
    g_string_append (text, _(" — reviewers disagree"));
  g_string_append (text, ".\n");
  return row;
}

/**
 * merit_score_plot_set_data:
 * @self: a plot
 * @roster: (nullable): the roster that names the reviewers
 * @candidate: (nullable): the package whose submitted reviews are plotted
 * @rubric: (nullable): the criteria, one row each
 * @calibration: (nullable): the reviewers' calibration
 *
 * Plots @candidate's scores, or nothing.
 */
void
merit_score_plot_set_data (MeritScorePlot   *self,
                           MeritRoster      *roster,
                           MeritCandidate   *candidate,
                           MeritRubric      *rubric,
                           MeritCalibration *calibration)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_if_fail (MERIT_IS_SCORE_PLOT (self));

  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->reviewers, 0);
  g_ptr_array_set_size (self->names, 0);
  if (candidate != NULL && rubric != NULL)
    {
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (rubric)); i++)
        {
          g_autoptr(MeritCriterion) criterion = g_list_model_get_item (G_LIST_MODEL (rubric), i);

          g_ptr_array_add (self->rows, build_row (self, roster, candidate, criterion, calibration, text));
        }
    }
  g_free (self->text);
  self->text = g_string_free (g_steal_pointer (&text), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->text,
                                  -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * merit_score_plot_get_text:
 * @self: a plot
 *
 * Returns: the plot as text, one line per criterion: its accessible description
 */
const char *
merit_score_plot_get_text (MeritScorePlot *self)
{
  g_return_val_if_fail (MERIT_IS_SCORE_PLOT (self), NULL);

  return self->text;
}
