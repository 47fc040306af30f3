// On-disk layout of a compiled lexicon (lexicon-<lang>.bin), shared by the
// builder and the reader. Internal: may change with kLexiconVersion.
//
// The payload (inside util/binary_format's envelope) is:
//   LexiconHeader
//   Bucket[bucket_count]        open addressing, linear probing
//   Entry[entry_count]          one per distinct form
//   Candidate[candidate_count]  each entry's analyses, contiguous
//   char strings[strings_size]  forms and lemmas, not NUL-terminated
// All offsets are relative to the payload start; all integers little-endian.
#ifndef TOCSIN_LEMMA_LEXICON_FORMAT_H_
#define TOCSIN_LEMMA_LEXICON_FORMAT_H_

#include <cstdint>
#include <cstring>
#include <string_view>

namespace tocsin {

inline constexpr uint32_t kLexiconMagic = 0x584C5354;  // "TSLX"
// Bump on any change to the structs, the hash or the feature bits.
inline constexpr uint32_t kLexiconVersion = 3;

struct LexiconHeader {
  char language[8];       // "fr", "en", NUL-padded
  uint32_t bucket_count;  // power of two
  uint32_t entry_count;
  uint32_t candidate_count;
  uint32_t strings_size;
  uint64_t buckets_offset;
  uint64_t entries_offset;
  uint64_t candidates_offset;
  uint64_t strings_offset;
};

// A bucket repeats its entry's fields, plus the form's first 8 bytes, so a
// lookup of a short word touches only the bucket and then its candidates
// (not the entry array, which is there for walking the table, nor the
// strings). candidate_count == 0 marks an empty bucket.
struct Bucket {
  uint32_t hash;  // full hash of the form, to skip most compares
  uint32_t form_offset;
  uint32_t first_candidate;
  uint16_t form_length;
  uint16_t candidate_count;
  uint64_t prefix;  // FormPrefix(form)
};

struct Entry {
  uint32_t form_offset;
  uint16_t form_length;
  uint16_t candidate_count;
  uint32_t first_candidate;
};

// One analysis of a form. `word_class` is a tocsin::WordClass value; `prior`
// is the analysis' score before context (higher wins); `features` are
// LexFeature bits.
struct Candidate {
  uint32_t lemma_offset;
  uint32_t features;
  uint16_t lemma_length;
  uint8_t word_class;
  uint8_t prior;
};

static_assert(sizeof(LexiconHeader) == 56);
static_assert(sizeof(Bucket) == 24);
static_assert(sizeof(Entry) == 12);
static_assert(sizeof(Candidate) == 12);

// Morphological and functional features. The first group comes from the
// lexicons' morphological tags; the second from the closed-class lists we
// write (dict/<lang>/closed_class.tsv), where they are named in lower case
// after the part following kFeat (e.g. "subj", "have").
enum LexFeature : uint32_t {
  kFeatMasc = 1u << 0,
  kFeatFem = 1u << 1,
  kFeatSing = 1u << 2,
  kFeatPlur = 1u << 3,
  kFeatPerson1 = 1u << 4,
  kFeatPerson2 = 1u << 5,
  kFeatPerson3 = 1u << 6,
  kFeatInfinitive = 1u << 7,
  kFeatPastPart = 1u << 8,  // past participle
  kFeatPresPart = 1u << 9,  // present participle / English -ing
  kFeatFinite = 1u << 10,
  kFeatImperative = 1u << 11,
  kFeatPast = 1u << 12,  // English simple past
  kFeatComparative = 1u << 13,
  kFeatSuperlative = 1u << 14,

  kFeatSubj = 1u << 16,      // subject pronoun (il, they)
  kFeatObj = 1u << 17,       // object clitic (la, lui)
  kFeatRefl = 1u << 18,      // reflexive (se)
  kFeatNeg = 1u << 19,       // negation (ne, pas, not)
  kFeatHave = 1u << 20,      // a form of avoir / have
  kFeatBe = 1u << 21,        // a form of être / be
  kFeatModal = 1u << 22,     // modal or other verb taking a bare infinitive
  kFeatPoss = 1u << 23,      // possessive
  kFeatContr = 1u << 24,     // contraction of preposition + article (du, au)
  kFeatRel = 1u << 25,       // relative / interrogative pronoun
  kFeatDef = 1u << 26,       // definite article
  kFeatElided = 1u << 27,    // elided form (l', qu')
  kFeatFrequent = 1u << 28,  // lemma on the frequent-lemma list
  kFeatLexException = 1u << 29,  // from an irregular-form exception list
};

// The first 8 bytes of `s`, zero-padded, as one word.
inline uint64_t FormPrefix(std::string_view s) {
  uint64_t w = 0;
  std::memcpy(&w, s.data(), s.size() < 8 ? s.size() : 8);
  return w;
}

// The lexicon's hash of a form: 64-bit multiply-mix over 8-byte words,
// folded to 32 bits. Part of the format (see kLexiconVersion).
inline uint32_t LexiconHash(std::string_view s) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t h = 0xCBF29CE484222325ull ^ (s.size() * kMul);
  const char* p = s.data();
  size_t n = s.size();
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * kMul;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    uint64_t w = 0;
    std::memcpy(&w, p, n);
    h = (h ^ w) * kMul;
    h ^= h >> 29;
  }
  h *= kMul;
  return static_cast<uint32_t>(h >> 32);
}

}  // namespace tocsin

#endif  // TOCSIN_LEMMA_LEXICON_FORMAT_H_
