/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-package-reader.c: package XML into the model.
 *
 * The document has passed the RelaxNG schema before it gets here, so the shape is known;
 * this file adds the rules a schema cannot say (real calendar dates, unique ids) and fills
 * the GObjects.  Every error names the file and the line of the offending element.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "merit-candidate-private.h"
#include "merit-model.h"
#include "merit-package-reader.h"
#include "merit-store-error.h"
#include "merit-xml-private.h"
#include "merit-xml.h"

typedef struct
{
  const char *display_name;
  GError     *error;
} Reader;

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node != NULL
         && node->type == XML_ELEMENT_NODE
         && (name == NULL || g_strcmp0 ((const char *) node->name, name) == 0);
}

#define FOREACH_ELEMENT(child, parent) \
  for (xmlNode *child = (parent)->children; child != NULL; child = child->next) \
    if (child->type == XML_ELEMENT_NODE)

static gboolean
fail (Reader     *reader,
      xmlNode    *node,
      const char *format,
      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (Reader     *reader,
      xmlNode    *node,
      const char *format,
      ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  if (reader->error != NULL)
    return FALSE;
  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (&reader->error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_INVALID, "%s:%ld: %s",
               reader->display_name, node != NULL ? xmlGetLineNo (node) : 1L, reason);
  return FALSE;
}

static char *
attr (xmlNode    *node,
      const char *name)
{
  g_autoptr(MeritXmlString) value = xmlGetNoNsProp (node, (const xmlChar *) name);

  return value != NULL ? g_strdup ((const char *) value) : NULL;
}

static char *
text (xmlNode *node)
{
  g_autoptr(MeritXmlString) value = xmlNodeGetContent (node);

  return g_strdup (value != NULL ? (const char *) value : "");
}

static char *
child_text (xmlNode    *parent,
            const char *name)
{
  FOREACH_ELEMENT (child, parent)
    if (is_element (child, name))
      return text (child);
  return NULL;
}

static gboolean
check_time (Reader     *reader,
            xmlNode    *node,
            const char *name)
{
  g_autofree char *value = attr (node, name);

  if (value != NULL && !merit_iso_time_valid (value))
    return fail (reader, node, _("attribute %s: “%s” is not a valid UTC time"), name, value);
  return TRUE;
}

static gboolean
partial_date_valid (const char *value)
{
  g_autofree char *full = NULL;
  gsize length = strlen (value);

  if (length == 4)
    full = g_strconcat (value, "-01-01", NULL);
  else if (length == 7)
    full = g_strconcat (value, "-01", NULL);
  else
    full = g_strdup (value);
  return merit_iso_date_valid (full);
}

static gboolean
check_date (Reader     *reader,
            xmlNode    *node,
            const char *name,
            gboolean    partial)
{
  g_autofree char *value = attr (node, name);

  if (value == NULL)
    return TRUE;
  if (partial ? !partial_date_valid (value) : !merit_iso_date_valid (value))
    return fail (reader, node, _("attribute %s: “%s” is not a valid date"), name, value);
  return TRUE;
}

static guint
uint_attr (xmlNode    *node,
           const char *name,
           guint       fallback)
{
  g_autofree char *value = attr (node, name);
  guint64 number;

  if (value == NULL || !g_ascii_string_to_unsigned (value, 10, 0, G_MAXUINT, &number, NULL))
    return fallback;
  return (guint) number;
}

static gboolean
bool_attr (xmlNode    *node,
           const char *name)
{
  g_autofree char *value = attr (node, name);

  return g_strcmp0 (value, "true") == 0;
}

static MeritIdentity *
read_identity (Reader  *reader,
               xmlNode *node)
{
  g_autoptr(MeritIdentity) identity = merit_identity_new ();
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func (g_free);

  FOREACH_ELEMENT (child, node)
    {
      g_autofree char *value = text (child);
      const char *name = (const char *) child->name;

      if (g_str_equal (name, "name"))
        merit_identity_set_name (identity, value);
      else if (g_str_equal (name, "email"))
        merit_identity_set_email (identity, value);
      else if (g_str_equal (name, "phone"))
        merit_identity_set_phone (identity, value);
      else if (g_str_equal (name, "location"))
        merit_identity_set_location (identity, value);
      else if (g_str_equal (name, "url"))
        merit_identity_set_url (identity, value);
      else if (g_str_equal (name, "link"))
        g_ptr_array_add (links, g_steal_pointer (&value));
      else if (g_str_equal (name, "photo"))
        {
          g_autofree char *href = attr (child, "href");

          merit_identity_set_photo (identity, href);
        }
    }
  if (links->len > 0)
    {
      g_ptr_array_add (links, NULL);
      merit_identity_set_links (identity, (const char * const *) links->pdata);
    }
  return g_steal_pointer (&identity);
}

static MeritSealedSection *
read_sealed (Reader  *reader,
             xmlNode *node)
{
  g_autoptr(MeritSealedSection) sealed = merit_sealed_section_new ();
  g_autoptr(GPtrArray) recipients = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *section = attr (node, "section");
  g_autofree char *algorithm = attr (node, "algorithm");
  g_autofree char *nonce = attr (node, "nonce");

  merit_sealed_section_set_section (sealed, section);
  merit_sealed_section_set_algorithm (sealed, algorithm);
  merit_sealed_section_set_nonce (sealed, nonce);
  FOREACH_ELEMENT (child, node)
    {
      g_autofree char *value = text (child);

      if (is_element (child, "recipient"))
        {
          g_autofree char *member = attr (child, "member");

          g_ptr_array_add (recipients, g_strdup_printf ("%s:%s", member, value));
        }
      else if (is_element (child, "ciphertext"))
        merit_sealed_section_set_ciphertext (sealed, value);
    }
  g_ptr_array_add (recipients, NULL);
  merit_sealed_section_set_recipients (sealed, (const char * const *) recipients->pdata);
  return g_steal_pointer (&sealed);
}

static MeritSelfIdentification *
read_self_identification (Reader  *reader,
                          xmlNode *node)
{
  g_autoptr(MeritSelfIdentification) self_id = merit_self_identification_new ();
  g_autofree char *gender = child_text (node, "gender");
  g_autofree char *ethnicity = child_text (node, "ethnicity");
  g_autofree char *disability = child_text (node, "disability");
  g_autofree char *veteran = child_text (node, "veteran-status");

  merit_self_identification_set_declined (self_id, bool_attr (node, "declined"));
  merit_self_identification_set_gender (self_id, gender);
  merit_self_identification_set_ethnicity (self_id, ethnicity);
  merit_self_identification_set_disability (self_id, disability);
  merit_self_identification_set_veteran_status (self_id, veteran);
  return g_steal_pointer (&self_id);
}

static gboolean
read_entry (Reader       *reader,
            xmlNode      *node,
            MeritProfile *profile)
{
  g_autoptr(MeritProfileEntry) entry = NULL;
  g_autoptr(GPtrArray) keywords = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *kind_text = attr (node, "kind");
  g_autofree char *title = attr (node, "title");
  g_autofree char *organization = attr (node, "organization");
  g_autofree char *location = attr (node, "location");
  g_autofree char *start = attr (node, "start");
  g_autofree char *end = attr (node, "end");
  g_autofree char *url = attr (node, "url");
  MeritProfileEntryKind kind;

  if (!merit_profile_entry_kind_from_string (kind_text, &kind))
    return fail (reader, node, _("unknown profile entry kind “%s”"), kind_text);
  if (!check_date (reader, node, "start", TRUE) || !check_date (reader, node, "end", TRUE))
    return FALSE;

  entry = merit_profile_entry_new (kind);
  merit_profile_entry_set_title (entry, title);
  merit_profile_entry_set_organization (entry, organization);
  merit_profile_entry_set_location (entry, location);
  merit_profile_entry_set_start_date (entry, start);
  merit_profile_entry_set_end_date (entry, end);
  merit_profile_entry_set_url (entry, url);
  FOREACH_ELEMENT (child, node)
    {
      if (is_element (child, "keyword"))
        g_ptr_array_add (keywords, text (child));
      else if (is_element (child, "description"))
        {
          g_autofree char *description = text (child);

          merit_profile_entry_set_description (entry, description);
        }
    }
  if (keywords->len > 0)
    {
      g_ptr_array_add (keywords, NULL);
      merit_profile_entry_set_keywords (entry, (const char * const *) keywords->pdata);
    }
  merit_profile_add_entry (profile, entry);
  return TRUE;
}

static gboolean
read_profile (Reader       *reader,
              xmlNode      *node,
              MeritProfile *profile)
{
  FOREACH_ELEMENT (child, node)
    {
      if (is_element (child, "summary"))
        {
          g_autofree char *value = text (child);

          merit_profile_set_summary (profile, value);
        }
      else if (is_element (child, "resume-text"))
        {
          g_autofree char *value = text (child);

          merit_profile_set_resume_text (profile, value);
        }
      else if (is_element (child, "entry") && !read_entry (reader, child, profile))
        return FALSE;
    }
  return TRUE;
}

static void
read_role (Reader    *reader,
           xmlNode   *node,
           MeritRole *role)
{
  g_autofree char *title = attr (node, "title");
  g_autofree char *team = attr (node, "team");
  g_autofree char *level = attr (node, "level");

  merit_role_set_title (role, title);
  merit_role_set_team (role, team);
  merit_role_set_level (role, level);
}

static gboolean
read_review (Reader         *reader,
             xmlNode        *node,
             MeritCandidate *candidate,
             GHashTable     *seen_ids)
{
  g_autoptr(MeritReview) review = NULL;
  g_autoptr(GHashTable) seen_criteria = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                               g_free, NULL);
  g_autofree char *id = attr (node, "id");
  g_autofree char *reviewer = attr (node, "reviewer");
  g_autofree char *state_text = attr (node, "state");
  g_autofree char *submitted = attr (node, "submitted");
  g_autofree char *amends = attr (node, "amends");
  MeritReviewState state;

  if (g_hash_table_contains (seen_ids, id))
    return fail (reader, node, _("review id “%s” is used twice"), id);
  g_hash_table_add (seen_ids, g_strdup (id));
  if (!check_time (reader, node, "submitted"))
    return FALSE;
  if (!merit_review_state_from_string (state_text, &state))
    return fail (reader, node, _("unknown review state “%s”"), state_text);
  if (state == MERIT_REVIEW_STATE_SUBMITTED && submitted == NULL)
    return fail (reader, node, _("submitted review “%s” has no submission time"), id);

  review = merit_review_new (id, reviewer);
  merit_review_set_state (review, state);
  merit_review_set_submitted (review, submitted);
  merit_review_set_amends (review, amends);
  FOREACH_ELEMENT (child, node)
    {
      g_autofree char *criterion = NULL;
      g_autofree char *evidence = NULL;
      MeritScore *score;

      if (!is_element (child, "score"))
        continue;
      criterion = attr (child, "criterion");
      if (g_hash_table_contains (seen_criteria, criterion))
        return fail (reader, child, _("criterion “%s” is scored twice in review “%s”"),
                     criterion, id);
      g_hash_table_add (seen_criteria, g_strdup (criterion));
      evidence = text (child);
      score = merit_review_ensure_score (review, criterion);
      merit_score_set_value (score, uint_attr (child, "value", 0));
      merit_score_set_evidence (score, evidence);
    }
  merit_candidate_add_review (candidate, review);
  return TRUE;
}

/* A round held in a committee meeting: who opened it, when, who was present, when it closed. */
static gboolean
read_voting_round (Reader         *reader,
                   xmlNode        *node,
                   MeritCommittee *committee)
{
  guint number = uint_attr (node, "number", 0);
  g_autoptr(MeritVotingRound) round = NULL;
  g_autoptr(GPtrArray) present = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *by = attr (node, "by");
  g_autofree char *opened = attr (node, "opened");
  g_autofree char *closed = attr (node, "closed");

  if (number == 0)
    return fail (reader, node, _("a voting round needs a number from 1"));
  if (merit_committee_find_round (committee, number) != NULL)
    return fail (reader, node, _("voting round %u is recorded twice"), number);
  if (!check_time (reader, node, "opened") || !check_time (reader, node, "closed"))
    return FALSE;
  FOREACH_ELEMENT (child, node)
    {
      g_autofree char *member = is_element (child, "present") ? attr (child, "member") : NULL;

      if (member != NULL)
        g_ptr_array_add (present, g_steal_pointer (&member));
    }
  g_ptr_array_add (present, NULL);
  round = merit_voting_round_new (number);
  merit_voting_round_set_opened_by (round, by);
  merit_voting_round_set_opened_at (round, opened);
  merit_voting_round_set_closed_at (round, closed);
  merit_voting_round_set_present (round, (const char * const *) present->pdata);
  merit_committee_add_round (committee, round);
  return TRUE;
}

static gboolean
read_committee (Reader         *reader,
                xmlNode        *node,
                MeritCommittee *committee)
{
  g_autoptr(GHashTable) seen_votes = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                            g_free, NULL);

  merit_committee_set_quorum (committee, uint_attr (node, "quorum", 0));
  FOREACH_ELEMENT (child, node)
    {
      g_autofree char *value_text = attr (child, "value");
      g_autofree char *rationale = child_text (child, "rationale");

      if (!check_time (reader, child, "time"))
        return FALSE;

      if (is_element (child, "vote"))
        {
          g_autoptr(MeritVote) vote = merit_vote_new ();
          g_autofree char *member = attr (child, "member");
          g_autofree char *time = attr (child, "time");
          guint round = uint_attr (child, "round", 1);
          g_autofree char *key = g_strdup_printf ("%s/%u", member, round);
          MeritVoteValue value;

          if (g_hash_table_contains (seen_votes, key))
            return fail (reader, child, _("member “%s” voted twice in round %u"), member, round);
          g_hash_table_add (seen_votes, g_steal_pointer (&key));
          if (!merit_vote_value_from_string (value_text, &value))
            return fail (reader, child, _("unknown vote “%s”"), value_text);
          merit_vote_set_member (vote, member);
          merit_vote_set_round (vote, round);
          merit_vote_set_value (vote, value);
          merit_vote_set_time (vote, time);
          merit_vote_set_rationale (vote, rationale);
          merit_committee_add_vote (committee, vote);
        }
      else if (is_element (child, "round"))
        {
          if (!read_voting_round (reader, child, committee))
            return FALSE;
        }
      else if (is_element (child, "decision"))
        {
          g_autofree char *by = attr (child, "by");
          g_autofree char *time = attr (child, "time");
          MeritDecisionValue value;

          if (!merit_decision_value_from_string (value_text, &value))
            return fail (reader, child, _("unknown decision “%s”"), value_text);
          merit_committee_set_decision (committee, value);
          merit_committee_set_decided_by (committee, by);
          merit_committee_set_decided_at (committee, time);
          merit_committee_set_rationale (committee, rationale);
          merit_committee_set_quorum_met (committee, bool_attr (child, "quorum-met"));
        }
    }
  return TRUE;
}

static gboolean
read_offer (Reader         *reader,
            xmlNode        *node,
            MeritCandidate *candidate)
{
  g_autoptr(MeritOffer) offer = merit_offer_new ();
  g_autofree char *level = attr (node, "level");
  g_autofree char *base = attr (node, "base");
  g_autofree char *currency = attr (node, "currency");
  g_autofree char *equity = attr (node, "equity");
  g_autofree char *bonus = attr (node, "bonus");
  g_autofree char *start = attr (node, "start");
  g_autofree char *justification = child_text (node, "justification");
  g_autofree char *exception = child_text (node, "exception");

  if (!check_date (reader, node, "start", FALSE))
    return FALSE;
  merit_offer_set_level (offer, level);
  merit_offer_set_base (offer, base);
  merit_offer_set_currency (offer, currency);
  merit_offer_set_equity (offer, equity);
  merit_offer_set_bonus (offer, bonus);
  merit_offer_set_start_date (offer, start);
  merit_offer_set_justification (offer, justification);
  merit_offer_set_exception (offer, exception);
  merit_candidate_set_offer (candidate, offer);
  return TRUE;
}

static void
read_signature (xmlNode  *node,
                char    **key_id,
                char    **signature)
{
  FOREACH_ELEMENT (child, node)
    if (is_element (child, "signature"))
      {
        *key_id = attr (child, "key");
        *signature = text (child);
      }
}

static gboolean
read_approvals (Reader         *reader,
                xmlNode        *node,
                MeritCandidate *candidate)
{
  FOREACH_ELEMENT (child, node)
    {
      g_autoptr(MeritApproval) approval = merit_approval_new ();
      g_autofree char *approver = attr (child, "approver");
      g_autofree char *decision_text = attr (child, "decision");
      g_autofree char *time = attr (child, "time");
      g_autofree char *digest = attr (child, "digest");
      g_autofree char *comment = child_text (child, "comment");
      g_autofree char *key_id = NULL;
      g_autofree char *signature = NULL;
      MeritApprovalDecision decision;

      if (!check_time (reader, child, "time"))
        return FALSE;
      if (!merit_approval_decision_from_string (decision_text, &decision))
        return fail (reader, child, _("unknown approval decision “%s”"), decision_text);
      read_signature (child, &key_id, &signature);
      merit_approval_set_approver (approval, approver);
      merit_approval_set_decision (approval, decision);
      merit_approval_set_time (approval, time);
      merit_approval_set_digest (approval, digest);
      merit_approval_set_comment (approval, comment);
      merit_approval_set_key_id (approval, key_id);
      merit_approval_set_signature (approval, signature);
      merit_candidate_add_approval (candidate, approval);
    }
  return TRUE;
}

static gboolean
read_history (Reader         *reader,
              xmlNode        *node,
              MeritCandidate *candidate)
{
  FOREACH_ELEMENT (child, node)
    {
      g_autoptr(MeritHistoryEvent) event = NULL;
      g_autofree char *time = attr (child, "time");
      g_autofree char *actor = attr (child, "actor");
      g_autofree char *action = attr (child, "action");
      g_autofree char *from = attr (child, "from");
      g_autofree char *to = attr (child, "to");
      g_autofree char *prev = attr (child, "prev");
      g_autofree char *hash = attr (child, "hash");
      g_autofree char *detail = child_text (child, "detail");
      g_autofree char *key_id = NULL;
      g_autofree char *signature = NULL;

      if (!check_time (reader, child, "time"))
        return FALSE;
      event = merit_history_event_new (uint_attr (child, "seq", 0), time, actor, action,
                                       from, to, detail, prev, hash);
      read_signature (child, &key_id, &signature);
      if (key_id != NULL && signature != NULL)
        merit_history_event_set_signature (event, key_id, signature);
      merit_candidate_add_history_event (candidate, event);
    }
  return TRUE;
}

static gboolean
read_sections (Reader         *reader,
               xmlNode        *root,
               MeritCandidate *candidate)
{
  g_autoptr(GHashTable) review_ids = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                            g_free, NULL);

  FOREACH_ELEMENT (child, root)
    {
      const char *name = (const char *) child->name;

      if (g_str_equal (name, "identity"))
        {
          g_autoptr(MeritIdentity) identity = read_identity (reader, child);

          merit_candidate_set_identity (candidate, identity);
        }
      else if (g_str_equal (name, "sealed"))
        {
          g_autoptr(MeritSealedSection) sealed = read_sealed (reader, child);

          if (g_strcmp0 (merit_sealed_section_get_section (sealed), "identity") == 0)
            merit_candidate_set_sealed_identity (candidate, sealed);
          else
            merit_candidate_set_sealed_self_identification (candidate, sealed);
        }
      else if (g_str_equal (name, "self-identification"))
        {
          g_autoptr(MeritSelfIdentification) self_id = read_self_identification (reader, child);

          merit_candidate_set_self_identification (candidate, self_id);
        }
      else if (g_str_equal (name, "profile"))
        {
          if (!read_profile (reader, child, merit_candidate_get_profile (candidate)))
            return FALSE;
        }
      else if (g_str_equal (name, "role"))
        read_role (reader, child, merit_candidate_get_role (candidate));
      else if (g_str_equal (name, "reviews"))
        {
          FOREACH_ELEMENT (review, child)
            if (!read_review (reader, review, candidate, review_ids))
              return FALSE;
        }
      else if (g_str_equal (name, "committee"))
        {
          if (!read_committee (reader, child, merit_candidate_get_committee (candidate)))
            return FALSE;
        }
      else if (g_str_equal (name, "offer"))
        {
          if (!read_offer (reader, child, candidate))
            return FALSE;
        }
      else if (g_str_equal (name, "approvals"))
        {
          if (!read_approvals (reader, child, candidate))
            return FALSE;
        }
      else if (g_str_equal (name, "history"))
        {
          if (!read_history (reader, child, candidate))
            return FALSE;
        }
    }
  return TRUE;
}

static MeritCandidate *
read_doc (xmlDoc      *doc,
          const char  *display_name,
          const char  *expected_id,
          gboolean     watched,
          GError     **error)
{
  Reader reader = { display_name, NULL };
  xmlNode *root = xmlDocGetRootElement (doc);
  g_autoptr(MeritCandidate) candidate = NULL;
  g_autofree char *id = attr (root, "id");
  g_autofree char *pseudonym = attr (root, "pseudonym");
  g_autofree char *stage_text = attr (root, "stage");
  g_autofree char *stage_since = attr (root, "stage-since");
  g_autofree char *created = attr (root, "created");
  MeritStage stage;

  if (expected_id != NULL && g_strcmp0 (id, expected_id) != 0)
    {
      fail (&reader, root, _("package id “%s” does not match its file name “%s.xml”"),
            id, expected_id);
      g_propagate_error (error, reader.error);
      return NULL;
    }
  if (!merit_stage_from_string (stage_text, &stage))
    fail (&reader, root, _("unknown stage “%s”"), stage_text);
  check_time (&reader, root, "stage-since");
  check_time (&reader, root, "created");
  if (reader.error != NULL)
    {
      g_propagate_error (error, reader.error);
      return NULL;
    }

  candidate = watched ? merit_candidate_new (id) : _merit_candidate_new_unwatched (id);
  _merit_candidate_set_loading (candidate, TRUE);
  merit_candidate_set_pseudonym (candidate, pseudonym);
  merit_candidate_set_stage (candidate, stage);
  merit_candidate_set_stage_since (candidate, stage_since);
  merit_candidate_set_created (candidate, created);
  read_sections (&reader, root, candidate);
  _merit_candidate_set_loading (candidate, FALSE);

  if (reader.error != NULL)
    {
      g_propagate_error (error, reader.error);
      return NULL;
    }
  return g_steal_pointer (&candidate);
}

/**
 * merit_package_read_doc:
 * @doc: a document that passed the package schema
 * @display_name: the name used in error messages
 * @expected_id: (nullable): the id the file name demands, or %NULL
 * @error: return location for an error naming the file, line and reason
 *
 * Builds the model of a package from a validated document.
 *
 * Returns: (transfer full): the candidate, or %NULL with @error set
 */
MeritCandidate *
merit_package_read_doc (xmlDoc      *doc,
                        const char  *display_name,
                        const char  *expected_id,
                        GError     **error)
{
  return read_doc (doc, display_name, expected_id, TRUE, error);
}

static MeritCandidate *
read_bytes (GBytes      *bytes,
            const char  *display_name,
            const char  *expected_id,
            gboolean     watched,
            GError     **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);

  doc = merit_xml_load (display_name, data != NULL ? data : "", length,
                        MERIT_SCHEMA_PACKAGE, error);
  if (doc == NULL)
    return NULL;
  return read_doc (doc, display_name, expected_id, watched, error);
}

/**
 * merit_package_read_bytes:
 * @bytes: the file content
 * @display_name: the name used in error messages
 * @expected_id: (nullable): the id the file name demands, or %NULL
 * @error: return location for an error naming the file, line and reason
 *
 * Parses, validates and reads a package file.
 *
 * Returns: (transfer full): the candidate, or %NULL with @error set
 */
MeritCandidate *
merit_package_read_bytes (GBytes      *bytes,
                          const char  *display_name,
                          const char  *expected_id,
                          GError     **error)
{
  return read_bytes (bytes, display_name, expected_id, TRUE, error);
}

/**
 * _merit_package_read_bytes_unwatched:
 * @bytes: the file content
 * @display_name: the name used in error messages
 * @expected_id: (nullable): the id the file name demands, or %NULL
 * @error: return location for an error naming the file, line and reason
 *
 * Like merit_package_read_bytes(), for a candidate that is only summarized or has its
 * contents taken by another: edits to its sections' objects are not watched (see
 * _merit_candidate_set_watched()), which saves a signal handler on each of them.
 *
 * Returns: (transfer full): the candidate, or %NULL with @error set
 */
MeritCandidate *
_merit_package_read_bytes_unwatched (GBytes      *bytes,
                                     const char  *display_name,
                                     const char  *expected_id,
                                     GError     **error)
{
  return read_bytes (bytes, display_name, expected_id, FALSE, error);
}
