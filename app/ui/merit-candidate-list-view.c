/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-candidate-list-view.c: every package of the workspace, searchable and sortable.
 *
 * The workspace model goes through MeritCandidateRows, which filters (search, stage, role)
 * and sorts by the column headers, keeping each package's search text and sort keys once
 * made, and whose items are positions: a change of the filter or order sets the text of the
 * rows the list already has instead of making new ones, so typing stays fast with 100,000
 * packages; the packages themselves are summaries (see MeritWorkspaceStore) until one is
 * opened.  Cells only copy a few strings when they are bound.
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
#include "merit-candidate-rows.h"
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
  MeritCandidateRows  *rows;
  GtkSingleSelection  *selection;
  GtkStringList       *role_titles;
  GHashTable          *seen_roles;
  guint                filter_stage;  /* the stage dropdown's position */
  char                *filter_role;   /* the role title filtered by, or NULL */
  MeritCalibration    *calibration;
  GHashTable          *bound;         /* bound GtkListItem → its column */
  GArray              *probe_calls;   /* see read_sort_order() */
  int                  probe_column;
  guint                calibrate_id;
  MeritCalibration    *calibrating;  /* being made, of the first @calibrated packages */
  guint                calibrated;
  char                *selected_id;   /* kept while the package is filtered out or re-sorted */
  MeritCandidate      *shown;         /* weak: the package the detail shows */
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

/* The columns, in the order of MeritCandidateRows' keys. */
enum {
  COLUMN_PSEUDONYM,
  COLUMN_ROLE,
  COLUMN_LEVEL,
  COLUMN_STAGE,
  COLUMN_SCORE,
  COLUMN_DAYS,
  N_COLUMNS
};

/* The column a cell factory fills (set_up_column()). */
static GQuark column_quark;

/* Case folding; for ASCII text, which most is, that is lowering its letters. */
static char *
fold (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p >= 0x80)
      return g_utf8_casefold (text, -1);
  return g_ascii_strdown (text, -1);
}

/* The case-folded text a search looks through, made once per package by the rows: typing
 * then costs one substring search per package, not five case-foldings. */
static char *
search_text (MeritCandidate *candidate)
{
  MeritRole *role;
  const char *title;
  g_autofree char *text = NULL;

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
  return fold (text);
}

static gboolean
filter_func (MeritCandidate *candidate,
             gpointer        user_data)
{
  MeritCandidateListView *self = user_data;
  guint stage = self->filter_stage;
  gboolean broken;

  if (stage == STAGE_ALL && self->filter_role == NULL)
    return TRUE;
  broken = merit_candidate_get_broken_reason (candidate) != NULL;
  if (stage == STAGE_BROKEN && !broken)
    return FALSE;
  if (stage != STAGE_ALL && stage != STAGE_BROKEN
      && (broken || merit_candidate_get_stage (candidate) != stage - 1))
    return FALSE;
  if (self->filter_role != NULL)
    {
      MeritRole *role = merit_candidate_get_role (candidate);

      return role != NULL && g_strcmp0 (merit_role_get_title (role), self->filter_role) == 0;
    }
  return TRUE;
}

/* The dropdowns as the filter reads them, once per change rather than once per package. */
static void
read_filter (MeritCandidateListView *self)
{
  guint role_index = gtk_drop_down_get_selected (self->role_dropdown);

  self->filter_stage = gtk_drop_down_get_selected (self->stage_dropdown);
  g_clear_pointer (&self->filter_role, g_free);
  if (role_index != 0 && role_index != GTK_INVALID_LIST_POSITION)
    self->filter_role = g_strdup (gtk_string_list_get_string (self->role_titles, role_index));
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

static void
key_func (MeritCandidate *candidate,
          guint           column,
          char          **text,
          double         *number,
          gpointer        user_data)
{
  switch (column)
    {
    case COLUMN_PSEUDONYM:
      *text = pseudonym_key (candidate);
      break;
    case COLUMN_ROLE:
      *text = role_key (candidate);
      break;
    case COLUMN_LEVEL:
      *text = level_key (candidate);
      break;
    case COLUMN_STAGE:
      *number = stage_key (candidate);
      break;
    case COLUMN_SCORE:
      *number = score_key (candidate, user_data);
      break;
    case COLUMN_DAYS:
      *number = days_key (candidate);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* The column headers sort through the column view's sorter, whose order (which columns,
 * which first, which descending) GTK 4.8 does not tell.  Each column's sorter is a probe:
 * comparing two objects with the column view's sorter while every probe answers “equal”
 * calls them in the order of the sort, and while only one answers “larger”, the result says
 * whether that column is inverted.  Nothing else compares with these sorters. */
typedef struct
{
  MeritCandidateListView *self;
  int                     column;
} Probe;

static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  Probe *probe = user_data;

  if (probe->self->probe_column < 0)
    {
      g_array_append_val (probe->self->probe_calls, probe->column);
      return GTK_ORDERING_EQUAL;
    }
  return probe->column == probe->self->probe_column ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static void
read_sort_order (MeritCandidateListView *self)
{
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (MeritRowsOrder));
  GtkSorter *sorter;

  /* Columns are taken out of the sort as the view is disposed. */
  if (self->column_view == NULL || self->rows == NULL)
    return;
  sorter = gtk_column_view_get_sorter (self->column_view);
  g_array_set_size (self->probe_calls, 0);
  self->probe_column = -1;
  gtk_sorter_compare (sorter, self, self->rows);
  for (guint i = 0; i < self->probe_calls->len && i < N_COLUMNS; i++)
    {
      MeritRowsOrder step;

      self->probe_column = g_array_index (self->probe_calls, int, i);
      step.column = (guint) self->probe_column;
      step.descending = gtk_sorter_compare (sorter, self, self->rows) == GTK_ORDERING_SMALLER;
      g_array_append_val (order, step);
    }
  self->probe_column = -1;
  merit_candidate_rows_set_order (self->rows, (MeritRowsOrder *) (gpointer) order->data,
                                  order->len);
}

/* Tells @column's factory which column it fills, and gives the column its probe. */
static void
set_up_column (GtkColumnViewColumn    *column,
               MeritCandidateListView *self,
               int                     index)
{
  Probe *probe = g_new (Probe, 1);
  g_autoptr(GtkCustomSorter) sorter = NULL;

  g_object_set_qdata (G_OBJECT (gtk_column_view_column_get_factory (column)), column_quark,
                      GINT_TO_POINTER (index));
  probe->self = self;
  probe->column = index;
  sorter = gtk_custom_sorter_new (probe_compare, probe, g_free);
  gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
}

static void
update_count (MeritCandidateListView *self)
{
  guint total = 0, shown = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
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

static MeritCandidate *
selected_candidate (MeritCandidateListView *self)
{
  MeritCandidateRow *row = gtk_single_selection_get_selected_item (self->selection);

  return row != NULL ? merit_candidate_row_get_candidate (row) : NULL;
}

static void
update_detail (MeritCandidateListView *self)
{
  MeritCandidate *candidate;

  /* The template is gone once the view is disposed. */
  if (self->detail == NULL || self->selection == NULL)
    return;
  candidate = selected_candidate (self);
  if (candidate != NULL && g_strcmp0 (self->selected_id, merit_candidate_get_id (candidate)) != 0)
    {
      g_free (self->selected_id);
      self->selected_id = g_strdup (merit_candidate_get_id (candidate));
    }
  g_set_weak_pointer (&self->shown, candidate);
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

/* Shows @candidate (or nothing) in the cell of @item. */
typedef void (*FillFunc) (MeritCandidateListView *self,
                          GtkListItem            *item,
                          MeritCandidate         *candidate);

static void
fill_pseudonym (MeritCandidateListView *self,
                GtkListItem            *item,
                MeritCandidate         *candidate)
{
  g_autofree char *text = pseudonym_key (candidate);

  set_cell (item, text, merit_candidate_get_broken_reason (candidate) != NULL);
}

static void
fill_role (MeritCandidateListView *self,
           GtkListItem            *item,
           MeritCandidate         *candidate)
{
  const char *reason = merit_candidate_get_broken_reason (candidate);
  g_autofree char *title = role_key (candidate);

  merit_cell_set_tooltip (MERIT_CELL (gtk_list_item_get_child (item)), reason);
  set_cell (item, reason != NULL ? reason : title, reason != NULL);
}

static void
fill_level (MeritCandidateListView *self,
            GtkListItem            *item,
            MeritCandidate         *candidate)
{
  g_autofree char *level = level_key (candidate);

  set_cell (item, level, FALSE);
}

static void
fill_stage (MeritCandidateListView *self,
            GtkListItem            *item,
            MeritCandidate         *candidate)
{
  if (merit_candidate_get_broken_reason (candidate) != NULL)
    set_cell (item, _("Broken"), TRUE);
  else
    set_cell (item, merit_stage_get_label (merit_candidate_get_stage (candidate)), FALSE);
}

static void
fill_score (MeritCandidateListView *self,
            GtkListItem            *item,
            MeritCandidate         *candidate)
{
  g_autofree char *text = NULL;
  const char *tooltip = NULL;

  text = _merit_dup_blind_score_text (candidate, self->calibration, self->member, &tooltip);
  set_cell (item, text, FALSE);
  merit_cell_set_tooltip (MERIT_CELL (gtk_list_item_get_child (item)), tooltip);
}

static void
fill_days (MeritCandidateListView *self,
           GtkListItem            *item,
           MeritCandidate         *candidate)
{
  g_autofree char *days = NULL;

  if (merit_candidate_get_broken_reason (candidate) == NULL)
    days = g_strdup_printf ("%" G_GINT64_FORMAT, days_key (candidate));
  set_cell (item, days, FALSE);
}

static const FillFunc fill_funcs[N_COLUMNS] = {
  fill_pseudonym, fill_role, fill_level, fill_stage, fill_score, fill_days
};

static void
fill (MeritCandidateListView *self,
      GtkListItem            *item,
      guint                   column)
{
  FillFunc func = fill_funcs[column];
  MeritCandidateRow *row = gtk_list_item_get_item (item);
  MeritCandidate *candidate = row != NULL ? merit_candidate_row_get_candidate (row) : NULL;

  if (candidate != NULL)
    func (self, item, candidate);
  else
    {
      merit_cell_set_tooltip (MERIT_CELL (gtk_list_item_get_child (item)), NULL);
      set_cell (item, NULL, FALSE);
    }
}

/* A bound cell is filled again whenever its row shows another package; the table of bound
 * cells keeps each one's column. */
static void
bind_cell (MeritCandidateListView *self,
           GtkListItem            *item,
           guint                   column)
{
  g_hash_table_insert (self->bound, item, GUINT_TO_POINTER (column));
  fill (self, item, column);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           MeritCandidateListView   *self)
{
  g_hash_table_remove (self->bound, item);
}

/* Every column's factory binds here; set_up_column() tells each factory its column. */
static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         MeritCandidateListView   *self)
{
  bind_cell (self, item,
             GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (factory), column_quark)));
}

/* Fills every bound cell again, or those of one column (< N_COLUMNS). */
static void
refill_cells (MeritCandidateListView *self,
              guint                   only)
{
  GHashTableIter iter;
  gpointer item, column;

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &item, &column))
    if (only >= N_COLUMNS || GPOINTER_TO_UINT (column) == only)
      fill (self, item, GPOINTER_TO_UINT (column));
}

/* Scores changed for the whole list: new calibration or another person looking. */
static void
refresh_scores (MeritCandidateListView *self)
{
  refill_cells (self, COLUMN_SCORE);
  if (self->rows != NULL)
    merit_candidate_rows_invalidate_column (self->rows, COLUMN_SCORE);
  update_detail (self);
}

/* Calibrating reads every review of the workspace: this many packages a turn of the main
 * loop, so that 100,000 do not hold up the window. */
#define CALIBRATE_STEP 8192

static gboolean
calibrate_step_cb (gpointer user_data)
{
  MeritCandidateListView *self = user_data;
  GListModel *workspace = self->store != NULL
                          ? G_LIST_MODEL (merit_workspace_store_get_workspace (self->store)) : NULL;
  guint n = workspace != NULL ? g_list_model_get_n_items (workspace) : 0;
  guint end = MIN (self->calibrated + CALIBRATE_STEP, n);
  g_autoptr(MeritCalibration) calibration = NULL;

  if (self->calibrating == NULL)
    self->calibrating = merit_calibration_new_empty ();
  for (guint i = self->calibrated; i < end; i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (workspace, i);

      merit_calibration_add (self->calibrating, candidate);
    }
  self->calibrated = end;
  if (end < n)
    return G_SOURCE_CONTINUE;

  self->calibrate_id = 0;
  self->calibrated = 0;
  calibration = g_steal_pointer (&self->calibrating);
  if (workspace != NULL)
    merit_calibration_finish (calibration);
  else
    g_clear_object (&calibration);
  /* Most changes (a draft saved, a stage moved) leave the calibration as it was; the changed
   * row is bound again by the list anyway, so the others need no work. */
  if (merit_calibration_equal (calibration, self->calibration))
    return G_SOURCE_REMOVE;
  g_set_object (&self->calibration, calibration);
  refresh_scores (self);
  /* Sorting by the blind score then only sorts. */
  merit_candidate_rows_prepare_column (self->rows, COLUMN_SCORE);
  return G_SOURCE_REMOVE;
}

static gboolean
calibrate_cb (gpointer user_data)
{
  MeritCandidateListView *self = user_data;

  self->calibrate_id = g_idle_add (calibrate_step_cb, self);
  return G_SOURCE_REMOVE;
}

static void
stop_calibration (MeritCandidateListView *self)
{
  g_clear_handle_id (&self->calibrate_id, g_source_remove);
  g_clear_object (&self->calibrating);
  self->calibrated = 0;
}

/* Calibrating waits until loading ends and runs once for a burst of changes; a change while
 * it runs starts it again. */
static void
schedule_calibration (MeritCandidateListView *self)
{
  if (self->calibrating != NULL)
    stop_calibration (self);
  if (self->calibrate_id != 0
      || (self->store != NULL && merit_workspace_store_get_loading (self->store)))
    return;
  self->calibrate_id = g_timeout_add (100, calibrate_cb, self);
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

/* The rows show other packages at the same positions (a search, another order, a saved
 * package moved): the cells show them, and the selection follows its package, or is dropped
 * while the package is not listed and taken up again when it is. */
static void
rows_changed_cb (MeritCandidateListView *self)
{
  guint position = GTK_INVALID_LIST_POSITION;

  refill_cells (self, N_COLUMNS);
  if (self->selected_id != NULL)
    position = merit_candidate_rows_find (self->rows, self->selected_id);
  if (position != gtk_single_selection_get_selected (self->selection))
    gtk_single_selection_set_selected (self->selection, position);
  if (selected_candidate (self) != self->shown)
    update_detail (self);
}

static void
rows_items_changed_cb (MeritCandidateListView *self)
{
  update_count (self);
  /* A package that comes back into the list is selected again. */
  if (self->selected_id != NULL
      && gtk_single_selection_get_selected (self->selection) == GTK_INVALID_LIST_POSITION)
    rows_changed_cb (self);
}

static void
search_changed_cb (MeritCandidateListView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *folded = *stripped != '\0' ? fold (stripped) : NULL;

  merit_candidate_rows_set_search (self->rows, folded);
}

static void
filter_changed_cb (MeritCandidateListView *self)
{
  if (self->rows == NULL || self->role_titles == NULL)
    return;
  read_filter (self);
  merit_candidate_rows_refilter (self->rows, GTK_FILTER_CHANGE_DIFFERENT);
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
  stop_calibration (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), MERIT_TYPE_CANDIDATE_LIST_VIEW);
  g_hash_table_remove_all (self->bound);
  g_clear_weak_pointer (&self->shown);
  if (self->rows != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->rows, self);
      merit_candidate_rows_set_model (self->rows, NULL);
    }
  g_clear_object (&self->calibration);
  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
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
  g_clear_pointer (&self->bound, g_hash_table_unref);
  g_clear_pointer (&self->probe_calls, g_array_unref);
  g_clear_pointer (&self->filter_role, g_free);
  g_clear_pointer (&self->selected_id, g_free);
  G_OBJECT_CLASS (merit_candidate_list_view_parent_class)->finalize (object);
}

static void
merit_candidate_list_view_class_init (MeritCandidateListViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  column_quark = g_quark_from_static_string ("merit-list-column");

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
  gtk_widget_class_bind_template_callback (widget_class, bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, unbind_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "list.go-back", NULL, go_back_action);
}

static void
merit_candidate_list_view_init (MeritCandidateListView *self)
{
  self->seen_roles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->bound = g_hash_table_new (NULL, NULL);
  self->probe_calls = g_array_new (FALSE, FALSE, sizeof (int));
  self->probe_column = -1;
  self->role_titles = gtk_string_list_new (NULL);
  gtk_string_list_append (self->role_titles, _("All Roles"));

  gtk_widget_init_template (GTK_WIDGET (self));

  rebuild_stage_list (self);
  gtk_drop_down_set_model (self->role_dropdown, G_LIST_MODEL (self->role_titles));

  set_up_column (self->pseudonym_column, self, COLUMN_PSEUDONYM);
  set_up_column (self->role_column, self, COLUMN_ROLE);
  set_up_column (self->level_column, self, COLUMN_LEVEL);
  set_up_column (self->stage_column, self, COLUMN_STAGE);
  set_up_column (self->score_column, self, COLUMN_SCORE);
  set_up_column (self->days_column, self, COLUMN_DAYS);

  self->rows = merit_candidate_rows_new (N_COLUMNS, search_text, filter_func, key_func, self);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->rows)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (update_detail), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->rows, "items-changed",
                           G_CALLBACK (rows_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->rows, "rows-changed",
                           G_CALLBACK (rows_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (read_sort_order), self, G_CONNECT_SWAPPED);

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
  stop_calibration (self);
  g_clear_object (&self->calibration);
  merit_candidate_rows_set_model (self->rows, G_LIST_MODEL (workspace));
  if (workspace != NULL)
    workspace_items_changed_cb (self, 0, 0,
                                g_list_model_get_n_items (G_LIST_MODEL (workspace)),
                                G_LIST_MODEL (workspace));
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
