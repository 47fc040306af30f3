#include "store/background_writer.h"

#include <utility>

namespace tocsin {

BackgroundWriter::BackgroundWriter(Store* store, uint32_t batch_size,
                                   StoredCallback on_stored, size_t capacity)
    : batches_(store, batch_size),
      on_stored_(std::move(on_stored)),
      capacity_(capacity < 1 ? 1 : capacity),
      thread_([this] { Run(); }) {}

BackgroundWriter::~BackgroundWriter() { (void)Finish(); }

Status BackgroundWriter::Put(Document doc, DocumentAnalysis analysis) {
  std::unique_lock<std::mutex> lock(mu_);
  changed_.wait(lock, [this] {
    return queue_.size() < capacity_ || !error_.ok() || closing_;
  });
  if (!error_.ok()) return error_;
  if (closing_) return FailedPreconditionError("Put after Finish");
  queue_.push_back({std::move(doc), std::move(analysis)});
  changed_.notify_all();
  return Status::OK();
}

Status BackgroundWriter::Finish() {
  if (!finished_) {
    finished_ = true;
    {
      std::lock_guard<std::mutex> lock(mu_);
      closing_ = true;
    }
    changed_.notify_all();
    thread_.join();
  }
  std::lock_guard<std::mutex> lock(mu_);
  return error_;
}

void BackgroundWriter::Run() {
  for (;;) {
    Item item;
    {
      std::unique_lock<std::mutex> lock(mu_);
      changed_.wait(lock, [this] { return !queue_.empty() || closing_; });
      if (queue_.empty()) break;  // closing, and everything is stored
      item = std::move(queue_.front());
      queue_.pop_front();
    }
    changed_.notify_all();  // room in the queue
    StatusOr<PutResult> put = batches_.Put(item.doc, item.analysis);
    if (!put.ok()) {
      std::lock_guard<std::mutex> lock(mu_);
      error_ = put.status();
      failed_.store(true, std::memory_order_release);
      queue_.clear();
      changed_.notify_all();
      return;
    }
    if (on_stored_) on_stored_(item.doc, item.analysis, *put);
  }
  Status committed = batches_.Finish();
  if (!committed.ok()) {
    std::lock_guard<std::mutex> lock(mu_);
    error_ = committed;
    failed_.store(true, std::memory_order_release);
  }
}

}  // namespace tocsin
