// Readers for the sources a lexicon is compiled from: our closed-class lists
// (dict/<lang>/closed_class.tsv), the Lefff (French) and WordNet's index and
// exception files (English). The build-time compiler
// (src/lemma/tools/compile_lexicon.cc) feeds them to a LexiconBuilder.
#ifndef TOCSIN_LEMMA_LEXICON_SOURCES_H_
#define TOCSIN_LEMMA_LEXICON_SOURCES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lemma/lexicon_builder.h"
#include "tocsin/status.h"
#include "tocsin/text.h"

namespace tocsin {

struct SourceEntry {
  std::string form, lemma;
  WordClass word_class = WordClass::kUnknown;
  uint32_t features = 0;
  uint8_t prior = 0;
};

// "NOUN" -> kNoun ...; InvalidArgument for names UD does not define.
StatusOr<WordClass> ParseUpos(std::string_view name);
// "subj,masc" -> kFeatSubj | kFeatMasc; "_" or "" -> 0.
StatusOr<uint32_t> ParseFeatureNames(std::string_view names);

// Parses a closed-class list: lines "form TAB UPOS TAB lemma [TAB features
// [TAB prior]]", '#' comments and blank lines ignored. Errors name `what`
// and the line number.
StatusOr<std::vector<SourceEntry>> ParseClosedClassList(std::string_view text,
                                                        std::string_view what);
// One word per line, '#' comments and blank lines ignored.
std::vector<std::string> ParseWordList(std::string_view text);

// Morphological features of a Lefff tag string ("PS13s", "Kfp", "ms").
uint32_t LefffFeatures(std::string_view tags);

// French: the Lefff's single-word entries (mlex text: form, category,
// lemma, tags), with our closed-class entries replacing the Lefff's
// analyses of the same form and class. Participles used as adjectives get
// the masculine singular participle as lemma (UD: "retirées" ADJ ->
// "retiré"). Lemmas in `frequent` are preferred among a form's analyses.
Status AddFrenchSources(std::string_view lefff_mlex,
                        const std::vector<SourceEntry>& closed_class,
                        const std::vector<std::string>& frequent,
                        LexiconBuilder* builder);

// English: WordNet lemmas from an index.<pos> file (`word_class` NOUN, VERB,
// ADJ or ADV) as form == lemma entries, prior from the tagged-sense count.
Status AddWordNetIndex(std::string_view index_text, WordClass word_class,
                       LexiconBuilder* builder);
// WordNet's irregular forms (<pos>.exc: "form base..."), flagged
// kFeatLexException.
Status AddWordNetExceptions(std::string_view exc_text, WordClass word_class,
                            LexiconBuilder* builder);
// WordNet's capitalised noun lemmas (Russia, Kyiv, Pentagon) from
// data.noun, which keeps their case, as PROPN entries under their exact
// form.
Status AddWordNetProperNouns(std::string_view data_noun_text,
                             LexiconBuilder* builder);
// Adds closed-class entries, replacing earlier analyses of the same form and
// class.
void AddClosedClass(const std::vector<SourceEntry>& entries,
                    LexiconBuilder* builder);

}  // namespace tocsin

#endif  // TOCSIN_LEMMA_LEXICON_SOURCES_H_
