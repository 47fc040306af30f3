#include "gkg/news_calendar.h"

#include <algorithm>
#include <charconv>

namespace tocsin {
namespace {

namespace chr = std::chrono;

// Appends `value` in `width` digits (value < 10^width).
void AppendDigits(unsigned value, int width, std::string* out) {
  char buf[8];
  for (int i = width - 1; i >= 0; --i, value /= 10) {
    buf[i] = static_cast<char>('0' + value % 10);
  }
  out->append(buf, width);
}

// How far back a day without its year may lie before we take the next one.
constexpr chr::days kPastWindow{270};

}  // namespace

bool ParsePublicationDate(std::string_view iso, PublicationDate* out) {
  *out = PublicationDate();
  int parts[3] = {0, 0, 0};
  const size_t widths[3] = {4, 2, 2};
  size_t at = 0;
  int n = 0;
  for (; n < 3; ++n) {
    if (n > 0) {
      if (at >= iso.size() || iso[at] != '-') break;
      ++at;
    }
    if (iso.size() < at + widths[n]) return false;
    const char* b = iso.data() + at;
    auto [ptr, ec] = std::from_chars(b, b + widths[n], parts[n]);
    if (ec != std::errc() || ptr != b + widths[n]) return false;
    at += widths[n];
  }
  if (at < iso.size() && iso[at] != 'T' && iso[at] != ' ') return false;
  const chr::year y{parts[0]};
  if (n >= 2 && !(y / chr::month(parts[1])).ok()) return false;
  if (n == 3 && !(y / chr::month(parts[1]) / chr::day(parts[2])).ok()) {
    return false;
  }
  out->year = parts[0];
  out->month = n >= 2 ? parts[1] : 0;
  out->day = n == 3 ? parts[2] : 0;
  return true;
}

std::string IsoYear(int year) {
  std::string out;
  AppendDigits(static_cast<unsigned>(std::clamp(year, 0, 9999)), 4, &out);
  return out;
}

std::string IsoMonth(const chr::year_month& ym) {
  std::string out = IsoYear(static_cast<int>(ym.year()));
  out += '-';
  AppendDigits(static_cast<unsigned>(ym.month()), 2, &out);
  return out;
}

std::string IsoDay(const chr::year_month_day& d) {
  std::string out = IsoMonth(d.year() / d.month());
  out += '-';
  AppendDigits(static_cast<unsigned>(d.day()), 2, &out);
  return out;
}

std::string IsoWeek(chr::sys_days d) {
  const chr::weekday wd{d};
  const chr::sys_days thursday =
      d - chr::days{wd.iso_encoding() - 1} + chr::days{3};
  const chr::year_month_day ymd{thursday};
  const chr::sys_days jan1{ymd.year() / chr::January / 1};
  const int week = static_cast<int>((thursday - jan1).count() / 7 + 1);
  std::string out = IsoYear(static_cast<int>(ymd.year()));
  out += "-W";
  AppendDigits(static_cast<unsigned>(week), 2, &out);
  return out;
}

chr::sys_days ResolveWeekday(unsigned iso_weekday, DateModifier modifier,
                             chr::sys_days published) {
  const chr::weekday target{iso_weekday % 7};
  const chr::weekday today{published};
  const chr::days back = today - target;  // 0..6
  const chr::days ahead = target - today;
  switch (modifier) {
    case DateModifier::kNone:
      return published - back;
    case DateModifier::kLast:
      return published - (back.count() == 0 ? chr::days{7} : back);
    case DateModifier::kNext:
      return published + (ahead.count() == 0 ? chr::days{7} : ahead);
    case DateModifier::kThis:
      return published + ahead;
  }
  return published - back;
}

chr::year_month ResolveMonth(unsigned month, DateModifier modifier,
                             chr::year_month published) {
  chr::year_month ym = published.year() / chr::month{month};
  const bool later = chr::month{month} > published.month();
  switch (modifier) {
    case DateModifier::kNone:
      if (later) ym -= chr::years{1};
      break;
    case DateModifier::kLast:
      if (later || ym == published) ym -= chr::years{1};
      break;
    case DateModifier::kNext:
      if (!later) ym += chr::years{1};
      break;
    case DateModifier::kThis:
      break;
  }
  return ym;
}

std::optional<chr::year_month_day> ResolveDayWithoutYear(
    unsigned month, unsigned day, chr::sys_days published) {
  const chr::year year = chr::year_month_day{published}.year();
  // Among last year's, this year's and next year's, the last one on or
  // before publication, unless it is too far back.
  std::optional<chr::year_month_day> past, future;
  for (int delta = -1; delta <= 1; ++delta) {
    const chr::year_month_day d =
        (year + chr::years{delta}) / chr::month{month} / chr::day{day};
    if (!d.ok()) continue;
    if (chr::sys_days{d} <= published) {
      past = d;
    } else if (!future) {
      future = d;
    }
  }
  if (past && (published - chr::sys_days{*past} <= kPastWindow || !future)) {
    return past;
  }
  return future;
}

}  // namespace tocsin
