// Prints lemma accuracy on a CoNLL-U gold file:
//   tocsin_lemma_eval [--data DIR] [--language fr] FILE.conllu
#include <CLI/CLI.hpp>
#include <iostream>
#include <string>

#include "lemma/lemma_eval.h"
#include "lemma/lemmatizer.h"
#include "util/paths.h"

int main(int argc, char** argv) {
  std::string data_dir = tocsin::DataDir(), language = "fr", path;
  size_t confusions = 40;
  CLI::App app{"Evaluate tocsin's lemmatizer on a CoNLL-U file"};
  app.add_option("--data", data_dir, "folder with lexicon-*.bin");
  app.add_option("--language", language, "fr or en");
  app.add_option("--errors", confusions, "how many top errors to list");
  app.add_option("file", path, "gold .conllu")->required();
  CLI11_PARSE(app, argc, argv);
  auto lemmatizer = tocsin::Lemmatizer::Open(data_dir);
  if (!lemmatizer.ok()) {
    std::cerr << lemmatizer.status().ToString() << "\n";
    return 1;
  }
  auto result = tocsin::EvaluateLemmas(path, language, **lemmatizer);
  if (!result.ok()) {
    std::cerr << result.status().ToString() << "\n";
    return 1;
  }
  std::cout << tocsin::FormatLemmaEval(*result, confusions);
  return 0;
}
