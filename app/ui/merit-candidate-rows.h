/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-candidate-rows.h: the packages of a workspace as the list shows them, filtered and
 * sorted, one row object per position. */

#pragma once

#include <gtk/gtk.h>

#include "merit-model.h"

G_BEGIN_DECLS

#define MERIT_TYPE_CANDIDATE_ROWS (merit_candidate_rows_get_type ())
#define MERIT_TYPE_CANDIDATE_ROW (merit_candidate_row_get_type ())

G_DECLARE_FINAL_TYPE (MeritCandidateRows, merit_candidate_rows, MERIT, CANDIDATE_ROWS, GObject)
G_DECLARE_FINAL_TYPE (MeritCandidateRow, merit_candidate_row, MERIT, CANDIDATE_ROW, GObject)

/**
 * MeritRowsTextFunc:
 * @candidate: a package
 *
 * Returns: (transfer full): the text a search looks through, already case-folded
 */
typedef char *   (*MeritRowsTextFunc)   (MeritCandidate *candidate);

/**
 * MeritRowsFilterFunc:
 * @candidate: a package whose search text holds the search
 * @user_data: the data given to merit_candidate_rows_new()
 *
 * Returns: whether the package is listed
 */
typedef gboolean (*MeritRowsFilterFunc) (MeritCandidate *candidate,
                                         gpointer        user_data);

/**
 * MeritRowsKeyFunc:
 * @candidate: a package
 * @column: the column it is sorted by
 * @text: (out) (transfer full) (nullable): the text it sorts by, or %NULL to sort by @number
 * @number: (out): the number it sorts by when there is no text
 * @user_data: the data given to merit_candidate_rows_new()
 */
typedef void     (*MeritRowsKeyFunc)    (MeritCandidate *candidate,
                                         guint           column,
                                         char          **text,
                                         double         *number,
                                         gpointer        user_data);

typedef struct
{
  guint    column;
  gboolean descending;
} MeritRowsOrder;

MeritCandidateRows *merit_candidate_rows_new               (guint                 n_columns,
                                                            MeritRowsTextFunc     text_func,
                                                            MeritRowsFilterFunc   filter_func,
                                                            MeritRowsKeyFunc      key_func,
                                                            gpointer              user_data);
void                merit_candidate_rows_set_model         (MeritCandidateRows   *self,
                                                            GListModel           *model);
void                merit_candidate_rows_set_search        (MeritCandidateRows   *self,
                                                            const char           *search);
void                merit_candidate_rows_refilter          (MeritCandidateRows   *self,
                                                            GtkFilterChange       change);
void                merit_candidate_rows_set_order         (MeritCandidateRows   *self,
                                                            const MeritRowsOrder *order,
                                                            guint                 n_order);
void                merit_candidate_rows_invalidate_column (MeritCandidateRows   *self,
                                                            guint                 column);
void                merit_candidate_rows_prepare_column    (MeritCandidateRows   *self,
                                                            guint                 column);
MeritCandidate     *merit_candidate_rows_get_candidate     (MeritCandidateRows   *self,
                                                            guint                 position);
guint               merit_candidate_rows_find              (MeritCandidateRows   *self,
                                                            const char           *id);

MeritCandidate     *merit_candidate_row_get_candidate      (MeritCandidateRow    *self);

G_END_DECLS
