/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-blind.c: what a reviewer may see of a package.
 *
 * A blind view is a separate candidate object built without identity, self-identification
 * or their sealed forms, with every free text redacted, and with only the reviews its viewer
 * may read: a reviewer reads no other review of a candidate before submitting their own.  It
 * is not the package with fields hidden; the hidden fields are simply not there.
 */

#include "config.h"

#include "merit-blind.h"
#include "merit-profile.h"
#include "merit-profile-entry.h"
#include "merit-review.h"
#include "merit-role.h"
#include "merit-score.h"

/**
 * merit_blind_may_see_reviews:
 * @candidate: a package
 * @viewer: (nullable): the member looking, or %NULL for an anonymous reviewer
 *
 * Reviews are independent: a member with the reviewer role reads other reviews of a candidate
 * only once their own review of it is submitted, or once the candidate has left blind review
 * and the reviews have become the committee's evidence.  Members without the reviewer role
 * (chair, committee, CEO) read submitted reviews at any time.
 *
 * Returns: %TRUE when @viewer may read reviews other than their own
 */
gboolean
merit_blind_may_see_reviews (MeritCandidate *candidate,
                             MeritMember    *viewer)
{
  g_return_val_if_fail (MERIT_IS_CANDIDATE (candidate), FALSE);

  if (viewer != NULL && !merit_member_has_role (viewer, MERIT_ROLE_REVIEWER))
    return TRUE;
  if (merit_candidate_get_stage (candidate) > MERIT_STAGE_BLIND_REVIEW)
    return TRUE;
  if (viewer == NULL)
    return FALSE;
  /* Answered from a summary too, without reading the package. */
  return merit_candidate_has_submitted_review (candidate, merit_member_get_id (viewer));
}

static void
copy_profile (MeritProfile        *from,
              MeritProfile        *to,
              const MeritRedactor *redactor)
{
  GListModel *entries = merit_profile_get_entries (from);
  g_autofree char *summary = merit_redactor_redact (redactor, merit_profile_get_summary (from));
  g_autofree char *resume = merit_redactor_redact (redactor,
                                                   merit_profile_get_resume_text (from));

  merit_profile_set_summary (to, summary);
  merit_profile_set_resume_text (to, resume);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(MeritProfileEntry) entry = g_list_model_get_item (entries, i);
      g_autoptr(MeritProfileEntry) copy = merit_profile_entry_new (merit_profile_entry_get_kind (entry));
      const char * const *keywords = merit_profile_entry_get_keywords (entry);
      g_autoptr(GPtrArray) redacted_keywords = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *title = merit_redactor_redact (redactor,
                                                      merit_profile_entry_get_title (entry));
      g_autofree char *organization =
        merit_redactor_redact (redactor, merit_profile_entry_get_organization (entry));
      g_autofree char *location = merit_redactor_redact (redactor,
                                                         merit_profile_entry_get_location (entry));
      g_autofree char *description =
        merit_redactor_redact (redactor, merit_profile_entry_get_description (entry));

      merit_profile_entry_set_title (copy, title);
      merit_profile_entry_set_organization (copy, organization);
      merit_profile_entry_set_location (copy, location);
      merit_profile_entry_set_start_date (copy, merit_profile_entry_get_start_date (entry));
      merit_profile_entry_set_end_date (copy, merit_profile_entry_get_end_date (entry));
      /* A web address names its owner more often than not: it is left out, not redacted. */
      merit_profile_entry_set_description (copy, description);
      for (guint k = 0; keywords != NULL && keywords[k] != NULL; k++)
        g_ptr_array_add (redacted_keywords, merit_redactor_redact (redactor, keywords[k]));
      if (redacted_keywords->len > 0)
        {
          g_ptr_array_add (redacted_keywords, NULL);
          merit_profile_entry_set_keywords (copy, (const char * const *) redacted_keywords->pdata);
        }
      merit_profile_add_entry (to, copy);
    }
}

/**
 * merit_blind_dup_profile:
 * @profile: a profile
 * @identity: (nullable): the candidate's identity, whose names are redacted
 * @flags: redaction flags
 *
 * Builds the blind copy of @profile alone, as merit_blind_dup_candidate() makes it: every
 * free text redacted, web addresses left out.
 *
 * Returns: (transfer full): a new profile
 */
MeritProfile *
merit_blind_dup_profile (MeritProfile     *profile,
                         MeritIdentity    *identity,
                         MeritRedactFlags  flags)
{
  g_autoptr(MeritRedactor) redactor = NULL;
  MeritProfile *blind;

  g_return_val_if_fail (MERIT_IS_PROFILE (profile), NULL);

  redactor = merit_redactor_new (identity, flags);
  blind = merit_profile_new ();
  copy_profile (profile, blind, redactor);
  return blind;
}

static MeritReview *
copy_review (MeritReview         *review,
             const MeritRedactor *redactor)
{
  MeritReview *copy = merit_review_new (merit_review_get_id (review),
                                        merit_review_get_reviewer (review));
  GListModel *scores = merit_review_get_scores (review);

  merit_review_set_state (copy, merit_review_get_state (review));
  merit_review_set_submitted (copy, merit_review_get_submitted (review));
  merit_review_set_amends (copy, merit_review_get_amends (review));
  for (guint i = 0; i < g_list_model_get_n_items (scores); i++)
    {
      g_autoptr(MeritScore) score = g_list_model_get_item (scores, i);
      MeritScore *target = merit_review_ensure_score (copy, merit_score_get_criterion (score));
      g_autofree char *evidence = merit_redactor_redact (redactor,
                                                         merit_score_get_evidence (score));

      merit_score_set_value (target, merit_score_get_value (score));
      merit_score_set_evidence (target, evidence);
    }
  return copy;
}

/**
 * merit_blind_dup_candidate:
 * @candidate: a package
 * @viewer: (nullable): the member looking, or %NULL for an anonymous reviewer
 * @flags: redaction flags (pronoun neutralisation per workspace setting)
 *
 * Builds the blind view of @candidate for @viewer: pseudonym, stage, role and the redacted
 * profile, plus the reviews @viewer may read (their own, and others' per
 * merit_blind_may_see_reviews()).  Identity, self-identification, committee, offer,
 * approvals and history are not part of it.
 *
 * Returns: (transfer full): a new candidate holding only what a blind reviewer sees
 */
MeritCandidate *
merit_blind_dup_candidate (MeritCandidate   *candidate,
                           MeritMember      *viewer,
                           MeritRedactFlags  flags)
{
  g_autoptr(MeritRedactor) redactor = NULL;
  MeritCandidate *blind;
  MeritRole *role;
  GListModel *reviews;
  gboolean see_all;
  const char *viewer_id = viewer != NULL ? merit_member_get_id (viewer) : NULL;

  g_return_val_if_fail (MERIT_IS_CANDIDATE (candidate), NULL);

  /* The name is worked out once for every text of the package. */
  redactor = merit_redactor_new (merit_candidate_get_identity (candidate), flags);
  blind = merit_candidate_new (merit_candidate_get_id (candidate));
  merit_candidate_set_pseudonym (blind, merit_candidate_get_pseudonym (candidate));
  merit_candidate_set_stage (blind, merit_candidate_get_stage (candidate));
  merit_candidate_set_stage_since (blind, merit_candidate_get_stage_since (candidate));
  merit_candidate_set_created (blind, merit_candidate_get_created (candidate));
  merit_candidate_set_broken_reason (blind, merit_candidate_get_broken_reason (candidate));

  role = merit_candidate_get_role (candidate);
  merit_role_set_title (merit_candidate_get_role (blind), merit_role_get_title (role));
  merit_role_set_team (merit_candidate_get_role (blind), merit_role_get_team (role));
  merit_role_set_level (merit_candidate_get_role (blind), merit_role_get_level (role));

  copy_profile (merit_candidate_get_profile (candidate), merit_candidate_get_profile (blind),
                redactor);

  see_all = merit_blind_may_see_reviews (candidate, viewer);
  reviews = merit_candidate_get_reviews (candidate);
  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(MeritReview) review = g_list_model_get_item (reviews, i);
      gboolean own = viewer_id != NULL
                     && g_strcmp0 (merit_review_get_reviewer (review), viewer_id) == 0;
      g_autoptr(MeritReview) copy = NULL;

      if (!own && (!see_all || merit_review_get_state (review) != MERIT_REVIEW_STATE_SUBMITTED))
        continue;
      copy = copy_review (review, redactor);
      merit_candidate_add_review (blind, copy);
    }
  merit_candidate_mark_saved (blind);
  return blind;
}
