// MinHash story signatures.
//
// Shingles. A shingle is 5 consecutive words, hashed in order from their
// FoldKeys. Five rather than three or four: shorter shingles are shared by
// distinct reports on one topic ("said in a statement on", "the defence
// ministry said"), which pushes same-topic stories together; longer ones
// make every edited word cost more shingles. Punctuation is not a word, so a
// changed comma or quote style breaks nothing.
//
// Sketch. Classic MinHash applies 120 hash functions to every shingle; that
// cost 34 us a document on the benchmark corpus, three times the whole text
// front end. We use one-permutation hashing with optimal densification
// (Li, Owen and Zhang 2012; Shrivastava, ICML 2017) instead: each shingle's
// 64-bit hash picks one of 120 bins with its high half and offers its low 31
// bits as that bin's minimum; an empty bin then borrows the minimum of the
// first non-empty bin along a probe sequence that depends on the bin only,
// so every document borrows the same way. The share of equal bins is an
// unbiased estimate of the Jaccard resemblance with the error of an ideal
// MinHash (measured on the benchmark corpus's candidate pairs: root mean
// square 0.030 to 0.039 against 0.035 to 0.039 for ideal, at every text
// size), and bins band for LSH as minima do. Cost: one hash a word plus
// O(120) a document. bench/story_bench.cc, first 2,000 articles of each
// benchmark corpus: 4.4 us a document in English, 5.6 us in French (about
// 420 and 590 tokens, keys precomputed as the pipeline does), against 7.8
// and 18.7 us for the text front end alone and about 200 and 450 us for
// `tocsin code` (README).
//
// Thresholds. Exact values on our fixtures: copies of one article with
// other headlines, bylines and footers resemble each other at 0.74 to 0.84
// (boilerplate only adds shingles to the union, and weighs more in a short
// article); light rewrites (paragraphs moved, a sentence added, a few words
// changed; every changed word breaks up to 5 shingles) at 0.58 to 0.70.
// Distinct reports on one topic share names and recycled background
// paragraphs; the most alike, two templated daily drone reports, reach
// 0.25. In the benchmark corpus (Reuters 1987, BBC, Wikinews) the candidate
// pairs between 0.25 and 0.45 are mostly templated notes on different facts
// (Treasury balances, hog slaughter estimates, debenture offerings), or one
// story in a short and a long version. A similarity of 0.5 sits above the
// first: the banding catches nearly every pair there, and the estimate's
// standard error of 0.046 at 0.5 makes a pair at 0.3 reach it only by a
// 4-sigma accident. The second kind, a truncated copy or a version extended
// with new paragraphs, has a low resemblance but its shorter text lies
// almost whole in the longer one: a containment of 0.8 catches it. Using the
// corpus dates as a proxy for "same story", 82 % of the pairs under 0.5
// resemblance and over 0.8 containment share a date, against 59 % between
// 0.7 and 0.8 containment, and 65 % of all pairs over 0.5 resemblance. The
// rest are mostly templated notes that differ in a number, which only a
// date window separates (story.h).
#include "store/story.h"

#include <algorithm>
#include <cstring>

#include "dict/fold.h"
#include "text/token_keys.h"

namespace tocsin {
namespace {

constexpr uint64_t kShingleSeed = 0x53484E474C453035ull;
constexpr uint64_t kDensifySeed = 0x746F6373696E5354ull;  // "tocsinST"
constexpr char kMagic[4] = {'T', 'S', 'T', 'Y'};
constexpr size_t kMaxLanguage = 15;
constexpr size_t kFixedBytes = 4 + 1 + 1 + 4 + 2 + 4 * kStoryHashes;

// Weights of a shingle's words by position, so that word order counts
// (arbitrary odd constants).
constexpr std::array<uint64_t, kStoryShingleWords> kWordWeights = {
    0x9E6C63D0676A9A99ull, 0xE7037ED1A0B428DBull, 0x8EBC6AF09C88C6E3ull,
    0x589965CC75374CC3ull, 0x1D8E4E27C47D124Full};

bool IsWord(const Token& t) {
  return t.word_class != WordClass::kPunctuation &&
         t.word_class != WordClass::kSymbol;
}

bool IsValidLanguage(std::string_view language) {
  if (language.empty() || language.size() > kMaxLanguage) return false;
  return std::all_of(language.begin(), language.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == '-';
  });
}

// The hash of the `count` words that end at window[(end - 1) % k], oldest
// first: weighted sum of the word keys, then a full mix.
inline uint64_t ShingleHash(
    const std::array<uint64_t, kStoryShingleWords>& window, uint32_t end,
    uint32_t count) {
  uint64_t sum = 0;
  for (uint32_t j = 0; j < count; ++j) {
    sum += window[(end - count + j) % kStoryShingleWords] * kWordWeights[j];
  }
  return MixKeys(sum, kShingleSeed + count);
}

using Filled = std::array<bool, kStoryHashes>;

// Bins that borrowed their value in densification have this bit set; bins
// that hold a shingle of their own keep 31-bit values.
constexpr uint32_t kBorrowed = 0x80000000u;

// Hot loop: runs once per word. High half -> bin, low 31 bits -> value.
inline void AddShingle(uint64_t shingle,
                       std::array<uint32_t, kStoryHashes>* bins,
                       Filled* filled) {
  const auto bin =
      static_cast<uint32_t>(((shingle >> 32) * kStoryHashes) >> 32);
  (*bins)[bin] =
      std::min((*bins)[bin], static_cast<uint32_t>(shingle) & ~kBorrowed);
  (*filled)[bin] = true;
}

// Optimal densification: empty bin i takes the value of the first bin along
// its own probe sequence that held a shingle, marked kBorrowed. REQUIRES:
// some bin did.
void Densify(const Filled& filled, std::array<uint32_t, kStoryHashes>* bins) {
  for (int i = 0; i < kStoryHashes; ++i) {
    if (filled[i]) continue;
    for (uint64_t attempt = 0;; ++attempt) {
      const uint64_t probe = MixKeys(kDensifySeed + i, attempt);
      // The probes find a bin within kStoryHashes tries on average; past
      // 16 times that, the next bins in order guarantee termination.
      const auto from =
          attempt < 16 * kStoryHashes
              ? static_cast<uint32_t>(((probe >> 32) * kStoryHashes) >> 32)
              : static_cast<uint32_t>((i + attempt) % kStoryHashes);
      if (filled[from]) {
        (*bins)[i] = (*bins)[from] | kBorrowed;
        break;
      }
    }
  }
}

void PutU32(uint32_t v, std::string* out) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>(v >> (8 * i)));
}

uint32_t GetU32(const char* p) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) {
    v |= static_cast<uint32_t>(static_cast<uint8_t>(p[i])) << (8 * i);
  }
  return v;
}

}  // namespace

StorySignature ComputeStorySignature(const AnalyzedText& text) {
  StorySignature sig;
  if (IsValidLanguage(text.language)) sig.language = text.language;
  std::array<uint64_t, kStoryShingleWords> window{};
  Filled filled{};
  uint32_t words = 0;
  for (uint32_t i = 0; i < text.tokens.size(); ++i) {
    if (!IsWord(text.tokens[i])) continue;
    window[words % kStoryShingleWords] = FormKey(text, i);
    ++words;
    if (words >= kStoryShingleWords) {
      AddShingle(ShingleHash(window, words, kStoryShingleWords), &sig.mins,
                 &filled);
      ++sig.shingles;
    }
  }
  if (words > 0 && words < kStoryShingleWords) {
    AddShingle(ShingleHash(window, words, words), &sig.mins, &filled);
    sig.shingles = 1;
  }
  if (sig.shingles > 0) Densify(filled, &sig.mins);
  return sig;
}

std::vector<uint64_t> StoryBandKeys(const StorySignature& signature) {
  std::vector<uint64_t> keys;
  if (signature.shingles < kStoryMinShingles) return keys;
  keys.reserve(kStoryBands);
  const uint64_t language = HashFolded(signature.language);
  for (int band = 0; band < kStoryBands; ++band) {
    uint64_t key = MixKeys(language, static_cast<uint64_t>(band));
    for (int r = 0; r < kStoryBandRows; ++r) {
      key = MixKeys(key, signature.mins[band * kStoryBandRows + r]);
    }
    keys.push_back(key);
  }
  return keys;
}

double EstimatedSimilarity(const StorySignature& a, const StorySignature& b) {
  if (a.shingles == 0 || b.shingles == 0 || a.language != b.language) {
    return 0.0;
  }
  int equal = 0;
  for (int i = 0; i < kStoryHashes; ++i) equal += a.mins[i] == b.mins[i];
  return static_cast<double>(equal) / kStoryHashes;
}

// In a bin where the shorter text S holds a shingle of its own, the bin's
// minimum over S and the other text O comes from S when O's value is larger
// or borrowed, and that shingle is in O too exactly when the values are
// equal; each is S's least shingle in the bin, a random one, so equal /
// (S holds the minimum) estimates |S n O| / |S|. Counting only S's own bins
// matters: deriving containment from the resemblance and the two sizes
// triples its error on a 100-shingle text inside a 300-shingle one.
double ContainedShare(const StorySignature& s, const StorySignature& o) {
  int equal = 0, held = 0;
  for (int i = 0; i < kStoryHashes; ++i) {
    if (s.mins[i] & kBorrowed) continue;
    if (s.mins[i] == o.mins[i]) {
      ++equal;
      ++held;
    } else if ((o.mins[i] & kBorrowed) || s.mins[i] < o.mins[i]) {
      ++held;
    }
  }
  return held == 0 ? 0.0 : static_cast<double>(equal) / held;
}

double EstimatedContainment(const StorySignature& a, const StorySignature& b) {
  if (a.shingles == 0 || b.shingles == 0 || a.language != b.language) {
    return 0.0;
  }
  if (a.shingles < b.shingles) return ContainedShare(a, b);
  if (b.shingles < a.shingles) return ContainedShare(b, a);
  return std::min(ContainedShare(a, b), ContainedShare(b, a));
}

StoryCandidate ScoreStoryCandidate(const StorySignature& doc,
                                   const StorySignature& earlier,
                                   int64_t story) {
  return {story, EstimatedSimilarity(doc, earlier),
          EstimatedContainment(doc, earlier)};
}

int64_t ChooseStory(std::span<const StoryCandidate> candidates,
                    const StoryOptions& options) {
  const StoryCandidate* best = nullptr;
  for (const StoryCandidate& c : candidates) {
    if (c.similarity < options.similarity &&
        c.containment < options.containment) {
      continue;
    }
    if (best == nullptr || c.similarity > best->similarity ||
        (c.similarity == best->similarity &&
         (c.containment > best->containment ||
          (c.containment == best->containment && c.story < best->story)))) {
      best = &c;
    }
  }
  return best == nullptr ? kNewStory : best->story;
}

std::string SerializeStorySignature(const StorySignature& signature) {
  std::string out;
  out.reserve(kFixedBytes + signature.language.size());
  out.append(kMagic, sizeof(kMagic));
  out.push_back(static_cast<char>(kStorySignatureVersion));
  out.push_back(static_cast<char>(signature.language.size()));
  out.append(signature.language);
  PutU32(signature.shingles, &out);
  out.push_back(static_cast<char>(kStoryHashes & 0xFF));
  out.push_back(static_cast<char>(kStoryHashes >> 8));
  for (uint32_t m : signature.mins) PutU32(m, &out);
  return out;
}

StatusOr<StorySignature> ParseStorySignature(std::string_view bytes) {
  if (bytes.size() < 6 || std::memcmp(bytes.data(), kMagic, 4) != 0) {
    return DataLossError("story signature: bad magic");
  }
  if (static_cast<uint8_t>(bytes[4]) != kStorySignatureVersion) {
    return FailedPreconditionError(
        "story signature: version " +
        std::to_string(static_cast<uint8_t>(bytes[4])) + ", expected " +
        std::to_string(kStorySignatureVersion) + "; sign the document again");
  }
  const size_t language_size = static_cast<uint8_t>(bytes[5]);
  if (bytes.size() != kFixedBytes + language_size) {
    return DataLossError("story signature: " + std::to_string(bytes.size()) +
                         " bytes, expected " +
                         std::to_string(kFixedBytes + language_size));
  }
  StorySignature sig;
  sig.language = std::string(bytes.substr(6, language_size));
  if (!IsValidLanguage(sig.language)) {
    return DataLossError("story signature: bad language");
  }
  const char* p = bytes.data() + 6 + language_size;
  sig.shingles = GetU32(p);
  const int hashes =
      static_cast<uint8_t>(p[4]) | (static_cast<uint8_t>(p[5]) << 8);
  if (hashes != kStoryHashes) {
    return DataLossError("story signature: " + std::to_string(hashes) +
                         " bins, expected " + std::to_string(kStoryHashes));
  }
  p += 6;
  bool all_empty = true;
  for (int i = 0; i < kStoryHashes; ++i, p += 4) {
    sig.mins[i] = GetU32(p);
    all_empty = all_empty && sig.mins[i] == ~0u;
  }
  if (sig.shingles == 0 && !all_empty) {
    return DataLossError("story signature: bins set for an empty text");
  }
  if (sig.shingles > 0 &&
      std::all_of(sig.mins.begin(), sig.mins.end(),
                  [](uint32_t m) { return (m & kBorrowed) != 0; })) {
    return DataLossError("story signature: every bin borrowed");
  }
  return sig;
}

void StoryIndex::ScoreCandidates(const StorySignature& signature,
                                 std::span<const uint64_t> keys,
                                 std::vector<StoryCandidate>* out) {
  seen_.clear();
  for (uint64_t key : keys) {
    auto it = by_band_.find(key);
    if (it != by_band_.end()) {
      seen_.insert(seen_.end(), it->second.begin(), it->second.end());
    }
  }
  std::sort(seen_.begin(), seen_.end());
  seen_.erase(std::unique(seen_.begin(), seen_.end()), seen_.end());
  for (uint32_t m : seen_) {
    out->push_back(ScoreStoryCandidate(signature, members_[m].signature,
                                       members_[m].story));
  }
}

void StoryIndex::Add(int64_t story, const StorySignature& signature,
                     std::span<const uint64_t> keys) {
  ++articles_[story];
  if (keys.empty()) return;
  const auto member = static_cast<uint32_t>(members_.size());
  members_.push_back({story, signature});
  for (uint64_t key : keys) by_band_[key].push_back(member);
}

int64_t StoryIndex::Assign(int64_t doc_index, const StorySignature& signature) {
  const std::vector<uint64_t> keys = StoryBandKeys(signature);
  candidates_.clear();
  ScoreCandidates(signature, keys, &candidates_);
  int64_t story = ChooseStory(candidates_, options_);
  if (story == kNewStory) story = doc_index;
  Add(story, signature, keys);
  return story;
}

int StoryIndex::NumArticles(int64_t story) const {
  auto it = articles_.find(story);
  return it == articles_.end() ? 0 : it->second;
}

}  // namespace tocsin
