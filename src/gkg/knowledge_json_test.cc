#include "gkg/knowledge_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

namespace tocsin {
namespace {

// A string of `n` bytes that all need escaping, the longest escapes there
// are (\u00XX): the record must make room for six bytes per byte.
std::string Controls(size_t n, char first = '\x01') {
  std::string s;
  for (size_t i = 0; i < n; ++i) s += static_cast<char>(first + i % 30);
  return s;
}

struct Hostile {
  Document doc;
  DocumentAnalysis analysis;
};

// A document whose every string is made of control characters, with many
// items of every kind, so that any item writing past the room it made
// would show.
Hostile MakeHostile(size_t n) {
  Hostile h;
  h.doc.id = Controls(n);
  h.doc.url = Controls(n, '\x02');
  h.doc.title = Controls(2 * n) + "\"\\";
  h.doc.published = "2024-05-06T10:00:00Z";
  h.doc.text = Controls(4 * n);
  h.analysis.text.language = "fr";
  h.analysis.text.sentences.resize(n);
  Knowledge& k = h.analysis.knowledge;
  for (size_t i = 0; i < n; ++i) {
    k.sentence_tones.push_back(Tone{.tone = -1e300 * (i % 2)});
    ThemeHit theme{Controls(i), static_cast<uint32_t>(i), {}};
    for (size_t m = 0; m < i; ++m) theme.mentions.push_back({4294967295u, 0});
    k.themes.push_back(theme);
    Entity e;
    e.name = Controls(i);
    e.code = Controls(i + 1);
    e.role = Controls(i + 2);
    for (size_t m = 0; m < i; ++m) {
      e.mentions.push_back({{0, static_cast<uint32_t>(4 * n)}, 4294967295u});
    }
    k.entities.push_back(e);
    Quotation q;
    q.text = Controls(3 * i);
    q.parts.assign(i, {4294967295u, 4294967295u});
    q.speaker = static_cast<int32_t>(i) - 1;
    q.speaker_span = {0, static_cast<uint32_t>(4 * n)};
    q.speaker_name = Controls(i);
    q.speaker_code = Controls(i);
    q.verb = Controls(i);
    q.rule = Controls(i);
    q.confidence = -1e30f;
    k.quotations.push_back(q);
    k.amounts.push_back({{0, static_cast<uint32_t>(8 * n)},
                         -1.2345678901234567e-308,
                         true,
                         Controls(i),
                         {4294967295u, 4294967295u}});
    k.dates.push_back(
        {{0, static_cast<uint32_t>(4 * n)}, Controls(i), Controls(i + 3)});
  }
  k.tone = Tone{-1e300, 1e300, 0.0005, -0.0015, 1e6, 999999.9995, 4294967295u};
  return h;
}

TEST(KnowledgeJson, HostileStringsAndManyItemsRoundTrip) {
  for (const size_t n : {0, 1, 7, 40}) {
    const Hostile h = MakeHostile(n);
    std::string out = "prefix";
    AppendKnowledgeJson(h.doc, h.analysis, &out);
    ASSERT_EQ(out.substr(0, 6), "prefix");
    ASSERT_EQ(out.back(), '\n');
    const nlohmann::json record = nlohmann::json::parse(out.substr(6));
    const Knowledge& k = h.analysis.knowledge;
    EXPECT_EQ(record["doc_id"], h.doc.id);
    EXPECT_EQ(record["url"], h.doc.url);
    EXPECT_EQ(record["title"], h.doc.title);
    EXPECT_EQ(record["date"], "2024-05-06");
    EXPECT_EQ(record["sentences"], n);
    EXPECT_EQ(record["tone"]["word_count"], 4294967295u);
    ASSERT_EQ(record["sentence_tones"].size(), n);
    ASSERT_EQ(record["themes"].size(), n);
    ASSERT_EQ(record["entities"].size(), n);
    ASSERT_EQ(record["quotations"].size(), n);
    ASSERT_EQ(record["amounts"].size(), n);
    ASSERT_EQ(record["dates"].size(), n);
    for (size_t i = 0; i < n; ++i) {
      EXPECT_EQ(record["themes"][i]["theme"], k.themes[i].theme);
      EXPECT_EQ(record["themes"][i]["spans"].size(), i);
      const nlohmann::json& e = record["entities"][i];
      EXPECT_EQ(e["name"], k.entities[i].name);
      EXPECT_EQ(e["role"], k.entities[i].role);
      ASSERT_EQ(e["mentions"].size(), i);
      if (i > 0) {
        EXPECT_EQ(e["mentions"][0]["text"], h.doc.text);
      }
      const nlohmann::json& q = record["quotations"][i];
      EXPECT_EQ(q["text"], k.quotations[i].text);
      EXPECT_EQ(q["rule"], k.quotations[i].rule);
      EXPECT_EQ(q["speaker"]["text"], h.doc.text);
      EXPECT_EQ(record["amounts"][i]["text"], h.doc.text);  // clipped
      EXPECT_EQ(record["amounts"][i]["counted"], k.amounts[i].counted);
      EXPECT_EQ(record["dates"][i]["granularity"], k.dates[i].granularity);
    }

    std::string line;
    if (n > 0) {
      AppendQuotationLineJson(h.doc, h.analysis, k.quotations.back(), &line);
      const nlohmann::json quotation = nlohmann::json::parse(line);
      EXPECT_EQ(quotation["kind"], "quotation");
      EXPECT_EQ(quotation["text"], k.quotations.back().text);
    }
  }
}

}  // namespace
}  // namespace tocsin
