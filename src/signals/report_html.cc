#include "signals/report_html.h"

#include <fmt/core.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tocsin {
namespace {

// Cards beyond this many make the page long without helping an analyst:
// the report is ranked, and the rest are listed as a count.
constexpr size_t kMaxSignalCards = 30;

// The page's style. System fonts only: a font URL would be a network fetch.
constexpr const char* kCss = R"css(
:root{--fg:#1f2933;--muted:#616e7c;--line:#d9dee4;--bg:#f5f7fa;--card:#fff;
--bar:#5b7ea6;--band:#f2c14e;--exp:#8a5a00;--alarm:#c62828;--run:#fde2e2}
*{box-sizing:border-box}
body{margin:0;padding:24px 32px;background:var(--bg);color:var(--fg);
font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
h1{font-size:22px;margin:0 0 4px}
h2{font-size:18px;margin:28px 0 10px;border-bottom:1px solid var(--line);
padding-bottom:4px}
h3{font-size:16px;margin:0 0 6px;overflow-wrap:anywhere}
h4{font-size:14px;margin:14px 0 4px}
h5{font-size:13px;margin:12px 0 2px}
.muted{color:var(--muted)}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;
padding:14px 18px;margin:0 0 18px;box-shadow:0 1px 2px rgba(0,0,0,.04)}
dl.stats{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));
gap:6px 18px;margin:10px 0 0}
dl.stats div{border-left:3px solid var(--line);padding-left:8px}
dl.stats dt{color:var(--muted);font-size:12px}
dl.stats dd{margin:0;font-size:16px;font-weight:600;overflow-wrap:anywhere}
.badge{display:inline-block;border-radius:10px;padding:1px 9px;color:#fff;
font-size:12px;font-weight:600;text-transform:uppercase;letter-spacing:.03em;
vertical-align:middle}
.sev-low{background:#4a6fa5}.sev-medium{background:#c98a00}
.sev-high{background:#d9531e}.sev-critical{background:#a51b1b}
.kind{font-size:12px;color:var(--muted);text-transform:uppercase;
letter-spacing:.04em;margin-right:6px}
.ongoing{background:#6b2fa3}
svg.chart{display:block;width:100%;height:auto;margin:8px 0 2px}
svg.chart text{font-size:11px;fill:var(--muted)}
svg.chart .grid{stroke:#e6e9ed;stroke-width:1}
svg.chart .axis{stroke:#9aa5b1;stroke-width:1}
svg.chart .bar{fill:var(--bar)}
svg.chart .bar.hot{fill:var(--alarm);opacity:.85}
svg.chart .band{fill:var(--band);opacity:.45}
svg.chart .expected{fill:none;stroke:var(--exp);stroke-width:1.5;
stroke-dasharray:4 3}
svg.chart .alarm{fill:var(--alarm);stroke:#fff;stroke-width:1}
svg.chart .run{fill:var(--run)}
svg.chart .gline{fill:none;stroke:#4a4a8a;stroke-width:1.5}
svg.chart .gdot{fill:#4a4a8a}
svg.chart .zero{stroke:#9aa5b1;stroke-dasharray:2 3}
svg.chart .empty{font-size:14px}
.legend{font-size:12px;color:var(--muted);margin:0 0 8px}
.legend span{margin-right:14px;white-space:nowrap}
.sw{display:inline-block;width:12px;height:10px;margin-right:4px;
vertical-align:-1px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:4px 6px;border-bottom:1px solid var(--line);
vertical-align:top;overflow-wrap:anywhere}
th{color:var(--muted);font-weight:600;font-size:12px}
table.evidence{table-layout:fixed;margin-top:8px}
td.num,th.num{text-align:right}
th{overflow-wrap:normal;white-space:nowrap}
table.evidence col.c-day{width:96px}table.evidence col.c-code{width:66px}
table.evidence col.c-dyad{width:150px}table.evidence col.c-g{width:84px}
table.evidence col.c-art{width:70px}table.evidence col.c-out{width:150px}
table.summary td.num{text-align:right;white-space:nowrap}
.facts{display:flex;flex-wrap:wrap;gap:4px 22px;margin:6px 0}
.facts b{font-weight:600}
blockquote{margin:4px 0 8px;padding:4px 10px;border-left:3px solid var(--line);
overflow-wrap:anywhere}
blockquote .src{display:block;font-size:12px;color:var(--muted)}
a{color:#1d5fa8}
)css";

// ---- Text and numbers ------------------------------------------------------

// NaN and infinities would print as "nan"/"inf" and break SVG coordinates;
// every number that reaches the page goes through here first.
double Finite(double v) { return std::isfinite(v) ? v : 0.0; }

// Whole numbers without decimals, others with one: counts and expectations
// read as "12" and "4.3".
std::string Number(double v) {
  v = Finite(v);
  if (std::fabs(v - std::round(v)) < 1e-9) return fmt::format("{:.0f}", v);
  if (std::fabs(v) < 0.1) return fmt::format("{:.2f}", v);
  return fmt::format("{:.1f}", v);
}

// "12,345": totals of documents and events are read at a glance.
std::string Grouped(uint64_t v) {
  std::string digits = std::to_string(v);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// p-values span hundreds of orders of magnitude; scientific notation below
// 0.001 keeps them comparable.
std::string PValue(double p) {
  p = Finite(p);
  if (p <= 0) return "&lt; 1e-300";
  if (p < 0.001) return fmt::format("{:.1e}", p);
  return fmt::format("{:.3f}", p);
}

// SVG coordinates: one decimal is finer than a pixel.
std::string Coord(double v) { return fmt::format("{:.1f}", Finite(v)); }

std::string SeriesId(SeriesKind kind, std::string_view key) {
  return std::string(SeriesKindName(kind)) + ":" + std::string(key);
}

// ---- Charts ----------------------------------------------------------------

// The plot geometry every chart shares: bucket i occupies the i-th of n
// equal slots left to right, values map linearly to y with y_min at the
// bottom of the plot area.
struct Frame {
  double width = 960, height = 210;
  double left = 56, right = 14, top = 10, bottom = 32;
  size_t n = 0;
  double y_min = 0, y_max = 1;

  double PlotWidth() const { return width - left - right; }
  double PlotHeight() const { return height - top - bottom; }
  double Slot() const {
    return PlotWidth() / static_cast<double>(std::max<size_t>(n, 1));
  }
  double SlotLeft(size_t i) const {
    return left + static_cast<double>(i) * Slot();
  }
  double X(size_t i) const { return SlotLeft(i) + Slot() / 2; }
  double Y(double v) const {
    const double span = y_max - y_min;
    const double t = span > 0 ? (Finite(v) - y_min) / span : 0;
    return top + (1 - std::clamp(t, 0.0, 1.0)) * PlotHeight();
  }
  double Bottom() const { return top + PlotHeight(); }
};

// The smallest of 1, 2, 2.5, 5 times a power of ten that is >= v: tick
// steps a reader can add up.
double NiceStep(double v) {
  if (!(v > 0)) return 1;
  const double power = std::pow(10.0, std::floor(std::log10(v)));
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    if (m * power >= v * (1 - 1e-12)) return m * power;
  }
  return 10 * power;
}

// Opens a chart. The title element gives screen readers and hover a name.
std::string OpenSvg(const Frame& f, std::string_view css_class,
                    std::string_view data_series, std::string_view title) {
  return fmt::format(
      "<svg class=\"{}\" data-series=\"{}\" viewBox=\"0 0 {} {}\" "
      "role=\"img\" aria-label=\"{}\"><title>{}</title>",
      css_class, HtmlEscape(data_series), Coord(f.width), Coord(f.height),
      HtmlEscape(title), HtmlEscape(title));
}

// A chart with no buckets still has its frame, so the page keeps its shape
// and the chart count stays one per series.
std::string EmptyChart(const Frame& f, std::string_view css_class,
                       std::string_view data_series, std::string_view title) {
  return OpenSvg(f, css_class, data_series, title) +
         fmt::format(
             "<text class=\"empty\" x=\"{}\" y=\"{}\" "
             "text-anchor=\"middle\">No buckets in this range.</text></svg>",
             Coord(f.width / 2), Coord(f.height / 2));
}

// Horizontal grid lines with value labels at round steps, and the date
// labels of the first, last and a few evenly spaced buckets.
std::string Axes(const Frame& f, const std::vector<std::string>& buckets,
                 double step) {
  std::string out;
  for (double v = f.y_min; v <= f.y_max + step * 1e-9; v += step) {
    const double y = f.Y(v);
    out += fmt::format(
        "<line class=\"grid\" x1=\"{0}\" x2=\"{1}\" y1=\"{2}\" y2=\"{2}\"/>"
        "<text x=\"{3}\" y=\"{4}\" text-anchor=\"end\">{5}</text>",
        Coord(f.left), Coord(f.width - f.right), Coord(y), Coord(f.left - 6),
        Coord(y + 4), Number(v));
  }
  out += fmt::format(
      "<line class=\"axis\" x1=\"{0}\" x2=\"{1}\" y1=\"{2}\" y2=\"{2}\"/>",
      Coord(f.left), Coord(f.width - f.right), Coord(f.Bottom()));
  if (buckets.empty()) return out;
  // Six labels fit across the plot without overlapping full dates.
  const size_t n = buckets.size();
  const size_t labels = std::min<size_t>(n, 6);
  std::vector<size_t> ticks;
  for (size_t k = 0; k < labels; ++k) {
    const size_t i =
        labels == 1 ? 0 : (k * (n - 1) + (labels - 1) / 2) / (labels - 1);
    if (ticks.empty() || ticks.back() != i) ticks.push_back(i);
  }
  for (size_t i : ticks) {
    // The outer labels align to the plot's edges so they are not clipped.
    const char* anchor = "middle";
    double x = f.X(i);
    if (i == 0 && n > 1) {
      anchor = "start";
      x = f.left;
    } else if (i == n - 1 && n > 1) {
      anchor = "end";
      x = f.width - f.right;
    }
    out += fmt::format(
        "<line class=\"axis\" x1=\"{0}\" x2=\"{0}\" y1=\"{1}\" y2=\"{2}\"/>"
        "<text x=\"{3}\" y=\"{4}\" text-anchor=\"{5}\">{6}</text>",
        Coord(f.X(i)), Coord(f.Bottom()), Coord(f.Bottom() + 4), Coord(x),
        Coord(f.Bottom() + 18), anchor, HtmlEscape(buckets[i]));
  }
  return out;
}

// Sets the value axis to [0, a round number above `max_value`] and returns
// the tick step.
double FitCountAxis(Frame& f, double max_value) {
  const double step = NiceStep(std::max(Finite(max_value), 1.0) / 4);
  f.y_min = 0;
  f.y_max = step * std::max(1.0, std::ceil(Finite(max_value) / step - 1e-9));
  return step;
}

// One column per bucket, with `tips[i]` (HTML) as its hover text; `hot`
// marks columns drawn in the alarm colour.
std::string Bars(const Frame& f, const std::vector<double>& values,
                 const std::vector<std::string>& tips,
                 const std::vector<bool>& hot) {
  std::string out;
  const double gap = f.Slot() > 4 ? 1 : 0;
  for (size_t i = 0; i < values.size() && i < f.n; ++i) {
    const double v = Finite(values[i]);
    if (v <= 0) continue;  // nothing to draw; the axis shows zero
    const double y = f.Y(v);
    out += fmt::format(
        "<rect class=\"bar{}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\">"
        "<title>{}</title></rect>",
        i < hot.size() && hot[i] ? " hot" : "", Coord(f.SlotLeft(i) + gap / 2),
        Coord(y), Coord(std::max(f.Slot() - gap, 0.5)), Coord(f.Bottom() - y),
        i < tips.size() ? tips[i] : "");
  }
  return out;
}

// Maximal runs [first, last] of consecutive tested buckets: the baseline
// band and the expected line are drawn only where a baseline existed.
std::vector<std::pair<size_t, size_t>> TestedRuns(
    const std::vector<SeriesPoint>& points, size_t n) {
  std::vector<std::pair<size_t, size_t>> runs;
  for (size_t i = 0; i < points.size() && i < n; ++i) {
    if (!points[i].tested) continue;
    if (!runs.empty() && runs.back().second + 1 == i) {
      runs.back().second = i;
    } else {
      runs.push_back({i, i});
    }
  }
  return runs;
}

// The baseline band (expected up to the alarm threshold) as a step-shaped
// polygon per tested run, and the expected value as a dashed step line.
std::string Baseline(const Frame& f, const std::vector<SeriesPoint>& points) {
  std::string band, line;
  for (const auto& [first, last] : TestedRuns(points, f.n)) {
    std::string upper_edge, lower_edge, expected;
    for (size_t i = first; i <= last; ++i) {
      const std::string x0 = Coord(f.SlotLeft(i));
      const std::string x1 = Coord(f.SlotLeft(i) + f.Slot());
      const std::string yu = Coord(f.Y(points[i].upper));
      const std::string ye = Coord(f.Y(points[i].expected));
      upper_edge += fmt::format("{},{} {},{} ", x0, yu, x1, yu);
      expected += fmt::format("{},{} {},{} ", x0, ye, x1, ye);
      // The lower edge is walked backwards to close the polygon.
      lower_edge.insert(0, fmt::format("{},{} {},{} ", x1, ye, x0, ye));
    }
    band += fmt::format("<polygon class=\"band\" points=\"{}{}\"/>", upper_edge,
                        lower_edge);
    line +=
        fmt::format("<polyline class=\"expected\" points=\"{}\"/>", expected);
  }
  return band + line;
}

// Index of `bucket` in the report's buckets, or npos.
size_t BucketIndex(const SignalReport& report, std::string_view bucket) {
  auto it = std::find(report.buckets.begin(), report.buckets.end(), bucket);
  return it == report.buckets.end()
             ? std::string::npos
             : static_cast<size_t>(it - report.buckets.begin());
}

// The timeline of a series: its counts as columns, the baseline band and
// expected line where tested, a red dot on every alarming bucket, and the
// signal's run (when given) shaded behind.
std::string TimelineChart(const SignalReport& report, const Series& series,
                          const Signal* signal) {
  Frame f;
  f.n = report.buckets.size();
  const std::string id = SeriesId(series.kind, series.key);
  // The tested count is of documents (reports), whatever the kind; the
  // events behind them go to the hover text.
  const std::string title = "documents per bucket: " + id;
  if (f.n == 0) return EmptyChart(f, "chart", id, title);

  const size_t n = std::min(f.n, series.points.size());
  double max_value = 0;
  std::vector<double> counts(n);
  std::vector<bool> hot(n);
  std::vector<std::string> tips(n);
  for (size_t i = 0; i < n; ++i) {
    const SeriesPoint& p = series.points[i];
    counts[i] = Finite(p.count);
    hot[i] = p.alarm;
    tips[i] = fmt::format("{}: {} documents, {} events",
                          HtmlEscape(report.buckets[i]), Number(p.count),
                          Number(p.events));
    if (p.tested) {
      tips[i] += fmt::format(" (expected {}, alarm above {})",
                             Number(p.expected), Number(p.upper));
    }
    max_value = std::max(max_value, counts[i]);
    if (p.tested)
      max_value = std::max({max_value, Finite(p.upper), Finite(p.expected)});
  }
  const double step = FitCountAxis(f, max_value);

  std::string out = OpenSvg(f, "chart", id, title);
  if (signal != nullptr) {
    size_t first = BucketIndex(report, signal->since);
    size_t last = BucketIndex(report, signal->until);
    if (first != std::string::npos && last == std::string::npos) last = f.n - 1;
    if (first != std::string::npos && last >= first) {
      out += fmt::format(
          "<rect class=\"run\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\">"
          "<title>signal run {} to {}</title></rect>",
          Coord(f.SlotLeft(first)), Coord(f.top),
          Coord(f.Slot() * static_cast<double>(last - first + 1)),
          Coord(f.PlotHeight()), HtmlEscape(signal->since),
          HtmlEscape(signal->until));
    }
  }
  out += Axes(f, report.buckets, step);
  out += Baseline(f, series.points);
  out += Bars(f, counts, tips, hot);
  // Alarm dots are drawn last so nothing hides them.
  for (size_t i = 0; i < n; ++i) {
    const SeriesPoint& p = series.points[i];
    if (!p.alarm) continue;
    out += fmt::format(
        "<circle class=\"alarm\" cx=\"{}\" cy=\"{}\" r=\"4\">"
        "<title>alarm {}</title></circle>",
        Coord(f.X(i)), Coord(f.Y(p.count)), tips[i]);
  }
  return out + "</svg>";
}

// Documents stored per bucket: a spike here explains spikes everywhere,
// which is why every series is tested against this exposure.
std::string VolumeChart(const SignalReport& report) {
  Frame f;
  f.height = 150;
  f.n = report.buckets.size();
  const char* id = "volume:documents";
  const char* title = "documents per bucket";
  if (f.n == 0) return EmptyChart(f, "chart", id, title);
  double max_value = 0;
  std::vector<std::string> tips;
  for (size_t i = 0; i < report.documents.size() && i < f.n; ++i) {
    max_value = std::max(max_value, Finite(report.documents[i]));
    tips.push_back(fmt::format("{}: {} documents",
                               HtmlEscape(report.buckets[i]),
                               Number(report.documents[i])));
  }
  const double step = FitCountAxis(f, max_value);
  return OpenSvg(f, "chart", id, title) + Axes(f, report.buckets, step) +
         Bars(f, report.documents, tips, {}) + "</svg>";
}

// A dyad's mean Goldstein score per bucket (-10 conflict .. +10
// cooperation) as a line broken where the dyad had no events.
std::string GoldsteinChart(const SignalReport& report, const Series& series) {
  Frame f;
  f.height = 120;
  f.n = report.buckets.size();
  f.y_min = -10;
  f.y_max = 10;
  const std::string id = SeriesId(series.kind, series.key);
  const std::string title = "Goldstein index per bucket: " + id;
  if (f.n == 0) return EmptyChart(f, "chart goldstein", id, title);

  std::string out = OpenSvg(f, "chart goldstein", id, title);
  out += Axes(f, report.buckets, 5);
  out += fmt::format(
      "<line class=\"zero\" x1=\"{0}\" x2=\"{1}\" y1=\"{2}\" y2=\"{2}\"/>",
      Coord(f.left), Coord(f.width - f.right), Coord(f.Y(0)));
  const size_t n = std::min(f.n, series.goldstein.size());
  std::string points;
  auto flush = [&] {
    if (!points.empty()) {
      out += "<polyline class=\"gline\" points=\"" + points + "\"/>";
    }
    points.clear();
  };
  for (size_t i = 0; i < n; ++i) {
    // Goldstein is 0 both for "neutral" and "no events"; the counts tell
    // them apart.
    const bool has_events =
        i < series.points.size() ? series.points[i].count > 0 : true;
    if (!has_events) {
      flush();
      continue;
    }
    const double g = std::clamp(Finite(series.goldstein[i]), -10.0, 10.0);
    points += Coord(f.X(i)) + "," + Coord(f.Y(g)) + " ";
    out += fmt::format(
        "<circle class=\"gdot\" cx=\"{}\" cy=\"{}\" r=\"1.8\"><title>{}: "
        "{:.1f}</title></circle>",
        Coord(f.X(i)), Coord(f.Y(g)), HtmlEscape(report.buckets[i]), g);
  }
  flush();
  return out + "</svg>";
}

// The key to the timeline's marks, in the same colours.
std::string TimelineLegend(bool with_run) {
  std::string out =
      "<div class=\"legend\">"
      "<span><i class=\"sw\" style=\"background:#5b7ea6\"></i>count per "
      "bucket (documents)</span>"
      "<span><i class=\"sw\" style=\"background:#f2c14e;opacity:.6\"></i>"
      "baseline band (expected to alarm threshold)</span>"
      "<span><i class=\"sw\" style=\"border-top:2px dashed #8a5a00;"
      "height:0\"></i>expected</span>"
      "<span><i class=\"sw\" style=\"background:#c62828;border-radius:50%;"
      "width:10px\"></i>alarm</span>";
  if (with_run) {
    out +=
        "<span><i class=\"sw\" style=\"background:#fde2e2;"
        "border:1px solid #f3b7b7\"></i>signal run</span>";
  }
  return out + "</div>";
}

// ---- Sections --------------------------------------------------------------

std::string Stat(std::string_view label, std::string_view value_html) {
  return fmt::format("<div><dt>{}</dt><dd>{}</dd></div>", label, value_html);
}

std::string Header(const SignalReport& report) {
  std::string range = "no buckets";
  if (!report.buckets.empty()) {
    range = HtmlEscape(report.buckets.front());
    if (report.buckets.size() > 1) {
      range += " &ndash; " + HtmlEscape(report.buckets.back());
    }
  }
  const char* unit = report.hourly ? "hourly" : "daily";
  std::string out = "<header class=\"card\"><h1>Escalation signals</h1>";
  out += fmt::format(
      "<div class=\"muted\">{} &middot; {} {} bucket{}</div><dl "
      "class=\"stats\">",
      range, report.buckets.size(), unit,
      report.buckets.size() == 1 ? "" : "s");
  out += Stat("Documents read", Grouped(report.documents_read));
  if (report.undated_documents > 0) {
    out += Stat("Undated documents", Grouped(report.undated_documents));
  }
  if (report.untimed_documents > 0) {
    out += Stat("Untimed documents", Grouped(report.untimed_documents));
  }
  out += Stat("Events read", Grouped(report.events_read));
  out += Stat("Series tested", Grouped(report.series_tested));
  out += Stat("Buckets tested", Grouped(report.buckets_tested));
  out += Stat("Signals", Grouped(report.signals.size()));
  out += "</dl><dl class=\"stats\">";
  const SignalOptions& o = report.options;
  out += Stat("Baseline buckets", fmt::format("{} (min {})", o.baseline_buckets,
                                              o.min_baseline_buckets));
  out +=
      Stat("False alarm rate", fmt::format("{:g}", Finite(o.false_alarm_rate)));
  out += Stat("Min count", Number(o.min_count));
  // The sustained-rise test sums this many buckets; 1 turns it off.
  out += Stat("Window buckets", o.window_buckets > 1
                                    ? std::to_string(o.window_buckets)
                                    : std::string("off"));
  return out + "</dl></header>";
}

std::string SeverityBadge(Severity severity) {
  const char* name = SeverityName(severity);
  return fmt::format("<span class=\"badge sev-{0}\">{0}</span>", name);
}

// "news.example.net" from "http://news.example.net/a?b": a short label
// for a link whose outlet is unknown.
std::string_view UrlHost(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return url;
  url.remove_prefix(scheme + 3);
  return url.substr(0, url.find_first_of("/?#"));
}

// An <a> for linkable URLs, otherwise the text alone: a javascript: or
// relative URL never becomes a link (nor is it printed).
std::string Link(std::string_view url, std::string_view outlet) {
  if (!IsLinkableUrl(url)) return HtmlEscape(outlet);
  const std::string label = HtmlEscape(outlet.empty() ? UrlHost(url) : outlet);
  return fmt::format("<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
                     HtmlEscape(url), label.empty() ? "link" : label);
}

// The ranked list at the top: one line per signal, linking to its card.
std::string SummaryTable(const SignalReport& report) {
  std::string out =
      "<table class=\"summary\"><thead><tr><th>#</th><th>Series</th>"
      "<th>Severity</th><th>Since</th><th>Until</th><th class=\"num\">"
      "Observed / expected</th><th class=\"num\">Ratio</th>"
      "<th class=\"num\">p</th></tr></thead><tbody>";
  const size_t shown = std::min(report.signals.size(), kMaxSignalCards);
  for (size_t i = 0; i < shown; ++i) {
    const Signal& s = report.signals[i];
    out += fmt::format(
        "<tr><td>{0}</td><td><a href=\"#signal-{0}\"><span class=\"kind\">{1}"
        "</span>{2}</a></td><td>{3}</td><td>{4}</td><td>{5}{6}</td>"
        "<td class=\"num\">{7} / {8}</td><td class=\"num\">&times;{9:.1f}</td>"
        "<td class=\"num\">{10}</td></tr>",
        i + 1, SeriesKindName(s.kind), HtmlEscape(s.key),
        SeverityBadge(s.severity), HtmlEscape(s.since), HtmlEscape(s.until),
        s.ongoing ? " (ongoing)" : "", Number(s.observed), Number(s.expected),
        Finite(s.ratio), PValue(s.p_value));
  }
  return out + "</tbody></table>";
}

std::string EvidenceTable(const std::vector<EvidenceEvent>& evidence) {
  if (evidence.empty()) {
    return "<p class=\"muted\">No evidence events stored.</p>";
  }
  std::string out =
      "<table class=\"evidence\"><colgroup><col class=\"c-day\">"
      "<col class=\"c-code\"><col class=\"c-dyad\"><col class=\"c-g\">"
      "<col class=\"c-art\"><col class=\"c-out\"><col></colgroup><thead><tr>"
      "<th>Day</th><th>CAMEO</th><th>Source &rarr; target</th>"
      "<th class=\"num\">Goldstein</th><th class=\"num\">Articles</th>"
      "<th>Outlet</th><th>Sentence</th></tr></thead><tbody>";
  for (const EvidenceEvent& e : evidence) {
    std::string day = HtmlEscape(e.day);
    if (!e.location.empty()) {
      day += "<br><span class=\"muted\">" + HtmlEscape(e.location) + "</span>";
    }
    if (e.document_only) {
      // A reporting document with no event of the series: its title.
      out += fmt::format(
          "<tr><td>{}</td><td colspan=\"4\" class=\"muted\">report</td>"
          "<td>{}</td><td>{}</td></tr>",
          day, Link(e.url, e.outlet),
          e.sentence.empty() ? HtmlEscape(e.doc_id) : HtmlEscape(e.sentence));
      continue;
    }
    const std::string sentence =
        e.sentence.empty()
            ? std::string("<span class=\"muted\">(sentence not stored)</span>")
            : HtmlEscape(e.sentence);
    out += fmt::format(
        "<tr><td>{}</td><td>{}</td><td>{} &rarr; {}</td>"
        "<td class=\"num\">{:.1f}</td><td class=\"num\">{}</td><td>{}</td>"
        "<td>{}</td></tr>",
        day, HtmlEscape(e.cameo), HtmlEscape(e.source), HtmlEscape(e.target),
        Finite(e.goldstein), e.num_articles, Link(e.url, e.outlet), sentence);
  }
  return out + "</tbody></table>";
}

std::string SignalCard(const SignalReport& report, const Signal& s,
                       size_t rank) {
  std::string out = fmt::format(
      "<section class=\"card signal\" id=\"signal-{}\"><h3>#{} "
      "<span class=\"kind\">{}</span>{} {}{}</h3>",
      rank, rank, SeriesKindName(s.kind), HtmlEscape(s.key),
      SeverityBadge(s.severity),
      s.ongoing ? " <span class=\"badge ongoing\">ongoing</span>" : "");
  out += fmt::format(
      "<div class=\"facts\"><span>Since <b>{}</b></span><span>until "
      "<b>{}</b></span><span>peak <b>{}</b></span></div>",
      HtmlEscape(s.since), HtmlEscape(s.until), HtmlEscape(s.peak));
  out += fmt::format(
      "<div class=\"facts\"><span>At the peak{}: <b>{}</b> documents "
      "observed vs <b>{}</b> expected ({} events)</span><span>per 1,000 "
      "documents: <b>{:.2f}</b> vs <b>{:.2f}</b></span><span>ratio "
      "<b>&times;{:.1f}</b></span><span>p-value <b>{}</b></span><span>score "
      "{:.1f}</span></div>",
      s.test_buckets > 1 ? fmt::format(", over the {} {} to it", s.test_buckets,
                                       report.hourly ? "hours" : "days")
                         : "",
      Number(s.observed), Number(s.expected), Number(s.observed_events),
      Finite(s.observed_per_thousand), Finite(s.expected_per_thousand),
      Finite(s.ratio), PValue(s.p_value), Finite(s.score));
  out += fmt::format(
      "<div class=\"facts muted\"><span>Over the run: {} documents observed "
      "vs {} expected</span><span>baseline: {} buckets</span></div>",
      Number(s.run_observed), Number(s.run_expected), s.baseline_buckets);

  if (s.series_index < report.series.size()) {
    const Series& series = report.series[s.series_index];
    out += TimelineChart(report, series, &s);
    out += TimelineLegend(true);
    if (series.kind == SeriesKind::kDyad && !series.goldstein.empty()) {
      out +=
          "<div class=\"legend\">Goldstein index (mean per bucket, "
          "&minus;10 conflict to +10 cooperation)</div>";
      out += GoldsteinChart(report, series);
    }
  } else {
    // A dangling index is a bug upstream; say so rather than drawing the
    // wrong series.
    out += "<p class=\"muted\">(series not in this report)</p>";
  }
  out += EvidenceTable(s.evidence);
  return out + "</section>";
}

// Quotations grouped by speaker in the order of `speakers` (most frequent
// first); quotations whose speaker is not listed come last.
std::string Quotations(const WatchReport& w) {
  if (w.quotations.empty()) return "";
  auto speaker_name = [](std::string_view name) {
    return name.empty() ? std::string("(unattributed)") : HtmlEscape(name);
  };
  std::string out = "<h4>Quotations by speaker</h4><p>";
  for (size_t i = 0; i < w.speakers.size(); ++i) {
    out += fmt::format("{}{} <span class=\"muted\">({})</span>",
                       i > 0 ? " &middot; " : "",
                       speaker_name(w.speakers[i].first), w.speakers[i].second);
  }
  out += "</p>";
  auto quote = [](const QuotationEvidence& q) {
    std::string source = HtmlEscape(q.day);
    if (!q.outlet.empty() || !q.url.empty()) {
      source += ", " + Link(q.url, q.outlet);
    }
    return fmt::format(
        "<blockquote>&ldquo;{}&rdquo;<span class=\"src\">{}"
        "</span></blockquote>",
        HtmlEscape(q.text), source);
  };
  std::vector<bool> shown(w.quotations.size(), false);
  for (const auto& [speaker, count] : w.speakers) {
    std::string quotes;
    for (size_t i = 0; i < w.quotations.size(); ++i) {
      if (shown[i] || w.quotations[i].speaker != speaker) continue;
      shown[i] = true;
      quotes += quote(w.quotations[i]);
    }
    if (!quotes.empty()) {
      out += "<h5>" + speaker_name(speaker) + "</h5>" + quotes;
    }
  }
  std::string rest;
  for (size_t i = 0; i < w.quotations.size(); ++i) {
    if (shown[i]) continue;
    rest += "<b>" + speaker_name(w.quotations[i].speaker) + "</b>" +
            quote(w.quotations[i]);
  }
  if (!rest.empty()) out += "<h5>Other speakers</h5>" + rest;
  return out;
}

std::string WatchSection(const SignalReport& report, const WatchReport& w) {
  std::string out = fmt::format(
      "<section class=\"card watch\"><h3><span class=\"kind\">watch</span>"
      "{}</h3>",
      HtmlEscape(w.watch.name));
  if (!w.watch.description.empty()) {
    out += "<p>" + HtmlEscape(w.watch.description) + "</p>";
  }
  if (w.series_index < report.series.size()) {
    const Series& series = report.series[w.series_index];
    out += TimelineChart(report, series, nullptr);
    out += TimelineLegend(false);
  } else {
    out += "<p class=\"muted\">(series not in this report)</p>";
  }
  // A watch with themes also counts the documents carrying them.
  if (w.document_series_index < report.series.size()) {
    out += "<h4>Documents with the watch's themes</h4>";
    out +=
        TimelineChart(report, report.series[w.document_series_index], nullptr);
  }
  out += Quotations(w);
  return out + "</section>";
}

}  // namespace

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\0':
        break;  // NUL is not allowed in HTML text; drop it
      default:
        out += c;
    }
  }
  return out;
}

bool IsLinkableUrl(std::string_view url) {
  auto starts_with = [&](std::string_view prefix) {
    if (url.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(url[i])) != prefix[i]) {
        return false;
      }
    }
    return true;
  };
  // A bare scheme ("https://") links nowhere.
  return (starts_with("http://") && url.size() > 7) ||
         (starts_with("https://") && url.size() > 8);
}

std::string SignalReportHtml(const SignalReport& report) {
  std::string title = "Escalation signals";
  if (!report.buckets.empty()) {
    title += " " + report.buckets.front() + " to " + report.buckets.back();
  }
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, "
      "initial-scale=1\"><title>" +
      HtmlEscape(title) + "</title><style>" + kCss + "</style></head><body>";
  out += Header(report);

  out +=
      "<h2>News volume</h2><section class=\"card\">"
      "<div class=\"legend\">Documents stored per bucket: the exposure "
      "every series is tested against.</div>";
  out += VolumeChart(report) + "</section>";

  out += "<h2>Signals</h2>";
  if (report.signals.empty()) {
    out += "<p class=\"card\">No signals in this range.</p>";
  } else {
    out += "<section class=\"card\">" + SummaryTable(report) + "</section>";
    const size_t shown = std::min(report.signals.size(), kMaxSignalCards);
    for (size_t i = 0; i < shown; ++i) {
      out += SignalCard(report, report.signals[i], i + 1);
    }
    if (report.signals.size() > shown) {
      out += fmt::format("<p class=\"muted\">{} more signals not shown.</p>",
                         report.signals.size() - shown);
    }
  }

  if (!report.watches.empty()) {
    out += "<h2>Watches</h2>";
    for (const WatchReport& w : report.watches) {
      out += WatchSection(report, w);
    }
  }
  return out + "</body></html>\n";
}

}  // namespace tocsin
