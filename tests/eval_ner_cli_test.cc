// `tocsin eval ner`: the table, the JSON keys, the exit codes, on gold
// files written here; and the figures on the shared NER sets when present.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "cli_fixture.h"

namespace tocsin_cli_test {
namespace {

// Two French sentences, CoNLL convention (names without titles).
constexpr char kBio[] =
    "Hier O\n, O\nM. O\nFerrandou I-PER\na O\nquitté O\nGrenoble I-LOC\n. O\n"
    "\n"
    "L' O\nanalyste O\nIlmar I-PER\nVahtra I-PER\nvit O\nprès O\nde O\n"
    "Vouhledar I-LOC\n. O\n";

// The same kind of text in HIPE-2022 TSV (titles inside person spans).
constexpr char kHipe[] =
    "TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tMISC\n"
    "# hipe2022:document_id = fixture-1\n"
    "# hipe2022:date = 1921-04-02\n"
    "# hipe2022:language = fr\n"
    "Hier\tO\tO\tO\tNoSpaceAfter\n"
    ",\tO\tO\tO\t_\n"
    "M\tB-pers\tO\tB-pers.ind\tNoSpaceAfter\n"
    ".\tI-pers\tO\tI-pers.ind\t_\n"
    "Ferrandou\tI-pers\tO\tI-pers.ind\t_\n"
    "a\tO\tO\tO\t_\n"
    "quitté\tO\tO\tO\tEndOfLine\n"
    "Grenoble\tB-loc\tO\tB-loc.adm.town\tNoSpaceAfter\n"
    ".\tO\tO\tO\tEndOfSentence\n";

// HIPE puts a person's function in its span ("M. Ferrandou, conseiller
// d'État"), and a place inside it is no span of its own.
constexpr char kHipeApposition[] =
    "TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tMISC\n"
    "# hipe2022:document_id = fixture-2\n"
    "# hipe2022:language = fr\n"
    "Hier\tO\tO\tO\tNoSpaceAfter\n"
    ",\tO\tO\tO\t_\n"
    "M\tB-pers\tO\tB-pers.ind\tNoSpaceAfter\n"
    ".\tI-pers\tO\tI-pers.ind\t_\n"
    "Ferrandou\tI-pers\tO\tI-pers.ind\tNoSpaceAfter\n"
    ",\tI-pers\tO\tI-pers.ind\t_\n"
    "négociant\tI-pers\tO\tI-pers.ind\t_\n"
    "à\tI-pers\tO\tI-pers.ind\t_\n"
    "Grenoble\tI-pers\tO\tI-pers.ind\tNoSpaceAfter\n"
    ",\tO\tO\tO\t_\n"
    "est\tO\tO\tO\t_\n"
    "parti\tO\tO\tO\tNoSpaceAfter\n"
    ".\tO\tO\tO\tEndOfSentence\n";

// Event sentences with source (S) and target (T) spans.
constexpr char kConfliBert[] =
    "Ruritanian B-S\ntroops I-S\nshelled O\nthe O\nvillage O\nof O\n"
    "Vouhledar B-T\n. O\n"
    "\n"
    "The O\nmayor B-S\ncondemned O\nthe B-T\nattack I-T\n. O\n";

TEST_F(CliTest, EvalNerBioTable) {
  std::string path = Write("gold.bio", kBio);
  CliResult r = Run("eval ner --format bio --lang fr " + path);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("named entities on"), std::string::npos) << r.out;
  for (const char* row : {"\n  LOC ", "\n  ORG ", "\n  PER ", "\n  all "}) {
    EXPECT_NE(r.out.find(row), std::string::npos) << row << "\n" << r.out;
  }
}

TEST_F(CliTest, EvalNerBioJsonFindsTheNames) {
  std::string path = Write("gold.bio", kBio);
  CliResult r = Run("eval ner --format bio --lang fr --json " + path);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["format"], "bio");
  EXPECT_EQ(j["documents"], 2);
  for (const char* label : {"LOC", "ORG", "PER"}) {
    const auto& l = j["labels"][label];
    for (const char* key : {"gold", "predicted", "strict_correct"}) {
      EXPECT_TRUE(l.contains(key)) << label << " " << key;
    }
    for (const char* kind : {"strict", "lenient"}) {
      for (const char* key : {"precision", "recall", "f1"}) {
        EXPECT_TRUE(l[kind].contains(key)) << label << " " << kind << key;
      }
    }
  }
  EXPECT_EQ(j["labels"]["PER"]["gold"], 2);
  EXPECT_EQ(j["labels"]["LOC"]["gold"], 2);
  EXPECT_DOUBLE_EQ(j["labels"]["PER"]["strict"]["f1"].get<double>(), 1.0)
      << r.out;
  EXPECT_DOUBLE_EQ(j["labels"]["LOC"]["strict"]["f1"].get<double>(), 1.0)
      << r.out;
  EXPECT_EQ(j["overall"]["gold"], 4);
}

TEST_F(CliTest, EvalNerHipeKeepsTitlesInPersonSpans) {
  std::string path = Write("gold.tsv", kHipe);
  CliResult r = Run("eval ner --format hipe --json " + path);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["documents"], 1);
  EXPECT_EQ(j["labels"]["PER"]["strict_correct"], 1) << r.out;
  EXPECT_EQ(j["labels"]["LOC"]["strict_correct"], 1) << r.out;
}

TEST_F(CliTest, EvalNerHipePersonSpansHoldTheirFunctions) {
  std::string path = Write("gold.tsv", kHipeApposition);
  CliResult r = Run("eval ner --format hipe --json " + path);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["labels"]["PER"]["strict_correct"], 1) << r.out;
  // "Grenoble" is inside the person's span: no place span.
  EXPECT_EQ(j["labels"]["LOC"]["predicted"], 0) << r.out;
}

TEST_F(CliTest, EvalNerConfliBertRecall) {
  std::string path = Write("gold.txt", kConfliBert);
  CliResult r = Run("eval ner --format conflibert --lang en --json " + path);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["documents"], 2);
  for (const char* label : {"R", "S", "T"}) {
    for (const char* key :
         {"gold", "exact", "exact_recall", "overlap", "overlap_recall"}) {
      EXPECT_TRUE(j["labels"][label].contains(key)) << label << " " << key;
    }
  }
  EXPECT_EQ(j["labels"]["S"]["gold"], 2);
  EXPECT_EQ(j["labels"]["T"]["gold"], 2);
  EXPECT_TRUE(j.contains("mentions"));
  EXPECT_TRUE(j.contains("mentions_overlapping"));
  // "Vouhledar" (a name) and "The mayor" (an agent) are found.
  EXPECT_GE(j["overall"]["overlap"].get<int>(), 2) << r.out;
  CliResult table = Run("eval ner --format conflibert --lang en " + path);
  ASSERT_EQ(table.exit_code, 0) << table.err;
  EXPECT_NE(table.out.find("source/target span recall"), std::string::npos);
}

TEST_F(CliTest, EvalNerErrors) {
  std::string path = Write("gold.bio", kBio);
  EXPECT_EQ(Run("eval ner --format xml " + path).exit_code, 2);
  CliResult missing = Run("eval ner --format bio " + (dir_ / "none").string());
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("cannot open"), std::string::npos) << missing.err;
  std::string bad = Write("bad.bio", "Jean I-PER\nVal\n");
  CliResult malformed = Run("eval ner --format bio " + bad);
  EXPECT_EQ(malformed.exit_code, 2);
  EXPECT_NE(malformed.err.find(":2:"), std::string::npos) << malformed.err;
}

// The figures on the shared gold sets (printed; the floors only catch a
// broken pipeline, the targets are in the README).
struct SharedSet {
  const char* format;
  const char* path;
  const char* language;
  // Strict F1 floors a little under the figures of the README.
  double per_strict_floor = 0;
  double loc_strict_floor = 0;
};

class EvalNerSharedTest : public CliTest,
                          public ::testing::WithParamInterface<SharedSet> {};

TEST_P(EvalNerSharedTest, PrintsFigures) {
  const SharedSet& set = GetParam();
  const std::string path = std::string(TOCSIN_SHARED_DIR) + "/" + set.path;
  if (!fs::exists(path)) GTEST_SKIP() << path << " absent (../shared absent)";
  CliResult r = Run(std::string("eval ner --format ") + set.format +
                    " --lang " + set.language + " " + path);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::cout << r.out;
  CliResult j = Run(std::string("eval ner --json --format ") + set.format +
                    " --lang " + set.language + " " + path);
  ASSERT_EQ(j.exit_code, 0) << j.err;
  auto json = nlohmann::json::parse(j.out);
  if (std::string(set.format) == "conflibert") {
    EXPECT_GT(json["overall"]["overlap_recall"].get<double>(), 0.5);
  } else {
    EXPECT_GT(json["overall"]["lenient"]["f1"].get<double>(), 0.4);
    EXPECT_GT(json["labels"]["PER"]["strict"]["f1"].get<double>(),
              set.per_strict_floor);
    EXPECT_GT(json["labels"]["LOC"]["strict"]["f1"].get<double>(),
              set.loc_strict_floor);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Shared, EvalNerSharedTest,
    ::testing::Values(
        SharedSet{"hipe", "eval/ner-fr/HIPE-2022-v2.1-hipe2020-dev-fr.tsv",
                  "fr", 0.70, 0.72},
        SharedSet{"bio", "eval/ner-fr/enp_FR.bnf.bio", "fr", 0.57, 0.55},
        SharedSet{"conflibert", "eval/conflibert/cameo_ner_train.txt", "en"}),
    [](const ::testing::TestParamInfo<SharedSet>& info) {
      return std::string(info.param.format);
    });

}  // namespace
}  // namespace tocsin_cli_test
