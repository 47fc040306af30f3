// The HTML signal report on a synthetic report (signals/report_test_util.h)
// and on edge cases: a complete, self-contained document (no script, no
// stylesheet or image fetched, links only to the evidence URLs), every
// report string escaped, one chart per signal, watch and the news volume,
// the alarms marked, and sensible pages for empty or degenerate reports.
#include "signals/report_html.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "signals/report_test_util.h"

namespace tocsin {
namespace {

using signals_test::SyntheticSignalReport;

int Count(std::string_view haystack, std::string_view needle) {
  return signals_test::CountOccurrences(haystack, needle);
}

bool Contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

TEST(HtmlEscape, EscapesMarkupAmpersandsAndQuotes) {
  struct Case {
    std::string in, out;
  };
  const Case cases[] = {
      {"", ""},
      {"plain text", "plain text"},
      {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
      {"Tom & Jerry", "Tom &amp; Jerry"},
      {"&amp;", "&amp;amp;"},
      {"say \"hi\"", "say &quot;hi&quot;"},
      {"it's", "it&#39;s"},
      {"\" onmouseover=\"x", "&quot; onmouseover=&quot;x"},
      {"Київ, Harkov", "Київ, Harkov"},  // UTF-8 passes through
      {std::string("a\0b", 3), "ab"},    // NUL dropped
  };
  for (const Case& c : cases) {
    EXPECT_EQ(HtmlEscape(c.in), c.out) << c.in;
  }
}

TEST(IsLinkableUrl, OnlyHttpAndHttps) {
  struct Case {
    const char* url;
    bool linkable;
  };
  const Case cases[] = {
      {"https://example.org/a", true},
      {"http://example.org", true},
      {"HTTPS://EXAMPLE.ORG", true},
      {"javascript:alert(1)", false},
      {"data:text/html,<b>x</b>", false},
      {"//example.org/a", false},
      {"/relative/path", false},
      {"ftp://example.org", false},
      {"https://", false},
      {"", false},
      {" https://example.org", false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(IsLinkableUrl(c.url), c.linkable) << c.url;
  }
}

class SyntheticReportHtml : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    html_ = new std::string(SignalReportHtml(SyntheticSignalReport()));
  }
  static void TearDownTestSuite() {
    delete html_;
    html_ = nullptr;
  }
  static const std::string& html() { return *html_; }
  static std::string* html_;
};
std::string* SyntheticReportHtml::html_ = nullptr;

TEST_F(SyntheticReportHtml, IsACompleteDocument) {
  const std::string& page = html();
  EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_TRUE(Contains(page, "<meta charset=\"utf-8\">"));
  EXPECT_TRUE(Contains(page, "<style>"));
  EXPECT_TRUE(Contains(page, "</body></html>"));
  EXPECT_EQ(Count(page, "<svg"), Count(page, "</svg>"));
  EXPECT_EQ(Count(page, "<table"), Count(page, "</table>"));
  EXPECT_EQ(Count(page, "<section"), Count(page, "</section>"));
  // Non-finite numbers would print as nan/inf and break the SVG.
  EXPECT_FALSE(Contains(page, "nan")) << "a NaN reached the page";
  EXPECT_FALSE(Contains(page, "inf\"")) << "an infinity reached the page";
}

TEST_F(SyntheticReportHtml, FetchesNothing) {
  const std::string& page = html();
  // Table-driven: none of these may appear anywhere in the page.
  for (const char* forbidden :
       {"<script", "<link", "<img", "<iframe", "<object", "<embed",
        " src=", "@import", "url(", "xlink:href", "javascript:alert"}) {
    EXPECT_FALSE(Contains(page, forbidden)) << forbidden;
  }
  // Every http(s) URL is an href of an evidence or quotation link.
  const std::set<std::string> allowed = {
      "https://wire.example.org/kharkiv?a=1&amp;b=2",
      "http://news.example.net/sumy", "https://wire.example.org/medvedev"};
  for (const char* scheme : {"http://", "https://"}) {
    for (size_t at = page.find(scheme); at != std::string::npos;
         at = page.find(scheme, at + 1)) {
      ASSERT_GE(at, 6u);
      EXPECT_EQ(page.substr(at - 6, 6), "href=\"") << page.substr(at, 60);
      const size_t end = page.find('"', at);
      EXPECT_TRUE(allowed.count(page.substr(at, end - at)))
          << page.substr(at, end - at);
    }
  }
  EXPECT_EQ(Count(page, "href=\"http"), 4);  // 1 + 1 evidence, 2 quotations
}

TEST_F(SyntheticReportHtml, EscapesEveryReportString) {
  const std::string& page = html();
  struct Case {
    const char* escaped;
    const char* raw;  // must not appear
  };
  const Case cases[] = {
      {"Russian forces &lt;script&gt;alert(1)&lt;/script&gt; struck Kharkiv "
       "&amp; Izium, officials said &quot;overnight&quot; in the "
       "&#39;east&#39;.",
       "<script>alert(1)</script>"},
      {"We will use &lt;all&gt; means &amp; &quot;every&quot; weapon.",
       "<all>"},
      {"Nuclear rhetoric &amp; posture (CAMEO 1385, 204x; &lt;nuclear&gt; "
       "themes)",
       "<nuclear>"},
      {"RUSMIL&gt;UKR", "RUSMIL>UKR"},
      {"data-series=\"dyad:RUSMIL&gt;UKR\"", "Kharkiv & Izium"},
  };
  for (const Case& c : cases) {
    EXPECT_TRUE(Contains(page, c.escaped)) << c.escaped;
    EXPECT_FALSE(Contains(page, c.raw)) << c.raw;
  }
}

TEST_F(SyntheticReportHtml, UnsafeUrlsStayText) {
  const std::string& page = html();
  // The javascript: URL is neither a link nor printed; its outlet is text.
  EXPECT_FALSE(Contains(page, "javascript:"));
  EXPECT_TRUE(Contains(page, "<td>journal.example.fr</td>"));
  // An outlet-less evidence is linked by its URL's host.
  EXPECT_TRUE(Contains(page,
                       "<a href=\"http://news.example.net/sumy\" "
                       "rel=\"noopener noreferrer\">news.example.net</a>"));
}

TEST_F(SyntheticReportHtml, ChartsTablesAndMarks) {
  const std::string& page = html();
  struct Case {
    const char* needle;
    int count;
  };
  const Case cases[] = {
      // One timeline per signal and watch, plus the news volume.
      {"class=\"chart\"", signals_test::kSyntheticTimelineCharts},
      {"<svg class=\"chart", signals_test::kSyntheticTimelineCharts + 1},
      {"class=\"chart goldstein\"", 1},  // the dyad's
      {"data-series=\"volume:documents\"", 1},
      {"data-series=\"dyad:RUSMIL&gt;UKR\"", 2},  // timeline and Goldstein
      {"data-series=\"watch:nuclear\"", 1},
      {"<table class=\"evidence\"", 1},
      {"<circle class=\"alarm\"", signals_test::kSyntheticAlarms},
      {"<rect class=\"bar hot\"", signals_test::kSyntheticAlarms},
      {"<rect class=\"run\"", 1},
      {"<polygon class=\"band\"", 2},  // one tested run per series
      {"<polyline class=\"expected\"", 2},
      {"class=\"badge sev-critical\"", 2},  // summary row and card
      {"(sentence not stored)", 1},
      {"id=\"signal-1\"", 1},
      {"No signals", 0},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Count(page, c.needle), c.count) << c.needle;
  }
}

TEST_F(SyntheticReportHtml, HeaderAndCardFacts) {
  const std::string& page = html();
  for (const char* needle :
       {"2026-03-01 &ndash; 2026-04-29",
        "60 daily buckets",
        "48,213",
        "15,342",
        "1,288",
        "<dt>Baseline buckets</dt><dd>28 (min 14)</dd>",
        "<dt>False alarm rate</dt><dd>0.01</dd>",
        "<dt>Min count</dt><dd>3</dd>",
        "<dt>Window buckets</dt><dd>7</dd>",
        "Since <b>2026-04-22</b>",
        "until <b>2026-04-26</b>",
        "peak <b>2026-04-24</b>",
        "<b>26</b> documents observed vs <b>4.1</b> expected (52 events)",
        "ratio <b>&times;6.3</b>",
        "p-value <b>3.2e-11</b>",
        "per 1,000 documents",
        "Dmitry Medvedev <span class=\"muted\">(2)",
        "(unattributed) <span class=\"muted\">(1)",
        "The red lines are real.",
        ">2026-03-01</text>",
        ">2026-04-29</text>"}) {
    EXPECT_TRUE(Contains(page, needle)) << needle;
  }
  // Quotations are grouped: both of Medvedev's come before the
  // unattributed one.
  EXPECT_LT(page.find("The red lines are real."),
            page.find("Unattributed warning"));
}

TEST(SignalReportHtml, EmptyReport) {
  const std::string page = SignalReportHtml(SignalReport{});
  EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_TRUE(Contains(page, "No signals in this range."));
  EXPECT_TRUE(Contains(page, "no buckets"));
  EXPECT_EQ(Count(page, "class=\"chart\""), 1);  // the (empty) volume chart
  EXPECT_TRUE(Contains(page, "No buckets in this range."));
  EXPECT_FALSE(Contains(page, "<table class=\"evidence\""));
  EXPECT_FALSE(Contains(page, "nan"));
}

// Degenerate inputs: one bucket, a series of zeros, NaN values, a dangling
// series index, no evidence. The page must still be whole and finite.
TEST(SignalReportHtml, DegenerateReports) {
  SignalReport one;
  one.buckets = {"2026-05-01T13"};
  one.hourly = true;
  one.documents = {0};
  Series zeros;
  zeros.kind = SeriesKind::kTheme;
  zeros.key = "WMD";
  zeros.points.resize(1);
  zeros.points[0].tested = true;
  zeros.points[0].expected = std::nan("");
  zeros.points[0].upper = std::numeric_limits<double>::infinity();
  one.series = {zeros};
  Signal s;
  s.kind = SeriesKind::kTheme;
  s.key = "WMD";
  s.since = s.until = s.peak = "2026-05-01T13";
  s.ratio = std::nan("");
  s.p_value = 0;
  s.series_index = 0;
  Signal dangling = s;
  dangling.series_index = 7;
  dangling.since = "2026-06-01";  // not a bucket: no run drawn
  one.signals = {s, dangling};
  WatchReport w;
  w.watch.name = "empty";
  w.series_index = 0;
  one.watches = {w};

  const std::string page = SignalReportHtml(one);
  EXPECT_TRUE(Contains(page, "1 hourly bucket<"));
  EXPECT_TRUE(Contains(page, "2026-05-01T13"));
  EXPECT_EQ(Count(page, "class=\"chart\""), 3);  // volume, signal 1, watch
  EXPECT_TRUE(Contains(page, "(series not in this report)"));
  EXPECT_TRUE(Contains(page, "No evidence events stored."));
  EXPECT_TRUE(Contains(page, "&lt; 1e-300"));
  EXPECT_EQ(Count(page, "<rect class=\"run\""), 1);
  EXPECT_FALSE(Contains(page, "nan"));
  EXPECT_FALSE(Contains(page, "inf"));
  EXPECT_EQ(Count(page, "<svg"), Count(page, "</svg>"));
}

// A watch with themes has a second timeline: its documents with them.
TEST(SignalReportHtml, WatchDocumentSeries) {
  SignalReport report = SyntheticSignalReport();
  Series documents = report.series[1];
  documents.kind = SeriesKind::kTheme;
  documents.key = "WMD";
  report.series.push_back(documents);
  report.watches[0].document_series_index = report.series.size() - 1;
  const std::string page = SignalReportHtml(report);
  EXPECT_EQ(Count(page, "class=\"chart\""),
            signals_test::kSyntheticTimelineCharts + 1);
  EXPECT_EQ(Count(page, "data-series=\"theme:WMD\""), 1);
  // Out of range (SIZE_MAX by default): no chart.
  report.watches[0].document_series_index = 99;
  EXPECT_EQ(Count(SignalReportHtml(report), "class=\"chart\""),
            signals_test::kSyntheticTimelineCharts);
}

// More signals than cards: the first 30 get cards, the rest are counted.
TEST(SignalReportHtml, CapsTheCards) {
  SignalReport report = SyntheticSignalReport();
  const Signal first = report.signals[0];
  report.signals.assign(32, first);
  const std::string page = SignalReportHtml(report);
  EXPECT_EQ(Count(page, "<section class=\"card signal\""), 30);
  EXPECT_TRUE(Contains(page, "2 more signals not shown."));
}

}  // namespace
}  // namespace tocsin
