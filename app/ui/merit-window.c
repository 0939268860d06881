/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-window.c: the main window: loading a workspace, the current person, the panes.
 *
 * The window owns the workspace store and hands it with the current person to each pane.
 * Which person uses Merit on this desktop is a GSettings key; when the roster of the opened
 * workspace does not know that person, the window asks who they are instead.
 *
 * When the current person is the CEO and offer packages wait for them, the window sends a
 * desktop notification once the workspace has loaded and again whenever more arrive; it is
 * withdrawn when the queue shrinks, since the CEO is then at work on it.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "merit-keys.h"
#include "merit-model.h"
#include "merit-offer-print.h"
#include "merit-trust.h"
#include "merit-ui-utils.h"
#include "merit-window-private.h"
#include "merit-workflow.h"

G_DEFINE_FINAL_TYPE (MeritWindow, merit_window, ADW_TYPE_APPLICATION_WINDOW)

static GFile *
default_folder (void)
{
  return g_file_new_build_filename (g_get_user_data_dir (), "merit", "default", NULL);
}

static guint
roster_position (MeritRoster *roster,
                 MeritMember *member)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (roster)); i++)
    {
      g_autoptr(MeritMember) other = g_list_model_get_item (G_LIST_MODEL (roster), i);

      if (other == member)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

#define APPROVAL_NOTIFICATION_ID "approvals-waiting"

/* Without an application id and a session bus (tests, some sandboxes) GApplication has
 * nowhere to send a notification to. */
static GApplication *
notifying_application (MeritWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (application == NULL
      || g_application_get_application_id (G_APPLICATION (application)) == NULL
      || !g_application_get_is_registered (G_APPLICATION (application))
      || g_application_get_is_remote (G_APPLICATION (application))
      || g_application_get_dbus_connection (G_APPLICATION (application)) == NULL)
    return NULL;
  return G_APPLICATION (application);
}

static void
update_approval_notice (MeritWindow *self)
{
  GApplication *application = notifying_application (self);
  guint n = 0;

  if (self->store == NULL || merit_workspace_store_get_loading (self->store))
    return;
  if (self->member != NULL && merit_member_has_role (self->member, MERIT_ROLE_CEO))
    n = merit_approval_pane_get_n_waiting (self->approval_pane);
  if (n > self->waiting_baseline)
    {
      g_autoptr(GNotification) notification = NULL;
      g_autoptr(GIcon) icon = g_themed_icon_new (APP_ID);
      g_autofree char *title = NULL;

      title = g_strdup_printf (ngettext ("%u offer package waits for your approval",
                                         "%u offer packages wait for your approval", n), n);
      notification = g_notification_new (title);
      g_notification_set_body (notification,
                               merit_workspace_get_name (merit_workspace_store_get_workspace (self->store)));
      g_notification_set_icon (notification, icon);
      g_notification_set_default_action_and_target (notification, "app.show-pane", "s",
                                                    "approval");
      g_notification_add_button_with_target (notification, _("Open Approval"), "app.show-pane",
                                             "s", "approval");
      if (application != NULL)
        g_application_send_notification (application, APPROVAL_NOTIFICATION_ID, notification);
      self->notified_waiting = n;
    }
  else if (n < self->waiting_baseline && self->notified_waiting > 0)
    {
      if (application != NULL)
        g_application_withdraw_notification (application, APPROVAL_NOTIFICATION_ID);
      self->notified_waiting = 0;
    }
  self->waiting_baseline = n;
}

static void
approval_queue_changed_cb (MeritWindow *self)
{
  update_approval_notice (self);
}

static void
selected_package_changed_cb (MeritWindow *self)
{
  _merit_window_update_actions (self);
}

static void
update_person (MeritWindow *self)
{
  g_autofree char *roles = NULL;
  g_autofree char *accessible = NULL;
  MeritWorkspace *workspace = merit_workspace_store_get_workspace (self->store);
  MeritRoster *roster = merit_workspace_get_roster (workspace);

  _merit_window_update_interchange_actions (self);
  merit_candidate_list_view_set_member (self->list_view, self->member);
  merit_review_pane_set_member (self->review_pane, self->member);
  merit_approval_pane_set_member (self->approval_pane, self->member);
  if (self->chunked_review != NULL)
    merit_chunked_review_set_member (self->chunked_review, self->member);
  update_approval_notice (self);

  if (self->member == NULL)
    {
      gtk_label_set_label (self->person_name_label, _("Nobody"));
      gtk_label_set_label (self->person_roles_label, "");
      return;
    }
  roles = _merit_role_flags_dup_label (merit_member_get_roles (self->member));
  gtk_label_set_label (self->person_name_label, merit_member_get_name (self->member));
  gtk_label_set_label (self->person_roles_label, roles);
  gtk_label_set_label (self->person_roles_detail, roles);
  accessible = g_strdup_printf (_("Current person: %s (%s)"),
                                merit_member_get_name (self->member), roles);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->person_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->person_button), accessible);

  g_signal_handler_block (self->person_dropdown, self->person_selected_id);
  gtk_drop_down_set_model (self->person_dropdown, G_LIST_MODEL (roster));
  gtk_drop_down_set_selected (self->person_dropdown, roster_position (roster, self->member));
  g_signal_handler_unblock (self->person_dropdown, self->person_selected_id);
}

/**
 * _merit_window_leave_who_page:
 * @self: a window showing "Who Are You?"
 *
 * Shows the workspace once the person is known.  The CEO key check of a load that ended
 * while the window asked waited for this answer (see _merit_window_check_trust()).
 */
void
_merit_window_leave_who_page (MeritWindow *self)
{
  gtk_stack_set_visible_child_name (self->main_stack, "workspace");
  if (self->store != NULL && !merit_workspace_store_get_loading (self->store))
    _merit_window_check_trust (self);
}

static void
resolve_member (MeritWindow *self)
{
  g_autofree char *id = g_settings_get_string (self->settings, "current-member");
  MeritWorkspace *workspace;
  MeritRoster *roster;
  MeritMember *member;

  if (self->store == NULL)
    return;
  workspace = merit_workspace_store_get_workspace (self->store);
  roster = merit_workspace_get_roster (workspace);
  member = *id != '\0' ? merit_roster_lookup (roster, id) : NULL;
  g_set_object (&self->member, member);
  update_person (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.start-meeting",
                                 member != NULL && merit_member_has_role (member, MERIT_ROLE_CHAIR));

  if (member == NULL && g_list_model_get_n_items (G_LIST_MODEL (roster)) > 0)
    {
      gtk_drop_down_set_model (self->who_dropdown, G_LIST_MODEL (roster));
      /* At once, as the workspace page (see show_workspace_page()). */
      gtk_stack_set_visible_child_full (self->main_stack, "who", GTK_STACK_TRANSITION_TYPE_NONE);
      gtk_widget_grab_focus (GTK_WIDGET (self->who_dropdown));
    }
  else if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "who") == 0)
    _merit_window_leave_who_page (self);
}

/* The person is known as soon as the roster is, also while the packages are still loading. */
static void
current_member_changed_cb (MeritWindow *self,
                           const char  *key,
                           GSettings   *settings)
{
  if (self->store != NULL)
    resolve_member (self);
}

static void
person_selected_cb (MeritWindow *self,
                    GParamSpec  *pspec,
                    GtkDropDown *dropdown)
{
  MeritMember *member = gtk_drop_down_get_selected_item (dropdown);

  if (member != NULL)
    _merit_window_set_member_id (self, merit_member_get_id (member));
}

static void
load_finished_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(MeritWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  MeritWorkspaceStore *store = MERIT_WORKSPACE_STORE (source);
  gboolean asking;

  if (!merit_workspace_store_load_finish (store, result, &error))
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || store != self->store)
        return;
      message = g_strdup_printf (_("Could not open the workspace: %s. Choose another one "
                                   "with Open Workspace."), error->message);
      _merit_show_toast (GTK_WIDGET (self), message);
      return;
    }
  if (store != self->store)
    return;
  g_settings_set_string (self->settings, "last-workspace", g_file_peek_path (self->folder));
  adw_view_switcher_title_set_subtitle (self->switcher_title,
                                        merit_workspace_get_name (merit_workspace_store_get_workspace (store)));
  asking = g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "who") == 0;
  /* Checks the keys too when it leaves "Who Are You?". */
  resolve_member (self);
  /* Import and export wait for the load, whether or not the person changed with it. */
  _merit_window_update_interchange_actions (self);
  update_approval_notice (self);
  if (!asking)
    _merit_window_check_trust (self);
}

static gboolean
merit_window_close_request (GtkWindow *window)
{
  MeritWindow *self = MERIT_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  return GTK_WINDOW_CLASS (merit_window_parent_class)->close_request (window);
}

static void
merit_window_dispose (GObject *object)
{
  MeritWindow *self = MERIT_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  if (self->shortcuts_window != NULL)
    gtk_window_destroy (self->shortcuts_window);
  g_clear_object (&self->chooser);
  _merit_window_dispose_interchange (self);
  self->chunked_review = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), MERIT_TYPE_WINDOW);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->member);
  g_clear_object (&self->store);
  g_clear_object (&self->folder);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (merit_window_parent_class)->dispose (object);
}

static void
merit_window_class_init (MeritWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = merit_window_dispose;
  window_class->close_request = merit_window_close_request;

  g_type_ensure (MERIT_TYPE_MEMBER);
  g_type_ensure (MERIT_TYPE_FIRST_RUN_PAGE);
  g_type_ensure (MERIT_TYPE_CANDIDATE_LIST_VIEW);
  g_type_ensure (MERIT_TYPE_REVIEW_PANE);
  g_type_ensure (MERIT_TYPE_APPROVAL_PANE);
  g_type_ensure (MERIT_TYPE_DASHBOARD);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/merit/Merit/merit-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MeritWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MeritWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, MeritWindow, first_run_page);
  gtk_widget_class_bind_template_child (widget_class, MeritWindow, who_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MeritWindow, person_button);
  gtk_widget_class_bind_template_child (widget_class, MeritWindow, person_name_label);
  gtk_widget_class_bind_template_child (widget_class, MeritWindow, person_roles_label);
  gtk_widget_class_bind_template_child (widget_class, MeritWindow, person_roles_detail);
  gtk_widget_class_bind_template_child (widget_class, MeritWindow, person_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MeritWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, MeritWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, MeritWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, MeritWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, MeritWindow, list_view);
  gtk_widget_class_bind_template_child (widget_class, MeritWindow, review_pane);
  gtk_widget_class_bind_template_child (widget_class, MeritWindow, approval_pane);
  gtk_widget_class_bind_template_child (widget_class, MeritWindow, dashboard);

  gtk_widget_class_bind_template_child (widget_class, MeritWindow, trust_banner);

  _merit_window_class_add_actions (widget_class);
  _merit_window_class_add_interchange_actions (widget_class);
  _merit_window_class_add_trust_actions (widget_class);
}

/* The main menu is built when first opened rather than with the window. */
static void
create_primary_menu_cb (GtkMenuButton *button,
                        gpointer       user_data)
{
  MeritWindow *self = user_data;

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
merit_window_init (MeritWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->primary_menu_button, create_primary_menu_cb, self,
                                         NULL);
  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APP_ID);
  _merit_window_update_interchange_actions (self);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_signal_connect_object (self->settings, "changed::current-member",
                           G_CALLBACK (current_member_changed_cb), self, G_CONNECT_SWAPPED);
  self->person_selected_id = g_signal_connect_object (self->person_dropdown, "notify::selected",
                                                      G_CALLBACK (person_selected_cb), self,
                                                      G_CONNECT_SWAPPED);
  g_signal_connect_object (self->approval_pane, "notify::n-waiting",
                           G_CALLBACK (approval_queue_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->approval_pane, "notify::selected-candidate",
                           G_CALLBACK (selected_package_changed_cb), self, G_CONNECT_SWAPPED);
  _merit_window_update_actions (self);
}

/**
 * merit_window_new:
 * @application: the application
 *
 * Returns: (transfer full): a new window
 */
MeritWindow *
merit_window_new (MeritApplication *application)
{
  return g_object_new (MERIT_TYPE_WINDOW, "application", application, NULL);
}

/**
 * _merit_window_set_member_id:
 * @self: a window
 * @member_id: a roster id
 *
 * Remembers who uses Merit on this desktop; the window follows through GSettings.
 */
void
_merit_window_set_member_id (MeritWindow *self,
                             const char  *member_id)
{
  g_settings_set_string (self->settings, "current-member", member_id);
}

static GFile *
resolve_folder (GSettings *settings,
                GFile     *folder)
{
  g_autofree char *last = NULL;

  if (folder != NULL)
    return g_object_ref (folder);
  last = g_settings_get_string (settings, "last-workspace");
  return *last != '\0' ? g_file_new_for_path (last) : default_folder ();
}

static gboolean
holds_workspace (GFile *folder)
{
  g_autoptr(GFile) workspace_file = g_file_get_child (folder, "workspace.xml");

  return g_file_query_exists (workspace_file, NULL);
}

/* Shows @store, which reads @folder, in every pane; @store's load, when one is given, is
 * started already with @cancellable. */
static void
show_store (MeritWindow         *self,
            GFile               *folder,
            MeritWorkspaceStore *store,
            GCancellable        *cancellable)
{
  g_set_object (&self->folder, folder);
  g_cancellable_cancel (self->cancellable);
  g_set_object (&self->cancellable, cancellable);
  g_clear_object (&self->member);
  g_set_object (&self->store, store);
  /* The roster comes with workspace.xml, before the packages: the person is known from then
   * on, not only once every package is in. */
  g_signal_connect_object (merit_workspace_store_get_workspace (self->store), "notify::roster",
                           G_CALLBACK (resolve_member), self, G_CONNECT_SWAPPED);

  merit_candidate_list_view_set_store (self->list_view, self->store);
  merit_review_pane_set_store (self->review_pane, self->store);
  merit_approval_pane_set_store (self->approval_pane, self->store);
  merit_dashboard_set_store (self->dashboard, self->store);
  if (self->chunked_review != NULL)
    merit_chunked_review_set_store (self->chunked_review, self->store);
  update_person (self);
}

/* At once: a crossfade draws the whole window twice a frame while the first packages come
 * in, which without a GPU holds up the first rows. */
static void
show_workspace_page (MeritWindow *self)
{
  gtk_stack_set_visible_child_full (self->main_stack, "workspace", GTK_STACK_TRANSITION_TYPE_NONE);
  adw_view_switcher_title_set_subtitle (self->switcher_title, g_file_peek_path (self->folder));
}

/**
 * merit_window_open_workspace:
 * @self: a window
 * @folder: (nullable): the workspace folder, or %NULL for the last or default workspace
 *
 * Loads a workspace in the background and shows its packages as they arrive.  When the
 * folder holds no workspace yet, the window shows the first-run page instead.
 */
void
merit_window_open_workspace (MeritWindow *self,
                             GFile       *folder)
{
  g_autoptr(GFile) resolved = NULL;
  g_autoptr(MeritWorkspaceStore) store = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  g_return_if_fail (MERIT_IS_WINDOW (self));

  resolved = resolve_folder (self->settings, folder);
  store = merit_workspace_store_new (resolved);
  show_store (self, resolved, store, cancellable);
  if (!holds_workspace (resolved))
    {
      gtk_stack_set_visible_child_name (self->main_stack, "first-run");
      return;
    }
  show_workspace_page (self);
  merit_workspace_store_load_async (self->store, self->cancellable, load_finished_cb,
                                    g_object_ref (self));
}

struct _MeritWindowPreload
{
  GFile               *folder;
  MeritWorkspaceStore *store;        /* loading, or NULL when the folder holds no workspace */
  GCancellable        *cancellable;
  MeritWindow         *window;       /* once the window shows the store (a reference) */
  GAsyncResult        *result;       /* the load's result, when it ended before that */
};

static void
preload_clear (gpointer data)
{
  MeritWindowPreload *preload = data;

  g_clear_object (&preload->folder);
  g_clear_object (&preload->store);
  g_clear_object (&preload->cancellable);
  g_clear_object (&preload->window);
  g_clear_object (&preload->result);
}

static void
preload_unref (MeritWindowPreload *preload)
{
  g_atomic_rc_box_release_full (preload, preload_clear);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MeritWindowPreload, preload_unref)

static void
preload_finished_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(MeritWindowPreload) preload = user_data;

  if (preload->window != NULL)
    load_finished_cb (source, result, g_object_ref (preload->window));
  else
    g_set_object (&preload->result, result);
}

/**
 * merit_window_preload:
 * @folder: (nullable): the workspace folder, or %NULL for the last or default workspace
 *
 * Starts loading a workspace before there is a window to show it, so that the packages are
 * read while the window is built.  Hand the result to merit_window_open_preloaded() before
 * the main loop runs again.
 *
 * Returns: (transfer full): the load under way
 */
MeritWindowPreload *
merit_window_preload (GFile *folder)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  MeritWindowPreload *preload = g_atomic_rc_box_new0 (MeritWindowPreload);

  preload->folder = resolve_folder (settings, folder);
  preload->cancellable = g_cancellable_new ();
  if (holds_workspace (preload->folder))
    {
      preload->store = merit_workspace_store_new (preload->folder);
      merit_workspace_store_load_async (preload->store, preload->cancellable,
                                        preload_finished_cb, g_atomic_rc_box_acquire (preload));
    }
  return preload;
}

/**
 * merit_window_open_preloaded:
 * @self: a window
 * @preload: (transfer full): from merit_window_preload()
 *
 * Shows the workspace whose load merit_window_preload() started, as
 * merit_window_open_workspace() would have.
 */
void
merit_window_open_preloaded (MeritWindow        *self,
                             MeritWindowPreload *preload)
{
  g_autoptr(MeritWindowPreload) owned = preload;

  g_return_if_fail (MERIT_IS_WINDOW (self));
  g_return_if_fail (preload != NULL && preload->window == NULL);

  if (preload->store == NULL)
    {
      merit_window_open_workspace (self, preload->folder);
      return;
    }
  show_store (self, preload->folder, preload->store, preload->cancellable);
  show_workspace_page (self);
  preload->window = g_object_ref (self);
  if (preload->result != NULL)
    load_finished_cb (G_OBJECT (preload->store), preload->result, g_object_ref (self));
}

/**
 * merit_window_preload_drop:
 * @preload: (transfer full): from merit_window_preload(), never given to a window
 *
 * Stops the load and lets go of it.
 */
void
merit_window_preload_drop (MeritWindowPreload *preload)
{
  g_return_if_fail (preload != NULL && preload->window == NULL);

  g_cancellable_cancel (preload->cancellable);
  preload_unref (preload);
}

/**
 * _merit_window_create_workspace:
 * @self: a window showing the first-run page
 *
 * Creates a workspace in the chosen folder with the default rubric and a roster holding the
 * person who filled in the first-run page, then opens it.
 */
void
_merit_window_create_workspace (MeritWindow *self)
{
  g_autoptr(MeritWorkspace) workspace = merit_workspace_new ();
  g_autoptr(MeritRoster) roster = merit_roster_new ();
  g_autoptr(MeritRubric) rubric = merit_rubric_new_default ();
  g_autoptr(MeritMember) member = merit_member_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *salt = merit_review_order_new_salt (NULL);
  g_autofree char *name = g_strstrip (g_strdup (merit_first_run_page_get_name (self->first_run_page)));
  g_autofree char *id = NULL;
  g_autofree char *public_key = NULL;
  MeritRoleFlags roles = merit_first_run_page_get_roles (self->first_run_page);

  if (*name == '\0')
    {
      _merit_show_toast (GTK_WIDGET (self), _("Enter your name first"));
      return;
    }
  if (roles == 0)
    {
      _merit_show_toast (GTK_WIDGET (self), _("Choose at least one role"));
      return;
    }
  id = _merit_member_id_from_name (name);
  merit_member_set_id (member, id);
  merit_member_set_name (member, name);
  merit_member_set_roles (member, roles);
  /* The person's key pair: the public key goes into the roster, the private key stays in
   * this user's data folder. */
  if (!merit_key_generate (id, NULL, NULL, &public_key, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not create your key: %s"),
                                                  error->message);

      _merit_show_toast (GTK_WIDGET (self), message);
      return;
    }
  merit_member_set_public_key (member, public_key);
  merit_roster_add (roster, member);
  merit_workspace_set_name (workspace, _("Hiring"));
  merit_workspace_set_roster (workspace, roster);
  merit_workspace_set_rubric (workspace, rubric);
  merit_workspace_set_review_salt (workspace, salt);
  /* A chair or CEO signs the roster they start; a CEO's own desktop trusts their key. */
  if (((roles & MERIT_ROLE_CHAIR) != 0 || (roles & MERIT_ROLE_CEO) != 0)
      && !merit_trust_sign_roster (workspace, public_key, &error))
    {
      _merit_show_toast (GTK_WIDGET (self), error->message);
      return;
    }

  if (!merit_workspace_store_create (self->folder, workspace, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not create the workspace: %s"),
                                                  error->message);

      _merit_show_toast (GTK_WIDGET (self), message);
      return;
    }
  if ((roles & MERIT_ROLE_CEO) != 0 && !merit_trust_set_pin (self->folder, public_key, &error))
    {
      _merit_show_toast (GTK_WIDGET (self), error->message);
      return;
    }
  _merit_window_set_member_id (self, id);
  merit_window_open_workspace (self, self->folder);
}

/**
 * merit_window_print_offer:
 * @self: a window
 * @action: %GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, or %GTK_PRINT_OPERATION_ACTION_EXPORT
 * @export_filename: (nullable): the PDF to write when exporting
 * @error: return location for an error
 *
 * Prints the offer package open in the approval pane, as the current person sees it.
 *
 * Returns: the result of the print operation; an error when no package is open
 */
GtkPrintOperationResult
merit_window_print_offer (MeritWindow              *self,
                          GtkPrintOperationAction   action,
                          const char               *export_filename,
                          GError                  **error)
{
  MeritWorkspace *workspace;
  MeritCandidate *candidate;
  const char *viewer;

  g_return_val_if_fail (MERIT_IS_WINDOW (self), GTK_PRINT_OPERATION_RESULT_ERROR);

  candidate = merit_approval_pane_get_selected_candidate (self->approval_pane);
  if (candidate == NULL || self->store == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("No offer package is open in the approval pane"));
      return GTK_PRINT_OPERATION_RESULT_ERROR;
    }
  viewer = self->member != NULL ? merit_member_get_id (self->member) : NULL;
  workspace = merit_workspace_store_get_workspace (self->store);
  /* The name is printed for the chair and the CEO after the decision, opened with their key. */
  if (merit_workflow_can_see_identity (workspace, candidate, viewer))
    _merit_open_identity (workspace, candidate, viewer);
  return _merit_offer_print_run (GTK_WINDOW (self), workspace, candidate, viewer, action,
                                 export_filename, error);
}

/**
 * merit_window_get_approval_notice:
 * @self: a window
 *
 * Returns: how many waiting packages the approval notification last announced; 0 when the
 *   current person is not the CEO, nothing waits, or the notification was withdrawn
 */
guint
merit_window_get_approval_notice (MeritWindow *self)
{
  g_return_val_if_fail (MERIT_IS_WINDOW (self), 0);

  return self->notified_waiting;
}
