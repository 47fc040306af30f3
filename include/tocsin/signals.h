// Signals: is this a real escalation, since when, and which reports drive
// it?
//
// ComputeSignals reads a Store and builds count series per time bucket (a
// day, or an hour for fast streams): per actor, dyad, CAMEO root, quad
// class, theme, country and ADM1, and per watch. Each series is tested
// bucket by bucket against its own recent past (signals/count_detector.h),
// with the documents stored in each bucket as the exposure: a day with
// twice the news is expected to have twice the events, so a busy news day
// is no escalation. Consecutive alarming buckets of one series form one
// Signal, which says what rose, by how much against what baseline, since
// when, how severe it is, and which events drive it, with their sentences,
// outlets and links.
//
// Watches are named filters over events and documents (actors, dyads,
// codes, themes, places) with their own thresholds. One is built in:
// "nuclear", nuclear rhetoric and posture (CAMEO 1385 and 204x, 15x
// posture events by nuclear-armed states, and documents with the nuclear
// or WMD themes), which also lists the quotations of those documents by
// speaker. Others are read from a small file (signals/watch.h).
#ifndef TOCSIN_SIGNALS_H_
#define TOCSIN_SIGNALS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tocsin/status.h"

namespace tocsin {

class Store;

enum class SeriesKind : uint8_t {
  kActor,    // events with the actor code as source or target
  kDyad,     // "SOURCE>TARGET"
  kRoot,     // CAMEO root, "19"
  kQuad,     // quad class, "1".."4"
  kTheme,    // documents with the theme (a document-level series)
  kCountry,  // ISO 3166-1 alpha-2 of the event's location
  kAdm1,     // ISO 3166-2 ("UA-14"), or "CC-name" when only named
  kWatch,    // a watch's name
};
const char* SeriesKindName(SeriesKind kind);  // "actor", "dyad", ...
// The kind named `name` (SeriesKindName's names); false when none is.
bool ParseSeriesKind(std::string_view name, SeriesKind* kind);

enum class Severity : uint8_t { kLow, kMedium, kHigh, kCritical };
const char* SeverityName(Severity severity);  // "low", ...

// A user-defined or built-in watch (its file format: signals/watch.h). An
// event matches when it passes every restriction set (actors, dyads,
// places) and, when any of codes, posture_sources or themes is set, at
// least one of them (themes: its reporting document has one). A watch with
// themes also counts its documents with one of them.
struct Watch {
  std::string name;
  std::string description;
  std::vector<std::string> actors;  // code prefixes, source or target
  std::vector<std::string> dyads;   // "SRC>TGT" code prefixes; "*" any
  std::vector<std::string> codes;   // CAMEO code prefixes: "1385", "204"
  std::vector<std::string> themes;  // theme names, exact
  std::vector<std::string> places;  // country "UA" or ADM1 "UA-14"
  // Posture events (root 15) count only from these source countries'
  // actors (3-letter code prefixes); empty: from any.
  std::vector<std::string> posture_sources;
  // Thresholds; negative: the report's defaults.
  double false_alarm_rate = -1;
  double min_count = -1;
  int line = 0;  // where it was defined in its file; 0: built in
};

// The built-in nuclear rhetoric and posture watch.
Watch NuclearWatch();

struct SignalOptions {
  // Buckets dated in [since, until] ("YYYY-MM-DD", inclusive); empty: all.
  // The baseline before `since` is read too, so the first buckets are
  // tested against their real past.
  std::string since, until;
  bool hourly = false;  // hour buckets (documents with a time) instead of days
  // Buckets before the tested one forming its baseline; fewer than
  // min_baseline_buckets of history: not tested.
  int baseline_buckets = 28;
  int min_baseline_buckets = 14;
  double false_alarm_rate = 0.01;
  double min_count = 3;  // fewer documents in a bucket never alarm
  // Also test the sum of the last window_buckets (sustained rises); 1: off.
  int window_buckets = 7;
  // Series kinds to report signals of; empty: every kind. Watches are
  // always computed and shown, but their signals are reported only when
  // kWatch is among the kinds.
  std::vector<SeriesKind> kinds;
  // Build the per-entity series (actors, dyads, ...) at all; off, only
  // the watches are computed.
  bool per_entity_series = true;
  std::vector<Watch> watches;  // NuclearWatch() is added unless disabled
  bool builtin_watches = true;
  size_t evidence_per_signal = 5;
  size_t max_signals = 30;
  size_t max_quotations = 10;  // per watch with themes
};

// One bucket's values of a series. The tested count is of documents: those
// whose events (first reported there) fall in the series, or, for themes,
// those with the theme. One long article, or its wire copies clustered
// into one story, is one report, not twenty events.
struct SeriesPoint {
  double count = 0;         // documents
  double events = 0;        // the aggregated events behind them
  double per_thousand = 0;  // events per 1,000 documents of the bucket
  double expected = 0;      // baseline's predictive mean (0: untested)
  double upper = 0;         // the count above which the bucket alarms
  bool tested = false;
  bool alarm = false;
};

struct Series {
  SeriesKind kind = SeriesKind::kActor;
  std::string key;  // "RUSMIL", "RUSMIL>UKR", "19", "nuclear", ...
  std::vector<SeriesPoint> points;  // one per report bucket
  double total = 0;                 // documents over all buckets
  double total_events = 0;
  // Dyads only: per bucket, the NumArticles-weighted mean Goldstein score
  // of the dyad's events (0 when none): below 0 conflict, above cooperation.
  std::vector<double> goldstein;
};

// An event behind a signal, or, for series that count documents (themes,
// places, a watch's documents), a reporting document with no event of the
// series to cite: then `document_only`, no event fields, and the
// document's title as the sentence.
struct EvidenceEvent {
  bool document_only = false;
  int64_t event_id = 0;
  std::string day;
  std::string cameo, source, target;
  int quad_class = 0;
  double goldstein = 0;
  int64_t num_articles = 0;
  std::string location;  // its place name, when located
  // The first report of it.
  std::string sentence;  // empty unless the store kept sentence text
  std::string outlet, url, doc_id, language;
};

struct QuotationEvidence {
  std::string speaker;  // name as written, or "" when unattributed
  std::string speaker_code;
  std::string text;
  std::string day, outlet, url;
};

struct Signal {
  SeriesKind kind = SeriesKind::kActor;
  std::string key;
  std::string since;     // first alarming bucket ("YYYY-MM-DD" or "...THH")
  std::string until;     // last alarming bucket of the run
  std::string peak;      // the bucket with the smallest p-value
  bool ongoing = false;  // the run reaches the last bucket of the report
  // At the peak bucket: documents observed and expected, their share of
  // the bucket's documents (per 1,000), and the series' events there. When
  // the window test gave the peak its p-value (test_buckets > 1), observed
  // and expected are the window's sums.
  int test_buckets = 1;
  double observed = 0, expected = 0;
  double observed_per_thousand = 0, expected_per_thousand = 0;
  double observed_events = 0;
  double ratio = 0;    // observed / expected
  double p_value = 1;  // P(count >= observed | baseline)
  // Over the whole run.
  double run_observed = 0, run_expected = 0;
  int baseline_buckets = 0;  // the window the peak was tested against
  Severity severity = Severity::kLow;
  double score = 0;                     // -log10(p_value): the ranking key
  std::vector<EvidenceEvent> evidence;  // top contributing events
  size_t series_index = 0;              // into SignalReport::series
};

struct WatchReport {
  Watch watch;
  size_t series_index = 0;  // its event series
  // Its document series (documents with one of its themes), when it has
  // themes; else SIZE_MAX.
  size_t document_series_index = SIZE_MAX;
  // Quotations of the watch's theme documents, most frequent speakers
  // first; with the count of quotations per speaker.
  std::vector<QuotationEvidence> quotations;
  std::vector<std::pair<std::string, int>> speakers;
};

struct SignalReport {
  bool hourly = false;
  std::vector<std::string> buckets;  // in order, every bucket of the range
  std::vector<double> documents;     // documents stored per bucket
  // The series of the signals, then those of the watches, for the charts.
  std::vector<Series> series;
  std::vector<Signal> signals;  // most significant first
  std::vector<WatchReport> watches;
  // What was read and tested.
  uint64_t documents_read = 0, undated_documents = 0;
  uint64_t untimed_documents = 0;  // hourly: documents with a date only
  uint64_t mentions_read = 0, events_read = 0;
  uint64_t series_tested = 0, buckets_tested = 0;
  SignalOptions options;
};

// Computes the report. InvalidArgument for malformed dates or options;
// the store's errors as they are.
StatusOr<SignalReport> ComputeSignals(Store& store,
                                      const SignalOptions& options);

}  // namespace tocsin

#endif  // TOCSIN_SIGNALS_H_
