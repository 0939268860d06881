/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-redact.h: the blind view of free text. */

#pragma once

#include <glib.h>

#include "merit-identity.h"

G_BEGIN_DECLS

typedef enum
{
  MERIT_REDACT_FLAGS_NONE = 0,
  /* Replace gendered pronouns and titles by neutral ones (English). */
  MERIT_REDACT_FLAGS_NEUTRALISE_PRONOUNS = 1 << 0,
} MeritRedactFlags;

typedef struct _MeritRedactor MeritRedactor;

MeritRedactor *merit_redactor_new    (MeritIdentity       *identity,
                                      MeritRedactFlags     flags);
char          *merit_redactor_redact (const MeritRedactor *self,
                                      const char          *text);
void           merit_redactor_free   (MeritRedactor       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MeritRedactor, merit_redactor_free)

char *merit_redact_text      (const char       *text,
                              MeritIdentity    *identity);
char *merit_redact_text_full (const char       *text,
                              MeritIdentity    *identity,
                              MeritRedactFlags  flags);

G_END_DECLS
