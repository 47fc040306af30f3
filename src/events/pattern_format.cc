#include "events/pattern_format.h"

#include <algorithm>
#include <cctype>

#include "util/lines.h"

namespace tocsin {
namespace {

std::vector<std::string_view> SplitWhitespace(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > start) fields.push_back(line.substr(start, i - start));
  }
  return fields;
}

bool ValidId(std::string_view id) {
  if (id.empty() || id.size() > 120) return false;
  for (char c : id) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
              c == '.' || c == '-';
    if (!ok) return false;
  }
  return true;
}

bool ValidCameo(std::string_view code) {
  if (code.size() < 2 || code.size() > 4) return false;
  for (char c : code) {
    if (c < '0' || c > '9') return false;
  }
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  return root >= 1 && root <= 20;
}

// Parses one element; returns an error message, or "" on success.
std::string ParseElement(std::string_view field, PatternElement* out) {
  if (field == "...") {
    out->kind = PatternElement::Kind::kGap;
    return "";
  }
  if (field == "^") {
    out->kind = PatternElement::Kind::kSkip;
    return "";
  }
  if (field == "$T" || field == "$S") {
    out->kind = field == "$T" ? PatternElement::Kind::kTargetSlot
                              : PatternElement::Kind::kSourceSlot;
    return "";
  }
  if (field[0] == '$') return "unknown slot '" + std::string(field) + "'";
  if (field[0] == '*') {
    out->trigger = true;
    field.remove_prefix(1);
  }
  if (!field.empty() && field[0] == '=') {
    out->exact = true;
    field.remove_prefix(1);
  }
  if (!field.empty() && field.back() == '?') {
    out->optional = true;
    field.remove_suffix(1);
  }
  size_t colon = field.rfind(':');
  if (colon != std::string_view::npos && colon + 2 == field.size()) {
    switch (field[colon + 1]) {
      case 'v':
        out->classes = kPatternVerb;
        break;
      case 'n':
        out->classes = kPatternNoun;
        break;
      case 'a':
        out->classes = kPatternAdjective;
        break;
      default:
        return "unknown word class ':" + std::string(1, field[colon + 1]) +
               "' (use :v, :n or :a)";
    }
    field = field.substr(0, colon);
  }
  size_t start = 0;
  while (start <= field.size()) {
    size_t bar = field.find('|', start);
    if (bar == std::string_view::npos) bar = field.size();
    std::string_view word = field.substr(start, bar - start);
    if (word.empty())
      return "empty alternative in '" + std::string(field) + "'";
    if (word.find_first_of("*?$") != std::string_view::npos) {
      return "stray marker in '" + std::string(word) + "'";
    }
    out->words.emplace_back(word);
    start = bar + 1;
  }
  if (out->words.empty()) return "empty literal";
  if (out->optional && out->trigger) return "the trigger cannot be optional";
  return "";
}

std::string ParseLine(std::string_view line, PatternSpec* spec) {
  std::vector<std::string_view> fields = SplitWhitespace(line);
  if (fields.size() < 3) return "expected '<id> <cameo> <element>...'";
  if (!ValidId(fields[0])) {
    return "bad id '" + std::string(fields[0]) + "' (use [a-z0-9_.-])";
  }
  if (fields[1] != kNullCode && !ValidCameo(fields[1])) {
    return "bad CAMEO code '" + std::string(fields[1]) +
           "' (2 to 4 digits, root 01-20, or --- for no event)";
  }
  spec->id = fields[0];
  spec->cameo = fields[1];
  int triggers = 0;
  for (size_t i = 2; i < fields.size(); ++i) {
    std::string_view f = fields[i];
    if (f[0] == '%') {
      if (f == "%speech") {
        spec->speech = true;
      } else if (f == "%symmetric") {
        spec->symmetric = true;
      } else if (f == "%compound") {
        spec->symmetric = true;
        spec->compound = true;
      } else if (f == "%subject_target") {
        spec->subject_target = true;
      } else if (f == "%conflict") {
        spec->conflict = true;
      } else {
        return "unknown option '" + std::string(f) + "'";
      }
      continue;
    }
    if (!spec->elements.empty() &&
        spec->elements.back().kind == PatternElement::Kind::kGap &&
        f == "...") {
      return "two gaps in a row";
    }
    PatternElement element;
    std::string error = ParseElement(f, &element);
    if (!error.empty()) return error;
    triggers += element.trigger ? 1 : 0;
    spec->elements.push_back(std::move(element));
  }
  if (spec->elements.empty()) return "no elements";
  const PatternElement& first = spec->elements.front();
  if (first.kind != PatternElement::Kind::kLiteral || first.optional) {
    return "the first element must be a literal that is not optional";
  }
  if (spec->elements.back().kind == PatternElement::Kind::kGap ||
      spec->elements.back().kind == PatternElement::Kind::kSkip) {
    return "a pattern cannot end with a gap";
  }
  if (triggers > 1) return "more than one '*' trigger";
  return "";
}

}  // namespace

void ParsePatternText(std::string_view text, std::vector<PatternSpec>* patterns,
                      std::vector<PatternParseError>* errors) {
  LineReader lines(text);
  std::string_view line;
  while (lines.Next(&line)) {
    const uint32_t line_number = lines.number();
    line = StripComment(line);
    if (line.empty()) continue;
    PatternSpec spec;
    spec.line = line_number;
    std::string error = ParseLine(line, &spec);
    if (error.empty()) {
      patterns->push_back(std::move(spec));
    } else {
      errors->push_back({line_number, std::move(error)});
    }
  }
}

const PatternElement& IndexElement(const PatternSpec& pattern) {
  return pattern.elements.front();
}

StatusOr<std::vector<std::filesystem::path>> EventLanguageDirs(
    const std::filesystem::path& events_dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<fs::path> dirs;
  for (const auto& entry : fs::directory_iterator(events_dir, ec)) {
    if (entry.is_directory()) dirs.push_back(entry.path());
  }
  if (ec) return NotFoundError("cannot list " + events_dir.string());
  std::sort(dirs.begin(), dirs.end());
  return dirs;
}

std::vector<std::filesystem::path> EventPatternFiles(
    const std::filesystem::path& language_dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(language_dir, ec)) {
    const fs::path& p = entry.path();
    if (p.extension() == ".txt" && p.filename() != "_roles.txt") {
      files.push_back(p);
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace tocsin
