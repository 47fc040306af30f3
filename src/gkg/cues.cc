// CueAfter and CueBefore (attribution.h): the speech verb, "according
// to" phrase or colon on either side of a quotation, and who it names.
#include <algorithm>

#include "gkg/attribution.h"
#include "gkg/token_view.h"

namespace tocsin {
namespace gkg {

using Kind = SpeakerRef::Kind;

namespace {

// The cue phrase as a verb: its words in lower case ("According to" ->
// "according to", "D'après" -> "d'après").
std::string PhraseText(const AnalyzedText& text, uint32_t q, int len) {
  std::string out;
  for (int k = 0; k < len; ++k) {
    const std::string_view w = text.Normalized(text.tokens[q + k]);
    if (k > 0 && !out.empty() && out.back() != '\'') out.push_back(' ');
    for (char ch : w) {
      out.push_back(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch + 32) : ch);
    }
  }
  return out;
}

// "avoir « subi … »", "be “…”": auxiliaries the tagger calls verbs do not
// introduce what they govern.
bool IsAuxiliaryLemma(std::string_view lemma) {
  return lemma == "avoir" || lemma == "\xC3\xAAtre" || lemma == "have" ||
         lemma == "be";
}

}  // namespace

bool CueAfter(const SpeechContext& c, uint32_t close, Cue* cue) {
  const AnalyzedText& text = *c.text;
  const uint32_t n = static_cast<uint32_t>(text.tokens.size());
  uint32_t p = close + 1;
  if (p >= n || close == 0) return false;
  const std::string_view last = text.Normalized(text.tokens[close - 1]);
  const std::string_view next = text.Normalized(text.tokens[p]);
  const bool open_end = last == "," || last == "?" || last == "!" ||
                        last == "..." || last == ";" || last == "-";
  const bool joined = next == "," || next == "-";
  const bool lower = !IsCap(text.tokens[p]) && !IsPunct(text.tokens[p]);
  if (!open_end && !joined && !lower) return false;
  if (joined) ++p;
  const uint32_t paragraph = text.sentences[(*c.sentence_of)[close]].paragraph;
  const uint32_t limit = std::min(n, p + 12);
  for (uint32_t q = p; q < limit; ++q) {
    if (IsQuoteMark(text, q) || IsSentenceEnd(text, q) ||
        text.sentences[(*c.sentence_of)[q]].paragraph != paragraph) {
      break;
    }
    SpeechWord w;
    if (const int len = PhraseAt(*c.lex, text, q, limit, kWordAccording, &w)) {
      cue->found = true;
      cue->incise = open_end || joined;
      cue->speaker = PhraseAfter(c, q + len, limit);
      cue->verb = PhraseText(text, q, len);
      cue->rule = "according-to";
      cue->confidence = 0.85f;
      return true;
    }
    // "« … ? » demande X": right after the quote, a noun-tagged form of a
    // speech verb is the verb.
    // An incise right after a quotation left open by its comma is speech
    // whatever its verb: ",” he snapped", "», a tranché X" (after a comma
    // outside the marks, only an auxiliary or the verb itself may follow:
    // "“special operation”, columns remain" is no incise).
    const WordClass first_after = text.tokens[p].word_class;
    const bool inverted =  // "tranche-t-il", "explique l'analyste"
        first_after == WordClass::kVerb && q == p && q + 1 < limit &&
        (text.tokens[q + 1].word_class == WordClass::kPronoun ||
         text.tokens[q + 1].word_class == WordClass::kProperNoun ||
         (WordAt(*c.lex, text, q + 1).kinds & kWordDefinite));
    const bool incise =
        (open_end ||
         (joined && (first_after == WordClass::kAuxiliary || inverted))) &&
        q < p + 3 && text.tokens[q].word_class == WordClass::kVerb;
    const bool speech =
        incise || IsSpeechVerb(c, q) ||
        (q == p && text.tokens[q].word_class == WordClass::kNoun &&
         NounAsSpeechVerb(c, q));
    if (!speech) continue;
    cue->found = true;
    cue->incise = open_end || joined;
    SetVerb(c, q, cue);
    cue->speaker = SubjectBefore(c, q, p);
    cue->rule = "verb-after";
    cue->confidence = 0.9f;
    if (cue->speaker.kind == Kind::kNone) {
      cue->speaker = PhraseAfter(c, q + 1, limit);
      cue->rule = "inverted";
    }
    if (cue->speaker.kind == Kind::kNone && IsNonFinite(c, q)) {
      cue->speaker = MakeRef(Kind::kImplicit, q, q + 1);
    }
    return true;
  }
  return false;
}

bool CueBefore(const SpeechContext& c, uint32_t open, uint32_t floor,
               Cue* cue) {
  const AnalyzedText& text = *c.text;
  if (open == 0 || open <= floor) return false;
  const uint32_t k = open - 1;
  const bool colon = NormIs(text, k, ":");
  const bool comma = NormIs(text, k, ",");
  const uint32_t low =
      open > floor + kMaxCueTokens ? open - kMaxCueTokens : floor;
  const int64_t start = static_cast<int64_t>(k) - (colon || comma);
  for (int64_t q = start; q >= static_cast<int64_t>(low); --q) {
    const uint32_t v = static_cast<uint32_t>(q);
    if (IsQuoteMark(text, v) || IsSentenceEnd(text, v)) break;
    SpeechWord w;
    if (const int len = PhraseAt(*c.lex, text, v, open, kWordAccording, &w)) {
      cue->found = true;
      cue->speaker = PhraseAfter(c, v + len, open);
      cue->verb = PhraseText(text, v, len);
      cue->rule = "according-to";
      cue->confidence = 0.85f;
      cue->adjacent = true;
      return true;
    }
    // Any verb right before the quotation introduces it: "a condamné
    // « … »", "ruled out “…”".
    const bool any_verb = q == start && !comma && !colon &&
                          text.tokens[v].word_class == WordClass::kVerb &&
                          !IsAuxiliaryLemma(text.Lemma(text.tokens[v]));
    const bool speech = IsSpeechVerb(c, v);
    if (!any_verb && !speech) continue;
    cue->found = true;
    cue->generic = !speech;
    SetVerb(c, v, cue);
    cue->speaker = SubjectBefore(c, v, floor);
    if (cue->speaker.kind == Kind::kNone) {
      cue->speaker = PhraseAfter(c, v + 1, open);  // "Et d'ajouter X :"
    }
    if (cue->speaker.kind == Kind::kNone && IsNonFinite(c, v)) {
      cue->speaker = MakeRef(Kind::kImplicit, v, v + 1);
    }
    cue->rule = colon ? "colon" : "verb-before";
    cue->confidence = colon ? 0.85f : 0.8f;
    cue->adjacent = colon || v + 3 >= open;
    return true;
  }
  if (!colon) return false;
  // "Dans un message, Kadyrov : « … »": the name before the colon.
  cue->found = true;
  cue->verb =
      std::string(":");  // operator=(const char*) trips GCC 12 -Wrestrict
  cue->rule = "colon";
  cue->confidence = 0.7f;
  cue->adjacent = true;
  for (int64_t q = static_cast<int64_t>(k) - 1;
       q >= static_cast<int64_t>(low) && k - q <= 12; --q) {
    const uint32_t v = static_cast<uint32_t>(q);
    if (IsSentenceEnd(text, v) || IsQuoteMark(text, v)) break;
    if ((*c.entity_of)[v] >= 0) {
      cue->speaker = EntityRef(c, v);
      break;
    }
    if (const uint16_t pron = PronounAt(*c.lex, text, v)) {
      cue->speaker = MakeRef(Kind::kPronoun, v, v + 1, pron);
      break;
    }
  }
  return true;
}

bool CueInside(const SpeechContext& c, uint32_t first, uint32_t end, Cue* cue) {
  const AnalyzedText& text = *c.text;
  // "« Ils vont interpeller des jeunes, s'alarme l'opposant, … »".
  const uint32_t limit = std::min(end, first + kMaxCueTokens);
  for (uint32_t q = first + 1; q + 2 < limit; ++q) {
    if (!NormIs(text, q, ",")) continue;
    uint32_t v = q + 1;
    while (v < limit && (text.tokens[v].word_class == WordClass::kAuxiliary ||
                         (text.tokens[v].word_class == WordClass::kPronoun &&
                          !PronounAt(*c.lex, text, v)))) {
      ++v;  // "a", "s'"
    }
    if (v >= limit || !IsSpeechVerb(c, v)) continue;
    // The incise closes within a few words: "…, dit Georgette, …" or
    // "…, dit Georgette. …".
    uint32_t close = v + 1;
    while (close < limit && close < v + 8 && !NormIs(text, close, ",") &&
           !IsSentenceEnd(text, close)) {
      ++close;
    }
    if (close >= limit ||
        !(NormIs(text, close, ",") || IsSentenceEnd(text, close))) {
      continue;
    }
    SpeakerRef who = PhraseAfter(c, v + 1, close);
    if (who.kind == Kind::kNone) {
      who = SubjectBefore(c, v, q + 1);  // "a-t-il dit": the clitic
    }
    if (who.kind == Kind::kNone) continue;
    cue->found = true;
    cue->incise = true;
    SetVerb(c, v, cue);
    cue->speaker = who;
    cue->rule = "incise";
    cue->confidence = 0.8f;
    return true;
  }
  return false;
}

}  // namespace gkg
}  // namespace tocsin
