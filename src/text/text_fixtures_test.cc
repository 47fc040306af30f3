// The fixture tables of the src/text tests (declared in test_util.h), and
// the property test that runs the whole front end over every one of them.
// All sentences here were written for these tests.
#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>

#include "text/test_util.h"
#include "text/validate.h"

namespace tocsin {
namespace text_test {

const TextAnalyzer& Analyzer() {
  static const TextAnalyzer* analyzer = [] {
    TextAnalyzerOptions options;
    options.dict_dir = std::string(TOCSIN_SOURCE_DIR) + "/dict";
    auto created = TextAnalyzer::Create(options);
    if (!created.ok()) {
      std::cerr << created.status().ToString() << "\n";
      std::abort();
    }
    return std::move(created).value().release();
  }();
  return *analyzer;
}

const TextLexicon& Lexicon() {
  static const TextLexicon* lexicon = [] {
    auto loaded = LoadTextLexicon(std::string(TOCSIN_SOURCE_DIR) + "/dict");
    if (!loaded.ok()) std::abort();
    return new TextLexicon(std::move(loaded).value());
  }();
  return *lexicon;
}

AnalyzedText Analyze(std::string_view language, std::string_view text,
                     Document* doc) {
  doc->language = std::string(language);
  doc->text = std::string(text);
  AnalyzedText out;
  Analyzer().Analyze(*doc, &out);
  return out;
}

std::string JoinTokens(const Document& doc, const AnalyzedText& a) {
  std::string out;
  for (const Token& t : a.tokens) {
    if (!out.empty()) out += '|';
    out += Surface(doc, t);
  }
  return out;
}

const std::vector<TokenCase>& FrenchTokenCases() {
  static const auto* cases = new std::vector<TokenCase>{
      {"fr", "L'Ukraine a dit qu'il viendrait jusqu'à Kiev.",
       "L'|Ukraine|a|dit|qu'|il|viendrait|jusqu'|à|Kiev|."},
      {"fr", "Aujourd'hui, lorsqu'il est parti, puisqu'elle l'a dit",
       "Aujourd'hui|,|lorsqu'|il|est|parti|,|puisqu'|elle|l'|a|dit"},
      {"fr", "C'est-à-dire que s'est-il passé ? Il n'a rien dit, j'y vais.",
       "C'est-à-dire|que|s'|est|-il|passé|?|Il|n'|a|rien|dit|,|j'|y|vais|."},
      {"fr", "m'a-t-il dit, y a-t-il eu, va-t-en",
       "m'|a|-t-il|dit|,|y|a|-t-il|eu|,|va|-t-en"},
      {"fr", "Peut-être que la ligne Moscou-Kiev, pro-Kremlin, d'Armageddon",
       "Peut-être|que|la|ligne|Moscou-Kiev|,|pro-Kremlin|,|d'|Armageddon"},
      {"fr", "Dit-elle, pensez-vous, donne-le-moi, sur-le-champ, rendez-vous",
       "Dit|-elle|,|pensez|-vous|,|donne|-le|-moi|,|sur-le-champ|,|"
       "rendez-vous"},
      {"fr", "Il y a 1 000 000 de soldats, 3,5 % de hausse et 12 000 morts.",
       "Il|y|a|1 000 000|de|soldats|,|3,5|%|de|hausse|et|12 000|morts|."},
      {"fr", "Plus de 2\u202F500 euros et 3\u00A0000 personnes en 2022 200",
       "Plus|de|2\u202F500|euros|et|3\u00A0000|personnes|en|2022|200"},
      {"fr", "Le 12e régiment, le 1er mai, au XXe siècle, la 2ème fois",
       "Le|12e|régiment|,|le|1er|mai|,|au|XXe|siècle|,|la|2ème|fois"},
      {"fr", "Crédit : Twitter/@rybar_fr et @@rybar_fr #Ukraine #1",
       "Crédit|:|Twitter|/|@rybar_fr|et|@@rybar_fr|#Ukraine|#|1"},
      {"fr", "M. Macron et Mme Dupont, av. J.-C., p. ex. le n° 5 ; art. 49.3",
       "M.|Macron|et|Mme|Dupont|,|av.|J.-C.|,|p.|ex.|le|n°|5|;|art.|49.3"},
      {"fr", "Les É.-U. et l'OTAN, voir https://www.lemonde.fr/a/b.html.",
       "Les|É.-U.|et|l'|OTAN|,|voir|https://www.lemonde.fr/a/b.html|."},
      {"fr", "La Russie – également connue – et la ligne Kiev–Moscou",
       "La|Russie|–|également|connue|–|et|la|ligne|Kiev|–|Moscou"},
      {"fr", "La \uFB01n du con\uFB02it, l\u2019arm\u00E9e",
       "La|\uFB01n|du|con\uFB02it|,|l\u2019|arm\u00E9e"},
      {"fr", "\u00AB Nous partons \u00BB, a-t-il déclaré.",
       "\u00AB|Nous|partons|\u00BB|,|a|-t-il|déclaré|."},
      {"fr", "les élu·e·s, l'an 2000, RSVN et SNF",
       "les|élu·e·s|,|l'|an|2000|,|RSVN|et|SNF"},
      {"fr", "Tu t'es trompé, m'a-t-elle dit ; je t'aime.",
       "Tu|t'|es|trompé|,|m'|a|-t-elle|dit|;|je|t'|aime|."},
      {"fr", "Qu'est-ce que c'est ? Allons-y, donnez-en deux.",
       "Qu'|est|-ce|que|c'|est|?|Allons|-y|,|donnez|-en|deux|."},
  };
  return *cases;
}

const std::vector<TokenCase>& EnglishTokenCases() {
  static const auto* cases = new std::vector<TokenCase>{
      {"en", "Russia's army didn't say it can't win; Ukrainians' morale holds.",
       "Russia|'s|army|did|n't|say|it|ca|n't|win|;|Ukrainians|'|morale|"
       "holds|."},
      {"en", "I'm sure they're here, we've seen it'll rain, won't it?",
       "I|'m|sure|they|'re|here|,|we|'ve|seen|it|'ll|rain|,|wo|n't|it|?"},
      {"en", "The U.S. and the U.N. met N.A.T.O. officials at 3.5 p.m.",
       "The|U.S.|and|the|U.N.|met|N.A.T.O.|officials|at|3.5|p.m."},
      {"en", "It cost $1.13bn, or 1,000,000 dollars, up 10%.",
       "It|cost|$|1.13|bn|,|or|1,000,000|dollars|,|up|10|%|."},
      {"en", "Mr. Smith met Gen. Jones and Dr. Who at St. Paul's.",
       "Mr.|Smith|met|Gen.|Jones|and|Dr.|Who|at|St.|Paul|'s|."},
      {"en", "The 3rd and 2nd rounds, the 1990s, 4G and COVID-19",
       "The|3rd|and|2nd|rounds|,|the|1990s|,|4G|and|COVID-19"},
      {"en",
       "See www.bbc.co.uk/news or mail press@example.org (http://x.com/a).",
       "See|www.bbc.co.uk/news|or|mail|press@example.org|(|http://x.com/a|)|."},
      {"en", "George W. Bush and J. R. R. Tolkien",
       "George|W.|Bush|and|J.|R.|R.|Tolkien"},
      {"en", "A well-known pro-Kremlin U.S.-backed group",
       "A|well-known|pro-Kremlin|U.S.-backed|group"},
      {"en", "O'Brien said 'red scarves' marched on Twitter.com today.",
       "O'Brien|said|'|red|scarves|'|marched|on|Twitter.com|today|."},
      {"en",
       "Emoji \U0001F642\U0001F44D\U0001F3FD and RTL \u05E9\u05DC\u05D5\u05DD!",
       "Emoji|\U0001F642|\U0001F44D|\U0001F3FD|and|RTL|"
       "\u05E9\u05DC\u05D5\u05DD|!"},
      {"en", "No. 10 and vol. 3, but no. The end... Really?!",
       "No.|10|and|vol.|3|,|but|no|.|The|end|...|Really|?!"},
      {"en", "At 10:30 on 12/10/2022 the 2014-2016 data, 5km and 24/7",
       "At|10:30|on|12/10/2022|the|2014-2016|data|,|5|km|and|24/7"},
      {"en", "AT&T and R&D, state_of_art, e.g. this, i.e. that",
       "AT&T|and|R&D|,|state_of_art|,|e.g.|this|,|i.e.|that"},
  };
  return *cases;
}

const std::vector<SentenceCase>& FrenchSentenceCases() {
  static const auto* cases = new std::vector<SentenceCase>{
      {"fr",
       "M. Macron est arrivé. Il a parlé.",
       {"M. Macron est arrivé.", "Il a parlé."}},
      {"fr",
       "Le train appartient à la 12e direction principale du ministère. La "
       "direction est responsable.",
       {"Le train appartient à la 12e direction principale du ministère.",
        "La direction est responsable."}},
      {"fr",
       "« Je reviendrai. » Puis il est parti.",
       {"« Je reviendrai. »", "Puis il est parti."}},
      {"fr",
       "« Nous ne savons pas ce qui s'est passé », dit-elle. Elle attend.",
       {"« Nous ne savons pas ce qui s'est passé », dit-elle.",
        "Elle attend."}},
      {"fr",
       "« Pourquoi ? » a-t-il demandé. Il attend.",
       {"« Pourquoi ? » a-t-il demandé.", "Il attend."}},
      {"fr",
       "Il a écrit : « A mon avis, des mesures doivent être prises. Nous "
       "verrons.",
       {"Il a écrit : « A mon avis, des mesures doivent être prises.",
        "Nous verrons."}},
      {"fr",
       "Il hésite... puis repart. Et alors… Rien. Ou bien… peut-être.",
       {"Il hésite... puis repart.", "Et alors…", "Rien.",
        "Ou bien… peut-être."}},
      {"fr",
       "Moscou signale une escalade\nPar Jean Dupont\nLe train est lié au "
       "département.",
       {"Moscou signale une escalade", "Par Jean Dupont",
        "Le train est lié au département."}},
      {"fr",
       "Le train est lié au département russe Crédit : Twitter/@@rybar_fr\n\n"
       "Selon l'analyste, le train est relié.",
       {"Le train est lié au département russe", "Crédit : Twitter/@@rybar_fr",
        "Selon l'analyste, le train est relié."}},
      {"fr",
       "Des images montrent un convoi Crédit :\nTwitter/@x\n\nFin.",
       {"Des images montrent un convoi", "Crédit :\nTwitter/@x", "Fin."}},
      {"fr",
       "Selon le Dr Martin, env. 300 soldats, p. ex. des chars, sont arrivés "
       "en 52 av. J.-C. Les Romains ont gagné.",
       {"Selon le Dr Martin, env. 300 soldats, p. ex. des chars, sont "
        "arrivés en 52 av. J.-C.",
        "Les Romains ont gagné."}},
      {"fr",
       "MM. Dupont et Durand sont arrivés. Mme Martin aussi.",
       {"MM. Dupont et Durand sont arrivés.", "Mme Martin aussi."}},
      {"fr",
       "Les É.-U. ont réagi. Il vit aux É.-U. Les Russes aussi.",
       {"Les É.-U. ont réagi.", "Il vit aux É.-U.", "Les Russes aussi."}},
      {"fr",
       "Il est né au XXe siècle. 3,5 % des votes sont allés à M. Dupont.",
       {"Il est né au XXe siècle.", "3,5 % des votes sont allés à M. Dupont."}},
      {"fr",
       "Premier paragraphe sans point\n\nDeuxième paragraphe.",
       {"Premier paragraphe sans point", "Deuxième paragraphe."}},
      {"fr",
       "Il l'a dit, etc. Ensuite il est parti, cf. art. 3 du code.",
       {"Il l'a dit, etc.", "Ensuite il est parti, cf. art. 3 du code."}},
      {"fr",
       "Le Lt. Dupont et le Col. Martin sont arrivés le 3 sept. Ils "
       "repartent, tu t'en doutes.",
       {"Le Lt. Dupont et le Col. Martin sont arrivés le 3 sept.",
        "Ils repartent, tu t'en doutes."}},
      {"fr",
       "La Russie a bougé ; les images (prises hier.) le montrent.",
       {"La Russie a bougé ; les images (prises hier.) le montrent."}},
  };
  return *cases;
}

const std::vector<SentenceCase>& EnglishSentenceCases() {
  static const auto* cases = new std::vector<SentenceCase>{
      {"en",
       "Mr. Smith went to Washington. He met Gen. Jones.",
       {"Mr. Smith went to Washington.", "He met Gen. Jones."}},
      {"en",
       "The U.S. Army said so. The U.S. is big.",
       {"The U.S. Army said so.", "The U.S. is big."}},
      {"en",
       "He lives in the U.S. The weather is fine.",
       {"He lives in the U.S.", "The weather is fine."}},
      {"en",
       "George W. Bush met J. R. R. Tolkien's heirs. They talked.",
       {"George W. Bush met J. R. R. Tolkien's heirs.", "They talked."}},
      {"en",
       "\"I will return.\" Then he left.",
       {"\"I will return.\"", "Then he left."}},
      {"en",
       "\"We are leaving,\" she said. \"Now.\"",
       {"\"We are leaving,\" she said.", "\"Now.\""}},
      {"en",
       "\u201CI will return.\u201D Then he left.",
       {"\u201CI will return.\u201D", "Then he left."}},
      {"en",
       "Prices rose 3.5 percent in Jan. and fell in Feb. The index is at No. "
       "1 now.",
       {"Prices rose 3.5 percent in Jan. and fell in Feb.",
        "The index is at No. 1 now."}},
      {"en",
       "Wait... what happened? Nothing... Then silence.",
       {"Wait... what happened?", "Nothing...", "Then silence."}},
      {"en",
       "Russia moves nuclear train\nBy Jane Roe\nPhoto: AFP\nA train was seen "
       "on Monday.",
       {"Russia moves nuclear train", "By Jane Roe", "Photo: AFP",
        "A train was seen on Monday."}},
      {"en",
       "The company said it\nwould buy the bank for 600 mln\ndlrs, and that "
       "the deal\nwas approved. The shares\nrose sharply.",
       {"The company said it\nwould buy the bank for 600 mln\ndlrs, and that "
        "the deal\nwas approved.",
        "The shares\nrose sharply."}},
      {"en",
       "Shares rose 5% on 12/10/2022. It was the 3rd rise.",
       {"Shares rose 5% on 12/10/2022.", "It was the 3rd rise."}},
      {"en",
       "He paused\u2026 Then he spoke.",
       {"He paused\u2026", "Then he spoke."}},
      {"en",
       "She works for Apple Inc. and lives in St. Louis. Prices etc. Were "
       "high.",
       {"She works for Apple Inc. and lives in St. Louis.", "Prices etc.",
        "Were high."}},
      {"en",
       "Soldiers at a checkpoint Credit: Reuters\nThe story begins.",
       {"Soldiers at a checkpoint", "Credit: Reuters", "The story begins."}},
      {"en",
       "Lt. Col. Smith and Mrs. Jones met U.N. envoys in Sept. 2022 at No. 10 "
       "Downing St. They left.",
       {"Lt. Col. Smith and Mrs. Jones met U.N. envoys in Sept. 2022 at No. "
        "10 Downing St.",
        "They left."}},
      {"en",
       "Is it over? \"No!\" he said. (It was not.) Fine.",
       {"Is it over?", "\"No!\" he said.", "(It was not.)", "Fine."}},
  };
  return *cases;
}

const std::vector<NormalizeCase>& NormalizeCases() {
  static const auto* cases = new std::vector<NormalizeCase>{
      {"plain ASCII text.\n", "plain ASCII text.\n"},
      {"l\u2019Ukraine \u00AB oui \u00BB", "l'Ukraine \" oui \""},
      {"\u201CYes,\u201D he said \u2018no\u2019", "\"Yes,\" he said 'no'"},
      {"Kiev \u2013 Moscou \u2014 fin \u2212 3", "Kiev - Moscou - fin - 3"},
      {"1\u00A0000 et 2\u202F000\u2009km", "1 000 et 2 000 km"},
      {"\uFB01n \uFB02ux \uFB00 \uFB03 \uFB04", "fin flux ff ffi ffl"},
      {"c\u0153ur \u0152uvre", "c\u0153ur \u0152uvre"},
      {"infor\u00ADmation z\u200Bero\uFEFF", "information zero"},
      {"e\u0301te\u0301 A\u030A", "\u00E9t\u00E9 \u00C5"},
      {"wait\u2026 line\r\nnext\rlast", "wait... line\nnext\nlast"},
      {"tab\there\x01x", "tab here x"},
      {"bad \xFF byte \xC3", "bad \uFFFD byte \uFFFD"},
      {"\u2126 ohm \u212B", "\u03A9 ohm \u00C5"},
      {"para\u2029next\u2028line", "para\n\nnext\nline"},
  };
  return *cases;
}

const std::vector<LanguageCase>& LanguageCases() {
  static const auto* cases = new std::vector<LanguageCase>{
      {"The government said on Monday that it would send more troops to the "
       "border after the attack, which was condemned by the United Nations.",
       "en"},
      {"Le gouvernement a annoncé lundi qu'il enverrait davantage de troupes "
       "à la frontière après l'attaque, qui a été condamnée par l'ONU.",
       "fr"},
      {"Die Bundesregierung hat am Montag neue Maßnahmen gegen die "
       "Energiekrise beschlossen, wie ein Sprecher in Berlin mitteilte.",
       "de"},
      {"El gobierno español anunció el lunes nuevas medidas para hacer frente "
       "a la crisis energética que afecta a todo el país.",
       "es"},
      {"Il governo italiano ha annunciato lunedì nuove misure per affrontare "
       "la crisi energetica che colpisce tutto il paese.",
       "it"},
      {"Правительство в понедельник объявило о новых мерах по борьбе с "
       "энергетическим кризисом в стране.",
       "ru"},
      {"Kiev accuse Moscou. Selon les autorités, les frappes ont visé des "
       "infrastructures civiles.",
       "fr"},
      {"Kyiv accuses Moscow. According to officials, the strikes hit "
       "civilian infrastructure.",
       "en"},
  };
  return *cases;
}

std::vector<std::pair<std::string, std::string>> AllFixtureTexts() {
  std::vector<std::pair<std::string, std::string>> all;
  for (const auto* table : {&FrenchTokenCases(), &EnglishTokenCases()}) {
    for (const TokenCase& c : *table) all.emplace_back(c.language, c.text);
  }
  for (const auto* table : {&FrenchSentenceCases(), &EnglishSentenceCases()}) {
    for (const SentenceCase& c : *table) all.emplace_back(c.language, c.text);
  }
  for (const NormalizeCase& c : NormalizeCases()) all.emplace_back("", c.text);
  for (const LanguageCase& c : LanguageCases()) all.emplace_back("", c.text);
  return all;
}

namespace {

// Every token slices the original text to a non-empty surface, tokens are
// ordered and disjoint, sentences contain their tokens, and the normalised
// spans map back to the original spans.
void ExpectSpanInvariants(const Document& doc, const AnalyzedText& a) {
  const Status valid = ValidateAnalysis(doc, a);
  EXPECT_TRUE(valid.ok()) << valid.ToString() << " for: " << doc.text;
  for (const Token& t : a.tokens) {
    EXPECT_EQ(a.norm_to_orig[t.norm_begin], t.begin);
    EXPECT_EQ(a.norm_to_orig[t.norm_end], t.end);
    EXPECT_FALSE(Surface(doc, t).empty());
  }
}

TEST(TextFixturesTest, SpansHoldForEveryFixtureInEveryLanguage) {
  for (const auto& [language, text] : AllFixtureTexts()) {
    for (std::string_view lang :
         {std::string_view(language), std::string_view("en"),
          std::string_view("fr"), std::string_view("de")}) {
      Document doc;
      const AnalyzedText a = Analyze(lang, text, &doc);
      ExpectSpanInvariants(doc, a);
      EXPECT_FALSE(a.sentences.empty()) << text;
    }
  }
}

}  // namespace
}  // namespace text_test
}  // namespace tocsin
