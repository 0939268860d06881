/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-first-run-page.c: asks a new user who they are before the first workspace exists.
 *
 * The page only collects the answers; the window's win.create-workspace action reads them
 * and creates the workspace.
 */

#include "config.h"

#include "merit-first-run-page.h"

struct _MeritFirstRunPage
{
  GtkWidget       parent_instance;

  /* Template widgets */
  GtkWidget      *content_box;
  AdwEntryRow    *name_row;
  GtkCheckButton *reviewer_check;
  GtkCheckButton *committee_check;
  GtkCheckButton *chair_check;
  GtkCheckButton *ceo_check;
};

G_DEFINE_FINAL_TYPE (MeritFirstRunPage, merit_first_run_page, GTK_TYPE_WIDGET)

static void
merit_first_run_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MERIT_TYPE_FIRST_RUN_PAGE);
  G_OBJECT_CLASS (merit_first_run_page_parent_class)->dispose (object);
}

static void
merit_first_run_page_class_init (MeritFirstRunPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = merit_first_run_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/merit/Merit/merit-first-run-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MeritFirstRunPage, content_box);
  gtk_widget_class_bind_template_child (widget_class, MeritFirstRunPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, MeritFirstRunPage, reviewer_check);
  gtk_widget_class_bind_template_child (widget_class, MeritFirstRunPage, committee_check);
  gtk_widget_class_bind_template_child (widget_class, MeritFirstRunPage, chair_check);
  gtk_widget_class_bind_template_child (widget_class, MeritFirstRunPage, ceo_check);
}

static void
merit_first_run_page_init (MeritFirstRunPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * merit_first_run_page_get_name:
 * @self: the page
 *
 * Returns: (transfer none): the name the person typed
 */
const char *
merit_first_run_page_get_name (MeritFirstRunPage *self)
{
  g_return_val_if_fail (MERIT_IS_FIRST_RUN_PAGE (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->name_row));
}

/**
 * merit_first_run_page_get_roles:
 * @self: the page
 *
 * Returns: the roles the person ticked
 */
MeritRoleFlags
merit_first_run_page_get_roles (MeritFirstRunPage *self)
{
  MeritRoleFlags roles = 0;

  g_return_val_if_fail (MERIT_IS_FIRST_RUN_PAGE (self), 0);

  if (gtk_check_button_get_active (self->reviewer_check))
    roles |= MERIT_ROLE_REVIEWER;
  if (gtk_check_button_get_active (self->committee_check))
    roles |= MERIT_ROLE_COMMITTEE;
  if (gtk_check_button_get_active (self->chair_check))
    roles |= MERIT_ROLE_CHAIR;
  if (gtk_check_button_get_active (self->ceo_check))
    roles |= MERIT_ROLE_CEO;
  return roles;
}
