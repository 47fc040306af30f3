// KeyTable<V>: an open-addressing map from 64-bit keys that are already
// well-mixed hashes (dict/fold.h's FoldKey and MixKeys) to small values.
// The matchers' hot loops probe one per token, and most tokens are in no
// table: a bit filter on other bits of the key (4 bits per slot, so a table
// of 60 keys filters with one cache line) answers most misses without
// touching the slots. KeyTable<V, 16> has a filter four times as large,
// which lets through a quarter of the absent keys: worth it for a table
// that is probed for every token and whose slots are cold, each false
// positive costing a cache miss (the knowledge stages' lexicons). Key 0 is
// stored as 1. Not thread-safe while inserting; immutable tables are safe
// to query from any thread.
#ifndef TOCSIN_UTIL_KEY_TABLE_H_
#define TOCSIN_UTIL_KEY_TABLE_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace tocsin {

template <typename V, int kFilterBitsPerSlot = 4>
class KeyTable {
  // The filter's bit count must be a power of two, and at least a word.
  static_assert(kFilterBitsPerSlot >= 4 && kFilterBitsPerSlot <= 64 &&
                (kFilterBitsPerSlot & (kFilterBitsPerSlot - 1)) == 0);

 public:
  V* Insert(uint64_t key) {
    if (key == 0) key = 1;
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    size_t i = key & mask_;
    while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & mask_;
    if (slots_[i].key == 0) {
      const uint64_t bit = FilterBit(key);
      filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
      slots_[i] = {key, V{}};
      ++size_;
    }
    return &slots_[i].value;
  }
  const V* Find(uint64_t key) const {
    if (key == 0) key = 1;
    if (!FilterHas(key)) return nullptr;
    for (size_t i = key & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].key == key) return &slots_[i].value;
      if (slots_[i].key == 0) return nullptr;
    }
  }
  // Whether `key` may be in the table: the filter's answer, which has no
  // false negatives. When it may, starts loading the key's first slot, so
  // that a Find issued a little later does not wait on memory: a loop over
  // tokens calls this for all of a sentence, then Find for those that may.
  bool MayContainPrefetch(uint64_t key) const {
    if (key == 0) key = 1;
    if (!FilterHas(key)) return false;
    __builtin_prefetch(&slots_[key & mask_]);
    return true;
  }
  size_t size() const { return size_; }

 private:
  struct Slot {
    uint64_t key = 0;
    V value{};
  };
  uint64_t FilterBit(uint64_t key) const {
    return (key >> 32) & (filter_.size() * 64 - 1);
  }
  bool FilterHas(uint64_t key) const {
    const uint64_t bit = FilterBit(key);
    return (filter_[bit >> 6] >> (bit & 63)) & 1;
  }
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    const size_t capacity = std::max<size_t>(16, old.size() * 2);
    slots_.assign(capacity, Slot{});
    filter_.assign(capacity * kFilterBitsPerSlot / 64, 0);
    mask_ = capacity - 1;
    size_ = 0;
    for (const Slot& slot : old) {
      if (slot.key != 0) *Insert(slot.key) = slot.value;
    }
  }
  std::vector<uint64_t> filter_ = std::vector<uint64_t>(1);
  std::vector<Slot> slots_;
  size_t mask_ = 0, size_ = 0;
};

}  // namespace tocsin

#endif  // TOCSIN_UTIL_KEY_TABLE_H_
