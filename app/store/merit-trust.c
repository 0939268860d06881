/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-trust.c: signatures on packages and the roster, and the CEO key pinned per desktop.
 *
 * What is signed (Ed25519, libsodium), each statement starting with its own first line so that
 * a signature for one kind can never be taken for another:
 *
 *   merit-event-signature-v1      package id, event hash
 *   merit-approval-signature-v1   package id, approver, decision, time, digest, comment
 *   merit-roster-signature-v1     every member's id, name, roles, public and previous keys
 *
 * Each field is written as "<byte length>:<bytes>\n".  An event's hash chains every event
 * before it, so a signed event vouches for the history up to it; an approval's signature
 * covers the digest of the bound content.  Signatures name their key by its fingerprint (the
 * hex SHA-256 of the raw public key) and are checked against the roster.
 *
 * The CEO key is the root of trust: each desktop pins it per workspace, in
 * $XDG_CONFIG_HOME/merit/pins/, after the person compared its fingerprint with the CEO.
 * An approval counts only when it is signed by the pinned key; a roster that shows another
 * CEO key is refused unless the roster is signed by the pinned key (a key rotation), in which
 * case the pin moves to the new key.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "merit-keys.h"
#include "merit-model.h"
#include "merit-store-error.h"
#include "merit-trust.h"

#define FOLDER_KEY "merit-trust-folder"

/* Statements */

static void
add_field (GString    *statement,
           const char *value)
{
  if (value == NULL)
    value = "";
  g_string_append_printf (statement, "%zu:", strlen (value));
  g_string_append (statement, value);
  g_string_append_c (statement, '\n');
}

static GString *
event_statement (MeritCandidate    *candidate,
                 MeritHistoryEvent *event)
{
  GString *statement = g_string_new ("merit-event-signature-v1\n");

  add_field (statement, merit_candidate_get_id (candidate));
  add_field (statement, merit_history_event_get_hash (event));
  return statement;
}

static GString *
approval_statement (MeritCandidate *candidate,
                    MeritApproval  *approval)
{
  GString *statement = g_string_new ("merit-approval-signature-v1\n");

  add_field (statement, merit_candidate_get_id (candidate));
  add_field (statement, merit_approval_get_approver (approval));
  add_field (statement, merit_approval_decision_to_string (merit_approval_get_decision (approval)));
  add_field (statement, merit_approval_get_time (approval));
  add_field (statement, merit_approval_get_digest (approval));
  add_field (statement, merit_approval_get_comment (approval));
  return statement;
}

static GString *
roster_statement (MeritRoster *roster)
{
  GString *statement = g_string_new ("merit-roster-signature-v1\n");

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (roster)); i++)
    {
      g_autoptr(MeritMember) member = g_list_model_get_item (G_LIST_MODEL (roster), i);
      g_autofree char *roles = merit_role_flags_to_string (merit_member_get_roles (member));

      add_field (statement, merit_member_get_id (member));
      add_field (statement, merit_member_get_name (member));
      add_field (statement, roles);
      add_field (statement, merit_member_get_public_key (member));
      add_field (statement, merit_member_get_previous_keys (member));
    }
  return statement;
}

/* The workspace folder */

/**
 * merit_trust_set_folder:
 * @workspace: a workspace
 * @folder: its folder
 *
 * Tells the trust checks where @workspace lives, which selects its pinned CEO key.
 */
void
merit_trust_set_folder (MeritWorkspace *workspace,
                        GFile          *folder)
{
  g_return_if_fail (MERIT_IS_WORKSPACE (workspace));
  g_return_if_fail (G_IS_FILE (folder));

  g_object_set_data_full (G_OBJECT (workspace), FOLDER_KEY, g_object_ref (folder),
                          g_object_unref);
}

/**
 * merit_trust_get_folder:
 * @workspace: a workspace
 *
 * Returns: (nullable) (transfer none): the folder set with merit_trust_set_folder()
 */
GFile *
merit_trust_get_folder (MeritWorkspace *workspace)
{
  g_return_val_if_fail (MERIT_IS_WORKSPACE (workspace), NULL);

  return g_object_get_data (G_OBJECT (workspace), FOLDER_KEY);
}

/* Members and keys */

/**
 * merit_trust_find_ceo:
 * @workspace: a workspace
 *
 * Returns: (nullable) (transfer none): the first member with the CEO role
 */
MeritMember *
merit_trust_find_ceo (MeritWorkspace *workspace)
{
  MeritRoster *roster = merit_workspace_get_roster (workspace);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (roster)); i++)
    {
      g_autoptr(MeritMember) member = g_list_model_get_item (G_LIST_MODEL (roster), i);

      if (merit_member_has_role (member, MERIT_ROLE_CEO))
        return member;
    }
  return NULL;
}

/**
 * merit_trust_find_key:
 * @workspace: a workspace
 * @key_id: (nullable): a key fingerprint
 *
 * Returns: (nullable) (transfer none): the member whose public key has @key_id
 */
MeritMember *
merit_trust_find_key (MeritWorkspace *workspace,
                      const char     *key_id)
{
  MeritRoster *roster = merit_workspace_get_roster (workspace);

  if (key_id == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (roster)); i++)
    {
      g_autoptr(MeritMember) member = g_list_model_get_item (G_LIST_MODEL (roster), i);
      g_autofree char *fingerprint = merit_key_fingerprint (merit_member_get_public_key (member));

      if (g_strcmp0 (fingerprint, key_id) == 0)
        return member;
    }
  return NULL;
}

static char *dup_refused_ceo_override (MeritWorkspace *workspace);

/* Finds a key by its fingerprint; @ceo_override, when not %NULL, stands for the CEO's current
 * roster key (see merit_trust_dup_member_key()). */
static char *
member_key (MeritWorkspace  *workspace,
            const char      *key_id,
            const char      *ceo_override,
            MeritMember    **out_member)
{
  MeritRoster *roster = merit_workspace_get_roster (workspace);
  MeritMember *ceo = ceo_override != NULL ? merit_trust_find_ceo (workspace) : NULL;

  if (key_id == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (roster)); i++)
    {
      g_autoptr(MeritMember) member = g_list_model_get_item (G_LIST_MODEL (roster), i);
      g_auto(GStrv) keys = g_strsplit (merit_member_get_previous_keys (member) != NULL
                                       ? merit_member_get_previous_keys (member) : "", " ", -1);
      const char *public_key = member == ceo ? ceo_override : merit_member_get_public_key (member);
      g_autofree char *current = merit_key_fingerprint (public_key);

      if (g_strcmp0 (current, key_id) == 0)
        {
          if (out_member != NULL)
            *out_member = member;
          return g_strdup (public_key);
        }
      for (guint k = 0; keys[k] != NULL; k++)
        {
          g_autofree char *fingerprint = merit_key_fingerprint (keys[k]);

          if (g_strcmp0 (fingerprint, key_id) == 0)
            {
              if (out_member != NULL)
                *out_member = member;
              return g_strdup (keys[k]);
            }
        }
    }
  return NULL;
}

/**
 * merit_trust_dup_member_key:
 * @workspace: a workspace
 * @key_id: (nullable): a key fingerprint
 * @out_member: (out) (optional) (transfer none): the member the key belongs to
 *
 * Finds a key by its fingerprint among the members' current and previous keys.  Where the
 * roster shows a CEO key this desktop refuses (not the pinned one, and not a rotation signed
 * by it), the CEO's key is the pinned one: what the CEO signed keeps its verification, and the
 * substituted key counts for no one.
 *
 * Returns: (transfer full) (nullable): the public key (base64)
 */
char *
merit_trust_dup_member_key (MeritWorkspace  *workspace,
                            const char      *key_id,
                            MeritMember    **out_member)
{
  g_autofree char *override = dup_refused_ceo_override (workspace);

  return member_key (workspace, key_id, override, out_member);
}

static gboolean
roster_has_keys (MeritWorkspace *workspace)
{
  MeritRoster *roster = merit_workspace_get_roster (workspace);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (roster)); i++)
    {
      g_autoptr(MeritMember) member = g_list_model_get_item (G_LIST_MODEL (roster), i);

      if (merit_member_get_public_key (member) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* Pins */

static char *
folder_name (GFile *folder)
{
  g_autofree char *path = g_file_get_path (folder);
  g_autofree char *real = path != NULL ? realpath (path, NULL) : NULL;

  /* A local folder is named by its canonical path, so "demo" and "./demo/" share one pin. */
  if (real != NULL)
    return g_strdup (real);
  return g_file_get_uri (folder);
}

/* One small file per workspace, so that pinning two workspaces at once loses neither. */
static char *
pin_path (GFile *folder)
{
  g_autofree char *name = folder_name (folder);
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, name, -1);
  g_autofree char *file_name = g_strconcat (hash, ".ini", NULL);

  return g_build_filename (g_get_user_config_dir (), "merit", "pins", file_name, NULL);
}

/**
 * merit_trust_dup_pin:
 * @folder: (nullable): a workspace folder
 *
 * Returns: (transfer full) (nullable): the CEO public key pinned on this desktop for @folder
 */
char *
merit_trust_dup_pin (GFile *folder)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *pinned_folder = NULL;

  if (folder == NULL)
    return NULL;
  path = pin_path (folder);
  if (!g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, NULL))
    return NULL;
  name = folder_name (folder);
  pinned_folder = g_key_file_get_string (file, "pin", "workspace", NULL);
  if (g_strcmp0 (pinned_folder, name) != 0)
    return NULL;
  return g_key_file_get_string (file, "pin", "ceo-key", NULL);
}

/**
 * merit_trust_set_pin:
 * @folder: a workspace folder
 * @public_key: the CEO's public key (base64), as compared with the CEO
 * @error: return location for an error
 *
 * Pins @public_key as the CEO key of @folder on this desktop, in
 * $XDG_CONFIG_HOME/merit/pins/.
 *
 * Returns: %TRUE on success
 */
gboolean
merit_trust_set_pin (GFile       *folder,
                     const char  *public_key,
                     GError     **error)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autofree char *path = pin_path (folder);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *name = folder_name (folder);
  g_autofree char *data = NULL;
  gsize length = 0;
  guint8 raw[MERIT_KEY_PUBLIC_BYTES];

  if (!merit_key_decode_public (public_key, raw))
    {
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_INVALID,
                   _("“%s” is not an Ed25519 public key"), public_key);
      return FALSE;
    }
  /* Keys pinned before a rotation still vouch for what they signed at the time. */
  if (g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, NULL))
    {
      g_autofree char *old = g_key_file_get_string (file, "pin", "ceo-key", NULL);
      g_auto(GStrv) previous = g_key_file_get_string_list (file, "pin", "previous-keys", NULL,
                                                           NULL);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) list = NULL;

      if (previous != NULL)
        g_strv_builder_addv (builder, (const char **) previous);
      if (old != NULL && g_strcmp0 (old, public_key) != 0
          && (previous == NULL || !g_strv_contains ((const char * const *) previous, old)))
        g_strv_builder_add (builder, old);
      list = g_strv_builder_end (builder);
      if (list[0] != NULL)
        g_key_file_set_string_list (file, "pin", "previous-keys", (const char * const *) list,
                                    g_strv_length (list));
    }
  g_key_file_set_string (file, "pin", "workspace", name);
  g_key_file_set_string (file, "pin", "ceo-key", public_key);
  data = g_key_file_to_data (file, &length, NULL);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_IO,
                   _("%s: cannot create the folder"), dir);
      return FALSE;
    }
  return g_file_set_contents_full (path, data, (gssize) length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}

/* The CEO keys pinned for @folder before the current one, oldest first. */
static GStrv
dup_previous_pins (GFile *folder)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autofree char *path = NULL;
  g_autofree char *pinned = NULL;

  if (folder == NULL)
    return NULL;
  path = pin_path (folder);
  pinned = merit_trust_dup_pin (folder);
  if (pinned == NULL || !g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, NULL))
    return NULL;
  return g_key_file_get_string_list (file, "pin", "previous-keys", NULL, NULL);
}

static gboolean
roster_signed_by (MeritWorkspace *workspace,
                  const char     *public_key)
{
  MeritRoster *roster = merit_workspace_get_roster (workspace);
  g_autoptr(GString) statement = NULL;

  if (public_key == NULL || g_strcmp0 (merit_roster_get_signer_key (roster), public_key) != 0)
    return FALSE;
  statement = roster_statement (roster);
  return merit_key_verify (public_key, statement->str, statement->len,
                           merit_roster_get_signature (roster));
}

/* The pinned CEO key when the roster shows another one this desktop does not accept. */
static char *
dup_refused_ceo_override (MeritWorkspace *workspace)
{
  g_autofree char *pinned = merit_trust_dup_pin (merit_trust_get_folder (workspace));
  MeritMember *ceo = merit_trust_find_ceo (workspace);
  const char *key = ceo != NULL ? merit_member_get_public_key (ceo) : NULL;

  if (pinned == NULL || ceo == NULL || g_strcmp0 (pinned, key) == 0
      || (key != NULL && roster_signed_by (workspace, pinned)))
    return NULL;
  return g_steal_pointer (&pinned);
}

/**
 * merit_trust_check_pin:
 * @workspace: a workspace with its folder set
 * @error: return location for a %MERIT_STORE_ERROR_UNTRUSTED error
 *
 * Checks the roster's CEO key against the key pinned on this desktop.  A roster signed by the
 * pinned key may name a new CEO key (a rotation): the pin then moves to it.
 *
 * Returns: %TRUE if nothing is pinned or the roster agrees with the pin
 */
gboolean
merit_trust_check_pin (MeritWorkspace  *workspace,
                       GError         **error)
{
  GFile *folder = merit_trust_get_folder (workspace);
  g_autofree char *pinned = merit_trust_dup_pin (folder);
  MeritMember *ceo = merit_trust_find_ceo (workspace);
  const char *key = ceo != NULL ? merit_member_get_public_key (ceo) : NULL;
  g_autofree char *pinned_digits = NULL;
  g_autofree char *key_digits = NULL;

  if (pinned == NULL || g_strcmp0 (pinned, key) == 0)
    return TRUE;
  if (key != NULL && roster_signed_by (workspace, pinned))
    return merit_trust_set_pin (folder, key, error);

  pinned_digits = merit_key_fingerprint_digits (pinned);
  key_digits = key != NULL ? merit_key_fingerprint_digits (key) : g_strdup (_("none"));
  g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_UNTRUSTED,
               _("the roster shows a CEO key (%s) other than the one pinned on this desktop "
                 "(%s), and the change is not signed by the pinned key; it is not accepted"),
               key_digits, pinned_digits);
  return FALSE;
}

/* Signing */

/**
 * merit_trust_unlock_member:
 * @workspace: a workspace
 * @member_id: a member id
 * @passphrase: (nullable): the passphrase of the member's private key
 * @error: return location for an error
 *
 * Makes the member's private key available for signing.  A member without a public key in
 * the roster signs nothing, so there is nothing to unlock.
 *
 * Returns: %TRUE if the member can act
 */
gboolean
merit_trust_unlock_member (MeritWorkspace  *workspace,
                           const char      *member_id,
                           const char      *passphrase,
                           GError         **error)
{
  MeritMember *member = merit_roster_lookup (merit_workspace_get_roster (workspace), member_id);
  g_autoptr(GError) local_error = NULL;

  if (member == NULL || merit_member_get_public_key (member) == NULL)
    return TRUE;
  if (merit_key_unlock (merit_member_get_public_key (member), passphrase, &local_error))
    return TRUE;
  g_set_error (error, local_error->domain, local_error->code,
               _("acting as %s needs their private key: %s"), member_id, local_error->message);
  return FALSE;
}

/**
 * merit_trust_sign_new_events:
 * @workspace: the workspace
 * @candidate: a package
 * @actor: (nullable): the member saving; %NULL to sign every new event whose key is here
 * @error: return location for an error
 *
 * Signs the events appended in this process by members with a key in the roster.  An event of
 * @actor without @actor's private key at hand is an error; events of others are left unsigned
 * when their key is not here.
 *
 * Returns: %TRUE on success
 */
gboolean
merit_trust_sign_new_events (MeritWorkspace  *workspace,
                             MeritCandidate  *candidate,
                             const char      *actor,
                             GError         **error)
{
  GListModel *history = merit_candidate_get_history (candidate);
  MeritRoster *roster = merit_workspace_get_roster (workspace);

  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(MeritHistoryEvent) event = g_list_model_get_item (history, i);
      const char *who = merit_history_event_get_actor (event);
      MeritMember *member = merit_roster_lookup (roster, who);
      const char *key = member != NULL ? merit_member_get_public_key (member) : NULL;
      g_autoptr(GString) statement = NULL;
      g_autoptr(GError) local_error = NULL;
      g_autofree char *signature = NULL;
      g_autofree char *key_id = NULL;

      if (!merit_history_event_get_is_new (event) || key == NULL)
        continue;
      statement = event_statement (candidate, event);
      signature = merit_key_sign (key, statement->str, statement->len, &local_error);
      if (signature == NULL)
        {
          if (actor != NULL && g_strcmp0 (actor, who) != 0)
            continue;
          g_set_error (error, local_error->domain, local_error->code,
                       _("acting as %s needs their private key: %s"), who,
                       local_error->message);
          return FALSE;
        }
      key_id = merit_key_fingerprint (key);
      merit_history_event_set_signature (event, key_id, signature);
    }
  return TRUE;
}

/**
 * merit_trust_sign_approval:
 * @workspace: the workspace
 * @candidate: the package
 * @approval: a new CEO decision, complete but for its signature
 * @error: return location for an error
 *
 * Signs @approval with the approver's key, if the approver has one in the roster.
 *
 * Returns: %TRUE on success
 */
gboolean
merit_trust_sign_approval (MeritWorkspace  *workspace,
                           MeritCandidate  *candidate,
                           MeritApproval   *approval,
                           GError         **error)
{
  const char *who = merit_approval_get_approver (approval);
  MeritMember *member = merit_roster_lookup (merit_workspace_get_roster (workspace), who);
  const char *key = member != NULL ? merit_member_get_public_key (member) : NULL;
  g_autoptr(GString) statement = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *signature = NULL;
  g_autofree char *key_id = NULL;

  if (key == NULL)
    return TRUE;
  statement = approval_statement (candidate, approval);
  signature = merit_key_sign (key, statement->str, statement->len, &local_error);
  if (signature == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("acting as %s needs their private key: %s"), who, local_error->message);
      return FALSE;
    }
  key_id = merit_key_fingerprint (key);
  merit_approval_set_key_id (approval, key_id);
  merit_approval_set_signature (approval, signature);
  return TRUE;
}

/* The key approvals must be signed with: the pinned one, else the roster's CEO key. */
static char *
dup_ceo_key (MeritWorkspace *workspace,
             gboolean       *out_pinned)
{
  char *pinned = merit_trust_dup_pin (merit_trust_get_folder (workspace));
  MeritMember *ceo;

  *out_pinned = pinned != NULL;
  if (pinned != NULL)
    return pinned;
  ceo = merit_trust_find_ceo (workspace);
  return ceo != NULL ? g_strdup (merit_member_get_public_key (ceo)) : NULL;
}

/* Why @approval does not count, or %NULL if it is validly signed with @ceo_key. */
static char *
approval_problem (MeritWorkspace *workspace,
                  MeritCandidate *candidate,
                  MeritApproval  *approval,
                  const char     *ceo_key)
{
  g_autofree char *ceo_id = merit_key_fingerprint (ceo_key);
  g_auto(GStrv) previous = dup_previous_pins (merit_trust_get_folder (workspace));
  g_autoptr(GString) statement = NULL;
  const char *key = NULL;

  if (merit_approval_get_signature (approval) == NULL)
    return g_strdup (_("it is not signed"));
  if (g_strcmp0 (merit_approval_get_key_id (approval), ceo_id) == 0)
    key = ceo_key;
  for (guint i = 0; key == NULL && previous != NULL && previous[i] != NULL; i++)
    {
      g_autofree char *id = merit_key_fingerprint (previous[i]);

      if (g_strcmp0 (merit_approval_get_key_id (approval), id) == 0)
        key = previous[i];
    }
  if (key == NULL)
    return g_strdup_printf (_("it is signed with a key (%.16s…) that is not the CEO’s"),
                            merit_approval_get_key_id (approval));
  statement = approval_statement (candidate, approval);
  if (!merit_key_verify (key, statement->str, statement->len,
                         merit_approval_get_signature (approval)))
    return g_strdup (_("its signature does not match its content"));
  return NULL;
}

/**
 * merit_trust_check_approval:
 * @workspace: the workspace, with its folder set
 * @candidate: the package
 * @approval: the CEO approval an offer would go out under
 * @error: return location for an error
 *
 * An approval counts only when it is signed by the CEO key pinned on this desktop.  In a
 * workspace where no member has a key, unsigned approvals count as before.
 *
 * Returns: %TRUE if @approval counts
 */
gboolean
merit_trust_check_approval (MeritWorkspace  *workspace,
                            MeritCandidate  *candidate,
                            MeritApproval   *approval,
                            GError         **error)
{
  gboolean pinned = FALSE;
  g_autofree char *ceo_key = NULL;
  g_autofree char *problem = NULL;

  if (!merit_trust_check_pin (workspace, error))
    return FALSE;
  ceo_key = dup_ceo_key (workspace, &pinned);
  if (ceo_key == NULL)
    {
      if (!roster_has_keys (workspace) && merit_approval_get_signature (approval) == NULL)
        return TRUE;
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_UNTRUSTED,
                   _("the CEO’s approval of %s cannot be checked: the roster has no CEO key"),
                   merit_candidate_get_pseudonym (candidate));
      return FALSE;
    }
  if (!pinned)
    {
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_UNTRUSTED,
                   _("the CEO’s key is not pinned on this desktop yet, so the approval of %s "
                     "cannot be trusted; compare the fingerprint with the CEO and pin it "
                     "(merit pin)"),
                   merit_candidate_get_pseudonym (candidate));
      return FALSE;
    }
  problem = approval_problem (workspace, candidate, approval, ceo_key);
  if (problem == NULL)
    return TRUE;
  g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_UNTRUSTED,
               _("the approval of %s (%s) counts as no approval: %s"),
               merit_candidate_get_pseudonym (candidate), merit_approval_get_time (approval),
               problem);
  return FALSE;
}

/* The roster */

/**
 * merit_trust_sign_roster:
 * @workspace: a workspace
 * @signer_key: the public key to sign with: the chair's or the CEO's, or the old CEO key when
 *   the CEO key changes
 * @error: return location for an error
 *
 * Signs the members, roles and keys of the roster.
 *
 * Returns: %TRUE on success
 */
gboolean
merit_trust_sign_roster (MeritWorkspace  *workspace,
                         const char      *signer_key,
                         GError         **error)
{
  MeritRoster *roster = merit_workspace_get_roster (workspace);
  g_autoptr(GString) statement = roster_statement (roster);
  g_autofree char *signature = NULL;

  signature = merit_key_sign (signer_key, statement->str, statement->len, error);
  if (signature == NULL)
    return FALSE;
  merit_roster_set_signature (roster, signer_key, signature);
  return TRUE;
}

/**
 * merit_trust_check_roster:
 * @workspace: a workspace
 * @problems: (element-type utf8): where to add one line per problem
 *
 * Returns: the roster's verdict: verified when signed by its chair or CEO (or by the pinned
 *   CEO key, for a rotation), unsigned when not signed, broken when the signature is bad or
 *   the CEO key is not the pinned one
 */
MeritTrustVerdict
merit_trust_check_roster (MeritWorkspace *workspace,
                          GPtrArray      *problems)
{
  MeritRoster *roster = merit_workspace_get_roster (workspace);
  const char *signer_key = merit_roster_get_signer_key (roster);
  g_autofree char *pinned = merit_trust_dup_pin (merit_trust_get_folder (workspace));
  g_autoptr(GError) error = NULL;
  MeritMember *signer = NULL;

  if (!merit_trust_check_pin (workspace, &error))
    {
      g_ptr_array_add (problems, g_strdup_printf ("workspace.xml: %s", error->message));
      return MERIT_TRUST_BROKEN;
    }
  if (merit_roster_get_signature (roster) == NULL)
    return MERIT_TRUST_UNSIGNED;
  if (!roster_signed_by (workspace, signer_key))
    {
      g_ptr_array_add (problems, g_strdup (_("workspace.xml: the roster’s signature does not "
                                             "match its members, roles and keys")));
      return MERIT_TRUST_BROKEN;
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (roster)) && signer == NULL; i++)
    {
      g_autoptr(MeritMember) member = g_list_model_get_item (G_LIST_MODEL (roster), i);

      if (g_strcmp0 (merit_member_get_public_key (member), signer_key) == 0
          && (merit_member_has_role (member, MERIT_ROLE_CHAIR)
              || merit_member_has_role (member, MERIT_ROLE_CEO)))
        signer = member;
    }
  if (signer == NULL && pinned == NULL)
    return MERIT_TRUST_UNSIGNED;
  if (signer == NULL && g_strcmp0 (signer_key, pinned) != 0)
    {
      g_auto(GStrv) previous = dup_previous_pins (merit_trust_get_folder (workspace));

      /* A rotation: the roster that brought the new CEO key is signed by the old one. */
      if (previous != NULL && g_strv_contains ((const char * const *) previous, signer_key))
        return MERIT_TRUST_VERIFIED;
      g_ptr_array_add (problems, g_strdup (_("workspace.xml: the roster is signed by a key that "
                                             "is neither the chair’s nor the CEO’s")));
      return MERIT_TRUST_BROKEN;
    }
  return MERIT_TRUST_VERIFIED;
}

/* Packages */

/**
 * merit_trust_check_candidate:
 * @workspace: the workspace
 * @candidate: a package that loaded and whose chain was checked
 * @problems: (element-type utf8): where to add one line per problem, naming the package (its
 *   id) and the event or approval
 *
 * Checks every signature of @candidate: events against the roster key of their actor,
 * approvals against the CEO key (the pinned one when there is a pin).
 *
 * Returns: the verdict on the signatures
 */
MeritTrustVerdict
merit_trust_check_candidate (MeritWorkspace *workspace,
                             MeritCandidate *candidate,
                             GPtrArray      *problems)
{
  GListModel *history = merit_candidate_get_history (candidate);
  GListModel *approvals = merit_candidate_get_approvals (candidate);
  const char *id = merit_candidate_get_id (candidate);
  gboolean any_keys = roster_has_keys (workspace);
  gboolean pinned = FALSE;
  g_autofree char *ceo_key = dup_ceo_key (workspace, &pinned);
  MeritTrustVerdict verdict = MERIT_TRUST_VERIFIED;
  guint before = problems->len;
  /* Looked up once for the package, not once per event. */
  g_autofree char *ceo_override = dup_refused_ceo_override (workspace);

  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(MeritHistoryEvent) event = g_list_model_get_item (history, i);
      const char *key_id = merit_history_event_get_key_id (event);
      MeritMember *member = NULL;
      g_autofree char *key = member_key (workspace, key_id, ceo_override, &member);
      guint seq = merit_history_event_get_seq (event);
      g_autoptr(GString) statement = NULL;

      if (merit_history_event_get_signature (event) == NULL)
        {
          verdict = MERIT_TRUST_UNSIGNED;
          continue;
        }
      if (member == NULL)
        {
          g_ptr_array_add (problems,
                           g_strdup_printf (_("%s: event %u (%s) is signed with a key that is "
                                              "not in the roster"),
                                            id, seq, merit_history_event_get_action (event)));
          continue;
        }
      if (g_strcmp0 (merit_member_get_id (member), merit_history_event_get_actor (event)) != 0)
        {
          g_ptr_array_add (problems,
                           g_strdup_printf (_("%s: event %u (%s) names %s but is signed by %s"),
                                            id, seq, merit_history_event_get_action (event),
                                            merit_history_event_get_actor (event),
                                            merit_member_get_id (member)));
          continue;
        }
      statement = event_statement (candidate, event);
      if (!merit_key_verify (key, statement->str, statement->len,
                             merit_history_event_get_signature (event)))
        g_ptr_array_add (problems,
                         g_strdup_printf (_("%s: event %u (%s by %s) has a signature that does "
                                            "not match it"),
                                          id, seq, merit_history_event_get_action (event),
                                          merit_history_event_get_actor (event)));
    }

  for (guint i = 0; i < g_list_model_get_n_items (approvals); i++)
    {
      g_autoptr(MeritApproval) approval = g_list_model_get_item (approvals, i);
      g_autofree char *problem = NULL;

      if (merit_approval_get_signature (approval) == NULL && !any_keys)
        {
          verdict = MERIT_TRUST_UNSIGNED;
          continue;
        }
      if (ceo_key == NULL)
        problem = g_strdup (_("the roster has no CEO key to check it with"));
      else
        problem = approval_problem (workspace, candidate, approval, ceo_key);
      if (problem != NULL)
        g_ptr_array_add (problems,
                         g_strdup_printf (_("%s: approval %u (%s by %s, %s) counts as no "
                                            "approval: %s"),
                                          id, i + 1,
                                          merit_approval_decision_to_string (
                                            merit_approval_get_decision (approval)),
                                          merit_approval_get_approver (approval),
                                          merit_approval_get_time (approval), problem));
    }
  return problems->len > before ? MERIT_TRUST_BROKEN : verdict;
}
