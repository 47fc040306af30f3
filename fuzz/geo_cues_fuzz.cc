// Fuzzes the geocoder's cue-file parser (dict/geo/<lang>.txt): any input
// must parse or fail with a message naming a line, never crash or hang.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "geo/geo_cues.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 20)) return 0;  // 1 MiB cap
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  auto cues = tocsin::GeoCues::Parse(input, "fuzz");
  if (cues.ok()) {
    if (cues->max_tokens() > tocsin::GeoCues::kMaxCueTokens) __builtin_trap();
    uint64_t keys[tocsin::GeoCues::kMaxCueTokens] = {1, 2, 3, 4};
    (void)cues->Find(keys, 2);
  } else if (cues.status().message().find("fuzz:") != 0) {
    __builtin_trap();
  }
  return 0;
}
