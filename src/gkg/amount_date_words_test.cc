// The amounts-and-dates word lists: the file parser (values, errors with
// file:line), phrase splitting, lookups, the numeral reader, and the
// shipped dict files.
#include "gkg/amount_date_words.h"

#include <gtest/gtest.h>

#include <cctype>
#include <map>
#include <set>

#include "dict/fold.h"
#include "util/files.h"
#include "util/lines.h"

namespace tocsin {
namespace {

std::vector<uint64_t> Keys(const AmountDateWords& words,
                           const std::vector<std::string>& tokens) {
  std::vector<uint64_t> keys;
  for (const std::string& t : tokens) keys.push_back(words.TokenKey(t));
  return keys;
}

TEST(AmountDateWords, ParsesKindsAndValues) {
  auto words = AmountDateWords::Parse(
      "# comment\n"
      "number 12 douze\n"
      "number 20 vingt\n"
      "multiplier 20 vingt   # both\n"
      "approx près de\n"
      "relative_week -1 la semaine dernière\n"
      "month 10 Oct.\n"
      "relative_year -1 l'an dernier\n",
      "t.txt");
  ASSERT_TRUE(words.ok()) << words.status().ToString();
  EXPECT_EQ(words->max_tokens(), 3);
  const AmountDateWord* vingt = words->FindWord("VINGT");
  ASSERT_NE(vingt, nullptr);
  EXPECT_EQ(vingt->kinds, kAdNumber | kAdMultiplier);
  EXPECT_EQ(vingt->number, 20);
  EXPECT_EQ(vingt->multiplier, 20);
  EXPECT_EQ(words->WordKinds("oct."), kAdMonth);
  EXPECT_EQ(words->WordKinds("oct"), 0u);

  int len = 0;
  const auto pres = Keys(*words, {"Près", "de", "12"});
  EXPECT_NE(words->Longest(pres.data(), 3, kAdApprox, &len), nullptr);
  EXPECT_EQ(len, 2);
  EXPECT_EQ(words->Longest(pres.data(), 3, kAdMonth, &len), nullptr);
  const auto an = Keys(*words, {"en", "l'", "an", "dernier"});
  const AmountDateWord* w =
      words->LongestEndingAt(an.data(), 0, 4, kAdRelativeYear, &len);
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(len, 3);
  EXPECT_EQ(w->offset, -1);
  EXPECT_EQ(words->LongestEndingAt(an.data(), 2, 4, kAdRelativeYear, &len),
            nullptr);  // may not reach back before token 2
  const auto semaine = Keys(*words, {"la", "semaine", "derniere"});
  EXPECT_NE(words->Longest(semaine.data(), 3, kAdRelativeWeek, &len), nullptr);
}

// Short ASCII tokens are read as packed bytes (one load when the buffer
// allows it), others folded: every path must give the same id.
TEST(AmountDateWords, TokenKeysIgnoreCaseAndAccents) {
  auto words = AmountDateWords::Parse(
      "relative_week -1 la semaine dernière\nmonth 12 décembre\n"
      "approx quelque\nmonth_part mi\n",
      "t.txt");
  ASSERT_TRUE(words.ok()) << words.status().ToString();
  const std::string buffer = "DERNIERE dernière Décembre DECEMBRE QUELQUE  ";
  auto key = [&](size_t at, size_t n) {
    return words->TokenKey(std::string_view(buffer).substr(at, n),
                           buffer.size() - at);
  };
  const uint64_t derniere = words->TokenKey("dernière");
  ASSERT_NE(derniere, 0u);
  EXPECT_EQ(key(0, 8), derniere);                    // packed, one load
  EXPECT_EQ(words->TokenKey("DERNIERE"), derniere);  // packed, byte by byte
  EXPECT_EQ(key(9, 9), derniere);                    // folded
  const uint64_t decembre = words->TokenKey("décembre");
  ASSERT_NE(decembre, 0u);
  EXPECT_EQ(key(19, 9), decembre);
  EXPECT_EQ(key(29, 8), decembre);
  EXPECT_EQ(key(38, 7), words->TokenKey("quelque"));
  EXPECT_EQ(words->TokenKey("quelques"), 0u);
  EXPECT_EQ(words->TokenKey("semaines"), 0u);
  EXPECT_EQ(words->PrefixKinds("mi-octobre", 10), kAdMonthPart);
  // `readable` may pass the token only where the buffer goes on, as the
  // normalised text does after a token.
  const std::string padded =
      std::string("mi-oct semaine") + std::string(8, ' ');
  EXPECT_EQ(
      words->PrefixKinds(std::string_view(padded).substr(0, 6), padded.size()),
      kAdMonthPart);
  EXPECT_EQ(words->PrefixKinds(std::string_view(padded).substr(7, 7),
                               padded.size() - 7),
            0u);
}

// The fast token lookups (packed bytes, letter filter, Latin-1 folding; and
// by FoldKey) against the obvious reference: two words match when dict/fold.h
// folds them to the same string. Every word of the shipped lists is tried in
// several spellings, and so are words that must not match.
TEST(AmountDateWords, TokenKeyAgreesWithFolding) {
  const std::string dict = std::string(TOCSIN_SOURCE_DIR) + "/dict";
  for (const char* lang : {"en", "fr"}) {
    auto words = AmountDateWords::Load(dict, lang);
    ASSERT_TRUE(words.ok()) << words.status().ToString();
    auto text = ReadFileToString(dict + "/" + lang + "/amounts_dates.txt");
    ASSERT_TRUE(text.ok());
    std::map<std::string, uint64_t> id_of_folded;  // the reference
    std::vector<std::string> tried;
    LineReader lines(*text);
    std::string_view line;
    while (lines.Next(&line)) {
      line = StripComment(line);
      if (line.empty()) continue;
      for (const std::string& t : AmountDatePhraseTokens(line)) {
        std::string upper = t, capital = t;
        for (char& c : upper) c = static_cast<char>(std::toupper(c));
        capital[0] = static_cast<char>(std::toupper(capital[0]));
        for (const std::string& v :
             {t, upper, capital, FoldString(t), t + "s", t + "x", "x" + t}) {
          tried.push_back(v);
        }
      }
    }
    for (const char* extra : {"semaines", "dernieres", "DÉCEMBRE", "Août",
                              "ÉTÉ", "été", "à", "À", "œuvre", "straße"}) {
      tried.push_back(extra);
    }
    // Which tried words are (by the reference) words of the lists: those
    // whose folded form equals a parsed phrase token's folded form.
    std::set<std::string> listed;
    lines = LineReader(*text);
    while (lines.Next(&line)) {
      line = StripComment(line);
      if (line.empty()) continue;
      const size_t gap = line.find(' ');
      std::string_view rest = line.substr(gap + 1);
      if (!rest.empty() && (std::isdigit(rest[0]) || rest[0] == '-')) {
        rest = rest.substr(rest.find(' ') + 1);  // the value
      }
      for (const std::string& t : AmountDatePhraseTokens(rest)) {
        listed.insert(FoldString(t));
      }
    }
    for (const std::string& w : tried) {
      const std::string padded = w + "        ";
      const uint64_t fast = words->TokenKey(w);
      const uint64_t loaded = words->TokenKey(
          std::string_view(padded).substr(0, w.size()), padded.size());
      EXPECT_EQ(fast, loaded) << lang << " " << w;
      // The pipeline's path: the id from the token's FoldKey.
      EXPECT_EQ(words->TokenKeyOfFold(FoldKey(w)), fast) << lang << " " << w;
      const std::string folded = FoldString(w);
      EXPECT_EQ(fast != 0, listed.count(folded) > 0) << lang << " " << w;
      if (fast == 0) continue;
      auto [it, fresh] = id_of_folded.emplace(folded, fast);
      EXPECT_EQ(it->second, fast) << lang << " " << w;
    }
  }
}

TEST(AmountDateWords, ErrorsNameTheLine) {
  struct {
    const char* text;
    const char* error;
  } cases[] = {
      {"number 2 deux\nnombre 3 trois\n", "t.txt:2: unknown kind 'nombre'"},
      {"number deux\n", "t.txt:1: number needs a number first"},
      {"month 13 smarch\n", "t.txt:1: value out of range for month"},
      {"weekday 2.5 mardi\n", "t.txt:1: value out of range for weekday"},
      {"multiplier 1 un\n", "t.txt:1: value out of range for multiplier"},
      {"approx\n", "t.txt:1: empty phrase"},
      {"\n\nnumber 12\n", "t.txt:3: empty phrase"},
      {"approx a b c d e f\n", "t.txt:1: phrase too long"},
      {"approx about\napprox About\n", "t.txt:2: duplicate approx 'About'"},
      {"number 2 deux\nnumber 3 deux\n", "t.txt:2: duplicate number 'deux'"},
      {"number 2 deux\nweak_number 3 deux\n",
       "t.txt:2: conflicting values for 'deux'"},
  };
  for (const auto& c : cases) {
    auto words = AmountDateWords::Parse(c.text, "t.txt");
    ASSERT_FALSE(words.ok()) << c.text;
    EXPECT_EQ(words.status().message(), c.error) << c.text;
  }
}

TEST(AmountDateWords, PhraseTokens) {
  using V = std::vector<std::string>;
  EXPECT_EQ(AmountDatePhraseTokens("l'an dernier"), (V{"l'", "an", "dernier"}));
  EXPECT_EQ(AmountDatePhraseTokens("jusqu\xE2\x80\x99"
                                   "en"),
            (V{"jusqu'", "en"}));
  EXPECT_EQ(AmountDatePhraseTokens("aujourd'hui"), (V{"aujourd'hui"}));
  EXPECT_EQ(AmountDatePhraseTokens("o'clock"), (V{"o'clock"}));
  EXPECT_EQ(AmountDatePhraseTokens("  at   least "), (V{"at", "least"}));
}

TEST(AmountDateWords, Numerals) {
  struct {
    const char* text;
    bool ok;
    double value;
    bool plain;
    bool period_groups = true;
  } cases[] = {
      {"12", true, 12, true},
      {"2022", true, 2022, true},
      {"12 000", true, 12000, false},
      {"12\xC2\xA0"
       "000",
       true, 12000, false},
      {"12\xE2\x80\xAF"
       "000",
       true, 12000, false},
      {"12,000", true, 12000, false},
      {"12.000", true, 12000, false},
      {"12.000", true, 12, false, false},
      {"24.875", true, 24.875, false, false},
      {"1.200.000", true, 1200000, false, false},
      {"1 200 000", true, 1200000, false},
      {"1,200,000", true, 1200000, false},
      {"1.5", true, 1.5, false},
      {"3,5", true, 3.5, false},
      {"0,125", true, 0.125, false},
      {"1,200.50", true, 1200.5, false},
      {"12 000,50", true, 12000.5, false},
      {"12e", false, 0, false},
      {"14h30", false, 0, false},
      {"10-20", false, 0, false},
      {"10:30", false, 0, false},
      {"1,2,3", false, 0, false},
      {"12 00", false, 0, false},
      {"2022 000", false, 0, false},
      {"1,200 000", false, 0, false},
      {"", false, 0, false},
      {"1234567890123456", false, 0, false},
  };
  for (const auto& c : cases) {
    double value = -1;
    bool plain = false;
    EXPECT_EQ(ParseNumeral(c.text, c.period_groups, &value, &plain), c.ok)
        << c.text;
    if (c.ok) {
      EXPECT_DOUBLE_EQ(value, c.value) << c.text;
      EXPECT_EQ(plain, c.plain) << c.text;
    }
  }
}

TEST(AmountDateWords, ShippedFilesLoad) {
  const std::string dict = std::string(TOCSIN_SOURCE_DIR) + "/dict";
  for (const char* lang : {"en", "fr"}) {
    auto words = AmountDateWords::Load(dict, lang);
    ASSERT_TRUE(words.ok()) << words.status().ToString();
    EXPECT_GT(words->size(), 150u) << lang;
  }
  auto missing = AmountDateWords::Load(dict, "xx");
  EXPECT_FALSE(missing.ok());
}

// Token() carries the kinds of a token's one-word phrase (which the
// document pass reads without following the word), 0 when it has none.
TEST(AmountDateWords, TokenInfoKindsAreTheWordsKinds) {
  auto words = AmountDateWords::Parse(
      "number 20 vingt\n"
      "multiplier 20 vingt\n"
      "approx près de\n"
      "month 10 octobre\n",
      "t.txt");
  ASSERT_TRUE(words.ok()) << words.status().ToString();
  struct Case {
    const char* token;
    uint32_t kinds, first_kinds;
  };
  const Case cases[] = {
      {"vingt", kAdNumber | kAdMultiplier, kAdNumber | kAdMultiplier},
      {"Octobre", kAdMonth, kAdMonth},
      {"près", 0, kAdApprox},
      {"de", 0, 0},
  };
  for (const Case& c : cases) {
    const AmountDateWords::TokenInfo info =
        words->Token(words->TokenKey(c.token));
    EXPECT_EQ(info.kinds, c.kinds) << c.token;
    EXPECT_EQ(info.first_kinds, c.first_kinds) << c.token;
    EXPECT_EQ(info.kinds, info.word == nullptr ? 0u : info.word->kinds)
        << c.token;
  }
}

}  // namespace
}  // namespace tocsin
