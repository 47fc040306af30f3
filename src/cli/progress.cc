#include "cli/progress.h"

#include <fmt/core.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "ingest/byte_source.h"

namespace tocsin::cli {
namespace {

namespace fs = std::filesystem;

using Clock = std::chrono::steady_clock;

std::string Duration(double seconds) {
  const auto s = static_cast<uint64_t>(seconds + 0.5);
  if (s < 60) return fmt::format("{} s", s);
  if (s < 3600) return fmt::format("{}:{:02}", s / 60, s % 60);
  return fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
}

// Non-blank lines of a (possibly gzipped) file; nullopt on a read error.
std::optional<uint64_t> CountLines(const std::string& path) {
  StatusOr<std::unique_ptr<FileSource>> file = FileSource::Open(path);
  if (!file.ok()) return std::nullopt;
  std::vector<char> buffer(1 << 16);
  uint64_t lines = 0;
  bool blank = true;
  for (;;) {
    StatusOr<size_t> n = (*file)->Read(buffer.data(), buffer.size());
    if (!n.ok()) return std::nullopt;
    if (*n == 0) break;
    for (size_t i = 0; i < *n; ++i) {
      const char c = buffer[i];
      if (c == '\n') {
        lines += !blank;
        blank = true;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        blank = false;
      }
    }
  }
  return lines + !blank;
}

// Items and entries of an RSS or Atom feed; nullopt on a read error.
std::optional<uint64_t> CountFeedItems(const std::string& path) {
  StatusOr<std::unique_ptr<FileSource>> file = FileSource::Open(path);
  if (!file.ok()) return std::nullopt;
  std::string xml;
  if (!ReadAtMost(**file, 256ull << 20, &xml).ok()) return std::nullopt;
  uint64_t items = 0;
  for (std::string_view tag : {"<item", "<entry"}) {
    for (size_t at = xml.find(tag); at != std::string::npos;
         at = xml.find(tag, at + 1)) {
      const char next = at + tag.size() < xml.size() ? xml[at + tag.size()] : 0;
      items += next == '>' || next == ' ' || next == '\n';
    }
  }
  return items;
}

std::optional<uint64_t> CountFile(const fs::path& path) {
  fs::path name = path;
  if (name.extension() == ".gz") name = name.stem();
  const std::string ext = name.extension().string();
  if (ext == ".jsonl" || ext == ".ndjson") return CountLines(path.string());
  if (ext == ".xml" || ext == ".rss" || ext == ".atom") {
    return CountFeedItems(path.string());
  }
  if (ext == ".json") return std::nullopt;
  return 1;  // text or HTML, recognised by extension or content
}

std::optional<uint64_t> CountDirectory(const fs::path& root) {
  uint64_t total = 0;
  std::error_code ec;
  fs::recursive_directory_iterator it(
      root, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->path().filename().string().starts_with(".")) {  // as the reader
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    std::optional<uint64_t> n = CountFile(it->path());
    if (!n) return std::nullopt;
    total += *n;
  }
  if (ec) return std::nullopt;
  return total;
}

}  // namespace

Progress::Progress(std::string label, std::optional<uint64_t> total)
    : label_(std::move(label)),
      total_(total),
      tty_(::isatty(STDERR_FILENO) == 1),
      start_(Clock::now()),
      last_(start_) {}

std::string Progress::Line(uint64_t done, double seconds) const {
  const double rate = seconds > 0 ? done / seconds : 0;
  std::string line = fmt::format("{}: {} documents", label_, done);
  if (total_ && *total_ > 0) {
    const uint64_t total = std::max(*total_, done);
    line = fmt::format("{}: {}/{} documents ({:.0f} %)", label_, done, total,
                       100.0 * done / total);
    line += fmt::format(", {:.0f} documents/s", rate);
    if (rate > 0) line += ", ETA " + Duration((total - done) / rate);
    return line;
  }
  return line + fmt::format(", {:.0f} documents/s", rate);
}

void Progress::Update(uint64_t done) {
  const Clock::time_point now = Clock::now();
  const auto interval =
      tty_ ? std::chrono::milliseconds(200) : std::chrono::milliseconds(10000);
  if (now - last_ < interval) return;
  last_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  if (tty_) {
    fmt::print(stderr, "\r\033[K{}", Line(done, seconds));
    printed_ = true;
  } else {
    fmt::print(stderr, "{}\n", Line(done, seconds));
  }
  std::fflush(stderr);
}

void Progress::Finish() {
  if (tty_ && printed_) fmt::print(stderr, "\r\033[K");
  printed_ = false;
}

std::optional<uint64_t> CountInputDocuments(
    const std::vector<std::string>& inputs) {
  uint64_t total = 0;
  for (const std::string& input : inputs) {
    std::error_code ec;
    const fs::file_status st = fs::status(input, ec);
    std::optional<uint64_t> n;
    if (!ec && fs::is_directory(st)) {
      n = CountDirectory(input);
    } else if (!ec && fs::is_regular_file(st)) {
      n = CountFile(input);
    }
    if (!n) return std::nullopt;  // stdin, URLs, feeds, missing files
    total += *n;
  }
  return total;
}

}  // namespace tocsin::cli
