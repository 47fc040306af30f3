// Shared set-up of the benchmarks that read the real news corpus
// (../shared/corpus/bench/{en,fr}.jsonl.gz) and the Phoenix dictionaries
// (../shared/anchors/petrarch2/). Everything here is skipped, with a
// message, when ../shared is absent.
#ifndef TOCSIN_BENCH_BENCH_CORPUS_H_
#define TOCSIN_BENCH_BENCH_CORPUS_H_

#include <unistd.h>
#include <zlib.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "dict/actor_build.h"
#include "tocsin/document.h"
#include "util/paths.h"

namespace tocsin::bench {

// Bytes of text to load per corpus: TOCSIN_BENCH_MB, else `default_mb`
// (0: everything).
inline size_t BudgetBytes(size_t default_mb) {
  const char* mb = std::getenv("TOCSIN_BENCH_MB");
  size_t n = mb != nullptr ? std::strtoul(mb, nullptr, 10) : default_mb;
  return n == 0 ? SIZE_MAX : n << 20;
}

inline std::string CorpusPath(const std::string& language) {
  return std::string(TOCSIN_SHARED_DIR) + "/corpus/bench/" + language +
         ".jsonl.gz";
}

// Documents (text, language, date) from a .jsonl.gz file, up to `budget`
// bytes of text; empty when the file cannot be read.
inline std::vector<Document> LoadCorpus(const std::string& path,
                                        size_t budget) {
  std::vector<Document> docs;
  gzFile file = gzopen(path.c_str(), "rb");
  if (file == nullptr) return docs;
  std::string line;
  char buffer[1 << 16];
  size_t bytes = 0;
  while (bytes < budget && gzgets(file, buffer, sizeof(buffer)) != nullptr) {
    line += buffer;
    if (line.empty() || line.back() != '\n') continue;
    try {
      const auto json = nlohmann::json::parse(line);
      Document doc;
      doc.id = json.value("id", std::to_string(docs.size()));
      doc.text = json.at("text").get<std::string>();
      doc.language = json.value("lang", "");
      doc.published = json.value("date", "");
      bytes += doc.text.size();
      docs.push_back(std::move(doc));
    } catch (const std::exception&) {
      // A malformed line is skipped; the corpus is validated upstream.
    }
    line.clear();
  }
  gzclose(file);
  return docs;
}

// The `language` corpus of ../shared/corpus/bench/ within the
// TOCSIN_BENCH_MB budget (`default_mb` when unset), with a line saying what
// was loaded or that it is absent (then empty).
inline std::vector<Document> LoadLanguageCorpus(const std::string& language,
                                                size_t default_mb = 0) {
  const std::string path = CorpusPath(language);
  std::vector<Document> docs = LoadCorpus(path, BudgetBytes(default_mb));
  if (docs.empty()) {
    std::printf("%s: absent, skipped\n", path.c_str());
    return docs;
  }
  size_t bytes = 0;
  for (const Document& d : docs) bytes += d.text.size();
  std::printf("%s: %zu documents, %.1f MB of text from %s\n", language.c_str(),
              docs.size(), bytes / 1048576.0, path.c_str());
  return docs;
}

// LoadLanguageCorpus of English and French, by language; a language whose
// corpus is absent is left out.
inline std::map<std::string, std::vector<Document>> LoadLanguageCorpora(
    size_t default_mb = 0) {
  std::map<std::string, std::vector<Document>> corpora;
  for (const std::string language : {"en", "fr"}) {
    std::vector<Document> docs = LoadLanguageCorpus(language, default_mb);
    if (!docs.empty()) corpora[language] = std::move(docs);
  }
  return corpora;
}

// Compiles ours layered with the full Phoenix actor and agent files into a
// temporary file, as `tocsin dict compile --petrarch ...` would. Returns
// its path, or "" (after printing why) when the files are absent.
inline std::string CompilePhoenixActors(ActorBuildReport* report) {
  const std::string dir =
      std::string(TOCSIN_SHARED_DIR) + "/anchors/petrarch2/";
  ActorSources sources;
  sources.dict_paths = {DictDir() + "/actors"};
  for (const char* name :
       {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt"}) {
    if (!std::filesystem::exists(dir + name)) {
      std::printf("%s%s: absent, Phoenix benchmarks skipped\n", dir.c_str(),
                  name);
      return "";
    }
    sources.petrarch_paths.push_back(dir + name);
  }
  std::string path =
      (std::filesystem::temp_directory_path() /
       ("tocsin_bench_phoenix_" + std::to_string(::getpid()) + ".bin"))
          .string();
  std::vector<DictProblem> problems;
  Status s =
      BuildActorsFile(sources, CompileOptions(), path, report, &problems);
  if (!s.ok()) {
    std::printf("Phoenix: %s\n", s.ToString().c_str());
    return "";
  }
  std::printf(
      "dictionary: ours + Phoenix (%s*), %zu entries (%zu imported), %zu "
      "bytes, compiled in %.0f ms (%zu import problems skipped)\n",
      dir.c_str(), report->entries, report->imported_entries, report->bytes,
      report->milliseconds, problems.size());
  return path;
}

}  // namespace tocsin::bench

#endif  // TOCSIN_BENCH_BENCH_CORPUS_H_
