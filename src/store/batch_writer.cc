#include "store/batch_writer.h"

namespace tocsin {

BatchWriter::~BatchWriter() {
  if (store_->in_batch()) (void)store_->RollbackBatch();
}

StatusOr<PutResult> BatchWriter::Put(const Document& doc,
                                     const DocumentAnalysis& analysis) {
  if (!store_->in_batch()) {
    TOCSIN_RETURN_IF_ERROR(store_->BeginBatch());
    in_batch_ = 0;
  }
  StatusOr<PutResult> result = store_->Put(doc, analysis);
  if (!result.ok()) {
    (void)store_->RollbackBatch();
    return result.status();
  }
  if (++in_batch_ >= batch_size_) TOCSIN_RETURN_IF_ERROR(Finish());
  return result;
}

Status BatchWriter::Finish() {
  if (!store_->in_batch()) return Status::OK();
  TOCSIN_RETURN_IF_ERROR(store_->CommitBatch());
  in_batch_ = 0;
  ++committed_;
  return Status::OK();
}

}  // namespace tocsin
