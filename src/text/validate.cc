#include "text/validate.h"

#include <algorithm>
#include <limits>
#include <string>
#include <vector>

namespace tocsin {
namespace {

// The first broken invariant: what it is and where. `what` is null while
// all hold. Checks build no Status on the way (this runs on every document
// the CLI writes): only a failure becomes one, in ValidateAnalysis.
struct Problem {
  const char* what = nullptr;
  const char* part = "";  // the span's kind, for the span checks
  size_t index = 0;
  bool Set(const char* w, size_t i, const char* p = "") {
    what = w;
    part = p;
    index = i;
    return false;
  }
};

inline bool IsBoundary(const std::string& s, uint32_t offset) {
  if (offset == 0 || offset == s.size()) return true;
  if (offset > s.size()) return false;
  return (static_cast<unsigned char>(s[offset]) & 0xC0) != 0x80;
}

inline bool CheckSpan(const std::string& text, uint32_t begin, uint32_t end,
                      const char* part, size_t index, Problem* problem) {
  if (begin > end || end > text.size()) {
    return problem->Set("out of range", index, part);
  }
  if (!IsBoundary(text, begin) || !IsBoundary(text, end)) {
    return problem->Set("splits a UTF-8 character", index, part);
  }
  return true;
}

bool CheckNormMap(const Document& doc, const AnalyzedText& text,
                  Problem* problem) {
  if (text.norm_to_orig.size() != text.normalized.size() + 1) {
    return problem->Set("norm_to_orig size", text.norm_to_orig.size());
  }
  // Four bytes of map per byte of text: a branch-free pass the compiler
  // vectorises says whether all is well (nearly always); only when it is
  // not does the loop below look for where. (size >= 1: checked above.)
  const std::vector<uint32_t>& map = text.norm_to_orig;
  const uint32_t limit = static_cast<uint32_t>(
      std::min<size_t>(doc.text.size(), std::numeric_limits<uint32_t>::max()));
  uint32_t bad = map[0] > limit;
  for (size_t i = 1; i < map.size(); ++i) {
    bad |= static_cast<uint32_t>(map[i] > limit) |
           static_cast<uint32_t>(map[i] < map[i - 1]);
  }
  if (bad == 0 && doc.text.size() <= limit) return true;
  for (size_t i = 0; i < text.norm_to_orig.size(); ++i) {
    if (text.norm_to_orig[i] > doc.text.size()) {
      return problem->Set("norm_to_orig range", i);
    }
    if (i > 0 && text.norm_to_orig[i] < text.norm_to_orig[i - 1]) {
      return problem->Set("norm_to_orig not monotonic", i);
    }
  }
  return true;
}

bool CheckTokens(const Document& doc, const AnalyzedText& text,
                 const Sentence& s, size_t si, Problem* problem) {
  if (s.first_token > s.end_token || s.end_token > text.tokens.size()) {
    return problem->Set("sentence token range", si);
  }
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    const Token& t = text.tokens[i];
    if (!CheckSpan(doc.text, t.begin, t.end, "token", i, problem)) {
      return false;
    }
    if (t.begin == t.end) return problem->Set("empty token", i);
    if (t.begin < s.begin || t.end > s.end) {
      return problem->Set("token outside its sentence", i);
    }
    if (i > 0 && t.begin < text.tokens[i - 1].end) {
      return problem->Set("tokens overlap", i);
    }
    if (!CheckSpan(text.normalized, t.norm_begin, t.norm_end, "token norm span",
                   i, problem)) {
      return false;
    }
    if (t.lemma_begin > t.lemma_end || t.lemma_end > text.lemmas.size()) {
      return problem->Set("token lemma span", i);
    }
  }
  return true;
}

bool Check(const Document& doc, const AnalyzedText& text, Problem* problem) {
  if (!CheckNormMap(doc, text, problem)) return false;
  for (size_t i = 0; i < text.paragraphs.size(); ++i) {
    const Paragraph& p = text.paragraphs[i];
    if (!CheckSpan(doc.text, p.begin, p.end, "paragraph", i, problem)) {
      return false;
    }
    if (i > 0 && p.begin < text.paragraphs[i - 1].end) {
      return problem->Set("paragraphs overlap", i);
    }
  }
  uint32_t expected_first_token = 0;
  for (size_t i = 0; i < text.sentences.size(); ++i) {
    const Sentence& s = text.sentences[i];
    if (!CheckSpan(doc.text, s.begin, s.end, "sentence", i, problem)) {
      return false;
    }
    if (i > 0 && s.begin < text.sentences[i - 1].end) {
      return problem->Set("sentences overlap", i);
    }
    if (s.first_token != expected_first_token) {
      return problem->Set("sentence tokens not contiguous", i);
    }
    expected_first_token = s.end_token;
    if (!text.paragraphs.empty()) {
      if (s.paragraph >= text.paragraphs.size()) {
        return problem->Set("sentence paragraph index", i);
      }
      const Paragraph& p = text.paragraphs[s.paragraph];
      if (s.begin < p.begin || s.end > p.end) {
        return problem->Set("sentence outside its paragraph", i);
      }
    }
    if (!CheckTokens(doc, text, s, i, problem)) return false;
  }
  if (expected_first_token != text.tokens.size()) {
    return problem->Set("tokens outside every sentence", expected_first_token);
  }
  return true;
}

}  // namespace

Status ValidateAnalysis(const Document& doc, const AnalyzedText& text) {
  Problem problem;
  if (Check(doc, text, &problem)) return Status::OK();
  std::string what = problem.what;
  if (*problem.part != '\0') what = std::string(problem.part) + " " + what;
  return InternalError("front-end invariant broken: " + what + " at index " +
                       std::to_string(problem.index));
}

}  // namespace tocsin
