// Sentence segmentation over the tokens of one paragraph.
//
// A sentence ends:
//  - after . ! ? or a run of them, plus any closing quotes or brackets that
//    follow ("Il part." / "fin. »" keep the quote), when the next token can
//    start a sentence: not lower-case, not , ; : ) and the like. After an
//    ellipsis ("...", "…") only an upper-case start breaks;
//  - after an abbreviation's period according to its kind (lexicon.h):
//    never for titles ("M.", "Gen."), before a typical opener word for
//    initials and dotted acronyms ("U.S. The ..." but "George W. Bush"),
//    before any capitalised word for the rest ("etc. Les");
//  - at a line break when the line has no final punctuation (headlines,
//    bylines, credits), unless the line ends with , : ; - or an opening
//    bracket or quote, or the next line starts in lower case; in hard-wrapped
//    text (paragraphs.h) line breaks are only spaces;
//  - before a photo credit closing its line: "... nouvelles images
//    Crédit : Twitter/@x" ends "... images" and the credit is a sentence;
//  - at the end of the paragraph, and after kMaxSentenceTokens tokens.
// A quote opened and not closed does not force or block any break.
#ifndef TOCSIN_TEXT_SEGMENT_H_
#define TOCSIN_TEXT_SEGMENT_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/lexicon.h"
#include "text/tokenize.h"
#include "tocsin/text.h"

namespace tocsin {

// Longer runs without a boundary (tables, lists, garbage) are cut so later
// stages never see unbounded sentences.
inline constexpr uint32_t kMaxSentenceTokens = 512;

struct SegmentInput {
  std::string_view normalized;
  const std::vector<Token>* tokens;
  const std::vector<TokenInfo>* infos;  // parallel to *tokens
  bool hard_wrapped = false;
};

class Segmenter {
 public:
  // `lexicon` is not owned and must outlive the segmenter.
  explicit Segmenter(const TextLexicon* lexicon) : lexicon_(lexicon) {}

  // Appends the sentences covering tokens [first_token, end_token), which
  // are the tokens of paragraph `paragraph`. Thread-safe (const).
  void Segment(const SegmentInput& input, uint32_t first_token,
               uint32_t end_token, uint32_t paragraph, TokenLanguage language,
               std::vector<Sentence>* sentences) const;

 private:
  const TextLexicon* lexicon_;
};

}  // namespace tocsin

#endif  // TOCSIN_TEXT_SEGMENT_H_
