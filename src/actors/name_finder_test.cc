// The name finder on sentences written for this test (English and French),
// after the real front end and the project's actor dictionary. Every name
// here is absent from the dictionary; places are real towns of the GeoNames
// list only where the case says so.
#include "actors/name_finder.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tocsin/pipeline.h"

namespace tocsin {
namespace {

struct Env {
  std::unique_ptr<Pipeline> pipeline;
  std::unique_ptr<NameFinder> finder;
  Status status;
};

const Env& GetEnv() {
  static Env* env = [] {
    auto* e = new Env();
    auto pipeline = Pipeline::Create(PipelineOptions{});
    if (!pipeline.ok()) {
      e->status = pipeline.status();
      return e;
    }
    e->pipeline = std::move(pipeline).value();
    auto finder = NameFinder::Create(NameFinderOptions{});
    if (!finder.ok()) {
      e->status = finder.status();
      return e;
    }
    e->finder = std::move(finder).value();
    return e;
  }();
  return *env;
}

// "Ilmar Vahtra/PERSON" for each name-finder mention, in order.
std::vector<std::string> FindNames(const std::string& language,
                                   const std::string& text,
                                   std::vector<ActorMention>* all = nullptr) {
  const Env& env = GetEnv();
  Document doc;
  doc.language = language;
  doc.published = "2022-10-03";
  doc.text = text;
  DocumentAnalysis analysis;
  env.pipeline->Process(doc, &analysis);
  env.finder->Find(doc, analysis.text, &analysis.actors);
  std::vector<std::string> out;
  for (const ActorMention& m : analysis.actors) {
    if (m.source != MentionSource::kNameFinder) continue;
    out.push_back(doc.text.substr(m.begin, m.end - m.begin) + "/" + m.type);
  }
  if (all != nullptr) *all = analysis.actors;
  return out;
}

struct NameCase {
  const char* language;
  const char* text;
  std::vector<std::string> names;
};

void PrintTo(const NameCase& c, std::ostream* os) { *os << c.text; }

class NameFinderTest : public ::testing::TestWithParam<NameCase> {
 protected:
  void SetUp() override {
    ASSERT_TRUE(GetEnv().status.ok()) << GetEnv().status.ToString();
  }
};

TEST_P(NameFinderTest, FindsAndTypes) {
  const NameCase& c = GetParam();
  EXPECT_THAT(FindNames(c.language, c.text),
              ::testing::ElementsAreArray(c.names))
      << c.text;
}

const NameCase kCases[] = {
    // Titles and roles before a name: part of a person's span.
    {"fr",
     "Selon l'analyste de la sécurité Ilmar Vahtra, le front a tenu.",
     {"Ilmar Vahtra/PERSON"}},
    {"fr",
     "Hier, M. Ferrandou a quitté la salle sans un mot.",
     {"M. Ferrandou/PERSON"}},
    {"fr",
     "Mme Lavergne-Tissot est arrivée en retard.",
     {"Mme Lavergne-Tissot/PERSON"}},
    {"fr",
     "Le cortège était mené par le baron Obrecht.",
     {"baron Obrecht/PERSON"}},
    {"en",
     "The plan was criticised by economist Darnell Okafor on Sunday.",
     {"economist Darnell Okafor/PERSON"}},
    // A title the dictionary knows as an agent keeps its own mention (and
    // code); the name after it is a person.
    {"fr", "Le cortège était mené par le général Obrecht.", {"Obrecht/PERSON"}},
    // A person-role agent ("agent.role.*") is no mention alone, so it is
    // the title of the name, as "economist" is.
    {"en",
     "The plan was criticised by spokesman Darnell Okafor on Sunday.",
     {"spokesman Darnell Okafor/PERSON"}},
    {"en",
     "Yesterday Mr Pemberton-Hale refused to comment.",
     {"Mr Pemberton-Hale/PERSON"}},
    // First names, initials, the default for two proper nouns.
    {"fr",
     "La pétition lancée par Sylvie Marchetti a recueilli mille voix.",
     {"Sylvie Marchetti/PERSON"}},
    {"en",
     "The report was written by J. Abernathy last year.",
     {"J. Abernathy/PERSON"}},
    {"en",
     "A statement from Oleksandr Kovalchuk was read aloud.",
     {"Oleksandr Kovalchuk/PERSON"}},
    // Speech verbs after or before a lone name.
    {"fr",
     "Brezinski a déclaré que la ligne ne céderait pas.",
     {"Brezinski/PERSON"}},
    {"en", "Hollerith said the talks had failed.", {"Hollerith/PERSON"}},
    {"en",
     "\"We will rebuild,\" said Ngozi Adeyemi-Carter.",
     {"Ngozi Adeyemi-Carter/PERSON"}},
    // Organisations: a head word anywhere, suffixes, trailing adjectives.
    {"fr",
     "La Fédération Nationale des Cheminots a publié un communiqué.",
     {"Fédération Nationale des Cheminots/ORG"}},
    {"fr",
     "L'Institut Pasquier de recherche a fermé ses portes.",
     {"Institut Pasquier/ORG"}},
    {"en",
     "Shares in Korvane Holdings fell sharply.",
     {"Korvane Holdings/ORG"}},
    {"en",
     "She joined Brightwater Analytics Inc last year.",
     {"Brightwater Analytics Inc/ORG"}},
    {"fr",
     "La décision du Conseil fédéral est attendue.",
     {"Conseil fédéral/ORG"}},
    {"fr", "Le Conseil a tranché mardi.", {}},
    // A title already in the previous name does not join the next one.
    {"fr",
     "Le Conseil général Bertaux-Lind a déclaré non.",
     {"Conseil général/ORG", "Bertaux-Lind/PERSON"}},
    // Places: prepositions, heads, the GeoNames list, "X oblast".
    {"fr",
     "Les combats ont repris près de Vouhledar hier soir.",
     {"Vouhledar/LOC"}},
    {"fr", "Il est né à Pontarlier en 1950.", {"Pontarlier/LOC"}},
    {"fr", "Le canton de Vaud a voté contre.", {"canton de Vaud/LOC"}},
    {"en",
     "Shelling was reported north of Vuhledar overnight.",
     {"Vuhledar/LOC"}},
    {"en", "Fighting continued in the Zavrodsk oblast.", {"Zavrodsk/LOC"}},
    {"en",
     "Explosions were heard in Lausanne and Grenoble.",
     {"Lausanne/LOC", "Grenoble/LOC"}},
    {"fr",
     "Des inondations ont touché Besançon et Montbéliard.",
     {"Besançon/LOC", "Montbéliard/LOC"}},
    // Sentence starts: a capitalised common word is not a name.
    {"fr", "Pourtant personne ne l'attendait.", {}},
    {"en", "However nobody expected it.", {}},
    {"fr", "Demain, les écoles resteront fermées.", {}},
    // All-caps headlines: only what the lexicon does not know.
    {"fr", "LA GUERRE CONTINUE DANS LE NORD", {}},
    {"en", "STORM HITS THE COAST AGAIN", {}},
    // Events, laws and treaties are no actors.
    {"en",
     "He watched the World Cup with Maria Delgado.",
     {"Maria Delgado/PERSON"}},
    {"fr", "Le Traité de Versailles fut signé.", {}},
    // Acronyms and inner capitals are organisations, even before "said".
    {"en", "The SEC said the filing was late.", {"SEC/ORG"}},
    {"en", "Shares of BrightLoop rose after the deal.", {"BrightLoop/ORG"}},
    // Days and months are never names.
    {"en", "The vote is due on Monday, not in January.", {}},
    // Connectors: particles always join; "de" only after a first name or
    // title, and never before a town.
    {"fr",
     "Le livre de Charles de Montvallon est paru.",
     {"Charles de Montvallon/PERSON"}},
    {"fr",
     "M. Hagelstein de Grenoble est venu.",
     {"M. Hagelstein/PERSON", "Grenoble/LOC"}},
    {"en",
     "The lawyer Pieter van Daalen disagreed.",
     {"lawyer Pieter van Daalen/PERSON"}},
    // A particle after a courtesy or noble title opens a surname; after a
    // function it is a complement.
    {"fr", "On a vu M. de Brévannes au théâtre.", {"M. de Brévannes/PERSON"}},
    {"fr",
     "Le comte de Valcourtin est arrivé.",
     {"comte de Valcourtin/PERSON"}},
    {"fr", "Le directeur de Valtronic a démissionné.", {}},
    // OCR marks between a courtesy title and the name.
    {"fr", "Hier, M, Kelloway a signé le traité.", {"M, Kelloway/PERSON"}},
    // A courtesy title inside a run starts the next name.
    {"fr",
     "On y voyait Dufresnoy Mademoiselle Chanteloup et d'autres.",
     {"Mademoiselle Chanteloup/PERSON"}},
    // Role words of person_roles.txt, with modifiers between.
    {"fr",
     "Le libraire Zaunbrecht a ouvert sa boutique.",
     {"Zaunbrecht/PERSON"}},
    {"fr", "Le pasteur évangélique Hammerli prêchait.", {"Hammerli/PERSON"}},
    // The names of a list opened by a plural title.
    {"fr",
     "MM. Bertollini, Favrod et Quellet ont déposé une motion.",
     {"MM. Bertollini/PERSON", "Favrod/PERSON", "Quellet/PERSON"}},
    {"en",
     "Messrs. Hallworth, Dimmock and Purcell voted against it.",
     {"Messrs. Hallworth/PERSON", "Dimmock/PERSON", "Purcell/PERSON"}},
    // Entries of a ranked list (a results table).
    {"fr",
     "Classement : 1. Vandermolen. 2. Ostrowicz. 3. Haldimann.",
     {"Vandermolen/PERSON", "Ostrowicz/PERSON", "Haldimann/PERSON"}},
    // A run of capitalised words breaks before a first name after common
    // nouns or a place.
    {"fr",
     "La lettre du ministre de l'Agriculture Jean Falquier est publiée.",
     {"Jean Falquier/PERSON"}},
    // A year is no rank.
    {"fr", "Depuis 1914. Durandal reste seul.", {}},
};

INSTANTIATE_TEST_SUITE_P(Sentences, NameFinderTest,
                         ::testing::ValuesIn(kCases));

TEST(NameFinderDocumentTest, SurnameLaterLinksBackAsPerson) {
  ASSERT_TRUE(GetEnv().status.ok()) << GetEnv().status.ToString();
  std::vector<ActorMention> all;
  const std::string text =
      "L'analyste de la sécurité Ilmar Vahtra suit le front. Selon Vahtra, "
      "rien ne bouge.";
  std::vector<std::string> names = FindNames("fr", text, &all);
  EXPECT_THAT(names,
              ::testing::ElementsAre("Ilmar Vahtra/PERSON", "Vahtra/PERSON"));
  int first = -1;
  for (size_t i = 0; i < all.size(); ++i) {
    if (all[i].source != MentionSource::kNameFinder) continue;
    if (first < 0) {
      first = static_cast<int>(i);
    } else {
      EXPECT_EQ(all[i].antecedent, first);
    }
  }
}

TEST(NameFinderDocumentTest, TypeSpreadsToUncuedMentions) {
  ASSERT_TRUE(GetEnv().status.ok()) << GetEnv().status.ToString();
  // "Vouhledar" has a cue once; the second time it has none.
  EXPECT_THAT(FindNames("fr",
                        "Les troupes sont entrées à Vouhledar. Vouhledar "
                        "est en ruines."),
              ::testing::ElementsAre("Vouhledar/LOC", "Vouhledar/LOC"));
}

TEST(NameFinderDocumentTest, NeverOverlapsDictionaryMentions) {
  ASSERT_TRUE(GetEnv().status.ok()) << GetEnv().status.ToString();
  std::vector<ActorMention> all;
  FindNames("fr",
            "Le président russe Vladimir Poutine a reçu Jean Valmorel à "
            "Moscou.",
            &all);
  for (size_t i = 0; i < all.size(); ++i) {
    for (size_t j = i + 1; j < all.size(); ++j) {
      EXPECT_LE(all[i].end, all[j].begin)
          << all[i].type << " overlaps " << all[j].type;
    }
  }
}

TEST(NameFinderCreateTest, MissingDataIsNotFound) {
  NameFinderOptions options;
  options.dict_dir = "/nonexistent";
  auto finder = NameFinder::Create(options);
  EXPECT_FALSE(finder.ok());
  EXPECT_EQ(finder.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace tocsin
