/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-cli-import.c: `merit import DIR FILE… [--format jsonresume|greenhouse] [--json]`. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "merit-cli-private.h"
#include "merit-json-package.h"
#include "merit-json-import.h"

/* Who the history names when no member is given. */
#define IMPORT_ACTOR "import"

static const char *
report_status (MeritImportReport *report)
{
  if (report->error != NULL)
    return "rejected";
  for (guint i = 0; i < report->packages->len; i++)
    if (!((MeritImportedPackage *) report->packages->pdata[i])->updated)
      return "imported";
  return "updated";
}

static void
add_strings (JsonBuilder *builder,
             const char  *member,
             GPtrArray   *values)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < values->len; i++)
    json_builder_add_string_value (builder, values->pdata[i]);
  json_builder_end_array (builder);
}

static void
add_report_json (JsonBuilder       *builder,
                 MeritImportReport *report)
{
  json_builder_begin_object (builder);
  merit_json_add_string (builder, "file", report->file);
  merit_json_add_string (builder, "format", report->error != NULL && report->format == MERIT_IMPORT_FORMAT_AUTO
                                            ? NULL : merit_import_format_to_string (report->format));
  merit_json_add_string (builder, "status", report_status (report));
  merit_json_add_string (builder, "error", report->error);
  json_builder_set_member_name (builder, "packages");
  json_builder_begin_array (builder);
  for (guint i = 0; i < report->packages->len; i++)
    {
      MeritImportedPackage *package = report->packages->pdata[i];

      json_builder_begin_object (builder);
      merit_json_add_string (builder, "id", package->id);
      merit_json_add_string (builder, "pseudonym", package->pseudonym);
      merit_json_add_string (builder, "status", package->updated ? "updated" : "imported");
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  add_strings (builder, "dropped", report->dropped);
  add_strings (builder, "warnings", report->warnings);
  json_builder_end_object (builder);
}

static void
print_report (MeritImportReport *report)
{
  if (report->error != NULL)
    {
      g_print (_("%s: rejected\n"), report->file);
      return;
    }
  for (guint i = 0; i < report->packages->len; i++)
    {
      MeritImportedPackage *package = report->packages->pdata[i];

      /* Translators: the file, then the package id and its pseudonym. */
      g_print (package->updated ? _("%s: updated %s (%s), the same e-mail address was already "
                                    "in the workspace\n")
                                : _("%s: imported %s (%s)\n"),
               report->file, package->id, package->pseudonym);
    }
  for (guint i = 0; i < report->dropped->len; i++)
    g_print (_("%s: dropped %s\n"), report->file, (const char *) report->dropped->pdata[i]);
  for (guint i = 0; i < report->warnings->len; i++)
    g_print (_("warning: %s\n"), (const char *) report->warnings->pdata[i]);
}

int
merit_cli_import (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("DIR FILE… — import candidates "
                                                              "from JSON Resume or Greenhouse "
                                                              "files"));
  g_autoptr(MeritWorkspaceStore) store = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *format_text = NULL;
  g_autofree char *actor = NULL;
  MeritImportFormat format = MERIT_IMPORT_FORMAT_AUTO;
  gboolean json = FALSE;
  int status = MERIT_EXIT_OK;
  GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text,
      N_("jsonresume or greenhouse (default: decided from each file)"), "F" },
    { "as", 0, 0, G_OPTION_ARG_STRING, &actor, N_("The member the history names"), "M" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the import report as JSON"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!_merit_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc < 3)
    return _merit_cli_usage_error (context, _("import needs a workspace folder and at least one "
                                              "file"));
  if (format_text != NULL && (!merit_import_format_from_string (format_text, &format)
                              || format == MERIT_IMPORT_FORMAT_AUTO))
    return _merit_cli_usage_error (context, _("unknown format “%s”; use jsonresume or "
                                              "greenhouse"), format_text);

  store = _merit_cli_open_store (argv[1], &status);
  if (store == NULL)
    return status;
  if (actor != NULL
      && merit_roster_lookup (merit_workspace_get_roster (merit_workspace_store_get_workspace (store)),
                              actor) == NULL)
    {
      g_printerr (_("%s: not a member of this workspace\n"), actor);
      return MERIT_EXIT_INVALID;
    }

  /* A file for someone already here updates their package, found by e-mail address: where
   * identity is sealed, that needs the identities opened with a key on this computer. */
  {
    MeritWorkspace *workspace = merit_workspace_store_get_workspace (store);

    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (workspace)); i++)
      {
        g_autoptr(MeritCandidate) candidate = g_list_model_get_item (G_LIST_MODEL (workspace), i);

        if (merit_candidate_get_broken_reason (candidate) == NULL)
          _merit_cli_open_sealed (workspace, candidate, actor);
      }
  }

  json_builder_begin_array (builder);
  for (int i = 2; i < argc; i++)
    {
      g_autoptr(MeritImportReport) report = merit_json_import_file (store, argv[i], format,
                                                                    actor != NULL ? actor
                                                                                  : IMPORT_ACTOR);

      if (report->error != NULL)
        {
          g_printerr ("%s\n", report->error);
          status = MERIT_EXIT_INVALID;
        }
      if (json)
        add_report_json (builder, report);
      else
        print_report (report);
    }
  json_builder_end_array (builder);
  if (json)
    {
      g_autoptr(JsonNode) root = json_builder_get_root (builder);

      _merit_cli_print_json (root);
    }
  return status;
}
