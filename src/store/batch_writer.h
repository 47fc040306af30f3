// Groups Store::Put calls into batches of N documents, one transaction each:
// the unit of crash recovery and of write throughput.
#ifndef TOCSIN_STORE_BATCH_WRITER_H_
#define TOCSIN_STORE_BATCH_WRITER_H_

#include <cstdint>

#include "tocsin/store.h"

namespace tocsin {

class BatchWriter {
 public:
  // REQUIRES: `store` outlives the writer and has no batch open;
  // batch_size >= 1.
  BatchWriter(Store* store, uint32_t batch_size)
      : store_(store), batch_size_(batch_size < 1 ? 1 : batch_size) {}
  // Rolls back a batch left open (Finish not called, or an error).
  ~BatchWriter();
  BatchWriter(const BatchWriter&) = delete;
  BatchWriter& operator=(const BatchWriter&) = delete;

  // Opens a batch if none is open, puts the document and commits once the
  // batch holds batch_size documents (unchanged ones included, so a rerun
  // over stored documents still commits as it goes). On error the open
  // batch is rolled back: its documents are not stored.
  StatusOr<PutResult> Put(const Document& doc,
                          const DocumentAnalysis& analysis);
  // Commits the open batch, if any.
  Status Finish();

  uint64_t batches_committed() const { return committed_; }

 private:
  Store* store_;
  uint32_t batch_size_;
  uint32_t in_batch_ = 0;
  uint64_t committed_ = 0;
};

}  // namespace tocsin

#endif  // TOCSIN_STORE_BATCH_WRITER_H_
