/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-workspace.h: all candidates of a hiring workspace plus its shared settings */

#pragma once

#include <gio/gio.h>

#include "merit-candidate.h"
#include "merit-comp-band.h"
#include "merit-roster.h"
#include "merit-rubric.h"

G_BEGIN_DECLS

#define MERIT_TYPE_WORKSPACE (merit_workspace_get_type ())

G_DECLARE_FINAL_TYPE (MeritWorkspace, merit_workspace, MERIT, WORKSPACE, GObject)

MeritWorkspace *merit_workspace_new                     (void);
void            merit_workspace_append_batch            (MeritWorkspace  *self,
                                                         MeritCandidate **items,
                                                         guint            n_items);
void            merit_workspace_remove_all              (MeritWorkspace *self);
void            merit_workspace_replace                 (MeritWorkspace *self,
                                                         MeritCandidate *candidate);
void            merit_workspace_remove_all_comp_bands   (MeritWorkspace *self);
void            merit_workspace_item_changed            (MeritWorkspace *self,
                                                         MeritCandidate *candidate);
MeritCandidate *merit_workspace_lookup                  (MeritWorkspace *self,
                                                         const char     *id);
const char     *merit_workspace_get_name                (MeritWorkspace *self);
void            merit_workspace_set_name                (MeritWorkspace *self,
                                                         const char     *name);
MeritRoster    *merit_workspace_get_roster              (MeritWorkspace *self);
void            merit_workspace_set_roster              (MeritWorkspace *self,
                                                         MeritRoster    *roster);
MeritRubric    *merit_workspace_get_rubric              (MeritWorkspace *self);
void            merit_workspace_set_rubric              (MeritWorkspace *self,
                                                         MeritRubric    *rubric);
GListModel     *merit_workspace_get_comp_bands          (MeritWorkspace *self);
void            merit_workspace_add_comp_band           (MeritWorkspace *self,
                                                         MeritCompBand  *band);
MeritCompBand  *merit_workspace_find_band               (MeritWorkspace *self,
                                                         const char     *level,
                                                         const char     *currency);
guint           merit_workspace_get_default_quorum      (MeritWorkspace *self);
void            merit_workspace_set_default_quorum      (MeritWorkspace *self,
                                                         guint           default_quorum);
gboolean        merit_workspace_get_neutralise_pronouns (MeritWorkspace *self);
void            merit_workspace_set_neutralise_pronouns (MeritWorkspace *self,
                                                         gboolean        neutralise_pronouns);
const char     *merit_workspace_get_review_salt         (MeritWorkspace *self);
void            merit_workspace_set_review_salt         (MeritWorkspace *self,
                                                         const char     *review_salt);
gboolean        merit_workspace_get_modified            (MeritWorkspace *self);
void            merit_workspace_set_modified            (MeritWorkspace *self,
                                                         gboolean        modified);

G_END_DECLS
