#include "gkg/amount_date_words.h"

#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <set>

#include "dict/fold.h"
#include "dict/phrase_tokens.h"
#include "util/files.h"
#include "util/lines.h"

namespace tocsin {
namespace {

constexpr uint64_t kSeed = 0x616D'6F75'6E74'6474ull;  // "amountdt"

struct KindInfo {
  const char* name;
  uint32_t kind;
  bool has_value;
  bool currency_only = false;
  bool digits_only = false;
};
constexpr KindInfo kKinds[] = {
    {"number", kAdNumber, true},
    {"currency_multiplier", kAdMultiplier, true, true, true},
    {"digit_multiplier", kAdMultiplier, true, false, true},
    {"address", kAdClockAfter, false},
    {"day_article", kAdDayArticle, false},
    {"weak_number", kAdWeakNumber, true},
    {"multiplier", kAdMultiplier, true},
    {"collective", kAdCollective, true},
    {"article", kAdArticle, false},
    {"connector", kAdConnector, false},
    {"approx", kAdApprox, false},
    {"of", kAdOf, false},
    {"filler", kAdFiller, false},
    {"percent", kAdPercent, false},
    {"currency", kAdCurrency, false},
    {"clock_after", kAdClockAfter, false},
    {"clock_prep", kAdClockPrep, false},
    {"clock_unit", kAdClockUnit, false},
    {"id_before", kAdIdBefore, false},
    {"year_cue", kAdYearCue, false},
    {"month", kAdMonth, true},
    {"weekday", kAdWeekday, true},
    {"relative_day", kAdRelativeDay, true},
    {"relative_week", kAdRelativeWeek, true},
    {"relative_month", kAdRelativeMonth, true},
    {"relative_year", kAdRelativeYear, true},
    {"duration", kAdDuration, true},
    {"next", kAdNext, false},
    {"last", kAdLast, false},
    {"this", kAdThis, false},
    {"month_part", kAdMonthPart, false},
    {"month_cue", kAdMonthCue, false},
    {"ago_after", kAdAgoAfter, false},
    {"ago_before", kAdAgoBefore, false},
    {"ordinal_suffix", kAdOrdinalSuffix, false},
};

const KindInfo* FindKind(std::string_view name) {
  for (const KindInfo& k : kKinds) {
    if (name == k.name) return &k;
  }
  return nullptr;
}

// The slot a kind's value goes to, and the range it must lie in.
struct ValueSlot {
  double AmountDateWord::*real = nullptr;
  int32_t AmountDateWord::*integer = nullptr;
  double min = 0, max = 0;
};
ValueSlot SlotFor(uint32_t kind) {
  switch (kind) {
    case kAdNumber:
    case kAdWeakNumber:
      return {&AmountDateWord::number, nullptr, 0, 1e15};
    case kAdMultiplier:
      return {&AmountDateWord::multiplier, nullptr, 2, 1e15};
    case kAdCollective:
      return {&AmountDateWord::collective, nullptr, 2, 1e15};
    case kAdMonth:
      return {nullptr, &AmountDateWord::month, 1, 12};
    case kAdWeekday:
      return {nullptr, &AmountDateWord::weekday, 1, 7};
    case kAdDuration:
      return {nullptr, &AmountDateWord::duration, 1, 4};
    default:
      return {nullptr, &AmountDateWord::offset, -100, 100};
  }
}

bool IsElision(std::string_view word) {
  static constexpr std::string_view kElided[] = {
      "l'", "d'",  "j'",     "m'",      "n'",      "s'",      "t'",
      "c'", "qu'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'", "presqu'"};
  std::string lower(word);
  for (char& c : lower) c = static_cast<char>(std::tolower(c));
  for (std::string_view e : kElided) {
    if (lower == e) return true;
  }
  return false;
}

// Token keys: a short ASCII token is looked up by its lower-cased bytes
// packed into 64 bits (tagged by the top bit), anything else by FoldKey (top
// bit cleared); both lead to the token's id. 0 is never a key.
constexpr uint64_t kPackedTag = AmountDateWords::kPackedTag;
uint64_t FoldedKey(uint64_t fold_key) {
  const uint64_t key = fold_key & ~kPackedTag;
  return key == 0 ? 1 : key;
}

uint64_t SequenceKey(const uint64_t* ids, size_t n) {
  uint64_t key = kSeed;
  for (size_t i = 0; i < n; ++i) key = MixKeys(key, ids[i]);
  return key == 0 ? 1 : key;
}

unsigned char Lower(unsigned char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c + 32) : c;
}
// Folded forms of U+00C0..U+00FF (UTF-8 C3 80..BF) as dict/fold.h folds
// them; 0 where the fold is not one ASCII letter (æ, ø, ß, ×).
constexpr char kLatin1Fold[65] =
    "aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0\0aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0"
    "y";

// The packed key of a token whose folded form is at most 8 ASCII bytes
// (the folded bytes, little-endian, tagged), else 0. `readable` as in
// AmountDateWords::TokenKey; the loop folds the Latin-1 letters of French
// and English.
uint64_t PackedKey(std::string_view s, size_t readable) {
  const size_t n = s.size();
  if (n == 0 || n > 16) return 0;
  if (n <= 8 && readable >= 8) {
    if (const uint64_t packed = AmountDateWords::PackedAscii(s)) return packed;
  }
  uint64_t x = 0;
  int out = 0;
  for (size_t i = 0; i < n; ++i) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b >= 0x80) {
      if (b != 0xC3 || i + 1 == n) return 0;
      const unsigned char next = static_cast<unsigned char>(s[++i]);
      if (next < 0x80 || next > 0xBF) return 0;
      b = static_cast<unsigned char>(kLatin1Fold[next - 0x80]);
      if (b == 0) return 0;
    } else {
      b = Lower(b);
    }
    if (out == 8) return 0;
    x |= uint64_t{b} << (8 * out++);
  }
  return x | kPackedTag;
}

bool HasHyphen(std::string_view s, size_t readable) {
  if (s.size() <= 8 && readable >= 8) {
    uint64_t x = 0;
    std::memcpy(&x, s.data(), 8);
    if (s.size() < 8) x &= (uint64_t{1} << (8 * s.size())) - 1;
    // A zero byte in x ^ "--------" within the token.
    const uint64_t y = x ^ 0x2D2D2D2D2D2D2D2Dull;
    const uint64_t zero =
        (y - 0x0101010101010101ull) & ~y & 0x8080808080808080ull;
    const uint64_t in_token =
        s.size() < 8 ? (uint64_t{1} << (8 * s.size())) - 1 : ~uint64_t{0};
    return (zero & in_token) != 0;
  }
  return s.find('-') != std::string_view::npos;
}

bool AsciiEnds(std::string_view s) {
  return (static_cast<unsigned char>(s[0]) |
          static_cast<unsigned char>(s.size() > 1 ? s[1] : 0) |
          static_cast<unsigned char>(s.back())) < 0x80;
}

}  // namespace

std::vector<std::string> AmountDatePhraseTokens(std::string_view phrase) {
  return PhraseTokens(phrase, IsElision);
}

void FlatKeyIndex::Insert(uint64_t key, uint32_t value) {
  if ((size_ + 1) * 2 > slots_.size()) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<size_t>(64, old.size() * 2), Slot());
    mask_ = slots_.size() - 1;
    shift_ = 64 - std::countr_zero(slots_.size());
    size_ = 0;
    for (const Slot& slot : old) {
      if (slot.key != 0) Insert(slot.key, slot.value);
    }
  }
  size_t i = Home(key);
  while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & mask_;
  if (slots_[i].key == 0) ++size_;
  slots_[i] = {key, value};
}

uint64_t AmountDateWords::InternToken(std::string_view token) {
  const std::string folded = FoldString(token);
  const uint64_t fold_key = HashFolded(folded);
  const uint64_t key = FoldedKey(fold_key);
  uint32_t slot = tokens_.Find(key);
  if (slot == FlatKeyIndex::kNone) {
    token_info_.push_back({FlatKeyIndex::kNone, 0, 0});
    slot = static_cast<uint32_t>(token_info_.size() - 1);
    tokens_.Insert(key, slot);
    *by_fold_key_.Insert(fold_key) = slot;
    if (const uint64_t packed = PackedKey(folded, 0)) {
      tokens_.Insert(packed, slot);
    }
    NoteToken(folded);
  }
  return slot + 1;
}

// The entry of the phrase of token ids[0..n), created when new.
AmountDateWord* AmountDateWords::Add(const uint64_t* ids, size_t n) {
  if (n == 1) {
    TokenSlot& slot = token_info_[ids[0] - 1];
    if (slot.word == FlatKeyIndex::kNone) {
      words_.emplace_back();
      slot.word = static_cast<uint32_t>(words_.size() - 1);
    }
    return &words_[slot.word];
  }
  const uint64_t key = SequenceKey(ids, n);
  uint32_t at = phrases_.Find(key);
  if (at == FlatKeyIndex::kNone) {
    words_.emplace_back();
    at = static_cast<uint32_t>(words_.size() - 1);
    phrases_.Insert(key, at);
  }
  return &words_[at];
}

void AmountDateWords::NoteToken(std::string_view folded) {
  if (folded.empty() || !AsciiEnds(folded)) return;  // such text is folded
  // Up to two accented letters inside make the text token longer.
  const auto b0 = static_cast<unsigned char>(folded[0]);
  const auto b1 = static_cast<unsigned char>(folded.size() > 1 ? folded[1] : 0);
  const auto bl = static_cast<unsigned char>(folded.back());
  for (size_t extra = 0; extra <= 2; ++extra) {
    const size_t bit = LetterBit(b0, b1, bl, folded.size() + extra);
    letter_bits_[bit >> 6] |= 1ull << (bit & 63);
  }
}

StatusOr<AmountDateWords> AmountDateWords::Parse(std::string_view text,
                                                 std::string_view what) {
  AmountDateWords words;
  EntryReader entries(text, what);
  std::string_view rest;
  std::set<std::pair<uint32_t, uint64_t>> seen;
  while (entries.Next(&rest)) {
    const std::string_view kind_name = NextField(&rest);
    const KindInfo* kind = FindKind(kind_name);
    if (kind == nullptr) {
      return entries.Error("unknown kind '" + std::string(kind_name) + "'");
    }
    double value = 0;
    if (kind->has_value) {
      const std::string_view field = NextField(&rest);
      const char* end = field.data() + field.size();
      auto [ptr, ec] = std::from_chars(field.data(), end, value);
      if (field.empty() || ec != std::errc() || ptr != end) {
        return entries.Error(std::string(kind->name) + " needs a number first");
      }
      const ValueSlot slot = SlotFor(kind->kind);
      if (!(value >= slot.min && value <= slot.max) ||
          (slot.integer != nullptr && value != std::floor(value))) {
        return entries.Error("value out of range for " +
                             std::string(kind->name));
      }
    }
    const std::vector<std::string> tokens = AmountDatePhraseTokens(rest);
    if (tokens.empty()) return entries.Error("empty phrase");
    if (tokens.size() > kMaxPhraseTokens)
      return entries.Error("phrase too long");
    uint64_t keys[kMaxPhraseTokens];
    for (size_t i = 0; i < tokens.size(); ++i) {
      keys[i] = words.InternToken(tokens[i]);
    }
    const uint64_t key = SequenceKey(keys, tokens.size());
    if (!seen.insert({kind->kind, key}).second) {
      return entries.Error("duplicate " + std::string(kind->name) + " '" +
                           std::string(rest) + "'");
    }
    AmountDateWord& word = *words.Add(keys, tokens.size());
    word.kinds |= kind->kind;
    word.currency_only |= kind->currency_only;
    word.digits_only |= kind->digits_only;
    if (kind->has_value) {
      const ValueSlot slot = SlotFor(kind->kind);
      if (slot.real != nullptr) {
        if (word.*slot.real != 0 && word.*slot.real != value) {
          return entries.Error("conflicting values for '" + std::string(rest) +
                               "'");
        }
        word.*slot.real = value;
      } else {
        const int32_t v = static_cast<int32_t>(value);
        if (word.*slot.integer != 0 && word.*slot.integer != v) {
          return entries.Error("conflicting values for '" + std::string(rest) +
                               "'");
        }
        word.*slot.integer = v;
      }
    }
    // Phrases are found from their first token.
    words.token_info_[keys[0] - 1].first_kinds |= kind->kind;
    if (tokens.size() == 1 && (kind->kind & kHyphenPrefixKinds) != 0) {
      const size_t bit = AmountDateWords::PrefixBit(FoldString(tokens[0]));
      words.prefix_bits_[bit >> 6] |= 1ull << (bit & 63);
    }
    words.max_tokens_ =
        std::max(words.max_tokens_, static_cast<int>(tokens.size()));
  }
  for (TokenSlot& slot : words.token_info_) {
    slot.kinds =
        slot.word == FlatKeyIndex::kNone ? 0 : words.words_[slot.word].kinds;
  }
  return words;
}

StatusOr<AmountDateWords> AmountDateWords::Load(const std::string& dict_dir,
                                                const std::string& lang) {
  const std::string path = dict_dir + "/" + lang + "/amounts_dates.txt";
  TOCSIN_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path));
  return Parse(text, path);
}

uint64_t AmountDateWords::TokenKeySlow(std::string_view normalized) const {
  const uint64_t packed = PackedKey(normalized, 0);
  return Id(
      tokens_.Find(packed != 0 ? packed : FoldedKey(FoldKey(normalized))));
}

const AmountDateWord* AmountDateWords::Find(const uint64_t* keys,
                                            size_t n) const {
  if (n == 0) return nullptr;
  if (n == 1) return Token(keys[0]).word;
  for (size_t i = 0; i < n; ++i) {
    if (keys[i] == 0) return nullptr;
  }
  const uint32_t at = phrases_.Find(SequenceKey(keys, n));
  return at == FlatKeyIndex::kNone ? nullptr : &words_[at];
}

const AmountDateWord* AmountDateWords::Longest(const uint64_t* keys, size_t n,
                                               uint32_t kinds,
                                               int* length) const {
  if (n == 0) return nullptr;
  const TokenInfo first = Token(keys[0]);
  if ((first.first_kinds & kinds) == 0) return nullptr;
  uint64_t prefix[kMaxPhraseTokens];
  const size_t max_len = std::min(n, static_cast<size_t>(max_tokens_));
  uint64_t key = kSeed;
  size_t len = 0;
  for (; len < max_len && keys[len] != 0; ++len) {
    key = MixKeys(key, keys[len]);
    prefix[len] = key == 0 ? 1 : key;
  }
  for (size_t l = len; l >= 2; --l) {
    const uint32_t at = phrases_.Find(prefix[l - 1]);
    if (at != FlatKeyIndex::kNone && (words_[at].kinds & kinds) != 0) {
      *length = static_cast<int>(l);
      return &words_[at];
    }
  }
  if (first.word != nullptr && (first.word->kinds & kinds) != 0) {
    *length = 1;
    return first.word;
  }
  return nullptr;
}

const AmountDateWord* AmountDateWords::LongestEndingAt(const uint64_t* keys,
                                                       size_t begin, size_t end,
                                                       uint32_t kinds,
                                                       int* length) const {
  const size_t max_len =
      std::min(end - std::min(begin, end), static_cast<size_t>(max_tokens_));
  for (size_t l = max_len; l > 0; --l) {
    if ((Token(keys[end - l]).first_kinds & kinds) == 0) continue;
    const AmountDateWord* w = Find(keys + end - l, l);
    if (w != nullptr && (w->kinds & kinds) != 0) {
      *length = static_cast<int>(l);
      return w;
    }
  }
  return nullptr;
}

const AmountDateWord* AmountDateWords::FindWord(std::string_view word) const {
  return Token(TokenKey(word, 0)).word;
}

uint32_t AmountDateWords::PrefixKinds(std::string_view token,
                                      size_t readable) const {
  if (!MayPrefix(token) || !HasHyphen(token, readable)) return 0;
  return WordKinds(token.substr(0, token.find('-')));
}

uint32_t AmountDateWords::WordKinds(std::string_view word) const {
  const AmountDateWord* w = FindWord(word);
  return w == nullptr ? 0 : w->kinds;
}

}  // namespace tocsin
