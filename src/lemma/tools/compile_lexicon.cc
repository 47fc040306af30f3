// Build-time compiler: turns the Lefff (French) or WordNet (English) plus our
// closed-class lists into lexicon-<lang>.bin (see src/lemma/lexicon_format.h).
//
//   tocsin_compile_lexicon --language fr --lefff lefff-3.4.mlex
//       --closed-class dict/fr/closed_class.tsv
//       --frequent dict/fr/lemma_frequent.txt --out data/lexicon-fr.bin
//   tocsin_compile_lexicon --language en --wordnet /usr/share/wordnet
//       --closed-class dict/en/closed_class.tsv --out data/lexicon-en.bin
#include <CLI/CLI.hpp>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "lemma/lexicon_builder.h"
#include "lemma/lexicon_sources.h"
#include "tocsin/status.h"

namespace tocsin {
namespace {

StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError(path + ": cannot open");
  std::ostringstream s;
  s << in.rdbuf();
  if (in.bad()) return UnavailableError(path + ": read error");
  return s.str();
}

// Writes next to `path` and renames, so a reader never maps a half-written
// file and an interrupted build leaves no truncated output behind.
Status WriteFileAtomically(const std::string& path, const std::string& bytes) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return UnavailableError(tmp + ": cannot create");
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) return UnavailableError(tmp + ": write error");
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    return UnavailableError(path + ": cannot rename " + tmp);
  }
  return Status::OK();
}

struct Options {
  std::string language, lefff, wordnet, closed_class, frequent, out;
};

Status Compile(const Options& o) {
  TOCSIN_ASSIGN_OR_RETURN(std::string closed_text, ReadFile(o.closed_class));
  TOCSIN_ASSIGN_OR_RETURN(std::vector<SourceEntry> closed,
                          ParseClosedClassList(closed_text, o.closed_class));
  LexiconBuilder builder(o.language);
  if (o.language == "fr") {
    if (o.lefff.empty()) return InvalidArgumentError("--lefff is required");
    TOCSIN_ASSIGN_OR_RETURN(std::string lefff, ReadFile(o.lefff));
    std::vector<std::string> frequent;
    if (!o.frequent.empty()) {
      TOCSIN_ASSIGN_OR_RETURN(std::string text, ReadFile(o.frequent));
      frequent = ParseWordList(text);
    }
    TOCSIN_RETURN_IF_ERROR(AddFrenchSources(lefff, closed, frequent, &builder));
  } else if (o.language == "en") {
    if (o.wordnet.empty()) return InvalidArgumentError("--wordnet is required");
    const std::pair<const char*, WordClass> kPos[] = {
        {"noun", WordClass::kNoun},
        {"verb", WordClass::kVerb},
        {"adj", WordClass::kAdjective},
        {"adv", WordClass::kAdverb}};
    for (const auto& [name, wc] : kPos) {
      TOCSIN_ASSIGN_OR_RETURN(std::string index,
                              ReadFile(o.wordnet + "/index." + name));
      TOCSIN_RETURN_IF_ERROR(AddWordNetIndex(index, wc, &builder));
      TOCSIN_ASSIGN_OR_RETURN(std::string exc,
                              ReadFile(o.wordnet + "/" + name + ".exc"));
      TOCSIN_RETURN_IF_ERROR(AddWordNetExceptions(exc, wc, &builder));
    }
    TOCSIN_ASSIGN_OR_RETURN(std::string data_noun,
                            ReadFile(o.wordnet + "/data.noun"));
    TOCSIN_RETURN_IF_ERROR(AddWordNetProperNouns(data_noun, &builder));
    AddClosedClass(closed, &builder);
  } else {
    return InvalidArgumentError("--language must be fr or en");
  }
  TOCSIN_ASSIGN_OR_RETURN(std::string bytes, builder.Build());
  TOCSIN_RETURN_IF_ERROR(WriteFileAtomically(o.out, bytes));
  std::cout << o.out << ": " << builder.form_count() << " forms, "
            << bytes.size() << " bytes\n";
  return Status::OK();
}

}  // namespace
}  // namespace tocsin

int main(int argc, char** argv) {
  tocsin::Options o;
  CLI::App app{"Compile a tocsin lexicon"};
  app.add_option("--language", o.language, "fr or en")->required();
  app.add_option("--lefff", o.lefff, "Lefff .mlex file (French)");
  app.add_option("--wordnet", o.wordnet, "WordNet dict folder (English)");
  app.add_option("--closed-class", o.closed_class, "closed-class TSV")
      ->required();
  app.add_option("--frequent", o.frequent, "frequent-lemma list (French)");
  app.add_option("--out", o.out, "output .bin")->required();
  CLI11_PARSE(app, argc, argv);
  tocsin::Status s = tocsin::Compile(o);
  if (!s.ok()) {
    std::cerr << "tocsin_compile_lexicon: " << s.ToString() << "\n";
    return 1;
  }
  return 0;
}
