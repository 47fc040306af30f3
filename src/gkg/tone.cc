// Tone scoring is one pass over the tokens of each sentence (the hot loop
// is ScoreSentence). Per token it costs one folded-form hash (modifiers, and
// the English key); content words then probe an open-addressing table whose
// bit filter answers most misses: English by form, then lemma; French by the
// memoised stem of the lemma (then of the form, for adjectives and
// adverbs), once a prefix filter (gkg/tone_stem.h) has spared most words the
// stemmer. Phrases ("menace nucléaire", "peace talks") are walked only from
// a word that starts one, so the work per token is bounded.
#include "gkg/tone.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <iterator>
#include <memory>

#include "dict/fold.h"
#include "gkg/tone_stem.h"
#include "text/token_keys.h"
#include "util/files.h"
#include "util/key_table.h"

namespace tocsin {
namespace {

constexpr uint64_t kPhraseRoot = 0x746F'6E65'7068'7261ull;  // "tonephra"
constexpr double kNegatedWeight = 0.74;                     // VADER's N_SCALAR
constexpr int kNegationScope = 3;  // words after a negation
constexpr int kNeReach = 4;        // words between "ne" and its partner
constexpr int kIntensifierReach = 2;
// A word scored this strongly ([-1, 1] scale; VADER 2.0) counts fully;
// weaker words count in proportion.
constexpr float kFullWeightScore = 0.5f;
// Longer tokens are not words of any lexicon; skipping them keeps the
// stemmer's work bounded on hostile input.
constexpr size_t kMaxWordBytes = 64;

enum WordFlag : uint8_t {
  kIsWord = 1,
  kStartsPhrase = 2,
  // The word scores adjectives and adverbs only: pattern_fr rates opinion
  // adjectives, and its stems also catch frequent nouns and verbs that carry
  // no tone ("pouvoir", "mouvement", "presse").
  kModifiersOnly = 4,
};
struct WordInfo {
  float score = 0;
  uint8_t flags = 0;
};
struct PhraseNode {
  float score = 0;
  bool terminal = false;
};
struct Modifier {
  uint8_t kinds = 0;
  float factor = 1;
};

// Word classes whose words are looked up in the lexicon. Proper nouns are
// left out so that names ("United", "Hope") carry no tone.
bool IsContentWord(WordClass c) {
  switch (c) {
    case WordClass::kNoun:
    case WordClass::kVerb:
    case WordClass::kAdjective:
    case WordClass::kAdverb:
    case WordClass::kUnknown:
    case WordClass::kInterjection:
    case WordClass::kOther:
    case WordClass::kHashtag:
      return true;
    default:
      return false;
  }
}

bool IsWordToken(WordClass c) {
  return c != WordClass::kPunctuation && c != WordClass::kSymbol;
}

}  // namespace

struct ToneLexicon {
  // Tells this lexicon from any other, even one later built at the same
  // address: FrenchWordMemo's entries belong to one lexicon.
  uint64_t serial = 0;
  bool french = false;
  // words and modifiers are probed for most tokens: the larger filters
  // spare most absent keys a cold slot (util/key_table.h).
  KeyTable<WordInfo, 16> words;
  KeyTable<PhraseNode> phrases;      // MixKeys(prefix, word key) -> node
  KeyTable<Modifier, 16> modifiers;  // folded form -> what it does
  StemPrefixFilter stems;            // French: the first letters of the stems
  size_t entries = 0;

  // The key of a word of an entry: its stem's key in French (and the stem
  // joins the prefix filter), else its FoldKey. `stemmed`: the word is a
  // stem already (pattern_fr).
  uint64_t WordKey(const std::string& word, bool stemmed) {
    if (!french) return FoldKey(word);
    if (stemmed) {
      stems.Add(word);
      return FoldKey(word);
    }
    const std::string stem = FrenchStem(word);
    stems.Add(stem);
    return HashFolded(stem);  // as FrenchStemKey computes it
  }
  // `stemmed_key`: the entry's words are nlp.js stems (pattern_fr), which
  // score adjectives and adverbs only.
  void Add(const ToneEntry& e, bool stemmed_key) {
    if (e.words.empty()) return;
    const uint64_t first = WordKey(e.words[0], stemmed_key);
    WordInfo* info = words.Insert(first);
    if (e.words.size() == 1) {
      if (!(info->flags & kIsWord)) ++entries;
      info->score = e.score;
      info->flags |= kIsWord;
      if (stemmed_key) {
        info->flags |= kModifiersOnly;
      } else {
        info->flags &= ~kModifiersOnly;
      }
      return;
    }
    info->flags |= kStartsPhrase;
    uint64_t prefix = MixKeys(kPhraseRoot, first);
    for (size_t i = 1; i < e.words.size(); ++i) {
      const uint64_t key = WordKey(e.words[i], stemmed_key);
      prefix = MixKeys(prefix, key);
      PhraseNode* node = phrases.Insert(prefix);
      if (i + 1 == e.words.size()) {
        if (!node->terminal) ++entries;
        node->terminal = true;
        node->score = e.score;
      }
    }
  }
  void AddModifiers(const ToneDict& dict) {
    for (const ToneModifier& m : dict.modifiers) {
      Modifier* slot = modifiers.Insert(FoldKey(m.word));
      slot->kinds |= m.kinds;
      if (m.kinds & kToneIntensify) slot->factor = m.factor;
    }
  }
};

namespace {

// Per thread, what a French word's lookup found: its word in the lexicon,
// by the FoldKey of the word (a lemma, or the form of an adjective or an
// adverb whose lemma scored nothing). A word is most of a token's work
// (prefix filter, stem memo, lexicon probe, each in a table the other
// stages have evicted); a news vocabulary repeats, and this direct-mapped
// table stays in the second-level cache. Exact: the lookup depends on the
// folded word alone. The entry holds a copy of the word, not a pointer into
// the lexicon (following the pointer missed the cache on most content
// words), and not the stem's key, which only a word that starts a phrase
// needs (rare: it is computed again then), so that an entry takes 16 bytes.
struct FrenchWordMemo {
  static constexpr size_t kSize = size_t{1} << 15;  // 512 KB
  struct Entry {
    uint64_t fold_key = 0;  // 0: empty
    WordInfo word;          // flags 0: not in the lexicon
  };
  static_assert(sizeof(Entry) == 16);
  uint64_t lexicon = 0;  // the serial of the lexicon the entries are from
  Entry entries[kSize];
};

// Per-thread state of one sentence's pass.
struct Pass {
  const AnalyzedText* text;
  const ToneLexicon* lex;
  uint32_t end;  // the sentence's end token
  double positive = 0, negative = 0;
  uint32_t words = 0, active = 0, self = 0;
};

// A lexicon key of token `i` (`form_key` is FoldKey of its form): the
// preferred one (English: the form, as VADER scores inflected forms;
// French: the lemma's stem, as our words are lemmas and a feminine or
// plural form may stem to another key, "nouvelles" -> "nouvel"), or with
// `second` the other one, 0 when the lemma is the form.
uint64_t TokenKey(const Pass& p, uint32_t i, uint64_t form_key, bool second) {
  const Token& t = p.text->tokens[i];
  const std::string_view form = p.text->Normalized(t);
  const std::string_view lemma = p.text->Lemma(t);
  if (second && LemmaKey(*p.text, i) == form_key) return 0;
  if (p.lex->french) {
    // The form's stem only matters for pattern_fr's adjectives and adverbs.
    if (second && t.word_class != WordClass::kAdjective &&
        t.word_class != WordClass::kAdverb) {
      return 0;
    }
    const std::string_view word = second ? form : lemma;
    // Most words begin no stem of the lexicon; they need no stemming.
    if (!p.lex->stems.MayMatch(word)) return 0;
    return FrenchStemKeyOfFolded(second ? form_key : LemmaKey(*p.text, i),
                                 word);
  }
  return second ? LemmaKey(*p.text, i) : form_key;
}

// This thread's memo, emptied when it holds another lexicon's entries.
FrenchWordMemo& ThreadFrenchWordMemo(const ToneLexicon& lex) {
  thread_local std::unique_ptr<FrenchWordMemo> memo;
  if (memo == nullptr) memo = std::make_unique<FrenchWordMemo>();
  if (memo->lexicon != lex.serial) {
    std::fill(std::begin(memo->entries), std::end(memo->entries),
              FrenchWordMemo::Entry());
    memo->lexicon = lex.serial;
  }
  return *memo;
}

FrenchWordMemo::Entry& MemoEntry(FrenchWordMemo& memo, uint64_t fold_key) {
  return memo.entries[MixKeys(fold_key, 0) & (FrenchWordMemo::kSize - 1)];
}

// TokenKey(p, i, form_key, second) of a French token and its word in the
// lexicon (flags 0 when none: every word stored has kIsWord or
// kStartsPhrase), through the thread's FrenchWordMemo. *key is set only
// when the word starts a phrase (the only use of it), else left 0.
void FrenchLookUp(const Pass& p, uint32_t i, uint64_t form_key, bool second,
                  uint64_t* key, WordInfo* word) {
  *key = 0;
  *word = WordInfo();
  const uint64_t fold_key = second ? form_key : LemmaKey(*p.text, i);
  if (second) {
    // TokenKey's tests that depend on the token, not on its word.
    const WordClass c = p.text->tokens[i].word_class;
    if (LemmaKey(*p.text, i) == form_key ||
        (c != WordClass::kAdjective && c != WordClass::kAdverb)) {
      return;
    }
  }
  FrenchWordMemo::Entry& e = MemoEntry(ThreadFrenchWordMemo(*p.lex), fold_key);
  if (e.fold_key != fold_key || fold_key == 0) {
    const uint64_t found_key = TokenKey(p, i, form_key, second);
    const WordInfo* found =
        found_key == 0 ? nullptr : p.lex->words.Find(found_key);
    e.fold_key = fold_key;
    e.word = found == nullptr ? WordInfo() : *found;
  }
  *word = e.word;
  if (e.word.flags & kStartsPhrase) *key = TokenKey(p, i, form_key, second);
}

// The longest phrase starting with key `first` at token `i`, tried on the
// form and lemma keys of the next words; returns its length (0: none).
int LongestPhrase(const Pass& p, uint32_t i, uint64_t first, float* score) {
  struct Path {
    uint64_t prefix;
    int length;
  } stack[2 * kMaxTonePhraseWords + 2];
  int top = 0, best = 0;
  stack[top++] = {MixKeys(kPhraseRoot, first), 1};
  while (top > 0) {
    const Path path = stack[--top];
    const uint32_t j = i + path.length;
    if (path.length >= kMaxTonePhraseWords || j >= p.end) continue;
    const Token& t = p.text->tokens[j];
    if (!IsWordToken(t.word_class) || t.end - t.begin > kMaxWordBytes) {
      continue;
    }
    const uint64_t form_key = FormKey(*p.text, j);
    const uint64_t keys[2] = {TokenKey(p, j, form_key, false),
                              TokenKey(p, j, form_key, true)};
    for (int k = 0; k < 2; ++k) {
      const uint64_t key = keys[k];
      if (key == 0 || (k == 1 && key == keys[0])) continue;
      const uint64_t prefix = MixKeys(path.prefix, key);
      const PhraseNode* node = p.lex->phrases.Find(prefix);
      if (node == nullptr) continue;
      if (node->terminal && path.length + 1 > best) {
        best = path.length + 1;
        *score = node->score;
      }
      stack[top++] = {prefix, path.length + 1};
    }
  }
  return best;
}

// Whether a partner of "ne" ("pas", "jamais", "plus") follows token `i`
// closely; returns its index, or 0.
uint32_t NePartner(const Pass& p, uint32_t i) {
  const uint32_t last = std::min<uint32_t>(p.end, i + 1 + kNeReach);
  for (uint32_t j = i + 1; j < last; ++j) {
    const Token& t = p.text->tokens[j];
    if (!IsWordToken(t.word_class)) return 0;
    const Modifier* m = p.lex->modifiers.Find(FormKey(*p.text, j));
    if (m != nullptr && (m->kinds & (kToneNegate | kToneNegatePartner))) {
      return j;
    }
  }
  return 0;
}

// The score of the word or phrase at token `i` (form key `form_key`);
// sets *length to the tokens it covers, 0 when nothing is scored.
float LookUp(const Pass& p, uint32_t i, uint64_t form_key, int* length) {
  const WordClass c = p.text->tokens[i].word_class;
  const bool modifier_class =
      c == WordClass::kAdjective || c == WordClass::kAdverb;
  *length = 0;
  float score = 0;
  // The second key is computed only when the first scores nothing.
  for (int k = 0; k < 2 && *length == 0; ++k) {
    uint64_t key;
    WordInfo info;
    if (p.lex->french) {
      FrenchLookUp(p, i, form_key, k == 1, &key, &info);
    } else {
      key = TokenKey(p, i, form_key, k == 1);
      const WordInfo* found = key == 0 ? nullptr : p.lex->words.Find(key);
      if (found != nullptr) info = *found;
    }
    if (info.flags == 0) continue;
    float phrase_score = 0;
    if (info.flags & kStartsPhrase) {
      const int n = LongestPhrase(p, i, key, &phrase_score);
      if (n > *length) {
        *length = n;
        score = phrase_score;
      }
    }
    if (*length == 0 && (info.flags & kIsWord) &&
        (!(info.flags & kModifiersOnly) || modifier_class)) {
      *length = 1;
      score = info.score;
    }
  }
  return score;
}

// One sentence: the documented hot loop of the scorer.
void ScoreSentence(Pass* p, uint32_t first) {
  if (p->lex->french) {
    // The memo is cold by the time tone runs (the other stages' tables have
    // been read since the last document): the loads of the sentence's
    // entries are issued together, so their misses overlap instead of the
    // loop below waiting on each in turn (as the theme matcher does).
    FrenchWordMemo& memo = ThreadFrenchWordMemo(*p->lex);
    for (uint32_t i = first; i < p->end; ++i) {
      if (IsContentWord(p->text->tokens[i].word_class)) {
        __builtin_prefetch(&MemoEntry(memo, LemmaKey(*p->text, i)));
      }
    }
  }
  uint32_t negated_until = 0;  // tokens before this index are negated
  uint32_t intensified_until = 0;
  float intensity = 1;
  for (uint32_t i = first; i < p->end;) {
    const Token& t = p->text->tokens[i];
    if (!IsWordToken(t.word_class)) {
      negated_until = intensified_until = 0;  // a clause boundary
      ++i;
      continue;
    }
    ++p->words;
    if (t.word_class == WordClass::kVerb) ++p->active;
    if (t.end - t.begin > kMaxWordBytes) {
      ++i;
      continue;
    }
    const uint64_t form_key = FormKey(*p->text, i);
    if (const Modifier* m = p->lex->modifiers.Find(form_key)) {
      if ((m->kinds & kToneSelf) && t.word_class != WordClass::kProperNoun &&
          !(t.flags & kTokenAllCaps)) {
        ++p->self;
      }
      if (m->kinds & kToneNegate) negated_until = i + 1 + kNegationScope;
      if (m->kinds & kToneNegateNe) {
        if (const uint32_t partner = NePartner(*p, i)) {
          negated_until = partner + 1 + kNegationScope;
        }
      }
      if (m->kinds & kToneIntensify) {
        intensity = i < intensified_until ? intensity * m->factor : m->factor;
        intensified_until = i + 1 + kIntensifierReach;
      }
      if (m->kinds != kToneSelf) {
        ++i;
        continue;
      }
    }
    int length = 0;
    const float score =
        IsContentWord(t.word_class) ? LookUp(*p, i, form_key, &length) : 0;
    if (length == 0 || score == 0) {
      ++i;
      continue;
    }
    double weight = std::min(1.0f, std::abs(score) / kFullWeightScore);
    if (i < intensified_until) weight *= intensity;
    bool positive = score > 0;
    if (i < negated_until) {
      positive = !positive;
      weight *= kNegatedWeight;
    }
    (positive ? p->positive : p->negative) += weight;
    intensified_until = 0;
    // The other words of a phrase count as words but carry no more tone.
    for (int k = 1; k < length; ++k) {
      if (p->text->tokens[i + k].word_class == WordClass::kVerb) ++p->active;
    }
    p->words += length - 1;
    i += length;
  }
}

void Fill(double positive, double negative, uint32_t words, uint32_t active,
          uint32_t self, Tone* out) {
  *out = Tone{};
  out->word_count = words;
  if (words == 0) return;
  const double per100 = 100.0 / words;
  out->positive = positive * per100;
  out->negative = negative * per100;
  out->tone = out->positive - out->negative;
  out->polarity = out->positive + out->negative;
  out->activity = active * per100;
  out->self_reference = self * per100;
}

}  // namespace

ToneScorer::ToneScorer() = default;
ToneScorer::~ToneScorer() = default;

std::unique_ptr<ToneScorer> ToneScorer::Build(
    const std::vector<ToneEntry>& en_lexicon, const ToneDict& en_dict,
    const std::vector<ToneEntry>& fr_lexicon, const ToneDict& fr_dict) {
  std::unique_ptr<ToneScorer> scorer(new ToneScorer());
  scorer->en_ = std::make_unique<ToneLexicon>();
  scorer->fr_ = std::make_unique<ToneLexicon>();
  scorer->fr_->french = true;
  static std::atomic<uint64_t> serials{0};
  scorer->en_->serial = ++serials;
  scorer->fr_->serial = ++serials;
  for (const ToneEntry& e : en_lexicon) scorer->en_->Add(e, false);
  // nlp.js's keys are stems already; stemming them again could change them.
  for (const ToneEntry& e : fr_lexicon) scorer->fr_->Add(e, true);
  for (const ToneEntry& e : en_dict.entries) scorer->en_->Add(e, false);
  for (const ToneEntry& e : fr_dict.entries) scorer->fr_->Add(e, false);
  scorer->en_->AddModifiers(en_dict);
  scorer->fr_->AddModifiers(fr_dict);
  return scorer;
}

StatusOr<std::unique_ptr<ToneScorer>> ToneScorer::Load(
    const std::string& data_dir, const std::string& dict_dir) {
  std::vector<ToneEntry> lexicons[2];
  ToneDict dicts[2];
  const char* langs[2] = {"en", "fr"};
  for (int l = 0; l < 2; ++l) {
    const std::string tsv = data_dir + "/tone_" + langs[l] + ".tsv";
    TOCSIN_ASSIGN_OR_RETURN(std::string text, ReadFileToString(tsv));
    TOCSIN_ASSIGN_OR_RETURN(lexicons[l], ParseToneTsv(text, tsv));
    const std::string dict = dict_dir + "/" + langs[l] + "/tone.txt";
    TOCSIN_ASSIGN_OR_RETURN(text, ReadFileToString(dict));
    TOCSIN_ASSIGN_OR_RETURN(dicts[l], ParseToneDict(text, dict));
  }
  return Build(lexicons[0], dicts[0], lexicons[1], dicts[1]);
}

size_t ToneScorer::size(bool french) const {
  return french ? fr_->entries : en_->entries;
}

void ToneScorer::Score(const AnalyzedText& text, Tone* document,
                       std::vector<Tone>* sentences) const {
  sentences->clear();
  sentences->resize(text.sentences.size());
  const bool doc_french = text.language == "fr";
  double positive = 0, negative = 0;
  uint32_t words = 0, active = 0, self = 0;
  for (size_t s = 0; s < text.sentences.size(); ++s) {
    const Sentence& sentence = text.sentences[s];
    bool french = doc_french;
    if (sentence.paragraph < text.paragraphs.size()) {
      const std::string& lang = text.paragraphs[sentence.paragraph].language;
      if (lang == "fr" || lang == "en") french = lang == "fr";
    }
    Pass pass{&text, french ? fr_.get() : en_.get(),
              std::min<uint32_t>(sentence.end_token, text.tokens.size())};
    ScoreSentence(&pass, sentence.first_token);
    Fill(pass.positive, pass.negative, pass.words, pass.active, pass.self,
         &(*sentences)[s]);
    positive += pass.positive;
    negative += pass.negative;
    words += pass.words;
    active += pass.active;
    self += pass.self;
  }
  Fill(positive, negative, words, active, self, document);
}

}  // namespace tocsin
