/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-error.c: the error domain of the model layer */

#include "config.h"

#include "merit-error.h"

G_DEFINE_QUARK (merit-model-error-quark, merit_model_error)
