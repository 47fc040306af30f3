// Language identification for documents and paragraphs.
//
// CLD2 is the detector, but at about 40 ns a byte it would cost more than the
// rest of the front end together, so a stopword count runs first: one pass
// over the text counting frequent English and French function words, per
// paragraph. When those counts make the answer obvious (news in English or
// French, the common case) CLD2 is skipped; CLD2 decides everything else
// (other languages, short or odd text, paragraphs whose counts disagree with
// the document).
#ifndef TOCSIN_TEXT_LANGUAGE_H_
#define TOCSIN_TEXT_LANGUAGE_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "text/lexicon.h"
#include "text/paragraphs.h"
#include "tocsin/text.h"

namespace tocsin {

// ISO 639-1 code from CLD2 for `text` (valid UTF-8), or "und" when CLD2
// does not know; the view points to static storage. *reliable is CLD2's own
// judgement; *second_percent is the share (0-100) of the text CLD2 gives to
// the runner-up language. Thread-safe.
std::string_view DetectLanguageCld2(std::string_view text, bool* reliable,
                                    int* second_percent);

// Stopword hits in a stretch of text.
struct StopwordCounts {
  uint32_t words = 0;
  uint32_t en = 0;
  uint32_t fr = 0;
};

class LanguageIdentifier {
 public:
  // Copies the stopword lists of `lexicon`.
  explicit LanguageIdentifier(const TextLexicon& lexicon);

  // Sets *doc_language and paragraphs[i].language for every paragraph, whose
  // text is normalized[spans[i].begin, spans[i].end). A non-empty `forced`
  // (Document::language) is used for the document and all its paragraphs.
  // Per-paragraph detection runs only for paragraphs that look different
  // from the document, or when the document is mixed or uncertain.
  // REQUIRES: paragraphs.size() == spans.size(). Thread-safe.
  void Identify(std::string_view normalized, std::span<const NormSpan> spans,
                std::string_view forced, std::string* doc_language,
                std::span<Paragraph> paragraphs) const;

  // Counts words and stopword hits in `text`.
  StopwordCounts Count(std::string_view text) const;

 private:
  // "en" or "fr" when the counts alone settle it, else "".
  static std::string_view Obvious(const StopwordCounts& c);
  static bool LooksDifferent(const StopwordCounts& c,
                             std::string_view doc_language);
  static std::string_view DetectParagraph(std::string_view text,
                                          const StopwordCounts& counts,
                                          std::string_view doc_language);

  // Open-addressing table of stopwords packed into 8-byte keys.
  static constexpr size_t kSlots = 1024;
  uint64_t keys_[kSlots] = {};
  uint8_t values_[kSlots] = {};  // bit 0 English, bit 1 French
  unsigned max_len_ = 0;         // longest stopword, in bytes
};

}  // namespace tocsin

#endif  // TOCSIN_TEXT_LANGUAGE_H_
