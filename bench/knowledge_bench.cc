// Issue 6, check 4: what knowledge extraction (entities, quotations,
// themes, tone, amounts, dates) costs `tocsin code`, on one core, over the
// real news of ../shared/corpus/bench/ (en.jsonl.gz, fr.jsonl.gz; skipped
// when absent). Two pipelines, identical but for PipelineOptions::knowledge,
// each do the whole `tocsin code` work (front end, actors with the Phoenix
// dictionaries layered on ours, events, places, and the JSON Lines records
// it writes: events, plus the document record when knowledge is on).
//
// The cost is 1 - (throughput with knowledge) / (throughput without). The
// shared machine this runs on changes speed by more than that cost within
// the seconds a whole-corpus run takes, so comparing whole runs measures
// the machine as much as the code. Each pass therefore interleaves the two
// pipelines batch by batch (kBatchDocs documents, 20 to 30 ms of work,
// coded as `tocsin code` does, in Pipeline::ProcessBatch batches of
// kDefaultBatchDocuments; the order alternates from one batch to the next
// so that neither always runs on caches the other warmed) and sums each
// one's thread CPU time over the whole corpus. Both see the same machine within
// a fraction of a second. Reports, per pass, sentences/s of each and the cost;
// the summary line gives the median cost over kPasses passes. Target: cost <=
// 30 %.
//
//   build/knowledge_bench                    # the whole corpus
//   TOCSIN_BENCH_MB=8 build/knowledge_bench  # 8 MB of text per language
#include <benchmark/benchmark.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "bench_code.h"
#include "tocsin/pipeline.h"

namespace tocsin {
namespace {

constexpr int kPasses = 5;
constexpr size_t kBatchDocs = 64;

std::unique_ptr<Pipeline> with_knowledge, without_knowledge;
std::map<std::string, std::vector<Document>> corpora;
// The cost of each pass, in %, by language, for the summary line.
std::map<std::string, std::vector<double>> costs;
std::map<std::string, std::vector<double>> rates_off, rates_on;

double ThreadSeconds() {
  timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

// One pass over the corpus, both pipelines interleaved by batch.
void BM_KnowledgeCost(benchmark::State& state, const std::string& language) {
  const std::vector<Document>& docs = corpora.at(language);
  // Each pipeline keeps its own analyses and output, as each `tocsin code`
  // run does: shared, the pipeline without knowledge cleared (freed) the
  // knowledge records on every other batch, so the one with knowledge had
  // none to reuse and allocated them afresh, which `tocsin code` never does.
  std::vector<DocumentAnalysis> analyses[2];
  std::string out[2];
  bench::CodeTotals off_totals, on_totals;
  double off_seconds = 0, on_seconds = 0;
  for (auto _ : state) {
    for (size_t begin = 0, batch = 0; begin < docs.size();
         begin += kBatchDocs, ++batch) {
      const size_t end = std::min(docs.size(), begin + kBatchDocs);
      for (int turn = 0; turn < 2; ++turn) {
        const bool knowledge = (batch + turn) % 2 == 1;
        const Pipeline& pipeline =
            knowledge ? *with_knowledge : *without_knowledge;
        bench::CodeTotals* totals = knowledge ? &on_totals : &off_totals;
        const double start = ThreadSeconds();
        bench::CodeRange(pipeline, docs, begin, end, knowledge,
                         &analyses[knowledge], &out[knowledge], totals);
        (knowledge ? on_seconds : off_seconds) += ThreadSeconds() - start;
      }
    }
  }
  const double off_rate = off_totals.sentences / off_seconds;
  const double on_rate = on_totals.sentences / on_seconds;
  const double cost = 100.0 * (1.0 - on_rate / off_rate);
  costs[language].push_back(cost);
  rates_off[language].push_back(off_rate);
  rates_on[language].push_back(on_rate);
  state.counters["off_sentences/s"] = off_rate;
  state.counters["on_sentences/s"] = on_rate;
  state.counters["cost_%"] = cost;
  state.counters["docs"] = docs.size();
  state.counters["quotations"] = on_totals.quotations;
  state.counters["themes"] = on_totals.themes;
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

}  // namespace
}  // namespace tocsin

int main(int argc, char** argv) {
  using namespace tocsin;
  benchmark::Initialize(&argc, argv);
  const bench::PhoenixActors phoenix;
  PipelineOptions options = phoenix.CodeOptions();
  with_knowledge = bench::CreatePipeline(options);
  options.knowledge = false;
  without_knowledge = bench::CreatePipeline(options);
  if (!with_knowledge || !without_knowledge) return 1;
  corpora = bench::LoadLanguageCorpora();
  for (const auto& [language, docs] : corpora) {
    for (int pass = 1; pass <= kPasses; ++pass) {
      benchmark::RegisterBenchmark(
          ("BM_KnowledgeCost/" + language + "/pass" + std::to_string(pass))
              .c_str(),
          BM_KnowledgeCost, language)
          ->Unit(benchmark::kMillisecond)
          ->Iterations(1);
    }
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  for (const auto& [language, each_cost] : costs) {
    std::string each;
    for (size_t i = 0; i < each_cost.size(); ++i) {
      char cost[16];
      std::snprintf(cost, sizeof cost, "%.1f", each_cost[i]);
      each += (i ? ", " : "") + std::string(cost);
    }
    std::printf(
        "%s: %zu docs; tocsin code %.0f sentences/s without knowledge, %.0f "
        "with (medians of %zu interleaved passes); cost per pass %s %%: "
        "knowledge costs %.1f %% (median; target <= 30 %%)\n",
        language.c_str(), corpora.at(language).size(),
        Median(rates_off[language]), Median(rates_on[language]),
        each_cost.size(), each.c_str(), Median(each_cost));
  }
  return 0;
}
