/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-cli-list.c: `merit list` and `merit roster`. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "merit-cli-private.h"
#include "merit-json-package.h"

static void
add_score (JsonBuilder *builder,
           double       score)
{
  json_builder_set_member_name (builder, "score");
  if (score >= 0)
    json_builder_add_double_value (builder, round (score * 100.0) / 100.0);
  else
    json_builder_add_null_value (builder);
}

int
merit_cli_list (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("DIR — list the packages"));
  g_autoptr(MeritWorkspaceStore) store = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *stage_text = NULL;
  g_autoptr(MeritCalibration) calibration = NULL;
  MeritWorkspace *workspace;
  gboolean json = FALSE;
  MeritStage stage = MERIT_STAGE_SOURCED;
  int status = MERIT_EXIT_OK;
  guint n;
  GOptionEntry entries[] = {
    { "stage", 0, 0, G_OPTION_ARG_STRING, &stage_text, N_("Only packages in this stage"), "S" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!_merit_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return _merit_cli_usage_error (context, _("list needs exactly one workspace folder"));
  if (stage_text != NULL && !merit_stage_from_string (stage_text, &stage))
    return _merit_cli_usage_error (context, _("unknown stage “%s”"), stage_text);

  store = _merit_cli_open_store (argv[1], &status);
  if (store == NULL)
    return status;
  workspace = merit_workspace_store_get_workspace (store);
  n = g_list_model_get_n_items (G_LIST_MODEL (workspace));
  /* The score is calibrated wherever the reviewers have enough reviews for it. */
  calibration = merit_calibration_new (G_LIST_MODEL (workspace));

  if (json)
    json_builder_begin_array (builder);
  else
    g_print ("%-12s %-16s %-28s %-6s %-15s %s\n", _("ID"), _("PSEUDONYM"), _("ROLE"),
             _("LEVEL"), _("STAGE"), _("SCORE"));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MeritCandidate) candidate = g_list_model_get_item (G_LIST_MODEL (workspace), i);
      const char *broken = merit_candidate_get_broken_reason (candidate);
      MeritRole *role = merit_candidate_get_role (candidate);
      double score;

      if (broken != NULL)
        {
          g_printerr ("%s\n", broken);
          continue;
        }
      if (stage_text != NULL && merit_candidate_get_stage (candidate) != stage)
        continue;
      score = merit_aggregate_blind_score (candidate, calibration, NULL);
      if (json)
        {
          json_builder_begin_object (builder);
          merit_json_add_string (builder, "id", merit_candidate_get_id (candidate));
          merit_json_add_string (builder, "pseudonym", merit_candidate_get_pseudonym (candidate));
          merit_json_add_string (builder, "role", merit_role_get_title (role));
          merit_json_add_string (builder, "level", merit_role_get_level (role));
          merit_json_add_string (builder, "stage",
                                 merit_stage_to_string (merit_candidate_get_stage (candidate)));
          add_score (builder, score);
          json_builder_end_object (builder);
        }
      else
        {
          g_autofree char *score_text = score >= 0 ? g_strdup_printf ("%.2f", score)
                                                   : g_strdup ("–");

          g_print ("%-12s %-16s %-28s %-6s %-15s %s\n", merit_candidate_get_id (candidate),
                   merit_candidate_get_pseudonym (candidate),
                   merit_role_get_title (role) != NULL ? merit_role_get_title (role) : "",
                   merit_role_get_level (role) != NULL ? merit_role_get_level (role) : "",
                   merit_stage_to_string (merit_candidate_get_stage (candidate)), score_text);
        }
    }
  if (json)
    {
      g_autoptr(JsonNode) root = NULL;

      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      _merit_cli_print_json (root);
    }
  return MERIT_EXIT_OK;
}

int
merit_cli_roster (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("DIR — list the members"));
  g_autoptr(MeritWorkspaceStore) store = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  MeritRoster *roster;
  gboolean json = FALSE;
  int status = MERIT_EXIT_OK;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!_merit_cli_parse (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return _merit_cli_usage_error (context, _("roster needs exactly one workspace folder"));
  store = _merit_cli_open_store (argv[1], &status);
  if (store == NULL)
    return status;
  roster = merit_workspace_get_roster (merit_workspace_store_get_workspace (store));

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (roster)); i++)
    {
      g_autoptr(MeritMember) member = g_list_model_get_item (G_LIST_MODEL (roster), i);
      g_autofree char *roles = merit_role_flags_to_string (merit_member_get_roles (member));
      g_auto(GStrv) role_list = g_strsplit (roles, ",", -1);

      if (!json)
        {
          g_print ("%-12s %-24s %s\n", merit_member_get_id (member), merit_member_get_name (member),
                   roles);
          continue;
        }
      json_builder_begin_object (builder);
      merit_json_add_string (builder, "id", merit_member_get_id (member));
      merit_json_add_string (builder, "name", merit_member_get_name (member));
      json_builder_set_member_name (builder, "roles");
      json_builder_begin_array (builder);
      for (guint r = 0; role_list[r] != NULL; r++)
        if (*role_list[r] != '\0')
          json_builder_add_string_value (builder, role_list[r]);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  if (json)
    {
      g_autoptr(JsonNode) root = json_builder_get_root (builder);

      _merit_cli_print_json (root);
    }
  return MERIT_EXIT_OK;
}
