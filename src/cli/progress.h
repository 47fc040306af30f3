// Progress of a long document run on stderr: on a terminal, one line
// rewritten in place (documents/s, and percent and ETA when the total is
// known); otherwise a plain line every 10 seconds, for logs.
#ifndef TOCSIN_CLI_PROGRESS_H_
#define TOCSIN_CLI_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tocsin::cli {

class Progress {
 public:
  // `total`: the number of documents expected, when known.
  Progress(std::string label, std::optional<uint64_t> total);

  // `done` documents so far. Cheap: prints only when the last line is old.
  void Update(uint64_t done);
  // Clears the terminal line, so the summary starts on a clean one.
  void Finish();

 private:
  std::string Line(uint64_t done, double seconds) const;

  std::string label_;
  std::optional<uint64_t> total_;
  bool tty_;
  std::chrono::steady_clock::time_point start_, last_;
  bool printed_ = false;
};

// About how many documents `inputs` hold, for an ETA: JSON Lines files
// (.jsonl, .ndjson, also gzipped) count their non-blank lines, feeds their
// <item> and <entry> tags, other files one. Unknown (nullopt) when an input
// is stdin, a URL, a .json file or cannot be read.
std::optional<uint64_t> CountInputDocuments(
    const std::vector<std::string>& inputs);

}  // namespace tocsin::cli

#endif  // TOCSIN_CLI_PROGRESS_H_
