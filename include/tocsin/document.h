// Document: one news article as it enters tocsin, after decoding to UTF-8.
//
// Every later span (sentence, token, actor, event) is a byte range into
// Document::text, so `text` is never modified once a Document is built.
#ifndef TOCSIN_DOCUMENT_H_
#define TOCSIN_DOCUMENT_H_

#include <cstdint>
#include <string>

namespace tocsin {

struct Document {
  std::string id;         // stable id: from the input, else derived from source
  std::string source;     // where it was read: file path, "path:line", or URL
  std::string url;        // the article's own URL, when known
  std::string published;  // ISO 8601 date or date-time; empty when unknown
  std::string language;   // ISO 639-1 ("en", "fr"); empty means "detect"
  std::string title;
  std::string text;  // valid UTF-8 body; all spans index into this

  // How the bytes were decoded, for provenance and error reports.
  std::string encoding;        // e.g. "UTF-8", "windows-1252"
  uint32_t invalid_bytes = 0;  // input bytes replaced by U+FFFD
};

}  // namespace tocsin

#endif  // TOCSIN_DOCUMENT_H_
