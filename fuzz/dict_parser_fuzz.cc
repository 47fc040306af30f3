// Fuzzes the actor dictionary parser: any bytes must give entries and
// file:line problems, never a crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dict/actor_dict.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 20)) return 0;
  std::vector<tocsin::ActorEntry> entries;
  std::vector<tocsin::DictProblem> problems;
  tocsin::ParseActorDictionary(
      std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.txt",
      &entries, &problems);
  for (const auto& p : problems) {
    if (p.line == 0) __builtin_trap();
  }
  return 0;
}
