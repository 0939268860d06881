/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-candidate-list-view.c: every package of the workspace, searchable and sortable.
 *
 * The workspace model goes through a GtkFilterListModel (search, stage, role) and a
 * GtkSortListModel driven by the column headers.  The sorters are expression sorters, whose
 * keys GTK computes once per item, and the search looks through one case-folded text made
 * once per package, so both stay fast with 100,000 packages; the packages themselves are
 * summaries (see MeritWorkspaceStore) until one is opened.  Cells only copy a few strings
 * when they are bound.
 *
 * The blind score is the calibrated mean, with the raw mean beside it.  The calibration is
 * computed once for the whole workspace when loading ends and again shortly after a change,
 * never per row.  A reviewer sees no score of a package they have not yet reviewed themselves
 * (merit_blind_may_see_reviews()), and such rows sort as unscored.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "merit-candidate-detail.h"
#include "merit-candidate-list-view.h"
#include "merit-cell.h"
#include "merit-ui-utils.h"

struct _MeritCandidateListView
{
  GtkWidget            parent_instance;

  /* Template widgets */
  AdwLeaflet          *leaflet;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *stage_dropdown;
  GtkDropDown         *role_dropdown;
  GtkStack            *list_stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *pseudonym_column;
  GtkColumnViewColumn *role_column;
  GtkColumnViewColumn *level_column;
  GtkColumnViewColumn *stage_column;
  GtkColumnViewColumn *score_column;
  GtkColumnViewColumn *days_column;
  GtkLabel            *count_label;
  MeritCandidateDetail *detail;

  /* Owned references */
  MeritWorkspaceStore *store;
  MeritMember         *member;
  GSignalGroup        *workspace_signals;
  GtkCustomFilter     *filter;
  GtkFilterListModel  *filter_model;
  GtkSortListModel    *sort_model;
  GtkSingleSelection  *selection;
  GtkStringList       *role_titles;
  GHashTable          *seen_roles;
  char                *search_text;
  MeritCalibration    *calibration;
  GtkSorter           *score_sorter;
  GHashTable          *score_cells;   /* bound GtkListItem of the score column */
  guint                calibrate_id;
  char                *selected_id;   /* kept while a saved package is re-sorted */
};

G_DEFINE_FINAL_TYPE (MeritCandidateListView, merit_candidate_list_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_MEMBER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The stage dropdown lists “all”, every stage, then “broken”. */
#define STAGE_ALL 0
#define N_STAGES (MERIT_STAGE_WITHDRAWN + 1)
#define STAGE_BROKEN (N_STAGES + 1)

/* The case-folded text a search looks through, made once per package and kept on it until
 * the workspace reports the package changed: typing then costs one substring search per
 * package, not five case-foldings. */
static GQuark search_key_quark;

static const char *
search_key (MeritCandidate *candidate)
{
  const char *key = g_object_get_qdata (G_OBJECT (candidate), search_key_quark);
  MeritRole *role;
  const char *title;
  g_autofree char *text = NULL;

  if (key != NULL)
    return key;
  role = merit_candidate_get_role (candidate);
  title = role != NULL ? merit_role_get_title (role) : NULL;
  /* A search text never holds a newline, so no match spans two fields. */
  text = g_strjoin ("\n",
                    merit_candidate_get_pseudonym (candidate) != NULL
                    ? merit_candidate_get_pseudonym (candidate) : "",
                    merit_candidate_get_id (candidate),
                    title != NULL ? title : "",
                    merit_stage_get_label (merit_candidate_get_stage (candidate)),
                    merit_candidate_get_broken_reason (candidate) != NULL
                    ? merit_candidate_get_broken_reason (candidate) : "",
                    NULL);
  key = g_utf8_casefold (text, -1);
  g_object_set_qdata_full (G_OBJECT (candidate), search_key_quark, (gpointer) key, g_free);
  return key;
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  MeritCandidateListView *self = user_data;
  MeritCandidate *candidate = item;
  MeritRole *role = merit_candidate_get_role (candidate);
  const char *title = role != NULL ? merit_role_get_title (role) : NULL;
  gboolean broken = merit_candidate_get_broken_reason (candidate) != NULL;
  guint stage = gtk_drop_down_get_selected (self->stage_dropdown);
  guint role_index = gtk_drop_down_get_selected (self->role_dropdown);

  if (stage == STAGE_BROKEN && !broken)
    return FALSE;
  if (stage != STAGE_ALL && stage != STAGE_BROKEN
      && (broken || merit_candidate_get_stage (candidate) != stage - 1))
    return FALSE;
  if (role_index != 0 && role_index != GTK_INVALID_LIST_POSITION
      && g_strcmp0 (title, gtk_string_list_get_string (self->role_titles, role_index)) != 0)
    return FALSE;
  if (self->search_text == NULL)
    return TRUE;
  return strstr (search_key (candidate), self->search_text) != NULL;
}

static char *
pseudonym_key (MeritCandidate *candidate)
{
  const char *pseudonym = merit_candidate_get_pseudonym (candidate);

  return g_strdup (pseudonym != NULL ? pseudonym : merit_candidate_get_id (candidate));
}

static char *
role_key (MeritCandidate *candidate)
{
  MeritRole *role = merit_candidate_get_role (candidate);

  return g_strdup (role != NULL ? merit_role_get_title (role) : NULL);
}

static char *
level_key (MeritCandidate *candidate)
{
  MeritRole *role = merit_candidate_get_role (candidate);

  return g_strdup (role != NULL ? merit_role_get_level (role) : NULL);
}

static int
stage_key (MeritCandidate *candidate)
{
  return merit_candidate_get_broken_reason (candidate) != NULL
         ? -1 : (int) merit_candidate_get_stage (candidate);
}

/* The calibrated blind score, or -1 when there is none or the person may not see it. */
static double
score_key (MeritCandidate         *candidate,
           MeritCandidateListView *self)
{
  if (merit_candidate_get_broken_reason (candidate) != NULL
      || !merit_blind_may_see_reviews (candidate, self->member))
    return -1;
  return merit_aggregate_blind_score (candidate, self->calibration, NULL);
}

static gint64
days_key (MeritCandidate *candidate)
{
  return merit_candidate_get_days_in_stage (candidate, NULL);
}

static GtkSorter *
set_sorter (GtkColumnViewColumn *column,
            GType                type,
            GCallback            key,
            gpointer             user_data)
{
  GtkExpression *expression = gtk_cclosure_expression_new (type, NULL, 0, NULL, key, user_data,
                                                           NULL);
  g_autoptr(GtkSorter) sorter = NULL;

  if (type == G_TYPE_STRING)
    sorter = GTK_SORTER (gtk_string_sorter_new (expression));
  else
    sorter = GTK_SORTER (gtk_numeric_sorter_new (expression));
  gtk_column_view_column_set_sorter (column, sorter);
  return sorter;
}

static void
update_count (MeritCandidateListView *self)
{
  guint total = 0, shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autofree char *text = NULL;

  if (self->store != NULL)
    total = g_list_model_get_n_items (G_LIST_MODEL (merit_workspace_store_get_workspace (self->store)));
  if (self->store != NULL && merit_workspace_store_get_loading (self->store))
    text = g_strdup_printf (ngettext ("Loading… %u package so far", "Loading… %u packages so far",
                                      total), total);
  else if (shown == total)
    text = g_strdup_printf (ngettext ("%u package", "%u packages", total), total);
  else
    text = g_strdup_printf (ngettext ("Showing %u of %u package", "Showing %u of %u packages",
                                      total), shown, total);
  gtk_label_set_label (self->count_label, text);
  if (total == 0 && self->store != NULL && !merit_workspace_store_get_loading (self->store))
    gtk_stack_set_visible_child_name (self->list_stack, "no-packages");
  else
    gtk_stack_set_visible_child_name (self->list_stack, shown > 0 || total == 0 ? "list" : "empty");
}

static void
update_detail (MeritCandidateListView *self)
{
  MeritCandidate *candidate;

  /* The template is gone once the view is disposed. */
  if (self->detail == NULL || self->selection == NULL)
    return;
  candidate = gtk_single_selection_get_selected_item (self->selection);
  if (candidate != NULL && g_strcmp0 (self->selected_id, merit_candidate_get_id (candidate)) != 0)
    {
      g_free (self->selected_id);
      self->selected_id = g_strdup (merit_candidate_get_id (candidate));
    }
  merit_candidate_detail_set_candidate (self->detail, self->store, candidate,
                                        self->member != NULL ? merit_member_get_id (self->member)
                                                             : NULL,
                                        self->calibration);
}

static void
rebuild_stage_list (MeritCandidateListView *self)
{
  g_autoptr(GtkStringList) stages = gtk_string_list_new (NULL);

  gtk_string_list_append (stages, _("All Stages"));
  for (guint i = 0; i < N_STAGES; i++)
    gtk_string_list_append (stages, merit_stage_get_label (i));
  gtk_string_list_append (stages, _("Broken"));
  gtk_drop_down_set_model (self->stage_dropdown, G_LIST_MODEL (stages));
}

static void
text_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               MeritCandidateListView   *self)
{
  gtk_list_item_set_child (item, merit_cell_new (0));
}

static void
numeric_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  MeritCandidateListView   *self)
{
  GtkWidget *cell = merit_cell_new (1);

  gtk_widget_add_css_class (cell, "numeric");
  gtk_list_item_set_child (item, cell);
}

static void
set_cell (GtkListItem *item,
          const char  *text,
          gboolean     error)
{
  GtkWidget *cell = gtk_list_item_get_child (item);

  merit_cell_set_text (MERIT_CELL (cell), text);
  if (error)
    gtk_widget_add_css_class (cell, "error");
  else
    gtk_widget_remove_css_class (cell, "error");
}

static void
pseudonym_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   MeritCandidateListView   *self)
{
  MeritCandidate *candidate = gtk_list_item_get_item (item);
  g_autofree char *text = pseudonym_key (candidate);

  set_cell (item, text, merit_candidate_get_broken_reason (candidate) != NULL);
}

static void
role_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              MeritCandidateListView   *self)
{
  MeritCandidate *candidate = gtk_list_item_get_item (item);
  const char *reason = merit_candidate_get_broken_reason (candidate);
  g_autofree char *title = role_key (candidate);

  merit_cell_set_tooltip (MERIT_CELL (gtk_list_item_get_child (item)), reason);
  set_cell (item, reason != NULL ? reason : title, reason != NULL);
}

static void
level_bind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               MeritCandidateListView   *self)
{
  g_autofree char *level = level_key (gtk_list_item_get_item (item));

  set_cell (item, level, FALSE);
}

static void
stage_bind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               MeritCandidateListView   *self)
{
  MeritCandidate *candidate = gtk_list_item_get_item (item);

  if (merit_candidate_get_broken_reason (candidate) != NULL)
    set_cell (item, _("Broken"), TRUE);
  else
    set_cell (item, merit_stage_get_label (merit_candidate_get_stage (candidate)), FALSE);
}

static void
show_score (MeritCandidateListView *self,
            GtkListItem            *item)
{
  MeritCandidate *candidate = gtk_list_item_get_item (item);
  g_autofree char *text = NULL;
  const char *tooltip = NULL;

  if (candidate == NULL)
    return;
  text = _merit_dup_blind_score_text (candidate, self->calibration, self->member, &tooltip);
  set_cell (item, text, FALSE);
  merit_cell_set_tooltip (MERIT_CELL (gtk_list_item_get_child (item)), tooltip);
}

static void
score_bind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               MeritCandidateListView   *self)
{
  g_hash_table_add (self->score_cells, item);
  show_score (self, item);
}

static void
score_unbind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 MeritCandidateListView   *self)
{
  g_hash_table_remove (self->score_cells, item);
}

/* Scores changed for the whole list: new calibration or another person looking. */
static void
refresh_scores (MeritCandidateListView *self)
{
  GHashTableIter iter;
  gpointer item;

  g_hash_table_iter_init (&iter, self->score_cells);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    show_score (self, item);
  if (self->score_sorter != NULL)
    gtk_sorter_changed (self->score_sorter, GTK_SORTER_CHANGE_DIFFERENT);
  update_detail (self);
}

static gboolean
calibrate_cb (gpointer user_data)
{
  MeritCandidateListView *self = user_data;
  MeritWorkspace *workspace = self->store != NULL
                              ? merit_workspace_store_get_workspace (self->store) : NULL;

  g_autoptr(MeritCalibration) calibration = NULL;

  self->calibrate_id = 0;
  if (workspace != NULL)
    calibration = merit_calibration_new (G_LIST_MODEL (workspace));
  /* Most changes (a draft saved, a stage moved) leave the calibration as it was; the changed
   * row is bound again by the list anyway, so the others need no work. */
  if (merit_calibration_equal (calibration, self->calibration))
    return G_SOURCE_REMOVE;
  g_set_object (&self->calibration, calibration);
  refresh_scores (self);
  return G_SOURCE_REMOVE;
}

/* Calibrating reads every review of the workspace, so it waits until loading ends and runs
 * once for a burst of changes. */
static void
schedule_calibration (MeritCandidateListView *self)
{
  if (self->calibrate_id != 0
      || (self->store != NULL && merit_workspace_store_get_loading (self->store)))
    return;
  self->calibrate_id = g_timeout_add (100, calibrate_cb, self);
}

static void
days_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              MeritCandidateListView   *self)
{
  MeritCandidate *candidate = gtk_list_item_get_item (item);
  g_autofree char *days = NULL;

  if (merit_candidate_get_broken_reason (candidate) == NULL)
    days = g_strdup_printf ("%" G_GINT64_FORMAT, days_key (candidate));
  set_cell (item, days, FALSE);
}

static void
workspace_items_changed_cb (MeritCandidateListView *self,
                            guint                   position,
                            guint                   removed,
                            guint                   added,
                            GListModel             *workspace)
{
  if (g_list_model_get_n_items (workspace) == 0)
    {
      g_hash_table_remove_all (self->seen_roles);
      gtk_string_list_splice (self->role_titles, 1,
                              g_list_model_get_n_items (G_LIST_MODEL (self->role_titles)) - 1,
                              NULL);
    }
  for (guint i = position; i < position + added; i++)
    {
      MeritCandidate *candidate = g_list_model_get_item (workspace, i);
      MeritRole *role = merit_candidate_get_role (candidate);
      const char *title = role != NULL ? merit_role_get_title (role) : NULL;

      /* A package reported again may have changed: its search text is made anew. */
      g_object_set_qdata (G_OBJECT (candidate), search_key_quark, NULL);
      if (title != NULL && !g_hash_table_contains (self->seen_roles, title))
        {
          g_hash_table_add (self->seen_roles, g_strdup (title));
          gtk_string_list_append (self->role_titles, title);
        }
      g_object_unref (candidate);
    }
  update_count (self);
  schedule_calibration (self);
}

/* Saving a package changes it in the workspace, and the filter and sort models take it out
 * and put it back, which drops the selection: select it again when it comes back. */
static void
sorted_items_changed_cb (MeritCandidateListView *self,
                         guint                   position,
                         guint                   removed,
                         guint                   added,
                         GListModel             *sorted)
{
  if (self->selected_id == NULL
      || gtk_single_selection_get_selected (self->selection) != GTK_INVALID_LIST_POSITION)
    return;
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (sorted, i);

      if (g_strcmp0 (merit_candidate_get_id (candidate), self->selected_id) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
}

static void
search_changed_cb (MeritCandidateListView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *old = g_steal_pointer (&self->search_text);
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  if (*stripped != '\0')
    self->search_text = g_utf8_casefold (stripped, -1);
  if (old != NULL && self->search_text != NULL && strstr (self->search_text, old) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (self->search_text == NULL || (old != NULL && strstr (old, self->search_text) != NULL))
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  gtk_filter_changed (GTK_FILTER (self->filter), change);
}

static void
filter_changed_cb (MeritCandidateListView *self)
{
  if (self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
row_activated_cb (MeritCandidateListView *self,
                  guint                   position)
{
  gtk_single_selection_set_selected (self->selection, position);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
go_back_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MeritCandidateListView *self = MERIT_CANDIDATE_LIST_VIEW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
merit_candidate_list_view_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  MeritCandidateListView *self = MERIT_CANDIDATE_LIST_VIEW (object);

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
merit_candidate_list_view_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  MeritCandidateListView *self = MERIT_CANDIDATE_LIST_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      merit_candidate_list_view_set_store (self, g_value_get_object (value));
      break;

    case PROP_MEMBER:
      merit_candidate_list_view_set_member (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_candidate_list_view_dispose (GObject *object)
{
  MeritCandidateListView *self = MERIT_CANDIDATE_LIST_VIEW (object);

  if (self->workspace_signals != NULL)
    g_signal_group_set_target (self->workspace_signals, NULL);
  g_clear_handle_id (&self->calibrate_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), MERIT_TYPE_CANDIDATE_LIST_VIEW);
  g_hash_table_remove_all (self->score_cells);
  g_clear_object (&self->score_sorter);
  g_clear_object (&self->calibration);
  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->workspace_signals);
  g_clear_object (&self->store);
  g_clear_object (&self->member);
  g_clear_object (&self->role_titles);
  G_OBJECT_CLASS (merit_candidate_list_view_parent_class)->dispose (object);
}

static void
merit_candidate_list_view_finalize (GObject *object)
{
  MeritCandidateListView *self = MERIT_CANDIDATE_LIST_VIEW (object);

  g_clear_pointer (&self->seen_roles, g_hash_table_unref);
  g_clear_pointer (&self->score_cells, g_hash_table_unref);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->selected_id, g_free);
  G_OBJECT_CLASS (merit_candidate_list_view_parent_class)->finalize (object);
}

static void
merit_candidate_list_view_class_init (MeritCandidateListViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  search_key_quark = g_quark_from_static_string ("merit-list-search-key");

  object_class->get_property = merit_candidate_list_view_get_property;
  object_class->set_property = merit_candidate_list_view_set_property;
  object_class->dispose = merit_candidate_list_view_dispose;
  object_class->finalize = merit_candidate_list_view_finalize;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MERIT_TYPE_WORKSPACE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEMBER] =
    g_param_spec_object ("member", NULL, NULL, MERIT_TYPE_MEMBER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MERIT_TYPE_CANDIDATE_DETAIL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/merit/Merit/merit-candidate-list-view.ui");
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateListView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateListView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateListView, stage_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateListView, role_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateListView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateListView, column_view);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateListView, pseudonym_column);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateListView, role_column);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateListView, level_column);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateListView, stage_column);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateListView, score_column);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateListView, days_column);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateListView, count_label);
  gtk_widget_class_bind_template_child (widget_class, MeritCandidateListView, detail);
  gtk_widget_class_bind_template_callback (widget_class, text_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, numeric_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, pseudonym_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, role_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, level_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, stage_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, score_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, score_unbind_cb);
  gtk_widget_class_bind_template_callback (widget_class, days_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "list.go-back", NULL, go_back_action);
}

static void
merit_candidate_list_view_init (MeritCandidateListView *self)
{
  self->seen_roles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->score_cells = g_hash_table_new (NULL, NULL);
  self->role_titles = gtk_string_list_new (NULL);
  gtk_string_list_append (self->role_titles, _("All Roles"));

  gtk_widget_init_template (GTK_WIDGET (self));

  rebuild_stage_list (self);
  gtk_drop_down_set_model (self->role_dropdown, G_LIST_MODEL (self->role_titles));

  set_sorter (self->pseudonym_column, G_TYPE_STRING, G_CALLBACK (pseudonym_key), NULL);
  set_sorter (self->role_column, G_TYPE_STRING, G_CALLBACK (role_key), NULL);
  set_sorter (self->level_column, G_TYPE_STRING, G_CALLBACK (level_key), NULL);
  set_sorter (self->stage_column, G_TYPE_INT, G_CALLBACK (stage_key), NULL);
  self->score_sorter = g_object_ref (set_sorter (self->score_column, G_TYPE_DOUBLE,
                                                 G_CALLBACK (score_key), self));
  set_sorter (self->days_column, G_TYPE_INT64, G_CALLBACK (days_key), NULL);

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, GTK_FILTER (g_object_ref (self->filter)));
  /* Not incremental: filtering even 100,000 packages takes a few milliseconds with the
   * search texts made once, and one change of the list is far cheaper to lay out than the
   * hundreds that incremental filtering or sorting emits. */
  self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filter_model)),
                                              g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->sort_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (update_detail), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sort_model, "items-changed",
                           G_CALLBACK (sorted_items_changed_cb), self, G_CONNECT_SWAPPED);

  self->workspace_signals = g_signal_group_new (MERIT_TYPE_WORKSPACE);
  g_signal_group_connect_object (self->workspace_signals, "items-changed",
                                 G_CALLBACK (workspace_items_changed_cb), self,
                                 G_CONNECT_SWAPPED);
  update_count (self);
}

/**
 * merit_candidate_list_view_get_store:
 * @self: a list view
 *
 * Returns: (transfer none) (nullable): the workspace store shown
 */
MeritWorkspaceStore *
merit_candidate_list_view_get_store (MeritCandidateListView *self)
{
  g_return_val_if_fail (MERIT_IS_CANDIDATE_LIST_VIEW (self), NULL);

  return self->store;
}

/**
 * merit_candidate_list_view_set_store:
 * @self: a list view
 * @store: (nullable): the workspace store to show
 */
void
merit_candidate_list_view_set_store (MeritCandidateListView *self,
                                     MeritWorkspaceStore    *store)
{
  MeritWorkspace *workspace = NULL;

  g_return_if_fail (MERIT_IS_CANDIDATE_LIST_VIEW (self));
  g_return_if_fail (!store || MERIT_IS_WORKSPACE_STORE (store));

  if (!g_set_object (&self->store, store))
    return;
  if (store != NULL)
    workspace = merit_workspace_store_get_workspace (store);
  g_hash_table_remove_all (self->seen_roles);
  gtk_string_list_splice (self->role_titles, 1,
                          g_list_model_get_n_items (G_LIST_MODEL (self->role_titles)) - 1, NULL);
  g_signal_group_set_target (self->workspace_signals, workspace);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (workspace));
  if (workspace != NULL)
    workspace_items_changed_cb (self, 0, 0,
                                g_list_model_get_n_items (G_LIST_MODEL (workspace)),
                                G_LIST_MODEL (workspace));
  g_clear_handle_id (&self->calibrate_id, g_source_remove);
  g_clear_object (&self->calibration);
  g_clear_pointer (&self->selected_id, g_free);
  if (store != NULL)
    {
      g_signal_connect_object (store, "notify::loading", G_CALLBACK (update_count), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "notify::loading", G_CALLBACK (schedule_calibration), self,
                               G_CONNECT_SWAPPED);
    }
  update_count (self);
  update_detail (self);
  schedule_calibration (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * merit_candidate_list_view_get_member:
 * @self: a list view
 *
 * Returns: (transfer none) (nullable): the person looking at the list
 */
MeritMember *
merit_candidate_list_view_get_member (MeritCandidateListView *self)
{
  g_return_val_if_fail (MERIT_IS_CANDIDATE_LIST_VIEW (self), NULL);

  return self->member;
}

/**
 * merit_candidate_list_view_set_member:
 * @self: a list view
 * @member: (nullable): the person looking at the list; identity is shown only if allowed
 */
void
merit_candidate_list_view_set_member (MeritCandidateListView *self,
                                      MeritMember            *member)
{
  g_return_if_fail (MERIT_IS_CANDIDATE_LIST_VIEW (self));

  if (!g_set_object (&self->member, member))
    return;
  refresh_scores (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEMBER]);
}

/**
 * merit_candidate_list_view_focus_search:
 * @self: a list view
 *
 * Moves the keyboard focus to the search entry and selects its text.
 */
void
merit_candidate_list_view_focus_search (MeritCandidateListView *self)
{
  g_return_if_fail (MERIT_IS_CANDIDATE_LIST_VIEW (self));

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
