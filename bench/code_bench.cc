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
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "bench_code.h"
#include "tocsin/pipeline.h"

namespace tocsin {
namespace {

std::unique_ptr<Pipeline> pipeline;
std::map<std::string, std::vector<Document>> corpora;

void BM_Code(benchmark::State& state, const std::string& language) {
  const bench::CodeTotals totals =
      bench::RunCode(state, *pipeline, corpora.at(language), false);
  state.counters["sentences"] = totals.sentences;
  state.counters["events"] = totals.events;
  state.counters["jsonl_MB"] = totals.written / 1048576.0;
}

}  // namespace
}  // namespace tocsin

int main(int argc, char** argv) {
  using namespace tocsin;
  benchmark::Initialize(&argc, argv);
  const bench::PhoenixActors phoenix;
  pipeline = bench::CreatePipeline(phoenix.CodeOptions());
  if (!pipeline) return 1;
  corpora = bench::LoadLanguageCorpora();
  for (const auto& [language, docs] : corpora) {
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
  return 0;
}
