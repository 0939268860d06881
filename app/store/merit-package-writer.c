/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-package-writer.c: the model into package XML.
 *
 * The output is a function of the model alone (fixed element and attribute order, fixed
 * indentation), so loading a package and saving it unchanged gives identical bytes.  What is
 * written is parsed and validated again before anyone may save it.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "merit-model.h"
#include "merit-package-reader.h"
#include "merit-package-writer.h"
#include "merit-store-error.h"
#include "merit-xml-private.h"
#include "merit-xml.h"

static void
set_attr (xmlNode    *node,
          const char *name,
          const char *value)
{
  if (value != NULL)
    xmlNewProp (node, (const xmlChar *) name, (const xmlChar *) value);
}

static xmlNode *
add_element (xmlNode    *parent,
             const char *name)
{
  return xmlNewChild (parent, parent->ns, (const xmlChar *) name, NULL);
}

static xmlNode *
add_text_element (xmlNode    *parent,
                  const char *name,
                  const char *value)
{
  if (value == NULL)
    return NULL;
  return xmlNewTextChild (parent, parent->ns, (const xmlChar *) name, (const xmlChar *) value);
}

static void
add_text (xmlNode    *node,
          const char *value)
{
  if (value != NULL && *value != '\0')
    xmlNodeAddContent (node, (const xmlChar *) value);
}

static void
write_identity (xmlNode       *root,
                MeritIdentity *identity)
{
  xmlNode *node = add_element (root, "identity");
  const char * const *links = merit_identity_get_links (identity);

  add_text_element (node, "name", merit_identity_get_name (identity) != NULL
                                  ? merit_identity_get_name (identity) : "");
  add_text_element (node, "email", merit_identity_get_email (identity));
  add_text_element (node, "phone", merit_identity_get_phone (identity));
  add_text_element (node, "location", merit_identity_get_location (identity));
  add_text_element (node, "url", merit_identity_get_url (identity));
  for (guint i = 0; links != NULL && links[i] != NULL; i++)
    add_text_element (node, "link", links[i]);
  if (merit_identity_get_photo (identity) != NULL)
    set_attr (add_element (node, "photo"), "href", merit_identity_get_photo (identity));
}

static void
write_sealed (xmlNode            *root,
              MeritSealedSection *sealed)
{
  xmlNode *node = add_element (root, "sealed");
  const char * const *recipients = merit_sealed_section_get_recipients (sealed);

  set_attr (node, "section", merit_sealed_section_get_section (sealed));
  set_attr (node, "algorithm", merit_sealed_section_get_algorithm (sealed));
  set_attr (node, "nonce", merit_sealed_section_get_nonce (sealed));
  for (guint i = 0; recipients != NULL && recipients[i] != NULL; i++)
    {
      const char *colon = strchr (recipients[i], ':');
      g_autofree char *member = g_strndup (recipients[i],
                                           colon != NULL ? (gsize) (colon - recipients[i])
                                                         : strlen (recipients[i]));
      xmlNode *recipient = add_text_element (node, "recipient", colon != NULL ? colon + 1 : "");

      set_attr (recipient, "member", member);
    }
  add_text_element (node, "ciphertext", merit_sealed_section_get_ciphertext (sealed) != NULL
                                        ? merit_sealed_section_get_ciphertext (sealed) : "");
}

static void
write_self_identification (xmlNode                 *root,
                           MeritSelfIdentification *self_id)
{
  xmlNode *node = add_element (root, "self-identification");

  if (merit_self_identification_get_declined (self_id))
    set_attr (node, "declined", "true");
  add_text_element (node, "gender", merit_self_identification_get_gender (self_id));
  add_text_element (node, "ethnicity", merit_self_identification_get_ethnicity (self_id));
  add_text_element (node, "disability", merit_self_identification_get_disability (self_id));
  add_text_element (node, "veteran-status",
                    merit_self_identification_get_veteran_status (self_id));
}

static void
write_profile (xmlNode      *root,
               MeritProfile *profile)
{
  xmlNode *node = add_element (root, "profile");
  GListModel *entries = merit_profile_get_entries (profile);
  guint n = g_list_model_get_n_items (entries);

  add_text_element (node, "summary", merit_profile_get_summary (profile));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MeritProfileEntry) entry = g_list_model_get_item (entries, i);
      xmlNode *child = add_element (node, "entry");
      const char * const *keywords = merit_profile_entry_get_keywords (entry);

      set_attr (child, "kind",
                merit_profile_entry_kind_to_string (merit_profile_entry_get_kind (entry)));
      set_attr (child, "title", merit_profile_entry_get_title (entry));
      set_attr (child, "organization", merit_profile_entry_get_organization (entry));
      set_attr (child, "location", merit_profile_entry_get_location (entry));
      set_attr (child, "start", merit_profile_entry_get_start_date (entry));
      set_attr (child, "end", merit_profile_entry_get_end_date (entry));
      set_attr (child, "url", merit_profile_entry_get_url (entry));
      for (guint k = 0; keywords != NULL && keywords[k] != NULL; k++)
        add_text_element (child, "keyword", keywords[k]);
      add_text_element (child, "description", merit_profile_entry_get_description (entry));
    }
  add_text_element (node, "resume-text", merit_profile_get_resume_text (profile));
}

static void
write_role (xmlNode   *root,
            MeritRole *role)
{
  xmlNode *node = add_element (root, "role");

  set_attr (node, "title", merit_role_get_title (role) != NULL ? merit_role_get_title (role) : "");
  set_attr (node, "team", merit_role_get_team (role));
  set_attr (node, "level", merit_role_get_level (role));
}

static void
write_signature (xmlNode    *parent,
                 const char *key_id,
                 const char *signature)
{
  xmlNode *node;

  if (key_id == NULL || signature == NULL)
    return;
  node = add_text_element (parent, "signature", signature);
  set_attr (node, "key", key_id);
  set_attr (node, "algorithm", "ed25519");
}

static void
write_reviews (xmlNode    *root,
               GListModel *reviews)
{
  xmlNode *node = add_element (root, "reviews");
  guint n = g_list_model_get_n_items (reviews);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MeritReview) review = g_list_model_get_item (reviews, i);
      GListModel *scores = merit_review_get_scores (review);
      xmlNode *child = add_element (node, "review");
      guint n_scores = g_list_model_get_n_items (scores);

      set_attr (child, "id", merit_review_get_id (review));
      set_attr (child, "reviewer", merit_review_get_reviewer (review));
      set_attr (child, "state", merit_review_state_to_string (merit_review_get_state (review)));
      set_attr (child, "submitted", merit_review_get_submitted (review));
      set_attr (child, "amends", merit_review_get_amends (review));
      for (guint k = 0; k < n_scores; k++)
        {
          g_autoptr(MeritScore) score = g_list_model_get_item (scores, k);
          g_autofree char *value = g_strdup_printf ("%u", merit_score_get_value (score));
          xmlNode *score_node = add_element (child, "score");

          set_attr (score_node, "criterion", merit_score_get_criterion (score));
          set_attr (score_node, "value", value);
          add_text (score_node, merit_score_get_evidence (score));
        }
    }
}

static void
write_voting_rounds (xmlNode    *node,
                     GListModel *rounds)
{
  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(MeritVotingRound) round = g_list_model_get_item (rounds, i);
      g_autofree char *number = g_strdup_printf ("%u", merit_voting_round_get_number (round));
      const char * const *present = merit_voting_round_get_present (round);
      xmlNode *child = add_element (node, "round");

      set_attr (child, "number", number);
      set_attr (child, "by", merit_voting_round_get_opened_by (round));
      set_attr (child, "opened", merit_voting_round_get_opened_at (round));
      set_attr (child, "closed", merit_voting_round_get_closed_at (round));
      for (guint j = 0; present[j] != NULL; j++)
        set_attr (add_element (child, "present"), "member", present[j]);
    }
}

static void
write_committee (xmlNode        *root,
                 MeritCommittee *committee)
{
  xmlNode *node = add_element (root, "committee");
  GListModel *votes = merit_committee_get_votes (committee);
  guint n = g_list_model_get_n_items (votes);

  if (merit_committee_get_quorum (committee) > 0)
    {
      g_autofree char *quorum = g_strdup_printf ("%u", merit_committee_get_quorum (committee));

      set_attr (node, "quorum", quorum);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MeritVote) vote = g_list_model_get_item (votes, i);
      g_autofree char *round = g_strdup_printf ("%u", merit_vote_get_round (vote));
      xmlNode *child = add_element (node, "vote");

      set_attr (child, "member", merit_vote_get_member (vote));
      set_attr (child, "round", round);
      set_attr (child, "value", merit_vote_value_to_string (merit_vote_get_value (vote)));
      set_attr (child, "time", merit_vote_get_time (vote));
      add_text_element (child, "rationale", merit_vote_get_rationale (vote));
    }
  write_voting_rounds (node, merit_committee_get_rounds (committee));
  if (merit_committee_get_decision (committee) != MERIT_DECISION_VALUE_NONE)
    {
      xmlNode *child = add_element (node, "decision");

      set_attr (child, "value",
                merit_decision_value_to_string (merit_committee_get_decision (committee)));
      set_attr (child, "by", merit_committee_get_decided_by (committee));
      set_attr (child, "time", merit_committee_get_decided_at (committee));
      set_attr (child, "quorum-met",
                merit_committee_get_quorum_met (committee) ? "true" : "false");
      add_text_element (child, "rationale", merit_committee_get_rationale (committee));
    }
}

static void
write_offer (xmlNode    *root,
             MeritOffer *offer)
{
  xmlNode *node = add_element (root, "offer");

  set_attr (node, "level", merit_offer_get_level (offer));
  set_attr (node, "base", merit_offer_get_base (offer));
  set_attr (node, "currency", merit_offer_get_currency (offer));
  set_attr (node, "equity", merit_offer_get_equity (offer));
  set_attr (node, "bonus", merit_offer_get_bonus (offer));
  set_attr (node, "start", merit_offer_get_start_date (offer));
  add_text_element (node, "justification", merit_offer_get_justification (offer));
  add_text_element (node, "exception", merit_offer_get_exception (offer));
}

static void
write_approvals (xmlNode    *root,
                 GListModel *approvals)
{
  xmlNode *node = add_element (root, "approvals");
  guint n = g_list_model_get_n_items (approvals);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MeritApproval) approval = g_list_model_get_item (approvals, i);
      xmlNode *child = add_element (node, "approval");

      set_attr (child, "approver", merit_approval_get_approver (approval));
      set_attr (child, "decision",
                merit_approval_decision_to_string (merit_approval_get_decision (approval)));
      set_attr (child, "time", merit_approval_get_time (approval));
      set_attr (child, "digest", merit_approval_get_digest (approval));
      add_text_element (child, "comment", merit_approval_get_comment (approval));
      write_signature (child, merit_approval_get_key_id (approval),
                       merit_approval_get_signature (approval));
    }
}

static void
write_history (xmlNode    *root,
               GListModel *history)
{
  xmlNode *node = add_element (root, "history");
  guint n = g_list_model_get_n_items (history);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MeritHistoryEvent) event = g_list_model_get_item (history, i);
      g_autofree char *seq = g_strdup_printf ("%u", merit_history_event_get_seq (event));
      xmlNode *child = add_element (node, "event");

      set_attr (child, "seq", seq);
      set_attr (child, "time", merit_history_event_get_time (event));
      set_attr (child, "actor", merit_history_event_get_actor (event));
      set_attr (child, "action", merit_history_event_get_action (event));
      set_attr (child, "from", merit_history_event_get_from_stage (event));
      set_attr (child, "to", merit_history_event_get_to_stage (event));
      set_attr (child, "prev", merit_history_event_get_prev (event));
      set_attr (child, "hash", merit_history_event_get_hash (event));
      add_text_element (child, "detail", merit_history_event_get_detail (event));
      write_signature (child, merit_history_event_get_key_id (event),
                       merit_history_event_get_signature (event));
    }
}

/**
 * merit_package_build_doc:
 * @candidate: a package
 *
 * Builds the XML tree of @candidate in the fixed order of the schema.
 *
 * Returns: (transfer full): the document
 */
/* A document with the package element of @candidate and its attributes, nothing inside. */
static xmlDoc *
new_package_doc (MeritCandidate  *candidate,
                 xmlNode        **out_root)
{
  xmlDoc *doc = xmlNewDoc ((const xmlChar *) "1.0");
  xmlNode *root = xmlNewDocNode (doc, NULL, (const xmlChar *) "package", NULL);
  xmlNs *ns = xmlNewNs (root, (const xmlChar *) MERIT_XML_NS, NULL);
  g_autofree char *version = g_strdup_printf ("%u", merit_candidate_get_schema_version (candidate));

  xmlSetNs (root, ns);
  xmlDocSetRootElement (doc, root);
  set_attr (root, "schema-version", version);
  set_attr (root, "id", merit_candidate_get_id (candidate));
  set_attr (root, "pseudonym", merit_candidate_get_pseudonym (candidate));
  set_attr (root, "stage", merit_stage_to_string (merit_candidate_get_stage (candidate)));
  set_attr (root, "stage-since", merit_candidate_get_stage_since (candidate));
  set_attr (root, "created", merit_candidate_get_created (candidate));
  *out_root = root;
  return doc;
}

/**
 * merit_package_build_section_doc:
 * @candidate: a package
 * @section: "identity" or "self-identification"
 *
 * Builds a package element holding only @section of @candidate, in the clear, as
 * merit_package_build_doc() would write it; for sealing.
 *
 * Returns: (transfer full) (nullable): the document; %NULL when @candidate has no such section
 */
xmlDoc *
merit_package_build_section_doc (MeritCandidate *candidate,
                                 const char     *section)
{
  xmlNode *root = NULL;
  xmlDoc *doc;

  if (g_strcmp0 (section, "identity") == 0 && merit_candidate_get_identity (candidate) != NULL)
    {
      doc = new_package_doc (candidate, &root);
      write_identity (root, merit_candidate_get_identity (candidate));
      return doc;
    }
  if (g_strcmp0 (section, "self-identification") == 0
      && merit_candidate_get_self_identification (candidate) != NULL)
    {
      doc = new_package_doc (candidate, &root);
      write_self_identification (root, merit_candidate_get_self_identification (candidate));
      return doc;
    }
  return NULL;
}

xmlDoc *
merit_package_build_doc (MeritCandidate *candidate)
{
  xmlNode *root = NULL;
  xmlDoc *doc = new_package_doc (candidate, &root);

  if (merit_candidate_get_sealed_identity (candidate) != NULL)
    write_sealed (root, merit_candidate_get_sealed_identity (candidate));
  else if (merit_candidate_get_identity (candidate) != NULL)
    write_identity (root, merit_candidate_get_identity (candidate));
  else
    add_text_element (add_element (root, "identity"), "name", "");
  if (merit_candidate_get_sealed_self_identification (candidate) != NULL)
    write_sealed (root, merit_candidate_get_sealed_self_identification (candidate));
  else if (merit_candidate_get_self_identification (candidate) != NULL)
    write_self_identification (root, merit_candidate_get_self_identification (candidate));
  write_profile (root, merit_candidate_get_profile (candidate));
  write_role (root, merit_candidate_get_role (candidate));
  write_reviews (root, merit_candidate_get_reviews (candidate));
  write_committee (root, merit_candidate_get_committee (candidate));
  if (merit_candidate_get_offer (candidate) != NULL)
    write_offer (root, merit_candidate_get_offer (candidate));
  write_approvals (root, merit_candidate_get_approvals (candidate));
  write_history (root, merit_candidate_get_history (candidate));
  return doc;
}

/* Text that XML 1.0 cannot carry: C0 controls other than tab, newline and carriage return. */
static gboolean
find_unwritable_text (xmlNode      *node,
                      const char  **what)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type == XML_TEXT_NODE && node->content != NULL)
        {
          for (const guchar *p = node->content; *p != '\0'; p++)
            if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
              {
                *what = node->parent != NULL ? (const char *) node->parent->name : "text";
                return TRUE;
              }
        }
      if (node->type == XML_ELEMENT_NODE)
        {
          if (find_unwritable_text ((xmlNode *) node->properties, what))
            return TRUE;
          if (find_unwritable_text (node->children, what))
            return TRUE;
        }
      if (node->type == XML_ATTRIBUTE_NODE && find_unwritable_text (node->children, what))
        {
          *what = (const char *) node->name;
          return TRUE;
        }
    }
  return FALSE;
}

/* Serializes @candidate; with @check, reads the result back as a load would. */
static GBytes *
serialize (MeritCandidate  *candidate,
           gboolean         check,
           GError         **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(MeritCandidate) reread = NULL;
  g_autofree char *display_name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *what = NULL;
  xmlChar *buffer = NULL;
  int size = 0;

  g_return_val_if_fail (MERIT_IS_CANDIDATE (candidate), NULL);

  merit_xml_init ();
  display_name = g_strdup_printf ("%s.xml", merit_candidate_get_id (candidate));
  doc = merit_package_build_doc (candidate);
  if (find_unwritable_text (doc->children, &what))
    {
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_INVALID,
                   _("%s: the %s text contains a control character that cannot be saved"),
                   display_name, what);
      return NULL;
    }
  xmlDocDumpFormatMemoryEnc (doc, &buffer, &size, "UTF-8", 1);
  if (buffer == NULL || size <= 0)
    {
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_IO,
                   _("%s: out of memory while serializing"), display_name);
      return NULL;
    }
  bytes = g_bytes_new (buffer, (gsize) size);
  xmlFree (buffer);

  if (!check)
    return g_steal_pointer (&bytes);
  reread = merit_package_read_bytes (bytes, display_name, merit_candidate_get_id (candidate),
                                     error);
  if (reread == NULL)
    return NULL;
  return g_steal_pointer (&bytes);
}

/**
 * merit_package_serialize:
 * @candidate: a package
 * @error: return location for an error
 *
 * Serializes @candidate and checks the result exactly as a load would (schema and rules), so
 * nothing invalid ever reaches the disk.
 *
 * Returns: (transfer full): the file content, or %NULL with @error set
 */
GBytes *
merit_package_serialize (MeritCandidate  *candidate,
                         GError         **error)
{
  return serialize (candidate, TRUE, error);
}

/**
 * merit_package_serialize_unchecked:
 * @candidate: a package made by Merit itself (the demo), never one edited or imported
 * @error: return location for an error
 *
 * Serializes @candidate without reading the result back.  Only for generated packages whose
 * writer is checked on a sample of them; every save of a real package uses
 * merit_package_serialize().
 *
 * Returns: (transfer full): the file content, or %NULL with @error set
 */
GBytes *
merit_package_serialize_unchecked (MeritCandidate  *candidate,
                                   GError         **error)
{
  return serialize (candidate, FALSE, error);
}
