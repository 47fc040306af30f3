// Stores documents on a thread of its own: while it writes one document's
// rows, the caller codes the next, so on two cores `tocsin ingest` runs at
// the pace of the slower of coding and storing rather than their sum.
//
// Documents are stored in the order Put() receives them, in batches of
// BatchWriter, so ids, stories and crash recovery are exactly those of a
// single-threaded ingest. Only the writer thread touches the store between
// construction and Finish(); a caller that must read the store meanwhile
// (Store::Contains) opens a second handle on it.
#ifndef TOCSIN_STORE_BACKGROUND_WRITER_H_
#define TOCSIN_STORE_BACKGROUND_WRITER_H_

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

#include "store/batch_writer.h"
#include "tocsin/pipeline.h"
#include "tocsin/store.h"

namespace tocsin {

class BackgroundWriter {
 public:
  // Called on the writer thread after each document's Put succeeded. Its
  // batch can still be rolled back: by an error on a later document of the
  // same batch, which Finish then returns.
  using StoredCallback = std::function<void(
      const Document&, const DocumentAnalysis&, const PutResult&)>;

  // REQUIRES: `store` outlives the writer and has no batch open;
  // batch_size >= 1; capacity >= 1 (documents queued before Put blocks).
  BackgroundWriter(Store* store, uint32_t batch_size, StoredCallback on_stored,
                   size_t capacity = 16);
  // Finishes (commits what is queued) if Finish was not called.
  ~BackgroundWriter();
  BackgroundWriter(const BackgroundWriter&) = delete;
  BackgroundWriter& operator=(const BackgroundWriter&) = delete;

  // Queues the document for storing, waiting while the queue is full.
  // Returns the writer's first error once it has met one: that document's
  // batch was rolled back, and nothing more is stored.
  Status Put(Document doc, DocumentAnalysis analysis);
  // True once the writer has met an error. Thread-safe.
  bool failed() const { return failed_.load(std::memory_order_acquire); }
  // Stores what is queued, commits the open batch and stops the thread;
  // returns the first error. Idempotent.
  Status Finish();

 private:
  struct Item {
    Document doc;
    DocumentAnalysis analysis;
  };
  void Run();

  BatchWriter batches_;
  StoredCallback on_stored_;
  size_t capacity_;
  std::mutex mu_;
  std::condition_variable changed_;
  std::deque<Item> queue_;  // guarded by mu_
  bool closing_ = false;    // guarded by mu_
  Status error_;            // guarded by mu_; written by the writer thread
  std::atomic<bool> failed_{false};
  bool finished_ = false;  // caller's thread only
  std::thread thread_;     // last: starts once the rest is built
};

}  // namespace tocsin

#endif  // TOCSIN_STORE_BACKGROUND_WRITER_H_
