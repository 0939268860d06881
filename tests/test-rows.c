/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-rows.c: the list's rows — search, filter, order and changes of the workspace. */

#include "config.h"

#include <string.h>

#include "merit-candidate-rows.h"
#include "merit-model.h"

enum {
  COLUMN_PSEUDONYM,
  COLUMN_STAGE,
  N_COLUMNS
};

typedef struct
{
  MeritWorkspace     *workspace;
  MeritCandidateRows *rows;
  int                 only_stage;   /* -1: every stage */
  guint               n_changed;    /* rows-changed emissions */
  guint               n_texts;      /* search texts made */
} Fixture;

static char *
text_func (MeritCandidate *candidate)
{
  return g_utf8_casefold (merit_candidate_get_pseudonym (candidate), -1);
}

static gboolean
filter_func (MeritCandidate *candidate,
             gpointer        user_data)
{
  Fixture *fixture = user_data;

  return fixture->only_stage < 0
         || merit_candidate_get_stage (candidate) == (MeritStage) fixture->only_stage;
}

static void
key_func (MeritCandidate *candidate,
          guint           column,
          char          **text,
          double         *number,
          gpointer        user_data)
{
  if (column == COLUMN_PSEUDONYM)
    *text = g_strdup (merit_candidate_get_pseudonym (candidate));
  else
    *number = merit_candidate_get_stage (candidate);
}

static MeritCandidate *
make (const char *id,
      const char *pseudonym,
      MeritStage  stage)
{
  MeritCandidate *candidate = merit_candidate_new (id);

  merit_candidate_set_pseudonym (candidate, pseudonym);
  merit_candidate_set_stage (candidate, stage);
  return candidate;
}

static void
append (Fixture    *fixture,
        const char *id,
        const char *pseudonym,
        MeritStage  stage)
{
  g_autoptr(MeritCandidate) candidate = make (id, pseudonym, stage);

  merit_workspace_append_batch (fixture->workspace, &candidate, 1);
}

static void
changed_cb (MeritCandidateRows *rows,
            Fixture            *fixture)
{
  fixture->n_changed++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  MeritCandidate *batch[5];

  fixture->only_stage = -1;
  fixture->workspace = merit_workspace_new ();
  batch[0] = make ("c1", "Quiet Heron", MERIT_STAGE_SOURCED);
  batch[1] = make ("c2", "Amber Fox", MERIT_STAGE_BLIND_REVIEW);
  batch[2] = make ("c3", "Bold Lynx", MERIT_STAGE_SOURCED);
  batch[3] = make ("c4", "amber owl", MERIT_STAGE_COMMITTEE);
  batch[4] = make ("c5", "Calm Otter", MERIT_STAGE_BLIND_REVIEW);
  merit_workspace_append_batch (fixture->workspace, batch, G_N_ELEMENTS (batch));
  for (guint i = 0; i < G_N_ELEMENTS (batch); i++)
    g_object_unref (batch[i]);
  fixture->rows = merit_candidate_rows_new (N_COLUMNS, text_func, filter_func, key_func, fixture);
  g_signal_connect (fixture->rows, "rows-changed", G_CALLBACK (changed_cb), fixture);
  merit_candidate_rows_set_model (fixture->rows, G_LIST_MODEL (fixture->workspace));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->rows);
  g_clear_object (&fixture->workspace);
}

/* The ids the rows show, in order, through the row objects as a list view sees them. */
static char *
shown (Fixture *fixture)
{
  GListModel *model = G_LIST_MODEL (fixture->rows);
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MeritCandidateRow) row = g_list_model_get_item (model, i);

      g_assert_true (MERIT_IS_CANDIDATE_ROW (row));
      g_assert_true (merit_candidate_row_get_candidate (row)
                     == merit_candidate_rows_get_candidate (fixture->rows, i));
      g_string_append_printf (ids, "%s%s", i > 0 ? " " : "",
                              merit_candidate_get_id (merit_candidate_row_get_candidate (row)));
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static void
assert_shown (Fixture    *fixture,
              const char *expected)
{
  g_autofree char *ids = shown (fixture);

  g_assert_cmpstr (ids, ==, expected);
}

static void
test_workspace_order (Fixture       *fixture,
                      gconstpointer  data)
{
  assert_shown (fixture, "c1 c2 c3 c4 c5");
  g_assert_cmpuint (merit_candidate_rows_find (fixture->rows, "c4"), ==, 3);
  g_assert_cmpuint (merit_candidate_rows_find (fixture->rows, "nope"), ==, GTK_INVALID_LIST_POSITION);
  g_assert_null (merit_candidate_rows_get_candidate (fixture->rows, 5));
}

/* A search narrows as it is typed, ignores case, and widens again when erased; a row object
 * of a position that went away no longer shows any package. */
static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(MeritCandidateRow) last = g_list_model_get_item (G_LIST_MODEL (fixture->rows), 4);

  /* Typed, erased, and anywhere in the text: past a false start ("ot" of "otter"), and
   * never past its end. */
  static const struct { const char *search; const char *shown; } steps[] = {
    { "a", "c2 c4 c5" }, { "am", "c2 c4" }, { "amber o", "c4" }, { "amber", "c2 c4" },
    { "lynx", "c3" }, { "er", "c1 c2 c4 c5" }, { "ter", "c5" }, { "owl", "c4" },
    { "owls", "" }, { "", "c1 c2 c3 c4 c5" }, { "fox", "c2" }, { NULL, "c1 c2 c3 c4 c5" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      merit_candidate_rows_set_search (fixture->rows, steps[i].search);
      assert_shown (fixture, steps[i].shown);
      if (i == 0)
        g_assert_null (merit_candidate_row_get_candidate (last));
    }
}

static void
test_filter (Fixture       *fixture,
             gconstpointer  data)
{
  fixture->only_stage = MERIT_STAGE_SOURCED;
  merit_candidate_rows_refilter (fixture->rows, GTK_FILTER_CHANGE_DIFFERENT);
  assert_shown (fixture, "c1 c3");
  /* Search and filter together. */
  merit_candidate_rows_set_search (fixture->rows, "bold");
  assert_shown (fixture, "c3");
  fixture->only_stage = -1;
  merit_candidate_rows_refilter (fixture->rows, GTK_FILTER_CHANGE_LESS_STRICT);
  assert_shown (fixture, "c3");
}

/* By text (ignoring case), descending, and by a second column where the first ties; ties
 * otherwise keep the workspace's order. */
static void
test_order (Fixture       *fixture,
            gconstpointer  data)
{
  MeritRowsOrder by_name[] = { { COLUMN_PSEUDONYM, FALSE } };
  MeritRowsOrder by_stage_desc[] = { { COLUMN_STAGE, TRUE } };
  MeritRowsOrder by_stage_then_name[] = { { COLUMN_STAGE, FALSE }, { COLUMN_PSEUDONYM, TRUE } };

  merit_candidate_rows_set_order (fixture->rows, by_name, 1);
  assert_shown (fixture, "c2 c4 c3 c5 c1");
  merit_candidate_rows_set_order (fixture->rows, by_stage_desc, 1);
  assert_shown (fixture, "c4 c2 c5 c1 c3");
  merit_candidate_rows_set_order (fixture->rows, by_stage_then_name, 2);
  assert_shown (fixture, "c1 c3 c5 c2 c4");
  /* A search keeps the order. */
  merit_candidate_rows_set_search (fixture->rows, "er");
  assert_shown (fixture, "c1 c5 c2 c4");
  merit_candidate_rows_set_order (fixture->rows, NULL, 0);
  assert_shown (fixture, "c1 c2 c4 c5");
}

/* Packages that come in while sorted take their places; one appended at the end of the
 * workspace order only adds a row. */
static void
test_append (Fixture       *fixture,
             gconstpointer  data)
{
  MeritRowsOrder by_name[] = { { COLUMN_PSEUDONYM, FALSE } };
  guint changed;

  changed = fixture->n_changed;
  append (fixture, "c6", "Zesty Yak", MERIT_STAGE_SOURCED);
  assert_shown (fixture, "c1 c2 c3 c4 c5 c6");
  g_assert_cmpuint (fixture->n_changed, ==, changed);

  merit_candidate_rows_set_order (fixture->rows, by_name, 1);
  changed = fixture->n_changed;
  append (fixture, "c7", "Brisk Wren", MERIT_STAGE_SOURCED);
  assert_shown (fixture, "c2 c4 c3 c7 c5 c1 c6");
  g_assert_cmpuint (fixture->n_changed, ==, changed + 1);
  g_assert_cmpuint (merit_candidate_rows_find (fixture->rows, "c7"), ==, 3);
}

/* A package saved with another name or stage moves to its new place, and leaves the list
 * when it no longer passes the filter. */
static void
test_replace (Fixture       *fixture,
              gconstpointer  data)
{
  MeritRowsOrder by_name[] = { { COLUMN_PSEUDONYM, FALSE } };
  g_autoptr(MeritCandidate) renamed = make ("c1", "Able Ant", MERIT_STAGE_SOURCED);
  g_autoptr(MeritCandidate) moved = make ("c3", "Bold Lynx", MERIT_STAGE_OFFER_DRAFT);

  merit_candidate_rows_set_order (fixture->rows, by_name, 1);
  fixture->only_stage = MERIT_STAGE_SOURCED;
  merit_candidate_rows_refilter (fixture->rows, GTK_FILTER_CHANGE_DIFFERENT);
  assert_shown (fixture, "c3 c1");

  merit_workspace_replace (fixture->workspace, renamed);
  assert_shown (fixture, "c1 c3");
  g_assert_true (merit_candidate_rows_get_candidate (fixture->rows, 0) == renamed);
  merit_workspace_replace (fixture->workspace, moved);
  assert_shown (fixture, "c1");

  fixture->only_stage = -1;
  merit_candidate_rows_refilter (fixture->rows, GTK_FILTER_CHANGE_LESS_STRICT);
  assert_shown (fixture, "c1 c2 c4 c3 c5");
  merit_workspace_remove_all (fixture->workspace);
  assert_shown (fixture, "");
}

/* The search text of a package changed in place is made again. */
static void
test_changed_in_place (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(MeritCandidate) candidate = g_list_model_get_item (G_LIST_MODEL (fixture->workspace), 1);

  merit_candidate_rows_set_search (fixture->rows, "fox");
  assert_shown (fixture, "c2");
  merit_candidate_set_pseudonym (candidate, "Amber Crane");
  merit_workspace_item_changed (fixture->workspace, candidate);
  assert_shown (fixture, "");
  merit_candidate_rows_set_search (fixture->rows, "crane");
  assert_shown (fixture, "c2");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/rows/workspace-order", test_workspace_order);
  ADD ("/rows/search", test_search);
  ADD ("/rows/filter", test_filter);
  ADD ("/rows/order", test_order);
  ADD ("/rows/append", test_append);
  ADD ("/rows/replace", test_replace);
  ADD ("/rows/changed-in-place", test_changed_in_place);
#undef ADD

  return g_test_run ();
}
