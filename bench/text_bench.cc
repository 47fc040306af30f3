// Throughput of the text front end (TextAnalyzer::Analyze: normalise,
// language, paragraphs, tokens, sentences; no lemmas) on the benchmark news
// corpus in ../shared/corpus/bench. Skips when ../shared is absent.
//
//   build-text/text_bench --benchmark_min_time=2
#include <benchmark/benchmark.h>
#include <zlib.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "text/analyzer.h"
#include "text/normalize.h"
#include "util/paths.h"

namespace tocsin {
namespace {

// The `text` field of every line of a .jsonl.gz file; empty when the file
// cannot be read.
std::vector<Document> LoadCorpus(const std::string& path) {
  std::vector<Document> docs;
  gzFile file = gzopen(path.c_str(), "rb");
  if (file == nullptr) return docs;
  std::string data;
  char buffer[1 << 16];
  int n = 0;
  while ((n = gzread(file, buffer, sizeof(buffer))) > 0) data.append(buffer, n);
  gzclose(file);
  size_t pos = 0;
  while (pos < data.size()) {
    size_t end = data.find('\n', pos);
    if (end == std::string::npos) end = data.size();
    try {
      const auto json =
          nlohmann::json::parse(data.data() + pos, data.data() + end);
      Document doc;
      doc.text = json.at("text").get<std::string>();
      docs.push_back(std::move(doc));
    } catch (const std::exception&) {
      // A malformed line is skipped; the corpus is validated upstream.
    }
    pos = end + 1;
  }
  return docs;
}

const std::vector<Document>& Corpus(const std::string& language) {
  static std::map<std::string, std::vector<Document>> corpora;
  auto it = corpora.find(language);
  if (it == corpora.end()) {
    it = corpora
             .emplace(language,
                      LoadCorpus(std::string(TOCSIN_SHARED_DIR) +
                                 "/corpus/bench/" + language + ".jsonl.gz"))
             .first;
  }
  return it->second;
}

const TextAnalyzer* Analyzer() {
  static const TextAnalyzer* analyzer = [] {
    auto created = TextAnalyzer::Create(TextAnalyzerOptions{});
    return created.ok() ? std::move(created).value().release() : nullptr;
  }();
  return analyzer;
}

size_t TotalBytes(const std::vector<Document>& docs) {
  size_t bytes = 0;
  for (const Document& d : docs) bytes += d.text.size();
  return bytes;
}

void BM_Analyze(benchmark::State& state, const std::string& language) {
  const std::vector<Document>& docs = Corpus(language);
  if (docs.empty()) {
    state.SkipWithError("../shared/corpus/bench absent");
    return;
  }
  const TextAnalyzer* analyzer = Analyzer();
  if (analyzer == nullptr) {
    state.SkipWithError("word lists missing (dict/)");
    return;
  }
  AnalyzedText out;
  size_t sentences = 0, tokens = 0;
  for (auto _ : state) {
    for (const Document& doc : docs) {
      analyzer->Analyze(doc, &out);
      sentences += out.sentences.size();
      tokens += out.tokens.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(TotalBytes(docs)));
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens),
                                                  benchmark::Counter::kIsRate);
  state.counters["docs"] = static_cast<double>(docs.size());
}

void BM_Normalize(benchmark::State& state, const std::string& language) {
  const std::vector<Document>& docs = Corpus(language);
  if (docs.empty()) {
    state.SkipWithError("../shared/corpus/bench absent");
    return;
  }
  std::string normalized;
  std::vector<uint32_t> map;
  for (auto _ : state) {
    for (const Document& doc : docs) {
      Normalize(doc.text, &normalized, &map);
      benchmark::DoNotOptimize(normalized.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(TotalBytes(docs)));
}

BENCHMARK_CAPTURE(BM_Analyze, fr, std::string("fr"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Analyze, en, std::string("en"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Normalize, fr, std::string("fr"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Normalize, en, std::string("en"))
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace tocsin

BENCHMARK_MAIN();
