// Build-time tool: compiles the actor dictionaries into actors.bin.
//
//   tocsin_compile_actors --dict dict/actors --out data/actors.bin
//       [--data-dir data] [--dict-dir dict] [--check]
//
// The work is done by library functions (dict/actor_compiler.h,
// dict/actor_check.h) that `tocsin dict compile|check` call as well.
#include <CLI/CLI.hpp>
#include <chrono>
#include <iostream>
#include <string>

#include "dict/actor_check.h"
#include "dict/actor_compiler.h"
#include "dict/actor_dict.h"

namespace tocsin {
namespace {

struct Options {
  std::string dict, out, data_dir, dict_dir;
  bool check = false;
};

int Run(const Options& o) {
  auto start = std::chrono::steady_clock::now();
  std::vector<ActorEntry> entries;
  std::vector<DictProblem> problems;
  Status s = ParseActorDictionaryPath(o.dict, &entries, &problems);
  if (!s.ok()) {
    std::cerr << s.ToString() << "\n";
    return 1;
  }
  // Malformed lines would silently drop entries: refuse to build.
  if (!problems.empty()) {
    for (const DictProblem& p : problems) std::cerr << p.ToString() << "\n";
    return 1;
  }
  CompileOptions options;
  options.data_dir = o.data_dir;
  options.dict_dir = o.dict_dir;
  std::string binary;
  s = CompileActorDictionary(entries, options, &binary, &problems);
  if (s.ok()) s = WriteFileAtomically(o.out, binary);
  if (!s.ok()) {
    std::cerr << s.ToString() << "\n";
    return 1;
  }
  for (const DictProblem& p : problems)
    std::cerr << "warning: " << p.ToString() << "\n";
  if (o.check) {
    for (const DictProblem& p : CheckActorDictionary(entries, options)) {
      std::cerr << p.ToString() << "\n";
    }
  }
  double ms = std::chrono::duration<double, std::milli>(
                  std::chrono::steady_clock::now() - start)
                  .count();
  std::cout << o.out << ": " << entries.size() << " entries, " << binary.size()
            << " bytes, " << static_cast<int>(ms) << " ms\n";
  return 0;
}

}  // namespace
}  // namespace tocsin

int main(int argc, char** argv) {
  tocsin::Options o;
  CLI::App app("Compile the tocsin actor dictionaries");
  app.add_option("--dict", o.dict, "dictionary file or folder (*.txt)")
      ->required();
  app.add_option("--out", o.out, "compiled file to write")->required();
  app.add_option("--data-dir", o.data_dir, "folder with the compiled lexicons");
  app.add_option("--dict-dir", o.dict_dir,
                 "folder with the front end's word lists");
  app.add_flag("--check", o.check,
               "also report duplicate/conflicting aliases etc.");
  CLI11_PARSE(app, argc, argv);
  return tocsin::Run(o);
}
