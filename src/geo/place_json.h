// JSON of places, as `tocsin code` (an event's "location") and `tocsin
// places` (one record per mention) write them; documented in
// docs/place-format.md. In the library so every writer emits the same bytes.
#ifndef TOCSIN_GEO_PLACE_JSON_H_
#define TOCSIN_GEO_PLACE_JSON_H_

#include <string>

#include "tocsin/document.h"
#include "tocsin/pipeline.h"
#include "tocsin/place.h"

namespace tocsin {

// The event's "location" value: the object
//   {"name","geonameid","country","adm1","lat","lon","feature","span",
//    "confidence","basis"}
// or null when the event has none.
void AppendEventLocationJson(const DocumentAnalysis& analysis,
                             const EventLocation& location, std::string* out);

// One line of `tocsin places`: the mention's text, sentence and every place
// field, including the level, the subdivision's name and the reason.
void AppendPlaceMentionJson(const Document& doc,
                            const DocumentAnalysis& analysis,
                            const PlaceMention& place, std::string* out);

}  // namespace tocsin

#endif  // TOCSIN_GEO_PLACE_JSON_H_
