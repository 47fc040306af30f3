// Normalising the metadata values found in pages, feeds and JSON records.
#ifndef TOCSIN_INGEST_NORMALIZE_H_
#define TOCSIN_INGEST_NORMALIZE_H_

#include <string>
#include <string_view>

namespace tocsin {

// Converts a date or date-time to ISO 8601, or returns "" when `text` is not
// a date it understands. Accepted:
//  - RFC 3339 / ISO 8601: "2022-10-04", "2022-10-04T10:00:00+02:00",
//    "2022-10-04 10:00Z", "20221004", with optional fractional seconds;
//  - RFC 822 / RFC 2822: "Tue, 04 Oct 2022 10:00:00 +0200", "4 Oct 22 10:00
//    GMT", with or without the weekday, with named US zones (EST, PDT...).
// Output keeps the time and the offset when present:
// "2022-10-04T10:00:00+02:00", "2022-10-04T10:00:00Z" (Z, GMT, UT, UTC),
// "2022-10-04T10:00:00" (no zone), "2022-10-04" (no time). Fractional
// seconds are dropped.
std::string NormalizeDate(std::string_view text);

// Returns the primary language subtag of a BCP 47 tag or POSIX locale,
// lower-cased: "fr-FR" -> "fr", "en_GB" -> "en", "FR" -> "fr". Returns ""
// unless the subtag is 2 or 3 ASCII letters.
std::string NormalizeLanguage(std::string_view tag);

// Trims ASCII whitespace at both ends.
std::string_view TrimAscii(std::string_view s);

}  // namespace tocsin

#endif  // TOCSIN_INGEST_NORMALIZE_H_
