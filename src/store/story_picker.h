// Which story a newly stored document joins: the seam where the
// near-duplicate clusterer (src/store/story.h: MinHash signatures, LSH band
// keys, ChooseStory) plugs in. Its kNewStory maps to 0 here.
//
// Stories are ids of the documents table: a document that starts a story
// gets its own id as story id, so ids stay deterministic across reruns.
// The backend calls Pick() inside the batch transaction, before the
// document's rows are written, so a crash never leaves a half-assigned
// story.
#ifndef TOCSIN_STORE_STORY_PICKER_H_
#define TOCSIN_STORE_STORY_PICKER_H_

#include <cstdint>
#include <memory>

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
};

// Until the clusterer lands: a new version stays in its predecessor's
// story, every other document starts its own.
std::unique_ptr<StoryPicker> NewOwnStoryPicker();

}  // namespace tocsin

#endif  // TOCSIN_STORE_STORY_PICKER_H_
