// JSON Lines records (and whole JSON files) to Documents.
#ifndef TOCSIN_INGEST_JSONL_H_
#define TOCSIN_INGEST_JSONL_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "tocsin/document.h"
#include "tocsin/ingest.h"
#include "tocsin/status.h"

namespace tocsin {

// Parses one JSON Lines record: an object with
//   text (required, non-empty), id, url, title,
//   date or published (normalised by NormalizeDate; "" when not a date),
//   lang or language (normalised by NormalizeLanguage), source.
// Unknown fields are ignored and null counts as absent. A field of the wrong
// type is an InvalidArgument error naming it, except that a numeric id is
// accepted and written in decimal. `source` (the JSON field) is only checked:
// Document::source is "<source>:<line_number>", which is also the id when
// the record has none. Text is kept byte for byte, except that control
// characters follow DecodeToUtf8's rule. Bytes that are not UTF-8 are
// decoded with DecodeToUtf8 first. Malformed JSON is an InvalidArgument error
// giving the byte position (counted from 1, as nlohmann-json does).
StatusOr<Document> ParseJsonLine(std::string_view line, std::string_view source,
                                 uint32_t line_number);

namespace jsonl_internal {
// ParseJsonLine as nlohmann-json alone does it: the obvious reference the
// fast path (simdjson) is tested and fuzzed against, and the path a line
// simdjson rejects takes.
StatusOr<Document> ParseJsonLineReference(std::string_view line,
                                          std::string_view source,
                                          uint32_t line_number);
}  // namespace jsonl_internal

// Parses a whole JSON document holding one record object or an array of
// them. Records that fail are appended to `errors` (line 0; the message
// gives the array index) and skipped. Returns InvalidArgument when the text
// is not JSON at all, or is neither an object nor an array.
// REQUIRES: errors != nullptr.
StatusOr<std::vector<Document>> ParseJsonDocuments(
    std::string_view utf8, std::string_view source,
    std::vector<InputError>* errors);

}  // namespace tocsin

#endif  // TOCSIN_INGEST_JSONL_H_
