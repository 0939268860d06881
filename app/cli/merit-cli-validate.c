/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-cli-validate.c: `merit validate FILE...` and `merit verify DIR`. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "merit-atomic-file.h"
#include "merit-cli-private.h"
#include "merit-package-reader.h"
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

int
merit_cli_verify (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("DIR — verify schema, history chains and approvals"));
  g_autoptr(MeritWorkspaceStore) store = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  int status = MERIT_EXIT_OK;
  guint n;

  if (!_merit_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return _merit_cli_usage_error (context, _("verify needs exactly one workspace folder"));
  store = _merit_cli_open_store (argv[1], &status);
  if (store == NULL)
    return status;

  problems = merit_verify_store (store);
  n = g_list_model_get_n_items (G_LIST_MODEL (merit_workspace_store_get_workspace (store)));
  for (guint i = 0; i < problems->len; i++)
    g_printerr ("%s\n", (const char *) g_ptr_array_index (problems, i));
  if (problems->len > 0)
    return MERIT_EXIT_INVALID;
  g_print (ngettext ("%u package verified.\n", "%u packages verified.\n", n), n);
  return MERIT_EXIT_OK;
}
