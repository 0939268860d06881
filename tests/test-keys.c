/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-keys.c: members' Ed25519 keys as Merit makes, stores, unlocks and uses them.
 *
 * The RFC 8032 test vectors (section 7.1) go through the same calls the application signs and
 * verifies with: a key made from the vector's secret seed has the vector's public key, signs
 * the message to the vector's signature, and verifies it; any flipped bit is refused.  A key
 * with a passphrase refuses a wrong one with a clear error and stays as it was on disk.
 */

#include "config.h"

#include <string.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "merit-keys.h"
#include "merit-store-error.h"
#include "merit-test-utils.h"

typedef struct
{
  const char *name;
  const char *secret;
  const char *public;
  const char *message;
  const char *signature;
} Vector;

static const Vector vectors[] = {
  { "TEST 1",
    "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
    "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
    "",
    "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b" },
  { "TEST 2",
    "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
    "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
    "72",
    "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00" },
  { "TEST 3",
    "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
    "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025",
    "af82",
    "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a" },
  { "TEST SHA(abc)",
    "833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42",
    "ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf",
    "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
    "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
    "dc2a4459e7369633a52b1bf277839a00201009a3efbf3ecb69bea2186c26b589"
    "09351fc9ac90b3ecfdfbc7c66431e0303dca179c138ac17ad9bef1177331a704" },
};

static GBytes *
from_hex (const char *hex)
{
  gsize length = strlen (hex) / 2;
  guint8 *data = g_malloc (length + 1);

  g_assert_cmpuint (strlen (hex) % 2, ==, 0);
  for (gsize i = 0; i < length; i++)
    {
      int high = g_ascii_xdigit_value (hex[2 * i]);
      int low = g_ascii_xdigit_value (hex[2 * i + 1]);

      g_assert_true (high >= 0 && low >= 0);
      data[i] = (guint8) (high * 16 + low);
    }
  return g_bytes_new_take (data, length);
}

static char *
base64_of_hex (const char *hex)
{
  g_autoptr(GBytes) bytes = from_hex (hex);
  gsize length = 0;
  const guint8 *data = g_bytes_get_data (bytes, &length);

  return g_base64_encode (data, length);
}

/* Flips bit @bit of the base64 value @text. */
static char *
flip_bit (const char *text,
          gsize       bit)
{
  gsize length = 0;
  g_autofree guchar *raw = g_base64_decode (text, &length);

  g_assert_cmpuint (bit / 8, <, length);
  raw[bit / 8] ^= (guchar) (1u << (bit % 8));
  return g_base64_encode (raw, length);
}

static void
test_rfc8032 (gconstpointer data)
{
  const Vector *vector = data;
  g_autoptr(GBytes) seed = from_hex (vector->secret);
  g_autoptr(GBytes) message = from_hex (vector->message);
  g_autofree char *expected_public = base64_of_hex (vector->public);
  g_autofree char *expected_signature = base64_of_hex (vector->signature);
  g_autofree char *public_key = NULL;
  g_autofree char *signature = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = g_bytes_get_size (message);
  const guint8 *bytes = g_bytes_get_data (message, NULL);
  g_autofree guint8 *longer = NULL;

  g_assert_cmpuint (g_bytes_get_size (seed), ==, MERIT_KEY_SEED_BYTES);
  g_assert_true (merit_key_generate ("vector", NULL, g_bytes_get_data (seed, NULL), &public_key,
                                     &error));
  g_assert_no_error (error);
  g_assert_cmpstr (public_key, ==, expected_public);

  /* Ed25519 signatures are deterministic: the vector's own bytes. */
  signature = merit_key_sign (public_key, bytes, length, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (signature, ==, expected_signature);
  g_assert_true (merit_key_verify (public_key, bytes, length, expected_signature));

  /* Any flipped bit of the signature, the message or the key is refused. */
  for (gsize bit = 0; bit < 8 * MERIT_KEY_SIGNATURE_BYTES; bit += 7)
    {
      g_autofree char *bad = flip_bit (expected_signature, bit);

      g_assert_false (merit_key_verify (public_key, bytes, length, bad));
    }
  for (gsize bit = 0; bit < 8 * MERIT_KEY_PUBLIC_BYTES; bit += 5)
    {
      g_autofree char *other = flip_bit (public_key, bit);

      g_assert_false (merit_key_verify (other, bytes, length, expected_signature));
    }
  if (length > 0)
    {
      g_autofree guint8 *changed = g_memdup2 (bytes, length);

      for (gsize bit = 0; bit < 8 * length; bit += 3)
        {
          changed[bit / 8] ^= (guint8) (1u << (bit % 8));
          g_assert_false (merit_key_verify (public_key, changed, length, expected_signature));
          changed[bit / 8] ^= (guint8) (1u << (bit % 8));
        }
    }
  longer = g_malloc0 (length + 1);
  if (length > 0)
    memcpy (longer, bytes, length);
  g_assert_false (merit_key_verify (public_key, longer, length + 1, expected_signature));
  g_assert_false (merit_key_verify (public_key, bytes, length, "not base64 at all"));
  g_assert_false (merit_key_verify (public_key, bytes, length, NULL));
  merit_key_forget_all ();
}

static void
test_wrong_passphrase (void)
{
  g_autofree char *public_key = NULL;
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *signature = NULL;
  g_autoptr(GError) error = NULL;
  gsize before_length = 0;
  gsize after_length = 0;
  gboolean needs = FALSE;
  GStatBuf st;

  g_assert_true (merit_key_generate ("mei", "correct horse battery", NULL, &public_key, &error));
  g_assert_no_error (error);
  path = merit_key_dup_path (public_key);
  g_assert_true (g_file_get_contents (path, &before, &before_length, NULL));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (merit_key_needs_passphrase (public_key, &needs, &error));
  g_assert_true (needs);
  merit_key_forget_all ();

  g_assert_false (merit_key_unlock (public_key, "correct horse battery!", &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "passphrase is wrong"));
  g_clear_error (&error);
  g_assert_false (merit_key_is_unlocked (public_key));
  signature = merit_key_sign (public_key, "x", 1, &error);
  g_assert_null (signature);
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* Nothing on disk changed, and the right passphrase still opens it. */
  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  g_assert_cmpmem (before, before_length, after, after_length);
  g_assert_true (merit_key_unlock (public_key, "correct horse battery", &error));
  g_assert_no_error (error);
  signature = merit_key_sign (public_key, "x", 1, &error);
  g_assert_no_error (error);
  g_assert_true (merit_key_verify (public_key, "x", 1, signature));
  merit_key_forget_all ();
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = g_dir_make_tmp ("merit-keys-XXXXXX", &error);
  int status;

  /* The keys the tests make go to a data directory of their own, set before GLib reads it
   * (G_TEST_OPTION_ISOLATE_DIRS would do it per test, but GLib 2.74 leaks the old paths). */
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_test_init (&argc, &argv, NULL);
  merit_trust_init ();

  for (guint i = 0; i < G_N_ELEMENTS (vectors); i++)
    {
      g_autofree char *path = g_strdup_printf ("/keys/rfc8032/%s", vectors[i].name);

      g_strdelimit (path + strlen ("/keys/rfc8032/"), " ()", '-');
      g_test_add_data_func (path, &vectors[i], test_rfc8032);
    }
  g_test_add_func ("/keys/wrong-passphrase", test_wrong_passphrase);
  status = g_test_run ();
  merit_test_remove_tree (data);
  return status;
}
