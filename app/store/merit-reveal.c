/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-reveal.c: revealing who a candidate is, always on the record.
 *
 * Identity is revealed after the committee's merit decision, to the chair and the CEO.
 * Before the decision only the chair may reveal it, and only with a written reason.  Every
 * reveal, before or after, is a history event saying who, when and why; the caller saves the
 * package so the event reaches the shared record.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "merit-model.h"
#include "merit-reveal.h"

/**
 * merit_reveal_identity:
 * @workspace: the workspace whose roster decides
 * @candidate: a package
 * @actor: the member who wants to see the identity
 * @reason: (nullable): why; required before the committee decision
 * @error: return location for an error naming the rule
 *
 * Checks that @actor may see who @candidate is now and records the reveal in the history.
 *
 * Returns: %TRUE when the identity may be shown
 */
gboolean
merit_reveal_identity (MeritWorkspace  *workspace,
                       MeritCandidate  *candidate,
                       const char      *actor,
                       const char      *reason,
                       GError         **error)
{
  MeritMember *member = actor != NULL
                        ? merit_roster_lookup (merit_workspace_get_roster (workspace), actor)
                        : NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  g_autofree char *detail = NULL;
  gboolean decided;

  g_return_val_if_fail (MERIT_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (MERIT_IS_CANDIDATE (candidate), FALSE);

  if (member == NULL)
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED,
                   _("“%s” is not a member of this workspace’s roster"), actor != NULL ? actor : "");
      return FALSE;
    }
  decided = merit_committee_get_decision (merit_candidate_get_committee (candidate))
            != MERIT_DECISION_VALUE_NONE;

  if (decided)
    {
      if (!merit_member_has_role (member, MERIT_ROLE_CHAIR)
          && !merit_member_has_role (member, MERIT_ROLE_CEO))
        {
          g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED,
                       _("only the chair and the CEO see who a candidate is, and %s is neither"),
                       merit_member_get_name (member));
          return FALSE;
        }
    }
  else
    {
      if (!merit_member_has_role (member, MERIT_ROLE_CHAIR))
        {
          g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED,
                       _("%s is blind until the committee decides; only the chair may reveal "
                         "the identity earlier"),
                       merit_candidate_get_pseudonym (candidate));
          return FALSE;
        }
      if (*trimmed == '\0')
        {
          g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                       _("revealing %s before the committee decides needs a written reason"),
                       merit_candidate_get_pseudonym (candidate));
          return FALSE;
        }
    }

  detail = *trimmed != '\0' ? g_strdup (trimmed)
                            : g_strdup (_("Identity viewed after the committee decision."));
  merit_candidate_append_event (candidate, actor, "reveal", NULL, NULL, detail, NULL);
  return TRUE;
}
