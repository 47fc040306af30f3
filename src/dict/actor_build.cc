#include "dict/actor_build.h"

#include <chrono>

#include "dict/petrarch_import.h"

namespace tocsin {

Status LoadActorSources(const ActorSources& sources,
                        std::vector<ActorEntry>* entries,
                        std::vector<DictProblem>* problems,
                        std::vector<DictProblem>* imported_problems) {
  if (sources.dict_paths.size() + 1 > 255) {
    return InvalidArgumentError("too many dictionary layers");
  }
  uint8_t layer = 0;
  for (const std::string& path : sources.dict_paths) {
    const size_t first = entries->size();
    TOCSIN_RETURN_IF_ERROR(ParseActorDictionaryPath(path, entries, problems));
    for (size_t i = first; i < entries->size(); ++i)
      (*entries)[i].layer = layer;
    ++layer;
  }
  PetrarchImportOptions options;
  options.layer = layer;
  for (const std::string& path : sources.petrarch_paths) {
    const size_t first = problems->size();
    TOCSIN_RETURN_IF_ERROR(
        ImportPetrarchFile(path, options, entries, problems));
    if (imported_problems != nullptr) {
      imported_problems->insert(imported_problems->end(),
                                problems->begin() + first, problems->end());
    }
  }
  return Status::OK();
}

Status BuildActorsFile(const ActorSources& sources,
                       const CompileOptions& options, const std::string& out,
                       ActorBuildReport* report,
                       std::vector<DictProblem>* problems) {
  const auto start = std::chrono::steady_clock::now();
  std::vector<ActorEntry> entries;
  std::vector<DictProblem> imported;
  const size_t first_problem = problems->size();
  TOCSIN_RETURN_IF_ERROR(
      LoadActorSources(sources, &entries, problems, &imported));
  if (problems->size() - first_problem > imported.size()) {
    return FailedPreconditionError(
        "malformed lines in the dictionary files; nothing written");
  }
  std::string binary;
  TOCSIN_RETURN_IF_ERROR(
      CompileActorDictionary(entries, options, &binary, problems));
  TOCSIN_RETURN_IF_ERROR(WriteFileAtomically(out, binary));
  report->entries = entries.size();
  report->imported_entries = 0;
  const uint8_t imported_layer =
      static_cast<uint8_t>(sources.dict_paths.size());
  for (const ActorEntry& e : entries) {
    report->imported_entries +=
        e.layer == imported_layer && !sources.petrarch_paths.empty();
  }
  report->bytes = binary.size();
  report->milliseconds = std::chrono::duration<double, std::milli>(
                             std::chrono::steady_clock::now() - start)
                             .count();
  return Status::OK();
}

}  // namespace tocsin
