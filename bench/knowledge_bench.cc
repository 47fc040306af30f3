// Issue 6, check 4: what knowledge extraction (entities, quotations,
// themes, tone, amounts, dates) costs `tocsin code`, on one core, over the
// real news of ../shared/corpus/bench/ (en.jsonl.gz, fr.jsonl.gz; skipped
// when absent). Two pipelines, identical but for PipelineOptions::knowledge,
// each run the whole `tocsin code` work (front end, actors with the Phoenix
// dictionaries layered on ours, events, places, and the JSON Lines records
// it writes: events, plus the document record when knowledge is on).
// Reports sentences/s of each, and the cost: 1 - on/off throughput.
// Target: cost <= 30 %.
//
//   build/knowledge_bench                    # the whole corpus
//   TOCSIN_BENCH_MB=8 build/knowledge_bench  # 8 MB of text per language
#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "bench_code.h"
#include "tocsin/pipeline.h"

namespace tocsin {
namespace {

std::unique_ptr<Pipeline> with_knowledge, without_knowledge;
std::map<std::string, std::vector<Document>> corpora;
// sentences/s of each run, by "<lang>/<on|off>", for the summary line.
std::map<std::string, std::vector<double>> rates;

void BM_Code(benchmark::State& state, const std::string& language,
             bool knowledge) {
  const bench::CodeTotals totals =
      bench::RunCode(state, knowledge ? *with_knowledge : *without_knowledge,
                     corpora.at(language), knowledge);
  state.counters["quotations"] = totals.quotations;
  state.counters["themes"] = totals.themes;
}

// Keeps each repetition's rate for the cost line printed at the end.
class RateCollector : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& run : runs) {
      if (run.run_type != Run::RT_Iteration) continue;
      auto it = run.counters.find("sentences/s");
      if (it == run.counters.end()) continue;
      const std::string name = run.benchmark_name();
      // "BM_Code/<lang>/<on|off>/..." -> "<lang>/<on|off>"
      const size_t a = name.find('/') + 1;
      const size_t b = name.find('/', name.find('/', a) + 1);
      rates[name.substr(a, b - a)].push_back(it->second.value);
    }
    ConsoleReporter::ReportRuns(runs);
  }
};

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
    // Off and on alternate, so drift in the machine's speed hits both.
    for (bool knowledge : {false, true}) {
      benchmark::RegisterBenchmark(
          ("BM_Code/" + language + (knowledge ? "/on" : "/off")).c_str(),
          BM_Code, language, knowledge)
          ->Unit(benchmark::kMillisecond)
          ->Iterations(1)
          ->Repetitions(3);
    }
  }
  RateCollector reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  for (const std::string language : {"en", "fr"}) {
    const double off_rate = Median(rates[language + "/off"]);
    const double on_rate = Median(rates[language + "/on"]);
    if (off_rate <= 0 || on_rate <= 0) continue;
    std::printf(
        "%s: tocsin code %.0f sentences/s without knowledge, %.0f with "
        "(medians of %zu runs): knowledge costs %.1f %% (target <= 30 %%)\n",
        language.c_str(), off_rate, on_rate, rates[language + "/on"].size(),
        100.0 * (1.0 - on_rate / off_rate));
  }
  return 0;
}
