#include "signals/count_detector.h"

#include <algorithm>
#include <cmath>

namespace tocsin {

double CountUpperTail(double x, double mean, double variance) {
  const double k_min = std::ceil(x);
  if (k_min <= 0) return 1.0;
  if (mean <= 0) return 0.0;
  // Sum the pmf below k_min by its recurrence, in logs for the first term.
  double pmf, ratio_base, r = 0;
  const bool poisson = variance <= mean * (1 + 1e-9);
  if (poisson) {
    pmf = std::exp(-mean);  // P(0)
    ratio_base = mean;
  } else {
    const double p = mean / variance;  // success probability
    r = mean * p / (1 - p);
    pmf = std::exp(r * std::log(p));
    ratio_base = 1 - p;
  }
  double below = 0;
  for (double k = 0; k < k_min; ++k) {
    below += pmf;
    pmf *= poisson ? ratio_base / (k + 1) : ratio_base * (k + r) / (k + 1);
  }
  return std::clamp(1.0 - below, 0.0, 1.0);
}

std::vector<CountTest> TestCounts(std::span<const double> counts,
                                  const CountDetectorOptions& options) {
  std::vector<CountTest> tests;
  const size_t min_days =
      static_cast<size_t>(std::max(1, options.min_baseline_days));
  for (size_t day = min_days; day < counts.size(); ++day) {
    const size_t first = day > static_cast<size_t>(options.baseline_days)
                             ? day - static_cast<size_t>(options.baseline_days)
                             : 0;
    const double n = static_cast<double>(day - first);
    double sum = 0, sum_sq = 0;
    for (size_t d = first; d < day; ++d) {
      sum += counts[d];
      sum_sq += counts[d] * counts[d];
    }
    const double mean = sum / n;
    const double sample_variance =
        n > 1 ? (sum_sq - n * mean * mean) / (n - 1) : mean;
    // Predictive mean and variance of the next day: a Jeffreys prior's
    // Gamma-Poisson predictive, widened to the window's overdispersion.
    const double predictive_mean = (sum + 0.5) / n;
    const double predictive_variance =
        std::max(predictive_mean, sample_variance) * (1 + 1 / n);
    CountTest t;
    t.day = day;
    t.observed = counts[day];
    t.expected = predictive_mean;
    t.p_value =
        CountUpperTail(counts[day], predictive_mean, predictive_variance);
    t.alarm = counts[day] >= options.min_count &&
              t.p_value < options.false_alarm_rate;
    tests.push_back(t);
  }
  return tests;
}

}  // namespace tocsin
