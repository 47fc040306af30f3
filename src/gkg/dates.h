// DateFinder: the dates a story mentions, in English and French, resolved
// against its publication date (Document::published).
//
// - Absolute dates: "le 3 octobre 2022", "October 3, 2022", "3 October",
//   "vendredi 7 octobre" (day); "octobre 2022" (month); "en 2021", "in
//   1991", "since 2014" (year: a four-digit year after a year cue).
//   A day and month without a year take the last such day on or before
//   the publication date, or the next one when that is more than nine
//   months back.
// - Months with a cue: "en octobre", "in October", "début octobre",
//   "mid-October", "octobre dernier", "next October" (month): the most
//   recent such month not after the publication month; "prochain"/"next"
//   the first after it, "dernier"/"last" the last before it, "ce"/"this"
//   the one of the publication year. A month name without a cue, a day or a
//   year is not a date ("May", "March", "Mars"); English names count only
//   when capitalised.
// - Weekdays: "vendredi", "on Friday": the most recent such day on or
//   before the publication date, per news convention; "vendredi
//   prochain"/"next Friday" the first after it, "vendredi dernier"/"last
//   Friday" the last before it, "ce vendredi"/"this Friday" the first on or
//   after it.
// - Relative expressions (listed in dict/<lang>/amounts_dates.txt): "hier",
//   "aujourd'hui", "demain", "avant-hier", "yesterday" (day); "la semaine
//   dernière", "this week" (ISO week "2022-W40"); "le mois dernier", "last
//   month" (month); "l'an dernier", "last year" (year); "il y a trois
//   jours", "two weeks ago" (the unit's granularity).
// Relative expressions need the publication date to the precision they
// resolve to; without it (published empty) they are skipped, and only dates
// that carry their year resolve.
//
// Immutable after Load; Find is thread-safe (per-thread scratch).
#ifndef TOCSIN_GKG_DATES_H_
#define TOCSIN_GKG_DATES_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "gkg/amount_date_words.h"
#include "gkg/news_calendar.h"
#include "tocsin/document.h"
#include "tocsin/knowledge.h"
#include "tocsin/status.h"
#include "tocsin/text.h"

namespace tocsin {

class DateFinder {
 public:
  // Reads <dict_dir>/{en,fr}/amounts_dates.txt.
  static StatusOr<std::unique_ptr<DateFinder>> Load(
      const std::string& dict_dir);
  explicit DateFinder(std::shared_ptr<const AmountDateLexicons> lexicons)
      : lexicons_(std::move(lexicons)) {}

  // Appends the dates of `doc` to *out in text order, resolved against
  // doc.published. `text` is the pipeline's analysis of `doc`. Sentences in
  // languages other than English and French are skipped.
  void Find(const Document& doc, const AnalyzedText& text,
            std::vector<DateMention>* out) const;

 private:
  std::shared_ptr<const AmountDateLexicons> lexicons_;
};

}  // namespace tocsin

#endif  // TOCSIN_GKG_DATES_H_
