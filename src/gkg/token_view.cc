#include "gkg/token_view.h"

#include <algorithm>
#include <vector>

#include "dict/fold.h"
#include "text/token_keys.h"

namespace tocsin {
namespace gkg {
namespace {

// One token's one-token entries, valid while `generation` is the memo's.
struct MemoSlot {
  SpeechWord by_norm, by_lemma;
  uint32_t generation = 0;
};

// The entries live in a vector owned by a thread_local with a destructor,
// which every access would reach through the TLS wrapper's guard; the hot
// path reads only this trivially destructible view of it. A generation
// number instead of a per-document clear: no pass over the entries per
// document, and a token's entries and their validity share a cache line.
struct MemoView {
  const AnalyzedText* text = nullptr;
  const SpeechLexicon* lex = nullptr;
  MemoSlot* entries = nullptr;
  uint32_t generation = 0;
};
constinit thread_local MemoView memo;

std::vector<MemoSlot>& MemoStorage() {
  thread_local std::vector<MemoSlot> storage;
  return storage;
}

bool Memoised(const SpeechLexicon& lex, const AnalyzedText& text) {
  return memo.text == &text && memo.lex == &lex;
}

void Keys(const AnalyzedText& text, uint32_t i, uint64_t* norm,
          uint64_t* lemma) {
  *norm = FormKey(text, i);
  *lemma = LemmaKey(text, i);
}

// The one-token entries of token i, by its form and by its lemma.
void Entries(const SpeechLexicon& lex, const AnalyzedText& text, uint32_t i,
             SpeechWord* by_norm, SpeechWord* by_lemma) {
  MemoSlot* const entry = Memoised(lex, text) ? &memo.entries[i] : nullptr;
  if (entry != nullptr && entry->generation == memo.generation) {
    *by_norm = entry->by_norm;
    *by_lemma = entry->by_lemma;
    return;
  }
  uint64_t norm, lemma;
  Keys(text, i, &norm, &lemma);
  *by_norm = lex.Find(norm);
  *by_lemma = lemma == norm ? *by_norm : lex.Find(lemma);
  if (entry != nullptr) {
    entry->by_norm = *by_norm;
    entry->by_lemma = *by_lemma;
    entry->generation = memo.generation;
  }
}

}  // namespace

DocumentMemo::DocumentMemo(const SpeechLexicon& lex, const AnalyzedText& text) {
  if (Memoised(lex, text)) {
    outermost_ = false;
    return;
  }
  std::vector<MemoSlot>& storage = MemoStorage();
  const size_t n = text.tokens.size();
  if (storage.size() < n) storage.resize(n);
  if (++memo.generation == 0) {
    // Wrapped: entries of 2^32 documents ago would look current.
    std::fill(storage.begin(), storage.end(), MemoSlot());
    memo.generation = 1;
  }
  memo.text = &text;
  memo.lex = &lex;
  memo.entries = storage.data();
}

DocumentMemo::~DocumentMemo() {
  if (!outermost_) return;
  memo.text = nullptr;
  memo.lex = nullptr;
}

bool IsSentenceEnd(const AnalyzedText& text, uint32_t i) {
  const std::string_view n = text.Normalized(text.tokens[i]);
  // Most tokens fail on the first byte, before six compares.
  if (n.empty() || (n[0] != '.' && n[0] != '!' && n[0] != '?')) return false;
  return n == "." || n == "!" || n == "?" || n == "..." || n == "?!" ||
         n == "!?";
}

bool IsVerbLike(const Token& t) {
  return t.word_class == WordClass::kVerb ||
         t.word_class == WordClass::kAuxiliary ||
         t.word_class == WordClass::kAdjective ||
         t.word_class == WordClass::kUnknown;
}

uint64_t NormKey(const AnalyzedText& text, uint32_t i) {
  uint64_t norm, lemma;
  Keys(text, i, &norm, &lemma);
  return norm;
}

SpeechWord WordAt(const SpeechLexicon& lex, const AnalyzedText& text,
                  uint32_t i) {
  SpeechWord by_norm, by_lemma;
  Entries(lex, text, i, &by_norm, &by_lemma);
  return by_lemma.kinds != 0 ? by_lemma : by_norm;
}

uint16_t GenderAt(const SpeechLexicon& lex, const AnalyzedText& text,
                  uint32_t i) {
  SpeechWord by_norm, by_lemma;
  Entries(lex, text, i, &by_norm, &by_lemma);
  return by_norm.kinds & (kWordFeminine | kWordMasculine);
}

uint16_t PronounAt(const SpeechLexicon& lex, const AnalyzedText& text,
                   uint32_t i) {
  const Token& t = text.tokens[i];
  if (t.word_class != WordClass::kPronoun) return 0;
  std::string_view n = text.Normalized(t);
  if (n.size() > 3 && n.substr(0, 3) == "-t-") n.remove_prefix(3);
  if (!n.empty() && n[0] == '-') n.remove_prefix(1);
  constexpr uint16_t kPronouns =
      kWordPronounPerson | kWordPronounGroup | kWordPronounOrg;
  const uint16_t kinds = lex.Find(FoldKey(n)).kinds;
  if (!(kinds & kPronouns)) return 0;
  return kinds & (kPronouns | kWordFeminine | kWordMasculine);
}

int PhraseAt(const SpeechLexicon& lex, const AnalyzedText& text, uint32_t i,
             uint32_t end, uint16_t kinds, SpeechWord* word) {
  if (i >= end) return 0;
  SpeechWord by_norm, by_lemma;
  Entries(lex, text, i, &by_norm, &by_lemma);
  int best = 0;
  if (by_norm.kinds & kinds) {
    best = 1;
    *word = by_norm;
  } else if (by_lemma.kinds & kinds) {
    best = 1;
    *word = by_lemma;
  }
  if (!by_norm.starts_phrase && !by_lemma.starts_phrase) return best;
  uint64_t norm[SpeechLexicon::kMaxPhraseTokens];
  uint64_t lemma[SpeechLexicon::kMaxPhraseTokens];
  Keys(text, i, &norm[0], &lemma[0]);
  const int max_n = std::min<int>(lex.max_tokens(), static_cast<int>(end - i));
  for (int n = 2; n <= max_n; ++n) {
    const Token& t = text.tokens[i + n - 1];
    if (IsPunct(t)) break;
    Keys(text, i + n - 1, &norm[n - 1], &lemma[n - 1]);
    SpeechWord w = lex.FindPhrase(norm, n);
    if (!(w.kinds & kinds)) w = lex.FindPhrase(lemma, n);
    if (w.kinds & kinds) {
      best = n;
      *word = w;
    }
  }
  return best;
}

uint32_t TokenAtByte(const AnalyzedText& text, uint32_t byte) {
  auto it =
      std::upper_bound(text.tokens.begin(), text.tokens.end(), byte,
                       [](uint32_t b, const Token& t) { return b < t.end; });
  return static_cast<uint32_t>(it - text.tokens.begin());
}

int CountWords(std::string_view s) {
  int words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace gkg
}  // namespace tocsin
