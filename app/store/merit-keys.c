/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-keys.c: members' Ed25519 key pairs, kept outside the workspace.
 *
 * A member's public key is in the roster (base64 of the 32 raw bytes); the private key lives
 * in $XDG_DATA_HOME/merit/keys/<fingerprint>.key, where the fingerprint is the lowercase hex
 * SHA-256 of the raw public key.  The file is written with mode 0600 and is refused when it is
 * a symlink, not owned by the user, or readable by group or others.  It holds the 32-byte
 * seed of the key, either in base64 or, with a passphrase, encrypted with crypto_secretbox
 * under a key derived by Argon2id (crypto_pwhash).  All cryptography is libsodium's.
 *
 * Unlocked keys are kept for the life of the process in sodium_malloc() memory, which is
 * guarded and zeroed when freed.  A key without a passphrase is unlocked on first use.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sodium.h>

#include "merit-keys.h"
#include "merit-store-error.h"

#define KEY_FILE_MAX   4096
#define KEY_FILE_MAGIC "merit-key-v1\n"

typedef struct
{
  guint8 *secret;  /* crypto_sign_SECRETKEYBYTES, sodium_malloc */
  guint8  public_raw[MERIT_KEY_PUBLIC_BYTES];
} SecretKey;

/* Signing only reads the keyring, so threads sign at the same time; unlocking and forgetting
 * keys take it for writing. */
static GHashTable *keyring;  /* fingerprint → SecretKey */
static GRWLock keyring_lock;

static void
secret_key_free (gpointer data)
{
  SecretKey *key = data;

  sodium_free (key->secret);
  g_free (key);
}

/**
 * merit_trust_init:
 *
 * Initialises libsodium once per process.  Every function here calls it; callers need not.
 */
void
merit_trust_init (void)
{
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      if (sodium_init () < 0)
        g_error ("libsodium could not be initialised");
      g_once_init_leave (&initialised, 1);
    }
}

/**
 * merit_key_decode_public:
 * @public_key: a public key as stored in the roster (base64)
 * @out_raw: (out caller-allocates): %MERIT_KEY_PUBLIC_BYTES bytes
 *
 * Returns: %TRUE if @public_key is the base64 of exactly 32 bytes
 */
gboolean
merit_key_decode_public (const char *public_key,
                         guint8     *out_raw)
{
  size_t length = 0;

  merit_trust_init ();
  if (public_key == NULL)
    return FALSE;
  if (sodium_base642bin (out_raw, MERIT_KEY_PUBLIC_BYTES, public_key, strlen (public_key), NULL,
                         &length, NULL, sodium_base64_VARIANT_ORIGINAL) != 0)
    return FALSE;
  return length == MERIT_KEY_PUBLIC_BYTES;
}

static char *
encode (const guint8 *data,
        gsize         length)
{
  gsize size = sodium_base64_encoded_len (length, sodium_base64_VARIANT_ORIGINAL);
  char *out = g_malloc (size);

  sodium_bin2base64 (out, size, data, length, sodium_base64_VARIANT_ORIGINAL);
  return out;
}

static char *
fingerprint_raw (const guint8 *raw)
{
  guint8 hash[crypto_hash_sha256_BYTES];
  char hex[crypto_hash_sha256_BYTES * 2 + 1];

  crypto_hash_sha256 (hash, raw, MERIT_KEY_PUBLIC_BYTES);
  sodium_bin2hex (hex, sizeof hex, hash, sizeof hash);
  return g_strdup (hex);
}

/**
 * merit_key_fingerprint:
 * @public_key: a public key (base64)
 *
 * Returns: (transfer full) (nullable): the lowercase hex SHA-256 of the raw key, which names
 *   the key in signatures and its file; %NULL if @public_key is not a key
 */
char *
merit_key_fingerprint (const char *public_key)
{
  /* Every signature names its key by fingerprint: the few keys of a roster are hashed once.
   * A workspace with many keys only empties the cache now and then. */
  static GMutex lock;
  static GHashTable *cache;  /* public key → fingerprint */
  guint8 raw[MERIT_KEY_PUBLIC_BYTES];
  char *fingerprint = NULL;

  if (public_key == NULL)
    return NULL;
  g_mutex_lock (&lock);
  if (cache != NULL)
    fingerprint = g_strdup (g_hash_table_lookup (cache, public_key));
  g_mutex_unlock (&lock);
  if (fingerprint != NULL)
    return fingerprint;

  if (!merit_key_decode_public (public_key, raw))
    return NULL;
  fingerprint = fingerprint_raw (raw);
  g_mutex_lock (&lock);
  if (cache == NULL || g_hash_table_size (cache) >= 256)
    {
      g_clear_pointer (&cache, g_hash_table_unref);
      cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
    }
  g_hash_table_replace (cache, g_strdup (public_key), g_strdup (fingerprint));
  g_mutex_unlock (&lock);
  return fingerprint;
}

/**
 * merit_key_fingerprint_digits:
 * @public_key: a public key (base64)
 *
 * Formats the fingerprint for people to compare aloud: eight groups of five digits, each
 * group taken from four bytes of the SHA-256 of the key.
 *
 * Returns: (transfer full) (nullable): e.g. "04211 93520 …"; %NULL if @public_key is not a key
 */
char *
merit_key_fingerprint_digits (const char *public_key)
{
  guint8 raw[MERIT_KEY_PUBLIC_BYTES];
  guint8 hash[crypto_hash_sha256_BYTES];
  GString *out;

  if (!merit_key_decode_public (public_key, raw))
    return NULL;
  out = g_string_new (NULL);
  crypto_hash_sha256 (hash, raw, sizeof raw);
  for (guint i = 0; i < 8; i++)
    {
      guint32 word = ((guint32) hash[4 * i] << 24) | ((guint32) hash[4 * i + 1] << 16)
                     | ((guint32) hash[4 * i + 2] << 8) | hash[4 * i + 3];

      g_string_append_printf (out, "%s%05u", i > 0 ? " " : "", word % 100000);
    }
  return g_string_free (out, FALSE);
}

/**
 * merit_key_dup_dir:
 *
 * Returns: (transfer full): the folder of private keys, $XDG_DATA_HOME/merit/keys
 */
char *
merit_key_dup_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "merit", "keys", NULL);
}

/**
 * merit_key_dup_path:
 * @public_key: a public key (base64)
 *
 * Returns: (transfer full) (nullable): where the private key of @public_key is kept
 */
char *
merit_key_dup_path (const char *public_key)
{
  g_autofree char *fingerprint = merit_key_fingerprint (public_key);
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;

  if (fingerprint == NULL)
    return NULL;
  dir = merit_key_dup_dir ();
  name = g_strconcat (fingerprint, ".key", NULL);
  return g_build_filename (dir, name, NULL);
}

/**
 * merit_key_exists:
 * @public_key: a public key (base64)
 *
 * Returns: %TRUE if a private key file for @public_key is present (safe or not)
 */
gboolean
merit_key_exists (const char *public_key)
{
  g_autofree char *path = merit_key_dup_path (public_key);
  GStatBuf st;

  return path != NULL && g_lstat (path, &st) == 0;
}

static gboolean
ensure_key_dir (GError **error)
{
  g_autofree char *dir = merit_key_dup_dir ();
  GStatBuf st;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_IO,
                   _("%s: cannot create the key folder: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }
  if (g_lstat (dir, &st) != 0 || !S_ISDIR (st.st_mode))
    {
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_NOT_REGULAR,
                   _("%s: the key folder is a symlink or not a folder, so it is not used"), dir);
      return FALSE;
    }
  return TRUE;
}

/**
 * merit_key_generate:
 * @member_id: the member the key is for (recorded in the file for people)
 * @passphrase: (nullable): protects the key; %NULL or "" for none
 * @seed: (nullable): %MERIT_KEY_SEED_BYTES bytes to derive the key from (reproducible demos);
 *   %NULL for a random key
 * @out_public_key: (out) (transfer full): the new public key (base64)
 * @error: return location for an error
 *
 * Creates a key pair and writes its private half, mode 0600, to the key folder.  A key file
 * that is already there (the same seed) is kept as it is.
 *
 * Returns: %TRUE on success
 */
gboolean
merit_key_generate (const char    *member_id,
                    const char    *passphrase,
                    const guint8  *seed,
                    char         **out_public_key,
                    GError       **error)
{
  guint8 public_raw[MERIT_KEY_PUBLIC_BYTES];
  guint8 *secret = NULL;
  guint8 *own_seed = NULL;
  g_autofree char *public_key = NULL;
  g_autofree char *path = NULL;
  GString *text = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (member_id != NULL, FALSE);
  g_return_val_if_fail (out_public_key != NULL, FALSE);

  merit_trust_init ();
  secret = sodium_malloc (crypto_sign_SECRETKEYBYTES);
  own_seed = sodium_malloc (MERIT_KEY_SEED_BYTES);
  if (secret == NULL || own_seed == NULL)
    g_error ("out of memory for a key");
  if (seed != NULL)
    memcpy (own_seed, seed, MERIT_KEY_SEED_BYTES);
  else
    randombytes_buf (own_seed, MERIT_KEY_SEED_BYTES);
  crypto_sign_seed_keypair (public_raw, secret, own_seed);
  public_key = encode (public_raw, sizeof public_raw);
  path = merit_key_dup_path (public_key);

  if (!ensure_key_dir (error))
    goto out;
  if (merit_key_exists (public_key))
    {
      ok = TRUE;
      goto out;
    }

  text = g_string_new (KEY_FILE_MAGIC);
  g_string_append_printf (text, "member: %s\npublic: %s\n", member_id, public_key);
  if (passphrase != NULL && *passphrase != '\0')
    {
      guint8 salt[crypto_pwhash_SALTBYTES];
      guint8 nonce[crypto_secretbox_NONCEBYTES];
      guint8 sealed[MERIT_KEY_SEED_BYTES + crypto_secretbox_MACBYTES];
      guint8 *box_key = sodium_malloc (crypto_secretbox_KEYBYTES);
      g_autofree char *salt_text = NULL;
      g_autofree char *nonce_text = NULL;
      g_autofree char *sealed_text = NULL;

      randombytes_buf (salt, sizeof salt);
      randombytes_buf (nonce, sizeof nonce);
      if (crypto_pwhash (box_key, crypto_secretbox_KEYBYTES, passphrase, strlen (passphrase),
                         salt, crypto_pwhash_OPSLIMIT_INTERACTIVE,
                         crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        {
          sodium_free (box_key);
          g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_IO,
                       _("not enough memory to protect the key with the passphrase"));
          goto out;
        }
      crypto_secretbox_easy (sealed, own_seed, MERIT_KEY_SEED_BYTES, nonce, box_key);
      sodium_free (box_key);
      salt_text = encode (salt, sizeof salt);
      nonce_text = encode (nonce, sizeof nonce);
      sealed_text = encode (sealed, sizeof sealed);
      g_string_append_printf (text,
                              "kdf: argon2id13\nopslimit: %llu\nmemlimit: %zu\nsalt: %s\n"
                              "nonce: %s\nsecret: %s\n",
                              (unsigned long long) crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              (size_t) crypto_pwhash_MEMLIMIT_INTERACTIVE, salt_text,
                              nonce_text, sealed_text);
    }
  else
    {
      char seed_text[sodium_base64_ENCODED_LEN (MERIT_KEY_SEED_BYTES,
                                                sodium_base64_VARIANT_ORIGINAL)];

      sodium_bin2base64 (seed_text, sizeof seed_text, own_seed, MERIT_KEY_SEED_BYTES,
                         sodium_base64_VARIANT_ORIGINAL);
      g_string_append_printf (text, "kdf: none\nsecret: %s\n", seed_text);
      sodium_memzero (seed_text, sizeof seed_text);
    }

  ok = g_file_set_contents_full (path, text->str, (gssize) text->len,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, error);
  /* The unprotected form holds the seed in text: wipe it before the memory is reused. */
  sodium_memzero (text->str, text->len);
  g_string_free (text, TRUE);

out:
  sodium_free (secret);
  sodium_free (own_seed);
  if (ok)
    *out_public_key = g_steal_pointer (&public_key);
  return ok;
}

/* Reads the key file of @public_key after checking that it is safe to use.  The buffer holds
 * secrets: the caller wipes and frees it with sodium_free(). */
static char *
read_key_file (const char  *public_key,
               GError     **error)
{
  g_autofree char *path = merit_key_dup_path (public_key);
  struct stat st;
  char *buffer;
  gssize n;
  int fd;

  if (path == NULL)
    {
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_KEY,
                   _("“%s” is not an Ed25519 public key"), public_key);
      return NULL;
    }
  fd = g_open (path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == ELOOP)
        g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_KEY,
                     _("%s: the private key is a symlink, so it is not used"), path);
      else if (saved_errno == ENOENT)
        g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_KEY,
                     _("%s: the private key is not on this computer"), path);
      else
        g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_KEY, "%s: %s", path,
                     g_strerror (saved_errno));
      return NULL;
    }
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      close (fd);
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_KEY,
                   _("%s: the private key is not a regular file, so it is not used"), path);
      return NULL;
    }
  if (st.st_uid != getuid () || (st.st_mode & 077) != 0)
    {
      close (fd);
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_KEY,
                   _("%s: the private key can be read by other users (mode %03o), so it is not "
                     "used; make it private with “chmod 600”"),
                   path, (unsigned) (st.st_mode & 0777));
      return NULL;
    }
  buffer = sodium_malloc (KEY_FILE_MAX + 1);
  n = read (fd, buffer, KEY_FILE_MAX + 1);
  close (fd);
  if (n < 0 || n > KEY_FILE_MAX)
    {
      sodium_free (buffer);
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_KEY,
                   _("%s: the private key file cannot be read or is too large"), path);
      return NULL;
    }
  buffer[n] = '\0';
  if (!g_str_has_prefix (buffer, KEY_FILE_MAGIC))
    {
      sodium_free (buffer);
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_KEY,
                   _("%s: not a Merit key file"), path);
      return NULL;
    }
  return buffer;
}

/* Finds "name: value" in @text; returns a pointer to the value and its length, no copy. */
static const char *
field (const char *text,
       const char *name,
       gsize      *out_length)
{
  gsize name_length = strlen (name);
  const char *line = text;

  while (line != NULL && *line != '\0')
    {
      const char *end = strchr (line, '\n');

      if (end == NULL)
        end = line + strlen (line);
      if ((gsize) (end - line) > name_length + 2 && strncmp (line, name, name_length) == 0
          && line[name_length] == ':' && line[name_length + 1] == ' ')
        {
          *out_length = (gsize) (end - line) - name_length - 2;
          return line + name_length + 2;
        }
      line = *end != '\0' ? end + 1 : NULL;
    }
  *out_length = 0;
  return NULL;
}

static gboolean
decode_field (const char *text,
              const char *name,
              guint8     *out,
              gsize       expected)
{
  gsize length = 0;
  const char *value = field (text, name, &length);
  size_t decoded = 0;

  if (value == NULL)
    return FALSE;
  if (sodium_base642bin (out, expected, value, length, NULL, &decoded, NULL,
                         sodium_base64_VARIANT_ORIGINAL) != 0)
    return FALSE;
  return decoded == expected;
}

static gboolean
has_passphrase (const char *text)
{
  gsize length = 0;
  const char *kdf = field (text, "kdf", &length);

  return kdf != NULL && length == strlen ("argon2id13") && strncmp (kdf, "argon2id13", length) == 0;
}

/**
 * merit_key_needs_passphrase:
 * @public_key: a public key (base64)
 * @out_needs: (out): whether the private key is protected by a passphrase
 * @error: return location for an error (no key, or an unsafe file)
 *
 * Returns: %TRUE if the private key file is present and safe to use
 */
gboolean
merit_key_needs_passphrase (const char  *public_key,
                            gboolean    *out_needs,
                            GError     **error)
{
  char *text = read_key_file (public_key, error);

  if (text == NULL)
    return FALSE;
  *out_needs = has_passphrase (text);
  sodium_free (text);
  return TRUE;
}

/* Recovers the seed of the key in @text into @seed. */
static gboolean
open_seed (const char  *text,
           const char  *passphrase,
           guint8      *seed,
           GError     **error)
{
  if (!has_passphrase (text))
    {
      if (!decode_field (text, "secret", seed, MERIT_KEY_SEED_BYTES))
        {
          g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_KEY,
                       _("the private key file is damaged"));
          return FALSE;
        }
      return TRUE;
    }
  else
    {
      guint8 salt[crypto_pwhash_SALTBYTES];
      guint8 nonce[crypto_secretbox_NONCEBYTES];
      guint8 sealed[MERIT_KEY_SEED_BYTES + crypto_secretbox_MACBYTES];
      guint64 opslimit = 0;
      guint64 memlimit = 0;
      gsize length = 0;
      const char *value;
      guint8 *box_key;
      int status;

      if (passphrase == NULL || *passphrase == '\0')
        {
          g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_PASSPHRASE,
                       _("the private key is protected by a passphrase"));
          return FALSE;
        }
      value = field (text, "opslimit", &length);
      if (value != NULL)
        opslimit = g_ascii_strtoull (value, NULL, 10);
      value = field (text, "memlimit", &length);
      if (value != NULL)
        memlimit = g_ascii_strtoull (value, NULL, 10);
      if (!decode_field (text, "salt", salt, sizeof salt)
          || !decode_field (text, "nonce", nonce, sizeof nonce)
          || !decode_field (text, "secret", sealed, sizeof sealed)
          || opslimit < crypto_pwhash_OPSLIMIT_MIN || opslimit > crypto_pwhash_OPSLIMIT_SENSITIVE
          || memlimit < crypto_pwhash_MEMLIMIT_MIN || memlimit > crypto_pwhash_MEMLIMIT_SENSITIVE)
        {
          g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_KEY,
                       _("the private key file is damaged"));
          return FALSE;
        }
      box_key = sodium_malloc (crypto_secretbox_KEYBYTES);
      status = crypto_pwhash (box_key, crypto_secretbox_KEYBYTES, passphrase, strlen (passphrase),
                              salt, opslimit, (size_t) memlimit, crypto_pwhash_ALG_ARGON2ID13);
      if (status == 0)
        status = crypto_secretbox_open_easy (seed, sealed, sizeof sealed, nonce, box_key);
      sodium_free (box_key);
      if (status != 0)
        {
          g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_PASSPHRASE,
                       _("the passphrase is wrong"));
          return FALSE;
        }
      return TRUE;
    }
}

/**
 * merit_key_unlock:
 * @public_key: a public key (base64)
 * @passphrase: (nullable): the key's passphrase, if it has one
 * @error: return location for an error
 *
 * Reads the private key of @public_key and keeps it for this process.  The key read must
 * match @public_key.
 *
 * Returns: %TRUE on success
 */
gboolean
merit_key_unlock (const char  *public_key,
                  const char  *passphrase,
                  GError     **error)
{
  g_autofree char *fingerprint = merit_key_fingerprint (public_key);
  g_autofree char *path = merit_key_dup_path (public_key);
  g_autoptr(GError) local_error = NULL;
  guint8 expected[MERIT_KEY_PUBLIC_BYTES];
  SecretKey *key;
  guint8 *seed;
  char *text;

  if (merit_key_is_unlocked (public_key))
    return TRUE;
  text = read_key_file (public_key, error);
  if (text == NULL)
    return FALSE;

  merit_key_decode_public (public_key, expected);
  seed = sodium_malloc (MERIT_KEY_SEED_BYTES);
  key = g_new0 (SecretKey, 1);
  key->secret = sodium_malloc (crypto_sign_SECRETKEYBYTES);
  if (!open_seed (text, passphrase, seed, &local_error))
    {
      sodium_free (text);
      sodium_free (seed);
      secret_key_free (key);
      g_set_error (error, local_error->domain, local_error->code, "%s: %s", path,
                   local_error->message);
      return FALSE;
    }
  sodium_free (text);
  crypto_sign_seed_keypair (key->public_raw, key->secret, seed);
  sodium_free (seed);
  if (sodium_memcmp (key->public_raw, expected, sizeof expected) != 0)
    {
      secret_key_free (key);
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_KEY,
                   _("%s: the private key does not belong to the public key in the roster"), path);
      return FALSE;
    }
  sodium_mprotect_readonly (key->secret);

  g_rw_lock_writer_lock (&keyring_lock);
  if (keyring == NULL)
    keyring = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, secret_key_free);
  g_hash_table_replace (keyring, g_steal_pointer (&fingerprint), key);
  g_rw_lock_writer_unlock (&keyring_lock);
  return TRUE;
}

/**
 * merit_key_is_unlocked:
 * @public_key: a public key (base64)
 *
 * Returns: %TRUE if this process holds the private key of @public_key
 */
gboolean
merit_key_is_unlocked (const char *public_key)
{
  g_autofree char *fingerprint = merit_key_fingerprint (public_key);
  gboolean found;

  if (fingerprint == NULL)
    return FALSE;
  g_rw_lock_reader_lock (&keyring_lock);
  found = keyring != NULL && g_hash_table_contains (keyring, fingerprint);
  g_rw_lock_reader_unlock (&keyring_lock);
  return found;
}

/**
 * merit_key_forget_all:
 *
 * Wipes every unlocked private key from memory.
 */
void
merit_key_forget_all (void)
{
  g_rw_lock_writer_lock (&keyring_lock);
  g_clear_pointer (&keyring, g_hash_table_unref);
  g_rw_lock_writer_unlock (&keyring_lock);
}

/* Runs @func with the unlocked secret key of @public_key, unlocking a key without a
 * passphrase on the way. */
static gboolean
with_secret (const char  *public_key,
             void       (*func) (const SecretKey *key, gpointer data),
             gpointer     data,
             GError     **error)
{
  g_autofree char *fingerprint = merit_key_fingerprint (public_key);
  SecretKey *key = NULL;

  for (guint attempt = 0; fingerprint != NULL && attempt < 2 && key == NULL; attempt++)
    {
      if (attempt > 0 && !merit_key_unlock (public_key, NULL, error))
        return FALSE;
      g_rw_lock_reader_lock (&keyring_lock);
      key = keyring != NULL ? g_hash_table_lookup (keyring, fingerprint) : NULL;
      if (key != NULL)
        func (key, data);
      g_rw_lock_reader_unlock (&keyring_lock);
    }
  if (fingerprint == NULL)
    {
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_KEY,
                   _("“%s” is not an Ed25519 public key"), public_key);
      return FALSE;
    }
  if (key == NULL)
    {
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_KEY,
                   _("the private key was forgotten"));
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  const void *message;
  gsize       length;
  guint8      signature[crypto_sign_BYTES];
} SignJob;

static void
sign_with (const SecretKey *key,
           gpointer         data)
{
  SignJob *job = data;

  crypto_sign_detached (job->signature, NULL, job->message, job->length, key->secret);
}

/**
 * merit_key_sign:
 * @public_key: the signer's public key (base64)
 * @message: the bytes to sign
 * @length: their length
 * @error: return location for an error: the private key is not here, or needs a passphrase
 *
 * Returns: (transfer full) (nullable): the base64 Ed25519 signature
 */
char *
merit_key_sign (const char  *public_key,
                const void  *message,
                gsize        length,
                GError     **error)
{
  SignJob job = { message, length, { 0 } };

  if (!with_secret (public_key, sign_with, &job, error))
    return NULL;
  return encode (job.signature, sizeof job.signature);
}

/**
 * merit_key_verify:
 * @public_key: (nullable): the signer's public key (base64)
 * @message: the signed bytes
 * @length: their length
 * @signature: (nullable): the base64 signature
 *
 * Returns: %TRUE if @signature is a valid Ed25519 signature of @message by @public_key
 */
gboolean
merit_key_verify (const char *public_key,
                  const void *message,
                  gsize       length,
                  const char *signature)
{
  guint8 raw[MERIT_KEY_PUBLIC_BYTES];
  guint8 sig[crypto_sign_BYTES];
  size_t decoded = 0;

  if (signature == NULL || !merit_key_decode_public (public_key, raw))
    return FALSE;
  if (sodium_base642bin (sig, sizeof sig, signature, strlen (signature), NULL, &decoded, NULL,
                         sodium_base64_VARIANT_ORIGINAL) != 0
      || decoded != sizeof sig)
    return FALSE;
  return crypto_sign_verify_detached (sig, message, length, raw) == 0;
}

static void
curve_secret_of (const SecretKey *key,
                 gpointer         data)
{
  crypto_sign_ed25519_sk_to_curve25519 (data, key->secret);
}

/**
 * merit_key_box_secret:
 * @public_key: a member's public key (base64)
 * @out_curve_secret: (out caller-allocates): crypto_box_SECRETKEYBYTES bytes; the caller wipes
 *   them with sodium_memzero() after use
 * @error: return location for an error
 *
 * Derives the X25519 secret key that opens what was sealed to @public_key.
 *
 * Returns: %TRUE if the private key is here
 */
gboolean
merit_key_box_secret (const char  *public_key,
                      guint8      *out_curve_secret,
                      GError     **error)
{
  return with_secret (public_key, curve_secret_of, out_curve_secret, error);
}
