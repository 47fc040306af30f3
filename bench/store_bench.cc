// Issue 7, check 4: ingest throughput into SQLite (and PostgreSQL when
// TOCSIN_BENCH_POSTGRES names an empty database), in documents/s and
// events/s, over the real news of ../shared/corpus/bench/ (en.jsonl.gz,
// fr.jsonl.gz; skipped when absent), the database size per 1,000
// documents, and what storing costs `tocsin code`: 1 - ingest/code
// throughput, target <= 30 % with SQLite.
//
// Both sides run the same Pipeline (our actors layered with Phoenix's, as
// `tocsin code` runs). "code" is Process plus the JSON Lines records `tocsin
// code` writes; "ingest" is Process plus storing, as `tocsin ingest` does
// it: a BackgroundWriter stores each document on its own thread, one
// transaction per 200 documents, into a fresh SQLite file. Throughput is
// documents per second of wall time; the CPU time of the whole process is
// reported too, since storing on a second core is not free. Runs
// alternate code/ingest and each ingest is compared with the code run
// before it, because the shared machine's speed drifts.
//
//   build/store_bench                     # the whole corpus (29,498 docs)
//   TOCSIN_BENCH_MB=8 build/store_bench   # 8 MB of text per language
//   TOCSIN_BENCH_POSTGRES=postgresql://... build/store_bench
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "bench_code.h"
#include "store/background_writer.h"
#include "tocsin/pipeline.h"
#include "tocsin/store.h"

namespace tocsin {
namespace {

constexpr int kPairs = 3;
constexpr int kBatch = 200;

std::unique_ptr<Pipeline> pipeline;
std::map<std::string, std::vector<Document>> corpora;
// docs/s of each run by "<lang>/<code|ingest>", and the last SQLite size.
std::map<std::string, std::vector<double>> rates;
// Process CPU seconds of each run, by the same key.
std::map<std::string, std::vector<double>> cpu_seconds;
std::map<std::string, double> events_per_second, bytes_per_1000_docs;
std::map<std::string, std::string> failures;

std::string TempDbPath(const std::string& language) {
  return (std::filesystem::temp_directory_path() /
          ("tocsin_store_bench_" + language + ".db"))
      .string();
}

void RemoveDb(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::filesystem::remove(path + suffix);
  }
}

// ProcessBatch + Put of every document into `target`; false (and a note in
// `failures`) when the store fails.
bool Ingest(const std::string& target, const std::vector<Document>& docs,
            const std::string& key, size_t* events) {
  auto store = Store::Open(target, StoreOptions());
  if (!store.ok()) {
    failures[key] = store.status().ToString();
    return false;
  }
  BackgroundWriter writer(store->get(), kBatch, nullptr);
  // In batches, as `tocsin ingest` codes them.
  std::vector<DocumentAnalysis> analyses(kDefaultBatchDocuments);
  for (size_t b = 0; b < docs.size(); b += kDefaultBatchDocuments) {
    const size_t n = std::min(docs.size() - b, kDefaultBatchDocuments);
    pipeline->ProcessBatch({docs.data() + b, n}, analyses);
    for (size_t i = 0; i < n; ++i) {
      *events += analyses[i].events.size();
      Status queued = writer.Put(docs[b + i], analyses[i]);
      if (!queued.ok()) {
        failures[key] = queued.ToString();
        return false;
      }
    }
  }
  Status finished = writer.Finish();
  if (!finished.ok()) failures[key] = finished.ToString();
  return finished.ok();
}

void BM_Code(benchmark::State& state, const std::string& language) {
  const bench::CodeTotals totals =
      bench::RunCode(state, *pipeline, corpora.at(language), true);
  state.counters["docs/s"] =
      benchmark::Counter(static_cast<double>(corpora.at(language).size()),
                         benchmark::Counter::kIsIterationInvariantRate);
  state.counters["events"] = totals.events;
}

void BM_Ingest(benchmark::State& state, const std::string& language,
               const std::string& target) {
  const std::vector<Document>& docs = corpora.at(language);
  const bool sqlite = target.rfind("postgres", 0) != 0;
  size_t events = 0;
  for (auto _ : state) {
    state.PauseTiming();
    if (sqlite) RemoveDb(target);
    state.ResumeTiming();
    events = 0;
    if (!Ingest(target, docs, language + (sqlite ? "/sqlite" : "/postgres"),
                &events)) {
      state.SkipWithError("store failed");
      return;
    }
  }
  state.counters["docs/s"] =
      benchmark::Counter(static_cast<double>(docs.size()),
                         benchmark::Counter::kIsIterationInvariantRate);
  state.counters["events/s"] =
      benchmark::Counter(static_cast<double>(events),
                         benchmark::Counter::kIsIterationInvariantRate);
  if (sqlite) {
    std::error_code error;
    const auto size = std::filesystem::file_size(target, error);
    const auto wal = std::filesystem::file_size(target + "-wal", error);
    bytes_per_1000_docs[language] =
        1000.0 * static_cast<double>(size + (error ? 0 : wal)) / docs.size();
    RemoveDb(target);
  }
}

// Keeps each run's docs/s and events/s for the summary printed at the end.
class RateCollector : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& run : runs) {
      if (run.run_type != Run::RT_Iteration || run.error_occurred) continue;
      auto it = run.counters.find("docs/s");
      if (it == run.counters.end()) continue;
      // "BM_<Code|Ingest>/<lang>/<backend>/run<i>" -> "<lang>/<backend>"
      const std::string name = run.benchmark_name();
      const size_t a = name.find('/') + 1;
      const size_t b = name.find('/', name.find('/', a) + 1);
      const std::string key = name.substr(a, b - a);
      rates[key].push_back(it->second.value);
      cpu_seconds[key].push_back(run.cpu_accumulated_time);
      auto ev = run.counters.find("events/s");
      if (ev != run.counters.end()) events_per_second[key] = ev->second.value;
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
  pipeline = bench::CreatePipeline(phoenix.CodeOptions());
  if (!pipeline) return 1;
  corpora = bench::LoadLanguageCorpora();
  const char* postgres = std::getenv("TOCSIN_BENCH_POSTGRES");
  for (const auto& [language, docs] : corpora) {
    const std::string db = TempDbPath(language);
    for (int run = 1; run <= kPairs; ++run) {
      const std::string suffix = "/run" + std::to_string(run);
      benchmark::RegisterBenchmark(
          ("BM_Code/" + language + "/code" + suffix).c_str(), BM_Code, language)
          ->Unit(benchmark::kMillisecond)
          ->UseRealTime()
          ->MeasureProcessCPUTime()
          ->Iterations(1);
      benchmark::RegisterBenchmark(
          ("BM_Ingest/" + language + "/sqlite" + suffix).c_str(), BM_Ingest,
          language, db)
          ->Unit(benchmark::kMillisecond)
          ->UseRealTime()
          ->MeasureProcessCPUTime()
          ->Iterations(1);
    }
    if (postgres != nullptr) {
      // One run: the database must start empty, and a second run would
      // find every document stored already.
      benchmark::RegisterBenchmark(
          ("BM_Ingest/" + language + "/postgres/run1").c_str(), BM_Ingest,
          language, std::string(postgres))
          ->Unit(benchmark::kMillisecond)
          ->UseRealTime()
          ->MeasureProcessCPUTime()
          ->Iterations(1);
    }
  }
  RateCollector reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  for (const auto& [key, why] : failures) {
    std::printf("%s: store failed: %s\n", key.c_str(), why.c_str());
  }
  for (const std::string language : {"en", "fr"}) {
    const std::vector<double>& code = rates[language + "/code"];
    const std::vector<double>& ingest = rates[language + "/sqlite"];
    if (code.empty() || code.size() != ingest.size()) continue;
    std::vector<double> costs;
    for (size_t i = 0; i < code.size(); ++i) {
      costs.push_back(100.0 * (1.0 - ingest[i] / code[i]));
    }
    std::printf(
        "%s: %zu documents; tocsin code %.0f docs/s, ingest into SQLite %.0f "
        "docs/s and %.0f events/s (wall time, medians of %zu runs); storing "
        "costs %.1f %% of throughput (median of adjacent pairs; target <= "
        "30 %%); CPU %.1f s coding, %.1f s ingesting (%.0f us of CPU per "
        "document for storing, on a second thread); SQLite size %.2f MB per "
        "1,000 documents\n",
        language.c_str(), corpora[language].size(), Median(code),
        Median(ingest), events_per_second[language + "/sqlite"], code.size(),
        Median(costs), Median(cpu_seconds[language + "/code"]),
        Median(cpu_seconds[language + "/sqlite"]),
        1e6 *
            (Median(cpu_seconds[language + "/sqlite"]) -
             Median(cpu_seconds[language + "/code"])) /
            corpora[language].size(),
        bytes_per_1000_docs[language] / 1048576.0);
    const std::vector<double>& pg = rates[language + "/postgres"];
    if (!pg.empty()) {
      std::printf(
          "%s: ingest into PostgreSQL %.0f docs/s and %.0f events/s "
          "(1 run)\n",
          language.c_str(), pg[0], events_per_second[language + "/postgres"]);
    } else if (postgres == nullptr) {
      std::printf("%s: PostgreSQL skipped: TOCSIN_BENCH_POSTGRES is unset\n",
                  language.c_str());
    }
  }
  return 0;
}
