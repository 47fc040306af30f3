// Cost of ParseHtml (ingest/html.h) on pages built to make an HTML5 tree
// builder do quadratic work: each is a short real paragraph followed by 1 MiB
// of one repeated fragment. The guard (HtmlSafePrefixLength) must keep these
// near the cost of an ordinary page; html_test.cc checks that it cuts them,
// this reports how long the whole parse takes.
//
//   build/html_bench --benchmark_min_time=1
#include <benchmark/benchmark.h>

#include <string>
#include <string_view>

#include "ingest/html.h"

namespace tocsin {
namespace {

std::string Page(std::string_view unit) {
  std::string page = "<p>Kept.</p>";
  while (page.size() < (1u << 20)) page += unit;
  return page;
}

void BM_ParsePathologicalHtml(benchmark::State& state, std::string unit) {
  const std::string page = Page(unit);
  for (auto _ : state) {
    StatusOr<Document> doc = ParseHtml(page, "bad.html");
    if (!doc.ok()) {
      state.SkipWithError(doc.status().ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(doc->text.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(page.size()));
  state.counters["kept_prefix_bytes"] =
      static_cast<double>(HtmlSafePrefixLength(page));
}

BENCHMARK_CAPTURE(BM_ParsePathologicalHtml, div, std::string("<div>"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ParsePathologicalHtml, misnested_b,
                  std::string("<b><div></b>"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ParsePathologicalHtml, list_table,
                  std::string("<li><dd><tr>"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ParsePathologicalHtml, heading_form,
                  std::string("<h1><h1></form><form>"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ParsePathologicalHtml, formatting,
                  std::string("<p><b><i><u><s>x</p>"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ParsePathologicalHtml, template_row,
                  std::string("<tr><template>"))
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace tocsin

BENCHMARK_MAIN();
