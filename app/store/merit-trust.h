/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-trust.h: signatures on packages and the roster, and the CEO key pinned per desktop. */

#pragma once

#include <gio/gio.h>

#include "merit-candidate.h"
#include "merit-workspace.h"

G_BEGIN_DECLS

/**
 * MeritTrustVerdict:
 * @MERIT_TRUST_VERIFIED: every event and approval is signed by the right key
 * @MERIT_TRUST_UNSIGNED: nothing is wrong, but some events are not signed
 * @MERIT_TRUST_BROKEN: a signature, hash or digest does not check out
 */
typedef enum
{
  MERIT_TRUST_VERIFIED,
  MERIT_TRUST_UNSIGNED,
  MERIT_TRUST_BROKEN,
} MeritTrustVerdict;

void         merit_trust_set_folder           (MeritWorkspace  *workspace,
                                               GFile           *folder);
GFile       *merit_trust_get_folder           (MeritWorkspace  *workspace);

MeritMember *merit_trust_find_ceo             (MeritWorkspace  *workspace);
MeritMember *merit_trust_find_key             (MeritWorkspace  *workspace,
                                               const char      *key_id);
char        *merit_trust_dup_member_key       (MeritWorkspace  *workspace,
                                               const char      *key_id,
                                               MeritMember    **out_member);

char        *merit_trust_dup_pin              (GFile           *folder);
gboolean     merit_trust_set_pin              (GFile           *folder,
                                               const char      *public_key,
                                               GError         **error);
gboolean     merit_trust_check_pin            (MeritWorkspace  *workspace,
                                               GError         **error);

gboolean     merit_trust_unlock_member        (MeritWorkspace  *workspace,
                                               const char      *member_id,
                                               const char      *passphrase,
                                               GError         **error);
gboolean     merit_trust_sign_new_events      (MeritWorkspace  *workspace,
                                               MeritCandidate  *candidate,
                                               const char      *actor,
                                               GError         **error);
gboolean     merit_trust_sign_approval        (MeritWorkspace  *workspace,
                                               MeritCandidate  *candidate,
                                               MeritApproval   *approval,
                                               GError         **error);
gboolean     merit_trust_check_approval       (MeritWorkspace  *workspace,
                                               MeritCandidate  *candidate,
                                               MeritApproval   *approval,
                                               GError         **error);
gboolean     merit_trust_sign_roster          (MeritWorkspace  *workspace,
                                               const char      *signer_key,
                                               GError         **error);
MeritTrustVerdict merit_trust_check_roster    (MeritWorkspace  *workspace,
                                               GPtrArray       *problems);
MeritTrustVerdict merit_trust_check_candidate (MeritWorkspace  *workspace,
                                               MeritCandidate  *candidate,
                                               GPtrArray       *problems);

G_END_DECLS
