/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-offer-document.h: an offer package laid out for print, page by page. */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "merit-candidate.h"
#include "merit-workspace.h"

G_BEGIN_DECLS

#define MERIT_TYPE_OFFER_DOCUMENT (merit_offer_document_get_type ())

G_DECLARE_FINAL_TYPE (MeritOfferDocument, merit_offer_document, MERIT, OFFER_DOCUMENT, GObject)

MeritOfferDocument *merit_offer_document_new       (MeritWorkspace      *workspace,
                                                    MeritCandidate      *candidate,
                                                    const char          *viewer);
char               *merit_offer_document_dup_text  (MeritOfferDocument  *self);
guint               merit_offer_document_paginate  (MeritOfferDocument  *self,
                                                    cairo_t             *cr,
                                                    double               width,
                                                    double               height);
void                merit_offer_document_draw_page (MeritOfferDocument  *self,
                                                    cairo_t             *cr,
                                                    guint                page);
gboolean            merit_offer_document_write_pdf (MeritOfferDocument  *self,
                                                    const char          *path,
                                                    GError             **error);

G_END_DECLS
