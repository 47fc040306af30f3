#include "lemma/lexicon_sources.h"

#include <gtest/gtest.h>

#include <cstring>
#include <vector>

#include "lemma/lexicon.h"
#include "lemma/lexicon_format.h"

namespace tocsin {
namespace {

TEST(LexiconSourcesTest, ParsesClosedClassLists) {
  auto entries = ParseClosedClassList(
      "# comment\n\nle\tDET\tle\tdef,masc\t90\nil\tPRON\tlui\n"
      "à\tADP\tà\t_\n",
      "t.tsv");
  ASSERT_TRUE(entries.ok()) << entries.status().ToString();
  ASSERT_EQ(entries->size(), 3u);
  EXPECT_EQ((*entries)[0].word_class, WordClass::kDeterminer);
  EXPECT_EQ((*entries)[0].features, kFeatDef | kFeatMasc);
  EXPECT_EQ((*entries)[0].prior, 90);
  EXPECT_EQ((*entries)[1].lemma, "lui");
  EXPECT_EQ((*entries)[1].prior, 80);  // the default
  EXPECT_EQ((*entries)[2].features, 0u);
}

TEST(LexiconSourcesTest, ClosedClassErrorsNameTheLine) {
  struct {
    const char* text;
    const char* message;
  } cases[] = {
      {"le\tDET\n", "t.tsv:1: expected"},
      {"# x\nle\tDETERMINER\tle\n", "t.tsv:2: unknown UPOS"},
      {"le\tDET\tle\tdefinite\n", "t.tsv:1: unknown feature"},
      {"le\tDET\tle\t_\t300\n", "t.tsv:1: prior"},
      {"le\tDET\tle\t_\tabc\n", "t.tsv:1: prior"},
  };
  for (const auto& c : cases) {
    auto r = ParseClosedClassList(c.text, "t.tsv");
    ASSERT_FALSE(r.ok()) << c.text;
    EXPECT_NE(r.status().message().find(c.message), std::string::npos)
        << r.status().message();
  }
}

TEST(LexiconSourcesTest, LefffTags) {
  EXPECT_EQ(LefffFeatures("Kfp"), kFeatPastPart | kFeatFem | kFeatPlur);
  EXPECT_EQ(LefffFeatures("P3s"), kFeatFinite | kFeatPerson3 | kFeatSing);
  EXPECT_EQ(LefffFeatures("W"), kFeatInfinitive);
  EXPECT_EQ(LefffFeatures("G"), kFeatPresPart);
  EXPECT_EQ(LefffFeatures("Y2s"),
            kFeatFinite | kFeatImperative | kFeatPerson2 | kFeatSing);
  // What follows '_' describes the possessor, not the word.
  EXPECT_EQ(LefffFeatures("s_P3p"), kFeatSing);
  EXPECT_EQ(LefffFeatures(""), 0u);
}

// A toy lexicon in the Lefff's format, written for this test.
constexpr char kToyLefff[] =
    "chantée\tv\tchanter\tKfs\n"
    "chanté\tv\tchanter\tKms\n"
    "chantée\tadj\tchanter\tKfs\n"
    "chantée\tnc\tchantée\tfs\n"
    "la\tcla\tcla\t3fs\n"
    "la\tdet\tle\tfs\n"
    "la\tnc\tla\tm\n"
    "Lyon\tnp\tLyon-ville\ts\n"
    "km\tnc\tkilomètre\tm\n"
    "bien que\tcsu\tbien que\t\n"
    "_NUM\tdet\t_NUM\t\n";

std::string Padding() {
  std::string s;
  for (int i = 0; i < 1000; ++i) s += "x" + std::to_string(i) + "\tadv\tx\t\n";
  return s;
}

TEST(LexiconSourcesTest, FrenchSourcesMapLefffToUd) {
  std::vector<SourceEntry> closed = {
      {"la", "le", WordClass::kDeterminer, kFeatDef, 90},
      {"la", "lui", WordClass::kPronoun, kFeatObj, 60}};
  LexiconBuilder builder("fr");
  ASSERT_TRUE(
      AddFrenchSources(std::string(kToyLefff) + Padding(), closed, {}, &builder)
          .ok());
  auto file = builder.Build();
  ASSERT_TRUE(file.ok());
  std::vector<uint64_t> storage(file->size() / 8 + 1);
  std::memcpy(storage.data(), file->data(), file->size());
  auto lex = Lexicon::FromBytes(
      {reinterpret_cast<const char*>(storage.data()), file->size()}, "toy");
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  auto lemmas = [&](std::string_view form) {
    std::vector<std::string> out;
    for (const Candidate& c : (*lex)->Find(form)) {
      out.push_back(std::string(WordClassName(Lexicon::ClassOf(c))) + ":" +
                    std::string((*lex)->LemmaOf(c)));
    }
    return out;
  };
  // The participle before the adjective (lemma: masculine participle) and
  // the noun built on it.
  EXPECT_EQ(
      lemmas("chantée"),
      (std::vector<std::string>{"VERB:chanter", "NOUN:chantée", "ADJ:chanté"}));
  // Closed-class entries replace the Lefff's of the same class; the
  // clitic (Lefff lemma "cla") is not kept.
  EXPECT_EQ(lemmas("la"),
            (std::vector<std::string>{"DET:le", "PRON:lui", "NOUN:la"}));
  EXPECT_EQ(lemmas("Lyon"), (std::vector<std::string>{"PROPN:Lyon"}));
  EXPECT_EQ(lemmas("km"), (std::vector<std::string>{"NOUN:km"}));
  EXPECT_TRUE(lemmas("bien que").empty());
  EXPECT_TRUE(lemmas("_NUM").empty());
}

TEST(LexiconSourcesTest, RejectsTextThatIsNotTheLefff) {
  LexiconBuilder builder("fr");
  EXPECT_FALSE(AddFrenchSources("not\ta lexicon\n", {}, {}, &builder).ok());
}

TEST(LexiconSourcesTest, WordNetFormats) {
  LexiconBuilder builder("en");
  // Lines in WordNet's formats, with made-up words.
  ASSERT_TRUE(AddWordNetIndex("  1 licence text\n"
                              "blorf n 2 1 @ 2 3 00000001 00000002\n"
                              "multi_word n 1 0 1 0 00000003\n",
                              WordClass::kNoun, &builder)
                  .ok());
  ASSERT_TRUE(
      AddWordNetExceptions("blorves blorf\n", WordClass::kNoun, &builder).ok());
  ASSERT_TRUE(AddWordNetProperNouns(
                  "  1 licence\n"
                  "00000001 15 n 02 Zorbland 0 zorb 0 000 | a place\n",
                  &builder)
                  .ok());
  EXPECT_TRUE(builder.Contains("blorf"));
  EXPECT_TRUE(builder.Contains("blorves"));
  EXPECT_TRUE(builder.Contains("Zorbland"));
  EXPECT_FALSE(builder.Contains("zorb"));  // lower-case: not a name
  EXPECT_FALSE(builder.Contains("multi_word"));
  EXPECT_FALSE(AddWordNetIndex("", WordClass::kNoun, &builder).ok());
}

}  // namespace
}  // namespace tocsin
