// The CSV reader on inputs written here: quoting, escaped quotes, newlines
// inside quotes, CRLF, and the two kinds of bad record.
#include "eval/csv_reader.h"

#include <gtest/gtest.h>

namespace tocsin {
namespace {

using Records = std::vector<std::vector<std::string>>;

struct CsvCase {
  const char* name;
  std::string input;
  Records records;
  std::vector<uint32_t> lines;  // where each record starts
};

class CsvReaderTest : public ::testing::TestWithParam<CsvCase> {};

TEST_P(CsvReaderTest, SplitsRecordsAndFields) {
  const CsvCase& c = GetParam();
  CsvReader reader(c.input, "t.csv");
  Records records;
  std::vector<uint32_t> lines;
  std::vector<std::string> fields;
  Status status;
  while (reader.Next(&fields, &status)) {
    ASSERT_TRUE(status.ok()) << status.ToString();
    records.push_back(fields);
    lines.push_back(reader.line());
  }
  EXPECT_EQ(records, c.records);
  EXPECT_EQ(lines, c.lines);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, CsvReaderTest,
    ::testing::Values(
        CsvCase{"Plain",
                "a,b,c\n1,2,3\n",
                {{"a", "b", "c"}, {"1", "2", "3"}},
                {1, 2}},
        CsvCase{"NoFinalNewline", "a,b\n1,2", {{"a", "b"}, {"1", "2"}}, {1, 2}},
        CsvCase{"Crlf", "a,b\r\n1,2\r\n", {{"a", "b"}, {"1", "2"}}, {1, 2}},
        CsvCase{"QuotedComma", "\"x, y\",z\n", {{"x, y", "z"}}, {1}},
        CsvCase{"EscapedQuotes",
                "\"he said \"\"no\"\"\",1\n",
                {{"he said \"no\"", "1"}},
                {1}},
        CsvCase{"NewlineInQuotes",
                "\"one\ntwo\",b\nc,d\n",
                {{"one\ntwo", "b"}, {"c", "d"}},
                {1, 3}},
        CsvCase{"CrlfInQuotesIsData",
                "\"one\r\ntwo\",b\r\nc,d\r\n",
                {{"one\r\ntwo", "b"}, {"c", "d"}},
                {1, 3}},
        CsvCase{"EmptyFields", ",,\n", {{"", "", ""}}, {1}},
        CsvCase{"TrailingCommaAtEnd", "a,", {{"a", ""}}, {1}},
        CsvCase{"EmptyQuoted", "\"\",x\n", {{"", "x"}}, {1}},
        CsvCase{"BlankLine", "a\n\nb\n", {{"a"}, {""}, {"b"}}, {1, 2, 3}},
        CsvCase{"ByteOrderMark",
                "\xEF\xBB\xBF"
                "a,b\n",
                {{"a", "b"}},
                {1}},
        CsvCase{"QuoteInsideUnquotedField", "ab\"c,d\n", {{"ab\"c", "d"}}, {1}},
        CsvCase{"LoneCarriageReturnIsData", "a\rb,c\n", {{"a\rb", "c"}}, {1}},
        CsvCase{"SpacesAreData", " a , \"b\"\n", {{" a ", " \"b\""}}, {1}},
        CsvCase{"Empty", "", {}, {}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(CsvReaderErrors, TextAfterClosingQuoteSkipsOnlyThatRecord) {
  CsvReader reader("\"ab\"c,d\ne,f\n", "t.csv");
  std::vector<std::string> fields;
  Status status;
  ASSERT_TRUE(reader.Next(&fields, &status));
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message(), "t.csv:1: text after a closing quote");
  ASSERT_TRUE(reader.Next(&fields, &status));
  EXPECT_TRUE(status.ok()) << status.ToString();
  EXPECT_EQ(fields, (std::vector<std::string>{"e", "f"}));
  EXPECT_EQ(reader.line(), 2u);
  EXPECT_FALSE(reader.Next(&fields, &status));
}

TEST(CsvReaderErrors, UnterminatedQuoteNamesTheLineItOpenedOn) {
  CsvReader reader("a,b\nc,d\n\"open,e\nf\n", "t.csv");
  std::vector<std::string> fields;
  Status status;
  ASSERT_TRUE(reader.Next(&fields, &status));
  ASSERT_TRUE(reader.Next(&fields, &status));
  ASSERT_TRUE(reader.Next(&fields, &status));
  EXPECT_EQ(status.code(), StatusCode::kDataLoss);
  EXPECT_EQ(status.message(), "t.csv:3: unterminated quoted field");
  EXPECT_FALSE(reader.Next(&fields, &status));
}

}  // namespace
}  // namespace tocsin
