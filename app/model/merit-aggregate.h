/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-aggregate.h: per-criterion summaries and calibrated scores. */

#pragma once

#include <gio/gio.h>

#include "merit-candidate.h"

G_BEGIN_DECLS

/* A reviewer's scores are calibrated once they have submitted this many reviews. */
#define MERIT_CALIBRATION_MIN_REVIEWS 5
/* Reviewers who differ by this many levels on a criterion disagree. */
#define MERIT_DISAGREEMENT_LEVELS 2

typedef struct
{
  char     *criterion;
  guint     n_scores;
  double    mean;
  double    spread;          /* standard deviation of the raw scores */
  guint     min;
  guint     max;
  gboolean  disagreement;
  gboolean  calibrated;      /* TRUE when at least one score was calibrated */
  double    calibrated_mean; /* on the 1–4 scale; the raw mean where nothing is calibrated */
} MeritCriterionSummary;

#define MERIT_TYPE_CALIBRATION (merit_calibration_get_type ())

G_DECLARE_FINAL_TYPE (MeritCalibration, merit_calibration, MERIT, CALIBRATION, GObject)

MeritCalibration *merit_calibration_new              (GListModel       *candidates);
MeritCalibration *merit_calibration_new_empty        (void);
void              merit_calibration_add              (MeritCalibration *self,
                                                      MeritCandidate   *candidate);
void              merit_calibration_finish           (MeritCalibration *self);
gboolean          merit_calibration_equal            (MeritCalibration *self,
                                                      MeritCalibration *other);
guint             merit_calibration_get_n_reviews    (MeritCalibration *self,
                                                      const char       *reviewer);
gboolean          merit_calibration_calibrate        (MeritCalibration *self,
                                                      const char       *reviewer,
                                                      guint             raw,
                                                      double           *out_value);
GArray           *merit_aggregate_candidate          (MeritCandidate   *candidate,
                                                      const char * const *criteria,
                                                      MeritCalibration *calibration);
double            merit_aggregate_blind_score        (MeritCandidate   *candidate,
                                                      MeritCalibration *calibration,
                                                      gboolean         *out_calibrated);
gboolean          merit_aggregate_has_disagreement   (MeritCandidate   *candidate);

G_END_DECLS
