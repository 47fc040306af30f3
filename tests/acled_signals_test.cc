// Issue 8, check 3: signals on real data. The notes of ACLED's 2021
// Myanmar explosions/remote violence export are stored as documents dated
// by event_date, and the top five per-ADM1 signals are checked against
// ACLED's own admin1 and dates: each should point to a real run of events
// in its region. Skipped when the export in ../shared is absent.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "eval/acled_eval.h"
#include "geo/gazetteer.h"
#include "store/store_test_util.h"
#include "tocsin/signals.h"
#include "tocsin/store.h"
#include "util/paths.h"

namespace tocsin {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::sys_days;

const std::string kMyanmar = std::string(TOCSIN_SHARED_DIR) +
                             "/eval/acled/"
                             "myanmar_explosions_remote_violence_2021.csv";

// "YYYY-MM-DD" (a daily bucket) -> day; false when malformed.
bool ParseDay(std::string_view s, sys_days* out) {
  int y = 0;
  unsigned m = 0, d = 0;
  if (s.size() < 10 || std::sscanf(std::string(s.substr(0, 10)).c_str(),
                                   "%d-%u-%u", &y, &m, &d) != 3) {
    return false;
  }
  const std::chrono::year_month_day ymd{
      std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
  if (!ymd.ok()) return false;
  *out = sys_days(ymd);
  return true;
}

// The names of the ISO 3166-2 subdivisions by code, as the compiled
// gazetteer holds them: the geocoder reads its region names from there, so
// they are the names SameAdmin1 was written to compare with ACLED's.
std::map<std::string, std::string> SubdivisionNames() {
  std::map<std::string, std::string> names;
  StatusOr<std::unique_ptr<Gazetteer>> gz =
      Gazetteer::Open(DataDir() + "/gazetteer.bin");
  if (!gz.ok()) {
    ADD_FAILURE() << gz.status().ToString();
    return names;
  }
  for (size_t i = 0; i < (*gz)->size(); ++i) {
    const GazetteerEntry& e = (*gz)->entry(static_cast<uint32_t>(i));
    if (e.level != static_cast<uint8_t>(PlaceLevel::kAdmin1)) continue;
    names.emplace((*gz)->str(e.adm1_code), (*gz)->str(e.name));
  }
  return names;
}

// ACLED events of one region: how many fall on each day.
struct RegionDays {
  std::map<sys_days, int> per_day;
  int Count(sys_days first, sys_days last) const {
    int n = 0;
    for (auto it = per_day.lower_bound(first);
         it != per_day.end() && it->first <= last; ++it) {
      n += it->second;
    }
    return n;
  }
};

struct RunCheck {
  int window_rows = 0, window_days = 0;
  int baseline_rows = 0, baseline_days = 0;
  double window_rate = 0, baseline_rate = 0;  // rows per day
  bool real = false;
};

// A signal points to a real run when ACLED itself saw the region's events
// rise then: at least 3 rows within a day of the signal's run (a day's
// slack, since a report may be filed the day after the event), at no less
// than twice the region's daily rate over the 28 days before the run. The
// baseline is smoothed by half an event so that a region ACLED had not
// seen before counts as a rise from nothing rather than dividing by zero,
// and it stops at the file's first day: ACLED's days before it are
// unknown, not quiet.
RunCheck CheckRun(const RegionDays& region, sys_days since, sys_days until,
                  sys_days file_first) {
  RunCheck c;
  const sys_days window_first = since - std::chrono::days(1);
  const sys_days window_last = until + std::chrono::days(1);
  c.window_rows = region.Count(window_first, window_last);
  c.window_days = (window_last - window_first).count() + 1;
  const sys_days base_first =
      std::max(since - std::chrono::days(28), file_first);
  const sys_days base_last = since - std::chrono::days(1);
  c.baseline_days = std::max<int>((base_last - base_first).count() + 1, 1);
  c.baseline_rows = region.Count(base_first, base_last);
  c.window_rate = static_cast<double>(c.window_rows) / c.window_days;
  c.baseline_rate = (c.baseline_rows + 0.5) / c.baseline_days;
  c.real = c.window_rows >= 3 && c.window_rate >= 2 * c.baseline_rate;
  return c;
}

TEST(AcledSignalsTest, TopAdm1SignalsAreRealRuns) {
  if (!std::filesystem::exists(kMyanmar)) {
    std::printf("skipping: %s absent\n", kMyanmar.c_str());
    GTEST_SKIP() << kMyanmar << " absent";
  }
  StatusOr<AcledFile> file = ReadAcledCsv(kMyanmar);
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  const Pipeline* pipeline = store_test::SharedPipeline();
  ASSERT_NE(pipeline, nullptr);

  // Ingest: one English document per row, as `tocsin eval acled` codes
  // them (cli/eval_acled.cc), keyed by ACLED's event id.
  store_test::TempDir dir;
  std::unique_ptr<Store> store = store_test::OpenOrDie(dir.File("acled.db"));
  ASSERT_NE(store, nullptr);
  const auto ingest_start = Clock::now();
  constexpr size_t kBatch = 500;
  DocumentAnalysis analysis;
  for (size_t i = 0; i < file->rows.size(); ++i) {
    const Document doc = AcledRowDocument(kMyanmar, file->rows[i]);
    if (i % kBatch == 0) {
      ASSERT_TRUE(store->BeginBatch().ok());
    }
    pipeline->Process(doc, &analysis);
    StatusOr<PutResult> put = store->Put(doc, analysis);
    ASSERT_TRUE(put.ok()) << doc.id << ": " << put.status().ToString();
    if (i % kBatch == kBatch - 1 || i + 1 == file->rows.size()) {
      ASSERT_TRUE(store->CommitBatch().ok());
    }
  }
  const double ingest_s =
      std::chrono::duration<double>(Clock::now() - ingest_start).count();

  const auto signals_start = Clock::now();
  // The question is per region: the report ranks the ADM1 series' signals
  // (the nuclear watch and the other kinds are left out of the ranking).
  SignalOptions options;
  options.kinds = {SeriesKind::kAdm1};
  StatusOr<SignalReport> report = ComputeSignals(*store, options);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  const double signals_s =
      std::chrono::duration<double>(Clock::now() - signals_start).count();
  size_t adm1_series = 0;
  for (const Series& s : report->series) {
    if (s.kind == SeriesKind::kAdm1) ++adm1_series;
  }
  std::printf(
      "%zu rows; %llu documents read (%llu undated), %llu mentions, %llu "
      "events; %llu series tested (%zu ADM1 series among the %zu reported); "
      "%zu signals\ningest %.2f s, ComputeSignals %.2f s\n",
      file->rows.size(),
      static_cast<unsigned long long>(report->documents_read),
      static_cast<unsigned long long>(report->undated_documents),
      static_cast<unsigned long long>(report->mentions_read),
      static_cast<unsigned long long>(report->events_read),
      static_cast<unsigned long long>(report->series_tested), adm1_series,
      report->series.size(), report->signals.size(), ingest_s, signals_s);

  std::vector<const Signal*> top;
  for (const Signal& s : report->signals) {
    if (s.kind == SeriesKind::kAdm1 && top.size() < 5) top.push_back(&s);
  }
  for (const Signal& s : report->signals) {
    EXPECT_EQ(s.kind, SeriesKind::kAdm1) << s.key;  // only ADM1 is ranked
  }
  EXPECT_GE(top.size(), 5u)
      << "ADM1 signals among the " << report->signals.size()
      << " signals of the report (max_signals " << report->options.max_signals
      << ")";

  // ACLED's own days per admin1 name, and the file's first day.
  std::map<std::string, RegionDays> by_admin1;
  sys_days file_first = sys_days::max();
  for (const AcledRow& row : file->rows) {
    sys_days day;
    if (!ParseDay(AcledDateToIso(row.event_date), &day)) continue;
    ++by_admin1[row.admin1].per_day[day];
    file_first = std::min(file_first, day);
  }
  const std::map<std::string, std::string> subdivisions = SubdivisionNames();

  std::printf(
      "rank  key     region          since..until           obs/exp (sig)   "
      "ACLED rows/day window vs 28-day baseline  verdict\n");
  int rank = 0;
  for (const Signal* s : top) {
    ++rank;
    // "MM-17" names an ISO subdivision; "CC-name" a region known by name.
    std::string region;
    if (auto it = subdivisions.find(s->key); it != subdivisions.end()) {
      region = it->second;
    } else if (s->key.size() > 3 && s->key[2] == '-') {
      region = s->key.substr(3);
    }
    // Every ACLED admin1 of the region ("Shan-North", "Shan-South", ...).
    RegionDays days;
    std::set<std::string> admin1s;
    for (const auto& [admin1, d] : by_admin1) {
      if (!SameAdmin1(admin1, region)) continue;
      admin1s.insert(admin1);
      for (const auto& [day, n] : d.per_day) days.per_day[day] += n;
    }
    sys_days since, until;
    ASSERT_TRUE(ParseDay(s->since, &since)) << s->since;
    ASSERT_TRUE(ParseDay(s->until, &until)) << s->until;
    const RunCheck c = CheckRun(days, since, until, file_first);
    std::string acled_names;
    for (const std::string& a : admin1s) {
      acled_names += (acled_names.empty() ? "" : ",") + a;
    }
    std::printf(
        "%4d  %-6s  %-14s  %s..%s  %5.1f/%-5.2f (%d d)  %3d in %2d d = %.2f/d "
        "vs %3d in %2d d = %.2f/d  %s  [ACLED: %s; p=%.2g, %zu evidence, "
        "first at %s]\n",
        rank, s->key.c_str(), region.c_str(), s->since.c_str(),
        s->until.c_str(), s->observed, s->expected, s->test_buckets,
        c.window_rows, c.window_days, c.window_rate, c.baseline_rows,
        c.baseline_days, c.baseline_rate, c.real ? "REAL" : "not real",
        acled_names.empty() ? "none" : acled_names.c_str(), s->p_value,
        s->evidence.size(),
        s->evidence.empty() ? "-" : s->evidence.front().location.c_str());
    EXPECT_TRUE(c.real) << "signal " << rank << " " << s->key << " (" << region
                        << ") " << s->since << ".." << s->until;
    // Each says which reports drive it: events, or the region's reports.
    EXPECT_FALSE(s->evidence.empty()) << s->key;
  }
}

}  // namespace
}  // namespace tocsin
