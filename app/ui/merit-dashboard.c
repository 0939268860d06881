/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-dashboard.c: the pipeline dashboard: plots of the workspace's figures.
 *
 * The dashboard computes a MeritReport of the loaded workspace for the chosen role and period
 * and shows each figure as a plot card.  It recomputes when packages change, but only while it
 * is on screen: a hidden dashboard just remembers that it is out of date.  Its widgets are
 * built the first time it is shown, not with the window.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "merit-dashboard.h"
#include "merit-model.h"
#include "merit-ui-utils.h"

/* Days back from today of each entry of the period drop-down; 0 is all time. */
static const guint period_days[] = { 0, 30, 90, 365 };

struct _MeritDashboard
{
  GtkWidget            parent_instance;

  /* Template widgets */
  GtkDropDown         *role_dropdown;
  GtkDropDown         *period_dropdown;
  GtkLabel            *summary_label;
  GtkFlowBox          *flow_box;
  MeritPlotCard       *cards[MERIT_REPORT_N_PLOTS];

  /* Owned references */
  MeritWorkspaceStore *store;
  GSignalGroup        *workspace_signals;
  GtkStringList       *roles;
  MeritReport         *report;

  guint                refresh_source;
  gboolean             dirty;
  gboolean             updating_roles;
};

G_DEFINE_FINAL_TYPE (MeritDashboard, merit_dashboard, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static MeritWorkspace *
workspace_of (MeritDashboard *self)
{
  return self->store != NULL ? merit_workspace_store_get_workspace (self->store) : NULL;
}

/* Builds the widgets, once: a window that never shows the dashboard never pays for them. */
static void
ensure_built (MeritDashboard *self)
{
  if (!_merit_pane_build (GTK_WIDGET (self)))
    return;
  gtk_drop_down_set_model (self->role_dropdown, G_LIST_MODEL (self->roles));

  /* The cards are the stops of keyboard focus, not the flow box's children around them. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->flow_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);
}

/* The role drop-down: "All Roles", then every role title of the workspace. */
static void
update_roles (MeritDashboard *self)
{
  MeritWorkspace *workspace = workspace_of (self);
  g_auto(GStrv) roles = workspace != NULL ? merit_report_dup_roles (G_LIST_MODEL (workspace))
                                          : g_new0 (char *, 1);
  g_autofree char *selected = NULL;
  guint position = 0;
  guint current = gtk_drop_down_get_selected (self->role_dropdown);

  if (current != GTK_INVALID_LIST_POSITION && current > 0)
    selected = g_strdup (gtk_string_list_get_string (self->roles, current));
  self->updating_roles = TRUE;
  gtk_string_list_splice (self->roles, 1,
                          g_list_model_get_n_items (G_LIST_MODEL (self->roles)) - 1,
                          (const char * const *) roles);
  for (guint i = 0; selected != NULL && roles[i] != NULL; i++)
    if (g_strcmp0 (roles[i], selected) == 0)
      position = i + 1;
  gtk_drop_down_set_selected (self->role_dropdown, position);
  self->updating_roles = FALSE;
}

static const char *
selected_role (MeritDashboard *self)
{
  guint position = gtk_drop_down_get_selected (self->role_dropdown);

  if (position == GTK_INVALID_LIST_POSITION || position == 0)
    return NULL;
  return gtk_string_list_get_string (self->roles, position);
}

static GDateTime *
selected_from (MeritDashboard *self)
{
  guint position = gtk_drop_down_get_selected (self->period_dropdown);
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) today = NULL;

  if (position >= G_N_ELEMENTS (period_days) || period_days[position] == 0)
    return NULL;
  now = g_date_time_new_now_utc ();
  today = g_date_time_new_utc (g_date_time_get_year (now), g_date_time_get_month (now),
                               g_date_time_get_day_of_month (now), 0, 0, 0);
  return g_date_time_add_days (today, -(int) period_days[position]);
}

static void
rebuild (MeritDashboard *self)
{
  MeritWorkspace *workspace = workspace_of (self);
  g_autoptr(GDateTime) from = NULL;
  g_autofree char *summary = NULL;
  guint n;

  self->dirty = FALSE;
  g_clear_object (&self->report);
  if (workspace == NULL)
    {
      for (guint i = 0; i < MERIT_REPORT_N_PLOTS; i++)
        merit_plot_card_set_data (self->cards[i], NULL);
      gtk_label_set_label (self->summary_label, "");
      return;
    }
  from = selected_from (self);
  self->report = merit_report_new (workspace, selected_role (self), from, NULL,
                                   MERIT_REPORT_INTERVAL_AUTO);
  for (guint i = 0; i < MERIT_REPORT_N_PLOTS; i++)
    {
      g_autoptr(MeritPlotData) data = merit_report_plot_new (self->report, workspace, i);

      merit_plot_card_set_data (self->cards[i], data);
    }
  n = merit_report_get_n_candidates (self->report);
  summary = g_strdup_printf (ngettext ("%u package; groups of fewer than 5 people are not shown",
                                       "%u packages; groups of fewer than 5 people are not shown",
                                       n), n);
  gtk_label_set_label (self->summary_label, summary);
}

static gboolean
refresh_cb (gpointer data)
{
  MeritDashboard *self = data;

  self->refresh_source = 0;
  ensure_built (self);
  update_roles (self);
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* Recomputes soon when on screen, else when next shown. */
static void
queue_refresh (MeritDashboard *self)
{
  self->dirty = TRUE;
  if (self->refresh_source == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->refresh_source = g_timeout_add (100, refresh_cb, self);
}

static void
items_changed_cb (MeritDashboard *self,
                  guint           position,
                  guint           removed,
                  guint           added,
                  GListModel     *model)
{
  queue_refresh (self);
}

static void
filter_changed_cb (MeritDashboard *self,
                   GParamSpec     *pspec,
                   GtkDropDown    *dropdown)
{
  if (!self->updating_roles && self->store != NULL)
    rebuild (self);
}

static void
merit_dashboard_map (GtkWidget *widget)
{
  MeritDashboard *self = MERIT_DASHBOARD (widget);

  ensure_built (self);
  GTK_WIDGET_CLASS (merit_dashboard_parent_class)->map (widget);
  if (self->dirty)
    queue_refresh (self);
}

static void
merit_dashboard_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MeritDashboard *self = MERIT_DASHBOARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_dashboard_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MeritDashboard *self = MERIT_DASHBOARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      merit_dashboard_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_dashboard_dispose (GObject *object)
{
  MeritDashboard *self = MERIT_DASHBOARD (object);
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->workspace_signals != NULL)
    g_signal_group_set_target (self->workspace_signals, NULL);
  if (_merit_pane_is_built (GTK_WIDGET (self)))
    gtk_widget_dispose_template (GTK_WIDGET (self), MERIT_TYPE_DASHBOARD);
  /* The box around the template children has no name of its own. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->workspace_signals);
  g_clear_object (&self->roles);
  g_clear_object (&self->report);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (merit_dashboard_parent_class)->dispose (object);
}

static void
merit_dashboard_class_init (MeritDashboardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = merit_dashboard_get_property;
  object_class->set_property = merit_dashboard_set_property;
  object_class->dispose = merit_dashboard_dispose;
  widget_class->map = merit_dashboard_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MERIT_TYPE_WORKSPACE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MERIT_TYPE_PLOT_CARD);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/merit/Merit/merit-dashboard.ui");
  gtk_widget_class_bind_template_child (widget_class, MeritDashboard, role_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MeritDashboard, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MeritDashboard, summary_label);
  gtk_widget_class_bind_template_child (widget_class, MeritDashboard, flow_box);
  gtk_widget_class_bind_template_child_full (widget_class, "funnel_card", FALSE,
    G_STRUCT_OFFSET (MeritDashboard, cards) + MERIT_REPORT_PLOT_FUNNEL * sizeof (gpointer));
  gtk_widget_class_bind_template_child_full (widget_class, "stage_times_card", FALSE,
    G_STRUCT_OFFSET (MeritDashboard, cards) + MERIT_REPORT_PLOT_STAGE_TIMES * sizeof (gpointer));
  gtk_widget_class_bind_template_child_full (widget_class, "latency_card", FALSE,
    G_STRUCT_OFFSET (MeritDashboard, cards) + MERIT_REPORT_PLOT_LATENCY * sizeof (gpointer));
  gtk_widget_class_bind_template_child_full (widget_class, "scores_card", FALSE,
    G_STRUCT_OFFSET (MeritDashboard, cards) + MERIT_REPORT_PLOT_SCORES * sizeof (gpointer));
  gtk_widget_class_bind_template_child_full (widget_class, "severity_card", FALSE,
    G_STRUCT_OFFSET (MeritDashboard, cards) + MERIT_REPORT_PLOT_SEVERITY * sizeof (gpointer));
  gtk_widget_class_bind_template_child_full (widget_class, "bar_raiser_card", FALSE,
    G_STRUCT_OFFSET (MeritDashboard, cards) + MERIT_REPORT_PLOT_BAR_RAISER * sizeof (gpointer));
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
merit_dashboard_init (MeritDashboard *self)
{
  const char * const all[] = { _("All Roles"), NULL };

  self->roles = gtk_string_list_new (all);
  self->workspace_signals = g_signal_group_new (MERIT_TYPE_WORKSPACE);
  g_signal_group_connect_swapped (self->workspace_signals, "items-changed",
                                  G_CALLBACK (items_changed_cb), self);
}

MeritWorkspaceStore *
merit_dashboard_get_store (MeritDashboard *self)
{
  g_return_val_if_fail (MERIT_IS_DASHBOARD (self), NULL);
  return self->store;
}

/**
 * merit_dashboard_set_store:
 * @store: (nullable): the workspace to report on
 */
void
merit_dashboard_set_store (MeritDashboard      *self,
                           MeritWorkspaceStore *store)
{
  g_return_if_fail (MERIT_IS_DASHBOARD (self));

  if (!g_set_object (&self->store, store))
    return;
  g_signal_group_set_target (self->workspace_signals, workspace_of (self));
  queue_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * merit_dashboard_get_card:
 *
 * Returns: (transfer none): the card of @plot
 */
MeritPlotCard *
merit_dashboard_get_card (MeritDashboard  *self,
                          MeritReportPlot  plot)
{
  g_return_val_if_fail (MERIT_IS_DASHBOARD (self), NULL);
  g_return_val_if_fail ((guint) plot < MERIT_REPORT_N_PLOTS, NULL);
  ensure_built (self);
  return self->cards[plot];
}

/**
 * merit_dashboard_get_report:
 *
 * Returns: (transfer none) (nullable): the figures shown now
 */
MeritReport *
merit_dashboard_get_report (MeritDashboard *self)
{
  g_return_val_if_fail (MERIT_IS_DASHBOARD (self), NULL);
  return self->report;
}

/**
 * merit_dashboard_refresh:
 *
 * Recomputes the figures now.
 */
void
merit_dashboard_refresh (MeritDashboard *self)
{
  g_return_if_fail (MERIT_IS_DASHBOARD (self));
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  refresh_cb (self);
}
