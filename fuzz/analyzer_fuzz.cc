// Fuzzes the text front end: arbitrary bytes, made valid UTF-8 (malformed
// sequences become U+FFFD), go through TextAnalyzer::Analyze, and every span
// invariant is checked. The first byte picks the document language (detect,
// en, fr, de), so language-specific tokenisation is reached directly.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "text/analyzer.h"
#include "text/utf8.h"
#include "text/validate.h"

namespace {

constexpr size_t kMaxInput = 256 * 1024;

std::string ToValidUtf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (size_t i = 0; i < bytes.size();) {
    int len = 1;
    const char32_t c = tocsin::text_internal::DecodeUtf8(bytes, i, &len);
    if (c == tocsin::text_internal::kReplacementChar && len == 1) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(bytes.substr(i, len));
    }
    i += len;
  }
  return out;
}

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > kMaxInput) return 0;
  static const tocsin::TextAnalyzer* analyzer = [] {
    auto created = tocsin::TextAnalyzer::Create(tocsin::TextAnalyzerOptions{});
    if (!created.ok()) __builtin_trap();  // dict/ must be readable
    return std::move(created).value().release();
  }();
  static const char* const kLanguages[] = {"", "en", "fr", "de"};

  tocsin::Document doc;
  doc.language = kLanguages[data[0] % 4];
  doc.text = ToValidUtf8(
      std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));
  tocsin::AnalyzedText out;
  analyzer->Analyze(doc, &out);

  Check(tocsin::ValidateAnalysis(doc, out).ok());
  Check(out.norm_to_orig.size() == out.normalized.size() + 1);
  Check(!out.language.empty());
  for (const tocsin::Paragraph& p : out.paragraphs) {
    Check(!p.language.empty());
  }
  for (const tocsin::Token& t : out.tokens) {
    Check(t.begin < t.end && t.end <= doc.text.size());
    Check(t.norm_begin < t.norm_end && t.norm_end <= out.normalized.size());
    Check(out.norm_to_orig[t.norm_begin] == t.begin);
    Check(out.norm_to_orig[t.norm_end] == t.end);
  }
  // The same input analysed again into a used AnalyzedText gives the same
  // tokens: nothing leaks from one document to the next.
  static tocsin::AnalyzedText reused;
  analyzer->Analyze(doc, &reused);
  Check(reused.tokens.size() == out.tokens.size());
  Check(reused.sentences.size() == out.sentences.size());
  return 0;
}
