// libFuzzer target for the watch file parser (signals/watch.h): any input
// gives watches or an error naming a line, never a crash, hang or leak.
// Every accepted watch selects something and has a valid name.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "signals/watch.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (64u << 10)) return 0;  // 64 KiB cap: watch files are small
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  tocsin::StatusOr<std::vector<tocsin::Watch>> watches =
      tocsin::ParseWatches(input, "fuzz");
  if (!watches.ok()) {
    if (watches.status().message().rfind("fuzz:", 0) != 0) __builtin_trap();
    return 0;
  }
  for (const tocsin::Watch& w : *watches) {
    if (w.name.empty() || w.line < 1) __builtin_trap();
    if (w.actors.empty() && w.dyads.empty() && w.codes.empty() &&
        w.themes.empty() && w.places.empty() && w.posture_sources.empty()) {
      __builtin_trap();
    }
  }
  return 0;
}
