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
#include "merit-trust.h"
#include "merit-workflow-private.h"

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
    case MERIT_ROLE_CHAIR | MERIT_ROLE_CEO:
      return _("chair or CEO");
    default:
      return "?";
    }
}

/* Shared checks.  Each refusal names the rule that stopped the step. */

gboolean
_merit_workflow_check_readable (MeritCandidate  *candidate,
                                GError         **error)
{
  const char *reason = merit_candidate_get_broken_reason (candidate);

  if (reason == NULL)
    return TRUE;
  g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED,
               _("package %s could not be read, so no step can change it: %s"),
               merit_candidate_get_id (candidate), reason);
  return FALSE;
}

gboolean
_merit_workflow_check_stage (MeritCandidate  *candidate,
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

/* Checks that @actor holds any of @roles; @step completes "may not …" in the message. */
gboolean
_merit_workflow_check_roles (MeritWorkspace  *workspace,
                             const char      *actor,
                             MeritRoleFlags   roles,
                             const char      *step,
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
  if ((merit_member_get_roles (member) & roles) != 0)
    return TRUE;
  g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED,
               _("%s may not %s: that is for the %s"),
               merit_member_get_name (member), step, role_label (roles));
  return FALSE;
}

char *
_merit_workflow_strip (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
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
  if (merit_candidate_get_broken_reason (candidate) != NULL
      || merit_candidate_get_stage (candidate) != MERIT_STAGE_BLIND_REVIEW)
    return FALSE;
  return !merit_candidate_has_submitted_review (candidate, actor);
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

  if (!_merit_workflow_check_readable (candidate, error)
      || !_merit_workflow_check_roles (workspace, actor, MERIT_ROLE_REVIEWER,
                                       _("review a candidate"), error)
      || !_merit_workflow_check_stage (candidate, MERIT_STAGE_BLIND_REVIEW, error))
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
  static const char * const steps[] = {
    N_("approve an offer package"), N_("return an offer package"), N_("reject an offer package"),
  };

  g_return_val_if_fail ((guint) decision < G_N_ELEMENTS (steps), FALSE);

  if (!_merit_workflow_check_readable (candidate, error)
      || !_merit_workflow_check_roles (workspace, actor, MERIT_ROLE_CEO, _(steps[decision]), error)
      || !_merit_workflow_check_stage (candidate, MERIT_STAGE_CEO_REVIEW, error))
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
  /* The CEO's signature covers the digest; without the CEO's key nothing changes. */
  if (!merit_trust_sign_approval (workspace, candidate, approval, error))
    return FALSE;

  /* Edits made before the decision are recorded as such, not folded into it. */
  merit_candidate_record_pending (candidate, actor);
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

/* The steps of PRODUCT.md §5 and who takes them.  Withdrawal, from any open stage by the
 * chair, is not in the table. */
typedef struct
{
  MeritStage      from;
  MeritStage      to;
  MeritRoleFlags  roles;
  const char     *step;
} Step;

static const Step steps[] = {
  { MERIT_STAGE_SOURCED, MERIT_STAGE_SCREENING, MERIT_ROLE_CHAIR,
    N_("move a package to screening") },
  { MERIT_STAGE_SCREENING, MERIT_STAGE_BLIND_REVIEW, MERIT_ROLE_CHAIR,
    N_("send a package to blind review") },
  { MERIT_STAGE_BLIND_REVIEW, MERIT_STAGE_COMMITTEE, MERIT_ROLE_CHAIR,
    N_("send a package to the committee") },
  { MERIT_STAGE_COMMITTEE, MERIT_STAGE_OFFER_DRAFT, MERIT_ROLE_CHAIR,
    N_("start drafting an offer") },
  { MERIT_STAGE_OFFER_DRAFT, MERIT_STAGE_CEO_REVIEW, MERIT_ROLE_CHAIR,
    N_("submit an offer package to the CEO") },
  { MERIT_STAGE_CEO_REVIEW, MERIT_STAGE_APPROVED, MERIT_ROLE_CEO,
    N_("approve an offer package") },
  { MERIT_STAGE_CEO_REVIEW, MERIT_STAGE_RETURNED, MERIT_ROLE_CEO,
    N_("return an offer package") },
  { MERIT_STAGE_CEO_REVIEW, MERIT_STAGE_REJECTED, MERIT_ROLE_CEO,
    N_("reject an offer package") },
  { MERIT_STAGE_RETURNED, MERIT_STAGE_OFFER_DRAFT, MERIT_ROLE_CHAIR,
    N_("reopen a returned offer") },
  { MERIT_STAGE_APPROVED, MERIT_STAGE_OFFER_EXTENDED, MERIT_ROLE_CHAIR | MERIT_ROLE_CEO,
    N_("extend an offer") },
  { MERIT_STAGE_OFFER_EXTENDED, MERIT_STAGE_ACCEPTED, MERIT_ROLE_CHAIR | MERIT_ROLE_CEO,
    N_("record that the candidate accepted") },
  { MERIT_STAGE_OFFER_EXTENDED, MERIT_STAGE_DECLINED, MERIT_ROLE_CHAIR | MERIT_ROLE_CEO,
    N_("record that the candidate declined") },
};

static const Step withdraw_step = {
  MERIT_STAGE_SOURCED, MERIT_STAGE_WITHDRAWN, MERIT_ROLE_CHAIR, N_("withdraw a package"),
};

static gboolean
stage_is_closed (MeritStage stage)
{
  return stage == MERIT_STAGE_REJECTED || stage == MERIT_STAGE_ACCEPTED
         || stage == MERIT_STAGE_DECLINED || stage == MERIT_STAGE_WITHDRAWN;
}

static const Step *
find_step (MeritStage from,
           MeritStage to)
{
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i].from == from && steps[i].to == to)
      return &steps[i];
  if (to == MERIT_STAGE_WITHDRAWN && !stage_is_closed (from))
    return &withdraw_step;
  return NULL;
}

static void
set_no_step_error (MeritCandidate  *candidate,
                   MeritStage       to,
                   GError         **error)
{
  MeritStage from = merit_candidate_get_stage (candidate);
  g_autoptr(GString) next = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i].from == from)
      g_string_append_printf (next, "%s“%s”", next->len > 0 ? ", " : "",
                              merit_stage_get_label (steps[i].to));
  if (!stage_is_closed (from))
    g_string_append_printf (next, "%s“%s”", next->len > 0 ? ", " : "",
                            merit_stage_get_label (MERIT_STAGE_WITHDRAWN));
  if (next->len == 0)
    g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                 _("the workflow has no step from “%s” to “%s”: “%s” is a final stage"),
                 merit_stage_get_label (from), merit_stage_get_label (to),
                 merit_stage_get_label (from));
  else
    g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                 _("the workflow has no step from “%s” to “%s”; from “%s” a package goes to %s"),
                 merit_stage_get_label (from), merit_stage_get_label (to),
                 merit_stage_get_label (from), next->str);
}

/**
 * merit_workflow_count_submitted_reviews:
 * @candidate: a package
 *
 * Returns: how many reviews of @candidate are submitted
 */
guint
merit_workflow_count_submitted_reviews (MeritCandidate *candidate)
{
  GListModel *reviews = merit_candidate_get_reviews (candidate);
  guint n_submitted = 0;

  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(MeritReview) review = g_list_model_get_item (reviews, i);

      if (merit_review_get_state (review) == MERIT_REVIEW_STATE_SUBMITTED
          && merit_review_get_amends (review) == NULL)
        n_submitted++;
    }
  return n_submitted;
}

static gboolean
check_reviews_in (MeritWorkspace  *workspace,
                  MeritCandidate  *candidate,
                  GError         **error)
{
  guint needed = merit_rubric_get_min_reviews (merit_workspace_get_rubric (workspace));
  guint n_submitted = merit_workflow_count_submitted_reviews (candidate);

  if (n_submitted >= needed)
    return TRUE;
  g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED,
               _("the blind reviews are not in: %s has %u of the %u submitted reviews the "
                 "rubric asks for"),
               merit_candidate_get_pseudonym (candidate), n_submitted, needed);
  return FALSE;
}

static gboolean
check_hire_decision (MeritCandidate  *candidate,
                     GError         **error)
{
  MeritCommittee *committee = merit_candidate_get_committee (candidate);
  MeritDecisionValue decision = merit_committee_get_decision (committee);

  if (decision == MERIT_DECISION_VALUE_HIRE && merit_committee_get_quorum_met (committee))
    return TRUE;
  g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED,
               decision == MERIT_DECISION_VALUE_NONE
               ? _("an offer needs a recorded hire decision that met quorum, and the committee "
                   "has not decided on %s")
               : decision == MERIT_DECISION_VALUE_NO_HIRE
               ? _("an offer needs a recorded hire decision that met quorum, and the committee "
                   "decided not to hire %s")
               : _("an offer needs a recorded hire decision that met quorum, and the decision "
                   "on %s did not meet quorum"),
               merit_candidate_get_pseudonym (candidate));
  return FALSE;
}

/* The guard of each step, beyond its role and stage. */
static gboolean
check_guard (MeritWorkspace  *workspace,
             MeritCandidate  *candidate,
             const Step      *step,
             GError         **error)
{
  g_autoptr(MeritApproval) approval = NULL;

  switch ((int) step->to)
    {
    case MERIT_STAGE_COMMITTEE:
      return check_reviews_in (workspace, candidate, error);
    case MERIT_STAGE_OFFER_DRAFT:
      return step->from != MERIT_STAGE_COMMITTEE || check_hire_decision (candidate, error);
    case MERIT_STAGE_CEO_REVIEW:
      if (merit_workflow_check_offer (workspace, merit_candidate_get_offer (candidate), NULL,
                                      error))
        return TRUE;
      g_prefix_error (error, _("the offer for %s is not ready for the CEO: "),
                      merit_candidate_get_pseudonym (candidate));
      return FALSE;
    case MERIT_STAGE_OFFER_EXTENDED:
    case MERIT_STAGE_ACCEPTED:
      approval = merit_workflow_dup_matching_approval (candidate, error);
      /* Only an approval signed by the CEO key pinned on this desktop counts. */
      return approval != NULL
             && merit_trust_check_approval (workspace, candidate, approval, error);
    default:
      return TRUE;
    }
}

static const Step *
check_transition (MeritWorkspace  *workspace,
                  MeritCandidate  *candidate,
                  const char      *actor,
                  MeritStage       to,
                  GError         **error)
{
  const Step *step;

  if (!_merit_workflow_check_readable (candidate, error))
    return NULL;
  step = find_step (merit_candidate_get_stage (candidate), to);
  if (step == NULL)
    {
      set_no_step_error (candidate, to, error);
      return NULL;
    }
  if (!_merit_workflow_check_roles (workspace, actor, step->roles, _(step->step), error)
      || !check_guard (workspace, candidate, step, error))
    return NULL;
  return step;
}

/**
 * merit_workflow_can_advance:
 * @workspace: the workspace whose roster and rules decide
 * @candidate: a package
 * @actor: a member id
 * @to: the stage to move to
 * @error: return location for an error naming the rule that stops the step
 *
 * Checks, without changing anything, whether @actor may move @candidate to @to now.  The
 * comment that returning and rejecting need is not checked here.
 *
 * Returns: %TRUE when merit_workflow_advance() would succeed
 */
gboolean
merit_workflow_can_advance (MeritWorkspace  *workspace,
                            MeritCandidate  *candidate,
                            const char      *actor,
                            MeritStage       to,
                            GError         **error)
{
  g_return_val_if_fail (MERIT_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (MERIT_IS_CANDIDATE (candidate), FALSE);

  return check_transition (workspace, candidate, actor, to, error) != NULL;
}

/**
 * merit_workflow_advance:
 * @workspace: the workspace whose roster and rules decide
 * @candidate: a package
 * @actor: the member who takes the step
 * @to: the stage to move to
 * @comment: (nullable): why; required to return or reject
 * @error: return location for an error naming the rule that stops the step
 *
 * Moves @candidate along the workflow of PRODUCT.md §5 and records the step in its history.
 * The CEO's decisions go through merit_workflow_decide_offer(), so they bind the digest.
 *
 * Returns: %TRUE on success; on failure @candidate is unchanged
 */
gboolean
merit_workflow_advance (MeritWorkspace  *workspace,
                        MeritCandidate  *candidate,
                        const char      *actor,
                        MeritStage       to,
                        const char      *comment,
                        GError         **error)
{
  g_autofree char *trimmed = _merit_workflow_strip (comment);

  g_return_val_if_fail (MERIT_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (MERIT_IS_CANDIDATE (candidate), FALSE);

  if (check_transition (workspace, candidate, actor, to, error) == NULL)
    return FALSE;
  if (merit_candidate_get_stage (candidate) == MERIT_STAGE_CEO_REVIEW)
    return merit_workflow_decide_offer (workspace, candidate, actor,
                                        to == MERIT_STAGE_APPROVED ? MERIT_APPROVAL_DECISION_APPROVED
                                        : to == MERIT_STAGE_RETURNED ? MERIT_APPROVAL_DECISION_RETURNED
                                        : MERIT_APPROVAL_DECISION_REJECTED,
                                        comment, error);
  merit_candidate_record_pending (candidate, actor);
  return merit_candidate_set_stage_with_event (candidate, to, actor,
                                               *trimmed != '\0' ? trimmed : NULL, NULL, error);
}

static gboolean
is_bound_section (const char *name)
{
  static const char * const bound[] = {
    "identity", "profile", "role", "reviews", "committee", "offer", NULL
  };

  return g_strv_contains (bound, name);
}

static MeritApproval *
dup_last_approval (MeritCandidate *candidate)
{
  GListModel *approvals = merit_candidate_get_approvals (candidate);
  guint n = g_list_model_get_n_items (approvals);

  return n > 0 ? g_list_model_get_item (approvals, n - 1) : NULL;
}

/**
 * merit_workflow_dup_changed_sections:
 * @candidate: a package whose last approval no longer matches
 *
 * Names the bound sections that changed since the last approval, as far as the package
 * knows: its unrecorded edits, else the edits its history records after the approval.
 *
 * Returns: (transfer full): e.g. "offer" or "offer, committee"
 */
char *
merit_workflow_dup_changed_sections (MeritCandidate *candidate)
{
  g_autoptr(MeritApproval) approval = dup_last_approval (candidate);
  const char * const *pending = merit_candidate_get_pending_sections (candidate);
  GListModel *history = merit_candidate_get_history (candidate);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; pending[i] != NULL; i++)
    if (is_bound_section (pending[i]))
      g_ptr_array_add (names, g_strdup (pending[i]));

  for (guint i = 0; names->len == 0 && approval != NULL
       && i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(MeritHistoryEvent) event = g_list_model_get_item (history, i);
      const char *detail = merit_history_event_get_detail (event);
      g_auto(GStrv) parts = NULL;

      if (g_strcmp0 (merit_history_event_get_action (event), "edit") != 0
          || g_strcmp0 (merit_history_event_get_time (event),
                        merit_approval_get_time (approval)) < 0
          || detail == NULL || !g_str_has_prefix (detail, "changed: "))
        continue;
      parts = g_strsplit (detail + sizeof "changed: " - 1, ", ", -1);
      for (guint k = 0; parts[k] != NULL; k++)
        if (is_bound_section (parts[k]))
          g_ptr_array_add (names, g_strdup (parts[k]));
    }

  if (names->len == 0)
    return g_strdup ("bound content");
  g_ptr_array_add (names, NULL);
  return g_strjoinv (", ", (char **) names->pdata);
}

/**
 * merit_workflow_dup_matching_approval:
 * @candidate: a package
 * @error: return location for an error naming the rule
 *
 * Finds the CEO's approval that is in force: the last CEO decision, an approval, whose digest
 * equals the digest of @candidate as it is now.
 *
 * Returns: (transfer full) (nullable): the approval, or %NULL with @error set
 */
MeritApproval *
merit_workflow_dup_matching_approval (MeritCandidate  *candidate,
                                      GError         **error)
{
  g_autoptr(MeritApproval) approval = dup_last_approval (candidate);
  g_autofree char *digest = NULL;
  g_autofree char *changed = NULL;

  g_return_val_if_fail (MERIT_IS_CANDIDATE (candidate), NULL);

  if (approval == NULL || merit_approval_get_decision (approval) != MERIT_APPROVAL_DECISION_APPROVED)
    {
      g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED,
                   _("an offer is extended only with the CEO’s approval, and %s has none in "
                     "force"),
                   merit_candidate_get_pseudonym (candidate));
      return NULL;
    }
  digest = merit_digest_candidate (candidate, error);
  if (digest == NULL)
    return NULL;
  if (g_strcmp0 (digest, merit_approval_get_digest (approval)) == 0)
    return g_steal_pointer (&approval);
  changed = merit_workflow_dup_changed_sections (candidate);
  g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED,
               _("an offer is extended only with an approval whose digest matches the package, "
                 "and the CEO’s approval of %s no longer matches: %s changed after %s"),
               merit_candidate_get_pseudonym (candidate), changed,
               merit_approval_get_time (approval));
  return NULL;
}

void
_merit_workflow_void_approval (MeritCandidate *candidate,
                               MeritApproval  *approval,
                               const char     *actor,
                               const char     *changed)
{
  g_autofree char *now = merit_now_iso8601 ();
  g_autofree char *detail = NULL;

  /* The history is a shared record, so its details stay in English like the rest. */
  detail = g_strdup_printf ("The CEO's approval of %s no longer matches the package: %s "
                            "changed. The package is back in CEO review.",
                            merit_approval_get_time (approval), changed);
  merit_candidate_record_pending (candidate, actor);
  g_object_freeze_notify (G_OBJECT (candidate));
  merit_candidate_set_stage (candidate, MERIT_STAGE_CEO_REVIEW);
  merit_candidate_set_stage_since (candidate, now);
  merit_candidate_append_event (candidate, actor, "approval-voided",
                                merit_stage_to_string (MERIT_STAGE_APPROVED),
                                merit_stage_to_string (MERIT_STAGE_CEO_REVIEW), detail, now);
  g_object_thaw_notify (G_OBJECT (candidate));
}

static gboolean
has_pending_bound_sections (MeritCandidate *candidate)
{
  const char * const *pending = merit_candidate_get_pending_sections (candidate);

  for (guint i = 0; pending[i] != NULL; i++)
    if (is_bound_section (pending[i]))
      return TRUE;
  return FALSE;
}

/**
 * merit_workflow_before_save:
 * @workspace: the workspace
 * @candidate: a package about to be saved
 * @actor: the member whose changes are saved
 * @error: return location for an error
 *
 * Keeps approvals bound to content.  An approved package whose bound content no longer
 * matches the approval's digest goes back to CEO review, with an "approval-voided" history
 * event that names what changed.  Once the offer is extended, its bound content may not
 * change at all.  The store calls this before every save.
 *
 * Returns: %TRUE when the save may go ahead
 */
gboolean
merit_workflow_before_save (MeritWorkspace  *workspace,
                            MeritCandidate  *candidate,
                            const char      *actor,
                            GError         **error)
{
  MeritStage stage = merit_candidate_get_stage (candidate);
  g_autoptr(MeritApproval) approval = NULL;
  g_autofree char *digest = NULL;
  g_autofree char *changed = NULL;

  g_return_val_if_fail (MERIT_IS_CANDIDATE (candidate), FALSE);

  if (merit_candidate_get_broken_reason (candidate) != NULL
      || (stage != MERIT_STAGE_APPROVED && stage != MERIT_STAGE_OFFER_EXTENDED
          && stage != MERIT_STAGE_ACCEPTED && stage != MERIT_STAGE_DECLINED))
    return TRUE;
  approval = dup_last_approval (candidate);
  if (approval == NULL || merit_approval_get_decision (approval) != MERIT_APPROVAL_DECISION_APPROVED)
    return TRUE;
  digest = merit_digest_candidate (candidate, error);
  if (digest == NULL)
    return FALSE;
  if (g_strcmp0 (digest, merit_approval_get_digest (approval)) == 0)
    return TRUE;

  changed = merit_workflow_dup_changed_sections (candidate);
  if (stage == MERIT_STAGE_APPROVED)
    {
      _merit_workflow_void_approval (candidate, approval, actor, changed);
      return TRUE;
    }
  /* A mismatch that came from disk is for `merit verify` to report; this process may only
   * not add one. */
  if (!has_pending_bound_sections (candidate))
    return TRUE;
  g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_NOT_ALLOWED,
               _("the offer to %s went out under the CEO’s approval, so its approved content "
                 "can no longer change (%s changed)"),
               merit_candidate_get_pseudonym (candidate), changed);
  return FALSE;
}
