// The HTML signal report (signals/report_html.h) in a real browser: the
// synthetic report is rendered to a file under the build directory and
// opened in headless Chromium, which must load it without a console
// message, keep every chart in the DOM, and produce a full-size screenshot
// (<build>/signals-report.png, for a human to look at).
//
// Chromium is found as `chromium` on PATH (Debian's package). Without it
// the tests skip, or fail when TOCSIN_REQUIRE_CHROMIUM=1 (as
// scripts/run-tests.sh sets). Chromium is an external process, so these
// tests run the same under the sanitizer build.
//
// How console errors are seen: with --enable-logging=stderr, Chromium
// writes each console message of the page to stderr as
//   [pid:tid:MMDD/HHMMSS.micros:INFO:CONSOLE:1] "text", source: file:///...
// (older builds: "INFO:CONSOLE(1)"). For web pages it logs every level
// (log, warn, error, uncaught exceptions as "Uncaught ...") at INFO, so the
// level cannot be told apart; the report has no script at all, so any
// console message is treated as an error. A negative control checks that a
// page calling console.error, and one throwing, are caught.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "signals/report_html.h"
#include "signals/report_test_util.h"

namespace {

namespace fs = std::filesystem;

// The build directory: where the tocsin binary is built.
fs::path BuildDir() { return fs::path(TOCSIN_CLI_PATH).parent_path(); }

void WriteFile(const fs::path& path, std::string_view bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

// 'text' for /bin/sh, whatever it contains.
std::string ShellQuote(std::string_view text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

// The executable `name` on PATH, or "".
std::string FindOnPath(const std::string& name) {
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path != nullptr ? path : "/usr/bin:/bin");
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    if (dir.empty()) continue;
    const fs::path candidate = fs::path(dir) / name;
    if (::access(candidate.c_str(), X_OK) == 0 &&
        fs::is_regular_file(candidate)) {
      return candidate.string();
    }
  }
  return "";
}

int Count(std::string_view haystack, std::string_view needle) {
  return tocsin::signals_test::CountOccurrences(haystack, needle);
}

// The lines of Chromium's stderr that report a console message of the
// page ("...:INFO:CONSOLE:12] ..." or "...:CONSOLE(12)] ..."), and any
// "Uncaught" exception line, whatever its prefix.
std::vector<std::string> ConsoleMessages(const std::string& err) {
  std::vector<std::string> lines;
  std::stringstream in(err);
  std::string line;
  while (std::getline(in, line)) {
    if (line.find(":CONSOLE:") != std::string::npos ||
        line.find(":CONSOLE(") != std::string::npos ||
        line.find("Uncaught") != std::string::npos) {
      lines.push_back(line);
    }
  }
  return lines;
}

std::string Join(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += line + "\n";
  return out;
}

struct BrowserRun {
  int exit_code = -1;
  std::string out, err;
};

class ReportChromiumTest : public ::testing::Test {
 protected:
  void SetUp() override {
    chromium_ = FindOnPath("chromium");
    if (chromium_.empty()) {
      const char* require = std::getenv("TOCSIN_REQUIRE_CHROMIUM");
      const std::string why =
          "no `chromium` on PATH (Debian package chromium): the HTML report "
          "is not checked in a browser";
      if (require != nullptr && std::string(require) == "1") {
        FAIL() << "TOCSIN_REQUIRE_CHROMIUM=1 but " << why;
      }
      std::fprintf(stderr, "skipping: %s\n", why.c_str());
      GTEST_SKIP() << why;
    }
    // Each test gets its own folder: ctest runs tests in parallel. The
    // folder is emptied first, so reruns do not pile up.
    dir_ = BuildDir() / "chromium-report" /
           ::testing::UnitTest::GetInstance()->current_test_info()->name();
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }

  void TearDown() override {
    // Profiles are large and useless afterwards; the pages, the DOM and
    // the logs stay for a look after a failure.
    std::error_code ignored;
    for (int i = 0; i < runs_; ++i) {
      fs::remove_all(dir_ / ("profile-" + std::to_string(i)), ignored);
    }
  }

  // Runs headless Chromium on `page` with `flags`, each run with a
  // throwaway profile, bounded to 60 s (then killed).
  BrowserRun Run(const fs::path& page, const std::string& flags) {
    const fs::path profile = dir_ / ("profile-" + std::to_string(runs_));
    const fs::path out = dir_ / ("run-" + std::to_string(runs_) + ".out");
    const fs::path err = dir_ / ("run-" + std::to_string(runs_) + ".err");
    ++runs_;
    const std::string command =
        "timeout -k 5 60 " + ShellQuote(chromium_) +
        " --no-sandbox --headless --disable-gpu --hide-scrollbars"
        " --window-size=1280,2000 --no-first-run --no-default-browser-check"
        " --disable-extensions --disable-background-networking"
        " --disable-dev-shm-usage --mute-audio"
        " --user-data-dir=" +
        ShellQuote(profile.string()) + " " + flags + " " +
        ShellQuote("file://" + fs::absolute(page).string()) + " </dev/null >" +
        ShellQuote(out.string()) + " 2>" + ShellQuote(err.string());
    BrowserRun run;
    const int status = std::system(command.c_str());
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = tocsin_cli_test::ReadFile(out);
    run.err = tocsin_cli_test::ReadFile(err);
    return run;
  }

  // Loads `page` and returns its DOM after load, with stderr's console log.
  BrowserRun DumpDom(const fs::path& page) {
    return Run(page, "--enable-logging=stderr --v=0 --dump-dom");
  }

  fs::path WritePage(const std::string& name, std::string_view html) {
    const fs::path path = dir_ / name;
    WriteFile(path, html);
    return path;
  }

  std::string chromium_;
  fs::path dir_;
  int runs_ = 0;
};

// Table-driven: the synthetic report and an empty one both load cleanly,
// with all their charts in the DOM.
TEST_F(ReportChromiumTest, LoadsWithoutConsoleMessagesAndKeepsTheCharts) {
  struct Case {
    const char* name;
    tocsin::SignalReport report;
    int charts;  // class="chart" exactly: timelines and the news volume
    int goldstein_charts;
    int evidence_tables;
  };
  const Case cases[] = {
      {"synthetic", tocsin::signals_test::SyntheticSignalReport(),
       tocsin::signals_test::kSyntheticTimelineCharts, 1, 1},
      {"empty", tocsin::SignalReport{}, 1, 0, 0},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const fs::path page = WritePage(std::string(c.name) + ".html",
                                    tocsin::SignalReportHtml(c.report));
    const BrowserRun run = DumpDom(page);
    ASSERT_EQ(run.exit_code, 0) << "chromium failed (124: timed out)\n"
                                << run.err;
    WriteFile(dir_ / (std::string(c.name) + ".dom.html"), run.out);
    EXPECT_EQ(Join(ConsoleMessages(run.err)), "")
        << "console messages while loading " << page;
    EXPECT_EQ(run.out.rfind("<!DOCTYPE html>", 0), 0u)
        << run.out.substr(0, 200);
    EXPECT_EQ(Count(run.out, "<svg"), c.charts + c.goldstein_charts);
    EXPECT_EQ(Count(run.out, "class=\"chart\""), c.charts);
    EXPECT_EQ(Count(run.out, "class=\"chart goldstein\""), c.goldstein_charts);
    EXPECT_EQ(Count(run.out, "<table class=\"evidence\""), c.evidence_tables);
    EXPECT_EQ(Count(run.out, "<script"), 0);
  }
}

// The console check cannot pass vacuously: a page that logs an error, and
// one that throws, must both be reported; a quiet page must not.
TEST_F(ReportChromiumTest, ConsoleCheckCatchesErrors) {
  struct Case {
    const char* name;
    const char* body;
    const char* expected;  // in the console lines; "" when none expected
  };
  const Case cases[] = {
      {"console-error",
       "<script>console.error(\"tocsin-deliberate-error\")</script>",
       "tocsin-deliberate-error"},
      {"uncaught", "<script>tocsinUndefinedFunction()</script>",
       "Uncaught ReferenceError"},
      {"quiet", "<p>no script</p>", ""},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const fs::path page = WritePage(
        std::string(c.name) + ".html",
        std::string("<!DOCTYPE html><html><body>") + c.body + "</body></html>");
    const BrowserRun run = DumpDom(page);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const std::string console = Join(ConsoleMessages(run.err));
    if (*c.expected == '\0') {
      EXPECT_EQ(console, "");
    } else {
      EXPECT_NE(console.find(c.expected), std::string::npos)
          << "the console check missed it; chromium's stderr:\n"
          << run.err;
    }
  }
}

// A screenshot of the synthetic report at 1280x2000 (the window size): a
// real PNG of some size, i.e. the page painted.
TEST_F(ReportChromiumTest, ScreenshotIsAFullSizePng) {
  const fs::path page = WritePage(
      "signals-report.html",
      tocsin::SignalReportHtml(tocsin::signals_test::SyntheticSignalReport()));
  const fs::path png = BuildDir() / "signals-report.png";
  std::error_code ignored;
  fs::remove(png, ignored);
  const BrowserRun run = Run(page, "--screenshot=" + ShellQuote(png.string()));
  ASSERT_EQ(run.exit_code, 0) << "chromium failed (124: timed out)\n"
                              << run.err;
  ASSERT_TRUE(fs::exists(png)) << run.err;
  // A blank 1280x2000 page compresses to a few KB; charts and text to more.
  EXPECT_GT(fs::file_size(png), 40u * 1024);
  const std::string bytes = tocsin_cli_test::ReadFile(png);
  ASSERT_GE(bytes.size(), 24u);
  EXPECT_EQ(bytes.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  // IHDR: width and height, big-endian, at bytes 16 and 20.
  auto be32 = [&](size_t at) {
    return (static_cast<uint32_t>(static_cast<unsigned char>(bytes[at]))
            << 24) |
           (static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + 1]))
            << 16) |
           (static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + 2]))
            << 8) |
           static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + 3]));
  };
  EXPECT_EQ(bytes.substr(12, 4), "IHDR");
  EXPECT_EQ(be32(16), 1280u);
  EXPECT_EQ(be32(20), 2000u);
  std::printf("screenshot: %s (%ju bytes)\n", png.c_str(),
              static_cast<uintmax_t>(fs::file_size(png)));
}

// The report the README's main job writes from the sample corpus
// (scripts/main-job.sh): it loads cleanly, its charts are all in the DOM
// (the news volume, one timeline per signal, the watch's two), and its
// screenshot (<build>/main-job-report.png) is written.
TEST_F(ReportChromiumTest, TheMainJobReportLoadsWithItsCharts) {
  const std::string job =
      "bash " +
      ShellQuote(std::string(TOCSIN_SOURCE_DIR) + "/scripts/main-job.sh") +
      " " + ShellQuote(TOCSIN_CLI_PATH) + " " + ShellQuote(dir_.string()) +
      " >" + ShellQuote((dir_ / "main-job.log").string()) + " 2>&1";
  ASSERT_EQ(std::system(job.c_str()), 0)
      << tocsin_cli_test::ReadFile(dir_ / "main-job.log");
  const fs::path page = dir_ / "report.html";
  const std::string html = tocsin_cli_test::ReadFile(page);
  const int signal_cards = Count(html, "<section class=\"card signal\"");
  ASSERT_GT(signal_cards, 0);
  const BrowserRun run = DumpDom(page);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(Join(ConsoleMessages(run.err)), "");
  EXPECT_EQ(Count(run.out, "class=\"chart\""), 1 + signal_cards + 2);
  EXPECT_NE(run.out.find("data-series=\"watch:nuclear\""), std::string::npos);
  const fs::path png = BuildDir() / "main-job-report.png";
  std::error_code ignored;
  fs::remove(png, ignored);
  const BrowserRun shot = Run(page, "--screenshot=" + ShellQuote(png.string()));
  ASSERT_EQ(shot.exit_code, 0) << shot.err;
  ASSERT_TRUE(fs::exists(png));
  EXPECT_GT(fs::file_size(png), 40u * 1024);
  std::printf("main job report: %d signal cards; screenshot %s (%ju bytes)\n",
              signal_cards, png.c_str(),
              static_cast<uintmax_t>(fs::file_size(png)));
}

}  // namespace
