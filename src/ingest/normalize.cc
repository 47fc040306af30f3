#include "ingest/normalize.h"

#include <cctype>
#include <cstdio>
#include <optional>

namespace tocsin {
namespace {

struct DateTime {
  int year = 0, month = 0, day = 0;
  bool has_time = false;
  int hour = 0, minute = 0, second = 0;
  enum class Zone { kNone, kUtc, kOffset } zone = Zone::kNone;
  int offset_minutes = 0;
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)); }
char Lower(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

// A cursor over the input; every Read* returns false without consuming on a
// mismatch, so alternatives can be tried.
class Cursor {
 public:
  explicit Cursor(std::string_view s) : s_(s) {}
  bool done() const { return i_ >= s_.size(); }
  char peek() const { return done() ? '\0' : s_[i_]; }
  bool Consume(char c) {
    if (peek() != c) return false;
    ++i_;
    return true;
  }
  void SkipSpaces() {
    while (!done() && (s_[i_] == ' ' || s_[i_] == '\t')) ++i_;
  }
  // Exactly `min`..`max` digits.
  bool ReadInt(int min, int max, int* out) {
    size_t j = i_;
    int v = 0;
    while (j < s_.size() && IsDigit(s_[j]) && static_cast<int>(j - i_) < max) {
      v = v * 10 + (s_[j++] - '0');
    }
    if (static_cast<int>(j - i_) < min) return false;
    if (j < s_.size() && IsDigit(s_[j])) return false;  // too many digits
    i_ = j;
    *out = v;
    return true;
  }
  std::string_view ReadWord() {
    const size_t start = i_;
    while (!done() && IsAlpha(s_[i_])) ++i_;
    return s_.substr(start, i_ - start);
  }
  // Digits with no length limit and no lookahead check (fractions).
  void SkipDigits() {
    while (!done() && IsDigit(s_[i_])) ++i_;
  }
  // True when only spaces and a parenthesised comment remain.
  bool AtEnd() {
    SkipSpaces();
    if (Consume('(')) {
      while (!done() && s_[i_] != ')') ++i_;
      if (!Consume(')')) return false;
      SkipSpaces();
    }
    return done();
  }

 private:
  std::string_view s_;
  size_t i_ = 0;
};

bool Valid(const DateTime& d) {
  if (d.year < 1000 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) {
    return false;
  }
  if (d.has_time && (d.hour > 23 || d.minute > 59 || d.second > 60)) {
    return false;
  }
  return d.zone != DateTime::Zone::kOffset ||
         (d.offset_minutes > -24 * 60 && d.offset_minutes < 24 * 60);
}

// "+02:00", "+0200", "+02", "Z".
bool ReadNumericZone(Cursor& c, DateTime* d) {
  if (c.Consume('Z') || c.Consume('z')) {
    d->zone = DateTime::Zone::kUtc;
    return true;
  }
  const int sign = c.Consume('+') ? 1 : c.Consume('-') ? -1 : 0;
  if (sign == 0) return false;
  int hh = 0, mm = 0;
  if (c.ReadInt(4, 4, &hh)) {
    mm = hh % 100;
    hh /= 100;
  } else {
    if (!c.ReadInt(2, 2, &hh)) return false;
    if (c.Consume(':') && !c.ReadInt(2, 2, &mm)) return false;
  }
  d->zone = DateTime::Zone::kOffset;
  d->offset_minutes = sign * (hh * 60 + mm);
  return true;
}

bool ReadClock(Cursor& c, DateTime* d) {
  if (!c.ReadInt(2, 2, &d->hour) || !c.Consume(':') ||
      !c.ReadInt(2, 2, &d->minute)) {
    return false;
  }
  if (c.Consume(':')) {
    if (!c.ReadInt(2, 2, &d->second)) return false;
    if (c.Consume('.') || c.Consume(',')) c.SkipDigits();
  }
  d->has_time = true;
  return true;
}

std::optional<DateTime> ParseIso(std::string_view s) {
  Cursor c(s);
  DateTime d;
  if (c.ReadInt(8, 8, &d.year)) {  // basic format 20221004
    d.day = d.year % 100;
    d.month = d.year / 100 % 100;
    d.year /= 10000;
  } else {
    if (!c.ReadInt(4, 4, &d.year)) return std::nullopt;
    const char sep = c.peek();
    if ((sep != '-' && sep != '/') || !c.Consume(sep) ||
        !c.ReadInt(1, 2, &d.month) || !c.Consume(sep) ||
        !c.ReadInt(1, 2, &d.day)) {
      return std::nullopt;
    }
  }
  if (c.Consume('T') || c.Consume('t') || c.Consume(' ')) {
    c.SkipSpaces();
    if (!ReadClock(c, &d)) return std::nullopt;
    c.SkipSpaces();
    ReadNumericZone(c, &d);
  }
  if (!c.AtEnd()) return std::nullopt;
  return d;
}

int MonthFromName(std::string_view w) {
  static constexpr const char* kMonths[] = {"jan", "feb", "mar", "apr",
                                            "may", "jun", "jul", "aug",
                                            "sep", "oct", "nov", "dec"};
  if (w.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    if (Lower(w[0]) == kMonths[m][0] && Lower(w[1]) == kMonths[m][1] &&
        Lower(w[2]) == kMonths[m][2]) {
      return m + 1;
    }
  }
  return 0;
}

void ReadNamedZone(Cursor& c, DateTime* d) {
  if (ReadNumericZone(c, d)) return;
  std::string zone;
  for (char ch : c.ReadWord()) zone.push_back(Lower(ch));
  if (zone == "gmt" || zone == "ut" || zone == "utc") {
    d->zone = DateTime::Zone::kUtc;
    if (ReadNumericZone(c, d)) return;  // "GMT+02:00"
    return;
  }
  static constexpr struct {
    const char* name;
    int hours;
  } kZones[] = {{"est", -5}, {"edt", -4}, {"cst", -6}, {"cdt", -5},
                {"mst", -7}, {"mdt", -6}, {"pst", -8}, {"pdt", -7}};
  for (const auto& z : kZones) {
    if (zone == z.name) {
      d->zone = DateTime::Zone::kOffset;
      d->offset_minutes = z.hours * 60;
    }
  }
}

// [Tue,] 04 Oct 2022 [10:00[:00]] [zone]
std::optional<DateTime> ParseRfc822(std::string_view s) {
  Cursor c(s);
  DateTime d;
  if (IsAlpha(c.peek())) {  // weekday; its value is redundant
    c.ReadWord();
    c.Consume(',');
    c.SkipSpaces();
  }
  if (!c.ReadInt(1, 2, &d.day)) return std::nullopt;
  c.SkipSpaces();
  c.Consume('-');
  d.month = MonthFromName(c.ReadWord());
  if (d.month == 0) return std::nullopt;
  c.Consume('.');
  c.SkipSpaces();
  c.Consume('-');
  if (c.ReadInt(4, 4, &d.year)) {
  } else if (c.ReadInt(2, 2, &d.year)) {
    d.year += d.year < 50 ? 2000 : 1900;
  } else {
    return std::nullopt;
  }
  c.SkipSpaces();
  if (IsDigit(c.peek())) {
    if (!ReadClock(c, &d)) return std::nullopt;
    c.SkipSpaces();
    ReadNamedZone(c, &d);
  }
  if (!c.AtEnd()) return std::nullopt;
  return d;
}

std::string Format(const DateTime& d) {
  char buf[40];
  int n =
      std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", d.year, d.month, d.day);
  if (d.has_time) {
    n += std::snprintf(buf + n, sizeof(buf) - n, "T%02d:%02d:%02d", d.hour,
                       d.minute, d.second);
    if (d.zone == DateTime::Zone::kUtc) {
      n += std::snprintf(buf + n, sizeof(buf) - n, "Z");
    } else if (d.zone == DateTime::Zone::kOffset) {
      const int off =
          d.offset_minutes < 0 ? -d.offset_minutes : d.offset_minutes;
      n += std::snprintf(buf + n, sizeof(buf) - n, "%c%02d:%02d",
                         d.offset_minutes < 0 ? '-' : '+', off / 60, off % 60);
    }
  }
  return std::string(buf, n);
}

}  // namespace

std::string_view TrimAscii(std::string_view s) {
  auto space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
           c == '\v';
  };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

std::string NormalizeDate(std::string_view text) {
  text = TrimAscii(text);
  if (text.empty() || text.size() > 100) return "";
  std::optional<DateTime> d = ParseIso(text);
  if (!d) d = ParseRfc822(text);
  if (!d || !Valid(*d)) return "";
  return Format(*d);
}

std::string NormalizeLanguage(std::string_view tag) {
  tag = TrimAscii(tag);
  std::string out;
  for (char c : tag) {
    if (c == '-' || c == '_') break;
    if (!IsAlpha(c) || out.size() >= 3) return "";
    out.push_back(Lower(c));
  }
  return out.size() >= 2 ? out : "";
}

}  // namespace tocsin
