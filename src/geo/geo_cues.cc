#include "geo/geo_cues.h"

#include <set>

#include "dict/fold.h"
#include "util/lines.h"

namespace tocsin {

uint64_t CueSequenceKey(const uint64_t* token_keys, size_t n) {
  uint64_t key = 0x6765'6F63'7565'7321ull;  // "geocues!"
  for (size_t i = 0; i < n; ++i) key = MixKeys(key, token_keys[i]);
  return key;
}

std::vector<std::string> CueTokens(std::string_view phrase) {
  std::vector<std::string> out;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) out.push_back(std::move(word));
    word.clear();
  };
  for (size_t i = 0; i < phrase.size(); ++i) {
    const char c = phrase[i];
    if (c == ' ' || c == '\t') {
      flush();
    } else if (c == '\'') {
      word.push_back(c);  // the elided article ends here: "d'" "l'"
      flush();
    } else if (phrase.compare(i, 3, "\xE2\x80\x99") == 0) {
      word += "'";  // typographic apostrophe, normalised like the text
      i += 2;
      flush();
    } else {
      word.push_back(c);
    }
  }
  flush();
  return out;
}

StatusOr<GeoCues> GeoCues::Parse(std::string_view text, std::string_view what) {
  GeoCues cues;
  LineReader lines(text);
  std::string_view line;
  std::set<std::pair<uint8_t, uint64_t>> seen;
  while (lines.Next(&line)) {
    line = StripComment(line);
    if (line.empty()) continue;
    auto error = [&](const std::string& why) {
      return InvalidArgumentError(std::string(what) + ":" +
                                  std::to_string(lines.number()) + ": " + why);
    };
    const size_t space = line.find_first_of(" \t");
    if (space == std::string_view::npos) return error("a cue needs a phrase");
    const std::string_view kind_name = line.substr(0, space);
    if (kind_name == "alias") {
      const std::string_view rest = StripComment(line.substr(space + 1));
      const size_t gap = rest.find_first_of(" \t");
      if (gap == std::string_view::npos) return error("alias needs CODE NAME");
      const std::string_view code = rest.substr(0, gap);
      const std::string_view name = StripComment(rest.substr(gap + 1));
      if (!(code.size() == 2 || (code.size() >= 4 && code[2] == '-')) ||
          name.empty()) {
        return error("alias needs an ISO code and a name");
      }
      cues.aliases_.push_back({std::string(code), std::string(name)});
      continue;
    }
    uint8_t kind = 0;
    if (kind_name == "locative") kind = kCueLocative;
    if (kind_name == "region_before") kind = kCueRegionBefore;
    if (kind_name == "region_after") kind = kCueRegionAfter;
    if (kind_name == "stop") kind = kCueStop;
    if (kind_name == "skip") kind = kCueSkip;
    if (kind_name == "town_locative") kind = kCueTownLocative;
    if (kind_name == "never") kind = kCueNever;
    if (kind == 0)
      return error("unknown cue kind '" + std::string(kind_name) + "'");
    const std::vector<std::string> tokens = CueTokens(line.substr(space + 1));
    if (tokens.empty()) return error("empty phrase");
    if (tokens.size() > kMaxCueTokens) return error("phrase too long");
    uint64_t keys[kMaxCueTokens];
    for (size_t i = 0; i < tokens.size(); ++i) keys[i] = FoldKey(tokens[i]);
    const uint64_t key = CueSequenceKey(keys, tokens.size());
    if (!seen.insert({kind, key}).second) {
      return error("duplicate cue '" + std::string(line.substr(space + 1)) +
                   "'");
    }
    cues.phrases_[key] |= kind;
    cues.max_tokens_ =
        std::max(cues.max_tokens_, static_cast<int>(tokens.size()));
  }
  return cues;
}

uint8_t GeoCues::Find(const uint64_t* token_keys, size_t n) const {
  auto it = phrases_.find(CueSequenceKey(token_keys, n));
  return it == phrases_.end() ? 0 : it->second;
}

}  // namespace tocsin
