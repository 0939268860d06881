/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-candidate-rows.c: the packages of a workspace as the list shows them.
 *
 * GTK 4.8's list widgets make a new widget for every row whose item is new after a change of
 * their model, and destroy the old ones: filtering 100,000 packages with a filter and a sort
 * model rebuilt some 200 rows of six cells on every keystroke.  Here the items are positions
 * instead (MeritCandidateRow): a row keeps its widgets and only its text is set again.  A
 * change of the filter or the order changes which package each position shows, which this
 * model reports with #MeritCandidateRows::rows-changed, and the number of positions, which it
 * reports with one items-changed at the end of the list.
 *
 * The filter and the order work on arrays of entries, one per package, which keep what a
 * package is searched and sorted by once it was first needed: the search text and one key per
 * sorted column (a collation key for text).  A package the workspace reports changed gets a
 * new entry.  Ties keep the workspace's order.
 */

#include "config.h"

#include "merit-candidate-rows.h"

struct _MeritCandidateRow
{
  GObject             parent_instance;
  MeritCandidateRows *owner;     /* unowned; cleared when the position goes away */
  guint               position;
};

G_DEFINE_FINAL_TYPE (MeritCandidateRow, merit_candidate_row, G_TYPE_OBJECT)

typedef struct
{
  char   *text;
  double  number;
} Key;

typedef struct
{
  MeritCandidate *candidate;
  guint           ord;       /* position in the workspace when it was last numbered */
  gboolean        shown;     /* passes the current filter */
  char           *text;      /* search text, once needed */
  Key            *keys;      /* one per column, once sorted by any */
  guint32         valid;     /* which keys are made */
} Entry;

struct _MeritCandidateRows
{
  GObject              parent_instance;

  GListModel          *model;
  guint                n_columns;
  MeritRowsTextFunc    text_func;
  MeritRowsFilterFunc  filter_func;
  MeritRowsKeyFunc     key_func;
  gpointer             user_data;

  GPtrArray           *entries;  /* Entry, in the workspace's order; owns them */
  GPtrArray           *sorted;   /* every entry in the current order */
  GPtrArray           *visible;  /* the entries that pass the filter, in the current order */
  GPtrArray           *slots;    /* MeritCandidateRow by position, made when asked for */
  MeritRowsOrder      *order;
  guint                n_order;
  char                *search;   /* case-folded, or NULL */
  guint                prepare_id;
  guint                prepared; /* entries before this have their search text and keys */
  guint32              prepare_columns; /* whose keys are made while idle */
};

static void merit_candidate_rows_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MeritCandidateRows, merit_candidate_rows, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      merit_candidate_rows_list_model_init))

enum {
  ROWS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- Entries ---- */

static Entry *
entry_new (MeritCandidate *candidate,
           guint           ord)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->candidate = g_object_ref (candidate);
  entry->ord = ord;
  return entry;
}

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  if (entry->keys != NULL)
    {
      for (guint i = 0; i < 32; i++)
        if (entry->valid & (1u << i))
          g_free (entry->keys[i].text);
      g_free (entry->keys);
    }
  g_free (entry->text);
  g_object_unref (entry->candidate);
  g_free (entry);
}

static const char *
entry_text (MeritCandidateRows *self,
            Entry              *entry)
{
  if (entry->text == NULL)
    entry->text = self->text_func (entry->candidate);
  return entry->text;
}

#define PREFETCH_AHEAD 8

static inline void
prefetch (const void *address)
{
#if defined(__GNUC__)
  if (address != NULL)
    __builtin_prefetch (address);
#endif
}

/* Whether @text holds @needle (not empty).  strchr() looks for the first letter with vector
 * instructions; strstr() spends longer preparing for each short text than this spends
 * looking through it. */
static inline gboolean
text_contains (const char *text,
               const char *needle)
{
  for (const char *p = strchr (text, needle[0]); p != NULL; p = strchr (p + 1, needle[0]))
    {
      guint k = 1;

      while (needle[k] != '\0' && p[k] == needle[k])
        k++;
      if (needle[k] == '\0')
        return TRUE;
    }
  return FALSE;
}

static gboolean
entry_passes (MeritCandidateRows *self,
              Entry              *entry)
{
  if (self->search != NULL && *self->search != '\0'
      && !text_contains (entry_text (self, entry), self->search))
    return FALSE;
  return self->filter_func (entry->candidate, self->user_data);
}

static const Key *entry_key (MeritCandidateRows *self,
                             Entry              *entry,
                             guint               column);

/* Search texts, and the keys of the columns asked for, are made while the window is idle, so
 * the first search or sort after a large workspace loads does not make 100,000 at once. */
static gboolean
prepare_cb (gpointer user_data)
{
  MeritCandidateRows *self = user_data;
  guint end = MIN (self->prepared + 1000, self->entries->len);

  for (; self->prepared < end; self->prepared++)
    {
      Entry *entry = g_ptr_array_index (self->entries, self->prepared);

      entry_text (self, entry);
      for (guint column = 0; column < self->n_columns; column++)
        if (self->prepare_columns & (1u << column))
          entry_key (self, entry, column);
    }
  if (self->prepared < self->entries->len)
    return G_SOURCE_CONTINUE;
  self->prepare_id = 0;
  return G_SOURCE_REMOVE;
}

static void
schedule_prepare (MeritCandidateRows *self)
{
  if (self->prepare_id != 0 || self->prepared >= self->entries->len)
    return;
  self->prepare_id = g_idle_add_full (G_PRIORITY_LOW, prepare_cb, self, NULL);
  g_source_set_static_name (g_main_context_find_source_by_id (NULL, self->prepare_id),
                            "[merit] search texts and sort keys");
}

static const Key *
entry_key (MeritCandidateRows *self,
           Entry              *entry,
           guint               column)
{
  if (entry->keys == NULL)
    entry->keys = g_new0 (Key, self->n_columns);
  if (!(entry->valid & (1u << column)))
    {
      g_autofree char *text = NULL;
      double number = 0;

      self->key_func (entry->candidate, column, &text, &number, self->user_data);
      if (text != NULL)
        {
          g_autofree char *folded = g_utf8_casefold (text, -1);

          entry->keys[column].text = g_utf8_collate_key (folded, -1);
        }
      entry->keys[column].number = number;
      entry->valid |= 1u << column;
    }
  return &entry->keys[column];
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  MeritCandidateRows *self = user_data;
  Entry *x = *(Entry **) a;
  Entry *y = *(Entry **) b;

  for (guint i = 0; i < self->n_order; i++)
    {
      const Key *kx = entry_key (self, x, self->order[i].column);
      const Key *ky = entry_key (self, y, self->order[i].column);
      int result;

      if (kx->text != NULL || ky->text != NULL)
        result = kx->text == NULL ? -1 : ky->text == NULL ? 1 : strcmp (kx->text, ky->text);
      else
        result = kx->number < ky->number ? -1 : kx->number > ky->number;
      if (result != 0)
        return self->order[i].descending ? -result : result;
    }
  return x->ord < y->ord ? -1 : x->ord > y->ord;
}

/* Where @entry goes in @array, which is in the current order. */
static guint
insertion_point (MeritCandidateRows *self,
                 GPtrArray          *array,
                 Entry              *entry)
{
  guint low = 0, high = array->len;

  while (low < high)
    {
      guint mid = low + (high - low) / 2;

      if (compare_entries (&array->pdata[mid], &entry, self) < 0)
        low = mid + 1;
      else
        high = mid;
    }
  return low;
}

static void
remove_entry (GPtrArray *array,
              Entry     *entry)
{
  for (guint i = array->len; i > 0; i--)
    if (array->pdata[i - 1] == entry)
      {
        g_ptr_array_remove_index (array, i - 1);
        return;
      }
}

/* ---- Rows ---- */

static void
merit_candidate_row_class_init (MeritCandidateRowClass *klass)
{
}

static void
merit_candidate_row_init (MeritCandidateRow *self)
{
}

/**
 * merit_candidate_row_get_candidate:
 * @self: a row
 *
 * Returns: (transfer none) (nullable): the package shown at the row's position now, or %NULL
 *   when the position is no longer listed
 */
MeritCandidate *
merit_candidate_row_get_candidate (MeritCandidateRow *self)
{
  g_return_val_if_fail (MERIT_IS_CANDIDATE_ROW (self), NULL);

  if (self->owner == NULL)
    return NULL;
  return merit_candidate_rows_get_candidate (self->owner, self->position);
}

static void
drop_slots_from (MeritCandidateRows *self,
                 guint               position)
{
  for (guint i = position; i < self->slots->len; i++)
    {
      MeritCandidateRow *row = g_ptr_array_index (self->slots, i);

      if (row != NULL)
        row->owner = NULL;
    }
  if (position < self->slots->len)
    g_ptr_array_set_size (self->slots, position);
}

/* Tells the views what changed since there were @old_n visible entries: the number of
 * positions at the end, and whether any position that stays shows another package. */
static void
publish (MeritCandidateRows *self,
         guint               old_n,
         gboolean            moved)
{
  guint new_n = self->visible->len;

  if (new_n < old_n)
    {
      drop_slots_from (self, new_n);
      g_list_model_items_changed (G_LIST_MODEL (self), new_n, old_n - new_n, 0);
    }
  else if (new_n > old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, new_n - old_n);
  if (moved)
    g_signal_emit (self, signals[ROWS_CHANGED], 0);
}

/* Whether a position below both lengths shows another entry in @now than in @old. */
static gboolean
moved_between (GPtrArray *old,
               GPtrArray *now)
{
  guint common = MIN (old->len, now->len);

  for (guint i = 0; i < common; i++)
    if (old->pdata[i] != now->pdata[i])
      return TRUE;
  return FALSE;
}

/* Makes the visible entries anew from the sorted ones and the shown flags, and publishes. */
static void
show_flagged (MeritCandidateRows *self)
{
  g_autoptr(GPtrArray) old = g_steal_pointer (&self->visible);

  self->visible = g_ptr_array_sized_new (old->len);
  for (guint i = 0; i < self->sorted->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->sorted, i);

      if (entry->shown)
        g_ptr_array_add (self->visible, entry);
    }
  publish (self, old->len, moved_between (old, self->visible));
}

/* What is sorted: the first key beside the entry, so that sorting 100,000 mostly reads one
 * array rather than every entry's keys. */
typedef struct
{
  const char *text;
  double      number;
  Entry      *entry;
  guint       ord;     /* the entry's, for ties when sorting by one column */
} SortItem;

static int
compare_items (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  MeritCandidateRows *self = user_data;
  const SortItem *x = a;
  const SortItem *y = b;
  int result;

  if (x->text != NULL || y->text != NULL)
    result = x->text == NULL ? -1 : y->text == NULL ? 1 : strcmp (x->text, y->text);
  else
    result = x->number < y->number ? -1 : x->number > y->number;
  if (result != 0)
    return self->order[0].descending ? -result : result;
  /* Most packages share a blind score or a stage with many others: a tie by the only column
   * is settled here, without reading both entries. */
  if (self->n_order == 1)
    return x->ord < y->ord ? -1 : x->ord > y->ord;
  return compare_entries (&x->entry, &y->entry, self);
}

static void
sort_all (MeritCandidateRows *self)
{
  if (self->n_order > 0)
    {
      guint n = self->sorted->len;
      SortItem *items = g_new (SortItem, MAX (n, 1));

      for (guint i = 0; i < n; i++)
        {
          Entry *entry = g_ptr_array_index (self->sorted, i);
          const Key *key = entry_key (self, entry, self->order[0].column);

          items[i].text = key->text;
          items[i].number = key->number;
          items[i].entry = entry;
          items[i].ord = entry->ord;
        }
      g_qsort_with_data (items, (gint) n, sizeof (SortItem), compare_items, self);
      for (guint i = 0; i < n; i++)
        self->sorted->pdata[i] = items[i].entry;
      g_free (items);
    }
  else
    {
      /* Workspace order: the entries array is that order. */
      g_ptr_array_set_size (self->sorted, 0);
      for (guint i = 0; i < self->entries->len; i++)
        g_ptr_array_add (self->sorted, self->entries->pdata[i]);
    }
}

/* Everything anew: after a change of the workspace other than an append or one package. */
static void
rebuild (MeritCandidateRows *self)
{
  g_ptr_array_set_size (self->sorted, 0);
  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries, i);

      entry->ord = i;
      entry->shown = entry_passes (self, entry);
      g_ptr_array_add (self->sorted, entry);
    }
  sort_all (self);
  show_flagged (self);
}

/* Merges @added (in the current order) into @array (in the current order); returns whether
 * any went before the end. */
static gboolean
merge_into (MeritCandidateRows *self,
            GPtrArray          *array,
            GPtrArray          *added)
{
  g_autoptr(GPtrArray) merged = NULL;
  guint i = 0, j = 0;

  if (added->len == 0)
    return FALSE;
  if (array->len == 0 || compare_entries (&array->pdata[array->len - 1], &added->pdata[0], self) < 0)
    {
      g_ptr_array_extend (array, added, NULL, NULL);
      return FALSE;
    }
  merged = g_ptr_array_sized_new (array->len + added->len);
  while (i < array->len || j < added->len)
    {
      if (j == added->len
          || (i < array->len && compare_entries (&array->pdata[i], &added->pdata[j], self) < 0))
        g_ptr_array_add (merged, array->pdata[i++]);
      else
        g_ptr_array_add (merged, added->pdata[j++]);
    }
  g_ptr_array_set_size (array, 0);
  g_ptr_array_extend (array, merged, NULL, NULL);
  return TRUE;
}

/* Packages appended to the workspace, as while loading: in workspace order they only add
 * rows at the end. */
static void
append_entries (MeritCandidateRows *self,
                guint               position,
                guint               added)
{
  g_autoptr(GPtrArray) new_sorted = g_ptr_array_sized_new (added);
  g_autoptr(GPtrArray) new_visible = g_ptr_array_sized_new (added);
  guint old_n = self->visible->len;
  gboolean moved;

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (self->model, position + i);
      Entry *entry = entry_new (candidate, position + i);

      g_ptr_array_add (self->entries, entry);
      entry->shown = entry_passes (self, entry);
      g_ptr_array_add (new_sorted, entry);
      if (entry->shown)
        g_ptr_array_add (new_visible, entry);
    }
  if (self->n_order > 0)
    {
      g_ptr_array_sort_with_data (new_sorted, compare_entries, self);
      g_ptr_array_sort_with_data (new_visible, compare_entries, self);
    }
  merge_into (self, self->sorted, new_sorted);
  moved = merge_into (self, self->visible, new_visible);
  publish (self, old_n, moved);
  schedule_prepare (self);
}

/* One package changed or was replaced: it takes its place in the order anew. */
static void
replace_entry (MeritCandidateRows *self,
               guint               position)
{
  g_autoptr(MeritCandidate) candidate = g_list_model_get_item (self->model, position);
  guint old_n = self->visible->len;
  Entry *previous = g_ptr_array_index (self->entries, position);
  Entry *entry = entry_new (candidate, previous->ord);

  remove_entry (self->sorted, previous);
  if (previous->shown)
    remove_entry (self->visible, previous);
  self->entries->pdata[position] = entry;

  entry->shown = entry_passes (self, entry);
  g_ptr_array_insert (self->sorted, insertion_point (self, self->sorted, entry), entry);
  if (entry->shown)
    g_ptr_array_insert (self->visible, insertion_point (self, self->visible, entry), entry);
  /* Its row shows it again even where nothing moved. */
  publish (self, old_n, TRUE);
  entry_free (previous);
}

static void
model_items_changed_cb (MeritCandidateRows *self,
                        guint               position,
                        guint               removed,
                        guint               added,
                        GListModel         *model)
{
  if (removed == 0 && position == self->entries->len)
    append_entries (self, position, added);
  else if (removed == 1 && added == 1)
    replace_entry (self, position);
  else
    {
      /* The removed entries live until the views know, so no new entry can take the address
       * of one that is still listed. */
      g_autoptr(GPtrArray) removed_entries = g_ptr_array_new_with_free_func (entry_free);

      for (guint i = 0; i < removed; i++)
        g_ptr_array_add (removed_entries, self->entries->pdata[position + i]);
      g_ptr_array_set_free_func (self->entries, NULL);
      g_ptr_array_remove_range (self->entries, position, removed);
      g_ptr_array_set_free_func (self->entries, entry_free);
      for (guint i = 0; i < added; i++)
        {
          g_autoptr(MeritCandidate) candidate = g_list_model_get_item (model, position + i);

          g_ptr_array_insert (self->entries, position + i, entry_new (candidate, 0));
        }
      self->prepared = MIN (self->prepared, position);
      rebuild (self);
      schedule_prepare (self);
    }
}

/* ---- GListModel ---- */

static GType
merit_candidate_rows_get_item_type (GListModel *model)
{
  return MERIT_TYPE_CANDIDATE_ROW;
}

static guint
merit_candidate_rows_get_n_items (GListModel *model)
{
  return MERIT_CANDIDATE_ROWS (model)->visible->len;
}

static gpointer
merit_candidate_rows_get_item (GListModel *model,
                               guint       position)
{
  MeritCandidateRows *self = MERIT_CANDIDATE_ROWS (model);
  MeritCandidateRow *row;

  if (position >= self->visible->len)
    return NULL;
  if (position >= self->slots->len)
    g_ptr_array_set_size (self->slots, position + 1);
  row = g_ptr_array_index (self->slots, position);
  if (row == NULL)
    {
      row = g_object_new (MERIT_TYPE_CANDIDATE_ROW, NULL);
      row->owner = self;
      row->position = position;
      self->slots->pdata[position] = row;
    }
  return g_object_ref (row);
}

static void
merit_candidate_rows_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = merit_candidate_rows_get_item_type;
  iface->get_n_items = merit_candidate_rows_get_n_items;
  iface->get_item = merit_candidate_rows_get_item;
}

/* ---- Object ---- */

static void
merit_candidate_rows_dispose (GObject *object)
{
  MeritCandidateRows *self = MERIT_CANDIDATE_ROWS (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  g_clear_handle_id (&self->prepare_id, g_source_remove);
  G_OBJECT_CLASS (merit_candidate_rows_parent_class)->dispose (object);
}

static void
merit_candidate_rows_finalize (GObject *object)
{
  MeritCandidateRows *self = MERIT_CANDIDATE_ROWS (object);

  drop_slots_from (self, 0);
  g_ptr_array_unref (self->slots);
  g_ptr_array_unref (self->visible);
  g_ptr_array_unref (self->sorted);
  g_ptr_array_unref (self->entries);
  g_free (self->order);
  g_free (self->search);
  G_OBJECT_CLASS (merit_candidate_rows_parent_class)->finalize (object);
}

static void
merit_candidate_rows_class_init (MeritCandidateRowsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = merit_candidate_rows_dispose;
  object_class->finalize = merit_candidate_rows_finalize;

  /**
   * MeritCandidateRows::rows-changed:
   * @self: the rows
   *
   * Positions that stay show other packages than before (a new filter or order); the
   * views show each row's package again.
   */
  signals[ROWS_CHANGED] =
    g_signal_new ("rows-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 0);
}

/* Positions nobody asked for have no row. */
static void
unref_slot (gpointer data)
{
  if (data != NULL)
    g_object_unref (data);
}

static void
merit_candidate_rows_init (MeritCandidateRows *self)
{
  self->entries = g_ptr_array_new_with_free_func (entry_free);
  self->sorted = g_ptr_array_new ();
  self->visible = g_ptr_array_new ();
  self->slots = g_ptr_array_new_with_free_func (unref_slot);
}

/**
 * merit_candidate_rows_new:
 * @n_columns: how many columns may be sorted by (at most 32)
 * @text_func: makes a package's search text
 * @filter_func: tells whether a package is listed
 * @key_func: gives what a package sorts by in a column
 * @user_data: data for @filter_func and @key_func
 *
 * Returns: (transfer full): new rows, with no model
 */
MeritCandidateRows *
merit_candidate_rows_new (guint               n_columns,
                          MeritRowsTextFunc   text_func,
                          MeritRowsFilterFunc filter_func,
                          MeritRowsKeyFunc    key_func,
                          gpointer            user_data)
{
  MeritCandidateRows *self;

  g_return_val_if_fail (n_columns <= 32, NULL);
  g_return_val_if_fail (text_func != NULL && filter_func != NULL && key_func != NULL, NULL);

  self = g_object_new (MERIT_TYPE_CANDIDATE_ROWS, NULL);
  self->n_columns = n_columns;
  self->text_func = text_func;
  self->filter_func = filter_func;
  self->key_func = key_func;
  self->user_data = user_data;
  return self;
}

/**
 * merit_candidate_rows_set_model:
 * @self: rows
 * @model: (nullable): the packages, a #GListModel of #MeritCandidate
 */
void
merit_candidate_rows_set_model (MeritCandidateRows *self,
                                GListModel         *model)
{
  g_autoptr(GPtrArray) old = NULL;

  g_return_if_fail (MERIT_IS_CANDIDATE_ROWS (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    g_signal_connect_object (model, "items-changed", G_CALLBACK (model_items_changed_cb), self,
                             G_CONNECT_SWAPPED);

  /* The old entries stay alive until the views know the positions changed. */
  old = g_steal_pointer (&self->entries);
  self->entries = g_ptr_array_new_with_free_func (entry_free);
  self->prepared = 0;
  if (model != NULL)
    for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
      {
        g_autoptr(MeritCandidate) candidate = g_list_model_get_item (model, i);

        g_ptr_array_add (self->entries, entry_new (candidate, i));
      }
  rebuild (self);
  schedule_prepare (self);
}

/**
 * merit_candidate_rows_set_search:
 * @self: rows
 * @search: (nullable): case-folded text that a package's search text must hold, or %NULL
 *
 * Lists only the packages whose search text holds @search (and that pass the filter).
 */
void
merit_candidate_rows_set_search (MeritCandidateRows *self,
                                 const char         *search)
{
  g_autofree char *old = NULL;
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  g_return_if_fail (MERIT_IS_CANDIDATE_ROWS (self));

  if (g_strcmp0 (search, self->search) == 0)
    return;
  old = g_steal_pointer (&self->search);
  self->search = g_strdup (search);
  if (old != NULL && search != NULL && strstr (search, old) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (search == NULL || (old != NULL && strstr (old, search) != NULL))
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  merit_candidate_rows_refilter (self, change);
}

/**
 * merit_candidate_rows_refilter:
 * @self: rows
 * @change: how the filter changed: %GTK_FILTER_CHANGE_MORE_STRICT looks only at the packages
 *   listed now
 */
void
merit_candidate_rows_refilter (MeritCandidateRows *self,
                               GtkFilterChange     change)
{
  g_autoptr(GPtrArray) old = NULL;
  GPtrArray *source;

  g_return_if_fail (MERIT_IS_CANDIDATE_ROWS (self));

  old = g_ptr_array_copy (self->visible, NULL, NULL);
  source = change == GTK_FILTER_CHANGE_MORE_STRICT ? old : self->sorted;
  /* Entries not listed are not shown already, so a stricter filter looks only at the listed
   * ones. */
  g_ptr_array_set_size (self->visible, 0);
  for (guint i = 0; i < source->len; i++)
    {
      Entry *entry = g_ptr_array_index (source, i);

      /* The entries and their texts lie all over the heap: a search over 100,000 of them
       * waits on memory more than it compares, unless what comes next is fetched early. */
      if (i + 2 * PREFETCH_AHEAD < source->len)
        prefetch (g_ptr_array_index (source, i + 2 * PREFETCH_AHEAD));
      if (i + PREFETCH_AHEAD < source->len)
        prefetch (((Entry *) g_ptr_array_index (source, i + PREFETCH_AHEAD))->text);
      entry->shown = entry_passes (self, entry);
      if (entry->shown)
        g_ptr_array_add (self->visible, entry);
    }
  publish (self, old->len, moved_between (old, self->visible));
}

/**
 * merit_candidate_rows_set_order:
 * @self: rows
 * @order: (array length=n_order) (nullable): the columns to sort by, the first first
 * @n_order: how many
 *
 * Sorts the packages; with no column they are in the workspace's order.
 */
void
merit_candidate_rows_set_order (MeritCandidateRows   *self,
                                const MeritRowsOrder *order,
                                guint                 n_order)
{
  g_return_if_fail (MERIT_IS_CANDIDATE_ROWS (self));
  g_return_if_fail (order != NULL || n_order == 0);

  for (guint i = 0; i < n_order; i++)
    g_return_if_fail (order[i].column < self->n_columns);
  g_free (self->order);
  self->order = g_memdup2 (order, sizeof (MeritRowsOrder) * n_order);
  self->n_order = n_order;
  sort_all (self);
  show_flagged (self);
}

/**
 * merit_candidate_rows_invalidate_column:
 * @self: rows
 * @column: a column whose keys changed for every package (a new calibration)
 *
 * Makes the keys of @column anew and sorts again if the rows are sorted by it.
 */
void
merit_candidate_rows_invalidate_column (MeritCandidateRows *self,
                                        guint               column)
{
  g_return_if_fail (MERIT_IS_CANDIDATE_ROWS (self));
  g_return_if_fail (column < self->n_columns);

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries, i);

      if (entry->valid & (1u << column))
        {
          g_clear_pointer (&entry->keys[column].text, g_free);
          entry->valid &= ~(1u << column);
        }
    }
  if (self->prepare_columns & (1u << column))
    {
      self->prepared = 0;
      schedule_prepare (self);
    }
  for (guint i = 0; i < self->n_order; i++)
    if (self->order[i].column == column)
      {
        sort_all (self);
        show_flagged (self);
        return;
      }
}

/**
 * merit_candidate_rows_prepare_column:
 * @self: rows
 * @column: a column
 *
 * Makes the keys of @column while the window is idle (and again whenever they are made
 * invalid), so that sorting by it later only sorts.
 */
void
merit_candidate_rows_prepare_column (MeritCandidateRows *self,
                                     guint               column)
{
  g_return_if_fail (MERIT_IS_CANDIDATE_ROWS (self));
  g_return_if_fail (column < self->n_columns);

  self->prepare_columns |= 1u << column;
  self->prepared = 0;
  schedule_prepare (self);
}

/**
 * merit_candidate_rows_get_candidate:
 * @self: rows
 * @position: a position
 *
 * Returns: (transfer none) (nullable): the package shown at @position
 */
MeritCandidate *
merit_candidate_rows_get_candidate (MeritCandidateRows *self,
                                    guint               position)
{
  g_return_val_if_fail (MERIT_IS_CANDIDATE_ROWS (self), NULL);

  if (position >= self->visible->len)
    return NULL;
  return ((Entry *) self->visible->pdata[position])->candidate;
}

/**
 * merit_candidate_rows_find:
 * @self: rows
 * @id: a package id
 *
 * Returns: the position where the package with @id is listed, or
 *   %GTK_INVALID_LIST_POSITION
 */
guint
merit_candidate_rows_find (MeritCandidateRows *self,
                           const char         *id)
{
  g_return_val_if_fail (MERIT_IS_CANDIDATE_ROWS (self), GTK_INVALID_LIST_POSITION);
  g_return_val_if_fail (id != NULL, GTK_INVALID_LIST_POSITION);

  for (guint i = 0; i < self->visible->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->visible, i);

      if (g_strcmp0 (merit_candidate_get_id (entry->candidate), id) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}
