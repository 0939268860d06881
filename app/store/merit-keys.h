/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-keys.h: members' Ed25519 key pairs, kept outside the workspace. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The size of a raw Ed25519 public key and of a signature. */
#define MERIT_KEY_PUBLIC_BYTES    32
#define MERIT_KEY_SIGNATURE_BYTES 64
#define MERIT_KEY_SEED_BYTES      32

void      merit_trust_init              (void);

char     *merit_key_fingerprint         (const char    *public_key);
char     *merit_key_fingerprint_digits  (const char    *public_key);
gboolean  merit_key_decode_public       (const char    *public_key,
                                         guint8        *out_raw);
char     *merit_key_dup_dir             (void);
char     *merit_key_dup_path            (const char    *public_key);
gboolean  merit_key_generate            (const char    *member_id,
                                         const char    *passphrase,
                                         const guint8  *seed,
                                         char         **out_public_key,
                                         GError       **error);
gboolean  merit_key_exists              (const char    *public_key);
gboolean  merit_key_needs_passphrase    (const char    *public_key,
                                         gboolean      *out_needs,
                                         GError       **error);
gboolean  merit_key_unlock              (const char    *public_key,
                                         const char    *passphrase,
                                         GError       **error);
gboolean  merit_key_is_unlocked         (const char    *public_key);
void      merit_key_forget_all          (void);
char     *merit_key_sign                (const char    *public_key,
                                         const void    *message,
                                         gsize          length,
                                         GError       **error);
gboolean  merit_key_verify              (const char    *public_key,
                                         const void    *message,
                                         gsize          length,
                                         const char    *signature);
gboolean  merit_key_box_secret          (const char    *public_key,
                                         guint8        *out_curve_secret,
                                         GError       **error);

G_END_DECLS
