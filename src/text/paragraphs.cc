#include "text/paragraphs.h"

#include <cstring>

#include "text/utf8.h"

namespace tocsin {
namespace {

using text_internal::DecodeUtf8;
using text_internal::IsLower;

bool EndsLikeSentence(char c) {
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' ||
         c == '\'' || c == ')';
}

// Updates the wrap statistics for a single line break between the line
// ending (trimmed) at prev_last and the line starting at next_first.
void CountBreak(std::string_view s, size_t prev_last, size_t next_first,
                LineStats* stats) {
  ++stats->line_breaks;
  if (EndsLikeSentence(s[prev_last])) return;
  int len = 1;
  if (IsLower(DecodeUtf8(s, next_first, &len))) ++stats->wrapped_breaks;
}

}  // namespace

void SplitParagraphs(std::string_view s, std::vector<NormSpan>* paragraphs,
                     LineStats* stats) {
  paragraphs->clear();
  *stats = LineStats();
  const size_t n = s.size();
  bool in_para = false;
  size_t para_begin = 0;
  size_t para_end = 0;  // end of the last non-blank line, trimmed
  size_t line = 0;
  while (line < n) {
    const void* nl = std::memchr(s.data() + line, '\n', n - line);
    const size_t line_end =
        nl == nullptr ? n : static_cast<const char*>(nl) - s.data();
    size_t first = line;
    while (first < line_end && s[first] == ' ') ++first;
    if (first == line_end) {  // blank line: closes the paragraph
      if (in_para) {
        paragraphs->push_back({static_cast<uint32_t>(para_begin),
                               static_cast<uint32_t>(para_end)});
        in_para = false;
      }
    } else {
      size_t last = line_end;
      while (last > first && s[last - 1] == ' ') --last;
      if (!in_para) {
        in_para = true;
        para_begin = first;
      } else {
        CountBreak(s, para_end - 1, first, stats);
      }
      para_end = last;
    }
    line = line_end + 1;
  }
  if (in_para) {
    paragraphs->push_back(
        {static_cast<uint32_t>(para_begin), static_cast<uint32_t>(para_end)});
  }
}

}  // namespace tocsin
