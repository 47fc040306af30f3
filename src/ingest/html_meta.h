// Article metadata from an HTML page: title, publication date, canonical
// URL and language, from Open Graph / meta tags, JSON-LD and the markup.
// Internal to the HTML extractor (html.cc).
#ifndef TOCSIN_INGEST_HTML_META_H_
#define TOCSIN_INGEST_HTML_META_H_

#include <gumbo.h>

#include <string>

namespace tocsin {

struct PageMetadata {
  std::string title;      // whitespace collapsed; "" when none
  std::string published;  // ISO 8601 (see NormalizeDate); "" when none
  std::string url;
  std::string language;  // ISO 639 primary subtag; "" when none
};

// Reads metadata from the whole page; `content_root` (see
// ChooseContentRoot) is where a bare <time datetime> counts as the
// publication date and where the first <h1> is looked for first.
//
// Sources, best first:
//  title:     og:title, twitter:title, JSON-LD headline, <title>, first <h1>
//  published: article:published_time, og:published_time, JSON-LD
//             datePublished, itemprop=datePublished, <time pubdate>, meta
//             name=pubdate/publishdate/date/dc.date/dcterms.date/...,
//             first <time datetime> in the content root
//  url:       og:url, <link rel=canonical>, JSON-LD url
//  language:  <html lang>, og:locale, content-language, JSON-LD inLanguage
// A value that does not parse (a date that is not a date) is skipped in
// favour of the next source.
PageMetadata ReadPageMetadata(const GumboNode* document,
                              const GumboNode* content_root);

}  // namespace tocsin

#endif  // TOCSIN_INGEST_HTML_META_H_
