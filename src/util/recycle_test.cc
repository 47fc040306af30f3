#include "util/recycle.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tocsin {
namespace {

struct Record {
  std::string name;
  std::vector<int> values;
  int count = 0;
};

void ResetRecord(Record* r) {
  r->name.clear();
  r->values.clear();
  r->count = 0;
}

using RecordRecycler = Recycler<Record, &ResetRecord>;

const std::string kLongName(100, 'x');  // past any short-string buffer

TEST(RecyclerTest, AppendedRecordsAreResetAndKeepTheirBuffers) {
  RecordRecycler recycler;
  std::vector<Record> records;
  Record& first = recycler.Append(&records);  // nothing to reuse yet
  first.name = kLongName;
  first.values.assign(50, 7);
  first.count = 3;
  const char* buffer = first.name.data();

  recycler.Recycle(&records);
  EXPECT_TRUE(records.empty());
  EXPECT_EQ(recycler.spare_count(), 1u);

  Record& again = recycler.Append(&records);
  EXPECT_EQ(recycler.spare_count(), 0u);
  EXPECT_TRUE(again.name.empty());
  EXPECT_TRUE(again.values.empty());
  EXPECT_EQ(again.count, 0);
  EXPECT_GE(again.name.capacity(), kLongName.size());
  EXPECT_GE(again.values.capacity(), 50u);
  EXPECT_EQ(again.name.data(), buffer);  // the same heap buffer
}

TEST(RecyclerTest, KeepsNoMoreThanItsCap) {
  RecordRecycler recycler;
  std::vector<Record> records(RecordRecycler::kMaxSpare + 10);
  recycler.Recycle(&records);
  EXPECT_TRUE(records.empty());
  EXPECT_EQ(recycler.spare_count(), RecordRecycler::kMaxSpare);
}

}  // namespace
}  // namespace tocsin
