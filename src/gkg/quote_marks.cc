#include "gkg/quote_marks.h"

#include <string_view>

#include "gkg/token_view.h"

namespace tocsin {
namespace gkg {
namespace {

enum Family : uint8_t { kNoMark, kGuillemet, kCurly, kStraight, kSingle };
enum Direction : uint8_t { kOpens = 1, kCloses = 2, kEither = 3 };

struct Mark {
  Family family = kNoMark;
  uint8_t direction = 0;
};

// The mark at token i of the paragraph [first, end), if it is one.
Mark Classify(const Document& doc, const AnalyzedText& text, uint32_t i,
              uint32_t first, uint32_t end) {
  const Token& t = text.tokens[i];
  const bool particle = t.word_class == WordClass::kParticle;
  if (t.word_class != WordClass::kPunctuation && !particle) return {};
  const std::string_view s = Surface(doc, t);
  // Every mark below starts with one of these bytes; the commas and
  // periods that make most punctuation leave here, before ten compares.
  if (s.empty() || (s[0] != '"' && s[0] != '\xC2' && s[0] != '\xE2')) {
    return {};
  }
  const bool space_before = i == first || (t.flags & kTokenSpaceBefore);
  const bool at_end = i + 1 >= end;
  const bool space_after =
      at_end || (text.tokens[i + 1].flags & kTokenSpaceBefore);
  const bool punct_after = !at_end && IsPunct(text.tokens[i + 1]);
  // Spacing alone: an opener hugs the next word, a closer the previous.
  uint8_t by_space = kEither;
  if (space_before && !space_after && !punct_after) by_space = kOpens;
  if (!space_before && (space_after || punct_after)) by_space = kCloses;
  if (particle) {
    // A possessive ’ closes a quote only before punctuation ("ours’.").
    if (s != "\xE2\x80\x99" || !(at_end || punct_after)) return {};
    return {kSingle, kCloses};
  }
  if (s == "\xC2\xAB") return {kGuillemet, kOpens};    // «
  if (s == "\xC2\xBB") return {kGuillemet, kCloses};   // »
  if (s == "\xE2\x80\xB9") return {kSingle, kOpens};   // ‹
  if (s == "\xE2\x80\xBA") return {kSingle, kCloses};  // ›
  if (s == "\xE2\x80\x98") return {kSingle, kOpens};   // ‘
  if (s == "\xE2\x80\x99") return {kSingle, kCloses};  // ’
  if (s == "\xE2\x80\x9E") return {kCurly, kOpens};    // „
  if (s == "\xE2\x80\x9C" || s == "\xE2\x80\x9D") {    // “ ”
    // Mostly by glyph, but “ closes „ and some texts reverse them.
    return {kCurly, by_space == kEither ? static_cast<uint8_t>(
                                              s[2] == '\x9C' ? kOpens : kCloses)
                                        : by_space};
  }
  if (s == "\"") return {kStraight, by_space};
  return {};
}

bool HasWord(const AnalyzedText& text, QuoteSegment seg) {
  for (uint32_t i = seg.first; i < seg.end; ++i) {
    if (!IsPunct(text.tokens[i])) return true;
  }
  return false;
}

}  // namespace

void FindQuotedSpans(const Document& doc, const AnalyzedText& text,
                     std::vector<QuotedSpan>* spans,
                     std::vector<QuoteSegment>* segments) {
  thread_local std::vector<QuoteSegment> current;  // the open quotation's
  current.clear();
  bool active = false;
  Family family = kNoMark;
  uint32_t open_token = 0, open_byte = 0, segment_first = 0, paragraphs = 0;

  auto emit = [&](uint32_t close, bool closed, uint32_t last_end) {
    current.push_back({segment_first, last_end});
    QuotedSpan span;
    span.open = open_token;
    span.close = close;
    span.closed = closed;
    span.first_segment = static_cast<uint32_t>(segments->size());
    for (const QuoteSegment& seg : current) {
      if (HasWord(text, seg)) segments->push_back(seg);
    }
    span.segment_count =
        static_cast<uint32_t>(segments->size()) - span.first_segment;
    if (span.segment_count > 0) spans->push_back(span);
    current.clear();
    active = false;
  };
  auto open = [&](uint32_t i, Family f) {
    current.clear();
    active = true;
    family = f;
    open_token = i;
    open_byte = text.tokens[i].begin;
    segment_first = i + 1;
    paragraphs = 1;
  };

  const std::vector<Sentence>& sentences = text.sentences;
  uint32_t previous_end = 0;
  for (size_t s = 0; s < sentences.size();) {
    // One paragraph: the sentences that share its index.
    const uint32_t paragraph = sentences[s].paragraph;
    const uint32_t first = sentences[s].first_token;
    size_t next = s + 1;
    while (next < sentences.size() && sentences[next].paragraph == paragraph) {
      ++next;
    }
    const uint32_t end = sentences[next - 1].end_token;
    s = next;
    if (first >= end) continue;
    uint32_t i = first;
    if (active) {
      const Mark m = Classify(doc, text, first, first, end);
      if (m.family == family && (m.direction & kOpens) &&
          paragraphs < kMaxQuoteParagraphs) {
        current.push_back({segment_first, previous_end});
        segment_first = first + 1;
        ++paragraphs;
        i = first + 1;
      } else {
        emit(previous_end, false, previous_end);
      }
    }
    for (; i < end; ++i) {
      if (active && text.tokens[i].end - open_byte > kMaxQuoteBytes) {
        active = false;  // too long to be a quotation: drop it
        current.clear();
      }
      const Mark m = Classify(doc, text, i, first, end);
      if (m.family == kNoMark) continue;
      if (!active) {
        if (m.direction & kOpens) open(i, m.family);
        continue;
      }
      if (m.family != family) continue;  // nested: part of the text
      if (m.direction & kCloses) {
        emit(i, true, i);
      } else {
        open(i, m.family);  // the previous one was never closed
      }
    }
    previous_end = end;
  }
  if (active) emit(previous_end, false, previous_end);
}

}  // namespace gkg
}  // namespace tocsin
