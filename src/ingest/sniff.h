// Guessing what an input holds from its name and its first bytes.
#ifndef TOCSIN_INGEST_SNIFF_H_
#define TOCSIN_INGEST_SNIFF_H_

#include <string>
#include <string_view>

namespace tocsin {

enum class InputFormat { kUnknown, kText, kHtml, kJsonLines, kJson, kFeed };

// From the file extension, ignoring a trailing ".gz" (case-insensitive):
// .txt .text -> text, .html .htm .xhtml -> HTML, .jsonl .ndjson -> JSON
// Lines, .json -> JSON, .xml .rss .atom -> feed; kUnknown otherwise.
InputFormat FormatFromPath(std::string_view path);

// True when the name ends in ".gz" (case-insensitive).
bool HasGzipExtension(std::string_view path);

// From the first bytes: '{' -> JSON Lines, '[' -> JSON, an <rss>, <feed> or
// <rdf:RDF> root or an XML declaration -> feed, HTML markup -> HTML, anything
// else -> text. Never kUnknown.
InputFormat SniffFormat(std::string_view head);

// True when the first bytes are not text: a NUL byte, or more than 10% of
// control bytes other than whitespace and ESC. UTF-16/32 text with a byte
// order mark is text.
bool LooksBinary(std::string_view head);

// The charset declared in the first bytes, "" when none: <meta charset> or
// http-equiv Content-Type in the first 4 KiB of HTML (WHATWG reads 1 KiB,
// real pages put it later), the XML declaration's encoding for feeds.
std::string DeclaredCharset(std::string_view head, InputFormat format);

}  // namespace tocsin

#endif  // TOCSIN_INGEST_SNIFF_H_
