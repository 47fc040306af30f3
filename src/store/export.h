// Export formats of stored events: GDELT 2.0 Events and Mentions TSV, the
// Phoenix pipeline's TSV, PLOVER JSON Lines, CSV and our own JSON Lines.
// docs/export-formats.md documents every column and where tocsin departs
// from the original (country codes are ISO 3166, not FIPS 10-4).
//
// The writers take plain rows (ExportEvent, ExportMention) that a query
// fills, so they know nothing of SQL and are tested on rows built by hand.
// Every writer appends whole lines ending in '\n'; fields never contain the
// separator of their format (tabs and line breaks in TSV text become
// spaces; CSV quotes as RFC 4180 says; JSON escapes).
#ifndef TOCSIN_STORE_EXPORT_H_
#define TOCSIN_STORE_EXPORT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tocsin/place.h"
#include "tocsin/status.h"

namespace tocsin {

struct ExportActor {
  std::string code;  // CAMEO actor code ("RUSGOV"), "" when unknown
  std::string name;  // as written in the representative sentence
};

struct ExportPlace {
  bool present = false;
  PlaceLevel level = PlaceLevel::kPopulated;
  std::string name;       // "Lyman"
  std::string adm1_name;  // "Donetska oblast"
  std::string country_name;
  std::string country;   // ISO 3166-1 alpha-2
  std::string country3;  // alpha-3
  std::string adm1;      // ISO 3166-2
  bool has_coordinates = false;
  double lat = 0, lon = 0;
  uint32_t geonameid = 0;
};

// One aggregated event: the mentions of one story, day, dyad, code and
// place (GDELT's Events row).
struct ExportEvent {
  uint64_t id = 0;
  std::string day;  // "YYYY-MM-DD"
  ExportActor source, target;
  std::string cameo;  // "1385"
  double goldstein = 0;
  int quad_class = 0;  // 1..4
  std::string plover_type, plover_mode;
  bool root_event = false;  // a mention in its document's lead paragraph
  int64_t num_mentions = 0, num_sources = 0, num_articles = 0;
  double avg_tone = 0;
  ExportPlace place;
  std::string date_added;  // "YYYY-MM-DDTHH:MM:SSZ", when first stored
  std::string source_url;  // of the first document that reported it
  // The representative mention: its sentence (empty unless stored with
  // --keep-text), language, and where it sits.
  std::string sentence;
  std::string language;
  int64_t sentence_index = 0;  // 0-based, in its document
  int64_t begin = 0, end = 0;  // trigger bytes in its document
  std::string rule;
  bool negated = false, hypothetical = false;
  // Every mention's document id, URL and outlet, in ingestion order
  // (Phoenix's ids, urls and sources columns).
  std::vector<std::string> doc_ids, urls, outlets;
};

// One mention of an aggregated event in one document (GDELT's Mentions).
struct ExportMention {
  uint64_t event_id = 0;
  std::string event_added;     // the event's date_added
  std::string mention_time;    // the document's publication (or ingestion)
  std::string outlet;          // "lemonde.fr"
  std::string url;             // the document's URL, else its id
  int64_t sentence_index = 0;  // 0-based
  int64_t source_offset = -1, target_offset = -1, action_offset = -1;
  double confidence = 0;   // 0..1
  int64_t doc_length = 0;  // bytes of text
  double doc_tone = 0;
  std::string language;  // ISO 639-1 of the document
};

enum class ExportFormat : uint8_t {
  kTable,    // aligned columns for a terminal
  kJsonl,    // our field names, one event per line
  kCsv,      // the JSON Lines fields, RFC 4180
  kGdelt,    // GDELT 2.0 Events, 61 tab-separated columns, no header
  kPhoenix,  // Phoenix pipeline TSV, 26 columns, no header
  kPlover,   // PLOVER JSON, one event per line
};

// "table", "jsonl", "csv", "gdelt", "phoenix", "plover"; InvalidArgument
// naming the accepted values otherwise.
StatusOr<ExportFormat> ParseExportFormat(std::string_view name);

// Appends the header line of `format` (CSV and table only; nothing for the
// others, which have none).
void AppendExportHeader(ExportFormat format, std::string* out);
// Appends `event` as one line of `format`. PLOVER has no category for CAMEO
// 01 and 02 (statements, appeals): returns false and appends nothing for
// an event without a PLOVER type.
bool AppendExportEvent(ExportFormat format, const ExportEvent& event,
                       std::string* out);
// Appends one GDELT 2.0 Mentions row (16 tab-separated columns).
void AppendGdeltMention(const ExportMention& mention, std::string* out);

inline constexpr int kGdeltEventColumns = 61;
inline constexpr int kGdeltMentionColumns = 16;
inline constexpr int kPhoenixColumns = 26;

// The parts of a CAMEO actor code the GDELT and Phoenix columns split out:
// "RUSGOVMIL" -> country RUS, types GOV MIL. Exposed for tests.
struct ActorCodeParts {
  std::string country;             // a 3-letter country root, else ""
  std::string group;               // IGO/NGO/IMG/MNC root's known group ("UNO")
  std::string root;                // the first 3 letters whatever they are
  std::vector<std::string> types;  // role codes in order (GOV, MIL...)
  std::vector<std::string> religions;  // CHR, MOS, JEW, ...
  std::vector<std::string> others;     // every 3-letter part after the root
                                       // that is not the first type
};
ActorCodeParts SplitActorCode(std::string_view code);

// Phoenix's class of a CAMEO root: 0 for 01-02 (neutral statements), else
// the quad class.
int PhoenixClass(std::string_view cameo);

}  // namespace tocsin

#endif  // TOCSIN_STORE_EXPORT_H_
