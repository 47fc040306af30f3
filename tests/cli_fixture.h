// The fixture of the end-to-end tests: runs the `tocsin` binary in a shell
// with a private temporary folder, and captures stdout, stderr and the exit
// code.
#ifndef TOCSIN_TESTS_CLI_FIXTURE_H_
#define TOCSIN_TESTS_CLI_FIXTURE_H_

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace tocsin_cli_test {

// Two short articles (English, French) with events, for the store's CLI
// tests: ingest them, then query.
inline constexpr const char* kTwoArticlesJsonl =
    "{\"id\": \"a\", \"url\": \"https://wire.example.org/a\", \"date\": "
    "\"2026-04-07\", \"title\": \"Kharkiv shelled\", \"text\": "
    "\"Russian forces shelled Kharkiv on Tuesday. The Ukrainian "
    "president condemned the attack.\"}\n"
    "{\"id\": \"b\", \"url\": \"https://journal.example.fr/b\", "
    "\"date\": \"2026-04-09\", \"title\": \"Menace\", \"text\": \"La "
    "Russie a menacé la France. La France a expulsé deux diplomates "
    "russes.\"}\n";

namespace fs = std::filesystem;

// `text` split at '\n', without the newlines.
inline std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

// The whole file at `path`; empty when it cannot be read.
inline std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream contents;
  contents << in.rdbuf();
  return contents.str();
}

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("tocsin_cli_test_" + std::to_string(::getpid()) + "_" +
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
    std::string err_path = (dir_ / "stderr.txt").string();
    std::string command =
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

}  // namespace tocsin_cli_test

#endif  // TOCSIN_TESTS_CLI_FIXTURE_H_
