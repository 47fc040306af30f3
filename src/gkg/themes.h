// ThemeMatcher: which themes of our taxonomy a document is about, with a
// count and the byte spans of each mention.
//
// Patterns (gkg/theme_dict.h) are compiled into one hash map per language
// from the key of a pattern's first word (FoldKey of a folded lemma or
// form) to the patterns that start with it. Matching looks each token's
// precomputed keys (AnalyzedText::lemma_keys, form_keys) up once or twice,
// and the table's bit filter turns most tokens away without a probe; then
// the few candidate patterns are tried from there. No regex, no allocation
// per token (scratch is per thread).
//
// A mention of a theme also counts for its ancestors in the taxonomy. An
// exclusion pattern ("!gaz lacrymogène") cancels, wholly, the mentions that
// overlap it of its theme, of the theme's ancestors and of its descendants
// (a sibling theme's mention is kept). Overlapping mentions of one theme
// count once (the leftmost, then the longest). A one-word pattern never
// matches a function word (conjunction, determiner, pronoun, adposition,
// auxiliary, particle): folded "maïs" must not find "mais". Patterns never
// cross a sentence, and gaps never cross punctuation.
#ifndef TOCSIN_GKG_THEMES_H_
#define TOCSIN_GKG_THEMES_H_

#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "gkg/theme_dict.h"
#include "tocsin/knowledge.h"
#include "tocsin/status.h"
#include "tocsin/text.h"
#include "util/key_table.h"

namespace tocsin {

class ThemeMatcher {
 public:
  // Reads <dict_dir>/themes/taxonomy.txt and the keyword lists
  // <dict_dir>/themes/en.txt and fr.txt. Errors name the file and line.
  static StatusOr<std::unique_ptr<ThemeMatcher>> Load(
      const std::string& dict_dir);

  // Compiles already parsed lists: `lists` pairs an ISO 639-1 code with its
  // patterns, whose theme indices refer to `taxonomy`.
  static std::unique_ptr<ThemeMatcher> Build(
      ThemeTaxonomy taxonomy,
      const std::vector<std::pair<std::string, std::vector<ThemePattern>>>&
          lists);

  // Clears *out, then appends one ThemeHit per theme mentioned in `text`,
  // by count (most first), then id. Spans are bytes of Document::text.
  // Each sentence is read in its paragraph's language (the document's when
  // the paragraph's is "und"); a language without a list yields nothing.
  // Thread-safe; time and memory are linear in the number of tokens.
  void Match(const AnalyzedText& text, std::vector<ThemeHit>* out) const;

  size_t theme_count() const { return taxonomy_.size(); }
  const ThemeTaxonomy& taxonomy() const { return taxonomy_; }
  // Compiled patterns over all languages (spelling variants included).
  size_t pattern_count() const { return patterns_.size(); }

  // A mention before exclusions and ancestors: [begin, end) in tokens.
  // Public for the implementation's helpers.
  struct RawHit {
    int32_t theme;
    uint32_t begin, end;
    bool exclude;
  };

 private:
  struct Word {
    uint32_t first_key, key_count;  // range in keys_
    uint8_t max_gap_before;
  };
  struct Pattern {
    int32_t theme;
    bool exclude;
    uint32_t first_word, word_count;  // range in words_
  };
  struct Range {
    uint32_t begin = 0, count = 0;  // in by_first_
  };
  // A pattern as its first word's lookup finds it, with what the hot loop
  // needs inline. Most candidates are multi-word patterns whose second word
  // is nowhere near: the second word's tags (one bit of each of two hashes
  // per key of its alternatives) against those of the next tokens reject
  // them without a false negative.
  // The pattern's words are inline too (first_word, word_count, the second
  // word's gap), so a candidate that passes the tags goes straight to the
  // words: reading its Pattern first was one more cache miss in a row.
  struct Candidate {
    uint32_t first_word;  // range in words_, with word_count
    int32_t theme;
    uint32_t word_count;
    bool exclude;
    bool form_only;      // found by a form-only spelling of the first word
    uint8_t second_gap;  // the second word's max_gap_before, when there is one
    uint64_t second_tag_a, second_tag_b;
  };
  struct Language {
    // Probed for two keys of every token: the larger filter spares most
    // absent keys a cold slot (util/key_table.h).
    KeyTable<Range, 16> first_word;
  };

  explicit ThemeMatcher(ThemeTaxonomy taxonomy)
      : taxonomy_(std::move(taxonomy)) {}
  void AddList(const std::string& language,
               const std::vector<ThemePattern>& patterns);
  const Language* LanguageOf(const AnalyzedText& text,
                             const Sentence& sentence) const;
  void MatchSentence(const Language& language, const AnalyzedText& text,
                     const Sentence& sentence, const uint64_t* lemma_keys,
                     const uint64_t* form_keys, const uint64_t* tag_a,
                     const uint64_t* tag_b, std::vector<RawHit>* hits) const;
  // The end token of a match of `pattern`'s words from `word` on, the
  // first of them at most `gap` tokens from `pos`; 0 when none.
  uint32_t MatchRest(uint32_t first_word, uint32_t word_count, uint32_t word,
                     uint32_t pos, uint32_t gap, uint32_t sentence_end,
                     const AnalyzedText& text, const uint64_t* lemma_keys,
                     const uint64_t* form_keys) const;
  bool WordMatches(const Word& word, uint64_t lemma_key,
                   uint64_t form_key) const;

  ThemeTaxonomy taxonomy_;
  std::vector<uint64_t> keys_;
  std::vector<Word> words_;
  std::vector<Pattern> patterns_;
  std::vector<Candidate> by_first_;  // grouped by first key
  std::unordered_map<std::string, Language> languages_;
};

}  // namespace tocsin

#endif  // TOCSIN_GKG_THEMES_H_
