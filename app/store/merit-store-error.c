/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-store-error.c: the error domain of the storage layer. */

#include "config.h"

#include "merit-store-error.h"

G_DEFINE_QUARK (merit-store-error-quark, merit_store_error)
