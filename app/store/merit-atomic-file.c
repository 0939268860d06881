/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-atomic-file.c: bounded safe reads and compare-and-swap atomic writes.
 *
 * A save takes "<file>.lock" with an exclusive create, as git does with index.lock, checks
 * that the file on disk still has the content hash the caller loaded, writes the new content
 * into the lock, fsyncs it, renames it over the file and fsyncs the directory.  A crash at any
 * moment leaves the old or the new file and at most a lock.  The lock is also flock()ed while
 * held, so a later writer can tell a dead writer's lock from a live one and clean it up.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>
#include <sodium.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "merit-atomic-file.h"
#include "merit-keys.h"
#include "merit-store-error.h"

static gboolean
set_io_error (GError     **error,
              const char  *path,
              const char  *what,
              int          saved_errno)
{
  int code = MERIT_STORE_ERROR_IO;

  if (saved_errno == ELOOP || saved_errno == ENXIO)
    code = MERIT_STORE_ERROR_NOT_REGULAR;
  else if (saved_errno == ENOENT)
    code = MERIT_STORE_ERROR_NOT_FOUND;
  g_set_error (error, MERIT_STORE_ERROR, code, "%s: %s: %s", path, what, g_strerror (saved_errno));
  return FALSE;
}

static GBytes *
read_fd_bounded (int          fd,
                 const char  *path,
                 gsize        max_bytes,
                 GError     **error)
{
  struct stat st;
  g_autofree char *buffer = NULL;
  gsize capacity;
  gsize length = 0;

  if (fstat (fd, &st) != 0)
    {
      set_io_error (error, path, _("cannot inspect file"), errno);
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_NOT_REGULAR,
                   _("%s: not a regular file"), path);
      return NULL;
    }
  if ((guint64) st.st_size > max_bytes)
    {
      g_autofree char *size_text = g_strdup_printf ("%" G_GUINT64_FORMAT, (guint64) st.st_size);
      g_autofree char *limit_text = g_strdup_printf ("%" G_GSIZE_FORMAT, max_bytes);

      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_TOO_LARGE,
                   /* Translators: the sizes are numbers of bytes. */
                   _("%s: the file is %s bytes, more than the limit of %s"), path, size_text,
                   limit_text);
      return NULL;
    }

  /* The size may change under us; never read more than the cap plus one byte. */
  capacity = MIN ((gsize) st.st_size + 1, max_bytes + 1);
  buffer = g_malloc (capacity + 1);
  for (;;)
    {
      ssize_t n;

      if (length == capacity)
        {
          if (capacity > max_bytes)
            break;
          capacity = MIN (capacity * 2, max_bytes + 1);
          buffer = g_realloc (buffer, capacity + 1);
        }
      n = read (fd, buffer + length, capacity - length);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          set_io_error (error, path, _("cannot read"), errno);
          return NULL;
        }
      if (n == 0)
        break;
      length += (gsize) n;
    }
  if (length > max_bytes)
    {
      g_autofree char *limit_text = g_strdup_printf ("%" G_GSIZE_FORMAT, max_bytes);

      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_TOO_LARGE,
                   _("%s: the file is larger than the limit of %s bytes"), path, limit_text);
      return NULL;
    }
  buffer[length] = '\0';
  return g_bytes_new_take (g_steal_pointer (&buffer), length);
}

/**
 * merit_file_read_bounded:
 * @path: a local path
 * @max_bytes: the largest file accepted
 * @error: return location for an error
 *
 * Reads a regular file without following a symlink at its last component and without
 * blocking on a FIFO.  Symlinks, FIFOs, devices and directories are refused.
 *
 * Returns: (transfer full): the content, or %NULL with @error set
 */
GBytes *
merit_file_read_bounded (const char  *path,
                         gsize        max_bytes,
                         GError     **error)
{
  GBytes *bytes;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  fd = g_open (path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK | O_NOCTTY, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == ELOOP)
        g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_NOT_REGULAR,
                     _("%s: is a symbolic link, which Merit never follows"), path);
      else
        set_io_error (error, path, _("cannot open"), saved_errno);
      return NULL;
    }
  bytes = read_fd_bounded (fd, path, max_bytes, error);
  close (fd);
  return bytes;
}

/**
 * merit_content_hash_raw:
 * @data: some content
 * @length: its length
 * @out: (out caller-allocates): %MERIT_CONTENT_HASH_BYTES bytes
 *
 * The hash that tells whether a file is still what was read: BLAKE2b with 256 bits, several
 * times faster than SHA-256 over the gigabyte a large workspace holds.
 */
void
merit_content_hash_raw (const void *data,
                        gsize       length,
                        guint8      out[MERIT_CONTENT_HASH_BYTES])
{
  /* Picks the fastest implementation for this processor. */
  merit_trust_init ();
  crypto_generichash (out, MERIT_CONTENT_HASH_BYTES, data, length, NULL, 0);
}

/**
 * merit_content_hash:
 * @bytes: some content
 *
 * Returns: (transfer full): the lowercase hex of merit_content_hash_raw() over @bytes
 */
char *
merit_content_hash (GBytes *bytes)
{
  guint8 raw[MERIT_CONTENT_HASH_BYTES];
  char *hex = g_malloc (MERIT_CONTENT_HASH_BYTES * 2 + 1);
  gsize length = 0;
  const void *data = g_bytes_get_data (bytes, &length);

  merit_content_hash_raw (data, length, raw);
  for (guint i = 0; i < MERIT_CONTENT_HASH_BYTES; i++)
    {
      hex[2 * i] = "0123456789abcdef"[raw[i] >> 4];
      hex[2 * i + 1] = "0123456789abcdef"[raw[i] & 0xf];
    }
  hex[MERIT_CONTENT_HASH_BYTES * 2] = '\0';
  return hex;
}

/**
 * merit_write_all:
 * @fd: a file open for writing
 * @data: the bytes
 * @length: how many
 *
 * Writes all of @data, again after an interrupted or short write.
 *
 * Returns: 0, or the errno of the write that failed
 */
int
merit_write_all (int         fd,
                 const char *data,
                 gsize       length)
{
  while (length > 0)
    {
      ssize_t n = write (fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return n < 0 ? errno : EIO;
      data += n;
      length -= (gsize) n;
    }
  return 0;
}

static gboolean
fsync_directory_of (const char  *path,
                    GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  int rc;

  if (fd < 0)
    return set_io_error (error, dir, _("cannot open folder"), errno);
  rc = fsync (fd);
  /* Some network file systems refuse fsync on a directory; the rename is still atomic. */
  if (rc != 0 && errno != EINVAL && errno != ENOTSUP && errno != EBADF)
    {
      int saved_errno = errno;

      close (fd);
      return set_io_error (error, dir, _("cannot flush folder"), saved_errno);
    }
  close (fd);
  return TRUE;
}

/* A lock file is flock()ed by its writer for as long as it exists under its public name, so
 * a lock that can be flock()ed belongs to a writer that died.  On file systems without flock
 * a lock is considered abandoned only after a long time. */
static gboolean
lock_is_abandoned (int fd)
{
  struct stat st;

  if (flock (fd, LOCK_EX | LOCK_NB) == 0)
    return TRUE;
  if (errno == EWOULDBLOCK || errno == EINTR)
    return FALSE;
  return fstat (fd, &st) == 0 && time (NULL) - st.st_mtime > MERIT_LOCK_ABANDONED_SECONDS;
}

/* Removes @path if it is an abandoned lock or temporary file.  Returns TRUE if it was removed
 * or is gone. */
static gboolean
remove_if_abandoned (const char *path)
{
  struct stat st_fd;
  struct stat st_path;
  gboolean removed = FALSE;
  int fd;

  fd = g_open (path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, 0);
  if (fd < 0)
    return errno == ENOENT;

  /* Only the holder of the flock may unlink, and only the inode it holds. */
  if (lock_is_abandoned (fd)
      && fstat (fd, &st_fd) == 0
      && S_ISREG (st_fd.st_mode)
      && g_lstat (path, &st_path) == 0
      && st_path.st_ino == st_fd.st_ino
      && st_path.st_dev == st_fd.st_dev)
    {
      if (g_unlink (path) == 0 || errno == ENOENT)
        removed = TRUE;
    }
  close (fd);
  return removed;
}

/* Temporary files are named MERIT_TEMP_PREFIX + 8 hex digits of randomness + 8 of the pid. */
static gboolean
temporary_owner_may_live (const char *name,
                          time_t      mtime)
{
  const char *pid_text = name + strlen (MERIT_TEMP_PREFIX) + 8;
  guint64 pid = 0;

  /* A young file may belong to a writer on another machine of a shared folder. */
  if (time (NULL) - mtime > MERIT_TEMP_ABANDONED_SECONDS)
    return FALSE;
  if (strlen (pid_text) != 8 || !g_ascii_string_to_unsigned (pid_text, 16, 1, G_MAXINT, &pid, NULL))
    return TRUE;
  return kill ((pid_t) pid, 0) == 0 || errno != ESRCH;
}

/**
 * merit_file_clean_temporary:
 * @tmp_dir: the folder of temporary lock files
 *
 * Removes the temporary files that writers killed mid-save left in @tmp_dir.  A file is left
 * alone while its writer may be alive: it is flock()ed, or its process still runs, or it is
 * young enough to belong to a writer on another machine.
 */
void
merit_file_clean_temporary (const char *tmp_dir)
{
  g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      struct stat st;

      if (!g_str_has_prefix (name, MERIT_TEMP_PREFIX))
        continue;
      path = g_build_filename (tmp_dir, name, NULL);
      if (g_lstat (path, &st) != 0 || temporary_owner_may_live (name, st.st_mtime))
        continue;
      remove_if_abandoned (path);
    }
}

/* Creates a private temporary file, flock()s it, and publishes it as @lock_path with link(),
 * which fails if the name exists.  So a lock is never visible without its flock.  Where hard
 * links are not supported the lock is created in place with O_EXCL. */
static int
create_lock (const char  *lock_path,
             const char  *tmp_dir,
             GError     **error)
{
  g_autofree char *tmp_path = NULL;
  int fd;

  tmp_path = g_strdup_printf ("%s/%s%08x%08x", tmp_dir, MERIT_TEMP_PREFIX, g_random_int (),
                              (guint) getpid ());
  fd = g_open (tmp_path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      set_io_error (error, tmp_path, _("cannot create a temporary file"), errno);
      return -1;
    }
  if (flock (fd, LOCK_EX | LOCK_NB) != 0 && errno != ENOSYS && errno != EOPNOTSUPP
      && errno != ENOLCK)
    {
      int saved_errno = errno;

      close (fd);
      g_unlink (tmp_path);
      /* A cleaner looking at our new file holds its flock for an instant: try again. */
      if (saved_errno == EWOULDBLOCK)
        {
          errno = EEXIST;
          return -1;
        }
      set_io_error (error, tmp_path, _("cannot lock"), saved_errno);
      return -1;
    }
  if (link (tmp_path, lock_path) == 0)
    {
      g_unlink (tmp_path);
      return fd;
    }
  if (errno != EPERM && errno != ENOTSUP && errno != EOPNOTSUPP && errno != ENOSYS
      && errno != EXDEV && errno != EMLINK)
    {
      int saved_errno = errno;

      close (fd);
      g_unlink (tmp_path);
      /* EEXIST: someone holds the lock.  ENOENT: a cleaner took our temporary file for an
       * abandoned one in the instant before our flock; either way, try again. */
      if (saved_errno != EEXIST && saved_errno != ENOENT)
        {
          set_io_error (error, lock_path, _("cannot create lock"), saved_errno);
          return -1;
        }
      errno = EEXIST;
      return -1;
    }

  /* No hard links here (some network and FUSE file systems): exclusive create instead. */
  close (fd);
  g_unlink (tmp_path);
  fd = g_open (lock_path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd >= 0)
    (void) flock (fd, LOCK_EX | LOCK_NB);
  else if (errno != EEXIST)
    set_io_error (error, lock_path, _("cannot create lock"), errno);
  return fd;
}

static int
acquire_lock (const char  *lock_path,
              const char  *tmp_dir,
              GError     **error)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) MERIT_LOCK_WAIT_MS * 1000;
  guint delay_us = 200;

  for (;;)
    {
      g_autoptr(GError) local_error = NULL;
      int fd = create_lock (lock_path, tmp_dir, &local_error);

      if (fd >= 0)
        return fd;
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return -1;
        }
      if (remove_if_abandoned (lock_path))
        continue;
      if (g_get_monotonic_time () > deadline)
        {
          g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_LOCKED,
                       _("%s: another save has held this lock for more than %d seconds; "
                         "try again later"),
                       lock_path, MERIT_LOCK_WAIT_MS / 1000);
          return -1;
        }
      g_usleep (delay_us + (guint) g_random_int_range (0, (int) delay_us));
      delay_us = MIN (delay_us * 2, 20000);
    }
}

static gboolean
check_expected (const char  *path,
                const char  *expected_hash,
                gboolean     must_not_exist,
                GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) current = NULL;
  g_autofree char *current_hash = NULL;

  current = merit_file_read_bounded (path, MERIT_FILE_MAX_BYTES, &local_error);
  if (current == NULL)
    {
      if (g_error_matches (local_error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_NOT_FOUND))
        {
          if (must_not_exist)
            return TRUE;
          g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_CONFLICT,
                       _("%s: the file was removed by someone else since it was opened; "
                         "reopen the workspace to see the current state"), path);
          return FALSE;
        }
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (must_not_exist)
    {
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_CONFLICT,
                   _("%s: a file of that name was created by someone else"), path);
      return FALSE;
    }
  current_hash = merit_content_hash (current);
  if (g_strcmp0 (current_hash, expected_hash) != 0)
    {
      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_CONFLICT,
                   _("%s: changed on disk since it was opened (someone else saved it); "
                     "your changes were not written — reload the package and apply them again"),
                   path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
replace_locked (const char       *path,
                GBytes           *contents,
                const char       *expected_hash,
                gboolean          must_not_exist,
                const char       *tmp_dir,
                MeritWriteFlags   flags,
                GError          **error)
{
  g_autofree char *lock_path = g_strconcat (path, ".lock", NULL);
  g_autofree char *default_tmp_dir = NULL;
  const char *data;
  gsize length;
  int fd;
  int write_errno;

  if (tmp_dir == NULL)
    tmp_dir = default_tmp_dir = g_path_get_dirname (path);
  merit_file_clean_temporary (tmp_dir);
  fd = acquire_lock (lock_path, tmp_dir, error);
  if (fd < 0)
    return FALSE;

  if (!check_expected (path, expected_hash, must_not_exist, error))
    goto fail;

  data = g_bytes_get_data (contents, &length);
  write_errno = merit_write_all (fd, data, length);
  if (write_errno != 0)
    {
      set_io_error (error, lock_path, _("cannot write"), write_errno);
      goto fail;
    }
  if (!(flags & MERIT_WRITE_FLAGS_NO_SYNC) && fsync (fd) != 0)
    {
      /* After a failed fsync the page cache cannot be trusted: give up, keep the old file. */
      set_io_error (error, lock_path, _("cannot flush to disk"), errno);
      goto fail;
    }
  if (g_rename (lock_path, path) != 0)
    {
      set_io_error (error, path, _("cannot replace"), errno);
      goto fail;
    }
  close (fd);
  if (!(flags & MERIT_WRITE_FLAGS_NO_SYNC))
    return fsync_directory_of (path, error);
  return TRUE;

fail:
  g_unlink (lock_path);
  close (fd);
  return FALSE;
}

/**
 * merit_file_replace_cas:
 * @path: the file to replace
 * @contents: its new content
 * @expected_hash: merit_content_hash() of the content the caller loaded
 * @tmp_dir: (nullable): where temporary files go (same file system), or %NULL for beside @path
 * @flags: write flags
 * @error: return location for an error; %MERIT_STORE_ERROR_CONFLICT when the file changed
 *
 * Replaces @path atomically and durably, but only if it still holds the content the caller
 * loaded.  Nothing is written on a conflict.
 *
 * Returns: %TRUE on success
 */
gboolean
merit_file_replace_cas (const char       *path,
                        GBytes           *contents,
                        const char       *expected_hash,
                        const char       *tmp_dir,
                        MeritWriteFlags   flags,
                        GError          **error)
{
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);
  g_return_val_if_fail (expected_hash != NULL, FALSE);

  return replace_locked (path, contents, expected_hash, FALSE, tmp_dir, flags, error);
}

/**
 * merit_file_write_new:
 * @path: the file to create
 * @contents: its content
 * @tmp_dir: (nullable): where temporary files go (same file system), or %NULL for beside @path
 * @flags: write flags
 * @error: return location for an error; %MERIT_STORE_ERROR_CONFLICT when @path exists
 *
 * Creates @path atomically and durably; refuses when it already exists.
 *
 * Returns: %TRUE on success
 */
gboolean
merit_file_write_new (const char       *path,
                      GBytes           *contents,
                      const char       *tmp_dir,
                      MeritWriteFlags   flags,
                      GError          **error)
{
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);

  return replace_locked (path, contents, NULL, TRUE, tmp_dir, flags, error);
}
