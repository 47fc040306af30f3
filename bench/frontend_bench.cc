// Front-end throughput: decode + normalise + language id + segment +
// tokenise + lemmatise, on one core, over the real news in
// ../shared/corpus/bench/{en,fr}.jsonl.gz (the `text` field of each line).
// Reports the input text's throughput twice: bytes_per_second, which Google
// Benchmark prints in binary units (M/s is MiB/s), and MB/s in decimal
// megabytes (10^6 bytes), the unit of issue 2's target; and sentences/s.
// Run: build/frontend_bench [--benchmark_repetitions=3]
#include <benchmark/benchmark.h>
#include <zlib.h>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "ingest/decode.h"
#include "tocsin/pipeline.h"

namespace {

std::vector<std::string> LoadTexts(const std::string& path) {
  std::vector<std::string> texts;
  gzFile file = gzopen(path.c_str(), "rb");
  if (file == nullptr) return texts;
  std::string line;
  char buffer[1 << 16];
  while (gzgets(file, buffer, sizeof(buffer)) != nullptr) {
    line.append(buffer);
    if (line.empty() || line.back() != '\n') continue;
    auto json = nlohmann::json::parse(line, nullptr, false);
    if (!json.is_discarded() && json.contains("text")) {
      texts.push_back(json["text"].get<std::string>());
    }
    line.clear();
  }
  gzclose(file);
  return texts;
}

void BM_FrontEnd(benchmark::State& state, const char* file) {
  std::string path = std::string(TOCSIN_SHARED_DIR) + "/corpus/bench/" + file;
  static std::map<std::string, std::vector<std::string>> cache;
  auto& texts = cache[path];
  if (texts.empty()) texts = LoadTexts(path);
  if (texts.empty()) {
    state.SkipWithError(("skipped: " + path + " absent").c_str());
    return;
  }
  auto pipeline = tocsin::Pipeline::Create({});
  if (!pipeline.ok()) {
    state.SkipWithError(pipeline.status().ToString().c_str());
    return;
  }
  tocsin::AnalyzedText analyzed;
  tocsin::Document doc;
  uint64_t bytes = 0, sentences = 0, tokens = 0;
  for (auto _ : state) {
    for (const std::string& raw : texts) {
      tocsin::DecodedText decoded = tocsin::DecodeToUtf8(raw);
      doc.text = std::move(decoded.utf8);
      (*pipeline)->Analyze(doc, &analyzed);
      bytes += raw.size();
      sentences += analyzed.sentences.size();
      tokens += analyzed.tokens.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["MB/s"] = benchmark::Counter(static_cast<double>(bytes) / 1e6,
                                              benchmark::Counter::kIsRate);
  state.counters["documents"] = static_cast<double>(texts.size());
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens),
                                                  benchmark::Counter::kIsRate);
}

BENCHMARK_CAPTURE(BM_FrontEnd, en, "en.jsonl.gz")
    ->Unit(benchmark::kSecond)
    ->MinTime(3);
BENCHMARK_CAPTURE(BM_FrontEnd, fr, "fr.jsonl.gz")
    ->Unit(benchmark::kSecond)
    ->MinTime(3);

}  // namespace

BENCHMARK_MAIN();
