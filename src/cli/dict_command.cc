// `tocsin dict compile|check|import-petrarch`: the actor dictionaries, and
// `dict check` for the event patterns too.
//
//   tocsin dict compile [--dict PATH]... [--petrarch FILE]... --out FILE
//   tocsin dict check [--dict PATH]... [--petrarch FILE]... [--events DIR]
//   tocsin dict import-petrarch [FILE...] [--verbs FILE] --out DIR
//
// --dict defaults to DictDir()/actors. Each --dict is one layer, in the
// order given, and the --petrarch files form the last one; an earlier
// layer wins an alias over the same tokens (docs/dictionary-format.md).
// `dict check` with no option checks our actors and DictDir()/events;
// with --dict or --petrarch only, the actors; with --events, that folder.
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "dict/actor_build.h"
#include "dict/actor_check.h"
#include "dict/actor_writer.h"
#include "dict/petrarch_events_dir.h"
#include "dict/petrarch_import.h"
#include "events/pattern_check.h"
#include "util/paths.h"

namespace tocsin::cli {
namespace {

namespace fs = std::filesystem;

// Enough to see what is wrong; `tocsin dict check` lists everything.
constexpr size_t kMaxImportProblemsShown = 20;

struct DictOptions {
  ActorSources sources;
  std::string out;
  std::vector<std::string> inputs;  // import-petrarch
  std::string verbs;                // import-petrarch --verbs
  std::string events;               // check --events
};

void DefaultDict(DictOptions* o) {
  if (o->sources.dict_paths.empty()) {
    o->sources.dict_paths.push_back(DictDir() + "/actors");
  }
}

void PrintProblem(FILE* stream, const DictProblem& p) {
  std::fprintf(stream, "%s\n",
               p.file.empty() ? p.message.c_str() : p.ToString().c_str());
}

int RunCompile(DictOptions o) {
  DefaultDict(&o);
  ActorBuildReport report;
  std::vector<DictProblem> problems;
  Status s =
      BuildActorsFile(o.sources, CompileOptions(), o.out, &report, &problems);
  size_t shown = 0;
  for (const DictProblem& p : problems) {
    if (++shown <= kMaxImportProblemsShown) PrintProblem(stderr, p);
  }
  if (shown > kMaxImportProblemsShown) {
    std::fprintf(stderr, "... and %zu more problems (tocsin dict check)\n",
                 shown - kMaxImportProblemsShown);
  }
  if (!s.ok()) {
    std::fprintf(stderr, "tocsin dict compile: %s\n", s.ToString().c_str());
    return s.code() == StatusCode::kFailedPrecondition ? 1 : 2;
  }
  std::printf("%s: %zu entries (%zu imported), %zu bytes, %.0f ms\n",
              o.out.c_str(), report.entries, report.imported_entries,
              report.bytes, report.milliseconds);
  return 0;
}

int RunCheck(DictOptions o) {
  const bool actors_given =
      !o.sources.dict_paths.empty() || !o.sources.petrarch_paths.empty();
  const bool check_actors = actors_given || o.events.empty();
  if (o.events.empty() && !actors_given) o.events = DictDir() + "/events";
  std::vector<DictProblem> problems;
  size_t entries = 0, patterns = 0;
  if (check_actors) {
    DefaultDict(&o);
    std::vector<ActorEntry> loaded;
    Status s = LoadActorSources(o.sources, &loaded, &problems);
    if (!s.ok()) {
      std::fprintf(stderr, "tocsin dict check: %s\n", s.ToString().c_str());
      return 2;
    }
    std::vector<DictProblem> found =
        CheckActorDictionary(loaded, CompileOptions());
    problems.insert(problems.end(), found.begin(), found.end());
    entries = loaded.size();
  }
  if (!o.events.empty()) {
    Status s = CheckEventsDir(o.events, &problems, &patterns);
    if (!s.ok()) {
      std::fprintf(stderr, "tocsin dict check: %s\n", s.ToString().c_str());
      return 2;
    }
  }
  size_t errors = 0;
  for (const DictProblem& p : problems) {
    PrintProblem(stdout, p);
    errors += p.error();
  }
  std::fflush(stdout);
  std::string what;
  if (check_actors) what = std::to_string(entries) + " entries";
  if (!o.events.empty()) {
    what += (what.empty() ? "" : " and ") + std::to_string(patterns) +
            " event patterns";
  }
  std::fprintf(stderr, "%s checked: %zu errors, %zu warnings\n", what.c_str(),
               errors, problems.size() - errors);
  return errors > 0 ? 1 : 0;
}

// A verb dictionary becomes a whole events folder in DIR (en/<name>.txt,
// en/_roles.txt, cameo.tsv, petrarch_codes.tsv), for
// PipelineOptions::events_dir.
int RunImportVerbs(const DictOptions& o) {
  PetrarchEventsDirOptions options;
  options.verbs_path = o.verbs;
  options.our_events = DictDir() + "/events";
  options.out = o.out;
  PetrarchVerbStats st;
  std::vector<DictProblem> problems;
  std::string written;
  Status s = WritePetrarchEventsDir(options, &st, &problems, &written);
  size_t shown = 0;
  for (const DictProblem& p : problems) {
    if (++shown <= kMaxImportProblemsShown) PrintProblem(stderr, p);
  }
  if (!s.ok()) {
    std::fprintf(stderr, "tocsin dict import-petrarch: %s\n",
                 s.ToString().c_str());
    return 2;
  }
  std::printf(
      "%s: %zu patterns from %s (%zu blocks, %zu verbs, %zu sets, %zu "
      "pattern lines)\n"
      "  approximated: %zu %% compound -> %%symmetric, %zu ^ skips -> gaps\n"
      "  %zu \"---\" patterns kept as null patterns\n"
      "  dropped: %zu leading $/+ slots, %zu with "
      "unknown sets, %zu set variants over the cap, %zu transformations, "
      "%zu unreadable lines\n"
      "  %zu codes outside our CAMEO table got private codes "
      "(petrarch_codes.tsv)\n",
      written.c_str(), st.patterns_written, o.verbs.c_str(), st.blocks,
      st.verbs, st.synsets, st.pattern_lines, st.compound, st.skips,
      st.null_code, st.leading_slot, st.undefined_synset, st.expansions_cut,
      st.transformations, st.malformed, st.private_codes);
  return 0;
}

// One output file per input, named after it; ids are unique across all.
int RunImport(const DictOptions& o) {
  if (o.inputs.empty() && o.verbs.empty()) {
    std::fprintf(stderr,
                 "tocsin dict import-petrarch: give FILE... or --verbs FILE\n");
    return 2;
  }
  if (!o.verbs.empty()) {
    int rc = RunImportVerbs(o);
    if (rc != 0 || o.inputs.empty()) return rc;
  }
  std::error_code ec;
  fs::create_directories(o.out, ec);
  if (!fs::is_directory(o.out)) {
    std::fprintf(stderr, "tocsin dict import-petrarch: cannot create %s\n",
                 o.out.c_str());
    return 2;
  }
  std::vector<ActorEntry> entries;
  size_t errors = 0;
  for (const std::string& input : o.inputs) {
    const size_t first = entries.size();
    std::vector<DictProblem> problems;
    Status s =
        ImportPetrarchFile(input, PetrarchImportOptions(), &entries, &problems);
    for (const DictProblem& p : problems) {
      PrintProblem(stderr, p);
      errors += p.error();
    }
    std::string name = fs::path(input).filename().string();
    if (!name.ends_with(".txt")) name += ".txt";
    const std::string out = (fs::path(o.out) / name).string();
    if (s.ok()) {
      std::vector<ActorEntry> part(entries.begin() + first, entries.end());
      s = WriteFileAtomically(
          out, FormatActorDictionary(
                   part, "Imported from " + input +
                             " by `tocsin dict import-petrarch`.\n"
                             "Our format (docs/dictionary-format.md): edit, "
                             "then layer with `--dict`."));
    }
    if (!s.ok()) {
      std::fprintf(stderr, "tocsin dict import-petrarch: %s\n",
                   s.ToString().c_str());
      return 2;
    }
    std::printf("%s: %zu entries from %s, %zu problems\n", out.c_str(),
                entries.size() - first, input.c_str(), problems.size());
  }
  return errors > 0 ? 1 : 0;
}

void AddSourceOptions(CLI::App* command, DictOptions* o) {
  command->add_option("--dict", o->sources.dict_paths,
                      "Dictionary file or folder in our format; repeat for "
                      "layers, earlier wins (default: DictDir()/actors)");
  command
      ->add_option("--petrarch", o->sources.petrarch_paths,
                   "PETRARCH/Phoenix actor or agent file, layered last")
      ->check(CLI::ExistingFile);
}

}  // namespace

void AddDictCommand(CLI::App& app, Runner* selected) {
  CLI::App* dict = app.add_subcommand("dict", "Actor dictionaries");
  dict->require_subcommand(1);

  auto compile = std::make_shared<DictOptions>();
  CLI::App* c = dict->add_subcommand(
      "compile", "Compile dictionaries into one actors binary");
  AddSourceOptions(c, compile.get());
  c->add_option("--out", compile->out, "Binary to write")->required();
  c->callback([compile, selected] {
    *selected = [compile] { return RunCompile(*compile); };
  });

  auto check = std::make_shared<DictOptions>();
  CLI::App* k = dict->add_subcommand(
      "check", "Report problems as file:line: message; exit 1 on errors");
  AddSourceOptions(k, check.get());
  k->add_option("--events", check->events,
                "Event patterns folder to check (cameo.tsv, <lang>/*.txt); "
                "checked by default when no option is given");
  k->callback(
      [check, selected] { *selected = [check] { return RunCheck(*check); }; });

  auto import = std::make_shared<DictOptions>();
  CLI::App* i = dict->add_subcommand(
      "import-petrarch", "Convert PETRARCH dictionaries to our format");
  i->add_option("FILE", import->inputs, "PETRARCH actor or agent files")
      ->check(CLI::ExistingFile);
  i->add_option("--verbs", import->verbs,
                "PETRARCH verb dictionary: DIR becomes an events folder")
      ->check(CLI::ExistingFile);
  i->add_option("--out", import->out, "Folder to write the converted files")
      ->required();
  i->callback([import, selected] {
    *selected = [import] { return RunImport(*import); };
  });
}

}  // namespace tocsin::cli
