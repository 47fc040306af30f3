// Fuzzes the PETRARCH dictionary importer, as actors and as agents, and the
// writer behind `tocsin dict import-petrarch`: any bytes must give entries
// and file:line problems, never a crash, and what the importer accepts must
// read back in our format without problems.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dict/actor_dict.h"
#include "dict/actor_writer.h"
#include "dict/petrarch_import.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 20)) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (tocsin::PetrarchKind kind :
       {tocsin::PetrarchKind::kActors, tocsin::PetrarchKind::kAgents}) {
    std::vector<tocsin::ActorEntry> entries;
    std::vector<tocsin::DictProblem> problems;
    tocsin::ImportPetrarchDictionary(text, "fuzz.txt", kind,
                                     tocsin::PetrarchImportOptions(), &entries,
                                     &problems);
    for (const auto& p : problems) {
      if (p.line == 0) __builtin_trap();
    }
    std::vector<tocsin::ActorEntry> parsed;
    problems.clear();
    tocsin::ParseActorDictionary(tocsin::FormatActorDictionary(entries, ""),
                                 "written.txt", &parsed, &problems);
    if (!problems.empty() || parsed.size() != entries.size()) __builtin_trap();
  }
  tocsin::DetectPetrarchKind(text);
  return 0;
}
