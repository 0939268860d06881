/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-workflow-offer.c: drafting an offer and checking it against the comp bands.
 *
 * Amounts are strict decimals (merit_money_parse()) within sane limits, the currency is an
 * active ISO 4217 code, the start date lies between the offer date and two years after it,
 * and a base salary outside the band of the offer's level and currency needs a written
 * exception.
 */

#include "config.h"

#include <stdlib.h>
#include <glib/gi18n-lib.h>

#include "merit-digest.h"
#include "merit-model.h"
#include "merit-workflow-private.h"

/* Active ISO 4217 currency codes, without funds, metals and test codes. */
static const char * const currencies[] = {
  "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT",
  "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD",
  "CDF", "CHF", "CLP", "CNY", "COP", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD",
  "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ",
  "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD",
  "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR",
  "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR",
  "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN",
  "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR",
  "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB",
  "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS",
  "VES", "VND", "VUV", "WST", "XAF", "XCD", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWL",
};

/* An offer may start at most this many days after it is made. */
#define MAX_START_DAYS (2 * 366)

static int
compare_code (const void *key,
              const void *item)
{
  return strcmp (key, *(const char * const *) item);
}

/**
 * merit_workflow_currency_known:
 * @code: (nullable): a currency code such as "EUR"
 *
 * Returns: %TRUE when @code is an active ISO 4217 currency code
 */
gboolean
merit_workflow_currency_known (const char *code)
{
  return code != NULL
         && bsearch (code, currencies, G_N_ELEMENTS (currencies), sizeof currencies[0],
                     compare_code) != NULL;
}

/**
 * merit_workflow_get_band_status:
 * @workspace: the workspace with the comp bands
 * @offer: an offer
 *
 * Returns: where the base salary of @offer lies in the band of its level and currency
 */
MeritBandStatus
merit_workflow_get_band_status (MeritWorkspace *workspace,
                                MeritOffer     *offer)
{
  MeritCompBand *band;
  gint64 base = 0;
  gint64 bound = 0;

  g_return_val_if_fail (MERIT_IS_WORKSPACE (workspace), MERIT_BAND_STATUS_NO_BAND);
  g_return_val_if_fail (MERIT_IS_OFFER (offer), MERIT_BAND_STATUS_NO_BAND);

  band = merit_workspace_find_band (workspace, merit_offer_get_level (offer),
                                    merit_offer_get_currency (offer));
  if (band == NULL || !merit_money_parse (merit_offer_get_base (offer), &base, NULL))
    return MERIT_BAND_STATUS_NO_BAND;
  if (merit_money_parse (merit_comp_band_get_min (band), &bound, NULL) && base < bound)
    return MERIT_BAND_STATUS_BELOW;
  if (merit_money_parse (merit_comp_band_get_max (band), &bound, NULL) && base > bound)
    return MERIT_BAND_STATUS_ABOVE;
  return MERIT_BAND_STATUS_WITHIN;
}

static gboolean
check_amount (const char  *what,
              const char  *text,
              gint64       min_units,
              gint64       max_units,
              GError     **error)
{
  gint64 cents = 0;

  if (!merit_money_parse (text, &cents, error))
    {
      g_prefix_error (error, "%s: ", what);
      return FALSE;
    }
  if (cents >= min_units * 100 && cents <= max_units * 100)
    return TRUE;
  {
    g_autofree char *min_text = g_strdup_printf ("%" G_GINT64_FORMAT, min_units);
    g_autofree char *max_text = g_strdup_printf ("%" G_GINT64_FORMAT, max_units);

    g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                 _("%s: %s is outside the plausible range of %s to %s"),
                 what, text, min_text, max_text);
  }
  return FALSE;
}

static GDate *
parse_date (const char *text)
{
  g_auto(GStrv) parts = NULL;

  if (!merit_iso_date_valid (text))
    return NULL;
  parts = g_strsplit (text, "-", 3);
  return g_date_new_dmy ((GDateDay) atoi (parts[2]), (GDateMonth) atoi (parts[1]),
                         (GDateYear) atoi (parts[0]));
}

static gboolean
check_start_date (const char  *start,
                  const char  *today,
                  GError     **error)
{
  GDate *start_date = parse_date (start);
  GDate *today_date = today != NULL ? parse_date (today) : NULL;
  gboolean ok = TRUE;

  if (start_date == NULL)
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                   _("the offer needs a valid start date (YYYY-MM-DD), not “%s”"),
                   start != NULL ? start : "");
      return FALSE;
    }
  if (today_date != NULL && g_date_compare (start_date, today_date) < 0)
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                   _("the start date %s is in the past: the offer is made on %s"), start, today);
      ok = FALSE;
    }
  else if (today_date != NULL && g_date_days_between (today_date, start_date) > MAX_START_DAYS)
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                   _("the start date %s is more than two years after the offer date %s"),
                   start, today);
      ok = FALSE;
    }
  g_date_free (start_date);
  g_clear_pointer (&today_date, g_date_free);
  return ok;
}

static gboolean
has_text (const char *text)
{
  g_autofree char *trimmed = _merit_workflow_strip (text);

  return *trimmed != '\0';
}

static gboolean
check_band (MeritWorkspace  *workspace,
            MeritOffer      *offer,
            GError         **error)
{
  MeritBandStatus status = merit_workflow_get_band_status (workspace, offer);
  MeritCompBand *band;

  if (status == MERIT_BAND_STATUS_WITHIN || has_text (merit_offer_get_exception (offer)))
    return TRUE;
  if (status == MERIT_BAND_STATUS_NO_BAND)
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                   _("there is no comp band for level %s in %s; an offer outside the comp "
                     "bands needs a written exception"),
                   merit_offer_get_level (offer), merit_offer_get_currency (offer));
      return FALSE;
    }
  band = merit_workspace_find_band (workspace, merit_offer_get_level (offer),
                                    merit_offer_get_currency (offer));
  g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
               _("the base salary %s %s is %s the %s band (%s to %s); an out-of-band offer "
                 "needs a written exception"),
               merit_offer_get_base (offer), merit_offer_get_currency (offer),
               status == MERIT_BAND_STATUS_BELOW ? _("below") : _("above"),
               merit_offer_get_level (offer), merit_comp_band_get_min (band),
               merit_comp_band_get_max (band));
  return FALSE;
}

/**
 * merit_workflow_check_offer:
 * @workspace: the workspace with the comp bands
 * @offer: (nullable): an offer
 * @today: (nullable): the date the offer is made, YYYY-MM-DD; %NULL skips the checks that
 *   the start date is not in the past nor too far ahead
 * @error: return location for an error naming the first problem
 *
 * Checks that @offer is complete and sane: level, base salary, currency, start date and
 * justification present; amounts within limits; a known currency; within its band or with an
 * exception.
 *
 * Returns: %TRUE when @offer may go to the CEO
 */
gboolean
merit_workflow_check_offer (MeritWorkspace  *workspace,
                            MeritOffer      *offer,
                            const char      *today,
                            GError         **error)
{
  const char *equity;
  guint64 shares = 0;

  g_return_val_if_fail (MERIT_IS_WORKSPACE (workspace), FALSE);

  if (offer == NULL)
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                   _("no offer has been drafted"));
      return FALSE;
    }
  if (!has_text (merit_offer_get_level (offer)))
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                   _("the offer needs a level"));
      return FALSE;
    }
  if (!check_amount (_("base salary"), merit_offer_get_base (offer), 1, MERIT_OFFER_MAX_BASE,
                     error))
    return FALSE;
  if (!merit_workflow_currency_known (merit_offer_get_currency (offer)))
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                   _("“%s” is not an ISO 4217 currency code such as EUR or USD"),
                   merit_offer_get_currency (offer) != NULL ? merit_offer_get_currency (offer) : "");
      return FALSE;
    }
  if (merit_offer_get_bonus (offer) != NULL
      && !check_amount (_("bonus"), merit_offer_get_bonus (offer), 0, MERIT_OFFER_MAX_BONUS,
                        error))
    return FALSE;
  equity = merit_offer_get_equity (offer);
  if (equity != NULL
      && (!g_ascii_string_to_unsigned (equity, 10, 0, MERIT_OFFER_MAX_EQUITY, &shares, NULL)
          || !g_ascii_isdigit (*equity)))
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                   _("equity: “%s” is not a whole number of units from 0 to %d"),
                   equity, MERIT_OFFER_MAX_EQUITY);
      return FALSE;
    }
  if (!check_start_date (merit_offer_get_start_date (offer), today, error))
    return FALSE;
  if (!has_text (merit_offer_get_justification (offer)))
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                   _("the offer needs a written justification"));
      return FALSE;
    }
  return check_band (workspace, offer, error);
}

static MeritOffer *
copy_offer (MeritOffer *offer)
{
  MeritOffer *copy = merit_offer_new ();
  g_autofree char *exception = _merit_workflow_strip (merit_offer_get_exception (offer));
  g_autofree char *justification = _merit_workflow_strip (merit_offer_get_justification (offer));
  gint64 cents = 0;

  merit_offer_set_level (copy, merit_offer_get_level (offer));
  merit_offer_set_base (copy, merit_offer_get_base (offer));
  /* Amounts are stored in one canonical form, e.g. "95000.00". */
  if (merit_money_parse (merit_offer_get_base (offer), &cents, NULL))
    {
      g_autofree char *base = merit_money_format (cents);

      merit_offer_set_base (copy, base);
    }
  merit_offer_set_currency (copy, merit_offer_get_currency (offer));
  merit_offer_set_equity (copy, merit_offer_get_equity (offer));
  merit_offer_set_bonus (copy, merit_offer_get_bonus (offer));
  if (merit_money_parse (merit_offer_get_bonus (offer), &cents, NULL))
    {
      g_autofree char *bonus = merit_money_format (cents);

      merit_offer_set_bonus (copy, bonus);
    }
  merit_offer_set_start_date (copy, merit_offer_get_start_date (offer));
  merit_offer_set_justification (copy, justification);
  merit_offer_set_exception (copy, *exception != '\0' ? exception : NULL);
  return copy;
}

/**
 * merit_workflow_set_offer:
 * @workspace: the workspace
 * @candidate: a package in offer draft, or approved
 * @actor: the chair
 * @offer: the offer; its values are copied
 * @error: return location for an error naming the rule
 *
 * Validates @offer with merit_workflow_check_offer() as of today and puts it in @candidate.
 * Changing the offer of an approved package voids the approval: the package goes back to CEO
 * review.
 *
 * Returns: %TRUE on success; on failure @candidate is unchanged
 */
gboolean
merit_workflow_set_offer (MeritWorkspace  *workspace,
                          MeritCandidate  *candidate,
                          const char      *actor,
                          MeritOffer      *offer,
                          GError         **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *time = merit_now_iso8601 ();
  g_autoptr(MeritOffer) copy = NULL;
  MeritStage stage = merit_candidate_get_stage (candidate);

  g_return_val_if_fail (MERIT_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (MERIT_IS_CANDIDATE (candidate), FALSE);
  g_return_val_if_fail (MERIT_IS_OFFER (offer), FALSE);

  if (!_merit_workflow_check_readable (candidate, error)
      || !_merit_workflow_check_roles (workspace, actor, MERIT_ROLE_CHAIR, _("draft an offer"),
                                       error))
    return FALSE;
  if (stage != MERIT_STAGE_OFFER_DRAFT && stage != MERIT_STAGE_APPROVED)
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED,
                   _("an offer is drafted in stage “%s” (or revised after approval), and %s is "
                     "in stage “%s”"),
                   merit_stage_get_label (MERIT_STAGE_OFFER_DRAFT),
                   merit_candidate_get_pseudonym (candidate), merit_stage_get_label (stage));
      return FALSE;
    }
  if (!merit_workflow_check_offer (workspace, offer, today, error))
    return FALSE;

  merit_candidate_record_pending (candidate, actor);
  copy = copy_offer (offer);
  merit_candidate_set_offer (candidate, copy);
  if (stage == MERIT_STAGE_APPROVED)
    {
      g_autoptr(MeritApproval) approval = NULL;

      /* Only a real change voids the approval; the same values leave it in force. */
      approval = merit_workflow_dup_matching_approval (candidate, NULL);
      if (approval == NULL)
        {
          GListModel *approvals = merit_candidate_get_approvals (candidate);
          guint n = g_list_model_get_n_items (approvals);
          g_autoptr(MeritApproval) last = n > 0 ? g_list_model_get_item (approvals, n - 1) : NULL;

          if (last != NULL)
            _merit_workflow_void_approval (candidate, last, actor, "offer");
        }
      return TRUE;
    }
  {
    g_autofree char *detail = g_strdup_printf ("%s %s %s", merit_offer_get_level (copy),
                                               merit_offer_get_base (copy),
                                               merit_offer_get_currency (copy));

    merit_candidate_append_event (candidate, actor, "offer-drafted", NULL, NULL, detail, time);
  }
  return TRUE;
}

/**
 * merit_workflow_submit_offer:
 * @workspace: the workspace
 * @candidate: a package in offer draft
 * @actor: the chair
 * @comment: (nullable): a note for the CEO
 * @error: return location for an error naming the rule
 *
 * Sends the offer package to the CEO.  The offer must be complete, and within its band or
 * with an exception.
 *
 * Returns: %TRUE on success
 */
gboolean
merit_workflow_submit_offer (MeritWorkspace  *workspace,
                             MeritCandidate  *candidate,
                             const char      *actor,
                             const char      *comment,
                             GError         **error)
{
  return merit_workflow_advance (workspace, candidate, actor, MERIT_STAGE_CEO_REVIEW, comment,
                                 error);
}
