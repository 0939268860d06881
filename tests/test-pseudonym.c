/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-pseudonym.c: random pseudonyms and the per-reviewer order of chunked review. */

#include "config.h"

#include <string.h>

#include "merit-model.h"

static gboolean
looks_like_pseudonym (const char *text)
{
  static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  gsize length = strlen (text);

  if (!g_str_has_prefix (text, "Candidate ") || (length != 14 && length != 16))
    return FALSE;
  for (const char *p = text + 10; *p != '\0'; p++)
    if (strchr (alphabet, *p) == NULL)
      return FALSE;
  return TRUE;
}

static void
test_unique (void)
{
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* Far more than a committee sees, enough that four characters collide now and then. */
  for (guint i = 0; i < 20000; i++)
    {
      char *pseudonym = merit_pseudonym_new_unique (taken, i % 2 == 0 ? rand : NULL);

      g_assert_true (looks_like_pseudonym (pseudonym));
      g_assert_false (g_hash_table_contains (seen, pseudonym));
      g_assert_true (g_hash_table_contains (taken, pseudonym));
      g_hash_table_add (seen, pseudonym);
    }
  g_assert_cmpuint (g_hash_table_size (taken), ==, 20000);
}

static void
test_seeded (void)
{
  g_autoptr(GHashTable) taken_a = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) taken_b = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) taken_c = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GRand) a = g_rand_new_with_seed (42);
  g_autoptr(GRand) b = g_rand_new_with_seed (42);
  g_autoptr(GRand) c = g_rand_new_with_seed (43);
  guint differ = 0;

  /* The demo's --seed: the same seed gives the same names, another seed others. */
  for (guint i = 0; i < 50; i++)
    {
      g_autofree char *x = merit_pseudonym_new_unique (taken_a, a);
      g_autofree char *y = merit_pseudonym_new_unique (taken_b, b);
      g_autofree char *z = merit_pseudonym_new_unique (taken_c, c);

      g_assert_cmpstr (x, ==, y);
      differ += g_strcmp0 (x, z) != 0;
    }
  g_assert_cmpuint (differ, >, 45);
}

static MeritCandidate *
person (const char *id,
        const char *name,
        const char *pseudonym)
{
  MeritCandidate *candidate = merit_candidate_new (id);
  g_autoptr(MeritIdentity) identity = merit_identity_new ();

  merit_identity_set_name (identity, name);
  merit_candidate_set_identity (candidate, identity);
  merit_candidate_set_pseudonym (candidate, pseudonym);
  return candidate;
}

static void
test_workspace (void)
{
  g_autoptr(MeritWorkspace) workspace = merit_workspace_new ();
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  MeritCandidate *items[2];

  items[0] = person ("c1", "Ada Lovelace", "Candidate AAAA");
  items[1] = person ("c2", "Ada Lovelace", "Candidate BBBB");
  merit_workspace_append_batch (workspace, items, 2);
  g_object_unref (items[0]);
  g_object_unref (items[1]);

  /* Not from the name: many draws for the same person are all different, and never one that
   * the workspace already has. */
  for (guint i = 0; i < 500; i++)
    {
      char *pseudonym = merit_workspace_new_pseudonym (workspace, NULL);

      g_assert_cmpstr (pseudonym, !=, "Candidate AAAA");
      g_assert_cmpstr (pseudonym, !=, "Candidate BBBB");
      g_hash_table_add (names, pseudonym);
    }
  g_assert_cmpuint (g_hash_table_size (names), >, 490);
  g_assert_true (merit_workspace_lookup (workspace, "c1") != NULL);
}

static GPtrArray *
make_candidates (guint n)
{
  GPtrArray *candidates = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("c%06u", i + 1);

      g_ptr_array_add (candidates, merit_candidate_new (id));
    }
  return candidates;
}

static char *
order_text (GPtrArray *order)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < order->len; i++)
    g_string_append_printf (text, "%s ", merit_candidate_get_id (order->pdata[i]));
  return g_string_free (text, FALSE);
}

static void
test_order_covers_all (void)
{
  g_autoptr(GPtrArray) candidates = make_candidates (17);
  g_autoptr(GPtrArray) order = merit_review_order_shuffle (candidates, "ingrid", "Engineer", "s");
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  g_assert_cmpuint (order->len, ==, 17);
  for (guint i = 0; i < order->len; i++)
    {
      g_assert_true (g_ptr_array_find (candidates, order->pdata[i], NULL));
      g_assert_false (g_hash_table_contains (seen, order->pdata[i]));
      g_hash_table_add (seen, order->pdata[i]);
    }
  g_ptr_array_set_size (candidates, 0);
  g_clear_pointer (&order, g_ptr_array_unref);
  order = merit_review_order_shuffle (candidates, "ingrid", "Engineer", "s");
  g_assert_cmpuint (order->len, ==, 0);
}

static void
test_order_stable (void)
{
  g_autoptr(GPtrArray) candidates = make_candidates (17);
  g_autoptr(GPtrArray) reversed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) first = merit_review_order_shuffle (candidates, "ingrid", "Engineer", "s");
  g_autoptr(GPtrArray) again = NULL;
  g_autofree char *first_text = order_text (first);
  g_autofree char *again_text = NULL;
  g_autofree char *sorted_text = order_text (candidates);

  /* The next day the packages load in another order; the reviewer's order stays. */
  for (guint i = candidates->len; i > 0; i--)
    g_ptr_array_add (reversed, g_object_ref (candidates->pdata[i - 1]));
  again = merit_review_order_shuffle (reversed, "ingrid", "Engineer", "s");
  again_text = order_text (again);
  g_assert_cmpstr (first_text, ==, again_text);
  /* And it is shuffled, not the sourcing order. */
  g_assert_cmpstr (first_text, !=, sorted_text);
}

static void
test_order_differs (void)
{
  static const char * const reviewers[] = { "ingrid", "kwame", "tomasz", "aisha", "lukas", "sofia" };
  g_autoptr(GPtrArray) candidates = make_candidates (17);
  g_autoptr(GHashTable) orders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) other_role = NULL;
  g_autoptr(GPtrArray) other_salt = NULL;
  g_autoptr(GPtrArray) base = merit_review_order_shuffle (candidates, "ingrid", "Engineer", "s");
  g_autofree char *base_text = order_text (base);
  g_autofree char *role_text = NULL;
  g_autofree char *salt_text = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (reviewers); i++)
    {
      g_autoptr(GPtrArray) order = merit_review_order_shuffle (candidates, reviewers[i],
                                                               "Engineer", "s");

      g_hash_table_add (orders, order_text (order));
    }
  g_assert_cmpuint (g_hash_table_size (orders), ==, G_N_ELEMENTS (reviewers));

  other_role = merit_review_order_shuffle (candidates, "ingrid", "Designer", "s");
  role_text = order_text (other_role);
  g_assert_cmpstr (role_text, !=, base_text);
  other_salt = merit_review_order_shuffle (candidates, "ingrid", "Engineer", "t");
  salt_text = order_text (other_salt);
  g_assert_cmpstr (salt_text, !=, base_text);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pseudonym/unique", test_unique);
  g_test_add_func ("/pseudonym/seeded", test_seeded);
  g_test_add_func ("/pseudonym/workspace", test_workspace);
  g_test_add_func ("/review-order/covers-every-candidate-once", test_order_covers_all);
  g_test_add_func ("/review-order/stable-per-reviewer", test_order_stable);
  g_test_add_func ("/review-order/differs-between-reviewers", test_order_differs);

  return g_test_run ();
}
