#include "gkg/speech_lexicon.h"

#include <array>
#include <utility>

#include "dict/fold.h"
#include "geo/geo_cues.h"
#include "util/lines.h"

namespace tocsin {
namespace {

constexpr std::array<std::pair<std::string_view, uint16_t>, 14> kKinds = {{
    {"speech", kWordSpeech},
    {"speech_direct", kWordSpeechDirect},
    {"according", kWordAccording},
    {"title_cue", kWordTitleCue},
    {"work", kWordWork},
    {"honorific", kWordHonorific},
    {"pronoun_person", kWordPronounPerson},
    {"pronoun_group", kWordPronounGroup},
    {"pronoun_org", kWordPronounOrg},
    {"complementizer", kWordThat},
    {"definite", kWordDefinite},
    {"source", kWordSource},
    {"feminine", kWordFeminine},
    {"masculine", kWordMasculine},
}};

// org_role classes are actor types, so a description finds the entities
// of that type.
constexpr std::array<std::string_view, 8> kOrgTypes = {
    "media", "company", "igo", "ngo", "armed_group", "party", "seat", "agent"};

bool IsIdentifier(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
      return false;
    }
  }
  return true;
}

}  // namespace

uint64_t SpeechPhraseKey(const uint64_t* keys, size_t n) {
  uint64_t key = 0x7370'6565'6368'2121ull;  // "speech!!"
  for (size_t i = 0; i < n; ++i) key = MixKeys(key, keys[i]);
  return key;
}

SpeechWord SpeechLexicon::FindPhrase(const uint64_t* keys, size_t n) const {
  if (n < 2) return n == 1 ? Find(keys[0]) : SpeechWord{};
  return Lookup(SpeechPhraseKey(keys, n));
}

void SpeechLexicon::Freeze() {
  table_ = KeyTable<SpeechWord, 16>();
  for (const auto* map : {&words_, &phrases_}) {
    for (const auto& [key, v] : *map) {
      SpeechWord* word = table_.Insert(key);
      word->kinds |= v.kinds;
      word->starts_phrase |= v.starts_phrase;
      if (v.role_class) word->role_class = v.role_class;
      if (v.org_class) word->org_class = v.org_class;
    }
  }
}

uint8_t SpeechLexicon::ClassIndex(std::vector<std::string>* classes,
                                  std::string_view name) {
  for (size_t i = 0; i < classes->size(); ++i) {
    if ((*classes)[i] == name) return static_cast<uint8_t>(i + 1);
  }
  if (classes->size() >= kMaxClasses) return 0;
  classes->emplace_back(name);
  return static_cast<uint8_t>(classes->size());
}

Status SpeechLexicon::AddPhrase(std::string_view phrase, SpeechWord word) {
  const std::vector<std::string> tokens = CueTokens(phrase);
  if (tokens.empty()) return InvalidArgumentError("empty phrase");
  if (tokens.size() > kMaxPhraseTokens) {
    return InvalidArgumentError("phrase '" + std::string(phrase) +
                                "' has more than 4 words");
  }
  uint64_t keys[kMaxPhraseTokens];
  for (size_t i = 0; i < tokens.size(); ++i) keys[i] = FoldKey(tokens[i]);
  SpeechWord& slot = tokens.size() == 1
                         ? words_[keys[0]]
                         : phrases_[SpeechPhraseKey(keys, tokens.size())];
  if ((word.role_class && slot.role_class &&
       slot.role_class != word.role_class) ||
      (word.org_class && slot.org_class && slot.org_class != word.org_class)) {
    return InvalidArgumentError("'" + std::string(phrase) +
                                "' is already in another class");
  }
  if (tokens.size() > 1) words_[keys[0]].starts_phrase = true;
  slot.kinds |= word.kinds;
  if (word.role_class) slot.role_class = word.role_class;
  if (word.org_class) slot.org_class = word.org_class;
  max_tokens_ = std::max(max_tokens_, static_cast<int>(tokens.size()));
  return Status::OK();
}

Status SpeechLexicon::Add(std::string_view text, std::string_view what) {
  const Status status = Parse(text, what);
  Freeze();
  return status;
}

Status SpeechLexicon::Parse(std::string_view text, std::string_view what) {
  EntryReader entries(text, what);
  std::string_view rest;
  while (entries.Next(&rest)) {
    const std::string_view kind = NextField(&rest);
    if (rest.empty()) return entries.Error("an entry needs words");
    SpeechWord word;
    if (kind == "role" || kind == "org_role") {
      const size_t eq = rest.find('=');
      if (eq == std::string_view::npos)
        return entries.Error(std::string(kind) + " needs CLASS = words");
      const std::string_view name = TrimBlanks(rest.substr(0, eq));
      if (!IsIdentifier(name))
        return entries.Error("bad class name '" + std::string(name) + "'");
      rest = rest.substr(eq + 1);
      if (kind == "role") {
        word.kinds = kWordRole;
        word.role_class = ClassIndex(&role_classes_, name);
        if (word.role_class == 0) return entries.Error("too many role classes");
      } else {
        bool known = false;
        for (std::string_view t : kOrgTypes) known |= t == name;
        if (!known)
          return entries.Error("org_role needs an actor type, not '" +
                               std::string(name) + "'");
        word.kinds = kWordOrgRole;
        word.org_class = ClassIndex(&org_classes_, name);
      }
    } else {
      for (const auto& [name, bit] : kKinds) {
        if (name == kind) word.kinds = bit;
      }
      if (word.kinds == 0)
        return entries.Error("unknown kind '" + std::string(kind) + "'");
    }
    while (true) {
      const size_t bar = rest.find('|');
      const std::string_view phrase = TrimBlanks(rest.substr(0, bar));
      if (phrase.empty()) return entries.Error("empty phrase");
      const Status s = AddPhrase(phrase, word);
      if (!s.ok()) return entries.Error(s.message());
      if (bar == std::string_view::npos) break;
      rest = rest.substr(bar + 1);
    }
  }
  return Status::OK();
}

}  // namespace tocsin
