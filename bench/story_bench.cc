// Cost of story dedup per document (store/story.h) on the first 2,000
// articles of each benchmark corpus (../shared/corpus/bench), next to the
// front end that produces its tokens: signing a document, and assigning it
// to a story in memory. Skips when ../shared is absent.
//
//   build/story_bench --benchmark_min_time=2
#include <benchmark/benchmark.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "bench_corpus.h"
#include "store/story.h"
#include "text/analyzer.h"
#include "text/token_keys.h"

namespace tocsin {
namespace {

constexpr size_t kDocs = 2000;

struct Corpus {
  std::vector<Document> docs;
  std::vector<AnalyzedText> texts;
  std::vector<StorySignature> signatures;
  size_t tokens = 0;
};

const TextAnalyzer* Analyzer() {
  static const TextAnalyzer* analyzer = [] {
    auto created = TextAnalyzer::Create(TextAnalyzerOptions{});
    return created.ok() ? std::move(created).value().release() : nullptr;
  }();
  return analyzer;
}

// The first kDocs documents of `language`, analysed and signed once.
const Corpus& Load(const std::string& language) {
  static std::map<std::string, Corpus> corpora;
  auto [it, inserted] = corpora.try_emplace(language);
  Corpus& c = it->second;
  if (!inserted || Analyzer() == nullptr) return c;
  c.docs = bench::LoadLanguageCorpus(language, 64);
  if (c.docs.size() > kDocs) c.docs.resize(kDocs);
  c.texts.resize(c.docs.size());
  for (size_t i = 0; i < c.docs.size(); ++i) {
    Analyzer()->Analyze(c.docs[i], &c.texts[i]);
    // As the pipeline does after lemmatisation: signing reads these keys.
    ComputeTokenKeys(&c.texts[i]);
    c.tokens += c.texts[i].tokens.size();
    c.signatures.push_back(ComputeStorySignature(c.texts[i]));
  }
  return c;
}

bool Skip(benchmark::State& state, const Corpus& c) {
  if (Analyzer() == nullptr) {
    state.SkipWithError("word lists missing (dict/)");
    return true;
  }
  if (c.docs.empty()) {
    state.SkipWithError("../shared/corpus/bench absent");
    return true;
  }
  return false;
}

void PerDocument(benchmark::State& state, const Corpus& c) {
  const auto docs = static_cast<double>(c.docs.size());
  state.counters["docs"] = docs;
  state.counters["tokens/doc"] = static_cast<double>(c.tokens) / docs;
  // Seconds per document; printed with an SI prefix (4.2u = 4.2 us).
  state.counters["time/doc"] =
      benchmark::Counter(docs, benchmark::Counter::kIsIterationInvariantRate |
                                   benchmark::Counter::kInvert);
}

void BM_Analyze(benchmark::State& state, const std::string& language) {
  const Corpus& c = Load(language);
  if (Skip(state, c)) return;
  AnalyzedText out;
  for (auto _ : state) {
    for (const Document& doc : c.docs) Analyzer()->Analyze(doc, &out);
  }
  PerDocument(state, c);
}

void BM_Signature(benchmark::State& state, const std::string& language) {
  const Corpus& c = Load(language);
  if (Skip(state, c)) return;
  for (auto _ : state) {
    for (const AnalyzedText& text : c.texts) {
      benchmark::DoNotOptimize(ComputeStorySignature(text));
    }
  }
  PerDocument(state, c);
}

void BM_Assign(benchmark::State& state, const std::string& language) {
  const Corpus& c = Load(language);
  if (Skip(state, c)) return;
  size_t stories = 0;
  for (auto _ : state) {
    StoryIndex index;
    for (size_t i = 0; i < c.signatures.size(); ++i) {
      index.Assign(static_cast<int64_t>(i), c.signatures[i]);
    }
    stories = index.num_stories();
  }
  PerDocument(state, c);
  state.counters["stories"] = static_cast<double>(stories);
}

BENCHMARK_CAPTURE(BM_Analyze, en, std::string("en"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Signature, en, std::string("en"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Assign, en, std::string("en"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Analyze, fr, std::string("fr"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Signature, fr, std::string("fr"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Assign, fr, std::string("fr"))
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace tocsin

BENCHMARK_MAIN();
