/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-candidate-list-view.h: every package of the workspace, searchable and sortable. */

#pragma once

#include <adwaita.h>

#include "merit-model.h"
#include "merit-workspace-store.h"

G_BEGIN_DECLS

#define MERIT_TYPE_CANDIDATE_LIST_VIEW (merit_candidate_list_view_get_type ())

G_DECLARE_FINAL_TYPE (MeritCandidateListView, merit_candidate_list_view, MERIT, CANDIDATE_LIST_VIEW, GtkWidget)

MeritWorkspaceStore *merit_candidate_list_view_get_store    (MeritCandidateListView *self);
void                 merit_candidate_list_view_set_store    (MeritCandidateListView *self,
                                                             MeritWorkspaceStore    *store);
MeritMember         *merit_candidate_list_view_get_member   (MeritCandidateListView *self);
void                 merit_candidate_list_view_set_member   (MeritCandidateListView *self,
                                                             MeritMember            *member);
void                 merit_candidate_list_view_focus_search (MeritCandidateListView *self);

G_END_DECLS
