#include "cli/document_loop.h"

#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>

#include "text/validate.h"

namespace tocsin::cli {

void AddLoopOptions(CLI::App* command, LoopOptions* options) {
  command
      ->add_option("--max-input-mb", options->max_input_mb,
                   "Refuse input files larger than this many MB")
      ->capture_default_str();
  command
      ->add_option("--pipeline-batch", options->batch_documents,
                   "Documents coded together, stage by stage (faster); 1 "
                   "writes each document's results as soon as it is read")
      ->check(CLI::Range(size_t{1}, size_t{4096}))
      ->capture_default_str();
  command
      ->add_option("inputs", options->inputs,
                   "Files, directories, .gz, feed URLs, or - for JSON "
                   "Lines on stdin")
      ->required();
}

LoopSummary RunDocumentLoop(const Pipeline& pipeline,
                            const LoopOptions& options,
                            const AnalyzedCallback& on_analyzed,
                            const SkipPredicate& skip) {
  LoopSummary summary;
  ReadOptions read_options;
  read_options.max_input_bytes = options.max_input_mb << 20;
  // Reused from batch to batch: the loop allocates only as they grow.
  std::vector<Document> batch;
  std::vector<DocumentAnalysis> analyses;
  size_t batch_bytes = 0;
  auto start = std::chrono::steady_clock::now();
  auto flush = [&] {
    if (batch.empty()) return;
    if (analyses.size() < batch.size()) analyses.resize(batch.size());
    pipeline.ProcessBatch(batch, analyses);
    for (size_t i = 0; i < batch.size(); ++i) {
      const Document& doc = batch[i];
      const DocumentAnalysis& analysis = analyses[i];
      const AnalyzedText& analyzed = analysis.text;
      Status valid = ValidateAnalysis(doc, analyzed);
      if (!valid.ok()) {
        ++summary.analysis_failures;
        fmt::print(stderr, "tocsin: error: {}: {}\n", doc.source,
                   valid.ToString());
        continue;
      }
      ++summary.documents_by_language[analyzed.language];
      summary.sentences += analyzed.sentences.size();
      summary.tokens += analyzed.tokens.size();
      summary.text_bytes += doc.text.size();
      if (doc.invalid_bytes > 0) {
        fmt::print(stderr,
                   "tocsin: warning: {}: {} invalid byte(s) replaced by "
                   "U+FFFD (decoded as {})\n",
                   doc.source, doc.invalid_bytes, doc.encoding);
      }
      on_analyzed(doc, analysis);
    }
    batch.clear();
    batch_bytes = 0;
  };
  auto on_document = [&](Document&& doc) {
    if (skip && skip(doc)) {
      ++summary.skipped;
      return;
    }
    batch_bytes += doc.text.size();
    batch.push_back(std::move(doc));
    if (batch.size() >= options.batch_documents ||
        batch_bytes >= kMaxBatchBytes) {
      flush();
    }
  };
  auto on_error = [&](const InputError& error) {
    if (error.line > 0) {
      fmt::print(stderr, "tocsin: error: {}:{}: {}\n", error.source, error.line,
                 error.status.ToString());
    } else {
      fmt::print(stderr, "tocsin: error: {}: {}\n", error.source,
                 error.status.ToString());
    }
  };
  summary.read =
      ReadInputs(options.inputs, read_options, on_document, on_error);
  flush();
  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  return summary;
}

void PrintSummary(const LoopSummary& s) {
  uint64_t ok = s.read.documents - s.analysis_failures;
  fmt::print(stderr,
             "documents: {} ok, {} failed; sentences: {}; tokens: {}; invalid "
             "bytes replaced: {}; {:.1f} MB of text in {:.2f} s\n",
             ok, s.failed(), s.sentences, s.tokens, s.read.invalid_bytes,
             s.text_bytes / 1e6, s.seconds);
}

int ExitCodeFor(const LoopSummary& summary) {
  return summary.failed() == 0 ? 0 : 1;
}

}  // namespace tocsin::cli
