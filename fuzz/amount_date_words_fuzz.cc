// Fuzzes the amounts-and-dates word-list parser
// (dict/<lang>/amounts_dates.txt): any input must parse or fail with a
// message naming a line, never crash or hang.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "gkg/amount_date_words.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 20)) return 0;  // 1 MiB cap
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  auto words = tocsin::AmountDateWords::Parse(input, "fuzz");
  if (words.ok()) {
    if (words->max_tokens() > tocsin::AmountDateWords::kMaxPhraseTokens) {
      __builtin_trap();
    }
    uint64_t keys[tocsin::AmountDateWords::kMaxPhraseTokens] = {1, 2, 3, 4, 5};
    int length = 0;
    (void)words->Longest(keys, 5, ~0u, &length);
    (void)words->LongestEndingAt(keys, 0, 5, ~0u, &length);
    (void)words->WordKinds(input.substr(0, 16));
  } else if (words.status().message().find("fuzz:") != 0) {
    __builtin_trap();
  }
  double value = 0;
  bool plain = false;
  for (bool period_groups : {false, true}) {
    if (tocsin::ParseNumeral(input.substr(0, 64), period_groups, &value,
                             &plain) &&
        !(value >= 0)) {
      __builtin_trap();  // a numeral is never negative nor NaN
    }
  }
  return 0;
}
