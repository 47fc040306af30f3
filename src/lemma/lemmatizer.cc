#include "lemma/lemmatizer.h"

#include <algorithm>
#include <cstring>
#include <span>
#include <string>
#include <vector>

#include "dict/fold.h"
#include "lemma/analysis.h"
#include "lemma/analysis_cache.h"
#include "lemma/casefold.h"
#include "lemma/lookup.h"
#include "text/token_keys.h"

namespace tocsin {
namespace {

constexpr size_t kMaxLemmaBytes = 256;
// Room for a built lemma: a lower-cased prefix and a lexicon lemma.
constexpr size_t kSpellBytes = 2 * kMaxLemmaBytes;

// The lemma `a` stands for, spelt out for `form` as it is written out: a
// view of the lexicon or the form, or built in buf[0, kSpellBytes), or,
// past that (a pathological token), in *overflow.
std::string_view SpellLemma(const Analysis& a, std::string_view form, char* buf,
                            std::string* overflow) {
  if (a.source == LemmaSource::kLexicon) return a.lemma;
  if (a.source == LemmaSource::kLowerForm) {
    const std::string_view lower = LowercaseInto(a.lemma, buf, kMaxLemmaBytes);
    return lower.empty() ? a.lemma : lower;
  }
  // kPrefixed
  const std::string_view prefix = form.substr(0, a.prefix_length);
  const std::string_view lower = LowercaseInto(prefix, buf, kMaxLemmaBytes);
  const std::string_view head = lower.empty() ? prefix : lower;
  const size_t size = head.size() + a.lemma.size();
  if (size > kSpellBytes) {
    overflow->assign(head);
    overflow->append(a.lemma);
    return *overflow;
  }
  if (head.data() != buf) std::memcpy(buf, head.data(), head.size());
  std::memcpy(buf + head.size(), a.lemma.data(), a.lemma.size());
  return std::string_view(buf, size);
}

// Sets a.form_key and a.first_lemma_key by folding (the analysis cache
// remembers them): the first analysis is the prior's choice, which the
// context rules mostly keep.
void FoldTokenKeys(TokenAnalyses* a) {
  a->form_key = FoldKey(a->form);
  if (a->fixed || a->count == 0) {
    a->first_lemma_key = a->form_key;
    return;
  }
  char buf[kSpellBytes];
  std::string overflow;
  a->first_lemma_key =
      FoldKey(SpellLemma(a->analyses[0], a->form, buf, &overflow));
}

// Points `token` at `lemma`: nothing is written to the arena when the lemma
// is the normalised form itself (most tokens), since Lemma() falls back to
// that form on an empty span.
void SetLemmaOrForm(std::string_view lemma, std::string_view form, Token& token,
                    AnalyzedText* text) {
  // Cheapest tests first: most lemmas either view the form itself or
  // differ in length.
  if (lemma.size() == form.size() &&
      (lemma.data() == form.data() || form.empty() ||
       std::memcmp(lemma.data(), form.data(), form.size()) == 0)) {
    token.lemma_begin = token.lemma_end = 0;
    return;
  }
  text->SetLemma(token, lemma);
}

// Writes a sentence's lemmas into the arena with one resize: a std::string
// append per token (a call, a capacity test and a memcpy call for a few
// bytes) cost more than the copy.
class LemmaWriter {
 public:
  // `expect`: about how many bytes the Write calls will add (more is fine:
  // the arena grows).
  LemmaWriter(AnalyzedText* text, size_t expect)
      : arena_(text->lemmas), w_(arena_.size()), expect_(expect) {
    Grow(expect);
  }
  ~LemmaWriter() { arena_.resize(w_); }

  // Points `token` at `a`'s lemma for `form`. Runs for every word: a
  // lexicon lemma spelled like the form views the form itself
  // (InternRuleWords), so it is a pointer test, and any other lexicon
  // lemma differs from the form.
  void Write(const Analysis& a, std::string_view form, Token& token) {
    if (a.source != LemmaSource::kLexicon) {
      WriteBuilt(a, form, token);
    } else if (a.lemma.data() == form.data() && a.lemma.size() == form.size()) {
      token.lemma_begin = token.lemma_end = 0;
    } else {
      Append(a.lemma, token);
    }
  }

 private:
  // Sizes the arena to w_ + bytes: only the new bytes are zero-filled (the
  // arena holds the whole document's lemmas; its capacity grows
  // geometrically by itself).
  void Grow(size_t bytes) {
    arena_.resize(w_ + bytes);
    base_ = arena_.data();
  }
  void Reserve(size_t bytes) {
    if (w_ + bytes > arena_.size()) [[unlikely]] {
      Grow(bytes + expect_);
    }
  }

  void Append(std::string_view lemma, Token& token) {
    Reserve(lemma.size());
    token.lemma_begin = static_cast<uint32_t>(w_);
    CopyBytes(base_ + w_, lemma.data(), lemma.size());
    w_ += lemma.size();
    token.lemma_end = static_cast<uint32_t>(w_);
  }

  // Lemmas are a few bytes: overlapping word copies, no call.
  static void CopyBytes(char* to, const char* from, size_t n) {
    if (n >= 8 && n <= 16) {
      uint64_t a, b;
      std::memcpy(&a, from, 8);
      std::memcpy(&b, from + n - 8, 8);
      std::memcpy(to, &a, 8);
      std::memcpy(to + n - 8, &b, 8);
    } else if (n >= 4 && n < 8) {
      uint32_t a, b;
      std::memcpy(&a, from, 4);
      std::memcpy(&b, from + n - 4, 4);
      std::memcpy(to, &a, 4);
      std::memcpy(to + n - 4, &b, 4);
    } else if (n < 4) {
      for (size_t i = 0; i < n; ++i) to[i] = from[i];
    } else {
      std::memcpy(to, from, n);
    }
  }

  // Lemmas that are not a lexicon string or the form: built into a buffer.
  [[gnu::noinline]] void WriteBuilt(const Analysis& a, std::string_view form,
                                    Token& token) {
    char buf[kSpellBytes];
    std::string overflow;
    const std::string_view lemma = SpellLemma(a, form, buf, &overflow);
    if (lemma == form) {
      token.lemma_begin = token.lemma_end = 0;
    } else {
      Append(lemma, token);
    }
  }

  std::string& arena_;
  char* base_;
  size_t w_;
  size_t expect_;
};

void LowercaseSentence(std::span<Token> tokens, uint32_t first_token,
                       AnalyzedText* text) {
  char buf[kMaxLemmaBytes];
  for (Token& t : tokens) {
    if (IsTokenizerClass(t.word_class)) continue;
    std::string_view form = text->Normalized(t);
    std::string_view lower = LowercaseInto(form, buf, sizeof(buf));
    SetLemmaOrForm(lower.empty() ? form : lower, form, t, text);
  }
  ComputeTokenKeys(text, first_token,
                   first_token + static_cast<uint32_t>(tokens.size()));
}

// One sentence's candidate analyses, gathered in three passes over each
// chunk of tokens (see LemmatizeSentence).
struct SentenceWork {
  const AnalyzedText& text;
  std::span<Token> tokens;
  std::span<TokenAnalyses> analyses;
  AnalysisCache::Key* keys;
  uint8_t* initials;  // the token starts its sentence
  AnalysisCache& cache;
  const Lexicon& lexicon;
  bool french;
  bool initial = true;  // no word yet

  // Fills the forms and the tokens whose class the tokenizer fixed, makes
  // the cache keys and prefetches their tag lines.
  void Prepare(size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) {
      const Token& tok = tokens[i];
      TokenAnalyses& a = analyses[i];
      const std::string_view form = text.Normalized(tok);
      a.form = form;
      if (IsTokenizerClass(tok.word_class)) {
        a.count = 0;
        a.fixed = true;
        a.fixed_class = tok.word_class;
        a.token_flags = tok.flags;
        a.class_mask = a.feature_mask = 0;
        if (form.size() > 1) {  // the rules name no one-byte form
          InternFormWord(&a);
        } else {
          a.form_word = RuleWord::kNone;
          a.form_bits = 0;
        }
        FoldTokenKeys(&a);
        if (tok.word_class != WordClass::kPunctuation) initial = false;
        continue;
      }
      a.fixed = false;
      initials[i] = initial;
      if (AnalysisCache::MakeKey(form, text.normalized.size() - tok.norm_begin,
                                 tok.flags, initial, &keys[i])) {
        cache.PrefetchTags(keys[i]);
      } else {
        keys[i].length = 0;  // not cacheable
      }
      initial = false;
    }
  }

  // Prefetches the cache entries, or for the tokens the cache cannot have,
  // the lexicon lines their analysis will read.
  void Prefetch(size_t begin, size_t end) const {
    for (size_t i = begin; i < end; ++i) {
      if (analyses[i].fixed) continue;
      if (keys[i].length == 0 || !cache.PrefetchEntry(keys[i])) {
        if (french) {
          PrefetchFrenchToken(lexicon, analyses[i].form);
        } else {
          PrefetchEnglishToken(lexicon, analyses[i].form);
        }
      }
    }
  }

  // The candidate analyses: most tokens are frequent words seen before on
  // this thread, which the cache returns without touching the lexicon.
  void Analyze(size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) {
      TokenAnalyses& a = analyses[i];
      if (a.fixed) continue;
      const Token& tok = tokens[i];
      const std::string_view form = a.form;
      const bool keyed = keys[i].length != 0;
      if (keyed && cache.Lookup(lexicon, keys[i], form, tok.flags, &a)) {
        // The lemma the writer will most likely copy (the prior's choice)
        // is in a line of the lexicon's strings nothing has read yet; the
        // copy stalled there in profiles. A separate prefetch pass over
        // the chosen lemmas after disambiguation was slower than this.
        __builtin_prefetch(a.analyses[0].lemma.data());
        continue;
      }
      const bool token_initial = initials[i] != 0;
      if (french) {
        AnalyzeFrenchToken(lexicon, form, tok.flags, token_initial, &a);
      } else {
        AnalyzeEnglishToken(lexicon, form, tok.flags, token_initial, &a);
      }
      FoldTokenKeys(&a);
      if (keyed) cache.Store(lexicon, keys[i], form, a);
    }
  }
};

}  // namespace

StatusOr<std::unique_ptr<Lemmatizer>> Lemmatizer::Open(
    const std::string& data_dir) {
  TOCSIN_ASSIGN_OR_RETURN(std::unique_ptr<Lexicon> fr,
                          Lexicon::Open(data_dir + "/lexicon-fr.bin"));
  TOCSIN_ASSIGN_OR_RETURN(std::unique_ptr<Lexicon> en,
                          Lexicon::Open(data_dir + "/lexicon-en.bin"));
  if (fr->language() != "fr" || en->language() != "en") {
    return DataLossError(data_dir + ": lexicon files hold the wrong languages");
  }
  return std::make_unique<Lemmatizer>(std::move(fr), std::move(en));
}

void Lemmatizer::LemmatizeSentence(std::string_view language,
                                   uint32_t first_token, uint32_t end_token,
                                   AnalyzedText* text) const {
  end_token = std::min<uint32_t>(end_token, text->tokens.size());
  if (first_token >= end_token) return;
  std::span<Token> tokens(text->tokens.data() + first_token,
                          end_token - first_token);
  if (text->form_keys.size() < text->tokens.size()) {
    text->form_keys.resize(text->tokens.size());
    text->lemma_keys.resize(text->tokens.size());
  }
  const bool french = language == "fr";
  if (!french && language != "en") {
    LowercaseSentence(tokens, first_token, text);
    return;
  }
  const Lexicon& lexicon = french ? *french_ : *english_;
  // Scratch grows to the longest sentence seen on this thread, then is reused.
  struct Scratch {
    std::vector<TokenAnalyses> analyses;
    std::vector<AnalysisCache::Key> keys;
    std::vector<uint8_t> initial;  // the token starts its sentence
  };
  thread_local Scratch scratch;
  if (scratch.analyses.size() < tokens.size()) {
    scratch.analyses.resize(tokens.size());
    scratch.keys.resize(tokens.size());
    scratch.initial.resize(tokens.size());
  }
  std::span<TokenAnalyses> analyses(scratch.analyses.data(), tokens.size());
  AnalysisCache& cache = AnalysisCache::ForThisThread();

  // Keys first, with their cache lines prefetched (see AnalysisCache), in
  // chunks of kChunk tokens, software-pipelined: chunk c is analysed while
  // the entries of chunk c + 1 and the tag lines of chunk c + 2 are on
  // their way, so each load has a chunk's work to arrive instead of
  // stalling. Run back to back, the three steps left about a quarter of
  // this function's samples on tag and entry loads. (Chunks of 8 were
  // slower; so was also prefetching the next sentence's first chunk.)
  constexpr size_t kChunk = 16;
  const size_t n = tokens.size();
  auto chunk_end = [n](size_t begin) { return std::min(n, begin + kChunk); };
  SentenceWork work{
      *text, tokens,  analyses, scratch.keys.data(), scratch.initial.data(),
      cache, lexicon, french};
  work.Prepare(0, chunk_end(0));
  if (kChunk < n) work.Prepare(kChunk, chunk_end(kChunk));
  work.Prefetch(0, chunk_end(0));
  for (size_t chunk = 0; chunk < n; chunk += kChunk) {
    if (chunk + 2 * kChunk < n) {
      work.Prepare(chunk + 2 * kChunk, chunk_end(chunk + 2 * kChunk));
    }
    if (chunk + kChunk < n) {
      work.Prefetch(chunk + kChunk, chunk_end(chunk + kChunk));
    }
    work.Analyze(chunk, chunk_end(chunk));
  }
  if (french) {
    DisambiguateFrench(analyses);
  } else {
    DisambiguateEnglish(analyses);
  }
  // Lemmas average under 8 bytes.
  LemmaWriter writer(text, 16 * tokens.size());
  uint64_t* form_keys = text->form_keys.data() + first_token;
  uint64_t* lemma_keys = text->lemma_keys.data() + first_token;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const TokenAnalyses& a = analyses[i];
    Token& t = tokens[i];
    const bool analysed = !a.fixed && a.count != 0;
    if (analysed) {
      writer.Write(a.Best(), a.form, t);
      t.word_class = a.Best().word_class;
    }
    form_keys[i] = a.form_key;
    if (t.lemma_begin == t.lemma_end) {
      lemma_keys[i] = a.form_key;
    } else if (analysed && a.best == 0) {
      lemma_keys[i] = a.first_lemma_key;
    } else {
      lemma_keys[i] = FoldKey(text->Lemma(t));
    }
  }
}

}  // namespace tocsin
