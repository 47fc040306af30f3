// Issue 4, check 5: `tocsin code` end to end on one core, over the real
// news of ../shared/corpus/bench/ (en.jsonl.gz, fr.jsonl.gz; skipped when
// absent): front end -> actors (ours layered with the Phoenix actor and
// agent dictionaries, as `tocsin dict compile --petrarch` builds them) ->
// events -> the JSON Lines records `tocsin code` writes. Documents are read
// and un-gzipped during set-up (the reading cost is measured separately
// by `tocsin code` in bench/code_end_to_end.sh). Reports sentences/s,
// MB/s, events, and the process's peak RSS at the end.
// Target: >= 50,000 sentences/s.
//
//   build/code_bench              # whole corpus; TOCSIN_BENCH_MB=8 for less
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "bench_corpus.h"
#include "events/event_json.h"
#include "tocsin/pipeline.h"

namespace tocsin {
namespace {

std::unique_ptr<Pipeline> pipeline;
std::map<std::string, std::vector<Document>> corpora;

void BM_Code(benchmark::State& state, const std::string& language) {
  const std::vector<Document>& docs = corpora.at(language);
  DocumentAnalysis analysis;
  std::string out;
  size_t sentences = 0, events = 0, bytes = 0, written = 0;
  for (auto _ : state) {
    sentences = events = bytes = written = 0;
    for (const Document& doc : docs) {
      pipeline->Process(doc, &analysis);
      out.clear();
      for (const Event& e : analysis.events) {
        AppendEventJson(doc, analysis, e, &out);
      }
      benchmark::DoNotOptimize(out.data());
      sentences += analysis.text.sentences.size();
      events += analysis.events.size();
      bytes += doc.text.size();
      written += out.size();
    }
  }
  state.SetBytesProcessed(state.iterations() * bytes);
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences),
                         benchmark::Counter::kIsIterationInvariantRate);
  state.counters["docs"] = docs.size();
  state.counters["sentences"] = sentences;
  state.counters["events"] = events;
  state.counters["jsonl_MB"] = written / 1048576.0;
}

}  // namespace
}  // namespace tocsin

int main(int argc, char** argv) {
  using namespace tocsin;
  benchmark::Initialize(&argc, argv);
  ActorBuildReport report;
  const std::string phoenix = bench::CompilePhoenixActors(&report);
  PipelineOptions options;
  options.actors_path = phoenix;  // "" (ours only) when Phoenix is absent
  auto created = Pipeline::Create(options);
  if (!created.ok()) {
    std::fprintf(stderr, "cannot load: %s\n",
                 created.status().ToString().c_str());
    return 1;
  }
  pipeline = std::move(created).value();
  for (const std::string language : {"en", "fr"}) {
    std::vector<Document> docs = bench::LoadLanguageCorpus(language);
    if (docs.empty()) continue;
    corpora[language] = std::move(docs);
    benchmark::RegisterBenchmark(("BM_Code/" + language).c_str(), BM_Code,
                                 language)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(1)
        ->Repetitions(3)
        ->ReportAggregatesOnly(false);
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("peak RSS: %.1f MB (includes both corpora held in memory)\n",
              usage.ru_maxrss / 1024.0);
  if (!phoenix.empty()) std::filesystem::remove(phoenix);
  return 0;
}
