// ExtendPersonSpan on sentences written for this test, after the real front
// end, with the project's role lists; and the role-list parser.
#include "actors/person_extent.h"

#include <gtest/gtest.h>

#include <string>

#include "actors/actor_test_util.h"
#include "dict/fold.h"
#include "util/paths.h"

namespace tocsin {
namespace {

const PersonRoles& Roles() {
  static const PersonRoles* roles = [] {
    auto loaded = PersonRoles::Load(DictDir());
    return loaded.ok() ? new PersonRoles(std::move(loaded).value()) : nullptr;
  }();
  return *roles;
}

struct ExtentCase {
  const char* language;
  const char* sentence;
  const char* name;      // the mention: first occurrence in the sentence
  const char* expected;  // the extended span
};

// The extent of `c.name` in `c.sentence`, or "<no mention>".
std::string Extend(const ExtentCase& c) {
  Document doc;
  doc.language = c.language;
  doc.text = c.sentence;
  AnalyzedText text;
  AnalyzeForTest(doc, &text);
  const size_t at = doc.text.find(c.name);
  if (at == std::string::npos) return "<name not in sentence>";
  const size_t stop = at + std::string_view(c.name).size();
  ActorMention m;
  bool found = false;
  for (uint32_t t = 0; t < text.tokens.size(); ++t) {
    const Token& tok = text.tokens[t];
    if (tok.begin >= at && tok.end <= stop) {
      if (!found) m.first_token = t;
      found = true;
      m.end_token = t + 1;
    }
  }
  if (!found) return "<no mention>";
  for (uint32_t s = 0; s < text.sentences.size(); ++s) {
    if (text.sentences[s].first_token <= m.first_token &&
        m.first_token < text.sentences[s].end_token) {
      m.sentence = s;
    }
  }
  m.type = "PERSON";
  const PersonExtent x = ExtendPersonSpan(Roles(), text, doc.text, m);
  EXPECT_EQ(x.begin, text.tokens[x.first_token].begin);
  EXPECT_EQ(x.end, text.tokens[x.end_token - 1].end);
  return doc.text.substr(x.begin, x.end - x.begin);
}

class ExtendPersonSpanTest : public ::testing::TestWithParam<ExtentCase> {};

TEST_P(ExtendPersonSpanTest, Extends) {
  ASSERT_TRUE(Env().status.ok()) << Env().status.ToString();
  ASSERT_NE(&Roles(), nullptr);
  EXPECT_EQ(Extend(GetParam()), GetParam().expected) << GetParam().sentence;
}

INSTANTIATE_TEST_SUITE_P(
    French, ExtendPersonSpanTest,
    ::testing::Values(
        // Titles and roles before the name.
        ExtentCase{"fr", "Hier, le colonel Brandt a quitté la ville.", "Brandt",
                   "colonel Brandt"},
        ExtentCase{"fr", "On attendait le jeune Paul Ruchet à la gare.",
                   "Paul Ruchet", "jeune Paul Ruchet"},
        ExtentCase{"fr", "Elle a reçu M. le directeur Vuilleret au château.",
                   "Vuilleret", "M. le directeur Vuilleret"},
        ExtentCase{"fr", "Nous avons vu l'ancien juge cantonal Mérian hier.",
                   "Mérian", "ancien juge cantonal Mérian"},
        ExtentCase{"fr", "Le président français Paul Dorlac est arrivé.",
                   "Paul Dorlac", "président français Paul Dorlac"},
        ExtentCase{"fr", "Le ministre d'État Hugo Brantz a parlé.",
                   "Hugo Brantz", "ministre d'État Hugo Brantz"},
        ExtentCase{"fr", "Le peintre et sculpteur vaudois Léon Favrat expose.",
                   "Léon Favrat", "peintre et sculpteur vaudois Léon Favrat"},
        // Complements stop at the nearest role: the son is not named.
        ExtentCase{"fr", "Le fils du ministre Garnaud a été arrêté.", "Garnaud",
                   "ministre Garnaud"},
        ExtentCase{"fr", "Il a écrit au fils du conseiller fédéral Motta.",
                   "Motta", "conseiller fédéral Motta"},
        ExtentCase{"fr", "La lettre à Jules Morand est perdue.", "Jules Morand",
                   "Jules Morand"},
        // A function phrase and a comma before an honorific.
        ExtentCase{"fr",
                   "Le vice-président du Conseil communal, M. Henri Dubied, "
                   "a démissionné.",
                   "M. Henri Dubied",
                   "vice-président du Conseil communal, M. Henri Dubied"},
        ExtentCase{"fr", "Le président Garnier, M. Roux et moi partirons.",
                   "M. Roux", "M. Roux"},
        // Appositions after a comma.
        ExtentCase{"fr",
                   "Les ours, fournis par M. Klauser, le célèbre dompteur de "
                   "Bâle, sont arrivés.",
                   "M. Klauser", "M. Klauser, le célèbre dompteur de Bâle"},
        ExtentCase{"fr", "M. Perrenoud, conseiller d'État, a pris la parole.",
                   "M. Perrenoud", "M. Perrenoud, conseiller d'État"},
        ExtentCase{"fr",
                   "Sur la demande de Mme Gindrat, belle-mère de l'aubergiste, "
                   "on attendit.",
                   "Mme Gindrat", "Mme Gindrat, belle-mère de l'aubergiste"},
        ExtentCase{"fr", "M. Borel, 52 ans, horloger, a été blessé.",
                   "M. Borel", "M. Borel, 52 ans, horloger"},
        ExtentCase{"fr", "Mme Jaquet, 40 ans, lingère, est morte.",
                   "Mme Jaquet", "Mme Jaquet, 40 ans, lingère"},
        // An age alone stays out.
        ExtentCase{"fr", "Un ouvrier, Louis Girod, 31 ans, a disparu.",
                   "Louis Girod", "Louis Girod"},
        ExtentCase{"fr", "Il a vu Adrien Maret, un créateur suisse qui peint.",
                   "Adrien Maret", "Adrien Maret, un créateur suisse"},
        ExtentCase{"fr",
                   "Ils ont élu MM. Jean Roud, président, Paul Sandoz, "
                   "caissier.",
                   "Jean Roud", "MM. Jean Roud, président"},
        // Clauses and lists are not appositions.
        ExtentCase{"fr", "Selon M. Favre, la situation est grave.", "M. Favre",
                   "M. Favre"},
        ExtentCase{"fr", "M. Fivaz, le lendemain, est reparti.", "M. Fivaz",
                   "M. Fivaz"},
        ExtentCase{"fr", "Il a invité M. Droz, Mme Rey et M. Cuche.", "M. Droz",
                   "M. Droz"},
        ExtentCase{"fr", "M. Racine, qui était malade, est resté chez lui.",
                   "M. Racine", "M. Racine"},
        // Too long to be an apposition.
        ExtentCase{"fr",
                   "M. Vautier, directeur de la fabrique de montres de la "
                   "vallée de la Brévine au-dessus du lac de Neuchâtel, "
                   "parlera.",
                   "M. Vautier", "M. Vautier"},
        // Never across the sentence.
        ExtentCase{"fr", "Le ministre est parti. Jean Sorel reste.",
                   "Jean Sorel", "Jean Sorel"}));

INSTANTIATE_TEST_SUITE_P(
    English, ExtendPersonSpanTest,
    ::testing::Values(
        ExtentCase{"en", "Yesterday Mr. Harwood met the press.", "Mr. Harwood",
                   "Mr. Harwood"},
        ExtentCase{"en", "The bill was signed by Governor Ellen Marsh today.",
                   "Ellen Marsh", "Governor Ellen Marsh"},
        ExtentCase{"en", "John Pellow, a senator from Ohio, voted against it.",
                   "John Pellow", "John Pellow, a senator from Ohio"},
        ExtentCase{"en", "Ann Bright, 46, a nurse, was hurt.", "Ann Bright",
                   "Ann Bright, 46, a nurse"},
        ExtentCase{"en", "According to Mr. Lowe, the vote is lost.", "Mr. Lowe",
                   "Mr. Lowe"}));

struct ParseCase {
  const char* text;
  const char* error;  // "" when the text is valid
};

class PersonRolesParseTest : public ::testing::TestWithParam<ParseCase> {};

TEST_P(PersonRolesParseTest, ReportsLines) {
  auto roles = PersonRoles::Parse(GetParam().text, "roles.txt");
  if (std::string(GetParam().error).empty()) {
    EXPECT_TRUE(roles.ok()) << roles.status().ToString();
  } else {
    ASSERT_FALSE(roles.ok()) << GetParam().text;
    EXPECT_NE(roles.status().ToString().find(GetParam().error),
              std::string::npos)
        << roles.status().ToString();
  }
}

INSTANTIATE_TEST_SUITE_P(
    Lines, PersonRolesParseTest,
    ::testing::Values(
        ParseCase{"# comment\n\nrole médecin\nhonorific M.  # inline\n", ""},
        ParseCase{"role chef d'orchestre\nage years old\n", ""},
        // One phrase may have two kinds.
        ParseCase{"honorific frère\nrole frère\n", ""},
        ParseCase{"role médecin\ntitle M.\n", "roles.txt:2: unknown kind"},
        ParseCase{"role\n", "roles.txt:1: empty phrase"},
        ParseCase{"\n\nnever a b c d\n", "roles.txt:3: phrase of more than"},
        ParseCase{"role juge\nrole Juge\n", "roles.txt:2: duplicate"}));

TEST(PersonRolesTest, FindsFoldedPhrasesPerLanguage) {
  auto roles = PersonRoles::Parse("role Chef d'orchestre\nhonorific M.\n", "x");
  ASSERT_TRUE(roles.ok()) << roles.status().ToString();
  uint64_t keys[3] = {FoldKey("chef"), FoldKey("d'"), FoldKey("orchestre")};
  EXPECT_EQ(roles->Find("fr", keys, 3), kRoleFunction);
  EXPECT_EQ(roles->Find("fr", keys, 1), 0);
  const uint64_t m = FoldKey("m.");
  EXPECT_EQ(roles->Find("en", &m, 1), kRoleHonorific);

  auto loaded = PersonRoles::Load(DictDir());
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  const uint64_t juge = FoldKey("juge"), judge = FoldKey("judge");
  EXPECT_EQ(loaded->Find("fr", &juge, 1), kRoleFunction);
  EXPECT_EQ(loaded->Find("en", &juge, 1), 0);
  EXPECT_EQ(loaded->Find("en", &judge, 1), kRoleFunction);
  EXPECT_EQ(loaded->Find("de", &judge, 1), kRoleFunction);  // both lists
  EXPECT_FALSE(PersonRoles::Load("/nonexistent").ok());
}

}  // namespace
}  // namespace tocsin
