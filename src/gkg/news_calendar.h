// The calendar rules of the date finder: ISO 8601 strings, and how a
// weekday, a month, or a day written without its year resolve against a
// story's publication date, per news convention. All arithmetic is the
// C++20 <chrono> calendar's. Pure functions; thread-safe.
#ifndef TOCSIN_GKG_NEWS_CALENDAR_H_
#define TOCSIN_GKG_NEWS_CALENDAR_H_

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace tocsin {

// A publication date as far as it is known: 0 for an unknown part.
struct PublicationDate {
  int year = 0;
  unsigned month = 0, day = 0;
};
// Reads "2022-10-07", "2022-10-07T08:00:00Z", "2022-10" or "2022". False
// (and *out unknown) for anything else or an invalid date.
bool ParsePublicationDate(std::string_view iso, PublicationDate* out);

// "2022-10-07", "2022-10", "2022", and the ISO week "2022-W40" (the week of
// the Thursday of d's Monday-to-Sunday week).
std::string IsoDay(const std::chrono::year_month_day& d);
std::string IsoMonth(const std::chrono::year_month& ym);
std::string IsoYear(int year);
std::string IsoWeek(std::chrono::sys_days d);

// How a weekday or a month is qualified: "vendredi prochain" (next),
// "last Friday" (last), "ce vendredi" (this), or not at all.
enum class DateModifier { kNone, kNext, kLast, kThis };

// A weekday (ISO 1 Monday .. 7 Sunday) seen from the publication day:
// unqualified, the most recent on or before it; next, the first after it;
// last, the last before it; this, the first on or after it.
std::chrono::sys_days ResolveWeekday(unsigned iso_weekday,
                                     DateModifier modifier,
                                     std::chrono::sys_days published);

// A month (1..12) seen from the publication month: unqualified, the most
// recent not after it; next, the first after it; last, the last before it;
// this, the one of the publication year.
std::chrono::year_month ResolveMonth(unsigned month, DateModifier modifier,
                                     std::chrono::year_month published);

// A day and month written without a year: the last such day on or before
// `published`, or the next one when that is more than nine months back
// ("le 26 octobre" in an article of early October is coming, "le 8
// février" in September is past). nullopt for an impossible day.
std::optional<std::chrono::year_month_day> ResolveDayWithoutYear(
    unsigned month, unsigned day, std::chrono::sys_days published);

}  // namespace tocsin

#endif  // TOCSIN_GKG_NEWS_CALENDAR_H_
