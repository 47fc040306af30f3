// ActorMatcher: finds actor mentions in analysed text with the compiled
// actor dictionary (actors.bin, built by dict/actor_compiler.h).
//
// Match() runs three stages over each sentence:
//   1. Dictionary: longest match over tokens (FindDictionaryMatches). At
//      each token the trie is followed with the folded form and the folded
//      lemma, so case, accents and inflection ("forces armées russes",
//      "troupes", "ukrainiennes") do not matter. Elided articles (l', d')
//      and possessive 's are tokens of their own, so "l'Ukraine" and
//      "Russia's" match their names. Case is respected where the alias asks
//      for it (AliasFlag): "NTV" only in capitals, "Turkey" only
//      capitalised.
//   2. Combination (combine.h): agents join a neighbouring country
//      adjective or name ("Russian forces", "l'armée de l'Ukraine" ->
//      RUSMIL / UKRMIL), and a title joins the person it precedes
//      ("le président Vladimir Poutine" is one mention coded as Poutine).
//   3. Coreference (LinkCoreferences): a later mention of the same entry,
//      or a person's surname alone, points back to the first mention.
// A name finder can run after Match: it appends kNameFinder mentions for
// capitalised sequences no mention covers, then calls LinkCoreferences.
#ifndef TOCSIN_ACTORS_ACTOR_MATCHER_H_
#define TOCSIN_ACTORS_ACTOR_MATCHER_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dict/actor_dict.h"
#include "dict/actor_format.h"
#include "tocsin/actor.h"
#include "tocsin/document.h"
#include "tocsin/status.h"
#include "tocsin/text.h"
#include "util/mapped_file.h"

namespace tocsin {

// A dictionary match before combination: tokens [first_token, end_token)
// of one sentence name `entry` through an alias of `kind` (AliasKind).
struct DictMatch {
  uint32_t first_token = 0, end_token = 0;
  uint32_t sentence = 0;
  uint32_t entry = 0;
  uint8_t kind = kAliasName;
  bool operator==(const DictMatch&) const = default;
};

// A dictionary entry, as views into the mapped file.
struct ActorEntryView {
  std::string_view id;
  std::string_view country;  // ISO alpha-3 or empty
  ActorType type = ActorType::kState;
  std::span<const CodeRecord> codes;
};

// Immutable after Open; every method is const and safe to call from many
// threads at once (scratch space is per thread).
class ActorMatcher {
 public:
  // Maps and validates `path` (envelope, checksum, every offset and index):
  // NotFound when missing, DataLoss when corrupt or of another version.
  static StatusOr<std::unique_ptr<ActorMatcher>> Open(const std::string& path);
  // The same over an image in memory (tests, freshly compiled data).
  static StatusOr<std::unique_ptr<ActorMatcher>> FromBinary(std::string binary);

  ActorMatcher(const ActorMatcher&) = delete;
  ActorMatcher& operator=(const ActorMatcher&) = delete;
  ~ActorMatcher();

  // Clears *out and fills it with the mentions of `doc`, ordered by
  // position, with codes for the date in doc.published (its YYYY-MM-DD
  // prefix; see CodeFor when it has none). `text` is the front
  // end's analysis of `doc`, lemmatised. Allocates only for the mentions it
  // returns once this thread's scratch has grown. When `modifiers` is not
  // null it receives the country adjectives used as adjectives ("l'offensive
  // russe"), which are not actors but tell the event coder whose offensive
  // it is.
  void Match(const Document& doc, const AnalyzedText& text,
             std::vector<ActorMention>* out,
             std::vector<ActorMention>* modifiers = nullptr) const;

  // Stage 1 alone: the longest dictionary matches, left to right, each
  // sentence on its own, in the language of its paragraph (the document's
  // when undecided). Clears *out first.
  void FindDictionaryMatches(const AnalyzedText& text,
                             std::vector<DictMatch>* out) const;

  uint32_t entry_count() const { return header_.entry_count; }
  uint32_t node_count() const { return header_.node_count; }
  uint32_t terminal_count() const { return header_.terminal_count; }
  ActorEntryView entry(uint32_t i) const;
  std::string_view String(StringRef ref) const {
    return {strings_ + ref.offset, ref.length};
  }
  // The code line of `entry` for `date` (yyyymmdd): the first dated line
  // whose range holds it, else the first undated line; nullptr when neither
  // exists. When `date` is 0 (unknown), the first dated line still open
  // (a role held today) stands in for "the line holding the date".
  const CodeRecord* CodeFor(uint32_t entry, DateNumber date) const;

 private:
  ActorMatcher() = default;
  Status Parse(std::string_view payload, std::string_view what);
  uint32_t Child(uint32_t node, uint64_t key) const;
  // The best alias ending at a token: its end, entry, kind and priority.
  struct BestAlias {
    uint32_t end = 0, entry = 0;
    uint8_t kind = 0;
    uint64_t priority = UINT64_MAX;
  };
  // The nodes reached from `from` by one token (any of its keys), each
  // once, into *to.
  void StepFrontier(const std::vector<uint32_t>& from,
                    const uint64_t* token_keys,
                    std::vector<uint32_t>* to) const;
  // The tokens a frontier walked: from `first` to the current one, less
  // `skipped` (a token SkipCountryAdjective stepped over, or UINT32_MAX).
  struct Walk {
    const uint64_t* keys;
    uint32_t first;
    uint32_t skipped = UINT32_MAX;
  };
  // True if the forms alone of `walk`'s tokens up to `end` lead to `node`:
  // an exact-forms alias (kAliasExactForms) matches only then.
  bool ReachedByForms(uint32_t node, const Walk& walk, uint32_t end) const;
  // Takes into *best the best alias among `frontier`'s terminals that
  // `languages` and the case allow, when it ends later than *best or
  // ranks before it; `end` is one past the token the frontier reached.
  void TakeBestAlias(const std::vector<uint32_t>& frontier, uint32_t end,
                     uint8_t languages, uint8_t first_flags, bool all_caps,
                     const Walk& walk, BestAlias* best) const;
  void MatchSentence(const AnalyzedText& text, uint32_t sentence,
                     const uint64_t* keys, std::vector<DictMatch>* out) const;
  void SkipCountryAdjective(const AnalyzedText& text, const uint64_t* keys,
                            uint32_t head, uint32_t end, uint8_t languages,
                            BestAlias* best) const;

  // Built at load, not stored: bit (key & kRootFilterMask) is set when some
  // alias starts with a token of that key, so most tokens skip the probe
  // into the large slot table (which misses the cache); which nodes have
  // children at all; and a one-hash Bloom filter of every edge, indexed by
  // the top bits of SlotHash, 16 or more bits per node (so per edge), so
  // that a word after a common first word of aliases ("the", "le",
  // "president") rarely probes the table for nothing.
  static constexpr uint64_t kRootFilterBits = 1u << 18;
  static constexpr uint64_t kRootFilterMask = kRootFilterBits - 1;
  std::vector<uint64_t> root_filter_;
  std::vector<uint64_t> has_children_;
  std::vector<uint64_t> edge_filter_;
  int edge_filter_shift_ = 64;

  std::unique_ptr<MappedFile> file_;
  std::string owned_;
  ActorFileHeader header_{};
  const TrieSlot* slots_ = nullptr;
  const TrieNode* nodes_ = nullptr;
  const Terminal* terminals_ = nullptr;
  const EntryRecord* entries_ = nullptr;
  const CodeRecord* codes_ = nullptr;
  const char* strings_ = nullptr;
};

// The document date as yyyymmdd from the YYYY-MM-DD prefix of an ISO 8601
// date or date-time; 0 when absent or malformed.
DateNumber DocumentDate(std::string_view published);

// The language a sentence is read in: its paragraph's, or the document's
// when the paragraph's is empty or "und".
std::string_view SentenceLanguage(const AnalyzedText& text, uint32_t sentence);

// Orders *mentions by position and recomputes every antecedent: a mention
// of an entry already mentioned points to its first mention; a one-token
// name-finder mention equal (folded) to the last token of an earlier
// multi-token mention points to that mention's chain. Run after appending
// mentions from another stage.
void LinkCoreferences(const Document& doc, const AnalyzedText& text,
                      std::vector<ActorMention>* mentions);

}  // namespace tocsin

#endif  // TOCSIN_ACTORS_ACTOR_MATCHER_H_
