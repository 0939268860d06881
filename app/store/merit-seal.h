/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-seal.h: identity and self-identification encrypted to the chair's and CEO's keys. */

#pragma once

#include "merit-candidate.h"
#include "merit-workspace.h"

G_BEGIN_DECLS

GStrv     merit_seal_dup_recipients (MeritWorkspace  *workspace);
gboolean  merit_seal_candidate      (MeritWorkspace  *workspace,
                                     MeritCandidate  *candidate,
                                     const char      *actor,
                                     const char      *time,
                                     GError         **error);
gboolean  merit_seal_can_open       (MeritCandidate  *candidate,
                                     const char      *member_id);
gboolean  merit_seal_open           (MeritWorkspace  *workspace,
                                     MeritCandidate  *candidate,
                                     const char      *member_id,
                                     GError         **error);
gboolean  merit_seal_refresh        (MeritWorkspace  *workspace,
                                     MeritCandidate  *candidate,
                                     const char      *actor,
                                     GError         **error);
gboolean  merit_seal_reseal         (MeritWorkspace  *workspace,
                                     MeritCandidate  *candidate,
                                     const char      *member_id,
                                     GError         **error);
char     *merit_seal_dup_digest     (MeritCandidate     *candidate,
                                     MeritSealedSection *sealed);
void      merit_seal_record         (MeritCandidate  *candidate,
                                     const char      *actor,
                                     const char      *time);
gboolean  merit_seal_check_record   (MeritCandidate  *candidate,
                                     GPtrArray       *problems);
void      merit_seal_use_seeded_random (guint32       seed);
void      merit_seal_use_system_random (void);
void      merit_seal_seed_thread       (guint64       stream);
void      merit_seal_seed_thread_end   (void);

G_END_DECLS
