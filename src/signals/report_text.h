// The text and JSON forms of a SignalReport (the HTML one is in
// report_html.h). Text is for a terminal: signals ranked, each with a
// sparkline of its series, its baseline and its evidence. JSON carries
// every field, for machines.
#ifndef TOCSIN_SIGNALS_REPORT_TEXT_H_
#define TOCSIN_SIGNALS_REPORT_TEXT_H_

#include <string>
#include <vector>

#include "tocsin/signals.h"

namespace tocsin {

std::string SignalReportText(const SignalReport& report);
std::string SignalReportJson(const SignalReport& report);

// Eight-level block characters (UTF-8) for `values`, scaled to their
// maximum; at most `width` of the last values.
std::string Sparkline(const std::vector<double>& values, size_t width);

}  // namespace tocsin

#endif  // TOCSIN_SIGNALS_REPORT_TEXT_H_
