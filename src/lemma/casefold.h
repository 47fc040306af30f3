// Lower-casing for lexicon lookups, without allocation.
#ifndef TOCSIN_LEMMA_CASEFOLD_H_
#define TOCSIN_LEMMA_CASEFOLD_H_

#include <cstddef>
#include <string_view>

namespace tocsin {

// Writes the lower-case form of UTF-8 `s` into `buf` (capacity `cap`) and
// returns it: ASCII bytes directly, other code points through ICU's simple
// (one-to-one) lower-case mapping, which is what a lexicon of lower-case
// forms needs (É -> é). Returns an empty view if the result does not fit or
// `s` is not valid UTF-8.
std::string_view LowercaseInto(std::string_view s, char* buf, size_t cap);

// True if `s` has an upper-case letter (ASCII fast path).
bool HasUpper(std::string_view s);

}  // namespace tocsin

#endif  // TOCSIN_LEMMA_CASEFOLD_H_
