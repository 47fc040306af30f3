// French stems as nlp.js computes them, for the French tone lexicon
// (gkg/tone.h): case and accents removed, then the Snowball French stemmer
// (libstemmer). On a sample of 30,000 Lefff forms the stems equal those of
// @nlpjs/lang-fr's StemmerFr.
#ifndef TOCSIN_GKG_TONE_STEM_H_
#define TOCSIN_GKG_TONE_STEM_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tocsin {

// The key of the stem of `word`: HashFolded(FrenchStem(word)), never 0.
// Memoised per thread by a hash of the word's bytes (a news vocabulary is a
// few tens of thousands of words; stemming one costs about half a
// microsecond); the memo holds at most 2^18 words (4 MB) per thread and
// allocates only while it grows. Thread-safe.
uint64_t FrenchStemKey(std::string_view word);
// The same, memoised by `fold_key` == FoldKey(word) (dict/fold.h), which the
// pipeline has computed already: the stem depends only on the folded word.
uint64_t FrenchStemKeyOfFolded(uint64_t fold_key, std::string_view word);

// The stem itself, without the memo (loading, tests). Thread-safe.
std::string FrenchStem(std::string_view word);

// Which words may stem to one of a set of stems, answered from their first
// letters without stemming. Snowball French keeps the first four letters of
// a word in its stem (only 'y' may become 'i', and "-aux" become "-al" in
// five-letter words), so a word whose first letters begin no stem of the
// set cannot stem into it: the filter has no false negatives (checked on
// the Lefff's 450,000 forms). Letters are read case- and accent-insensitively;
// a word with another character among its first letters always may match.
// Immutable after Add(); thread-safe to query.
class StemPrefixFilter {
 public:
  StemPrefixFilter();
  // Adds a stem (folded, as FrenchStem returns it).
  void Add(std::string_view stem);
  bool MayMatch(std::string_view word) const;

 private:
  std::vector<uint64_t> two_, three_, four_;  // bitsets
  bool all_ = false;  // a one-letter stem: every word may match
};

}  // namespace tocsin

#endif  // TOCSIN_GKG_TONE_STEM_H_
