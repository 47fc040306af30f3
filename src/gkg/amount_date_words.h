// AmountDateWords: one language's words for amounts and dates
// (dict/<lang>/amounts_dates.txt): number words and multipliers, round-number
// nouns ("douzaine"), approximation cues, month and weekday names, relative
// dates ("la semaine dernière"), and the cues that make a number a time, a
// year or an identifier rather than an amount. The file format is documented
// at the top of dict/en/amounts_dates.txt.
//
// Phrases are stored under the ids of their tokens, and tokens under their
// folded form (dict/fold.h), so they match text tokens whatever their case
// or accents. Immutable after parsing; thread-safe.
#ifndef TOCSIN_GKG_AMOUNT_DATE_WORDS_H_
#define TOCSIN_GKG_AMOUNT_DATE_WORDS_H_

#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tocsin/status.h"
#include "tocsin/text.h"
#include "util/key_table.h"

namespace tocsin {

// What a phrase can be; a phrase may be several things ("vingt" is a number
// and a multiplier, "in" a year cue and a month cue).
enum AmountDateWordKind : uint32_t {
  kAdNumber = 1u << 0,
  kAdWeakNumber = 1u << 1,
  kAdMultiplier = 1u << 2,
  kAdCollective = 1u << 3,
  kAdArticle = 1u << 4,
  kAdConnector = 1u << 5,
  kAdApprox = 1u << 6,
  kAdOf = 1u << 7,
  kAdFiller = 1u << 8,
  kAdPercent = 1u << 9,
  kAdCurrency = 1u << 10,
  kAdClockAfter = 1u << 11,  // also "address": "12 rue", "3 Main Street"
  kAdClockPrep = 1u << 12,
  kAdClockUnit = 1u << 13,
  kAdIdBefore = 1u << 14,
  kAdYearCue = 1u << 15,
  kAdMonth = 1u << 16,
  kAdWeekday = 1u << 17,
  kAdRelativeDay = 1u << 18,
  kAdRelativeWeek = 1u << 19,
  kAdRelativeMonth = 1u << 20,
  kAdRelativeYear = 1u << 21,
  kAdDuration = 1u << 22,
  kAdNext = 1u << 23,
  kAdLast = 1u << 24,
  kAdThis = 1u << 25,
  kAdMonthPart = 1u << 26,
  kAdMonthCue = 1u << 27,
  kAdAgoAfter = 1u << 28,
  kAdAgoBefore = 1u << 29,
  kAdOrdinalSuffix = 1u << 30,
  kAdDayArticle = 1u << 31,
};
constexpr uint32_t kAdRelative =
    kAdRelativeDay | kAdRelativeWeek | kAdRelativeMonth | kAdRelativeYear;
// The kinds of the words of a number written in words.
constexpr uint32_t kAdNumberWords =
    kAdNumber | kAdWeakNumber | kAdMultiplier | kAdConnector;
// The kinds a hyphenated compound may start with.
constexpr uint32_t kHyphenPrefixKinds = kAdNumberWords | kAdMonthPart;

struct AmountDateWord {
  uint32_t kinds = 0;
  double number = 0;      // kAdNumber, kAdWeakNumber
  double multiplier = 0;  // kAdMultiplier
  double collective = 0;  // kAdCollective
  int32_t month = 0;      // kAdMonth: 1..12
  int32_t weekday = 0;    // kAdWeekday: ISO 1..7
  int32_t offset = 0;     // kAdRelative*: days, weeks, months or years
  int32_t duration = 0;   // kAdDuration: 1 day, 2 week, 3 month, 4 year
  // kAdMultiplier from `currency_multiplier`: scales only a sum of money
  // written with a sign, glued to it ("$600m", not "600 m").
  bool currency_only = false;
  // kAdMultiplier from `digit_multiplier`: scales only digits ("5 bn"),
  // never a number in words, and is no number alone.
  bool digits_only = false;
};

// An open-addressing map from nonzero 64-bit keys to indexes: one probe in
// the common case, no nodes to chase.
class FlatKeyIndex {
 public:
  void Insert(uint64_t key, uint32_t value);
  // The value of `key`, or kNone.
  uint32_t Find(uint64_t key) const {
    if (slots_.empty()) return kNone;
    for (size_t i = Home(key);; i = (i + 1) & mask_) {
      if (slots_[i].key == key) return slots_[i].value;
      if (slots_[i].key == 0) return kNone;
    }
  }
  size_t size() const { return size_; }
  static constexpr uint32_t kNone = ~0u;

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t value = kNone;
  };
  size_t Home(uint64_t key) const {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_);
  }
  std::vector<Slot> slots_;
  size_t mask_ = 0, size_ = 0;
  int shift_ = 63;
};

class AmountDateWords {
 public:
  // Parses the format of dict/<lang>/amounts_dates.txt. InvalidArgument
  // "<what>:<line>: why" names the line of an unknown kind, a missing or
  // out-of-range value, an empty or overlong phrase, a duplicate, or two
  // different values for one phrase and kind.
  static StatusOr<AmountDateWords> Parse(std::string_view text,
                                         std::string_view what);
  // Reads and parses <dict_dir>/<lang>/amounts_dates.txt.
  static StatusOr<AmountDateWords> Load(const std::string& dict_dir,
                                        const std::string& lang);

  static constexpr int kMaxPhraseTokens = 5;

  // The id of a normalised text token among the words of the lists, 0 when
  // no phrase contains it. Matching ignores case and accents: short ASCII
  // tokens are looked up by their lower-cased bytes, others are folded
  // (dict/fold.h) unless a cheap test on their first, second and last
  // letters and their length rules them out.
  // `readable`: how many bytes from normalized.data() may be read (at
  // least its size; 8 or more lets short tokens be read in one load).
  uint64_t TokenKey(std::string_view normalized, size_t readable) const {
    const size_t n = normalized.size();
    if (n == 0) return 0;
    const auto b0 = static_cast<unsigned char>(normalized[0]);
    const auto b1 = static_cast<unsigned char>(n > 1 ? normalized[1] : 0);
    const auto bl = static_cast<unsigned char>(normalized[n - 1]);
    if (((b0 | b1 | bl) & 0x80) == 0) {  // most words stop here
      const size_t bit = LetterBit(b0, b1, bl, n);
      if (((letter_bits_[bit >> 6] >> (bit & 63)) & 1) == 0) return 0;
      if (n <= 8 && readable >= 8) {  // short ASCII words: one load
        const uint64_t packed = PackedAscii(normalized);
        if (packed != 0) return Id(tokens_.Find(packed));
      }
    }
    return TokenKeySlow(normalized);
  }
  uint64_t TokenKey(std::string_view normalized) const {
    return TokenKey(normalized, normalized.size());
  }
  // The same id, from the token's FoldKey (dict/fold.h), which the pipeline
  // computes once per token (AnalyzedText::form_keys): one probe that a bit
  // filter answers for most words, and no folding.
  uint64_t TokenKeyOfFold(uint64_t fold_key) const {
    const uint32_t* slot = by_fold_key_.Find(fold_key);
    return slot == nullptr ? 0 : uint64_t{*slot} + 1;
  }
  // For a hyphenated token ("vingt-deux", "mi-octobre"), the kinds of the
  // word before its first hyphen; 0 for others.
  uint32_t PrefixKinds(std::string_view token, size_t readable) const;
  // False when no hyphenated compound of the lists starts like `token`.
  bool MayPrefix(std::string_view token) const {
    if (token.size() < 3) return false;
    const size_t bit = PrefixBit(token);
    return (prefix_bits_[bit >> 6] >> (bit & 63)) & 1;
  }
  // The bit of a word's first two bytes (ASCII letters lower-cased) in the
  // filter of hyphen prefixes.
  static size_t PrefixBit(std::string_view s) {
    const auto b0 = static_cast<unsigned char>(s[0]);
    const auto b1 = static_cast<unsigned char>(s.size() > 1 ? s[1] : 0);
    return ((b0 | 0x20u) & 0x3Fu) << 6 | ((b1 | 0x20u) & 0x3Fu);
  }

  // What a single token (by id) is: the one-word phrase (or nullptr) and
  // its kinds (0 when none), and the kinds of all phrases that start with
  // it.
  struct TokenInfo {
    const AmountDateWord* word = nullptr;
    uint32_t kinds = 0;
    uint32_t first_kinds = 0;
  };
  TokenInfo Token(uint64_t id) const {
    if (id == 0 || id > token_info_.size()) return TokenInfo();
    const TokenSlot& slot = token_info_[id - 1];
    return {slot.word == FlatKeyIndex::kNone ? nullptr : &words_[slot.word],
            slot.kinds, slot.first_kinds};
  }

  // Below, `keys` are token ids from TokenKey.
  // The phrase whose token ids are keys[0..n), or nullptr.
  const AmountDateWord* Find(const uint64_t* keys, size_t n) const;
  // The longest phrase of a kind in `kinds` starting at keys[0] (at most
  // `n` tokens); sets *length. nullptr when none.
  const AmountDateWord* Longest(const uint64_t* keys, size_t n, uint32_t kinds,
                                int* length) const;
  // The longest phrase of a kind in `kinds` ending just before keys[end]
  // and starting at or after keys[begin]; sets *length.
  const AmountDateWord* LongestEndingAt(const uint64_t* keys, size_t begin,
                                        size_t end, uint32_t kinds,
                                        int* length) const;
  // The single word `word` (folded on the fly): nullptr / 0 when none.
  const AmountDateWord* FindWord(std::string_view word) const;
  uint32_t WordKinds(std::string_view word) const;

  // Tokens whose folded form is ASCII and at most 8 bytes are looked up by
  // those bytes packed little-endian into 64 bits, tagged by the top bit
  // (never set in ASCII); others by FoldKey with the top bit cleared.
  static constexpr uint64_t kPackedTag = 1ull << 63;
  // The packed key of an ASCII token of at most 8 bytes, read in one load
  // (REQUIRES: 8 bytes readable from s.data()); 0 for others.
  static uint64_t PackedAscii(std::string_view s) {
    constexpr uint64_t kHigh = 0x8080808080808080ull;
    constexpr uint64_t kOnes = 0x0101010101010101ull;
    uint64_t x = 0;
    std::memcpy(&x, s.data(), 8);
    if (s.size() < 8) x &= (uint64_t{1} << (8 * s.size())) - 1;
    if ((x & kHigh) != 0) return 0;
    // Bytes from 'A' to 'Z' gain 0x20; no byte carries into the next.
    const uint64_t upper =
        (x + kOnes * (0x80 - 'A')) & ~(x + kOnes * (0x7F - 'Z')) & kHigh;
    return (x | upper >> 2) | kPackedTag;
  }
  int max_tokens() const { return max_tokens_; }
  size_t size() const { return words_.size(); }

 private:
  // The letter-filter bit of a token's first, second and last bytes and
  // its length (ASCII letters folded to lower case by | 0x20).
  static size_t LetterBit(unsigned b0, unsigned b1, unsigned bl, size_t n) {
    const uint32_t h =
        (((b0 | 0x20) * 131u + (b1 | 0x20)) * 131u + (bl | 0x20)) * 64u +
        static_cast<uint32_t>(n < 63 ? n : 63);
    return (h * 0x9E3779B1u) >> (32 - kLetterBitsLog2);
  }
  uint64_t TokenKeySlow(std::string_view normalized) const;
  uint64_t InternToken(std::string_view token);
  static uint64_t Id(uint32_t slot) {
    return slot == FlatKeyIndex::kNone ? 0 : uint64_t{slot} + 1;
  }
  AmountDateWord* Add(const uint64_t* ids, size_t n);
  void NoteToken(std::string_view folded);

  std::vector<AmountDateWord> words_;
  FlatKeyIndex phrases_;  // sequence key of 2+ token ids -> words_ index
  FlatKeyIndex tokens_;   // packed or folded token key -> token id - 1
  // FoldKey -> token id - 1; probed for every token, hence the larger
  // filter (util/key_table.h).
  KeyTable<uint32_t, 16> by_fold_key_;
  struct TokenSlot {
    uint32_t word;  // words_ index of the one-token phrase, or kNone
    // words_[word].kinds, copied so that a document's pass over its tokens
    // does not miss the cache on every word it finds.
    uint32_t kinds;
    uint32_t first_kinds;
  };
  std::vector<TokenSlot> token_info_;
  // Bits of (first, second, last letter, length) of every folded phrase
  // token, and of the first two letters of the words that may start a
  // hyphenated compound ("vingt-deux", "mi-octobre").
  // Small enough (2 KiB, 512 B) to stay in L1 cache next to the text.
  static constexpr int kLetterBitsLog2 = 14;
  std::array<uint64_t, (1 << kLetterBitsLog2) / 64> letter_bits_ = {};
  std::array<uint64_t, 4096 / 64> prefix_bits_ = {};
  int max_tokens_ = 0;
};

// Splits a phrase into the tokens the text tokenizer makes of it: words
// separated by blanks, with French elided articles (l' d' qu' jusqu' ...)
// split off after their apostrophe. Exposed for tests.
std::vector<std::string> AmountDatePhraseTokens(std::string_view phrase);

// The value of a numeral written in digits: "12", "12 000" (space, no-break
// or narrow no-break space), "12,000", "1.5", "3,5", "1,200.50". A space,
// or a comma followed by exactly three digits, groups thousands; so does a
// period followed by three digits when `period_groups` (French "12.000");
// otherwise a comma or a period is the decimal mark (English "24.875"). A
// leading "0" group is always whole ("0,125"). False for anything else
// ("12e", "14h30", "10-20", "1,2,3"), so ordinals, times and ranges are
// never read as amounts. *plain: bare digits without separators (a
// possible year).
bool ParseNumeral(std::string_view s, bool period_groups, double* value,
                  bool* plain);

// The word lists of both languages, for the finders.
struct AmountDateLexicons {
  AmountDateWords en, fr;
  uint64_t serial = 0;  // unique per load, for per-thread caches
  // The lists for a paragraph's language, nullptr for other languages.
  const AmountDateWords* For(std::string_view lang) const {
    if (lang == "en") return &en;
    if (lang == "fr") return &fr;
    return nullptr;
  }
};
// The lists of <dict_dir>, loaded once per process while in use: the amount
// and date finders share them (and so their per-thread token lookups).
// Thread-safe.
StatusOr<std::shared_ptr<const AmountDateLexicons>> LoadAmountDateLexicons(
    const std::string& dict_dir);

// Per-thread scratch: every token of a document looked up once in the word
// lists of its sentence's language. Indexed by token; tokens of sentences
// in other languages, URLs, handles and hashtags get key 0 and no kinds.
class DocumentWords {
 public:
  void Compute(const AmountDateLexicons& lexicons, const AnalyzedText& text);
  // This thread's lookups of `text`, computed again only when `text` (or
  // `lexicons`) differs from the last call's, so the amount and date
  // finders share one pass over the tokens. Valid until the thread's next
  // call.
  static const DocumentWords& Shared(const AmountDateLexicons& lexicons,
                                     const AnalyzedText& text);
  const uint64_t* keys() const { return keys_.data(); }
  const AmountDateWord* word(uint32_t token) const { return words_[token]; }
  uint32_t kinds(uint32_t token) const {
    return words_[token] == nullptr ? 0 : words_[token]->kinds;
  }
  uint32_t first_kinds(uint32_t token) const { return first_[token]; }
  // AmountDateWords::PrefixKinds of the token: "vingt-deux" -> a number.
  uint32_t prefix_kinds(uint32_t token) const { return prefix_[token]; }
  // The tokens where an amount or a date may start, in order: digits, words
  // that start a phrase of a starting kind, hyphenated number words and
  // month parts, articles and "un"/"one" before a round number, and the
  // word before a duration ("trois jours"). The finders visit only these.
  const std::vector<uint32_t>& candidates() const { return candidates_; }

 private:
  std::vector<uint64_t> keys_;
  std::vector<const AmountDateWord*> words_;
  std::vector<uint32_t> first_;
  std::vector<uint32_t> prefix_;
  std::vector<uint32_t> candidates_;
  uint64_t fingerprint_ = 0;
  bool valid_ = false;
};

// The language of `sentence`: its paragraph's, else the document's.
std::string_view SentenceLanguage(const AnalyzedText& text,
                                  const Sentence& sentence);

// The loop of the amount and date finders over a document: calls
// scan(sentence, words, lookups, french, &at) for each sentence that holds
// one of lookups.candidates() and whose language has lists (`words`),
// `at` indexing the candidates; scan leaves it past the sentence's.
template <typename ScanSentence>
void ScanCandidateSentences(const AmountDateLexicons& lexicons,
                            const AnalyzedText& text, ScanSentence scan) {
  const DocumentWords& lookups = DocumentWords::Shared(lexicons, text);
  const std::vector<uint32_t>& candidates = lookups.candidates();
  size_t at = 0;
  for (const Sentence& s : text.sentences) {
    while (at < candidates.size() && candidates[at] < s.first_token) ++at;
    if (at == candidates.size()) break;
    if (candidates[at] >= s.end_token) continue;
    const std::string_view lang = SentenceLanguage(text, s);
    const AmountDateWords* words = lexicons.For(lang);
    if (words == nullptr || s.end_token > text.tokens.size()) continue;
    scan(s, *words, lookups, lang == "fr", &at);
  }
}

// A finder (AmountFinder, DateFinder) built on the lists of <dict_dir>.
template <typename Finder>
StatusOr<std::unique_ptr<Finder>> LoadAmountDateFinder(
    const std::string& dict_dir) {
  TOCSIN_ASSIGN_OR_RETURN(std::shared_ptr<const AmountDateLexicons> lexicons,
                          LoadAmountDateLexicons(dict_dir));
  return std::make_unique<Finder>(std::move(lexicons));
}

}  // namespace tocsin

#endif  // TOCSIN_GKG_AMOUNT_DATE_WORDS_H_
