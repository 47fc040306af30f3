// `tocsin analyze INPUT...`: the main job until the store and the event
// coder land. For each document it prints one line (date, language, size,
// title), the actors it names with their CAMEO codes, and the verbs the
// front end found (the anchors the event coder will code on); then a
// summary by language.
#include <fmt/core.h>

#include <algorithm>
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

// The ten most frequent keys: "fight (12), shell (9), …".
std::string Top(const std::map<std::string, uint64_t>& counts) {
  std::vector<std::pair<uint64_t, std::string>> top;
  for (const auto& [key, n] : counts) top.emplace_back(n, key);
  std::sort(top.begin(), top.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  std::string line;
  for (size_t i = 0; i < top.size() && i < 10; ++i) {
    line +=
        fmt::format("{}{} ({})", i ? ", " : "", top[i].second, top[i].first);
  }
  return line;
}

// "RUSGOV×3, UKR×2, PERSON×1": codes (or name-finder types) by frequency.
std::string DocumentActors(const std::vector<ActorMention>& mentions,
                           std::map<std::string, uint64_t>* totals) {
  std::map<std::string, uint64_t> counts;
  for (const ActorMention& m : mentions) {
    ++counts[m.code.empty() ? m.type : m.code];
  }
  std::vector<std::pair<uint64_t, std::string>> ranked;
  for (const auto& [code, n] : counts) {
    ranked.emplace_back(n, code);
    (*totals)[code] += n;
  }
  std::stable_sort(
      ranked.begin(), ranked.end(),
      [](const auto& a, const auto& b) { return a.first > b.first; });
  std::string line;
  for (const auto& [n, code] : ranked) {
    line += fmt::format("{}{}×{}", line.empty() ? "" : ", ", code, n);
  }
  return line;
}

int RunAnalyze(const LoopOptions& options) {
  auto pipeline = LoadPipeline();
  if (!pipeline) return 2;
  std::map<std::string, std::map<std::string, uint64_t>> verb_counts;
  std::map<std::string, std::map<std::string, uint64_t>> actor_counts;
  LoopSummary summary = RunDocumentLoop(
      *pipeline, options,
      [&](const Document& doc, const DocumentAnalysis& analysis) {
        const AnalyzedText& text = analysis.text;
        fmt::print("{:<10} {:<3} {:>3} sent  {}\n",
                   doc.published.empty() ? "-" : doc.published.substr(0, 10),
                   text.language, text.sentences.size(),
                   doc.title.empty() ? doc.id : doc.title);
        fmt::print(
            "{:>20}actors: {}\n", "",
            DocumentActors(analysis.actors, &actor_counts[text.language]));
        fmt::print("{:>20}verbs: {}\n", "", DocumentVerbs(text));
        for (const Token& t : text.tokens) {
          if (t.word_class == WordClass::kVerb) {
            ++verb_counts[text.language][std::string(text.Lemma(t))];
          }
        }
      });
  fmt::print("\nSummary\n");
  for (const auto& [language, count] : summary.documents_by_language) {
    fmt::print("  {}: {} documents\n", language, count);
    fmt::print("    most frequent actors: {}\n", Top(actor_counts[language]));
    fmt::print("    most frequent verbs: {}\n", Top(verb_counts[language]));
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
