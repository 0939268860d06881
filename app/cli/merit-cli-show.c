/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-cli-show.c: `merit show DIR ID [--blind] [--json]`. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "merit-cli-private.h"
#include "merit-json-package.h"

static void
add_self_identification (JsonBuilder    *builder,
                         MeritCandidate *candidate)
{
  MeritSelfIdentification *self_id = merit_candidate_get_self_identification (candidate);

  json_builder_set_member_name (builder, "self-identification");
  if (self_id == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "declined");
  json_builder_add_boolean_value (builder, merit_self_identification_get_declined (self_id));
  merit_json_add_string (builder, "gender", merit_self_identification_get_gender (self_id));
  merit_json_add_string (builder, "ethnicity", merit_self_identification_get_ethnicity (self_id));
  merit_json_add_string (builder, "disability", merit_self_identification_get_disability (self_id));
  merit_json_add_string (builder, "veteran-status",
                         merit_self_identification_get_veteran_status (self_id));
  json_builder_end_object (builder);
}

static void
add_reviews (JsonBuilder *builder,
             GListModel  *reviews)
{
  json_builder_set_member_name (builder, "reviews");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(MeritReview) review = g_list_model_get_item (reviews, i);
      GListModel *scores = merit_review_get_scores (review);

      json_builder_begin_object (builder);
      merit_json_add_string (builder, "id", merit_review_get_id (review));
      merit_json_add_string (builder, "reviewer", merit_review_get_reviewer (review));
      merit_json_add_string (builder, "state",
                             merit_review_state_to_string (merit_review_get_state (review)));
      merit_json_add_string (builder, "submitted", merit_review_get_submitted (review));
      merit_json_add_string (builder, "amends", merit_review_get_amends (review));
      json_builder_set_member_name (builder, "scores");
      json_builder_begin_object (builder);
      for (guint k = 0; k < g_list_model_get_n_items (scores); k++)
        {
          g_autoptr(MeritScore) score = g_list_model_get_item (scores, k);

          json_builder_set_member_name (builder, merit_score_get_criterion (score));
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "value");
          json_builder_add_int_value (builder, merit_score_get_value (score));
          merit_json_add_string (builder, "evidence", merit_score_get_evidence (score));
          json_builder_end_object (builder);
        }
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_committee (JsonBuilder    *builder,
               MeritCommittee *committee)
{
  GListModel *votes = merit_committee_get_votes (committee);

  json_builder_set_member_name (builder, "committee");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "quorum");
  json_builder_add_int_value (builder, merit_committee_get_quorum (committee));
  json_builder_set_member_name (builder, "votes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (votes); i++)
    {
      g_autoptr(MeritVote) vote = g_list_model_get_item (votes, i);

      json_builder_begin_object (builder);
      merit_json_add_string (builder, "member", merit_vote_get_member (vote));
      json_builder_set_member_name (builder, "round");
      json_builder_add_int_value (builder, merit_vote_get_round (vote));
      merit_json_add_string (builder, "value",
                             merit_vote_value_to_string (merit_vote_get_value (vote)));
      merit_json_add_string (builder, "time", merit_vote_get_time (vote));
      merit_json_add_string (builder, "rationale", merit_vote_get_rationale (vote));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "decision");
  if (merit_committee_get_decision (committee) == MERIT_DECISION_VALUE_NONE)
    json_builder_add_null_value (builder);
  else
    {
      json_builder_begin_object (builder);
      merit_json_add_string (builder, "value",
                             merit_decision_value_to_string (merit_committee_get_decision (committee)));
      merit_json_add_string (builder, "by", merit_committee_get_decided_by (committee));
      merit_json_add_string (builder, "time", merit_committee_get_decided_at (committee));
      json_builder_set_member_name (builder, "quorum-met");
      json_builder_add_boolean_value (builder, merit_committee_get_quorum_met (committee));
      merit_json_add_string (builder, "rationale", merit_committee_get_rationale (committee));
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
}

static void
add_offer (JsonBuilder *builder,
           MeritOffer  *offer)
{
  json_builder_set_member_name (builder, "offer");
  if (offer == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }
  json_builder_begin_object (builder);
  merit_json_add_string (builder, "level", merit_offer_get_level (offer));
  merit_json_add_string (builder, "base", merit_offer_get_base (offer));
  merit_json_add_string (builder, "currency", merit_offer_get_currency (offer));
  merit_json_add_string (builder, "equity", merit_offer_get_equity (offer));
  merit_json_add_string (builder, "bonus", merit_offer_get_bonus (offer));
  merit_json_add_string (builder, "start", merit_offer_get_start_date (offer));
  merit_json_add_string (builder, "justification", merit_offer_get_justification (offer));
  merit_json_add_string (builder, "exception", merit_offer_get_exception (offer));
  json_builder_end_object (builder);
}

static void
add_approvals (JsonBuilder *builder,
               GListModel  *approvals)
{
  json_builder_set_member_name (builder, "approvals");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (approvals); i++)
    {
      g_autoptr(MeritApproval) approval = g_list_model_get_item (approvals, i);

      json_builder_begin_object (builder);
      merit_json_add_string (builder, "approver", merit_approval_get_approver (approval));
      merit_json_add_string (builder, "decision",
                             merit_approval_decision_to_string (merit_approval_get_decision (approval)));
      merit_json_add_string (builder, "time", merit_approval_get_time (approval));
      merit_json_add_string (builder, "digest", merit_approval_get_digest (approval));
      merit_json_add_string (builder, "comment", merit_approval_get_comment (approval));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_history (JsonBuilder *builder,
             GListModel  *history)
{
  json_builder_set_member_name (builder, "history");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(MeritHistoryEvent) event = g_list_model_get_item (history, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "seq");
      json_builder_add_int_value (builder, merit_history_event_get_seq (event));
      merit_json_add_string (builder, "time", merit_history_event_get_time (event));
      merit_json_add_string (builder, "actor", merit_history_event_get_actor (event));
      merit_json_add_string (builder, "action", merit_history_event_get_action (event));
      merit_json_add_string (builder, "from", merit_history_event_get_from_stage (event));
      merit_json_add_string (builder, "to", merit_history_event_get_to_stage (event));
      merit_json_add_string (builder, "detail", merit_history_event_get_detail (event));
      merit_json_add_string (builder, "hash", merit_history_event_get_hash (event));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * _merit_cli_candidate_to_json:
 * @candidate: a package
 * @blind: @candidate is a blind view: print only what a reviewer sees
 *
 * Returns: (transfer full): one JSON object with a key per section
 */
JsonNode *
_merit_cli_candidate_to_json (MeritCandidate *candidate,
                              gboolean        blind)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  MeritRole *role = merit_candidate_get_role (candidate);

  json_builder_begin_object (builder);
  merit_json_add_string (builder, "id", merit_candidate_get_id (candidate));
  merit_json_add_string (builder, "pseudonym", merit_candidate_get_pseudonym (candidate));
  merit_json_add_string (builder, "stage",
                         merit_stage_to_string (merit_candidate_get_stage (candidate)));
  merit_json_add_string (builder, "stage-since", merit_candidate_get_stage_since (candidate));
  merit_json_add_string (builder, "created", merit_candidate_get_created (candidate));
  if (!blind)
    {
      merit_json_add_identity (builder, candidate);
      add_self_identification (builder, candidate);
    }
  merit_json_add_profile (builder, merit_candidate_get_profile (candidate));
  merit_json_add_role (builder, role);
  add_reviews (builder, merit_candidate_get_reviews (candidate));
  if (!blind)
    {
      add_committee (builder, merit_candidate_get_committee (candidate));
      add_offer (builder, merit_candidate_get_offer (candidate));
      add_approvals (builder, merit_candidate_get_approvals (candidate));
      add_history (builder, merit_candidate_get_history (candidate));
    }
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static void
print_entry (MeritProfileEntry *entry)
{
  const char *title = merit_profile_entry_get_title (entry);
  const char *organization = merit_profile_entry_get_organization (entry);
  const char *start = merit_profile_entry_get_start_date (entry);
  const char *end = merit_profile_entry_get_end_date (entry);
  const char * const *keywords = merit_profile_entry_get_keywords (entry);

  g_print ("  [%s] %s%s%s", merit_profile_entry_kind_to_string (merit_profile_entry_get_kind (entry)),
           title != NULL ? title : "", organization != NULL ? ", " : "",
           organization != NULL ? organization : "");
  if (start != NULL || end != NULL)
    g_print (" (%s – %s)", start != NULL ? start : "", end != NULL ? end : "");
  g_print ("\n");
  if (keywords != NULL && keywords[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) keywords);

      g_print ("      %s\n", joined);
    }
  if (merit_profile_entry_get_description (entry) != NULL)
    g_print ("      %s\n", merit_profile_entry_get_description (entry));
}

static void
print_reviews (GListModel *reviews)
{
  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(MeritReview) review = g_list_model_get_item (reviews, i);
      GListModel *scores = merit_review_get_scores (review);

      g_print ("  %s (%s, %s)\n", merit_review_get_id (review), merit_review_get_reviewer (review),
               merit_review_state_to_string (merit_review_get_state (review)));
      for (guint k = 0; k < g_list_model_get_n_items (scores); k++)
        {
          g_autoptr(MeritScore) score = g_list_model_get_item (scores, k);

          g_print ("      %-14s %u  %s\n", merit_score_get_criterion (score),
                   merit_score_get_value (score),
                   merit_score_get_evidence (score) != NULL ? merit_score_get_evidence (score) : "");
        }
    }
}

static void
print_text (MeritCandidate *candidate,
            gboolean        blind)
{
  MeritRole *role = merit_candidate_get_role (candidate);
  MeritIdentity *identity = merit_candidate_get_identity (candidate);
  MeritOffer *offer = merit_candidate_get_offer (candidate);
  GListModel *history = merit_candidate_get_history (candidate);
  MeritProfile *profile = merit_candidate_get_profile (candidate);
  GListModel *entries = merit_profile_get_entries (profile);

  g_print ("%s  %s\n", merit_candidate_get_id (candidate), merit_candidate_get_pseudonym (candidate));
  if (identity != NULL)
    g_print ("%s: %s\n", _("Name"), merit_identity_get_name (identity));
  else if (!blind && merit_candidate_get_sealed_identity (candidate) != NULL)
    g_print ("%s\n", _("Identity: sealed to the chair and the CEO"));
  g_print ("%s: %s, %s (%s)\n", _("Role"),
           merit_role_get_title (role) != NULL ? merit_role_get_title (role) : "",
           merit_role_get_level (role) != NULL ? merit_role_get_level (role) : "",
           merit_role_get_team (role) != NULL ? merit_role_get_team (role) : "");
  g_print ("%s: %s %s %s\n", _("Stage"), merit_stage_get_label (merit_candidate_get_stage (candidate)),
           _("since"), merit_candidate_get_stage_since (candidate));
  if (merit_profile_get_summary (profile) != NULL)
    g_print ("%s: %s\n", _("Summary"), merit_profile_get_summary (profile));
  if (g_list_model_get_n_items (entries) > 0)
    g_print ("%s:\n", _("Profile"));
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(MeritProfileEntry) entry = g_list_model_get_item (entries, i);

      print_entry (entry);
    }
  if (merit_profile_get_resume_text (profile) != NULL)
    g_print ("%s:\n%s\n", _("Résumé"), merit_profile_get_resume_text (profile));
  g_print ("%s: %u\n", _("Reviews"),
           g_list_model_get_n_items (merit_candidate_get_reviews (candidate)));
  print_reviews (merit_candidate_get_reviews (candidate));
  if (blind)
    return;
  if (offer != NULL)
    g_print ("%s: %s %s, %s\n", _("Offer"),
             merit_offer_get_base (offer) != NULL ? merit_offer_get_base (offer) : "–",
             merit_offer_get_currency (offer) != NULL ? merit_offer_get_currency (offer) : "",
             merit_offer_get_level (offer) != NULL ? merit_offer_get_level (offer) : "");
  g_print ("%s:\n", _("History"));
  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(MeritHistoryEvent) event = g_list_model_get_item (history, i);

      g_print ("  %3u  %s  %-10s %-18s %s%s%s\n", merit_history_event_get_seq (event),
               merit_history_event_get_time (event), merit_history_event_get_actor (event),
               merit_history_event_get_action (event),
               merit_history_event_get_to_stage (event) != NULL
               ? merit_history_event_get_to_stage (event) : "",
               merit_history_event_get_detail (event) != NULL ? "  " : "",
               merit_history_event_get_detail (event) != NULL
               ? merit_history_event_get_detail (event) : "");
    }
}

int
merit_cli_show (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("DIR ID — show one package"));
  g_autoptr(MeritWorkspaceStore) store = NULL;
  g_autoptr(MeritCandidate) blind_view = NULL;
  g_autofree char *as = NULL;
  MeritWorkspace *workspace;
  MeritCandidate *candidate;
  MeritMember *viewer = NULL;
  gboolean json = FALSE;
  gboolean blind = FALSE;
  int status = MERIT_EXIT_OK;
  GOptionEntry entries[] = {
    { "blind", 0, 0, G_OPTION_ARG_NONE, &blind,
      N_("Print exactly what a blind reviewer sees"), NULL },
    { "as", 0, 0, G_OPTION_ARG_STRING, &as,
      N_("With --blind: the member whose view to print (default: a reviewer who has not "
         "reviewed this package)"), "M" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!_merit_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc != 3)
    return _merit_cli_usage_error (context, _("show needs a workspace folder and a package id"));
  store = _merit_cli_open_store (argv[1], &status);
  if (store == NULL)
    return status;
  workspace = merit_workspace_store_get_workspace (store);
  candidate = merit_workspace_lookup (workspace, argv[2]);
  if (candidate == NULL)
    {
      g_printerr (_("%s: no package with id “%s”\n"), argv[1], argv[2]);
      return MERIT_EXIT_INVALID;
    }
  if (merit_candidate_get_broken_reason (candidate) != NULL)
    {
      g_printerr ("%s\n", merit_candidate_get_broken_reason (candidate));
      return MERIT_EXIT_INVALID;
    }
  if (as != NULL)
    {
      viewer = merit_roster_lookup (merit_workspace_get_roster (workspace), as);
      if (viewer == NULL)
        {
          g_printerr (_("%s: “%s” is not a member of the roster\n"), argv[1], as);
          return MERIT_EXIT_INVALID;
        }
    }
  /* Identity sealed to the chair and the CEO opens with their key on this computer: --as M
   * uses only M's key.  A blind view needs it to redact the candidate's names. */
  _merit_cli_open_sealed (workspace, candidate, blind ? NULL : as);
  if (blind)
    {
      MeritRedactFlags flags = merit_workspace_get_neutralise_pronouns (workspace)
                               ? MERIT_REDACT_FLAGS_NEUTRALISE_PRONOUNS
                               : MERIT_REDACT_FLAGS_NONE;

      candidate = blind_view = merit_blind_dup_candidate (candidate, viewer, flags);
    }
  if (json)
    {
      g_autoptr(JsonNode) node = _merit_cli_candidate_to_json (candidate, blind);

      _merit_cli_print_json (node);
    }
  else
    print_text (candidate, blind);
  return MERIT_EXIT_OK;
}
