// Titles in quotes ("une émission intitulée « … »", "a documentary titled
// “…”", "un segment terrifiant « … »") are quotations of their producer:
// the subject of the sentence when it is an entity ("NTV aired …"), else
// an organisation of the sentence, else the most recent organisation of
// the three sentences before (media first), else the first of the next.
#include <algorithm>

#include "gkg/attribution.h"
#include "gkg/token_view.h"

namespace tocsin {
namespace gkg {
namespace {

bool IsMediaCode(const std::string& code) {
  return code.size() >= 3 && code.compare(code.size() - 3, 3, "MED") == 0;
}

// The first entity of tokens [first, end) that is not the complement of a
// preposition ("la chaîne de Poutine" is not Putin's), organisations only
// when `orgs_only`.
int64_t SubjectEntity(const SpeechContext& c, uint32_t first, uint32_t end,
                      bool orgs_only) {
  const AnalyzedText& text = *c.text;
  for (uint32_t q = first; q < end; ++q) {
    const int32_t e = (*c.entity_of)[q];
    if (e < 0 || (*c.mention_first)[q] != q) continue;
    const Entity& entity = (*c.entities)[e];
    if (orgs_only) {
      if (entity.kind == Entity::Kind::kOrganization) return q;
      continue;
    }
    const WordClass before =
        q > first ? text.tokens[q - 1].word_class : WordClass::kUnknown;
    const bool complement =
        before == WordClass::kAdposition ||
        (before == WordClass::kDeterminer && q > first + 1 &&
         text.tokens[q - 2].word_class == WordClass::kAdposition);
    if (!complement) return q;
  }
  return -1;
}

// The most recent organisation in tokens [first, end), a media outlet
// first; -1 when none.
int64_t RecentOrganisation(const SpeechContext& c, uint32_t first,
                           uint32_t end) {
  int64_t any = -1;
  for (uint32_t q = end; q > first; --q) {
    const int32_t e = (*c.entity_of)[q - 1];
    if (e < 0) continue;
    const Entity& entity = (*c.entities)[e];
    if (entity.kind != Entity::Kind::kOrganization) continue;
    if (IsMediaCode(entity.code)) return q - 1;
    if (any < 0) any = q - 1;
  }
  return any;
}

bool IsTitleCue(const SpeechContext& c, uint32_t open) {
  const AnalyzedText& text = *c.text;
  // "his new book, “…”".
  if (open > 1 && NormIs(text, open - 1, ",")) --open;
  SpeechWord w;
  // "intitulée «", "under the title “": a cue phrase right before.
  for (uint32_t n = 1; n <= SpeechLexicon::kMaxPhraseTokens && n <= open; ++n) {
    if (PhraseAt(*c.lex, text, open - n, open, kWordTitleCue, &w) ==
        static_cast<int>(n)) {
      return true;
    }
  }
  // "un segment terrifiant «", "the documentary “": a work noun.
  uint32_t q = open;
  for (int adjectives = 0; q > 0 && adjectives <= 2; ++adjectives) {
    --q;
    if (PhraseAt(*c.lex, text, q, open, kWordWork, &w) > 0) {
      return text.tokens[q].word_class == WordClass::kNoun ||
             text.tokens[q].word_class == WordClass::kProperNoun;
    }
    if (text.tokens[q].word_class != WordClass::kAdjective) break;
  }
  return false;
}

}  // namespace

bool CueTitle(const SpeechContext& c, uint32_t open, Cue* cue) {
  if (open == 0 || !IsTitleCue(c, open)) return false;
  const AnalyzedText& text = *c.text;
  const uint32_t s = (*c.sentence_of)[open];
  const Sentence& sentence = text.sentences[s];
  int64_t at = SubjectEntity(c, sentence.first_token, open, false);
  if (at < 0) at = SubjectEntity(c, sentence.first_token, open, true);
  if (at < 0) {
    const uint32_t back = s >= 3 ? text.sentences[s - 3].first_token : 0;
    at = RecentOrganisation(c, back, sentence.first_token);
  }
  if (at < 0 && s + 1 < text.sentences.size()) {
    const Sentence& next = text.sentences[s + 1];
    at = SubjectEntity(c, next.first_token, next.end_token, true);
  }
  cue->found = true;
  cue->verb = std::string("title");
  cue->rule = "title";
  cue->confidence = 0.7f;
  cue->adjacent = true;
  if (at >= 0) cue->speaker = EntityRef(c, static_cast<uint32_t>(at));
  return true;
}

}  // namespace gkg
}  // namespace tocsin
