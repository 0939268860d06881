/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-export.c: the workspace as JSON, the pipeline as CSV.
 *
 * The JSON export is blind unless asked otherwise: no identity, no self-identification, and
 * free text redacted of names, addresses and links.  Only a chair or the CEO may export
 * identities.  With identities, the export can be imported again without losing a profile
 * field.  The CSV is safe to open in a spreadsheet: RFC 4180 quoting, and a cell that starts
 * like a formula is prefixed with a quote.
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "merit-export.h"
#include "merit-json-package.h"
#include "merit-model.h"
#include "merit-redact.h"
#include "merit-store-error.h"

static void
add_score (JsonBuilder *builder,
           const char  *member,
           double       score)
{
  json_builder_set_member_name (builder, member);
  if (score >= 0)
    json_builder_add_double_value (builder, round (score * 100.0) / 100.0);
  else
    json_builder_add_null_value (builder);
}

/* The mean of each criterion over the submitted reviews, -1 where there is none. */
static double *
criterion_means (MeritCandidate *candidate,
                 GStrv           criteria)
{
  g_autoptr(GArray) summaries = merit_aggregate_candidate (candidate,
                                                           (const char * const *) criteria, NULL);
  double *means = g_new0 (double, summaries->len + 1);

  for (guint c = 0; c < summaries->len; c++)
    {
      MeritCriterionSummary *summary = &g_array_index (summaries, MeritCriterionSummary, c);

      means[c] = summary->n_scores > 0 ? summary->mean : -1;
    }
  return means;
}

static const char *
decision_text (MeritCandidate *candidate)
{
  MeritDecisionValue decision = merit_committee_get_decision (merit_candidate_get_committee (candidate));

  return decision == MERIT_DECISION_VALUE_NONE ? NULL : merit_decision_value_to_string (decision);
}

/* The CEO's last word on the offer, "pending" while it waits for one. */
static const char *
approval_state (MeritCandidate *candidate)
{
  GListModel *approvals = merit_candidate_get_approvals (candidate);
  guint n = g_list_model_get_n_items (approvals);

  if (n > 0)
    {
      g_autoptr(MeritApproval) last = g_list_model_get_item (approvals, n - 1);

      return merit_approval_decision_to_string (merit_approval_get_decision (last));
    }
  if (merit_candidate_get_stage (candidate) == MERIT_STAGE_CEO_REVIEW)
    return "pending";
  return NULL;
}

static void
add_package (JsonBuilder    *builder,
             MeritCandidate *candidate,
             GStrv           criteria,
             gboolean        identified,
             GDateTime      *now)
{
  MeritRole *role = merit_candidate_get_role (candidate);
  g_autofree double *means = criterion_means (candidate, criteria);

  json_builder_begin_object (builder);
  merit_json_add_string (builder, "id", merit_candidate_get_id (candidate));
  merit_json_add_string (builder, "pseudonym", merit_candidate_get_pseudonym (candidate));
  merit_json_add_string (builder, "stage", merit_stage_to_string (merit_candidate_get_stage (candidate)));
  merit_json_add_string (builder, "stage-since", merit_candidate_get_stage_since (candidate));
  merit_json_add_string (builder, "created", merit_candidate_get_created (candidate));
  json_builder_set_member_name (builder, "days-in-stage");
  json_builder_add_int_value (builder, merit_candidate_get_days_in_stage (candidate, now));
  merit_json_add_role (builder, role);
  json_builder_set_member_name (builder, "scores");
  json_builder_begin_object (builder);
  for (guint c = 0; criteria[c] != NULL; c++)
    add_score (builder, criteria[c], means[c]);
  json_builder_end_object (builder);
  add_score (builder, "blind-score", merit_candidate_get_blind_score (candidate));
  merit_json_add_string (builder, "decision", decision_text (candidate));
  merit_json_add_string (builder, "approval-state", approval_state (candidate));
  if (identified)
    {
      merit_json_add_identity (builder, candidate);
      merit_json_add_profile (builder, merit_candidate_get_profile (candidate));
    }
  else
    {
      /* What a reviewer would see: redacted text, no web addresses. */
      g_autoptr(MeritCandidate) blind = merit_blind_dup_candidate (candidate, NULL,
                                                                   MERIT_REDACT_FLAGS_NONE);

      merit_json_add_profile (builder, merit_candidate_get_profile (blind));
    }
  json_builder_end_object (builder);
}

/**
 * merit_export_check_identified:
 * @workspace: a workspace
 * @member_id: (nullable): the acting member
 * @error: return location for an error
 *
 * Identities leave the workspace only for the chair or the CEO.
 *
 * Returns: %TRUE if @member_id may export identities
 */
gboolean
merit_export_check_identified (MeritWorkspace  *workspace,
                               const char      *member_id,
                               GError         **error)
{
  MeritMember *member;

  g_return_val_if_fail (MERIT_IS_WORKSPACE (workspace), FALSE);

  if (member_id == NULL)
    {
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_INVALID,
                   _("an export with identities needs the acting member (--as)"));
      return FALSE;
    }
  member = merit_roster_lookup (merit_workspace_get_roster (workspace), member_id);
  if (member == NULL)
    {
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_NOT_FOUND,
                   _("%s: not a member of this workspace"), member_id);
      return FALSE;
    }
  if (!merit_member_has_role (member, MERIT_ROLE_CHAIR) && !merit_member_has_role (member, MERIT_ROLE_CEO))
    {
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_INVALID,
                   _("%s: only the chair or the CEO may export identities"), member_id);
      return FALSE;
    }
  return TRUE;
}

/**
 * merit_export_json:
 * @workspace: a loaded workspace
 * @identified: whether to include identities; check merit_export_check_identified() first
 * @now: (nullable): the time days in stage are counted to, %NULL for now
 *
 * One object per readable package, in workspace order.  Broken packages are left out.
 *
 * Returns: (transfer full): the JSON text
 */
GBytes *
merit_export_json (MeritWorkspace *workspace,
                   gboolean        identified,
                   GDateTime      *now)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_auto(GStrv) criteria = NULL;
  GListModel *list = G_LIST_MODEL (workspace);
  char *text;
  gsize length = 0;

  g_return_val_if_fail (MERIT_IS_WORKSPACE (workspace), NULL);

  criteria = merit_rubric_dup_criterion_ids (merit_workspace_get_rubric (workspace));
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (list, i);

      if (merit_candidate_get_broken_reason (candidate) == NULL)
        add_package (builder, candidate, criteria, identified, now);
    }
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &length);
  text = g_realloc (text, length + 2);
  text[length++] = '\n';
  text[length] = '\0';
  return g_bytes_new_take (text, length);
}

/* RFC 4180, and a cell that a spreadsheet would run as a formula starts with a quote. */
static void
append_cell (GString    *out,
             const char *value,
             gboolean    first)
{
  g_autofree char *safe = NULL;

  if (!first)
    g_string_append_c (out, ',');
  if (value == NULL)
    return;
  if (strchr ("=+-@\t\r", value[0]) != NULL && value[0] != '\0')
    value = safe = g_strconcat ("'", value, NULL);
  if (strpbrk (value, ",\"\r\n") == NULL)
    {
      g_string_append (out, value);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static char *
format_score (double score)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (score < 0)
    return NULL;
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.2f", score));
}

/**
 * merit_export_csv:
 * @workspace: a loaded workspace
 * @now: (nullable): the time days in stage are counted to, %NULL for now
 *
 * The pipeline report: one row per readable package with its pseudonym, role, level, stage,
 * days in stage, the mean score of each criterion, the blind score, the decision and the
 * approval state.  Never any identity.
 *
 * Returns: (transfer full): the CSV text, CRLF line ends
 */
GBytes *
merit_export_csv (MeritWorkspace *workspace,
                  GDateTime      *now)
{
  static const char * const head[] = { "pseudonym", "role", "level", "stage", "days_in_stage" };
  static const char * const tail[] = { "blind_score", "decision", "approval_state" };
  GString *out = g_string_new (NULL);
  g_auto(GStrv) criteria = NULL;
  GListModel *list = G_LIST_MODEL (workspace);
  gsize length;

  g_return_val_if_fail (MERIT_IS_WORKSPACE (workspace), NULL);

  criteria = merit_rubric_dup_criterion_ids (merit_workspace_get_rubric (workspace));
  for (guint i = 0; i < G_N_ELEMENTS (head); i++)
    append_cell (out, head[i], i == 0);
  for (guint c = 0; criteria[c] != NULL; c++)
    {
      g_autofree char *name = g_strconcat ("score_", criteria[c], NULL);

      append_cell (out, name, FALSE);
    }
  for (guint i = 0; i < G_N_ELEMENTS (tail); i++)
    append_cell (out, tail[i], FALSE);
  g_string_append (out, "\r\n");

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (list, i);
      MeritRole *role = merit_candidate_get_role (candidate);
      g_autofree double *means = NULL;
      g_autofree char *days = NULL;
      g_autofree char *blind = NULL;

      if (merit_candidate_get_broken_reason (candidate) != NULL)
        continue;
      means = criterion_means (candidate, criteria);
      days = g_strdup_printf ("%" G_GINT64_FORMAT,
                              merit_candidate_get_days_in_stage (candidate, now));
      blind = format_score (merit_candidate_get_blind_score (candidate));
      append_cell (out, merit_candidate_get_pseudonym (candidate), TRUE);
      append_cell (out, merit_role_get_title (role), FALSE);
      append_cell (out, merit_role_get_level (role), FALSE);
      append_cell (out, merit_stage_to_string (merit_candidate_get_stage (candidate)), FALSE);
      append_cell (out, days, FALSE);
      for (guint c = 0; criteria[c] != NULL; c++)
        {
          g_autofree char *mean = format_score (means[c]);

          append_cell (out, mean, FALSE);
        }
      append_cell (out, blind, FALSE);
      append_cell (out, decision_text (candidate), FALSE);
      append_cell (out, approval_state (candidate), FALSE);
      g_string_append (out, "\r\n");
    }
  length = out->len;
  return g_bytes_new_take (g_string_free (out, FALSE), length);
}

/**
 * merit_export_write:
 * @path: where to write
 * @contents: the export
 * @error: return location for an error
 *
 * Writes atomically and durably, readable by the owner only: an export may hold personal
 * data.
 *
 * Returns: %TRUE on success
 */
gboolean
merit_export_write (const char  *path,
                    GBytes      *contents,
                    GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;
  const char *data = g_bytes_get_data (contents, &length);

  if (!g_file_set_contents_full (path, data != NULL ? data : "", (gssize) length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, &local_error))
    {
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_IO, "%s", local_error->message);
      return FALSE;
    }
  return TRUE;
}
