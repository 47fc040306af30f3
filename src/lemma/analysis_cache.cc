#include "lemma/analysis_cache.h"

#include <cstring>
#include <memory>

namespace tocsin {
namespace {

constexpr uint8_t kModeInitial = 1;
constexpr uint8_t kModeAllCaps = 2;

// The 1..7 bytes at p as a zero-padded little-endian word, from two
// overlapping loads instead of a byte loop.
inline uint64_t LoadTail(const char* p, size_t n) {
  if (n >= 4) {
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    return lo | (static_cast<uint64_t>(hi) << (8 * (n - 4)));
  }
  if (n >= 2) {
    uint16_t lo, hi;
    std::memcpy(&lo, p, 2);
    std::memcpy(&hi, p + n - 2, 2);
    return lo | (static_cast<uint64_t>(hi) << (8 * (n - 2)));
  }
  return static_cast<uint8_t>(p[0]);
}

}  // namespace

AnalysisCache& AnalysisCache::ForThisThread() {
  thread_local std::unique_ptr<AnalysisCache> cache(new AnalysisCache());
  return *cache;
}

// Runs once per token: the form is packed into three zero-padded words so
// that hashing and the hit test are a few word operations, not a byte loop.
bool AnalysisCache::MakeKey(std::string_view form, uint8_t flags, bool initial,
                            Key* key) {
  const size_t n = form.size();
  if (n == 0 || n > kMaxFormBytes) return false;
  // Whole words where the form has them, then a padded tail: avoids a
  // variable-length memcpy call per token.
  const char* p = form.data();
  size_t w = 0;
  for (; (w + 1) * 8 <= n; ++w) std::memcpy(&key->words[w], p + w * 8, 8);
  if (w * 8 < n) key->words[w] = LoadTail(p + w * 8, n - w * 8);
  key->mode =
      static_cast<uint8_t>((initial ? kModeInitial : 0) |
                           ((flags & kTokenAllCaps) ? kModeAllCaps : 0));
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t h = (form.size() << 2 | key->mode) * kMul;
  for (uint64_t w : key->words) {
    h = (h ^ w) * kMul;
    h ^= h >> 29;
  }
  key->slot = static_cast<uint32_t>(h >> 32) & (kSlots - 1);
  return true;
}

bool AnalysisCache::Lookup(const Lexicon& lexicon, std::string_view form,
                           uint8_t flags, bool initial, TokenAnalyses* out) {
  Key key;
  if (!MakeKey(form, flags, initial, &key)) return false;
  const Slot& s = slots_[key.slot];
  if (s.lexicon_id != lexicon.id() || s.length != form.size() ||
      s.mode != key.mode || s.words[0] != key.words[0] ||
      s.words[1] != key.words[1] || s.words[2] != key.words[2]) {
    return false;
  }
  out->form = form;
  out->count = s.count;
  out->best = 0;
  out->token_flags = flags;
  out->fixed = false;
  out->known = s.known;
  out->class_mask = s.class_mask;
  out->feature_mask = s.feature_mask;
  for (uint8_t i = 0; i < s.count; ++i) {
    const CachedAnalysis& c = s.analyses[i];
    Analysis& a = out->analyses[i];
    // Store() checked that an in-form lemma lies inside the form.
    a.lemma = std::string_view(
        c.in_form ? form.data() + reinterpret_cast<uintptr_t>(c.lemma)
                  : c.lemma,
        c.lemma_length);
    a.features = c.features;
    a.score = c.score;
    a.prefix_length = c.prefix_length;
    a.word_class = c.word_class;
    a.source = c.source;
  }
  return true;
}

void AnalysisCache::Store(const Lexicon& lexicon, std::string_view form,
                          uint8_t flags, bool initial,
                          const TokenAnalyses& analysed) {
  Key key;
  if (analysed.count > kMaxCached || analysed.best != 0 ||
      !MakeKey(form, flags, initial, &key)) {
    return;
  }
  Slot& s = slots_[key.slot];
  const auto form_begin = reinterpret_cast<uintptr_t>(form.data());
  const uintptr_t form_end = form_begin + form.size();
  for (uint8_t i = 0; i < analysed.count; ++i) {
    const Analysis& a = analysed.analyses[i];
    CachedAnalysis& c = s.analyses[i];
    const auto lemma = reinterpret_cast<uintptr_t>(a.lemma.data());
    if (lemma >= form_begin && lemma + a.lemma.size() <= form_end) {
      c.lemma = reinterpret_cast<const char*>(lemma - form_begin);
      c.in_form = true;
    } else if (lexicon.OwnsString(a.lemma)) {
      c.lemma = a.lemma.data();
      c.in_form = false;
    } else {
      // A view into neither (a caller's buffer): not cacheable.
      s.lexicon_id = 0;
      return;
    }
    c.lemma_length = static_cast<uint16_t>(a.lemma.size());
    c.features = a.features;
    c.score = a.score;
    c.prefix_length = a.prefix_length;
    c.word_class = a.word_class;
    c.source = a.source;
  }
  s.lexicon_id = lexicon.id();
  std::memcpy(s.words, key.words, sizeof(s.words));
  s.length = static_cast<uint8_t>(form.size());
  s.mode = key.mode;
  s.count = analysed.count;
  s.known = analysed.known;
  s.class_mask = analysed.class_mask;
  s.feature_mask = analysed.feature_mask;
}

}  // namespace tocsin
