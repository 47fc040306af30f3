// A per-thread memo of a token's candidate analyses, in front of
// AnalyzeFrenchToken / AnalyzeEnglishToken. Internal to src/lemma.
//
// Why: news repeats a few thousand word forms for most of its tokens, and
// each fresh analysis costs a case test, one or two lexicon probes (random
// reads in a table of many megabytes, so mostly cache misses), candidate
// copies and, in English, the Morphy suffix rules. The analysis of a form is
// a pure function of (lexicon, form bytes, sentence-initial, all-caps flag),
// so remembering it changes no result.
//
// Layout: 4-way set-associative with least-recently-used replacement. On the
// bench corpora a direct-mapped table of 16k entries missed 11 % of lookups,
// this one (128k entries, 16 MiB per thread) about 2 %, half as often as
// with 32k entries; a miss costs more than ten hits (the analysis itself,
// and lexicon probes that mostly miss the CPU caches), which pays for an
// entry table larger than the CPU caches.
// Each set has a small tag record (15-bit hash tags, use stamps, and per way
// whether the entry needs its second line) kept apart from the entries, so a
// lookup reads one tag line and then only the lines of the entry whose tag
// matches; an entry's first cache line holds its key and
// first analysis.
#ifndef TOCSIN_LEMMA_ANALYSIS_CACHE_H_
#define TOCSIN_LEMMA_ANALYSIS_CACHE_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "lemma/analysis.h"
#include "lemma/lexicon.h"

namespace tocsin {
namespace analysis_cache_internal {

inline constexpr size_t kMaxFormBytes = 24;

// kWordMasks.m[n][w]: the bytes of key word w that belong to an n-byte form.
struct WordMasks {
  uint64_t m[kMaxFormBytes + 1][3];
  constexpr WordMasks() : m() {
    for (size_t n = 0; n <= kMaxFormBytes; ++n) {
      for (size_t w = 0; w < 3; ++w) {
        const size_t bytes = n > 8 * w ? n - 8 * w : 0;
        m[n][w] = bytes >= 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * bytes)) - 1;
      }
    }
  }
};
inline constexpr WordMasks kWordMasks;

}  // namespace analysis_cache_internal

// One per thread (see ForThisThread); not thread-safe itself. Forms longer
// than kMaxFormBytes, tokens with more than kMaxCached analyses and lemmas of
// 256 bytes or more are never stored, so a hit always restores the complete
// result.
class AnalysisCache {
 public:
  static constexpr size_t kMaxFormBytes =
      analysis_cache_internal::kMaxFormBytes;
  static constexpr int kMaxCached = 4;
  static constexpr uint32_t kWays = 4;
  static constexpr uint32_t kSets =
      32768;  // 128k entries, ~16.8 MiB per thread

  // What a lookup is keyed on, computed once per token for Lookup and Store.
  struct Key {
    uint64_t words[kMaxFormBytes / 8];  // the form, zero-padded
    uint32_t set;
    uint16_t tag;
    uint8_t length;
    uint8_t mode;  // initial | all-caps bits
  };

  // This thread's cache, created on first use (the only allocation: an
  // anonymous mapping, on 2 MiB pages where Linux allows; freed when the
  // thread exits).
  static AnalysisCache& ForThisThread();

  // Fills *key for `form`; false when the form cannot be cached (empty or
  // longer than kMaxFormBytes). `readable`: how many bytes may be read from
  // form.data() (at least form.size()); with 24 or more the form is loaded
  // in three whole words. Inline: runs for every word.
  static bool MakeKey(std::string_view form, size_t readable, uint8_t flags,
                      bool initial, Key* key) {
    const size_t n = form.size();
    if (n == 0 || n > kMaxFormBytes) return false;
    const char* p = form.data();
    if (readable >= kMaxFormBytes) [[likely]] {
      // Whole words, masked: no branch on the length.
      for (size_t w = 0; w < 3; ++w) {
        uint64_t word;
        std::memcpy(&word, p + 8 * w, 8);
        key->words[w] = word & analysis_cache_internal::kWordMasks.m[n][w];
      }
    } else {
      LoadShortForm(form, key);
    }
    key->length = static_cast<uint8_t>(n);
    key->mode =
        static_cast<uint8_t>((initial ? kModeInitial : 0) |
                             ((flags & kTokenAllCaps) ? kModeAllCaps : 0));
    constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
    // Three independent products, so the multiplies overlap.
    uint64_t h = ((n << 2 | key->mode) ^ key->words[0]) * kMul;
    h ^= key->words[1] * 0xC2B2AE3D27D4EB4Full;
    h ^= key->words[2] * 0x165667B19E3779F9ull;
    h ^= h >> 29;
    h *= kMul;
    key->set = static_cast<uint32_t>(h >> 32) & (kSets - 1);
    key->tag = static_cast<uint16_t>(h >> 16) & kTagMask;
    return true;
  }

  // Lookups of a sentence are issued in three passes (see the lemmatizer):
  // PrefetchTags for every token, then PrefetchEntry, then Lookup, so the
  // memory latency of one token's entry overlaps the others' instead of
  // adding up. Both are hints only.
  void PrefetchTags(const Key& key) const {
    __builtin_prefetch(&tags_[key.set]);
  }
  // Prefetches the entry whose tag matches (its second line too when
  // Lookup will read it: the second to fourth analyses, the first lemma's
  // key). False when no tag matches: Lookup will miss. Fetching second
  // lines no one reads filled the CPU's miss buffers: prefetches stalled.
  bool PrefetchEntry(const Key& key) const {
    const SetTags& tags = tags_[key.set];
    for (uint32_t w = 0; w < kWays; ++w) {
      if ((tags.tags[w] & kTagMask) == key.tag) {
        const char* slot =
            reinterpret_cast<const char*>(&slots_[key.set * kWays + w]);
        __builtin_prefetch(slot);
        if (tags.tags[w] & kTagTwoLines) __builtin_prefetch(slot + 64);
        return true;
      }
    }
    return false;
  }

  // On a hit, fills *out exactly as the analyser would have (views into
  // `form` and into the lexicon) and returns true. REQUIRES: `key` was made
  // from `form`, `flags` and the same `initial`. Inline: runs for most
  // tokens.
  bool Lookup(const Lexicon& lexicon, const Key& key, std::string_view form,
              uint8_t flags, TokenAnalyses* out) {
    SetTags& tags = tags_[key.set];
    const Slot* ways = &slots_[key.set * kWays];
    uint32_t w = 0;
    for (; w < kWays; ++w) {
      if ((tags.tags[w] & kTagMask) == key.tag &&
          Matches(ways[w], lexicon, key)) {
        break;
      }
    }
    if (w == kWays) return false;
    tags.stamps[w] = ++clock_;
    const Slot& s = ways[w];
    out->form = form;
    out->count = s.count;
    out->best = 0;
    out->token_flags = flags;
    out->fixed = false;
    out->known = s.known;
    out->form_word = s.form_word;
    out->form_bits = s.form_bits;
    out->form_key = s.form_key;
    // The first lemma's own key is on the slot's second line, which a
    // token with one analysis otherwise never reads.
    out->first_lemma_key =
        s.first_lemma_is_form ? s.form_key : s.first_lemma_key;
    const char* strings = lexicon.strings_begin();
    uint32_t classes = 0, features = 0;
    for (uint32_t i = 0; i < s.count; ++i) {
      const CachedAnalysis& c = s.analyses[i];
      Analysis& a = out->analyses[i];
      a.lemma = std::string_view(
          (((s.in_form >> i) & 1) != 0 ? form.data() : strings) + c.lemma,
          s.lemma_length[i]);
      std::memcpy(reinterpret_cast<char*>(&a) + offsetof(Analysis, features),
                  c.tail, sizeof(c.tail));
      classes |= ClassBit(a.word_class);
      features |= a.features;
    }
    // The masks are the union over the analyses (Store checks it).
    out->class_mask = classes;
    out->feature_mask = features;
    return true;
  }
  // Remembers *analysed, the analyser's result for `form` with its token
  // keys set, when it fits; every lemma must view either `form` or the
  // lexicon's strings.
  void Store(const Lexicon& lexicon, const Key& key, std::string_view form,
             const TokenAnalyses& analysed);

  // The same, making the key (tests).
  bool Lookup(const Lexicon& lexicon, std::string_view form, uint8_t flags,
              bool initial, TokenAnalyses* out);
  void Store(const Lexicon& lexicon, std::string_view form, uint8_t flags,
             bool initial, const TokenAnalyses& analysed);

 private:
  // SetTags::tags: the key's tag in the high 15 bits; the low bit says the
  // entry's second line is read on a hit.
  static constexpr uint16_t kTagMask = 0xFFFE;
  static constexpr uint16_t kTagTwoLines = 1;
  static constexpr uint8_t kModeInitial = 1;
  static constexpr uint8_t kModeAllCaps = 2;

  // MakeKey's words for a form near the end of its buffer.
  static void LoadShortForm(std::string_view form, Key* key);

  // An Analysis without its lemma view: the lemma's offset (into the form
  // when the slot's in_form bit is set, else into the lexicon's strings)
  // and the Analysis fields from `features` on, byte for byte.
  static constexpr size_t kTailBytes = 12;
  struct CachedAnalysis {
    uint32_t lemma;
    char tail[kTailBytes];
  };
  // 128 bytes; the first 64 hold the key, the token's fields, its form key
  // and the first analysis, so a token with one analysis whose lemma folds
  // like its form (the most common) reads one line. The class and feature
  // masks are not kept: they are the union over the analyses.
  struct alignas(64) Slot {
    uint64_t words[kMaxFormBytes / 8];
    uint64_t form_key;
    uint32_t lexicon_id;  // 0: empty (lexicon ids start at 1)
    uint8_t length;
    uint8_t mode;
    uint8_t count;
    bool known;
    RuleWord form_word;
    uint8_t form_bits;
    uint8_t in_form;  // bit i: analyses[i].lemma views the form
    uint8_t lemma_length[kMaxCached];
    bool first_lemma_is_form;  // first_lemma_key == form_key
    CachedAnalysis analyses[kMaxCached];
    uint64_t first_lemma_key;
  };
  struct SetTags {
    uint16_t tags[kWays];
    uint32_t stamps[kWays];  // last use; 0: never used
  };

  bool Matches(const Slot& s, const Lexicon& lexicon, const Key& key) const {
    return s.lexicon_id == lexicon.id() && s.length == key.length &&
           s.mode == key.mode && s.words[0] == key.words[0] &&
           s.words[1] == key.words[1] && s.words[2] == key.words[2];
  }

  SetTags tags_[kSets] = {};
  Slot slots_[kSets * kWays] = {};
  uint32_t clock_ = 0;
};

}  // namespace tocsin

#endif  // TOCSIN_LEMMA_ANALYSIS_CACHE_H_
