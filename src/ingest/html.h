// HTML news pages to Documents.
#ifndef TOCSIN_INGEST_HTML_H_
#define TOCSIN_INGEST_HTML_H_

#include <string>
#include <string_view>

#include "tocsin/document.h"
#include "tocsin/status.h"

namespace tocsin {

// Parses a whole page (REQUIRES: `utf8_html` is valid UTF-8; see
// DecodeToUtf8) and keeps the article: text is the content root's paragraphs
// (see html_text.h for what is dropped), joined by "\n\n"; title, published,
// url and language come from the page's metadata (see html_meta.h).
// Sets source and id to `source`; encoding to "UTF-8".
//
// Truncated or malformed markup is parsed as browsers would. Markup that
// would make gumbo's cost explode (absurd nesting, see html_guard.cc) is cut
// where it starts, keeping the page before it. Returns InvalidArgument
// "no article text" when nothing is left.
StatusOr<Document> ParseHtml(std::string_view utf8_html,
                             std::string_view source);

// Text of an HTML fragment such as a feed item's body, as paragraphs joined
// by "\n\n" ("" when there is none). Boilerplate blocks are dropped as for
// pages. REQUIRES: valid UTF-8.
std::string HtmlFragmentToText(std::string_view utf8_html);

// Length of the prefix of `html` that gumbo can parse in bounded time: all
// of it for real pages. Exposed for tests.
size_t HtmlSafePrefixLength(std::string_view html);

}  // namespace tocsin

#endif  // TOCSIN_INGEST_HTML_H_
