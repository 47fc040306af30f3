// ShapeCandidates (entity_links.h): first names joined to their surname,
// organisation names extended over the words that belong to them, and
// GenderOf.
#include <algorithm>

#include "gkg/entity_links.h"
#include "gkg/entity_roles.h"
#include "gkg/token_view.h"

namespace tocsin {
namespace gkg {
namespace {

bool IsShortLower(const AnalyzedText& text, uint32_t i, WordClass c) {
  const Token& t = text.tokens[i];
  return !IsCap(t) && t.word_class == c && t.end - t.begin <= 3;
}

// Words before an organisation's name that belong to it: "Russian
// Transport Ministry", "Civilians in Conflict Watch".
uint32_t ExtendLeft(const AnalyzedText& text, uint32_t first,
                    uint32_t sentence_first,
                    const std::vector<uint8_t>& person) {
  for (int steps = 0; steps < 4 && first > sentence_first; ++steps) {
    const uint32_t p = first - 1;
    if (IsNameWord(text.tokens[p]) && !person[p]) {
      first = p;
    } else if (p > sentence_first &&
               IsShortLower(text, p, WordClass::kAdposition) &&
               IsNameWord(text.tokens[p - 1]) && !person[p - 1]) {
      first = p - 1;
    } else {
      break;
    }
  }
  return first;
}

// The prepositions that join a complement to an organisation's name: "of",
// "for" / "de", "pour". Locatives and time ("in Warsaw", "on Tuesday")
// follow a name without belonging to it.
bool IsNameJoiner(const AnalyzedText& text, uint32_t i, bool french) {
  if (!IsShortLower(text, i, WordClass::kAdposition)) return false;
  const std::string_view n = text.Normalized(text.tokens[i]);
  if (french) {
    return n == "de" || n == "d'" || n == "du" || n == "des" || n == "pour";
  }
  return n == "of" || n == "for";
}

// Words after it: French adjectives and complements ("ministère russe" +
// "de la Défense", "Comité national" + "antiterroriste russe", "Comité" +
// "d'enquête"), and "of" + a capitalised noun in both languages.
uint32_t ExtendRight(const AnalyzedText& text, uint32_t end, uint32_t limit,
                     bool french, bool institution) {
  for (int steps = 0; steps < 6 && end < limit; ++steps) {
    const Token& t = text.tokens[end];
    // The tagger calls some of these adjectives nouns ("antiterroriste",
    // "fédéral"); the name stops at the verb, a preposition or a comma.
    if (french && !IsCap(t) &&
        (t.word_class == WordClass::kAdjective ||
         t.word_class == WordClass::kNoun)) {
      ++end;
      continue;
    }
    if (french && IsCap(t) && t.word_class == WordClass::kProperNoun) {
      ++end;  // "Centre culturel Chevtchenko"
      continue;
    }
    if (!IsNameJoiner(text, end, french)) break;
    uint32_t q = end + 1;
    if (q < limit && text.tokens[q].word_class == WordClass::kDeterminer) ++q;
    if (q >= limit) break;
    const Token& noun = text.tokens[q];
    const bool named =
        IsCap(noun) && (noun.word_class == WordClass::kNoun ||
                        noun.word_class == WordClass::kProperNoun);
    const bool common = french && institution && !IsCap(noun) &&
                        noun.word_class == WordClass::kNoun &&
                        q == end + 1;  // "d'enquête", not "de la ville"
    if (!named && !common) break;
    end = q + 1;
  }
  return end;
}

}  // namespace

void ShapeCandidates(const AnalyzedText& text, std::vector<Candidate>* cands) {
  std::stable_sort(
      cands->begin(), cands->end(),
      [](const Candidate& a, const Candidate& b) { return a.first < b.first; });
  // "Mykola" + "Hrytsenko": one person; the dictionary's mention gives the
  // entry and code.
  for (size_t i = 0; i + 1 < cands->size(); ++i) {
    Candidate& a = (*cands)[i];
    Candidate& b = (*cands)[i + 1];
    if (a.dropped || !a.person || !b.person || b.first != a.end ||
        a.sentence != b.sentence || !IsCap(text.tokens[a.first])) {
      continue;
    }
    b.first = a.first;
    if (b.actor < 0 || (b.name_finder && !a.name_finder)) {
      b.actor = a.actor;
      b.name_finder = a.name_finder;
    }
    a.dropped = true;
  }
  thread_local std::vector<uint8_t> person;
  person.assign(text.tokens.size(), 0);
  for (const Candidate& c : *cands) {
    if (!c.person || c.dropped) continue;
    for (uint32_t t = c.first; t < c.end; ++t) person[t] = 1;
  }
  const bool french = text.language == "fr";
  for (Candidate& c : *cands) {
    // Dictionary names ("NATO", "NTV") are whole already.
    if (c.person || c.dropped ||
        !(c.institution || c.name_finder || c.actor < 0)) {
      continue;
    }
    const Sentence& s = text.sentences[c.sentence];
    c.first = ExtendLeft(text, c.first, s.first_token, person);
    c.end = ExtendRight(text, c.end, s.end_token, french, c.institution);
  }
  // Candidates inside an extended name are part of it ("Défense").
  std::stable_sort(
      cands->begin(), cands->end(), [](const Candidate& a, const Candidate& b) {
        return a.first < b.first || (a.first == b.first && a.end > b.end);
      });
  uint32_t reach = 0;
  int64_t owner = -1;
  for (size_t i = 0; i < cands->size(); ++i) {
    Candidate& c = (*cands)[i];
    if (c.dropped) continue;
    if (owner >= 0 && c.end <= reach && !(*cands)[owner].person) {
      c.dropped = true;
      continue;
    }
    if (c.end > reach) {
      reach = c.end;
      owner = static_cast<int64_t>(i);
    }
  }
  cands->erase(std::remove_if(cands->begin(), cands->end(),
                              [](const Candidate& c) { return c.dropped; }),
               cands->end());
}

uint16_t GenderOf(const SpeechLexicon& lex, const AnalyzedText& text,
                  const Entity& entity) {
  constexpr uint16_t kGender = kWordFeminine | kWordMasculine;
  uint16_t gender = RoleStringGender(lex, entity.role);
  for (const EntityMention& m : entity.mentions) {
    if (m.kind == EntityMentionKind::kPronoun || m.span.end <= m.span.begin) {
      continue;
    }
    const uint32_t first = TokenAtByte(text, m.span.begin);
    const uint32_t end = TokenAtByte(text, m.span.end - 1) + 1;
    gender |= TokensGender(lex, text, first,
                           std::min<uint32_t>(end, text.tokens.size()),
                           m.kind == EntityMentionKind::kDescription);
  }
  return gender == kGender ? 0 : gender;
}

}  // namespace gkg
}  // namespace tocsin
