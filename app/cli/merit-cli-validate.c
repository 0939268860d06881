/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-cli-validate.c: `merit validate FILE...` and `merit verify DIR`. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "merit-atomic-file.h"
#include "merit-cli-private.h"
#include "merit-package-reader.h"
#include "merit-trust.h"
#include "merit-verify.h"
#include "merit-workspace-file.h"
#include "merit-xml-private.h"
#include "merit-xml.h"

static gboolean
validate_file (const char  *path,
               GError     **error)
{
  g_autoptr(GBytes) bytes = merit_file_read_bounded (path, MERIT_XML_MAX_BYTES, error);
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(MeritCandidate) candidate = NULL;
  g_autoptr(MeritWorkspace) workspace = NULL;
  xmlNode *root;
  gsize length = 0;
  const char *data;

  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &length);
  doc = merit_xml_parse (path, data != NULL ? data : "", length, error);
  if (doc == NULL)
    return FALSE;
  root = xmlDocGetRootElement (doc);
  /* A workspace file is recognised by its root; everything else must be a package. */
  if (root != NULL && g_strcmp0 ((const char *) root->name, "workspace") == 0)
    {
      workspace = merit_workspace_new ();
      return merit_workspace_file_read (workspace, bytes, path, error);
    }
  if (!merit_xml_validate (doc, MERIT_SCHEMA_PACKAGE, path, error))
    return FALSE;
  candidate = merit_package_read_doc (doc, path, NULL, error);
  return candidate != NULL;
}

int
merit_cli_validate (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("FILE… — check package or workspace files"));
  int status = MERIT_EXIT_OK;
  guint n_invalid = 0;

  if (!_merit_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc < 2)
    return _merit_cli_usage_error (context, _("validate needs at least one file"));

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;

      if (validate_file (argv[i], &error))
        g_print (_("%s: valid\n"), argv[i]);
      else
        {
          g_printerr ("%s\n", error->message);
          n_invalid++;
        }
    }
  return n_invalid > 0 ? MERIT_EXIT_INVALID : MERIT_EXIT_OK;
}

static const char *
verdict_name (MeritTrustVerdict verdict)
{
  switch (verdict)
    {
    case MERIT_TRUST_VERIFIED:
      return "verified";
    case MERIT_TRUST_UNSIGNED:
      return "unsigned";
    case MERIT_TRUST_BROKEN:
    default:
      return "broken";
    }
}

static const char *
verdict_label (MeritTrustVerdict verdict)
{
  switch (verdict)
    {
    case MERIT_TRUST_VERIFIED:
      return _("verified");
    case MERIT_TRUST_UNSIGNED:
      return _("unsigned");
    case MERIT_TRUST_BROKEN:
    default:
      return _("broken");
    }
}

int
merit_cli_verify (int    argc,
                  char **argv)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the verdicts as JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("DIR — verify schema, history chains, signatures and approvals"));
  g_autoptr(MeritWorkspaceStore) store = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GPtrArray) roster_problems = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *pin = NULL;
  MeritWorkspace *workspace;
  MeritTrustVerdict roster_verdict;
  int status = MERIT_EXIT_OK;
  guint n_broken = 0;
  guint n;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!_merit_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return _merit_cli_usage_error (context, _("verify needs exactly one workspace folder"));
  store = _merit_cli_open_store (argv[1], &status);
  if (store == NULL)
    return status;
  workspace = merit_workspace_store_get_workspace (store);
  pin = merit_trust_dup_pin (merit_workspace_store_get_folder (store));

  roster_verdict = merit_trust_check_roster (workspace, roster_problems);
  for (guint i = 0; i < roster_problems->len; i++)
    g_printerr ("%s\n", (const char *) g_ptr_array_index (roster_problems, i));
  if (roster_verdict == MERIT_TRUST_BROKEN)
    n_broken++;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "roster");
  json_builder_add_string_value (builder, verdict_name (roster_verdict));
  json_builder_set_member_name (builder, "ceo-key-pinned");
  json_builder_add_boolean_value (builder, pin != NULL);
  json_builder_set_member_name (builder, "packages");
  json_builder_begin_array (builder);
  if (!json)
    {
      g_print (_("Roster: %s\n"), verdict_label (roster_verdict));
      if (pin == NULL)
        g_print ("%s\n", _("The CEO key is not pinned on this desktop: approvals were checked "
                           "against the roster only (see merit pin)."));
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (workspace));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (G_LIST_MODEL (workspace), i);
      const char *id = merit_candidate_get_id (candidate);
      g_autofree char *path = merit_workspace_store_dup_package_path (store, id);
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
      MeritTrustVerdict verdict = merit_verify_candidate_verdict (workspace, candidate, path,
                                                                  problems);

      if (verdict == MERIT_TRUST_BROKEN)
        n_broken++;
      for (guint k = 0; k < problems->len; k++)
        g_printerr ("%s\n", (const char *) g_ptr_array_index (problems, k));
      if (!json)
        g_print ("%s: %s\n", id, verdict_label (verdict));
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, id);
      json_builder_set_member_name (builder, "verdict");
      json_builder_add_string_value (builder, verdict_name (verdict));
      json_builder_set_member_name (builder, "problems");
      json_builder_begin_array (builder);
      for (guint k = 0; k < problems->len; k++)
        json_builder_add_string_value (builder, g_ptr_array_index (problems, k));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  if (json)
    {
      g_autoptr(JsonNode) root = json_builder_get_root (builder);

      _merit_cli_print_json (root);
    }
  if (n_broken > 0)
    return MERIT_EXIT_INVALID;
  if (!json)
    g_print (ngettext ("%u package verified.\n", "%u packages verified.\n", n), n);
  return MERIT_EXIT_OK;
}
