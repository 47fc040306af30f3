#include "ingest/normalize.h"

#include <gtest/gtest.h>

namespace tocsin {
namespace {

TEST(NormalizeDate, Table) {
  const struct {
    const char* in;
    const char* want;
  } cases[] = {
      // RFC 3339 / ISO 8601
      {"2022-10-04", "2022-10-04"},
      {"2022-10-04T10:00:00+02:00", "2022-10-04T10:00:00+02:00"},
      {"2022-10-04T08:00:00Z", "2022-10-04T08:00:00Z"},
      {"2022-10-04T08:00:00.123456Z", "2022-10-04T08:00:00Z"},
      {"2022-10-04 10:00+0200", "2022-10-04T10:00:00+02:00"},
      {"2022-10-04T10:00:00-05", "2022-10-04T10:00:00-05:00"},
      {"2022-10-04T10:00:00", "2022-10-04T10:00:00"},
      {"  2022-10-04T10:00:00Z \n", "2022-10-04T10:00:00Z"},
      {"20221004", "2022-10-04"},
      {"2022/10/4", "2022-10-04"},
      // RFC 822 / 2822
      {"Tue, 04 Oct 2022 10:00:00 +0200", "2022-10-04T10:00:00+02:00"},
      {"Tue, 4 Oct 2022 08:00:00 GMT", "2022-10-04T08:00:00Z"},
      {"4 Oct 22 08:00 EDT", "2022-10-04T08:00:00-04:00"},
      {"Mon, 26 Feb 1987 15:01:01 -0000", "1987-02-26T15:01:01+00:00"},
      {"04 October 2022", "2022-10-04"},
      {"Tue, 04 Oct 2022 10:00:00 +0200 (CEST)", "2022-10-04T10:00:00+02:00"},
      {"26-Feb-1987 15:01:01", "1987-02-26T15:01:01"},
      // Not dates
      {"", ""},
      {"yesterday", ""},
      {"2022-13-01", ""},
      {"2022-10-04T25:00:00Z", ""},
      {"2022-10-04 trailing words", ""},
      {"Tue, 04 Foo 2022", ""},
      {"12345", ""},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(NormalizeDate(c.in), c.want) << c.in;
  }
}

TEST(NormalizeLanguage, Table) {
  const struct {
    const char* in;
    const char* want;
  } cases[] = {
      {"fr-FR", "fr"}, {"en_GB", "en"},   {"FR", "fr"},   {" en ", "en"},
      {"fra", "fra"},  {"", ""},          {"french", ""}, {"f", ""},
      {"e1", ""},      {"x-klingon", ""},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(NormalizeLanguage(c.in), c.want) << c.in;
  }
}

}  // namespace
}  // namespace tocsin
