// A synthetic SignalReport built by hand, shared by the HTML report's unit
// test (src/signals/report_html_test.cc) and its headless-Chromium test
// (tests/report_chromium_test.cc): 60 daily buckets, a dyad series with a
// five-day escalation (one signal, three evidence events, one of them with
// markup and ampersands in its sentence) and the nuclear watch's series
// with quotations by speaker.
#ifndef TOCSIN_SIGNALS_REPORT_TEST_UTIL_H_
#define TOCSIN_SIGNALS_REPORT_TEST_UTIL_H_

#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "tocsin/signals.h"

namespace tocsin::signals_test {

inline constexpr size_t kSyntheticBuckets = 60;
// Escalation buckets of the dyad series: 2026-04-22 .. 2026-04-26.
inline constexpr size_t kRunFirst = 52, kRunLast = 56;
// Charts the page holds for the synthetic report (class="chart" exactly):
// the news volume, one per signal, one per watch.
inline constexpr int kSyntheticTimelineCharts = 3;
// Alarming buckets: the dyad's five-day run and one day of the watch.
inline constexpr int kSyntheticAlarms = 6;

// How many times `needle` occurs in `haystack`, without overlaps.
inline int CountOccurrences(std::string_view haystack,
                            std::string_view needle) {
  int n = 0;
  for (size_t at = haystack.find(needle); at != std::string_view::npos;
       at = haystack.find(needle, at + needle.size())) {
    ++n;
  }
  return n;
}

// "2026-03-01" plus `offset` days (March and April only: 60 days fit).
inline std::string SyntheticDay(size_t offset) {
  int month = 3, day = static_cast<int>(offset) + 1;
  if (day > 31) {
    month = 4;
    day -= 31;
  }
  char buffer[16];
  std::snprintf(buffer, sizeof(buffer), "2026-%02d-%02d", month, day);
  return buffer;
}

// A point as the detector would leave it: tested after two weeks of
// history, alarming above `upper` once at least 3 events were seen.
inline SeriesPoint SyntheticPoint(size_t i, double count, double expected,
                                  double documents) {
  SeriesPoint p;
  p.count = count;
  p.events = 2 * count;  // the events behind the documents
  p.per_thousand = documents > 0 ? 1000 * p.events / documents : 0;
  if (i >= 14) {
    p.tested = true;
    p.expected = expected;
    p.upper = expected + 3 * std::sqrt(expected) + 1;
    p.alarm = count >= 3 && count > p.upper;
  }
  return p;
}

inline SignalReport SyntheticSignalReport() {
  SignalReport report;
  for (size_t i = 0; i < kSyntheticBuckets; ++i) {
    report.buckets.push_back(SyntheticDay(i));
    // A weekly rhythm in the news volume, quieter at weekends.
    report.documents.push_back(i % 7 == 5 || i % 7 == 6 ? 520.0 + 3 * i
                                                        : 840.0 + 5 * i);
  }

  // Series 0: the dyad, 2-6 events a day, then an escalation.
  Series dyad;
  dyad.kind = SeriesKind::kDyad;
  dyad.key = "RUSMIL>UKR";
  const double run_counts[] = {14, 19, 26, 21, 15};
  for (size_t i = 0; i < kSyntheticBuckets; ++i) {
    double count = static_cast<double>(2 + (i * 7) % 5);
    if (i >= kRunFirst && i <= kRunLast) count = run_counts[i - kRunFirst];
    dyad.points.push_back(SyntheticPoint(i, count, 4.1, report.documents[i]));
    dyad.total += count;
    dyad.goldstein.push_back(i >= kRunFirst && i <= kRunLast ? -8.6
                                                             : -3.0 - i % 3);
  }

  // Series 1: the nuclear watch, mostly quiet.
  Series nuclear;
  nuclear.kind = SeriesKind::kWatch;
  nuclear.key = "nuclear";
  for (size_t i = 0; i < kSyntheticBuckets; ++i) {
    const double count = i == 54 ? 7 : (i % 9 == 0 ? 2 : i % 2);
    nuclear.points.push_back(
        SyntheticPoint(i, count, 0.9, report.documents[i]));
    nuclear.total += count;
  }
  report.series = {dyad, nuclear};

  Signal signal;
  signal.kind = SeriesKind::kDyad;
  signal.key = "RUSMIL>UKR";
  signal.since = SyntheticDay(kRunFirst);
  signal.until = SyntheticDay(kRunLast);
  signal.peak = SyntheticDay(54);
  signal.observed = 26;
  signal.observed_events = 52;
  signal.expected = 4.1;
  signal.observed_per_thousand = 1000 * 26 / report.documents[54];
  signal.expected_per_thousand = 1000 * 4.1 / report.documents[54];
  signal.ratio = 26 / 4.1;
  signal.p_value = 3.2e-11;
  signal.score = 10.5;
  signal.run_observed = 95;
  signal.run_expected = 20.5;
  signal.baseline_buckets = 28;
  signal.severity = Severity::kCritical;
  signal.series_index = 0;

  EvidenceEvent e1;
  e1.event_id = 101;
  e1.day = SyntheticDay(54);
  e1.cameo = "195";
  e1.source = "RUSMIL";
  e1.target = "UKR";
  e1.quad_class = 4;
  e1.goldstein = -10;
  e1.num_articles = 12;
  e1.location = "Kharkiv";
  e1.sentence =
      "Russian forces <script>alert(1)</script> struck Kharkiv & Izium, "
      "officials said \"overnight\" in the 'east'.";
  e1.outlet = "wire.example.org";
  e1.url = "https://wire.example.org/kharkiv?a=1&b=2";
  EvidenceEvent e2 = e1;
  e2.event_id = 102;
  e2.day = SyntheticDay(53);
  e2.cameo = "190";
  e2.goldstein = -10;
  e2.num_articles = 4;
  e2.location = "";
  e2.sentence = "";  // the store kept no sentence text
  e2.outlet = "journal.example.fr";
  e2.url = "javascript:alert(2)";  // must never become a link
  EvidenceEvent e3 = e1;
  e3.event_id = 103;
  e3.day = SyntheticDay(52);
  e3.cameo = "1831";
  e3.num_articles = 3;
  e3.location = "Sumy Oblast";
  e3.sentence = "A long report. ";
  for (int i = 0; i < 40; ++i) {
    e3.sentence += "Shelling continued along the front line near the border. ";
  }
  e3.sentence +=
      "Averylongwordwithoutanyspacesthatmustwrapratherthanoverflow"
      "thecolumnofthetableinthereportpageforanalysts";
  e3.outlet = "";
  e3.url = "http://news.example.net/sumy";
  signal.evidence = {e1, e2, e3};
  report.signals = {signal};

  WatchReport watch;
  // Built by hand rather than from NuclearWatch(): the page only shows
  // the name and description.
  watch.watch.name = "nuclear";
  watch.watch.codes = {"1385", "204"};
  watch.watch.description =
      "Nuclear rhetoric & posture (CAMEO 1385, 204x; <nuclear> themes)";
  watch.series_index = 1;
  QuotationEvidence q1;
  q1.speaker = "Dmitry Medvedev";
  q1.speaker_code = "RUSGOV";
  q1.text = "We will use <all> means & \"every\" weapon.";
  q1.day = SyntheticDay(54);
  q1.outlet = "wire.example.org";
  q1.url = "https://wire.example.org/medvedev";
  QuotationEvidence q2 = q1;
  q2.text = "The red lines are real.";
  q2.day = SyntheticDay(55);
  QuotationEvidence q3;
  q3.speaker = "";
  q3.text = "Unattributed warning about deployments.";
  q3.day = SyntheticDay(56);
  q3.outlet = "agency.example.com";
  watch.quotations = {q1, q2, q3};
  watch.speakers = {{"Dmitry Medvedev", 2}, {"", 1}};
  report.watches = {watch};

  report.documents_read = 48213;
  report.undated_documents = 17;
  report.mentions_read = 90211;
  report.events_read = 15342;
  report.series_tested = 1288;
  report.buckets_tested = 59570;
  report.options.baseline_buckets = 28;
  report.options.false_alarm_rate = 0.01;
  report.options.min_count = 3;
  return report;
}

}  // namespace tocsin::signals_test

#endif  // TOCSIN_SIGNALS_REPORT_TEST_UTIL_H_
