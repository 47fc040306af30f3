// Gumbo tree to article text: choosing the content root and dropping
// boilerplate. Internal to the HTML extractor (html.cc).
#ifndef TOCSIN_INGEST_HTML_TEXT_H_
#define TOCSIN_INGEST_HTML_TEXT_H_

#include <gumbo.h>

#include <string>
#include <string_view>
#include <unordered_map>

namespace tocsin {

// Visible text bytes (ASCII whitespace excluded) under each element, with
// script-like elements counted as empty. Built once per page; lets the
// extractor compare blocks without walking subtrees again.
class TextLengths {
 public:
  explicit TextLengths(const GumboNode* root);
  size_t Of(const GumboNode* node) const;

 private:
  std::unordered_map<const GumboNode*, size_t> lengths_;
};

// The element holding the article: the largest [itemprop=articleBody], else
// the largest <article>, else <main> or [role=main], else <body>, else the
// document node. Never null.
const GumboNode* ChooseContentRoot(const GumboNode* document,
                                   const TextLengths& lengths);

// Paragraph text under `root` (see paragraphs.h), with script-like
// elements, navigation, header/footer/aside and blocks whose class, id, role
// or aria-label name boilerplate (cookie banners, share widgets, comments,
// related links...) removed. A form or a block named like boilerplate that
// holds more than half of the root's text (and 120 non-blank bytes) is kept:
// it is a wrapper, not boilerplate (ASP.NET pages put everything inside one
// <form>).
std::string ExtractText(const GumboNode* root, const TextLengths& lengths);

// All text under `node` as one line (for <title>, <h1>).
std::string NodeTextLine(const GumboNode* node);

// Attribute value or "" (gumbo lower-cases attribute names).
std::string_view Attr(const GumboNode* node, const char* name);

// True when the class/id/aria-label value names a boilerplate block.
bool NamesBoilerplate(std::string_view value);

}  // namespace tocsin

#endif  // TOCSIN_INGEST_HTML_TEXT_H_
