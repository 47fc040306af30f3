// Build-time tool: compiles the installed tone lexicons into the plain
// lists gkg/tone.h loads (gkg/tone_dict.h describes both formats).
//
//   tocsin_compile_tone --vader vader_lexicon.js --out-en tone_en.tsv
//       --pattern-fr pattern_fr.json --out-fr tone_fr.tsv
#include <CLI/CLI.hpp>
#include <iostream>
#include <string>

#include "dict/actor_compiler.h"
#include "gkg/tone_dict.h"
#include "util/files.h"

namespace tocsin {
namespace {

Status CompileOne(const std::string& in, bool vader, const std::string& source,
                  const std::string& out) {
  TOCSIN_ASSIGN_OR_RETURN(std::string text, ReadFileToString(in));
  TOCSIN_ASSIGN_OR_RETURN(
      std::vector<ToneEntry> entries,
      vader ? ParseVaderLexiconJs(text, in) : ParsePatternJson(text, in));
  if (entries.empty()) return InvalidArgumentError(in + ": no entries");
  TOCSIN_RETURN_IF_ERROR(
      WriteFileAtomically(out, FormatToneTsv(entries, source)));
  std::cout << out << ": " << entries.size() << " entries\n";
  return Status::OK();
}

}  // namespace
}  // namespace tocsin

int main(int argc, char** argv) {
  CLI::App app{"Compile the tone lexicons from vader-sentiment and nlp.js"};
  std::string vader, pattern_fr, out_en, out_fr;
  app.add_option("--vader", vader, "vader-sentiment's src/vader_lexicon.js")
      ->required();
  app.add_option("--pattern-fr", pattern_fr,
                 "@nlpjs/lang-fr's src/sentiment/pattern_fr.json")
      ->required();
  app.add_option("--out-en", out_en, "English output (tone_en.tsv)")
      ->required();
  app.add_option("--out-fr", out_fr, "French output (tone_fr.tsv)")->required();
  CLI11_PARSE(app, argc, argv);
  tocsin::Status s = tocsin::CompileOne(
      vader, true,
      "npm vader-sentiment (VADER, Apache-2.0), scores divided by 4", out_en);
  if (s.ok()) {
    s = tocsin::CompileOne(
        pattern_fr, false,
        "npm @nlpjs/lang-fr pattern_fr.json (MIT); keys are Snowball stems",
        out_fr);
  }
  if (!s.ok()) {
    std::cerr << "tone: " << s.ToString()
              << "\n(run scripts/setup.sh to install the npm packages)\n";
    return 1;
  }
  return 0;
}
