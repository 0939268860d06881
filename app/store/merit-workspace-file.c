/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-workspace-file.c: workspace.xml into the model and back.
 *
 * workspace.xml holds the roster (members, roles, public keys), the rubric with its anchored
 * level descriptions in every language it was written in, the comp bands and the settings.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "merit-model.h"
#include "merit-store-error.h"
#include "merit-keys.h"
#include "merit-workspace-file.h"
#include "merit-xml-private.h"
#include "merit-xml.h"

#define FOREACH_ELEMENT(child, parent) \
  for (xmlNode *child = (parent)->children; child != NULL; child = child->next) \
    if (child->type == XML_ELEMENT_NODE)

static char *
attr (xmlNode    *node,
      const char *name)
{
  g_autoptr(MeritXmlString) value = xmlGetNoNsProp (node, (const xmlChar *) name);

  return value != NULL ? g_strdup ((const char *) value) : NULL;
}

static char *
text (xmlNode *node)
{
  g_autoptr(MeritXmlString) value = xmlNodeGetContent (node);

  return g_strdup (value != NULL ? (const char *) value : "");
}

static gboolean
fail (GError     **error,
      const char  *display_name,
      xmlNode     *node,
      const char  *reason,
      const char  *value)
{
  g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_INVALID, "%s:%ld: %s “%s”",
               display_name, xmlGetLineNo (node), reason, value);
  return FALSE;
}

static gboolean
read_roster (xmlNode      *node,
             MeritRoster  *roster,
             const char   *display_name,
             GError      **error)
{
  FOREACH_ELEMENT (child, node)
    {
      g_autofree char *id = NULL;
      g_autofree char *name = NULL;
      g_autofree char *roles_text = attr (child, "roles");
      g_autofree char *key = attr (child, "public-key");
      g_autoptr(MeritMember) member = NULL;
      MeritRoleFlags roles;

      if (g_strcmp0 ((const char *) child->name, "signature") == 0)
        {
          g_autofree char *signer_key = attr (child, "signer-key");
          g_autofree char *content = text (child);

          merit_roster_set_signature (roster, signer_key, content);
          continue;
        }
      id = attr (child, "id");
      name = attr (child, "name");
      if (merit_roster_lookup (roster, id) != NULL)
        return fail (error, display_name, child, _("member id is used twice:"), id);
      roles = merit_role_flags_from_string (roles_text, NULL);
      member = merit_member_new ();
      merit_member_set_id (member, id);
      merit_member_set_name (member, name);
      merit_member_set_roles (member, roles);
      merit_member_set_public_key (member, key);
      {
        g_autofree char *previous = attr (child, "previous-keys");

        merit_member_set_previous_keys (member, previous);
      }
      merit_roster_add (roster, member);
    }
  return TRUE;
}

static gboolean
read_rubric (xmlNode      *node,
             MeritRubric  *rubric,
             const char   *display_name,
             GError      **error)
{
  g_autofree char *min_reviews = attr (node, "min-reviews");

  merit_rubric_set_min_reviews (rubric, (guint) g_ascii_strtoull (min_reviews, NULL, 10));
  FOREACH_ELEMENT (child, node)
    {
      g_autofree char *id = attr (child, "id");
      g_autoptr(MeritCriterion) criterion = NULL;

      if (merit_rubric_lookup (rubric, id) != NULL)
        return fail (error, display_name, child, _("criterion id is used twice:"), id);
      criterion = merit_criterion_new (id);
      FOREACH_ELEMENT (part, child)
        {
          g_autofree char *lang = attr (part, "lang");
          g_autofree char *value = text (part);

          if (g_strcmp0 ((const char *) part->name, "name") == 0)
            merit_criterion_set_name (criterion, lang, value);
          else
            {
              g_autofree char *level = attr (part, "value");

              merit_criterion_set_level_description (criterion,
                                                     (guint) g_ascii_strtoull (level, NULL, 10),
                                                     lang, value);
            }
        }
      if (merit_criterion_get_name (criterion, "en") == NULL)
        return fail (error, display_name, child, _("criterion has no English name:"), id);
      merit_rubric_add (rubric, criterion);
    }
  return TRUE;
}

static gboolean
read_bands (xmlNode         *node,
            MeritWorkspace  *workspace,
            const char      *display_name,
            GError         **error)
{
  FOREACH_ELEMENT (child, node)
    {
      g_autofree char *level = attr (child, "level");
      g_autofree char *currency = attr (child, "currency");
      g_autofree char *min = attr (child, "min");
      g_autofree char *max = attr (child, "max");
      g_autoptr(MeritCompBand) band = NULL;
      gint64 min_cents = 0;
      gint64 max_cents = 0;

      if (!merit_money_parse (min, &min_cents, NULL) || !merit_money_parse (max, &max_cents, NULL)
          || min_cents > max_cents)
        return fail (error, display_name, child, _("comp band minimum is above its maximum for level"),
                     level);
      if (merit_workspace_find_band (workspace, level, currency) != NULL)
        return fail (error, display_name, child, _("comp band is defined twice for level"), level);
      band = merit_comp_band_new ();
      merit_comp_band_set_level (band, level);
      merit_comp_band_set_currency (band, currency);
      merit_comp_band_set_min (band, min);
      merit_comp_band_set_max (band, max);
      merit_workspace_add_comp_band (workspace, band);
    }
  return TRUE;
}

/**
 * merit_workspace_file_read:
 * @workspace: the workspace to fill
 * @bytes: the content of workspace.xml
 * @display_name: the name used in error messages
 * @error: return location for an error naming the file, line and reason
 *
 * Reads roster, rubric, comp bands and settings into @workspace.
 *
 * Returns: %TRUE on success
 */
gboolean
merit_workspace_file_read (MeritWorkspace  *workspace,
                           GBytes          *bytes,
                           const char      *display_name,
                           GError         **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(MeritRoster) roster = merit_roster_new ();
  g_autoptr(MeritRubric) rubric = merit_rubric_new ();
  g_autofree char *name = NULL;
  xmlNode *root;
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);

  doc = merit_xml_load (display_name, data != NULL ? data : "", length,
                        MERIT_SCHEMA_WORKSPACE, error);
  if (doc == NULL)
    return FALSE;

  root = xmlDocGetRootElement (doc);
  name = attr (root, "name");
  merit_workspace_remove_all_comp_bands (workspace);
  FOREACH_ELEMENT (child, root)
    {
      const char *element = (const char *) child->name;

      if (g_str_equal (element, "settings"))
        {
          g_autofree char *quorum = attr (child, "quorum");
          g_autofree char *neutralise = attr (child, "neutralise-pronouns");
          g_autofree char *salt = attr (child, "review-salt");

          merit_workspace_set_default_quorum (workspace,
                                              quorum != NULL
                                              ? (guint) g_ascii_strtoull (quorum, NULL, 10) : 0);
          merit_workspace_set_neutralise_pronouns (workspace,
                                                   g_strcmp0 (neutralise, "true") == 0);
          merit_workspace_set_review_salt (workspace, salt);
        }
      else if (g_str_equal (element, "roster"))
        {
          if (!read_roster (child, roster, display_name, error))
            return FALSE;
        }
      else if (g_str_equal (element, "rubric"))
        {
          if (!read_rubric (child, rubric, display_name, error))
            return FALSE;
        }
      else if (g_str_equal (element, "comp-bands"))
        {
          if (!read_bands (child, workspace, display_name, error))
            return FALSE;
        }
    }
  merit_workspace_set_name (workspace, name);
  merit_workspace_set_roster (workspace, roster);
  merit_workspace_set_rubric (workspace, rubric);
  return TRUE;
}

static void
set_attr (xmlNode    *node,
          const char *name,
          const char *value)
{
  if (value != NULL)
    xmlNewProp (node, (const xmlChar *) name, (const xmlChar *) value);
}

static void
write_rubric (xmlNode     *root,
              MeritRubric *rubric)
{
  xmlNode *node = xmlNewChild (root, root->ns, (const xmlChar *) "rubric", NULL);
  g_autofree char *min_reviews = g_strdup_printf ("%u", merit_rubric_get_min_reviews (rubric));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (rubric));

  set_attr (node, "min-reviews", min_reviews);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MeritCriterion) criterion = g_list_model_get_item (G_LIST_MODEL (rubric), i);
      const char * const *langs = merit_criterion_get_languages (criterion);
      xmlNode *child = xmlNewChild (node, root->ns, (const xmlChar *) "criterion", NULL);

      set_attr (child, "id", merit_criterion_get_id (criterion));
      for (guint l = 0; langs[l] != NULL; l++)
        {
          const char *name_text = merit_criterion_get_name (criterion, langs[l]);
          xmlNode *name;

          if (name_text == NULL)
            continue;
          name = xmlNewTextChild (child, root->ns, (const xmlChar *) "name",
                                  (const xmlChar *) name_text);
          set_attr (name, "lang", langs[l]);
        }
      for (guint level = 1; level <= 4; level++)
        for (guint l = 0; langs[l] != NULL; l++)
          {
            const char *description = merit_criterion_get_level_description (criterion, level,
                                                                              langs[l]);
            g_autofree char *value = g_strdup_printf ("%u", level);
            xmlNode *level_node;

            if (description == NULL)
              continue;
            level_node = xmlNewTextChild (child, root->ns, (const xmlChar *) "level",
                                          (const xmlChar *) description);
            set_attr (level_node, "value", value);
            set_attr (level_node, "lang", langs[l]);
          }
    }
}

/**
 * merit_workspace_file_serialize:
 * @workspace: a workspace
 * @error: return location for an error
 *
 * Serializes the workspace settings and validates the result against the schema.
 *
 * Returns: (transfer full): the content of workspace.xml, or %NULL with @error set
 */
GBytes *
merit_workspace_file_serialize (MeritWorkspace  *workspace,
                                GError         **error)
{
  g_autoptr(xmlDoc) doc = xmlNewDoc ((const xmlChar *) "1.0");
  g_autoptr(xmlDoc) check = NULL;
  g_autoptr(GBytes) bytes = NULL;
  xmlNode *root = xmlNewDocNode (doc, NULL, (const xmlChar *) "workspace", NULL);
  xmlNs *ns = xmlNewNs (root, (const xmlChar *) MERIT_XML_NS, NULL);
  MeritRoster *roster = merit_workspace_get_roster (workspace);
  GListModel *bands = merit_workspace_get_comp_bands (workspace);
  xmlNode *node;
  xmlChar *buffer = NULL;
  int size = 0;

  merit_xml_init ();
  xmlSetNs (root, ns);
  xmlDocSetRootElement (doc, root);
  set_attr (root, "schema-version", "1");
  set_attr (root, "name", merit_workspace_get_name (workspace) != NULL
                          ? merit_workspace_get_name (workspace) : "");

  node = xmlNewChild (root, ns, (const xmlChar *) "settings", NULL);
  if (merit_workspace_get_default_quorum (workspace) > 0)
    {
      g_autofree char *quorum = g_strdup_printf ("%u",
                                                 merit_workspace_get_default_quorum (workspace));

      set_attr (node, "quorum", quorum);
    }
  set_attr (node, "neutralise-pronouns",
            merit_workspace_get_neutralise_pronouns (workspace) ? "true" : "false");
  if (merit_workspace_get_review_salt (workspace) != NULL)
    set_attr (node, "review-salt", merit_workspace_get_review_salt (workspace));

  node = xmlNewChild (root, ns, (const xmlChar *) "roster", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (roster)); i++)
    {
      g_autoptr(MeritMember) member = g_list_model_get_item (G_LIST_MODEL (roster), i);
      g_autofree char *roles = merit_role_flags_to_string (merit_member_get_roles (member));
      xmlNode *child = xmlNewChild (node, ns, (const xmlChar *) "member", NULL);

      set_attr (child, "id", merit_member_get_id (member));
      set_attr (child, "name", merit_member_get_name (member));
      set_attr (child, "roles", roles);
      set_attr (child, "public-key", merit_member_get_public_key (member));
      set_attr (child, "previous-keys", merit_member_get_previous_keys (member));
    }
  if (merit_roster_get_signature (roster) != NULL && merit_roster_get_signer_key (roster) != NULL)
    {
      xmlNode *child = xmlNewTextChild (node, ns, (const xmlChar *) "signature",
                                        (const xmlChar *) merit_roster_get_signature (roster));
      g_autofree char *key_id = merit_key_fingerprint (merit_roster_get_signer_key (roster));

      set_attr (child, "key", key_id);
      set_attr (child, "algorithm", "ed25519");
      set_attr (child, "signer-key", merit_roster_get_signer_key (roster));
    }

  write_rubric (root, merit_workspace_get_rubric (workspace));

  node = xmlNewChild (root, ns, (const xmlChar *) "comp-bands", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (bands); i++)
    {
      g_autoptr(MeritCompBand) band = g_list_model_get_item (bands, i);
      xmlNode *child = xmlNewChild (node, ns, (const xmlChar *) "band", NULL);

      set_attr (child, "level", merit_comp_band_get_level (band));
      set_attr (child, "currency", merit_comp_band_get_currency (band));
      set_attr (child, "min", merit_comp_band_get_min (band));
      set_attr (child, "max", merit_comp_band_get_max (band));
    }

  xmlDocDumpFormatMemoryEnc (doc, &buffer, &size, "UTF-8", 1);
  bytes = g_bytes_new (buffer, (gsize) size);
  xmlFree (buffer);

  check = merit_xml_load ("workspace.xml", g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                          MERIT_SCHEMA_WORKSPACE, error);
  if (check == NULL)
    return NULL;
  return g_steal_pointer (&bytes);
}
