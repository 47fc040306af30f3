// Where a person's name starts in its mention, and the role written around
// it: before the name ("Chechen leader Ramzan Kadyrov", "l'analyste de la
// défense Konrad Muzyka") or in an apposition after it ("Natalia Orlova, a
// sociologist who ..."). Internal to src/gkg (entities.cc).
#ifndef TOCSIN_GKG_ENTITY_ROLES_H_
#define TOCSIN_GKG_ENTITY_ROLES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "gkg/speech_lexicon.h"
#include "tocsin/text.h"

namespace tocsin {
namespace gkg {

struct TokenRange {
  uint32_t begin = 0, end = 0;
  bool empty() const { return begin >= end; }
};

// The first token of the name in the mention tokens [first, end): after
// leading determiners and lower-case words, and, for a person, after the
// last title or honorific ("le président russe Vladimir Poutine",
// "European Commission President Ursula von der Leyen", "Mr Peskov").
// Always < end.
uint32_t NameStart(const SpeechLexicon& lex, const AnalyzedText& text,
                   uint32_t first, uint32_t end, bool person);

// The role written right before the name at `name_first` (possibly inside
// the mention), not before `limit`; empty when no role word is there.
TokenRange RoleBefore(const SpeechLexicon& lex, const AnalyzedText& text,
                      uint32_t limit, uint32_t name_first);

// The role in an apposition after a name ending at `name_end`: ", role ...,"
// up to the closing comma, a relative pronoun, a verb or the sentence end
// `limit`; empty when none.
TokenRange RoleAfter(const SpeechLexicon& lex, const AnalyzedText& text,
                     uint32_t name_end, uint32_t limit);

// Appends the role classes of the role words in `range` (1-based indexes
// into lex.role_classes()).
void RoleClassesIn(const SpeechLexicon& lex, const AnalyzedText& text,
                   TokenRange range, std::vector<uint8_t>* classes);
// The same for a role written as a string (the dictionary's role).
void RoleClassesOf(const SpeechLexicon& lex, std::string_view role,
                   std::vector<uint8_t>* classes);

// Gender bits (kWordFeminine / kWordMasculine) told by the role words of a
// role string ("présidente de la Confédération"), and by the role words and
// honorifics of tokens [first, end), counting the first token too when
// `with_article` ("la ministre").
uint16_t RoleStringGender(const SpeechLexicon& lex, std::string_view role);
uint16_t TokensGender(const SpeechLexicon& lex, const AnalyzedText& text,
                      uint32_t first, uint32_t end, bool with_article);

}  // namespace gkg
}  // namespace tocsin

#endif  // TOCSIN_GKG_ENTITY_ROLES_H_
