// End-to-end tests of `tocsin eval acled`: the output format on a small
// invented export (tests/data/acled_sample.csv), bad input, and the
// figures on the Myanmar export in ../shared (skipped when absent; no
// accuracy floor until the geocoder lands).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "cli_fixture.h"

namespace {

using nlohmann::json;

const std::string kSample =
    std::string(TOCSIN_SOURCE_DIR) + "/tests/data/acled_sample.csv";

const char* const kMetricLines[] = {"coverage", "within 10 km", "within 25 km",
                                    "ADM1", "median error"};

class AcledCliTest : public tocsin_cli_test::CliTest {};

TEST_F(AcledCliTest, PrintsTheMetricLines) {
  auto r = Run("eval acled " + kSample);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("ACLED geocoding: " + kSample + ": 4 rows (0 malformed"),
            std::string::npos)
      << r.out;
  for (const char* line : kMetricLines) {
    EXPECT_NE(r.out.find("\n  " + std::string(line) + " "), std::string::npos)
        << line << " in\n"
        << r.out;
  }
}

TEST_F(AcledCliTest, JsonLimitAndErrors) {
  auto r = Run("eval acled " + kSample + " --json --limit 3 --errors 2");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json report = json::parse(r.out);
  EXPECT_EQ(report["rows"], 3);
  for (const char* key :
       {"located", "within_10km", "within_25km", "adm1_correct", "coverage",
        "accuracy_10km", "accuracy_25km", "adm1_accuracy", "median_error_km"}) {
    EXPECT_TRUE(report.contains(key)) << key;
  }
  EXPECT_LE(report["misses"].size(), 2u);
  const int misses = 3 - report["within_25km"].get<int>();
  EXPECT_EQ(report["misses"].size(), static_cast<size_t>(std::min(misses, 2)));
}

TEST_F(AcledCliTest, BadInput) {
  const std::string header =
      "event_id_cnty,event_date,country,admin1,admin2,location,latitude,"
      "longitude,geo_precision,notes\n";
  auto missing = Run("eval acled " + Write("m.csv", "event_id_cnty,notes\n"));
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("m.csv:1: missing column(s) event_date"),
            std::string::npos)
      << missing.err;

  auto open = Run("eval acled " +
                  Write("u.csv", header + "A,d,c,a,b,l,1,2,1,\"unclosed\n"));
  EXPECT_EQ(open.exit_code, 2);
  EXPECT_NE(open.err.find("u.csv:2: unterminated"), std::string::npos)
      << open.err;

  auto bad_row =
      Run("eval acled " + Write("b.csv", header + "A,d,c,a,b,l,1,2,1,n\n"
                                                  "B,d,c,a,b,l,east,2,1,n\n"));
  EXPECT_EQ(bad_row.exit_code, 1);
  EXPECT_NE(bad_row.err.find("b.csv:3: latitude 'east' is not a number"),
            std::string::npos)
      << bad_row.err;
  EXPECT_NE(bad_row.out.find("1 rows (1 malformed rows skipped)"),
            std::string::npos)
      << bad_row.out;

  EXPECT_EQ(Run("eval acled /nonexistent/acled.csv").exit_code, 2);
}

TEST_F(AcledCliTest, MyanmarExplosions) {
  const std::string path = std::string(TOCSIN_SHARED_DIR) +
                           "/eval/acled/myanmar_explosions_remote_violence_"
                           "2021.csv";
  if (!std::filesystem::exists(path)) {
    std::printf("skipping: %s absent\n", path.c_str());
    GTEST_SKIP() << path << " absent";
  }
  // Issue 5, check 2, on the whole file (2,734 rows, under a second).
  auto r = Run("eval acled " + path);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::printf("%s", r.out.c_str());
  for (const char* line : kMetricLines) {
    EXPECT_NE(r.out.find("\n  " + std::string(line) + " "), std::string::npos)
        << line << " in\n"
        << r.out;
  }
  auto j = Run("eval acled " + path + " --json");
  ASSERT_EQ(j.exit_code, 0) << j.err;
  const auto report = nlohmann::json::parse(j.out);
  // The targets: ADM1 >= 0.85 (met: 0.880 measured) and within
  // 25 km >= 0.70 (not met: 0.329). GeoNames cities500 holds 76 places in
  // Myanmar; even the nearest of them to each ACLED point is within 25 km
  // for only 56% of rows, so the second target needs a finer gazetteer.
  // Floors at the last measurement.
  EXPECT_GE(report["adm1_accuracy"].get<double>(), 0.87);
  EXPECT_GE(report["accuracy_25km"].get<double>(), 0.32);
  EXPECT_GE(report["coverage"].get<double>(), 0.95);
}

}  // namespace
