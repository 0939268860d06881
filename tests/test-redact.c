/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-redact.c: the blind view of free text keeps no identity token and keeps ordinary words. */

#include "config.h"

#include "merit-model.h"

typedef struct
{
  const char *name;
  const char *email;
  const char *phone;
  const char *text;
  /* Substrings that must not survive (case-insensitive), separated by '|'. */
  const char *gone;
  /* Substrings that must survive exactly, separated by '|'. */
  const char *kept;
} Case;

static const Case cases[] = {
  { "Jane Doe", "jane.doe@example.org", NULL,
    "I'm Jane Doe, reach me at jane.doe@example.org.", "Jane|Doe|example.org", "reach me at" },
  { "José Álvarez", NULL, NULL, "Jose Alvarez led the team; ALVAREZ wrote the tests.",
    "Jose|Alvarez|ALVAREZ", "led the team" },
  { "Jose Alvarez", NULL, NULL, "José Álvarez presented the results.", "José|Álvarez", "presented the results" },
  { "Jürgen Müller", NULL, NULL, "Juergen? No: Jürgen Muller and J. Müller met the Müllers.",
    "Juergen|Jürgen|Muller|Müller met", "met the Müllers" },
  { "Renée van der Berg", NULL, NULL, "Renée van der Berg joined in 2019; van der Berg shipped v2.",
    "Renée|van der Berg", "joined in 2019|shipped v2" },
  { "Anna-Lena Schmidt", NULL, NULL, "Anna-Lena (Lena to friends) and Schmidt's code.",
    "Anna-Lena|Lena to|Schmidt", "to friends|code" },
  { "William O'Brien", NULL, NULL, "Bill O'Brien, known as Will, built the parser. Billy too.",
    "Bill|O'Brien|Will,|Billy", "built the parser" },
  { "Rose Baker", NULL, NULL, "Revenue rose by 20% at the baker's shop Rose ran.",
    "Rose ran", "rose by 20%|baker's shop" },
  { "Mark Stone", NULL, NULL, "Markus and Marketa reviewed Mark's bookmark feature.",
    "Mark's", "Markus|Marketa|bookmark" },
  { "Katherine Lee", NULL, NULL, "Kate Lee led it; Kathy also reviewed. The sleek design won.",
    "Kate|Lee led|Kathy", "sleek design" },
  { "Dr. Lena Vasquez", NULL, NULL, "Dr. Lena Vasquez published with Vasquez et al.",
    "Lena|Vasquez", "published with|et al" },
  { "田中 花子", NULL, NULL, "田中花子です。田中はエンジニアです。", "田中|花子", "エンジニア" },
  { "Oluwaseun Adeyemi", NULL, NULL, "Seun Adeyemi mentored five engineers.", "Seun|Adeyemi", "mentored five engineers" },
  { "Zoë Ørsted", NULL, NULL, "Zoe Orsted and ZOË ØRSTED are the same person.", "Zoe|Orsted|ZOË|ØRSTED", "are the same person" },
  { "Ahmed Al-Farsi", NULL, NULL, "Ahmed Al-Farsi, also Al-Farsi A., works in Muscat.", "Ahmed|Al-Farsi|Farsi", "works in Muscat" },
  { "Sam Patel", NULL, "+44 20 7946 0958", "Call +44 20 7946 0958 or 020 7946 0958.", "7946|0958", "Call|or" },
  { "Ingrid Holm", NULL, "+49 30 12345678", "Tel.: +49 (0)30 1234-5678, mobil 0171/1234567.", "1234|0171", "Tel.:|mobil" },
  { "Pat Kim", NULL, "+1 (415) 555-0132", "Phone: +1 (415) 555-0132 (US).", "555|0132|415", "Phone:|(US)" },
  { "Claire Dubois", NULL, NULL, "Joignable au 06 12 34 56 78 ou au +33 6 12 34 56 78.", "12 34|56 78", "Joignable au|ou au" },
  { "Kenji Sato", NULL, NULL, "電話: +81-3-1234-5678, Kenji Sato", "1234|5678|Kenji|Sato", "電話" },
  { "Lars Nilsson", NULL, NULL, "Worked 2015-2018 and 2019–2021; shipped 1 200 000 units on 2020-03-04.",
    "Lars", "2015-2018|2019–2021|1 200 000|2020-03-04" },
  { "Maya Cohen", "maya.cohen@mail.example", NULL, "Write to Maya.Cohen+jobs@Mail.Example or maya@cohen.dev",
    "Maya|Cohen|@", "Write to|or" },
  { "Tom Fischer", NULL, NULL, "Code at https://github.com/tomfischer and www.tomfischer.de, blog gitlab.com/tfischer/blog.",
    "github|tomfischer|gitlab|tfischer", "Code at|blog" },
  { "Nina Rossi", NULL, NULL, "Follow @ninarossi and @nina_r on Mastodon; ask @NR.", "@ninarossi|@nina_r|@NR", "Follow|on Mastodon" },
  { "Ingrid Sørensen", NULL, NULL, "Ingrid Sorensen led Sørensen & Co's migration.", "Ingrid|Sorensen|Sørensen", "led|migration" },
  { "Thomas Weber", NULL, NULL, "Herr Weber (Tom) hat das Team geleitet; Thomas' Tests liefen grün.",
    "Weber|Tom)|Thomas", "hat das Team geleitet|Tests liefen grün" },
  { "Elisabeth Graf", NULL, NULL, "Lisa Graf ist Expertin; die graf-ische Darstellung stammt von Liesl.",
    "Lisa|Graf ist|Liesl", "ist Expertin|Darstellung" },
  { "Łukasz Wójcik", NULL, NULL, "Lukasz Wojcik wrote the Łódź office playbook.", "Lukasz|Wojcik", "Łódź office playbook" },
  { "Siobhán Ní Bhriain", NULL, NULL, "Siobhan Ni Bhriain ran the Dublin meetup.", "Siobhan|Bhriain", "ran the Dublin meetup" },
  { "Nguyễn Văn An", NULL, NULL, "Nguyen Van An optimised the queries; An's tests pass.", "Nguyen|Van An|An's", "optimised the queries|tests pass" },
  { "Grace Hopper", NULL, NULL, "With grace under pressure, she debugged the compiler.", "", "grace under pressure|debugged the compiler" },
  { "Hans Meier", "h.meier@firma.de", NULL, "Kontakt: h.meier@firma.de, Tel. 089 / 123 456 78", "meier|firma|123 456", "Kontakt:|Tel." },
};

static gboolean
contains_folded (const char *haystack,
                 const char *needle)
{
  g_autofree char *h = g_utf8_casefold (haystack, -1);
  g_autofree char *n = g_utf8_casefold (needle, -1);

  return strstr (h, n) != NULL;
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(MeritIdentity) identity = merit_identity_new ();
  g_autofree char *redacted = NULL;
  g_auto(GStrv) gone = g_strsplit (c->gone, "|", -1);
  g_auto(GStrv) kept = g_strsplit (c->kept, "|", -1);

  merit_identity_set_name (identity, c->name);
  merit_identity_set_email (identity, c->email);
  merit_identity_set_phone (identity, c->phone);
  redacted = merit_redact_text (c->text, identity);
  g_test_message ("%s → %s", c->text, redacted);

  for (guint i = 0; gone[i] != NULL; i++)
    if (*gone[i] != '\0' && contains_folded (redacted, gone[i]))
      g_error ("“%s” survived in “%s”", gone[i], redacted);
  for (guint i = 0; kept[i] != NULL; i++)
    if (*kept[i] != '\0' && strstr (redacted, kept[i]) == NULL)
      g_error ("“%s” was lost from “%s”", kept[i], redacted);
}

static void
test_markers (void)
{
  g_autoptr(MeritIdentity) identity = merit_identity_new ();
  g_autofree char *redacted = NULL;

  merit_identity_set_name (identity, "Jane Doe");
  redacted = merit_redact_text ("Jane Doe, jane@doe.example, +1 415 555 0132, "
                                "https://doe.example/cv, @janedoe", identity);
  g_assert_cmpstr (redacted, ==, "[name], [email], [phone], [link], [handle]");
}

static void
test_pronouns (void)
{
  g_autoptr(MeritIdentity) identity = merit_identity_new ();
  g_autofree char *redacted = NULL;

  merit_identity_set_name (identity, "Alex Morgan");
  redacted = merit_redact_text_full ("She led her team. Mr Morgan said he trusts him and his work; "
                                     "I met her.", identity, MERIT_REDACT_FLAGS_NEUTRALISE_PRONOUNS);
  g_assert_cmpstr (redacted, ==, "They led their team. Mx [name] said they trusts them and their "
                                 "work; I met them.");
}

static void
test_no_identity (void)
{
  g_autofree char *redacted = merit_redact_text ("Plain text, 2019-2021.", NULL);

  g_assert_cmpstr (redacted, ==, "Plain text, 2019-2021.");
  g_assert_null (merit_redact_text (NULL, NULL));
}

/* One redactor serves every text of a candidate, with the same result as one call each. */
static void
test_redactor (void)
{
  static const char * const texts[] = {
    "Jürgen Müller, juergen@example.org, +49 30 1234 5678.",
    "Juergen wrote it; his manager Mr Mueller agreed.",
    "Nothing identifying, 2019-2021.",
    "",
  };
  g_autoptr(MeritIdentity) identity = merit_identity_new ();
  g_autoptr(MeritRedactor) redactor = NULL;

  merit_identity_set_name (identity, "Jürgen Müller");
  redactor = merit_redactor_new (identity, MERIT_REDACT_FLAGS_NEUTRALISE_PRONOUNS);
  /* The redactor keeps no reference to the identity. */
  merit_identity_set_name (identity, "Someone Else");
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(MeritIdentity) same = merit_identity_new ();
      g_autofree char *once = NULL;
      g_autofree char *prepared = merit_redactor_redact (redactor, texts[i]);

      merit_identity_set_name (same, "Jürgen Müller");
      once = merit_redact_text_full (texts[i], same, MERIT_REDACT_FLAGS_NEUTRALISE_PRONOUNS);
      g_assert_cmpstr (prepared, ==, once);
    }
  g_assert_null (merit_redactor_redact (redactor, NULL));
  {
    g_autofree char *first = merit_redactor_redact (redactor, texts[0]);

    g_assert_cmpstr (first, ==, "[name], [email], [phone].");
  }
}

/* Characters that fold to many (U+FDFA decomposes into 18) may fill a long text before the
 * name; the name is still found and the rest is kept as it was. */
static void
test_long_folding (void)
{
  g_autoptr(MeritIdentity) identity = merit_identity_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autofree char *redacted = NULL;

  merit_identity_set_name (identity, "Jane Doe");
  for (guint i = 0; i < 500; i++)
    g_string_append (text, "\xef\xb7\xba");
  g_string_append (expected, text->str);
  g_string_append (text, " Jane Doe met Dana; ");
  g_string_append (expected, " [name] met Dana; ");
  for (guint i = 0; i < 300; i++)
    {
      g_string_append (text, "\xc3\x9f");
      g_string_append (expected, "\xc3\x9f");
    }
  g_string_append (text, " then DOE.");
  g_string_append (expected, " then [name].");
  redacted = merit_redact_text (text->str, identity);
  g_assert_cmpstr (redacted, ==, expected->str);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/redact/profile-text/%02u", i + 1);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/redact/markers", test_markers);
  g_test_add_func ("/redact/pronouns", test_pronouns);
  g_test_add_func ("/redact/no-identity", test_no_identity);
  g_test_add_func ("/redact/redactor", test_redactor);
  g_test_add_func ("/redact/long-folding", test_long_folding);
  return g_test_run ();
}
