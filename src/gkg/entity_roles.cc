#include "gkg/entity_roles.h"

#include <algorithm>
#include <string>

#include "dict/fold.h"
#include "gkg/token_view.h"

namespace tocsin {
namespace gkg {
namespace {

// Words a role can be built of: "ancien président", "defence analyst",
// "Russian Foreign Ministry spokeswoman", "retired British army colonel".
bool IsRoleWord(const Token& t) {
  return t.word_class == WordClass::kNoun ||
         t.word_class == WordClass::kAdjective ||
         t.word_class == WordClass::kProperNoun ||
         t.word_class == WordClass::kUnknown;
}

// Words that end a role: a clause starts ("who", "qui", a verb) or the
// apposition closes.
bool EndsRole(const AnalyzedText& text, uint32_t i) {
  const Token& t = text.tokens[i];
  if (IsPunct(t)) {
    const std::string_view n = text.Normalized(t);
    return n != "-" && n != "'";
  }
  return t.word_class == WordClass::kPronoun ||
         t.word_class == WordClass::kVerb ||
         t.word_class == WordClass::kAuxiliary ||
         t.word_class == WordClass::kSubordConj ||
         t.word_class == WordClass::kCoordConj;
}

}  // namespace

uint32_t NameStart(const SpeechLexicon& lex, const AnalyzedText& text,
                   uint32_t first, uint32_t end, bool person) {
  uint32_t start = first;
  if (person) {
    for (uint32_t i = first; i + 1 < end;) {
      SpeechWord w;
      const int n =
          PhraseAt(lex, text, i, end - 1, kWordRole | kWordHonorific, &w);
      if (n == 0) {
        ++i;
        continue;
      }
      uint32_t after = i + n;
      // "Marine Le Pen": a capitalised first word before an article is a
      // given name, not a title.
      const bool given_name =
          i == first && IsCap(text.tokens[i]) &&
          text.tokens[after].word_class == WordClass::kDeterminer;
      // The title's complement: "Chancellor of the Exchequer Gordon Brown".
      uint32_t q = after;
      if (q + 1 < end && !IsCap(text.tokens[q]) &&
          text.tokens[q].word_class == WordClass::kAdposition) {
        ++q;
        if (q + 1 < end &&
            text.tokens[q].word_class == WordClass::kDeterminer) {
          ++q;
        }
        if (q + 2 < end && IsCap(text.tokens[q]) && IsCap(text.tokens[q + 1])) {
          after = q + 1;
        }
      }
      if (!given_name) start = after;
      i = after;
    }
  }
  // Lower-case words and a leading article go; a capitalised article
  // inside the mention is part of the name ("quotidien Le Monde").
  while (start + 1 < end &&
         (!IsCap(text.tokens[start]) ||
          (text.tokens[start].word_class == WordClass::kDeterminer &&
           start == first))) {
    ++start;
  }
  return start;
}

TokenRange RoleBefore(const SpeechLexicon& lex, const AnalyzedText& text,
                      uint32_t limit, uint32_t name_first) {
  constexpr int kMaxWalk = 9;
  int64_t head = -1;
  int steps = 0;
  for (int64_t k = static_cast<int64_t>(name_first) - 1;
       k >= static_cast<int64_t>(limit) && steps < kMaxWalk; --k, ++steps) {
    const Token& t = text.tokens[k];
    const bool adposition = t.word_class == WordClass::kAdposition;
    if (t.word_class == WordClass::kDeterminer || adposition) {
      // Inside a role only between an adposition and its noun: "analyste
      // de la défense"; never right before the name ("à Konrad X").
      if (static_cast<uint32_t>(k) + 1 == name_first) break;
      if (!adposition &&
          !(k > static_cast<int64_t>(limit) &&
            text.tokens[k - 1].word_class == WordClass::kAdposition)) {
        break;
      }
      continue;
    }
    if (!IsRoleWord(t)) break;
    SpeechWord w;
    if (PhraseAt(lex, text, static_cast<uint32_t>(k), name_first, kWordRole,
                 &w) > 0) {
      head = k;
    }
  }
  if (head < 0) return {};
  // Modifiers before the head: "Chechen leader", "ancien président".
  uint32_t begin = static_cast<uint32_t>(head);
  for (int m = 0; m < 4 && begin > limit; ++m) {
    const Token& t = text.tokens[begin - 1];
    if (!IsRoleWord(t)) break;
    --begin;
  }
  return {begin, name_first};
}

TokenRange RoleAfter(const SpeechLexicon& lex, const AnalyzedText& text,
                     uint32_t name_end, uint32_t limit) {
  uint32_t p = name_end;
  if (p >= limit || !NormIs(text, p, ",")) return {};
  ++p;
  // An age between commas: "Mykola Hrytsenko, 24, a marine".
  if (p + 1 < limit && text.tokens[p].word_class == WordClass::kNumeral &&
      NormIs(text, p + 1, ",")) {
    p += 2;
  }
  if (p < limit && text.tokens[p].word_class == WordClass::kDeterminer) ++p;
  const uint32_t first = p;
  int64_t head = -1;
  for (uint32_t q = first; q < limit && q < first + 5; ++q) {
    const Token& t = text.tokens[q];
    SpeechWord w;
    if (PhraseAt(lex, text, q, limit, kWordRole, &w) > 0) {
      head = q;
      break;
    }
    if (!IsRoleWord(t) && t.word_class != WordClass::kVerb &&
        t.word_class != WordClass::kNumeral) {
      break;
    }
  }
  if (head < 0) return {};
  constexpr uint32_t kMaxRole = 14;
  uint32_t e = static_cast<uint32_t>(head) + 1;
  while (e < limit && !EndsRole(text, e)) {
    if (e - first >= kMaxRole) return {};
    ++e;
  }
  return {first, e};
}

void RoleClassesIn(const SpeechLexicon& lex, const AnalyzedText& text,
                   TokenRange range, std::vector<uint8_t>* classes) {
  for (uint32_t k = range.begin; k < range.end;) {
    SpeechWord w;
    const int n = PhraseAt(lex, text, k, range.end, kWordRole, &w);
    if (n > 0 && w.role_class != 0) classes->push_back(w.role_class);
    k += std::max(n, 1);
  }
}

namespace {

// FoldKeys of a role written as a string, split as the tokenizer splits
// text (spaces; an elided article keeps its apostrophe, typographic ones
// become straight), without allocating. Returns how many (<= max).
int RoleStringKeys(std::string_view role, uint64_t* keys, int max) {
  int n = 0;
  char word[64];
  size_t len = 0;
  auto flush = [&] {
    if (len > 0 && n < max) keys[n++] = FoldKey(std::string_view(word, len));
    len = 0;
  };
  for (size_t i = 0; i < role.size(); ++i) {
    const char c = role[i];
    if (c == ' ' || c == '\t') {
      flush();
    } else if (c == '\'' || role.compare(i, 3, "\xE2\x80\x99") == 0) {
      if (len < sizeof(word)) word[len++] = '\'';
      if (c != '\'') i += 2;
      flush();
    } else if (len < sizeof(word)) {
      word[len++] = c;
    }
  }
  flush();
  return n;
}

}  // namespace

void RoleClassesOf(const SpeechLexicon& lex, std::string_view role,
                   std::vector<uint8_t>* classes) {
  uint64_t keys[32];
  const int count = RoleStringKeys(role, keys, 32);
  for (int k = 0; k < count;) {
    int taken = 1;
    const int max_n = std::min(lex.max_tokens(), count - k);
    for (int n = max_n; n >= 1; --n) {
      const SpeechWord w = lex.FindPhrase(&keys[k], n);
      if ((w.kinds & kWordRole) && w.role_class != 0) {
        classes->push_back(w.role_class);
        taken = n;
        break;
      }
    }
    k += taken;
  }
}

uint16_t RoleStringGender(const SpeechLexicon& lex, std::string_view role) {
  uint64_t keys[32];
  const int count = RoleStringKeys(role, keys, 32);
  uint16_t gender = 0;
  for (int k = 0; k < count; ++k) {
    const SpeechWord w = lex.Find(keys[k]);
    if (w.kinds & kWordRole)
      gender |= w.kinds & (kWordFeminine | kWordMasculine);
  }
  return gender;
}

uint16_t TokensGender(const SpeechLexicon& lex, const AnalyzedText& text,
                      uint32_t first, uint32_t end, bool with_article) {
  uint16_t gender = 0;
  for (uint32_t t = first; t < end; ++t) {
    const bool article = with_article && t == first;
    if (article ||
        (WordAt(lex, text, t).kinds & (kWordRole | kWordHonorific))) {
      gender |= GenderAt(lex, text, t);
    }
  }
  return gender;
}

}  // namespace gkg
}  // namespace tocsin
