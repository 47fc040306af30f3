// Shared by the entity and quotation tests only (not part of the library):
// one Pipeline (actors on; events, places and knowledge off), EntityLinker and
// QuoteExtractor built from the source tree's dict/, and a helper that runs
// all three on a text.
#ifndef TOCSIN_GKG_QUOTE_TEST_UTIL_H_
#define TOCSIN_GKG_QUOTE_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "gkg/entities.h"
#include "gkg/quotes.h"
#include "tocsin/pipeline.h"

namespace tocsin {
namespace quote_test {

inline std::string SourceDict() {
  return std::string(TOCSIN_SOURCE_DIR) + "/dict";
}

inline const Pipeline& TestPipeline() {
  static const Pipeline* pipeline = [] {
    PipelineOptions options;
    options.dict_dir = SourceDict();
    options.events = false;
    options.places = false;
    options.knowledge = false;  // the tests run the linker and extractor
    auto p = Pipeline::Create(options);
    EXPECT_TRUE(p.ok()) << p.status().ToString();
    return p.ok() ? p->release() : nullptr;
  }();
  return *pipeline;
}

inline const EntityLinker& TestLinker() {
  static const EntityLinker* linker = [] {
    auto* l = new EntityLinker;
    const Status s = l->Load(SourceDict());
    EXPECT_TRUE(s.ok()) << s.ToString();
    return l;
  }();
  return *linker;
}

inline const QuoteExtractor& TestQuotes() {
  static const QuoteExtractor* quotes = [] {
    auto* q = new QuoteExtractor;
    const Status s = q->Load(SourceDict());
    EXPECT_TRUE(s.ok()) << s.ToString();
    return q;
  }();
  return *quotes;
}

struct Run {
  Document doc;
  DocumentAnalysis analysis;
  std::vector<Entity> entities;
  std::vector<Quotation> quotations;
};

// Runs the pipeline, the linker and the extractor on `text`.
inline std::unique_ptr<Run> RunText(const std::string& text,
                                    const std::string& language,
                                    const std::string& date = "2022-10-03") {
  auto run = std::make_unique<Run>();
  run->doc.id = "test";
  run->doc.text = text;
  run->doc.language = language;
  run->doc.published = date;
  TestPipeline().Process(run->doc, &run->analysis);
  TestLinker().Link(run->doc, run->analysis.text, run->analysis.actors,
                    &run->entities);
  TestQuotes().Extract(run->doc, run->analysis.text, run->analysis.actors,
                       &run->entities, &run->quotations);
  return run;
}

// The canonical name of the entity with a mention covering `mention` (its
// first occurrence in the text), "" when none.
inline std::string EntityOf(const Run& run, const std::string& mention) {
  const size_t at = run.doc.text.find(mention);
  if (at == std::string::npos) return "<absent>";
  const uint32_t b = static_cast<uint32_t>(at);
  const uint32_t e = static_cast<uint32_t>(at + mention.size());
  for (const Entity& entity : run.entities) {
    for (const EntityMention& m : entity.mentions) {
      if (m.span.begin < e && b < m.span.end) return entity.name;
    }
  }
  return "";
}

}  // namespace quote_test
}  // namespace tocsin

#endif  // TOCSIN_GKG_QUOTE_TEST_UTIL_H_
