#include "store/story_picker.h"

#include <chrono>
#include <string>
#include <unordered_map>
#include <vector>

#include "store/hash.h"
#include "store/identity.h"

namespace tocsin {
namespace {

class OwnStoryPicker : public StoryPicker {
 public:
  StatusOr<int64_t> Pick(const StoryRequest& request) override {
    return request.previous_version_story;
  }
  Status Remember(int64_t, int64_t) override { return Status::OK(); }
};

class MinHashStoryPicker : public StoryPicker {
 public:
  MinHashStoryPicker(StorySignatureTable* table, StoryOptions options,
                     size_t max_cached_documents)
      : table_(table),
        options_(options),
        max_cached_documents_(max_cached_documents) {}

  StatusOr<int64_t> Pick(const StoryRequest& request) override {
    signature_ = ComputeStorySignature(request.analysis->text);
    keys_ = StoryBandKeys(signature_);
    day_ = StoryDayNumber(DayOf(request.doc->published));
    if (request.previous_version_story != 0) {
      return request.previous_version_story;
    }
    if (keys_.empty()) return 0;
    candidates_.clear();
    for (int32_t d = day_ - kStoryDayWindow; d <= day_ + kStoryDayWindow; ++d) {
      // The undated are one "day" of their own.
      if (day_ == kUndatedStoryDay && d != day_) continue;
      TOCSIN_ASSIGN_OR_RETURN(StoryIndex * index, Day(d));
      index->ScoreCandidates(signature_, keys_, &candidates_);
    }
    const int64_t story = ChooseStory(candidates_, options_);
    return story == kNewStory ? 0 : story;
  }

  Status Remember(int64_t doc, int64_t story) override {
    if (keys_.empty()) return Status::OK();
    TOCSIN_RETURN_IF_ERROR(table_->AddStorySignature(
        doc, day_, Base64Encode(SerializeStorySignature(signature_))));
    // A day not held is loaded, with this document, when next needed.
    auto it = days_.find(day_);
    if (it != days_.end()) {
      it->second.index.Add(story, signature_, keys_);
      ++cached_documents_;
    }
    return Status::OK();
  }

  void Forget() override {
    days_.clear();
    cached_documents_ = 0;
  }

 private:
  struct CachedDay {
    StoryIndex index;
    uint64_t last_used = 0;
  };

  // The in-memory index of `day`, loaded from the table when not held.
  StatusOr<StoryIndex*> Day(int32_t day) {
    ++clock_;
    auto it = days_.find(day);
    if (it != days_.end()) {
      it->second.last_used = clock_;
      return &it->second.index;
    }
    loaded_.clear();
    TOCSIN_RETURN_IF_ERROR(table_->LoadStoryDay(day, &loaded_));
    CachedDay& cached = days_[day];
    cached.index = StoryIndex(options_);
    cached.last_used = clock_;
    for (const StoredStorySignature& stored : loaded_) {
      StatusOr<std::string> bytes = Base64Decode(stored.signature);
      if (!bytes.ok()) return Corrupt(stored, bytes.status());
      StatusOr<StorySignature> parsed = ParseStorySignature(*bytes);
      if (!parsed.ok()) {
        // Signed by another version of the clusterer: not comparable.
        if (parsed.status().code() == StatusCode::kFailedPrecondition) {
          continue;
        }
        return Corrupt(stored, parsed.status());
      }
      cached.index.Add(stored.story, *parsed, StoryBandKeys(*parsed));
    }
    cached_documents_ += cached.index.num_members();
    Evict();
    return &cached.index;
  }

  // Drops the least recently used days beyond the budget, never one of
  // the window being read (used within the last 2 * window + 1 lookups).
  void Evict() {
    while (cached_documents_ > max_cached_documents_) {
      auto oldest = days_.end();
      for (auto it = days_.begin(); it != days_.end(); ++it) {
        if (clock_ - it->second.last_used <= 2 * kStoryDayWindow + 1) continue;
        if (oldest == days_.end() ||
            it->second.last_used < oldest->second.last_used) {
          oldest = it;
        }
      }
      if (oldest == days_.end()) return;
      cached_documents_ -= oldest->second.index.num_members();
      days_.erase(oldest);
    }
  }

  static Status Corrupt(const StoredStorySignature& stored, const Status& why) {
    return DataLossError("story signature of document " +
                         std::to_string(stored.doc) + ": " + why.message());
  }

  StorySignatureTable* table_;
  StoryOptions options_;
  size_t max_cached_documents_;
  std::unordered_map<int32_t, CachedDay> days_;
  size_t cached_documents_ = 0;
  uint64_t clock_ = 0;
  // From the last Pick, for Record.
  StorySignature signature_;
  std::vector<uint64_t> keys_;
  int32_t day_ = kUndatedStoryDay;
  // Scratch.
  std::vector<StoredStorySignature> loaded_;
  std::vector<StoryCandidate> candidates_;
};

}  // namespace

std::unique_ptr<StoryPicker> NewOwnStoryPicker() {
  return std::make_unique<OwnStoryPicker>();
}

int32_t StoryDayNumber(std::string_view day) {
  if (DayOf(day).size() != 10) return kUndatedStoryDay;
  auto number = [day](size_t at, size_t n) {
    int v = 0;
    for (size_t i = at; i < at + n; ++i) v = v * 10 + (day[i] - '0');
    return v;
  };
  const std::chrono::year_month_day ymd{
      std::chrono::year(number(0, 4)),
      std::chrono::month(static_cast<unsigned>(number(5, 2))),
      std::chrono::day(static_cast<unsigned>(number(8, 2)))};
  if (!ymd.ok()) return kUndatedStoryDay;
  return static_cast<int32_t>(
      std::chrono::sys_days(ymd).time_since_epoch().count());
}

std::unique_ptr<StoryPicker> NewMinHashStoryPicker(
    StorySignatureTable* table, StoryOptions options,
    size_t max_cached_documents) {
  return std::make_unique<MinHashStoryPicker>(table, options,
                                              max_cached_documents);
}

}  // namespace tocsin
