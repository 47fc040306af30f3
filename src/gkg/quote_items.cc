#include "gkg/quote_items.h"

#include <algorithm>

#include "gkg/token_view.h"

namespace tocsin {
namespace gkg {
namespace {

int SpanWords(const SpeechContext& c, const QuotedSpan& span,
              const std::vector<QuoteSegment>& segments) {
  int words = 0;
  for (uint32_t k = 0; k < span.segment_count; ++k) {
    const QuoteSegment& seg = segments[span.first_segment + k];
    const uint32_t b = c.text->tokens[seg.first].begin;
    const uint32_t e = c.text->tokens[seg.end - 1].end;
    words += CountWords(std::string_view(c.doc->text).substr(b, e - b));
  }
  return words;
}

bool Joins(const SpeechContext& c, const QuotedSpan& a, const QuotedSpan& b,
           const std::vector<QuoteSegment>& segments) {
  const AnalyzedText& text = *c.text;
  if (!a.closed || b.open <= a.close + 1 || b.open - a.close > 25) {
    return false;
  }
  const uint32_t sa = (*c.sentence_of)[a.close];
  const uint32_t sb = (*c.sentence_of)[b.open];
  if (text.sentences[sa].paragraph != text.sentences[sb].paragraph) {
    return false;
  }
  bool speech = false;
  for (uint32_t q = a.close + 1; q < b.open; ++q) {
    if (IsSentenceEnd(text, q)) return false;
    speech |= SpeechVerbAt(c, q, b.open, kWordSpeech | kWordSpeechDirect) > 0;
  }
  const bool comma =
      NormIs(text, a.close - 1, ",") || NormIs(text, a.close + 1, ",");
  if (speech) return comma;
  // A fragment opening the sentence: "“Cet” autre train … “transporte …”".
  const uint32_t sentence_first =
      text.sentences[(*c.sentence_of)[a.open]].first_token;
  return a.open == sentence_first && sa == sb && SpanWords(c, a, segments) <= 3;
}

// The end of the clause that starts at `first`: the sentence's end, or a
// comma before another reported clause ("…, il a expliqué que …").
uint32_t ClauseEnd(const SpeechContext& c, uint32_t first, uint32_t end) {
  const AnalyzedText& text = *c.text;
  // Bounded work in run-on "sentences": a clause is at most this long.
  constexpr uint32_t kMaxClauseTokens = 160;
  end = std::min(end, first + kMaxClauseTokens);
  for (uint32_t q = first; q < end; ++q) {
    if (!NormIs(text, q, ",")) continue;
    const uint32_t window = std::min(end, q + 8);
    for (uint32_t v = q + 1; v < window; ++v) {
      const int n = SpeechVerbAt(c, v, window, kWordSpeech);
      if (n == 0) continue;
      for (uint32_t t = v + n; t < std::min(end, v + n + 3); ++t) {
        if (WordAt(*c.lex, text, t).kinds & kWordThat) return q;
      }
    }
  }
  // Without the final punctuation.
  while (end > first &&
         (IsSentenceEnd(text, end - 1) || NormIs(text, end - 1, ",") ||
          NormIs(text, end - 1, ";"))) {
    --end;
  }
  return end;
}

// Words that may stand between a speech verb and its que/that: "told
// reporters that", "a déclaré mardi à la presse que".
bool IsLight(const Token& t) {
  switch (t.word_class) {
    case WordClass::kAdverb:
    case WordClass::kAdposition:
    case WordClass::kDeterminer:
    case WordClass::kNoun:
    case WordClass::kProperNoun:
    case WordClass::kNumeral:
    case WordClass::kAdjective:
    case WordClass::kPronoun:
      return true;
    default:
      return false;
  }
}

}  // namespace

int UtteranceWords(const SpeechContext& c, const Utterance& u,
                   const std::vector<QuotedSpan>& spans,
                   const std::vector<QuoteSegment>& segments) {
  int words = 0;
  for (uint32_t k = 0; k < u.span_count; ++k) {
    words += SpanWords(c, spans[u.first_span + k], segments);
  }
  return words;
}

void JoinSpans(const SpeechContext& c, const std::vector<QuotedSpan>& spans,
               const std::vector<QuoteSegment>& segments,
               std::vector<Utterance>* out) {
  for (uint32_t k = 0; k < spans.size();) {
    Utterance u;
    u.direct = true;
    u.anchor = spans[k].open;
    u.first_span = k;
    u.span_count = 1;
    while (k + u.span_count < spans.size() &&
           Joins(c, spans[k + u.span_count - 1], spans[k + u.span_count],
                 segments)) {
      ++u.span_count;
    }
    k += u.span_count;
    out->push_back(u);
  }
}

void FindIndirect(const SpeechContext& c, const std::vector<uint8_t>& in_quote,
                  std::vector<Utterance>* out) {
  const AnalyzedText& text = *c.text;
  for (const Sentence& s : text.sentences) {
    for (uint32_t i = s.first_token + 1; i + 1 < s.end_token; ++i) {
      // Complementisers are short function words: test that before the
      // lexicon, which this loop would otherwise ask about every token.
      const Token& t = text.tokens[i];
      if (in_quote[i] || t.norm_end - t.norm_begin > 4 ||
          (t.word_class != WordClass::kSubordConj &&
           t.word_class != WordClass::kPronoun &&
           t.word_class != WordClass::kDeterminer) ||
          !(WordAt(*c.lex, text, i).kinds & kWordThat)) {
        continue;
      }
      int64_t verb = -1;
      int verb_len = 0;
      for (int64_t q = static_cast<int64_t>(i) - 1;
           q >= static_cast<int64_t>(s.first_token) && i - q <= 9; --q) {
        const uint32_t v = static_cast<uint32_t>(q);
        int n = SpeechVerbAt(c, v, i, kWordSpeech);
        // "X estime que": a present form the tagger called a noun.
        if (n == 0 && v + 1 == i &&
            text.tokens[v].word_class == WordClass::kNoun &&
            NounAsSpeechVerb(c, v)) {
          n = 1;
        }
        if (n > 0) {
          verb = v;
          verb_len = n;
          break;
        }
        // A participle may sit there too: "dans un message publié sur
        // Telegram que".
        if (!IsLight(text.tokens[v]) &&
            !(text.tokens[v].word_class == WordClass::kVerb && v > 0 &&
              text.tokens[v - 1].word_class == WordClass::kNoun)) {
          break;
        }
      }
      if (verb < 0) continue;
      Utterance u;
      u.direct = false;
      u.anchor = static_cast<uint32_t>(verb);
      u.verb = static_cast<uint32_t>(verb);
      u.verb_len = static_cast<uint32_t>(verb_len);
      u.clause_first = i + 1;
      u.clause_end = ClauseEnd(c, i + 1, s.end_token);
      if (u.clause_end > u.clause_first) out->push_back(u);
    }
  }
}

}  // namespace gkg
}  // namespace tocsin
