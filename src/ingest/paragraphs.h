// Building document text as paragraphs separated by a blank line.
//
// Every extractor (HTML pages, feed item bodies, plain-text feed fields)
// produces the same shape: paragraphs joined by "\n\n", whitespace inside a
// paragraph collapsed to single spaces, no leading or trailing whitespace.
// Later stages find paragraph boundaries by that "\n\n".
#ifndef TOCSIN_INGEST_PARAGRAPHS_H_
#define TOCSIN_INGEST_PARAGRAPHS_H_

#include <string>
#include <string_view>

namespace tocsin {

class ParagraphBuilder {
 public:
  // Appends UTF-8 text to the current paragraph; runs of ASCII whitespace
  // become one space. No-break spaces are kept (French typography uses them
  // before ':' and in numbers) except at paragraph edges.
  void AddText(std::string_view utf8);
  // A word boundary that has no whitespace of its own (between table cells).
  void AddSpace() { pending_space_ = true; }
  // Closes the current paragraph; an empty one is dropped.
  void EndParagraph();
  // Closes the current paragraph and returns the text. The builder is empty
  // afterwards.
  std::string Finish();

 private:
  std::string text_;
  std::string paragraph_;
  bool pending_space_ = false;
};

// Plain text to paragraphs: blank lines separate paragraphs, single line
// breaks and other whitespace runs become one space.
std::string PlainTextToParagraphs(std::string_view utf8);

// Collapses all whitespace, paragraph breaks included, to single spaces.
std::string CollapseWhitespace(std::string_view utf8);

}  // namespace tocsin

#endif  // TOCSIN_INGEST_PARAGRAPHS_H_
