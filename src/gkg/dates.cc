// The date finder reads each sentence left to right and, at each token that
// is a listed word or digits, tries in turn: a relative phrase ("la semaine
// dernière"), "il y a N jours"/"N days ago", a weekday, an absolute date, a
// month with its cue, a year with its cue. Cues before the head word
// ("en", "début", "last") are found by looking back, never before the end
// of the previous mention. The calendar rules are in news_calendar.h.
#include "gkg/dates.h"

#include <charconv>
#include <chrono>
#include <optional>

namespace tocsin {
namespace {

namespace chr = std::chrono;

DateModifier ModifierOf(const AmountDateWord* w) {
  if (w == nullptr) return DateModifier::kNone;
  if (w->kinds & kAdNext) return DateModifier::kNext;
  if (w->kinds & kAdLast) return DateModifier::kLast;
  if (w->kinds & kAdThis) return DateModifier::kThis;
  return DateModifier::kNone;
}

// The kinds of phrase a date may start with (cues are found looking back;
// counts before a duration: see Candidate).
constexpr uint32_t kStarts = kAdRelative | kAdAgoBefore | kAdWeekday | kAdMonth;

struct Found {
  uint32_t begin = 0, end = 0;  // tokens
  std::string resolved;
  const char* granularity = "";
};

class DateScanner {
 public:
  DateScanner(const AnalyzedText& text, const AmountDateWords& words,
              const DocumentWords& lookups, const Sentence& s, bool french,
              const PublicationDate& pub)
      : text_(text),
        words_(words),
        lookups_(lookups),
        keys_(lookups.keys()),
        end_(s.end_token),
        floor_(s.first_token),
        french_(french),
        pub_(pub) {
    if (pub.day != 0) {
      pub_day_ = chr::sys_days{chr::year{pub.year} / chr::month{pub.month} /
                               chr::day{pub.day}};
    }
    if (pub.month != 0) {
      pub_month_ = chr::year{pub.year} / chr::month{pub.month};
    }
  }

  // Visits the candidates of the sentence; `*at` indexes the lookups'
  // candidates() and is left at the first one past the sentence.
  void Run(size_t* at, std::vector<DateMention>* out) {
    const std::vector<uint32_t>& candidates = lookups_.candidates();
    for (; *at < candidates.size() && candidates[*at] < end_; ++*at) {
      const uint32_t i = candidates[*at];
      Found f;
      if (i < floor_ || !Candidate(i) || !TryAt(i, &f)) continue;
      out->push_back(
          {{text_.tokens[f.begin].begin, text_.tokens[f.end - 1].end},
           std::move(f.resolved),
           f.granularity});
      floor_ = f.end;
    }
  }

 private:
  std::string_view norm(uint32_t i) const {
    return text_.Normalized(text_.tokens[i]);
  }
  const AmountDateWord* word(uint32_t i) const {
    return i < end_ ? lookups_.word(i) : nullptr;
  }
  uint32_t kinds(uint32_t i) const {
    const AmountDateWord* w = word(i);
    return w == nullptr ? 0 : w->kinds;
  }
  int Longest(uint32_t i, uint32_t wanted) const {
    int len = 0;
    if (i < end_) words_.Longest(keys_ + i, end_ - i, wanted, &len);
    return len;
  }
  const AmountDateWord* LongestBefore(uint32_t i, uint32_t wanted,
                                      int* len) const {
    *len = 0;
    return words_.LongestEndingAt(keys_, floor_, i, wanted, len);
  }
  bool Candidate(uint32_t i) const {
    if ((lookups_.first_kinds(i) & kStarts) != 0) return true;
    const std::string_view n = norm(i);
    if (!n.empty() && n[0] >= '0' && n[0] <= '9') return true;
    // "mi-octobre"; "trois jours", "a week" before "ago".
    return (lookups_.prefix_kinds(i) & kAdMonthPart) != 0 ||
           (i + 1 < end_ && (lookups_.kinds(i + 1) & kAdDuration) != 0);
  }
  // English month and weekday names are capitalised; "may", "march" are not
  // months.
  bool NameOk(uint32_t i) const {
    return french_ || (text_.tokens[i].flags & kTokenCapitalized) != 0;
  }

  // Each reader runs only where the token's kinds allow it.
  bool TryAt(uint32_t i, Found* f) const {
    const uint32_t first = lookups_.first_kinds(i);
    const std::string_view n = norm(i);
    const bool digits = !n.empty() && n[0] >= '0' && n[0] <= '9';
    const bool month = (first & kAdMonth) != 0;
    const bool before_duration =
        i + 1 < end_ && (lookups_.kinds(i + 1) & kAdDuration) != 0;
    return ((first & kAdRelative) != 0 && Relative(i, f)) ||
           (((first & kAdAgoBefore) != 0 || before_duration) && Ago(i, f)) ||
           ((first & kAdWeekday) != 0 && Weekday(i, f)) ||
           ((digits || month) && Absolute(i, f)) ||
           ((month || (lookups_.prefix_kinds(i) & kAdMonthPart) != 0) &&
            Month(i, f)) ||
           (digits && Year(i, f));
  }
  bool Relative(uint32_t i, Found* f) const;
  bool Ago(uint32_t i, Found* f) const;
  bool Weekday(uint32_t i, Found* f) const;
  bool Absolute(uint32_t i, Found* f) const;
  bool Month(uint32_t i, Found* f) const;
  bool Year(uint32_t i, Found* f) const;

  std::optional<int> DayAt(uint32_t i) const;
  std::optional<int> MonthAt(uint32_t i) const;
  std::optional<int> YearAt(uint32_t i) const;
  std::optional<int> CountAt(uint32_t i) const;
  uint32_t ExtendCues(uint32_t i, uint32_t wanted,
                      DateModifier* modifier) const;
  bool ResolveDay(int day, int month, std::optional<int> year, Found* f) const;
  bool ResolveMonth(int month, DateModifier modifier, Found* f) const;

  const AnalyzedText& text_;
  const AmountDateWords& words_;
  const DocumentWords& lookups_;
  const uint64_t* keys_;
  uint32_t end_;
  uint32_t floor_;  // cues may not reach back before this token
  bool french_;
  PublicationDate pub_;
  std::optional<chr::sys_days> pub_day_;
  std::optional<chr::year_month> pub_month_;
};

std::optional<int> DateScanner::DayAt(uint32_t i) const {
  if (i >= end_) return std::nullopt;
  const std::string_view n = norm(i);
  size_t digits = 0;
  while (digits < n.size() && digits < 3 && n[digits] >= '0' &&
         n[digits] <= '9') {
    ++digits;
  }
  if (digits == 0 || digits > 2) return std::nullopt;
  if (digits < n.size() &&
      (words_.WordKinds(n.substr(digits)) & kAdOrdinalSuffix) == 0) {
    return std::nullopt;  // "3rd", "1er" pass; "14h30" does not
  }
  int day = 0;
  std::from_chars(n.data(), n.data() + digits, day);
  if (day < 1 || day > 31) return std::nullopt;
  return day;
}

std::optional<int> DateScanner::MonthAt(uint32_t i) const {
  const AmountDateWord* w = word(i);
  if (w == nullptr || (w->kinds & kAdMonth) == 0 || !NameOk(i)) {
    return std::nullopt;
  }
  return w->month;
}

std::optional<int> DateScanner::YearAt(uint32_t i) const {
  if (i >= end_) return std::nullopt;
  const std::string_view n = norm(i);
  int year = 0;
  if (n.size() != 4) return std::nullopt;
  auto [ptr, ec] = std::from_chars(n.data(), n.data() + n.size(), year);
  if (ec != std::errc() || ptr != n.data() + n.size() || year < 1000) {
    return std::nullopt;
  }
  return year;
}

// "3", "trois", "a", "une" before a duration unit.
std::optional<int> DateScanner::CountAt(uint32_t i) const {
  if (i >= end_) return std::nullopt;
  const std::string_view n = norm(i);
  int count = 0;
  auto [ptr, ec] = std::from_chars(n.data(), n.data() + n.size(), count);
  if (ec == std::errc() && ptr == n.data() + n.size()) {
    if (count >= 1 && count <= 1000) return count;
    return std::nullopt;
  }
  const AmountDateWord* w = word(i);
  if (w == nullptr) return std::nullopt;
  if (w->kinds & (kAdNumber | kAdWeakNumber)) {
    return static_cast<int>(w->number);
  }
  if (w->kinds & kAdArticle) return 1;
  return std::nullopt;
}

// The first token of the cues before token i ("in early", "au début d'"),
// at most two phrases; *modifier is set when one is next/last/this.
uint32_t DateScanner::ExtendCues(uint32_t i, uint32_t wanted,
                                 DateModifier* modifier) const {
  uint32_t start = i;
  for (int n = 0; n < 2; ++n) {
    int len = 0;
    const AmountDateWord* w = LongestBefore(start, wanted, &len);
    if (w == nullptr) break;
    start -= len;
    if (modifier != nullptr && *modifier == DateModifier::kNone) {
      *modifier = ModifierOf(w);
    }
  }
  return start;
}

bool DateScanner::Relative(uint32_t i, Found* f) const {
  int len = 0;
  const AmountDateWord* w =
      words_.Longest(keys_ + i, end_ - i, kAdRelative, &len);
  if (w == nullptr) return false;
  if (w->kinds & (kAdRelativeDay | kAdRelativeWeek)) {
    if (!pub_day_) return false;
    if (w->kinds & kAdRelativeDay) {
      f->resolved = IsoDay(*pub_day_ + chr::days{w->offset});
      f->granularity = "day";
    } else {
      f->resolved = IsoWeek(*pub_day_ + chr::days{7 * w->offset});
      f->granularity = "week";
    }
  } else if (w->kinds & kAdRelativeMonth) {
    if (!pub_month_) return false;
    f->resolved = IsoMonth(*pub_month_ + chr::months{w->offset});
    f->granularity = "month";
  } else {
    if (pub_.year == 0) return false;
    f->resolved = IsoYear(pub_.year + w->offset);
    f->granularity = "year";
  }
  f->begin = i;
  f->end = i + len;
  return true;
}

// "il y a trois jours", "two weeks ago".
bool DateScanner::Ago(uint32_t i, Found* f) const {
  const int before = Longest(i, kAdAgoBefore);
  const uint32_t n_at = i + before;
  const std::optional<int> count = CountAt(n_at);
  if (!count || (kinds(n_at + 1) & kAdDuration) == 0) return false;
  uint32_t end = n_at + 2;
  if (before == 0) {
    const int after = Longest(end, kAdAgoAfter);
    if (after == 0) return false;
    end += after;
  }
  const int unit = word(n_at + 1)->duration;
  const int n = *count;
  if (unit <= 2) {
    if (!pub_day_) return false;
    const chr::sys_days d = *pub_day_ - chr::days{unit == 1 ? n : 7 * n};
    f->resolved = unit == 1 ? IsoDay(d) : IsoWeek(d);
    f->granularity = unit == 1 ? "day" : "week";
  } else if (unit == 3) {
    if (!pub_month_) return false;
    f->resolved = IsoMonth(*pub_month_ - chr::months{n});
    f->granularity = "month";
  } else {
    if (pub_.year == 0) return false;
    f->resolved = IsoYear(pub_.year - n);
    f->granularity = "year";
  }
  f->begin = i;
  f->end = end;
  return true;
}

bool DateScanner::Weekday(uint32_t i, Found* f) const {
  const AmountDateWord* w = word(i);
  if (w == nullptr || (w->kinds & kAdWeekday) == 0 || !NameOk(i)) return false;
  // "vendredi 7 octobre", "Friday, October 7": the date says it all.
  uint32_t j = i + 1;
  if (j < end_ && norm(j) == ",") ++j;
  if (j < end_ && text_.tokens[j].word_class == WordClass::kDeterminer) ++j;
  if (Absolute(j, f)) {
    f->begin = i;
    return true;
  }
  if (!pub_day_) return false;
  DateModifier modifier = DateModifier::kNone;
  const uint32_t begin = ExtendCues(i, kAdNext | kAdLast | kAdThis, &modifier);
  uint32_t end = i + 1;
  if (modifier == DateModifier::kNone) {
    const int after = Longest(end, kAdNext | kAdLast);
    if (after > 0) {
      modifier = ModifierOf(words_.Find(keys_ + end, after));
      end += after;
    }
  }
  f->resolved = IsoDay(
      ResolveWeekday(static_cast<unsigned>(w->weekday), modifier, *pub_day_));
  f->granularity = "day";
  f->begin = begin;
  f->end = end;
  return true;
}

// "3 octobre [2022]", "October 3[, 2022]", "octobre 2022".
bool DateScanner::Absolute(uint32_t i, Found* f) const {
  if (i >= end_) return false;
  if (const std::optional<int> day = DayAt(i)) {
    const std::optional<int> month = MonthAt(i + 1);
    if (!month) return false;
    const std::optional<int> year = YearAt(i + 2);
    f->begin = i;
    f->end = i + (year ? 3 : 2);
    return ResolveDay(*day, *month, year, f);
  }
  const std::optional<int> month = MonthAt(i);
  if (!month) return false;
  if (const std::optional<int> day = DayAt(i + 1)) {
    if (i + 2 < end_ && text_.tokens[i + 2].word_class == WordClass::kNoun) {
      return false;  // "in October 12 soldiers died"
    }
    uint32_t j = i + 2;
    std::optional<int> year = YearAt(j);
    if (!year && j < end_ && norm(j) == ",") year = YearAt(j + 1), ++j;
    f->begin = i;
    f->end = year ? j + 1 : i + 2;
    return ResolveDay(*day, *month, year, f);
  }
  const std::optional<int> year = YearAt(i + 1);
  if (!year) return false;
  f->begin = ExtendCues(i, kAdMonthCue | kAdMonthPart, nullptr);
  f->end = i + 2;
  f->resolved = IsoMonth(chr::year{*year} / chr::month(*month));
  f->granularity = "month";
  return true;
}

bool DateScanner::ResolveDay(int day, int month, std::optional<int> year,
                             Found* f) const {
  std::optional<chr::year_month_day> d;
  if (year) {
    d = chr::year{*year} / chr::month(month) / chr::day(day);
  } else if (pub_month_) {
    d = ResolveDayWithoutYear(
        static_cast<unsigned>(month), static_cast<unsigned>(day),
        pub_day_.value_or(chr::sys_days{*pub_month_ / chr::day{15}}));
  }
  if (!d || !d->ok()) return false;
  f->resolved = IsoDay(*d);
  f->granularity = "day";
  return true;
}

// "en octobre", "début octobre", "mid-October", "octobre dernier".
bool DateScanner::Month(uint32_t i, Found* f) const {
  std::optional<int> month = MonthAt(i);
  bool cued = false;
  if (!month) {
    // "mi-octobre", "mid-October": a month part glued to the month.
    if ((lookups_.prefix_kinds(i) & kAdMonthPart) == 0) return false;
    const std::string_view n = norm(i);
    const AmountDateWord* m = words_.FindWord(n.substr(n.find('-') + 1));
    if (m == nullptr || (m->kinds & kAdMonth) == 0) return false;
    month = m->month;
    cued = true;
  }
  DateModifier modifier = DateModifier::kNone;
  const uint32_t begin = ExtendCues(
      i, kAdMonthCue | kAdMonthPart | kAdNext | kAdLast | kAdThis, &modifier);
  uint32_t end = i + 1;
  const int after = Longest(end, kAdNext | kAdLast);
  if (after > 0) {
    modifier = ModifierOf(words_.Find(keys_ + end, after));
    end += after;
  }
  if (!cued && begin == i && after == 0) return false;  // "May", "Mars"
  f->begin = begin;
  f->end = end;
  return ResolveMonth(*month, modifier, f);
}

bool DateScanner::ResolveMonth(int month, DateModifier modifier,
                               Found* f) const {
  if (!pub_month_) return false;
  f->resolved = IsoMonth(tocsin::ResolveMonth(static_cast<unsigned>(month),
                                              modifier, *pub_month_));
  f->granularity = "month";
  return true;
}

// "en 2021", "in 1991", "since 2014", "by the end of 2022".
bool DateScanner::Year(uint32_t i, Found* f) const {
  const std::optional<int> year = YearAt(i);
  if (!year || *year < 1800 || *year > 2100) return false;
  const uint32_t begin = ExtendCues(i, kAdYearCue, nullptr);
  if (begin == i) return false;
  f->begin = begin;
  f->end = i + 1;
  f->resolved = IsoYear(*year);
  f->granularity = "year";
  return true;
}

}  // namespace

StatusOr<std::unique_ptr<DateFinder>> DateFinder::Load(
    const std::string& dict_dir) {
  return LoadAmountDateFinder<DateFinder>(dict_dir);
}

void DateFinder::Find(const Document& doc, const AnalyzedText& text,
                      std::vector<DateMention>* out) const {
  PublicationDate pub;
  if (!ParsePublicationDate(doc.published, &pub)) pub = PublicationDate();
  ScanCandidateSentences(
      *lexicons_, text,
      [&](const Sentence& s, const AmountDateWords& words,
          const DocumentWords& lookups, bool french, size_t* at) {
        DateScanner(text, words, lookups, s, french, pub).Run(at, out);
      });
}

}  // namespace tocsin
