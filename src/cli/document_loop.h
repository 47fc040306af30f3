// The loop every document-reading command shares: read inputs, run the
// Pipeline on each document, check the output's invariants, report errors on
// stderr and count what happened.
#ifndef TOCSIN_CLI_DOCUMENT_LOOP_H_
#define TOCSIN_CLI_DOCUMENT_LOOP_H_

#include <CLI/CLI.hpp>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "tocsin/document.h"
#include "tocsin/ingest.h"
#include "tocsin/pipeline.h"
#include "tocsin/text.h"

namespace tocsin::cli {

struct LoopOptions {
  std::vector<std::string> inputs;
  uint64_t max_input_mb = 64;
  // Documents the pipeline codes together (Pipeline::ProcessBatch), stage by
  // stage; their results come out in input order once the batch is full,
  // holds kMaxBatchBytes of text, or the input ends. 1 writes each
  // document's results as soon as it is read (a slow stream on stdin).
  size_t batch_documents = kDefaultBatchDocuments;
};

// A batch ends early once its documents hold this much text, which bounds
// the memory a batch of long documents takes.
inline constexpr size_t kMaxBatchBytes = size_t{16} << 20;

struct LoopSummary {
  ReadStats read;
  uint64_t analysis_failures = 0;  // documents whose output broke an invariant
  uint64_t skipped = 0;            // documents the skip predicate passed over
  uint64_t sentences = 0;
  uint64_t tokens = 0;
  uint64_t text_bytes = 0;
  double seconds = 0;
  std::map<std::string, uint64_t> documents_by_language;

  uint64_t failed() const { return read.failed + analysis_failures; }
};

using AnalyzedCallback =
    std::function<void(const Document&, const DocumentAnalysis&)>;
// Asked before the pipeline runs on a document: true passes over it (a
// store that already holds it), counted in LoopSummary::skipped.
using SkipPredicate = std::function<bool(const Document&)>;

// Adds --max-input-mb, --pipeline-batch and the INPUT... positional to
// `command`.
void AddLoopOptions(CLI::App* command, LoopOptions* options);

// Runs the loop. Errors are printed to stderr as
// "tocsin: error: SOURCE[:LINE]: message" and processing continues.
LoopSummary RunDocumentLoop(const Pipeline& pipeline,
                            const LoopOptions& options,
                            const AnalyzedCallback& on_analyzed,
                            const SkipPredicate& skip = nullptr);

// "documents: N ok, M failed; sentences: S; tokens: T; invalid bytes
// replaced: B; 1.2 MB in 0.3 s" on stderr.
void PrintSummary(const LoopSummary& summary);

// Exit code for a finished loop: 0 when nothing failed, else 1.
int ExitCodeFor(const LoopSummary& summary);

}  // namespace tocsin::cli

#endif  // TOCSIN_CLI_DOCUMENT_LOOP_H_
