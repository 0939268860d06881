/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-store-error.h: the error domain of the storage layer. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define MERIT_STORE_ERROR (merit_store_error_quark ())

/**
 * MeritStoreError:
 * @MERIT_STORE_ERROR_IO: reading or writing failed
 * @MERIT_STORE_ERROR_TOO_LARGE: the file exceeds a size limit
 * @MERIT_STORE_ERROR_NOT_REGULAR: a symlink, FIFO, device or directory where a file was expected
 * @MERIT_STORE_ERROR_PARSE: the file is not well-formed XML
 * @MERIT_STORE_ERROR_DOCTYPE: the file carries a DOCTYPE, which is never accepted
 * @MERIT_STORE_ERROR_SCHEMA: the document does not match the RelaxNG schema
 * @MERIT_STORE_ERROR_INVALID: the document breaks a rule the schema cannot express
 * @MERIT_STORE_ERROR_NEWER_VERSION: the file was written by a newer version of Merit
 * @MERIT_STORE_ERROR_CONFLICT: the file changed on disk since it was read
 * @MERIT_STORE_ERROR_LOCKED: another writer holds the lock for too long
 * @MERIT_STORE_ERROR_NOT_FOUND: no such package or workspace
 * @MERIT_STORE_ERROR_KEY: a private key is missing, unsafe or unreadable
 * @MERIT_STORE_ERROR_PASSPHRASE: a private key needs a passphrase, or the one given is wrong
 * @MERIT_STORE_ERROR_UNTRUSTED: a key or signature does not match what this desktop trusts
 */
typedef enum
{
  MERIT_STORE_ERROR_IO,
  MERIT_STORE_ERROR_TOO_LARGE,
  MERIT_STORE_ERROR_NOT_REGULAR,
  MERIT_STORE_ERROR_PARSE,
  MERIT_STORE_ERROR_DOCTYPE,
  MERIT_STORE_ERROR_SCHEMA,
  MERIT_STORE_ERROR_INVALID,
  MERIT_STORE_ERROR_NEWER_VERSION,
  MERIT_STORE_ERROR_CONFLICT,
  MERIT_STORE_ERROR_LOCKED,
  MERIT_STORE_ERROR_NOT_FOUND,
  MERIT_STORE_ERROR_KEY,
  MERIT_STORE_ERROR_PASSPHRASE,
  MERIT_STORE_ERROR_UNTRUSTED,
} MeritStoreError;

GQuark merit_store_error_quark (void);

G_END_DECLS
