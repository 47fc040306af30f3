// How the store recognises a document and names what it aggregates: the
// document key and content hash, the outlet (GDELT's source), the day, and
// the deterministic keys of locations and aggregated events.
//
// Everything here is a pure function of its arguments, so a rerun of the
// same input computes the same keys, whatever the backend.
#ifndef TOCSIN_STORE_IDENTITY_H_
#define TOCSIN_STORE_IDENTITY_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "tocsin/document.h"
#include "tocsin/place.h"

namespace tocsin {

struct DocumentIdentity {
  // The URL when known (the same article read from a feed and from a file
  // is one document), else the id.
  std::string key;
  // Hex SHA-256 of the title, date, language hint and text: what the
  // pipeline reads. Source and encoding are provenance and excluded.
  std::string content_hash;
};

DocumentIdentity IdentifyDocument(const Document& doc);

// GDELT's "source": the URL's host without "www." ("example.org"), else
// the input the document came from, without its ":LINE" or "#ITEM" suffix.
std::string OutletOf(const Document& doc);

// "YYYY-MM-DD" when `published` starts with a date, else "".
std::string DayOf(std::string_view published);

// What identifies a location across documents: "g:<geonameid>" for a
// populated place, "a:<ISO 3166-2>" for a subdivision, "c:<ISO 3166-1>" for
// a country.
std::string LocationKey(const PlaceMention& place);

// The id of an aggregated event, GDELT's GlobalEventID: a positive 63-bit
// hash of the story and the aggregation key (day, source and target codes,
// "" for none, CAMEO code, location key). A rerun gives the same ids.
int64_t EventId(int64_t story, std::string_view day, std::string_view source,
                std::string_view target, std::string_view cameo,
                std::string_view location);

}  // namespace tocsin

#endif  // TOCSIN_STORE_IDENTITY_H_
