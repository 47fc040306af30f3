// Shared set-up for the actor tests: the front end and the compiled project
// dictionary (DataDir()/actors.bin, built by the tocsin_data target), loaded
// once per test binary.
#ifndef TOCSIN_ACTORS_ACTOR_TEST_UTIL_H_
#define TOCSIN_ACTORS_ACTOR_TEST_UTIL_H_

#include <memory>
#include <string>
#include <vector>

#include "actors/actor_matcher.h"
#include "dict/actor_compiler.h"
#include "dict/alias_analyzer.h"
#include "util/paths.h"

namespace tocsin {

struct ActorTestEnv {
  std::unique_ptr<AliasAnalyzer> analyzer;
  std::unique_ptr<ActorMatcher> matcher;
  Status status;
};

inline ActorTestEnv& Env() {
  static ActorTestEnv* env = [] {
    auto* e = new ActorTestEnv();
    auto analyzer = AliasAnalyzer::Create("", "");
    if (!analyzer.ok()) {
      e->status = analyzer.status();
      return e;
    }
    e->analyzer = std::move(analyzer).value();
    auto matcher = ActorMatcher::Open(DataDir() + "/actors.bin");
    if (!matcher.ok()) {
      e->status = matcher.status();
      return e;
    }
    e->matcher = std::move(matcher).value();
    return e;
  }();
  return *env;
}

// Compiles a dictionary written in the test, with no reference data.
inline StatusOr<std::unique_ptr<ActorMatcher>> CompileForTest(
    const std::string& text, std::vector<DictProblem>* problems) {
  std::vector<ActorEntry> entries;
  ParseActorDictionary(text, "test.txt", &entries, problems);
  CompileOptions options;
  options.analyzer = Env().analyzer.get();
  options.iso3166_json = "/nonexistent/iso.json";
  options.cldr_fr_xml = "/nonexistent/fr.xml";
  std::string binary;
  std::vector<DictProblem> ignored;
  TOCSIN_RETURN_IF_ERROR(
      CompileActorDictionary(entries, options, &binary, &ignored));
  return ActorMatcher::FromBinary(std::move(binary));
}

inline void AnalyzeForTest(const Document& doc, AnalyzedText* text) {
  Env().analyzer->pipeline().Analyze(doc, text);
}

}  // namespace tocsin

#endif  // TOCSIN_ACTORS_ACTOR_TEST_UTIL_H_
