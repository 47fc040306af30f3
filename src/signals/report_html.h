// The escalation-signal report as one self-contained HTML5 page: inline CSS
// and inline SVG charts, no script, no external resource, so it can be
// mailed, archived or opened offline and shows the same everywhere.
//
// The page holds a header (range, what was read and tested, the detector's
// settings), a news-volume chart, one card per signal in rank order (its
// numbers, a timeline of its series against the baseline band with the
// alarms and the run marked, a Goldstein line for dyads, and the evidence
// events with their sentences and links), and one section per watch (its
// timeline and its quotations by speaker).
//
// Every chart is an <svg class="chart" data-series="KIND:KEY">; evidence
// tables are <table class="evidence">. All text from the report is
// HTML-escaped, and only http:// and https:// URLs become links.
#ifndef TOCSIN_SIGNALS_REPORT_HTML_H_
#define TOCSIN_SIGNALS_REPORT_HTML_H_

#include <string>
#include <string_view>

#include "tocsin/signals.h"

namespace tocsin {

// The whole page.
std::string SignalReportHtml(const SignalReport& report);

// `text` safe inside HTML text and double- or single-quoted attributes:
// & < > " ' become character references.
std::string HtmlEscape(std::string_view text);

// Whether `url` may become an href: it starts with http:// or https://
// (any case). Anything else (javascript:, data:, relative) stays text.
bool IsLinkableUrl(std::string_view url);

}  // namespace tocsin

#endif  // TOCSIN_SIGNALS_REPORT_HTML_H_
