// Turning raw input bytes into valid UTF-8.
//
// News arrives as UTF-8 (with or without BOM), Windows-1252 or ISO-8859-1,
// sometimes as UTF-8 with a few stray bytes from a bad copy-paste. Every
// Document::text must be valid UTF-8, so every byte string goes through
// DecodeToUtf8 before any parser that cares about characters.
#ifndef TOCSIN_INGEST_DECODE_H_
#define TOCSIN_INGEST_DECODE_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace tocsin {

struct DecodedText {
  std::string utf8;            // always valid UTF-8
  std::string encoding;        // IANA name of what was decoded: "UTF-8", ...
  uint32_t invalid_bytes = 0;  // input bytes replaced by U+FFFD
};

// Decodes `bytes` to UTF-8. Never fails: undecodable bytes become U+FFFD.
//
// How the encoding is chosen, in order:
//  1. a byte-order mark (UTF-8, UTF-16LE/BE, UTF-32LE/BE) wins; it is removed;
//  2. bytes that are valid UTF-8 are UTF-8, whatever `declared_charset` says
//     (pages often declare a charset they do not use, while non-UTF-8 text
//     is almost never valid UTF-8 by accident);
//  3. bytes that are *mostly* UTF-8 (at least one well-formed multi-byte
//     sequence and no more invalid bytes than well-formed multi-byte
//     sequences) stay UTF-8, each ill-formed subsequence becoming U+FFFD;
//  4. else `declared_charset` (an HTML or XML label such as "iso-8859-1"),
//     when ICU knows it; "iso-8859-1" and "us-ascii" decode as
//     windows-1252, as browsers do;
//  5. else ICU's detector; only a confident answer outside the Latin-1
//     family is trusted, anything else decodes as windows-1252, the usual
//     legacy charset of English and French text.
//
// Control characters: C0 controls other than \t \n \r, and C1 controls
// (U+0080-U+009F, mostly mis-decoded windows-1252), are never useful in news
// text and confuse later stages. \f and \v become a space (they are
// whitespace); the others (NUL, ESC, U+0081...) become U+FFFD and count as
// one invalid byte each. Line ends are kept as they are.
//
// Cost: valid UTF-8 without stray controls costs one validation pass and one
// copy.
DecodedText DecodeToUtf8(std::string_view bytes,
                         std::string_view declared_charset = {});

// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates,
// nothing above U+10FFFF).
bool IsValidUtf8(std::string_view bytes);

// True when valid UTF-8 `utf8` holds a character that the control rule
// above rewrites. Cheap: 8 bytes at a time.
bool HasControlChars(std::string_view utf8);

// Applies the control-character rule above to valid UTF-8 in place; returns
// how many bytes became U+FFFD. Used for strings that did not come through
// DecodeToUtf8 (JSON strings may hold escaped controls such as \u0000).
// REQUIRES: `utf8` is valid UTF-8.
uint32_t ReplaceControlChars(std::string* utf8);

}  // namespace tocsin

#endif  // TOCSIN_INGEST_DECODE_H_
