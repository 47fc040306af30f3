// Signals over a store (issue 8): the scan reads back what was stored, an
// injected nuclear escalation is found with its evidence, and a busy news
// day of ordinary reporting is no escalation. On SQLite and PostgreSQL.
#include "tocsin/signals.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "signals/count_detector.h"
#include "signals/watch.h"
#include "store/store_backend_test_util.h"
#include "store/store_test_util.h"
#include "tocsin/store.h"
#include "tocsin/store_scan.h"

namespace tocsin {
namespace {

using store_test::Analyze;
using store_test::BackendTest;
using store_test::MakeDoc;

std::string Day(int offset, const char* time = nullptr) {
  const std::chrono::sys_days first = std::chrono::year_month_day{
      std::chrono::year(2026), std::chrono::March, std::chrono::day(1)};
  const std::chrono::year_month_day ymd{first + std::chrono::days(offset)};
  char buf[40];
  std::snprintf(buf, sizeof(buf), "%04d-%02u-%02u%s",
                static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()), time ? time : "");
  return buf;
}

// Routine reporting: each template codes to a different event, so a day
// with n documents has exactly n / 4 of each.
const char* const kRoutine[] = {
    "Russian forces shelled Kharkiv overnight, the regional governor said.",
    ("The French foreign minister met his German counterpart in Berlin on "
     "Tuesday."),
    "Germany promised military aid to Ukraine on Wednesday.",
    "La France a condamné l'attaque russe contre Kharkiv.",
};
const char* const kNuclear =
    "Russia threatened to use nuclear weapons against Poland, the ministry "
    "said.";

class SignalsTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    StoreOptions options;
    options.keep_text = true;
    store_ = location().OpenOrDie(options);
    ASSERT_NE(store_, nullptr);
  }

  // Stores `routine` routine documents on day `day`, then `nuclear`
  // nuclear-threat ones.
  void PutDay(int day, int routine, int nuclear, const char* time = nullptr) {
    ASSERT_TRUE(store_->BeginBatch().ok());
    for (int i = 0; i < routine + nuclear; ++i) {
      const bool threat = i >= routine;
      const std::string text = threat ? kNuclear : kRoutine[i % 4];
      const std::string id =
          "d" + std::to_string(day) + "-" + std::to_string(i);
      const Document doc =
          MakeDoc(id, "https://news.example.org/" + id, Day(day, time),
                  threat || i % 4 != 3 ? "en" : "fr", "Report " + id, text);
      StatusOr<PutResult> put = store_->Put(doc, Analyze(doc));
      ASSERT_TRUE(put.ok()) << put.status().ToString();
    }
    ASSERT_TRUE(store_->CommitBatch().ok());
  }

  SignalReport Compute(const SignalOptions& options) {
    StatusOr<SignalReport> report = ComputeSignals(*store_, options);
    EXPECT_TRUE(report.ok()) << report.status().ToString();
    return report.ok() ? *report : SignalReport();
  }

  std::unique_ptr<Store> store_;
};

class CountingSink : public StoreScanSink {
 public:
  Status OnDocument(const ScannedDocument& d) override {
    ++documents;
    EXPECT_EQ(d.day.size(), 10u);
    return Status::OK();
  }
  Status OnTheme(const ScannedTheme& t) override {
    themes += !t.theme.empty();
    return Status::OK();
  }
  Status OnPlace(const ScannedPlace& p) override {
    places += !p.country.empty();
    return Status::OK();
  }
  Status OnMention(const ScannedMention& m) override {
    ++mentions;
    event_ids.push_back(m.event_id);
    EXPECT_FALSE(m.cameo.empty());
    return Status::OK();
  }
  int documents = 0, themes = 0, places = 0, mentions = 0;
  std::vector<int64_t> event_ids;
};

TEST_P(SignalsTest, ScanReadsBackTheStoredRows) {
  ASSERT_TRUE(store_->BeginBatch().ok());
  const std::vector<Document> docs = store_test::FixtureDocuments();
  for (const Document& doc : docs) {
    ASSERT_TRUE(store_->Put(doc, Analyze(doc)).ok());
  }
  Document undated = docs[0];
  undated.id = "undated";
  undated.url = "https://wire.example.org/undated";
  undated.published.clear();
  ASSERT_TRUE(store_->Put(undated, Analyze(undated)).ok());
  ASSERT_TRUE(store_->CommitBatch().ok());

  CountingSink sink;
  StatusOr<uint64_t> undated_count = store_->Scan({}, sink);
  ASSERT_TRUE(undated_count.ok()) << undated_count.status().ToString();
  EXPECT_EQ(*undated_count, 1u);
  EXPECT_EQ(sink.documents, 4);
  EXPECT_GT(sink.themes, 0);
  EXPECT_GT(sink.places, 0);  // Lyman, Kharkiv, Berlin...
  EXPECT_GT(sink.mentions, 4);

  // A day range leaves the other days out.
  CountingSink one_day;
  ASSERT_TRUE(store_->Scan({"2026-03-07", "2026-03-07"}, one_day).ok());
  EXPECT_EQ(one_day.documents, 2);
  EXPECT_LT(one_day.mentions, sink.mentions);

  // The first report of an event carries its kept sentence and link.
  StatusOr<EventReport> first = store_->FirstReport(sink.event_ids.front());
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_FALSE(first->sentence.empty());
  EXPECT_FALSE(first->outlet.empty());
  EXPECT_EQ(store_->FirstReport(-12345).status().code(), StatusCode::kNotFound);

  // The French dispatch quotes the chancellor.
  bool quoted = false;
  for (int64_t doc = 1; doc <= 5; ++doc) {
    StatusOr<std::vector<StoredQuotation>> quotes = store_->Quotations(doc);
    ASSERT_TRUE(quotes.ok()) << quotes.status().ToString();
    for (const StoredQuotation& q : *quotes) {
      quoted |= q.text.find("Kiev") != std::string::npos;
    }
  }
  EXPECT_TRUE(quoted);
}

TEST_P(SignalsTest, NuclearEscalationIsFoundWithItsEvidence) {
  for (int day = 0; day < 50; ++day) {
    PutDay(day, 4, day >= 44 && day <= 46 ? 3 : 0);
  }
  const SignalReport report = Compute(SignalOptions());
  ASSERT_EQ(report.buckets.size(), 50u);
  EXPECT_EQ(report.documents[10], 4);
  EXPECT_EQ(report.documents[45], 7);
  const Signal* nuclear = nullptr;
  for (const Signal& s : report.signals) {
    if (s.kind == SeriesKind::kWatch && s.key == "nuclear") nuclear = &s;
    // Nothing before the escalation alarms: the routine is stationary.
    EXPECT_GE(s.since, Day(44)) << SeriesKindName(s.kind) << " " << s.key;
  }
  ASSERT_NE(nuclear, nullptr);
  EXPECT_EQ(nuclear->since, Day(44));
  EXPECT_GE(nuclear->observed, 3);
  EXPECT_LT(nuclear->expected, 0.5);
  EXPECT_LT(nuclear->p_value, 0.01);
  ASSERT_FALSE(nuclear->evidence.empty());
  for (const EvidenceEvent& e : nuclear->evidence) {
    EXPECT_EQ(e.cameo, "1385");
    EXPECT_EQ(e.source, "RUS");
    EXPECT_NE(e.sentence.find("nuclear weapons"), std::string::npos);
    EXPECT_EQ(e.url.rfind("https://news.example.org/d4", 0), 0u) << e.url;
  }
  // The watch's series is in the report, with its baseline band.
  ASSERT_FALSE(report.watches.empty());
  const Series& series = report.series[report.watches[0].series_index];
  EXPECT_EQ(series.key, "nuclear");
  EXPECT_EQ(series.points[45].count, 3);
  EXPECT_TRUE(series.points[45].alarm);
  EXPECT_TRUE(series.points[30].tested);
  EXPECT_FALSE(series.points[5].tested);  // too little history
  EXPECT_GT(series.points[45].upper, series.points[45].expected);
}

// A day with five times the news, of the same mix, is not an escalation of
// anything: each series' expected count grows with the day's documents.
// Without that normalisation the same day alarms.
TEST_P(SignalsTest, ABusyNewsDayIsNoEscalation) {
  for (int day = 0; day < 40; ++day) PutDay(day, day == 35 ? 40 : 8, 0);
  const SignalReport report = Compute(SignalOptions());
  EXPECT_EQ(report.documents[35], 40);
  EXPECT_TRUE(report.signals.empty())
      << report.signals.size() << " signals, the first "
      << SeriesKindName(report.signals[0].kind) << " " << report.signals[0].key
      << " on " << report.signals[0].peak;
  EXPECT_GT(report.series_tested, 5u);

  // The raw counts of one routine series do alarm on that day.
  bool raw_alarm = false;
  std::vector<double> counts(40, 2.0);
  counts[35] = 10;
  for (const CountTest& t : TestCounts(counts, CountDetectorOptions())) {
    raw_alarm |= t.day == 35 && t.alarm;
  }
  EXPECT_TRUE(raw_alarm);
}

TEST_P(SignalsTest, HourlyBucketsUseTheUtcHour) {
  for (int day = 0; day < 3; ++day) PutDay(day, 4, 0, "T10:30:00+02:00");
  SignalOptions options;
  options.hourly = true;
  const SignalReport report = Compute(options);
  ASSERT_FALSE(report.buckets.empty());
  EXPECT_EQ(report.buckets.front(), Day(0, "T08"));
  EXPECT_EQ(report.buckets.back(), Day(2, "T08"));
  EXPECT_EQ(report.buckets.size(), 49u);
  EXPECT_EQ(report.documents.front(), 4);
  EXPECT_EQ(report.untimed_documents, 0u);
}

TEST_P(SignalsTest, UserWatchesCountWhatTheySelect) {
  for (int day = 0; day < 30; ++day) PutDay(day, 4, day == 29 ? 3 : 0);
  StatusOr<std::vector<Watch>> watches = ParseWatches(
      "[watch poland]\nactors = POL\ncodes = 13\nmin_count = 2\n"
      "[watch french-criticism]\nactors = FRA\ncodes = 11\n",
      "test.watch");
  ASSERT_TRUE(watches.ok()) << watches.status().ToString();
  SignalOptions options;
  options.watches = *watches;
  options.builtin_watches = false;
  const SignalReport report = Compute(options);
  ASSERT_EQ(report.watches.size(), 2u);
  const Series& poland = report.series[report.watches[0].series_index];
  EXPECT_EQ(poland.key, "poland");
  EXPECT_EQ(poland.total, 3);  // the three threats against Poland
  EXPECT_EQ(poland.points[29].count, 3);
  const Series& french = report.series[report.watches[1].series_index];
  EXPECT_EQ(french.total, 30);  // one condemnation a day
  bool poland_signal = false;
  for (const Signal& s : report.signals) {
    poland_signal |= s.kind == SeriesKind::kWatch && s.key == "poland";
  }
  EXPECT_TRUE(poland_signal);
}

TEST_P(SignalsTest, MalformedOptionsAreRefused) {
  PutDay(0, 4, 0);
  struct Case {
    const char* what;
    SignalOptions options;
  };
  std::vector<Case> cases(6);
  cases[0] = {"since", {}};
  cases[0].options.since = "2026-13-01";
  cases[1] = {"until before since", {}};
  cases[1].options.since = "2026-03-05";
  cases[1].options.until = "2026-03-01";
  cases[2] = {"rate", {}};
  cases[2].options.false_alarm_rate = 0.7;
  cases[3] = {"baseline", {}};
  cases[3].options.baseline_buckets = 1;
  cases[4] = {"min count", {}};
  cases[4].options.min_count = 0;
  cases[5] = {"window", {}};
  cases[5].options.window_buckets = 100;
  for (const Case& c : cases) {
    EXPECT_EQ(ComputeSignals(*store_, c.options).status().code(),
              StatusCode::kInvalidArgument)
        << c.what;
  }
  // An empty range is an empty report, not an error.
  SignalOptions later;
  later.since = "2027-01-01";
  const SignalReport empty = Compute(later);
  EXPECT_TRUE(empty.buckets.empty());
  EXPECT_TRUE(empty.signals.empty());
}

TOCSIN_INSTANTIATE_BACKENDS(SignalsTest);

}  // namespace
}  // namespace tocsin
