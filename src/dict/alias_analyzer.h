// AliasAnalyzer: runs the runtime front end (Pipeline::Analyze: tokens,
// sentences, lemmas, word classes) over a dictionary alias, so that the
// compiled keys are the keys the matcher sees in running text: "forces
// armées" gets the tokens, forms and lemmas that the same words get in an
// article.
#ifndef TOCSIN_DICT_ALIAS_ANALYZER_H_
#define TOCSIN_DICT_ALIAS_ANALYZER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tocsin/document.h"
#include "tocsin/pipeline.h"
#include "tocsin/status.h"
#include "tocsin/text.h"

namespace tocsin {

// Whether a token's lemma may stand in for its form when matching aliases:
// for nouns and proper nouns ("troupe" for "troupes", "official" for
// "officials"). Not for adjectives, whose lemmas reach the noun aliases
// they look like ("national" -> "nationals", "générale" -> "général"; the
// dictionaries list every form of an adjective alias instead), nor for
// verbs and participles, whose lemmas would reach every conjugated form
// ("déplacés" -> "déplacer"), nor for function words ("les" -> "le").
inline bool LemmaMatches(WordClass c) {
  return c == WordClass::kNoun || c == WordClass::kProperNoun;
}

// One token of an analysed alias.
struct AliasToken {
  std::string form;         // folded normalised surface form
  std::string lemma;        // folded lemma; == form unless LemmaMatches
  uint64_t form_key = 0;    // HashFolded(form)
  uint64_t lemma_key = 0;   // HashFolded(lemma)
  uint8_t flags = 0;        // Token::flags of the alias token
  bool has_letter = false;  // the token has at least one letter
};

class AliasAnalyzer {
 public:
  // Loads the front end's word lists from dict_dir (empty: DictDir()) and
  // the lexicons from data_dir (empty: DataDir()).
  static StatusOr<std::unique_ptr<AliasAnalyzer>> Create(
      const std::string& dict_dir, const std::string& data_dir);
  ~AliasAnalyzer();

  // Tokens of `alias` read as text in `language` ("en", "fr"), across
  // sentence breaks the segmenter might see in it. Thread-compatible: one
  // thread at a time (it reuses an internal AnalyzedText).
  void Analyze(std::string_view alias, std::string_view language,
               std::vector<AliasToken>* out);

  // The front end it runs (immutable, thread-safe).
  const Pipeline& pipeline() const { return *pipeline_; }

 private:
  AliasAnalyzer() = default;
  std::unique_ptr<Pipeline> pipeline_;
  Document scratch_doc_;
  AnalyzedText scratch_text_;
};

}  // namespace tocsin

#endif  // TOCSIN_DICT_ALIAS_ANALYZER_H_
