// Case- and accent-folding of actor aliases and text tokens, and the 64-bit
// token keys the actor trie is built from.
//
// The compiler (actor_compiler.h) and the matcher (actors/actor_matcher.h)
// must agree byte for byte, so both fold through these functions only.
// Folding = ICU simple lower-case, then canonical decomposition with the
// combining marks (Mn) and format characters (Cf: ZWSP, soft hyphen)
// dropped: "Élysée" -> "elysee", "Kyïv" -> "kyiv", "ÖSTERREICH" ->
// "osterreich". Ligatures and letters without a decomposition (œ, ß, ø, ı)
// stay as they are.
#ifndef TOCSIN_DICT_FOLD_H_
#define TOCSIN_DICT_FOLD_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace tocsin {

// The key of a token: a 64-bit hash of its folded form. Allocation-free
// (ASCII fast path, a precomputed table below U+3000, ICU beyond).
// Thread-safe. Invalid UTF-8 bytes fold to U+FFFD.
uint64_t FoldKey(std::string_view token);

// The folded form itself, for the reference matcher, checks and messages.
// FoldKey(s) == HashFolded(FoldString(s)).
std::string FoldString(std::string_view s);

// Appends the folded form of `s` to *out: FoldString without a new string,
// for hot loops that fold into a reused buffer.
void AppendFolded(std::string_view s, std::string* out);

// The hash FoldKey applies to folded bytes (FNV-1a, then a 64-bit finaliser
// so that low bits are usable as a table index).
uint64_t HashFolded(std::string_view folded);

// Mixes two keys, e.g. a trie node and a token key, into a table index.
inline uint64_t MixKeys(uint64_t a, uint64_t b) {
  uint64_t x = a ^ (b + 0x9E3779B97F4A7C15ull + (a << 6) + (a >> 2));
  x ^= x >> 33;
  x *= 0xFF51AFD7ED558CCDull;
  x ^= x >> 33;
  x *= 0xC4CEB9FE1A85EC53ull;
  x ^= x >> 33;
  return x;
}

}  // namespace tocsin

#endif  // TOCSIN_DICT_FOLD_H_
