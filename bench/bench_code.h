// The work of `tocsin code` on a batch of documents and the counters it
// reports, shared by code_bench and knowledge_bench so that both measure the
// same thing.
#ifndef TOCSIN_BENCH_BENCH_CODE_H_
#define TOCSIN_BENCH_BENCH_CODE_H_

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "bench_corpus.h"
#include "events/event_json.h"
#include "gkg/knowledge_json.h"
#include "tocsin/pipeline.h"

namespace tocsin::bench {

// Pipeline::Create(options), or nullptr after printing why it cannot load.
inline std::unique_ptr<Pipeline> CreatePipeline(
    const PipelineOptions& options) {
  auto created = Pipeline::Create(options);
  if (!created.ok()) {
    std::fprintf(stderr, "cannot load: %s\n",
                 created.status().ToString().c_str());
    return nullptr;
  }
  return std::move(created).value();
}

// Our actor dictionary layered with Phoenix's (CompilePhoenixActors), in a
// temporary file removed with this object.
class PhoenixActors {
 public:
  PhoenixActors() {
    ActorBuildReport report;
    path_ = CompilePhoenixActors(&report);
  }
  ~PhoenixActors() {
    if (!path_.empty()) std::filesystem::remove(path_);
  }
  PhoenixActors(const PhoenixActors&) = delete;
  PhoenixActors& operator=(const PhoenixActors&) = delete;

  // The options of `tocsin code` with these actors; ours only when the
  // Phoenix files are absent.
  PipelineOptions CodeOptions() const {
    PipelineOptions options;
    options.actors_path = path_;
    return options;
  }

 private:
  std::string path_;
};

// What one pass of `tocsin code` over a corpus amounts to.
struct CodeTotals {
  size_t sentences = 0, bytes = 0, events = 0, written = 0;
  size_t quotations = 0, themes = 0;
};

// Codes docs[0..n) with one Pipeline::ProcessBatch, as `tocsin code` does
// a batch (n <= kDefaultBatchDocuments), and writes each document's JSON
// Lines records to *out: its events, then its knowledge record when
// `knowledge`. `analyses` holds at least n.
inline void CodeBatch(const Pipeline& pipeline, const Document* docs, size_t n,
                      bool knowledge, std::vector<DocumentAnalysis>* analyses,
                      std::string* out, CodeTotals* totals) {
  if (analyses->size() < n) analyses->resize(n);
  pipeline.ProcessBatch({docs, n}, *analyses);
  for (size_t i = 0; i < n; ++i) {
    const Document& doc = docs[i];
    const DocumentAnalysis& analysis = (*analyses)[i];
    out->clear();
    for (const Event& e : analysis.events) {
      AppendEventJson(doc, analysis, e, out);
    }
    if (knowledge) AppendKnowledgeJson(doc, analysis, out);
    benchmark::DoNotOptimize(out->data());
    totals->sentences += analysis.text.sentences.size();
    totals->bytes += doc.text.size();
    totals->events += analysis.events.size();
    totals->written += out->size();
    totals->quotations += analysis.knowledge.quotations.size();
    totals->themes += analysis.knowledge.themes.size();
  }
}

// CodeBatch over docs[begin..end), in batches of kDefaultBatchDocuments.
inline void CodeRange(const Pipeline& pipeline,
                      const std::vector<Document>& docs, size_t begin,
                      size_t end, bool knowledge,
                      std::vector<DocumentAnalysis>* analyses, std::string* out,
                      CodeTotals* totals) {
  for (size_t b = begin; b < end; b += kDefaultBatchDocuments) {
    const size_t n = std::min(end - b, kDefaultBatchDocuments);
    CodeBatch(pipeline, docs.data() + b, n, knowledge, analyses, out, totals);
  }
}

// One pass of CodeRange over `docs`, timed by `state`; sets bytes/s and
// the counters "sentences/s" and "docs", and returns the totals.
inline CodeTotals RunCode(benchmark::State& state, const Pipeline& pipeline,
                          const std::vector<Document>& docs, bool knowledge) {
  std::vector<DocumentAnalysis> analyses;
  std::string out;
  CodeTotals totals;
  for (auto _ : state) {
    totals = CodeTotals();
    CodeRange(pipeline, docs, 0, docs.size(), knowledge, &analyses, &out,
              &totals);
  }
  state.SetBytesProcessed(state.iterations() * totals.bytes);
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(totals.sentences),
                         benchmark::Counter::kIsIterationInvariantRate);
  state.counters["docs"] = docs.size();
  return totals;
}

}  // namespace tocsin::bench

#endif  // TOCSIN_BENCH_BENCH_CODE_H_
