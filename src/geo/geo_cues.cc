#include "geo/geo_cues.h"

#include <set>

#include "dict/fold.h"
#include "dict/phrase_tokens.h"
#include "util/lines.h"

namespace tocsin {

uint64_t CueSequenceKey(const uint64_t* token_keys, size_t n) {
  uint64_t key = 0x6765'6F63'7565'7321ull;  // "geocues!"
  for (size_t i = 0; i < n; ++i) key = MixKeys(key, token_keys[i]);
  return key;
}

std::vector<std::string> CueTokens(std::string_view phrase) {
  return PhraseTokens(phrase, [](std::string_view) { return true; });
}

StatusOr<GeoCues> GeoCues::Parse(std::string_view text, std::string_view what) {
  GeoCues cues;
  EntryReader entries(text, what);
  std::string_view line;
  std::set<std::pair<uint8_t, uint64_t>> seen;
  while (entries.Next(&line)) {
    std::string_view rest = line;
    const std::string_view kind_name = NextField(&rest);
    if (rest.empty()) return entries.Error("a cue needs a phrase");
    if (kind_name == "alias") {
      const std::string_view code = NextField(&rest);
      if (rest.empty()) return entries.Error("alias needs CODE NAME");
      if (!(code.size() == 2 || (code.size() >= 4 && code[2] == '-'))) {
        return entries.Error("alias needs an ISO code and a name");
      }
      cues.aliases_.push_back({std::string(code), std::string(rest)});
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
    if (kind == 0) {
      return entries.Error("unknown cue kind '" + std::string(kind_name) + "'");
    }
    const std::vector<std::string> tokens = CueTokens(rest);
    if (tokens.empty()) return entries.Error("empty phrase");
    if (tokens.size() > kMaxCueTokens) return entries.Error("phrase too long");
    uint64_t keys[kMaxCueTokens];
    for (size_t i = 0; i < tokens.size(); ++i) keys[i] = FoldKey(tokens[i]);
    const uint64_t key = CueSequenceKey(keys, tokens.size());
    if (!seen.insert({kind, key}).second) {
      return entries.Error("duplicate cue '" + std::string(rest) + "'");
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
