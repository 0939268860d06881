/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-plot-card.c: one dashboard plot with its title, its table and Save.
 *
 * The table is the plot's accessible alternative: the same MeritPlotData gives its cells, so
 * it holds exactly the numbers the plot draws, "fewer than 5" included.  Saving draws the plot
 * again into a PNG or SVG surface, with its title, on a light background.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "merit-plot.h"
#include "merit-plot-card.h"

struct _MeritPlotCard
{
  GtkWidget             parent_instance;

  /* Template widgets */
  GtkLabel             *title_label;
  GtkLabel             *description_label;
  GtkToggleButton      *table_button;
  GtkMenuButton        *save_button;
  GtkStack             *stack;
  MeritPlot            *plot;
  GtkGrid              *table;

  /* Owned references */
  MeritPlotData        *data;
  char                 *file_name;
  GtkFileChooserNative *chooser;
  MeritPlotFormat       chooser_format;
};

G_DEFINE_FINAL_TYPE (MeritPlotCard, merit_plot_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATA,
  PROP_FILE_NAME,
  PROP_SHOW_TABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_table (MeritPlotCard *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->table))) != NULL)
    gtk_grid_remove (self->table, child);
}

static void
fill_table (MeritPlotCard *self)
{
  guint n_columns;

  clear_table (self);
  if (self->data == NULL)
    return;
  n_columns = merit_plot_data_get_n_columns (self->data);
  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *heading = merit_plot_data_dup_heading (self->data, c);
      GtkWidget *label = gtk_label_new (heading);

      gtk_label_set_xalign (GTK_LABEL (label), c == 0 ? 0 : 1);
      gtk_widget_add_css_class (label, "heading");
      gtk_grid_attach (self->table, label, c, 0, 1, 1);
    }
  for (guint r = 0; r < merit_plot_data_get_n_rows (self->data); r++)
    for (guint c = 0; c < n_columns; c++)
      {
        g_autofree char *text = merit_plot_data_dup_cell (self->data, r, c);
        GtkWidget *label = gtk_label_new (text);

        gtk_label_set_xalign (GTK_LABEL (label), c == 0 ? 0 : 1);
        gtk_label_set_selectable (GTK_LABEL (label), FALSE);
        if (c > 0)
          gtk_widget_add_css_class (label, "numeric");
        gtk_grid_attach (self->table, label, c, r + 1, 1, 1);
      }
  if (merit_plot_data_get_n_rows (self->data) == 0)
    {
      GtkWidget *label = gtk_label_new (_("Nothing to show for this period"));

      gtk_widget_add_css_class (label, "dim-label");
      gtk_grid_attach (self->table, label, 0, 1, n_columns, 1);
    }
}

static void
table_toggled_cb (MeritPlotCard   *self,
                  GParamSpec      *pspec,
                  GtkToggleButton *button)
{
  gboolean active = gtk_toggle_button_get_active (button);

  gtk_stack_set_visible_child_name (self->stack, active ? "table" : "plot");
  gtk_widget_set_tooltip_text (GTK_WIDGET (button), active ? _("Show as Plot")
                                                           : _("Show as Table"));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_TABLE]);
}

static void
show_error (MeritPlotCard *self,
            const GError  *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              _("Could Not Save the Plot"), error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
chooser_response_cb (MeritPlotCard        *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GError) error = NULL;

      if (file != NULL && !merit_plot_card_save (self, file, self->chooser_format, &error))
        show_error (self, error);
    }
  g_clear_object (&self->chooser);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MeritPlotCard *self = MERIT_PLOT_CARD (widget);
  const char *format = g_variant_get_string (parameter, NULL);
  gboolean svg = g_strcmp0 (format, "svg") == 0;
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (self->chooser != NULL || self->data == NULL)
    return;
  self->chooser_format = svg ? MERIT_PLOT_FORMAT_SVG : MERIT_PLOT_FORMAT_PNG;
  self->chooser = gtk_file_chooser_native_new (svg ? _("Save Plot as SVG") : _("Save Plot as PNG"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, svg ? _("SVG images") : _("PNG images"));
  gtk_file_filter_add_mime_type (filter, svg ? "image/svg+xml" : "image/png");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  name = g_strdup_printf ("%s.%s", self->file_name != NULL ? self->file_name : "plot",
                          svg ? "svg" : "png");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
merit_plot_card_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MeritPlotCard *self = MERIT_PLOT_CARD (object);

  switch (prop_id)
    {
    case PROP_DATA:
      g_value_set_object (value, self->data);
      break;

    case PROP_FILE_NAME:
      g_value_set_string (value, self->file_name);
      break;

    case PROP_SHOW_TABLE:
      g_value_set_boolean (value, merit_plot_card_get_show_table (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_plot_card_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MeritPlotCard *self = MERIT_PLOT_CARD (object);

  switch (prop_id)
    {
    case PROP_DATA:
      merit_plot_card_set_data (self, g_value_get_object (value));
      break;

    case PROP_FILE_NAME:
      merit_plot_card_set_file_name (self, g_value_get_string (value));
      break;

    case PROP_SHOW_TABLE:
      merit_plot_card_set_show_table (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_plot_card_dispose (GObject *object)
{
  MeritPlotCard *self = MERIT_PLOT_CARD (object);
  GtkWidget *child;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), MERIT_TYPE_PLOT_CARD);
  /* The box around the template children has no name of its own. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->data);
  G_OBJECT_CLASS (merit_plot_card_parent_class)->dispose (object);
}

static void
merit_plot_card_finalize (GObject *object)
{
  MeritPlotCard *self = MERIT_PLOT_CARD (object);

  g_free (self->file_name);
  G_OBJECT_CLASS (merit_plot_card_parent_class)->finalize (object);
}

static void
merit_plot_card_class_init (MeritPlotCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = merit_plot_card_get_property;
  object_class->set_property = merit_plot_card_set_property;
  object_class->dispose = merit_plot_card_dispose;
  object_class->finalize = merit_plot_card_finalize;

  properties[PROP_DATA] =
    g_param_spec_object ("data", NULL, NULL, MERIT_TYPE_PLOT_DATA,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE_NAME] =
    g_param_spec_string ("file-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_TABLE] =
    g_param_spec_boolean ("show-table", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MERIT_TYPE_PLOT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/merit/Merit/merit-plot-card.ui");
  gtk_widget_class_bind_template_child (widget_class, MeritPlotCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, MeritPlotCard, description_label);
  gtk_widget_class_bind_template_child (widget_class, MeritPlotCard, table_button);
  gtk_widget_class_bind_template_child (widget_class, MeritPlotCard, save_button);
  gtk_widget_class_bind_template_child (widget_class, MeritPlotCard, stack);
  gtk_widget_class_bind_template_child (widget_class, MeritPlotCard, plot);
  gtk_widget_class_bind_template_child (widget_class, MeritPlotCard, table);
  gtk_widget_class_bind_template_callback (widget_class, table_toggled_cb);
  gtk_widget_class_install_action (widget_class, "plot.save", "s", save_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
merit_plot_card_init (MeritPlotCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

MeritPlotData *
merit_plot_card_get_data (MeritPlotCard *self)
{
  g_return_val_if_fail (MERIT_IS_PLOT_CARD (self), NULL);
  return self->data;
}

/**
 * merit_plot_card_set_data:
 * @data: (nullable): the plot's numbers
 */
void
merit_plot_card_set_data (MeritPlotCard *self,
                          MeritPlotData *data)
{
  g_return_if_fail (MERIT_IS_PLOT_CARD (self));

  if (!g_set_object (&self->data, data))
    return;
  gtk_label_set_label (self->title_label, data != NULL ? merit_plot_data_get_title (data) : "");
  gtk_label_set_label (self->description_label,
                       data != NULL && merit_plot_data_get_description (data) != NULL
                       ? merit_plot_data_get_description (data) : "");
  if (data != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    merit_plot_data_get_title (data), -1);
  merit_plot_set_data (self->plot, data);
  fill_table (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plot.save", data != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATA]);
}

const char *
merit_plot_card_get_file_name (MeritPlotCard *self)
{
  g_return_val_if_fail (MERIT_IS_PLOT_CARD (self), NULL);
  return self->file_name;
}

/**
 * merit_plot_card_set_file_name:
 * @file_name: the name Save offers, without extension
 */
void
merit_plot_card_set_file_name (MeritPlotCard *self,
                               const char    *file_name)
{
  g_return_if_fail (MERIT_IS_PLOT_CARD (self));

  if (g_strcmp0 (self->file_name, file_name) == 0)
    return;
  g_free (self->file_name);
  self->file_name = g_strdup (file_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE_NAME]);
}

gboolean
merit_plot_card_get_show_table (MeritPlotCard *self)
{
  g_return_val_if_fail (MERIT_IS_PLOT_CARD (self), FALSE);
  return gtk_toggle_button_get_active (self->table_button);
}

/**
 * merit_plot_card_set_show_table:
 * @show_table: %TRUE for the table, %FALSE for the plot
 */
void
merit_plot_card_set_show_table (MeritPlotCard *self,
                                gboolean       show_table)
{
  g_return_if_fail (MERIT_IS_PLOT_CARD (self));
  /* The toggle button notifies show-table. */
  gtk_toggle_button_set_active (self->table_button, show_table);
}

/**
 * merit_plot_card_get_table:
 *
 * Returns: (transfer none): the grid of the table: headings in row 0, one row per plot row
 */
GtkGrid *
merit_plot_card_get_table (MeritPlotCard *self)
{
  g_return_val_if_fail (MERIT_IS_PLOT_CARD (self), NULL);
  return self->table;
}

/**
 * merit_plot_card_save:
 * @file: where to save
 * @format: PNG or SVG
 * @error: return location for a #GError
 *
 * Returns: %TRUE when the plot was saved
 */
gboolean
merit_plot_card_save (MeritPlotCard    *self,
                      GFile            *file,
                      MeritPlotFormat   format,
                      GError          **error)
{
  g_return_val_if_fail (MERIT_IS_PLOT_CARD (self), FALSE);
  g_return_val_if_fail (self->data != NULL, FALSE);

  return merit_plot_data_save (self->data, file, format, MERIT_PLOT_SAVE_WIDTH, error);
}
