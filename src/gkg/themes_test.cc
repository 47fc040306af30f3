// ThemeMatcher on text analysed by the real front end: first with small
// pattern lists written here (gaps, exclusions, ancestors, spans, counts),
// then with the real dictionaries (dict/themes) on sentences we write, and
// on the example article of ../shared/corpus when present.
#include "gkg/themes.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "gkg/gkg_test_util.h"
#include "gkg/theme_dict.h"
#include "tocsin/pipeline.h"
#include "util/files.h"

namespace tocsin {
namespace {

DocumentAnalysis Analyze(const std::string& lang, const std::string& text) {
  Document doc;
  doc.id = "t";
  doc.text = text;
  doc.language = lang;
  doc.published = "2022-10-07";
  DocumentAnalysis a;
  gkg_test::FrontEndPipeline().Process(doc, &a);
  return a;
}

constexpr char kThemeTaxonomy[] =
    "WMD              wmd      -           Weapons of mass destruction\n"
    "WMD_NUCLEAR      wmd      WMD         Nuclear weapons\n"
    "NUCLEAR_TACTICAL wmd      WMD_NUCLEAR Tactical nuclear weapons\n"
    "MIL_EXERCISE     military -           Military exercises\n"
    "MIL_LOGISTICS    military -           Military logistics\n"
    "CEASEFIRE        peace    -           Ceasefires\n"
    "ENERGY           energy   -           Energy\n"
    "ENERGY_GAS       energy   ENERGY      Natural gas\n"
    "NUCLEAR_POWER    energy   ENERGY      Nuclear power\n"
    "COMMODITIES      economy  -           Commodities\n";

constexpr char kEnglish[] =
    "WMD_NUCLEAR      nuclear weapon\n"
    "WMD_NUCLEAR      nuclear * warhead\n"
    "NUCLEAR_TACTICAL low-yield|tactical nuclear\n"
    "ENERGY_GAS       gas\n"
    "ENERGY_GAS       ! tear gas\n"
    "ENERGY           pipeline|gas\n"
    "NUCLEAR_POWER    gas reactor\n"
    "MIL_EXERCISE     exercise|drill\n"
    "MIL_EXERCISE     ! budget exercise\n"
    "MIL_LOGISTICS    =trains\n"
    "MIL_LOGISTICS    supply *2 line\n"
    "CEASEFIRE        cease-fire\n";

constexpr char kFrench[] =
    "WMD_NUCLEAR      arme nucléaire\n"
    "WMD_NUCLEAR      stock d'armes\n"
    "ENERGY_GAS       gaz\n"
    "ENERGY_GAS       ! gaz lacrymogène\n"
    "MIL_EXERCISE     exercice\n"
    "MIL_EXERCISE     ! exercice budgétaire\n"
    "CEASEFIRE        cessez-le-feu\n"
    "COMMODITIES      maïs|or\n";

const ThemeMatcher& Small() {
  static const ThemeMatcher* matcher = [] {
    auto taxonomy = ThemeTaxonomy::Parse(kThemeTaxonomy, "taxonomy");
    EXPECT_TRUE(taxonomy.ok()) << taxonomy.status().ToString();
    auto en = ParseThemePatterns(kEnglish, "en", *taxonomy);
    auto fr = ParseThemePatterns(kFrench, "fr", *taxonomy);
    EXPECT_TRUE(en.ok()) << en.status().ToString();
    EXPECT_TRUE(fr.ok()) << fr.status().ToString();
    return ThemeMatcher::Build(std::move(*taxonomy),
                               {{"en", std::move(*en)}, {"fr", std::move(*fr)}})
        .release();
  }();
  return *matcher;
}

// "ID:count ID:count" in the matcher's order, each mention's text checked
// against the spans' bytes: "ID:count[mention|mention]" when `spans`.
std::string Themes(const ThemeMatcher& matcher, const std::string& lang,
                   const std::string& text, bool spans = false) {
  const DocumentAnalysis a = Analyze(lang, text);
  std::vector<ThemeHit> hits(1);  // Match must clear it
  hits[0].theme = "STALE";
  matcher.Match(a.text, &hits);
  std::string out;
  for (const ThemeHit& h : hits) {
    if (!out.empty()) out += " ";
    out += h.theme + ":" + std::to_string(h.count);
    if (h.mentions.size() != h.count) out += "(bad mention count)";
    if (!spans) continue;
    out += "[";
    for (size_t i = 0; i < h.mentions.size(); ++i) {
      const Span& s = h.mentions[i];
      if (s.begin >= s.end || s.end > text.size()) return "bad span";
      out += (i > 0 ? "|" : "") + text.substr(s.begin, s.end - s.begin);
    }
    out += "]";
  }
  return out;
}

TEST(ThemeMatcher, SmallListsOnAnalyzedText) {
  struct Case {
    const char* lang;
    const char* text;
    const char* want;
  } cases[] = {
      {"en", "Russia tested a nuclear weapon.", "WMD:1 WMD_NUCLEAR:1"},
      {"en", "Russia moved nuclear weapons north.", "WMD:1 WMD_NUCLEAR:1"},
      // Gaps: up to 3 tokens, never across punctuation.
      {"en", "They stored nuclear artillery warheads there.",
       "WMD:1 WMD_NUCLEAR:1"},
      {"en", "Nuclear, they said, warheads were moved.", ""},
      {"en", "The nuclear power plant staff removed warheads.", ""},
      {"en", "Supply lines were cut.", "MIL_LOGISTICS:1"},
      {"en", "The supply of new lines was slow.", "MIL_LOGISTICS:1"},
      {"en", "The supply of a new line was slow.", ""},  // gap of 3 > *2
      // A child's mention counts for every ancestor.
      {"en", "Moscow hinted at a low-yield nuclear strike.",
       "NUCLEAR_TACTICAL:1 WMD:1 WMD_NUCLEAR:1"},
      {"en", "Moscow hinted at a low yield nuclear strike.",
       "NUCLEAR_TACTICAL:1 WMD:1 WMD_NUCLEAR:1"},
      // Exclusions cancel their theme, its ancestors and its descendants
      // (ENERGY's own "gas"), but only where they overlap.
      {"en", "Police fired tear gas at the crowd.", ""},
      {"en", "Police used tear gas while gas supplies fell.",
       "ENERGY:1 ENERGY_GAS:1"},
      {"en", "Gas prices rose after the pipeline closed.",
       "ENERGY:2 ENERGY_GAS:1"},
      // A sibling's overlapping mention survives.
      {"en", "The tear gas reactor story.", "ENERGY:1 NUCLEAR_POWER:1"},
      {"en", "The budget exercise ended in March.", ""},
      {"en", "The army held an exercise near the border.", "MIL_EXERCISE:1"},
      // Counts; sorted by count, then id.
      {"en", "Drills, exercises and more drills; a cease-fire.",
       "MIL_EXERCISE:3 CEASEFIRE:1"},
      {"en", "A cease fire held. Then a second cease-fire.", "CEASEFIRE:2"},
      // '=' matches the form only: the lemma of "training" may be "train".
      {"en", "Trains carried the tanks east.", "MIL_LOGISTICS:1"},
      {"en", "They train recruits; training continues.", ""},
      {"fr", "La Russie a déplacé des armes nucléaires.",
       "WMD:1 WMD_NUCLEAR:1"},
      {"fr", "Un stock d'armes a été découvert.", "WMD:1 WMD_NUCLEAR:1"},
      {"fr", "Le gouvernement a clos l'exercice budgétaire.", ""},
      {"fr", "L'armée a mené un exercice de grande ampleur.", "MIL_EXERCISE:1"},
      {"fr", "Les policiers ont tiré des gaz lacrymogènes.", ""},
      {"fr", "Les livraisons de gaz ont repris.", "ENERGY:1 ENERGY_GAS:1"},
      {"fr", "Un cessez-le-feu a été signé, puis un cessez le feu local.",
       "CEASEFIRE:2"},
      // One-word keywords skip function words: "mais" (but), "or" (now).
      {"fr", "Mais le maïs a poussé, or l'or brille.", "COMMODITIES:2"},
      // Each language reads its own list only.
      {"en", "Gaz exports fell.", ""},
      {"fr", "Le pipeline est fermé.", ""},
      {"de", "Gas pipeline nuclear weapon.", ""},
      {"en", "", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Themes(Small(), c.lang, c.text), c.want)
        << c.lang << ": " << c.text;
  }
}

TEST(ThemeMatcher, SpansSliceTheText) {
  struct Case {
    const char* lang;
    const char* text;
    const char* want;
  } cases[] = {
      {"en", "They stored nuclear artillery warheads there.",
       "WMD:1[nuclear artillery warheads] "
       "WMD_NUCLEAR:1[nuclear artillery warheads]"},
      {"en", "A low-yield nuclear test; then gas, gas and a cease-fire.",
       "ENERGY:2[gas|gas] ENERGY_GAS:2[gas|gas] CEASEFIRE:1[cease-fire] "
       "NUCLEAR_TACTICAL:1[low-yield nuclear] WMD:1[low-yield nuclear] "
       "WMD_NUCLEAR:1[low-yield nuclear]"},
      {"fr", "Un stock d’armes et un cessez-le-feu.",
       "CEASEFIRE:1[cessez-le-feu] WMD:1[stock d’armes] "
       "WMD_NUCLEAR:1[stock d’armes]"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Themes(Small(), c.lang, c.text, true), c.want) << c.text;
  }
}

// Linear work: a long repetitive document finishes and counts every
// mention.
TEST(ThemeMatcher, LongDocumentCountsEveryMention) {
  std::string text;
  for (int i = 0; i < 2000; ++i) {
    text += "Nuclear artillery warheads and tear gas reached the drill. ";
  }
  EXPECT_EQ(Themes(Small(), "en", text),
            "MIL_EXERCISE:2000 WMD:2000 WMD_NUCLEAR:2000");
}

// --- The real dictionaries ----------------------------------------------

const ThemeMatcher* Real() {
  static const ThemeMatcher* matcher = [] {
    auto m = ThemeMatcher::Load(TOCSIN_SOURCE_DIR "/dict");
    EXPECT_TRUE(m.ok()) << m.status().ToString();
    return m.ok() ? m->release() : nullptr;
  }();
  return matcher;
}

// The themes found in `text`, ids only.
std::set<std::string> RealThemes(const std::string& lang,
                                 const std::string& text) {
  std::vector<ThemeHit> hits;
  Real()->Match(Analyze(lang, text).text, &hits);
  std::set<std::string> ids;
  for (const ThemeHit& h : hits) ids.insert(h.theme);
  return ids;
}

std::string Join(const std::set<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : " ") + id;
  return out;
}

TEST(ThemeDictionaries, LoadAndCoverTheTaxonomy) {
  ASSERT_NE(Real(), nullptr);
  EXPECT_GE(Real()->theme_count(), 80u);
  const ThemeTaxonomy& taxonomy = Real()->taxonomy();
  for (const char* lang : {"en", "fr"}) {
    const std::string path =
        std::string(TOCSIN_SOURCE_DIR "/dict/themes/") + lang + ".txt";
    auto text = ReadFileToString(path);
    ASSERT_TRUE(text.ok()) << text.status().ToString();
    auto patterns = ParseThemePatterns(*text, path, taxonomy);
    ASSERT_TRUE(patterns.ok()) << patterns.status().ToString();
    std::vector<int> positive(taxonomy.size(), 0);
    for (const ThemePattern& p : *patterns) {
      if (!p.exclude) ++positive[p.theme];
    }
    for (size_t t = 0; t < taxonomy.size(); ++t) {
      EXPECT_GT(positive[t], 0)
          << lang << ".txt has no pattern for " << taxonomy.themes()[t].id;
    }
  }
}

struct Expectation {
  const char* lang;
  const char* text;
  const char* theme;
  bool present;  // false: a trap, the theme must be absent
};

// Sentences written for these tests, one or more per escalation theme.
constexpr Expectation kExpectations[] = {
    // Nuclear weapons and their sub-themes.
    {"en", "Moscow threatened to use nuclear weapons in Ukraine.",
     "WMD_NUCLEAR", true},
    {"en", "Analysts fear the use of a tactical nuclear weapon.",
     "NUCLEAR_TACTICAL", true},
    {"en", "A low-yield warhead could be fired by an Iskander launcher.",
     "NUCLEAR_TACTICAL", true},
    {"en", "The warheads are kept at a central storage site.", "WMD_NUCLEAR",
     true},
    {"en", "The doctrine of nuclear deterrence was invoked again.",
     "NUCLEAR_DETERRENCE", true},
    {"en", "Russia's strategic nuclear forces were put on alert.",
     "NUCLEAR_STRATEGIC_FORCES", true},
    {"fr", "Le Kremlin a brandi la menace de l'arme nucléaire.", "WMD_NUCLEAR",
     true},
    {"fr",
     "Des armes nucléaires tactiques de faible puissance pourraient "
     "être employées.",
     "NUCLEAR_TACTICAL", true},
    {"fr",
     "Les ogives nucléaires sont entreposées dans des dépôts "
     "spéciaux.",
     "WMD_NUCLEAR", true},
    {"fr", "La dissuasion nucléaire reste la doctrine de Paris.",
     "NUCLEAR_DETERRENCE", true},
    {"fr", "Les forces stratégiques russes ont été placées en alerte.",
     "NUCLEAR_STRATEGIC_FORCES", true},
    // Military exercises.
    {"en", "NATO began a large military exercise in Norway.", "MIL_EXERCISE",
     true},
    {"en", "Troops took part in joint drills near the border.", "MIL_EXERCISE",
     true},
    {"fr", "L'OTAN a lancé des exercices militaires en Norvège.",
     "MIL_EXERCISE", true},
    {"fr", "Des manœuvres navales ont eu lieu en mer Baltique.", "MIL_EXERCISE",
     true},
    // Mobilisation.
    {"en", "Putin announced a partial mobilisation of reservists.",
     "MOBILIZATION", true},
    {"en", "Thousands of men fled the mobilization order.", "MOBILIZATION",
     true},
    {"fr",
     "Le Kremlin a décrété une mobilisation partielle des "
     "réservistes.",
     "MOBILIZATION", true},
    // Military logistics.
    {"en", "Russian supply lines were stretched by the long convoys.",
     "MIL_LOGISTICS", true},
    {"en", "Military trains carried fuel and ammunition to the front.",
     "MIL_LOGISTICS", true},
    {"fr",
     "Le ravitaillement des troupes passe par des convois "
     "ferroviaires.",
     "MIL_LOGISTICS", true},
    {"fr", "Un train militaire chargé de munitions a été aperçu.",
     "MIL_LOGISTICS", true},
    // Propaganda and information operations.
    {"en", "State television aired the claims in a talk show.", "PROPAGANDA",
     true},
    {"en", "The ministry spread disinformation about the attack.", "PROPAGANDA",
     true},
    {"fr", "La propagande du Kremlin a repris ces affirmations.", "PROPAGANDA",
     true},
    {"fr", "Le présentateur de la télévision d'État a menacé Londres.",
     "PROPAGANDA", true},
    // Sanctions.
    {"en", "The EU adopted new sanctions against Russian banks.", "SANCTIONS",
     true},
    {"fr", "Bruxelles a adopté de nouvelles sanctions contre Moscou.",
     "SANCTIONS", true},
    // Energy and gas.
    {"en", "Gazprom cut gas supplies to Europe through the pipeline.",
     "ENERGY_GAS", true},
    {"fr", "Gazprom a réduit les livraisons de gaz via le gazoduc.",
     "ENERGY_GAS", true},
    // Annexation and referendums.
    {"en", "Russia moved to annex four occupied regions.", "ANNEXATION", true},
    {"en", "The Kremlin staged a referendum on joining Russia.", "ANNEXATION",
     true},
    {"fr", "Moscou a proclamé l'annexion de quatre régions ukrainiennes.",
     "ANNEXATION", true},
    // Refugees.
    {"en", "Millions of refugees have fled Ukraine since February.", "REFUGEES",
     true},
    {"fr", "Des milliers de réfugiés ont franchi la frontière polonaise.",
     "REFUGEES", true},
    // Ceasefire and negotiations.
    {"en", "Both sides agreed to a ceasefire on Monday.", "CEASEFIRE", true},
    {"en", "Peace talks resumed in Istanbul.", "NEGOTIATIONS", true},
    {"fr", "Un cessez-le-feu a été conclu lundi.", "CEASEFIRE", true},
    {"fr", "Les négociations de paix ont repris à Istanbul.", "NEGOTIATIONS",
     true},
    // Terrorism.
    {"en", "The bombing was claimed by a terrorist group.", "TERRORISM", true},
    {"fr", "L'attentat terroriste a fait douze morts.", "TERRORISM", true},
    // Protest.
    {"en", "Protesters marched through the capital on Sunday.", "PROTEST",
     true},
    {"fr", "Des milliers de manifestants ont défilé à Paris.", "PROTEST", true},
    // Elections.
    {"en", "Voters go to the polls in the presidential election.", "ELECTIONS",
     true},
    {"fr", "L'élection présidentielle aura lieu en avril.", "ELECTIONS", true},
    // Cyber.
    {"en", "A cyberattack knocked government websites offline.", "CYBER", true},
    {"fr", "Des pirates informatiques ont mené une cyberattaque.", "CYBER",
     true},
    // Traps.
    {"fr", "Le déficit de l'exercice budgétaire s'est creusé.", "MIL_EXERCISE",
     false},
    {"en", "Police fired tear gas at the protesters.", "ENERGY_GAS", false},
    {"en", "Police fired tear gas at the protesters.", "ENERGY", false},
    {"fr", "La police a tiré des gaz lacrymogènes sur la foule.", "ENERGY_GAS",
     false},
    {"fr", "La police a tiré des gaz lacrymogènes sur la foule.", "ENERGY",
     false},
    {"en", "The nuclear family is changing in modern Britain.", "WMD_NUCLEAR",
     false},
    {"en", "The nuclear family is changing in modern Britain.", "WMD", false},
};

TEST(ThemeDictionaries, SentencesWeWrote) {
  ASSERT_NE(Real(), nullptr);
  for (const Expectation& e : kExpectations) {
    const std::set<std::string> found = RealThemes(e.lang, e.text);
    EXPECT_EQ(found.count(e.theme) > 0, e.present)
        << e.lang << ": " << e.text << "\n  want " << (e.present ? "" : "no ")
        << e.theme << ", found: " << Join(found);
  }
}

TEST(ThemeDictionaries, ExampleArticle) {
  const std::string path =
      std::string(TOCSIN_SHARED_DIR) + "/corpus/nuclear-train-2022-10-fr.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << ": shared absent";
  ASSERT_NE(Real(), nullptr);
  auto text = ReadFileToString(path);
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  std::vector<ThemeHit> hits;
  Real()->Match(Analyze("fr", *text).text, &hits);
  std::set<std::string> ids;
  std::cout << "themes of the example article:";
  for (const ThemeHit& h : hits) {
    ids.insert(h.theme);
    std::cout << " " << h.theme << ":" << h.count;
  }
  std::cout << "\n";
  for (const char* want :
       {"WMD_NUCLEAR", "MIL_EXERCISE", "MIL_LOGISTICS", "PROPAGANDA"}) {
    EXPECT_TRUE(ids.count(want)) << want << " missing";
  }
}

}  // namespace
}  // namespace tocsin
