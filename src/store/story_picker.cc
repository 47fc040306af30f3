#include "store/story_picker.h"

namespace tocsin {
namespace {

class OwnStoryPicker : public StoryPicker {
 public:
  StatusOr<int64_t> Pick(const StoryRequest& request) override {
    return request.previous_version_story;
  }
};

}  // namespace

std::unique_ptr<StoryPicker> NewOwnStoryPicker() {
  return std::make_unique<OwnStoryPicker>();
}

}  // namespace tocsin
