#include "lemma/analysis_cache.h"

#include <sys/mman.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>

namespace tocsin {

namespace {

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

// x86-64's huge page size.
constexpr size_t kHugePage = size_t{2} << 20;
constexpr size_t kCacheBytes =
    (sizeof(AnalysisCache) + kHugePage - 1) / kHugePage * kHugePage;

// kCacheBytes of fresh zero pages aligned to kHugePage, asked to be huge
// pages. Mapped here rather than taken from malloc, which may hand back heap
// memory that is already faulted in as small pages.
void* MapCacheMemory() {
  const size_t mapped = kCacheBytes + kHugePage;
  void* p = mmap(nullptr, mapped, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) throw std::bad_alloc();
  const auto base = reinterpret_cast<uintptr_t>(p);
  const uintptr_t aligned = (base + kHugePage - 1) & ~(kHugePage - 1);
  // Unmap the slack on both sides, keeping [aligned, aligned + kCacheBytes).
  if (aligned > base) munmap(p, aligned - base);
  const uintptr_t tail = aligned + kCacheBytes;
  if (base + mapped > tail) {
    munmap(reinterpret_cast<void*>(tail), base + mapped - tail);
  }
  void* memory = reinterpret_cast<void*>(aligned);
#ifdef MADV_HUGEPAGE
  madvise(memory, kCacheBytes, MADV_HUGEPAGE);  // a hint; failure is fine
#endif
  return memory;
}

struct UnmapCache {
  void operator()(AnalysisCache* cache) const {
    cache->~AnalysisCache();
    munmap(cache, kCacheBytes);
  }
};

}  // namespace

void AnalysisCache::LoadShortForm(std::string_view form, Key* key) {
  const char* p = form.data();
  const size_t n = form.size();
  size_t w = 0;
  for (; (w + 1) * 8 <= n; ++w) std::memcpy(&key->words[w], p + w * 8, 8);
  if (w * 8 < n) {
    key->words[w] = LoadTail(p + w * 8, n - w * 8);
    ++w;
  }
  for (; w < 3; ++w) key->words[w] = 0;
}

AnalysisCache& AnalysisCache::ForThisThread() {
  // Lookups land anywhere in 16.8 MiB: with 4 KiB pages that is more pages
  // than the TLB maps, so most lookups also walked the page table. On 2 MiB
  // pages (Linux transparent huge pages in "madvise" or "always" mode) the
  // whole cache fits the TLB.
  thread_local std::unique_ptr<AnalysisCache, UnmapCache> cache(
      new (MapCacheMemory()) AnalysisCache());
  return *cache;
}

void AnalysisCache::Store(const Lexicon& lexicon, const Key& key,
                          std::string_view form,
                          const TokenAnalyses& analysed) {
  static_assert(sizeof(Slot) == 128);
  static_assert(offsetof(Slot, form_key) + 8 <= 48 &&
                    offsetof(Slot, first_lemma_is_form) < 48,
                "a one-analysis hit reads the first line only");
  static_assert(offsetof(Slot, analyses) == 48,
                "the first analysis shares the key's cache line");
  static_assert(kTailBytes == offsetof(Analysis, lemma_bits) + 1 -
                                  offsetof(Analysis, features));
  if (analysed.count > kMaxCached || analysed.best != 0 ||
      lexicon.id() > UINT32_MAX) {
    return;
  }
  // Lookup rebuilds the masks from the analyses.
  uint32_t classes = 0, features = 0;
  for (uint8_t i = 0; i < analysed.count; ++i) {
    classes |= ClassBit(analysed.analyses[i].word_class);
    features |= analysed.analyses[i].features;
  }
  if (classes != analysed.class_mask || features != analysed.feature_mask) {
    return;
  }
  const auto form_begin = reinterpret_cast<uintptr_t>(form.data());
  const uintptr_t form_end = form_begin + form.size();
  uint8_t in_form = 0;
  for (uint8_t i = 0; i < analysed.count; ++i) {
    const std::string_view lemma = analysed.analyses[i].lemma;
    const auto p = reinterpret_cast<uintptr_t>(lemma.data());
    if (lemma.size() > 255) return;
    if (p >= form_begin && p + lemma.size() <= form_end) {
      in_form |= static_cast<uint8_t>(1u << i);
    } else if (!lexicon.OwnsString(lemma)) {
      return;  // a view into neither (a caller's buffer): not cacheable
    }
  }
  // The way to fill: the key's own (a refresh), else the least recently
  // used (never-used ways have stamp 0).
  SetTags& tags = tags_[key.set];
  Slot* ways = &slots_[key.set * kWays];
  uint32_t victim = 0;
  for (uint32_t w = 0; w < kWays; ++w) {
    if ((tags.tags[w] & kTagMask) == key.tag &&
        Matches(ways[w], lexicon, key)) {
      victim = w;
      break;
    }
    if (tags.stamps[w] < tags.stamps[victim]) victim = w;
  }
  Slot& s = ways[victim];
  const bool two_lines =
      analysed.count > 1 || analysed.first_lemma_key != analysed.form_key;
  tags.tags[victim] = key.tag | (two_lines ? kTagTwoLines : 0);
  tags.stamps[victim] = ++clock_;
  s.lexicon_id = static_cast<uint32_t>(lexicon.id());
  std::memcpy(s.words, key.words, sizeof(s.words));
  s.length = key.length;
  s.mode = key.mode;
  s.count = analysed.count;
  s.known = analysed.known;
  s.form_word = analysed.form_word;
  s.form_bits = analysed.form_bits;
  s.in_form = in_form;
  s.form_key = analysed.form_key;
  s.first_lemma_is_form = analysed.first_lemma_key == analysed.form_key;
  s.first_lemma_key = analysed.first_lemma_key;
  for (uint8_t i = 0; i < analysed.count; ++i) {
    const Analysis& a = analysed.analyses[i];
    CachedAnalysis& c = s.analyses[i];
    const char* base =
        (in_form & (1u << i)) != 0 ? form.data() : lexicon.strings_begin();
    c.lemma = static_cast<uint32_t>(a.lemma.data() - base);
    s.lemma_length[i] = static_cast<uint8_t>(a.lemma.size());
    std::memcpy(
        c.tail,
        reinterpret_cast<const char*>(&a) + offsetof(Analysis, features),
        sizeof(c.tail));
  }
}

bool AnalysisCache::Lookup(const Lexicon& lexicon, std::string_view form,
                           uint8_t flags, bool initial, TokenAnalyses* out) {
  Key key;
  return MakeKey(form, form.size(), flags, initial, &key) &&
         Lookup(lexicon, key, form, flags, out);
}

void AnalysisCache::Store(const Lexicon& lexicon, std::string_view form,
                          uint8_t flags, bool initial,
                          const TokenAnalyses& analysed) {
  Key key;
  if (MakeKey(form, form.size(), flags, initial, &key)) {
    Store(lexicon, key, form, analysed);
  }
}

}  // namespace tocsin
