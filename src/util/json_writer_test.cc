#include "util/json_writer.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <vector>

namespace tocsin {
namespace {

// The obvious reference: one byte at a time.
std::string SlowJsonString(std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  std::string out = "\"";
  for (const char c : s) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (c == '"') {
      out += "\\\"";
    } else if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (u < 0x20) {
      out += "\\u00";
      out += kHex[u >> 4];
      out += kHex[u & 15];
    } else {
      out += c;
    }
  }
  return out + "\"";
}

TEST(AppendJsonString, EscapesQuotesBackslashesAndControls) {
  const struct {
    std::string in, want;
  } kCases[] = {
      {"", "\"\""},
      {"plain", "\"plain\""},
      {"« Moscou »", "\"« Moscou »\""},
      {"say \"no\"", "\"say \\\"no\\\"\""},
      {"a\\b", "\"a\\\\b\""},
      {"l1\nl2\r\tx", "\"l1\\nl2\\r\\tx\""},
      {std::string("\x01z\x1f", 3), "\"\\u0001z\\u001f\""},
      {std::string("\0", 1), "\"\\u0000\""},
      {"\"", "\"\\\"\""},
  };
  for (const auto& c : kCases) {
    std::string out = "prefix";
    AppendJsonString(c.in, &out);
    EXPECT_EQ(out, "prefix" + c.want) << c.in;
  }
}

// Up to max_length - 1 bytes of quotes, backslashes, controls, letters
// and a two-byte letter.
std::string RandomJsonBytes(std::mt19937* random, int max_length) {
  const std::string alphabet = std::string("ab\"\\\n\r\t\x01\x1f \xc3\xa9", 13);
  std::string s;
  const int len = static_cast<int>((*random)() % max_length);
  for (int i = 0; i < len; ++i) s += alphabet[(*random)() % alphabet.size()];
  return s;
}

TEST(AppendJsonString, AgreesWithTheReferenceOnRandomBytes) {
  std::mt19937 random(7);
  for (int n = 0; n < 2000; ++n) {
    const std::string s = RandomJsonBytes(&random, 24);
    std::string out;
    AppendJsonString(s, &out);
    ASSERT_EQ(out, SlowJsonString(s));
  }
}

// Every byte value at every position of a string long enough for the
// eight-byte scan, whose other bytes need no escape.
TEST(AppendJsonString, AgreesWithTheReferenceForEveryByteAndPosition) {
  for (int byte = 0; byte < 256; ++byte) {
    for (size_t position = 0; position < 20; ++position) {
      std::string s(20, 'x');
      s[position] = static_cast<char>(byte);
      std::string out;
      AppendJsonString(s, &out);
      ASSERT_EQ(out, SlowJsonString(s)) << byte << " at " << position;
    }
  }
}

TEST(AppendJsonString, AgreesWithTheReferenceOnLongMostlyPlainText) {
  std::mt19937 random(11);
  const std::string alphabet = "abcdefgh ijklm\xc3\xa9\"\n\\";
  for (int n = 0; n < 2000; ++n) {
    std::string s;
    const int len = static_cast<int>(random() % 100);
    for (int i = 0; i < len; ++i) {
      // One byte in 16 from the whole alphabet, the rest plain letters.
      s += alphabet[random() % (random() % 16 == 0 ? alphabet.size() : 8)];
    }
    std::string out;
    AppendJsonString(s, &out);
    ASSERT_EQ(out, SlowJsonString(s));
  }
}

// WriteJsonString writes what AppendJsonString appends, within the room
// it documents.
TEST(WriteJsonString, AgreesWithTheReferenceWithinItsRoom) {
  std::mt19937 random(5);
  for (int n = 0; n < 3000; ++n) {
    std::string s = RandomJsonBytes(&random, 40);
    if (n % 3 == 0) s.assign(s.size(), '\x01');  // the longest escapes
    std::string buffer(6 * s.size() + 2 + 16, '#');
    char* const end = WriteJsonString(s, buffer.data());
    ASSERT_LE(end - buffer.data(), static_cast<ptrdiff_t>(6 * s.size() + 2));
    EXPECT_EQ(std::string(buffer.data(), end), SlowJsonString(s));
    EXPECT_EQ(buffer.substr(6 * s.size() + 2), std::string(16, '#'));
  }
}

TEST(AppendJsonFixed3, WritesThreeDecimals) {
  const struct {
    double value;
    const char* expected;
  } kCases[] = {
      {0, "0.000"},
      {-2.07, "-2.070"},
      {0.0625, "0.062"},
      {0.1875, "0.188"},  // exact ties: to even
      {100.0 / 3, "33.333"},
      {-0.0001, "-0.000"},
      {1e6, "1000000.000"},
      {999999.9995, "1000000.000"},  // the nearest double is above the tie
      {-0.0, "-0.000"},
      {0.0005, "0.001"},  // the nearest double is above the tie
      {-0.0015, "-0.002"},
      {2.0004999, "2.000"},
      {2.0005001, "2.001"},
      {std::nan(""), "0.000"},
      {-std::numeric_limits<double>::infinity(), "0.000"},
      {1e300, "1e28"},
  };
  for (const auto& c : kCases) {
    std::string out;
    AppendJsonFixed3(c.value, &out);
    EXPECT_EQ(out, c.expected) << c.value;
  }
}

// fmt's "{:.3f}" is the reference: what the records wrote before.
TEST(AppendJsonFixed3, AgreesWithFmtOnRandomValues) {
  std::mt19937 random(11);
  for (int n = 0; n < 200000; ++n) {
    const double value = (static_cast<int>(random() % 2000001) - 1000000) /
                         static_cast<double>(1 + random() % 4096);
    std::string out;
    AppendJsonFixed3(value, &out);
    ASSERT_EQ(out, fmt::format("{:.3f}", value)) << value;
  }
}

// Values on and next to the ties of the fast path (k + 0.5 thousandths,
// and the doubles around them), the tone shares the records write (per 100
// words), and values near the fast path's bound.
TEST(AppendJsonFixed3, AgreesWithFmtNearTies) {
  std::mt19937 random(12);
  std::vector<double> values;
  for (int n = 0; n < 20000; ++n) {
    const double tie =
        (static_cast<int>(random() % 20000001) - 10000000 + 0.5) / 1000.0;
    values.push_back(tie);
    values.push_back(std::nextafter(tie, 1e9));
    values.push_back(std::nextafter(tie, -1e9));
    values.push_back(tie + 1e-9);
    values.push_back(tie - 1e-9);
    const double words = 1 + random() % 3000;
    values.push_back(100.0 * (random() % 3000) / words);
    values.push_back(0.74 * 100.0 * (random() % 300) / words);
    values.push_back(1e6 - (random() % 100000) / 7.0);
    values.push_back(1e6 + (random() % 100000) / 7.0);
  }
  for (const double value : values) {
    for (const double signed_value : {value, -value}) {
      std::string out;
      AppendJsonFixed3(signed_value, &out);
      ASSERT_EQ(out, fmt::format("{:.3f}", signed_value)) << signed_value;
    }
  }
}

}  // namespace
}  // namespace tocsin
