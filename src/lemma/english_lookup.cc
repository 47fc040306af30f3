// English analyses: the lexicon holds WordNet's lemmas (form == lemma), its
// irregular forms (kFeatLexException: fought -> fight) and our closed-class
// words. Regular inflections are undone at lookup time with WordNet's Morphy
// rules: each suffix rule proposes a stem, which counts only if the lexicon
// knows it as a lemma of the rule's class. A doubled final consonant is
// undone when the plain stem is unknown (stopped -> stopp -> stop).
#include <cstring>

#include "lemma/casefold.h"
#include "lemma/lookup.h"

namespace tocsin {
namespace {

constexpr size_t kMaxWordBytes = 128;

struct Rule {
  std::string_view suffix;
  std::string_view ending;
  WordClass word_class;
  uint32_t features;
  bool undouble;  // also try undoubling a final double consonant
};

constexpr uint32_t kThirdSing = kFeatFinite | kFeatPerson3 | kFeatSing;

// WordNet 3.0's Morphy detachment rules (morph.c), plus the feature each
// suffix marks.
constexpr Rule kRules[] = {
    {"s", "", WordClass::kNoun, kFeatPlur, false},
    {"ses", "s", WordClass::kNoun, kFeatPlur, false},
    {"xes", "x", WordClass::kNoun, kFeatPlur, false},
    {"zes", "z", WordClass::kNoun, kFeatPlur, false},
    {"ches", "ch", WordClass::kNoun, kFeatPlur, false},
    {"shes", "sh", WordClass::kNoun, kFeatPlur, false},
    {"men", "man", WordClass::kNoun, kFeatPlur, false},
    {"ies", "y", WordClass::kNoun, kFeatPlur, false},
    {"s", "", WordClass::kVerb, kThirdSing, false},
    {"ies", "y", WordClass::kVerb, kThirdSing, false},
    {"es", "e", WordClass::kVerb, kThirdSing, false},
    {"es", "", WordClass::kVerb, kThirdSing, false},
    {"ed", "e", WordClass::kVerb, kFeatPast | kFeatPastPart, false},
    {"ed", "", WordClass::kVerb, kFeatPast | kFeatPastPart, true},
    {"ing", "e", WordClass::kVerb, kFeatPresPart, false},
    {"ing", "", WordClass::kVerb, kFeatPresPart, true},
    {"er", "", WordClass::kAdjective, kFeatComparative, true},
    {"est", "", WordClass::kAdjective, kFeatSuperlative, true},
    {"er", "e", WordClass::kAdjective, kFeatComparative, false},
    {"est", "e", WordClass::kAdjective, kFeatSuperlative, false},
};

constexpr uint32_t kClosedClasses =
    ClassBit(WordClass::kPronoun) | ClassBit(WordClass::kDeterminer) |
    ClassBit(WordClass::kAdposition) | ClassBit(WordClass::kAuxiliary) |
    ClassBit(WordClass::kCoordConj) | ClassBit(WordClass::kSubordConj) |
    ClassBit(WordClass::kParticle) | ClassBit(WordClass::kNumeral);

// Suffixes are a few bytes: a byte loop beats a call to memcmp.
bool EndsWith(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  const char* tail = s.data() + s.size() - suffix.size();
  for (size_t i = 0; i < suffix.size(); ++i) {
    if (tail[i] != suffix[i]) return false;
  }
  return true;
}

bool Equal(std::string_view a, std::string_view b) {
  return a.size() == b.size() && EndsWith(a, b);
}

bool IsConsonant(char c) {
  return c >= 'b' && c <= 'z' && !std::strchr("aeiouy", c);
}

bool HasAnalysis(const TokenAnalyses& t, WordClass wc, std::string_view lemma) {
  for (uint8_t i = 0; i < t.count; ++i) {
    if (t.analyses[i].word_class == wc && Equal(t.analyses[i].lemma, lemma)) {
      return true;
    }
  }
  return false;
}

void AddRuleAnalysis(const Lexicon& lexicon, const Candidate& c,
                     const Rule& rule, TokenAnalyses* out) {
  std::string_view lemma = lexicon.LemmaOf(c);
  if (HasAnalysis(*out, rule.word_class, lemma)) return;
  Analysis a;
  a.lemma = lemma;
  a.features = c.features | rule.features;
  a.word_class = rule.word_class;
  a.score = static_cast<int16_t>(c.prior);
  out->Add(a);
}

// Several rules propose the same stem (troops: noun and verb "troop");
// remember the last few lookups.
class StemCache {
 public:
  explicit StemCache(const Lexicon& lexicon) : lexicon_(lexicon) {}
  std::span<const Candidate> Find(std::string_view stem) {
    for (int i = 0; i < size_; ++i) {
      if (Equal(std::string_view(stems_[i], lengths_[i]), stem)) {
        return found_[i];
      }
    }
    std::span<const Candidate> found = lexicon_.Find(stem);
    if (size_ < kSize && stem.size() <= kMaxWordBytes) {
      std::memcpy(stems_[size_], stem.data(), stem.size());
      lengths_[size_] = stem.size();
      found_[size_++] = found;
    }
    return found;
  }

 private:
  static constexpr int kSize = 4;
  const Lexicon& lexicon_;
  char stems_[kSize][kMaxWordBytes];
  size_t lengths_[kSize] = {};
  std::span<const Candidate> found_[kSize];
  int size_ = 0;
};

// The lexicon's lemma entry for `stem` in class `wc`, or null.
const Candidate* FindLemma(const Lexicon& lexicon, StemCache& cache,
                           std::string_view stem, WordClass wc) {
  for (const Candidate& c : cache.Find(stem)) {
    if (Lexicon::ClassOf(c) == wc && !(c.features & kFeatLexException) &&
        Equal(lexicon.LemmaOf(c), stem)) {
      return &c;
    }
  }
  return nullptr;
}

// Prefetches the lexicon lines of the stems ApplyMorphy may look up.

// The lemma candidate `rule` proposes for `lower` ("stopped" -> "stop"),
// written into `buf` (kMaxWordBytes); empty when the rule does not apply.
std::string_view RuleStem(const Rule& rule, std::string_view lower, char* buf) {
  const size_t suffix_len = rule.suffix.size();
  const size_t ending_len = rule.ending.size();
  if (lower.size() <= suffix_len + 1 || !EndsWith(lower, rule.suffix)) {
    return {};
  }
  const size_t base_len = lower.size() - suffix_len;
  if (base_len + ending_len > kMaxWordBytes) return {};
  std::memcpy(buf, lower.data(), base_len);
  std::memcpy(buf + base_len, rule.ending.data(), ending_len);
  return std::string_view(buf, base_len + ending_len);
}

void PrefetchMorphy(const Lexicon& lexicon, std::string_view lower) {
  if (lower.size() < 3 || std::strchr("sndgrt", lower.back()) == nullptr) {
    return;
  }
  char buf[kMaxWordBytes];
  for (const Rule& rule : kRules) {
    std::string_view stem = RuleStem(rule, lower, buf);
    if (!stem.empty()) lexicon.Prefetch(stem);
  }
}

void ApplyMorphy(const Lexicon& lexicon, std::string_view lower,
                 uint32_t exception_classes, TokenAnalyses* out) {
  // Every suffix ends in one of these letters: most words need no lookup.
  if (lower.size() < 3 || std::strchr("sndgrt", lower.back()) == nullptr) {
    return;
  }
  StemCache cache(lexicon);
  char buf[kMaxWordBytes];
  for (const Rule& rule : kRules) {
    if (exception_classes & ClassBit(rule.word_class)) continue;
    std::string_view stem = RuleStem(rule, lower, buf);
    if (stem.empty()) continue;
    const size_t base_len = lower.size() - rule.suffix.size();
    if (const Candidate* c = FindLemma(lexicon, cache, stem, rule.word_class)) {
      AddRuleAnalysis(lexicon, *c, rule, out);
    } else if (rule.undouble && base_len >= 3 &&
               buf[base_len - 1] == buf[base_len - 2] &&
               IsConsonant(buf[base_len - 1])) {
      if (const Candidate* d = FindLemma(
              lexicon, cache, stem.substr(0, base_len - 1), rule.word_class)) {
        AddRuleAnalysis(lexicon, *d, rule, out);
      }
    }
  }
}

// "Turkish-backed rebels", "the Saudi-led coalition", "Kremlin-controlled
// media": a compound ending in a past participle qualifies the noun after
// it. Unknown to the lexicon and capitalised, it would otherwise read as a
// name and cut the noun phrase in two. Scored above an unknown name (90).
constexpr int16_t kParticipleCompoundScore = 100;

bool IsParticipleCompound(const Lexicon& lexicon, std::string_view lower) {
  const size_t hyphen = lower.rfind('-');
  if (hyphen == std::string_view::npos || hyphen == 0 ||
      hyphen + 1 >= lower.size()) {
    return false;
  }
  const std::string_view tail = lower.substr(hyphen + 1);
  TokenAnalyses t;
  AddLexiconAnalyses(lexicon, lexicon.Find(tail), 0, &t);
  ApplyMorphy(lexicon, tail, 0, &t);
  for (uint8_t i = 0; i < t.count; ++i) {
    if (t.analyses[i].word_class == WordClass::kVerb &&
        (t.analyses[i].features & kFeatPastPart)) {
      return true;
    }
  }
  return false;
}

// "have cordoned off the roads": a lower-case word the lexicon does not
// know, ending in -ed, may be a verb's past tense or participle. Scored
// under the noun reading, so only the context rules (after have or be, or
// a subject pronoun) make it the verb. The lemma drops -ed, and a doubled
// final consonant ("blogged" -> "blog").
constexpr int16_t kGuessedParticipleScore = 0;

void AddGuessedParticiple(std::string_view form, TokenAnalyses* out) {
  if (form.size() < 6 || !EndsWith(form, "ed") || HasUpper(form)) return;
  std::string_view stem = form.substr(0, form.size() - 2);
  for (char c : stem) {
    if (c < 'a' || c > 'z') return;
  }
  const char last = stem.back();
  if (!IsConsonant(last)) return;
  if (stem[stem.size() - 2] == last && !std::strchr("lsz", last)) {
    stem.remove_suffix(1);
  }
  Analysis a;
  a.lemma = stem;
  a.word_class = WordClass::kVerb;
  a.features = kFeatPast | kFeatPastPart;
  a.source = LemmaSource::kLowerForm;
  a.score = kGuessedParticipleScore;
  out->Add(a);
}

}  // namespace

void PrefetchEnglishToken(const Lexicon& lexicon, std::string_view form) {
  char buf[kMaxWordBytes];
  const bool upper = HasUpper(form);
  std::string_view lower = upper ? LowercaseInto(form, buf, sizeof(buf)) : form;
  if (lower.empty()) lower = form;
  if (upper) lexicon.Prefetch(form);
  lexicon.Prefetch(lower);
  PrefetchMorphy(lexicon, lower);
}

void AnalyzeEnglishToken(const Lexicon& lexicon, std::string_view form,
                         uint8_t flags, bool initial, TokenAnalyses* out) {
  out->form = form;
  out->count = 0;
  out->best = 0;
  out->token_flags = flags;
  out->fixed = false;
  out->class_mask = 0;
  out->feature_mask = 0;
  char buf[kMaxWordBytes];
  const bool upper = HasUpper(form);
  std::string_view lower = upper ? LowercaseInto(form, buf, sizeof(buf)) : form;
  if (lower.empty()) lower = form;
  // The exact form first: WordNet's capitalised names are PROPN entries.
  if (upper) AddLexiconAnalyses(lexicon, lexicon.Find(form), 0, out);
  const bool exact_name = out->count > 0;
  std::span<const Candidate> found = lexicon.Find(lower);
  uint32_t exception_classes = 0;
  for (const Candidate& c : found) {
    if (c.features & kFeatLexException) {
      exception_classes |= ClassBit(Lexicon::ClassOf(c));
    }
  }
  const uint8_t before = out->count;
  AddLexiconAnalyses(lexicon, found, 0, out);
  // A capitalised adjective is a nationality (Russian, Ukrainian): UD ADJ,
  // with the capital kept in the lemma (known as a name too, or not at the
  // start of the sentence).
  if (upper) {
    for (uint8_t i = before; i < out->count; ++i) {
      Analysis& a = out->analyses[i];
      if (a.word_class != WordClass::kAdjective) continue;
      a.score += 30;
      if (Equal(a.lemma, lower) && (exact_name || !initial)) a.lemma = form;
    }
  }
  const bool closed = (out->class_mask & kClosedClasses) != 0;
  if (!closed) ApplyMorphy(lexicon, lower, exception_classes, out);
  out->known = out->count > 0;
  if (!out->known && IsParticipleCompound(lexicon, lower)) {
    Analysis a;
    a.lemma = form;
    a.word_class = WordClass::kAdjective;
    a.source = LemmaSource::kLowerForm;
    a.score = kParticipleCompoundScore;
    out->Add(a);
  }
  // A capital inside a sentence marks a name (President Biden, Kyiv), unless
  // the word is a function word or the whole token is in capitals.
  if (upper && !closed && !out->Has(WordClass::kProperNoun)) {
    const bool all_caps = (flags & kTokenAllCaps) != 0;
    int score = initial ? 35 : (all_caps && out->known ? 50 : 85);
    Analysis a;
    a.lemma = form;
    a.word_class = WordClass::kProperNoun;
    a.score = static_cast<int16_t>(out->known ? score : 90);
    out->Add(a);
  }
  if (out->count == 0) {
    Analysis a;
    a.lemma = form;
    bool digit = false;
    for (char c : form) digit |= (c >= '0' && c <= '9');
    a.word_class = digit ? WordClass::kNumeral : WordClass::kNoun;
    a.source = LemmaSource::kLowerForm;
    a.score = 30;
    out->Add(a);
    AddGuessedParticiple(form, out);
  }
  InternRuleWords(out);
}

}  // namespace tocsin
