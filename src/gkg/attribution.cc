#include "gkg/attribution.h"

#include <algorithm>

#include "dict/fold.h"
#include "gkg/token_view.h"

namespace tocsin {
namespace gkg {

using Kind = SpeakerRef::Kind;

bool IsSpeechVerb(const SpeechContext& c, uint32_t i) {
  const uint32_t end =
      std::min<uint32_t>(static_cast<uint32_t>(c.text->tokens.size()), i + 4);
  return SpeechVerbAt(c, i, end, kWordSpeech | kWordSpeechDirect) > 0;
}

namespace {

bool IsNounPhraseWord(const Token& t) {
  switch (t.word_class) {
    case WordClass::kNoun:
    case WordClass::kProperNoun:
    case WordClass::kAdjective:
    case WordClass::kNumeral:
    case WordClass::kDeterminer:
    case WordClass::kUnknown:
      return true;
    default:
      return false;
  }
}

}  // namespace

SpeakerRef EntityRef(const SpeechContext& c, uint32_t q) {
  SpeakerRef r;
  r.entity = (*c.entity_of)[q];
  r.kind = (*c.mention_kind)[q] ==
                   static_cast<uint8_t>(EntityMentionKind::kDescription)
               ? Kind::kDescription
               : Kind::kEntity;
  r.first = (*c.mention_first)[q];
  r.end = q + 1;
  while (r.end < c.entity_of->size() && (*c.entity_of)[r.end] == r.entity &&
         (*c.mention_first)[r.end] == r.first) {
    ++r.end;
  }
  return r;
}

SpeakerRef MakeRef(Kind kind, uint32_t first, uint32_t end, uint16_t pronoun) {
  SpeakerRef r;
  r.kind = kind;
  r.first = first;
  r.end = end;
  r.pronoun = pronoun;
  return r;
}

namespace {

bool IsDefiniteRole(const SpeechContext& c, uint32_t det, uint32_t end) {
  if (!(WordAt(*c.lex, *c.text, det).kinds & kWordDefinite)) return false;
  for (uint32_t q = det + 1; q < end; ++q) {
    SpeechWord w;
    if (PhraseAt(*c.lex, *c.text, q, end, kWordRole, &w) > 0) return true;
  }
  return false;
}

// A mention that completes a noun ("alliés de Poutine", "chief of the
// IAEA", "du ministère") is not a subject or a speaker of its own.
bool IsComplement(const SpeechContext& c, uint32_t m, uint32_t floor) {
  const AnalyzedText& text = *c.text;
  if (m <= floor) return false;
  const WordClass before = text.tokens[m - 1].word_class;
  if (before == WordClass::kAdposition) return true;
  return before == WordClass::kDeterminer && m - 1 > floor &&
         text.tokens[m - 2].word_class == WordClass::kAdposition;
}

// The end of the noun phrase that starts at q: an entity's words, or
// determiners, adjectives and nouns.
uint32_t SkipNounPhrase(const SpeechContext& c, uint32_t q, uint32_t limit) {
  const AnalyzedText& text = *c.text;
  if (q < limit && (*c.entity_of)[q] >= 0) {
    const int32_t e = (*c.entity_of)[q];
    const uint32_t m = (*c.mention_first)[q];
    while (q < limit && (*c.entity_of)[q] == e && (*c.mention_first)[q] == m) {
      ++q;
    }
    return q;
  }
  while (q < limit && (text.tokens[q].word_class == WordClass::kDeterminer ||
                       text.tokens[q].word_class == WordClass::kAdjective)) {
    ++q;
  }
  while (q < limit && (text.tokens[q].word_class == WordClass::kNoun ||
                       text.tokens[q].word_class == WordClass::kProperNoun)) {
    ++q;
  }
  return q;
}

}  // namespace

// The speaker named after a verb or "selon": "a déclaré X", "said a
// resident", "-t-il", "le porte-parole du Kremlin, Dmitri Peskov", "a
// confié à Reuters un diplomate" (the object of "à" is skipped), "selon un
// communiqué du Kremlin" (a source noun passes the word to its owner).
SpeakerRef PhraseAfter(const SpeechContext& c, uint32_t p, uint32_t limit) {
  const AnalyzedText& text = *c.text;
  limit = std::min<uint32_t>(limit, p + 12);
  int64_t definite = -1;
  for (uint32_t q = p; q < limit; ++q) {
    if ((*c.entity_of)[q] >= 0) return EntityRef(c, q);
    if (const uint16_t pron = PronounAt(*c.lex, text, q)) {
      return MakeRef(Kind::kPronoun, q, q + 1, pron);
    }
    const Token& t = text.tokens[q];
    if (IsQuoteMark(text, q) || IsSentenceEnd(text, q)) break;
    if (t.word_class == WordClass::kAdposition && q == p) {
      q = SkipNounPhrase(c, q + 1, limit) - 1;  // "à Reuters", "to the BBC"
      continue;
    }
    if (t.word_class == WordClass::kDeterminer) {
      // "un communiqué du Kremlin": read on after the source's preposition.
      uint32_t n = q + 1;
      while (n < limit && text.tokens[n].word_class == WordClass::kAdjective) {
        ++n;
      }
      if (n + 1 < limit && (WordAt(*c.lex, text, n).kinds & kWordSource) &&
          text.tokens[n + 1].word_class == WordClass::kAdposition) {
        q = n + 1;
        continue;
      }
      if (!(WordAt(*c.lex, text, q).kinds & kWordDefinite)) {
        return MakeRef(Kind::kUnnamed, q, q + 1);
      }
      if (definite < 0 && IsDefiniteRole(c, q, std::min(limit, q + 4))) {
        definite = q;
      }
      continue;
    }
    if (t.word_class == WordClass::kVerb ||
        t.word_class == WordClass::kAuxiliary ||
        t.word_class == WordClass::kSubordConj) {
      break;
    }
  }
  if (definite >= 0) {
    return MakeRef(Kind::kDescription, static_cast<uint32_t>(definite),
                   static_cast<uint32_t>(definite) + 1);
  }
  return {};
}

bool NounAsSpeechVerb(const SpeechContext& c, uint32_t q) {
  constexpr uint16_t kSpeech = kWordSpeech | kWordSpeechDirect;
  if (WordAt(*c.lex, *c.text, q).kinds & kSpeech) return true;
  if (c.text->language != "fr") return false;
  std::string infinitive(c.text->Normalized(c.text->tokens[q]));
  if (infinitive.empty() || infinitive.back() != 'e') return false;
  infinitive.push_back('r');
  return (c.lex->Find(FoldKey(infinitive)).kinds & kSpeech) != 0;
}

std::string VerbLemma(const SpeechContext& c, uint32_t v) {
  const Token& t = c.text->tokens[v];
  std::string lemma(c.text->Lemma(t));
  if (t.word_class == WordClass::kNoun && c.text->language == "fr" &&
      !lemma.empty() && lemma.back() == 'e') {
    lemma.push_back('r');  // "demande" -> "demander"
  }
  return lemma;
}

void SetVerb(const SpeechContext& c, uint32_t v, Cue* cue) {
  cue->verb_token = v;
  cue->verb = VerbLemma(c, v);
}

bool IsQuoteMark(const AnalyzedText& text, uint32_t i) {
  const std::string_view n = text.Normalized(text.tokens[i]);
  return n == "\"" || (n == "'" && IsPunct(text.tokens[i]));
}

int SpeechVerbAt(const SpeechContext& c, uint32_t i, uint32_t end,
                 uint16_t kinds) {
  const Token& t = c.text->tokens[i];
  if (t.word_class != WordClass::kVerb &&
      t.word_class != WordClass::kAdjective &&
      t.word_class != WordClass::kUnknown) {
    return 0;
  }
  // "une note publiée": a French participle right after a noun describes
  // it (a finite French verb never takes that form; English "the analyst
  // added" does, so English is left alone).
  if (i > 0 && c.text->tokens[i - 1].word_class == WordClass::kNoun) {
    const std::string_view form = c.text->Normalized(t);
    auto ends = [&](std::string_view x) {
      return form.size() > x.size() && form.substr(form.size() - x.size()) == x;
    };
    if (ends("\xC3\xA9") ||
        ends("\xC3\xA9"
             "e") ||
        ends("\xC3\xA9"
             "s") ||
        ends("\xC3\xA9"
             "es")) {
      return 0;
    }
  }
  if (WordAt(*c.lex, *c.text, i).kinds & kinds) return 1;
  SpeechWord w;
  const int n = PhraseAt(*c.lex, *c.text, i, end, kinds, &w);
  return n >= 2 ? n : 0;
}

bool IsNonFinite(const SpeechContext& c, uint32_t verb) {
  const std::string_view form = c.text->Normalized(c.text->tokens[verb]);
  auto ends = [&](std::string_view suffix) {
    return form.size() > suffix.size() + 2 &&
           form.substr(form.size() - suffix.size()) == suffix;
  };
  if (ends("ant") || ends("ing")) return true;
  if (verb == 0) return false;
  const std::string_view before = c.text->Normalized(c.text->tokens[verb - 1]);
  return before == "d'" || before == "de" || before == "to";
}

SpeakerRef SubjectBefore(const SpeechContext& c, uint32_t verb,
                         uint32_t floor) {
  const AnalyzedText& text = *c.text;
  int64_t k = static_cast<int64_t>(verb) - 1;
  for (int steps = 0; k >= static_cast<int64_t>(floor) && steps < 16; ++steps) {
    const uint32_t q = static_cast<uint32_t>(k);
    // "D'autres alliés de Poutine ont suggéré": a complement is not the
    // subject; the noun phrase it ends is.
    if ((*c.entity_of)[q] >= 0 &&
        !IsComplement(c, (*c.mention_first)[q], floor)) {
      return EntityRef(c, q);
    }
    if (const uint16_t pron = PronounAt(*c.lex, text, q)) {
      return MakeRef(Kind::kPronoun, q, q + 1, pron);
    }
    const Token& t = text.tokens[q];
    const WordClass wc = t.word_class;
    if (wc == WordClass::kAuxiliary || wc == WordClass::kAdverb ||
        wc == WordClass::kParticle || wc == WordClass::kPronoun) {
      --k;
      continue;
    }
    if (NormIs(text, q, ")")) {  // "The IAEA (…) said"
      int64_t j = k - 1;
      while (j > static_cast<int64_t>(floor) && k - j < 10 &&
             !NormIs(text, static_cast<uint32_t>(j), "(")) {
        --j;
      }
      if (j <= static_cast<int64_t>(floor) || k - j >= 10) break;
      k = j - 1;
      continue;
    }
    if (NormIs(text, q, ",")) {
      // An apposition holds no quotation: ",” the minister insisted,
      // adding" ends the search instead.
      int64_t j = k - 1;
      while (j >= static_cast<int64_t>(floor) && k - j < 16 &&
             !NormIs(text, static_cast<uint32_t>(j), ",") &&
             !IsQuoteMark(text, static_cast<uint32_t>(j))) {
        --j;
      }
      if (j < static_cast<int64_t>(floor) || k - j >= 16 ||
          !NormIs(text, static_cast<uint32_t>(j), ",")) {
        break;
      }
      // "The programme's host, Dmitry Kiselyov, told": the name between
      // the commas.
      const uint32_t n = static_cast<uint32_t>(j) + 1;
      if (n + 1 < q && (*c.entity_of)[n] >= 0 && (*c.mention_first)[n] == n &&
          (*c.entity_of)[q - 1] == (*c.entity_of)[n] &&
          (*c.mention_first)[q - 1] == n &&
          (*c.mention_kind)[n] !=
              static_cast<uint8_t>(EntityMentionKind::kDescription)) {
        return EntityRef(c, n);
      }
      // Else jump over the apposition: "Ramzan Kadyrov, chef de …, a
      // déclaré".
      k = j - 1;
      continue;
    }
    if (!IsNounPhraseWord(t)) break;
    // A noun phrase ends here; find where it starts.
    uint32_t s = q;
    while (s > floor && q - s < 10) {
      const Token& prev = text.tokens[s - 1];
      if (IsNounPhraseWord(prev)) {
        --s;
      } else if (prev.word_class == WordClass::kAdposition && s >= floor + 2 &&
                 IsNounPhraseWord(text.tokens[s - 2])) {
        --s;
      } else {
        break;
      }
    }
    // A complement ("… près de Tchassiv Iar, qui …, a décrit") ends a
    // longer subject this window does not reach: no name for it.
    if (IsComplement(c, s, floor)) return MakeRef(Kind::kUnnamed, s, q + 1);
    // An entity at its start names the speaker: "The Russian Defence
    // Ministry", "le porte-parole" (a linked description).
    for (uint32_t r = s; r <= q && r <= s + 1; ++r) {
      if ((*c.entity_of)[r] >= 0 && (*c.mention_first)[r] <= s + 1) {
        return EntityRef(c, r);
      }
    }
    if (IsDefiniteRole(c, s, q + 1))
      return MakeRef(Kind::kDescription, s, q + 1);
    return MakeRef(Kind::kUnnamed, s, q + 1);
  }
  return {};
}

}  // namespace gkg
}  // namespace tocsin
