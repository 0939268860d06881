/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-types.h: enumerations of the Merit model and helpers to convert them to text */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The nicks registered by gnome.mkenums_simple (merit-enums.h) are the
 * strings used in package files; the *_to_string () helpers return the same.
 */

typedef enum {
  MERIT_STAGE_SOURCED,
  MERIT_STAGE_SCREENING,
  MERIT_STAGE_BLIND_REVIEW,
  MERIT_STAGE_COMMITTEE,
  MERIT_STAGE_OFFER_DRAFT,
  MERIT_STAGE_CEO_REVIEW,
  MERIT_STAGE_APPROVED,
  MERIT_STAGE_RETURNED,
  MERIT_STAGE_REJECTED,
  MERIT_STAGE_OFFER_EXTENDED,
  MERIT_STAGE_ACCEPTED,
  MERIT_STAGE_DECLINED,
  MERIT_STAGE_WITHDRAWN,
} MeritStage;

typedef enum {
  MERIT_REVIEW_STATE_DRAFT,
  MERIT_REVIEW_STATE_SUBMITTED,
} MeritReviewState;

typedef enum {
  MERIT_VOTE_VALUE_STRONG_HIRE,
  MERIT_VOTE_VALUE_HIRE,
  MERIT_VOTE_VALUE_NO_HIRE,
  MERIT_VOTE_VALUE_STRONG_NO_HIRE,
} MeritVoteValue;

typedef enum {
  MERIT_DECISION_VALUE_NONE,
  MERIT_DECISION_VALUE_HIRE,
  MERIT_DECISION_VALUE_NO_HIRE,
} MeritDecisionValue;

typedef enum {
  MERIT_APPROVAL_DECISION_APPROVED,
  MERIT_APPROVAL_DECISION_RETURNED,
  MERIT_APPROVAL_DECISION_REJECTED,
} MeritApprovalDecision;

typedef enum /*< flags >*/ {
  MERIT_ROLE_REVIEWER  = 1 << 0,
  MERIT_ROLE_COMMITTEE = 1 << 1,
  MERIT_ROLE_CHAIR     = 1 << 2,
  MERIT_ROLE_CEO       = 1 << 3,
} MeritRoleFlags;

typedef enum {
  MERIT_PROFILE_ENTRY_KIND_WORK,
  MERIT_PROFILE_ENTRY_KIND_VOLUNTEER,
  MERIT_PROFILE_ENTRY_KIND_EDUCATION,
  MERIT_PROFILE_ENTRY_KIND_AWARD,
  MERIT_PROFILE_ENTRY_KIND_CERTIFICATE,
  MERIT_PROFILE_ENTRY_KIND_PUBLICATION,
  MERIT_PROFILE_ENTRY_KIND_SKILL,
  MERIT_PROFILE_ENTRY_KIND_LANGUAGE,
  MERIT_PROFILE_ENTRY_KIND_PROJECT,
  MERIT_PROFILE_ENTRY_KIND_INTEREST,
  MERIT_PROFILE_ENTRY_KIND_REFERENCE,
  MERIT_PROFILE_ENTRY_KIND_WORK_SAMPLE,
} MeritProfileEntryKind;

const char     *merit_stage_to_string                (MeritStage stage);
gboolean        merit_stage_from_string              (const char *text,
                                                      MeritStage *out);
const char     *merit_stage_get_label                (MeritStage stage);
const char     *merit_review_state_to_string         (MeritReviewState state);
gboolean        merit_review_state_from_string       (const char       *text,
                                                      MeritReviewState *out);
const char     *merit_vote_value_to_string           (MeritVoteValue value);
gboolean        merit_vote_value_from_string         (const char     *text,
                                                      MeritVoteValue *out);
const char     *merit_decision_value_to_string       (MeritDecisionValue value);
gboolean        merit_decision_value_from_string     (const char         *text,
                                                      MeritDecisionValue *out);
const char     *merit_approval_decision_to_string    (MeritApprovalDecision decision);
gboolean        merit_approval_decision_from_string  (const char            *text,
                                                      MeritApprovalDecision *out);
const char     *merit_profile_entry_kind_to_string   (MeritProfileEntryKind kind);
gboolean        merit_profile_entry_kind_from_string (const char            *text,
                                                      MeritProfileEntryKind *out);
MeritRoleFlags  merit_role_flags_from_string         (const char  *comma_list,
                                                      GError     **error);
char           *merit_role_flags_to_string           (MeritRoleFlags flags);
char           *merit_now_iso8601                    (void);
gboolean        merit_iso_date_valid                 (const char *text);
gboolean        merit_iso_time_valid                 (const char *text);

G_END_DECLS
