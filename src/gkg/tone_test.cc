// Tone on sentences we write, through the real front end: war news scores
// negative, cooperation news positive, negation flips, intensifiers
// strengthen, in English and French; the word-list parsers; and the
// example article of ../shared/corpus when present.
#include "gkg/tone.h"

#include <gtest/gtest.h>

#include <cmath>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "gkg/gkg_test_util.h"
#include "tocsin/pipeline.h"
#include "util/paths.h"

namespace tocsin {
namespace {

const ToneScorer& Scorer() {
  static const ToneScorer* scorer = [] {
    auto s = ToneScorer::Load(DataDir(), DictDir());
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? s->release() : nullptr;
  }();
  return *scorer;
}

Tone DocumentTone(const std::string& text, const std::string& lang,
                  std::vector<Tone>* sentences = nullptr) {
  Document doc;
  doc.id = "t";
  doc.text = text;
  doc.language = lang;
  AnalyzedText analyzed;
  gkg_test::FrontEndPipeline().Analyze(doc, &analyzed);
  Tone tone;
  std::vector<Tone> local;
  Scorer().Score(analyzed, &tone, sentences ? sentences : &local);
  return tone;
}

TEST(Tone, LoadsBothLexicons) {
  EXPECT_GT(Scorer().size(false), 7000u);  // VADER and our words
  EXPECT_GT(Scorer().size(true), 2000u);   // pattern_fr and our words
}

TEST(Tone, WarNewsIsNegativeCooperationPositive) {
  struct Case {
    const char* lang;
    const char* sentence;
    int sign;
  } cases[] = {
      {"en",
       "Artillery shelled the town overnight, killing twelve civilians "
       "and wounding dozens more.",
       -1},
      {"en",
       "A suicide bomber struck a crowded market and the death toll "
       "rose to forty.",
       -1},
      {"en",
       "Insurgents ambushed an army convoy and took five soldiers "
       "hostage.",
       -1},
      {"en",
       "The ministry threatened to expel the ambassador and imposed "
       "new sanctions.",
       -1},
      {"en", "Moscow warned of a nuclear war if the escalation continued.", -1},
      {"en",
       "The two governments signed a peace agreement and pledged to "
       "cooperate on reconstruction.",
       1},
      {"en",
       "The ministers welcomed the ceasefire and agreed to resume "
       "negotiations next week.",
       1},
      {"en", "France praised the accord and thanked Egypt for its mediation.",
       1},
      {"en",
       "Japan will send humanitarian aid to support the rebuilding of "
       "schools.",
       1},
      {"fr",
       "Les bombardements ont tué douze civils et blessé des dizaines "
       "d'habitants.",
       -1},
      {"fr", "Un attentat a fait trente morts dans un marché de la capitale.",
       -1},
      {"fr", "Moscou brandit la menace nucléaire et promet une escalade.", -1},
      {"fr",
       "Les frappes russes ont détruit une centrale et provoqué des "
       "coupures.",
       -1},
      {"fr",
       "Le gouvernement a condamné l'invasion et dénoncé des crimes de "
       "guerre.",
       -1},
      {"fr",
       "Les deux pays ont signé un accord de coopération et salué une "
       "nouvelle amitié.",
       1},
      {"fr",
       "Les belligérants ont accepté un cessez-le-feu et la reprise du "
       "dialogue.",
       1},
      {"fr",
       "La France enverra une aide humanitaire pour soutenir la "
       "reconstruction.",
       1},
      {"fr",
       "Le ministre a félicité les négociateurs pour ce succès "
       "diplomatique.",
       1},
  };
  for (const Case& c : cases) {
    const Tone t = DocumentTone(c.sentence, c.lang);
    if (c.sign < 0) {
      EXPECT_LT(t.tone, 0) << c.lang << ": " << c.sentence;
    } else {
      EXPECT_GT(t.tone, 0) << c.lang << ": " << c.sentence;
    }
    EXPECT_NEAR(t.tone, t.positive - t.negative, 1e-9);
    EXPECT_NEAR(t.polarity, t.positive + t.negative, 1e-9);
  }
}

// The same sentence with and without a negation: plain is negative (or
// positive), negated is on the other side.
TEST(Tone, NegationFlips) {
  struct Case {
    const char* lang;
    const char* plain;
    const char* negated;
  } cases[] = {
      {"en", "The army attacked the village.",
       "The army did not attack the village."},
      {"en", "Civilians were killed in the village.",
       "No civilians were killed in the village."},
      {"en", "The talks brought peace.", "The talks never brought peace."},
      {"en", "The government imposed a ban on exports.",
       "The government lifted a ban on exports."},
      {"fr", "L'armée a bombardé la ville.",
       "L'armée n'a pas bombardé la ville."},
      {"fr", "Il y a eu des victimes.", "Il n'y a eu aucune victime."},
      {"fr", "Les soldats ont attaqué le village.",
       "Les soldats n'ont jamais attaqué le village."},
      {"fr", "Le sommet a apporté la paix.",
       "Le sommet n'a pas apporté la paix."},
      {"fr", "Le pays se retire sous la menace.",
       "Le pays se retire sans menace."},
  };
  for (const Case& c : cases) {
    const double plain = DocumentTone(c.plain, c.lang).tone;
    const double negated = DocumentTone(c.negated, c.lang).tone;
    EXPECT_NE(plain, 0) << c.plain;
    EXPECT_TRUE(std::signbit(plain) != std::signbit(negated))
        << c.plain << " " << plain << " / " << c.negated << " " << negated;
  }
}

// "ne" without a partner (explétif) negates nothing.
TEST(Tone, NeWithoutPartnerDoesNotNegate) {
  EXPECT_LT(
      DocumentTone("Ils craignent que l'armée ne bombarde la ville.", "fr")
          .tone,
      0);
}

// Same word count, an intensifier instead of a neutral word: larger
// magnitude; a diminisher: smaller.
TEST(Tone, IntensifiersScale) {
  struct Case {
    const char* lang;
    const char* neutral;
    const char* intensified;
    bool stronger;
  } cases[] = {
      {"en", "The situation there is also dangerous.",
       "The situation there is extremely dangerous.", true},
      {"en", "Officials said the attack was also brutal.",
       "Officials said the attack was very brutal.", true},
      {"en", "The new plan is also helpful.",
       "The new plan is slightly helpful.", false},
      {"fr", "La situation est aussi dangereuse.",
       "La situation est très dangereuse.", true},
      {"fr", "Les combats ont aussi été violents.",
       "Les combats ont extrêmement été violents.", true},
      {"fr", "Le bilan est aussi lourd et tragique.",
       "Le bilan est trop lourd et tragique.", true},
  };
  for (const Case& c : cases) {
    const double base = std::abs(DocumentTone(c.neutral, c.lang).tone);
    const double scaled = std::abs(DocumentTone(c.intensified, c.lang).tone);
    EXPECT_GT(base, 0) << c.neutral;
    if (c.stronger) {
      EXPECT_GT(scaled, base) << c.intensified;
    } else {
      EXPECT_LT(scaled, base) << c.intensified;
    }
  }
}

TEST(Tone, DensitiesAndSentences) {
  std::vector<Tone> sentences;
  const Tone doc = DocumentTone(
      "We condemn the attack. The US condemned it too. Nous condamnons.", "en",
      &sentences);
  ASSERT_EQ(sentences.size(), 3u);
  EXPECT_EQ(sentences[0].word_count, 4u);  // punctuation is not a word
  EXPECT_DOUBLE_EQ(sentences[0].self_reference, 25.0);  // "We"
  EXPECT_DOUBLE_EQ(sentences[0].activity, 25.0);        // "condemn"
  EXPECT_DOUBLE_EQ(sentences[1].self_reference, 0.0);   // "US" is a country
  EXPECT_EQ(doc.word_count, sentences[0].word_count + sentences[1].word_count +
                                sentences[2].word_count);
  EXPECT_LT(doc.tone, 0);
  EXPECT_GT(doc.self_reference, 0);

  const Tone empty = DocumentTone("", "en", &sentences);
  EXPECT_TRUE(sentences.empty());
  EXPECT_EQ(empty.word_count, 0u);
  EXPECT_EQ(empty.tone, 0);
}

// The scorer remembers, per thread, what each French word found in its
// lexicon. Scorers whose lexicons disagree, used in turn and rebuilt (a new
// one may take a freed one's address), each score by their own words.
TEST(Tone, FrenchWordMemoBelongsToOneLexicon) {
  Document doc;
  doc.id = "t";
  doc.language = "fr";
  doc.text = "La guerre continue. Les guerres continuent.";
  AnalyzedText analyzed;
  gkg_test::FrontEndPipeline().Analyze(doc, &analyzed);
  auto build = [](float score) {
    ToneDict fr;
    fr.entries.push_back({{"guerre"}, score});
    return ToneScorer::Build({}, ToneDict(), {}, fr);
  };
  Tone tone;
  std::vector<Tone> sentences;
  for (int round = 0; round < 3; ++round) {
    auto negative = build(-0.8f);
    auto positive = build(0.8f);
    for (int again = 0; again < 2; ++again) {
      negative->Score(analyzed, &tone, &sentences);
      EXPECT_LT(tone.tone, 0) << round << again;
      ASSERT_EQ(sentences.size(), 2u);
      EXPECT_DOUBLE_EQ(sentences[0].tone, sentences[1].tone);  // guerres
      positive->Score(analyzed, &tone, &sentences);
      EXPECT_GT(tone.tone, 0) << round << again;
    }
  }
}

// The per-thread memo of French words answers as the lexicon does: texts
// scored by a thread whose memo is warm from them and from each other
// (lemmas, adjective and adverb forms, words that start phrases) score as
// each scored alone by a new thread, whose memo starts empty.
TEST(Tone, FrenchWordMemoScoresAsAnEmptyMemo) {
  const std::vector<std::string> texts = {
      "La menace nucléaire inquiète les voisins.",
      "Les nouvelles sont excellentes et très encourageantes.",
      "Il a agi courageusement, mais la guerre continue.",
      "Une crise grave, une situation terrible et des pourparlers de paix.",
      "Elle n'est pas heureuse de ces violentes attaques.",
      "Les heureuses nouvelles : une paix durable, un accord historique.",
  };
  std::vector<AnalyzedText> analyzed(texts.size());
  for (size_t i = 0; i < texts.size(); ++i) {
    Document doc;
    doc.id = "t";
    doc.language = "fr";
    doc.text = texts[i];
    gkg_test::FrontEndPipeline().Analyze(doc, &analyzed[i]);
  }
  std::vector<Tone> alone(texts.size());
  std::vector<std::vector<Tone>> alone_sentences(texts.size());
  double polarity = 0;
  for (size_t i = 0; i < texts.size(); ++i) {
    std::thread([&, i] {
      Scorer().Score(analyzed[i], &alone[i], &alone_sentences[i]);
    }).join();
    polarity += alone[i].polarity;
  }
  EXPECT_GT(polarity, 0);  // the texts have words the lexicon scores
  Tone tone;
  std::vector<Tone> sentences;
  for (int round = 0; round < 3; ++round) {
    for (size_t i = 0; i < texts.size(); ++i) {
      Scorer().Score(analyzed[i], &tone, &sentences);
      EXPECT_EQ(tone.positive, alone[i].positive) << texts[i] << round;
      EXPECT_EQ(tone.negative, alone[i].negative) << texts[i] << round;
      EXPECT_EQ(tone.word_count, alone[i].word_count) << texts[i] << round;
      ASSERT_EQ(sentences.size(), alone_sentences[i].size());
      for (size_t s = 0; s < sentences.size(); ++s) {
        EXPECT_EQ(sentences[s].tone, alone_sentences[i][s].tone) << texts[i];
      }
    }
  }
}

TEST(ToneDict, ParsesEntriesAndModifiers) {
  auto dict = ParseToneDict(
      "# header\n"
      "-3.0 shelling   # comment\n"
      "+2 peace talks\n"
      "0 party\n"
      "negate not\n"
      "negate_ne n'\n"
      "negate_partner plus\n"
      "intensify 1.5 very\n"
      "self we\n",
      "t.txt");
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  ASSERT_EQ(dict->entries.size(), 3u);
  EXPECT_EQ(dict->entries[0].words, std::vector<std::string>{"shelling"});
  EXPECT_FLOAT_EQ(dict->entries[0].score, -0.75f);
  EXPECT_EQ(dict->entries[1].words,
            (std::vector<std::string>{"peace", "talks"}));
  EXPECT_FLOAT_EQ(dict->entries[1].score, 0.5f);
  EXPECT_EQ(dict->entries[2].score, 0);
  ASSERT_EQ(dict->modifiers.size(), 5u);
  EXPECT_EQ(dict->modifiers[0].kinds, kToneNegate);
  EXPECT_EQ(dict->modifiers[1].word, "n'");
  EXPECT_EQ(dict->modifiers[1].kinds, kToneNegateNe);
  EXPECT_EQ(dict->modifiers[2].kinds, kToneNegatePartner);
  EXPECT_EQ(dict->modifiers[3].kinds, kToneIntensify);
  EXPECT_FLOAT_EQ(dict->modifiers[3].factor, 1.5f);
  EXPECT_EQ(dict->modifiers[4].kinds, kToneSelf);
}

TEST(ToneDict, ErrorsNameFileAndLine) {
  struct Case {
    const char* text;
    const char* error;
  } cases[] = {
      {"-5 war\n", "t.txt:1: score must be a number in [-4, 4]"},
      {"3d war\n", "t.txt:1: score must be"},
      {"# c\n\nboost very\n", "t.txt:3: unknown kind 'boost'"},
      {"-1 a b c d e\n", "t.txt:1: phrase longer than 4 words"},
      {"-1\n", "t.txt:1: empty phrase"},
      {"intensify x very\n", "t.txt:1: intensify needs a factor"},
      {"intensify 0 very\n", "t.txt:1: intensify needs a factor"},
      {"negate two words\n", "t.txt:1: a modifier is one word"},
      {"negate\n", "t.txt:1: missing word"},
      {"1 peace\r\n2 Peace\n", "t.txt:2: duplicate phrase"},
      {"self we\nself WE\n", "t.txt:2: duplicate"},
  };
  for (const Case& c : cases) {
    auto dict = ParseToneDict(c.text, "t.txt");
    ASSERT_FALSE(dict.ok()) << c.text;
    EXPECT_NE(dict.status().message().find(c.error), std::string::npos)
        << dict.status().message();
  }
  // The same word may be a modifier of two kinds.
  EXPECT_TRUE(ParseToneDict("negate pas\nnegate_partner pas\n", "t").ok());
}

TEST(ToneDict, PhraseWordsFollowTheTokenizer) {
  using V = std::vector<std::string>;
  EXPECT_EQ(TonePhraseWords("prise d'otages"), (V{"prise", "d'", "otages"}));
  EXPECT_EQ(TonePhraseWords("coup d'État"), (V{"coup", "d'", "État"}));
  EXPECT_EQ(TonePhraseWords("can't  stand"), (V{"ca", "n't", "stand"}));
  EXPECT_EQ(TonePhraseWords("aujourd'hui"), (V{"aujourd'hui"}));
  EXPECT_EQ(TonePhraseWords("n't"), (V{"n't"}));
  EXPECT_EQ(TonePhraseWords(" "), V{});
}

TEST(ToneDict, CompiledTsvRoundTrips) {
  const std::vector<ToneEntry> entries = {{{"war"}, -0.725f},
                                          {{"ca", "n't", "stand"}, -0.5f}};
  const std::string tsv = FormatToneTsv(entries, "test");
  auto parsed = ParseToneTsv(tsv, "x.tsv");
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  ASSERT_EQ(parsed->size(), 2u);
  EXPECT_EQ((*parsed)[0].words,
            (std::vector<std::string>{"ca", "n't", "stand"}));
  EXPECT_FLOAT_EQ((*parsed)[1].score, -0.725f);

  EXPECT_NE(ParseToneTsv("# h\nwar\n", "x.tsv")
                .status()
                .message()
                .find("x.tsv:2: expected KEY<TAB>SCORE"),
            std::string::npos);
  EXPECT_NE(ParseToneTsv("war\t-2\n", "x.tsv")
                .status()
                .message()
                .find("x.tsv:1: score must be in [-1, 1]"),
            std::string::npos);
}

TEST(ToneDict, ReadsVaderModule) {
  auto entries = ParseVaderLexiconJs(
      "/**\n * header\n */\n"
      "export const lexicon = {\n"
      "  '$:': -1.5,\n"
      "  '..###-:': -1.7,\n"  // '#' is no comment in JavaScript
      "  \"can't stand\": -2.0,\n"
      "  'it\\'s': 1,\n"
      "  good: 1.9,\n"
      "  good: 2.0\n"
      "};\n",
      "v.js");
  ASSERT_TRUE(entries.ok()) << entries.status().ToString();
  ASSERT_EQ(entries->size(), 3u);  // the emoticon is dropped
  EXPECT_EQ((*entries)[0].words,
            (std::vector<std::string>{"ca", "n't", "stand"}));
  EXPECT_FLOAT_EQ((*entries)[0].score, -0.5f);
  EXPECT_FLOAT_EQ((*entries)[1].score, 0.5f);  // the last "good" wins
  EXPECT_EQ((*entries)[2].words, std::vector<std::string>{"it's"});

  EXPECT_NE(
      ParseVaderLexiconJs("export const lexicon = {\n  good 1.9,\n};", "v.js")
          .status()
          .message()
          .find("v.js:2: expected key: score"),
      std::string::npos);
  EXPECT_NE(
      ParseVaderLexiconJs("export const lexicon = {\n  'x: 1,\n};", "v.js")
          .status()
          .message()
          .find("v.js:2: unterminated key"),
      std::string::npos);
  EXPECT_FALSE(ParseVaderLexiconJs("const x = 1;\n", "v.js").ok());
  EXPECT_FALSE(
      ParseVaderLexiconJs("export const lexicon = {\n a: 1,\n", "v.js").ok());
}

TEST(ToneDict, ReadsPatternJson) {
  auto entries =
      ParsePatternJson("{\"bon\": 0.7, \"horribl\": -1, \":)\": 1}", "p.json");
  ASSERT_TRUE(entries.ok()) << entries.status().ToString();
  ASSERT_EQ(entries->size(), 2u);
  EXPECT_EQ((*entries)[0].words, std::vector<std::string>{"bon"});
  EXPECT_FLOAT_EQ((*entries)[1].score, -1.0f);
  EXPECT_NE(ParsePatternJson("{\n\"a\": }", "p.json")
                .status()
                .message()
                .find("p.json:2: invalid JSON"),
            std::string::npos);
  EXPECT_FALSE(ParsePatternJson("[1, 2]", "p.json").ok());
  EXPECT_FALSE(ParsePatternJson("{\"a\": \"x\"}", "p.json").ok());
}

TEST(Tone, LoadNamesMissingFile) {
  auto s = ToneScorer::Load("/nonexistent-data", DictDir());
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("/nonexistent-data/tone_en.tsv"),
            std::string::npos);
}

// Issue 6, check 2 (tone part): the example article reads as negative.
TEST(Tone, ExampleArticleIsNegative) {
  const auto article = gkg_test::ExampleArticle();
  if (!article) GTEST_SKIP() << gkg_test::kExampleArticle << " absent";
  std::vector<Tone> sentences;
  const Tone t = DocumentTone(*article, "fr", &sentences);
  size_t negative = 0, positive = 0;
  for (const Tone& s : sentences) {
    negative += s.tone < 0;
    positive += s.tone > 0;
  }
  std::cout << "example article: tone " << t.tone << " (positive " << t.positive
            << ", negative " << t.negative << ", polarity " << t.polarity
            << ", activity " << t.activity << ", self " << t.self_reference
            << ", " << t.word_count << " words; " << negative
            << " negative and " << positive << " positive of "
            << sentences.size() << " sentences)\n";
  EXPECT_LT(t.tone, 0);
  EXPECT_GT(negative, positive);
}

}  // namespace
}  // namespace tocsin
