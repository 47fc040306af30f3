// `tocsin eval petrarch FILE.xml [--json] [--errors N]`: PETRARCH's unit-test
// records (PETR.UnitTest.records.xml) coded by our pipeline with the
// dictionaries each file names in its <Environment>: the actor and agent
// files compiled by our importer into a temporary actors.bin, the verb file
// converted into a temporary events folder (dict/petrarch_events_dir.h).
// Each <Sentence>'s raw text is coded (the parse trees are ignored, but for
// their balance), and its set of (source, target, code) compared with the
// <EventCoding> lines.
//
// PETRARCH's own rules applied here, around the pipeline: a sentence with a
// phrase of the Discardfile codes nothing; events lacking a source or a
// target are not output (PETRARCH's require_dyad) unless a <Config> line
// before the record turned require_dyad off, and then the missing side is
// "---"; an agent named without its country is "---" and the agent
// ("a senior official": ---GOV); paired codes "A:B" give A from source to
// target and B back (petrarch_codes.tsv); an actor of several codes
// ("[FRO/BIL/SAM]") is each of them; a record whose parse tree does
// not balance is input PETRARCH refuses (bad_input_parse): nothing coded.
#include <fmt/core.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <set>
#include <sstream>
#include <string_view>
#include <tuple>

#include "cli/commands.h"
#include "cli/pipeline_loader.h"
#include "dict/actor_build.h"
#include "dict/petrarch_events_dir.h"
#include "events/event_coder.h"
#include "tocsin/pipeline.h"
#include "util/paths.h"

namespace tocsin::cli {
namespace {

namespace fs = std::filesystem;

struct EvalPetrarchOptions {
  std::string path;
  bool json = false;
  uint32_t errors = 20;
  std::string keep;     // folder to keep the imported dictionaries in
  std::string explain;  // a record id: print how it was coded
};

using Coding = std::tuple<std::string, std::string, std::string>;

struct Record {
  std::string id, date, text;
  std::set<Coding> expected;
  bool require_dyad = true;  // the last <Config> before the record says so
  bool bad_parse = false;    // its <Parse> tree does not balance
};

std::string Collapse(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(c));
  return out;
}

// The words of `text`, upper-cased, split at anything but letters, digits
// and apostrophes.
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words(1);
  for (char c : Upper(text)) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '\'') {
      words.back() += c;
    } else if (!words.back().empty()) {
      words.emplace_back();
    }
  }
  if (words.back().empty()) words.pop_back();
  return words;
}

// PETRARCH discard phrases ('+' marks story discards; a record is one
// story of one sentence, so both discard the record).
std::vector<std::vector<std::string>> ReadDiscards(const std::string& path) {
  std::vector<std::vector<std::string>> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    line = line.substr(0, line.find('#'));
    size_t plus = line.find_first_not_of(" \t");
    if (plus != std::string::npos && line[plus] == '+') line[plus] = ' ';
    std::vector<std::string> words = Words(line);
    if (!words.empty()) out.push_back(std::move(words));
  }
  return out;
}

bool Discarded(const std::vector<std::string>& words,
               const std::vector<std::vector<std::string>>& discards) {
  for (const auto& phrase : discards) {
    auto it =
        std::search(words.begin(), words.end(), phrase.begin(), phrase.end());
    if (it != words.end()) return true;
  }
  return false;
}

// True when the parentheses of a <Parse> tree do not nest: a bracket
// closed before it was opened, or one left open. PETRARCH refuses such
// input before coding it.
bool Unbalanced(std::string_view tree) {
  int depth = 0;
  for (char c : tree) {
    if (c == '(') ++depth;
    if (c == ')' && --depth < 0) return true;
  }
  return depth != 0;
}

// "FRO/BIL/SAM" -> FRO, BIL, SAM; a single code -> itself.
std::vector<std::string> SplitCodes(const std::string& code) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= code.size()) {
    const size_t slash = std::min(code.find('/', start), code.size());
    out.push_back(code.substr(start, slash - start));
    start = slash + 1;
  }
  return out;
}

std::string Iso(std::string_view date) {
  if (date.size() != 8) return "";
  return std::string(date.substr(0, 4)) + "-" + std::string(date.substr(4, 2)) +
         "-" + std::string(date.substr(6, 2));
}

std::string Show(const std::set<Coding>& codings) {
  if (codings.empty()) return "(none)";
  std::string out;
  for (const auto& [s, t, c] : codings) {
    if (!out.empty()) out += ", ";
    out += s + " " + t + " " + c;
  }
  return out;
}

// For dictionary work: the tokens, actors and coder decisions of a record.
void Explain(const Pipeline& pipeline, const Document& doc,
             const DocumentAnalysis& analysis) {
  const AnalyzedText& text = analysis.text;
  fmt::print("{}: {}\n  tokens:", doc.id, doc.text);
  for (const Token& t : text.tokens) {
    fmt::print(" {}/{}/{}", text.Normalized(t), text.Lemma(t),
               WordClassName(t.word_class));
  }
  fmt::print("\n  actors:\n");
  for (const ActorMention& m : analysis.actors) {
    fmt::print("    \"{}\" {} ({})\n",
               doc.text.substr(m.begin, m.end - m.begin),
               m.code.empty() ? "-" : m.code, m.type);
  }
  EventTrace trace;
  std::vector<Event> events;
  pipeline.event_coder()->Code(doc, text, analysis.actors,
                               analysis.actor_modifiers, &events, &trace);
  for (const std::string& line : trace.lines) fmt::print("  {}\n", line);
}

struct Environment {
  std::string verbs, actors, agents, discards;
};

bool ReadRecords(const pugi::xml_document& xml, const fs::path& folder,
                 Environment* env, std::vector<Record>* records) {
  pugi::xml_node root = xml.child("Validation");
  pugi::xml_node e = root.child("Environment");
  auto file = [&](const char* tag) {
    std::string name = Collapse(e.child_value(tag));
    return name.empty() ? name : (folder / name).string();
  };
  env->verbs = file("Verbfile");
  env->actors = file("Actorfile");
  env->agents = file("Agentfile");
  env->discards = file("Discardfile");
  if (env->verbs.empty() || env->actors.empty()) return false;
  bool require_dyad = true;
  for (pugi::xml_node s : root.child("Sentences").children()) {
    if (std::string_view(s.name()) == "Config") {
      if (std::string_view(s.attribute("option").value()) == "require_dyad") {
        require_dyad = Upper(s.attribute("value").value()) != "FALSE";
      }
      continue;
    }
    if (std::string_view(s.name()) != "Sentence") continue;
    Record r;
    r.require_dyad = require_dyad;
    r.id = s.attribute("id").value();
    r.date = s.attribute("date").value();
    r.text = Collapse(s.child_value("Text"));
    // PETRARCH writes a name's words joined by '_' as its dictionaries do
    // ("Dol_Amroth"); the raw text we code has spaces there.
    std::replace(r.text.begin(), r.text.end(), '_', ' ');
    pugi::xml_node parse = s.child("Parse");
    r.bad_parse = parse && Unbalanced(parse.child_value());
    for (pugi::xml_node c : s.children("EventCoding")) {
      std::string code = c.attribute("eventcode").value();
      if (code.empty()) continue;  // noevents, error="...": nothing coded
      r.expected.emplace(c.attribute("sourcecode").value(),
                         c.attribute("targetcode").value(), code);
    }
    records->push_back(std::move(r));
  }
  return true;
}

int RunEvalPetrarch(const EvalPetrarchOptions& options) {
  pugi::xml_document xml;
  pugi::xml_parse_result parsed = xml.load_file(options.path.c_str());
  if (!parsed) {
    fmt::print(stderr, "tocsin: error: {}: {}\n", options.path,
               parsed.description());
    return 2;
  }
  Environment env;
  std::vector<Record> records;
  if (!ReadRecords(xml, fs::path(options.path).parent_path(), &env, &records)) {
    fmt::print(stderr,
               "tocsin: error: {}: no <Environment> with a Verbfile and an "
               "Actorfile\n",
               options.path);
    return 2;
  }
  const bool keep = !options.keep.empty();
  const fs::path work =
      keep ? fs::path(options.keep)
           : fs::temp_directory_path() /
                 ("tocsin-eval-petrarch-" + std::to_string(::getpid()));
  std::error_code ec;
  fs::create_directories(work, ec);
  struct Cleanup {
    fs::path dir;
    ~Cleanup() {
      std::error_code ignored;
      if (!dir.empty()) fs::remove_all(dir, ignored);
    }
  } cleanup{keep ? fs::path() : work};

  ActorSources sources;
  sources.petrarch_paths.push_back(env.actors);
  if (!env.agents.empty()) sources.petrarch_paths.push_back(env.agents);
  ActorBuildReport actor_report;
  std::vector<DictProblem> problems;
  const std::string actors_bin = (work / "actors.bin").string();
  Status s = BuildActorsFile(sources, CompileOptions(), actors_bin,
                             &actor_report, &problems);
  PetrarchEventsDirOptions dir_options;
  dir_options.verbs_path = env.verbs;
  dir_options.our_events = DictDir() + "/events";
  dir_options.out = (work / "events").string();
  PetrarchVerbStats stats;
  std::string patterns_file;
  if (s.ok()) {
    s = WritePetrarchEventsDir(dir_options, &stats, &problems, &patterns_file);
  }
  if (!s.ok()) {
    fmt::print(stderr, "tocsin: error: importing the dictionaries: {}\n",
               s.ToString());
    return 2;
  }
  auto code_map = LoadPetrarchCodeMap(dir_options.out);
  if (!code_map.ok()) {
    fmt::print(stderr, "tocsin: error: {}\n", code_map.status().ToString());
    return 2;
  }
  PipelineOptions pipeline_options;
  pipeline_options.actors_path = actors_bin;
  pipeline_options.events_dir = dir_options.out;
  auto pipeline = LoadPipeline(pipeline_options);
  if (!pipeline) return 2;
  const auto discards = env.discards.empty()
                            ? std::vector<std::vector<std::string>>()
                            : ReadDiscards(env.discards);

  size_t correct = 0;
  nlohmann::json failures = nlohmann::json::array();
  std::vector<std::string> failure_lines;
  DocumentAnalysis analysis;
  for (const Record& r : records) {
    std::set<Coding> got;
    if (!r.bad_parse && !Discarded(Words(r.text), discards)) {
      Document doc;
      doc.id = r.id;
      doc.text = r.text;
      doc.language = "en";
      doc.published = Iso(r.date);
      pipeline->Process(doc, &analysis);
      if (r.id == options.explain) Explain(*pipeline, doc, analysis);
      // PETRARCH's code for a party: "---" for none, "---GOV" for an
      // agent with no country.
      auto party = [&](const EventParty& p) -> std::string {
        if (p.code.empty()) return "---";
        if (!p.modifier && p.mention >= 0 &&
            static_cast<size_t>(p.mention) < analysis.actors.size()) {
          const ActorMention& m = analysis.actors[p.mention];
          if (m.type == "agent" && m.entry_id.find('+') == std::string::npos &&
              p.code.size() == 3) {
            return "---" + p.code;
          }
        }
        return p.code;
      };
      for (const Event& e : analysis.events) {
        if (e.source.code.empty() && e.target.code.empty()) continue;
        if (r.require_dyad &&
            (e.source.code.empty() || e.target.code.empty())) {
          continue;
        }
        const std::string source = party(e.source);
        const std::string target = party(e.target);
        auto it = code_map->find(e.cameo);
        const std::string code = it == code_map->end() ? e.cameo : it->second;
        auto [forward, reverse] = SplitPetrarchCode(code);
        // An actor of several codes ("FRO/BIL/SAM") is each of them.
        for (const std::string& s : SplitCodes(source)) {
          for (const std::string& t : SplitCodes(target)) {
            if (!forward.empty()) got.emplace(s, t, forward);
            if (!reverse.empty()) got.emplace(t, s, reverse);
          }
        }
      }
    }
    if (got == r.expected) {
      ++correct;
      continue;
    }
    failures.push_back({{"id", r.id},
                        {"expected", Show(r.expected)},
                        {"got", Show(got)},
                        {"text", r.text}});
    failure_lines.push_back(fmt::format("  {}: expected {}; got {}\n    {}\n",
                                        r.id, Show(r.expected), Show(got),
                                        r.text));
  }
  if (options.json) {
    nlohmann::json j = {
        {"file", options.path},
        {"records", records.size()},
        {"correct", correct},
        {"patterns", stats.patterns_written},
        {"import_problems", problems.size()},
        {"failures", failures},
    };
    fmt::print("{}\n", j.dump());
    return 0;
  }
  fmt::print(
      "imported {} patterns from {} ({} pattern lines, {} \"---\" kept as "
      "null patterns; dropped: {} leading slots, {} unknown sets, {} "
      "unreadable; {} % compound, "
      "{} ^ skips, {} private codes)\n",
      stats.patterns_written, env.verbs, stats.pattern_lines, stats.null_code,
      stats.leading_slot, stats.undefined_synset, stats.malformed,
      stats.compound, stats.skips, stats.private_codes);
  fmt::print("{}/{} records coded exactly as expected\n", correct,
             records.size());
  if (!failure_lines.empty() && options.errors > 0) {
    fmt::print("failures ({} shown of {}):\n",
               std::min<size_t>(options.errors, failure_lines.size()),
               failure_lines.size());
    for (size_t i = 0; i < failure_lines.size() && i < options.errors; ++i) {
      fmt::print("{}", failure_lines[i]);
    }
  }
  return 0;
}

}  // namespace

void AddEvalPetrarchCommand(CLI::App& eval, Runner* selected) {
  auto options = std::make_shared<EvalPetrarchOptions>();
  CLI::App* petrarch = eval.add_subcommand(
      "petrarch", "PETRARCH unit-test records, with their own dictionaries");
  petrarch->add_option("file", options->path, "PETR.UnitTest.records.xml")
      ->required()
      ->check(CLI::ExistingFile);
  petrarch->add_flag("--json", options->json, "Print one JSON object");
  petrarch
      ->add_option("--errors", options->errors,
                   "Print up to this many failed records")
      ->capture_default_str();
  petrarch->add_option("--keep", options->keep,
                       "Keep the imported dictionaries in this folder");
  petrarch->add_option("--explain", options->explain,
                       "Print how the record with this id was coded");
  petrarch->callback([options, selected] {
    *selected = [options] { return RunEvalPetrarch(*options); };
  });
}

}  // namespace tocsin::cli
