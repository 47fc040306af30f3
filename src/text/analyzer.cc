#include "text/analyzer.h"

#include <atomic>
#include <utility>
#include <vector>

#include "text/normalize.h"
#include "text/paragraphs.h"
#include "util/paths.h"

namespace tocsin {
namespace {

// Per-thread scratch that is not part of AnalyzedText.
struct AnalyzerScratch {
  std::vector<NormSpan> paragraphs;
  std::vector<TokenInfo> infos;
};

thread_local AnalyzerScratch tls_scratch;

}  // namespace

StatusOr<std::unique_ptr<TextAnalyzer>> TextAnalyzer::Create(
    const TextAnalyzerOptions& options) {
  const std::string dir =
      options.dict_dir.empty() ? DictDir() : options.dict_dir;
  TOCSIN_ASSIGN_OR_RETURN(TextLexicon lexicon, LoadTextLexicon(dir));
  return std::unique_ptr<TextAnalyzer>(new TextAnalyzer(std::move(lexicon)));
}

TextAnalyzer::TextAnalyzer(TextLexicon lexicon)
    : lexicon_(std::move(lexicon)),
      language_(lexicon_),
      tokenizer_(&lexicon_),
      segmenter_(&lexicon_) {}

void TextAnalyzer::Analyze(const Document& doc, AnalyzedText* out) const {
  // Normalize overwrites the text and the map and sizes them itself; kept
  // out of Clear() with their old contents, they are not zero-filled again
  // before being written (four bytes of map per byte of text).
  std::string normalized = std::move(out->normalized);
  std::vector<uint32_t> norm_to_orig = std::move(out->norm_to_orig);
  out->Clear();
  static std::atomic<uint64_t> serials{0};
  out->serial = serials.fetch_add(1, std::memory_order_relaxed) + 1;
  Normalize(doc.text, &normalized, &norm_to_orig);
  out->normalized = std::move(normalized);
  out->norm_to_orig = std::move(norm_to_orig);
  AnalyzerScratch& scratch = tls_scratch;
  LineStats lines;
  SplitParagraphs(out->normalized, &scratch.paragraphs, &lines);

  const std::vector<uint32_t>& n2o = out->norm_to_orig;
  out->paragraphs.resize(scratch.paragraphs.size());
  for (size_t i = 0; i < scratch.paragraphs.size(); ++i) {
    out->paragraphs[i].begin = n2o[scratch.paragraphs[i].begin];
    out->paragraphs[i].end = n2o[scratch.paragraphs[i].end];
  }
  language_.Identify(out->normalized, scratch.paragraphs, doc.language,
                     &out->language, out->paragraphs);

  scratch.infos.clear();
  const TokenizerInput tokenizer_input{doc.text, out->normalized, n2o.data()};
  SegmentInput segment_input;
  segment_input.normalized = out->normalized;
  segment_input.tokens = &out->tokens;
  segment_input.infos = &scratch.infos;
  segment_input.hard_wrapped = lines.HardWrapped();
  for (size_t i = 0; i < scratch.paragraphs.size(); ++i) {
    const auto first = static_cast<uint32_t>(out->tokens.size());
    const TokenLanguage language =
        TokenLanguageFor(out->paragraphs[i].language);
    tokenizer_.Tokenize(tokenizer_input, scratch.paragraphs[i], language,
                        &out->tokens, &scratch.infos);
    segmenter_.Segment(segment_input, first,
                       static_cast<uint32_t>(out->tokens.size()),
                       static_cast<uint32_t>(i), language, &out->sentences);
  }
}

}  // namespace tocsin
