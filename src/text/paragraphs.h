// Paragraph splitting on the normalised text, and the line statistics the
// segmenter uses to tell hard-wrapped text from one-sentence-per-line text.
#ifndef TOCSIN_TEXT_PARAGRAPHS_H_
#define TOCSIN_TEXT_PARAGRAPHS_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace tocsin {

// A byte range [begin, end) in AnalyzedText::normalized.
struct NormSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
};

struct LineStats {
  uint32_t line_breaks = 0;  // single '\n' inside paragraphs
  // ... of which the line before has no final punctuation and the line
  // after starts with a lower-case letter: the signature of hard wrapping.
  uint32_t wrapped_breaks = 0;

  // True when single line breaks are layout, not structure (e.g. newswire
  // wrapped at 70 columns), so they must not end sentences on their own.
  bool HardWrapped() const {
    return wrapped_breaks >= 2 && wrapped_breaks * 4 >= line_breaks;
  }
};

// Splits `normalized` (only ' ' and '\n' as white space) into paragraphs:
// blocks separated by lines that are empty or all spaces. Each span is
// trimmed of surrounding white space; blank text gives no paragraph.
// *paragraphs is overwritten.
void SplitParagraphs(std::string_view normalized,
                     std::vector<NormSpan>* paragraphs, LineStats* stats);

}  // namespace tocsin

#endif  // TOCSIN_TEXT_PARAGRAPHS_H_
