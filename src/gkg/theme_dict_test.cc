// The theme dictionary parsers: taxonomy lines, pattern lines (alternatives,
// gaps, form-only words, exclusions, hyphen and elision splitting) and their
// "file:line" errors.
#include "gkg/theme_dict.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tocsin {
namespace {

constexpr char kTaxonomy[] =
    "# a comment\n"
    "\n"
    "WMD               wmd       -            Weapons of mass destruction\n"
    "WMD_NUCLEAR       wmd       WMD          Nuclear weapons  # why\n"
    "NUCLEAR_TACTICAL  wmd       WMD_NUCLEAR  Tactical nuclear weapons\n"
    "MIL_EXERCISE      military  -            Military exercises\n"
    "CEASEFIRE         diplomacy -            Ceasefires\n"
    "ENERGY            energy    -            Energy\n"
    "ENERGY_GAS        energy    ENERGY       Natural gas\r\n";

const ThemeTaxonomy& Taxonomy() {
  static const ThemeTaxonomy* taxonomy = [] {
    auto t = ThemeTaxonomy::Parse(kTaxonomy, "taxonomy.txt");
    EXPECT_TRUE(t.ok()) << t.status().ToString();
    return new ThemeTaxonomy(t.ok() ? std::move(*t) : ThemeTaxonomy());
  }();
  return *taxonomy;
}

TEST(ThemeTaxonomy, ParsesThemesInOrderWithParents) {
  const ThemeTaxonomy& t = Taxonomy();
  ASSERT_EQ(t.size(), 7u);
  EXPECT_EQ(t.themes()[0].id, "WMD");
  EXPECT_EQ(t.themes()[0].parent, -1);
  EXPECT_EQ(t.themes()[1].group, "wmd");
  EXPECT_EQ(t.themes()[1].description, "Nuclear weapons");
  EXPECT_EQ(t.themes()[2].parent, t.Find("WMD_NUCLEAR"));
  EXPECT_EQ(t.themes()[6].id, "ENERGY_GAS");
  EXPECT_EQ(t.themes()[6].description, "Natural gas");
  EXPECT_EQ(t.Find("ENERGY_GAS"), 6);
  EXPECT_EQ(t.Find("energy_gas"), -1);
  EXPECT_EQ(t.Find(""), -1);
}

TEST(ThemeTaxonomy, ErrorsNameFileAndLine) {
  struct Case {
    const char* text;
    const char* error;  // a prefix of the message
  } cases[] = {
      {"A a - x\nwmd wmd - x\n", "tax:2: bad theme id 'wmd'"},
      {"1A a - x\n", "tax:1: bad theme id '1A'"},
      {"A-B a - x\n", "tax:1: bad theme id 'A-B'"},
      {"A Wmd - x\n", "tax:1: bad group 'Wmd'"},
      {"A a -\n", "tax:1: a theme needs ID GROUP PARENT DESCRIPTION"},
      {"A a\n", "tax:1: a theme needs"},
      {"A a B x\nB a - x\n", "tax:1: parent 'B' is not defined"},
      {"A a - x\n\n# c\nA a - y\n", "tax:4: duplicate theme 'A'"},
      {"A a A x\n", "tax:1: parent 'A' is not defined"},
  };
  for (const Case& c : cases) {
    auto t = ThemeTaxonomy::Parse(c.text, "tax");
    ASSERT_FALSE(t.ok()) << c.text;
    EXPECT_EQ(t.status().message().rfind(c.error, 0), 0u)
        << c.text << " -> " << t.status().message();
  }
}

// "[!]w w|w *N w" per pattern, patterns joined by " ; ".
std::string Render(const std::vector<ThemePattern>& patterns) {
  std::string out;
  for (const ThemePattern& p : patterns) {
    if (!out.empty()) out += " ; ";
    out += Taxonomy().themes()[p.theme].id + " ";
    if (p.exclude) out += "!";
    for (size_t w = 0; w < p.words.size(); ++w) {
      if (w > 0) out += " ";
      if (p.words[w].max_gap_before > 0) {
        out += "*" + std::to_string(p.words[w].max_gap_before) + " ";
      }
      for (size_t a = 0; a < p.words[w].alternatives.size(); ++a) {
        if (a > 0) out += "|";
        out += p.words[w].alternatives[a];
      }
    }
  }
  return out;
}

std::string Parse(const std::string& text) {
  auto p = ParseThemePatterns(text, "t.txt", Taxonomy());
  if (!p.ok()) return "error: " + std::string(p.status().message());
  return Render(*p);
}

TEST(ThemePatterns, ParsesValidLines) {
  struct Case {
    const char* line;
    const char* want;
  } cases[] = {
      {"WMD_NUCLEAR arme nucléaire", "WMD_NUCLEAR arme nucleaire"},
      {"  WMD_NUCLEAR\tArme   NUCLÉAIRE  # trailing comment",
       "WMD_NUCLEAR arme nucleaire"},
      {"NUCLEAR_TACTICAL low|faible|Tactical yield",
       "NUCLEAR_TACTICAL low|faible|tactical yield"},
      {"WMD_NUCLEAR ogive * nucléaire", "WMD_NUCLEAR ogive *3 nucleaire"},
      {"WMD_NUCLEAR arme *5 nucléaire *1 tactique",
       "WMD_NUCLEAR arme *5 nucleaire *1 tactique"},
      {"WMD_NUCLEAR a *6 b", "WMD_NUCLEAR a *6 b"},
      // '=' is kept per alternative: form-only, folded.
      {"MIL_EXERCISE =Trains", "MIL_EXERCISE =trains"},
      {"MIL_EXERCISE =trains|convoi", "MIL_EXERCISE =trains|convoi"},
      // Exclusions, with or without a blank after '!'.
      {"ENERGY_GAS ! gaz lacrymogène", "ENERGY_GAS !gaz lacrymogene"},
      {"ENERGY_GAS !tear gas", "ENERGY_GAS !tear gas"},
      // Hyphenated words also match as separate tokens.
      {"CEASEFIRE cessez-le-feu",
       "CEASEFIRE cessez-le-feu ; CEASEFIRE cessez le feu"},
      {"CEASEFIRE =cease-fire",
       "CEASEFIRE =cease-fire ; CEASEFIRE =cease =fire"},
      {"NUCLEAR_TACTICAL low-yield|tactical * arme",
       "NUCLEAR_TACTICAL low-yield|tactical *3 arme ; "
       "NUCLEAR_TACTICAL low yield *3 arme"},
      {"NUCLEAR_TACTICAL arme *2 low-yield",
       "NUCLEAR_TACTICAL arme *2 low-yield ; NUCLEAR_TACTICAL arme *2 low "
       "yield"},
      {"MIL_EXERCISE - a", "MIL_EXERCISE - a"},  // a lone dash is a word
      // French elisions: the article is a token of its own.
      {"WMD_NUCLEAR stock d'armes", "WMD_NUCLEAR stock d' armes"},
      {"WMD_NUCLEAR =l'Arme", "WMD_NUCLEAR =l' =arme"},
      {"WMD_NUCLEAR l'avant-garde",
       "WMD_NUCLEAR l' avant-garde ; WMD_NUCLEAR l' avant garde"},
      {"WMD_NUCLEAR nation's arsenal", "WMD_NUCLEAR nation 's arsenal"},
      {"WMD_NUCLEAR =don't", "WMD_NUCLEAR =do =n't"},
      {"WMD_NUCLEAR qu'aujourd'hui", "WMD_NUCLEAR qu' aujourd'hui"},
      {"WMD_NUCLEAR 's arsenal", "WMD_NUCLEAR 's arsenal"},
      // Ligatures also match as two letters.
      {"MIL_EXERCISE manœuvre", "MIL_EXERCISE manœuvre|manoeuvre"},
      {"MIL_EXERCISE MANŒUVRE|drill", "MIL_EXERCISE manœuvre|manoeuvre|drill"},
      // Limits are inclusive.
      {"WMD a b c d e f g h", "WMD a b c d e f g h"},
      // Comments and blank lines yield nothing.
      {"# WMD nothing\n\n   \n", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Parse(c.line), c.want) << c.line;
  }
}

TEST(ThemePatterns, AcceptsThirtyTwoAlternatives) {
  std::string line = "WMD a0";
  for (int i = 1; i < kMaxThemeAlternatives; ++i) {
    line += "|a" + std::to_string(i);
  }
  auto p = ParseThemePatterns(line, "t.txt", Taxonomy());
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  ASSERT_EQ(p->size(), 1u);
  EXPECT_EQ((*p)[0].words[0].alternatives.size(), 32u);
  auto q = ParseThemePatterns(line + "|b", "t.txt", Taxonomy());
  ASSERT_FALSE(q.ok());
  EXPECT_EQ(q.status().message(), "t.txt:1: too many alternatives");
}

// '=' marks a whole alternative as form-only; after a hyphen it is a
// character, and the hyphen gives no separate-word variant (the fuzzer
// found a lone "=" word there).
TEST(ThemePatterns, AnEqualsSignAfterAHyphenMakesNoVariant) {
  auto p = ParseThemePatterns("ENERGY gaz-=x\nENERGY =gaz-naturel\n", "t.txt",
                              Taxonomy());
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  ASSERT_EQ(p->size(), 3u);  // gaz-=x; =gaz-naturel and its two words
  for (const ThemePattern& pattern : *p) {
    for (const ThemePatternWord& w : pattern.words) {
      for (const std::string& alt : w.alternatives) {
        EXPECT_NE(alt, "=");
      }
    }
  }
  EXPECT_EQ((*p)[2].words.size(), 2u);
  EXPECT_EQ((*p)[2].words[1].alternatives[0], "=naturel");
}

TEST(ThemePatterns, KeepsLineNumbersAndOrder) {
  auto p = ParseThemePatterns(
      "# header\n\nWMD_NUCLEAR arme nucléaire\r\n"
      "CEASEFIRE cessez-le-feu\n  # note\nENERGY_GAS ! gaz lacrymogène\n",
      "t.txt", Taxonomy());
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  ASSERT_EQ(p->size(), 4u);
  EXPECT_EQ((*p)[0].line, 3u);
  EXPECT_EQ((*p)[0].words[1].alternatives[0], "nucleaire");  // no '\r'
  EXPECT_EQ((*p)[1].line, 4u);
  EXPECT_EQ((*p)[2].line, 4u);
  EXPECT_EQ((*p)[3].line, 6u);
  EXPECT_EQ((*p)[3].theme, Taxonomy().Find("ENERGY_GAS"));
  EXPECT_TRUE((*p)[3].exclude);
  EXPECT_FALSE((*p)[0].exclude);
}

TEST(ThemePatterns, ErrorsNameFileAndLine) {
  const std::string nine = "WMD a b c d e f g h i";
  std::string hyphens = "WMD a";
  for (int i = 0; i < kMaxThemeVariants; ++i) {
    hyphens += " x-" + std::to_string(i);
  }
  struct Case {
    std::string text;
    std::string error;
  } cases[] = {
      {"FOO bar", "t.txt:1: unknown theme 'FOO'"},
      {"WMD ok\n# c\nwmd_nuclear arme", "t.txt:3: unknown theme 'wmd_nuclear'"},
      {"WMD_NUCLEAR a *7 b", "t.txt:1: bad gap '*7'"},
      {"WMD_NUCLEAR a *0 b", "t.txt:1: bad gap '*0'"},
      {"WMD_NUCLEAR a *x b", "t.txt:1: bad gap '*x'"},
      {"WMD_NUCLEAR a ** b", "t.txt:1: bad gap '**'"},
      {"WMD_NUCLEAR a *12 b", "t.txt:1: bad gap '*12'"},
      {"WMD_NUCLEAR * a", "t.txt:1: a pattern cannot start with a gap"},
      {"WMD_NUCLEAR ! *2 a", "t.txt:1: a pattern cannot start with a gap"},
      {"WMD_NUCLEAR a *", "t.txt:1: a pattern cannot end with a gap"},
      {"WMD_NUCLEAR a b *4", "t.txt:1: a pattern cannot end with a gap"},
      {"WMD_NUCLEAR a * * b", "t.txt:1: two gaps in a row"},
      {"WMD_NUCLEAR a * b * c * d", "t.txt:1: too many gaps"},
      {"WMD_NUCLEAR a||b", "t.txt:1: empty alternative in 'a||b'"},
      {"WMD_NUCLEAR a|", "t.txt:1: empty alternative in 'a|'"},
      {"WMD_NUCLEAR |a", "t.txt:1: empty alternative in '|a'"},
      {"WMD_NUCLEAR = a", "t.txt:1: empty alternative in '='"},
      {"WMD_NUCLEAR a|=", "t.txt:1: empty alternative in 'a|='"},
      {"WMD_NUCLEAR d\xE2\x80\x99"
       "armes",
       "t.txt:1: write apostrophes as ' in 'd\xE2\x80\x99"
       "armes'"},
      {"WMD_NUCLEAR a'=", "t.txt:1: empty word in 'a'='"},
      {"WMD_NUCLEAR \xC2\xAD", "t.txt:1: empty word in '\xC2\xAD'"},
      {"WMD_NUCLEAR a|=\xC2\xAD", "t.txt:1: empty word in 'a|=\xC2\xAD'"},
      {"WMD_NUCLEAR x|d'armes",
       "t.txt:1: an alternative must be one word: 'd'armes'"},
      {"WMD_NUCLEAR", "t.txt:1: empty pattern"},
      {"WMD_NUCLEAR !", "t.txt:1: empty pattern"},
      {"WMD_NUCLEAR # comment", "t.txt:1: empty pattern"},
      {nine, "t.txt:1: pattern longer than 8 words"},
      // Elisions and hyphens count as the words they split into.
      {"WMD a b c d e f g d'h", "t.txt:1: pattern longer than 8 words"},
      {"WMD a b c d e f g h-i", "t.txt:1: pattern longer than 8 words"},
      {hyphens, "t.txt:1: too many hyphenated spellings"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Parse(c.text), "error: " + c.error) << c.text;
  }
}

// Hostile input fails fast on its first bad line instead of expanding.
TEST(ThemePatterns, LongInputsFailQuickly) {
  std::string words = "WMD";
  for (int i = 0; i < 100000; ++i) words += " w";
  EXPECT_EQ(Parse(words), "error: t.txt:1: pattern longer than 8 words");
  std::string dashes = "WMD a";
  for (int i = 0; i < 100000; ++i) dashes += "-b";
  EXPECT_EQ(Parse(dashes), "error: t.txt:1: pattern longer than 8 words");
  std::string bars = "WMD a";
  for (int i = 0; i < 100000; ++i) bars += "|b";
  EXPECT_EQ(Parse(bars), "error: t.txt:1: too many alternatives");
}

TEST(ThemeWordTokens, SplitsElisionsOnly) {
  struct Case {
    const char* word;
    std::vector<std::string_view> want;
  } cases[] = {
      {"arme", {"arme"}},
      {"d'armes", {"d'", "armes"}},
      {"jusqu'à", {"jusqu'", "à"}},
      {"qu'il", {"qu'", "il"}},
      {"'s", {"'s"}},
      {"Russia's", {"Russia", "'s"}},
      {"don't", {"do", "n't"}},
      {"we'll", {"we", "'ll"}},
      {"aujourd'hui", {"aujourd'hui"}},
      {"qu'aujourd'hui", {"qu'", "aujourd'hui"}},
      {"Quelqu'un", {"Quelqu'un"}},
      {"presqu'île", {"presqu'île"}},
      {"l'", {"l'"}},
      {"cessez-le-feu", {"cessez-le-feu"}},
      {"l'avant-garde", {"l'", "avant-garde"}},
      {"", {}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(ThemeWordTokens(c.word), c.want) << c.word;
  }
}

}  // namespace
}  // namespace tocsin
