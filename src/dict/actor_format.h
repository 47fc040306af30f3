// On-disk layout of the compiled actor dictionary (actors.bin), shared by
// the compiler (dict/actor_compiler.h) and the matcher
// (actors/actor_matcher.h), and the alias rules both sides must agree on.
// Internal: may change with kActorFormatVersion.
//
// The payload (inside util/binary_format's envelope) is:
//   ActorFileHeader
//   TrieSlot[slot_count]          (parent node, token key) -> child node;
//                                 open addressing, linear probing
//   TrieNode[node_count]          node 0 is the root
//   Terminal[terminal_count]      each node's aliases, best first
//   EntryRecord[entry_count]
//   CodeRecord[code_count]        each entry's code lines, in file order
//   char strings[strings_size]    ids, codes, roles; not NUL-terminated
// All offsets are relative to the payload start, 8-byte aligned; integers
// are little-endian.
#ifndef TOCSIN_DICT_ACTOR_FORMAT_H_
#define TOCSIN_DICT_ACTOR_FORMAT_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "dict/actor_dict.h"
#include "dict/alias_analyzer.h"
#include "dict/fold.h"

namespace tocsin {

inline constexpr uint32_t kActorMagic = 0x52414354;  // "TCAR"
// Bump on any change to the structs, the fold, the hash or the alias rules.
// 2: EntryRecord::layer, which AliasPriority ranks first.
inline constexpr uint32_t kActorFormatVersion = 2;

struct ActorFileHeader {
  uint32_t slot_count;  // power of two
  uint32_t node_count;
  uint32_t terminal_count;
  uint32_t entry_count;
  uint32_t code_count;
  uint32_t strings_size;
  uint64_t slots_offset;
  uint64_t nodes_offset;
  uint64_t terminals_offset;
  uint64_t entries_offset;
  uint64_t codes_offset;
  uint64_t strings_offset;
};

// child == 0 marks an empty slot (the root is nobody's child).
struct TrieSlot {
  uint64_t key;
  uint32_t parent;
  uint32_t child;
};

struct TrieNode {
  uint32_t first_terminal;
  uint32_t terminal_count;
};

enum AliasKind : uint8_t { kAliasName = 0, kAliasAdjective = 1 };

enum AliasFlag : uint8_t {
  // Written in capitals ("NTV", "US"): every text token must be all-caps.
  kAliasAllCaps = 1 << 0,
  // Every word of the alias is capitalised ("Turkey", "White House"): the
  // first text token must be capitalised, so "turkey" and "a white house"
  // stay common words.
  kAliasCapitalized = 1 << 1,
  // Written "=form" (ActorName::exact_forms): each text token's own form
  // must equal the alias token's; a lemma reaching it does not count. The
  // trie holds only the forms of such an alias.
  kAliasExactForms = 1 << 2,
};

// Language bits of an alias; text in any other language matches every bit.
enum LanguageBit : uint8_t { kLangEn = 1, kLangFr = 2, kLangOther = 4 };

struct Terminal {
  uint32_t entry;
  uint8_t kind;       // AliasKind
  uint8_t languages;  // LanguageBit mask
  uint8_t flags;      // AliasFlag mask
  uint8_t reserved;
};

struct StringRef {
  uint32_t offset;
  uint32_t length;
};

struct EntryRecord {
  StringRef id;
  StringRef country;  // ISO alpha-3, may be empty
  uint32_t first_code;
  uint16_t code_count;
  uint8_t type;   // ActorType
  uint8_t layer;  // ActorEntry::layer
};

struct CodeRecord {
  StringRef code;
  StringRef role_en;
  StringRef role_fr;
  uint32_t from;  // DateNumber, 0 = open
  uint32_t to;
};

static_assert(sizeof(ActorFileHeader) == 72);
static_assert(sizeof(TrieSlot) == 16);
static_assert(sizeof(TrieNode) == 8);
static_assert(sizeof(Terminal) == 8);
static_assert(sizeof(EntryRecord) == 24);
static_assert(sizeof(CodeRecord) == 32);

// Trie edges carry two kinds of keys: the FoldKey of an alias token's form,
// and, for nouns whose lemma differs, LemmaEdgeKey(FoldKey(lemma)). A text
// token follows form edges with its form, and (nouns and proper nouns
// only, see LemmaMatches) form and lemma edges with its lemma. So
// "troupe" reaches the alias "troupes" through the lemma, but the
// adjective "national" does not reach "nationals" through the lemma
// "national" of the alias.
inline constexpr uint64_t kLemmaEdgeSalt = 0x4C454D4D41000001ull;
inline uint64_t LemmaEdgeKey(uint64_t folded_key) {
  return folded_key ^ kLemmaEdgeSalt;
}

// Keys a text token follows, stored per token by the matcher: its form,
// its lemma (or the form again) and its lemma as a lemma edge (or the form
// again); repeats are skipped.
inline constexpr int kKeysPerToken = 3;

// The slot where the probe for (parent, key) starts.
inline uint64_t SlotHash(uint32_t parent, uint64_t key) {
  return MixKeys(key, parent);
}

// The language bit an alias or a text in `language` has ("" is not a
// language here: callers expand it to en and fr).
uint8_t LanguageBitOf(std::string_view language);

// The mask of alias languages that text in `language` may match.
uint8_t TextLanguageMask(std::string_view language);

// AliasFlag bits of an analysed alias.
uint8_t AliasFlagsOf(const std::vector<AliasToken>& tokens);

// True if text tokens with these Token::flags may match an alias with
// `alias_flags`. `first` is the first token's flags; `all_caps` is whether
// every token of the span has kTokenAllCaps.
inline bool CaseAllows(uint8_t alias_flags, uint8_t first, bool all_caps) {
  if ((alias_flags & kAliasAllCaps) && !all_caps) return false;
  if ((alias_flags & kAliasCapitalized) && !(first & kTokenCapitalized)) {
    return false;
  }
  return true;
}

// When several entries share an alias, the lowest priority value wins: the
// entry of the lower layer (ours before imported dictionaries), then a name
// before an adjective, then by type (states first, agents last), then the
// entry that comes first in the dictionary files. A longer match beats all
// of these: priority only orders aliases over the same tokens.
uint64_t AliasPriority(uint8_t layer, uint8_t kind, ActorType type,
                       uint32_t entry);

}  // namespace tocsin

#endif  // TOCSIN_DICT_ACTOR_FORMAT_H_
