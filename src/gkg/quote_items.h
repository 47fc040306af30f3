// The utterances a document reports before attribution: direct quotations
// (quoted spans, split ones joined) and indirect speech clauses. Internal
// to src/gkg (quotes.cc).
#ifndef TOCSIN_GKG_QUOTE_ITEMS_H_
#define TOCSIN_GKG_QUOTE_ITEMS_H_

#include <cstdint>
#include <vector>

#include "gkg/attribution.h"
#include "gkg/quote_marks.h"

namespace tocsin {
namespace gkg {

struct Utterance {
  bool direct = true;
  uint32_t anchor = 0;  // token that orders utterances: open mark or verb
  // Direct: spans [first_span, first_span + span_count).
  uint32_t first_span = 0, span_count = 0;
  // Indirect: the speech verb (verb_len tokens) and the clause tokens.
  uint32_t verb = 0, verb_len = 0, clause_first = 0, clause_end = 0;
};

// One utterance per quotation: consecutive spans of one sentence join when
// a short incise with a speech verb separates them ("“A,” he said, “B.”"),
// or when the first is a fragment of at most three words opening its
// sentence ("“Cet” autre train … “transporte …”").
void JoinSpans(const SpeechContext& c, const std::vector<QuotedSpan>& spans,
               const std::vector<QuoteSegment>& segments,
               std::vector<Utterance>* out);

// Appends the indirect speech clauses: a speech verb, at most eight light
// words ("told reporters", "a déclaré mardi"), then que/qu'/that; the
// clause runs to the end of its sentence, or to a comma that opens another
// reported clause ("…, il a expliqué que …"). Clauses inside quotations
// (in_quote[token] != 0) are skipped.
void FindIndirect(const SpeechContext& c, const std::vector<uint8_t>& in_quote,
                  std::vector<Utterance>* out);

// Whitespace-separated words of a direct utterance.
int UtteranceWords(const SpeechContext& c, const Utterance& u,
                   const std::vector<QuotedSpan>& spans,
                   const std::vector<QuoteSegment>& segments);

}  // namespace gkg
}  // namespace tocsin

#endif  // TOCSIN_GKG_QUOTE_ITEMS_H_
