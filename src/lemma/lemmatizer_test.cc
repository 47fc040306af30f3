#include "lemma/lemmatizer.h"

#include <gtest/gtest.h>

#include <sstream>
#include <thread>
#include <vector>

#include "dict/fold.h"
#include "lemma/casefold.h"
#include "lemma/lemma_eval.h"
#include "util/paths.h"

namespace tocsin {
namespace {

class LemmatizerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto l = Lemmatizer::Open(DataDir());
    ASSERT_TRUE(l.ok()) << l.status().ToString();
    lemmatizer_ = std::move(*l).release();
  }
  static void TearDownTestSuite() {
    delete lemmatizer_;
    lemmatizer_ = nullptr;
  }

  // Splits `sentence` on spaces into tokens flagged and classed as the
  // tokenizer would (see BuildGoldText), and lemmatises it.
  static AnalyzedText Run(std::string_view language,
                          const std::string& sentence) {
    ConlluSentence s;
    std::istringstream words(sentence);
    std::string w;
    while (words >> w) {
      ConlluWord word;
      word.form = w;
      s.words.push_back(word);
    }
    AnalyzedText text;
    BuildGoldText(s, language, &text);
    lemmatizer_->LemmatizeSentence(
        language, 0, static_cast<uint32_t>(text.tokens.size()), &text);
    return text;
  }

  static Lemmatizer* lemmatizer_;
};
Lemmatizer* LemmatizerTest::lemmatizer_ = nullptr;

struct LemmaCase {
  const char* sentence;
  int token;  // index of the token under test
  const char* lemma;
  WordClass word_class;
};

void Check(std::string_view language, const LemmaCase& c,
           const AnalyzedText& t) {
  ASSERT_LT(static_cast<size_t>(c.token), t.tokens.size()) << c.sentence;
  const Token& tok = t.tokens[c.token];
  EXPECT_EQ(t.Lemma(tok), c.lemma)
      << language << ": " << c.sentence << " [" << t.Normalized(tok) << "]";
  if (c.word_class != WordClass::kUnknown) {
    EXPECT_EQ(WordClassName(tok.word_class), WordClassName(c.word_class))
        << language << ": " << c.sentence << " [" << t.Normalized(tok) << "]";
  }
}

constexpr WordClass kAny = WordClass::kUnknown;
constexpr WordClass kVerb = WordClass::kVerb;
constexpr WordClass kAux = WordClass::kAuxiliary;
constexpr WordClass kNoun = WordClass::kNoun;
constexpr WordClass kAdj = WordClass::kAdjective;
constexpr WordClass kDet = WordClass::kDeterminer;
constexpr WordClass kPron = WordClass::kPronoun;
constexpr WordClass kPropn = WordClass::kProperNoun;
constexpr WordClass kAdp = WordClass::kAdposition;
constexpr WordClass kSconj = WordClass::kSubordConj;
constexpr WordClass kPart = WordClass::kParticle;

const LemmaCase kFrench[] = {
    {"Les rebelles ont abandonné la ville .", 3, "abandonner", kVerb},
    {"Les rebelles ont abandonné la ville .", 2, "avoir", kAux},
    {"Le ministre a affirmé que Kiev résisterait .", 3, "affirmer", kVerb},
    {"Le ministre a affirmé que Kiev résisterait .", 4, "que", kSconj},
    {"Moscou a menacé l' Ukraine .", 2, "menacer", kVerb},
    {"Moscou menace l' Ukraine .", 1, "menacer", kVerb},
    {"Moscou menaçait l' Ukraine .", 1, "menacer", kVerb},
    {"Ils menaceront la capitale .", 1, "menacer", kVerb},
    {"La menace est réelle .", 1, "menace", kNoun},
    {"La menace est réelle .", 2, "être", kAux},
    {"Elles se sont retirées de Lyman .", 3, "retirer", kVerb},
    {"Elles se sont retirées de Lyman .", 1, "soi", kPron},
    {"Elles se sont retirées de Lyman .", 0, "eux", kPron},
    {"Les troupes russes avancent .", 1, "troupe", kNoun},
    {"Les troupes russes avancent .", 0, "le", kDet},
    {"Les troupes russes avancent .", 3, "avancer", kVerb},
    {"Les forces ukrainiennes reprennent la ville .", 2, "ukrainien", kAdj},
    {"Les forces ukrainiennes reprennent la ville .", 3, "reprendre", kVerb},
    {"Le village n' a pas été bombardé .", 6, "bombarder", kVerb},
    {"Le village n' a pas été bombardé .", 5, "être", kAux},
    {"Le village n' a pas été bombardé .", 3, "avoir", kAux},
    {"Les soldats ont déjà abandonné leurs positions .", 4, "abandonner",
     kVerb},
    {"Les soldats ont déjà abandonné leurs positions .", 5, "son", kDet},
    {"A -t-il vraiment signé l' accord ?", 3, "signer", kVerb},
    {"A -t-il vraiment signé l' accord ?", 1, "lui", kPron},
    {"Il la menace depuis hier .", 1, "lui", kPron},
    {"Il la menace depuis hier .", 2, "menacer", kVerb},
    {"Il parle de la menace nucléaire .", 3, "le", kDet},
    {"Il parle de la menace nucléaire .", 4, "menace", kNoun},
    {"Il leur a parlé .", 1, "eux", kPron},
    {"Il a de l' argent .", 1, "avoir", kVerb},
    {"Le ministre est malade .", 2, "être", kAux},
    {"Le président Zelensky a parlé .", 2, "Zelensky", kPropn},
    {"Le train transportait des munitions .", 3, "un", kDet},
    {"C' est la libération des otages .", 4, "de", kAdp},
    {"Le projet que nous avons voté .", 2, "que", kPron},
    {"Les combattants tués étaient nombreux .", 2, "tuer", kVerb},
    {"En se retirant , les troupes ont perdu des chars .", 2, "retirer", kVerb},
    {"Kadyrov a appelé à utiliser des armes nucléaires .", 6, "arme", kNoun},
    {"Kadyrov a appelé à utiliser des armes nucléaires .", 5, "un", kDet},
    {"Kadyrov a appelé à utiliser des armes nucléaires .", 2, "appeler", kVerb},
    {"L' armée a annoncé 300 morts .", 0, "le", kDet},
    {"Les séparatistes pro-russes ont attaqué .", 2, "pro-russe", kAny},
    {"Une forte explosion a eu lieu .", 1, "fort", kAdj},
    {"Il n' y a pas de preuves .", 5, "un", kDet},
};

TEST_F(LemmatizerTest, French) {
  for (const LemmaCase& c : kFrench) Check("fr", c, Run("fr", c.sentence));
}

const LemmaCase kEnglish[] = {
    {"Russian forces shelled the city .", 2, "shell", kVerb},
    // A past form between a noun and an article or a number is the verb.
    {"A gunman shot three soldiers .", 2, "shoot", kVerb},
    {"Police shot the driver .", 1, "shoot", kVerb},
    {"His shot went wide .", 1, "shot", kNoun},
    {"Rebels fought government troops .", 1, "fight", kVerb},
    {"Rebels fought government troops .", 3, "troop", kNoun},
    {"Moscow is threatening Kyiv .", 2, "threaten", kVerb},
    {"Moscow is threatening Kyiv .", 1, "be", kAux},
    {"The attack killed three children .", 4, "child", kNoun},
    {"The attack killed three children .", 2, "kill", kVerb},
    {"They want a better deal .", 3, "good", kAdj},
    {"The army stopped the convoy .", 2, "stop", kVerb},
    {"Russia 's army retreated .", 1, "'s", kPart},
    {"Russia 's army retreated .", 0, "Russia", kPropn},
    {"Russia 's army retreated .", 3, "retreat", kVerb},
    {"He 's leaving .", 1, "be", kAux},
    {"The rebels have seized the airport .", 3, "seize", kVerb},
    {"The rebels have seized the airport .", 2, "have", kAux},
    {"They have weapons .", 1, "have", kVerb},
    {"Police arrested him yesterday .", 2, "he", kPron},
    {"The ministers were meeting in Paris .", 1, "minister", kNoun},
    {"The ministers were meeting in Paris .", 3, "meet", kVerb},
    {"She did not attend the summit .", 3, "attend", kVerb},
    {"She did not attend the summit .", 1, "do", kAux},
    {"The troops tried to stop the attacks .", 4, "stop", kVerb},
    {"The troops tried to stop the attacks .", 3, "to", kPart},
    {"The troops tried to stop the attacks .", 6, "attack", kNoun},
    {"The biggest protests took place .", 1, "big", kAdj},
    {"The biggest protests took place .", 3, "take", kVerb},
    {"Demonstrators were injured in clashes .", 2, "injure", kVerb},
    {"Talks between the two sides failed .", 4, "side", kNoun},
    {"Russian forces shelled Kharkiv .", 0, "Russian", kAdj},
    {"Russian forces shelled Kharkiv .", 1, "force", kNoun},
    {"The Kremlin called for talks .", 1, "Kremlin", kPropn},
    {"The Kremlin called for talks .", 4, "talk", kNoun},
    {"Moscow 's supply lines were cut .", 2, "supply", kNoun},
    {"The envoy left after a brief private visit to Rome .", 7, "visit", kNoun},
    {"The troops visit the front .", 2, "visit", kVerb},
    {"Iranian-backed militias attacked the base .", 0, "iranian-backed", kAdj},
    {"Police and Moscow-backed separatists clashed .", 2, "moscow-backed",
     kAdj},
    // A month spelled like a verb or a modal names the month before a
    // number or after a preposition.
    {"March 5 saw new protests .", 0, "March", kPropn},
    {"The rally began on March 8 .", 4, "March", kPropn},
    {"Talks resumed in May .", 3, "May", kPropn},
    {"In May 2021 the army struck .", 1, "May", kPropn},
    {"The army may strike .", 2, "may", kAux},
    {"Protesters will march on Sunday .", 2, "march", kVerb},
    // An unknown -ed word after have is a participle; its lemma drops -ed
    // and a doubled final consonant.
    {"Police have cordoned off the area .", 2, "cordon", kVerb},
    {"Hackers have doxxed the minister .", 2, "dox", kVerb},
    // Adverbs between an auxiliary and its verb are adverbs, and the verb
    // after them is the verb.
    {"Rebels did not even ever clash with the army .", 3, "even",
     WordClass::kAdverb},
    {"Rebels did not even ever clash with the army .", 5, "clash", kVerb},
};

TEST_F(LemmatizerTest, English) {
  for (const LemmaCase& c : kEnglish) Check("en", c, Run("en", c.sentence));
}

TEST_F(LemmatizerTest, TokenizerClassesAreKept) {
  AnalyzedText t = Run("fr", "Il a tué 12 soldats , dit @afp .");
  EXPECT_EQ(t.tokens[3].word_class, WordClass::kNumeral);
  EXPECT_EQ(t.Lemma(t.tokens[3]), "12");
  EXPECT_EQ(t.tokens[5].word_class, WordClass::kPunctuation);
  EXPECT_EQ(t.Lemma(t.tokens[4]), "soldat");
}

TEST_F(LemmatizerTest, OtherLanguagesAreLowerCased) {
  AnalyzedText t = Run("de", "Die Truppen ZOGEN ab");
  EXPECT_EQ(t.Lemma(t.tokens[0]), "die");
  EXPECT_EQ(t.Lemma(t.tokens[2]), "zogen");
  EXPECT_EQ(t.tokens[1].word_class, WordClass::kUnknown);
}

TEST_F(LemmatizerTest, SentenceRangeIsRespectedAndClamped) {
  AnalyzedText t = Run("fr", "Les troupes avancent");
  lemmatizer_->LemmatizeSentence("fr", 2, 99, &t);  // clamped, no crash
  lemmatizer_->LemmatizeSentence("fr", 5, 2, &t);   // empty range
  EXPECT_EQ(t.Lemma(t.tokens[2]), "avancer");
}

// The lemmatizer looks tokens up in pipelined chunks of 16 (lemmatizer.cc);
// a clause repeated across several chunk boundaries must be analysed the
// same wherever it falls, including as the last, partial chunk.
TEST_F(LemmatizerTest, LongSentenceIsTheSameInEveryChunk) {
  const std::string clause = "les soldats ont abandonné leurs positions et";
  std::string sentence;
  for (int i = 0; i < 9; ++i) sentence += clause + " ";  // 63 tokens
  sentence += "partent .";
  const AnalyzedText t = Run("fr", sentence);
  ASSERT_EQ(t.tokens.size(), 65u);
  for (size_t i = 0; i + 2 < t.tokens.size(); i += 7) {
    EXPECT_EQ(t.Lemma(t.tokens[i + 1]), "soldat") << i;
    EXPECT_EQ(t.Lemma(t.tokens[i + 2]), "avoir") << i;
    EXPECT_EQ(t.Lemma(t.tokens[i + 3]), "abandonner") << i;
    EXPECT_EQ(t.tokens[i + 3].word_class, WordClass::kVerb) << i;
    EXPECT_EQ(t.Lemma(t.tokens[i + 5]), "position") << i;
  }
  EXPECT_EQ(t.Lemma(t.tokens[63]), "partir");
}

// The token keys the lemmatizer sets (from its analysis cache, or by
// folding its first analysis) must equal folding what it wrote, token by
// token: on a first sight of a word and on a cache hit, when the context
// rules pick another analysis than the first, for lemmas it builds (guesses,
// prefixed compounds) and for the tokenizer's classes.
TEST_F(LemmatizerTest, TokenKeysAreTheFoldedFormAndLemma) {
  const struct {
    const char* language;
    const char* sentence;
  } kKeyCases[] = {
      {"fr", "Les soldats ont abandonné leurs positions ."},
      {"fr", "L' ex-Président a affirmé que les vététistes zorglubaient ."},
      {"fr", "L' ÉLYSÉE CONDAMNE 12 frappes , dit @afp #Ukraine ."},
      {"fr", "Elle est rentrée , la porte est fermée ."},
      {"en", "Russian forces shelled the city and fought back ."},
      {"en", "The U.S. Army 's drills were WIDELY criticised ."},
      {"en", "Xqzt blorfed the glimmerings yesterday ."},
      {"de", "Die Truppen ZOGEN ab ."},
  };
  for (const auto& c : kKeyCases) {
    for (int pass = 0; pass < 2; ++pass) {
      const AnalyzedText t = Run(c.language, c.sentence);
      ASSERT_EQ(t.form_keys.size(), t.tokens.size()) << c.sentence;
      ASSERT_EQ(t.lemma_keys.size(), t.tokens.size()) << c.sentence;
      for (size_t i = 0; i < t.tokens.size(); ++i) {
        const Token& tok = t.tokens[i];
        EXPECT_EQ(t.form_keys[i], FoldKey(t.Normalized(tok)))
            << c.sentence << " pass " << pass << " [" << t.Normalized(tok)
            << "]";
        EXPECT_EQ(t.lemma_keys[i], FoldKey(t.Lemma(tok)))
            << c.sentence << " pass " << pass << " [" << t.Lemma(tok) << "]";
      }
    }
  }
}

TEST_F(LemmatizerTest, ArenaIsReusedAcrossSentences) {
  AnalyzedText t = Run("fr", "Les troupes avancent vers Lyman .");
  const size_t capacity = t.lemmas.capacity();
  for (int i = 0; i < 100; ++i) {
    t.lemmas.clear();
    lemmatizer_->LemmatizeSentence("fr", 0, t.tokens.size(), &t);
  }
  EXPECT_EQ(t.lemmas.capacity(), capacity);
  EXPECT_EQ(t.Lemma(t.tokens[1]), "troupe");
}

// The lemmatizer is shared between threads; each thread has its own text.
TEST_F(LemmatizerTest, ConcurrentUseGivesTheSameLemmas) {
  const std::string fr = "Les soldats ont abandonné leurs positions .";
  const std::string en = "Russian forces shelled the city .";
  const AnalyzedText want_fr = Run("fr", fr), want_en = Run("en", en);
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int k = 0; k < 4; ++k) {
    threads.emplace_back([&, k] {
      for (int i = 0; i < 200; ++i) {
        const bool french = (i + k) % 2 == 0;
        AnalyzedText got = Run(french ? "fr" : "en", french ? fr : en);
        const AnalyzedText& want = french ? want_fr : want_en;
        for (size_t t = 0; t < got.tokens.size(); ++t) {
          mismatches[k] +=
              got.Lemma(got.tokens[t]) != want.Lemma(want.tokens[t]);
        }
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

TEST(CasefoldTest, LowercasesAsciiAndAccentedLetters) {
  char buf[64];
  EXPECT_EQ(LowercaseInto("ÉTATS-UNIS", buf, sizeof(buf)), "états-unis");
  EXPECT_EQ(LowercaseInto("Kyiv", buf, sizeof(buf)), "kyiv");
  EXPECT_EQ(LowercaseInto("", buf, sizeof(buf)), "");
  EXPECT_EQ(LowercaseInto("ÀÇ", buf, 3), "");         // does not fit
  EXPECT_EQ(LowercaseInto("\xFF\xFE", buf, 64), "");  // invalid UTF-8
  EXPECT_TRUE(HasUpper("aÉ"));
  EXPECT_FALSE(HasUpper("état-major"));
}

}  // namespace
}  // namespace tocsin
