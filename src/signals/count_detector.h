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
  // A second test, of the sum of the last `window_days` (ending on the
  // tested day) against the baseline before them, finds sustained rises
  // too small to stand out on any one day. The false-alarm rate is split
  // between the two tests (window_share of it to the window test), so
  // together they stay within it; the day's own test keeps the larger part
  // because it must catch sudden changes on the day. 1: one test.
  int window_days = 7;
  double window_share = 1.0 / 3;
};

struct CountTest {
  size_t day = 0;
  double observed = 0;
  double expected = 0;  // the baseline's predictive mean
  double variance = 0;  // and variance
  // P(count >= observed | baseline); 1 when observed <= expected (not
  // computed: such a day never alarms).
  double p_value = 1;
  // The window test (window_days > 1): the window's count, its baseline
  // mean, and its p-value. p_value above is then the smaller of the two
  // p-values, each divided by its share of the rate (Bonferroni), capped
  // at 1: a day alarms when it is below the false-alarm rate.
  double window_observed = 0, window_expected = 0, window_p_value = 1;
  double day_p_value = 1;     // the day's own test
  bool alarm = false;         // day_alarm || window_alarm
  bool day_alarm = false;     // the day's own test alarmed
  bool window_alarm = false;  // the window test alarmed
};

// P(X >= x) for a negative binomial with `mean` and `variance` (variance >
// mean), or a Poisson (variance <= mean). x is rounded up to an integer.
double CountUpperTail(double x, double mean, double variance);

// The smallest count k with P(X >= k) < `rate` for that distribution: the
// top of the baseline band, the count at which a day alarms.
double CountAlarmThreshold(double mean, double variance, double rate);

// Tests every day of `counts` that has min_baseline_days of history, in
// order. Counts must be non-negative. A day alarms when its own count
// reaches min_count, or the window's does and the day has a count, and the
// matching test's p-value is below its share of the false-alarm rate.
std::vector<CountTest> TestCounts(std::span<const double> counts,
                                  const CountDetectorOptions& options);

// The same with an exposure per day (the documents stored that day): the
// baseline is a rate per unit of exposure, and a day's expected count is
// that rate times its exposure, so a day with twice the news is expected
// to have twice the events. Overdispersion is measured the same way
// (variance proportional to exposure). Days with no exposure are neither
// tested nor part of a baseline; min_baseline_days counts the days with
// exposure. With every exposure 1 this is TestCounts. `exposure` has the
// size of `counts`; `tested` gets the days tested, in order.
void TestCountsWithExposure(std::span<const double> counts,
                            std::span<const double> exposure,
                            const CountDetectorOptions& options,
                            std::vector<CountTest>* tested);

}  // namespace tocsin

#endif  // TOCSIN_SIGNALS_COUNT_DETECTOR_H_
