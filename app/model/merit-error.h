/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-error.h: the error domain of the model layer */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define MERIT_MODEL_ERROR (merit_model_error_quark ())

typedef enum {
  MERIT_MODEL_ERROR_INVALID,
  MERIT_MODEL_ERROR_NOT_ALLOWED,
  MERIT_MODEL_ERROR_CHAIN,
} MeritModelError;

GQuark merit_model_error_quark (void);

G_END_DECLS
