/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-import-dialog.c: imports candidate files in the background and reports per file.
 *
 * Files are imported one at a time.  Reading and parsing a file (the pre-scan, json-glib and
 * the mapping) runs on a worker thread and touches no workspace; writing its packages runs
 * on the main thread, because adding a package changes the workspace model the list shows.
 * A file is imported whole or not at all, so a cancelled import stops between two files.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "merit-import-dialog.h"

/* One file's outcome, as a row of the summary. */
#define MERIT_TYPE_IMPORT_RESULT (merit_import_result_get_type ())
G_DECLARE_FINAL_TYPE (MeritImportResult, merit_import_result, MERIT, IMPORT_RESULT, GObject)

struct _MeritImportResult
{
  GObject            parent_instance;
  MeritImportReport *report;
  gboolean           skipped;
};

G_DEFINE_FINAL_TYPE (MeritImportResult, merit_import_result, G_TYPE_OBJECT)

struct _MeritImportDialog
{
  AdwWindow            parent_instance;

  /* Template widgets */
  GtkStack            *stack;
  AdwStatusPage       *progress_page;
  GtkProgressBar      *progress_bar;
  GtkLabel            *file_label;
  AdwStatusPage       *summary_page;
  GtkListBox          *results_list;

  /* Owned references */
  MeritWorkspaceStore *store;
  char                *actor;
  GStrv                paths;
  GCancellable        *cancellable;
  GListStore          *results;

  MeritImportFormat    format;
  guint                n_files;
  guint                next;
  guint                n_imported;
  guint                n_updated;
  guint                n_rejected;
  guint                n_skipped;
  gboolean             running;
};

G_DEFINE_FINAL_TYPE (MeritImportDialog, merit_import_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_RUNNING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  char              *path;
  MeritImportFormat  format;
} ReadJob;

typedef struct
{
  MeritImportReport *report;
  GPtrArray         *people;
} ReadResult;

/* The source tag of the read tasks: a function pointer is no object pointer in ISO C. */
static char read_source_tag;

static void read_next (MeritImportDialog *self);

static void
merit_import_result_finalize (GObject *object)
{
  MeritImportResult *self = MERIT_IMPORT_RESULT (object);

  g_clear_pointer (&self->report, merit_import_report_free);
  G_OBJECT_CLASS (merit_import_result_parent_class)->finalize (object);
}

static void
merit_import_result_class_init (MeritImportResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = merit_import_result_finalize;
}

static void
merit_import_result_init (MeritImportResult *self)
{
}

static void
read_job_free (ReadJob *job)
{
  g_free (job->path);
  g_free (job);
}

static void
read_result_free (ReadResult *result)
{
  g_clear_pointer (&result->report, merit_import_report_free);
  g_clear_pointer (&result->people, g_ptr_array_unref);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReadResult, read_result_free)

static void
set_running (MeritImportDialog *self,
             gboolean           running)
{
  if (self->running == running)
    return;
  self->running = running;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

static char *
escaped_basename (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *valid = g_utf8_make_valid (base, -1);

  return g_markup_escape_text (valid, -1);
}

/* "Candidate K7M2, Candidate P3Q9", the packages of one file with the given status. */
static char *
join_pseudonyms (MeritImportReport *report,
                 gboolean           updated)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < report->packages->len; i++)
    {
      MeritImportedPackage *package = report->packages->pdata[i];

      if (package->updated != updated)
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, package->pseudonym);
    }
  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

static char *
imported_text (MeritImportReport *report)
{
  g_autofree char *created = join_pseudonyms (report, FALSE);
  g_autofree char *updated = join_pseudonyms (report, TRUE);
  g_autofree char *text = NULL;

  if (created != NULL && updated != NULL)
    /* Translators: both are lists of pseudonyms such as "Candidate K7M2". */
    text = g_strdup_printf (_("Imported %s; updated %s, whose e-mail address was already in "
                              "the workspace"), created, updated);
  else if (updated != NULL)
    text = g_strdup_printf (_("Updated %s: the e-mail address was already in the workspace"),
                            updated);
  else if (created != NULL)
    text = g_strdup_printf (_("Imported as %s"), created);
  else
    text = g_strdup (_("The file holds nobody to import"));
  return g_markup_escape_text (text, -1);
}

static char *
join_lines (GPtrArray  *lines,
            const char *separator)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < lines->len; i++)
    {
      if (i > 0)
        g_string_append (text, separator);
      g_string_append (text, lines->pdata[i]);
    }
  return g_markup_escape_text (text->str, -1);
}

static GtkWidget *
status_icon (const char *icon_name,
             const char *style_class,
             const char *label)
{
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

  gtk_widget_add_css_class (icon, style_class);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  return icon;
}

static GtkWidget *
detail_row (const char *title,
            const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "property");
  return row;
}

/* The summary row of one file: the reason when it was rejected, else what it became, with
 * the fields that were not kept and the warnings one click away. */
static GtkWidget *
create_result_row (gpointer item,
                   gpointer user_data)
{
  MeritImportResult *result = item;
  MeritImportReport *report = result->report;
  g_autofree char *title = escaped_basename (report->file);
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  if (result->skipped || report->error != NULL)
    {
      row = adw_action_row_new ();
      if (result->skipped)
        {
          subtitle = g_strdup (_("Not imported: the import was cancelled first"));
          adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                     status_icon ("process-stop-symbolic", "dim-label",
                                                  _("Skipped")));
        }
      else
        {
          g_autofree char *reason = g_utf8_make_valid (report->error, -1);

          subtitle = g_markup_escape_text (reason, -1);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                     status_icon ("dialog-error-symbolic", "error",
                                                  _("File rejected")));
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      return row;
    }

  subtitle = imported_text (report);
  if (report->dropped->len == 0 && report->warnings->len == 0)
    {
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 status_icon ("emblem-ok-symbolic", "success", _("Imported")));
      return row;
    }

  row = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row),
                               status_icon ("emblem-ok-symbolic", "success", _("Imported")));
  if (report->dropped->len > 0)
    {
      g_autofree char *fields = join_lines (report->dropped, ", ");
      g_autofree char *heading = g_strdup_printf (ngettext ("%u field not kept",
                                                            "%u fields not kept",
                                                            report->dropped->len),
                                                  report->dropped->len);

      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), detail_row (heading, fields));
    }
  if (report->warnings->len > 0)
    {
      g_autofree char *warnings = join_lines (report->warnings, "\n");
      g_autofree char *heading = g_strdup_printf (ngettext ("%u change on the way in",
                                                            "%u changes on the way in",
                                                            report->warnings->len),
                                                  report->warnings->len);

      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), detail_row (heading, warnings));
    }
  return row;
}

static void
add_result (MeritImportDialog *self,
            MeritImportReport *report,
            gboolean           skipped)
{
  g_autoptr(MeritImportResult) result = g_object_new (MERIT_TYPE_IMPORT_RESULT, NULL);

  result->report = report;
  result->skipped = skipped;
  if (skipped)
    self->n_skipped++;
  else if (report->error != NULL)
    self->n_rejected++;
  else
    for (guint i = 0; i < report->packages->len; i++)
      {
        MeritImportedPackage *package = report->packages->pdata[i];

        if (package->updated)
          self->n_updated++;
        else
          self->n_imported++;
      }
  g_list_store_append (self->results, result);
}

static void
update_progress (MeritImportDialog *self)
{
  g_autofree char *text = NULL;
  g_autofree char *base = NULL;

  if (self->next >= self->n_files)
    return;
  /* Translators: the progress of an import, "File 12 of 300". */
  text = g_strdup_printf (_("File %u of %u"), self->next + 1, self->n_files);
  base = g_path_get_basename (self->paths[self->next]);
  gtk_progress_bar_set_fraction (self->progress_bar, (double) self->next / self->n_files);
  gtk_progress_bar_set_text (self->progress_bar, text);
  gtk_label_set_label (self->file_label, base);
}

static void
append_count (GString    *text,
              const char *part)
{
  if (text->len > 0)
    /* Translators: separates the counts of the import summary. */
    g_string_append (text, _(" · "));
  g_string_append (text, part);
}

static void
show_summary (MeritImportDialog *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *imported = NULL;
  g_autofree char *updated = NULL;
  g_autofree char *rejected = NULL;
  g_autofree char *skipped = NULL;

  imported = g_strdup_printf (ngettext ("%u new candidate", "%u new candidates",
                                        self->n_imported), self->n_imported);
  append_count (text, imported);
  if (self->n_updated > 0)
    {
      updated = g_strdup_printf (ngettext ("%u updated", "%u updated", self->n_updated),
                                 self->n_updated);
      append_count (text, updated);
    }
  if (self->n_rejected > 0)
    {
      rejected = g_strdup_printf (ngettext ("%u file rejected", "%u files rejected",
                                            self->n_rejected), self->n_rejected);
      append_count (text, rejected);
    }
  if (self->n_skipped > 0)
    {
      skipped = g_strdup_printf (ngettext ("%u file not imported", "%u files not imported",
                                           self->n_skipped), self->n_skipped);
      append_count (text, skipped);
    }

  if (self->n_skipped > 0)
    adw_status_page_set_title (self->summary_page, _("Import Cancelled"));
  else if (self->n_rejected == 0)
    adw_status_page_set_title (self->summary_page, _("Import Finished"));
  else
    adw_status_page_set_title (self->summary_page, _("Import Finished with Errors"));
  adw_status_page_set_icon_name (self->summary_page,
                                 self->n_rejected > 0 || self->n_skipped > 0
                                 ? "dialog-warning-symbolic" : "emblem-ok-symbolic");
  adw_status_page_set_description (self->summary_page, text->str);
  gtk_stack_set_visible_child_name (self->stack, "summary");
}

static void
finish (MeritImportDialog *self)
{
  for (; self->next < self->n_files; self->next++)
    add_result (self, merit_import_report_new (self->paths[self->next]), TRUE);
  show_summary (self);
  set_running (self, FALSE);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ReadJob *job = task_data;
  ReadResult *result = g_new0 (ReadResult, 1);
  g_autoptr(GError) error = NULL;

  result->report = merit_import_report_new (job->path);
  result->people = merit_json_import_read (job->path, job->format, result->report, &error);
  if (result->people == NULL)
    result->report->error = g_strdup (error->message);
  g_task_return_pointer (task, result, (GDestroyNotify) read_result_free);
}

static void
read_done_cb (GObject      *source,
              GAsyncResult *res,
              gpointer      user_data)
{
  MeritImportDialog *self = MERIT_IMPORT_DIALOG (source);
  g_autoptr(ReadResult) result = g_task_propagate_pointer (G_TASK (res), NULL);

  /* Closed, or disposed with the window: nothing more to show or write. */
  if (self->stack == NULL)
    {
      set_running (self, FALSE);
      return;
    }
  if (g_cancellable_is_cancelled (self->cancellable))
    {
      finish (self);
      return;
    }
  if (result->people != NULL)
    merit_json_import_people (self->store, result->report, result->people, self->actor);
  add_result (self, g_steal_pointer (&result->report), FALSE);
  self->next++;
  read_next (self);
}

static void
read_next (MeritImportDialog *self)
{
  g_autoptr(GTask) task = NULL;
  ReadJob *job;

  if (self->next >= self->n_files)
    {
      finish (self);
      return;
    }
  update_progress (self);
  job = g_new0 (ReadJob, 1);
  job->path = g_strdup (self->paths[self->next]);
  job->format = self->format;
  task = g_task_new (self, self->cancellable, read_done_cb, NULL);
  g_task_set_source_tag (task, &read_source_tag);
  /* Each file's packages are written when its result arrives: at a low priority, so that the
   * list filters, sorts and redraws between two files instead of starving until the end. */
  g_task_set_priority (task, G_PRIORITY_LOW);
  g_task_set_task_data (task, job, (GDestroyNotify) read_job_free);
  g_task_run_in_thread (task, read_thread);
}

static void
cancel_clicked_cb (MeritImportDialog *self)
{
  merit_import_dialog_cancel (self);
}

static gboolean
merit_import_dialog_close_request (GtkWindow *window)
{
  merit_import_dialog_cancel (MERIT_IMPORT_DIALOG (window));
  return GTK_WINDOW_CLASS (merit_import_dialog_parent_class)->close_request (window);
}

static void
merit_import_dialog_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  MeritImportDialog *self = MERIT_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_RUNNING:
      g_value_set_boolean (value, self->running);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
merit_import_dialog_dispose (GObject *object)
{
  MeritImportDialog *self = MERIT_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), MERIT_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->results);
  G_OBJECT_CLASS (merit_import_dialog_parent_class)->dispose (object);
}

static void
merit_import_dialog_finalize (GObject *object)
{
  MeritImportDialog *self = MERIT_IMPORT_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->paths, g_strfreev);
  g_free (self->actor);
  G_OBJECT_CLASS (merit_import_dialog_parent_class)->finalize (object);
}

static void
merit_import_dialog_class_init (MeritImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->get_property = merit_import_dialog_get_property;
  object_class->dispose = merit_import_dialog_dispose;
  object_class->finalize = merit_import_dialog_finalize;
  window_class->close_request = merit_import_dialog_close_request;

  /**
   * MeritImportDialog:running:
   *
   * Whether files are still being imported; the summary shows once it turns %FALSE.
   */
  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/merit/Merit/merit-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MeritImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, MeritImportDialog, progress_page);
  gtk_widget_class_bind_template_child (widget_class, MeritImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, MeritImportDialog, file_label);
  gtk_widget_class_bind_template_child (widget_class, MeritImportDialog, summary_page);
  gtk_widget_class_bind_template_child (widget_class, MeritImportDialog, results_list);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
merit_import_dialog_init (MeritImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->results = g_list_store_new (MERIT_TYPE_IMPORT_RESULT);
  gtk_list_box_bind_model (self->results_list, G_LIST_MODEL (self->results), create_result_row,
                           NULL, NULL);
}

/**
 * merit_import_dialog_new:
 * @parent: the window it belongs to
 * @store: the loaded workspace to import into
 * @actor: the member the history names
 *
 * Returns: (transfer floating): a new dialog; merit_import_dialog_start() begins the import
 */
MeritImportDialog *
merit_import_dialog_new (GtkWindow           *parent,
                         MeritWorkspaceStore *store,
                         const char          *actor)
{
  MeritImportDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MERIT_IS_WORKSPACE_STORE (store), NULL);
  g_return_val_if_fail (actor != NULL, NULL);

  self = g_object_new (MERIT_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       NULL);
  self->store = g_object_ref (store);
  self->actor = g_strdup (actor);
  return self;
}

/**
 * merit_import_dialog_start:
 * @self: a dialog that has not started yet
 * @paths: the files to import, in order
 * @format: the format of every file, or %MERIT_IMPORT_FORMAT_AUTO to decide per file
 *
 * Imports the files one after another in the background and shows the summary at the end.
 */
void
merit_import_dialog_start (MeritImportDialog  *self,
                           const char * const *paths,
                           MeritImportFormat   format)
{
  g_autofree char *description = NULL;

  g_return_if_fail (MERIT_IS_IMPORT_DIALOG (self));
  g_return_if_fail (paths != NULL);
  g_return_if_fail (self->paths == NULL);

  self->paths = g_strdupv ((char **) paths);
  self->n_files = g_strv_length (self->paths);
  self->format = format;
  description = g_strdup_printf (ngettext ("Importing %u file into the workspace",
                                           "Importing %u files into the workspace",
                                           self->n_files),
                                 self->n_files);
  adw_status_page_set_description (self->progress_page, description);
  gtk_stack_set_visible_child_name (self->stack, "progress");
  set_running (self, TRUE);
  read_next (self);
}

/**
 * merit_import_dialog_cancel:
 * @self: a dialog
 *
 * Stops after the file being read; files not reached yet are listed as not imported.
 */
void
merit_import_dialog_cancel (MeritImportDialog *self)
{
  g_return_if_fail (MERIT_IS_IMPORT_DIALOG (self));

  if (self->running)
    g_cancellable_cancel (self->cancellable);
}

gboolean
merit_import_dialog_get_running (MeritImportDialog *self)
{
  g_return_val_if_fail (MERIT_IS_IMPORT_DIALOG (self), FALSE);
  return self->running;
}

guint
merit_import_dialog_get_n_files (MeritImportDialog *self)
{
  g_return_val_if_fail (MERIT_IS_IMPORT_DIALOG (self), 0);
  return self->n_files;
}

guint
merit_import_dialog_get_n_done (MeritImportDialog *self)
{
  g_return_val_if_fail (MERIT_IS_IMPORT_DIALOG (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->results));
}

guint
merit_import_dialog_get_n_imported (MeritImportDialog *self)
{
  g_return_val_if_fail (MERIT_IS_IMPORT_DIALOG (self), 0);
  return self->n_imported;
}

guint
merit_import_dialog_get_n_updated (MeritImportDialog *self)
{
  g_return_val_if_fail (MERIT_IS_IMPORT_DIALOG (self), 0);
  return self->n_updated;
}

guint
merit_import_dialog_get_n_rejected (MeritImportDialog *self)
{
  g_return_val_if_fail (MERIT_IS_IMPORT_DIALOG (self), 0);
  return self->n_rejected;
}

guint
merit_import_dialog_get_n_skipped (MeritImportDialog *self)
{
  g_return_val_if_fail (MERIT_IS_IMPORT_DIALOG (self), 0);
  return self->n_skipped;
}
