// Shared by the amount and date tests only (not part of the library): one
// front-end Pipeline (actors off: the finders read tokens, lemmas and word
// classes only), the finders built from the source tree's dict/, and
// compact descriptions of their output for table-driven tests.
#ifndef TOCSIN_GKG_AMOUNT_DATE_TEST_UTIL_H_
#define TOCSIN_GKG_AMOUNT_DATE_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "gkg/amounts.h"
#include "gkg/dates.h"
#include "tocsin/pipeline.h"

namespace tocsin {
namespace amount_date_test {

inline std::string SourceDict() {
  return std::string(TOCSIN_SOURCE_DIR) + "/dict";
}

inline const Pipeline& TestPipeline() {
  static const Pipeline* pipeline = [] {
    PipelineOptions options;
    options.dict_dir = SourceDict();
    options.actors = false;
    auto p = Pipeline::Create(options);
    EXPECT_TRUE(p.ok()) << p.status().ToString();
    return p.ok() ? p->release() : nullptr;
  }();
  return *pipeline;
}

inline const AmountFinder& TestAmounts() {
  static const AmountFinder* finder = [] {
    auto f = AmountFinder::Load(SourceDict());
    EXPECT_TRUE(f.ok()) << f.status().ToString();
    return f.ok() ? f->release() : nullptr;
  }();
  return *finder;
}

inline const DateFinder& TestDates() {
  static const DateFinder* finder = [] {
    auto f = DateFinder::Load(SourceDict());
    EXPECT_TRUE(f.ok()) << f.status().ToString();
    return f.ok() ? f->release() : nullptr;
  }();
  return *finder;
}

inline Document MakeDoc(const std::string& lang, const std::string& text,
                        const std::string& published) {
  Document doc;
  doc.id = "t";
  doc.language = lang;
  doc.text = text;
  doc.published = published;
  return doc;
}

inline std::string Slice(const Document& doc, Span s) {
  return doc.text.substr(s.begin, s.end - s.begin);
}

// "At least 156=156~ [people]; 12 000=12000 [soldats]": span, value,
// '~' when approximate, and what is counted.
inline std::string DescribeAmounts(const Document& doc,
                                   const std::vector<Amount>& amounts) {
  std::string out;
  for (const Amount& a : amounts) {
    if (!out.empty()) out += "; ";
    char value[64];
    if (a.value == std::floor(a.value) && a.value < 1e15) {
      std::snprintf(value, sizeof value, "%.0f", a.value);
    } else {
      std::snprintf(value, sizeof value, "%g", a.value);
    }
    out += Slice(doc, a.span) + "=" + value + (a.approximate ? "~" : "");
    if (!a.counted.empty()) {
      out += " [" + a.counted + "]";
      if (a.counted != "%" && a.counted != Slice(doc, a.counted_span)) {
        out += "(counted_span mismatch)";
      }
    }
  }
  return out;
}

// "vendredi=2022-09-30/day; la semaine dernière=2022-W39/week".
inline std::string DescribeDates(const Document& doc,
                                 const std::vector<DateMention>& dates) {
  std::string out;
  for (const DateMention& d : dates) {
    if (!out.empty()) out += "; ";
    out += Slice(doc, d.span) + "=" + d.resolved + "/" + d.granularity;
  }
  return out;
}

}  // namespace amount_date_test
}  // namespace tocsin

#endif  // TOCSIN_GKG_AMOUNT_DATE_TEST_UTIL_H_
