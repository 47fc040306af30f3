// Which stored, aggregated events a query selects (`tocsin events`), and the
// checks its values pass before any of them reaches SQL (as a bound
// parameter, never spliced into the text).
//
// Filters combine with AND. Event filters (dates, actors, codes, places)
// test the event's own key; document filters (theme, speaker, text) select
// the events with at least one current mention in a matching document. A
// selected event is always reported whole: its counts cover every mention.
#ifndef TOCSIN_QUERY_H_
#define TOCSIN_QUERY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "tocsin/status.h"

namespace tocsin {

struct GeoCircle {
  double lat = 0, lon = 0;  // degrees
  double km = 0;            // great-circle radius
};

enum class EventOrder : uint8_t {
  kDay,       // day, then event id (events without a day first)
  kRecent,    // day descending, then event id
  kArticles,  // NumArticles, then NumMentions descending, then event id
};

struct EventQuery {
  std::string since, until;  // "YYYY-MM-DD", inclusive; "" for open
  std::string actor;         // CAMEO actor code prefix, source or target
  std::string dyad_source, dyad_target;  // prefixes, both set or both ""
  std::string code;     // CAMEO event code prefix ("1385", "19")
  std::string root;     // CAMEO root, two digits ("18")
  int quad_class = 0;   // 1..4; 0 for any
  std::string country;  // ISO 3166-1 alpha-2 or alpha-3
  std::string adm1;     // ISO 3166-2 ("UA-14")
  std::optional<GeoCircle> near;
  std::string theme;    // a theme of the mentioning document (exact)
  std::string speaker;  // quoted speaker: name substring or exact code
  std::string text;     // words, all present: title, kept sentences, quotes
  uint64_t limit = 0;   // 0 for no limit
  EventOrder order = EventOrder::kDay;
  // Fill ExportEvent::doc_ids/urls/outlets (one more lookup per event).
  bool with_documents = false;
};

// Sets the filter `flag` ("--since", "--actor", "--near", ...; the names of
// `tocsin events`) from its command-line `value`, normalising case.
// InvalidArgument naming the flag and the expected shape when the value is
// malformed (a bad date, a latitude out of range, quad 7, a code with
// letters, control characters...); InvalidArgument for an unknown flag.
Status SetEventQueryFlag(std::string_view flag, std::string_view value,
                         EventQuery* query);

// Checks a whole query (as built by hand or by SetEventQueryFlag): every
// value well formed, since <= until. Backends call it before querying.
Status ValidateEventQuery(const EventQuery& query);

// "day", "recent", "articles".
StatusOr<EventOrder> ParseEventOrder(std::string_view name);

}  // namespace tocsin

#endif  // TOCSIN_QUERY_H_
