#include "lemma/lexicon.h"

#include <gtest/gtest.h>

#include <cstring>
#include <map>
#include <random>
#include <tuple>
#include <vector>

#include "lemma/lexicon_builder.h"
#include "util/binary_format.h"
#include "util/paths.h"

namespace tocsin {
namespace {

// A lexicon in memory. The bytes are copied into 8-byte-aligned storage,
// as a page-aligned mapping would give.
struct InMemory {
  std::vector<uint64_t> storage;
  std::string_view bytes;
  explicit InMemory(const std::string& file) {
    storage.resize(file.size() / 8 + 1);
    std::memcpy(storage.data(), file.data(), file.size());
    bytes = {reinterpret_cast<const char*>(storage.data()), file.size()};
  }
};

std::string SmallLexiconFile() {
  LexiconBuilder b("fr");
  b.Add("troupes", "troupe", WordClass::kNoun, kFeatFem | kFeatPlur, 52);
  b.Add("menace", "menace", WordClass::kNoun, kFeatSing, 52);
  b.Add("menace", "menacer", WordClass::kVerb, kFeatFinite, 50);
  b.Add("menace", "menacer", WordClass::kVerb, kFeatImperative, 40);
  b.Add("Paris", "Paris", WordClass::kProperNoun, 0, 45);
  auto file = b.Build();
  EXPECT_TRUE(file.ok());
  return *file;
}

TEST(LexiconTest, FindsFormsWithCandidatesByPrior) {
  InMemory mem(SmallLexiconFile());
  auto lex = Lexicon::FromBytes(mem.bytes, "small");
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  EXPECT_EQ((*lex)->language(), "fr");
  EXPECT_EQ((*lex)->entry_count(), 3u);

  auto menace = (*lex)->Find("menace");
  ASSERT_EQ(menace.size(), 2u);
  EXPECT_EQ((*lex)->LemmaOf(menace[0]), "menace");  // prior 52 first
  EXPECT_EQ(Lexicon::ClassOf(menace[0]), WordClass::kNoun);
  EXPECT_EQ((*lex)->LemmaOf(menace[1]), "menacer");
  // The duplicate (form, lemma, class) merged: features OR-ed, max prior.
  EXPECT_EQ(menace[1].features, kFeatFinite | kFeatImperative);
  EXPECT_EQ(menace[1].prior, 50);

  EXPECT_EQ((*lex)->Find("Paris").size(), 1u);
  EXPECT_TRUE((*lex)->Find("paris").empty());  // case-sensitive
  EXPECT_TRUE((*lex)->Find("").empty());
  EXPECT_TRUE((*lex)->Find("troupe").empty());
}

TEST(LexiconTest, BuildIsDeterministic) {
  EXPECT_EQ(SmallLexiconFile(), SmallLexiconFile());
}

TEST(LexiconTest, EmptyLexiconWorks) {
  auto file = LexiconBuilder("en").Build();
  ASSERT_TRUE(file.ok());
  InMemory mem(*file);
  auto lex = Lexicon::FromBytes(mem.bytes, "empty");
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  EXPECT_TRUE((*lex)->Find("anything").empty());
}

// Every way of damaging the file gives DataLoss, never a crash.
TEST(LexiconTest, CorruptFilesAreDataLoss) {
  const std::string good = SmallLexiconFile();
  struct Case {
    const char* name;
    std::string file;
  };
  std::vector<Case> cases;
  std::string f = good;
  f[1] ^= 0x40;
  cases.push_back({"bad magic", f});
  f = good;
  f[4] = static_cast<char>(kLexiconVersion + 1);
  cases.push_back({"wrong version", f});
  cases.push_back({"truncated", good.substr(0, good.size() - 7)});
  cases.push_back({"header only", good.substr(0, kBinaryHeaderSize)});
  cases.push_back({"empty", ""});
  f = good;
  f[f.size() - 3] ^= 0x01;
  cases.push_back({"bad checksum", f});
  for (const Case& c : cases) {
    InMemory mem(c.file);
    auto lex = Lexicon::FromBytes(mem.bytes, c.name);
    ASSERT_FALSE(lex.ok()) << c.name;
    EXPECT_EQ(lex.status().code(), StatusCode::kDataLoss) << c.name;
  }
}

// A file with a valid checksum but offsets pointing outside it (a buggy or
// hostile writer) is rejected at load, not at lookup.
TEST(LexiconTest, BadOffsetsWithValidChecksumAreDataLoss) {
  const std::string good = SmallLexiconFile();
  std::string payload = good.substr(kBinaryHeaderSize);
  LexiconHeader h;
  std::memcpy(&h, payload.data(), sizeof(h));
  for (int field = 0; field < 5; ++field) {
    LexiconHeader bad = h;
    switch (field) {
      case 0:
        bad.strings_size += 1000;
        break;
      case 1:
        bad.candidates_offset = payload.size();
        break;
      case 2:
        bad.bucket_count = 3;
        break;
      case 3:
        bad.entry_count = bad.bucket_count;
        break;
      case 4:
        bad.entry_count -= 1;
        break;
    }
    std::string p = payload;
    std::memcpy(p.data(), &bad, sizeof(bad));
    InMemory mem(EncodeBinaryFile(kLexiconMagic, kLexiconVersion, p));
    auto lex = Lexicon::FromBytes(mem.bytes, "bad");
    ASSERT_FALSE(lex.ok()) << field;
    EXPECT_EQ(lex.status().code(), StatusCode::kDataLoss) << field;
  }
  // A candidate whose lemma runs past the strings.
  std::string p = payload;
  Candidate cand;
  std::memcpy(&cand, p.data() + h.candidates_offset, sizeof(cand));
  cand.lemma_offset = h.strings_size;
  cand.lemma_length = 5;
  std::memcpy(p.data() + h.candidates_offset, &cand, sizeof(cand));
  InMemory mem(EncodeBinaryFile(kLexiconMagic, kLexiconVersion, p));
  EXPECT_EQ(Lexicon::FromBytes(mem.bytes, "bad").status().code(),
            StatusCode::kDataLoss);
}

TEST(LexiconTest, OpenMissingFileIsNotFound) {
  auto lex = Lexicon::Open(::testing::TempDir() + "/no-such-lexicon.bin");
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().code(), StatusCode::kNotFound);
}

// The obvious reference: a std::map from form to (lemma, class, features,
// prior) tuples, checked against the hash table on random lookups.
using Reference =
    std::map<std::string,
             std::vector<std::tuple<std::string, WordClass, uint32_t, int>>>;

std::string RandomWord(std::mt19937& rng) {
  static const char* kPieces[] = {"a",   "é", "tr", "ou", "pe", "s", "men",
                                  "ace", "r", "x",  "-",  "'",  "ç", "in"};
  std::string w;
  int n = 1 + rng() % 5;
  for (int i = 0; i < n; ++i) w += kPieces[rng() % std::size(kPieces)];
  return w;
}

TEST(LexiconTest, MatchesReferenceMapOnRandomLookups) {
  std::mt19937 rng(20240601);
  LexiconBuilder builder("fr");
  Reference ref;
  for (int i = 0; i < 5000; ++i) {
    std::string form = RandomWord(rng);
    std::string lemma = RandomWord(rng);
    WordClass wc = static_cast<WordClass>(1 + rng() % 14);
    int prior = static_cast<int>(rng() % 100);
    builder.Add(form, lemma, wc, 1u << (rng() % 20),
                static_cast<uint8_t>(prior));
    auto& list = ref[form];
    bool merged = false;
    for (auto& [l, c, f, p] : list) {
      if (l == lemma && c == wc) {
        merged = true;
        p = std::max(p, prior);
      }
    }
    if (!merged) list.emplace_back(lemma, wc, 0, prior);
  }
  auto file = builder.Build();
  ASSERT_TRUE(file.ok());
  InMemory mem(*file);
  auto lex = Lexicon::FromBytes(mem.bytes, "random");
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  EXPECT_EQ((*lex)->entry_count(), ref.size());
  for (int i = 0; i < 20000; ++i) {
    std::string probe = RandomWord(rng);
    auto got = (*lex)->Find(probe);
    auto it = ref.find(probe);
    if (it == ref.end()) {
      EXPECT_TRUE(got.empty()) << probe;
      continue;
    }
    ASSERT_EQ(got.size(), it->second.size()) << probe;
    for (const Candidate& c : got) {
      bool found = false;
      for (const auto& [l, wc, f, p] : it->second) {
        found |= (*lex)->LemmaOf(c) == l && Lexicon::ClassOf(c) == wc &&
                 c.prior == p;
      }
      EXPECT_TRUE(found) << probe;
    }
    for (size_t k = 1; k < got.size(); ++k) {
      EXPECT_GE(got[k - 1].prior, got[k].prior) << probe;
    }
  }
}

// The compiled lexicons: every entry is found by its own form.
TEST(LexiconTest, CompiledLexiconsFindEveryEntry) {
  for (const char* lang : {"fr", "en"}) {
    auto lex = Lexicon::Open(DataDir() + "/lexicon-" + lang + ".bin");
    ASSERT_TRUE(lex.ok()) << lex.status().ToString();
    EXPECT_EQ((*lex)->language(), lang);
    EXPECT_GT((*lex)->entry_count(), 50000u) << lang;
    for (uint32_t i = 0; i < (*lex)->entry_count(); ++i) {
      auto found = (*lex)->Find((*lex)->FormAt(i));
      ASSERT_EQ(found.data(), (*lex)->CandidatesAt(i).data())
          << lang << " " << (*lex)->FormAt(i);
    }
  }
}

}  // namespace
}  // namespace tocsin
