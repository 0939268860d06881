/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-sealed-section.h: an encrypted identity or self-identification section, carried through */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define MERIT_TYPE_SEALED_SECTION (merit_sealed_section_get_type ())

G_DECLARE_FINAL_TYPE (MeritSealedSection, merit_sealed_section, MERIT, SEALED_SECTION, GObject)

MeritSealedSection *merit_sealed_section_new            (void);
const char         *merit_sealed_section_get_section    (MeritSealedSection *self);
void                merit_sealed_section_set_section    (MeritSealedSection *self,
                                                         const char         *section);
const char         *merit_sealed_section_get_algorithm  (MeritSealedSection *self);
void                merit_sealed_section_set_algorithm  (MeritSealedSection *self,
                                                         const char         *algorithm);
const char         *merit_sealed_section_get_nonce      (MeritSealedSection *self);
void                merit_sealed_section_set_nonce      (MeritSealedSection *self,
                                                         const char         *nonce);
const char         *merit_sealed_section_get_ciphertext (MeritSealedSection *self);
void                merit_sealed_section_set_ciphertext (MeritSealedSection *self,
                                                         const char         *ciphertext);
const char * const *merit_sealed_section_get_recipients (MeritSealedSection *self);
void                merit_sealed_section_set_recipients (MeritSealedSection *self,
                                                         const char * const *recipients);

G_END_DECLS
