#include "ingest/jsonl.h"

#include <gtest/gtest.h>

#include <string>

namespace tocsin {
namespace {

TEST(ParseJsonLine, AllFields) {
  StatusOr<Document> doc = ParseJsonLine(
      R"({"id": "wire-17", "url": " https://wire.example/17 ",)"
      R"( "date": "Tue, 04 Oct 2022 10:00:00 +0200", "title": "Strike\nends",)"
      R"( "text": "Dockers returned to work.\n\nShips were unloaded.",)"
      R"( "lang": "en-GB", "source": "Wire", "extra": [1, 2]})",
      "news.jsonl", 3);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->id, "wire-17");
  EXPECT_EQ(doc->url, "https://wire.example/17");
  EXPECT_EQ(doc->published, "2022-10-04T10:00:00+02:00");
  EXPECT_EQ(doc->title, "Strike ends");
  EXPECT_EQ(doc->text, "Dockers returned to work.\n\nShips were unloaded.");
  EXPECT_EQ(doc->language, "en");
  EXPECT_EQ(doc->source, "news.jsonl:3");
  EXPECT_EQ(doc->encoding, "UTF-8");
  EXPECT_EQ(doc->invalid_bytes, 0u);
}

TEST(ParseJsonLine, AlternativeNamesAndDefaults) {
  const struct {
    const char* line;
    const char* id;
    const char* published;
    const char* language;
  } cases[] = {
      {R"({"text": "a", "published": "2021-02-03", "language": "fr"})",
       "in.jsonl:9", "2021-02-03", "fr"},
      {R"({"text": "a", "id": 42, "date": null})", "42", "", ""},
      {R"({"text": "a", "date": "next week", "lang": "French"})", "in.jsonl:9",
       "", ""},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.line);
    StatusOr<Document> doc = ParseJsonLine(c.line, "in.jsonl", 9);
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    EXPECT_EQ(doc->id, c.id);
    EXPECT_EQ(doc->published, c.published);
    EXPECT_EQ(doc->language, c.language);
  }
}

TEST(ParseJsonLine, Errors) {
  const struct {
    const char* line;
    const char* message_part;
  } cases[] = {
      {R"({"title": "no body"})", "field \"text\" is missing or empty"},
      {R"({"text": ""})", "field \"text\" is missing or empty"},
      {R"({"text": " \n\t "})", "field \"text\" is missing or empty"},
      {R"({"text": 12})", "field \"text\" is not a string"},
      {R"({"text": "a", "title": ["x"]})", "field \"title\" is not a string"},
      {R"({"text": "a", "lang": 1})", "field \"lang\" is not a string"},
      {R"({"text": "a", "id": 1.5})", "field \"id\" is not a string"},
      {R"({"text": "a",)",
       "malformed JSON at byte 14: syntax error while parsing object key"},
      {R"({"text": "a"} trailing)", "malformed JSON at byte 17"},
      {R"([{"text": "a"}])", "line is not a JSON object"},
      {R"("just a string")", "line is not a JSON object"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.line);
    StatusOr<Document> doc = ParseJsonLine(c.line, "bad.jsonl", 1);
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(doc.status().message().find(c.message_part), std::string::npos)
        << doc.status().message();
  }
}

TEST(ParseJsonLine, LegacyBytesAndControls) {
  StatusOr<Document> doc =
      ParseJsonLine("{\"text\": \"Le caf\xE9 \x93noir\x94\"}", "l.jsonl", 1);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->text, "Le café “noir”");
  EXPECT_EQ(doc->encoding, "windows-1252");

  doc = ParseJsonLine(R"({"text": "nul\u0000here"})", "l.jsonl", 2);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, "nul\uFFFDhere");
  EXPECT_EQ(doc->invalid_bytes, 1u);

  // A lone surrogate escape cannot become UTF-8.
  EXPECT_FALSE(ParseJsonLine(R"({"text": "\ud800"})", "l.jsonl", 3).ok());
}

// The fast path (simdjson, falling back to nlohmann-json when it rejects a
// line) must read every line exactly as the reference (nlohmann-json alone)
// does: the same document, or the same error.
std::string Describe(const StatusOr<Document>& doc) {
  if (!doc.ok()) return "error: " + doc.status().ToString();
  return "id=" + doc->id + " url=" + doc->url + " title=" + doc->title +
         " published=" + doc->published + " lang=" + doc->language +
         " source=" + doc->source + " encoding=" + doc->encoding +
         " invalid=" + std::to_string(doc->invalid_bytes) +
         " text=" + doc->text;
}

TEST(ParseJsonLine, ReadsEveryLineAsTheReferenceDoes) {
  const char* const lines[] = {
      R"({"text": "plain"})",
      R"({"text": "first", "text": "second"})",  // the last one counts
      R"({"id": 1, "id": "x", "text": "a"})",
      R"({"text": "a", "id": -7})",
      R"({"text": "a", "id": 18446744073709551615})",
      R"({"text": "a", "id": 184467440737095516150})",  // past uint64
      R"({"text": "a", "id": 1e2})",
      R"({"text": "a", "id": true})",
      R"({"text": "a", "date": null, "published": "2020-01-02"})",
      R"({"text": "a", "date": 5, "published": "2020-01-02"})",
      R"({"text": "a", "lang": null, "language": "fr"})",
      R"({"text": "esc \" \\ \/ \b\f\n\r\t \u00e9 \ud83d\ude00"})",
      R"({"text": "nul\u0000"})",
      R"({"text": "lone \ud800 surrogate"})",
      R"({"text": "a", "extra": {"deep": [1, [2, [3]]]}})",
      R"({"text": "a", "extra": [tru]})",
      R"({"text": "a", "extra": 01})",
      R"(   {"text": "spaced"}   )",
      "\xEF\xBB\xBF{\"text\": \"after a BOM\"}",
      "{\"text\": \"caf\xE9\"}",
      "{\"text\": \"ok\"}\x00",
      R"({"text": "a",})",
      R"({"text": "a"} {"text": "b"})",
      R"([{"text": "a"}])",
      R"(42)",
      R"()",
      R"({})",
      R"({"text": "  "})",
  };
  for (const char* line : lines) {
    SCOPED_TRACE(line);
    EXPECT_EQ(
        Describe(ParseJsonLine(line, "d.jsonl", 4)),
        Describe(jsonl_internal::ParseJsonLineReference(line, "d.jsonl", 4)));
  }
}

TEST(ParseJsonDocuments, ObjectOrArray) {
  std::vector<InputError> errors;
  StatusOr<std::vector<Document>> docs =
      ParseJsonDocuments(R"({"text": "single"})", "one.json", &errors);
  ASSERT_TRUE(docs.ok());
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_EQ((*docs)[0].id, "one.json");

  docs = ParseJsonDocuments(
      R"([{"text": "first"}, {"title": "no text"}, {"text": "third", "id": "t"}])",
      "many.json", &errors);
  ASSERT_TRUE(docs.ok());
  ASSERT_EQ(docs->size(), 2u);
  EXPECT_EQ((*docs)[0].id, "many.json#0");
  EXPECT_EQ((*docs)[1].id, "t");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].status.message().find("record 1"), std::string::npos);

  EXPECT_FALSE(ParseJsonDocuments("{oops", "x.json", &errors).ok());
  EXPECT_FALSE(ParseJsonDocuments("17", "x.json", &errors).ok());
}

}  // namespace
}  // namespace tocsin
