// Shared by the tests of src/gkg only (not part of the library): pipelines,
// finders, the entity linker and the quotation extractor built once from
// the source tree's dict/; the example article of ../shared/corpus; runs of
// the linker and extractor on a text; and compact descriptions of amounts
// and dates for table-driven tests.
#ifndef TOCSIN_GKG_GKG_TEST_UTIL_H_
#define TOCSIN_GKG_GKG_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "gkg/amounts.h"
#include "gkg/dates.h"
#include "gkg/entities.h"
#include "gkg/quotes.h"
#include "tocsin/pipeline.h"
#include "util/files.h"

namespace tocsin {
namespace gkg_test {

inline std::string SourceDict() {
  return std::string(TOCSIN_SOURCE_DIR) + "/dict";
}

// What Create or Load made, kept for the test binary's lifetime; nullptr
// (the test failing) when it did not load.
template <typename T>
T* Released(StatusOr<std::unique_ptr<T>> made) {
  EXPECT_TRUE(made.ok()) << made.status().ToString();
  return made.ok() ? made->release() : nullptr;
}

// A T loaded by `Status T::Load(SourceDict())`, kept likewise.
template <typename T>
T* NewLoaded() {
  auto* loaded = new T;
  const Status s = loaded->Load(SourceDict());
  EXPECT_TRUE(s.ok()) << s.ToString();
  return loaded;
}

inline const Pipeline* NewPipeline(PipelineOptions options) {
  options.dict_dir = SourceDict();
  return Released(Pipeline::Create(options));
}

// The front end without actors: the amount and date finders read tokens,
// lemmas and word classes only.
inline const Pipeline& FrontEndPipeline() {
  static const Pipeline* pipeline = [] {
    PipelineOptions options;
    options.actors = false;
    return NewPipeline(options);
  }();
  return *pipeline;
}

// Actors on; events, places and knowledge off: the tests run the linker
// and the extractor themselves.
inline const Pipeline& ActorPipeline() {
  static const Pipeline* pipeline = [] {
    PipelineOptions options;
    options.events = false;
    options.places = false;
    options.knowledge = false;
    return NewPipeline(options);
  }();
  return *pipeline;
}

inline const AmountFinder& TestAmounts() {
  static const AmountFinder* finder =
      Released(AmountFinder::Load(SourceDict()));
  return *finder;
}

inline const DateFinder& TestDates() {
  static const DateFinder* finder = Released(DateFinder::Load(SourceDict()));
  return *finder;
}

inline const EntityLinker& TestLinker() {
  static const EntityLinker* linker = NewLoaded<EntityLinker>();
  return *linker;
}

inline const QuoteExtractor& TestQuotes() {
  static const QuoteExtractor* quotes = NewLoaded<QuoteExtractor>();
  return *quotes;
}

// Issue 6's example article (French, published 2022-10-03).
inline constexpr char kExampleArticle[] =
    TOCSIN_SHARED_DIR "/corpus/nuclear-train-2022-10-fr.txt";

// The text of kExampleArticle; nullopt when ../shared is absent (the test
// then skips: GTEST_SKIP() << kExampleArticle << " absent").
inline std::optional<std::string> ExampleArticle() {
  if (!std::filesystem::exists(kExampleArticle)) return std::nullopt;
  auto text = ReadFileToString(kExampleArticle);
  EXPECT_TRUE(text.ok()) << text.status().ToString();
  return text.ok() ? *std::move(text) : std::string();
}

inline Document MakeDoc(const std::string& lang, const std::string& text,
                        const std::string& published,
                        const std::string& id = "t") {
  Document doc;
  doc.id = id;
  doc.language = lang;
  doc.text = text;
  doc.published = published;
  return doc;
}

inline std::string Slice(const Document& doc, Span s) {
  return doc.text.substr(s.begin, s.end - s.begin);
}

// What `finder` (TestAmounts, TestDates) finds in `doc` after the front
// end; *seconds, when given, is how long the finder took.
template <typename Item, typename Finder>
std::vector<Item> FindIn(const Finder& finder, const Document& doc,
                         double* seconds = nullptr) {
  DocumentAnalysis analysis;
  FrontEndPipeline().Process(doc, &analysis);
  std::vector<Item> items;
  const auto start = std::chrono::steady_clock::now();
  finder.Find(doc, analysis.text, &items);
  if (seconds != nullptr) {
    *seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
  }
  return items;
}

// Bounded work on hostile input: `unit` repeated to 1 MiB, then `tail`,
// gives `finder` over 10,000 items found in under 2 s.
template <typename Item, typename Finder>
void ExpectBoundedOnAMegabyte(const Finder& finder, const std::string& unit,
                              const std::string& tail,
                              const std::string& published) {
  std::string text;
  while (text.size() < (1u << 20)) text += unit;
  text += tail;
  double seconds = 0;
  const std::vector<Item> items =
      FindIn<Item>(finder, MakeDoc("fr", text, published), &seconds);
  std::printf("1 MiB of \"%s\": %zu found in %g s\n", unit.c_str(),
              items.size(), seconds);
  EXPECT_GT(items.size(), 10000u);
  EXPECT_LT(seconds, 2.0);
}

// "At least 156=156~ [people]; 12 000=12000 [soldats]": span, value,
// '~' when approximate, and what is counted.
inline std::string DescribeAmounts(const Document& doc,
                                   const std::vector<Amount>& amounts) {
  std::string out;
  for (const Amount& a : amounts) {
    if (!out.empty()) out += "; ";
    char value[64];
    if (a.value == std::floor(a.value) && a.value < 1e15) {
      std::snprintf(value, sizeof value, "%.0f", a.value);
    } else {
      std::snprintf(value, sizeof value, "%g", a.value);
    }
    out += Slice(doc, a.span) + "=" + value + (a.approximate ? "~" : "");
    if (!a.counted.empty()) {
      out += " [" + a.counted + "]";
      if (a.counted != "%" && a.counted != Slice(doc, a.counted_span)) {
        out += "(counted_span mismatch)";
      }
    }
  }
  return out;
}

// "vendredi=2022-09-30/day; la semaine dernière=2022-W39/week".
inline std::string DescribeDates(const Document& doc,
                                 const std::vector<DateMention>& dates) {
  std::string out;
  for (const DateMention& d : dates) {
    if (!out.empty()) out += "; ";
    out += Slice(doc, d.span) + "=" + d.resolved + "/" + d.granularity;
  }
  return out;
}

// A text through ActorPipeline, the linker and the extractor.
struct Run {
  Document doc;
  DocumentAnalysis analysis;
  std::vector<Entity> entities;
  std::vector<Quotation> quotations;
};

inline std::unique_ptr<Run> RunText(const std::string& text,
                                    const std::string& language,
                                    const std::string& date = "2022-10-03") {
  auto run = std::make_unique<Run>();
  run->doc = MakeDoc(language, text, date, "test");
  ActorPipeline().Process(run->doc, &run->analysis);
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

}  // namespace gkg_test
}  // namespace tocsin

#endif  // TOCSIN_GKG_GKG_TEST_UTIL_H_
