// Fuzzes the CAMEO table parser (and, on the same bytes, the quad-class
// example reader): any input must give a table or a clean error, never a
// crash, hang or leak, and a table it accepts must satisfy the contract its
// header promises.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "events/cameo_table.h"
#include "events/quad_eval.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 20)) return 0;  // 1 MiB cap
  const std::string_view input(reinterpret_cast<const char*>(data), size);

  auto table = tocsin::CameoTable::Parse(input, "fuzz");
  if (table.ok()) {
    if (table->size() == 0) __builtin_trap();
    for (const tocsin::CameoInfo& info : table->entries()) {
      if (table->Find(info.code) != &info) __builtin_trap();
      if (table->FindOrParent(info.code) != &info) __builtin_trap();
      if (!tocsin::CameoTable::IsWellFormed(info.code)) __builtin_trap();
      if (!(info.goldstein >= -10 && info.goldstein <= 10)) __builtin_trap();
      if (info.quad_class < 1 || info.quad_class > 4) __builtin_trap();
      const int quad = tocsin::CameoTable::QuadFive(info.code);
      if (quad < 0 || quad > 4 || info.label.empty()) __builtin_trap();
    }
  }
  // Lookups must accept any string, listed or not.
  const std::string_view probe = input.substr(0, 5);
  if (table.ok()) (void)table->FindOrParent(probe);
  (void)tocsin::CameoTable::QuadFive(probe);

  auto examples = tocsin::ParseQuadExamples(input, "fuzz");
  if (examples.ok()) {
    for (const tocsin::QuadExample& e : *examples) {
      if (e.label < 0 || e.label > 4 || e.sentence.empty()) __builtin_trap();
    }
  }
  return 0;
}
