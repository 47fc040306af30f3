// The per-document side of the amount and date word lists: numerals in
// digits, the shared token lookups, and the language of each sentence.
#include <algorithm>
#include <cstring>
#include <map>
#include <mutex>

#include "dict/fold.h"
#include "gkg/amount_date_words.h"

namespace tocsin {
namespace {

// A fingerprint of everything DocumentWords::Compute reads.
uint64_t Fingerprint(const AmountDateLexicons& lexicons,
                     const AnalyzedText& text) {
  // An analysis the pipeline numbered is that number; hashing the whole
  // text twice per document cost as much as the lookups themselves.
  if (text.serial != 0) {
    return MixKeys(MixKeys(lexicons.serial, text.serial), ~uint64_t{0});
  }
  uint64_t h = MixKeys(lexicons.serial,
                       text.normalized.size() * 31 + text.tokens.size());
  // Two independent lanes of 8 bytes, so the multiplies overlap.
  const std::string& s = text.normalized;
  uint64_t a = h, b = ~h;
  size_t i = 0;
  for (; i + 16 <= s.size(); i += 16) {
    uint64_t x, y;
    std::memcpy(&x, s.data() + i, 8);
    std::memcpy(&y, s.data() + i + 8, 8);
    a = (a ^ x) * 0x9E3779B97F4A7C15ull;
    b = (b ^ y) * 0xC2B2AE3D27D4EB4Full;
    a ^= a >> 31;
    b ^= b >> 29;
  }
  for (; i < s.size(); ++i) {
    a = (a ^ static_cast<uint8_t>(s[i])) * 0x100000001B3ull;
  }
  h = MixKeys(a, b);
  for (const Sentence& sentence : text.sentences) {
    h = MixKeys(h, (uint64_t{sentence.first_token} << 32) ^ sentence.end_token ^
                       (uint64_t{sentence.paragraph} << 20));
  }
  for (const Paragraph& p : text.paragraphs)
    h = MixKeys(h, HashFolded(p.language));
  return MixKeys(h, HashFolded(text.language));
}
}  // namespace

bool ParseNumeral(std::string_view s, bool period_groups, double* value,
                  bool* plain) {
  // Digit groups and the separator before each group (0 for the first):
  // ' ' for any space, ',' '.' or '\''.
  constexpr int kMaxGroups = 8;
  std::string_view groups[kMaxGroups];
  char seps[kMaxGroups] = {};
  int n = 0;
  size_t i = 0, digits = 0;
  while (true) {
    const size_t start = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    if (i == start || n == kMaxGroups) return false;
    digits += i - start;
    groups[n++] = s.substr(start, i - start);
    if (i == s.size()) break;
    char sep = 0;
    size_t width = 1;
    if (s[i] == ' ' || s[i] == ',' || s[i] == '.' || s[i] == '\'') {
      sep = s[i] == ' ' ? ' ' : s[i];
    } else if (s.compare(i, 2, "\xC2\xA0") == 0) {  // no-break space
      sep = ' ', width = 2;
    } else if (s.compare(i, 3, "\xE2\x80\xAF") == 0 ||  // narrow no-break
               s.compare(i, 3, "\xE2\x80\x89") == 0) {  // thin space
      sep = ' ', width = 3;
    } else {
      return false;
    }
    if (n == kMaxGroups) return false;
    seps[n] = sep;
    i += width;
  }
  if (digits > 15) return false;
  *plain = n == 1;
  // The last separator is the decimal mark when it is a comma or a period
  // that does not group three digits, or differs from the grouping ones.
  int decimal = -1;
  if (n > 1 && (seps[n - 1] == ',' || seps[n - 1] == '.')) {
    const char last = seps[n - 1];
    bool same_before = false, other_before = false;
    for (int g = 1; g < n - 1; ++g) {
      same_before |= seps[g] == last;
      other_before |= seps[g] != last;
    }
    if (groups[n - 1].size() != 3 || other_before ||
        (!same_before && groups[0] == "0") ||
        (last == '.' && !same_before && !period_groups)) {
      decimal = n - 1;
    }
  }
  const int whole_end = decimal < 0 ? n : decimal;
  if (whole_end > 1 && groups[0].size() > 3) return false;
  double v = 0;
  for (int g = 0; g < whole_end; ++g) {
    if (g > 0 && (groups[g].size() != 3 || seps[g] != seps[1])) return false;
    for (char c : groups[g]) v = v * 10 + (c - '0');
  }
  if (decimal >= 0) {
    double scale = 1;
    for (char c : groups[decimal]) {
      scale /= 10;
      v += (c - '0') * scale;
    }
  }
  *value = v;
  return true;
}

const DocumentWords& DocumentWords::Shared(const AmountDateLexicons& lexicons,
                                           const AnalyzedText& text) {
  thread_local DocumentWords words;
  const uint64_t fingerprint = Fingerprint(lexicons, text);
  if (!words.valid_ || words.fingerprint_ != fingerprint) {
    words.Compute(lexicons, text);
    words.fingerprint_ = fingerprint;
    words.valid_ = true;
  }
  return words;
}

// Hot loop over every token of a document (see the header).
void DocumentWords::Compute(const AmountDateLexicons& lexicons,
                            const AnalyzedText& text) {
  constexpr uint32_t kStartKinds = kAdApprox | kAdCurrency | kAdNumber |
                                   kAdMultiplier | kAdCollective | kAdRelative |
                                   kAdAgoBefore | kAdWeekday | kAdMonth;
  constexpr uint32_t kRound = kAdCollective | kAdMultiplier;
  // Classes no phrase holds (one bit test instead of four compares).
  constexpr uint32_t kSkipClasses =
      1u << static_cast<int>(WordClass::kUrl) |
      1u << static_cast<int>(WordClass::kHandle) |
      1u << static_cast<int>(WordClass::kHashtag) |
      1u << static_cast<int>(WordClass::kPunctuation);
  const uint32_t n = static_cast<uint32_t>(text.tokens.size());
  keys_.assign(n, 0);
  words_.assign(n, nullptr);
  first_.assign(n, 0);
  prefix_.assign(n, 0);
  candidates_.clear();
  // Raw pointers: the stores below cannot alias the text, so the compiler
  // keeps the loop's bounds in registers.
  uint64_t* const keys = keys_.data();
  const AmountDateWord** const words = words_.data();
  uint32_t* const first = first_.data();
  uint32_t* const prefix = prefix_.data();
  const Token* const tokens = text.tokens.data();
  const char* const norm = text.normalized.data();
  // The pipeline's keys when the text has them (a text analysed by hand
  // has none, and its tokens are folded here).
  const uint64_t* const fold_keys =
      text.form_keys.size() == n ? text.form_keys.data() : nullptr;
  const size_t norm_size = text.normalized.size();
  auto add = [this](uint32_t i) {
    if (candidates_.empty() || candidates_.back() < i) candidates_.push_back(i);
  };
  for (const Sentence& s : text.sentences) {
    const AmountDateWords* table = lexicons.For(SentenceLanguage(text, s));
    if (table == nullptr) continue;
    const uint32_t begin = s.first_token, end = std::min(s.end_token, n);
    for (uint32_t i = begin; i < end; ++i) {
      const Token& t = tokens[i];
      if (((kSkipClasses >> static_cast<int>(t.word_class)) & 1) != 0 ||
          t.norm_end == t.norm_begin) {
        continue;
      }
      const std::string_view form(norm + t.norm_begin,
                                  t.norm_end - t.norm_begin);
      const size_t readable = norm_size - t.norm_begin;
      if (table->MayPrefix(form)) {
        prefix[i] = table->PrefixKinds(form, readable);
      }
      if ((form[0] >= '0' && form[0] <= '9') || prefix[i] != 0) add(i);
      const uint64_t key = fold_keys != nullptr
                               ? table->TokenKeyOfFold(fold_keys[i])
                               : table->TokenKey(form, readable);
      if (key == 0) continue;
      keys[i] = key;
      const AmountDateWords::TokenInfo info = table->Token(key);
      words[i] = info.word;
      first[i] = info.first_kinds;
      const uint32_t kinds = info.kinds;
      if (i > begin && ((kinds & kAdDuration) != 0 ||
                        ((kinds & kRound) != 0 &&
                         (first[i - 1] & (kAdArticle | kAdWeakNumber)) != 0))) {
        add(i - 1);  // "trois jours", "une douzaine"
      }
      if ((info.first_kinds & kStartKinds) != 0) add(i);
    }
  }
}

StatusOr<std::shared_ptr<const AmountDateLexicons>> LoadAmountDateLexicons(
    const std::string& dict_dir) {
  static std::mutex mutex;
  static auto* loaded =
      new std::map<std::string, std::weak_ptr<const AmountDateLexicons>>();
  std::lock_guard<std::mutex> lock(mutex);
  if (auto shared = (*loaded)[dict_dir].lock()) return shared;
  auto lexicons = std::make_shared<AmountDateLexicons>();
  TOCSIN_ASSIGN_OR_RETURN(lexicons->en, AmountDateWords::Load(dict_dir, "en"));
  TOCSIN_ASSIGN_OR_RETURN(lexicons->fr, AmountDateWords::Load(dict_dir, "fr"));
  static uint64_t serial = 0;
  lexicons->serial = ++serial;
  std::shared_ptr<const AmountDateLexicons> shared = std::move(lexicons);
  (*loaded)[dict_dir] = shared;
  return shared;
}

std::string_view SentenceLanguage(const AnalyzedText& text,
                                  const Sentence& sentence) {
  if (sentence.paragraph < text.paragraphs.size()) {
    const std::string& lang = text.paragraphs[sentence.paragraph].language;
    if (lang == "en" || lang == "fr") return lang;
  }
  return text.language;
}

}  // namespace tocsin
