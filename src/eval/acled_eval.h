// Evaluation of geocoding against ACLED event data: each ACLED row's notes
// are coded by the pipeline, and the place it predicts is compared with the
// row's coordinates and first-level region (admin1).
//
// Reading: ACLED CSV exports (csv_reader.h), columns found by header name:
// event_id_cnty, event_date, country, admin1, admin2, location, latitude,
// longitude, geo_precision, notes; other columns are ignored. A header that
// lacks one of them, or cannot be read, stops the reading with an error. A
// row that cannot be used (wrong number of fields, text after a closing
// quote, a latitude or longitude that is not a number in range, a
// geo_precision that is not an integer) is counted and skipped. An
// unterminated quote stops the reading: what follows it cannot be split
// into rows.
//
// Scoring: a row is scored from the place the pipeline picked (see
// PredictLocation); rows without one count as misses everywhere.
#ifndef TOCSIN_EVAL_ACLED_EVAL_H_
#define TOCSIN_EVAL_ACLED_EVAL_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tocsin/pipeline.h"
#include "tocsin/place.h"
#include "tocsin/status.h"

namespace tocsin {

// --- Reading ---

struct AcledRow {
  std::string event_id;    // event_id_cnty ("MMR10937")
  std::string event_date;  // as written in the file
  std::string country, admin1, admin2, location;
  double latitude = 0, longitude = 0;
  int geo_precision = 0;  // 1 the place itself ... 3 a larger region; 0 empty
  std::string notes;
  uint32_t line = 0;  // 1-based line where the row starts
};

inline constexpr size_t kMaxAcledProblems = 20;

struct AcledFile {
  std::vector<AcledRow> rows;
  size_t malformed = 0;  // rows skipped
  // "name:line: why" for the first kMaxAcledProblems skipped rows.
  std::vector<std::string> problems;
};

// Parses an ACLED export held in memory; `name` prefixes messages. `limit`
// > 0 stops after that many good rows. Fields are copied byte for byte.
// InvalidArgument "name:line: why" for an unusable header, DataLoss for an
// unterminated quote.
StatusOr<AcledFile> ParseAcledCsv(std::string_view text, std::string_view name,
                                  size_t limit = 0);
// Reads `path` (NotFound when it cannot be opened), decodes it to valid
// UTF-8 (ingest/decode.h: a BOM or a windows-1252 export is handled) and
// parses it with ParseAcledCsv.
StatusOr<AcledFile> ReadAcledCsv(const std::string& path, size_t limit = 0);

// "2021-01-02T00:00:00Z", "2021-01-02" and "02 January 2021" (ACLED's
// older exports) -> "2021-01-02"; "" for anything else.
std::string AcledDateToIso(std::string_view date);

// The document a row's notes make, dated by event_date, as `tocsin eval
// acled` and the signals test code them: source "PATH:LINE", id the event
// id (else the source), English.
Document AcledRowDocument(const std::string& path, const AcledRow& row);

// --- Comparing places ---

// Whether ACLED's admin1 name and a gazetteer's first-level region name
// ("Shan State", "Donetska oblast") name the same region: compared case-
// and accent-insensitively, word by word, after dropping generic words
// (state, region, oblast, province, ...) on both sides and, on ACLED's
// side, a "-North/-South/-East/-West" suffix ("Shan-North" is part of
// Shan). Empty names never match.
bool SameAdmin1(std::string_view acled_admin1, std::string_view gazetteer);

// Country names folded (lower case, no accents) -> ISO alpha-2, to check
// that a predicted region lies in ACLED's country.
using CountryCodes = std::map<std::string, std::string>;

// Inverts alpha-2 -> names (dict/country_names.h's CountryNames).
CountryCodes MakeCountryCodes(
    const std::map<std::string, std::vector<std::string>>& names);

// --- Predicting and scoring ---

struct AcledPrediction {
  std::optional<PlaceMention> place;  // absent: the row is unlocated
  // The event's basis, or kDocument for the document's main place.
  LocationBasis basis = LocationBasis::kNone;
};

// The location of the first event that has one; else the document's main
// place; else none. Indices out of range are ignored.
AcledPrediction PredictLocation(const DocumentAnalysis& analysis);

struct AcledOutcome {
  bool located = false;
  std::optional<double> distance_km;  // when the place has coordinates
  bool within_10km = false, within_25km = false;
  bool admin1 = false;  // SameAdmin1, and the country agrees when known
};

// Compares one prediction with its row. The country check applies when
// ACLED's country is in `countries`; otherwise the admin1 name decides.
AcledOutcome ScoreAcledRow(const AcledRow& row, const AcledPrediction& p,
                           const CountryCodes& countries);

struct AcledScore {
  size_t rows = 0;
  size_t located = 0;           // rows with a predicted place
  size_t with_coordinates = 0;  // ... whose place has coordinates
  size_t within_10km = 0, within_25km = 0, admin1 = 0;
  // Over all rows (unlocated rows are misses); 0 when there are no rows.
  double accuracy_10km = 0, accuracy_25km = 0, admin1_accuracy = 0;
  double coverage = 0;  // located / rows
  // Over rows with a distance; absent when there are none.
  std::optional<double> median_error_km;
};

AcledScore SummarizeAcled(std::span<const AcledOutcome> outcomes);

// A row the geocoder got wrong: unlocated or more than 25 km off.
struct AcledMiss {
  AcledRow row;
  AcledPrediction prediction;
  AcledOutcome outcome;
};

bool IsAcledMiss(const AcledOutcome& outcome);

// A summary line then one line per figure, each ending in '\n': "coverage",
// "within 10 km", "within 25 km", "ADM1", "median error"; then `misses`.
std::string AcledReportText(std::string_view file, size_t malformed,
                            const AcledScore& score,
                            std::span<const AcledMiss> misses);

// One JSON object on one line: file, rows, malformed_rows, located,
// with_coordinates, within_10km, within_25km, adm1_correct, coverage,
// accuracy_10km, accuracy_25km, adm1_accuracy, median_error_km (null when
// absent), misses (array of {line, event_id, notes, location, admin1,
// predicted, basis, distance_km}).
std::string AcledReportJson(std::string_view file, size_t malformed,
                            const AcledScore& score,
                            std::span<const AcledMiss> misses);

}  // namespace tocsin

#endif  // TOCSIN_EVAL_ACLED_EVAL_H_
