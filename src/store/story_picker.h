// Which story a newly stored document joins. The backend calls Pick()
// inside the batch transaction, before the document's rows are written,
// then Record() once they are, so a crash never leaves a half-assigned
// story and a rerun assigns what a clean run assigns.
//
// Stories are ids of the documents table: a document that starts a story
// gets its own id as story id, so ids stay deterministic across reruns.
//
// The store's picker is the MinHash clusterer of story.h. Each backend
// keeps every clusterable document's signature with its publication day
// (StorySignatureTable); the picker loads the days a new document's
// candidates may come from (published within kStoryDayWindow days of it)
// into in-memory band indexes, keeps them while it writes, and
// ChooseStory() decides, as StoryIndex does. A SQL table of band keys
// would cost 60 random b-tree inserts per document, several times what
// the rest of a document's rows cost.
#ifndef TOCSIN_STORE_STORY_PICKER_H_
#define TOCSIN_STORE_STORY_PICKER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "store/story.h"
#include "tocsin/document.h"
#include "tocsin/pipeline.h"
#include "tocsin/status.h"

namespace tocsin {

struct StoryRequest {
  const Document* doc = nullptr;
  const DocumentAnalysis* analysis = nullptr;
  // The story of the version this document supersedes, 0 when it is no new
  // version of a stored document.
  int64_t previous_version_story = 0;
};

class StoryPicker {
 public:
  virtual ~StoryPicker() = default;
  // The id of the existing story `request` joins, or 0 to start a new
  // story. Must be a deterministic function of the request and of what
  // the store already holds.
  virtual StatusOr<int64_t> Pick(const StoryRequest& request) = 0;

  // The batch protocol every store follows, so that what the picker
  // remembers never outlives what the store holds.
  //
  // BeginBatch: a write transaction is open and the store's highest
  // document id is `last_stored_doc`. Documents this picker did not record
  // mean another writer changed the store: it forgets what it remembers.
  void BeginBatch(int64_t last_stored_doc) {
    if (last_stored_doc != last_doc_seen_) Forget();
    last_doc_seen_ = last_stored_doc;
  }
  // The document of the last Pick() is written as `doc` in `story`, in the
  // same transaction.
  Status Record(int64_t doc, int64_t story) {
    last_doc_seen_ = doc;
    return Remember(doc, story);
  }
  // The batch was rolled back, or its commit failed: what the picker
  // learnt in it is gone from the store.
  void AbandonBatch() { Forget(); }

 protected:
  // Keeps what later Picks compare against.
  virtual Status Remember(int64_t doc, int64_t story) = 0;
  // Drops whatever the picker remembers of the store's contents.
  virtual void Forget() {}

 private:
  int64_t last_doc_seen_ = -1;
};

// A new version stays in its predecessor's story, every other document
// starts its own: for tests that set stories by hand.
std::unique_ptr<StoryPicker> NewOwnStoryPicker();

// Days are counted from 1970-01-01. Documents without a valid YYYY-MM-DD
// day are all on kUndatedStoryDay, so they are candidates of one another
// and of no dated document: nothing tells their dates apart.
inline constexpr int32_t kUndatedStoryDay = -1000000;
// Candidates are published at most this many days before or after: wire
// copies and rewrites run within a day or two, and daily templated notes
// that differ in one figure stay separate stories beyond it.
inline constexpr int32_t kStoryDayWindow = 2;
// The day number of a "YYYY-MM-DD" string (documents.day), or
// kUndatedStoryDay when it is empty or no calendar date.
int32_t StoryDayNumber(std::string_view day);

// A stored signature.
struct StoredStorySignature {
  int64_t doc = 0;
  int64_t story = 0;
  std::string signature;  // Base64Encode(SerializeStorySignature(...))
};

// What a backend keeps for the MinHash picker, read and written inside the
// open batch.
class StorySignatureTable {
 public:
  virtual ~StorySignatureTable() = default;
  // Every stored signature of documents on `day` (superseded versions
  // too: a version stays in its predecessor's story, so either leads to
  // the same story), in document order.
  virtual Status LoadStoryDay(int32_t day,
                              std::vector<StoredStorySignature>* out) = 0;
  // Keeps document `doc`'s signature, on `day`.
  virtual Status AddStorySignature(int64_t doc, int32_t day,
                                   std::string_view signature) = 0;
};

// The MinHash picker over `table`, which must outlive it. A new version
// stays in its predecessor's story. Documents too short to cluster
// (story.h: kStoryMinShingles) start their own story and are not recorded.
// A stored signature of another kStorySignatureVersion is skipped; a
// corrupt one is DataLoss. Memory: about 5 KB per document of the days
// held; days are dropped, least recently used first, beyond
// `max_cached_documents`, except the window in use.
std::unique_ptr<StoryPicker> NewMinHashStoryPicker(
    StorySignatureTable* table, StoryOptions options = {},
    size_t max_cached_documents = 100000);

}  // namespace tocsin

#endif  // TOCSIN_STORE_STORY_PICKER_H_
