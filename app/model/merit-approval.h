/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-approval.h: a CEO decision on an offer, bound to a digest of the package */

#pragma once

#include <glib-object.h>

#include "merit-types.h"

G_BEGIN_DECLS

#define MERIT_TYPE_APPROVAL (merit_approval_get_type ())

G_DECLARE_FINAL_TYPE (MeritApproval, merit_approval, MERIT, APPROVAL, GObject)

MeritApproval         *merit_approval_new           (void);
const char            *merit_approval_get_approver  (MeritApproval *self);
void                   merit_approval_set_approver  (MeritApproval *self,
                                                     const char    *approver);
MeritApprovalDecision  merit_approval_get_decision  (MeritApproval *self);
void                   merit_approval_set_decision  (MeritApproval         *self,
                                                     MeritApprovalDecision  decision);
const char            *merit_approval_get_time      (MeritApproval *self);
void                   merit_approval_set_time      (MeritApproval *self,
                                                     const char    *time);
const char            *merit_approval_get_digest    (MeritApproval *self);
void                   merit_approval_set_digest    (MeritApproval *self,
                                                     const char    *digest);
const char            *merit_approval_get_comment   (MeritApproval *self);
void                   merit_approval_set_comment   (MeritApproval *self,
                                                     const char    *comment);
const char            *merit_approval_get_key_id    (MeritApproval *self);
void                   merit_approval_set_key_id    (MeritApproval *self,
                                                     const char    *key_id);
const char            *merit_approval_get_signature (MeritApproval *self);
void                   merit_approval_set_signature (MeritApproval *self,
                                                     const char    *signature);

G_END_DECLS
