// The JSON Lines record of one event, as `tocsin code` writes it and
// docs/event-format.md documents. In the library so that the CLI, the
// benchmarks and (later) the server write the same bytes.
#ifndef TOCSIN_EVENTS_EVENT_JSON_H_
#define TOCSIN_EVENTS_EVENT_JSON_H_

#include <string>

#include "tocsin/document.h"
#include "tocsin/event.h"
#include "tocsin/pipeline.h"

namespace tocsin {

// Appends the record of `e` (an event of `analysis`, the analysis of
// `doc`) and a newline to *out.
void AppendEventJson(const Document& doc, const DocumentAnalysis& analysis,
                     const Event& e, std::string* out);

}  // namespace tocsin

#endif  // TOCSIN_EVENTS_EVENT_JSON_H_
