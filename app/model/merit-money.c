/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-money.c: strict parsing and formatting of decimal money strings */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "merit-error.h"
#include "merit-money.h"

/* Twelve digits of whole units keep every amount, in cents, far inside gint64. */
#define MAX_UNIT_DIGITS 12

/**
 * merit_money_parse:
 * @text: (nullable): the amount, e.g. "95000.00" or "95000"
 * @out_cents: (out) (optional): return location for the amount in cents
 * @error: return location for a #GError
 *
 * Parses a money string of 1 to 12 digits with an optional fraction of
 * exactly two digits. Signs, exponents, separators and spaces are refused.
 *
 * Returns: %TRUE if @text is a valid amount
 */
gboolean
merit_money_parse (const char  *text,
                   gint64      *out_cents,
                   GError     **error)
{
  const char *p;
  gint64 cents = 0;
  guint n_digits = 0;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (text == NULL)
    goto invalid;

  for (p = text; g_ascii_isdigit (*p); p++)
    {
      if (++n_digits > MAX_UNIT_DIGITS)
        goto invalid;
      cents = cents * 10 + (*p - '0');
    }

  if (n_digits == 0)
    goto invalid;

  cents *= 100;

  if (*p == '.')
    {
      if (!g_ascii_isdigit (p[1]) || !g_ascii_isdigit (p[2]) || p[3] != '\0')
        goto invalid;
      cents += (p[1] - '0') * 10 + (p[2] - '0');
    }
  else if (*p != '\0')
    {
      goto invalid;
    }

  if (out_cents != NULL)
    *out_cents = cents;

  return TRUE;

invalid:
  g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
               _("“%s” is not a valid amount: use up to 12 digits and an optional "
                 "two-digit fraction, such as 95000.00"),
               text != NULL ? text : "");
  return FALSE;
}

/**
 * merit_money_format:
 * @cents: an amount in cents
 *
 * Formats an amount the way merit_money_parse() reads it, e.g. "95000.00".
 *
 * Returns: (transfer full): the formatted amount
 */
char *
merit_money_format (gint64 cents)
{
  guint64 magnitude = cents < 0 ? -(guint64) cents : (guint64) cents;

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%02u",
                          cents < 0 ? "-" : "",
                          magnitude / 100,
                          (guint) (magnitude % 100));
}
