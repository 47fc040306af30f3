// AmountFinder: the numbers of a story and what they count, in English and
// French: "at least 156 people", "12 000 soldats", "une douzaine
// d'installations", "1.5 million", "3,5 milliards d'euros", "hundreds of
// civilians", "vingt-deux chars".
//
// What is an amount:
// - digits in either convention ("12 000", "12,000", "1.5", "3,5"), number
//   words ("douze", "three hundred", "quatre-vingt-dix"), and both scaled by
//   multipliers ("1.5 million", "deux milliards");
// - round-number nouns ("une douzaine", "des dizaines de milliers", "a
//   dozen", "hundreds of"), always approximate;
// - an approximation cue before any of them ("at least", "près de",
//   "environ", "plus de", "quelque") makes it approximate.
// What is not: years ("en 2022", "in 1991": a bare four-digit number from
// 1800 to 2100 is a year unless a noun it counts follows and no year cue
// precedes), times ("14h30", "3 p.m.", "à 15 heures"), dates ("le 3
// octobre", "October 3"), ordinals ("12e", "12th", "first"), identifiers
// ("No. 5", "résolution 2231", "F-16", a number glued to a word), ranges
// ("10-20"), and "un"/"one" alone ("l'un des", "one of the").
//
// What it counts (Amount::counted), as written, a contiguous span:
// - English: the noun compound ending at the head noun, leading adjectives
//   left out ("12 nuclear storage sites" -> "storage sites"), plus an "of"
//   complement without determiner ("3 million barrels of oil");
// - French: the head noun with the adjectives after it and one "de"
//   complement without determiner ("une douzaine d'installations centrales
//   de stockage d'armes" -> "installations centrales de stockage");
// - after a round number or a multiplier, "de"/"d'"/"of" is skipped first
//   ("hundreds of civilians" -> "civilians");
// - percentages count "%" ("30 %", "30 percent", "30 pour cent");
// - a currency sign before the number is what it counts when no noun
//   follows ("$5 million" -> "$").
// An amount may count nothing (counted empty): "the toll rose to 156".
//
// Immutable after Load; Find is thread-safe (per-thread scratch).
#ifndef TOCSIN_GKG_AMOUNTS_H_
#define TOCSIN_GKG_AMOUNTS_H_

#include <memory>
#include <string>
#include <vector>

#include "gkg/amount_date_words.h"
#include "tocsin/document.h"
#include "tocsin/knowledge.h"
#include "tocsin/status.h"
#include "tocsin/text.h"

namespace tocsin {

class AmountFinder {
 public:
  // Reads <dict_dir>/{en,fr}/amounts_dates.txt.
  static StatusOr<std::unique_ptr<AmountFinder>> Load(
      const std::string& dict_dir);
  explicit AmountFinder(std::shared_ptr<const AmountDateLexicons> lexicons)
      : lexicons_(std::move(lexicons)) {}

  // Appends the amounts of `doc` to *out in text order. `text` is the
  // pipeline's analysis of `doc` (its spans index doc.text). Sentences in
  // languages other than English and French are skipped.
  void Find(const Document& doc, const AnalyzedText& text,
            std::vector<Amount>* out) const;

 private:
  std::shared_ptr<const AmountDateLexicons> lexicons_;
};

}  // namespace tocsin

#endif  // TOCSIN_GKG_AMOUNTS_H_
