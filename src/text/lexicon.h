// The word lists the text front end reads from dict/<lang>/*.txt.
//
// Each file has one entry per line; '#' starts a comment; blank lines are
// ignored. abbreviations.txt may add a kind after the entry (see
// AbbrevKind). All lists except abbreviations are matched case-insensitively
// (entries are stored lower-cased, ASCII only).
#ifndef TOCSIN_TEXT_LEXICON_H_
#define TOCSIN_TEXT_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tocsin/status.h"

namespace tocsin {

// How an abbreviation's final period behaves at a possible sentence end.
enum class AbbrevKind : uint8_t {
  kNone = 0,
  kPrefix,   // "Mr.", "Gen.", "M.", "av.": always followed by more; never ends
  kInitial,  // "W.", "U.S.": ends only before a typical sentence opener
  kPlain,    // "etc.", "Inc.", "Jan.": ends before a capitalised word
  kNumber,   // "No.", "vol.", "art.": an abbreviation only before a number
};

// Short strings (under 64 bytes) with allocation-free lookup: an
// open-addressing table over one string arena. Immutable after loading;
// lookups run for every abbreviation candidate and elided word, so they are
// inline and hash with FNV-1a.
class WordSet {
 public:
  // Adds `word` (or replaces its value). `value` must be non-zero; words of
  // 64 bytes or more are ignored.
  void Insert(std::string_view word, uint8_t value = 1);

  // The stored value, 0 when absent.
  uint8_t Find(std::string_view word) const {
    if (word.size() >= 64 || ((lengths_ >> word.size()) & 1) == 0 ||
        (!word.empty() && !MayStartWith(word[0]))) {
      return 0;
    }
    return Probe(word, Hash(word));
  }
  // Find() on the ASCII-lower-cased word.
  uint8_t FindLower(std::string_view word) const {
    if (word.size() >= 64 || ((lengths_ >> word.size()) & 1) == 0 ||
        (!word.empty() && !MayStartWith(LowerAscii(word[0])))) {
      return 0;
    }
    char buf[64];
    uint64_t h = kHashSeed;
    for (size_t i = 0; i < word.size(); ++i) {  // lower-case and hash
      const char c = word[i];
      buf[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
      h = HashStep(h, buf[i]);
    }
    return Probe(std::string_view(buf, word.size()), h);
  }
  size_t size() const { return count_; }

  template <typename F>
  void ForEach(F&& f) const {
    for (const Slot& slot : slots_) {
      if (slot.value != 0) f(Word(slot), slot.value);
    }
  }

 private:
  struct Slot {
    uint32_t offset = 0;  // in arena_
    uint8_t size = 0;
    uint8_t value = 0;  // 0: empty
  };

  static char LowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  // Most words looked up are absent: a set of first bytes rejects them
  // without hashing.
  bool MayStartWith(char c) const {
    const auto b = static_cast<uint8_t>(c);
    return ((first_bytes_[b >> 6] >> (b & 63)) & 1) != 0;
  }

  static constexpr uint64_t kHashSeed = 0xcbf29ce484222325ull;
  static uint64_t HashStep(uint64_t h, char c) {
    return (h ^ static_cast<uint8_t>(c)) * 0x100000001b3ull;
  }
  static uint64_t Hash(std::string_view s) {
    uint64_t h = kHashSeed;
    for (char c : s) h = HashStep(h, c);
    return h;
  }
  // Entries are short: a byte loop beats a call to memcmp.
  static bool SameBytes(const char* a, const char* b, size_t n) {
    for (size_t i = 0; i < n; ++i) {
      if (a[i] != b[i]) return false;
    }
    return true;
  }
  std::string_view Word(const Slot& slot) const {
    return std::string_view(arena_).substr(slot.offset, slot.size);
  }
  uint8_t Probe(std::string_view word, uint64_t hash) const {
    if (slots_.empty()) return 0;
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.value == 0) return 0;
      if (slot.size == word.size() &&
          SameBytes(arena_.data() + slot.offset, word.data(), word.size())) {
        return slot.value;
      }
    }
  }
  void Grow();

  std::string arena_;
  std::vector<Slot> slots_;  // size is a power of two, at most half full
  size_t count_ = 0;
  uint64_t lengths_ = 0;          // bit n set when an entry has n bytes
  uint64_t first_bytes_[4] = {};  // bit b set when an entry starts with b
};

struct LanguageLexicon {
  WordSet abbreviations;      // value: AbbrevKind; case-sensitive
  WordSet sentence_starters;  // words that typically open a sentence
  WordSet stopwords;          // frequent function words, for language id
  WordSet clitics;            // en: suffixes after an apostrophe (s, ll...);
                              // fr: pronouns after a hyphen (il, vous, moi...)
  WordSet elisions;  // fr: elided words before an apostrophe (l, qu...)
  WordSet no_split;  // fr: whole words never split (aujourd'hui...)

  // The abbreviation kind of `word` (without its period): exact match, else
  // the same word with its first letter lower-cased.
  AbbrevKind Abbreviation(std::string_view word) const;
};

struct TextLexicon {
  LanguageLexicon en;
  LanguageLexicon fr;
};

// Reads dict_dir/{en,fr}/*.txt. NotFound when a required list is missing,
// InvalidArgument on a malformed line (with file and line number).
StatusOr<TextLexicon> LoadTextLexicon(const std::string& dict_dir);

// Parses one list. `with_kind`: lines may carry an AbbrevKind name
// ("prefix", "initial", "plain", "number"; default plain). Otherwise entries
// are lower-cased. `name` is only used in error messages.
Status ParseTextList(std::string_view content, std::string_view name,
                     bool with_kind, WordSet* out);

}  // namespace tocsin

#endif  // TOCSIN_TEXT_LEXICON_H_
