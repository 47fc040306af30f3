#include "text/segment.h"

#include "text/utf8.h"

namespace tocsin {
namespace {

using text_internal::DecodeUtf8;
using text_internal::IsLower;
using text_internal::IsUpper;

// Words that introduce a photo or image credit at the end of a caption.
bool IsCreditWord(std::string_view w) {
  for (std::string_view c :
       {"Cr\xC3\xA9"
        "dit",
        "Cr\xC3\xA9"
        "dits",
        "Credit", "Credits", "Photo", "Photos", "Photograph", "Picture",
        "Image", "Images", "Illustration", "Source", "Copyright"}) {
    if (w == c) return true;
  }
  return false;
}

class ParagraphSegmenter {
 public:
  ParagraphSegmenter(const SegmentInput& in, const TextLexicon& lex,
                     TokenLanguage lang, uint32_t end)
      : in_(in),
        tokens_(*in.tokens),
        infos_(*in.infos),
        lex_(lex),
        lang_(lang),
        end_(end) {}

  // Whether a sentence ends after token t (of a sentence that started at
  // `start`); *last is then the sentence's last token (t or a closer after
  // it).
  bool BreakAfter(uint32_t start, uint32_t t, uint32_t* last) const {
    *last = t;
    const TokenInfo& info = infos_[t];
    // Fast rejection for the common token: not punctuation that can end a
    // sentence, no abbreviation, no line break after, no "Crédit :" next.
    if (info.kind == 0 && info.abbrev == AbbrevKind::kNone &&
        infos_[t + 1].newlines_before == 0 &&
        (t + 2 >= end_ || (infos_[t + 2].kind & TokenInfo::kColon) == 0)) {
      return false;
    }
    if (info.kind & TokenInfo::kTerminal) {
      const uint32_t k = SkipClosers(t + 1);
      *last = k - 1;
      if (k == end_) return false;  // the paragraph end closes it
      if (infos_[k].newlines_before > 0) {
        return !in_.hard_wrapped || StartsSentence(k);
      }
      if (info.kind & TokenInfo::kEllipsis) return StartsUpper(k);
      return StartsSentence(k);
    }
    const AbbrevKind abbrev = info.abbrev;
    if (abbrev != AbbrevKind::kNone) {
      const uint32_t k = SkipClosers(t + 1);
      *last = k - 1;
      if (k == end_) return false;
      const bool newline = infos_[k].newlines_before > 0 && !in_.hard_wrapped;
      switch (abbrev) {
        case AbbrevKind::kInitial:
          return IsOpener(k) || (newline && StartsUpper(k));
        case AbbrevKind::kPlain:
          return StartsUpper(k) || (newline && StartsSentence(k));
        default:
          return false;
      }
    }
    if (infos_[t + 1].newlines_before > 0 && !in_.hard_wrapped) {
      return !IsContinuation(t) && !StartsLower(t + 1);
    }
    return t > start && CreditEndsLine(t + 1) && !IsContinuation(t);
  }

 private:
  std::string_view Text(uint32_t t) const {
    const Token& tok = tokens_[t];
    return in_.normalized.substr(tok.norm_begin, tok.norm_end - tok.norm_begin);
  }

  bool IsCloser(uint32_t k) const {
    const std::string_view w = Text(k);
    const bool attached = (tokens_[k].flags & kTokenSpaceBefore) == 0;
    if (w == ")" || w == "]" || w == "}") return attached;
    if (w != "\"" && w != "'") return false;
    const QuoteKind q = infos_[k].quote;
    return q == QuoteKind::kClose || (q == QuoteKind::kAmbiguous && attached);
  }

  uint32_t SkipClosers(uint32_t k) const {
    while (k < end_ && infos_[k].newlines_before == 0 && IsCloser(k)) ++k;
    return k;
  }

  char32_t FirstChar(uint32_t k) const {
    int len = 1;
    return DecodeUtf8(Text(k), 0, &len);
  }

  bool StartsLower(uint32_t k) const { return IsLower(FirstChar(k)); }

  // Upper case, possibly behind an opening quote or bracket.
  bool StartsUpper(uint32_t k) const {
    const std::string_view w = Text(k);
    if ((w == "\"" || w == "'" || w == "(" || w == "[") && k + 1 < end_ &&
        infos_[k].quote != QuoteKind::kClose) {
      return IsUpper(FirstChar(k + 1));
    }
    return IsUpper(FirstChar(k));
  }

  bool StartsSentence(uint32_t k) const {
    const char32_t c = FirstChar(k);
    if (IsLower(c)) return false;
    switch (c) {
      case ',':
      case ';':
      case ':':
      case ')':
      case ']':
      case '}':
      case '%':
      case '.':
      case '!':
      case '?':
        return false;
      case '"':
      case '\'':
        return infos_[k].quote != QuoteKind::kClose;
      default:
        return true;
    }
  }

  // A capitalised word that typically opens a sentence ("The", "Il", "L'").
  bool IsOpener(uint32_t k) const {
    if ((tokens_[k].flags & kTokenCapitalized) == 0) return false;
    const std::string_view w = Text(k);
    if (lang_ != TokenLanguage::kFrench &&
        lex_.en.sentence_starters.FindLower(w)) {
      return true;
    }
    return lang_ != TokenLanguage::kEnglish &&
           lex_.fr.sentence_starters.FindLower(w);
  }

  // The line goes on after token t.
  bool IsContinuation(uint32_t t) const {
    const std::string_view w = Text(t);
    if (w == "," || w == ":" || w == ";" || w == "(" || w == "[" || w == "/" ||
        w == "&" || w == "+" || (!w.empty() && w[0] == '-')) {
      return true;
    }
    if ((w == "\"" || w == "'") && infos_[t].quote == QuoteKind::kOpen) {
      return true;
    }
    return infos_[t].abbrev == AbbrevKind::kPrefix;
  }

  // Token k starts "Crédit :" (or "Photo:" ...) and the line ends within a
  // few tokens: a credit closing a caption.
  bool CreditEndsLine(uint32_t k) const {
    constexpr uint32_t kMaxCreditTokens = 10;
    if (k + 2 >= end_ || Text(k + 1) != ":" || !IsCreditWord(Text(k))) {
      return false;
    }
    for (uint32_t j = k + 2; j < end_ && j < k + kMaxCreditTokens; ++j) {
      if (infos_[j].newlines_before > 0) return true;
    }
    return end_ <= k + kMaxCreditTokens;
  }

  const SegmentInput& in_;
  const std::vector<Token>& tokens_;
  const std::vector<TokenInfo>& infos_;
  const TextLexicon& lex_;
  TokenLanguage lang_;
  uint32_t end_;
};

}  // namespace

void Segmenter::Segment(const SegmentInput& input, uint32_t first_token,
                        uint32_t end_token, uint32_t paragraph,
                        TokenLanguage language,
                        std::vector<Sentence>* sentences) const {
  const std::vector<Token>& tokens = *input.tokens;
  auto close = [&](uint32_t first, uint32_t last) {
    Sentence s;
    s.begin = tokens[first].begin;
    s.end = tokens[last].end;
    s.first_token = first;
    s.end_token = last + 1;
    s.paragraph = paragraph;
    sentences->push_back(s);
  };
  const ParagraphSegmenter seg(input, *lexicon_, language, end_token);
  uint32_t start = first_token;
  for (uint32_t t = first_token; t + 1 < end_token; ++t) {
    uint32_t last = t;
    if (t + 1 - start >= kMaxSentenceTokens ||
        seg.BreakAfter(start, t, &last)) {
      close(start, last);
      start = last + 1;
      t = last;
    }
  }
  if (start < end_token) close(start, end_token - 1);
}

}  // namespace tocsin
