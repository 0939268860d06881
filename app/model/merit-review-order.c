/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-review-order.c: the order in which a reviewer meets candidates in chunked review.
 *
 * Chunked review asks one rubric question across all candidates of a role.  Meeting them in
 * the same order as everybody else, or in the order they were sourced, lets the first
 * impressions of a session colour the rest the same way for every reviewer.  So each reviewer
 * gets their own random order: a shuffle seeded from the workspace's salt, the reviewer and
 * the role.  It is stable, so a reviewer who stops half-way finds the same order the next day,
 * and it differs between reviewers.  The salt keeps anyone from working the order out in
 * advance from names alone.
 */

#include "config.h"

#include <string.h>

#include "merit-review-order.h"

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  MeritCandidate *first = *(MeritCandidate * const *) a;
  MeritCandidate *second = *(MeritCandidate * const *) b;

  return g_strcmp0 (merit_candidate_get_id (first), merit_candidate_get_id (second));
}

static GRand *
rand_for (const char *reviewer,
          const char *role,
          const char *salt)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  guint8 digest[32];
  gsize length = sizeof digest;
  guint32 seed[8];

  /* The NUL after each part keeps “ab” + “c” apart from “a” + “bc”. */
  g_checksum_update (checksum, (const guchar *) (salt != NULL ? salt : ""),
                     (gssize) strlen (salt != NULL ? salt : "") + 1);
  g_checksum_update (checksum, (const guchar *) reviewer, (gssize) strlen (reviewer) + 1);
  g_checksum_update (checksum, (const guchar *) (role != NULL ? role : ""),
                     (gssize) strlen (role != NULL ? role : "") + 1);
  g_checksum_get_digest (checksum, digest, &length);
  for (guint i = 0; i < G_N_ELEMENTS (seed); i++)
    seed[i] = (guint32) digest[4 * i] << 24 | (guint32) digest[4 * i + 1] << 16
              | (guint32) digest[4 * i + 2] << 8 | (guint32) digest[4 * i + 3];
  return g_rand_new_with_seed_array (seed, G_N_ELEMENTS (seed));
}

/**
 * merit_review_order_new_salt:
 * @rand: (nullable): the random source, or %NULL for the global one
 *
 * Returns: (transfer full): a new random salt of 32 hexadecimal digits for a workspace
 */
char *
merit_review_order_new_salt (GRand *rand)
{
  GString *salt = g_string_sized_new (32);

  for (guint i = 0; i < 4; i++)
    g_string_append_printf (salt, "%08" G_GINT32_MODIFIER "x",
                            rand != NULL ? g_rand_int (rand) : g_random_int ());
  return g_string_free (salt, FALSE);
}

/**
 * merit_review_order_shuffle:
 * @candidates: (element-type MeritCandidate): the candidates to order, in any order
 * @reviewer: the reviewer's member id
 * @role: (nullable): the role the candidates applied for
 * @salt: (nullable): the workspace's review salt
 *
 * Orders @candidates for @reviewer: every candidate exactly once, in an order that depends
 * only on the set of candidates (not the order they came in), @reviewer, @role and @salt.
 *
 * Returns: (transfer full) (element-type MeritCandidate): a new array holding a reference to
 *   each candidate
 */
GPtrArray *
merit_review_order_shuffle (GPtrArray  *candidates,
                            const char *reviewer,
                            const char *role,
                            const char *salt)
{
  GPtrArray *order;
  g_autoptr(GRand) rand = NULL;

  g_return_val_if_fail (candidates != NULL, NULL);
  g_return_val_if_fail (reviewer != NULL, NULL);

  order = g_ptr_array_new_full (candidates->len, g_object_unref);
  for (guint i = 0; i < candidates->len; i++)
    g_ptr_array_add (order, g_object_ref (candidates->pdata[i]));
  g_ptr_array_sort (order, compare_ids);

  /* Fisher–Yates: each of the n! orders is equally likely for a given seed. */
  rand = rand_for (reviewer, role, salt);
  for (guint i = order->len; i > 1; i--)
    {
      guint j = (guint) g_rand_int_range (rand, 0, (gint32) i);
      gpointer swap = order->pdata[i - 1];

      order->pdata[i - 1] = order->pdata[j];
      order->pdata[j] = swap;
    }
  return order;
}
