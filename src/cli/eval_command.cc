// `tocsin eval lemmas FILE.conllu [--lang fr] [--json]`: lemma accuracy
// against a Universal Dependencies treebank. Readable table by default; with
// --json one object with stable keys, for scripts and CI.
#include <fmt/core.h>

#include <cstdio>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "lemma/lemma_eval.h"
#include "lemma/lemmatizer.h"
#include "util/paths.h"

namespace tocsin::cli {
namespace {

struct EvalLemmasOptions {
  std::string path;
  std::string language = "fr";
  bool json = false;
};

double Percent(uint64_t num, uint64_t den) {
  return den == 0 ? 0.0 : 100.0 * static_cast<double>(num) / den;
}

int RunEvalLemmas(const EvalLemmasOptions& options) {
  auto lemmatizer = Lemmatizer::Open(DataDir());
  if (!lemmatizer.ok()) {
    fmt::print(stderr, "tocsin: error: {}\n", lemmatizer.status().ToString());
    return 2;
  }
  auto result = EvaluateLemmas(options.path, options.language, **lemmatizer);
  if (!result.ok()) {
    fmt::print(stderr, "tocsin: error: {}: {}\n", options.path,
               result.status().ToString());
    return 2;
  }
  const LemmaEvalResult& r = *result;
  if (options.json) {
    nlohmann::json j = {
        {"file", options.path},
        {"language", options.language},
        {"tokens", r.tokens},
        {"correct", r.correct},
        {"accuracy", Percent(r.correct, r.tokens) / 100.0},
        {"verb_tokens", r.verb_tokens},
        {"verb_correct", r.verb_correct},
        {"verb_accuracy", Percent(r.verb_correct, r.verb_tokens) / 100.0},
    };
    fmt::print("{}\n", j.dump());
    return 0;
  }
  fmt::print("lemma accuracy on {} ({})\n", options.path, options.language);
  fmt::print("  {:<10} {:>8} {:>8} {:>9}\n", "tokens", "count", "correct",
             "accuracy");
  fmt::print("  {:<10} {:>8} {:>8} {:>8.2f}%\n", "all", r.tokens, r.correct,
             Percent(r.correct, r.tokens));
  fmt::print("  {:<10} {:>8} {:>8} {:>8.2f}%\n", "VERB", r.verb_tokens,
             r.verb_correct, Percent(r.verb_correct, r.verb_tokens));
  return 0;
}

}  // namespace

void AddEvalCommand(CLI::App& app, Runner* selected) {
  CLI::App* eval = app.add_subcommand("eval", "Measure accuracy on gold data");
  eval->require_subcommand(1);
  AddEvalNerCommand(*eval, selected);
  AddEvalQuadCommand(*eval, selected);
  AddEvalPetrarchCommand(*eval, selected);
  AddEvalAcledCommand(*eval, selected);
  auto options = std::make_shared<EvalLemmasOptions>();
  CLI::App* lemmas =
      eval->add_subcommand("lemmas", "Lemma accuracy on a CoNLL-U file");
  lemmas->add_option("file", options->path, "CoNLL-U file")->required();
  lemmas->add_option("--lang", options->language, "Language of the file")
      ->capture_default_str();
  lemmas->add_flag("--json", options->json, "Print one JSON object");
  lemmas->callback([options, selected] {
    *selected = [options] { return RunEvalLemmas(*options); };
  });
}

}  // namespace tocsin::cli
