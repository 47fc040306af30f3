#include "gkg/tone_dict.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "dict/fold.h"
#include "util/lines.h"
#include "util/strings.h"

namespace tocsin {
namespace {

// A decimal number with an optional sign; false unless all of `s` is one.
bool ParseNumber(std::string_view s, float* out) {
  if (!s.empty() && s[0] == '+') s.remove_prefix(1);
  if (s.empty()) return false;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && end == s.data() + s.size() && std::isfinite(*out);
}

// Keys a word token can match: letters (any non-ASCII byte counts as one),
// digits, apostrophes, hyphens and, between words, spaces.
bool IsWordKey(std::string_view key) {
  bool letter = false;
  for (const char c : key) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalpha(u) || u >= 0x80) {
      letter = true;
    } else if (!std::isdigit(u) && c != '\'' && c != '-' && c != ' ') {
      return false;
    }
  }
  return letter && key.front() != ' ' && key.back() != ' ' &&
         key.find("  ") == std::string_view::npos;
}

bool IsFrenchElision(std::string_view head) {
  static const char* const kElided[] = {"l",  "d",     "j",      "m",
                                        "n",  "s",     "t",      "c",
                                        "qu", "jusqu", "lorsqu", "puisqu"};
  std::string folded = FoldString(head);
  for (const char* e : kElided) {
    if (folded == e) return true;
  }
  return false;
}

// Adds `key` with `score` (already in [-1, 1]) unless it is not a word key;
// a repeated key keeps its last score, as a JavaScript object literal does.
void AddScaled(std::string_view key, float score,
               std::map<std::string, float>* out) {
  if (!IsWordKey(key)) return;
  (*out)[std::string(key)] = std::clamp(score, -1.0f, 1.0f);
}

std::vector<ToneEntry> ToEntries(const std::map<std::string, float>& scores) {
  std::vector<ToneEntry> out;
  out.reserve(scores.size());
  for (const auto& [key, score] : scores) {
    out.push_back({TonePhraseWords(key), score});
  }
  return out;
}

// Reads a quoted JavaScript string starting at s[*i] (the quote); false when
// it does not close.
bool ReadQuoted(std::string_view s, size_t* i, std::string* out) {
  const char quote = s[*i];
  for (size_t j = *i + 1; j < s.size(); ++j) {
    if (s[j] == '\\' && j + 1 < s.size()) {
      out->push_back(s[++j]);
    } else if (s[j] == quote) {
      *i = j + 1;
      return true;
    } else {
      out->push_back(s[j]);
    }
  }
  return false;
}

}  // namespace

std::vector<std::string> TonePhraseWords(std::string_view phrase) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < phrase.size()) {
    if (phrase[i] == ' ' || phrase[i] == '\t') {
      ++i;
      continue;
    }
    size_t end = phrase.find_first_of(" \t", i);
    if (end == std::string_view::npos) end = phrase.size();
    std::string_view word = phrase.substr(i, end - i);
    i = end;
    const size_t apostrophe = word.find('\'');
    if (word.ends_with("n't")) {
      if (word.size() > 3) out.emplace_back(word.substr(0, word.size() - 3));
      out.emplace_back("n't");
    } else if (apostrophe != std::string_view::npos && apostrophe > 0 &&
               apostrophe + 1 < word.size() &&
               IsFrenchElision(word.substr(0, apostrophe))) {
      out.emplace_back(word.substr(0, apostrophe + 1));
      out.emplace_back(word.substr(apostrophe + 1));
    } else {
      out.emplace_back(word);
    }
  }
  return out;
}

StatusOr<ToneDict> ParseToneDict(std::string_view text, std::string_view what) {
  ToneDict dict;
  EntryReader entries(text, what);
  std::string_view line;
  std::set<std::string> seen_phrases, seen_modifiers;
  while (entries.Next(&line)) {
    std::string_view rest = line;
    const std::string_view head = NextField(&rest);
    const char c = head[0];
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '+' ||
        c == '.') {
      float score;
      if (!ParseNumber(head, &score) || score < -4 || score > 4) {
        return entries.Error("score must be a number in [-4, 4]");
      }
      ToneEntry entry{TonePhraseWords(rest), score / 4};
      if (entry.words.empty()) return entries.Error("empty phrase");
      if (entry.words.size() > kMaxTonePhraseWords) {
        return entries.Error("phrase longer than 4 words");
      }
      if (!seen_phrases.insert(FoldString(rest)).second) {
        return entries.Error("duplicate phrase '" + std::string(rest) + "'");
      }
      dict.entries.push_back(std::move(entry));
      continue;
    }
    ToneModifier modifier;
    if (head == "negate") modifier.kinds = kToneNegate;
    if (head == "negate_ne") modifier.kinds = kToneNegateNe;
    if (head == "negate_partner") modifier.kinds = kToneNegatePartner;
    if (head == "self") modifier.kinds = kToneSelf;
    if (head == "intensify") {
      modifier.kinds = kToneIntensify;
      const std::string_view factor = NextField(&rest);
      if (!ParseNumber(factor, &modifier.factor) || modifier.factor <= 0 ||
          modifier.factor > 4) {
        return entries.Error("intensify needs a factor in (0, 4]");
      }
    }
    if (modifier.kinds == 0) {
      return entries.Error("unknown kind '" + std::string(head) + "'");
    }
    if (rest.empty()) return entries.Error("missing word");
    if (rest.find_first_of(" \t") != std::string_view::npos) {
      return entries.Error("a modifier is one word");
    }
    if (!seen_modifiers.insert(std::string(head) + " " + FoldString(rest))
             .second) {
      return entries.Error("duplicate '" + std::string(line) + "'");
    }
    modifier.word = std::string(rest);
    dict.modifiers.push_back(std::move(modifier));
  }
  return dict;
}

StatusOr<std::vector<ToneEntry>> ParseToneTsv(std::string_view text,
                                              std::string_view what) {
  std::vector<ToneEntry> out;
  LineReader lines(text);
  std::string_view line;
  while (lines.Next(&line)) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    float score;
    if (tab == std::string_view::npos) {
      return LineError(what, lines.number(), "expected KEY<TAB>SCORE");
    }
    if (!ParseNumber(line.substr(tab + 1), &score) || score < -1 || score > 1) {
      return LineError(what, lines.number(), "score must be in [-1, 1]");
    }
    ToneEntry entry{TonePhraseWords(line.substr(0, tab)), score};
    if (entry.words.empty()) {
      return LineError(what, lines.number(), "empty key");
    }
    if (entry.words.size() > kMaxTonePhraseWords) {
      return LineError(what, lines.number(), "phrase longer than 4 words");
    }
    out.push_back(std::move(entry));
  }
  return out;
}

std::string FormatToneTsv(const std::vector<ToneEntry>& entries,
                          std::string_view source) {
  std::vector<std::pair<std::string, float>> rows;
  for (const ToneEntry& e : entries) {
    std::string key;
    for (const std::string& w : e.words) {
      if (!key.empty()) key += ' ';
      key += w;
    }
    rows.emplace_back(std::move(key), e.score);
  }
  std::sort(rows.begin(), rows.end());
  std::string out = "# Tone lexicon compiled from " + std::string(source) +
                    "\n# KEY<TAB>SCORE, score in [-1, 1]. Generated at build "
                    "time; do not edit.\n";
  char buffer[32];
  for (const auto& [key, score] : rows) {
    const auto [end, ec] =
        std::to_chars(buffer, buffer + sizeof(buffer), score);
    out += key;
    out += '\t';
    out.append(buffer, ec == std::errc() ? end - buffer : 0);
    out += '\n';
  }
  return out;
}

StatusOr<std::vector<ToneEntry>> ParseVaderLexiconJs(std::string_view text,
                                                     std::string_view what) {
  LineReader lines(text);
  std::string_view line;
  bool open = false;
  std::map<std::string, float> scores;
  while (lines.Next(&line)) {
    const std::string_view s = TrimWhitespace(line);
    if (!open) {
      open = s.starts_with("export const lexicon") && s.ends_with("{");
      continue;
    }
    if (s.empty()) continue;
    if (s == "};" || s == "}") return ToEntries(scores);
    std::string key;
    size_t i = 0;
    if (s[0] == '\'' || s[0] == '"') {
      if (!ReadQuoted(s, &i, &key)) {
        return LineError(what, lines.number(), "unterminated key");
      }
    } else {
      i = std::min(s.find(':'), s.size());
      key = std::string(s.substr(0, i));
    }
    std::string_view value = TrimWhitespace(s.substr(i));
    if (value.empty() || value[0] != ':') {
      return LineError(what, lines.number(), "expected key: score");
    }
    value = TrimWhitespace(value.substr(1));
    if (value.ends_with(",")) value.remove_suffix(1);
    float score;
    if (key.empty() || !ParseNumber(value, &score)) {
      return LineError(what, lines.number(), "expected key: score");
    }
    AddScaled(key, score / 4, &scores);
  }
  return InvalidArgumentError(std::string(what) +
                              (open ? ": the lexicon object does not close"
                                    : ": no `export const lexicon = {`"));
}

StatusOr<std::vector<ToneEntry>> ParsePatternJson(std::string_view text,
                                                  std::string_view what) {
  nlohmann::json json;
  try {
    json = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    const size_t at = std::min<size_t>(e.byte, text.size());
    const auto line = 1 + std::count(text.begin(), text.begin() + at, '\n');
    return LineError(what, static_cast<uint32_t>(line), "invalid JSON");
  }
  if (!json.is_object()) return LineError(what, 1, "expected a JSON object");
  std::map<std::string, float> scores;
  for (const auto& [key, value] : json.items()) {
    if (!value.is_number()) {
      return LineError(what, 1, "the score of '" + key + "' is not a number");
    }
    AddScaled(key, value.get<float>(), &scores);
  }
  return ToEntries(scores);
}

}  // namespace tocsin
