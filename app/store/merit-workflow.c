/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-workflow.c: who may do what to a package, enforced in one place.
 *
 * The window offers only what these functions allow, and they check again: a role check in
 * the model, not only a hidden button.  Every step is a history event with actor, time and
 * comment; a refused step returns an error that names the rule.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "merit-digest.h"
#include "merit-model.h"
#include "merit-workflow.h"

static const char *
role_label (MeritRoleFlags role)
{
  switch ((guint) role)
    {
    case MERIT_ROLE_REVIEWER:
      return _("reviewer");
    case MERIT_ROLE_COMMITTEE:
      return _("committee member");
    case MERIT_ROLE_CHAIR:
      return _("chair");
    case MERIT_ROLE_CEO:
      return _("CEO");
    default:
      return "?";
    }
}

/**
 * merit_workflow_check_role:
 * @workspace: the workspace whose roster decides
 * @actor: a member id
 * @role: the role the step needs
 * @error: return location for an error
 *
 * Returns: %TRUE when @actor is in the roster with @role
 */
gboolean
merit_workflow_check_role (MeritWorkspace  *workspace,
                           const char      *actor,
                           MeritRoleFlags   role,
                           GError         **error)
{
  MeritMember *member = actor != NULL
                        ? merit_roster_lookup (merit_workspace_get_roster (workspace), actor)
                        : NULL;

  if (member == NULL)
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED,
                   _("“%s” is not a member of this workspace’s roster"),
                   actor != NULL ? actor : "");
      return FALSE;
    }
  if (!merit_member_has_role (member, role))
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED,
                   _("only a %s may do this, and %s is not one"), role_label (role),
                   merit_member_get_name (member));
      return FALSE;
    }
  return TRUE;
}

/**
 * merit_workflow_needs_review_by:
 * @candidate: a package
 * @actor: a member id
 *
 * Returns: %TRUE when @candidate is in blind review and @actor has not submitted a review
 */
gboolean
merit_workflow_needs_review_by (MeritCandidate *candidate,
                                const char     *actor)
{
  MeritReview *review;

  if (merit_candidate_get_broken_reason (candidate) != NULL
      || merit_candidate_get_stage (candidate) != MERIT_STAGE_BLIND_REVIEW)
    return FALSE;
  review = merit_candidate_find_review (candidate, actor);
  return review == NULL || merit_review_get_state (review) != MERIT_REVIEW_STATE_SUBMITTED;
}

static gboolean
check_stage (MeritCandidate  *candidate,
             MeritStage       stage,
             GError         **error)
{
  if (merit_candidate_get_stage (candidate) == stage)
    return TRUE;
  g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED,
               _("%s is in stage “%s”; this step needs stage “%s”"),
               merit_candidate_get_pseudonym (candidate),
               merit_stage_get_label (merit_candidate_get_stage (candidate)),
               merit_stage_get_label (stage));
  return FALSE;
}

/**
 * merit_workflow_ensure_draft_review:
 * @workspace: the workspace
 * @candidate: a package in blind review
 * @actor: the reviewer
 * @error: return location for an error
 *
 * Returns: (transfer none): the reviewer's draft review of @candidate, created if needed
 */
MeritReview *
merit_workflow_ensure_draft_review (MeritWorkspace  *workspace,
                                    MeritCandidate  *candidate,
                                    const char      *actor,
                                    GError         **error)
{
  MeritReview *review;
  g_autoptr(MeritReview) created = NULL;
  g_autofree char *id = NULL;
  GListModel *reviews;

  if (!merit_workflow_check_role (workspace, actor, MERIT_ROLE_REVIEWER, error)
      || !check_stage (candidate, MERIT_STAGE_BLIND_REVIEW, error))
    return NULL;
  review = merit_candidate_find_review (candidate, actor);
  if (review != NULL && merit_review_get_state (review) == MERIT_REVIEW_STATE_SUBMITTED)
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED,
                   _("your review of %s is submitted and final"),
                   merit_candidate_get_pseudonym (candidate));
      return NULL;
    }
  if (review != NULL)
    return review;

  reviews = merit_candidate_get_reviews (candidate);
  for (guint n = g_list_model_get_n_items (reviews) + 1;; n++)
    {
      gboolean taken = FALSE;

      g_free (id);
      id = g_strdup_printf ("r%u", n);
      for (guint i = 0; i < g_list_model_get_n_items (reviews) && !taken; i++)
        {
          g_autoptr(MeritReview) other = g_list_model_get_item (reviews, i);

          taken = g_strcmp0 (merit_review_get_id (other), id) == 0;
        }
      if (!taken)
        break;
    }
  created = merit_review_new (id, actor);
  merit_candidate_add_review (candidate, created);
  return created;
}

/**
 * merit_workflow_submit_review:
 * @workspace: the workspace (its rubric says what a complete review is)
 * @candidate: a package in blind review
 * @actor: the reviewer
 * @error: return location for an error naming the missing score or evidence
 *
 * Submits the reviewer's draft: every criterion needs a score and written evidence.
 *
 * Returns: %TRUE on success
 */
gboolean
merit_workflow_submit_review (MeritWorkspace  *workspace,
                              MeritCandidate  *candidate,
                              const char      *actor,
                              GError         **error)
{
  g_auto(GStrv) criteria = NULL;
  g_autofree char *now = merit_now_iso8601 ();
  MeritReview *review = merit_workflow_ensure_draft_review (workspace, candidate, actor, error);

  if (review == NULL)
    return FALSE;
  criteria = merit_rubric_dup_criterion_ids (merit_workspace_get_rubric (workspace));
  if (!merit_review_submit (review, (const char * const *) criteria, now, error))
    return FALSE;
  merit_candidate_append_event (candidate, actor, "review-submitted", NULL, NULL,
                                merit_review_get_id (review), now);
  return TRUE;
}

/**
 * merit_workflow_decide_offer:
 * @workspace: the workspace
 * @candidate: a package in CEO review
 * @actor: the CEO
 * @decision: approve, return or reject
 * @comment: (nullable): required to return or reject
 * @error: return location for an error
 *
 * Records the CEO's decision on the offer package.  An approval stores the digest of the
 * bound content as it is now.
 *
 * Returns: %TRUE on success
 */
gboolean
merit_workflow_decide_offer (MeritWorkspace         *workspace,
                             MeritCandidate         *candidate,
                             const char             *actor,
                             MeritApprovalDecision   decision,
                             const char             *comment,
                             GError                **error)
{
  g_autoptr(MeritApproval) approval = NULL;
  g_autofree char *digest = NULL;
  g_autofree char *now = merit_now_iso8601 ();
  g_autofree char *trimmed = g_strstrip (g_strdup (comment != NULL ? comment : ""));
  MeritStage next;

  if (!merit_workflow_check_role (workspace, actor, MERIT_ROLE_CEO, error)
      || !check_stage (candidate, MERIT_STAGE_CEO_REVIEW, error))
    return FALSE;
  if (decision != MERIT_APPROVAL_DECISION_APPROVED && *trimmed == '\0')
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                   decision == MERIT_APPROVAL_DECISION_RETURNED
                   ? _("returning an offer package needs a comment that says what to change")
                   : _("rejecting an offer package needs a comment that gives the reason"));
      return FALSE;
    }
  digest = merit_digest_candidate (candidate, error);
  if (digest == NULL)
    return FALSE;

  approval = merit_approval_new ();
  merit_approval_set_approver (approval, actor);
  merit_approval_set_decision (approval, decision);
  merit_approval_set_time (approval, now);
  merit_approval_set_digest (approval, digest);
  merit_approval_set_comment (approval, *trimmed != '\0' ? trimmed : NULL);
  merit_candidate_add_approval (candidate, approval);

  next = decision == MERIT_APPROVAL_DECISION_APPROVED ? MERIT_STAGE_APPROVED
         : decision == MERIT_APPROVAL_DECISION_RETURNED ? MERIT_STAGE_RETURNED
         : MERIT_STAGE_REJECTED;
  return merit_candidate_set_stage_with_event (candidate, next, actor,
                                               *trimmed != '\0' ? trimmed : NULL, now, error);
}

/**
 * merit_workflow_can_see_identity:
 * @workspace: the workspace
 * @candidate: a package
 * @actor: a member id
 *
 * Identity is revealed after the merit decision, and only to the chair and the CEO.
 *
 * Returns: %TRUE when @actor may see who @candidate is
 */
gboolean
merit_workflow_can_see_identity (MeritWorkspace *workspace,
                                 MeritCandidate *candidate,
                                 const char     *actor)
{
  MeritMember *member = actor != NULL
                        ? merit_roster_lookup (merit_workspace_get_roster (workspace), actor)
                        : NULL;

  if (member == NULL)
    return FALSE;
  if (!merit_member_has_role (member, MERIT_ROLE_CHAIR)
      && !merit_member_has_role (member, MERIT_ROLE_CEO))
    return FALSE;
  return merit_committee_get_decision (merit_candidate_get_committee (candidate))
         != MERIT_DECISION_VALUE_NONE;
}
