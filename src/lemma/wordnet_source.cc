// WordNet 3.0 (Debian wordnet-base) as an English lexicon source: lemmas
// from index.<pos>, irregular forms from <pos>.exc, capitalised names from
// data.noun. Regular inflections are undone at lookup time (english_lookup.cc).
#include <charconv>

#include "lemma/lexicon_format.h"
#include "lemma/lexicon_sources.h"
#include "lemma/source_util.h"

namespace tocsin {

Status AddWordNetIndex(std::string_view index_text, WordClass word_class,
                       LexiconBuilder* builder) {
  size_t added = 0;
  ForEachLine(index_text, [&](std::string_view line) {
    // The licence header lines start with spaces.
    if (line.empty() || line[0] == ' ') return;
    std::vector<std::string_view> f = Split(line, ' ');
    if (f.size() < 6) return;
    std::string_view lemma = f[0];
    if (lemma.find('_') != std::string_view::npos) return;  // multiword
    int p_cnt = 0, tagsense = 0;
    std::from_chars(f[3].data(), f[3].data() + f[3].size(), p_cnt);
    size_t tag_index = 5 + static_cast<size_t>(std::max(p_cnt, 0));
    if (tag_index < f.size()) {
      std::from_chars(f[tag_index].data(),
                      f[tag_index].data() + f[tag_index].size(), tagsense);
    }
    builder->Add(lemma, lemma, word_class, 0,
                 ClampPrior(40 + std::min(40, 5 * tagsense)));
    ++added;
  });
  if (added == 0) return InvalidArgumentError("WordNet index has no lemmas");
  return Status::OK();
}

Status AddWordNetProperNouns(std::string_view data_noun_text,
                             LexiconBuilder* builder) {
  size_t added = 0;
  ForEachLine(data_noun_text, [&](std::string_view line) {
    if (line.empty() || line[0] == ' ') return;  // licence header
    // synset_offset lex_filenum ss_type w_cnt (word lex_id){w_cnt} ...
    std::vector<std::string_view> f = Split(line, ' ');
    if (f.size() < 4) return;
    unsigned words = 0;
    std::from_chars(f[3].data(), f[3].data() + f[3].size(), words, 16);
    for (size_t i = 0; i < words && 4 + 2 * i < f.size(); ++i) {
      std::string_view w = f[4 + 2 * i];
      if (w.empty() || w[0] < 'A' || w[0] > 'Z' ||
          w.find('_') != std::string_view::npos) {
        continue;
      }
      builder->Add(w, w, WordClass::kProperNoun, 0, 60);
      ++added;
    }
  });
  if (added == 0) return InvalidArgumentError("WordNet data has no names");
  return Status::OK();
}

Status AddWordNetExceptions(std::string_view exc_text, WordClass word_class,
                            LexiconBuilder* builder) {
  ForEachLine(exc_text, [&](std::string_view line) {
    std::vector<std::string_view> f = Split(line, ' ');
    if (f.size() < 2 || f[0].find('_') != std::string_view::npos) return;
    uint32_t features = kFeatLexException;
    if (word_class == WordClass::kNoun) features |= kFeatPlur;
    if (word_class == WordClass::kVerb) features |= kFeatPast | kFeatPastPart;
    if (word_class == WordClass::kAdjective ||
        word_class == WordClass::kAdverb) {
      features |= f[0].ends_with("st") ? kFeatSuperlative : kFeatComparative;
    }
    for (size_t i = 1; i < f.size(); ++i) {
      if (f[i].empty() || f[i].find('_') != std::string_view::npos) continue;
      builder->Add(f[0], f[i], word_class, features, 70);
    }
  });
  return Status::OK();
}

}  // namespace tocsin
