// The README's main job (scripts/main-job.sh, which scripts/run-main.sh runs
// after setup) on the bundled sample corpus (issue 8, check 2): it must
// report the corpus's escalation arc, the nuclear rhetoric and posture of
// early October (samples/README.md), against a quiet September, with the
// evidence events listed, and write the HTML report.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "cli_fixture.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class MainJobTest : public tocsin_cli_test::CliTest {
 protected:
  // Runs the main job into dir_; its stdout and stderr together.
  tocsin_cli_test::CliResult RunMainJob() {
    const std::string command = "bash " + std::string(TOCSIN_SOURCE_DIR) +
                                "/scripts/main-job.sh " + TOCSIN_CLI_PATH +
                                " " + dir_.string() + " 2>&1";
    tocsin_cli_test::CliResult result;
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) return result;
    char buffer[65536];
    size_t n;
    while ((n = fread(buffer, 1, sizeof(buffer), pipe)) > 0) {
      result.out.append(buffer, n);
    }
    const int status = pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
  }
};

TEST_F(MainJobTest, ReportsTheEscalationArcWithItsEvidence) {
  const tocsin_cli_test::CliResult job = RunMainJob();
  ASSERT_EQ(job.exit_code, 0)
      << job.out.substr(job.out.size() > 4000 ? job.out.size() - 4000 : 0);
  // The printed parts, in order.
  const size_t ingest = job.out.find("== tocsin ingest");
  const size_t events = job.out.find("== tocsin events");
  const size_t signals = job.out.find("== tocsin signals");
  ASSERT_NE(ingest, std::string::npos);
  ASSERT_NE(events, std::string::npos);
  ASSERT_NE(signals, std::string::npos);
  EXPECT_LT(ingest, events);
  EXPECT_LT(events, signals);
  const std::string printed = job.out.substr(signals);
  EXPECT_NE(printed.find("] watch nuclear: since 2026-10-0"), std::string::npos)
      << printed.substr(0, 3000);
  EXPECT_NE(printed.find("      https://example."), std::string::npos);
  EXPECT_NE(printed.find("\nwatch nuclear: "), std::string::npos);

  // The same signals as JSON, checked field by field.
  const std::string db = (dir_ / "tocsin.db").string();
  const tocsin_cli_test::CliResult r = Run("signals --format json --db " + db);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json report = json::parse(r.out);
  const json* nuclear = nullptr;
  for (const json& s : report["signals"]) {
    if (s["kind"] == "watch" && s["key"] == "nuclear") nuclear = &s;
    // September is the baseline: no nuclear alarm there.
    if (s["kind"] == "watch") {
      EXPECT_GE(s["since"].get<std::string>(), "2026-10-01") << s.dump();
    }
  }
  ASSERT_NE(nuclear, nullptr) << r.out.substr(0, 2000);
  const std::string since = (*nuclear)["since"];
  std::printf(
      "main job: nuclear watch since %s, until %s, peak %s: %g vs "
      "%.2f expected (x%.1f), p = %.2g, severity %s\n",
      since.c_str(), (*nuclear)["until"].get<std::string>().c_str(),
      (*nuclear)["peak"].get<std::string>().c_str(),
      (*nuclear)["observed"].get<double>(),
      (*nuclear)["expected"].get<double>(), (*nuclear)["ratio"].get<double>(),
      (*nuclear)["p_value"].get<double>(),
      (*nuclear)["severity"].get<std::string>().c_str());
  // The arc starts with the threats of 1-3 October.
  EXPECT_GE(since, "2026-10-01");
  EXPECT_LE(since, "2026-10-05");
  EXPECT_GT((*nuclear)["ratio"].get<double>(), 3);
  EXPECT_LT((*nuclear)["p_value"].get<double>(), 1e-3);
  // Its evidence: the watch's own events first (threats with WMD, nuclear
  // demonstrations, posture), each with the sentence that reported it, its
  // outlet and its link.
  const json& evidence = (*nuclear)["evidence"];
  ASSERT_GE(evidence.size(), 3u);
  int watch_events = 0;
  for (const json& e : evidence) {
    const std::string cameo = e["cameo"];
    watch_events += cameo.rfind("1385", 0) == 0 || cameo.rfind("204", 0) == 0 ||
                    cameo.rfind("15", 0) == 0;
    EXPECT_FALSE(e["sentence"].get<std::string>().empty()) << e.dump();
    EXPECT_FALSE(e["outlet"].get<std::string>().empty()) << e.dump();
    EXPECT_GE(e["day"].get<std::string>(), since);
  }
  EXPECT_GE(watch_events, 3) << evidence.dump(1);
  // Posture events rise too (CAMEO root 15).
  bool posture = false;
  for (const json& s : report["signals"]) {
    posture |= s["kind"] == "root" && s["key"] == "15" &&
               s["since"].get<std::string>() >= "2026-10-01";
  }
  EXPECT_TRUE(posture);
  // The watch lists quotations by speaker.
  ASSERT_FALSE(report["watches"].empty());
  EXPECT_FALSE(report["watches"][0]["quotations"].empty());

  // The HTML report, with the watch's timeline and the evidence tables.
  const std::string html = tocsin_cli_test::ReadFile(dir_ / "report.html");
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("data-series=\"watch:nuclear\""), std::string::npos);
  EXPECT_NE(html.find("<table class=\"evidence\""), std::string::npos);

  // Rerunning changes nothing in the store.
  const tocsin_cli_test::CliResult again = RunMainJob();
  ASSERT_EQ(again.exit_code, 0);
  EXPECT_NE(again.out.find("0 inserted"), std::string::npos);
}

}  // namespace
