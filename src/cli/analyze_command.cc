// `tocsin analyze INPUT...`: the main job until the store and the coders
// land. For each document it prints one line (date, language, size, title)
// and the verbs the front end found (the anchors later stages code events
// on); then a summary by language.
#include <fmt/core.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/document_loop.h"
#include "cli/pipeline_loader.h"

namespace tocsin::cli {
namespace {

constexpr size_t kVerbsShown = 8;

std::string DocumentVerbs(const AnalyzedText& text) {
  std::string verbs;
  size_t shown = 0;
  for (const Token& t : text.tokens) {
    if (t.word_class != WordClass::kVerb) continue;
    if (shown++ == kVerbsShown) {
      verbs += " …";
      break;
    }
    if (!verbs.empty()) verbs += ", ";
    verbs += text.Lemma(t);
  }
  return verbs;
}

int RunAnalyze(const LoopOptions& options) {
  auto pipeline = LoadPipeline();
  if (!pipeline) return 2;
  std::map<std::string, std::map<std::string, uint64_t>> verb_counts;
  LoopSummary summary = RunDocumentLoop(
      *pipeline, options, [&](const Document& doc, const AnalyzedText& text) {
        fmt::print("{:<10} {:<3} {:>3} sent  {}\n",
                   doc.published.empty() ? "-" : doc.published.substr(0, 10),
                   text.language, text.sentences.size(),
                   doc.title.empty() ? doc.id : doc.title);
        fmt::print("{:>20}verbs: {}\n", "", DocumentVerbs(text));
        for (const Token& t : text.tokens) {
          if (t.word_class == WordClass::kVerb) {
            ++verb_counts[text.language][std::string(text.Lemma(t))];
          }
        }
      });
  fmt::print("\nSummary\n");
  for (const auto& [language, count] : summary.documents_by_language) {
    std::vector<std::pair<uint64_t, std::string>> top;
    for (const auto& [lemma, n] : verb_counts[language]) top.emplace_back(n, lemma);
    std::sort(top.begin(), top.end(),
              [](const auto& a, const auto& b) {
                return a.first != b.first ? a.first > b.first : a.second < b.second;
              });
    std::string line;
    for (size_t i = 0; i < top.size() && i < 10; ++i) {
      line += fmt::format("{}{} ({})", i ? ", " : "", top[i].second, top[i].first);
    }
    fmt::print("  {}: {} documents; most frequent verbs: {}\n", language, count,
               line);
  }
  std::fflush(stdout);
  PrintSummary(summary);
  return ExitCodeFor(summary);
}

}  // namespace

void AddAnalyzeCommand(CLI::App& app, Runner* selected) {
  auto options = std::make_shared<LoopOptions>();
  CLI::App* command = app.add_subcommand(
      "analyze", "Run the pipeline and print what it found, per document");
  AddLoopOptions(command, options.get());
  command->callback([options, selected] {
    *selected = [options] { return RunAnalyze(*options); };
  });
}

}  // namespace tocsin::cli
