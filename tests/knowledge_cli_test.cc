// End-to-end tests of the knowledge record that `tocsin code` writes after
// each document's events, and of `tocsin quotes`, on sentences we wrote;
// plus issue 6's example-article check (skips when ../shared is absent).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli_fixture.h"

namespace {

using nlohmann::json;

const std::string kShared = TOCSIN_SHARED_DIR;

std::string Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Records {
  tocsin_cli_test::CliResult run;
  std::vector<json> records;  // the lines of the wanted kind
};

class KnowledgeCliTest : public tocsin_cli_test::CliTest {
 protected:
  // Runs `tocsin <args>` and parses the lines it prints of `kind`; the
  // test fails unless the command succeeds.
  Records RunRecords(const std::string& args, const std::string& kind) {
    Records r{Run(args), {}};
    EXPECT_EQ(r.run.exit_code, 0) << r.run.err;
    std::istringstream lines(r.run.out);
    std::string line;
    while (std::getline(lines, line)) {
      if (line.empty()) continue;
      json record = json::parse(line);
      if (record["kind"] == kind) r.records.push_back(std::move(record));
    }
    return r;
  }
};

// The main job shows each document's knowledge in one line, and the
// themes in its summary.
TEST_F(KnowledgeCliTest, AnalyzePrintsQuotationsThemesAndTone) {
  const tocsin_cli_test::CliResult r = Run(
      "analyze " +
      Write("a.txt",
            "\"We will answer any nuclear strike,\" the defence minister Ilse "
            "Brandt said. The army lost two tanks in the attack.\n"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("knowledge: 1 quotations (Ilse Brandt (1))"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("WMD_NUCLEAR"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("; tone -"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("most frequent themes (documents): "), std::string::npos)
      << r.out;
}

// A speaker named by words that are no entity keeps its words and span.
TEST_F(KnowledgeCliTest, QuotesKeepASpeakerThatIsNoEntity) {
  const std::string text =
      "\"We intend to start with technical questions,\" a ministry "
      "spokeswoman told reporters on Monday.\n";
  const Records r = RunRecords("quotes " + Write("a.txt", text), "quotation");
  ASSERT_EQ(r.records.size(), 1u) << r.run.out;
  const json& speaker = r.records[0]["speaker"];
  ASSERT_FALSE(speaker.is_null()) << r.run.out;
  EXPECT_EQ(speaker["entity"], -1);
  EXPECT_EQ(speaker["name"], "");
  EXPECT_EQ(speaker["text"], "a ministry spokeswoman");
  const size_t at = text.find("a ministry");
  EXPECT_EQ(speaker["span"][0], at);
  EXPECT_EQ(speaker["span"][1],
            at + std::string("a ministry spokeswoman").size());
}

TEST_F(KnowledgeCliTest, CodeWritesOneDocumentRecordAfterItsEvents) {
  std::string path = Write(
      "a.txt",
      "The defence analyst Marta Kowal said the convoy carried artillery "
      "shells. \"The army is short of ammunition,\" Kowal told reporters on "
      "Friday. At least 40 soldiers were killed in the shelling.\n");
  const Records r = RunRecords("code " + path, "document");
  ASSERT_EQ(r.records.size(), 1u) << r.run.out;
  const json& d = r.records[0];
  for (const char* field :
       {"doc_id", "date", "lang", "url", "title", "sentences", "events", "tone",
        "sentence_tones", "themes", "entities", "quotations", "amounts",
        "dates"}) {
    EXPECT_TRUE(d.contains(field)) << field << " in " << d.dump();
  }
  // The last line is the document record: events come first.
  const std::string& out = r.run.out;
  std::string last = out.substr(out.rfind('\n', out.size() - 2) + 1);
  EXPECT_EQ(json::parse(last)["kind"], "document");
  EXPECT_LT(d["tone"]["tone"].get<double>(), 0) << d["tone"].dump();
  EXPECT_EQ(d["sentence_tones"].size(), d["sentences"].get<size_t>());
  ASSERT_GE(d["quotations"].size(), 1u) << d.dump();
  const json& q = d["quotations"][0];
  EXPECT_EQ(q["text"], "The army is short of ammunition,");
  ASSERT_FALSE(q["speaker"].is_null()) << q.dump();
  EXPECT_EQ(q["speaker"]["name"], "Marta Kowal");
  // Every span slices the document back to its text.
  const std::string text = Read(path);
  for (const json& e : d["entities"]) {
    for (const json& m : e["mentions"]) {
      const size_t b = m["span"][0], end = m["span"][1];
      EXPECT_EQ(text.substr(b, end - b), m["text"].get<std::string>());
    }
  }
  bool soldiers = false;
  for (const json& a : d["amounts"]) {
    if (a["value"] == 40 && a["counted"] == "soldiers") soldiers = true;
  }
  EXPECT_TRUE(soldiers) << d["amounts"].dump();
}

// Leaving stages out removes exactly their records: the same events, no
// document record without knowledge, no location without places.
TEST_F(KnowledgeCliTest, CodeLeavesOutTheStagesItIsToldTo) {
  const std::string path =
      Write("a.txt",
            "Russian forces shelled Kharkiv on Monday. \"We will hold the "
            "city,\" the mayor Ivan Petrenko said.\n");
  const Records all = RunRecords("code " + path, "event");
  ASSERT_GE(all.records.size(), 1u) << all.run.out;
  ASSERT_NE(all.run.out.find("\"kind\":\"document\""), std::string::npos);
  bool located = false;
  for (const json& e : all.records) located |= !e["location"].is_null();
  ASSERT_TRUE(located) << all.run.out;

  const Records bare =
      RunRecords("code --no-knowledge --no-places " + path, "event");
  EXPECT_EQ(bare.run.out.find("\"kind\":\"document\""), std::string::npos)
      << bare.run.out;
  ASSERT_EQ(bare.records.size(), all.records.size()) << bare.run.out;
  for (size_t i = 0; i < bare.records.size(); ++i) {
    EXPECT_TRUE(bare.records[i]["location"].is_null()) << bare.run.out;
    EXPECT_EQ(bare.records[i]["cameo"], all.records[i]["cameo"]);
    EXPECT_EQ(bare.records[i]["source"], all.records[i]["source"]);
    EXPECT_EQ(bare.records[i]["target"], all.records[i]["target"]);
  }
}

TEST_F(KnowledgeCliTest, QuotesPrintsEachQuotationWithItsSpeaker) {
  std::string path =
      Write("b.txt",
            "« Nous ne céderons rien », a déclaré le ministre Paul Ferrand. "
            "Il a ajouté que les négociations reprendraient lundi.\n");
  const Records r = RunRecords("quotes " + path, "quotation");
  const std::vector<json>& quotes = r.records;
  ASSERT_EQ(quotes.size(), 2u) << r.run.out;
  EXPECT_EQ(quotes[0]["text"], "Nous ne céderons rien");
  EXPECT_TRUE(quotes[0]["direct"].get<bool>());
  EXPECT_EQ(quotes[0]["speaker"]["name"], "Paul Ferrand");
  EXPECT_FALSE(quotes[1]["direct"].get<bool>());
  EXPECT_EQ(quotes[1]["speaker"]["name"], "Paul Ferrand");
  EXPECT_NE(r.run.err.find("quotations: 2 (2 with a speaker)"),
            std::string::npos)
      << r.run.err;

  auto text = Run("quotes --format text " + path);
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("«Nous ne céderons rien» — Paul Ferrand"),
            std::string::npos)
      << text.out;
  EXPECT_EQ(Run("quotes --format xml " + path).exit_code, 2);
}

// Issue 6, check 2, end to end: the example article's knowledge record.
TEST_F(KnowledgeCliTest, ExampleArticle) {
  const std::string path = kShared + "/corpus/nuclear-train-2022-10-fr.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " absent";
  const Records r = RunRecords("code " + path, "document");
  ASSERT_EQ(r.records.size(), 1u);
  const json& d = r.records[0];
  std::printf("knowledge record of the example article:\n%s\n",
              d.dump(1).c_str());
  EXPECT_LT(d["tone"]["tone"].get<double>(), 0);
  std::vector<std::string> themes;
  for (const json& t : d["themes"]) themes.push_back(t["theme"]);
  for (const char* want :
       {"WMD_NUCLEAR", "MIL_EXERCISE", "MIL_LOGISTICS", "PROPAGANDA"}) {
    EXPECT_NE(std::find(themes.begin(), themes.end(), want), themes.end())
        << want;
  }
  bool muzyka = false, kadyrov = false, ntv = false;
  for (const json& q : d["quotations"]) {
    if (q["speaker"].is_null()) continue;
    const std::string speaker = q["speaker"]["name"];
    const std::string text = q["text"];
    if (speaker == "Konrad Muzyka") muzyka = true;
    if (speaker == "Ramzan Kadyrov" &&
        text.find("mon avis") != std::string::npos) {
      kadyrov = true;
    }
    if (speaker == "NTV") ntv = true;
  }
  EXPECT_TRUE(muzyka);
  EXPECT_TRUE(kadyrov);
  EXPECT_TRUE(ntv);
  bool dozen = false;
  for (const json& a : d["amounts"]) {
    if (a["value"] == 12 && a["approximate"] == true &&
        a["counted"].get<std::string>().find("installation") !=
            std::string::npos) {
      dozen = true;
    }
  }
  EXPECT_TRUE(dozen) << d["amounts"].dump();
}

}  // namespace
