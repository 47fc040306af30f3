// SpeechLexicon: one language's words for persons, roles and speech, read
// from dict/<lang>/gkg_roles.txt and dict/<lang>/gkg_speech.txt: speech
// verbs ("déclarer", "say"), attribution phrases ("selon", "according
// to"), title cues ("intitulée"), programme nouns ("émission"),
// honorifics ("M.", "Dr"), subject pronouns, complementisers ("que",
// "that") and role nouns grouped in classes of synonyms ("expert",
// "analyste" and "analyst" are one class).
//
// File format, one entry per line, '#' starts a comment:
//   KIND PHRASE [| PHRASE ...]
//   role CLASS = PHRASE [| PHRASE ...]
//   org_role TYPE = PHRASE [| PHRASE ...]
// KIND is one of speech, speech_direct, according, title_cue, work,
// honorific, pronoun_person, pronoun_group, pronoun_org, complementizer,
// definite, source, feminine, masculine.
// A role CLASS is any lower-case identifier; an org_role TYPE is an actor
// type (media, company, igo, ngo, armed_group, party, seat, agent), so that
// "la chaîne" finds a media entity. Gender words (feminine, masculine) are
// matched on the form only ("présidente" has the lemma "président"). Phrases
// are matched on folded tokens (dict/fold.h) of the text's lemma or form, so
// case and accents never matter; a phrase of several words ("according to",
// "d'après") is split the way the tokenizer splits text: at spaces and after an
// elided article.
//
// Immutable after parsing; lookups are thread-safe and do not allocate.
#ifndef TOCSIN_GKG_SPEECH_LEXICON_H_
#define TOCSIN_GKG_SPEECH_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tocsin/status.h"
#include "util/key_table.h"

namespace tocsin {

enum SpeechWordKind : uint16_t {
  kWordSpeech = 1 << 0,         // a speech verb; with que/that, indirect
  kWordSpeechDirect = 1 << 1,   // introduces direct quotations only
  kWordAccording = 1 << 2,      // "selon X", "according to X"
  kWordTitleCue = 1 << 3,       // "une émission intitulée « … »"
  kWordWork = 1 << 4,           // "émission", "documentary"
  kWordHonorific = 1 << 5,      // "M.", "Mr", "Dr": part of no role
  kWordRole = 1 << 6,           // a person's role noun ("analyste")
  kWordOrgRole = 1 << 7,        // an organisation noun ("la chaîne")
  kWordPronounPerson = 1 << 8,  // "il", "elle", "he", "she"
  kWordPronounGroup = 1 << 9,   // "ils", "they"
  kWordPronounOrg = 1 << 10,    // "it"
  kWordThat = 1 << 11,          // "que", "qu'", "that"
  kWordDefinite = 1 << 12,      // "le", "the", "this": opens a description
  kWordSource = 1 << 13,        // "a statement from X", "un communiqué du X"
  kWordFeminine = 1 << 14,      // "présidente", "Mme", "spokeswoman", "elle"
  kWordMasculine = 1 << 15,     // "président", "M.", "spokesman", "il"
};

struct SpeechWord {
  uint16_t kinds = 0;
  uint8_t role_class = 0;  // 1-based index into role_classes(), 0: none
  uint8_t org_class = 0;   // 1-based index into org_classes(), 0: none
  // The token starts a phrase of several words (set on one-token entries,
  // which may have kinds == 0), so phrase lookups stop early otherwise.
  bool starts_phrase = false;
};

class SpeechLexicon {
 public:
  static constexpr int kMaxPhraseTokens = 4;
  static constexpr size_t kMaxClasses = 250;

  // Adds the entries of one file. InvalidArgument "what:line: why" for an
  // unknown kind, an empty or too long phrase, a role without its class,
  // an unknown org type, a phrase given two role classes, or too many
  // classes. On error the lexicon may hold part of the file.
  Status Add(std::string_view text, std::string_view what);

  // The entry of one token, by FoldKey of its lemma or form.
  SpeechWord Find(uint64_t key) const { return Lookup(key); }
  // The entry of a phrase of n tokens (n >= 2) by the FoldKeys of its
  // tokens; kinds == 0 when absent.
  SpeechWord FindPhrase(const uint64_t* keys, size_t n) const;
  // Longest phrase in tokens.
  int max_tokens() const { return max_tokens_; }

  // Class names; role_class and org_class index them from 1.
  const std::vector<std::string>& role_classes() const { return role_classes_; }
  const std::vector<std::string>& org_classes() const { return org_classes_; }
  size_t size() const { return words_.size() + phrases_.size(); }

 private:
  Status Parse(std::string_view text, std::string_view what);
  Status AddPhrase(std::string_view phrase, SpeechWord word);
  uint8_t ClassIndex(std::vector<std::string>* classes, std::string_view name);
  // Rebuilds the lookup table from words_ and phrases_.
  void Freeze();
  // One table over both maps' keys (token keys and sequence keys never
  // meet in practice: 64-bit hashes of different inputs), because the
  // extractors ask about many tokens per document, most of them in neither
  // map: the table's bit filter answers those without touching its slots.
  SpeechWord Lookup(uint64_t key) const {
    const SpeechWord* word = table_.Find(key);
    return word == nullptr ? SpeechWord{} : *word;
  }

  std::unordered_map<uint64_t, SpeechWord> words_;    // one token
  std::unordered_map<uint64_t, SpeechWord> phrases_;  // sequence key
  // Probed for the lemma and the form of most tokens: the larger filter
  // spares most absent keys a cold slot (util/key_table.h).
  KeyTable<SpeechWord, 16> table_;
  std::vector<std::string> role_classes_, org_classes_;
  int max_tokens_ = 1;
};

// The key of a sequence of token keys, as FindPhrase computes it.
uint64_t SpeechPhraseKey(const uint64_t* keys, size_t n);

}  // namespace tocsin

#endif  // TOCSIN_GKG_SPEECH_LEXICON_H_
