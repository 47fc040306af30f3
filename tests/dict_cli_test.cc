// End-to-end tests of `tocsin dict check|import-petrarch|compile`: what a
// user sees on stdout, stderr and in the exit code.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

class DictCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("tocsin_dict_cli_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& bytes) {
    fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }

  CliResult Run(const std::string& args) {
    const std::string err_path = (dir_ / "stderr.txt").string();
    const std::string command =
        std::string(TOCSIN_CLI_PATH) + " " + args + " 2>" + err_path;
    CliResult result;
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) return result;
    std::array<char, 65536> buffer;
    size_t n;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
      result.out.append(buffer.data(), n);
    }
    int status = pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream err(err_path);
    std::stringstream ss;
    ss << err.rdbuf();
    result.err = ss.str();
    return result;
  }

  fs::path dir_;
};

constexpr char kClean[] =
    "[person.roe_jane]\ntype = person\nnames = Jane Roe | Roe\n"
    "code = XLAGOV 2010-01-01..\ncode = XLA\n";

TEST_F(DictCliTest, CheckReportsMalformedLinesWithFileAndLine) {
  const std::string clean = Write("clean.txt", kClean);
  CliResult r = Run("dict check --dict " + clean);
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(r.out, "");

  const std::string bad =
      Write("bad.txt",
            "# broken on purpose\n[person.roe_john]\ntype = person\n"
            "names = John Roe\ncode = XLAGOV 2010-13-01..\ncode = XLA\n"
            "colour = blue\n");
  r = Run("dict check --dict " + bad);
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find(bad + ":5: malformed date"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(bad + ":7: unknown key 'colour'"), std::string::npos)
      << r.out;
  EXPECT_NE(r.err.find("errors"), std::string::npos) << r.err;
}

TEST_F(DictCliTest, CheckReportsMalformedPetrarchLines) {
  const std::string clean = Write("clean.txt", kClean);
  const std::string phoenix =
      Write("sylvania.actors.txt",
            "SYLVANIA_ [SYL]\n+SYLVANIAN_\nTRENTINO_\n\t[SYLGOV 0101-0201]\n");
  CliResult r = Run("dict check --dict " + clean + " --petrarch " + phoenix);
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find(phoenix + ":4: malformed date '0101'"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find(phoenix + ":3: warning: entry 'TRENTINO' has no code"),
            std::string::npos)
      << r.out;
}

TEST_F(DictCliTest, ImportPetrarchWritesFilesCheckAccepts) {
  const std::string phoenix = Write(
      "sylvania.actors.txt",
      "SYLVANIA_ [SYL]\n+SYLVANIAN_\nTRENTINO_\n\t[SYLGOV 20010101-20050101]\n"
      "\t[SYLELI]\n");
  const std::string agents =
      Write("sylvania.agents.txt", "SENTRY [~MIL]\nPOLICE {} [~COP]\n");
  const std::string out = (dir_ / "converted").string();
  CliResult r =
      Run("dict import-petrarch " + phoenix + " " + agents + " --out " + out);
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("sylvania.actors.txt: 2 entries"), std::string::npos)
      << r.out;
  EXPECT_TRUE(fs::exists(out + "/sylvania.agents.txt"));
  r = Run("dict check --dict " + out);
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;

  const std::string binary = (dir_ / "actors.bin").string();
  r = Run("dict compile --dict " + out + " --out " + binary);
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find(": 4 entries (0 imported)"), std::string::npos) << r.out;
  EXPECT_TRUE(fs::exists(binary));
}

}  // namespace
