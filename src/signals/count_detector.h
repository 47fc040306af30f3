// Alarms on a daily count series (events of one actor, dyad, CAMEO root,
// ... per day): is today's count more than its recent past explains?
//
// Each day is tested against the `baseline_days` before it. News counts are
// overdispersed (a quiet week, then a busy one), so the baseline is a
// negative binomial fitted by moments, or a Poisson when the window shows
// no overdispersion; either way the predictive distribution widens for the
// uncertainty of fitting it on a short window (for the Poisson, the
// Gamma-Poisson predictive under a Jeffreys prior), which keeps the false
// alarm rate near the configured one. A day alarms when the probability of
// a count at least as high is below `false_alarm_rate`.
#ifndef TOCSIN_SIGNALS_COUNT_DETECTOR_H_
#define TOCSIN_SIGNALS_COUNT_DETECTOR_H_

#include <cstddef>
#include <span>
#include <vector>

namespace tocsin {

struct CountDetectorOptions {
  // Days before the tested day that form its baseline.
  int baseline_days = 28;
  // A day with fewer days of history is not tested.
  int min_baseline_days = 14;
  // The share of days of a stationary series that alarm.
  double false_alarm_rate = 0.01;
  // Counts below this never alarm: two reports are not an escalation.
  double min_count = 3;
};

struct CountTest {
  size_t day = 0;
  double observed = 0;
  double expected = 0;  // the baseline's predictive mean
  double p_value = 1;   // P(count >= observed | baseline)
  bool alarm = false;
};

// P(X >= x) for a negative binomial with `mean` and `variance` (variance >
// mean), or a Poisson (variance <= mean). x is rounded up to an integer.
double CountUpperTail(double x, double mean, double variance);

// Tests every day of `counts` that has min_baseline_days of history, in
// order. Counts must be non-negative.
std::vector<CountTest> TestCounts(std::span<const double> counts,
                                  const CountDetectorOptions& options);

}  // namespace tocsin

#endif  // TOCSIN_SIGNALS_COUNT_DETECTOR_H_
