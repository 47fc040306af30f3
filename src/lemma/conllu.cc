#include "lemma/conllu.h"

#include <charconv>

namespace tocsin {
namespace {

constexpr size_t kMaxLineBytes = 1 << 20;

bool ParseId(std::string_view s, uint32_t* out) {
  if (s.empty() || s.size() > 9) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size() && *out > 0;
}

}  // namespace

std::string ConlluSentence::Comment(std::string_view key) const {
  for (const std::string& c : comments) {
    std::string_view v(c);
    if (v.size() > key.size() && v.starts_with(key)) {
      v.remove_prefix(key.size());
      if (v.starts_with(" = ")) return std::string(v.substr(3));
      if (v.starts_with("=")) return std::string(v.substr(1));
    }
  }
  return "";
}

void ConlluSentence::Clear() {
  comments.clear();
  words.clear();
  multiwords.clear();
  empty_nodes.clear();
  first_line = 0;
}

Status ConlluReader::Error(uint64_t line, const std::string& message) const {
  return InvalidArgumentError(name_ + ":" + std::to_string(line) + ": " +
                              message);
}

StatusOr<bool> ConlluReader::Next(ConlluSentence* sentence) {
  sentence->Clear();
  bool started = false;
  while (std::getline(*in_, line_)) {
    ++line_no_;
    if (line_.size() > kMaxLineBytes) return Error(line_no_, "line too long");
    std::string_view line(line_);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      if (!started) continue;  // tolerate extra blank lines
      break;
    }
    if (!started) sentence->first_line = line_no_;
    started = true;
    if (line[0] == '#') {
      line.remove_prefix(1);
      if (line.starts_with(" ")) line.remove_prefix(1);
      if (!sentence->words.empty()) {
        return Error(line_no_, "comment after the words of a sentence");
      }
      sentence->comments.emplace_back(line);
      continue;
    }
    TOCSIN_RETURN_IF_ERROR(ParseWordLine(line, sentence));
  }
  if (in_->bad()) return Error(line_no_, "read error");
  if (!started) return false;
  if (sentence->words.empty()) {
    return Error(sentence->first_line, "sentence has no word lines");
  }
  for (const ConlluMultiword& m : sentence->multiwords) {
    if (m.last > sentence->words.size()) {
      return Error(sentence->first_line,
                   "multiword range " + std::to_string(m.first) + "-" +
                       std::to_string(m.last) + " runs past the last word");
    }
  }
  return true;
}

Status ConlluReader::ParseWordLine(std::string_view line,
                                   ConlluSentence* sentence) {
  std::string_view fields[10];
  size_t n = 0;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (n == 10) return Error(line_no_, "more than 10 tab-separated fields");
    fields[n++] = line.substr(start, tab == std::string_view::npos
                                         ? std::string_view::npos
                                         : tab - start);
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  if (n != 10) {
    return Error(line_no_,
                 "expected 10 tab-separated fields, got " + std::to_string(n));
  }
  std::string_view id = fields[0];
  const uint32_t expected = static_cast<uint32_t>(sentence->words.size()) + 1;
  if (size_t dash = id.find('-'); dash != std::string_view::npos) {
    ConlluMultiword m;
    if (!ParseId(id.substr(0, dash), &m.first) ||
        !ParseId(id.substr(dash + 1), &m.last) || m.last <= m.first) {
      return Error(line_no_, "malformed range ID '" + std::string(id) + "'");
    }
    if (m.first != expected) {
      return Error(line_no_, "range " + std::string(id) +
                                 " does not start at the next word (" +
                                 std::to_string(expected) + ")");
    }
    m.form = std::string(fields[1]);
    sentence->multiwords.push_back(std::move(m));
    return Status::OK();
  }
  ConlluWord w{std::string(fields[0]), std::string(fields[1]),
               std::string(fields[2]), std::string(fields[3]),
               std::string(fields[4]), std::string(fields[5]),
               std::string(fields[6]), std::string(fields[7]),
               std::string(fields[8]), std::string(fields[9])};
  if (size_t dot = id.find('.'); dot != std::string_view::npos) {
    uint32_t major = 0, minor = 0;
    // "0.1" is a valid empty node (before the first word).
    bool major_ok =
        id.substr(0, dot) == "0" || ParseId(id.substr(0, dot), &major);
    if (!major_ok || !ParseId(id.substr(dot + 1), &minor) ||
        major + 1 != expected) {
      return Error(line_no_,
                   "malformed empty-node ID '" + std::string(id) + "'");
    }
    sentence->empty_nodes.push_back(std::move(w));
    return Status::OK();
  }
  uint32_t value = 0;
  if (!ParseId(id, &value)) {
    return Error(line_no_, "malformed word ID '" + std::string(id) + "'");
  }
  if (value != expected) {
    return Error(line_no_, "word ID " + std::string(id) + ", expected " +
                               std::to_string(expected));
  }
  sentence->words.push_back(std::move(w));
  return Status::OK();
}

}  // namespace tocsin
