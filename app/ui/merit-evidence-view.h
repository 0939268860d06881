/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-evidence-view.h: the blind evidence of a package, summarised per rubric criterion. */

#pragma once

#include <adwaita.h>

#include "merit-model.h"

G_BEGIN_DECLS

#define MERIT_TYPE_EVIDENCE_VIEW (merit_evidence_view_get_type ())

G_DECLARE_FINAL_TYPE (MeritEvidenceView, merit_evidence_view, MERIT, EVIDENCE_VIEW, GtkWidget)

GtkWidget *merit_evidence_view_new                (void);
void       merit_evidence_view_set_candidate      (MeritEvidenceView *self,
                                                   MeritWorkspace    *workspace,
                                                   MeritCandidate    *candidate);
guint      merit_evidence_view_get_n_disagreements (MeritEvidenceView *self);

G_END_DECLS
