// End-to-end tests of `tocsin code`, `tocsin explain` and `tocsin eval
// quad`, on sentences we wrote, plus issue 4's checks that read ../shared:
// the ConfliBERT quad-class figure (check 3) and the example article
// (check 4). Those skip when ../shared is absent.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli_fixture.h"

namespace {

using nlohmann::json;

class EventsCliTest : public tocsin_cli_test::CliTest {
 protected:
  std::vector<json> Events(const std::string& out) {
    std::vector<json> events;
    std::istringstream lines(out);
    std::string line;
    while (std::getline(lines, line)) {
      if (line.empty()) continue;
      json record = json::parse(line);
      // `tocsin code` also writes one "document" record per document.
      if (record["kind"] == "event") events.push_back(std::move(record));
    }
    return events;
  }
};

TEST_F(EventsCliTest, CodeWritesEveryFieldOfTheFormat) {
  std::string path = Write("a.txt",
                           "Russian troops withdrew from the town on Saturday. "
                           "Ukraine did not attack Belarus.\n");
  auto r = Run("code " + path);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<json> events = Events(r.out);
  ASSERT_GE(events.size(), 2u) << r.out;
  for (const json& e : events) {
    for (const char* field :
         {"kind", "doc_id", "sentence_index", "sentence", "date", "lang",
          "source", "target", "reporter", "cameo", "root", "quad_class",
          "goldstein", "plover", "trigger", "negated", "hypothetical",
          "rule"}) {
      EXPECT_TRUE(e.contains(field)) << field << " in " << e.dump();
    }
  }
  const json& retreat = events[0];
  EXPECT_EQ(retreat["source"]["code"], "RUSMIL");
  EXPECT_EQ(retreat["root"], "08");
  EXPECT_EQ(retreat["quad_class"], 2);
  // The span slices the document text back to the source's text.
  auto span = retreat["source"]["span"];
  EXPECT_EQ(std::string("Russian troops withdrew").substr(span[0], span[1]),
            "Russian troops");
  const json& attack = events.back();
  EXPECT_EQ(attack["source"]["code"], "UKR");
  EXPECT_EQ(attack["target"]["code"], "BLR");
  EXPECT_TRUE(attack["negated"].get<bool>());
}

TEST_F(EventsCliTest, FlagsPassiveAndReportedSpeechInFrench) {
  std::string path =
      Write("b.txt",
            "Kharkiv a été bombardée par l'armée russe. Selon Kiev, la Russie "
            "pourrait attaquer la Moldavie.\n");
  auto r = Run("code " + path);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<json> events = Events(r.out);
  ASSERT_EQ(events.size(), 2u) << r.out;
  EXPECT_EQ(events[0]["source"]["code"], "RUSMIL");
  EXPECT_EQ(events[1]["source"]["code"], "RUS");
  EXPECT_EQ(events[1]["target"]["code"], "MDA");
  EXPECT_TRUE(events[1]["hypothetical"].get<bool>());
  EXPECT_EQ(events[1]["reporter"]["code"], "UKRGOV");
}

TEST_F(EventsCliTest, ExplainShowsCandidatesAndDecisions) {
  auto r = Run("explain \"La Russie a menacé l'Ukraine.\" --lang fr");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("menacer/VERB"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("chosen fr/"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"cameo\":\"13"), std::string::npos) << r.out;
}

TEST_F(EventsCliTest, EvalQuadScoresATinyFile) {
  std::string path = Write("q.tsv",
                           "Russian forces shelled Kharkiv overnight.\t4\n"
                           "France and Germany signed a defence pact.\t1\n"
                           "It rained all day in the capital.\t0\n");
  auto r = Run("eval quad " + path + " --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json report = json::parse(r.out);
  EXPECT_EQ(report["total"], 3);
  auto bad = Run("eval quad " + Write("bad.tsv", "no tab here\n"));
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("bad.tsv:1"), std::string::npos) << bad.err;
}

TEST_F(EventsCliTest, GarbageInputEndsCleanly) {
  std::string nested(20000, '"');
  std::string no_punctuation;
  for (int i = 0; i < 200000; ++i) no_punctuation += "attack ";
  auto r = Run("code " + Write("nested.txt", nested) + " " +
               Write("long.txt", no_punctuation));
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

const std::string kShared = TOCSIN_SHARED_DIR;

TEST_F(EventsCliTest, ConfliBertQuadMacroF1) {
  const std::string path = kShared + "/eval/conflibert/cameo_class_train.tsv";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " absent";
  auto r = Run("eval quad " + path + " --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json report = json::parse(r.out);
  std::printf("ConfliBERT quad classes: accuracy %.3f, macro-F1 %.3f on %d\n",
              report["accuracy"].get<double>(),
              report["macro_f1"].get<double>(), report["total"].get<int>());
  EXPECT_GE(report["macro_f1"].get<double>(), 0.65);
}

// Issue 4, check 4.
TEST_F(EventsCliTest, ExampleArticle) {
  const std::string path = kShared + "/corpus/nuclear-train-2022-10-fr.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " absent";
  auto r = Run("code " + path);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::printf("coded output of the example article:\n%s", r.out.c_str());
  std::vector<json> events = Events(r.out);
  auto code = [](const json& party) {
    return party.is_null() ? std::string() : party["code"].get<std::string>();
  };
  auto text = [](const json& party) {
    return party.is_null() ? std::string() : party["text"].get<std::string>();
  };
  bool retreat = false, kadyrov = false, putin = false, medvedev = false;
  bool moving_hypothetical = false, ukraine_retreats = false;
  for (const json& e : events) {
    const std::string cameo = e["cameo"], sentence = e["sentence"];
    const std::string src = code(e["source"]);
    if (cameo.rfind("087", 0) == 0 && (src == "RUSMIL" || src == "RUS")) {
      retreat = true;
    }
    if (cameo.rfind("087", 0) == 0 && src.rfind("UKR", 0) == 0) {
      ukraine_retreats = true;
    }
    bool by_kadyrov = text(e["source"]).find("Kadyrov") != std::string::npos ||
                      text(e["reporter"]).find("Kadyrov") != std::string::npos;
    if (cameo.rfind("13", 0) == 0 && by_kadyrov && code(e["target"]) == "UKR") {
      kadyrov = true;
    }
    if (cameo.rfind("13", 0) == 0 &&
        text(e["source"]).find("Poutine") != std::string::npos) {
      putin = true;
    }
    if (text(e["source"]).find("Medvedev") != std::string::npos ||
        text(e["reporter"]).find("Medvedev") != std::string::npos) {
      medvedev = true;
    }
    if (sentence.find("déplacer cet équipement") != std::string::npos &&
        e["hypothetical"].get<bool>()) {
      moving_hypothetical = true;
    }
  }
  EXPECT_TRUE(retreat) << "RUSMIL/RUS 087x retreat from Lyman";
  EXPECT_TRUE(kadyrov) << "Kadyrov -> UKR 13x";
  EXPECT_TRUE(putin) << "Putin's 13x nuclear warning";
  EXPECT_TRUE(medvedev) << "an event by (or reported by) Medvedev";
  EXPECT_TRUE(moving_hypothetical) << "hypothetical on moving equipment";
  EXPECT_FALSE(ukraine_retreats) << "UKR as the source of the retreat";
}

}  // namespace
