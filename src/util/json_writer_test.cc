#include "util/json_writer.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

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

TEST(AppendJsonString, AgreesWithTheReferenceOnRandomBytes) {
  std::mt19937 random(7);
  const std::string alphabet = std::string("ab\"\\\n\r\t\x01\x1f \xc3\xa9", 13);
  for (int n = 0; n < 2000; ++n) {
    std::string s;
    const int len = static_cast<int>(random() % 24);
    for (int i = 0; i < len; ++i) s += alphabet[random() % alphabet.size()];
    std::string out;
    AppendJsonString(s, &out);
    ASSERT_EQ(out, SlowJsonString(s));
  }
}

}  // namespace
}  // namespace tocsin
