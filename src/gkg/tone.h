// ToneScorer: document and sentence tone in the manner of GDELT's GKG.
//
// For each sentence and for the whole document: `positive` and `negative`
// are the tone-bearing words per 100 words, `tone` their difference,
// `polarity` their sum, `activity` the active verbs (VERB, not AUX) per 100
// words and `self_reference` the first-person pronouns per 100 words.
// Words are tokens other than punctuation and symbols.
//
// A tone-bearing word counts 1, or less when the lexicon scores it weakly,
// times the factor of an intensifier right before it ("very", "très"); a
// negated word ("not", "ne … pas", "sans") counts on the other side, at
// 0.74 of its weight, as VADER does.
//
// Lexicons: English uses VADER (npm vader-sentiment), French the pattern
// lexicon of npm @nlpjs/lang-fr; both are compiled at build time into
// <data>/tone_<lang>.tsv (tools/compile_tone.cc) and extended by our own
// dict/<lang>/tone.txt (format in gkg/tone_dict.h). English words match on
// the folded word form, then on the lemma (VADER scores inflected forms);
// French words match on the Snowball stem of the accent-free lemma, then,
// for adjectives and adverbs, of the form (nlp.js stems accent-free forms
// the same way; gkg/tone_stem.h). The French
// lexicon's stems score adjectives and adverbs only: it rates opinion
// adjectives, and its stems also catch frequent nouns and verbs. Sentences take
// their paragraph's language, else the document's; anything but French is
// scored as English.
#ifndef TOCSIN_GKG_TONE_H_
#define TOCSIN_GKG_TONE_H_

#include <memory>
#include <string>
#include <vector>

#include "gkg/tone_dict.h"
#include "tocsin/knowledge.h"
#include "tocsin/status.h"
#include "tocsin/text.h"

namespace tocsin {

struct ToneLexicon;

class ToneScorer {
 public:
  // Reads <data_dir>/tone_en.tsv and tone_fr.tsv (the build writes them) and
  // <dict_dir>/en/tone.txt and fr/tone.txt. NotFound names a missing file;
  // InvalidArgument "<file>:<line>: why" a malformed line.
  static StatusOr<std::unique_ptr<ToneScorer>> Load(
      const std::string& data_dir, const std::string& dict_dir);

  // From parsed lists (tests, fuzzers). A dictionary entry overrides a
  // lexicon entry with the same key; a score of 0 removes it.
  static std::unique_ptr<ToneScorer> Build(
      const std::vector<ToneEntry>& en_lexicon, const ToneDict& en_dict,
      const std::vector<ToneEntry>& fr_lexicon, const ToneDict& fr_dict);

  ~ToneScorer();

  // Fills *document with the tone of all of `text` and *sentences with one
  // Tone per text.sentences (cleared first, capacity kept). O(tokens); no
  // allocation once the per-thread scratch and *sentences have grown.
  // Thread-safe: the scorer is immutable, scratch is per thread.
  void Score(const AnalyzedText& text, Tone* document,
             std::vector<Tone>* sentences) const;

  // Entries per language after merging, for messages and tests.
  size_t size(bool french) const;

 private:
  ToneScorer();
  std::unique_ptr<ToneLexicon> en_, fr_;
};

}  // namespace tocsin

#endif  // TOCSIN_GKG_TONE_H_
