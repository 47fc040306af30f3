#include "dict/petrarch_verbs.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace tocsin {
namespace {

std::vector<std::string> Convert(const std::string& text,
                                 PetrarchVerbStats* stats = nullptr,
                                 std::vector<DictProblem>* problems = nullptr) {
  std::vector<PatternSpec> patterns;
  PetrarchVerbStats own_stats;
  std::vector<DictProblem> own_problems;
  ImportPetrarchVerbs(text, "test.verbs", PetrarchVerbOptions(), &patterns,
                      stats ? stats : &own_stats,
                      problems ? problems : &own_problems);
  std::vector<std::string> lines;
  for (const PatternSpec& p : patterns) lines.push_back(FormatPatternLine(p));
  return lines;
}

struct ConvertCase {
  const char* name;
  std::string text;
  std::vector<std::string> expected;
};

TEST(PetrarchVerbsTest, ConvertsConstructs) {
  const std::vector<ConvertCase> cases = {
      {"bare verbs with forms and own codes",
       "--- GREET [041] ---\nGREET\nHAIL {HAILS HAILED} [042]\n",
       {"greet.l2 041 *greet:v", "greet.l3 042 *hail|hails|hailed:v"}},
      {"space is a gap, the block's verbs share the trigger",
       "--- GREET [---] ---\nGREET\nSALUTE\n- * WARM TIES [042]\n",
       {"greet.l4 042 *greet|salute:v ... =warm ... =ties"}},
      {"underscores keep words adjacent",
       "--- PLOD [---] ---\nPLOD\n- FAILED_TO_* [111]\n- *_ON [112]\n",
       {"plod.l3 111 =failed =to *plod:v", "plod.l4 112 *plod:v =on"}},
      {"target and source slots",
       "--- STOW [---] ---\nSTOW\n- * + IN CELLAR [173]\n- * FROM $ [174]\n",
       {"stow.l3 173 *stow:v ... $T ... =in ... =cellar",
        "stow.l4 174 *stow:v ... =from ... $S"}},
      {"a target slot before the first word makes the subject the target",
       "--- STOW [---] ---\nSTOW\n- + WAS_ * [174]\n",
       {"stow.l3 174 =was ... *stow:v %subject_target"}},
      {"a source slot before the first word is dropped",
       "--- STOW [---] ---\nSTOW\n- $ NEVER_ * [175]\n",
       {"stow.l3 175 =never ... *stow:v"}},
      {"compound marker and skip",
       "--- CHAT [---] ---\nCHAT\n- % * [030:030]\n- * ^ ABOUT + [031]\n",
       {"chat.l3 030:030 *chat:v %compound",
        "chat.l4 031 *chat:v ^ =about ... $T"}},
      {"a compound after the verb is its object's: symmetric only",
       "--- CHAT [---] ---\nCHAT\n- * WITH % [031]\n",
       {"chat.l3 031 *chat:v ... =with %symmetric"}},
      {"a set of single words is one alternative",
       "&FRUIT\n+APPLE\n+PEAR_\n--- EAT [---] ---\nEAT\n- * &FRUIT [071]\n",
       {"eat.l6 071 *eat:v ... apple|pear"}},
      {"a pattern's own words match as written, a set's members take "
       "plurals",
       "&TREATY\n+ACCORD\n--- SIGN [---] ---\nSIGN\n"
       "- * PACT [057]\n- * &TREATY [057]\n",
       {"sign.l5 057 *sign:v ... =pact", "sign.l6 057 *sign:v ... accord"}},
      {"a set with a phrase expands the pattern",
       "&SAUCE\n+HOT SAUCE\n+MUSTARD\n--- EAT [---] ---\nEAT\n"
       "- * &SAUCE [072]\n",
       {"eat.l6 072 *eat:v ... mustard", "eat.l6-2 072 *eat:v ... hot sauce"}},
      {"nested sets are flattened",
       "&RED\n+CHERRY\n&FRUIT\n+&RED\n+PLUM\n--- EAT [---] ---\nEAT\n"
       "- * &FRUIT [071]\n",
       {"eat.l8 071 *eat:v ... cherry|plum"}},
      {"null-code patterns are null patterns: they block the verb's code",
       "--- EAT [070] ---\nEAT\n- * NOTHING [---]\n",
       {"eat.l3 --- *eat:v ... =nothing", "eat.l2 070 *eat:v"}},
      {"multi-word verb, with the verb word marked",
       "--- CLOSE [---] ---\n+SHUT_DOWN {+SHUTS_DOWN +SHUT_DOWN} [192]\n"
       "BOARD_+UP [193]\n- * SCHOOLS [194]\n",
       {"close.l4 194 *shut|shuts:v down ... =schools",
        "close.l4-2 194 board *up:v ... =schools",
        "close.l2 192 *shut|shuts:v down", "close.l3 193 board *up:v"}},
      {"a code glued to its verb is the verb's code",
       "--- NAP [051] ---\nNAP\nDOZE[---]\n- * SOFA [052]\n",
       {"nap.l4 052 *nap|doze:v ... =sofa", "nap.l2 051 *nap:v"}},
      {"comments are skipped",
       "<!-- a note\nover two lines -->\n# whole line\n"
       "--- NAP [---] ---  # trailing\nNAP # why\n- * SOFA [051] # who\n",
       {"nap.l6 051 *nap:v ... =sofa"}},
      {"PETRARCH 2 phrase groups are word sequences",
       "--- NAP [---] ---\nNAP\n- * (ON {OLD SOFA}) [051]\n",
       {"nap.l3 051 *nap:v ... =on ... =old ... =sofa"}},
  };
  for (const ConvertCase& c : cases) {
    EXPECT_EQ(Convert(c.text), c.expected) << c.name;
  }
}

TEST(PetrarchVerbsTest, CountsWhatItDrops) {
  PetrarchVerbStats stats;
  std::vector<DictProblem> problems;
  Convert(
      "&DRINK\n+TEA\n--- SIP [---] ---\nSIP\n- * &FOOD [071]\n"
      "- $ * [072]\n- % * TEA [073]\n- * ^ &DRINK [074]\n- * CUP [---]\n"
      "- * BROKEN\n~ transformation line\n",
      &stats, &problems);
  EXPECT_EQ(stats.blocks, 1u);
  EXPECT_EQ(stats.verbs, 1u);
  EXPECT_EQ(stats.synsets, 1u);
  EXPECT_EQ(stats.pattern_lines, 6u);
  EXPECT_EQ(stats.undefined_synset, 1u);
  EXPECT_EQ(stats.leading_slot, 1u);
  EXPECT_EQ(stats.compound, 1u);
  EXPECT_EQ(stats.skips, 1u);
  EXPECT_EQ(stats.null_code, 1u);
  EXPECT_EQ(stats.transformations, 1u);
  EXPECT_EQ(stats.patterns_written, 4u);  // "- * CUP [---]" is one
  std::set<uint32_t> lines;               // the unknown set, the missing code
  for (const DictProblem& p : problems) lines.insert(p.line);
  EXPECT_EQ(lines, (std::set<uint32_t>{5, 10}));
}

TEST(PetrarchVerbsTest, ReservedCharactersAreNotLiterals) {
  std::vector<DictProblem> problems;
  EXPECT_TRUE(Convert("--- ODD [---] ---\nODD\n- * WHAT? [051]\n"
                      "- * A|B [052]\n",
                      nullptr, &problems)
                  .empty());
  EXPECT_EQ(problems.size(), 2u);
}

TEST(PetrarchVerbsTest, SplitsPairedCodes) {
  const std::vector<std::pair<std::string, std::pair<std::string, std::string>>>
      cases = {{"064", {"064", ""}},
               {"032:033", {"032", "033"}},
               {":173", {"", "173"}},
               {"---", {"", ""}},
               {"031:---", {"031", ""}}};
  for (const auto& [code, expected] : cases) {
    EXPECT_EQ(SplitPetrarchCode(code), expected) << code;
  }
}

TEST(PetrarchVerbsTest, AssignsCodesTheTableCanHold) {
  auto table = CameoTable::Parse(
      "03\t4\t1\t\t\texpress intent\n"
      "032\t4.5\t1\t\t\tvisit\n"
      "033\t2.8\t1\t\t\thost\n"
      "04\t1\t1\t\t\tconsult\n"
      "17\t-7\t4\t\t\tcoerce\n"
      "171\t-9\t4\t\t\tseize\n",
      "test.tsv");
  ASSERT_TRUE(table.ok()) << table.status().ToString();
  std::vector<PatternSpec> patterns(5);
  const char* codes[] = {"032", "1717", "903", "032:033", "174K"};
  for (size_t i = 0; i < patterns.size(); ++i) patterns[i].cameo = codes[i];
  PetrarchCodeMap map;
  PetrarchVerbStats stats;
  ASSERT_TRUE(AssignPetrarchCodes(*table, &patterns, &map, &stats).ok());
  EXPECT_EQ(patterns[0].cameo, "032");   // in the table
  EXPECT_EQ(patterns[1].cameo, "1717");  // well formed: a row is added
  EXPECT_EQ(patterns[2].cameo, "0490");  // outside CAMEO: neutral root
  EXPECT_EQ(patterns[3].cameo, "0390");  // a pair: under its first root
  EXPECT_EQ(patterns[4].cameo, "1790");
  EXPECT_EQ(stats.private_codes, 3u);
  ASSERT_EQ(map.private_codes.size(), 3u);
  std::string rows = FormatCameoRows(map.extra_rows);
  auto extended = CameoTable::Parse(
      "03\t4\t1\t\t\tx\n032\t4.5\t1\t\t\tx\n033\t2.8\t1\t\t\tx\n"
      "04\t1\t1\t\t\tx\n17\t-7\t4\t\t\tx\n171\t-9\t4\t\t\tx\n" +
          rows,
      "extended.tsv");
  ASSERT_TRUE(extended.ok()) << extended.status().ToString() << "\n" << rows;
  for (const PatternSpec& p : patterns) {
    EXPECT_NE(extended->Find(p.cameo), nullptr) << p.cameo;
  }
  EXPECT_DOUBLE_EQ(extended->Find("0390")->goldstein, 4.5);  // 032's facts
}

}  // namespace
}  // namespace tocsin
