#include "util/key_table.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <unordered_map>

namespace tocsin {
namespace {

// The obvious reference: std::unordered_map, against the table on the same
// operations, at sizes across several growths.
template <int kFilterBitsPerSlot>
void ExpectAgreesWithAnUnorderedMap() {
  for (const int size : {0, 1, 7, 8, 9, 60, 1000, 20000}) {
    std::mt19937_64 random(size);
    KeyTable<uint32_t, kFilterBitsPerSlot> table;
    std::unordered_map<uint64_t, uint32_t> reference;
    for (int i = 0; i < size; ++i) {
      // Some keys repeat, so Insert must find the existing slot.
      const uint64_t key = random() % (size * 2 + 1) * 0x9E3779B97F4A7C15ull;
      *table.Insert(key) = static_cast<uint32_t>(i);
      reference[key == 0 ? 1 : key] = static_cast<uint32_t>(i);
    }
    EXPECT_EQ(table.size(), reference.size()) << size;
    for (const auto& [key, value] : reference) {
      const uint32_t* found = table.Find(key);
      ASSERT_NE(found, nullptr) << size << " " << key;
      EXPECT_EQ(*found, value);
      EXPECT_TRUE(table.MayContainPrefetch(key)) << size << " " << key;
    }
    for (int i = 0; i < 1000; ++i) {
      const uint64_t key = random();
      const uint32_t* found = table.Find(key);
      const auto it = reference.find(key == 0 ? 1 : key);
      EXPECT_EQ(found != nullptr, it != reference.end()) << key;
    }
  }
}

TEST(KeyTable, AgreesWithAnUnorderedMap) {
  ExpectAgreesWithAnUnorderedMap<4>();
  ExpectAgreesWithAnUnorderedMap<16>();
  ExpectAgreesWithAnUnorderedMap<32>();
}

// How many of `probes` absent keys the filter of a table of `size` keys
// lets through.
template <int kFilterBitsPerSlot>
int FilterFalsePositives(int size, int probes) {
  std::mt19937_64 random(7);
  KeyTable<uint8_t, kFilterBitsPerSlot> table;
  for (int i = 0; i < size; ++i) *table.Insert(random() | 1) = 1;
  int passed = 0;
  for (int i = 0; i < probes; ++i) {
    const uint64_t key = random() | 1;
    if (table.Find(key) == nullptr && table.MayContainPrefetch(key)) ++passed;
  }
  return passed;
}

// A larger filter lets fewer absent keys through to the slots.
TEST(KeyTable, LargerFiltersPassFewerAbsentKeys) {
  const struct { int size; } cases[] = {{100}, {3000}, {20000}};
  for (const auto& c : cases) {
    const int four = FilterFalsePositives<4>(c.size, 20000);
    const int sixteen = FilterFalsePositives<16>(c.size, 20000);
    EXPECT_GT(four, 0) << c.size;
    EXPECT_LT(sixteen * 2, four) << c.size;
  }
}

TEST(KeyTable, ZeroIsStoredAsOne) {
  KeyTable<int> table;
  EXPECT_EQ(table.Find(0), nullptr);
  *table.Insert(0) = 5;
  ASSERT_NE(table.Find(1), nullptr);
  EXPECT_EQ(*table.Find(1), 5);
  EXPECT_EQ(table.size(), 1u);
}

}  // namespace
}  // namespace tocsin
