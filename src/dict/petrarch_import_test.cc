#include "dict/petrarch_import.h"

#include <gtest/gtest.h>

#include "actors/actor_test_util.h"
#include "dict/actor_check.h"
#include "dict/actor_writer.h"

namespace tocsin {
namespace {

// "id type country | [=]name[lang]; ... | CODE from-to; ..." (dates 0 =
// open; "=" for exact forms).
std::string Describe(const ActorEntry& e) {
  std::string s = e.id + " " + ActorTypeName(e.type) + " " + e.country + " |";
  for (const ActorName& n : e.names) {
    s += std::string(" ") + (n.exact_forms ? "=" : "") + n.text +
         (n.language.empty() ? "" : "[" + n.language + "]") + ";";
  }
  s += " |";
  for (const ActorCode& c : e.codes) {
    s += " " + c.code;
    if (c.dated())
      s += " " + std::to_string(c.from) + "-" + std::to_string(c.to);
    s += ";";
  }
  return s;
}

struct ImportCase {
  const char* name;
  PetrarchKind kind;
  const char* text;
  std::vector<std::string> entries;   // Describe() of each entry
  std::vector<std::string> problems;  // "line:part of the message"
};

std::ostream& operator<<(std::ostream& os, const ImportCase& c) {
  return os << c.name;
}

class PetrarchImportTest : public ::testing::TestWithParam<ImportCase> {};

TEST_P(PetrarchImportTest, EntriesAndProblems) {
  const ImportCase& c = GetParam();
  std::vector<ActorEntry> entries;
  std::vector<DictProblem> problems;
  ImportPetrarchDictionary(c.text, "fixture.txt", c.kind,
                           PetrarchImportOptions(), &entries, &problems);
  std::vector<std::string> got;
  for (const ActorEntry& e : entries) {
    got.push_back(Describe(e));
    EXPECT_EQ(e.file, "fixture.txt");
    EXPECT_EQ(e.layer, 1);
  }
  EXPECT_EQ(got, c.entries);
  std::string all;
  for (const DictProblem& p : problems) all += p.ToString() + "\n";
  ASSERT_EQ(problems.size(), c.problems.size()) << all;
  for (size_t i = 0; i < problems.size(); ++i) {
    const std::string& want = c.problems[i];
    size_t colon = want.find(':');
    EXPECT_EQ(problems[i].file, "fixture.txt");
    EXPECT_EQ(std::to_string(problems[i].line), want.substr(0, colon)) << all;
    EXPECT_NE(problems[i].message.find(want.substr(colon + 1)),
              std::string::npos)
        << all;
  }
}

constexpr PetrarchKind kActors = PetrarchKind::kActors;
constexpr PetrarchKind kAgents = PetrarchKind::kAgents;

INSTANTIATE_TEST_SUITE_P(
    Actors, PetrarchImportTest,
    ::testing::Values(
        ImportCase{"state_with_synonyms",
                   kActors,
                   "# header comment\n\nFREEDONIA_  [FRD]\n+FREEDONIAN_ \n"
                   "+GREAT_FREEDONIA\n",
                   {"phoenix.FREEDONIA state FRD | Freedonia; Freedonian; "
                    "Great Freedonia; | FRD;"},
                   {}},
        ImportCase{"person_dated_lines",
                   kActors,
                   "RUFUS_T_FIREFLY_  # CountryInfo-like comment\n"
                   "\t[FRDGOV 330101-331231]\n\t[FRDELI >20000101]\n"
                   "\t[FRDOPP <19321231]\n\t[FRDELI]\n",
                   {"phoenix.RUFUS_T_FIREFLY person FRD | Rufus T Firefly; | "
                    "FRDGOV 19330101-19331231; FRDELI 20000101-0; FRDOPP "
                    "0-19321231; FRDELI;"},
                   {}},
        ImportCase{"codes_on_primary_line",
                   kActors,
                   "ZEPPO_MARX_\t[SYLGOV 010120-050120] [IGOUNOKID >050501]# "
                   "later at the UN\n",
                   {"phoenix.ZEPPO_MARX person SYL | Zeppo Marx; | SYLGOV "
                    "20010120-20050120; IGOUNOKID 20050501-0;"},
                   {}},
        ImportCase{"two_digit_year_pivot",
                   kActors,
                   "OLD_TIMER_\n  [SYLGOV 310101-300101]\n",
                   {"phoenix.OLD_TIMER person SYL | Old Timer; | SYLGOV "
                    "19310101-20300101;"},
                   {}},
        ImportCase{
            "null_and_missing_codes",
            kActors,
            "GHOST_ [---]\nNOBODY_\n+NOBODY_AT_ALL\nSOMEONE_ [SYL]\n"
            "LAST_ONE_\n",
            {"phoenix.NOBODY state SYL | Nobody; Nobody at All; Someone; | "
             "SYL;"},
            {"5:has no code"}},
        // (A one-word name of three letters reads as an acronym: "DOE".)
        ImportCase{"phrases_share_the_codes_below",
                   kActors,
                   "JOHN_DOE_\nPRESIDENT_DOE_\n+DOE_\n\t[SYLGOV >20120219]\n"
                   "JANE_ROE_\n",
                   {"phoenix.JOHN_DOE person SYL | John Doe; President Doe; "
                    "DOE; | SYLGOV 20120219-0;"},
                   {"5:has no code"}},
        ImportCase{"parenthesis_and_types",
                   kActors,
                   "SYLVANIAN_LIBERATION_FRONT_(SLF)_ [SYLREB]\n"
                   "THE_UN_ [IGOUNO]\nU.N. [IGOUNO]\nNTV_ [RUSMED]\n"
                   "ACME_WIDGETS_ [MNCUSA]\nLEAGUE_OF_SCRIBES_ [NGOHRI]\n"
                   "SYLVANIAN_ARMY_ [SYLMIL]\nSTATE_RADIO_ [SYLGOVMED]\n",
                   {"phoenix.SYLVANIAN_LIBERATION_FRONT_SLF armed_group SYL | "
                    "Sylvanian Liberation Front; SLF; | SYLREB;",
                    "phoenix.THE_UN igo  | the UN; | IGOUNO;",
                    "phoenix.U.N igo  | U.N.; | IGOUNO;",
                    "phoenix.NTV media RUS | NTV; | RUSMED;",
                    "phoenix.ACME_WIDGETS company  | Acme Widgets; | MNCUSA;",
                    "phoenix.LEAGUE_OF_SCRIBES ngo  | League of Scribes; | "
                    "NGOHRI;",
                    "phoenix.SYLVANIAN_ARMY seat SYL | Sylvanian Army; | "
                    "SYLMIL;",
                    "phoenix.STATE_RADIO seat SYL | State Radio; | "
                    "SYLGOVMED;"},
                   {}},
        ImportCase{"comments_stop_and_duplicates",
                   kActors,
                   "<!-- an XML comment\nHIDDEN_ [XXX]\n-->\n"
                   "TWIN_ [SYL] ; legacy comment\nTWIN_ [FRD] <!-- x -->\n"
                   "---STOP---\nAFTER_STOP_ [SYL]\n",
                   {"phoenix.TWIN state SYL | Twin; | SYL;",
                    "phoenix.TWIN-2 state FRD | Twin; | FRD;"},
                   {}},
        // An actor that is several at once keeps its codes together; a
        // null or malformed part spoils the code.
        ImportCase{"several_codes_at_once",
                   kActors,
                   "RIVER_TOWNS_ [FRD/SYL/GRD]\nBAD_TOWNS_ [FRD/---]\n"
                   "WORSE_TOWNS_ [FRD//SYL]\n",
                   {"phoenix.RIVER_TOWNS state FRD | River Towns; | "
                    "FRD/SYL/GRD;"},
                   {"2:malformed code 'FRD/---'", "3:malformed code 'FRD//SYL'",
                    "2:has no code"}},
        ImportCase{"two_synonyms_on_one_line",
                   kActors,
                   "GROUP_ [SYLREB]\n+FIRST_NAME_+_SECOND_NAME_\n",
                   {"phoenix.GROUP armed_group SYL | Group; First Name; "
                    "Second Name; | SYLREB;"},
                   {"2:'+' inside a phrase"}}));

INSTANTIATE_TEST_SUITE_P(
    MalformedActors, PetrarchImportTest,
    ::testing::Values(
        ImportCase{"dates",
                   kActors,
                   "A_PERSON_\n\t[SYLGOV 20010101-20000101]\n"
                   "\t[SYLGOV 2004017-20061201]\n\t[SYLGOV 20010231-]\n"
                   "\t[SYLGOV 20010101]\n\t[SYLGOV >2001]\n"
                   "\t[SYLGOV 20020101-20030101]\n",
                   {"phoenix.A_PERSON person SYL | A Person; | SYLGOV "
                    "20020101-20030101;"},
                   {"2:ends before it starts", "3:malformed date '2004017'",
                    "4:malformed date '20010231'",
                    "5:unreadable date restriction", "6:malformed date"}},
        ImportCase{
            "brackets_and_codes",
            kActors,
            "+ORPHAN_SYNONYM\n[SYL]\nB_GROUP_ [SYLREB\nC_GROUP_ "
            "[sylreb]\nD_GROUP_ [SYLREB] trailing words\n"
            "E|GROUP_ [SYLREB]\nF_GROUP_ [SYLREB]\n+\n<!-- never closed\n",
            {"phoenix.B_GROUP armed_group SYL | B Group; C Group; D Group; | "
             "SYLREB;",
             "phoenix.F_GROUP armed_group SYL | F Group; | SYLREB;"},
            {"1:synonym before any entry", "2:code line before any",
             "3:missing ']'", "4:malformed code 'sylreb'",
             "5:unexpected text 'trailing words'", "6:unexpected character",
             "8:empty synonym", "9:unterminated '<!--' comment"}},
        ImportCase{"codes_before_a_bad_one_count",
                   kActors,
                   "ACME_ [MNCMED]\tPublishing\t$1\nOTHER_ [MNCUSA]\n",
                   {"phoenix.ACME company  | Acme; | MNCMED;",
                    "phoenix.OTHER company  | Other; | MNCUSA;"},
                   {"1:unexpected text 'Publishing"}}));

INSTANTIATE_TEST_SUITE_P(
    Agents, PetrarchImportTest,
    ::testing::Values(
        ImportCase{
            "plurals_and_sets",
            kAgents,
            "!PERSON! = MAN, WOMAN\n"
            "POLICE {} [~COP]\nTHIEF {THIEVES} [~CRM] # irregular\n"
            "SPY [~SPY]\nCONGRESS!PERSON! [~LEG]\nFOREIGN_MINISTER [~GOV]\n"
            "HUMAN_RIGHTS_BODY  [NGO~]\nTRUCE_MONITOR [IGO~]\n",
            {"phoenix.agent.POLICE agent  | =police[en]; | ~COP;",
             "phoenix.agent.THIEF agent  | thief[en]; thieves[en]; | ~CRM;",
             "phoenix.agent.SPY agent  | spy[en]; spies[en]; | ~SPY;",
             "phoenix.agent.CONGRESSPERSON agent  | congressman[en]; "
             "congresswoman[en]; | ~LEG;",
             "phoenix.agent.FOREIGN_MINISTER agent  | foreign minister[en]; | "
             "~GOV;",
             "phoenix.agent.HUMAN_RIGHTS_BODY ngo  | human rights body[en]; | "
             "NGO~;",
             "phoenix.agent.TRUCE_MONITOR igo  | truce monitor[en]; | IGO~;"},
            {}},
        ImportCase{
            "malformed_agents",
            kAgents,
            "ANALYST [~ENV}\nNO_CODE_HERE\n!UNDEF!_CHIEF [~GOV]\n"
            "BROKEN {PLURAL [~GOV]\nDATED [~GOV 20010101-20020101]\n"
            "TWO [~GOV] [~MIL]\nPLAIN [GOV]\n!BAD = X\nGUARD [~MIL]\n"
            "!LOOP! = A!LOOP!\nB!LOOP! [~GOV]\n=EQUAL [~GOV]\n",
            {"phoenix.agent.GUARD agent  | guard[en]; guards[en]; | ~MIL;"},
            {"1:closed with '}'", "2:has no [code]",
             "3:undefined substitution set '!UNDEF!'", "4:missing '}'",
             "5:no date restriction", "6:one code",
             "7:malformed agent code 'GOV'", "8:malformed substitution set",
             "11:too many substitutions", "12:starts with '='"}}));

struct PhraseCase {
  const char* phrase;
  bool agent;
  const char* readable;
};

TEST(ReadablePhraseTest, Table) {
  const PhraseCase cases[] = {
      {"AFGHANISTAN_", false, "Afghanistan"},
      {"ISLAMIC_REPUBLIC_OF_SYLVANIA", false, "Islamic Republic of Sylvania"},
      {"BASHAR_AL_JAFARI_", false, "Bashar al Jafari"},
      {"AL-QAIDA_IN_SYLVANIA", false, "Al-Qaida in Sylvania"},
      {"O'NEILL_", false, "O'Neill"},
      {"APO'S_HAWKS_", false, "Apo's Hawks"},
      {"UN", false, "UN"},
      {"ETA", false, "ETA"},
      {"UN_DEPARTMENT", false, "UN Department"},
      {"XI_JINPING", false, "XI Jinping"},
      {"PKK", false, "PKK"},
      {"A.K._ANTONY_", false, "A.K. Antony"},
      {"ST._PETERSBURG", false, "St. Petersburg"},
      {"THE", false, "THE"},
      {"FOREIGN_MINISTER", true, "foreign minister"},
      {"SPY", true, "spy"},
      {"MP", true, "MP"},
      {"  CHIEF   EXECUTIVE ", true, "chief executive"},
      {"___", false, ""},
  };
  for (const PhraseCase& c : cases) {
    EXPECT_EQ(ReadablePhrase(c.phrase, c.agent), c.readable) << c.phrase;
  }
}

TEST(ParsePetrarchDateTest, Table) {
  const std::pair<const char*, DateNumber> cases[] = {
      {"20090120", 20090120},
      {"090120", 20090120},
      {"300101", 20300101},
      {"310101", 19310101},
      {"19991231", 19991231},
      {"20000229", 20000229},
      {"20010229", 0},
      {"2009012", 0},
      {"200901201", 0},
      {"2009O120", 0},
      {"", 0},
      {"20091301", 0},
  };
  for (const auto& [text, date] : cases) {
    EXPECT_EQ(ParsePetrarchDate(text), date) << text;
  }
}

TEST(DetectPetrarchKindTest, FirstCodeDecides) {
  EXPECT_EQ(DetectPetrarchKind("# [~GOV] in a comment\nSYLVANIA_ [SYL]\n"),
            PetrarchKind::kActors);
  EXPECT_EQ(DetectPetrarchKind("!PERSON! = MAN\nPOLICE {} [~COP]\n"),
            PetrarchKind::kAgents);
  EXPECT_EQ(DetectPetrarchKind("BODY [NGO~]\n"), PetrarchKind::kAgents);
  EXPECT_EQ(DetectPetrarchKind(""), PetrarchKind::kActors);
}

constexpr char kActorFixture[] =
    "SYLVANIA_  [SYL]\n+SYLVANIAN_\n+TRENTINO_\n\n"
    "AMBASSADOR_TRENTINO_\n+TRENTINO_OF_SYLVANIA\n\t[SYLGOV 330101-331231]\n"
    "\t[SYLELI >20000101]\n\t[SYLELI]\n"
    "SYLVANIAN_LIBERATION_FRONT_(SLF)_ [SYLREB] # group\n";
constexpr char kAgentFixture[] =
    "!MINIST! = MINISTER, MINISTRY\nPOLICE {} [~COP]\n"
    "FOREIGN_!MINIST! [~GOV]\nTHIEF {THIEVES} [~CRM]\nRELIEF_BODY [NGO~]\n";

// What import-petrarch writes must read back as the same entries.
TEST(PetrarchImportTest, OurFormatRoundTrip) {
  std::vector<ActorEntry> imported;
  std::vector<DictProblem> problems;
  ImportPetrarchDictionary(kActorFixture, "a.txt", PetrarchKind::kActors,
                           PetrarchImportOptions(), &imported, &problems);
  ImportPetrarchDictionary(kAgentFixture, "b.txt", PetrarchKind::kAgents,
                           PetrarchImportOptions(), &imported, &problems);
  ASSERT_TRUE(problems.empty()) << problems[0].ToString();
  ASSERT_EQ(imported.size(), 7u);
  const std::string text = FormatActorDictionary(imported, "round trip\ntest");
  std::vector<ActorEntry> parsed;
  ParseActorDictionary(text, "written.txt", &parsed, &problems);
  ASSERT_TRUE(problems.empty()) << problems[0].ToString() << "\n" << text;
  ASSERT_EQ(parsed.size(), imported.size()) << text;
  for (size_t i = 0; i < parsed.size(); ++i) {
    EXPECT_EQ(Describe(parsed[i]), Describe(imported[i])) << text;
    EXPECT_EQ(parsed[i].note, imported[i].note);
  }
}

// Layering: ours (layer 0) wins an alias over the same tokens even against
// a type the priority rule otherwise prefers (a state over a person).
TEST(PetrarchLayeringTest, OursWinsSharedAliases) {
  ASSERT_TRUE(Env().status.ok()) << Env().status.ToString();
  std::vector<ActorEntry> entries;
  std::vector<DictProblem> problems;
  ParseActorDictionary(
      "[person.trentino]\ntype = person\nnames = Trentino\ncode = SYLGOV\n",
      "ours.txt", &entries, &problems);
  ImportPetrarchDictionary(kActorFixture, "phoenix.txt", PetrarchKind::kActors,
                           PetrarchImportOptions(), &entries, &problems);
  ASSERT_TRUE(problems.empty()) << problems[0].ToString();
  CompileOptions options;
  options.analyzer = Env().analyzer.get();
  options.iso3166_json = "/nonexistent/iso.json";
  options.cldr_fr_xml = "/nonexistent/fr.xml";
  std::string binary;
  ASSERT_TRUE(
      CompileActorDictionary(entries, options, &binary, &problems).ok());
  auto matcher = ActorMatcher::FromBinary(binary);
  ASSERT_TRUE(matcher.ok()) << matcher.status().ToString();
  Document doc;
  doc.language = "en";
  doc.text = "Trentino met the Sylvanian Liberation Front in Sylvania.";
  AnalyzedText text;
  AnalyzeForTest(doc, &text);
  std::vector<DictMatch> matches;
  (*matcher)->FindDictionaryMatches(text, &matches);
  std::vector<std::string> ids;
  for (const DictMatch& m : matches) ids.push_back(entries[m.entry].id);
  EXPECT_EQ(ids,
            (std::vector<std::string>{"person.trentino",
                                      "phoenix.SYLVANIAN_LIBERATION_FRONT_SLF",
                                      "phoenix.SYLVANIA"}));

  // Shared across layers: not reported. An imported entry every alias of
  // which ours shadows is a warning, not an error.
  entries.clear();
  ParseActorDictionary(
      "[person.x]\ntype = person\nnames = Sylvania | Sylvanian | Trentino\n"
      "code = SYLGOV\n",
      "ours.txt", &entries, &problems);
  ImportPetrarchDictionary("SYLVANIA_ [SYL]\n+TRENTINO_\n", "phoenix.txt",
                           PetrarchKind::kActors, PetrarchImportOptions(),
                           &entries, &problems);
  problems = CheckActorDictionary(entries);
  ASSERT_EQ(problems.size(), 1u) << problems[0].ToString();
  EXPECT_EQ(problems[0].ToString(),
            "phoenix.txt:1: warning: entry 'phoenix.SYLVANIA' cannot be "
            "matched: every alias is empty or shadowed (by an earlier layer)");
}

}  // namespace
}  // namespace tocsin
