// `tocsin analyze INPUT...`: the main job until the store lands. For each
// document it prints one line (date, language, size, title), the actors it
// names with their CAMEO codes, its events (source -> target, CAMEO code,
// trigger, flags), its places and its knowledge (quotations with their
// speakers, themes, tone); then a summary by language: most frequent actors,
// event roots, quad classes, places and themes.
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

constexpr size_t kEventsShown = 8;

std::string Party(const EventParty& p) {
  if (!p.present()) return "-";
  return p.code.empty() ? "?" : p.code;
}

// "RUSMIL->UKR 190 (shelled), RUSGOV->- 1385 (threat, hypothetical), …".
std::string DocumentEvents(const Document& doc,
                           const std::vector<Event>& events) {
  std::string line;
  for (size_t i = 0; i < events.size(); ++i) {
    if (i == kEventsShown) {
      line += fmt::format(", … ({} in all)", events.size());
      break;
    }
    const Event& e = events[i];
    std::string flags;
    if (e.negated) flags += ", negated";
    if (e.hypothetical) flags += ", hypothetical";
    line += fmt::format("{}{}->{} {} ({}{})", i ? ", " : "", Party(e.source),
                        Party(e.target), e.cameo,
                        std::string_view(doc.text).substr(
                            e.trigger_begin, e.trigger_end - e.trigger_begin),
                        flags);
  }
  return line.empty() ? "none" : line;
}

// "Lyman (UA, main), Donetska oblast (UA-14), Ukraine": each place once,
// in order of first mention.
std::string DocumentPlaces(const DocumentAnalysis& analysis,
                           std::map<std::string, uint64_t>* counts) {
  std::string line;
  std::vector<std::string> seen;
  for (size_t i = 0; i < analysis.places.size(); ++i) {
    const PlaceMention& p = analysis.places[i];
    const std::string key =
        p.name + " (" + (p.adm1.empty() ? p.country : p.adm1) + ")";
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
    seen.push_back(key);
    ++(*counts)[key];
    if (seen.size() > kEventsShown) continue;
    line += (line.empty() ? "" : ", ") + key;
    if (static_cast<int32_t>(i) == analysis.main_place) line += " main";
  }
  if (seen.size() > kEventsShown) {
    line += fmt::format(", … ({} in all)", seen.size());
  }
  return line.empty() ? "none" : line;
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

// "3 quotations (Konrad Muzyka ×2, NTV); themes WMD_NUCLEAR ×4,
// MIL_EXERCISE ×2, …; tone -2.07": what the document's knowledge record
// holds, in one line.
std::string DocumentKnowledge(const Knowledge& k,
                              std::map<std::string, uint64_t>* theme_counts) {
  std::map<std::string, uint64_t> speakers;
  for (const Quotation& q : k.quotations) {
    ++speakers[q.speaker_name.empty() ? "?" : q.speaker_name];
  }
  std::string line = fmt::format("{} quotations", k.quotations.size());
  if (!speakers.empty()) line += " (" + Top(speakers) + ")";
  line += "; themes ";
  for (size_t i = 0; i < k.themes.size(); ++i) {
    ++(*theme_counts)[k.themes[i].theme];
    if (i == kEventsShown) {
      line += fmt::format(", … ({} in all)", k.themes.size());
      break;
    }
    line += fmt::format("{}{} ×{}", i ? ", " : "", k.themes[i].theme,
                        k.themes[i].count);
  }
  if (k.themes.empty()) line += "none";
  line += fmt::format("; tone {:.2f}", k.tone.tone);
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
  std::map<std::string, std::map<std::string, uint64_t>> root_counts;
  std::map<std::string, std::map<std::string, uint64_t>> quad_counts;
  std::map<std::string, std::map<std::string, uint64_t>> actor_counts;
  std::map<std::string, std::map<std::string, uint64_t>> place_counts;
  std::map<std::string, std::map<std::string, uint64_t>> theme_counts;
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
        fmt::print("{:>20}events: {}\n", "",
                   DocumentEvents(doc, analysis.events));
        fmt::print("{:>20}places: {}\n", "",
                   DocumentPlaces(analysis, &place_counts[text.language]));
        if (pipeline->codes_knowledge()) {
          fmt::print("{:>20}knowledge: {}\n", "",
                     DocumentKnowledge(analysis.knowledge,
                                       &theme_counts[text.language]));
        }
        for (const Event& e : analysis.events) {
          ++root_counts[text.language][std::string(e.root())];
          ++quad_counts[text.language][fmt::format("quad {}", e.quad_class)];
        }
      });
  fmt::print("\nSummary\n");
  for (const auto& [language, count] : summary.documents_by_language) {
    fmt::print("  {}: {} documents\n", language, count);
    fmt::print("    most frequent actors: {}\n", Top(actor_counts[language]));
    fmt::print("    most frequent event roots: {}\n",
               Top(root_counts[language]));
    fmt::print("    events by quad class: {}\n", Top(quad_counts[language]));
    fmt::print("    most frequent places: {}\n", Top(place_counts[language]));
    fmt::print("    most frequent themes (documents): {}\n",
               Top(theme_counts[language]));
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
