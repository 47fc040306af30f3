#include "tocsin/signals.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <deque>
#include <limits>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

#include "gkg/news_calendar.h"
#include "signals/count_detector.h"
#include "signals/watch.h"
#include "store/story_picker.h"
#include "tocsin/store.h"
#include "tocsin/store_scan.h"

namespace tocsin {
namespace {

constexpr int32_t kNoBucket = std::numeric_limits<int32_t>::min();
// A report longer than this many buckets is refused rather than allocated:
// hourly buckets over decades are a mistake, not a request.
constexpr int64_t kMaxBuckets = 500000;
constexpr uint32_t kNoId = 0;  // interned id of ""

// Interns codes and names to small ids once, so events and series keys are
// integers.
class Interner {
 public:
  Interner() { Id(""); }
  uint32_t Id(std::string_view s) {
    auto it = ids_.find(s);
    if (it != ids_.end()) return it->second;
    const auto id = static_cast<uint32_t>(names_.size());
    names_.emplace_back(s);
    ids_.emplace(names_.back(), id);
    return id;
  }
  const std::string& Name(uint32_t id) const { return names_[id]; }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const {
      return std::hash<std::string_view>()(s);
    }
  };
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> ids_;
  std::deque<std::string> names_;  // stable: the map's keys are copies
};

// One aggregated event, built from its mentions.
struct EventRecord {
  int64_t id = 0;
  int64_t first_doc = 0;
  int64_t last_doc = 0;
  uint64_t theme_watches = 0;  // watches whose themes its documents have
  int32_t bucket = 0;
  uint32_t source = 0, target = 0, cameo = 0, root = 0;
  uint32_t country = 0, adm1 = 0;
  uint32_t articles = 0;
  float goldstein = 0;
  uint8_t quad = 0;
};

struct SeriesKey {
  SeriesKind kind;
  uint32_t a, b;
  uint64_t Packed() const {
    return (static_cast<uint64_t>(kind) << 58) |
           (static_cast<uint64_t>(a) << 29) | b;
  }
};

// A series' counts while it is built: (bucket, count) runs, in bucket order
// because events are added sorted by bucket.
struct SparsePoint {
  int32_t bucket;
  int64_t last_doc;  // events come sorted by document within a bucket
  float documents;
  float events;
  float goldstein_weighted;  // dyads: sum of goldstein * articles
  float weight;              // dyads: sum of articles
};

struct BuiltSeries {
  SeriesKey key;
  int watch = -1;  // the watch it belongs to
  std::vector<SparsePoint> points;
  double total = 0;  // documents
  double total_events = 0;
};

int32_t ParseDay(std::string_view day) {
  const int32_t n = StoryDayNumber(day);
  return n == kUndatedStoryDay ? kNoBucket : n;
}

std::string DayLabel(int64_t day) {
  return IsoDay(std::chrono::year_month_day{
      std::chrono::sys_days(std::chrono::days(day))});
}

int TwoDigits(std::string_view s, size_t at) {
  if (at + 2 > s.size() || s[at] < '0' || s[at] > '9' || s[at + 1] < '0' ||
      s[at + 1] > '9') {
    return -1;
  }
  return (s[at] - '0') * 10 + (s[at + 1] - '0');
}

// The UTC hour number (hours since the epoch) of an ISO 8601 timestamp
// "YYYY-MM-DDTHH:MM[:SS[.f]][Z|+HH:MM|-HH:MM]"; kNoBucket without a time.
int32_t ParseHour(std::string_view published) {
  const int32_t day = ParseDay(published.substr(0, 10));
  if (day == kNoBucket || published.size() < 16 ||
      (published[10] != 'T' && published[10] != ' ')) {
    return kNoBucket;
  }
  const int hour = TwoDigits(published, 11);
  const int minute = TwoDigits(published, 14);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return kNoBucket;
  int64_t minutes = static_cast<int64_t>(day) * 1440 + hour * 60 + minute;
  size_t at = 16;
  if (at < published.size() && published[at] == ':') at += 3;
  while (at < published.size() &&
         (published[at] == '.' ||
          (published[at] >= '0' && published[at] <= '9'))) {
    ++at;
  }
  if (at < published.size() && (published[at] == '+' || published[at] == '-')) {
    const int oh = TwoDigits(published, at + 1);
    const int om = TwoDigits(
        published,
        at + (published.size() > at + 3 && published[at + 3] == ':' ? 4 : 3));
    if (oh >= 0 && om >= 0) {
      const int offset = oh * 60 + om;
      minutes += published[at] == '+' ? -offset : offset;
    }
  }
  return static_cast<int32_t>(std::floor(static_cast<double>(minutes) / 60));
}

std::string BucketLabel(int64_t bucket, bool hourly) {
  if (!hourly) return DayLabel(bucket);
  const int64_t day = bucket >= 0 ? bucket / 24 : (bucket - 23) / 24;
  char buf[8];
  std::snprintf(buf, sizeof(buf), "T%02d", static_cast<int>(bucket - day * 24));
  return DayLabel(day) + buf;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool AnyPrefix(std::string_view s, const std::vector<std::string>& prefixes) {
  for (const std::string& p : prefixes) {
    if (StartsWith(s, p)) return true;
  }
  return false;
}

Severity SeverityOf(double score, double ratio) {
  if (score >= 8 && ratio >= 4) return Severity::kCritical;
  if (score >= 5) return Severity::kHigh;
  if (score >= 3) return Severity::kMedium;
  return Severity::kLow;
}

// Everything read from the store, then the series built from it.
class SignalBuilder : public StoreScanSink {
 public:
  SignalBuilder(const SignalOptions& options, std::vector<Watch> watches)
      : options_(options), watches_(std::move(watches)) {
    for (const Watch& w : watches_) {
      std::vector<uint32_t> ids;
      for (const std::string& t : w.themes) ids.push_back(names_.Id(t));
      watch_theme_ids_.push_back(std::move(ids));
    }
  }

  Status OnDocument(const ScannedDocument& d) override {
    const int32_t bucket =
        options_.hourly ? ParseHour(d.published) : ParseDay(d.day);
    if (bucket == kNoBucket) {
      ++(options_.hourly ? untimed_ : undated_);
      return Status::OK();
    }
    if (first_doc_ < 0) first_doc_ = d.doc;
    if (d.doc < first_doc_) {
      return InternalError("store scan: documents out of order");
    }
    const auto slot = static_cast<size_t>(d.doc - first_doc_);
    if (slot >= doc_bucket_.size()) {
      doc_bucket_.resize(slot + 1, kNoBucket);
      doc_watch_mask_.resize(slot + 1, 0);
      doc_country_.resize(slot + 1, kNoId);
      doc_adm1_.resize(slot + 1, kNoId);
    }
    doc_bucket_[slot] = bucket;
    min_bucket_ = std::min(min_bucket_, bucket);
    max_bucket_ = std::max(max_bucket_, bucket);
    ++documents_;
    return Status::OK();
  }

  Status OnTheme(const ScannedTheme& t) override {
    const int32_t bucket = DocBucket(t.doc);
    if (bucket == kNoBucket) return Status::OK();
    const uint32_t theme = names_.Id(t.theme);
    doc_themes_.emplace_back(t.doc, theme);
    themed_documents_.push_back({bucket, t.doc, theme});
    for (size_t w = 0; w < watches_.size(); ++w) {
      for (uint32_t id : watch_theme_ids_[w]) {
        if (id == theme) doc_watch_mask_[Slot(t.doc)] |= uint64_t{1} << w;
      }
    }
    return Status::OK();
  }

  Status OnPlace(const ScannedPlace& p) override {
    if (DocBucket(p.doc) == kNoBucket) return Status::OK();
    doc_country_[Slot(p.doc)] = names_.Id(p.country);
    doc_adm1_[Slot(p.doc)] = names_.Id(p.adm1);
    return Status::OK();
  }

  Status OnMention(const ScannedMention& m) override {
    const int32_t bucket = DocBucket(m.doc);
    if (bucket == kNoBucket) return Status::OK();
    ++mentions_;
    auto [it, inserted] = event_index_.try_emplace(m.event_id, events_.size());
    if (inserted) {
      EventRecord e;
      e.id = m.event_id;
      e.first_doc = e.last_doc = m.doc;
      e.bucket = bucket;
      e.source = names_.Id(m.source_code);
      e.target = names_.Id(m.target_code);
      e.cameo = names_.Id(m.cameo);
      e.root = names_.Id(m.root);
      e.country = names_.Id(m.country);
      e.adm1 = names_.Id(m.adm1);
      e.articles = 1;
      e.goldstein = static_cast<float>(m.goldstein);
      e.quad = static_cast<uint8_t>(m.quad_class);
      e.theme_watches = doc_watch_mask_[Slot(m.doc)];
      events_.push_back(e);
      return Status::OK();
    }
    EventRecord& e = events_[it->second];
    // Mentions of an event in one document come together (the scan reads
    // them document by document), so a new document is a new article.
    if (m.doc != e.last_doc) {
      ++e.articles;
      e.last_doc = m.doc;
      e.first_doc = std::min(e.first_doc, m.doc);
      e.theme_watches |= doc_watch_mask_[Slot(m.doc)];
    }
    return Status::OK();
  }

  StatusOr<SignalReport> Finish(Store& store, int32_t since_bucket,
                                int32_t until_bucket) {
    SignalReport report;
    report.hourly = options_.hourly;
    report.options = options_;
    report.documents_read = documents_;
    report.undated_documents = undated_;
    report.untimed_documents = untimed_;
    report.mentions_read = mentions_;
    report.events_read = events_.size();
    if (documents_ == 0) return report;
    first_bucket_ = min_bucket_;
    const int32_t last = std::min(max_bucket_, until_bucket);
    if (static_cast<int64_t>(last) - first_bucket_ + 1 > kMaxBuckets) {
      return InvalidArgumentError(
          "the stored documents span more than " + std::to_string(kMaxBuckets) +
          " buckets; narrow the range with --since and --until");
    }
    num_buckets_ = static_cast<size_t>(std::max(0, last - first_bucket_ + 1));
    report.documents.assign(num_buckets_, 0);
    for (int32_t b : doc_bucket_) {
      if (b != kNoBucket && b <= last) report.documents[Index(b)] += 1;
    }
    for (size_t i = 0; i < num_buckets_; ++i) {
      report.buckets.push_back(BucketLabel(
          first_bucket_ + static_cast<int64_t>(i), options_.hourly));
    }
    BuildSeries(last);
    TestSeries(report, since_bucket);
    TOCSIN_RETURN_IF_ERROR(AddEvidence(store, report));
    TOCSIN_RETURN_IF_ERROR(AddWatchQuotations(store, report));
    return report;
  }

 private:
  size_t Slot(int64_t doc) const {
    return static_cast<size_t>(doc - first_doc_);
  }
  int32_t DocBucket(int64_t doc) const {
    if (first_doc_ < 0 || doc < first_doc_) return kNoBucket;
    const size_t slot = Slot(doc);
    return slot < doc_bucket_.size() ? doc_bucket_[slot] : kNoBucket;
  }
  size_t Index(int32_t bucket) const {
    return static_cast<size_t>(bucket - first_bucket_);
  }

  BuiltSeries& SeriesFor(SeriesKey key, int watch = -1) {
    auto [it, inserted] =
        series_index_.try_emplace(key.Packed(), series_.size());
    if (inserted) {
      series_.push_back({key, watch, {}, 0});
    }
    return series_[it->second];
  }

  // Adds an event (or a themed document) reported first by `doc`. REQUIRES:
  // calls sorted by (bucket, doc).
  // `events` is 0 for a document counted without an event of the series
  // (a place series' document about the place).
  static void Count(BuiltSeries& s, int32_t bucket, int64_t doc,
                    float goldstein = 0, float articles = 0, float events = 1) {
    if (s.points.empty() || s.points.back().bucket != bucket) {
      s.points.push_back({bucket, -1, 0, 0, 0, 0});
    }
    SparsePoint& p = s.points.back();
    if (p.last_doc != doc) {
      p.last_doc = doc;
      p.documents += 1;
      s.total += 1;
    }
    p.events += events;
    p.goldstein_weighted += goldstein * articles;
    p.weight += articles;
    s.total_events += events;
  }

  uint32_t DocPlace(const std::vector<uint32_t>& places, int64_t doc) const {
    if (first_doc_ < 0 || doc < first_doc_) return kNoId;
    const size_t slot = Slot(doc);
    return slot < places.size() ? places[slot] : kNoId;
  }

  bool Reported(SeriesKind kind) const {
    return options_.kinds.empty() ||
           std::find(options_.kinds.begin(), options_.kinds.end(), kind) !=
               options_.kinds.end();
  }

  bool WatchMatches(size_t w, const EventRecord& e) const {
    const Watch& watch = watches_[w];
    const std::string& source = names_.Name(e.source);
    const std::string& target = names_.Name(e.target);
    if (!watch.actors.empty() && !AnyPrefix(source, watch.actors) &&
        !AnyPrefix(target, watch.actors)) {
      return false;
    }
    if (!watch.dyads.empty()) {
      bool any = false;
      for (const std::string& d : watch.dyads) {
        const size_t gt = d.find('>');
        const std::string_view s = std::string_view(d).substr(0, gt);
        const std::string_view t = std::string_view(d).substr(gt + 1);
        if ((s == "*" ? !source.empty() : StartsWith(source, s)) &&
            (t == "*" ? !target.empty() : StartsWith(target, t))) {
          any = true;
          break;
        }
      }
      if (!any) return false;
    }
    if (!watch.places.empty()) {
      bool any = false;
      for (const std::string& p : watch.places) {
        if (p == names_.Name(p.size() == 2 ? e.country : e.adm1)) any = true;
      }
      if (!any) return false;
    }
    if (watch.codes.empty() && watch.posture_sources.empty() &&
        watch.themes.empty()) {
      return true;
    }
    return MatchesWhat(watch, e) || ((e.theme_watches >> w) & 1) != 0;
  }

  // Whether the event itself is what the watch looks for (its codes, or
  // posture by its sources), not only reported beside it.
  bool MatchesWhat(const Watch& watch, const EventRecord& e) const {
    const std::string& source = names_.Name(e.source);
    if (names_.Name(e.root) == "15" && !watch.posture_sources.empty()) {
      return AnyPrefix(source, watch.posture_sources);
    }
    return AnyPrefix(names_.Name(e.cameo), watch.codes);
  }

  // Every key of every event, and the theme documents, as sparse series.
  void BuildSeries(int32_t last) {
    std::vector<uint32_t> order(events_.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
      const EventRecord& x = events_[a];
      const EventRecord& y = events_[b];
      if (x.bucket != y.bucket) return x.bucket < y.bucket;
      if (x.first_doc != y.first_doc) return x.first_doc < y.first_doc;
      return a < b;
    });
    // Watch series first, so they keep their place whatever they count.
    for (size_t w = 0; w < watches_.size(); ++w) {
      SeriesFor({SeriesKind::kWatch, static_cast<uint32_t>(w), 0},
                static_cast<int>(w));
      if (!watches_[w].themes.empty()) {
        SeriesFor({SeriesKind::kWatch, static_cast<uint32_t>(w), 1},
                  static_cast<int>(w));
      }
    }
    struct PlaceReport {
      int32_t bucket;
      int64_t doc;
      SeriesKind kind;
      uint32_t place;
      float events;
    };
    std::vector<PlaceReport> place_reports;
    for (uint32_t i : order) {
      const EventRecord& e = events_[i];
      if (e.bucket > last) continue;
      for (size_t w = 0; w < watches_.size(); ++w) {
        if (WatchMatches(w, e)) {
          Count(SeriesFor({SeriesKind::kWatch, static_cast<uint32_t>(w), 0}),
                e.bucket, e.first_doc);
        }
      }
      if (!options_.per_entity_series) continue;
      if (e.source != kNoId) {
        Count(SeriesFor({SeriesKind::kActor, e.source, 0}), e.bucket,
              e.first_doc);
      }
      if (e.target != kNoId && e.target != e.source) {
        Count(SeriesFor({SeriesKind::kActor, e.target, 0}), e.bucket,
              e.first_doc);
      }
      if (e.source != kNoId && e.target != kNoId) {
        Count(SeriesFor({SeriesKind::kDyad, e.source, e.target}), e.bucket,
              e.first_doc, e.goldstein, static_cast<float>(e.articles));
      }
      Count(SeriesFor({SeriesKind::kRoot, e.root, 0}), e.bucket, e.first_doc);
      Count(SeriesFor({SeriesKind::kQuad, e.quad, 0}), e.bucket, e.first_doc);
      if (e.country != kNoId) {
        place_reports.push_back(
            {e.bucket, e.first_doc, SeriesKind::kCountry, e.country, 1});
      }
      if (e.adm1 != kNoId) {
        place_reports.push_back(
            {e.bucket, e.first_doc, SeriesKind::kAdm1, e.adm1, 1});
      }
    }
    // Place series count the documents reporting an event located there
    // and the documents about the place (their main place), coded events
    // or not: a report of shelling in a region is news from there even
    // when no event was coded from it.
    if (options_.per_entity_series) {
      for (size_t slot = 0; slot < doc_bucket_.size(); ++slot) {
        const int32_t b = doc_bucket_[slot];
        if (b == kNoBucket || b > last) continue;
        const int64_t doc = first_doc_ + static_cast<int64_t>(slot);
        if (doc_country_[slot] != kNoId) {
          place_reports.push_back(
              {b, doc, SeriesKind::kCountry, doc_country_[slot], 0});
        }
        if (doc_adm1_[slot] != kNoId) {
          place_reports.push_back(
              {b, doc, SeriesKind::kAdm1, doc_adm1_[slot], 0});
        }
      }
    }
    std::sort(place_reports.begin(), place_reports.end(),
              [](const PlaceReport& a, const PlaceReport& b) {
                if (a.bucket != b.bucket) return a.bucket < b.bucket;
                return a.doc < b.doc;
              });
    for (const PlaceReport& r : place_reports) {
      Count(SeriesFor({r.kind, r.place, 0}), r.bucket, r.doc, 0, 0, r.events);
    }
    // Theme documents, in bucket order too.
    std::sort(themed_documents_.begin(), themed_documents_.end());
    std::sort(doc_themes_.begin(), doc_themes_.end());
    for (const ThemedDocument& d : themed_documents_) {
      if (d.bucket > last) continue;
      if (options_.per_entity_series) {
        Count(SeriesFor({SeriesKind::kTheme, d.theme, 0}), d.bucket, d.doc);
      }
    }
    // A watch's documents: each document once, whichever themes it has.
    std::vector<std::pair<int32_t, size_t>> docs;  // (bucket, slot)
    for (size_t slot = 0; slot < doc_bucket_.size(); ++slot) {
      if (doc_watch_mask_[slot] != 0 && doc_bucket_[slot] != kNoBucket &&
          doc_bucket_[slot] <= last) {
        docs.emplace_back(doc_bucket_[slot], slot);
      }
    }
    std::sort(docs.begin(), docs.end());
    for (const auto& [bucket, slot] : docs) {
      for (size_t w = 0; w < watches_.size(); ++w) {
        if ((doc_watch_mask_[slot] >> w) & 1) {
          Count(SeriesFor({SeriesKind::kWatch, static_cast<uint32_t>(w), 1}),
                bucket, first_doc_ + static_cast<int64_t>(slot));
        }
      }
    }
  }

  std::string KeyName(const SeriesKey& key) const {
    switch (key.kind) {
      case SeriesKind::kDyad:
        return names_.Name(key.a) + ">" + names_.Name(key.b);
      case SeriesKind::kQuad:
        return std::to_string(key.a);
      case SeriesKind::kWatch:
        return watches_[key.a].name + (key.b == 1 ? ":documents" : "");
      default:
        return names_.Name(key.a);
    }
  }

  CountDetectorOptions DetectorFor(const BuiltSeries& s) const {
    CountDetectorOptions d;
    d.baseline_days = options_.baseline_buckets;
    d.min_baseline_days = options_.min_baseline_buckets;
    d.false_alarm_rate = options_.false_alarm_rate;
    d.min_count = options_.min_count;
    d.window_days = options_.window_buckets;
    if (s.watch >= 0) {
      const Watch& w = watches_[static_cast<size_t>(s.watch)];
      if (w.false_alarm_rate > 0) d.false_alarm_rate = w.false_alarm_rate;
      if (w.min_count > 0) d.min_count = w.min_count;
    }
    return d;
  }

  // Tests every series that could alarm; keeps the signals, and the dense
  // points of the series the report shows.
  void TestSeries(SignalReport& report, int32_t since_bucket) {
    std::vector<double> counts(num_buckets_);
    std::vector<CountTest> tests;
    struct Found {
      Signal signal;
      size_t built;      // index into series_
      int32_t from, to;  // the run's first and last alarming buckets
    };
    std::vector<Found> found;
    std::vector<std::vector<CountTest>> kept_tests(series_.size());
    for (size_t si = 0; si < series_.size(); ++si) {
      const BuiltSeries& s = series_[si];
      const CountDetectorOptions detector = DetectorFor(s);
      const bool is_watch = s.watch >= 0;
      const bool reported = Reported(s.key.kind);
      if (!is_watch && (!reported || s.total < detector.min_count)) continue;
      std::fill(counts.begin(), counts.end(), 0.0);
      for (const SparsePoint& p : s.points)
        counts[Index(p.bucket)] = p.documents;
      TestCountsWithExposure(counts, report.documents, detector, &tests);
      ++report.series_tested;
      report.buckets_tested += tests.size();
      bool any = false;
      for (size_t i = 0; reported && i < tests.size();) {
        if (!tests[i].alarm ||
            first_bucket_ + static_cast<int64_t>(tests[i].day) < since_bucket) {
          ++i;
          continue;
        }
        // A run: alarms at most one tested bucket apart.
        size_t end = i + 1;
        for (size_t j = i + 1; j < tests.size() && j <= end + 1; ++j) {
          if (tests[j].alarm) end = j + 1;
        }
        Signal signal;
        signal.kind = s.key.kind;
        signal.key = KeyName(s.key);
        size_t peak = i;
        for (size_t j = i; j < end; ++j) {
          signal.run_observed += tests[j].observed;
          signal.run_expected += tests[j].expected;
          if (tests[j].alarm && tests[j].p_value < tests[peak].p_value)
            peak = j;
        }
        size_t last_alarm = i;
        for (size_t j = i; j < end; ++j) {
          if (tests[j].alarm) last_alarm = j;
        }
        const CountTest& t = tests[peak];

        // A run that starts on the window test started with the window's
        // first report, not on the day the sum crossed the line.
        size_t first_day = tests[i].day;
        if (!tests[i].day_alarm) {
          const size_t width = static_cast<size_t>(detector.window_days);
          const size_t from =
              first_day + 1 >= width ? first_day + 1 - width : 0;
          for (size_t b = from; b < first_day; ++b) {
            if (counts[b] > 0) {
              first_day = b;
              break;
            }
          }
        }
        signal.since = report.buckets[first_day];
        signal.until = report.buckets[tests[last_alarm].day];
        signal.peak = report.buckets[t.day];
        signal.ongoing = tests[last_alarm].day + 1 == num_buckets_;
        // The test that alarmed speaks for the peak; when both did, the
        // more significant one.
        const bool by_window =
            t.window_alarm &&
            (!t.day_alarm || t.window_p_value < t.day_p_value);
        signal.test_buckets = by_window ? detector.window_days : 1;
        signal.observed = by_window ? t.window_observed : t.observed;
        signal.expected = by_window ? t.window_expected : t.expected;
        double window_docs = 0;
        for (size_t b = t.day + 1 - static_cast<size_t>(signal.test_buckets);
             b <= t.day; ++b) {
          window_docs += report.documents[b];
        }
        for (const SparsePoint& p : s.points) {
          const size_t b = Index(p.bucket);
          if (b <= t.day &&
              b + static_cast<size_t>(signal.test_buckets) > t.day) {
            signal.observed_events += p.events;
          }
        }
        signal.observed_per_thousand =
            window_docs > 0 ? 1000 * signal.observed / window_docs : 0;
        signal.expected_per_thousand =
            window_docs > 0 ? 1000 * signal.expected / window_docs : 0;
        signal.ratio =
            signal.expected > 0 ? signal.observed / signal.expected : 0;
        signal.p_value = std::max(t.p_value, 1e-300);
        signal.score = -std::log10(signal.p_value);
        signal.severity = SeverityOf(signal.score, signal.ratio);
        signal.baseline_buckets = detector.baseline_days;
        found.push_back(
            {std::move(signal), si,
             first_bucket_ + static_cast<int32_t>(first_day),
             first_bucket_ + static_cast<int32_t>(tests[last_alarm].day)});
        any = true;
        i = end;
      }
      if (any || is_watch) kept_tests[si] = tests;
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Found& a, const Found& b) {
                       if (a.signal.score != b.signal.score)
                         return a.signal.score > b.signal.score;
                       return a.signal.observed > b.signal.observed;
                     });
    if (found.size() > options_.max_signals) found.resize(options_.max_signals);
    // The report's series: the signals', in rank order, then the watches'.
    std::map<size_t, size_t> shown;  // built index -> report index
    auto show = [&](size_t built) {
      auto [it, inserted] = shown.try_emplace(built, report.series.size());
      if (inserted)
        report.series.push_back(DenseSeries(built, kept_tests[built], report));
      return it->second;
    };
    for (Found& f : found) {
      f.signal.series_index = show(f.built);
      built_of_signal_.push_back(f.built);
      signal_runs_.emplace_back(f.from, f.to);
      report.signals.push_back(std::move(f.signal));
    }
    for (size_t w = 0; w < watches_.size(); ++w) {
      WatchReport wr;
      wr.watch = watches_[w];
      wr.series_index = show(series_index_.at(
          SeriesKey{SeriesKind::kWatch, static_cast<uint32_t>(w), 0}.Packed()));
      if (!watches_[w].themes.empty()) {
        wr.document_series_index = show(series_index_.at(
            SeriesKey{SeriesKind::kWatch, static_cast<uint32_t>(w), 1}
                .Packed()));
      }
      report.watches.push_back(std::move(wr));
    }
  }

  Series DenseSeries(size_t built, const std::vector<CountTest>& tests,
                     const SignalReport& report) const {
    const BuiltSeries& s = series_[built];
    const CountDetectorOptions detector = DetectorFor(s);
    Series out;
    out.kind = s.key.kind;
    out.key = KeyName(s.key);
    out.total = s.total;
    out.total_events = s.total_events;
    out.points.resize(num_buckets_);
    const bool dyad = s.key.kind == SeriesKind::kDyad;
    if (dyad) out.goldstein.assign(num_buckets_, 0);
    for (const SparsePoint& p : s.points) {
      SeriesPoint& point = out.points[Index(p.bucket)];
      point.count = p.documents;
      point.events = p.events;
      if (dyad && p.weight > 0) {
        out.goldstein[Index(p.bucket)] = p.goldstein_weighted / p.weight;
      }
    }
    for (size_t i = 0; i < num_buckets_; ++i) {
      const double docs = report.documents[i];
      out.points[i].per_thousand =
          docs > 0 ? 1000 * out.points[i].events / docs : 0;
    }
    for (const CountTest& t : tests) {
      SeriesPoint& point = out.points[t.day];
      point.tested = true;
      point.alarm = t.alarm;
      point.expected = t.expected;
      // The band's top is the day's own test's threshold (at its share of
      // the rate when the window test runs beside it).
      point.upper = CountAlarmThreshold(
          t.expected, t.variance,
          detector.window_days > 1
              ? detector.false_alarm_rate * (1 - detector.window_share)
              : detector.false_alarm_rate);
    }
    return out;
  }

  bool SeriesHas(const SeriesKey& key, const EventRecord& e) const {
    switch (key.kind) {
      case SeriesKind::kActor:
        return e.source == key.a || e.target == key.a;
      case SeriesKind::kDyad:
        return e.source == key.a && e.target == key.b;
      case SeriesKind::kRoot:
        return e.root == key.a;
      case SeriesKind::kQuad:
        return e.quad == key.a;
      case SeriesKind::kCountry:
        return e.country == key.a ||
               DocPlace(doc_country_, e.first_doc) == key.a;
      case SeriesKind::kAdm1:
        return e.adm1 == key.a || DocPlace(doc_adm1_, e.first_doc) == key.a;
      case SeriesKind::kTheme: {
        const auto it = std::lower_bound(doc_themes_.begin(), doc_themes_.end(),
                                         std::make_pair(e.first_doc, key.a));
        return it != doc_themes_.end() &&
               *it == std::make_pair(e.first_doc, key.a);
      }
      case SeriesKind::kWatch:
        return key.b == 1 ? ((e.theme_watches >> key.a) & 1) != 0
                          : WatchMatches(key.a, e);
    }
    return false;
  }

  // The events that drive each signal: those of its series in its run, the
  // most reported first, then the strongest (|Goldstein|).
  Status AddEvidence(Store& store, SignalReport& report) {
    for (size_t k = 0; k < report.signals.size(); ++k) {
      Signal& signal = report.signals[k];
      const BuiltSeries& s = series_[built_of_signal_[k]];
      const auto [from, to] = signal_runs_[k];
      std::vector<const EventRecord*> picked;
      for (const EventRecord& e : events_) {
        if (e.bucket >= from && e.bucket <= to && SeriesHas(s.key, e)) {
          picked.push_back(&e);
        }
      }
      // A watch's own events (its codes, its posture) come before those it
      // counts for their documents' themes.
      const bool watch_events =
          s.key.kind == SeriesKind::kWatch && s.key.b == 0;
      auto direct = [&](const EventRecord* e) {
        return watch_events && MatchesWhat(watches_[s.key.a], *e);
      };
      // Look past duplicates (two events of one sentence), within reason.
      const size_t n =
          std::min(picked.size(), 4 * options_.evidence_per_signal);
      std::partial_sort(
          picked.begin(), picked.begin() + static_cast<ptrdiff_t>(n),
          picked.end(), [&](const EventRecord* a, const EventRecord* b) {
            if (direct(a) != direct(b)) return direct(a);
            if (a->articles != b->articles) return a->articles > b->articles;
            if (std::abs(a->goldstein) != std::abs(b->goldstein)) {
              return std::abs(a->goldstein) > std::abs(b->goldstein);
            }
            return a->id < b->id;
          });
      std::set<std::pair<std::string, std::string>> seen;  // (doc, sentence)
      for (size_t i = 0;
           i < n && signal.evidence.size() < options_.evidence_per_signal;
           ++i) {
        const EventRecord& e = *picked[i];
        EvidenceEvent ev;
        ev.event_id = e.id;
        ev.day = BucketLabel(e.bucket, options_.hourly);
        ev.cameo = names_.Name(e.cameo);
        ev.source = names_.Name(e.source);
        ev.target = names_.Name(e.target);
        ev.quad_class = e.quad;
        ev.goldstein = e.goldstein;
        ev.num_articles = e.articles;
        StatusOr<EventReport> first = store.FirstReport(e.id);
        if (first.ok()) {
          ev.sentence = first->sentence;
          ev.outlet = first->outlet;
          ev.url = first->url;
          ev.doc_id = first->doc_id;
          ev.language = first->language;
          ev.location = first->location_name;
          if (!ev.sentence.empty() &&
              !seen.emplace(ev.doc_id, ev.sentence).second) {
            continue;
          }
        } else if (first.status().code() != StatusCode::kNotFound) {
          return first.status();
        }
        signal.evidence.push_back(std::move(ev));
      }
      TOCSIN_RETURN_IF_ERROR(
          AddDocumentEvidence(store, s.key, from, to, signal));
    }
    return Status::OK();
  }

  // Whether document `slot` counts in a series of documents (themes,
  // places, a watch's documents) by itself, events aside.
  bool DocumentInSeries(const SeriesKey& key, size_t slot) const {
    const int64_t doc = first_doc_ + static_cast<int64_t>(slot);
    switch (key.kind) {
      case SeriesKind::kTheme:
        return std::binary_search(doc_themes_.begin(), doc_themes_.end(),
                                  std::make_pair(doc, key.a));
      case SeriesKind::kCountry:
        return doc_country_[slot] == key.a;
      case SeriesKind::kAdm1:
        return doc_adm1_[slot] == key.a;
      case SeriesKind::kWatch:
        return key.b == 1 && ((doc_watch_mask_[slot] >> key.a) & 1) != 0;
      default:
        return false;
    }
  }

  // Tops up a signal's evidence with the run's reporting documents that no
  // cited event came from, latest first: a region's signal can rest on
  // reports from which no event was coded.
  Status AddDocumentEvidence(Store& store, const SeriesKey& key, int32_t from,
                             int32_t to, Signal& signal) {
    std::set<std::string> cited;
    for (const EvidenceEvent& e : signal.evidence) cited.insert(e.doc_id);
    for (size_t slot = doc_bucket_.size();
         slot-- > 0 && signal.evidence.size() < options_.evidence_per_signal;) {
      const int32_t b = doc_bucket_[slot];
      if (b < from || b > to || !DocumentInSeries(key, slot)) continue;
      TOCSIN_ASSIGN_OR_RETURN(
          DocumentReport d,
          store.DescribeDocument(first_doc_ + static_cast<int64_t>(slot)));
      if (!cited.insert(d.doc_id).second) continue;
      EvidenceEvent ev;
      ev.document_only = true;
      ev.day = BucketLabel(b, options_.hourly);
      ev.sentence = std::move(d.title);
      ev.outlet = std::move(d.outlet);
      ev.url = std::move(d.url);
      ev.doc_id = std::move(d.doc_id);
      ev.language = std::move(d.language);
      signal.evidence.push_back(std::move(ev));
    }
    return Status::OK();
  }

  // The quotations of a themed watch's documents: from its signals' runs
  // when it has any, else its latest documents; speakers by count.
  Status AddWatchQuotations(Store& store, SignalReport& report) {
    constexpr size_t kMaxDocuments = 100;
    for (size_t w = 0; w < report.watches.size(); ++w) {
      WatchReport& wr = report.watches[w];
      if (wr.watch.themes.empty()) continue;
      std::vector<std::pair<int32_t, int32_t>> runs;
      for (size_t k = 0; k < report.signals.size(); ++k) {
        const Signal& s = report.signals[k];
        if (s.kind == SeriesKind::kWatch &&
            (s.key == wr.watch.name || s.key == wr.watch.name + ":documents")) {
          runs.push_back(signal_runs_[k]);
        }
      }
      std::vector<int64_t> docs;
      for (size_t slot = doc_bucket_.size(); slot-- > 0;) {
        if (((doc_watch_mask_[slot] >> w) & 1) == 0) continue;
        const int32_t b = doc_bucket_[slot];
        bool in_run = runs.empty();
        for (const auto& [from, to] : runs) in_run |= b >= from && b <= to;
        if (in_run) docs.push_back(first_doc_ + static_cast<int64_t>(slot));
        if (docs.size() == kMaxDocuments) break;
      }
      std::map<std::string, int> by_speaker;
      std::vector<QuotationEvidence> all;
      std::set<std::string> seen;  // copies of a story quote the same words
      for (int64_t doc : docs) {
        TOCSIN_ASSIGN_OR_RETURN(std::vector<StoredQuotation> quotes,
                                store.Quotations(doc));
        for (StoredQuotation& q : quotes) {
          if (!seen.insert(q.text).second) continue;
          QuotationEvidence e;
          e.speaker = q.speaker_name.empty() ? q.speaker_code : q.speaker_name;
          e.speaker_code = std::move(q.speaker_code);
          e.text = std::move(q.text);
          e.day = std::move(q.day);
          e.outlet = std::move(q.outlet);
          e.url = std::move(q.url);
          ++by_speaker[e.speaker];
          all.push_back(std::move(e));
        }
      }
      for (const auto& [speaker, n] : by_speaker)
        wr.speakers.emplace_back(speaker, n);
      std::stable_sort(
          wr.speakers.begin(), wr.speakers.end(),
          [](const auto& a, const auto& b) { return a.second > b.second; });
      std::map<std::string, size_t> rank;
      for (size_t i = 0; i < wr.speakers.size(); ++i)
        rank[wr.speakers[i].first] = i;
      // Attributed quotations first, by speaker rank, then the latest.
      std::stable_sort(all.begin(), all.end(),
                       [&](const auto& a, const auto& b) {
                         if (a.speaker.empty() != b.speaker.empty())
                           return b.speaker.empty();
                         if (rank[a.speaker] != rank[b.speaker])
                           return rank[a.speaker] < rank[b.speaker];
                         return a.day > b.day;
                       });
      if (all.size() > options_.max_quotations)
        all.resize(options_.max_quotations);
      wr.quotations = std::move(all);
    }
    return Status::OK();
  }

  const SignalOptions& options_;
  std::vector<Watch> watches_;
  std::vector<std::vector<uint32_t>> watch_theme_ids_;
  Interner names_;
  int64_t first_doc_ = -1;
  std::vector<int32_t> doc_bucket_;                       // by doc - first_doc_
  std::vector<uint64_t> doc_watch_mask_;                  // by doc - first_doc_
  std::vector<uint32_t> doc_country_, doc_adm1_;          // main place, by slot
  std::vector<std::pair<int64_t, uint32_t>> doc_themes_;  // (doc, theme)
  struct ThemedDocument {
    int32_t bucket;
    int64_t doc;
    uint32_t theme;
    auto operator<=>(const ThemedDocument&) const = default;
  };
  std::vector<ThemedDocument> themed_documents_;
  int32_t min_bucket_ = std::numeric_limits<int32_t>::max();
  int32_t max_bucket_ = std::numeric_limits<int32_t>::min();
  uint64_t documents_ = 0, undated_ = 0, untimed_ = 0, mentions_ = 0;
  std::unordered_map<int64_t, size_t> event_index_;
  std::vector<EventRecord> events_;
  std::unordered_map<uint64_t, size_t> series_index_;
  std::vector<BuiltSeries> series_;
  std::vector<size_t> built_of_signal_;                   // by signal
  std::vector<std::pair<int32_t, int32_t>> signal_runs_;  // by signal
  int32_t first_bucket_ = 0;
  size_t num_buckets_ = 0;
};

Status ValidateOptions(const SignalOptions& o) {
  if (!o.since.empty() && ParseDay(o.since) == kNoBucket) {
    return InvalidArgumentError("--since '" + o.since +
                                "': expected a date YYYY-MM-DD");
  }
  if (!o.until.empty() && ParseDay(o.until) == kNoBucket) {
    return InvalidArgumentError("--until '" + o.until +
                                "': expected a date YYYY-MM-DD");
  }
  if (!o.since.empty() && !o.until.empty() && o.until < o.since) {
    return InvalidArgumentError("--until " + o.until + " is before --since " +
                                o.since);
  }
  if (o.baseline_buckets < 2 || o.baseline_buckets > 10000) {
    return InvalidArgumentError("the baseline must be 2 to 10000 buckets");
  }
  if (o.min_baseline_buckets < 1 ||
      o.min_baseline_buckets > o.baseline_buckets) {
    return InvalidArgumentError(
        "the minimum baseline must be 1 to the baseline's length");
  }
  if (!(o.false_alarm_rate > 0 && o.false_alarm_rate < 0.5)) {
    return InvalidArgumentError("the false-alarm rate must be in (0, 0.5)");
  }
  if (o.window_buckets < 1 || o.window_buckets > o.baseline_buckets) {
    return InvalidArgumentError(
        "the window test spans 1 (off) to the baseline's length");
  }
  if (!(o.min_count >= 1)) {
    return InvalidArgumentError("the minimum count must be at least 1");
  }
  if (o.watches.size() + (o.builtin_watches ? 1 : 0) > 64) {
    return InvalidArgumentError("at most 64 watches");
  }
  return Status::OK();
}

}  // namespace

const char* SeriesKindName(SeriesKind kind) {
  switch (kind) {
    case SeriesKind::kActor:
      return "actor";
    case SeriesKind::kDyad:
      return "dyad";
    case SeriesKind::kRoot:
      return "root";
    case SeriesKind::kQuad:
      return "quad";
    case SeriesKind::kTheme:
      return "theme";
    case SeriesKind::kCountry:
      return "country";
    case SeriesKind::kAdm1:
      return "adm1";
    case SeriesKind::kWatch:
      return "watch";
  }
  return "?";
}

bool ParseSeriesKind(std::string_view name, SeriesKind* kind) {
  for (SeriesKind k :
       {SeriesKind::kActor, SeriesKind::kDyad, SeriesKind::kRoot,
        SeriesKind::kQuad, SeriesKind::kTheme, SeriesKind::kCountry,
        SeriesKind::kAdm1, SeriesKind::kWatch}) {
    if (name == SeriesKindName(k)) {
      *kind = k;
      return true;
    }
  }
  return false;
}

const char* SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kLow:
      return "low";
    case Severity::kMedium:
      return "medium";
    case Severity::kHigh:
      return "high";
    case Severity::kCritical:
      return "critical";
  }
  return "?";
}

StatusOr<SignalReport> ComputeSignals(Store& store,
                                      const SignalOptions& options) {
  TOCSIN_RETURN_IF_ERROR(ValidateOptions(options));
  std::vector<Watch> watches;
  if (options.builtin_watches) watches.push_back(NuclearWatch());
  for (const Watch& w : options.watches) {
    for (const Watch& seen : watches) {
      if (seen.name == w.name) {
        return InvalidArgumentError("watch '" + w.name + "' defined twice");
      }
    }
    watches.push_back(w);
  }
  // The baseline before --since is read too.
  StoreScanRange range;
  int32_t since_bucket = std::numeric_limits<int32_t>::min();
  int32_t until_bucket = std::numeric_limits<int32_t>::max();
  const int per_day = options.hourly ? 24 : 1;
  if (!options.since.empty()) {
    const int32_t since_day = ParseDay(options.since);
    since_bucket = since_day * per_day;
    range.first_day = DayLabel(
        since_day - (options.baseline_buckets + per_day - 1) / per_day - 1);
  }
  if (!options.until.empty()) {
    range.last_day = options.until;
    until_bucket = ParseDay(options.until) * per_day + per_day - 1;
  }
  SignalBuilder builder(options, std::move(watches));
  TOCSIN_ASSIGN_OR_RETURN(const uint64_t undated, store.Scan(range, builder));
  TOCSIN_ASSIGN_OR_RETURN(SignalReport report,
                          builder.Finish(store, since_bucket, until_bucket));
  report.undated_documents += undated;
  return report;
}

}  // namespace tocsin
