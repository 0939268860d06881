/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-workflow-private.h: checks shared by the parts of the workflow. */

#pragma once

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

G_END_DECLS
