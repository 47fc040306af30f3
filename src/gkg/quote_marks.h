// Quotation marks: pairs « », “ ”, " " and ‘ ’ into quoted spans, in one
// linear pass over the tokens. Internal to src/gkg (quotes.cc).
//
// A mark is a punctuation token of one character. Families pair with
// themselves: guillemets (« » ‹ ›), curly doubles (“ ” „), straight
// doubles, and curly singles (‘ ’; a ’ inside a word is an apostrophe and
// never a token of its own; after an s it closes only before punctuation,
// else it is a possessive). Direction comes from the glyph, or for the
// ambiguous ones from the spacing around them. Marks of another family
// inside an open quotation are part of its text.
//
// A quotation left open at the end of a paragraph continues if the next
// paragraph opens with the same family (the multi-paragraph convention);
// otherwise it ends with its paragraph. Work is bounded: a quotation longer
// than kMaxQuoteBytes is dropped where the limit is hit and scanning goes
// on from there; one that would re-open for more than kMaxQuoteParagraphs
// paragraphs ends there. So a 1 MB quotation or 100,000 marks in a row
// cost one pass and produce at most one span per two marks.
#ifndef TOCSIN_GKG_QUOTE_MARKS_H_
#define TOCSIN_GKG_QUOTE_MARKS_H_

#include <cstdint>
#include <vector>

#include "tocsin/document.h"
#include "tocsin/text.h"

namespace tocsin {
namespace gkg {

inline constexpr uint32_t kMaxQuoteBytes = 16 * 1024;
inline constexpr uint32_t kMaxQuoteParagraphs = 12;

// The words of one paragraph of a quotation: tokens [first, end).
struct QuoteSegment {
  uint32_t first = 0, end = 0;
};

struct QuotedSpan {
  uint32_t open = 0;   // the opening mark's token
  uint32_t close = 0;  // the closing mark's token; == end of the last
                       // segment when the quotation was left open
  bool closed = false;
  uint32_t first_segment = 0, segment_count = 0;  // in `segments`
};

// Appends the quoted spans of the document in text order (spans with no
// word inside are dropped) and their segments.
void FindQuotedSpans(const Document& doc, const AnalyzedText& text,
                     std::vector<QuotedSpan>* spans,
                     std::vector<QuoteSegment>* segments);

}  // namespace gkg
}  // namespace tocsin

#endif  // TOCSIN_GKG_QUOTE_MARKS_H_
