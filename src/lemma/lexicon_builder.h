// Builds the bytes of a compiled lexicon (see lexicon_format.h). Used by the
// build-time compiler (src/lemma/tools) and by tests.
#ifndef TOCSIN_LEMMA_LEXICON_BUILDER_H_
#define TOCSIN_LEMMA_LEXICON_BUILDER_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "tocsin/status.h"
#include "tocsin/text.h"

namespace tocsin {

// Not thread-safe. Memory grows with the entries added.
class LexiconBuilder {
 public:
  explicit LexiconBuilder(std::string language)
      : language_(std::move(language)) {}

  // Adds one analysis of `form`. Adding the same (form, lemma, class) again
  // ORs the features and keeps the higher prior.
  void Add(std::string_view form, std::string_view lemma, WordClass word_class,
           uint32_t features, uint8_t prior);
  // Drops every analysis of `form` whose class is `word_class`.
  void Remove(std::string_view form, WordClass word_class);
  bool Contains(std::string_view form) const {
    return forms_.find(std::string(form)) != forms_.end();
  }
  size_t form_count() const { return forms_.size(); }

  struct Analysis {
    std::string lemma;
    WordClass word_class;
    uint32_t features;
    uint8_t prior;
  };
  // Calls fn(form, analyses) for every form, in form order; fn may change
  // the priors and features (not the lemma or class) of the analyses.
  template <typename Fn>
  void ForEachForm(Fn fn) {
    for (auto& [form, analyses] : forms_) fn(std::string_view(form), analyses);
  }

  // The complete file (envelope + payload). Deterministic: the same entries
  // give the same bytes. Each form's analyses are ordered by prior, highest
  // first. InvalidArgument if a form or lemma is longer than 65535 bytes or a
  // form has more than 65535 analyses.
  StatusOr<std::string> Build() const;

 private:
  std::string language_;
  std::map<std::string, std::vector<Analysis>, std::less<>> forms_;
};

}  // namespace tocsin

#endif  // TOCSIN_LEMMA_LEXICON_BUILDER_H_
