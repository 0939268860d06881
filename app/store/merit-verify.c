/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-verify.c: offline verification of a workspace.
 *
 * Checks what anyone with a copy of the folder can check: every package loads and matches
 * the schema, every history chain is intact, every signature matches the roster (and the CEO
 * key pinned on this desktop, merit-trust.c), every package in an approved stage carries a
 * CEO approval, and every approval still in force (not replaced by a later CEO decision nor
 * voided in the history) has a digest equal to the digest of the content as it is now.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "merit-digest.h"
#include "merit-model.h"
#include "merit-seal.h"
#include "merit-trust.h"
#include "merit-verify.h"

static gboolean
stage_needs_approval (MeritStage stage)
{
  return stage == MERIT_STAGE_APPROVED || stage == MERIT_STAGE_OFFER_EXTENDED
         || stage == MERIT_STAGE_ACCEPTED || stage == MERIT_STAGE_DECLINED;
}

/* Whether the history records that @approval was voided by a later change. */
static gboolean
approval_voided (MeritCandidate *candidate,
                 MeritApproval  *approval)
{
  GListModel *history = merit_candidate_get_history (candidate);

  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(MeritHistoryEvent) event = g_list_model_get_item (history, i);

      if (g_strcmp0 (merit_history_event_get_action (event), "approval-voided") == 0
          && g_strcmp0 (merit_history_event_get_time (event),
                        merit_approval_get_time (approval)) >= 0)
        return TRUE;
    }
  return FALSE;
}

static void
check_approvals (MeritWorkspace *workspace,
                 MeritCandidate *candidate,
                 const char     *display_name,
                 GPtrArray      *problems)
{
  GListModel *approvals = merit_candidate_get_approvals (candidate);
  MeritRoster *roster = merit_workspace_get_roster (workspace);
  guint n = g_list_model_get_n_items (approvals);
  g_autoptr(MeritApproval) last = n > 0 ? g_list_model_get_item (approvals, n - 1) : NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *digest = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MeritApproval) approval = g_list_model_get_item (approvals, i);
      MeritMember *member = merit_roster_lookup (roster, merit_approval_get_approver (approval));

      if (member == NULL || !merit_member_has_role (member, MERIT_ROLE_CEO))
        g_ptr_array_add (problems,
                         g_strdup_printf (_("%s: approval %u was given by “%s”, who is not the "
                                            "CEO in the roster"),
                                          display_name, i + 1,
                                          merit_approval_get_approver (approval)));
    }

  if (stage_needs_approval (merit_candidate_get_stage (candidate))
      && (last == NULL || merit_approval_get_decision (last) != MERIT_APPROVAL_DECISION_APPROVED))
    {
      g_ptr_array_add (problems,
                       g_strdup_printf (_("%s: the package is in stage %s but has no CEO "
                                          "approval"),
                                        display_name,
                                        merit_stage_to_string (merit_candidate_get_stage (candidate))));
      return;
    }

  /* An approval is in force until a later CEO decision replaces it or the history records
   * that a change voided it; every approval in force must match the content. */
  if (last == NULL || merit_approval_get_decision (last) != MERIT_APPROVAL_DECISION_APPROVED
      || (!stage_needs_approval (merit_candidate_get_stage (candidate))
          && approval_voided (candidate, last)))
    return;
  digest = merit_digest_candidate (candidate, &error);
  if (digest == NULL)
    g_ptr_array_add (problems, g_strdup_printf ("%s: %s", display_name, error->message));
  else if (g_strcmp0 (digest, merit_approval_get_digest (last)) != 0)
    g_ptr_array_add (problems,
                     g_strdup_printf (_("%s: approval %u (%s, by %s) no longer matches: the "
                                        "content changed after the CEO approved it (approved "
                                        "digest %.12s…, content now %.12s…)"),
                                      display_name, n, merit_approval_get_time (last),
                                      merit_approval_get_approver (last),
                                      merit_approval_get_digest (last), digest));
}

/**
 * merit_verify_candidate_verdict:
 * @workspace: the workspace the package belongs to
 * @candidate: a package
 * @display_name: the name used in messages (usually the file path)
 * @problems: (element-type utf8): where to add one line per problem
 *
 * Checks the schema (at load), the history chain, every signature against the roster and the
 * CEO key pinned on this desktop, every approval digest, and that every sealed section is the
 * one the history recorded.
 *
 * Returns: verified, unsigned (nothing wrong, but not everything is signed) or broken
 */
MeritTrustVerdict
merit_verify_candidate_verdict (MeritWorkspace *workspace,
                                MeritCandidate *candidate,
                                const char     *display_name,
                                GPtrArray      *problems)
{
  g_autoptr(GError) error = NULL;
  MeritTrustVerdict verdict;
  guint before = problems->len;
  guint bad_seq = 0;

  if (merit_candidate_get_broken_reason (candidate) != NULL)
    {
      g_ptr_array_add (problems, g_strdup (merit_candidate_get_broken_reason (candidate)));
      return MERIT_TRUST_BROKEN;
    }
  if (!merit_candidate_verify_history (candidate, &bad_seq, &error))
    g_ptr_array_add (problems, g_strdup_printf ("%s: %s", display_name, error->message));
  check_approvals (workspace, candidate, display_name, problems);
  {
    g_autoptr(GPtrArray) sealed = g_ptr_array_new_with_free_func (g_free);

    merit_seal_check_record (candidate, sealed);
    for (guint i = 0; i < sealed->len; i++)
      g_ptr_array_add (problems, g_strdup_printf ("%s: %s", display_name,
                                                  (const char *) g_ptr_array_index (sealed, i)));
  }
  {
    g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);

    verdict = merit_trust_check_candidate (workspace, candidate, found);
    for (guint i = 0; i < found->len; i++)
      g_ptr_array_add (problems, g_strdup_printf ("%s: %s", display_name,
                                                  (const char *) g_ptr_array_index (found, i)));
  }
  return problems->len > before ? MERIT_TRUST_BROKEN : verdict;
}

/**
 * merit_verify_candidate:
 * @workspace: the workspace the package belongs to
 * @candidate: a package
 * @display_name: the name used in messages (usually the file path)
 *
 * Returns: (transfer full) (element-type utf8): one line per problem; empty when it verifies
 */
GPtrArray *
merit_verify_candidate (MeritWorkspace *workspace,
                        MeritCandidate *candidate,
                        const char     *display_name)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_free);

  merit_verify_candidate_verdict (workspace, candidate, display_name, problems);
  return problems;
}

/**
 * merit_verify_store:
 * @store: a loaded workspace store
 *
 * Returns: (transfer full) (element-type utf8): one line per problem over every package
 */
GPtrArray *
merit_verify_store (MeritWorkspaceStore *store)
{
  MeritWorkspace *workspace = merit_workspace_store_get_workspace (store);
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_free);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (workspace));

  merit_trust_check_roster (workspace, problems);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (G_LIST_MODEL (workspace), i);
      g_autofree char *path =
        merit_workspace_store_dup_package_path (store, merit_candidate_get_id (candidate));
      g_autoptr(GPtrArray) found = merit_verify_candidate (workspace, candidate, path);

      for (guint k = 0; k < found->len; k++)
        g_ptr_array_add (problems, g_strdup (g_ptr_array_index (found, k)));
    }
  return problems;
}
