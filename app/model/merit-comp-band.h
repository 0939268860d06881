/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-comp-band.h: the salary range allowed for one level and currency */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define MERIT_TYPE_COMP_BAND (merit_comp_band_get_type ())

G_DECLARE_FINAL_TYPE (MeritCompBand, merit_comp_band, MERIT, COMP_BAND, GObject)

MeritCompBand *merit_comp_band_new          (void);
const char    *merit_comp_band_get_level    (MeritCompBand *self);
void           merit_comp_band_set_level    (MeritCompBand *self,
                                             const char    *level);
const char    *merit_comp_band_get_currency (MeritCompBand *self);
void           merit_comp_band_set_currency (MeritCompBand *self,
                                             const char    *currency);
const char    *merit_comp_band_get_min      (MeritCompBand *self);
void           merit_comp_band_set_min      (MeritCompBand *self,
                                             const char    *min);
const char    *merit_comp_band_get_max      (MeritCompBand *self);
void           merit_comp_band_set_max      (MeritCompBand *self,
                                             const char    *max);
gboolean       merit_comp_band_contains     (MeritCompBand *self,
                                             const char    *amount);

G_END_DECLS
