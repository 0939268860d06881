/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-money.c: strict parsing and formatting of decimal money strings */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

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

/* The locale's separator, or @fallback where the locale has none. */
static const char *
separator (const char *locale_value,
           const char *fallback)
{
  return locale_value != NULL && *locale_value != '\0' ? locale_value : fallback;
}

/**
 * merit_money_format_display:
 * @amount: (nullable): a stored money string such as "93000.00"
 * @currency: (nullable): its ISO 4217 code
 *
 * Formats an amount for people, with the current locale's monetary digit grouping and
 * decimal mark ("93,000.00 EUR" in English, "93.000,00 EUR" in German).  Stored amounts keep
 * their fixed form; this is for display only.
 *
 * Returns: (transfer full): the text, "—" when @amount is missing or malformed
 */
char *
merit_money_format_display (const char *amount,
                            const char *currency)
{
  struct lconv *conventions = localeconv ();
  const char *decimal = separator (conventions->mon_decimal_point, ".");
  const char *thousands = separator (conventions->mon_thousands_sep, ",");
  g_autofree char *digits = NULL;
  GString *out;
  gint64 cents = 0;
  gsize n;

  if (amount == NULL || !merit_money_parse (amount, &cents, NULL))
    return g_strdup ("—");

  digits = g_strdup_printf ("%" G_GINT64_FORMAT, cents / 100);
  n = strlen (digits);
  out = g_string_new (NULL);
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append (out, thousands);
      g_string_append_c (out, digits[i]);
    }
  g_string_append_printf (out, "%s%02d", decimal, (int) (cents % 100));
  if (currency != NULL)
    g_string_append_printf (out, " %s", currency);
  return g_string_free (out, FALSE);
}

/**
 * merit_date_format_display:
 * @iso_date: (nullable): "YYYY-MM-DD" or an ISO 8601 UTC time
 *
 * Returns: (transfer full): the date in the current locale's preferred form, or a copy of
 *   @iso_date when it cannot be read
 */
char *
merit_date_format_display (const char *iso_date)
{
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *full = NULL;

  if (iso_date == NULL)
    return NULL;
  full = strlen (iso_date) == 10 ? g_strconcat (iso_date, "T00:00:00Z", NULL) : g_strdup (iso_date);
  time = g_date_time_new_from_iso8601 (full, NULL);
  if (time == NULL)
    return g_strdup (iso_date);
  return g_date_time_format (time, "%x");
}
