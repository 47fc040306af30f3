// What signals read from a Store: its current documents, their themes and
// their event mentions as compact rows, streamed, and the first report and
// quotations behind a chosen event or document. Separate from store.h's
// queries because a signal run reads every row of a date range once, and
// must stay fast at millions of events.
#ifndef TOCSIN_STORE_SCAN_H_
#define TOCSIN_STORE_SCAN_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "tocsin/status.h"

namespace tocsin {

// Dates are "YYYY-MM-DD", inclusive; empty: unbounded. Undated documents
// are never scanned (Store::Scan counts them).
struct StoreScanRange {
  std::string first_day, last_day;
};

// The views are valid during the call only.
struct ScannedDocument {
  int64_t doc = 0;
  std::string_view day;        // "YYYY-MM-DD"
  std::string_view published;  // as stored: ISO 8601, maybe with an offset
};

struct ScannedTheme {
  int64_t doc = 0;
  std::string_view theme;
};

// A document's main place (the place it is about, places.is_main).
struct ScannedPlace {
  int64_t doc = 0;
  std::string_view country, adm1;  // "" when not known at that level
};

// A mention of an aggregated event (negated mentions are left out, as in
// the `events` view). All mentions of one event_id share its day, dyad,
// code and location; they differ by document.
struct ScannedMention {
  int64_t event_id = 0;
  int64_t doc = 0;
  std::string_view source_code, target_code, cameo, root;
  int quad_class = 0;
  double goldstein = 0;
  std::string_view country, adm1;  // "" when not located
};

class StoreScanSink {
 public:
  virtual ~StoreScanSink() = default;
  // Called for every current document dated in the range, by doc; then
  // for their themes; their main places; then their event mentions. An
  // error stops the scan and is returned.
  virtual Status OnDocument(const ScannedDocument& document) = 0;
  virtual Status OnTheme(const ScannedTheme& theme) = 0;
  virtual Status OnPlace(const ScannedPlace& place) = 0;
  virtual Status OnMention(const ScannedMention& mention) = 0;
};

// The first stored report of an event: its first current document.
struct EventReport {
  int64_t event_id = 0;
  int64_t doc = 0;
  std::string doc_id, url, outlet, day, language;
  std::string sentence;  // empty unless stored with keep_text
  std::string trigger, location_name;
};

// A stored document's identity, for citing it.
struct DocumentReport {
  int64_t doc = 0;
  std::string doc_id, url, outlet, day, language, title;
};

struct StoredQuotation {
  int64_t doc = 0;
  std::string text, speaker_name, speaker_code;
  std::string day, outlet, url;
};

}  // namespace tocsin

#endif  // TOCSIN_STORE_SCAN_H_
