#include "store/export.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace tocsin {
namespace {

// A Russian attack on Lyman reported by two outlets, written for this test.
ExportEvent LymanEvent() {
  ExportEvent e;
  e.id = 4242;
  e.day = "2022-10-07";
  e.source = {"RUSMIL", "Russian forces"};
  e.target = {"UKR", "Ukraine"};
  e.cameo = "1831";
  e.goldstein = -10;
  e.quad_class = 4;
  e.plover_type = "ASSAULT";
  e.root_event = true;
  e.num_mentions = 3;
  e.num_sources = 2;
  e.num_articles = 2;
  e.avg_tone = -4.25;
  e.place.present = true;
  e.place.level = PlaceLevel::kPopulated;
  e.place.name = "Lyman";
  e.place.adm1_name = "Donetska oblast";
  e.place.country_name = "Ukraine";
  e.place.country = "UA";
  e.place.country3 = "UKR";
  e.place.adm1 = "UA-14";
  e.place.has_coordinates = true;
  e.place.lat = 48.9886;
  e.place.lon = 37.8022;
  e.place.geonameid = 702320;
  e.date_added = "2022-10-07T13:05:09Z";
  e.source_url = "https://example.org/lyman";
  e.sentence = "Russian forces\tshelled Lyman, \"again\", on Friday.";
  e.language = "en";
  e.doc_ids = {"d1", "d2"};
  e.urls = {"https://example.org/lyman", "https://example.net/l"};
  e.outlets = {"example.org", "example.net"};
  return e;
}

std::vector<std::string> Split(const std::string& line, char sep) {
  std::vector<std::string> fields(1);
  for (char c : line) {
    if (c == sep) {
      fields.emplace_back();
    } else {
      fields.back().push_back(c);
    }
  }
  return fields;
}

std::string OneLine(ExportFormat format, const ExportEvent& e) {
  std::string out;
  EXPECT_TRUE(AppendExportEvent(format, e, &out));
  EXPECT_FALSE(out.empty());
  EXPECT_EQ(out.back(), '\n');
  EXPECT_EQ(out.find('\n'), out.size() - 1) << "one line only";
  out.pop_back();
  return out;
}

TEST(Export, GdeltEventHas61ColumnsInOrder) {
  const std::vector<std::string> f =
      Split(OneLine(ExportFormat::kGdelt, LymanEvent()), '\t');
  ASSERT_EQ(f.size(), static_cast<size_t>(kGdeltEventColumns));
  // 0-based column indexes of the GDELT 2.0 Event codebook.
  const std::vector<std::pair<int, std::string>> expected = {
      {0, "4242"},
      {1, "20221007"},
      {2, "202210"},
      {3, "2022"},
      {4, "2022.7671"},
      {5, "RUSMIL"},
      {6, "Russian forces"},
      {7, "RUS"},
      {12, "MIL"},
      {15, "UKR"},
      {17, "UKR"},
      {22, ""},
      {25, "1"},
      {26, "1831"},
      {27, "183"},
      {28, "18"},
      {29, "4"},
      {30, "-10.0"},
      {31, "3"},
      {32, "2"},
      {33, "2"},
      {34, "-4.250000"},
      {35, ""},
      {43, ""},
      {51, "4"},
      {52, "Lyman, Donetska oblast, Ukraine"},
      {53, "UA"},
      {54, "UA-14"},
      {55, ""},
      {56, "48.9886"},
      {57, "37.8022"},
      {58, "702320"},
      {59, "20221007130509"},
      {60, "https://example.org/lyman"}};
  for (const auto& [column, value] : expected) {
    EXPECT_EQ(f[column], value) << "column " << column + 1;
  }
}

TEST(Export, GdeltWithoutPlaceOrTargetKeepsColumns) {
  ExportEvent e = LymanEvent();
  e.place = ExportPlace();
  e.target = ExportActor();
  e.source.name = "a\tname\nwith breaks";
  const std::vector<std::string> f =
      Split(OneLine(ExportFormat::kGdelt, e), '\t');
  ASSERT_EQ(f.size(), static_cast<size_t>(kGdeltEventColumns));
  EXPECT_EQ(f[6], "a name with breaks");
  EXPECT_EQ(f[15], "");
  EXPECT_EQ(f[51], "");
  EXPECT_EQ(f[56], "");
}

TEST(Export, GdeltMentionHas16Columns) {
  ExportMention m;
  m.event_id = 4242;
  m.event_added = "2022-10-07T13:05:09Z";
  m.mention_time = "2022-10-07T09:00:00Z";
  m.outlet = "example.org";
  m.url = "https://example.org/lyman";
  m.sentence_index = 2;
  m.source_offset = 10;
  m.action_offset = 25;
  m.confidence = 0.74;
  m.doc_length = 1800;
  m.doc_tone = -3.5;
  m.language = "fr";
  std::string out;
  AppendGdeltMention(m, &out);
  ASSERT_EQ(out.back(), '\n');
  out.pop_back();
  const std::vector<std::string> f = Split(out, '\t');
  ASSERT_EQ(f.size(), static_cast<size_t>(kGdeltMentionColumns));
  EXPECT_EQ(f[0], "4242");
  EXPECT_EQ(f[1], "20221007130509");
  EXPECT_EQ(f[2], "20221007090000");
  EXPECT_EQ(f[3], "1");
  EXPECT_EQ(f[6], "3");  // SentenceID is 1-based
  EXPECT_EQ(f[7], "10");
  EXPECT_EQ(f[8], "-1");  // no target
  EXPECT_EQ(f[9], "25");
  EXPECT_EQ(f[11], "70");
  EXPECT_EQ(f[12], "1800");
  EXPECT_EQ(f[14], "srclc:fr");
}

TEST(Export, PhoenixHas26Columns) {
  ExportEvent e = LymanEvent();
  e.source.code = "RUSGOVMIL";
  const std::vector<std::string> f =
      Split(OneLine(ExportFormat::kPhoenix, e), '\t');
  ASSERT_EQ(f.size(), static_cast<size_t>(kPhoenixColumns));
  EXPECT_EQ(f[1], "20221007");
  EXPECT_EQ(f[2], "2022");
  EXPECT_EQ(f[3], "10");
  EXPECT_EQ(f[4], "07");
  EXPECT_EQ(f[5], "RUSGOVMIL");
  EXPECT_EQ(f[6], "RUS");
  EXPECT_EQ(f[7], "GOV");
  EXPECT_EQ(f[8], "MIL");
  EXPECT_EQ(f[9], "UKR");
  EXPECT_EQ(f[13], "1831");
  EXPECT_EQ(f[14], "18");
  EXPECT_EQ(f[15], "4");
  EXPECT_EQ(f[16], "-10.0");
  EXPECT_EQ(f[18], "48.9886");
  EXPECT_EQ(f[20], "Lyman");
  EXPECT_EQ(f[22], "UKR");
  EXPECT_EQ(f[23], "d1;d2");
  EXPECT_EQ(f[25], "example.org;example.net");
}

TEST(Export, PloverUsesTheSpecificationsFieldNames) {
  const nlohmann::json j =
      nlohmann::json::parse(OneLine(ExportFormat::kPlover, LymanEvent()));
  EXPECT_EQ(j["id"], "tocsin-4242");
  EXPECT_EQ(j["date"], "2022-10-07");
  EXPECT_EQ(j["source"][0]["code"], "RUS");
  EXPECT_EQ(j["source"][0]["sector"], "MIL");
  EXPECT_EQ(j["source"][0]["actor_text"], "Russian forces");
  EXPECT_EQ(j["recipient"][0]["code"], "UKR");
  EXPECT_EQ(j["event"][0], "ASSAULT");
  EXPECT_EQ(j["quad_code"], 4);
  EXPECT_DOUBLE_EQ(j["event_scale"].get<double>(), -10.0);
  EXPECT_EQ(j["event_loc"]["geonameid"], 702320);
  EXPECT_EQ(j["event_loc"]["country code"], "UA");
  EXPECT_EQ(j["event_loc"]["cc3"], "UKR");
  EXPECT_EQ(j["text_info"]["sequence"], 1);
  EXPECT_EQ(j["cite_info"]["url"], "https://example.org/lyman");
  EXPECT_EQ(j["event_text"][0], LymanEvent().sentence);
}

TEST(Export, PloverSkipsStatementsItHasNoCategoryFor) {
  ExportEvent e = LymanEvent();
  e.cameo = "010";
  e.plover_type.clear();
  std::string out;
  EXPECT_FALSE(AppendExportEvent(ExportFormat::kPlover, e, &out));
  EXPECT_TRUE(out.empty());
}

TEST(Export, JsonlParsesBack) {
  const nlohmann::json j =
      nlohmann::json::parse(OneLine(ExportFormat::kJsonl, LymanEvent()));
  EXPECT_EQ(j["id"], 4242);
  EXPECT_EQ(j["root"], "18");
  EXPECT_EQ(j["num_articles"], 2);
  EXPECT_EQ(j["country"], "UKR");
  EXPECT_EQ(j["sentence"], LymanEvent().sentence);
  ExportEvent placeless = LymanEvent();
  placeless.place = ExportPlace();
  const nlohmann::json k =
      nlohmann::json::parse(OneLine(ExportFormat::kJsonl, placeless));
  EXPECT_TRUE(k["lat"].is_null());
}

// The obvious RFC 4180 reader, to check the writer against.
std::vector<std::string> ReadCsvLine(const std::string& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back().push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back().push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else {
      fields.back().push_back(c);
    }
  }
  return fields;
}

TEST(Export, CsvQuotesAndMatchesItsHeader) {
  std::string header;
  AppendExportHeader(ExportFormat::kCsv, &header);
  header.pop_back();
  const std::vector<std::string> names = ReadCsvLine(header);
  const std::vector<std::string> f =
      ReadCsvLine(OneLine(ExportFormat::kCsv, LymanEvent()));
  ASSERT_EQ(f.size(), names.size());
  EXPECT_EQ(names.back(), "sentence");
  EXPECT_EQ(f.back(), LymanEvent().sentence);  // commas and quotes survive
  EXPECT_EQ(f[0], "4242");
  EXPECT_EQ(f[6], "1831");
}

TEST(Export, ParseFormatNamesTheChoices) {
  for (const char* name :
       {"table", "jsonl", "csv", "gdelt", "phoenix", "plover"}) {
    EXPECT_TRUE(ParseExportFormat(name).ok()) << name;
  }
  const auto bad = ParseExportFormat("xml");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().ToString().find("gdelt"), std::string::npos);
}

TEST(Export, SplitActorCode) {
  struct Case {
    const char* code;
    const char* country;
    const char* group;
    std::vector<std::string> types, religions;
  };
  const Case cases[] = {
      {"RUSGOV", "RUS", "", {"GOV"}, {}},
      {"UKRMILREB", "UKR", "", {"MIL", "REB"}, {}},
      {"IGOUNO", "", "UNO", {}, {}},
      {"NGOHRI", "", "", {"HRI"}, {}},
      {"GOV", "", "", {"GOV"}, {}},
      {"SYRREBSUN", "SYR", "", {"REB"}, {"SUN"}},
      {"", "", "", {}, {}},
      {"ru", "", "", {}, {}},
  };
  for (const Case& c : cases) {
    const ActorCodeParts p = SplitActorCode(c.code);
    EXPECT_EQ(p.country, c.country) << c.code;
    EXPECT_EQ(p.group, c.group) << c.code;
    EXPECT_EQ(p.types, c.types) << c.code;
    EXPECT_EQ(p.religions, c.religions) << c.code;
  }
}

TEST(Export, PhoenixClass) {
  const std::pair<const char*, int> cases[] = {
      {"010", 0},  {"0234", 0}, {"036", 1}, {"0874", 2},
      {"1385", 3}, {"145", 4},  {"154", 4}, {"163", 3},
      {"2042", 4}, {"", 0},     {"99", 0},  {"x1", 0}};
  for (const auto& [cameo, expected] : cases) {
    EXPECT_EQ(PhoenixClass(cameo), expected) << cameo;
  }
}

}  // namespace
}  // namespace tocsin
