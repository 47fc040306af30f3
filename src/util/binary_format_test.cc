#include "util/binary_format.h"

#include <gtest/gtest.h>

#include <cstring>

namespace tocsin {
namespace {

constexpr uint32_t kMagic = 0x54534554;  // "TEST"

TEST(BinaryFormatTest, RoundTrip) {
  std::string file = EncodeBinaryFile(kMagic, 3, "payload bytes");
  ASSERT_EQ(file.size(), kBinaryHeaderSize + 13);
  StatusOr<std::string_view> payload = DecodeBinaryFile(file, kMagic, 3, "t");
  ASSERT_TRUE(payload.ok()) << payload.status().ToString();
  EXPECT_EQ(*payload, "payload bytes");
}

TEST(BinaryFormatTest, EmptyPayload) {
  std::string file = EncodeBinaryFile(kMagic, 1, "");
  StatusOr<std::string_view> payload = DecodeBinaryFile(file, kMagic, 1, "t");
  ASSERT_TRUE(payload.ok());
  EXPECT_TRUE(payload->empty());
}

TEST(BinaryFormatTest, Crc32MatchesKnownValue) {
  // The standard CRC-32 check value.
  EXPECT_EQ(Crc32("123456789"), 0xCBF43926u);
}

struct CorruptionCase {
  const char* name;
  void (*corrupt)(std::string& file);
  const char* message_part;
};

const CorruptionCase kCorruptions[] = {
    {"bad magic", [](std::string& f) { f[0] ^= 0x55; }, "magic"},
    {"wrong version", [](std::string& f) { f[4] = 9; }, "version"},
    {"truncated payload", [](std::string& f) { f.pop_back(); }, "truncated"},
    {"truncated header", [](std::string& f) { f.resize(10); }, "header"},
    {"extra bytes", [](std::string& f) { f.push_back('x'); }, "header says"},
    {"flipped payload bit",
     [](std::string& f) { f[kBinaryHeaderSize + 2] ^= 1; }, "checksum"},
    {"empty file", [](std::string& f) { f.clear(); }, "header"},
};

TEST(BinaryFormatTest, EveryCorruptionIsDataLoss) {
  for (const CorruptionCase& c : kCorruptions) {
    std::string file = EncodeBinaryFile(kMagic, 2, "some payload");
    c.corrupt(file);
    StatusOr<std::string_view> r = DecodeBinaryFile(file, kMagic, 2, "f.bin");
    ASSERT_FALSE(r.ok()) << c.name;
    EXPECT_EQ(r.status().code(), StatusCode::kDataLoss) << c.name;
    EXPECT_NE(r.status().message().find(c.message_part), std::string::npos)
        << c.name << ": " << r.status().message();
    EXPECT_EQ(r.status().message().rfind("f.bin", 0), 0u) << c.name;
  }
}

}  // namespace
}  // namespace tocsin
