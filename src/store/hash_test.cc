// Base64 as the store keeps binary values in text columns: RFC 4648's test
// vectors, every byte value, and text that is not base64.
#include "store/hash.h"

#include <gtest/gtest.h>

#include <string>

namespace tocsin {
namespace {

TEST(Base64, Rfc4648Vectors) {
  const std::pair<std::string, std::string> cases[] = {
      {"", ""},
      {"f", "Zg=="},
      {"fo", "Zm8="},
      {"foo", "Zm9v"},
      {"foob", "Zm9vYg=="},
      {"fooba", "Zm9vYmE="},
      {"foobar", "Zm9vYmFy"},
  };
  for (const auto& [bytes, text] : cases) {
    EXPECT_EQ(Base64Encode(bytes), text) << bytes;
    StatusOr<std::string> back = Base64Decode(text);
    ASSERT_TRUE(back.ok()) << text << ": " << back.status().ToString();
    EXPECT_EQ(*back, bytes) << text;
  }
}

TEST(Base64, RoundTripsEveryByteAtEveryLength) {
  std::string bytes;
  for (int i = 0; i < 300; ++i) {
    bytes.push_back(static_cast<char>((i * 7) & 0xff));
    StatusOr<std::string> back = Base64Decode(Base64Encode(bytes));
    ASSERT_TRUE(back.ok()) << i;
    EXPECT_EQ(*back, bytes) << i;
  }
}

TEST(Base64, RejectsWhatIsNotBase64) {
  for (const char* bad : {"Zg=", "Zg", "Z===", "Zm9v ", " Zm9", "Zm9\n", "Zm=v",
                          "Zm9v!A==", "=Zm9"}) {
    StatusOr<std::string> decoded = Base64Decode(bad);
    EXPECT_FALSE(decoded.ok()) << bad;
    if (!decoded.ok()) {
      EXPECT_EQ(decoded.status().code(), StatusCode::kDataLoss) << bad;
    }
  }
}

}  // namespace
}  // namespace tocsin
