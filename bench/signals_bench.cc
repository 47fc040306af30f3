// Cost of ComputeSignals (tocsin/signals.h) over a SQLite store holding
// 1,000,000 aggregated events (issue 8, check 5: at most 10 s on one core).
//
// The store is synthetic but shaped like a year of news: 100,000 documents
// over 365 days, ten events each (a tenth of them reported again by a
// second document, so 1.1 million mentions), actors, CAMEO codes, places and
// themes drawn from skewed distributions, so there are thousands of series.
// It is written once with plain SQL into the schema Store::Open creates
// (<build>/bench-data/signals-1m.db) and reused. The process is pinned to one
// core; ComputeSignals is single-threaded anyway.
//
//   build/signals_bench --benchmark_repetitions=3
#include <benchmark/benchmark.h>
#include <sched.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "store/sqlite/sqlite_db.h"
#include "tocsin/signals.h"
#include "tocsin/store.h"

namespace tocsin {
namespace {

namespace fs = std::filesystem;

constexpr int kDays = 365;
constexpr int kDocuments = 100000;
constexpr int kEventsPerDocument = 10;
constexpr int kEvents = kDocuments * kEventsPerDocument;

std::string DayLabel(int day) {
  const std::chrono::sys_days first = std::chrono::year_month_day{
      std::chrono::year(2025), std::chrono::January, std::chrono::day(1)};
  const std::chrono::year_month_day ymd{first + std::chrono::days(day)};
  char buf[16];
  std::snprintf(
      buf, sizeof(buf), "%04d-%02u-%02u", static_cast<int>(ymd.year()),
      static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

// A skewed pick in [0, n): a few values are common, most rare.
int Skewed(std::mt19937_64& rng, int n) {
  const double u = std::uniform_real_distribution<double>(0, 1)(rng);
  return static_cast<int>(n * u * u * u);
}

Status WriteStore(const std::string& path) {
  {
    StatusOr<std::unique_ptr<Store>> store = Store::Open(path, {});
    if (!store.ok()) return store.status();
  }
  TOCSIN_ASSIGN_OR_RETURN(std::unique_ptr<SqliteDb> db,
                          SqliteDb::Open(path, false));
  TOCSIN_RETURN_IF_ERROR(db->Exec("PRAGMA synchronous = OFF"));
  TOCSIN_RETURN_IF_ERROR(db->Exec("BEGIN"));
  TOCSIN_ASSIGN_OR_RETURN(
      SqliteStatement doc,
      db->Prepare("INSERT INTO documents (doc, doc_key, id, source, outlet, "
                  "published, day, language, content_hash, text_bytes, "
                  "ingested_at, story_id) VALUES (?, ?, ?, 'bench', ?, ?, ?, "
                  "'en', ?, 1000, '2026-01-01T00:00:00Z', ?)"));
  TOCSIN_ASSIGN_OR_RETURN(
      SqliteStatement theme,
      db->Prepare("INSERT OR IGNORE INTO themes (doc, theme, mentions) "
                  "VALUES (?, ?, 1)"));
  TOCSIN_ASSIGN_OR_RETURN(
      SqliteStatement mention,
      db->Prepare(
          "INSERT INTO event_mentions (doc, event, sentence, span_begin, "
          "span_end, trigger_text, cameo, root, quad_class, goldstein, "
          "source_code, target_code, reporter_code, negated, hypothetical, "
          "location_key, country, adm1, rule, event_id) VALUES (?, ?, 0, 0, "
          "1, 'x', ?, ?, ?, ?, ?, ?, '', 0, 0, ?, ?, ?, 'bench', ?)"));
  const char* const kCodes[] = {
      "010", "020",  "036", "040", "042", "043",  "046", "051", "057", "061",
      "071", "0874", "111", "112", "120", "1385", "141", "150", "152", "154",
      "172", "173",  "180", "190", "193", "194",  "195", "2042"};
  const int kQuad[] = {1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3,
                       3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4};
  const char* const kAgents[] = {"", "GOV", "MIL", "MED", "OPP", "CVL"};
  std::mt19937_64 rng(2026);
  int64_t event_id = 1;
  for (int d = 1; d <= kDocuments; ++d) {
    const int day = (d - 1) * kDays / kDocuments;
    const std::string id = "doc" + std::to_string(d);
    const std::string date = DayLabel(day);
    TOCSIN_RETURN_IF_ERROR(doc.BindInt(1, d));
    TOCSIN_RETURN_IF_ERROR(doc.BindText(2, id));
    TOCSIN_RETURN_IF_ERROR(doc.BindText(3, id));
    const std::string outlet = "outlet" + std::to_string(Skewed(rng, 300));
    TOCSIN_RETURN_IF_ERROR(doc.BindText(4, outlet));
    TOCSIN_RETURN_IF_ERROR(doc.BindText(5, date));
    TOCSIN_RETURN_IF_ERROR(doc.BindText(6, date));
    TOCSIN_RETURN_IF_ERROR(doc.BindText(7, id));
    TOCSIN_RETURN_IF_ERROR(doc.BindInt(8, d));
    TOCSIN_RETURN_IF_ERROR(doc.Run());
    for (int t = 0; t < 3; ++t) {
      TOCSIN_RETURN_IF_ERROR(theme.BindInt(1, d));
      const std::string name = "THEME_" + std::to_string(Skewed(rng, 120));
      TOCSIN_RETURN_IF_ERROR(theme.BindText(2, name));
      TOCSIN_RETURN_IF_ERROR(theme.Run());
    }
    for (int e = 0; e < kEventsPerDocument; ++e) {
      const int code = Skewed(rng, static_cast<int>(std::size(kCodes)));
      const std::string cameo = kCodes[code];
      const std::string root = cameo.substr(0, 2);
      const int country = Skewed(rng, 200);
      const std::string source =
          "C" + std::to_string(Skewed(rng, 200)) + kAgents[Skewed(rng, 6)];
      const std::string target =
          "C" + std::to_string(Skewed(rng, 200)) + kAgents[Skewed(rng, 6)];
      const std::string cc = "K" + std::to_string(country);
      const std::string adm1 = cc + "-" + std::to_string(Skewed(rng, 12));
      // A tenth of the events are reported again by the next document.
      const int reports = e == 0 && d < kDocuments ? 2 : 1;
      for (int r = 0; r < reports; ++r) {
        TOCSIN_RETURN_IF_ERROR(mention.BindInt(1, d + r));
        TOCSIN_RETURN_IF_ERROR(mention.BindInt(2, e + 100 * r));
        TOCSIN_RETURN_IF_ERROR(mention.BindText(3, cameo));
        TOCSIN_RETURN_IF_ERROR(mention.BindText(4, root));
        TOCSIN_RETURN_IF_ERROR(mention.BindInt(5, kQuad[code]));
        TOCSIN_RETURN_IF_ERROR(mention.Bind(6, SqlValue(-5.0 + code % 10)));
        TOCSIN_RETURN_IF_ERROR(mention.BindText(7, source));
        TOCSIN_RETURN_IF_ERROR(mention.BindText(8, target));
        TOCSIN_RETURN_IF_ERROR(mention.BindText(9, "a:" + adm1));
        TOCSIN_RETURN_IF_ERROR(mention.BindText(10, cc));
        TOCSIN_RETURN_IF_ERROR(mention.BindText(11, adm1));
        TOCSIN_RETURN_IF_ERROR(mention.BindInt(12, event_id));
        TOCSIN_RETURN_IF_ERROR(mention.Run());
      }
      ++event_id;
    }
  }
  return db->Exec("COMMIT");
}

// The store, written on first use.
const std::string& StorePath() {
  static const std::string path = [] {
    const fs::path dir =
        fs::path(TOCSIN_BUILD_DATA_DIR).parent_path() / "bench-data";
    fs::create_directories(dir);
    const std::string p = (dir / "signals-1m.db").string();
    if (!fs::exists(p)) {
      const std::string tmp = p + ".tmp";
      fs::remove(tmp);
      const Status s = WriteStore(tmp);
      if (!s.ok()) {
        std::fprintf(stderr, "signals_bench: %s\n", s.ToString().c_str());
        return std::string();
      }
      fs::rename(tmp, p);
    }
    return p;
  }();
  return path;
}

void BM_ComputeSignals(benchmark::State& state) {
  const std::string& path = StorePath();
  if (path.empty()) {
    state.SkipWithError("could not write the synthetic store");
    return;
  }
  StoreOptions options;
  options.create_if_missing = false;
  StatusOr<std::unique_ptr<Store>> store = Store::Open(path, options);
  if (!store.ok()) {
    state.SkipWithError(store.status().ToString().c_str());
    return;
  }
  SignalReport report;
  for (auto _ : state) {
    StatusOr<SignalReport> r = ComputeSignals(**store, SignalOptions());
    if (!r.ok()) {
      state.SkipWithError(r.status().ToString().c_str());
      return;
    }
    report = std::move(*r);
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  state.counters["events"] = static_cast<double>(report.events_read);
  state.counters["mentions"] = static_cast<double>(report.mentions_read);
  state.counters["documents"] = static_cast<double>(report.documents_read);
  state.counters["series_tested"] = static_cast<double>(report.series_tested);
  state.counters["buckets_tested"] = static_cast<double>(report.buckets_tested);
  state.counters["signals"] = static_cast<double>(report.signals.size());
  state.counters["peak_rss_mb"] = static_cast<double>(usage.ru_maxrss) / 1024;
  state.counters["events_per_s"] =
      benchmark::Counter(static_cast<double>(report.events_read) *
                             static_cast<double>(state.iterations()),
                         benchmark::Counter::kIsRate);
}

BENCHMARK(BM_ComputeSignals)->Unit(benchmark::kSecond)->Iterations(1);

}  // namespace
}  // namespace tocsin

int main(int argc, char** argv) {
  // One core, as the target says.
  cpu_set_t one;
  CPU_ZERO(&one);
  CPU_SET(0, &one);
  sched_setaffinity(0, sizeof(one), &one);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  std::printf("signals_bench: %d events (%d documents over %d days) in %s\n",
              tocsin::kEvents, tocsin::kDocuments, tocsin::kDays,
              tocsin::StorePath().c_str());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
