// Issue 6, check 4: what knowledge extraction (entities, quotations,
// themes, tone, amounts, dates) costs `tocsin code`, on one core, over the
// real news of ../shared/corpus/bench/ (en.jsonl.gz, fr.jsonl.gz; skipped
// when absent). Two pipelines, identical but for PipelineOptions::knowledge,
// each run the whole `tocsin code` work (front end, actors with the Phoenix
// dictionaries layered on ours, events, places, and the JSON Lines records
// it writes: events, plus the document record when knowledge is on).
// Reports sentences/s of each, and the cost, 1 - on/off throughput, of each
// pair of adjacent off and on runs, and their median. Target: cost <= 30 %.
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

constexpr int kPairs = 5;  // off/on run pairs per language

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
  // Off and on alternate run by run, and each run is compared with its
  // neighbour: the shared machine's speed drifts by more than the cost
  // measured, within the seconds one run takes.
  for (const auto& [language, docs] : corpora) {
    for (int run = 1; run <= kPairs; ++run) {
      for (bool knowledge : {false, true}) {
        benchmark::RegisterBenchmark(
            ("BM_Code/" + language + (knowledge ? "/on" : "/off") + "/run" +
             std::to_string(run))
                .c_str(),
            BM_Code, language, knowledge)
            ->Unit(benchmark::kMillisecond)
            ->Iterations(1);
      }
    }
  }
  RateCollector reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  for (const std::string language : {"en", "fr"}) {
    const std::vector<double>& off = rates[language + "/off"];
    const std::vector<double>& on = rates[language + "/on"];
    if (off.empty() || off.size() != on.size()) continue;
    std::vector<double> costs;
    std::string each;
    for (size_t i = 0; i < off.size(); ++i) {
      costs.push_back(100.0 * (1.0 - on[i] / off[i]));
      char cost[16];
      std::snprintf(cost, sizeof cost, "%.1f", costs.back());
      each += (i ? ", " : "") + std::string(cost);
    }
    std::printf(
        "%s: tocsin code %.0f sentences/s without knowledge, %.0f with "
        "(medians of %zu runs each); cost per off/on pair %s %%: knowledge "
        "costs %.1f %% (median; target <= 30 %%)\n",
        language.c_str(), Median(off), Median(on), off.size(), each.c_str(),
        Median(costs));
  }
  return 0;
}
