/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-approval-pane-private.h: the instance struct of MeritApprovalPane, shared by its files. */

#pragma once

#include "merit-approval-pane.h"
#include "merit-evidence-view.h"

G_BEGIN_DECLS

struct _MeritApprovalPane
{
  GtkWidget            parent_instance;

  /* Template widgets */
  GtkStack            *stack;
  AdwStatusPage       *status_page;
  AdwLeaflet          *leaflet;
  GtkListView         *queue_view;
  GtkWidget           *detail_page;
  GtkScrolledWindow   *detail_scroller;
  GtkLabel            *pseudonym_label;
  GtkLabel            *role_label;
  GtkLabel            *waiting_label;
  AdwActionRow        *base_row;
  GtkLabel            *band_status_label;
  AdwActionRow        *band_row;
  GtkLevelBar         *position_bar;
  AdwActionRow        *exception_row;
  AdwActionRow        *terms_row;
  AdwActionRow        *justification_row;
  MeritEvidenceView   *evidence_view;
  AdwActionRow        *decision_row;
  AdwActionRow        *rationale_row;
  AdwPreferencesGroup *votes_group;
  GtkListBox          *votes_list;
  GtkTextView         *comment_view;

  /* Borrowed references */
  GtkWidget           *dialog;

  /* Owned references */
  MeritWorkspaceStore *store;
  MeritMember         *member;
  MeritCandidate      *shown;
  GtkCustomFilter     *filter;
  GtkFilterListModel  *filter_model;
  GtkSortListModel    *queue_model;
  GtkSingleSelection  *selection;
  GSignalGroup        *store_signals;

  guint                n_waiting;
};

static inline gboolean
_merit_approval_pane_is_ceo (MeritApprovalPane *self)
{
  return self->member != NULL && merit_member_has_role (self->member, MERIT_ROLE_CEO);
}

void _merit_approval_pane_class_add_actions (GtkWidgetClass *widget_class);

G_END_DECLS
