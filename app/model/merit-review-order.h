/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-review-order.h: the order in which a reviewer meets candidates in chunked review. */

#pragma once

#include <glib.h>

#include "merit-candidate.h"

G_BEGIN_DECLS

GPtrArray *merit_review_order_shuffle (GPtrArray  *candidates,
                                       const char *reviewer,
                                       const char *role,
                                       const char *salt);

char      *merit_review_order_new_salt (GRand      *rand);

G_END_DECLS
