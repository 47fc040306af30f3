// The amount finder through the real front end, on sentences we write in
// English and French: digits in both conventions, number words, round
// numbers, approximations, what is counted, and the traps (years, times,
// dates, ordinals, identifiers, "l'un des", "one of the"). Then the example
// article of ../shared/corpus when present, and bounded work on hostile
// input.
#include "gkg/amounts.h"

#include <gtest/gtest.h>

#include <iostream>

#include "gkg/gkg_test_util.h"

namespace tocsin {
namespace {

using gkg_test::DescribeAmounts;
using gkg_test::FindIn;
using gkg_test::MakeDoc;
using gkg_test::TestAmounts;

std::string Amounts(const std::string& lang, const std::string& text) {
  const Document doc = MakeDoc(lang, text, "2022-10-05");
  return DescribeAmounts(doc, FindIn<Amount>(TestAmounts(), doc));
}

struct Case {
  const char* lang;
  const char* text;
  const char* want;
};

void RunCases(const Case* cases, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    EXPECT_EQ(Amounts(cases[i].lang, cases[i].text), cases[i].want)
        << cases[i].lang << ": " << cases[i].text;
  }
}

TEST(AmountFinder, EnglishDigits) {
  const Case cases[] = {
      {"en", "At least 156 people were killed in the strike.",
       "At least 156=156~ [people]"},
      {"en", "The army moved 12,000 troops to the border.",
       "12,000=12000 [troops]"},
      {"en", "About 1.5 million people have fled the region.",
       "About 1.5 million=1500000~ [people]"},
      {"en", "The ministry spent 3.5 billion dollars on fuel.",
       "3.5 billion=3500000000 [dollars]"},
      {"en", "The convoy travelled 1,200 km in two days.",
       "1,200=1200 [km]; two=2 [days]"},
      {"en", "The fund holds $5 million for reconstruction.",
       "$5 million=5000000 [$]"},
      {"en", "Turnout reached 25% in the capital and 30 percent elsewhere.",
       "25=25 [%]; 30=30 [%]"},
      {"en", "Nearly 40 people died and more than 200 were injured.",
       "Nearly 40=40~ [people]; more than 200=200~"},
      {"en", "Some 300 armoured vehicles moved north.",
       "Some 300=300~ [vehicles]"},
      {"en", "Russia exported 3 million barrels of oil in May.",
       "3 million=3000000 [barrels of oil]"},
      {"en", "The death toll rose to 156 on Monday.", "156=156"},
      {"en", "Police detained 12 more protesters.", "12=12 [protesters]"},
      {"en", "Sales reached $600m (£309m) in the quarter.",
       "$600m=600000000 [$]; £309m=309000000 [£]"},
      {"en", "The firm paid an $11bn fine.", "$11bn=11000000000 [$]"},
      {"en", "Shares ranged from 24.125 to 24.875 dlrs.",
       "24.125=24.125; 24.875=24.875 [dlrs]"},
      {"en", "Profit was 33 cts vs 46 cts.", "33=33 [cts]; 46=46 [cts]"},
  };
  RunCases(cases, std::size(cases));
}

TEST(AmountFinder, EnglishWords) {
  const Case cases[] = {
      {"en", "Officials said twenty-two tanks were destroyed.",
       "twenty-two=22 [tanks]"},
      {"en", "Three hundred soldiers crossed the river.",
       "Three hundred=300 [soldiers]"},
      {"en", "A dozen trucks were seen near the depot.",
       "A dozen=12~ [trucks]"},
      {"en", "Hundreds of civilians sheltered in the metro.",
       "Hundreds=100~ [civilians]"},
      {"en", "Tens of thousands of people marched through the city.",
       "Tens of thousands=10000~ [people]"},
      {"en", "Several hundred protesters gathered outside.",
       "Several hundred=100~ [protesters]"},
      {"en", "A thousand volunteers signed up.",
       "A thousand=1000 [volunteers]"},
      {"en", "One hundred and five hostages were freed.",
       "One hundred and five=105 [hostages]"},
      {"en", "Dozens of drones were shot down.", "Dozens=12~ [drones]"},
  };
  RunCases(cases, std::size(cases));
}

TEST(AmountFinder, EnglishTraps) {
  const Case cases[] = {
      {"en", "In 1991 the union collapsed.", ""},
      {"en", "The 2014 annexation of Crimea was condemned.", ""},
      {"en", "The blast happened at 3 p.m. on Monday.", ""},
      {"en", "The treaty was signed on October 3, 2022 in Geneva.", ""},
      {"en", "The 12th brigade and the first battalion advanced.", ""},
      {"en", "One of the soldiers was wounded.", ""},
      {"en", "It was a one-sided deal.", ""},
      {"en", "Flight 370 vanished without a trace.", ""},
      {"en", "Resolution 2231 was adopted by the council.", ""},
      {"en", "Ukraine asked for more F-16 jets.", ""},
      {"en", "See https://example.org/report/2022/15 for details.", ""},
      {"en", "The 10-20 range is typical for a 12-year-old.", ""},
      {"en", "Mr Blair&#191;s plan was criticised.", ""},
      {"en", "He met them at 10 Downing Street.", ""},
      {"en", "The wall was about 5 m high.", "about 5=5~ [m]"},
      {"en", "She came sixth in the 50m event.", "50=50 [m event]"},
      {"en", "The 1987 planting season was dry.", ""},
      {"en", "Output rose to 5 bn tonnes, up from 4.2 mln.",
       "5 bn=5000000000 [tonnes]; 4.2 mln=4200000"},
  };
  RunCases(cases, std::size(cases));
}

TEST(AmountFinder, FrenchDigits) {
  const Case cases[] = {
      {"fr", "Au moins 12 000 soldats ont été déployés.",
       "Au moins 12 000=12000~ [soldats]"},
      {"fr",
       "Quelque 12\xC2\xA0"
       "000 réservistes ont été rappelés.",
       "Quelque 12\xC2\xA0"
       "000=12000~ [réservistes]"},
      {"fr",
       "Plus de 12\xE2\x80\xAF"
       "000 civils ont fui.",
       "Plus de 12\xE2\x80\xAF"
       "000=12000~ [civils]"},
      {"fr", "Le pays a perdu 3,5 milliards d'euros.",
       "3,5 milliards=3500000000 [euros]"},
      {"fr", "Près de 1 200 morts ont été recensés.",
       "Près de 1 200=1200~ [morts]"},
      {"fr", "Environ 300 blindés ont franchi la frontière.",
       "Environ 300=300~ [blindés]"},
      {"fr", "Le parti a obtenu 30 % des voix et 12 pour cent des sièges.",
       "30=30 [%]; 12=12 [%]"},
      {"fr", "La ville compte 1,5 million d'habitants.",
       "1,5 million=1500000 [habitants]"},
      {"fr", "Les 12 000 soldats russes se sont retirés.",
       "12 000=12000 [soldats russes]"},
  };
  RunCases(cases, std::size(cases));
}

TEST(AmountFinder, FrenchWords) {
  const Case cases[] = {
      {"fr", "Vingt-deux chars ont été détruits.", "Vingt-deux=22 [chars]"},
      {"fr", "Douze journalistes ont été arrêtés.", "Douze=12 [journalistes]"},
      {"fr", "Quatre-vingt-dix-sept otages ont été libérés.",
       "Quatre-vingt-dix-sept=97 [otages]"},
      {"fr", "Trois cents soldats et deux mille civils ont été évacués.",
       "Trois cents=300 [soldats]; deux mille=2000 [civils]"},
      {"fr", "Il avait vingt et un ans.", "vingt et un=21 [ans]"},
      {"fr", "Plus de cent missiles ont été tirés.",
       "Plus de cent=100~ [missiles]"},
      {"fr", "Le site compte une douzaine d'installations de stockage.",
       "une douzaine=12~ [installations de stockage]"},
      {"fr", "Des dizaines de milliers de personnes ont fui.",
       "Des dizaines de milliers=10000~ [personnes]"},
      {"fr", "Une vingtaine de drones ont été abattus.",
       "Une vingtaine=20~ [drones]"},
      {"fr", "Des centaines de manifestants se sont rassemblés.",
       "Des centaines=100~ [manifestants]"},
      {"fr", "Deux millions de personnes sont privées d'électricité.",
       "Deux millions=2000000 [personnes]"},
      {"fr", "Quelques centaines de soldats gardent le pont.",
       "Quelques centaines=100~ [soldats]"},
      {"fr", "Quelque 5,5 millions de Kurdes vivent dans la région.",
       "Quelque 5,5 millions=5500000~ [Kurdes]"},
  };
  RunCases(cases, std::size(cases));
}

TEST(AmountFinder, FrenchTraps) {
  const Case cases[] = {
      {"fr", "La 12e direction principale gère les stocks.", ""},
      {"fr", "L'un des soldats a été blessé.", ""},
      {"fr", "En 2022, la guerre a repris.", ""},
      {"fr", "Le rendez-vous est fixé à 14h30.", ""},
      {"fr", "La réunion commence à 15 heures.", ""},
      {"fr", "Le 3 octobre 2022, Kiev a répondu.", ""},
      {"fr", "Un bâtiment neuf a brûlé.", ""},
      {"fr", "La résolution 2231 a été adoptée.", ""},
      {"fr", "Le premier ministre est arrivé.", ""},
      {"fr", "Le régiment n° 5 a été dissous.", ""},
      {"fr", "Il chantera le 18 à Angers et le 20 à Nantes.", ""},
      {"fr", "Le siège est au 12 rue de la Paix.", ""},
      {"fr", "Il fut ministre entre 1985 et 1992.", ""},
      {"fr", "Plus de 2000 soldats sont arrivés.",
       "Plus de 2000=2000~ [soldats]"},
  };
  RunCases(cases, std::size(cases));
}

// The token lookups are shared between the finders per thread; a second
// document of the same shape in the same analysis must not reuse them.
TEST(AmountFinder, ReusedAnalysisIsLookedUpAgain) {
  DocumentAnalysis analysis;
  std::string got;
  for (const char* text : {"Il y a 12 soldats.", "Il y a 12 avocats.",
                           "Il y a vingt chars.", "Il y a vingt ponts."}) {
    const Document doc = MakeDoc("fr", text, "2022-10-05");
    gkg_test::FrontEndPipeline().Process(doc, &analysis);
    std::vector<Amount> amounts;
    TestAmounts().Find(doc, analysis.text, &amounts);
    got += DescribeAmounts(doc, amounts) + "|";
  }
  EXPECT_EQ(
      got,
      "12=12 [soldats]|12=12 [avocats]|vingt=20 [chars]|vingt=20 [ponts]|");
}

TEST(AmountFinder, OtherLanguagesAreSkipped) {
  EXPECT_EQ(Amounts("de", "Mindestens 156 Menschen wurden getötet."), "");
}

// A construction of the example article, in our own words: a round number
// whose noun carries an adjective and a "de" complement.
TEST(AmountFinder, ExampleArticle) {
  const auto article = gkg_test::ExampleArticle();
  if (!article) GTEST_SKIP() << gkg_test::kExampleArticle << " absent";
  const Document doc = MakeDoc("fr", *article, "2022-10-03");
  const std::vector<Amount> amounts = FindIn<Amount>(TestAmounts(), doc);
  std::cout << "amounts: " << DescribeAmounts(doc, amounts) << "\n";
  const Amount* dozen = nullptr;
  for (const Amount& a : amounts) {
    const std::string span = gkg_test::Slice(doc, a.span);
    if (span == "une douzaine") dozen = &a;
    // "12e direction" is an ordinal, not twelve of anything.
    EXPECT_NE(doc.text.compare(a.span.begin, 3, "12e"), 0) << span;
  }
  ASSERT_NE(dozen, nullptr);
  EXPECT_EQ(dozen->value, 12);
  EXPECT_TRUE(dozen->approximate);
  EXPECT_EQ(dozen->counted.rfind("installations", 0), 0u) << dozen->counted;
  EXPECT_NE(dozen->counted.find("stockage"), std::string::npos)
      << dozen->counted;
}

// Digits and number words by the megabyte: linear, bounded work.
TEST(AmountFinder, HostileInputIsBounded) {
  gkg_test::ExpectBoundedOnAMegabyte<Amount>(
      TestAmounts(),
      "12 000 1,5 million vingt-deux-trois-quatre des dizaines de ", "soldats.",
      "");
}

}  // namespace
}  // namespace tocsin
