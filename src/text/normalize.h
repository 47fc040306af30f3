// Normalisation: the first stage of the text front end.
//
// Produces the copy of Document::text that segmentation and tokenisation
// read, plus a map back to the original bytes so every later span can be
// reported against the original.
#ifndef TOCSIN_TEXT_NORMALIZE_H_
#define TOCSIN_TEXT_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tocsin {

// Writes the normalised form of `original` to *normalized and, for each of
// its bytes, the offset in `original` of the character it came from to
// *norm_to_orig, plus one final entry equal to original.size(). The map is
// non-decreasing. Both outputs are overwritten; their capacity is reused.
//
// What changes (everything else is copied byte for byte):
//  - NFC composition; already-composed text is copied without calling ICU.
//  - Typographic apostrophes ’ ‘ ‚ ‛ ʼ ´ → '   quotes « » “ ” „ ‟ ‹ › → "
//  - Dashes and hyphens ‐ ‑ ‒ – — ― − → -      ellipsis … → ...
//  - No-break, thin, figure and other spaces, tab, C0/C1 controls → ' ';
//    CR LF and lone CR, VT, FF, NEL, U+2028 → '\n'; U+2029 → "\n\n".
//  - Ligatures ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ → ff fi fl ffi ffl st st (œ and æ are letters
//    and stay).
//  - Soft hyphen, zero-width space/joiners, word joiner and BOM removed.
//  - Each malformed UTF-8 sequence becomes one U+FFFD, so *normalized is
//    always valid UTF-8 (stray continuation bytes map to the character
//    before them).
//
// So after normalisation the only white space left is ' ' and '\n'.
// A removed character is not covered by any normalised byte: a span ending
// just before it maps to an original span that includes it.
// Thread-safe.
void Normalize(std::string_view original, std::string* normalized,
               std::vector<uint32_t>* norm_to_orig);

}  // namespace tocsin

#endif  // TOCSIN_TEXT_NORMALIZE_H_
