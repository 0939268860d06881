/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-money.h: strict parsing and formatting of decimal money strings */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  merit_money_parse  (const char  *text,
                              gint64      *out_cents,
                              GError     **error);
char     *merit_money_format (gint64 cents);
char     *merit_money_format_display (const char *amount,
                                      const char *currency);
char     *merit_date_format_display  (const char *iso_date);

G_END_DECLS
