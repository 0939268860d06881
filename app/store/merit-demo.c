/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-demo.c: a generated demo workspace with candidates in every stage.
 *
 * Every package is built through the model and saved through the store, so the demo
 * exercises the same rules as real work: validated XML, chained history, and approvals bound
 * to the digest of the content they approve.  With a seed the output is byte-for-byte
 * reproducible.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "merit-atomic-file.h"
#include "merit-candidate-private.h"
#include "merit-demo.h"
#include "merit-digest.h"
#include "merit-keys.h"
#include "merit-model.h"
#include "merit-package-writer.h"
#include "merit-seal.h"
#include "merit-store-error.h"
#include "merit-trust.h"
#include "merit-workspace-store.h"
#include "merit-xml-private.h"
#include "merit-xml.h"

typedef struct
{
  const char *id;
  const char *name;
  const char *roles;
} DemoMember;

static const DemoMember members[] = {
  { "dana", "Dana Whitfield", "ceo" },
  { "rafael", "Rafael Ortiz", "committee,chair" },
  { "ingrid", "Ingrid Sørensen", "reviewer,committee" },
  { "kwame", "Kwame Mensah", "reviewer,committee" },
  { "mei", "Mei Lin", "committee" },
  { "tomasz", "Tomasz Nowak", "reviewer" },
  { "aisha", "Aisha Rahman", "reviewer" },
  { "lukas", "Lukas Becker", "reviewer" },
  { "sofia", "Sofia Rossi", "reviewer" },
};

static const char * const reviewers[] = { "ingrid", "kwame", "tomasz", "aisha", "lukas", "sofia" };
static const char * const committee[] = { "rafael", "ingrid", "kwame", "mei" };

typedef struct
{
  const char *title;
  const char *team;
  /* NULL-terminated: the sixth entry stays NULL. */
  const char * const skills[6];
} DemoRole;

static const DemoRole roles[] = {
  { "Backend Engineer", "Platform", { "Go", "PostgreSQL", "Distributed systems", "gRPC", "Kubernetes" } },
  { "Data Scientist", "Analytics", { "Python", "Statistics", "Causal inference", "SQL", "Experimentation" } },
  { "Product Designer", "Design", { "Interaction design", "Prototyping", "User research", "Figma", "Accessibility" } },
  { "Site Reliability Engineer", "Infrastructure", { "Linux", "Observability", "Incident response", "Terraform", "Networking" } },
  { "Engineering Manager", "Platform", { "Hiring", "Coaching", "Delivery", "Architecture", "Roadmapping" } },
};

typedef struct
{
  const char *level;
  const char *min;
  const char *max;
} DemoBand;

static const DemoBand bands[] = {
  { "L3", "55000.00", "70000.00" },
  { "L4", "68000.00", "88000.00" },
  { "L5", "85000.00", "112000.00" },
  { "L6", "105000.00", "140000.00" },
};

static const char * const first_names[] = {
  "Amara", "Jonas", "Priya", "Mateo", "Yuki", "Fatima", "Lars", "Chiara", "Oluwaseun", "Elena",
  "Hiroshi", "Zainab", "Noah", "Ana", "Dmitri", "Leila", "Samuel", "Ingrid", "Tariq", "Camille",
  "Wei", "Nadia", "Jakob", "Isabela", "Kofi", "Sanna", "Ravi", "Lucía", "Emeka", "Hana",
};
static const char * const last_names[] = {
  "Okafor", "Lindqvist", "Raghunathan", "García", "Tanaka", "Haddad", "Johansson", "Bianchi",
  "Adeyemi", "Popescu", "Nakamura", "Qureshi", "Fischer", "Silva", "Volkov", "Mansour", "Mwangi",
  "Kowalski", "Farouk", "Dubois", "Zhang", "Petrova", "Schneider", "Costa", "Boateng", "Virtanen",
  "Iyer", "Fernández", "Eze", "Kim",
};
static const char * const cities[] = {
  "Berlin", "Lisbon", "Toronto", "Nairobi", "Osaka", "Warsaw", "Austin", "Utrecht", "Bangalore",
  "Manchester", "Tallinn", "São Paulo",
};
static const char * const companies[] = {
  "Northwind Logistics", "Bluefield Analytics", "Kestrel Systems", "Harbor & Co", "Lumen Health",
  "Tidewater Energy", "Quartz Robotics", "Mosaic Learning", "Arcadia Games", "Pinecone Finance",
};
static const char * const universities[] = {
  "TU München", "University of Toronto", "Universidade de Lisboa", "University of Nairobi",
  "Kyoto University", "ETH Zürich", "IIT Madras", "University of Edinburgh",
};
static const char * const evidence_phrases[] = {
  "The work sample solves the stated problem end to end and explains the trade-offs.",
  "Clear reasoning in the written exercise; each decision is backed by a measurement.",
  "Led a migration that cut latency by a third, with a careful rollback plan.",
  "Answers were correct but stayed at the surface; little depth on failure modes.",
  "Strong ownership: followed the incident through to the fix and the write-up.",
  "Explained a hard concept simply and checked the assumptions behind it.",
  "References describe consistent, reliable delivery over several years.",
  "The design critique was specific, kind and grounded in user research.",
};

typedef struct
{
  GRand          *rand;
  GDateTime      *anchor;
  GHashTable     *pseudonyms;
  MeritWorkspace *workspace;
  GStrv           criteria;  /* of the default rubric */
} Demo;

static const char *
pick (GRand              *rand,
      const char * const *list,
      guint               n)
{
  return list[g_rand_int_range (rand, 0, (gint32) n)];
}

#define PICK(rand, array) pick ((rand), (array), G_N_ELEMENTS (array))

static char *
format_time (GDateTime *time)
{
  return g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");
}

/* Gives every member a key pair, with the private keys in this user's key folder, so that
 * the demo is signed throughout.  A seeded demo derives its keys from the seed, which keeps it
 * reproducible; such keys are for demonstration only. */
static gboolean
add_keys (MeritWorkspace  *workspace,
          gboolean         has_seed,
          guint32          seed,
          GError         **error)
{
  MeritRoster *roster = merit_workspace_get_roster (workspace);
  MeritMember *ceo = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      MeritMember *member = merit_roster_lookup (roster, members[i].id);
      g_autofree char *public_key = NULL;
      guint8 key_seed[MERIT_KEY_SEED_BYTES];

      if (has_seed)
        {
          g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
          g_autofree char *input = g_strdup_printf ("merit-demo-key-v1\n%u\n%s", seed,
                                                    members[i].id);
          gsize length = sizeof key_seed;

          g_checksum_update (checksum, (const guchar *) input, -1);
          g_checksum_get_digest (checksum, key_seed, &length);
        }
      if (!merit_key_generate (members[i].id, NULL, has_seed ? key_seed : NULL, &public_key,
                               error))
        return FALSE;
      merit_member_set_public_key (member, public_key);
      if (merit_member_has_role (member, MERIT_ROLE_CEO))
        ceo = member;
    }
  return merit_trust_sign_roster (workspace, merit_member_get_public_key (ceo), error);
}

static MeritWorkspace *
build_workspace (gboolean has_seed,
                 guint32  seed)
{
  MeritWorkspace *workspace = merit_workspace_new ();
  g_autoptr(MeritRoster) roster = merit_roster_new ();
  g_autoptr(MeritRubric) rubric = merit_rubric_new_default ();
  /* A random source of its own, so the candidates of a seed stay what they were. */
  g_autoptr(GRand) salt_rand = has_seed ? g_rand_new_with_seed (seed ^ 0x5a17u) : g_rand_new ();
  g_autofree char *salt = merit_review_order_new_salt (salt_rand);

  merit_workspace_set_name (workspace, "Merit demo");
  merit_workspace_set_review_salt (workspace, salt);
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      g_autoptr(MeritMember) member = merit_member_new ();

      merit_member_set_id (member, members[i].id);
      merit_member_set_name (member, members[i].name);
      merit_member_set_roles (member, merit_role_flags_from_string (members[i].roles, NULL));

      merit_roster_add (roster, member);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bands); i++)
    {
      g_autoptr(MeritCompBand) band = merit_comp_band_new ();

      merit_comp_band_set_level (band, bands[i].level);
      merit_comp_band_set_currency (band, "EUR");
      merit_comp_band_set_min (band, bands[i].min);
      merit_comp_band_set_max (band, bands[i].max);

      merit_workspace_add_comp_band (workspace, band);
    }
  merit_workspace_set_roster (workspace, roster);
  merit_workspace_set_rubric (workspace, rubric);
  return workspace;
}

/* The order in which stages are dealt out: the first thirteen candidates cover every stage,
 * the rest follow a funnel in which early stages are the most common. */
static MeritStage
stage_for (GRand *rand,
           guint  index)
{
  static const MeritStage all[] = {
    MERIT_STAGE_SOURCED, MERIT_STAGE_SCREENING, MERIT_STAGE_BLIND_REVIEW, MERIT_STAGE_COMMITTEE,
    MERIT_STAGE_OFFER_DRAFT, MERIT_STAGE_CEO_REVIEW, MERIT_STAGE_APPROVED, MERIT_STAGE_RETURNED,
    MERIT_STAGE_REJECTED, MERIT_STAGE_OFFER_EXTENDED, MERIT_STAGE_ACCEPTED, MERIT_STAGE_DECLINED,
    MERIT_STAGE_WITHDRAWN,
  };
  static const guint weights[] = { 18, 14, 16, 10, 5, 8, 3, 3, 3, 3, 8, 3, 6 };
  guint total = 0;
  guint roll;

  if (index < G_N_ELEMENTS (all))
    return all[index];
  for (guint i = 0; i < G_N_ELEMENTS (weights); i++)
    total += weights[i];
  roll = (guint) g_rand_int_range (rand, 0, (gint32) total);
  for (guint i = 0; i < G_N_ELEMENTS (weights); i++)
    {
      if (roll < weights[i])
        return all[i];
      roll -= weights[i];
    }
  return MERIT_STAGE_SOURCED;
}

typedef struct
{
  Demo           *demo;
  GRand          *rand;      /* the candidate's own */
  MeritCandidate *candidate;
  GDateTime      *clock;
  int             talent;
} Build;

/* Moves the build's clock forward by a plausible working interval and returns the time. */
static char *
tick (Build *build,
      int    min_hours,
      int    max_hours)
{
  GDateTime *next = g_date_time_add_hours (build->clock,
                                           g_rand_int_range (build->rand, min_hours,
                                                             max_hours + 1));
  g_date_time_unref (build->clock);
  build->clock = next;
  return format_time (build->clock);
}

static void
move (Build      *build,
      MeritStage  stage,
      const char *actor,
      const char *comment,
      const char *time)
{
  g_autoptr(GError) error = NULL;

  if (!merit_candidate_set_stage_with_event (build->candidate, stage, actor, comment, time,
                                             &error))
    g_error ("demo: %s", error->message);
}

static void
fill_identity_and_profile (Build    *build,
                           guint     role_index)
{
  GRand *rand = build->rand;
  const DemoRole *role = &roles[role_index];
  const char *first = PICK (rand, first_names);
  const char *last = PICK (rand, last_names);
  g_autofree char *name = g_strdup_printf ("%s %s", first, last);
  g_autofree char *ascii_first = g_str_to_ascii (first, "C");
  g_autofree char *ascii_last = g_str_to_ascii (last, "C");
  g_autofree char *handle = g_ascii_strdown (ascii_first, -1);
  g_autofree char *email = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *link = NULL;
  g_autofree char *summary = NULL;
  const char *city = PICK (rand, cities);
  g_autoptr(MeritIdentity) identity = merit_identity_new ();
  MeritProfile *profile = merit_candidate_get_profile (build->candidate);
  const char *links[2] = { NULL, NULL };
  int year = 2025 - g_rand_int_range (rand, 2, 6);
  guint n_jobs = (guint) g_rand_int_range (rand, 2, 4);

  email = g_ascii_strdown (ascii_first, -1);
  {
    g_autofree char *lower_last = g_ascii_strdown (ascii_last, -1);
    g_autofree char *local = g_strdup_printf ("%s.%s", email, lower_last);

    g_free (email);
    email = g_strdup_printf ("%s@example.org", local);
    link = g_strdup_printf ("https://github.com/%s%s", handle, lower_last);
  }
  phone = g_strdup_printf ("+49 30 %04d %04d", g_rand_int_range (rand, 1000, 9999),
                           g_rand_int_range (rand, 1000, 9999));
  links[0] = link;
  merit_identity_set_name (identity, name);
  merit_identity_set_email (identity, email);
  merit_identity_set_phone (identity, phone);
  merit_identity_set_location (identity, city);
  merit_identity_set_links (identity, links);
  merit_candidate_set_identity (build->candidate, identity);

  summary = g_strdup_printf ("I'm %s, a %s based in %s. I care about %s and %s, and I like to "
                             "measure before I change things. Reach me at %s or %s.",
                             first, role->title, city, role->skills[0], role->skills[1],
                             email, phone);
  merit_profile_set_summary (profile, summary);

  for (guint j = 0; j < n_jobs; j++)
    {
      g_autoptr(MeritProfileEntry) entry = merit_profile_entry_new (MERIT_PROFILE_ENTRY_KIND_WORK);
      g_autofree char *start = g_strdup_printf ("%04d-%02d", year - 3, g_rand_int_range (rand, 1, 13));
      g_autofree char *end = g_strdup_printf ("%04d-%02d", year, g_rand_int_range (rand, 1, 13));
      g_autofree char *description =
        g_strdup_printf ("Worked on %s and %s; mentored two colleagues and owned the on-call "
                         "rotation for a year.", role->skills[(j + 2) % 5], role->skills[(j + 3) % 5]);

      merit_profile_entry_set_title (entry, role->title);
      merit_profile_entry_set_organization (entry, PICK (rand, companies));
      merit_profile_entry_set_location (entry, PICK (rand, cities));
      merit_profile_entry_set_start_date (entry, start);
      if (j > 0)
        merit_profile_entry_set_end_date (entry, end);
      merit_profile_entry_set_description (entry, description);
      merit_profile_add_entry (profile, entry);
      year -= 3;
    }
  {
    g_autoptr(MeritProfileEntry) education = merit_profile_entry_new (MERIT_PROFILE_ENTRY_KIND_EDUCATION);
    g_autoptr(MeritProfileEntry) skills = merit_profile_entry_new (MERIT_PROFILE_ENTRY_KIND_SKILL);
    g_autoptr(MeritProfileEntry) sample = merit_profile_entry_new (MERIT_PROFILE_ENTRY_KIND_WORK_SAMPLE);
    g_autofree char *start = g_strdup_printf ("%04d", year - 4);
    g_autofree char *end = g_strdup_printf ("%04d", year);
    g_autofree char *sample_text =
      g_strdup_printf ("A take-home exercise on %s. Written by %s; questions to %s.",
                       role->skills[0], name, email);

    merit_profile_entry_set_title (education, "MSc Computer Science");
    merit_profile_entry_set_organization (education, PICK (rand, universities));
    merit_profile_entry_set_start_date (education, start);
    merit_profile_entry_set_end_date (education, end);
    merit_profile_add_entry (profile, education);

    merit_profile_entry_set_title (skills, role->title);
    merit_profile_entry_set_keywords (skills, role->skills);
    merit_profile_add_entry (profile, skills);

    merit_profile_entry_set_title (sample, "Take-home exercise");
    merit_profile_entry_set_description (sample, sample_text);
    merit_profile_add_entry (profile, sample);
  }
}

static void
add_reviews (Build *build,
             guint  n_submitted,
             gboolean with_draft)
{
  GRand *rand = build->rand;
  GStrv criteria = build->demo->criteria;
  int talent = build->talent;
  guint first = (guint) g_rand_int_range (rand, 0, G_N_ELEMENTS (reviewers));

  for (guint r = 0; r < n_submitted + (with_draft ? 1 : 0); r++)
    {
      const char *reviewer = reviewers[(first + r) % G_N_ELEMENTS (reviewers)];
      g_autofree char *review_id = g_strdup_printf ("r%u", r + 1);
      g_autoptr(MeritReview) review = merit_review_new (review_id, reviewer);
      g_autofree char *time = tick (build, 4, 40);
      gboolean draft = r >= n_submitted;

      for (guint c = 0; criteria[c] != NULL; c++)
        {
          MeritScore *score = merit_review_ensure_score (review, criteria[c]);
          int value = talent + g_rand_int_range (rand, -1, 2);

          if (draft && c >= 3)
            break;
          merit_score_set_value (score, (guint) CLAMP (value, 1, 4));
          merit_score_set_evidence (score, PICK (rand, evidence_phrases));
        }
      merit_candidate_add_review (build->candidate, review);
      if (!draft)
        {
          g_autoptr(GError) error = NULL;

          if (!merit_review_submit (review, (const char * const *) criteria, time, &error))
            g_error ("demo: %s", error->message);
          merit_candidate_append_event (build->candidate, reviewer, "review-submitted", NULL, NULL,
                                        review_id, time);
        }
      else
        merit_candidate_append_event (build->candidate, reviewer, "review-draft", NULL, NULL,
                                      review_id, time);
    }
}

static void
add_votes_and_decision (Build    *build,
                        guint     n_votes,
                        gboolean  decide,
                        gboolean  hire)
{
  GRand *rand = build->rand;
  MeritCommittee *committee_section = merit_candidate_get_committee (build->candidate);

  for (guint v = 0; v < n_votes && v < G_N_ELEMENTS (committee); v++)
    {
      g_autoptr(MeritVote) vote = merit_vote_new ();
      g_autofree char *time = tick (build, 1, 6);
      int roll = g_rand_int_range (rand, 0, 10);
      MeritVoteValue value = hire ? (roll < 4 ? MERIT_VOTE_VALUE_STRONG_HIRE
                                     : roll < 9 ? MERIT_VOTE_VALUE_HIRE : MERIT_VOTE_VALUE_NO_HIRE)
                                  : (roll < 6 ? MERIT_VOTE_VALUE_NO_HIRE : MERIT_VOTE_VALUE_HIRE);

      merit_vote_set_member (vote, committee[v]);
      merit_vote_set_round (vote, 1);
      merit_vote_set_value (vote, value);
      merit_vote_set_time (vote, time);
      merit_vote_set_rationale (vote, value <= MERIT_VOTE_VALUE_HIRE
                                      ? "The evidence shows the bar is met on every criterion."
                                      : "Not yet at the level the role needs on role skills.");
      merit_committee_add_vote (committee_section, vote);
      merit_candidate_append_event (build->candidate, committee[v], "vote", NULL, NULL,
                                    merit_vote_value_to_string (value), time);
    }
  if (decide)
    {
      g_autofree char *time = tick (build, 2, 24);

      merit_committee_set_decision (committee_section,
                                    hire ? MERIT_DECISION_VALUE_HIRE : MERIT_DECISION_VALUE_NO_HIRE);
      merit_committee_set_decided_by (committee_section, "rafael");
      merit_committee_set_decided_at (committee_section, time);
      merit_committee_set_quorum_met (committee_section, TRUE);
      merit_committee_set_rationale (committee_section,
                                     hire ? "Consistently strong evidence from every reviewer; "
                                            "the committee agrees this hire raises the bar."
                                          : "The reviews agree the role needs more depth.");
      merit_candidate_append_event (build->candidate, "rafael", "decision", NULL, NULL,
                                    hire ? "hire" : "no-hire", time);
    }
}

static void
add_offer (Build *build,
           guint  role_index,
           guint  band_index)
{
  GRand *rand = build->rand;
  const DemoBand *band = &bands[band_index];
  g_autoptr(MeritOffer) offer = merit_offer_new ();
  gint64 min = 0;
  gint64 max = 0;
  gint64 base;
  g_autofree char *base_text = NULL;
  g_autofree char *bonus_text = NULL;
  g_autofree char *equity_text = NULL;
  g_autofree char *start = NULL;
  gboolean out_of_band = g_rand_int_range (rand, 0, 8) == 0;
  GDateTime *start_time = g_date_time_add_days (build->clock, g_rand_int_range (rand, 30, 75));

  merit_money_parse (band->min, &min, NULL);
  merit_money_parse (band->max, &max, NULL);
  base = min + ((max - min) / 100) * g_rand_int_range (rand, 10, 90);
  base -= base % 100000;
  if (out_of_band)
    base = max + 500000;
  base_text = merit_money_format (base);
  bonus_text = merit_money_format ((base / 10) - (base / 10) % 10000);
  equity_text = g_strdup_printf ("%d", g_rand_int_range (rand, 4, 40) * 100);
  start = g_date_time_format (start_time, "%Y-%m-%d");
  g_date_time_unref (start_time);

  merit_offer_set_level (offer, band->level);
  merit_offer_set_base (offer, base_text);
  merit_offer_set_currency (offer, "EUR");
  merit_offer_set_equity (offer, equity_text);
  merit_offer_set_bonus (offer, bonus_text);
  merit_offer_set_start_date (offer, start);
  merit_offer_set_justification (offer, "Placed in band by the committee's level assessment and "
                                        "the scores on role skills.");
  if (out_of_band)
    merit_offer_set_exception (offer, "Competing offer at this level; the committee judges the "
                                      "candidate exceptional on every criterion.");
  merit_candidate_set_offer (build->candidate, offer);
  {
    g_autofree char *time = tick (build, 1, 8);

    merit_candidate_append_event (build->candidate, "rafael", "offer", NULL, NULL,
                                  out_of_band ? "Offer drafted outside the band, with an exception."
                                              : "Offer drafted within the band.", time);
  }
}

static void
add_approval (Build                 *build,
              MeritApprovalDecision  decision,
              const char            *comment)
{
  g_autoptr(MeritApproval) approval = merit_approval_new ();
  g_autoptr(GError) error = NULL;
  /* Without reading the package back through the schema first: the demo's packages are
   * checked on a sample when they are written (see merit_demo_create()). */
  g_autofree char *digest = merit_digest_generated (build->candidate, &error);
  g_autofree char *time = tick (build, 2, 72);

  if (digest == NULL)
    g_error ("demo: %s", error->message);
  merit_approval_set_approver (approval, "dana");
  merit_approval_set_decision (approval, decision);
  merit_approval_set_time (approval, time);
  merit_approval_set_digest (approval, digest);
  merit_approval_set_comment (approval, comment);
  if (!merit_trust_sign_approval (build->demo->workspace, build->candidate, approval, &error))
    g_error ("demo: %s", error->message);
  merit_candidate_add_approval (build->candidate, approval);
  move (build,
        decision == MERIT_APPROVAL_DECISION_APPROVED ? MERIT_STAGE_APPROVED
        : decision == MERIT_APPROVAL_DECISION_RETURNED ? MERIT_STAGE_RETURNED
        : MERIT_STAGE_REJECTED,
        "dana", comment, time);
}

/* Builds candidate @index from its own random stream @rand, so that candidates can be built
 * on any thread in any order and a seed still gives the same workspace. */
static MeritCandidate *
build_candidate (Demo       *demo,
                 GRand      *rand,
                 guint       index,
                 const char *pseudonym)
{
  g_autofree char *id = g_strdup_printf ("c%06u", index + 1);
  g_autofree char *created = NULL;
  MeritStage target = stage_for (rand, index);
  guint role_index = (guint) g_rand_int_range (rand, 0, G_N_ELEMENTS (roles));
  guint band_index = (guint) g_rand_int_range (rand, 0, G_N_ELEMENTS (bands));
  /* Every change below is recorded by an event of its own; nothing needs to notice edits. */
  Build build = { demo, rand, _merit_candidate_new_unwatched (id), NULL, 0 };
  MeritRole *role = merit_candidate_get_role (build.candidate);
  gboolean hire = target >= MERIT_STAGE_OFFER_DRAFT && target != MERIT_STAGE_WITHDRAWN;
  MeritStage withdrawn_from = MERIT_STAGE_SOURCED;

  /* Candidates the committee hires were scored well; the others anywhere on the scale. */
  build.talent = hire ? g_rand_int_range (rand, 3, 5) : g_rand_int_range (rand, 1, 5);
  build.clock = g_date_time_add_days (demo->anchor, -g_rand_int_range (rand, 30, 150));
  created = format_time (build.clock);
  merit_candidate_set_pseudonym (build.candidate, pseudonym);
  merit_candidate_set_created (build.candidate, created);
  merit_candidate_set_stage_since (build.candidate, created);
  merit_role_set_title (role, roles[role_index].title);
  merit_role_set_team (role, roles[role_index].team);
  merit_role_set_level (role, bands[band_index].level);
  fill_identity_and_profile (&build, role_index);
  merit_candidate_append_event (build.candidate, "rafael", "created", NULL, "sourced",
                                "Sourced for the open role.", created);
  /* The identity is sealed to the chair and the CEO, before anything is approved so that
   * approvals bind the sealed form; the profile keeps only its redacted text, so the file
   * holds no name, e-mail or phone in the clear. */
  {
    g_autoptr(GError) error = NULL;

    if (!merit_seal_candidate (demo->workspace, build.candidate, "rafael", created, &error))
      g_error ("demo: %s", error->message);
  }

  if (target == MERIT_STAGE_WITHDRAWN)
    withdrawn_from = (MeritStage) g_rand_int_range (rand, MERIT_STAGE_SOURCED,
                                                    MERIT_STAGE_COMMITTEE + 1);
  if (target == MERIT_STAGE_SOURCED || (target == MERIT_STAGE_WITHDRAWN && withdrawn_from == MERIT_STAGE_SOURCED))
    goto done;

  {
    g_autofree char *time = tick (&build, 24, 120);
    move (&build, MERIT_STAGE_SCREENING, "rafael", "Profile matches the role.", time);
  }
  if (target == MERIT_STAGE_SCREENING || (target == MERIT_STAGE_WITHDRAWN && withdrawn_from == MERIT_STAGE_SCREENING))
    goto done;

  {
    g_autofree char *time = tick (&build, 24, 96);
    move (&build, MERIT_STAGE_BLIND_REVIEW, "rafael", "Passed screening.", time);
  }
  if (target == MERIT_STAGE_BLIND_REVIEW || (target == MERIT_STAGE_WITHDRAWN && withdrawn_from == MERIT_STAGE_BLIND_REVIEW))
    {
      add_reviews (&build, (guint) g_rand_int_range (rand, 0, 3), g_rand_boolean (rand));
      goto done;
    }

  add_reviews (&build, 3, FALSE);
  {
    g_autofree char *time = tick (&build, 4, 48);
    move (&build, MERIT_STAGE_COMMITTEE, "rafael", "Three blind reviews are in.", time);
  }
  if (target == MERIT_STAGE_COMMITTEE || target == MERIT_STAGE_WITHDRAWN)
    {
      add_votes_and_decision (&build, (guint) g_rand_int_range (rand, 0, 4), FALSE, TRUE);
      goto done;
    }

  add_votes_and_decision (&build, G_N_ELEMENTS (committee), TRUE, hire);
  {
    g_autofree char *time = tick (&build, 2, 24);
    move (&build, MERIT_STAGE_OFFER_DRAFT, "rafael", "Hire decision recorded with quorum.", time);
  }
  add_offer (&build, role_index, band_index);
  if (target == MERIT_STAGE_OFFER_DRAFT)
    goto done;

  {
    g_autofree char *time = tick (&build, 2, 24);
    move (&build, MERIT_STAGE_CEO_REVIEW, "rafael", "Offer package submitted for approval.", time);
  }
  if (target == MERIT_STAGE_CEO_REVIEW)
    goto done;
  if (target == MERIT_STAGE_RETURNED)
    {
      add_approval (&build, MERIT_APPROVAL_DECISION_RETURNED,
                    "Please add the level assessment to the justification.");
      goto done;
    }
  if (target == MERIT_STAGE_REJECTED)
    {
      add_approval (&build, MERIT_APPROVAL_DECISION_REJECTED,
                    "The evidence does not support this level; re-open the search.");
      goto done;
    }

  add_approval (&build, MERIT_APPROVAL_DECISION_APPROVED, "Approved. A strong hire.");
  if (target == MERIT_STAGE_APPROVED)
    goto done;
  {
    g_autofree char *time = tick (&build, 2, 48);
    move (&build, MERIT_STAGE_OFFER_EXTENDED, "rafael", "Offer sent to the candidate.", time);
  }
  if (target == MERIT_STAGE_OFFER_EXTENDED)
    goto done;
  {
    g_autofree char *time = tick (&build, 24, 168);
    move (&build, target, "rafael",
          target == MERIT_STAGE_ACCEPTED ? "The candidate accepted." : "The candidate declined.",
          time);
  }

done:
  if (target == MERIT_STAGE_WITHDRAWN)
    {
      g_autofree char *time = tick (&build, 24, 200);
      move (&build, MERIT_STAGE_WITHDRAWN, "rafael", "The candidate withdrew.", time);
    }
  /* Every change above was recorded by an event of its own, at the build's clock. */
  g_warn_if_fail (merit_candidate_get_pending_sections (build.candidate) == NULL
                  || merit_candidate_get_pending_sections (build.candidate)[0] == NULL);
  g_date_time_unref (build.clock);
  return build.candidate;
}

/* Candidates are built, signed, serialized and written by a thread per processor; the
 * calling thread deals out, in order, what must not depend on which thread is faster: each
 * candidate's random stream and its unique pseudonym. */
#define MAX_QUEUED 64
/* Generated packages all come from the same writer: the first ones and every hundredth are
 * read back and validated as a load would; a fault there fails the whole demo. */
#define N_CHECKED 64
#define CHECK_EVERY 100

typedef struct
{
  Demo       *demo;
  gboolean    seeded;
  const char *packages;
  const char *tmp_dir;
  GMutex      mutex;
  GCond       cond;
  guint       queued;
  GError     *error;
} Workers;

typedef struct
{
  guint    index;
  guint32  stream;     /* the seed of the candidate's own GRand */
  char    *pseudonym;
} BuildJob;

/* Publishes a generated package under @path, which it never replaces.  Where the file system
 * can, the file is made without a name in the packages folder and named once whole; else it
 * is a private temporary file linked to its name.  No lock: nobody else writes a workspace
 * being made, and the folder is synced as a whole at the end. */
static gboolean
write_generated (const char  *path,
                 GBytes      *bytes,
                 const char  *packages,
                 const char  *tmp_dir,
                 GError     **error)
{
  g_autofree char *tmp_path = NULL;
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);
  int fd = g_open (packages, O_WRONLY | O_TMPFILE | O_CLOEXEC, 0644);
  int saved_errno = 0;

  if (fd >= 0)
    {
      char fd_path[64];

      g_snprintf (fd_path, sizeof fd_path, "/proc/self/fd/%d", fd);
      saved_errno = merit_write_all (fd, data, length);
      if (saved_errno == 0 && linkat (AT_FDCWD, fd_path, AT_FDCWD, path, AT_SYMLINK_FOLLOW) != 0)
        saved_errno = errno;
      close (fd);
      /* Without /proc the unnamed file cannot be named: write it the other way. */
      if (saved_errno != ENOENT)
        goto done;
      saved_errno = 0;
    }

  tmp_path = g_strdup_printf ("%s/%s%08x%08x", tmp_dir, MERIT_TEMP_PREFIX, g_random_int (),
                              (guint) getpid ());
  fd = g_open (tmp_path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0)
    saved_errno = errno;
  else
    {
      saved_errno = merit_write_all (fd, data, length);
      if (close (fd) != 0 && saved_errno == 0)
        saved_errno = errno;
      if (saved_errno == 0 && link (tmp_path, path) != 0)
        saved_errno = errno;
      g_unlink (tmp_path);
    }

done:
  if (saved_errno != 0)
    {
      g_set_error (error, MERIT_STORE_ERROR,
                   saved_errno == EEXIST ? MERIT_STORE_ERROR_CONFLICT : MERIT_STORE_ERROR_IO,
                   "%s: %s", path, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

static void
build_job_cb (gpointer data,
              gpointer user_data)
{
  BuildJob *job = data;
  Workers *workers = user_data;
  g_autoptr(GError) error = NULL;
  gboolean failed;

  g_mutex_lock (&workers->mutex);
  failed = workers->error != NULL;
  g_mutex_unlock (&workers->mutex);
  if (!failed)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (job->stream);
      g_autoptr(MeritCandidate) candidate = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *file_name = NULL;
      g_autofree char *path = NULL;
      gboolean check = job->index < N_CHECKED || job->index % CHECK_EVERY == 0;

      /* Sealing draws its nonces and ephemeral keys from a stream of this candidate's own. */
      if (workers->seeded)
        merit_seal_seed_thread (job->index);
      candidate = build_candidate (workers->demo, rand, job->index, job->pseudonym);
      if (workers->seeded)
        merit_seal_seed_thread_end ();
      file_name = g_strconcat (merit_candidate_get_id (candidate), ".xml", NULL);
      path = g_build_filename (workers->packages, file_name, NULL);
      if (merit_trust_sign_new_events (workers->demo->workspace, candidate, NULL, &error))
        {
          bytes = check ? merit_package_serialize (candidate, &error)
                        : merit_package_serialize_unchecked (candidate, &error);
          if (bytes != NULL)
            write_generated (path, bytes, workers->packages, workers->tmp_dir, &error);
        }
    }
  g_free (job->pseudonym);
  g_free (job);

  g_mutex_lock (&workers->mutex);
  if (error != NULL && workers->error == NULL)
    workers->error = g_steal_pointer (&error);
  workers->queued--;
  if (workers->queued == MAX_QUEUED / 2 || workers->error != NULL)
    g_cond_signal (&workers->cond);
  g_mutex_unlock (&workers->mutex);
}

static gboolean
sync_folder (const char  *path,
             GError     **error)
{
  int fd = g_open (path, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, MERIT_STORE_ERROR, MERIT_STORE_ERROR_IO, "%s: %s", path,
                   g_strerror (saved_errno));
      return FALSE;
    }
  /* One syncfs for the whole generated workspace instead of one fsync per file. */
  syncfs (fd);
  close (fd);
  return TRUE;
}

/**
 * merit_demo_create:
 * @folder: an empty or missing folder
 * @n_candidates: how many packages to generate
 * @has_seed: whether @seed is given
 * @seed: the random seed; with it, the output is reproducible
 * @error: return location for an error
 *
 * Creates a demo workspace: a roster with every role, the default rubric, comp bands, and
 * candidates in every stage with profiles, reviews, votes, decisions, offers and approvals.
 *
 * Returns: %TRUE on success
 */
gboolean
merit_demo_create (GFile    *folder,
                   guint     n_candidates,
                   gboolean  has_seed,
                   guint32   seed,
                   GError  **error)
{
  g_autoptr(MeritWorkspace) workspace = build_workspace (has_seed, seed);
  g_autofree char *root = g_file_get_path (folder);
  g_autofree char *packages = NULL;
  g_autofree char *tmp_dir = NULL;
  Demo demo = { 0 };
  Workers workers = { 0 };
  GThreadPool *pool;
  gboolean ok = TRUE;

  g_return_val_if_fail (G_IS_FILE (folder), FALSE);

  if (!add_keys (workspace, has_seed, seed, error)
      || !merit_workspace_store_create (folder, workspace, error))
    return FALSE;
  /* Whoever makes the demo holds the CEO's key, so this desktop can pin it right away. */
  merit_trust_set_folder (workspace, folder);
  if (!merit_trust_set_pin (folder, merit_member_get_public_key (merit_trust_find_ceo (workspace)),
                            error))
    return FALSE;
  demo.workspace = workspace;
  if (has_seed)
    merit_seal_use_seeded_random (seed);

  demo.rand = has_seed ? g_rand_new_with_seed (seed) : g_rand_new ();
  if (has_seed)
    demo.anchor = g_date_time_new_utc (2026, 11, 2, 9, 0, 0);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      demo.anchor = g_date_time_new_utc (g_date_time_get_year (now), g_date_time_get_month (now),
                                         g_date_time_get_day_of_month (now), 9, 0, 0);
    }
  demo.pseudonyms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  {
    g_autoptr(MeritRubric) rubric = merit_rubric_new_default ();

    demo.criteria = merit_rubric_dup_criterion_ids (rubric);
  }
  packages = g_build_filename (root, "packages", NULL);
  tmp_dir = g_build_filename (root, ".merit", "tmp", NULL);

  workers.demo = &demo;
  workers.seeded = has_seed;
  workers.packages = packages;
  workers.tmp_dir = tmp_dir;
  g_mutex_init (&workers.mutex);
  g_cond_init (&workers.cond);
  pool = g_thread_pool_new (build_job_cb, &workers, (gint) MAX (2u, g_get_num_processors ()),
                            FALSE, NULL);
  for (guint i = 0; i < n_candidates && ok; i++)
    {
      BuildJob *job = g_new0 (BuildJob, 1);

      job->index = i;
      job->pseudonym = merit_pseudonym_new_unique (demo.pseudonyms, demo.rand);
      job->stream = g_rand_int (demo.rand);
      g_mutex_lock (&workers.mutex);
      /* A full queue is let drain by half, which wakes this thread once per half a queue
       * instead of once per package. */
      if (workers.queued >= MAX_QUEUED)
        while (workers.queued > MAX_QUEUED / 2 && workers.error == NULL)
          g_cond_wait (&workers.cond, &workers.mutex);
      workers.queued++;
      ok = workers.error == NULL;
      g_mutex_unlock (&workers.mutex);
      g_thread_pool_push (pool, job, NULL);
    }
  g_thread_pool_free (pool, FALSE, TRUE);
  if (workers.error != NULL)
    {
      g_propagate_error (error, workers.error);
      ok = FALSE;
    }
  g_mutex_clear (&workers.mutex);
  g_cond_clear (&workers.cond);

  if (has_seed)
    merit_seal_use_system_random ();
  g_hash_table_unref (demo.pseudonyms);
  g_strfreev (demo.criteria);
  g_date_time_unref (demo.anchor);
  g_rand_free (demo.rand);
  return ok && sync_folder (root, error);
}
