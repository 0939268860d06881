/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-workspace-store-load.c: reading a workspace folder into the model, fast at any size.
 *
 * Two threads read and validate package files, chunk by chunk, and hand the chunks to the
 * model in file-name order.  The synchronous load (the command line) keeps every package
 * complete.  The asynchronous load (the window) keeps a summary per package: what a list row
 * shows.  The summary comes from .merit/index when the file still has the size, time and
 * inode the index recorded, so a warm open reads one file instead of every package; any
 * other file is read and validated, and the index is rewritten.  A summary package reads
 * its file in full the first time anything beyond the summary is used.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "merit-atomic-file.h"
#include "merit-candidate-private.h"
#include "merit-package-index.h"
#include "merit-package-reader.h"
#include "merit-store-error.h"
#include "merit-workspace-file.h"
#include "merit-workspace-store-private.h"
#include "merit-xml.h"

/* Packages are read by this many threads. */
#define N_LOAD_THREADS 2

/* Tags the load task; ISO C cannot turn a function pointer into the gpointer tag. */
static char load_source_tag;

struct _MeritLazyContext
{
  gatomicrefcount  ref_count;
  char            *packages_path;
  GWeakRef         store;
};

/* A name with its first eight bytes as a number, in the order strcmp() gives them: sorting
 * 100,000 names then mostly compares numbers side by side instead of following pointers. */
typedef struct
{
  guint64  prefix;
  char    *name;
} SortName;

typedef struct
{
  struct stat      st;
  gboolean         stat_ok;
  MeritIndexEntry *indexed;    /* the index's entry for the name, not yet checked */
  MeritIndexEntry *entry;      /* from the index when it matches, or made while reading */
  MeritCandidate  *candidate;
  char            *hash;
} Item;

typedef struct _Load Load;

typedef struct
{
  MeritWorkspaceStore *store;
  GTask               *task;
  guint                generation;
  GPtrArray           *candidates;
  GPtrArray           *hashes;
  GBytes              *workspace_bytes;
  char                *workspace_hash;
  guint                applied;   /* candidates already in the workspace */
  gboolean             done;
  gboolean             first_rows; /* the loading thread waits until these are drawn */
} Batch;

typedef void (*PostFunc) (Load  *load,
                          Batch *batch);

struct _Load
{
  gboolean          summary;
  char             *packages_path;
  char             *workspace_file_path;
  char             *index_path;
  MeritLazyContext *lazy;
  guint             generation;

  GBytes           *workspace_bytes;
  char             *workspace_hash;

  /* The names apart from the items: listing 100,000 files then writes only the names, and
   * the items' pages (some 20 MB) are first touched by the threads that read them, after
   * the first rows are on their way. */
  SortName         *names;
  Item             *items;
  guint             n_items;
  int               dir_fd;        /* the packages folder, for fstatat(), or -1 */
  gboolean          read_all;      /* every file is read: no index, or the command line */
  guint             n_chunks;
  gint              next_chunk;
  guint             n_early;       /* the first items, read before the index was in */
  gboolean          index_dirty;
  gboolean          posted_done;

  GMutex            mutex;
  GCond             drawn_cond;
  gboolean          drawn;         /* the window had a frame after the first rows came in */
  guint8           *chunk_done;
  guint             next_to_post;
  GCancellable     *cancellable;
  PostFunc          post;
  GTask            *task;          /* the asynchronous load, or NULL */
  GPtrArray        *sync_batches;  /* the synchronous load's batches, in order */
};

static MeritLazyContext *
lazy_context_new (MeritWorkspaceStore *store)
{
  MeritLazyContext *lazy = g_new0 (MeritLazyContext, 1);

  g_atomic_ref_count_init (&lazy->ref_count);
  lazy->packages_path = g_strdup (store->packages_path);
  g_weak_ref_init (&lazy->store, store);
  return lazy;
}

static MeritLazyContext *
lazy_context_ref (MeritLazyContext *lazy)
{
  g_atomic_ref_count_inc (&lazy->ref_count);
  return lazy;
}

void
_merit_lazy_context_unref (gpointer data)
{
  MeritLazyContext *lazy = data;

  if (!g_atomic_ref_count_dec (&lazy->ref_count))
    return;
  g_weak_ref_clear (&lazy->store);
  g_free (lazy->packages_path);
  g_free (lazy);
}

static Batch *
batch_new (Load *load)
{
  Batch *batch = g_new0 (Batch, 1);

  batch->generation = load->generation;
  batch->candidates = g_ptr_array_new_with_free_func (g_object_unref);
  batch->hashes = g_ptr_array_new_with_free_func (g_free);
  if (load->task != NULL)
    {
      batch->task = g_object_ref (load->task);
      batch->store = g_object_ref (g_task_get_source_object (load->task));
    }
  return batch;
}

static void
batch_free (gpointer data)
{
  Batch *batch = data;

  g_clear_object (&batch->store);
  g_clear_object (&batch->task);
  g_clear_pointer (&batch->candidates, g_ptr_array_unref);
  g_clear_pointer (&batch->hashes, g_ptr_array_unref);
  g_clear_pointer (&batch->workspace_bytes, g_bytes_unref);
  g_free (batch->workspace_hash);
  g_free (batch);
}

/* Drops a batch of a load that was cancelled or superseded; its last batch ends its task. */
static void
batch_discard (gpointer data)
{
  Batch *batch = data;

  if (batch->done && batch->task != NULL)
    {
      _merit_workspace_store_set_loading (batch->store, FALSE);
      if (!g_task_return_error_if_cancelled (batch->task))
        g_task_return_new_error (batch->task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s",
                                 _("Another load of this workspace took over"));
    }
  batch_free (batch);
}

static void
clear_items (Load *load)
{
  for (guint i = 0; i < load->n_items; i++)
    {
      Item *item = &load->items[i];

      g_free (load->names[i].name);
      g_clear_pointer (&item->indexed, merit_index_entry_free);
      g_clear_pointer (&item->entry, merit_index_entry_free);
      g_clear_object (&item->candidate);
      g_free (item->hash);
    }
  g_clear_pointer (&load->items, g_free);
  g_clear_pointer (&load->names, g_free);
  load->n_items = 0;
}

static void
load_free (Load *load)
{
  clear_items (load);
  if (load->dir_fd >= 0)
    close (load->dir_fd);
  g_free (load->chunk_done);
  g_free (load->packages_path);
  g_free (load->workspace_file_path);
  g_free (load->index_path);
  g_clear_pointer (&load->lazy, _merit_lazy_context_unref);
  g_clear_pointer (&load->workspace_bytes, g_bytes_unref);
  g_free (load->workspace_hash);
  g_clear_pointer (&load->sync_batches, g_ptr_array_unref);
  g_mutex_clear (&load->mutex);
  g_cond_clear (&load->drawn_cond);
  g_free (load);
}

static Load *
load_new (MeritWorkspaceStore *self,
          gboolean             summary)
{
  Load *load = g_new0 (Load, 1);

  load->summary = summary;
  load->dir_fd = -1;
  load->packages_path = g_strdup (self->packages_path);
  load->workspace_file_path = g_strdup (self->workspace_file_path);
  load->index_path = g_strdup (self->index_path);
  load->generation = self->generation;
  if (summary)
    load->lazy = lazy_context_ref (self->lazy);
  g_mutex_init (&load->mutex);
  g_cond_init (&load->drawn_cond);
  return load;
}

/**
 * _merit_workspace_store_read_one:
 * @packages_path: the packages folder
 * @id: the package id
 * @watched: whether edits to the package's sections are watched (it will be edited)
 * @candidate: (out): the package, or a candidate marked broken with the reason
 * @hash: (out): merit_content_hash() of the bytes read, or %NULL when the file could not be read
 *
 * Reads and validates one package file.
 */
void
_merit_workspace_store_read_one (const char      *packages_path,
                                 const char      *id,
                                 gboolean         watched,
                                 MeritCandidate **candidate,
                                 char           **hash)
{
  g_autofree char *file_name = g_strconcat (id, ".xml", NULL);
  g_autofree char *path = g_build_filename (packages_path, file_name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  *candidate = NULL;
  *hash = NULL;
  bytes = merit_file_read_bounded (path, MERIT_XML_MAX_BYTES, &error);
  if (bytes != NULL)
    {
      *hash = merit_content_hash (bytes);
      *candidate = watched ? merit_package_read_bytes (bytes, path, id, &error)
                           : _merit_package_read_bytes_unwatched (bytes, path, id, &error);
    }
  if (*candidate == NULL)
    {
      *candidate = merit_candidate_new (id);
      merit_candidate_set_broken_reason (*candidate, error->message);
    }
}

typedef struct
{
  MeritWorkspaceStore *store;
  MeritCandidate      *candidate;
} ChangedLater;

static gboolean
item_changed_idle_cb (gpointer data)
{
  ChangedLater *later = data;

  merit_workspace_item_changed (later->store->workspace, later->candidate);
  g_object_unref (later->store);
  g_object_unref (later->candidate);
  g_free (later);
  return G_SOURCE_REMOVE;
}

/* Reads a summary package in full, on its first use beyond the summary. */
static void
lazy_load_cb (MeritCandidate *candidate,
              gpointer        user_data)
{
  MeritLazyContext *lazy = user_data;
  const char *id = merit_candidate_get_id (candidate);
  g_autoptr(MeritCandidate) full = NULL;
  g_autoptr(MeritWorkspaceStore) store = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *pseudonym = g_strdup (merit_candidate_get_pseudonym (candidate));
  MeritStage stage = merit_candidate_get_stage (candidate);
  double score = merit_candidate_get_blind_score (candidate);
  gboolean changed;

  /* Its contents go to @candidate, which watches them. */
  _merit_workspace_store_read_one (lazy->packages_path, id, FALSE, &full, &hash);
  if (merit_candidate_get_broken_reason (full) == NULL)
    _merit_candidate_take_contents (candidate, full);
  else
    merit_candidate_set_broken_reason (candidate, merit_candidate_get_broken_reason (full));
  changed = merit_candidate_get_broken_reason (candidate) != NULL
            || stage != merit_candidate_get_stage (candidate)
            || g_strcmp0 (pseudonym, merit_candidate_get_pseudonym (candidate)) != 0
            || score != merit_candidate_get_blind_score (candidate);

  store = g_weak_ref_get (&lazy->store);
  if (store == NULL || merit_workspace_lookup (store->workspace, id) != candidate)
    return;
  if (hash != NULL)
    g_hash_table_insert (store->disk_hashes, g_strdup (id), g_steal_pointer (&hash));
  else
    g_hash_table_remove (store->disk_hashes, id);
  if (merit_candidate_get_broken_reason (candidate) != NULL)
    _merit_workspace_store_set_n_broken (store, store->n_broken + 1);
  /* The file changed since the summary was made.  Views hear of it once the caller, which
   * may be iterating a list model right now, is done. */
  if (changed)
    {
      ChangedLater *later = g_new0 (ChangedLater, 1);

      later->store = g_object_ref (store);
      later->candidate = g_object_ref (candidate);
      g_idle_add (item_changed_idle_cb, later);
    }
}

static MeritCandidate *
summary_candidate (Load                  *load,
                   const MeritIndexEntry *entry)
{
  MeritCandidate *candidate = merit_index_entry_to_candidate (entry);

  if (!entry->broken)
    _merit_candidate_set_summary (candidate, entry->score,
                                  (const char * const *) entry->reviewers, entry->tallies,
                                  lazy_load_cb,
                                  lazy_context_ref (load->lazy), _merit_lazy_context_unref);
  return candidate;
}

/* Reads @item into a candidate: a summary from the index's entry when the file is as the
 * index knew it, else from the file.  @before_index: the index is not in yet; the file is
 * read, and match_index() checks the entry later. */
static void
process_item (Load     *load,
              guint     i,
              gboolean  before_index)
{
  Item *item = &load->items[i];
  const char *name = load->names[i].name;
  g_autofree char *id = g_strndup (name, strlen (name) - strlen (".xml"));
  g_autoptr(MeritCandidate) candidate = NULL;
  g_autofree char *hash = NULL;

  /* Each file's status is taken here, by the reading threads, so that the first packages
   * come in without waiting for 100,000 of them (never following a symlink). */
  if (load->summary)
    {
      item->stat_ok = load->dir_fd >= 0
                      && fstatat (load->dir_fd, name, &item->st, AT_SYMLINK_NOFOLLOW) == 0;
      if (item->indexed != NULL && item->stat_ok
          && merit_index_entry_matches (item->indexed, &item->st))
        {
          item->entry = g_steal_pointer (&item->indexed);
          item->candidate = summary_candidate (load, item->entry);
          return;
        }
      /* Not in the index, or changed since: the index is written again. */
      g_clear_pointer (&item->indexed, merit_index_entry_free);
      if (!before_index)
        g_atomic_int_set (&load->index_dirty, TRUE);
    }
  /* A regular file's package becomes a summary, and the package read is let go. */
  _merit_workspace_store_read_one (load->packages_path, id,
                                   !(load->summary && item->stat_ok && S_ISREG (item->st.st_mode)),
                                   &candidate, &hash);
  if (!load->summary)
    {
      item->candidate = g_steal_pointer (&candidate);
      item->hash = g_steal_pointer (&hash);
      return;
    }
  /* Symlinks and other odd files are never indexed: they are looked at every time. */
  if (item->stat_ok && S_ISREG (item->st.st_mode))
    {
      item->entry = merit_index_entry_new (id, &item->st, hash, candidate);
      item->candidate = summary_candidate (load, item->entry);
    }
  else
    item->candidate = g_steal_pointer (&candidate);
}

/* Hands over the candidates of items @start to @end not handed over yet. */
static Batch *
batch_of_items (Load  *load,
                guint  start,
                guint  end)
{
  Batch *batch = batch_new (load);

  for (guint i = start; i < end; i++)
    {
      Item *item = &load->items[i];

      if (item->candidate == NULL)
        continue;
      g_ptr_array_add (batch->candidates, g_steal_pointer (&item->candidate));
      g_ptr_array_add (batch->hashes, g_steal_pointer (&item->hash));
    }
  return batch;
}

static void
post_chunk (Load *load,
            guint chunk)
{
  guint end = MIN ((chunk + 1) * MERIT_LOAD_BATCH_SIZE, load->n_items);
  Batch *batch = batch_of_items (load, chunk * MERIT_LOAD_BATCH_SIZE, end);

  /* The last chunk ends the load as soon as it is applied. */
  if (chunk + 1 == load->n_chunks)
    batch->done = load->posted_done = TRUE;
  load->post (load, batch);
}

/* Reading and the index yield to the window's main thread, which must keep drawing (its first
 * frame among others) on a machine with as many cores as these threads; the listing and the
 * first rows do not, the window waits for them.  Linux gives each thread its own nice
 * value. */
static void
yield_to_window (Load *load)
{
  if (load->task != NULL)
    setpriority (PRIO_PROCESS, (id_t) gettid (), 10);
}

/* Asks the kernel to start reading the files of @chunk, so that while the threads parse one
 * chunk the disk already reads the next ones: reading one small file after another, each
 * thread would otherwise wait for every one.  Never blocks on a FIFO or follows a link. */
static void
prefetch_chunk (Load  *load,
                guint  chunk)
{
  guint end = MIN ((chunk + 1) * MERIT_LOAD_BATCH_SIZE, load->n_items);

  if (!load->read_all || load->dir_fd < 0 || chunk >= load->n_chunks)
    return;
  for (guint i = chunk * MERIT_LOAD_BATCH_SIZE; i < end; i++)
    {
      int fd = openat (load->dir_fd, load->names[i].name,
                       O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY);

      if (fd < 0)
        continue;
      posix_fadvise (fd, 0, 0, POSIX_FADV_WILLNEED);
      close (fd);
    }
}

/* Reads chunks until none is left; each finished chunk, and every chunk after it that is
 * finished too, is handed over in order. */
static gpointer
run_chunks (gpointer data)
{
  Load *load = data;

  yield_to_window (load);

  for (;;)
    {
      guint chunk = (guint) g_atomic_int_add (&load->next_chunk, 1);
      guint end;

      if (chunk >= load->n_chunks)
        break;
      /* The chunk each thread takes after the ones being read now. */
      prefetch_chunk (load, chunk + N_LOAD_THREADS);
      end = MIN ((chunk + 1) * MERIT_LOAD_BATCH_SIZE, load->n_items);
      for (guint i = MAX (chunk * MERIT_LOAD_BATCH_SIZE, load->n_early); i < end; i++)
        {
          if (g_cancellable_is_cancelled (load->cancellable))
            return NULL;
          process_item (load, i, FALSE);
        }
      g_mutex_lock (&load->mutex);
      load->chunk_done[chunk] = TRUE;
      while (load->next_to_post < load->n_chunks && load->chunk_done[load->next_to_post])
        post_chunk (load, load->next_to_post++);
      g_mutex_unlock (&load->mutex);
    }
  return NULL;
}

static gboolean
read_workspace_bytes (Load    *load,
                      GError **error)
{
  g_autoptr(MeritWorkspace) scratch = merit_workspace_new ();
  g_autoptr(GError) local_error = NULL;

  load->workspace_bytes = merit_file_read_bounded (load->workspace_file_path,
                                                   MERIT_XML_MAX_BYTES, &local_error);
  if (load->workspace_bytes == NULL)
    {
      if (g_error_matches (local_error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_NOT_FOUND))
        g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_NOT_FOUND,
                     _("%s: not a Merit workspace (there is no workspace.xml)"),
                     load->workspace_file_path);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  load->workspace_hash = merit_content_hash (load->workspace_bytes);
  /* Validate here, off the main thread; the main thread applies the same bytes. */
  return merit_workspace_file_read (scratch, load->workspace_bytes, load->workspace_file_path,
                                    error);
}

static int
compare_names (const void *a,
               const void *b)
{
  const SortName *x = a;
  const SortName *y = b;

  if (x->prefix != y->prefix)
    return x->prefix < y->prefix ? -1 : 1;
  return strcmp (x->name, y->name);
}

/* Lists the package files, sorted so that every desktop shows the same order. */
static gboolean
list_items (Load    *load,
            GError **error)
{
  g_autoptr(GArray) names = g_array_new (FALSE, FALSE, sizeof (SortName));
  g_autoptr(GDir) dir = NULL;
  const char *name;

  dir = g_dir_open (load->packages_path, 0, error);
  if (dir == NULL)
    return FALSE;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.' && g_str_has_suffix (name, ".xml") && strlen (name) > strlen (".xml"))
      {
        SortName sort_name = { 0, g_strdup (name) };

        for (guint i = 0; i < 8 && name[i] != '\0'; i++)
          sort_name.prefix |= (guint64) (guchar) name[i] << (56 - 8 * i);
        g_array_append_val (names, sort_name);
      }
  /* An empty GArray has no data, which qsort() must not be given. */
  if (names->len > 1)
    qsort (names->data, names->len, sizeof (SortName), compare_names);

  load->dir_fd = open (load->packages_path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  load->n_items = names->len;
  load->names = (SortName *) (void *) g_array_free (g_steal_pointer (&names), FALSE);
  load->items = g_new0 (Item, MAX (load->n_items, 1));
  load->n_chunks = (load->n_items + MERIT_LOAD_BATCH_SIZE - 1) / MERIT_LOAD_BATCH_SIZE;
  load->chunk_done = g_new0 (guint8, MAX (load->n_chunks, 1));
  return TRUE;
}

/* Reads the index and gives every item its entry for the item's name; whether the file is
 * unchanged is checked as it is processed. */
static void
match_index (Load *load)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) index = merit_package_index_read (load->index_path, &error);

  if (index == NULL)
    {
      if (error != NULL && !g_error_matches (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_NOT_FOUND))
        g_debug ("%s", error->message);
      load->index_dirty = TRUE;
      load->read_all = TRUE;
      return;
    }
  for (guint i = 0; i < load->n_items; i++)
    {
      Item *item = &load->items[i];
      const char *name = load->names[i].name;
      g_autofree char *id = g_strndup (name, strlen (name) - strlen (".xml"));
      gpointer key, value = NULL;

      if (g_hash_table_lookup_extended (index, id, &key, &value))
        g_hash_table_steal (index, id);
      /* An item read before the index was in: the index is written again unless it knew the
       * file as it is. */
      if (i < load->n_early)
        {
          if (value == NULL || !item->stat_ok || !merit_index_entry_matches (value, &item->st))
            load->index_dirty = TRUE;
          merit_index_entry_free (value);
        }
      else
        item->indexed = value;
    }
  /* Entries of deleted packages. */
  if (g_hash_table_size (index) > 0)
    load->index_dirty = TRUE;
}

static void
write_index (Load *load)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_sized_new (load->n_items);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (load->index_path);

  for (guint i = 0; i < load->n_items; i++)
    if (load->items[i].entry != NULL)
      g_ptr_array_add (entries, load->items[i].entry);
  /* The index is a cache: a workspace that cannot hold it (read-only) still opens. */
  if (g_mkdir_with_parents (dir, 0755) != 0
      || !merit_package_index_write (load->index_path, entries, &error))
    g_debug ("%s: %s", load->index_path, error != NULL ? error->message : g_strerror (errno));
}

/* Wakes the loading thread if it waits in wait_until_drawn(). */
static void
wake_loader (Load     *load,
             gboolean  drawn)
{
  g_mutex_lock (&load->mutex);
  load->drawn |= drawn;
  g_cond_broadcast (&load->drawn_cond);
  g_mutex_unlock (&load->mutex);
}

static void
load_cancelled_cb (GCancellable *cancellable,
                   gpointer      data)
{
  wake_loader (data, FALSE);
}

/* Waits until the window has drawn the first rows (at most MERIT_LOAD_DRAW_WAIT ms): on a
 * machine with two cores, reading the index and the rest alongside the window's start and
 * first frame delayed them by about a tenth of a second. */
static void
wait_until_drawn (Load *load)
{
  gint64 deadline = g_get_monotonic_time () + MERIT_LOAD_DRAW_WAIT * G_TIME_SPAN_MILLISECOND;
  gulong handler;

  if (load->task == NULL || load->n_early == 0)
    return;
  handler = load->cancellable != NULL
            ? g_cancellable_connect (load->cancellable, G_CALLBACK (load_cancelled_cb), load, NULL)
            : 0;
  g_mutex_lock (&load->mutex);
  while (!load->drawn && !g_cancellable_is_cancelled (load->cancellable))
    if (!g_cond_wait_until (&load->drawn_cond, &load->mutex, deadline))
      break;
  g_mutex_unlock (&load->mutex);
  if (handler != 0)
    g_cancellable_disconnect (load->cancellable, handler);
}

/* Reads workspace.xml and every package, handing them over in batches.  Runs on any thread:
 * it touches no object that the caller's thread owns. */
static gboolean
load_run (Load          *load,
          GCancellable  *cancellable,
          GError       **error)
{
  GThread *helper = NULL;
  gboolean listed;

  load->cancellable = cancellable;
  load->read_all = !load->summary;
  if (!read_workspace_bytes (load, error))
    return FALSE;
  listed = list_items (load, error);
  if (listed)
    {
      Batch *first = batch_new (load);

      first->workspace_bytes = g_bytes_ref (load->workspace_bytes);
      first->workspace_hash = g_strdup (load->workspace_hash);
      load->post (load, first);
      /* The first packages are read from their files, before the index: the window shows
       * them without waiting for 100,000 entries or a whole chunk. */
      if (load->n_items > MERIT_LOAD_FIRST_ROWS)
        {
          Batch *early;

          load->n_early = MERIT_LOAD_FIRST_ROWS;
          for (guint i = 0; i < load->n_early; i++)
            process_item (load, i, TRUE);
          early = batch_of_items (load, 0, load->n_early);
          early->first_rows = TRUE;
          load->post (load, early);
        }
    }
  /* The first rows are on their way: the rest yields to the window, and waits for it to
   * draw them. */
  yield_to_window (load);
  wait_until_drawn (load);
  if (listed && load->summary)
    match_index (load);
  if (!listed)
    return FALSE;

  if (load->n_chunks > 1 && N_LOAD_THREADS > 1)
    helper = g_thread_new ("merit-load", run_chunks, load);
  run_chunks (load);
  if (helper != NULL)
    g_thread_join (helper);
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

/* Applies the next part of @batch (see MERIT_LOAD_FIRST_ROWS); returns whether all of it is
 * applied. */
static gboolean
apply_batch (MeritWorkspaceStore *self,
             Batch               *batch)
{
  guint n_broken = 0;
  guint start = batch->applied;
  guint end = batch->candidates->len;
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->workspace));

  if (n_items == 0)
    end = MIN (end, start + MERIT_LOAD_FIRST_ROWS);
  else if (n_items < MERIT_LOAD_BATCH_SIZE)
    end = MIN (end, start + MERIT_LOAD_FIRST_STEP);
  if (batch->workspace_bytes != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!merit_workspace_file_read (self->workspace, batch->workspace_bytes,
                                      self->workspace_file_path, &error))
        g_warning ("%s", error->message);
      g_free (self->workspace_hash);
      self->workspace_hash = g_strdup (batch->workspace_hash);
      g_clear_pointer (&batch->workspace_bytes, g_bytes_unref);
    }
  for (guint i = start; i < end; i++)
    {
      MeritCandidate *candidate = g_ptr_array_index (batch->candidates, i);
      char *hash = g_ptr_array_index (batch->hashes, i);

      if (hash != NULL)
        g_hash_table_insert (self->disk_hashes, g_strdup (merit_candidate_get_id (candidate)),
                             g_steal_pointer (&batch->hashes->pdata[i]));
      if (merit_candidate_get_broken_reason (candidate) != NULL)
        n_broken++;
    }
  batch->applied = end;
  merit_workspace_append_batch (self->workspace,
                                (MeritCandidate **) batch->candidates->pdata + start, end - start);
  _merit_workspace_store_set_n_broken (self, self->n_broken + n_broken);
  return end == batch->candidates->len;
}

static void
post_sync_cb (Load  *load,
              Batch *batch)
{
  g_ptr_array_add (load->sync_batches, batch);
}

/* Tells the loading thread that the first rows were drawn: this runs once the main loop has
 * nothing more urgent to do, the frame that shows them included. */
static gboolean
first_rows_drawn_cb (gpointer data)
{
  wake_loader (g_task_get_task_data (data), TRUE);
  return G_SOURCE_REMOVE;
}

/* Applies the oldest pending batch, or its next step, and schedules what follows: batches
 * one per main-loop turn, below drawing in priority, so that the window keeps drawing frames
 * while a large workspace comes in; the steps of a short list with a pause between them,
 * since each makes the widgets of its rows and the window should draw them in between. */
static gboolean
apply_pending_cb (gpointer user_data)
{
  MeritWorkspaceStore *self = user_data;
  Batch *batch = g_queue_peek_head (&self->pending);
  gboolean cancelled;

  self->apply_source = 0;
  if (batch == NULL)
    return G_SOURCE_REMOVE;
  cancelled = g_cancellable_is_cancelled (g_task_get_cancellable (batch->task));
  if (!cancelled && !apply_batch (self, batch))
    {
      self->apply_source = g_timeout_add_full (G_PRIORITY_DEFAULT_IDLE, MERIT_LOAD_STEP_INTERVAL,
                                               apply_pending_cb, self, NULL);
      return G_SOURCE_REMOVE;
    }
  g_queue_pop_head (&self->pending);
  if (!g_queue_is_empty (&self->pending))
    self->apply_source = g_idle_add (apply_pending_cb, self);
  if (cancelled)
    {
      batch_discard (batch);
      return G_SOURCE_REMOVE;
    }
  if (batch->first_rows)
    g_idle_add_full (G_PRIORITY_LOW, first_rows_drawn_cb, g_object_ref (batch->task),
                     g_object_unref);
  if (batch->done)
    {
      _merit_workspace_store_set_loading (self, FALSE);
      g_task_return_boolean (batch->task, TRUE);
    }
  batch_free (batch);
  return G_SOURCE_REMOVE;
}

static gboolean
enqueue_batch_cb (gpointer user_data)
{
  Batch *batch = user_data;
  MeritWorkspaceStore *self = batch->store;

  if (batch->generation != self->generation)
    {
      batch_discard (batch);
      return G_SOURCE_REMOVE;
    }
  g_queue_push_tail (&self->pending, batch);
  if (self->apply_source == 0)
    {
      /* Until the first packages are in, a batch is applied as it comes rather than after
       * the next frame: the window's first frame shows rows already. */
      if (g_list_model_get_n_items (G_LIST_MODEL (self->workspace)) == 0)
        apply_pending_cb (self);
      else
        self->apply_source = g_idle_add (apply_pending_cb, self);
    }
  return G_SOURCE_REMOVE;
}

/* Always through a source on the task's context, never g_main_context_invoke(): that runs
 * the callback right here whenever this thread can acquire the context, which would touch
 * the store from the wrong thread and let a later batch overtake an earlier one. */
static void
post_async_cb (Load  *load,
               Batch *batch)
{
  g_autoptr(GSource) source = g_idle_source_new ();

  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, enqueue_batch_cb, batch, NULL);
  g_source_set_static_name (source, "[merit] load batch");
  g_source_attach (source, g_task_get_context (load->task));
}

/* A plain thread rather than g_task_run_in_thread(): the task is returned on the main
 * context once the last batch is applied, not when this function ends. */
static gpointer
load_thread (gpointer data)
{
  g_autoptr(GTask) task = data;
  Load *load = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  Batch *last;

  if (!load_run (load, g_task_get_cancellable (task), &error) && !load->posted_done)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return NULL;
    }
  if (!load->posted_done)
    {
      last = batch_new (load);
      last->done = load->posted_done = TRUE;
      load->post (load, last);
    }
  /* The window has every package by now; the index for next time is written after. */
  if (load->index_dirty && !g_cancellable_is_cancelled (g_task_get_cancellable (task)))
    write_index (load);
  /* The names and index entries go here: the task, and the load with it, is dropped on the
   * main thread once the last batch is applied, and 100,000 entries take tens of ms to free.
   * The candidates are all handed over by now. */
  clear_items (load);
  return NULL;
}

/* Forgets what a previous load brought in, and any batch of it still on its way. */
void
_merit_workspace_store_reset_loading (MeritWorkspaceStore *self)
{
  self->generation++;
  g_clear_handle_id (&self->apply_source, g_source_remove);
  g_queue_clear_full (&self->pending, batch_discard);
  merit_workspace_remove_all (self->workspace);
  g_hash_table_remove_all (self->disk_hashes);
  g_clear_pointer (&self->workspace_hash, g_free);
  _merit_workspace_store_set_n_broken (self, 0);
  /* Summaries of an earlier load must not report to this store any more. */
  g_clear_pointer (&self->lazy, _merit_lazy_context_unref);
  self->lazy = lazy_context_new (self);
}

/**
 * merit_workspace_store_load:
 * @self: a store
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Loads the workspace synchronously and completely, for the command line and tests.  Broken
 * package files do not fail the load; they become candidates marked broken.
 *
 * Returns: %TRUE when workspace.xml was read
 */
gboolean
merit_workspace_store_load (MeritWorkspaceStore  *self,
                            GCancellable         *cancellable,
                            GError              **error)
{
  Load *load;
  gboolean ok;

  g_return_val_if_fail (MERIT_IS_WORKSPACE_STORE (self), FALSE);

  if (!_merit_workspace_store_check_local (self, error))
    return FALSE;
  _merit_workspace_store_reset_loading (self);
  load = load_new (self, FALSE);
  load->post = post_sync_cb;
  load->sync_batches = g_ptr_array_new_with_free_func (batch_free);
  ok = load_run (load, cancellable, error);
  if (ok)
    for (guint i = 0; i < load->sync_batches->len; i++)
      while (!apply_batch (self, g_ptr_array_index (load->sync_batches, i)))
        ;
  load_free (load);
  return ok;
}

/**
 * merit_workspace_store_load_async:
 * @self: a store
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when every package is in the model
 * @user_data: data for @callback
 *
 * Loads the workspace on worker threads.  Packages appear in the model in batches while the
 * load runs; #MeritWorkspaceStore:loading is %TRUE until it ends.  Packages come in as
 * summaries, from .merit/index where it is current, and are read in full on first use.
 */
void
merit_workspace_store_load_async (MeritWorkspaceStore *self,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  Load *load;

  g_return_if_fail (MERIT_IS_WORKSPACE_STORE (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, &load_source_tag);
  if (!_merit_workspace_store_check_local (self, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  _merit_workspace_store_reset_loading (self);
  _merit_workspace_store_set_loading (self, TRUE);
  load = load_new (self, TRUE);
  load->post = post_async_cb;
  load->task = task;
  g_task_set_task_data (task, load, (GDestroyNotify) load_free);
  g_thread_unref (g_thread_new ("merit-load", load_thread, g_steal_pointer (&task)));
}

/**
 * merit_workspace_store_load_finish:
 *
 * Returns: %TRUE when the workspace was loaded
 */
gboolean
merit_workspace_store_load_finish (MeritWorkspaceStore  *self,
                                   GAsyncResult         *result,
                                   GError              **error)
{
  g_return_val_if_fail (MERIT_IS_WORKSPACE_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (g_task_had_error (G_TASK (result)))
    _merit_workspace_store_set_loading (self, FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
