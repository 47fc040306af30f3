// Keeping the heap buffers of the records a vector drops, for the next
// document's records. Internal.
//
// Why: the knowledge records (entities, quotations, themes) own strings and
// vectors. Built afresh for every document and destroyed with the previous
// document's, they cost a malloc and a free each, about a tenth of
// knowledge extraction's time in French. A recycled record is reset with
// clear(), which keeps the capacity its buffers grew to.
#ifndef TOCSIN_UTIL_RECYCLE_H_
#define TOCSIN_UTIL_RECYCLE_H_

#include <cstddef>
#include <utility>
#include <vector>

namespace tocsin {

// Records dropped by Recycle(), waiting for Append(). Not thread-safe: use
// one per thread. `Reset(T*)` must return a record to its default state
// (clearing, not freeing, its buffers).
template <typename T, void (*Reset)(T*)>
class Recycler {
 public:
  // Keeps at most this many records: a document with thousands of them
  // should not pin their memory for the rest of the thread's life.
  static constexpr size_t kMaxSpare = 4096;

  // Empties *records, keeping its elements (and their buffers) for Append.
  void Recycle(std::vector<T>* records) {
    for (T& record : *records) {
      if (spare_.size() >= kMaxSpare) break;
      spare_.push_back(std::move(record));
    }
    records->clear();
  }

  // Appends a default-state record to *records, a recycled one when there
  // is one, and returns it.
  T& Append(std::vector<T>* records) {
    if (spare_.empty()) return records->emplace_back();
    T& record = records->emplace_back(std::move(spare_.back()));
    spare_.pop_back();
    Reset(&record);
    return record;
  }

  size_t spare_count() const { return spare_.size(); }

 private:
  std::vector<T> spare_;
};

}  // namespace tocsin

#endif  // TOCSIN_UTIL_RECYCLE_H_
