/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-offer-print.c: printing an offer package through GtkPrintOperation.
 *
 * The pages come from MeritOfferDocument, the same layout `merit print` writes as PDF: the
 * operation lays the document out for the chosen paper in begin-print and draws each page in
 * draw-page.  The print dialog's "Print to File" saves a PDF; a test exports directly.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "merit-offer-document.h"
#include "merit-offer-print.h"
#include "merit-ui-utils.h"

static void
begin_print_cb (GtkPrintOperation  *operation,
                GtkPrintContext    *context,
                MeritOfferDocument *document)
{
  guint n_pages = merit_offer_document_paginate (document,
                                                 gtk_print_context_get_cairo_context (context),
                                                 gtk_print_context_get_width (context),
                                                 gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, (int) n_pages);
}

static void
draw_page_cb (GtkPrintOperation  *operation,
              GtkPrintContext    *context,
              int                 page,
              MeritOfferDocument *document)
{
  merit_offer_document_draw_page (document, gtk_print_context_get_cairo_context (context),
                                  (guint) page);
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         GtkWindow               *parent)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR || parent == NULL)
    return;
  gtk_print_operation_get_error (operation, &error);
  message = g_strdup_printf (_("Could not print the offer package: %s"),
                             error != NULL ? error->message : _("unknown error"));
  _merit_show_toast (GTK_WIDGET (parent), message);
}

/**
 * _merit_offer_print_run:
 * @parent: (nullable): the window the print dialog belongs to
 * @workspace: the workspace of @candidate
 * @candidate: the package to print
 * @viewer: (nullable): the member who prints, who decides whether the name is shown
 * @action: %GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG for people, or
 *   %GTK_PRINT_OPERATION_ACTION_EXPORT to write @export_filename
 * @export_filename: (nullable): the PDF to write when exporting
 * @error: return location for an error
 *
 * Prints the offer package of @candidate.  With the print dialog the operation runs
 * asynchronously and reports a failure as a toast of @parent.
 *
 * Returns: the result of gtk_print_operation_run()
 */
GtkPrintOperationResult
_merit_offer_print_run (GtkWindow                *parent,
                        MeritWorkspace           *workspace,
                        MeritCandidate           *candidate,
                        const char               *viewer,
                        GtkPrintOperationAction   action,
                        const char               *export_filename,
                        GError                  **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(MeritOfferDocument) document = NULL;
  g_autofree char *job = NULL;

  g_return_val_if_fail (MERIT_IS_WORKSPACE (workspace), GTK_PRINT_OPERATION_RESULT_ERROR);
  g_return_val_if_fail (MERIT_IS_CANDIDATE (candidate), GTK_PRINT_OPERATION_RESULT_ERROR);
  g_return_val_if_fail (action != GTK_PRINT_OPERATION_ACTION_EXPORT || export_filename != NULL,
                        GTK_PRINT_OPERATION_RESULT_ERROR);

  document = merit_offer_document_new (workspace, candidate, viewer);
  operation = gtk_print_operation_new ();
  /* TRANSLATORS: the print job name and default file name, e.g. “Offer package Candidate K7M2”. */
  job = g_strdup_printf (_("Offer package %s"), merit_candidate_get_pseudonym (candidate));
  gtk_print_operation_set_job_name (operation, job);
  /* The document measures in points, like the PDF `merit print` writes. */
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_allow_async (operation,
                                       action != GTK_PRINT_OPERATION_ACTION_EXPORT);
  if (export_filename != NULL)
    gtk_print_operation_set_export_filename (operation, export_filename);
  /* With the dialog the operation outlives this call: it keeps the document. */
  g_object_set_data_full (G_OBJECT (operation), "merit-offer-document", g_object_ref (document),
                          g_object_unref);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), document);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), document);
  if (parent != NULL)
    g_signal_connect_object (operation, "done", G_CALLBACK (done_cb), parent, 0);
  return gtk_print_operation_run (operation, action, parent, error);
}
