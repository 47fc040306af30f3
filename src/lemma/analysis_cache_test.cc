#include "lemma/analysis_cache.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

#include "lemma/lexicon_builder.h"
#include "lemma/lookup.h"

namespace tocsin {
namespace {

// A small lexicon in 8-byte-aligned memory, as a mapping would give.
struct SmallLexicon {
  std::vector<uint64_t> storage;
  std::unique_ptr<Lexicon> lexicon;
  SmallLexicon() {
    LexiconBuilder b("fr");
    b.Add("menace", "menace", WordClass::kNoun, kFeatSing, 52);
    b.Add("menace", "menacer", WordClass::kVerb, kFeatFinite, 50);
    b.Add("troupes", "troupe", WordClass::kNoun, kFeatFem | kFeatPlur, 52);
    b.Add("Paris", "Paris", WordClass::kProperNoun, 0, 45);
    auto file = b.Build();
    EXPECT_TRUE(file.ok());
    storage.resize(file->size() / 8 + 1);
    std::memcpy(storage.data(), file->data(), file->size());
    auto lex = Lexicon::FromBytes(
        {reinterpret_cast<const char*>(storage.data()), file->size()}, "small");
    EXPECT_TRUE(lex.ok());
    lexicon = std::move(*lex);
  }
};

void ExpectSame(const TokenAnalyses& want, const TokenAnalyses& got) {
  EXPECT_EQ(want.form, got.form);
  EXPECT_EQ(want.count, got.count);
  EXPECT_EQ(want.known, got.known);
  EXPECT_EQ(want.token_flags, got.token_flags);
  EXPECT_EQ(want.class_mask, got.class_mask);
  EXPECT_EQ(want.feature_mask, got.feature_mask);
  for (uint8_t i = 0; i < want.count && i < got.count; ++i) {
    EXPECT_EQ(want.analyses[i].lemma, got.analyses[i].lemma) << want.form;
    EXPECT_EQ(want.analyses[i].word_class, got.analyses[i].word_class);
    EXPECT_EQ(want.analyses[i].score, got.analyses[i].score);
    EXPECT_EQ(want.analyses[i].features, got.analyses[i].features);
    EXPECT_EQ(want.analyses[i].source, got.analyses[i].source);
  }
}

struct Case {
  const char* form;
  uint8_t flags;
  bool initial;
};

// A hit must give exactly what the analyser gives, with the lemmas that
// come from the form (guesses, names) pointing into the new token's text.
TEST(AnalysisCacheTest, HitEqualsFreshAnalysis) {
  SmallLexicon small;
  const Lexicon& lex = *small.lexicon;
  AnalysisCache& cache = AnalysisCache::ForThisThread();
  const Case cases[] = {
      {"menace", 0, false},
      {"Menace", kTokenCapitalized, true},
      {"Menace", 0, false},
      {"MENACE", kTokenAllCaps, false},
      {"troupes", 0, false},
      {"vététistes", 0, false},
      {"Paris", 0, false},
      {"Inconnu", kTokenCapitalized, true},
      {"exactly-24-bytes-long-xy", 0, false},
  };
  for (const Case& c : cases) {
    const std::string first = c.form, second = c.form;  // two token texts
    TokenAnalyses fresh, cached;
    AnalyzeFrenchToken(lex, first, c.flags, c.initial, &fresh);
    cache.Store(lex, first, c.flags, c.initial, fresh);
    ASSERT_TRUE(cache.Lookup(lex, second, c.flags, c.initial, &cached))
        << c.form;
    TokenAnalyses again;
    AnalyzeFrenchToken(lex, second, c.flags, c.initial, &again);
    ExpectSame(again, cached);
    for (uint8_t i = 0; i < cached.count; ++i) {
      const char* p = cached.analyses[i].lemma.data();
      const bool in_first =
          p >= first.data() && p < first.data() + first.size();
      EXPECT_FALSE(in_first) << c.form << ": lemma views the old text";
    }
  }
}

// The key holds everything the analysis depends on.
TEST(AnalysisCacheTest, MissesOnAnyKeyDifference) {
  SmallLexicon small, other;
  AnalysisCache& cache = AnalysisCache::ForThisThread();
  TokenAnalyses a;
  AnalyzeFrenchToken(*small.lexicon, "Menace", 0, false, &a);
  cache.Store(*small.lexicon, "Menace", 0, false, a);
  TokenAnalyses out;
  EXPECT_TRUE(cache.Lookup(*small.lexicon, "Menace", 0, false, &out));
  EXPECT_FALSE(cache.Lookup(*small.lexicon, "Menace", 0, true, &out));
  EXPECT_FALSE(
      cache.Lookup(*small.lexicon, "Menace", kTokenAllCaps, false, &out));
  EXPECT_FALSE(cache.Lookup(*small.lexicon, "Menacé", 0, false, &out));
  EXPECT_FALSE(cache.Lookup(*small.lexicon, "Menac", 0, false, &out));
  EXPECT_FALSE(cache.Lookup(*other.lexicon, "Menace", 0, false, &out));
  EXPECT_NE(small.lexicon->id(), other.lexicon->id());
  // Too long to be stored.
  const std::string long_form(AnalysisCache::kMaxFormBytes + 1, 'a');
  AnalyzeFrenchToken(*small.lexicon, long_form, 0, false, &a);
  cache.Store(*small.lexicon, long_form, 0, false, a);
  EXPECT_FALSE(cache.Lookup(*small.lexicon, long_form, 0, false, &out));
}

}  // namespace
}  // namespace tocsin
