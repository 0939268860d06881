/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-candidate-private.h: candidate API reserved for the store that loads packages */

#pragma once

#include "merit-candidate.h"

G_BEGIN_DECLS

/* Reads the whole package into @candidate, a summary, with _merit_candidate_take_contents()
 * (or marks it broken); called once, on the first use of a section. */
typedef void (*MeritCandidateLoadFunc) (MeritCandidate *candidate,
                                        gpointer        user_data);

void     _merit_candidate_set_loading (MeritCandidate *self,
                                       gboolean        loading);
gboolean _merit_candidate_get_loading (MeritCandidate *self);
void     _merit_candidate_set_watched (MeritCandidate *self,
                                       gboolean        watched);
MeritCandidate *_merit_candidate_new_unwatched (const char *id);
void     _merit_candidate_set_summary (MeritCandidate         *self,
                                       double                  blind_score,
                                       const char * const     *submitted_reviewers,
                                       GArray                 *tallies,
                                       MeritCandidateLoadFunc  loader,
                                       gpointer                loader_data,
                                       GDestroyNotify          loader_destroy);
void     _merit_candidate_set_summary_fields (MeritCandidate *self,
                                              const char     *pseudonym,
                                              MeritStage      stage,
                                              const char     *stage_since,
                                              const char     *created);
gboolean _merit_candidate_is_summary  (MeritCandidate *self);
gboolean _merit_candidate_has_sections (MeritCandidate *self);
void     _merit_candidate_ensure_loaded (MeritCandidate *self);
void     _merit_candidate_take_contents (MeritCandidate *self,
                                         MeritCandidate *full);

G_END_DECLS
