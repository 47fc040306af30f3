// Stories: near-duplicate documents (wire copies, syndication, truncated or
// lightly rewritten versions) clustered so that a story's events are
// counted once, seen N times (GDELT's NumArticles).
//
// A document's StorySignature is a MinHash sketch of its set of 5-word
// shingles (one-permutation hashing into 120 bins with optimal
// densification; story.cc says why). MinHash rather than SimHash: its
// estimate is the Jaccard resemblance of the shingle sets, whose meaning
// ("the share of running text two articles have in common") we can set a
// threshold on, it yields containment too (for truncated copies), and LSH
// banding of the sketch gives candidate lookup by exact band keys, an
// indexed column in the store; SimHash estimates a cosine and needs
// Hamming-ball lookups.
//
// Flow, identical in StoryIndex (in memory) and in the Store (a table of
// band keys): compute the signature; find earlier documents sharing at least
// one StoryBandKeys() key; score each with ScoreStoryCandidate(); let
// ChooseStory() join the best one's story or start a new story. The Store
// should also restrict candidates to documents published within a few days:
// daily templated notes ("the Fed arranged 1.5 billion dlrs of customer
// repurchase agreements...") differ in one number and are textually the
// same story; only their dates tell them apart.
//
// Everything here is deterministic across runs, machines and compilers:
// tokens are keyed by dict/fold.h's FoldKey and the hashes use fixed seeds,
// so the signatures the store keeps stay comparable. Changing the shingle
// size, a seed, the word filter or the folding changes every signature:
// bump kStorySignatureVersion.
#ifndef TOCSIN_STORE_STORY_H_
#define TOCSIN_STORE_STORY_H_

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tocsin/status.h"
#include "tocsin/text.h"

namespace tocsin {

inline constexpr int kStoryShingleWords = 5;
inline constexpr int kStoryBands = 60;
inline constexpr int kStoryBandRows = 2;
inline constexpr int kStoryHashes = kStoryBands * kStoryBandRows;  // 120
// Documents with fewer shingles are never clustered (no band keys): a
// headline or a page of boilerplate is too short to tell one story from
// another, and a false merge costs more than a missed one.
inline constexpr uint32_t kStoryMinShingles = 20;
inline constexpr uint8_t kStorySignatureVersion = 1;

// When a new document joins an earlier one's story. story.cc justifies
// the defaults.
struct StoryOptions {
  // Estimated Jaccard resemblance of the shingle sets: copies and light
  // rewrites.
  double similarity = 0.5;
  // Estimated share of the shorter text's shingles found in the longer:
  // truncated copies, and versions extended with new paragraphs.
  double containment = 0.8;
};

struct StorySignature {
  // The text's language (ISO 639-1 or "und"); signatures of different
  // languages never match, so a translation is a story of its own.
  std::string language = "und";
  // Shingle positions hashed (words - 4, or 1 for a text of 1..4 words);
  // repeated shingles count each time. 0: no words.
  uint32_t shingles = 0;
  // The least 31-bit hash of the shingles in each bin; a bin without one
  // holds another bin's value with the top bit set (densification). All ~0u
  // for an empty text.
  std::array<uint32_t, kStoryHashes> mins;

  StorySignature() { mins.fill(~0u); }
  bool operator==(const StorySignature&) const = default;
};

// The signature of an analysed text: its words are the tokens that are not
// punctuation or symbols, keyed by FormKey (text/token_keys.h: the folded
// normalised form, so case and accents do not matter). Takes the
// AnalyzedText the pipeline already built rather than raw text, so tokens
// and their keys are not computed twice; uses text.form_keys when present.
// O(tokens + kStoryHashes); allocates nothing beyond the returned language.
// Thread-safe.
StorySignature ComputeStorySignature(const AnalyzedText& text);

// The LSH band keys of `signature`, kStoryBands of them (each hashes the
// language, the band number and its kStoryBandRows bins), or none when
// signature.shingles < kStoryMinShingles. Two documents are candidates of
// each other when they share a key. With 60 bands of 2 bins, a pair of
// resemblance 0.5 shares a key with probability 1 - 3e-8, 0.3 with 0.996,
// 0.2 with 0.92 (truncated copies), 0.1 with 0.45.
std::vector<uint64_t> StoryBandKeys(const StorySignature& signature);

// Estimated Jaccard resemblance of the two shingle sets, in [0, 1]: the
// share of equal bins. 0 when the languages differ or either text is empty.
double EstimatedSimilarity(const StorySignature& a, const StorySignature& b);

// Estimated share of the shorter text's shingles that the other holds, in
// [0, 1]; symmetric. 0 when the languages differ or either text is empty.
double EstimatedContainment(const StorySignature& a, const StorySignature& b);

// A document found through a shared band key, scored.
struct StoryCandidate {
  int64_t story = 0;         // the story the earlier document belongs to
  double similarity = 0.0;   // EstimatedSimilarity with the new document
  double containment = 0.0;  // EstimatedContainment with the new document
};

// The candidate an earlier document in `story` makes for `doc`.
StoryCandidate ScoreStoryCandidate(const StorySignature& doc,
                                   const StorySignature& earlier,
                                   int64_t story);

inline constexpr int64_t kNewStory = -1;

// The story a new document joins: among the candidates that reach either
// threshold of `options`, the one with the highest similarity (on a tie,
// the highest containment, then the smallest story id); kNewStory when none
// does. Independent of the candidates' order. Pure: the Store calls it too.
int64_t ChooseStory(std::span<const StoryCandidate> candidates,
                    const StoryOptions& options);

// The blob the store keeps: "TSTY", version, language length and bytes,
// shingles (u32), bin count (u16), the bins (u32 each), little-endian;
// 492 bytes plus the language.
std::string SerializeStorySignature(const StorySignature& signature);

// Parses a SerializeStorySignature blob. DataLoss when the bytes are not
// one (magic, length, language, bin count, bins of an empty text);
// FailedPrecondition when they come from another kStorySignatureVersion:
// the document must be signed again.
StatusOr<StorySignature> ParseStorySignature(std::string_view bytes);

// In-memory story clustering: Assign() documents in order; each joins the
// story of its best earlier candidate (single link) or starts one. A
// story's id is the doc_index of its first document. Deterministic given
// the order of Assign() calls; another order can split a story whose
// members are linked only through a later document. Not thread-safe; keeps
// a copy of every clusterable signature (about 0.5 KB a document).
class StoryIndex {
 public:
  explicit StoryIndex(StoryOptions options = {}) : options_(options) {}

  // REQUIRES: doc_index >= 0 and not assigned before.
  int64_t Assign(int64_t doc_index, const StorySignature& signature);

  // The two halves of Assign, for callers that keep several indexes (the
  // store keeps one per publication day). Appends to `out` the scored
  // candidates among this index's documents for a document with
  // `signature` and band keys `keys` (StoryBandKeys(signature)).
  void ScoreCandidates(const StorySignature& signature,
                       std::span<const uint64_t> keys,
                       std::vector<StoryCandidate>* out);
  // Adds a document of `story` with `signature` and its band `keys` (none:
  // not clusterable, only counted).
  void Add(int64_t story, const StorySignature& signature,
           std::span<const uint64_t> keys);
  // Clusterable documents held.
  size_t num_members() const { return members_.size(); }

  // Documents assigned to `story` (0 for an unknown id).
  int NumArticles(int64_t story) const;
  size_t num_stories() const { return articles_.size(); }

 private:
  struct Member {
    int64_t story;
    StorySignature signature;
  };

  StoryOptions options_;
  std::vector<Member> members_;  // clusterable documents only
  std::unordered_map<uint64_t, std::vector<uint32_t>> by_band_;  // -> members_
  std::unordered_map<int64_t, int> articles_;  // story -> documents
  std::vector<uint32_t> seen_;                 // scratch: candidate members
  std::vector<StoryCandidate> candidates_;     // scratch
};

}  // namespace tocsin

#endif  // TOCSIN_STORE_STORY_H_
