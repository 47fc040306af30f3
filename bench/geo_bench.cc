// Issue 5, check 4: the geocoder's cost, over the real news of
// ../shared/corpus/bench/ (skipped when absent), on one core.
//   BM_GazetteerLoad      opening gazetteer.bin (memory-mapped) and the cue
//                         files: Geocoder::Create, warm page cache. Target
//                         <= 50 ms.
//   BM_Geocode/<lang>     place finding + disambiguation + event locations
//                         alone (Geocoder::Code), timed per document after
//                         the rest of the pipeline ran: sentences/s.
//   BM_Code/<lang>/<on|off>  the whole `tocsin code` path with and without
//                         places, to check that geocoding does not halve it.
// Also prints the resident memory the loaded gazetteer adds.
//
//   build/geo_bench            # whole corpus; TOCSIN_BENCH_MB=8 for less
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "bench_corpus.h"
#include "events/event_json.h"
#include "geo/geocoder.h"
#include "tocsin/pipeline.h"
#include "util/paths.h"

namespace tocsin {
namespace {

std::unique_ptr<Pipeline> with_places, without_places;
std::unique_ptr<Geocoder> geocoder;
std::map<std::string, std::vector<Document>> corpora;

std::string GazetteerPath() { return DataDir() + "/gazetteer.bin"; }

// Resident set size now, in MB (from /proc/self/statm).
double ResidentMb() {
  std::ifstream statm("/proc/self/statm");
  long pages = 0, resident = 0;
  statm >> pages >> resident;
  return resident * 4096.0 / 1048576.0;
}

void BM_GazetteerLoad(benchmark::State& state) {
  for (auto _ : state) {
    auto g = Geocoder::Create(GazetteerPath(), DictDir());
    if (!g.ok()) {
      state.SkipWithError(g.status().ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(g->get());
  }
}

void BM_Geocode(benchmark::State& state, const std::string& language) {
  const std::vector<Document>& docs = corpora.at(language);
  DocumentAnalysis analysis;
  size_t sentences = 0, places = 0, located = 0, events = 0;
  for (auto _ : state) {
    sentences = places = located = events = 0;
    double seconds = 0;
    for (const Document& doc : docs) {
      without_places->Process(doc, &analysis);
      const auto start = std::chrono::steady_clock::now();
      geocoder->Code(doc, &analysis);
      seconds += std::chrono::duration<double>(
                     std::chrono::steady_clock::now() - start)
                     .count();
      sentences += analysis.text.sentences.size();
      places += analysis.places.size();
      events += analysis.events.size();
      for (const Event& e : analysis.events) located += e.location.present();
    }
    state.SetIterationTime(seconds);
  }
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences),
                         benchmark::Counter::kIsIterationInvariantRate);
  state.counters["sentences"] = sentences;
  state.counters["places"] = places;
  state.counters["events_located"] =
      events ? static_cast<double>(located) / events : 0;
}

void BM_Code(benchmark::State& state, const std::string& language,
             const Pipeline* pipeline) {
  const std::vector<Document>& docs = corpora.at(language);
  DocumentAnalysis analysis;
  std::string out;
  size_t sentences = 0;
  for (auto _ : state) {
    sentences = 0;
    for (const Document& doc : docs) {
      pipeline->Process(doc, &analysis);
      out.clear();
      for (const Event& e : analysis.events) {
        AppendEventJson(doc, analysis, e, &out);
      }
      benchmark::DoNotOptimize(out.data());
      sentences += analysis.text.sentences.size();
    }
  }
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences),
                         benchmark::Counter::kIsIterationInvariantRate);
}

}  // namespace
}  // namespace tocsin

int main(int argc, char** argv) {
  using namespace tocsin;
  benchmark::Initialize(&argc, argv);
  const double before = ResidentMb();
  auto g = Geocoder::Create(GazetteerPath(), DictDir());
  if (!g.ok()) {
    std::fprintf(stderr, "cannot load: %s\n", g.status().ToString().c_str());
    return 1;
  }
  geocoder = std::move(g).value();
  std::printf(
      "gazetteer: %s, %zu entries, %zu names; resident after "
      "opening: +%.1f MB (pages are mapped, read on first use)\n",
      GazetteerPath().c_str(), geocoder->gazetteer().size(),
      geocoder->gazetteer().name_count(), ResidentMb() - before);
  PipelineOptions options;
  auto on = Pipeline::Create(options);
  options.places = false;
  auto off = Pipeline::Create(options);
  if (!on.ok() || !off.ok()) {
    std::fprintf(stderr, "cannot load the pipeline\n");
    return 1;
  }
  with_places = std::move(on).value();
  without_places = std::move(off).value();
  benchmark::RegisterBenchmark("BM_GazetteerLoad", BM_GazetteerLoad)
      ->Unit(benchmark::kMillisecond)
      ->Iterations(20)
      ->Repetitions(3);
  for (const std::string language : {"en", "fr"}) {
    std::vector<Document> docs = bench::LoadLanguageCorpus(language);
    if (docs.empty()) continue;
    corpora[language] = std::move(docs);
    benchmark::RegisterBenchmark(("BM_Geocode/" + language).c_str(), BM_Geocode,
                                 language)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond)
        ->Iterations(1)
        ->Repetitions(3);
    for (const auto& [name, pipeline] :
         {std::pair<const char*, const Pipeline*>{"on", with_places.get()},
          {"off", without_places.get()}}) {
      benchmark::RegisterBenchmark(
          ("BM_Code/" + language + "/places_" + name).c_str(), BM_Code,
          language, pipeline)
          ->Unit(benchmark::kMillisecond)
          ->Iterations(1)
          ->Repetitions(3);
    }
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
