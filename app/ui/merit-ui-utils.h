/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-ui-utils.h: small helpers shared by the panes of the window. */

#pragma once

#include <adwaita.h>

#include "merit-model.h"
#include "merit-workspace-store.h"

G_BEGIN_DECLS

char     *_merit_role_flags_dup_label    (MeritRoleFlags        roles);
char     *_merit_member_id_from_name     (const char           *name);
char     *_merit_format_score            (double                score);
char     *_merit_dup_blind_score_text    (MeritCandidate       *candidate,
                                          MeritCalibration     *calibration,
                                          MeritMember          *viewer,
                                          const char          **out_tooltip);
char     *_merit_candidate_dup_role_text (MeritCandidate       *candidate);
void      _merit_candidate_dup_blind_text (MeritCandidate      *candidate,
                                           char               **summary,
                                           char               **experience,
                                           char               **resume);
void      _merit_filter_model_set_model_gradually (GtkFilterListModel *filter_model,
                                                   GListModel         *model);
gboolean  _merit_pane_is_built          (GtkWidget          *pane);
gboolean  _merit_pane_build             (GtkWidget          *pane);
void      _merit_show_toast              (GtkWidget            *widget,
                                          const char           *message);
gboolean  _merit_save_candidate          (GtkWidget            *widget,
                                          MeritWorkspaceStore  *store,
                                          MeritCandidate       *candidate,
                                          const char           *actor);
MeritIdentity *_merit_open_identity      (MeritWorkspace       *workspace,
                                          MeritCandidate       *candidate,
                                          const char           *member_id);

G_END_DECLS
