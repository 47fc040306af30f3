// Build-time tool: compiles the actor dictionaries into actors.bin.
//
//   tocsin_compile_actors --dict dict/actors [--dict more/] [--petrarch F]...
//       --out data/actors.bin [--data-dir data] [--dict-dir dict] [--check]
//
// `tocsin dict compile` does the same (dict/actor_build.h); this tool
// exists because the build needs actors.bin where the CLI is not built
// (the fuzzer build).
#include <CLI/CLI.hpp>
#include <iostream>
#include <string>

#include "dict/actor_build.h"
#include "dict/actor_check.h"

namespace tocsin {
namespace {

struct Options {
  ActorSources sources;
  std::string out, data_dir, dict_dir;
  bool check = false;
};

int Run(const Options& o) {
  CompileOptions options;
  options.data_dir = o.data_dir;
  options.dict_dir = o.dict_dir;
  ActorBuildReport report;
  std::vector<DictProblem> problems;
  Status s = BuildActorsFile(o.sources, options, o.out, &report, &problems);
  for (const DictProblem& p : problems) std::cerr << p.ToString() << "\n";
  if (!s.ok()) {
    std::cerr << s.ToString() << "\n";
    return 1;
  }
  if (o.check) {
    std::vector<ActorEntry> entries;
    problems.clear();
    s = LoadActorSources(o.sources, &entries, &problems);
    for (const DictProblem& p : CheckActorDictionary(entries, options)) {
      std::cerr << p.ToString() << "\n";
    }
  }
  std::cout << o.out << ": " << report.entries << " entries, " << report.bytes
            << " bytes, " << static_cast<int>(report.milliseconds) << " ms\n";
  return 0;
}

}  // namespace
}  // namespace tocsin

int main(int argc, char** argv) {
  tocsin::Options o;
  CLI::App app("Compile the tocsin actor dictionaries");
  app.add_option("--dict", o.sources.dict_paths,
                 "dictionary file or folder (*.txt); each one a layer")
      ->required();
  app.add_option("--petrarch", o.sources.petrarch_paths,
                 "PETRARCH actor or agent file, layered last");
  app.add_option("--out", o.out, "compiled file to write")->required();
  app.add_option("--data-dir", o.data_dir, "folder with the compiled lexicons");
  app.add_option("--dict-dir", o.dict_dir,
                 "folder with the front end's word lists");
  app.add_flag("--check", o.check,
               "also report duplicate/conflicting aliases etc.");
  CLI11_PARSE(app, argc, argv);
  return tocsin::Run(o);
}
