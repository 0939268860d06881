/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-offer-print.h: printing an offer package through GtkPrintOperation. */

#pragma once

#include <adwaita.h>

#include "merit-model.h"

G_BEGIN_DECLS

GtkPrintOperationResult _merit_offer_print_run (GtkWindow                *parent,
                                                MeritWorkspace           *workspace,
                                                MeritCandidate           *candidate,
                                                const char               *viewer,
                                                GtkPrintOperationAction   action,
                                                const char               *export_filename,
                                                GError                  **error);

G_END_DECLS
