/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-offer.h: the draft or extended offer for a candidate */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define MERIT_TYPE_OFFER (merit_offer_get_type ())

G_DECLARE_FINAL_TYPE (MeritOffer, merit_offer, MERIT, OFFER, GObject)

MeritOffer *merit_offer_new               (void);
const char *merit_offer_get_level         (MeritOffer *self);
void        merit_offer_set_level         (MeritOffer *self,
                                           const char *level);
const char *merit_offer_get_base          (MeritOffer *self);
void        merit_offer_set_base          (MeritOffer *self,
                                           const char *base);
const char *merit_offer_get_currency      (MeritOffer *self);
void        merit_offer_set_currency      (MeritOffer *self,
                                           const char *currency);
const char *merit_offer_get_equity        (MeritOffer *self);
void        merit_offer_set_equity        (MeritOffer *self,
                                           const char *equity);
const char *merit_offer_get_bonus         (MeritOffer *self);
void        merit_offer_set_bonus         (MeritOffer *self,
                                           const char *bonus);
const char *merit_offer_get_start_date    (MeritOffer *self);
void        merit_offer_set_start_date    (MeritOffer *self,
                                           const char *start_date);
const char *merit_offer_get_justification (MeritOffer *self);
void        merit_offer_set_justification (MeritOffer *self,
                                           const char *justification);
const char *merit_offer_get_exception     (MeritOffer *self);
void        merit_offer_set_exception     (MeritOffer *self,
                                           const char *exception);

G_END_DECLS
