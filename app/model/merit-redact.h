/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-redact.h: the blind view of free text. */

#pragma once

#include <glib.h>

#include "merit-identity.h"

G_BEGIN_DECLS

char *merit_redact_text (const char    *text,
                         MeritIdentity *identity);

G_END_DECLS
