/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-pseudonym.c: the random names reviewers know candidates by.
 *
 * A pseudonym such as “Candidate K7M2” is drawn at random for each package and stored in it,
 * so it stays the same for the life of the package.  It is never computed from the name,
 * contact details or import order: two people with the same name get unrelated pseudonyms,
 * and nobody can recompute a pseudonym from an identity.  The alphabet leaves out letters and
 * digits that are easily confused (I, O, 0, 1).
 */

#include "config.h"

#include "merit-pseudonym.h"

/* Four characters give a million names; a crowded workspace gets longer ones. */
#define SHORT_LENGTH 4
#define LONG_LENGTH 6
#define SHORT_ATTEMPTS 64

static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

static gint32
random_index (GRand *rand)
{
  gint32 n = (gint32) (sizeof alphabet - 1);

  return rand != NULL ? g_rand_int_range (rand, 0, n) : g_random_int_range (0, n);
}

/**
 * merit_pseudonym_dup_taken:
 * @workspace: a workspace
 *
 * Returns: (transfer full): a set (keys only) of the pseudonyms the packages of @workspace
 *   already carry, for merit_pseudonym_new_unique()
 */
GHashTable *
merit_pseudonym_dup_taken (MeritWorkspace *workspace)
{
  GHashTable *taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *list;

  g_return_val_if_fail (MERIT_IS_WORKSPACE (workspace), taken);

  list = G_LIST_MODEL (workspace);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (list, i);
      const char *pseudonym = merit_candidate_get_pseudonym (candidate);

      if (pseudonym != NULL)
        g_hash_table_add (taken, g_strdup (pseudonym));
    }
  return taken;
}

/**
 * merit_pseudonym_new_unique:
 * @taken: a set of pseudonyms in use, as from merit_pseudonym_dup_taken(); the new one is
 *   added to it
 * @rand: (nullable): the random source, or %NULL for the global one; a seeded #GRand makes a
 *   reproducible sequence (the demo uses that for `--seed`)
 *
 * Draws a random pseudonym that is not in @taken.
 *
 * Returns: (transfer full): the new pseudonym
 */
char *
merit_pseudonym_new_unique (GHashTable *taken,
                            GRand      *rand)
{
  g_return_val_if_fail (taken != NULL, NULL);

  for (guint attempt = 0;; attempt++)
    {
      guint length = attempt < SHORT_ATTEMPTS ? SHORT_LENGTH : LONG_LENGTH;
      char code[LONG_LENGTH + 1] = { 0 };
      g_autofree char *pseudonym = NULL;

      for (guint i = 0; i < length; i++)
        code[i] = alphabet[random_index (rand)];
      pseudonym = g_strdup_printf ("Candidate %s", code);
      if (!g_hash_table_contains (taken, pseudonym))
        {
          g_hash_table_add (taken, g_strdup (pseudonym));
          return g_steal_pointer (&pseudonym);
        }
    }
}

/**
 * merit_workspace_new_pseudonym:
 * @workspace: a workspace
 * @rand: (nullable): the random source, or %NULL for the global one
 *
 * Draws a random pseudonym that no package of @workspace carries yet.  Callers that create
 * several packages before adding them keep a set from merit_pseudonym_dup_taken() instead.
 *
 * Returns: (transfer full): the new pseudonym
 */
char *
merit_workspace_new_pseudonym (MeritWorkspace *workspace,
                               GRand          *rand)
{
  g_autoptr(GHashTable) taken = merit_pseudonym_dup_taken (workspace);

  return merit_pseudonym_new_unique (taken, rand);
}
