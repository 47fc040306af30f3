// Splitting one scanned word into tokens: French elision and verb-pronoun
// inversion, English contractions and possessives, numbers glued to units.
//
// Decisions (documented here because later stages rely on them):
//  - French elision: l'Ukraine -> l' + Ukraine, jusqu'à -> jusqu' + à,
//    qu'aujourd'hui -> qu' + aujourd'hui. The elided piece keeps its
//    apostrophe and is flagged kTokenElided. aujourd'hui, quelqu'un and the
//    no_split list stay whole.
//  - French inversion: the pronouns after the verb become tokens that keep
//    their hyphen, flagged kTokenClitic: dit-elle -> dit + -elle,
//    donne-le-moi -> donne + -le + -moi, and the euphonic t stays with its
//    pronoun: a-t-il -> a + -t-il. Only when every segment after the split
//    point is a pronoun (sur-le-champ, peut-être, Moscou-Kiev stay whole).
//  - English (Penn Treebank style): Russia's -> Russia + 's, I'm -> I + 'm,
//    don't -> do + n't, can't -> ca + n't, won't -> wo + n't; the suffix is
//    flagged kTokenClitic.
//  - Numbers: $1.13bn -> $ + 1.13 + bn (the currency sign is already a
//    token of its own); 10% -> 10 + %. Ordinals stay whole: 12e, 1er, 3rd,
//    XXe; other digit-letter mixes stay whole too (4G, 1990s, 737MAX).
#ifndef TOCSIN_TEXT_WORD_SPLIT_H_
#define TOCSIN_TEXT_WORD_SPLIT_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text/lexicon.h"

namespace tocsin {

// A piece of a word: byte offsets relative to the word, and the token flags
// (kTokenElided, kTokenClitic) it gets.
// No default member initialisers: arrays of pieces live on the stack of a
// per-word function and must not be zeroed on every call.
struct WordPiece {
  uint32_t begin;
  uint32_t end;
  uint8_t flags;
};

inline constexpr size_t kMaxWordPieces = 16;

// Each splitter writes at least one piece, covering `word` without gaps, in
// order, and returns the count (<= kMaxWordPieces). `word` is normalised
// text without white space.
size_t SplitFrenchWord(std::string_view word, const LanguageLexicon& fr,
                       WordPiece* pieces);
size_t SplitEnglishWord(std::string_view word, const LanguageLexicon& en,
                        WordPiece* pieces);

// For a word starting with a digit: the length of its numeric part
// ("1 000,5", "3.5", "12/10/2022"), i.e. digits joined by . , : / - or a
// space (the scanner only lets such joiners into a word between digits).
size_t NumericPrefixLength(std::string_view word);

// "st", "nd", "e", "er", "ème"...: the word is an ordinal, kept whole.
bool IsOrdinalSuffix(std::string_view suffix);
// "bn", "km", "mln"...: split from the number before it.
bool IsUnitSuffix(std::string_view suffix);
// XXe, IIIe, Ve, XIXème: a Roman-numeral ordinal.
bool IsRomanOrdinal(std::string_view word);

}  // namespace tocsin

#endif  // TOCSIN_TEXT_WORD_SPLIT_H_
