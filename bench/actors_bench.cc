// Actor recognition throughput on the benchmark news corpus
// (../shared/corpus/bench/{en,fr}.jsonl.gz; skipped when absent):
//   BM_Match/<lang>          ActorMatcher::Match alone, over documents the
//                            front end analysed during set-up;
//   BM_FrontEndAndMatch/<lang>  Pipeline::Analyze (tokens, sentences,
//                            lemmas) then Match, from raw text;
//   BM_LoadDictionary        ActorMatcher::Open of DataDir()/actors.bin.
// and, when ../shared/anchors/petrarch2/ holds the Phoenix dictionaries,
// the same over ours layered with the full Phoenix actor and agent files
// (compiled once at start-up into a temporary file, as `tocsin dict
// compile --petrarch ...` would): BM_Match/<lang>/phoenix,
// BM_LoadDictionary/phoenix. Targets (issue 3): >= 30 MB/s, <= 50 ms load.
// Throughput is bytes of Document::text per second on one thread. By
// default the first 8 MB of each corpus is used (TOCSIN_BENCH_MB to change).
//
//   build/actors_bench --benchmark_min_time=2
#include <benchmark/benchmark.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "actors/actor_matcher.h"
#include "bench_corpus.h"
#include "dict/actor_build.h"
#include "tocsin/pipeline.h"
#include "util/paths.h"

namespace tocsin {
namespace {

struct Fixture {
  std::unique_ptr<Pipeline> front_end;
  std::unique_ptr<ActorMatcher> matcher;
  std::unique_ptr<ActorMatcher> phoenix;  // ours + Phoenix; null when absent
  std::string phoenix_path;
  std::map<std::string, std::vector<Document>> docs;
  std::map<std::string, std::vector<AnalyzedText>> analyzed;
  size_t Bytes(const std::string& language) const {
    size_t n = 0;
    for (const Document& d : docs.at(language)) n += d.text.size();
    return n;
  }
};

Fixture* fixture = nullptr;

void BM_Match(benchmark::State& state, const std::string& language,
              const ActorMatcher* matcher) {
  const auto& docs = fixture->docs.at(language);
  const auto& analyzed = fixture->analyzed.at(language);
  std::vector<ActorMention> mentions;
  size_t count = 0;
  for (auto _ : state) {
    count = 0;
    for (size_t i = 0; i < docs.size(); ++i) {
      matcher->Match(docs[i], analyzed[i], &mentions);
      count += mentions.size();
    }
    benchmark::DoNotOptimize(count);
  }
  state.SetBytesProcessed(state.iterations() * fixture->Bytes(language));
  state.counters["docs"] = docs.size();
  state.counters["MB"] = fixture->Bytes(language) / 1048576.0;
  state.counters["mentions"] = count;
  state.counters["entries"] = matcher->entry_count();
}

void BM_FrontEndAndMatch(benchmark::State& state, const std::string& language) {
  const auto& docs = fixture->docs.at(language);
  AnalyzedText text;
  std::vector<ActorMention> mentions;
  for (auto _ : state) {
    for (const Document& doc : docs) {
      fixture->front_end->Analyze(doc, &text);
      fixture->matcher->Match(doc, text, &mentions);
      benchmark::DoNotOptimize(mentions.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * fixture->Bytes(language));
}

void BM_LoadDictionary(benchmark::State& state, const std::string& path) {
  for (auto _ : state) {
    auto m = ActorMatcher::Open(path);
    if (!m.ok()) state.SkipWithError(m.status().ToString().c_str());
    benchmark::DoNotOptimize(m);
  }
  state.counters["bytes"] = std::filesystem::file_size(path);
}

// Ours layered with the Phoenix files, compiled into a temporary file.
void CompilePhoenix() {
  ActorBuildReport report;
  fixture->phoenix_path = bench::CompilePhoenixActors(&report);
  if (fixture->phoenix_path.empty()) return;
  auto matcher = ActorMatcher::Open(fixture->phoenix_path);
  if (!matcher.ok()) {
    std::printf("Phoenix: %s\n", matcher.status().ToString().c_str());
    return;
  }
  fixture->phoenix = std::move(matcher).value();
}

}  // namespace
}  // namespace tocsin

int main(int argc, char** argv) {
  using namespace tocsin;
  benchmark::Initialize(&argc, argv);
  fixture = new Fixture();
  auto front_end = Pipeline::Create(PipelineOptions{});
  auto matcher = ActorMatcher::Open(DataDir() + "/actors.bin");
  if (!front_end.ok() || !matcher.ok()) {
    std::fprintf(stderr, "cannot load: %s %s\n",
                 front_end.status().ToString().c_str(),
                 matcher.status().ToString().c_str());
    return 1;
  }
  fixture->front_end = std::move(front_end).value();
  fixture->matcher = std::move(matcher).value();
  std::printf("dictionary: %s/actors.bin, %u entries\n", DataDir().c_str(),
              fixture->matcher->entry_count());
  CompilePhoenix();
  benchmark::RegisterBenchmark("BM_LoadDictionary", BM_LoadDictionary,
                               DataDir() + "/actors.bin")
      ->Unit(benchmark::kMillisecond);
  if (fixture->phoenix) {
    benchmark::RegisterBenchmark("BM_LoadDictionary/phoenix", BM_LoadDictionary,
                                 fixture->phoenix_path)
        ->Unit(benchmark::kMillisecond);
  }
  for (const std::string language : {"en", "fr"}) {
    std::string path = bench::CorpusPath(language);
    std::vector<Document> docs = bench::LoadCorpus(path, bench::BudgetBytes(8));
    if (docs.empty()) {
      std::printf("%s: absent, skipped\n", path.c_str());
      continue;
    }
    std::vector<AnalyzedText>& analyzed = fixture->analyzed[language];
    analyzed.resize(docs.size());
    for (size_t i = 0; i < docs.size(); ++i) {
      fixture->front_end->Analyze(docs[i], &analyzed[i]);
    }
    fixture->docs[language] = std::move(docs);
    std::printf("%s: %zu documents, %.1f MB of text (first part of %s)\n",
                language.c_str(), fixture->docs[language].size(),
                fixture->Bytes(language) / 1048576.0, path.c_str());
    benchmark::RegisterBenchmark(("BM_Match/" + language).c_str(), BM_Match,
                                 language, fixture->matcher.get())
        ->Unit(benchmark::kMillisecond);
    if (fixture->phoenix) {
      benchmark::RegisterBenchmark(
          ("BM_Match/" + language + "/phoenix").c_str(), BM_Match, language,
          fixture->phoenix.get())
          ->Unit(benchmark::kMillisecond);
    }
    benchmark::RegisterBenchmark(("BM_FrontEndAndMatch/" + language).c_str(),
                                 BM_FrontEndAndMatch, language)
        ->Unit(benchmark::kMillisecond);
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  if (!fixture->phoenix_path.empty()) {
    std::filesystem::remove(fixture->phoenix_path);
  }
  return 0;
}
