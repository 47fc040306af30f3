// The CAMEO facts table: the real dict/events/cameo.tsv, lookups, the
// quad-class helpers and the parser's errors on rows written here.
#include "events/cameo_table.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>

namespace tocsin {
namespace {

const std::string kTablePath =
    std::string(TOCSIN_SOURCE_DIR) + "/dict/events/cameo.tsv";
const std::string kCameoAnchors =
    std::string(TOCSIN_SHARED_DIR) + "/anchors/cameo/";

const CameoTable& RealTable() {
  static const CameoTable* table = [] {
    auto loaded = CameoTable::Load(kTablePath);
    EXPECT_TRUE(loaded.ok()) << loaded.status().ToString();
    return new CameoTable(loaded.ok() ? std::move(loaded).value()
                                      : CameoTable());
  }();
  return *table;
}

// Two-column anchor files ("code<TAB>value" after a header line).
std::map<std::string, std::string> ReadAnchor(const std::string& path) {
  std::map<std::string, std::string> rows;
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const size_t tab = line.find('\t');
    if (tab != std::string::npos)
      rows[line.substr(0, tab)] = line.substr(tab + 1);
  }
  return rows;
}

struct RowCase {
  const char* code;
  double goldstein;
  int quad_class;
  const char* plover_type;
  const char* plover_mode;
  const char* label;
};

class RealRowTest : public ::testing::TestWithParam<RowCase> {};

TEST_P(RealRowTest, HasFacts) {
  const RowCase& c = GetParam();
  const CameoInfo* info = RealTable().Find(c.code);
  ASSERT_NE(info, nullptr) << c.code;
  EXPECT_EQ(info->code, c.code);
  EXPECT_DOUBLE_EQ(info->goldstein, c.goldstein);
  EXPECT_EQ(info->quad_class, c.quad_class);
  EXPECT_EQ(info->plover_type, c.plover_type);
  EXPECT_EQ(info->plover_mode, c.plover_mode);
  EXPECT_EQ(info->label, c.label);
}

INSTANTIATE_TEST_SUITE_P(
    Codes, RealRowTest,
    ::testing::Values(
        RowCase{"1385", -7.0, 3, "THREATEN", "violence",
                "threaten attack with WMD"},
        RowCase{"0874", 10.0, 2, "RETREAT", "disarm", "retreat or surrender"},
        RowCase{"204", -10.0, 4, "ASSAULT", "unconventional", "use WMD"},
        RowCase{"13", -6.0, 3, "THREATEN", "", "threaten"},
        RowCase{"010", 0.0, 1, "", "", "statement, other"},  // PLOVER drops 01
        RowCase{"08", 5.0, 2, "CONCEDE", "", "yield"},       // not RETREAT
        RowCase{"1712", -9.2, 4, "ASSAULT", "seize", "destroy property"},
        RowCase{"145", -7.5, 3, "PROTEST", "riot", "riot"}));

TEST(RealTable, EveryRowIsConsistent) {
  const CameoTable& table = RealTable();
  ASSERT_GT(table.size(), 300u);
  for (const CameoInfo& info : table.entries()) {
    SCOPED_TRACE(info.code);
    EXPECT_TRUE(CameoTable::IsWellFormed(info.code));
    EXPECT_GE(info.goldstein, -10.0);
    EXPECT_LE(info.goldstein, 10.0);
    const int root = std::stoi(std::string(CameoTable::Root(info.code)));
    const int quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
    EXPECT_EQ(info.quad_class, quad);
    EXPECT_FALSE(info.label.empty());
    EXPECT_LE(info.label.size(), 50u) << "labels are short names";
    // The hierarchy is closed: 1385 needs 138 and 13.
    for (size_t len = 2; len < info.code.size(); ++len) {
      EXPECT_NE(table.Find(std::string_view(info.code).substr(0, len)),
                nullptr);
    }
  }
}

TEST(RealTable, EveryRootIsPresent) {
  for (int root = 1; root <= 20; ++root) {
    const std::string code = (root < 10 ? "0" : "") + std::to_string(root);
    EXPECT_TRUE(RealTable().IsValidCode(code)) << code;
  }
}

TEST(RealTable, MatchesCameoAnchors) {
  const auto codes = ReadAnchor(kCameoAnchors + "CAMEO.eventcodes.txt");
  const auto scores = ReadAnchor(kCameoAnchors + "CAMEO.goldsteinscale.txt");
  if (codes.empty() || scores.empty()) {
    GTEST_SKIP() << kCameoAnchors << ": ../shared absent";
  }
  EXPECT_EQ(RealTable().size(), codes.size());
  for (const auto& [code, description] : codes) {
    const CameoInfo* info = RealTable().Find(code);
    ASSERT_NE(info, nullptr) << code;
    ASSERT_TRUE(scores.count(code)) << code;
    EXPECT_DOUBLE_EQ(info->goldstein, std::stod(scores.at(code))) << code;
  }
}

TEST(QuadFive, AgreesWithPhoenixPostprocess) {
  const auto quads =
      ReadAnchor(kCameoAnchors + "quad_class_from_postprocess.tsv");
  if (quads.empty()) GTEST_SKIP() << kCameoAnchors << ": ../shared absent";
  ASSERT_EQ(quads.size(), 20u);
  for (const auto& [root, quad] : quads) {
    EXPECT_EQ(CameoTable::QuadFive(root), std::stoi(quad)) << root;
  }
}

struct QuadCase {
  const char* code;
  int quad;
};

class QuadFiveTest : public ::testing::TestWithParam<QuadCase> {};

TEST_P(QuadFiveTest, MapsRoot) {
  EXPECT_EQ(CameoTable::QuadFive(GetParam().code), GetParam().quad)
      << GetParam().code;
}

INSTANTIATE_TEST_SUITE_P(
    Codes, QuadFiveTest,
    ::testing::Values(QuadCase{"010", 0}, QuadCase{"0234", 0},
                      QuadCase{"036", 1}, QuadCase{"057", 1},
                      QuadCase{"0874", 2}, QuadCase{"091", 3},
                      QuadCase{"1385", 3}, QuadCase{"141", 4},
                      QuadCase{"154", 4}, QuadCase{"163", 3},
                      QuadCase{"173", 4}, QuadCase{"2042", 4},
                      QuadCase{"21", -1}, QuadCase{"00", -1}, QuadCase{"1", -1},
                      QuadCase{"", -1}, QuadCase{"x3", -1}));

TEST(CameoTable, RootAndWellFormed) {
  EXPECT_EQ(CameoTable::Root("1385"), "13");
  EXPECT_EQ(CameoTable::Root("04"), "04");
  EXPECT_EQ(CameoTable::Root("4"), "");
  for (const char* good : {"01", "20", "013", "1385", "2042"}) {
    EXPECT_TRUE(CameoTable::IsWellFormed(good)) << good;
  }
  for (const char* bad :
       {"", "1", "00", "21", "99", "13855", "1a", " 13", "+13", "1-3"}) {
    EXPECT_FALSE(CameoTable::IsWellFormed(bad)) << bad;
  }
}

struct ParentCase {
  const char* query;
  const char* found;  // nullptr: none
};

class FindOrParentTest : public ::testing::TestWithParam<ParentCase> {};

TEST_P(FindOrParentTest, FallsBack) {
  const ParentCase& c = GetParam();
  const CameoInfo* info = RealTable().FindOrParent(c.query);
  if (c.found == nullptr) {
    EXPECT_EQ(info, nullptr) << c.query;
  } else {
    ASSERT_NE(info, nullptr) << c.query;
    EXPECT_EQ(info->code, c.found);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Codes, FindOrParentTest,
    ::testing::Values(ParentCase{"1385", "1385"},
                      ParentCase{"1951", "195"},  // CAMEO 1.1b3 addition
                      ParentCase{"1834", "183"},
                      ParentCase{"155", "15"},   // 3 -> 2 digits
                      ParentCase{"2099", "20"},  // 4 -> 2 when 209 absent
                      ParentCase{"13", "13"}, ParentCase{"21", nullptr},
                      ParentCase{"1", nullptr}, ParentCase{"", nullptr},
                      ParentCase{"13855", nullptr},
                      ParentCase{"13a", nullptr}));

TEST(CameoTable, FindIsExact) {
  EXPECT_NE(RealTable().Find("195"), nullptr);
  EXPECT_EQ(RealTable().Find("1951"), nullptr);
  EXPECT_EQ(RealTable().Find(""), nullptr);
  EXPECT_FALSE(RealTable().IsValidCode("21"));
}

// --- Parser, on tables written here. ---

TEST(CameoParse, ReadsCommentsBlankLinesCrlfAndEmptyPloverFields) {
  auto table = CameoTable::Parse(
      "# a comment\n\n13\t-6.0\t3\tTHREATEN\t\tthreaten\r\n"
      "138\t-7\t3\tTHREATEN\tviolence\tthreaten force\n"
      "   \n01\t0\t1\t\t\tpublic statement",  // no final newline
      "t.tsv");
  ASSERT_TRUE(table.ok()) << table.status().ToString();
  ASSERT_EQ(table->size(), 3u);
  EXPECT_EQ(table->Find("13")->label, "threaten");  // '\r' stripped
  EXPECT_EQ(table->Find("13")->plover_mode, "");
  EXPECT_DOUBLE_EQ(table->Find("138")->goldstein, -7.0);
  EXPECT_EQ(table->FindOrParent("1384")->code, "138");
  EXPECT_EQ(table->entries()[2].code, "01");  // file order
}

struct ErrorCase {
  const char* name;
  const char* text;
  const char* message;  // expected in the status message
};

class CameoParseErrorTest : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(CameoParseErrorTest, Rejects) {
  const ErrorCase& c = GetParam();
  auto table = CameoTable::Parse(c.text, "t.tsv");
  ASSERT_FALSE(table.ok()) << c.name;
  EXPECT_EQ(table.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(table.status().message().find(c.message), std::string::npos)
      << c.name << ": " << table.status().message();
}

#define ROW13 "13\t-6.0\t3\tTHREATEN\t\tthreaten\n"
INSTANTIATE_TEST_SUITE_P(
    Rows, CameoParseErrorTest,
    ::testing::Values(
        ErrorCase{"empty", "# only a comment\n\n", "t.tsv: no CAMEO codes"},
        ErrorCase{"five_fields", ROW13 "14\t-6.5\t3\tPROTEST\tprotest\n",
                  "t.tsv:2: expected 6 tab-separated fields, got 5"},
        ErrorCase{"seven_fields", "14\t-6.5\t3\tPROTEST\t\tprotest\tx\n",
                  "t.tsv:1: expected 6 tab-separated fields, got 7"},
        ErrorCase{"spaces_not_tabs", "14 -6.5 3 PROTEST demo protest\n",
                  "t.tsv:1: expected 6"},
        ErrorCase{"duplicate", ROW13 "# gap\n" ROW13,
                  "t.tsv:3: duplicate code '13' (first at line 1)"},
        ErrorCase{"root_21", "21\t0\t4\t\t\tx\n",
                  "t.tsv:1: bad CAMEO code '21'"},
        ErrorCase{"five_digits", "13851\t0\t3\t\t\tx\n", "bad CAMEO code"},
        ErrorCase{"one_digit", "1\t0\t1\t\t\tx\n", "bad CAMEO code '1'"},
        ErrorCase{"letter", "1a\t0\t1\t\t\tx\n", "bad CAMEO code '1a'"},
        ErrorCase{"score_word", "13\tlow\t3\t\t\tx\n",
                  "t.tsv:1: bad Goldstein score 'low'"},
        ErrorCase{"score_range", "13\t-10.5\t3\t\t\tx\n",
                  "bad Goldstein score '-10.5'"},
        ErrorCase{"score_nan", "13\tnan\t3\t\t\tx\n", "bad Goldstein score"},
        ErrorCase{"score_trailing", "13\t-6.0x\t3\t\t\tx\n",
                  "bad Goldstein score"},
        ErrorCase{"score_empty", "13\t\t3\t\t\tx\n", "bad Goldstein score ''"},
        ErrorCase{"quad_zero", "13\t-6\t0\t\t\tx\n", "bad quad class '0'"},
        ErrorCase{"quad_five", "13\t-6\t5\t\t\tx\n", "bad quad class '5'"},
        ErrorCase{"quad_float", "13\t-6\t3.0\t\t\tx\n", "bad quad class"},
        ErrorCase{"type_case", "13\t-6\t3\tthreaten\t\tx\n",
                  "bad PLOVER type 'threaten'"},
        ErrorCase{"mode_space", "13\t-6\t3\tTHREATEN\tby force\tx\n",
                  "bad PLOVER mode 'by force'"},
        ErrorCase{"empty_label", "13\t-6\t3\tTHREATEN\t\t\n",
                  "t.tsv:1: empty label"}));
#undef ROW13

TEST(CameoLoad, MissingFileIsNotFound) {
  auto table = CameoTable::Load("/nonexistent/tocsin/cameo.tsv");
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.status().code(), StatusCode::kNotFound);
}

TEST(CameoLoad, ErrorsNameTheFileAndLine) {
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() /
      ("cameo_table_test_" + std::to_string(::getpid()) + ".tsv");
  {
    std::ofstream out(path);
    out << "# header\n13\t-6.0\t3\tTHREATEN\t\tthreaten\n138\t-7.0\t3\n";
  }
  auto table = CameoTable::Load(path.string());
  std::filesystem::remove(path);
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.status().message(),
            path.string() + ":3: expected 6 tab-separated fields, got 3");
}

}  // namespace
}  // namespace tocsin
