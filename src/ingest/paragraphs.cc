#include "ingest/paragraphs.h"

namespace tocsin {
namespace {

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

// Length of a blank-looking UTF-8 character at the start/end of `s`:
// U+00A0 no-break space, U+200B zero-width space, U+FEFF BOM; 0 otherwise.
size_t BlankPrefix(std::string_view s) {
  if (s.substr(0, 2) == "\xC2\xA0") return 2;
  if (s.substr(0, 3) == "\xE2\x80\x8B" || s.substr(0, 3) == "\xEF\xBB\xBF") {
    return 3;
  }
  return s.empty() || !IsAsciiSpace(s[0]) ? 0 : 1;
}
size_t BlankSuffix(std::string_view s) {
  if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") return 2;
  if (s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\x8B" ||
                        s.substr(s.size() - 3) == "\xEF\xBB\xBF"))
    return 3;
  return s.empty() || !IsAsciiSpace(s.back()) ? 0 : 1;
}

}  // namespace

void ParagraphBuilder::AddText(std::string_view utf8) {
  size_t i = 0;
  const size_t n = utf8.size();
  while (i < n) {
    if (IsAsciiSpace(utf8[i])) {
      pending_space_ = true;
      ++i;
      continue;
    }
    size_t j = i;
    while (j < n && !IsAsciiSpace(utf8[j])) ++j;
    if (pending_space_ && !paragraph_.empty()) paragraph_.push_back(' ');
    pending_space_ = false;
    paragraph_.append(utf8.data() + i, j - i);
    i = j;
  }
}

void ParagraphBuilder::EndParagraph() {
  pending_space_ = false;
  std::string_view p = paragraph_;
  for (size_t k; (k = BlankPrefix(p)) > 0;) p.remove_prefix(k);
  for (size_t k; (k = BlankSuffix(p)) > 0;) p.remove_suffix(k);
  if (!p.empty()) {
    if (!text_.empty()) text_.append("\n\n");
    text_.append(p);
  }
  paragraph_.clear();
}

std::string ParagraphBuilder::Finish() {
  EndParagraph();
  std::string out = std::move(text_);
  text_.clear();
  return out;
}

std::string PlainTextToParagraphs(std::string_view utf8) {
  ParagraphBuilder builder;
  size_t start = 0;
  while (start <= utf8.size()) {
    size_t end = utf8.find('\n', start);
    if (end == std::string_view::npos) end = utf8.size();
    std::string_view line = utf8.substr(start, end - start);
    bool blank = true;
    for (char c : line) blank = blank && IsAsciiSpace(c);
    if (blank) {
      builder.EndParagraph();
    } else {
      builder.AddText(line);
      builder.AddSpace();
    }
    start = end + 1;
  }
  return builder.Finish();
}

std::string CollapseWhitespace(std::string_view utf8) {
  ParagraphBuilder builder;
  builder.AddText(utf8);
  return builder.Finish();
}

}  // namespace tocsin
