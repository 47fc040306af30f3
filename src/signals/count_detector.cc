#include "signals/count_detector.h"

#include <algorithm>
#include <cmath>

namespace tocsin {

namespace {

// The pmf of a Poisson (variance <= mean) or negative binomial with `mean`
// and `variance`, walked k = 0, 1, 2, ... by its recurrence, the first
// term in logs.
class CountPmf {
 public:
  CountPmf(double mean, double variance)
      : poisson_(variance <= mean * (1 + 1e-9)) {
    if (poisson_) {
      pmf_ = std::exp(-mean);  // P(0)
      ratio_base_ = mean;
    } else {
      const double p = mean / variance;  // success probability
      r_ = mean * p / (1 - p);
      pmf_ = std::exp(r_ * std::log(p));
      ratio_base_ = 1 - p;
    }
  }
  double value() const { return pmf_; }  // P(k)
  void Next() {                          // k -> k + 1
    pmf_ *=
        poisson_ ? ratio_base_ / (k_ + 1) : ratio_base_ * (k_ + r_) / (k_ + 1);
    ++k_;
  }

 private:
  bool poisson_;
  double pmf_ = 0, ratio_base_ = 0, r_ = 0, k_ = 0;
};

}  // namespace

double CountUpperTail(double x, double mean, double variance) {
  const double k_min = std::ceil(x);
  if (k_min <= 0) return 1.0;
  if (mean <= 0) return 0.0;
  // Sum the pmf below k_min.
  CountPmf pmf(mean, variance);
  double below = 0;
  for (double k = 0; k < k_min; ++k, pmf.Next()) below += pmf.value();
  return std::clamp(1.0 - below, 0.0, 1.0);
}

std::vector<CountTest> TestCounts(std::span<const double> counts,
                                  const CountDetectorOptions& options) {
  const std::vector<double> ones(counts.size(), 1.0);
  std::vector<CountTest> tests;
  TestCountsWithExposure(counts, ones, options, &tests);
  return tests;
}

double CountAlarmThreshold(double mean, double variance, double rate) {
  if (mean <= 0) return 1;
  // Walk up the pmf until the upper tail drops below the rate.
  CountPmf pmf(mean, variance);
  double below = 0;
  // The bound only stops a degenerate distribution from looping forever.
  const double limit = mean + 50 * std::sqrt(std::max(variance, mean)) + 50;
  for (double k = 0; k < limit; ++k, pmf.Next()) {
    if (1.0 - below < rate) return k;
    below += pmf.value();
  }
  return limit;
}

namespace {

struct WindowTest {
  bool tested = false;
  double observed = 0, mean = 0, variance = 0, p_value = 1;
};

// Tests, for every day, the sum of the `width` days ending on it against
// the baseline_days before them (width 1: the day itself). The baseline is
// a rate per unit of exposure; its spread per unit of exposure, measured
// day by day, gives the sum's variance (a negative binomial's variance is
// proportional to its mean).
void TestWindows(std::span<const double> counts,
                 std::span<const double> exposure, size_t width,
                 const CountDetectorOptions& options,
                 std::vector<WindowTest>* out) {
  out->assign(counts.size(), WindowTest());
  const size_t window = static_cast<size_t>(std::max(1, options.baseline_days));
  const size_t min_days =
      static_cast<size_t>(std::max(1, options.min_baseline_days));
  // Running sums over the baseline's days with exposure: counts, exposure,
  // counts^2 / exposure, and how many days; and the tested window's sums.
  double sum = 0, sum_exposure = 0, sum_sq_per_exposure = 0;
  double window_sum = 0, window_exposure = 0;
  size_t days = 0;
  auto base = [&](size_t d, double sign) {
    if (exposure[d] <= 0) return;
    sum += sign * counts[d];
    sum_exposure += sign * exposure[d];
    sum_sq_per_exposure += sign * counts[d] * counts[d] / exposure[d];
    days = sign > 0 ? days + 1 : days - 1;
  };
  for (size_t day = 0; day < counts.size(); ++day) {
    window_sum += counts[day];
    window_exposure += exposure[day];
    if (day >= width) {
      window_sum -= counts[day - width];
      window_exposure -= exposure[day - width];
      base(day - width, +1);  // it leaves the window for the baseline
    }
    if (day >= width + window) base(day - width - window, -1);
    if (exposure[day] <= 0 || day + 1 < width || days < min_days ||
        sum_exposure <= 0) {
      continue;
    }
    const double n = static_cast<double>(days);
    const double rate = sum / sum_exposure;
    // The baseline's variance per unit of exposure around its own rate:
    // sum (c - rate e)^2 / e / (n - 1).
    const double spread =
        n > 1 ? std::max(0.0, sum_sq_per_exposure - 2 * rate * sum +
                                  rate * rate * sum_exposure) /
                    (n - 1)
              : rate;
    // Predictive mean and variance: a Jeffreys prior's Gamma-Poisson
    // predictive, widened to the baseline's overdispersion.
    const double e = std::max(window_exposure, 0.0);
    WindowTest& t = (*out)[day];
    t.tested = true;
    t.observed = std::max(window_sum, 0.0);
    t.mean = (sum + 0.5) / sum_exposure * e;
    t.variance = std::max(t.mean, spread * e) * (1 + e / sum_exposure);
    // A count at or below its mean never alarms; its tail is not needed.
    t.p_value = t.observed <= t.mean
                    ? 1.0
                    : CountUpperTail(t.observed, t.mean, t.variance);
  }
}

}  // namespace

void TestCountsWithExposure(std::span<const double> counts,
                            std::span<const double> exposure,
                            const CountDetectorOptions& options,
                            std::vector<CountTest>* tested) {
  tested->clear();
  const bool two_tests = options.window_days > 1;
  const double window_share = std::clamp(options.window_share, 0.01, 0.99);
  const double day_share = two_tests ? 1 - window_share : 1;
  const double day_rate = options.false_alarm_rate * day_share;
  const double window_rate = options.false_alarm_rate * window_share;
  std::vector<WindowTest> daily, windowed;
  TestWindows(counts, exposure, 1, options, &daily);
  if (two_tests) {
    TestWindows(counts, exposure, static_cast<size_t>(options.window_days),
                options, &windowed);
  }
  for (size_t day = 0; day < counts.size(); ++day) {
    const WindowTest& d = daily[day];
    if (!d.tested) continue;
    CountTest t;
    t.day = day;
    t.observed = d.observed;
    t.expected = d.mean;
    t.variance = d.variance;
    t.p_value = t.day_p_value = d.p_value;
    t.day_alarm = d.observed >= options.min_count && d.p_value < day_rate;
    if (two_tests) {
      const WindowTest& w = windowed[day];
      if (w.tested) {
        t.window_observed = w.observed;
        t.window_expected = w.mean;
        t.window_p_value = w.p_value;
        t.window_alarm = w.observed >= options.min_count && d.observed > 0 &&
                         w.p_value < window_rate;
      }
      t.p_value = std::min(1.0, std::min(d.p_value / day_share,
                                         t.window_p_value / window_share));
    }
    t.alarm = t.day_alarm || t.window_alarm;
    tested->push_back(t);
  }
}

}  // namespace tocsin
