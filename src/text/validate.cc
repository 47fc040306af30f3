#include "text/validate.h"

#include <string>

namespace tocsin {
namespace {

bool IsBoundary(const std::string& s, uint32_t offset) {
  if (offset == 0 || offset == s.size()) return true;
  if (offset > s.size()) return false;
  return (static_cast<unsigned char>(s[offset]) & 0xC0) != 0x80;
}

Status Broken(const std::string& what, size_t index) {
  return InternalError("front-end invariant broken: " + what + " at index " +
                       std::to_string(index));
}

Status CheckSpan(const std::string& text, uint32_t begin, uint32_t end,
                 const char* what, size_t index) {
  if (begin > end || end > text.size()) return Broken(std::string(what) + " out of range", index);
  if (!IsBoundary(text, begin) || !IsBoundary(text, end)) {
    return Broken(std::string(what) + " splits a UTF-8 character", index);
  }
  return Status::OK();
}

Status CheckNormMap(const Document& doc, const AnalyzedText& text) {
  if (text.norm_to_orig.size() != text.normalized.size() + 1) {
    return Broken("norm_to_orig size", text.norm_to_orig.size());
  }
  for (size_t i = 0; i < text.norm_to_orig.size(); ++i) {
    if (text.norm_to_orig[i] > doc.text.size()) return Broken("norm_to_orig range", i);
    if (i > 0 && text.norm_to_orig[i] < text.norm_to_orig[i - 1]) {
      return Broken("norm_to_orig not monotonic", i);
    }
  }
  return Status::OK();
}

Status CheckTokens(const Document& doc, const AnalyzedText& text,
                   const Sentence& s, size_t si) {
  if (s.first_token > s.end_token || s.end_token > text.tokens.size()) {
    return Broken("sentence token range", si);
  }
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    const Token& t = text.tokens[i];
    TOCSIN_RETURN_IF_ERROR(CheckSpan(doc.text, t.begin, t.end, "token", i));
    if (t.begin == t.end) return Broken("empty token", i);
    if (t.begin < s.begin || t.end > s.end) return Broken("token outside its sentence", i);
    if (i > 0 && t.begin < text.tokens[i - 1].end) return Broken("tokens overlap", i);
    TOCSIN_RETURN_IF_ERROR(CheckSpan(text.normalized, t.norm_begin, t.norm_end, "token norm span", i));
    if (t.lemma_begin > t.lemma_end || t.lemma_end > text.lemmas.size()) {
      return Broken("token lemma span", i);
    }
  }
  return Status::OK();
}

}  // namespace

Status ValidateAnalysis(const Document& doc, const AnalyzedText& text) {
  TOCSIN_RETURN_IF_ERROR(CheckNormMap(doc, text));
  for (size_t i = 0; i < text.paragraphs.size(); ++i) {
    const Paragraph& p = text.paragraphs[i];
    TOCSIN_RETURN_IF_ERROR(CheckSpan(doc.text, p.begin, p.end, "paragraph", i));
    if (i > 0 && p.begin < text.paragraphs[i - 1].end) return Broken("paragraphs overlap", i);
  }
  uint32_t expected_first_token = 0;
  for (size_t i = 0; i < text.sentences.size(); ++i) {
    const Sentence& s = text.sentences[i];
    TOCSIN_RETURN_IF_ERROR(CheckSpan(doc.text, s.begin, s.end, "sentence", i));
    if (i > 0 && s.begin < text.sentences[i - 1].end) return Broken("sentences overlap", i);
    if (s.first_token != expected_first_token) return Broken("sentence tokens not contiguous", i);
    expected_first_token = s.end_token;
    if (!text.paragraphs.empty()) {
      if (s.paragraph >= text.paragraphs.size()) return Broken("sentence paragraph index", i);
      const Paragraph& p = text.paragraphs[s.paragraph];
      if (s.begin < p.begin || s.end > p.end) return Broken("sentence outside its paragraph", i);
    }
    TOCSIN_RETURN_IF_ERROR(CheckTokens(doc, text, s, i));
  }
  if (expected_first_token != text.tokens.size()) {
    return Broken("tokens outside every sentence", expected_first_token);
  }
  return Status::OK();
}

}  // namespace tocsin
