/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-window-private.h: the instance struct of MeritWindow, shared by its files. */

#pragma once

#include "merit-approval-pane.h"
#include "merit-candidate-list-view.h"
#include "merit-dashboard.h"
#include "merit-chunked-review.h"
#include "merit-first-run-page.h"
#include "merit-import-dialog.h"
#include "merit-review-pane.h"
#include "merit-window.h"
#include "merit-workspace-store.h"

G_BEGIN_DECLS

struct _MeritWindow
{
  AdwApplicationWindow    parent_instance;

  /* Template widgets */
  AdwToastOverlay        *toast_overlay;
  GtkStack               *main_stack;
  MeritFirstRunPage      *first_run_page;
  GtkDropDown            *who_dropdown;
  GtkMenuButton          *person_button;
  GtkLabel               *person_name_label;
  GtkLabel               *person_roles_label;
  GtkLabel               *person_roles_detail;
  GtkDropDown            *person_dropdown;
  GtkMenuButton          *primary_menu_button;
  GMenuModel             *primary_menu;
  AdwViewSwitcherTitle   *switcher_title;
  AdwViewStack           *view_stack;
  MeritCandidateListView *list_view;
  MeritReviewPane        *review_pane;
  MeritApprovalPane      *approval_pane;
  MeritDashboard         *dashboard;

  /* Borrowed references */
  MeritChunkedReview     *chunked_review;  /* in main_stack while it is open */
  GtkRevealer            *trust_banner;

  /* Owned references */
  GSettings              *settings;
  MeritWorkspaceStore    *store;
  GCancellable           *cancellable;
  MeritMember            *member;
  GFile                  *folder;
  GtkFileChooserNative   *chooser;

  /* Import and export (merit-window-interchange.c) */
  GtkFileChooserNative   *import_chooser;
  MeritImportDialog      *import_dialog;
  GtkWindow              *export_dialog;
  GtkWindow              *shortcuts_window;

  gulong                  person_selected_id;
  guint                   waiting_baseline;   /* packages waiting at the last look */
  guint                   notified_waiting;   /* as announced by the shown notification */
};

void _merit_window_class_add_actions (GtkWidgetClass *widget_class);
void _merit_window_set_member_id     (MeritWindow    *self,
                                      const char     *member_id);
void _merit_window_create_workspace  (MeritWindow    *self);
void _merit_window_update_actions    (MeritWindow    *self);

void _merit_window_class_add_interchange_actions (GtkWidgetClass *widget_class);
void _merit_window_update_interchange_actions    (MeritWindow    *self);
void _merit_window_dispose_interchange           (MeritWindow    *self);
void _merit_window_check_trust       (MeritWindow    *self);
void _merit_window_leave_who_page    (MeritWindow    *self);
void _merit_window_class_add_trust_actions (GtkWidgetClass *widget_class);

G_END_DECLS
