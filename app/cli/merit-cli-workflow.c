/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-cli-workflow.c: the workflow steps on the command line.
 *
 *   merit review DIR ID --as M --score CRITERION=N --evidence CRITERION=TEXT … [--submit]
 *   merit vote DIR ID --as M --vote V --rationale TEXT
 *   merit decide DIR ID --as M --decision hire|no-hire --rationale TEXT
 *   merit offer DIR ID --as M --level L --base AMOUNT --currency CUR … --justification TEXT
 *   merit submit-offer|approve|return|reject|extend DIR ID --as M [--comment TEXT]
 *   merit advance DIR ID STAGE --as M [--comment TEXT]
 *
 * Each loads the workspace, applies one step through merit-workflow.h and saves the package.
 * A refused step prints the rule on one line, naming the package, exits 1 and writes nothing.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "merit-cli-private.h"
#include "merit-workflow.h"

typedef gboolean (*StepFunc) (MeritWorkspace  *workspace,
                              MeritCandidate  *candidate,
                              const char      *actor,
                              gpointer         data,
                              GError         **error);

/* Loads @dir, applies @func to package @id as @actor and saves it. */
static int
run_step (const char *dir,
          const char *id,
          const char *actor,
          StepFunc    func,
          gpointer    data)
{
  g_autoptr(MeritWorkspaceStore) store = NULL;
  g_autoptr(GError) error = NULL;
  MeritWorkspace *workspace;
  MeritCandidate *candidate;
  int status = MERIT_EXIT_OK;

  store = _merit_cli_open_store (dir, &status);
  if (store == NULL)
    return status;
  workspace = merit_workspace_store_get_workspace (store);
  candidate = merit_workspace_lookup (workspace, id);
  if (candidate == NULL)
    {
      g_printerr (_("%s: there is no package with this ID in %s\n"), id, dir);
      return MERIT_EXIT_INVALID;
    }
  if (!_merit_cli_unlock (workspace, actor, &status))
    return status;
  if (!func (workspace, candidate, actor, data, &error)
      || !merit_workspace_store_save_candidate (store, candidate, actor, &error))
    {
      g_printerr ("%s: %s\n", id, error->message);
      return MERIT_EXIT_INVALID;
    }
  g_print (_("%s: %s is in stage “%s”.\n"), id, merit_candidate_get_pseudonym (candidate),
           merit_stage_get_label (merit_candidate_get_stage (candidate)));
  return MERIT_EXIT_OK;
}

/* Parses the options, then checks for "DIR ID" plus @n_extra positional arguments and --as. */
static gboolean
parse_step (GOptionContext   *context,
            int              *argc,
            char           ***argv,
            guint             n_extra,
            char * const     *actor,
            int              *status)
{
  if (!_merit_cli_parse (context, argc, argv, status))
    return FALSE;
  if (*argc != (int) (3 + n_extra))
    {
      *status = _merit_cli_usage_error (context, n_extra == 0
                                        ? _("%s needs a workspace folder and a package ID")
                                        : _("%s needs a workspace folder, a package ID and a stage"),
                                        (*argv)[0]);
      return FALSE;
    }
  if (*actor == NULL || **actor == '\0')
    {
      *status = _merit_cli_usage_error (context, _("%s needs --as MEMBER-ID"), (*argv)[0]);
      return FALSE;
    }
  return TRUE;
}

/* Review. */

typedef struct
{
  char     **scores;
  char     **evidence;
  gboolean   submit;
} ReviewStep;

static gboolean
split_assignment (const char  *text,
                  char       **out_key,
                  char       **out_value)
{
  const char *equals = strchr (text, '=');

  if (equals == NULL || equals == text)
    return FALSE;
  *out_key = g_strndup (text, equals - text);
  *out_value = g_strdup (equals + 1);
  return TRUE;
}

static gboolean
apply_review (MeritWorkspace  *workspace,
              MeritCandidate  *candidate,
              const char      *actor,
              gpointer         data,
              GError         **error)
{
  ReviewStep *step = data;
  MeritRubric *rubric = merit_workspace_get_rubric (workspace);
  MeritReview *review = merit_workflow_ensure_draft_review (workspace, candidate, actor, error);

  if (review == NULL)
    return FALSE;
  for (guint i = 0; step->scores != NULL && step->scores[i] != NULL; i++)
    {
      g_autofree char *criterion = NULL;
      g_autofree char *value = NULL;
      guint64 number = 0;

      split_assignment (step->scores[i], &criterion, &value);
      if (merit_rubric_lookup (rubric, criterion) == NULL)
        {
          g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                       _("“%s” is not a criterion of this workspace’s rubric"), criterion);
          return FALSE;
        }
      if (!g_ascii_string_to_unsigned (value, 10, 1, MERIT_CRITERION_N_LEVELS, &number, NULL))
        {
          g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                       _("the score for %s must be a whole number from 1 to %d, not “%s”"),
                       criterion, MERIT_CRITERION_N_LEVELS, value);
          return FALSE;
        }
      merit_score_set_value (merit_review_ensure_score (review, criterion), (guint) number);
    }
  for (guint i = 0; step->evidence != NULL && step->evidence[i] != NULL; i++)
    {
      g_autofree char *criterion = NULL;
      g_autofree char *text = NULL;

      split_assignment (step->evidence[i], &criterion, &text);
      if (merit_rubric_lookup (rubric, criterion) == NULL)
        {
          g_set_error (error, MERIT_MODEL_ERROR, MERIT_MODEL_ERROR_INVALID,
                       _("“%s” is not a criterion of this workspace’s rubric"), criterion);
          return FALSE;
        }
      merit_score_set_evidence (merit_review_ensure_score (review, criterion), text);
    }
  return !step->submit || merit_workflow_submit_review (workspace, candidate, actor, error);
}

int
merit_cli_review (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("DIR ID — score a package blind, and submit the review"));
  g_autofree char *actor = NULL;
  g_auto(GStrv) scores = NULL;
  g_auto(GStrv) evidence = NULL;
  gboolean submit = FALSE;
  int status = MERIT_EXIT_OK;
  ReviewStep step;
  GOptionEntry entries[] = {
    { "as", 0, 0, G_OPTION_ARG_STRING, &actor, N_("The reviewer’s member ID"), "M" },
    { "score", 0, 0, G_OPTION_ARG_STRING_ARRAY, &scores,
      N_("A score from 1 to 4 for a criterion (repeatable)"), "CRITERION=N" },
    { "evidence", 0, 0, G_OPTION_ARG_STRING_ARRAY, &evidence,
      N_("The written evidence for a criterion’s score (repeatable)"), "CRITERION=TEXT" },
    { "submit", 0, 0, G_OPTION_ARG_NONE, &submit,
      N_("Submit the review; a submitted review is final"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_step (context, &argc, &argv, 0, &actor, &status))
    return status;
  for (guint i = 0; scores != NULL && scores[i] != NULL; i++)
    if (strchr (scores[i], '=') == NULL || scores[i][0] == '=')
      return _merit_cli_usage_error (context, _("--score takes CRITERION=N, not “%s”"), scores[i]);
  for (guint i = 0; evidence != NULL && evidence[i] != NULL; i++)
    if (strchr (evidence[i], '=') == NULL || evidence[i][0] == '=')
      return _merit_cli_usage_error (context, _("--evidence takes CRITERION=TEXT, not “%s”"),
                                     evidence[i]);
  step = (ReviewStep) { scores, evidence, submit };
  return run_step (argv[1], argv[2], actor, apply_review, &step);
}

/* Vote and decision. */

typedef struct
{
  MeritVoteValue  value;
  const char     *rationale;
} VoteStep;

static gboolean
apply_vote (MeritWorkspace  *workspace,
            MeritCandidate  *candidate,
            const char      *actor,
            gpointer         data,
            GError         **error)
{
  VoteStep *step = data;

  return merit_workflow_cast_vote (workspace, candidate, actor, step->value, step->rationale,
                                   error);
}

int
merit_cli_vote (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("DIR ID — cast a committee vote with its rationale"));
  g_autofree char *actor = NULL;
  g_autofree char *vote = NULL;
  g_autofree char *rationale = NULL;
  int status = MERIT_EXIT_OK;
  VoteStep step = { 0 };
  GOptionEntry entries[] = {
    { "as", 0, 0, G_OPTION_ARG_STRING, &actor, N_("The committee member’s ID"), "M" },
    { "vote", 0, 0, G_OPTION_ARG_STRING, &vote,
      N_("strong-hire, hire, no-hire or strong-no-hire"), "V" },
    { "rationale", 0, 0, G_OPTION_ARG_STRING, &rationale, N_("Why"), "TEXT" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_step (context, &argc, &argv, 0, &actor, &status))
    return status;
  if (vote == NULL || !merit_vote_value_from_string (vote, &step.value))
    return _merit_cli_usage_error (context, _("--vote must be strong-hire, hire, no-hire or "
                                              "strong-no-hire"));
  step.rationale = rationale;
  return run_step (argv[1], argv[2], actor, apply_vote, &step);
}

typedef struct
{
  MeritDecisionValue  decision;
  const char         *rationale;
} DecideStep;

static gboolean
apply_decision (MeritWorkspace  *workspace,
                MeritCandidate  *candidate,
                const char      *actor,
                gpointer         data,
                GError         **error)
{
  DecideStep *step = data;

  return merit_workflow_record_decision (workspace, candidate, actor, step->decision,
                                         step->rationale, error);
}

int
merit_cli_decide (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("DIR ID — record the committee’s decision"));
  g_autofree char *actor = NULL;
  g_autofree char *decision = NULL;
  g_autofree char *rationale = NULL;
  int status = MERIT_EXIT_OK;
  DecideStep step = { 0 };
  GOptionEntry entries[] = {
    { "as", 0, 0, G_OPTION_ARG_STRING, &actor, N_("The chair’s member ID"), "M" },
    { "decision", 0, 0, G_OPTION_ARG_STRING, &decision, N_("hire or no-hire"), "D" },
    { "rationale", 0, 0, G_OPTION_ARG_STRING, &rationale, N_("Why"), "TEXT" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_step (context, &argc, &argv, 0, &actor, &status))
    return status;
  if (decision == NULL || !merit_decision_value_from_string (decision, &step.decision)
      || step.decision == MERIT_DECISION_VALUE_NONE)
    return _merit_cli_usage_error (context, _("--decision must be hire or no-hire"));
  step.rationale = rationale;
  return run_step (argv[1], argv[2], actor, apply_decision, &step);
}

/* Offer. */

static gboolean
apply_offer (MeritWorkspace  *workspace,
             MeritCandidate  *candidate,
             const char      *actor,
             gpointer         data,
             GError         **error)
{
  return merit_workflow_set_offer (workspace, candidate, actor, MERIT_OFFER (data), error);
}

int
merit_cli_offer (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("DIR ID — draft the offer, checked against the comp band"));
  g_autoptr(MeritOffer) offer = merit_offer_new ();
  g_autofree char *actor = NULL;
  g_autofree char *level = NULL;
  g_autofree char *base = NULL;
  g_autofree char *currency = NULL;
  g_autofree char *equity = NULL;
  g_autofree char *bonus = NULL;
  g_autofree char *start = NULL;
  g_autofree char *justification = NULL;
  g_autofree char *exception = NULL;
  int status = MERIT_EXIT_OK;
  GOptionEntry entries[] = {
    { "as", 0, 0, G_OPTION_ARG_STRING, &actor, N_("The chair’s member ID"), "M" },
    { "level", 0, 0, G_OPTION_ARG_STRING, &level, N_("The level, e.g. L5"), "L" },
    { "base", 0, 0, G_OPTION_ARG_STRING, &base, N_("Base salary, e.g. 95000.00"), "AMOUNT" },
    { "currency", 0, 0, G_OPTION_ARG_STRING, &currency, N_("ISO 4217 code, e.g. EUR"), "CUR" },
    { "equity", 0, 0, G_OPTION_ARG_STRING, &equity, N_("Equity in whole units"), "N" },
    { "bonus", 0, 0, G_OPTION_ARG_STRING, &bonus, N_("Bonus, e.g. 9000.00"), "AMOUNT" },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start, N_("Start date"), "YYYY-MM-DD" },
    { "justification", 0, 0, G_OPTION_ARG_STRING, &justification,
      N_("Why this offer"), "TEXT" },
    { "exception", 0, 0, G_OPTION_ARG_STRING, &exception,
      N_("Why an offer outside the band is justified"), "TEXT" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_step (context, &argc, &argv, 0, &actor, &status))
    return status;
  if (level == NULL || base == NULL || currency == NULL || start == NULL || justification == NULL)
    return _merit_cli_usage_error (context, _("offer needs --level, --base, --currency, --start "
                                              "and --justification"));
  merit_offer_set_level (offer, level);
  merit_offer_set_base (offer, base);
  merit_offer_set_currency (offer, currency);
  merit_offer_set_equity (offer, equity);
  merit_offer_set_bonus (offer, bonus);
  merit_offer_set_start_date (offer, start);
  merit_offer_set_justification (offer, justification);
  merit_offer_set_exception (offer, exception);
  return run_step (argv[1], argv[2], actor, apply_offer, offer);
}

/* The stage steps. */

typedef struct
{
  MeritStage  to;
  const char *comment;
} StageStep;

static gboolean
apply_stage (MeritWorkspace  *workspace,
             MeritCandidate  *candidate,
             const char      *actor,
             gpointer         data,
             GError         **error)
{
  StageStep *step = data;

  return merit_workflow_advance (workspace, candidate, actor, step->to, step->comment, error);
}

static int
run_stage_command (int          argc,
                   char       **argv,
                   gboolean     with_stage,
                   MeritStage   to,
                   const char  *summary)
{
  g_autoptr(GOptionContext) context = g_option_context_new (summary);
  g_autofree char *actor = NULL;
  g_autofree char *comment = NULL;
  int status = MERIT_EXIT_OK;
  StageStep step;
  GOptionEntry entries[] = {
    { "as", 0, 0, G_OPTION_ARG_STRING, &actor, N_("The acting member’s ID"), "M" },
    { "comment", 0, 0, G_OPTION_ARG_STRING, &comment,
      N_("Why; required to return or reject"), "TEXT" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_step (context, &argc, &argv, with_stage ? 1 : 0, &actor, &status))
    return status;
  if (with_stage && !merit_stage_from_string (argv[3], &to))
    return _merit_cli_usage_error (context, _("“%s” is not a stage; stages are sourced, "
                                              "screening, blind-review, committee, offer-draft, "
                                              "ceo-review, approved, returned, rejected, "
                                              "offer-extended, accepted, declined, withdrawn"),
                                   argv[3]);
  step = (StageStep) { to, comment };
  return run_step (argv[1], argv[2], actor, apply_stage, &step);
}

int
merit_cli_step (int    argc,
                char **argv)
{
  static const struct
  {
    const char *name;
    MeritStage  to;
    const char *summary;
  } stage_commands[] = {
    { "submit-offer", MERIT_STAGE_CEO_REVIEW, N_("DIR ID — send the offer package to the CEO") },
    { "approve", MERIT_STAGE_APPROVED, N_("DIR ID — approve the offer package (CEO)") },
    { "return", MERIT_STAGE_RETURNED, N_("DIR ID — return the offer package with a comment (CEO)") },
    { "reject", MERIT_STAGE_REJECTED, N_("DIR ID — reject the offer package with a comment (CEO)") },
    { "extend", MERIT_STAGE_OFFER_EXTENDED, N_("DIR ID — extend the approved offer") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (stage_commands); i++)
    if (g_strcmp0 (argv[0], stage_commands[i].name) == 0)
      return run_stage_command (argc, argv, FALSE, stage_commands[i].to,
                                _(stage_commands[i].summary));
  g_return_val_if_reached (MERIT_EXIT_USAGE);
}

int
merit_cli_advance (int    argc,
                   char **argv)
{
  return run_stage_command (argc, argv, TRUE, MERIT_STAGE_SOURCED,
                            _("DIR ID STAGE — move a package to the next stage"));
}
