/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-seal.c: identity and self-identification encrypted to the chair's and CEO's keys.
 *
 * A sealed section holds the section's own XML (<identity xmlns="urn:merit:1">…), encrypted
 * with XChaCha20-Poly1305 (crypto_aead_xchacha20poly1305_ietf) under a random content key.
 * The associated data binds it to its package and section, so a sealed block cannot be moved
 * to another package.  The content key is sealed (crypto_box_seal) to each recipient's X25519
 * key, derived from their Ed25519 roster key.  A reviewer's copy of the file holds only
 * ciphertext; the approval digest covers the sealed form, so verifying needs no private key.
 *
 * Opening a section puts it back into the package in memory only: the file keeps the sealed
 * form, byte for byte.  The plaintext is untrusted input (anyone can seal to a public key), so
 * it goes through the same safe parser and schema as a package.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <sodium.h>

#include "merit-blind.h"
#include "merit-candidate-private.h"
#include "merit-keys.h"
#include "merit-model.h"
#include "merit-package-reader.h"
#include "merit-package-writer.h"
#include "merit-seal.h"
#include "merit-store-error.h"
#include "merit-xml-private.h"
#include "merit-xml.h"

#define ALGORITHM "xchacha20poly1305-ietf"
#define CONTENT_KEY_BYTES crypto_aead_xchacha20poly1305_ietf_KEYBYTES

static char *
encode (const guint8 *data,
        gsize         length)
{
  gsize size = sodium_base64_encoded_len (length, sodium_base64_VARIANT_ORIGINAL);
  char *out = g_malloc (size);

  sodium_bin2base64 (out, size, data, length, sodium_base64_VARIANT_ORIGINAL);
  return out;
}

/* Decodes base64 into a new buffer; %NULL if it is not base64. */
static guint8 *
decode (const char *text,
        gsize      *out_length)
{
  gsize capacity = text != NULL ? strlen (text) : 0;
  guint8 *out = g_malloc (capacity + 1);
  size_t length = 0;

  if (text == NULL || sodium_base642bin (out, capacity + 1, text, capacity, NULL, &length, NULL,
                                         sodium_base64_VARIANT_ORIGINAL) != 0)
    {
      g_free (out);
      return NULL;
    }
  *out_length = length;
  return out;
}

static GString *
associated_data (MeritCandidate *candidate,
                 const char     *section)
{
  GString *ad = g_string_new ("merit-sealed-v1\n");

  g_string_append_printf (ad, "%zu:%s\n", strlen (merit_candidate_get_id (candidate)),
                          merit_candidate_get_id (candidate));
  g_string_append_printf (ad, "%zu:%s\n", strlen (section), section);
  return ad;
}

/**
 * merit_seal_dup_recipients:
 * @workspace: a workspace
 *
 * Returns: (transfer full): the ids of the members who may see identity: every chair and CEO
 *   with a key
 */
GStrv
merit_seal_dup_recipients (MeritWorkspace *workspace)
{
  MeritRoster *roster = merit_workspace_get_roster (workspace);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (roster)); i++)
    {
      g_autoptr(MeritMember) member = g_list_model_get_item (G_LIST_MODEL (roster), i);

      if (merit_member_get_public_key (member) != NULL
          && (merit_member_has_role (member, MERIT_ROLE_CHAIR)
              || merit_member_has_role (member, MERIT_ROLE_CEO)))
        g_strv_builder_add (builder, merit_member_get_id (member));
    }
  return g_strv_builder_end (builder);
}

/* The section's XML as its own document, to be encrypted; wiped and freed by the caller. */
static xmlChar *
section_plaintext (MeritCandidate *candidate,
                   const char     *section,
                   int            *out_length)
{
  g_autoptr(xmlDoc) doc = merit_package_build_section_doc (candidate, section);
  g_autoptr(xmlDoc) part = NULL;
  xmlChar *out = NULL;

  if (doc == NULL)
    return NULL;
  part = xmlNewDoc ((const xmlChar *) "1.0");
  for (xmlNode *child = xmlDocGetRootElement (doc)->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && g_strcmp0 ((const char *) child->name, section) == 0)
      {
        xmlNode *copy = xmlDocCopyNode (child, part, 1);

        xmlDocSetRootElement (part, copy);
        xmlReconciliateNs (part, copy);
        break;
      }
  if (xmlDocGetRootElement (part) == NULL)
    return NULL;
  xmlDocDumpMemoryEnc (part, &out, out_length, "UTF-8");
  return out;
}

/* The X25519 public key of each roster key sealed to, derived once per process: the
 * conversion from Ed25519 costs about as much as sealing itself.  Public keys only. */
static GMutex curve_keys_lock;
static GHashTable *curve_keys;  /* base64 Ed25519 public key → crypto_box_PUBLICKEYBYTES */

static gboolean
curve_public_key (const char *public_key,
                  guint8     *out_curve)
{
  guint8 ed_public[MERIT_KEY_PUBLIC_BYTES];
  const guint8 *cached;
  gboolean ok;

  if (public_key == NULL)
    return FALSE;
  g_mutex_lock (&curve_keys_lock);
  cached = curve_keys != NULL ? g_hash_table_lookup (curve_keys, public_key) : NULL;
  if (cached != NULL)
    memcpy (out_curve, cached, crypto_box_PUBLICKEYBYTES);
  g_mutex_unlock (&curve_keys_lock);
  if (cached != NULL)
    return TRUE;

  ok = merit_key_decode_public (public_key, ed_public)
       && crypto_sign_ed25519_pk_to_curve25519 (out_curve, ed_public) == 0;
  if (!ok)
    return FALSE;
  g_mutex_lock (&curve_keys_lock);
  if (curve_keys == NULL)
    curve_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_replace (curve_keys, g_strdup (public_key),
                        g_memdup2 (out_curve, crypto_box_PUBLICKEYBYTES));
  g_mutex_unlock (&curve_keys_lock);
  return TRUE;
}

static MeritSealedSection *
seal_bytes (MeritWorkspace  *workspace,
            MeritCandidate  *candidate,
            const char      *section,
            const guint8    *plaintext,
            gsize            length,
            GError         **error)
{
  g_auto(GStrv) members = merit_seal_dup_recipients (workspace);
  MeritRoster *roster = merit_workspace_get_roster (workspace);
  g_autoptr(MeritSealedSection) sealed = merit_sealed_section_new ();
  g_autoptr(GPtrArray) recipients = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) ad = associated_data (candidate, section);
  guint8 nonce[crypto_aead_xchacha20poly1305_ietf_NPUBBYTES];
  g_autofree guint8 *ciphertext = NULL;
  g_autofree char *nonce_text = NULL;
  g_autofree char *ciphertext_text = NULL;
  unsigned long long ciphertext_length = 0;
  /* A fresh key for every section, wiped as soon as it is sealed to each recipient.  On the
   * stack, not in sodium_malloc() memory: that costs four system calls per call, and a demo
   * seals every package. */
  guint8 key[CONTENT_KEY_BYTES];

  merit_trust_init ();
  if (members[0] == NULL)
    {
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_KEY,
                   _("no chair or CEO has a key, so there is no one to seal the %s of %s to"),
                   section, merit_candidate_get_pseudonym (candidate));
      return NULL;
    }
  crypto_aead_xchacha20poly1305_ietf_keygen (key);
  randombytes_buf (nonce, sizeof nonce);
  ciphertext = g_malloc (length + crypto_aead_xchacha20poly1305_ietf_ABYTES);
  crypto_aead_xchacha20poly1305_ietf_encrypt (ciphertext, &ciphertext_length, plaintext, length,
                                              (const guint8 *) ad->str, ad->len, NULL, nonce,
                                              key);
  for (guint i = 0; members[i] != NULL; i++)
    {
      MeritMember *member = merit_roster_lookup (roster, members[i]);
      guint8 curve_public[crypto_box_PUBLICKEYBYTES];
      guint8 boxed[crypto_box_SEALBYTES + CONTENT_KEY_BYTES];
      g_autofree char *boxed_text = NULL;

      if (!curve_public_key (merit_member_get_public_key (member), curve_public))
        continue;
      crypto_box_seal (boxed, key, CONTENT_KEY_BYTES, curve_public);
      boxed_text = encode (boxed, sizeof boxed);
      g_ptr_array_add (recipients, g_strdup_printf ("%s:%s", members[i], boxed_text));
    }
  sodium_memzero (key, sizeof key);
  g_ptr_array_add (recipients, NULL);

  nonce_text = encode (nonce, sizeof nonce);
  ciphertext_text = encode (ciphertext, (gsize) ciphertext_length);
  merit_sealed_section_set_section (sealed, section);
  merit_sealed_section_set_algorithm (sealed, ALGORITHM);
  merit_sealed_section_set_nonce (sealed, nonce_text);
  merit_sealed_section_set_ciphertext (sealed, ciphertext_text);
  merit_sealed_section_set_recipients (sealed, (const char * const *) recipients->pdata);
  return g_steal_pointer (&sealed);
}

/* A sealed section remembers (in memory) the SHA-256 of the clear form it was sealed from or
 * opened to, so that a save can tell whether the clear section was edited since. */
#define CLEAR_DIGEST_KEY "merit-clear-digest"

static void
remember_clear (MeritSealedSection *sealed,
                const guint8       *plaintext,
                gsize               length)
{
  g_object_set_data_full (G_OBJECT (sealed), CLEAR_DIGEST_KEY,
                          g_compute_checksum_for_data (G_CHECKSUM_SHA256, plaintext, length),
                          g_free);
}

/* The SHA-256 of the clear @section of @candidate as it would be sealed; %NULL if none. */
static char *
dup_clear_digest (MeritCandidate *candidate,
                  const char     *section)
{
  char *digest;
  xmlChar *plaintext;
  int length = 0;

  plaintext = section_plaintext (candidate, section, &length);
  if (plaintext == NULL)
    return NULL;
  digest = g_compute_checksum_for_data (G_CHECKSUM_SHA256, plaintext, (gsize) length);
  sodium_memzero (plaintext, (gsize) length);
  xmlFree (plaintext);
  return digest;
}

/* Whether the clear @section of @candidate changed since @sealed was sealed from it or opened
 * to it in this process; only such a section can have been edited here. */
static gboolean
edited_since_sealed (MeritCandidate     *candidate,
                     MeritSealedSection *sealed,
                     const char         *section)
{
  const char *known = sealed != NULL ? g_object_get_data (G_OBJECT (sealed), CLEAR_DIGEST_KEY)
                                     : NULL;
  g_autofree char *digest = NULL;

  if (known == NULL)
    return FALSE;
  digest = dup_clear_digest (candidate, section);
  return digest == NULL || g_strcmp0 (known, digest) != 0;
}

static MeritSealedSection *
seal_section (MeritWorkspace  *workspace,
              MeritCandidate  *candidate,
              const char      *section,
              GError         **error)
{
  MeritSealedSection *sealed;
  xmlChar *plaintext;
  int length = 0;

  plaintext = section_plaintext (candidate, section, &length);
  if (plaintext == NULL)
    return NULL;
  sealed = seal_bytes (workspace, candidate, section, plaintext, (gsize) length, error);
  if (sealed != NULL)
    remember_clear (sealed, plaintext, (gsize) length);
  sodium_memzero (plaintext, (gsize) length);
  xmlFree (plaintext);
  return sealed;
}

/**
 * merit_seal_candidate:
 * @workspace: the workspace, whose chairs and CEOs with keys receive the sections
 * @candidate: a package with its identity (and self-identification) in the clear
 * @actor: the member sealing, named by the "sealed" event
 * @time: (nullable): the event's time; %NULL for now
 * @error: return location for an error
 *
 * Seals the identity and self-identification of @candidate that are not sealed yet, and
 * records the sealed forms in a "sealed" history event (merit_seal_record()).  Sealing the
 * identity also redacts the profile with it, for good.  The package keeps the clear sections
 * in memory for this process; its file will hold only the sealed form.
 *
 * Returns: %TRUE on success
 */
gboolean
merit_seal_candidate (MeritWorkspace  *workspace,
                      MeritCandidate  *candidate,
                      const char      *actor,
                      const char      *time,
                      GError         **error)
{
  g_autoptr(MeritSealedSection) identity = NULL;
  g_autoptr(MeritSealedSection) self_id = NULL;
  g_autoptr(GError) local_error = NULL;

  if (merit_candidate_get_identity (candidate) != NULL
      && merit_candidate_get_sealed_identity (candidate) == NULL)
    {
      /* Anyone may read the profile, but only the chair and the CEO can open the identity
       * that names what to take out of it: the file keeps the redacted profile only, as
       * every reviewer sees it. */
      if (merit_candidate_get_profile (candidate) != NULL)
        {
          g_autoptr(MeritProfile) blind =
            merit_blind_dup_profile (merit_candidate_get_profile (candidate),
                                     merit_candidate_get_identity (candidate),
                                     MERIT_REDACT_FLAGS_NONE);

          merit_candidate_set_profile (candidate, blind);
        }
      identity = seal_section (workspace, candidate, "identity", &local_error);
      if (identity == NULL && local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }
  if (merit_candidate_get_self_identification (candidate) != NULL
      && merit_candidate_get_sealed_self_identification (candidate) == NULL)
    {
      self_id = seal_section (workspace, candidate, "self-identification", &local_error);
      if (self_id == NULL && local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }
  if (identity != NULL)
    merit_candidate_set_sealed_identity (candidate, identity);
  if (self_id != NULL)
    merit_candidate_set_sealed_self_identification (candidate, self_id);
  if (identity != NULL || self_id != NULL)
    merit_seal_record (candidate, actor, time);
  return TRUE;
}

static const char *
find_recipient (MeritSealedSection *sealed,
                const char         *member_id)
{
  const char * const *recipients = merit_sealed_section_get_recipients (sealed);
  gsize length = strlen (member_id);

  for (guint i = 0; recipients != NULL && recipients[i] != NULL; i++)
    if (strncmp (recipients[i], member_id, length) == 0 && recipients[i][length] == ':')
      return recipients[i] + length + 1;
  return NULL;
}

/**
 * merit_seal_can_open:
 * @candidate: a package
 * @member_id: (nullable): a member id
 *
 * Returns: %TRUE if the sealed identity of @candidate has a copy of its key for @member_id
 */
gboolean
merit_seal_can_open (MeritCandidate *candidate,
                     const char     *member_id)
{
  MeritSealedSection *sealed = merit_candidate_get_sealed_identity (candidate);

  return sealed != NULL && member_id != NULL && find_recipient (sealed, member_id) != NULL;
}

/* Decrypts @sealed for @member into a newly allocated plaintext (sodium_malloc). */
static guint8 *
open_bytes (MeritWorkspace      *workspace,
            MeritCandidate      *candidate,
            MeritSealedSection  *sealed,
            const char          *member_id,
            gsize               *out_length,
            GError             **error)
{
  MeritMember *member = merit_roster_lookup (merit_workspace_get_roster (workspace), member_id);
  const char *section = merit_sealed_section_get_section (sealed);
  const char *boxed_text = find_recipient (sealed, member_id);
  g_autoptr(GString) ad = associated_data (candidate, section);
  g_autofree guint8 *boxed = NULL;
  g_autofree guint8 *nonce = NULL;
  g_autofree guint8 *ciphertext = NULL;
  guint8 curve_public[crypto_box_PUBLICKEYBYTES];
  guint8 *curve_secret = NULL;
  guint8 *key = NULL;
  guint8 *plaintext = NULL;
  unsigned long long plaintext_length = 0;
  gsize boxed_length = 0;
  gsize nonce_length = 0;
  gsize ciphertext_length = 0;
  int status = -1;

  merit_trust_init ();
  if (boxed_text == NULL || member == NULL)
    {
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_KEY,
                   _("the %s of %s is not sealed to %s"), section,
                   merit_candidate_get_pseudonym (candidate), member_id);
      return NULL;
    }
  boxed = decode (boxed_text, &boxed_length);
  nonce = decode (merit_sealed_section_get_nonce (sealed), &nonce_length);
  ciphertext = decode (merit_sealed_section_get_ciphertext (sealed), &ciphertext_length);
  if (boxed == NULL || nonce == NULL || ciphertext == NULL
      || boxed_length != crypto_box_SEALBYTES + CONTENT_KEY_BYTES
      || nonce_length != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
      || ciphertext_length < crypto_aead_xchacha20poly1305_ietf_ABYTES
      || g_strcmp0 (merit_sealed_section_get_algorithm (sealed), ALGORITHM) != 0
      || !curve_public_key (merit_member_get_public_key (member), curve_public))
    {
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_INVALID,
                   _("the sealed %s of %s is damaged"), section,
                   merit_candidate_get_pseudonym (candidate));
      return NULL;
    }
  curve_secret = sodium_malloc (crypto_box_SECRETKEYBYTES);
  if (!merit_key_box_secret (merit_member_get_public_key (member), curve_secret, error))
    {
      sodium_free (curve_secret);
      return NULL;
    }
  key = sodium_malloc (CONTENT_KEY_BYTES);
  if (crypto_box_seal_open (key, boxed, boxed_length, curve_public, curve_secret) == 0)
    {
      plaintext = sodium_malloc (ciphertext_length);
      status = crypto_aead_xchacha20poly1305_ietf_decrypt (plaintext, &plaintext_length, NULL,
                                                           ciphertext, ciphertext_length,
                                                           (const guint8 *) ad->str, ad->len,
                                                           nonce, key);
    }
  sodium_free (curve_secret);
  sodium_free (key);
  if (status != 0)
    {
      if (plaintext != NULL)
        sodium_free (plaintext);
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_INVALID,
                   _("the sealed %s of %s does not open with %s’s key: it was altered or "
                     "sealed for another package"),
                   section, merit_candidate_get_pseudonym (candidate), member_id);
      return NULL;
    }
  *out_length = (gsize) plaintext_length;
  return plaintext;
}

/* Puts the opened sections of @opened into @candidate without marking them as edits. */
static void
take_opened (MeritCandidate *candidate,
             MeritCandidate *opened)
{
  gboolean was_loading = _merit_candidate_get_loading (candidate);
  gboolean modified = merit_candidate_get_modified (candidate);

  _merit_candidate_set_loading (candidate, TRUE);
  if (merit_candidate_get_identity (opened) != NULL)
    merit_candidate_set_identity (candidate, merit_candidate_get_identity (opened));
  if (merit_candidate_get_self_identification (opened) != NULL)
    merit_candidate_set_self_identification (candidate,
                                             merit_candidate_get_self_identification (opened));
  _merit_candidate_set_loading (candidate, was_loading);
  if (!modified)
    merit_candidate_mark_saved (candidate);
}

/**
 * merit_seal_open:
 * @workspace: the workspace
 * @candidate: a package with sealed sections
 * @member_id: the member whose private key opens them
 * @error: return location for an error: not sealed to the member, no key here, or altered
 *
 * Decrypts the sealed identity and self-identification of @candidate with @member_id's key
 * and puts them into the package in memory.  The file keeps its sealed form.
 *
 * Returns: %TRUE if every sealed section sealed to @member_id is open
 */
gboolean
merit_seal_open (MeritWorkspace  *workspace,
                 MeritCandidate  *candidate,
                 const char      *member_id,
                 GError         **error)
{
  MeritSealedSection *sections[] = {
    merit_candidate_get_sealed_identity (candidate),
    merit_candidate_get_sealed_self_identification (candidate),
  };
  g_autoptr(xmlDoc) doc = merit_package_build_doc (candidate);
  g_autoptr(MeritCandidate) opened = NULL;
  g_autofree char *display_name = g_strdup_printf ("%s (sealed)", merit_candidate_get_id (candidate));

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autoptr(xmlDoc) part = NULL;
      const char *section;
      guint8 *plaintext;
      gsize length = 0;
      xmlNode *root;

      if (sections[i] == NULL)
        continue;
      section = merit_sealed_section_get_section (sections[i]);
      plaintext = open_bytes (workspace, candidate, sections[i], member_id, &length, error);
      if (plaintext == NULL)
        return FALSE;
      part = merit_xml_parse (display_name, (const char *) plaintext, length, error);
      sodium_free (plaintext);
      if (part == NULL)
        return FALSE;
      root = xmlDocGetRootElement (part);
      if (root == NULL || g_strcmp0 ((const char *) root->name, section) != 0)
        {
          g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_INVALID,
                       _("the sealed %s of %s holds something else"), section,
                       merit_candidate_get_pseudonym (candidate));
          return FALSE;
        }
      /* Put the opened section where the sealed one was, then read it as a whole package. */
      for (xmlNode *child = xmlDocGetRootElement (doc)->children; child != NULL;
           child = child->next)
        {
          g_autoptr(MeritXmlString) which = NULL;

          if (child->type != XML_ELEMENT_NODE || g_strcmp0 ((const char *) child->name, "sealed"))
            continue;
          which = xmlGetNoNsProp (child, (const xmlChar *) "section");
          if (g_strcmp0 ((const char *) which, section) == 0)
            {
              xmlNode *copy = xmlDocCopyNode (root, doc, 1);

              xmlReplaceNode (child, copy);
              xmlFreeNode (child);
              xmlReconciliateNs (doc, copy);
              break;
            }
        }
    }
  if (!merit_xml_validate (doc, MERIT_SCHEMA_PACKAGE, display_name, error))
    return FALSE;
  opened = merit_package_read_doc (doc, display_name, NULL, error);
  if (opened == NULL)
    return FALSE;
  take_opened (candidate, opened);
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (sections[i] != NULL)
      g_object_set_data_full (G_OBJECT (sections[i]), CLEAR_DIGEST_KEY,
                              dup_clear_digest (candidate,
                                                merit_sealed_section_get_section (sections[i])),
                              g_free);
  return TRUE;
}

/**
 * merit_seal_refresh:
 * @workspace: the workspace, whose chairs and CEOs with keys receive the sections
 * @candidate: a package about to be saved
 * @actor: the member saving
 * @error: return location for an error
 *
 * Before a save: where a chair or the CEO has a key, seals every clear section that is not
 * sealed yet, and seals again a section edited since it was sealed or opened, so that identity
 * never reaches the disk in the clear.  A section removed after it was opened leaves its
 * sealed form too.  Sealing needs only the recipients' public keys.
 *
 * Returns: %TRUE on success, also when there was nothing to do
 */
gboolean
merit_seal_refresh (MeritWorkspace  *workspace,
                    MeritCandidate  *candidate,
                    const char      *actor,
                    GError         **error)
{
  g_auto(GStrv) recipients = merit_seal_dup_recipients (workspace);
  gboolean dropped = FALSE;
  guint n_events;

  if (recipients[0] == NULL)
    return TRUE;
  if (edited_since_sealed (candidate, merit_candidate_get_sealed_identity (candidate),
                           "identity"))
    {
      merit_candidate_set_sealed_identity (candidate, NULL);
      dropped = TRUE;
    }
  if (edited_since_sealed (candidate,
                           merit_candidate_get_sealed_self_identification (candidate),
                           "self-identification"))
    {
      merit_candidate_set_sealed_self_identification (candidate, NULL);
      dropped = TRUE;
    }
  n_events = g_list_model_get_n_items (merit_candidate_get_history (candidate));
  if (!merit_seal_candidate (workspace, candidate, actor, NULL, error))
    return FALSE;
  /* Nothing sealed anew, but a section went: the record says what is sealed now. */
  if (dropped && g_list_model_get_n_items (merit_candidate_get_history (candidate)) == n_events)
    merit_seal_record (candidate, actor, NULL);
  return TRUE;
}

/**
 * merit_seal_reseal:
 * @workspace: the workspace
 * @candidate: a package with a sealed identity
 * @member_id: a member who can open it
 * @error: return location for an error
 *
 * Seals the identity and self-identification again, to whoever may see them now (every chair
 * and CEO with a key), when that is not whom they are sealed to.
 *
 * Returns: %TRUE on success, also when nothing needed to change
 */
gboolean
merit_seal_reseal (MeritWorkspace  *workspace,
                   MeritCandidate  *candidate,
                   const char      *member_id,
                   GError         **error)
{
  g_auto(GStrv) now = merit_seal_dup_recipients (workspace);
  MeritSealedSection *sealed = merit_candidate_get_sealed_identity (candidate);
  const char * const *current;
  gboolean same = TRUE;
  guint n = 0;

  if (sealed == NULL)
    return TRUE;
  current = merit_sealed_section_get_recipients (sealed);
  for (; current != NULL && current[n] != NULL; n++)
    ;
  same = n == g_strv_length (now);
  for (guint i = 0; same && now[i] != NULL; i++)
    same = find_recipient (sealed, now[i]) != NULL;
  if (same)
    return TRUE;

  if (merit_candidate_get_identity (candidate) == NULL
      && !merit_seal_open (workspace, candidate, member_id, error))
    return FALSE;
  merit_candidate_set_sealed_identity (candidate, NULL);
  merit_candidate_set_sealed_self_identification (candidate, NULL);
  return merit_seal_candidate (workspace, candidate, member_id, NULL, error);
}

/* The record of sealed sections
 *
 * Only a chair or the CEO can open a sealed section, so no one else could tell a damaged or
 * swapped ciphertext from a good one.  Every time sections are sealed, a "sealed" history
 * event records the SHA-256 of each sealed form the package then holds, for example
 * "identity 3f…; self-identification 9a…".  The event is hash-chained and signed by whoever
 * sealed, like every other event, so anyone can check the sealed bytes without a private key:
 * the sealed forms in the file must be exactly those the last "sealed" event names. */

#define SEALED_ACTION "sealed"

/**
 * merit_seal_dup_digest:
 * @candidate: the package @sealed belongs to
 * @sealed: a sealed section
 *
 * Returns: (transfer full): the lowercase hex SHA-256 of the sealed form: package, section,
 *   algorithm, nonce, every recipient's sealed key and the ciphertext
 */
char *
merit_seal_dup_digest (MeritCandidate     *candidate,
                       MeritSealedSection *sealed)
{
  const char * const *recipients = merit_sealed_section_get_recipients (sealed);
  const char *fields[] = {
    merit_candidate_get_id (candidate),
    merit_sealed_section_get_section (sealed),
    merit_sealed_section_get_algorithm (sealed),
    merit_sealed_section_get_nonce (sealed),
    merit_sealed_section_get_ciphertext (sealed),
  };
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GString) statement = g_string_new ("merit-sealed-record-v1\n");

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_string_append_printf (statement, "%zu:%s\n", strlen (fields[i] != NULL ? fields[i] : ""),
                            fields[i] != NULL ? fields[i] : "");
  for (guint i = 0; recipients != NULL && recipients[i] != NULL; i++)
    g_string_append_printf (statement, "%zu:%s\n", strlen (recipients[i]), recipients[i]);
  g_checksum_update (checksum, (const guchar *) statement->str, (gssize) statement->len);
  return g_strdup (g_checksum_get_string (checksum));
}

static GString *
record_detail (MeritCandidate *candidate)
{
  MeritSealedSection *sections[] = {
    merit_candidate_get_sealed_identity (candidate),
    merit_candidate_get_sealed_self_identification (candidate),
  };
  GString *detail = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autofree char *digest = NULL;

      if (sections[i] == NULL)
        continue;
      digest = merit_seal_dup_digest (candidate, sections[i]);
      g_string_append_printf (detail, "%s%s %s", detail->len > 0 ? "; " : "",
                              merit_sealed_section_get_section (sections[i]), digest);
    }
  return detail;
}

/**
 * merit_seal_record:
 * @candidate: a package
 * @actor: the member who sealed
 * @time: (nullable): the event's time; %NULL for now
 *
 * Appends a "sealed" history event naming the digest of every sealed section @candidate
 * holds now (merit_seal_dup_digest()); an empty detail when it holds none any more.
 */
void
merit_seal_record (MeritCandidate *candidate,
                   const char     *actor,
                   const char     *time)
{
  g_autoptr(GString) detail = record_detail (candidate);

  merit_candidate_append_event (candidate, actor, SEALED_ACTION, NULL, NULL,
                                detail->len > 0 ? detail->str : NULL, time);
}

/**
 * merit_seal_check_record:
 * @candidate: a package
 * @problems: (element-type utf8): where to add one line per problem
 *
 * Checks that the sealed sections of @candidate are exactly those its last "sealed" event
 * recorded: a changed byte of a nonce, a recipient's key or a ciphertext, a section moved in
 * from another package or removed, are each named.
 *
 * Returns: %TRUE if nothing is wrong
 */
gboolean
merit_seal_check_record (MeritCandidate *candidate,
                         GPtrArray      *problems)
{
  GListModel *history = merit_candidate_get_history (candidate);
  MeritSealedSection *sections[] = {
    merit_candidate_get_sealed_identity (candidate),
    merit_candidate_get_sealed_self_identification (candidate),
  };
  static const char *names[] = { "identity", "self-identification" };
  g_autoptr(MeritHistoryEvent) record = NULL;
  g_auto(GStrv) parts = NULL;
  const char *id = merit_candidate_get_id (candidate);
  guint before = problems->len;

  for (guint i = g_list_model_get_n_items (history); record == NULL && i > 0; i--)
    {
      g_autoptr(MeritHistoryEvent) event = g_list_model_get_item (history, i - 1);

      if (g_strcmp0 (merit_history_event_get_action (event), SEALED_ACTION) == 0)
        record = g_steal_pointer (&event);
    }
  if (record == NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
        if (sections[i] != NULL)
          g_ptr_array_add (problems,
                           g_strdup_printf (_("%s: the sealed %s is not recorded in the history: "
                                              "no “sealed” event names it"), id, names[i]));
      return problems->len == before;
    }

  parts = g_strsplit (merit_history_event_get_detail (record) != NULL
                      ? merit_history_event_get_detail (record) : "", "; ", -1);
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autofree char *prefix = g_strconcat (names[i], " ", NULL);
      const char *recorded = NULL;
      g_autofree char *digest = NULL;

      for (guint k = 0; parts[k] != NULL && recorded == NULL; k++)
        if (g_str_has_prefix (parts[k], prefix))
          recorded = parts[k] + strlen (prefix);
      if (sections[i] == NULL && recorded == NULL)
        continue;
      if (sections[i] == NULL)
        {
          g_ptr_array_add (problems,
                           g_strdup_printf (_("%s: event %u sealed the %s, but the package no "
                                              "longer holds it sealed"),
                                            id, merit_history_event_get_seq (record), names[i]));
          continue;
        }
      if (recorded == NULL)
        {
          g_ptr_array_add (problems,
                           g_strdup_printf (_("%s: the sealed %s is not the one event %u "
                                              "recorded: it was added afterwards"),
                                            id, names[i], merit_history_event_get_seq (record)));
          continue;
        }
      digest = merit_seal_dup_digest (candidate, sections[i]);
      if (g_strcmp0 (digest, recorded) != 0)
        g_ptr_array_add (problems,
                         g_strdup_printf (_("%s: the sealed %s was changed after event %u sealed "
                                            "it: its nonce, a recipient’s key or its ciphertext "
                                            "differs (recorded %.12s…, now %.12s…)"),
                                          id, names[i], merit_history_event_get_seq (record),
                                          recorded, digest));
    }
  return problems->len == before;
}

/* Seeded demos */

typedef struct
{
  guint8  state[crypto_generichash_KEYBYTES];
  guint64 counter;
} SeededStream;

/* The demo's stream, and the stream of the candidate a thread is building, if any. */
static SeededStream seeded;
static GMutex seeded_lock;
static GPrivate thread_stream = G_PRIVATE_INIT (g_free);

static void
seeded_buf (void * const buf,
            const size_t size)
{
  SeededStream *stream = g_private_get (&thread_stream);
  gboolean shared = stream == NULL;
  guint8 block_seed[randombytes_SEEDBYTES];

  if (shared)
    {
      g_mutex_lock (&seeded_lock);
      stream = &seeded;
    }
  crypto_generichash (block_seed, sizeof block_seed, (const guint8 *) &stream->counter,
                      sizeof stream->counter, stream->state, sizeof stream->state);
  stream->counter++;
  if (shared)
    g_mutex_unlock (&seeded_lock);
  randombytes_buf_deterministic (buf, size, block_seed);
}

static uint32_t
seeded_random (void)
{
  uint32_t value;

  seeded_buf (&value, sizeof value);
  return value;
}

static const char *
seeded_name (void)
{
  return "merit-seeded-demo";
}

static randombytes_implementation seeded_implementation = {
  .implementation_name = seeded_name,
  .random = seeded_random,
  .buf = seeded_buf,
};

/**
 * merit_seal_use_seeded_random:
 * @seed: the demo's seed
 *
 * Makes libsodium's random numbers a function of @seed, so that a seeded demo, sealed
 * sections included, is the same byte for byte.  Only for demos: its secrets are predictable.
 * Call merit_seal_use_system_random() when the demo is written.
 */
void
merit_seal_use_seeded_random (guint32 seed)
{
  g_autofree char *input = g_strdup_printf ("merit-seeded-demo-random-v1\n%u", seed);

  merit_trust_init ();
  crypto_generichash (seeded.state, sizeof seeded.state, (const guint8 *) input, strlen (input),
                      NULL, 0);
  seeded.counter = 0;
  randombytes_set_implementation (&seeded_implementation);
}

/**
 * merit_seal_seed_thread:
 * @stream: which stream, e.g. the index of the candidate being built
 *
 * While merit_seal_use_seeded_random() is in effect, gives the calling thread random numbers
 * of its own, a function of the seed and @stream alone, so that threads building candidates
 * in any order still make the same bytes.  End with merit_seal_seed_thread_end().
 */
void
merit_seal_seed_thread (guint64 stream)
{
  SeededStream *own = g_new0 (SeededStream, 1);
  guint8 input[sizeof stream];

  for (guint i = 0; i < sizeof stream; i++)
    input[i] = (guint8) (stream >> (8 * i));
  crypto_generichash (own->state, sizeof own->state, input, sizeof input, seeded.state,
                      sizeof seeded.state);
  g_private_replace (&thread_stream, own);
}

/**
 * merit_seal_seed_thread_end:
 *
 * Returns the calling thread to the demo's shared stream.
 */
void
merit_seal_seed_thread_end (void)
{
  g_private_replace (&thread_stream, NULL);
}

/**
 * merit_seal_use_system_random:
 *
 * Returns libsodium to the operating system's random numbers.
 */
void
merit_seal_use_system_random (void)
{
  randombytes_set_implementation (&randombytes_sysrandom_implementation);
  sodium_memzero (&seeded, sizeof seeded);
}
