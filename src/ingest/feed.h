// RSS and Atom feeds to Documents.
#ifndef TOCSIN_INGEST_FEED_H_
#define TOCSIN_INGEST_FEED_H_

#include <string_view>
#include <vector>

#include "tocsin/document.h"
#include "tocsin/ingest.h"
#include "tocsin/status.h"

namespace tocsin {

// Parses an RSS 2.0, RSS 1.0 (RDF) or Atom feed (REQUIRES: valid UTF-8; the
// XML declaration's encoding is ignored, see DecodeToUtf8) into one Document
// per item:
//   RSS:  title, link, guid, pubDate or dc:date, content:encoded else
//         description; language from channel/language.
//   Atom: title, link[@rel=alternate or no rel]/@href, id, published else
//         updated, content else summary; language from xml:lang.
// Item bodies and titles that hold markup go through the HTML extractor;
// dates are normalised to ISO 8601 (NormalizeDate). id is the guid / Atom id,
// else the link, else "<source>#<n>" (n counts items from 1);
// Document::source is "<source>:<line of the item>".
//
// Malformed XML, a document that is not a feed and a feed without items are
// InvalidArgument errors (XML errors carry pugixml's description, byte
// offset and line). An item without text is skipped and reported in
// `item_errors` (when not null) with its line; the feed still succeeds,
// possibly with no documents.
StatusOr<std::vector<Document>> ParseFeed(
    std::string_view utf8_xml, std::string_view source,
    std::vector<InputError>* item_errors = nullptr);

}  // namespace tocsin

#endif  // TOCSIN_INGEST_FEED_H_
