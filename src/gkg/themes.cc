// Theme matching in three steps:
//  1. Per sentence, every token's lemma key and form key are looked up in
//     the language's first-word map; each candidate pattern is tried from
//     there (MatchRest: at most kMaxThemeGapsPerPattern gaps of at most
//     kMaxThemeGap tokens, so at most 7^2 tries per candidate). Raw hits go
//     to per-thread scratch.
//  2. A positive hit that overlaps an exclusion of its theme's line
//     (ancestors or descendants) is dropped; the others are propagated to
//     their theme's ancestors.
//     Exclusions are sorted, and one spans at most kMaxExcludeTokens tokens,
//     so each overlap test is a binary search plus a short scan.
//  3. Per theme, overlapping mentions count once (leftmost, then longest).
// Every step is O(hits log hits); hits are O(tokens x patterns per key).
#include "gkg/themes.h"

#include <algorithm>
#include <tuple>

#include "dict/fold.h"
#include "gkg/recycled_records.h"
#include "text/token_keys.h"
#include "util/files.h"

namespace tocsin {

namespace {

constexpr uint32_t kMaxExcludeTokens =
    kMaxThemePatternWords + kMaxThemeGapsPerPattern * kMaxThemeGap;

using RawHit = ThemeMatcher::RawHit;

bool ThemeBeginLonger(const RawHit& a, const RawHit& b) {
  if (a.theme != b.theme) return a.theme < b.theme;
  if (a.begin != b.begin) return a.begin < b.begin;
  return a.end > b.end;
}

// Whether an exclusion of `theme` overlaps [begin, end). `excludes` is
// sorted by ThemeBeginLonger.
bool Excluded(const std::vector<RawHit>& excludes, int32_t theme,
              uint32_t begin, uint32_t end) {
  const RawHit probe{theme,
                     begin >= kMaxExcludeTokens ? begin - kMaxExcludeTokens : 0,
                     UINT32_MAX, true};
  for (auto it = std::lower_bound(excludes.begin(), excludes.end(), probe,
                                  ThemeBeginLonger);
       it != excludes.end() && it->theme == theme && it->begin < end; ++it) {
    if (it->end > begin) return true;
  }
  return false;
}

// Accent folding makes some keywords homographs of grammatical words
// (maïs/mais, or/or): a one-word keyword never matches a token the tagger
// saw as a function word.
bool IsFunctionWord(WordClass c) {
  switch (c) {
    case WordClass::kCoordConj:
    case WordClass::kSubordConj:
    case WordClass::kDeterminer:
    case WordClass::kPronoun:
    case WordClass::kAdposition:
    case WordClass::kAuxiliary:
    case WordClass::kParticle:
      return true;
    default:
      return false;
  }
}

// Marks a key that must match a token's form, not its lemma.
constexpr uint64_t kFormOnlySalt = 0x5a17'f0f0'0f0f'a55aull;

// The keys of one folded alternative and whether each is form-only: the
// alternative itself, and its plural in -s, which only the form can show
// (so that "conjoint" finds "conjoints" when the lemmatiser missed it).
std::vector<std::pair<uint64_t, bool>> AlternativeKeys(std::string_view alt) {
  const bool form_only = alt[0] == '=';
  if (form_only) alt.remove_prefix(1);
  std::vector<std::pair<uint64_t, bool>> keys = {{HashFolded(alt), form_only}};
  if (!form_only && alt.size() >= 3 && alt.back() != 's' && alt.back() != 'x' &&
      alt.back() != '\'') {
    keys.emplace_back(HashFolded(std::string(alt) + "s"), true);
  }
  return keys;
}

// Two one-bit tags of a key, from bits the hash tables do not index by: a
// two-hash Bloom filter over a few tokens (see Candidate in the header).
uint64_t TagA(uint64_t key) { return uint64_t{1} << (key >> 58); }
uint64_t TagB(uint64_t key) { return uint64_t{1} << ((key >> 52) & 63); }

struct ThemeScratch {
  std::vector<uint64_t> lemma_keys, form_keys;
  std::vector<uint64_t> tag_a, tag_b;  // per token: its lemma's and form's
  // excludes: the exclusions as matched; ancestor_excludes: a copy of each
  // under every ancestor of its theme.
  std::vector<RawHit> raw, excludes, ancestor_excludes, kept;
};

// A positive mention is cancelled by an overlapping exclusion of its own
// theme, of one of its ancestors, or of one of its descendants: "tear gas"
// under ENERGY_GAS must cancel a plain "gas" filed under ENERGY too.
bool Cancelled(const ThemeTaxonomy& taxonomy, const ThemeScratch& s,
               const RawHit& h) {
  if (s.excludes.empty()) return false;
  if (Excluded(s.ancestor_excludes, h.theme, h.begin, h.end)) return true;
  for (int32_t t = h.theme; t >= 0; t = taxonomy.themes()[t].parent) {
    if (Excluded(s.excludes, t, h.begin, h.end)) return true;
  }
  return false;
}

}  // namespace

StatusOr<std::unique_ptr<ThemeMatcher>> ThemeMatcher::Load(
    const std::string& dict_dir) {
  const std::string dir = dict_dir + "/themes/";
  TOCSIN_ASSIGN_OR_RETURN(std::string taxonomy_text,
                          ReadFileToString(dir + "taxonomy.txt"));
  TOCSIN_ASSIGN_OR_RETURN(
      ThemeTaxonomy taxonomy,
      ThemeTaxonomy::Parse(taxonomy_text, dir + "taxonomy.txt"));
  std::vector<std::pair<std::string, std::vector<ThemePattern>>> lists;
  for (const char* language : {"en", "fr"}) {
    const std::string path = dir + language + ".txt";
    TOCSIN_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path));
    TOCSIN_ASSIGN_OR_RETURN(std::vector<ThemePattern> patterns,
                            ParseThemePatterns(text, path, taxonomy));
    lists.emplace_back(language, std::move(patterns));
  }
  return Build(std::move(taxonomy), lists);
}

std::unique_ptr<ThemeMatcher> ThemeMatcher::Build(
    ThemeTaxonomy taxonomy,
    const std::vector<std::pair<std::string, std::vector<ThemePattern>>>&
        lists) {
  std::unique_ptr<ThemeMatcher> matcher(new ThemeMatcher(std::move(taxonomy)));
  for (const auto& [language, patterns] : lists) {
    matcher->AddList(language, patterns);
  }
  return matcher;
}

void ThemeMatcher::AddList(const std::string& language,
                           const std::vector<ThemePattern>& patterns) {
  const uint32_t patterns_base = static_cast<uint32_t>(patterns_.size());
  // First key, pattern, and whether the key is a form-only spelling of
  // the first word (a plural only the form can show).
  std::vector<std::tuple<uint64_t, uint32_t, bool>> starts;
  std::vector<std::pair<uint64_t, uint64_t>> second_tags;  // by pattern
  for (const ThemePattern& p : patterns) {
    const uint32_t index = static_cast<uint32_t>(patterns_.size());
    patterns_.push_back({p.theme, p.exclude,
                         static_cast<uint32_t>(words_.size()),
                         static_cast<uint32_t>(p.words.size())});
    second_tags.push_back({0, 0});
    for (size_t w = 0; w < p.words.size(); ++w) {
      const uint32_t first_key = static_cast<uint32_t>(keys_.size());
      for (const std::string& alt : p.words[w].alternatives) {
        for (const auto& [key, form_only] : AlternativeKeys(alt)) {
          keys_.push_back(form_only ? key ^ kFormOnlySalt : key);
          if (w == 0) {
            starts.emplace_back(key, index, form_only);
          } else if (w == 1) {
            second_tags.back().first |= TagA(key);
            second_tags.back().second |= TagB(key);
          }
        }
      }
      words_.push_back({first_key,
                        static_cast<uint32_t>(keys_.size()) - first_key,
                        p.words[w].max_gap_before});
    }
  }
  // A key both plain and form-only for one pattern is plain (false sorts
  // first, and unique keeps the first).
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end(),
                           [](const auto& a, const auto& b) {
                             return std::get<0>(a) == std::get<0>(b) &&
                                    std::get<1>(a) == std::get<1>(b);
                           }),
               starts.end());
  Language& lang = languages_[language];
  for (const auto& [key, index, form_only] : starts) {
    Range& range = *lang.first_word.Insert(key);
    if (range.count == 0) range.begin = static_cast<uint32_t>(by_first_.size());
    const Pattern& p = patterns_[index];
    const auto& tags = second_tags[index - patterns_base];
    const uint8_t second_gap =
        p.word_count > 1 ? words_[p.first_word + 1].max_gap_before : 0;
    by_first_.push_back({p.first_word, p.theme, p.word_count, p.exclude,
                         form_only, second_gap, tags.first, tags.second});
    ++range.count;
  }
}

const ThemeMatcher::Language* ThemeMatcher::LanguageOf(
    const AnalyzedText& text, const Sentence& sentence) const {
  const std::string* code = &text.language;
  if (sentence.paragraph < text.paragraphs.size()) {
    const std::string& own = text.paragraphs[sentence.paragraph].language;
    if (!own.empty() && own != "und") code = &own;
  }
  auto it = languages_.find(*code);
  return it == languages_.end() ? nullptr : &it->second;
}

bool ThemeMatcher::WordMatches(const Word& word, uint64_t lemma_key,
                               uint64_t form_key) const {
  const uint64_t* keys = keys_.data() + word.first_key;
  const uint64_t form_only_key = form_key ^ kFormOnlySalt;
  for (uint32_t i = 0; i < word.key_count; ++i) {
    if (keys[i] == lemma_key || keys[i] == form_key ||
        keys[i] == form_only_key) {
      return true;
    }
  }
  return false;
}

uint32_t ThemeMatcher::MatchRest(uint32_t first_word, uint32_t word_count,
                                 uint32_t word, uint32_t pos, uint32_t gap,
                                 uint32_t sentence_end,
                                 const AnalyzedText& text,
                                 const uint64_t* lemma_keys,
                                 const uint64_t* form_keys) const {
  const Word& w = words_[first_word + word];
  for (uint32_t j = pos; j <= pos + gap && j < sentence_end; ++j) {
    if (WordMatches(w, lemma_keys[j], form_keys[j])) {
      if (word + 1 == word_count) return j + 1;
      const uint32_t end =
          MatchRest(first_word, word_count, word + 1, j + 1,
                    words_[first_word + word + 1].max_gap_before, sentence_end,
                    text, lemma_keys, form_keys);
      if (end != 0) return end;
    }
    if (text.tokens[j].word_class == WordClass::kPunctuation) break;
  }
  return 0;
}

// Hot loop: one or two hash lookups per token. The tables are cold by the
// time knowledge runs (the actor and place dictionaries have been read in
// between), so the lookups of a whole sentence are issued first, each
// prefetching what the next step reads, and the misses overlap instead of
// each waiting on the one before.
void ThemeMatcher::MatchSentence(const Language& language,
                                 const AnalyzedText& text,
                                 const Sentence& sentence,
                                 const uint64_t* lemma_keys,
                                 const uint64_t* form_keys,
                                 const uint64_t* tag_a, const uint64_t* tag_b,
                                 std::vector<RawHit>* hits) const {
  const uint32_t first = sentence.first_token;
  const uint32_t count = sentence.end_token - first;
  // The keys of the sentence are numbered 2 * token + which (which: 0 for
  // the lemma's, 1 for the form's, asked only when it is another key).
  // Each step keeps only the keys that pass it, in order, so the next one
  // visits those alone: a step over every token, most of which fail, would
  // mispredict a branch on most of the ones that pass.
  thread_local std::vector<uint32_t> maybe;
  struct Hit {
    uint32_t key_index;
    const Range* range;
  };
  thread_local std::vector<Hit> found;
  maybe.resize(2 * size_t{count});
  // 1: the filter, and a prefetch of the slot of each key that may be in.
  size_t maybe_count = 0;
  for (uint32_t t = 0; t < count; ++t) {
    const uint32_t i = first + t;
    maybe[maybe_count] = 2 * t;
    maybe_count += language.first_word.MayContainPrefetch(lemma_keys[i]);
    maybe[maybe_count] = 2 * t + 1;
    maybe_count += form_keys[i] != lemma_keys[i] &&
                   language.first_word.MayContainPrefetch(form_keys[i]);
  }
  // 2: the slots, and a prefetch of the first candidates of each hit.
  found.clear();
  for (size_t m = 0; m < maybe_count; ++m) {
    const uint32_t k = maybe[m];
    const uint32_t i = first + k / 2;
    const Range* range =
        language.first_word.Find(k % 2 == 0 ? lemma_keys[i] : form_keys[i]);
    if (range != nullptr) {
      __builtin_prefetch(by_first_.data() + range->begin);
      found.push_back({k, range});
    }
  }
  // 3: the candidates, decided without touching the pattern tables until
  // the second word. Those that pass are kept in order, with a prefetch of
  // their second word's entry; 4 then reads the words, a cache line of
  // them and of their keys already on the way for each.
  struct Survivor {
    const Candidate* candidate;
    uint32_t token;
  };
  thread_local std::vector<Survivor> survivors;
  survivors.clear();
  // The tags of the tokens a second word may stand at after token
  // `window_token` (computed once a token starts a pattern).
  uint32_t window_token = UINT32_MAX;
  uint64_t window_a = 0, window_b = 0;
  for (const Hit& hit : found) {
    const uint32_t i = first + hit.key_index / 2;
    const int which = static_cast<int>(hit.key_index % 2);
    const bool function_word = IsFunctionWord(text.tokens[i].word_class);
    const uint64_t key = which == 0 ? lemma_keys[i] : form_keys[i];
    const Candidate* candidates = by_first_.data() + hit.range->begin;
    for (uint32_t k = 0; k < hit.range->count; ++k) {
      const Candidate& c = candidates[k];
      // A form-only key matches the form, never the lemma: the plural
      // "armes" is the lemma of no token but "armes".
      if (c.form_only && which == 0 && form_keys[i] != key) continue;
      if (c.word_count == 1 && !c.exclude && function_word) continue;
      if (c.word_count > 1) {
        if (window_token != i) {
          window_a = window_b = 0;
          const uint32_t last =
              std::min<uint32_t>(sentence.end_token, i + 2 + kMaxThemeGap);
          for (uint32_t j = i + 1; j < last; ++j) {
            window_a |= tag_a[j];
            window_b |= tag_b[j];
          }
          window_token = i;
        }
        // No token near enough can be the second word: most candidates
        // end here.
        if (!(window_a & c.second_tag_a) || !(window_b & c.second_tag_b)) {
          continue;
        }
        __builtin_prefetch(&words_[c.first_word + 1]);
      }
      survivors.push_back({&c, i});
    }
  }
  for (const Survivor& v : survivors) {
    if (v.candidate->word_count > 1) {
      __builtin_prefetch(keys_.data() +
                         words_[v.candidate->first_word + 1].first_key);
    }
  }
  // 4: the rest of each pattern.
  for (const Survivor& v : survivors) {
    const Candidate& c = *v.candidate;
    const uint32_t end =
        c.word_count == 1
            ? v.token + 1
            : MatchRest(c.first_word, c.word_count, 1, v.token + 1,
                        c.second_gap, sentence.end_token, text, lemma_keys,
                        form_keys);
    if (end != 0) hits->push_back({c.theme, v.token, end, c.exclude});
  }
}

void ThemeMatcher::Match(const AnalyzedText& text,
                         std::vector<ThemeHit>* out) const {
  gkg::ThemeHitRecycler& recycler = gkg::ThemeHitsToReuse();
  recycler.Recycle(out);
  thread_local ThemeScratch s;
  s.raw.clear();
  const uint64_t* lemma_keys = text.lemma_keys.data();
  const uint64_t* form_keys = text.form_keys.data();
  if (text.lemma_keys.size() != text.tokens.size() ||
      text.form_keys.size() != text.tokens.size()) {
    // A text analysed outside the pipeline: fold its tokens here.
    s.lemma_keys.resize(text.tokens.size());
    s.form_keys.resize(text.tokens.size());
    for (uint32_t i = 0; i < text.tokens.size(); ++i) {
      s.lemma_keys[i] = LemmaKey(text, i);
      s.form_keys[i] = FormKey(text, i);
    }
    lemma_keys = s.lemma_keys.data();
    form_keys = s.form_keys.data();
  }
  s.tag_a.resize(text.tokens.size());
  s.tag_b.resize(text.tokens.size());
  for (uint32_t i = 0; i < text.tokens.size(); ++i) {
    s.tag_a[i] = TagA(lemma_keys[i]) | TagA(form_keys[i]);
    s.tag_b[i] = TagB(lemma_keys[i]) | TagB(form_keys[i]);
  }
  // A sentence's language is its paragraph's: look it up (a string hash)
  // once per paragraph, not per sentence.
  const Language* language = nullptr;
  uint32_t language_paragraph = UINT32_MAX;
  for (const Sentence& sentence : text.sentences) {
    if (sentence.paragraph != language_paragraph ||
        language_paragraph == UINT32_MAX) {
      language = LanguageOf(text, sentence);
      language_paragraph = sentence.paragraph;
    }
    if (language == nullptr) continue;
    MatchSentence(*language, text, sentence, lemma_keys, form_keys,
                  s.tag_a.data(), s.tag_b.data(), &s.raw);
  }
  if (s.raw.empty()) return;

  s.excludes.clear();
  s.ancestor_excludes.clear();
  s.kept.clear();
  for (const RawHit& h : s.raw) {
    if (!h.exclude) continue;
    s.excludes.push_back(h);
    for (int32_t t = taxonomy_.themes()[h.theme].parent; t >= 0;
         t = taxonomy_.themes()[t].parent) {
      s.ancestor_excludes.push_back({t, h.begin, h.end, true});
    }
  }
  std::sort(s.excludes.begin(), s.excludes.end(), ThemeBeginLonger);
  std::sort(s.ancestor_excludes.begin(), s.ancestor_excludes.end(),
            ThemeBeginLonger);
  for (const RawHit& h : s.raw) {
    if (h.exclude || Cancelled(taxonomy_, s, h)) continue;
    for (int32_t t = h.theme; t >= 0; t = taxonomy_.themes()[t].parent) {
      s.kept.push_back({t, h.begin, h.end, false});
    }
  }
  std::sort(s.kept.begin(), s.kept.end(), ThemeBeginLonger);

  ThemeHit* current = nullptr;  // the last element of *out
  int32_t current_theme = -1;
  uint32_t last_end = 0;
  for (const RawHit& h : s.kept) {
    if (h.theme != current_theme) {
      current = &recycler.Append(out);
      current->theme = taxonomy_.themes()[h.theme].id;
      current_theme = h.theme;
      last_end = 0;
    } else if (h.begin < last_end) {
      continue;  // overlaps the theme's previous mention
    }
    last_end = h.end;
    ++current->count;
    current->mentions.push_back(
        {text.tokens[h.begin].begin, text.tokens[h.end - 1].end});
  }
  std::sort(out->begin(), out->end(), [](const ThemeHit& a, const ThemeHit& b) {
    if (a.count != b.count) return a.count > b.count;
    return a.theme < b.theme;
  });
}

}  // namespace tocsin
