/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-workflow-private.h: checks shared by the parts of the workflow. */

#pragma once

#include "merit-meeting.h"
#include "merit-workflow.h"

G_BEGIN_DECLS

gboolean  _merit_workflow_check_readable (MeritCandidate  *candidate,
                                          GError         **error);
gboolean  _merit_workflow_check_stage    (MeritCandidate  *candidate,
                                          MeritStage       stage,
                                          GError         **error);
gboolean  _merit_workflow_check_roles    (MeritWorkspace  *workspace,
                                          const char      *actor,
                                          MeritRoleFlags   roles,
                                          const char      *step,
                                          GError         **error);
char     *_merit_workflow_strip          (const char      *text);
void      _merit_workflow_void_approval  (MeritCandidate  *candidate,
                                          MeritApproval   *approval,
                                          const char      *actor,
                                          const char      *changed);

/* Voting rounds held in a meeting (merit-meeting.c). */
gboolean  _merit_workflow_check_round_vote   (MeritCandidate  *candidate,
                                              const char      *actor,
                                              guint            round,
                                              GError         **error);
guint     _merit_workflow_count_quorum_votes (MeritWorkspace  *workspace,
                                              MeritCandidate  *candidate,
                                              guint            round);
void      _merit_workflow_close_round_record (MeritCandidate  *candidate,
                                              guint            round,
                                              const char      *time);

G_END_DECLS
