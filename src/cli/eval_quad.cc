// `tocsin eval quad FILE.tsv [--json]`: codes each sentence of a
// sentence<TAB>label file (ConfliBERT's quad classes, 0-4) with the whole
// pipeline and scores the quad class of the event it chose for the
// sentence. A sentence with no event counts as a miss.
#include <fmt/core.h>

#include <cstdio>
#include <vector>

#include "cli/commands.h"
#include "cli/pipeline_loader.h"
#include "events/cameo_table.h"
#include "events/quad_eval.h"

namespace tocsin::cli {
namespace {

struct EvalQuadOptions {
  std::string path;
  std::string language = "en";
  bool json = false;
};

// The event that speaks for the sentence: the first with the most named
// parties (a dyad says more about the sentence than a lone actor).
int SentenceQuad(const std::vector<Event>& events) {
  const Event* best = nullptr;
  int best_parties = -1;
  for (const Event& e : events) {
    int parties = (e.source.present() ? 1 : 0) + (e.target.present() ? 1 : 0);
    if (parties > best_parties) {
      best = &e;
      best_parties = parties;
    }
  }
  return best == nullptr ? kNoQuadPrediction
                         : CameoTable::QuadFive(best->cameo);
}

int RunEvalQuad(const EvalQuadOptions& options) {
  auto examples = ReadQuadExamples(options.path);
  if (!examples.ok()) {
    fmt::print(stderr, "tocsin: error: {}\n", examples.status().ToString());
    return 2;
  }
  auto pipeline = LoadPipeline();
  if (!pipeline) return 2;
  std::vector<int> gold, predicted;
  DocumentAnalysis analysis;
  for (const QuadExample& ex : *examples) {
    Document doc;
    doc.id = options.path + ":" + std::to_string(ex.line);
    doc.text = ex.sentence;
    doc.language = options.language;
    pipeline->Process(doc, &analysis);
    gold.push_back(ex.label);
    predicted.push_back(SentenceQuad(analysis.events));
  }
  auto score = ScoreQuad(gold, predicted);
  if (!score.ok()) {
    fmt::print(stderr, "tocsin: error: {}\n", score.status().ToString());
    return 2;
  }
  if (options.json) {
    fmt::print("{}\n", QuadReportJson(*score));
  } else {
    fmt::print("{} ({} sentences)\n{}", options.path, examples->size(),
               QuadReportText(*score));
  }
  return 0;
}

}  // namespace

void AddEvalQuadCommand(CLI::App& eval, Runner* selected) {
  auto options = std::make_shared<EvalQuadOptions>();
  CLI::App* quad = eval.add_subcommand(
      "quad", "Quad-class accuracy and macro-F1 on sentence<TAB>label files");
  quad->add_option("file", options->path, "TSV file: sentence, tab, 0-4")
      ->required();
  quad->add_option("--lang", options->language, "Language of the sentences")
      ->capture_default_str();
  quad->add_flag("--json", options->json, "One JSON object instead of a table");
  quad->callback([options, selected] {
    *selected = [options] { return RunEvalQuad(*options); };
  });
}

}  // namespace tocsin::cli
