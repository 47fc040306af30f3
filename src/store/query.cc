// SetEventQueryFlag and ValidateEventQuery (include/tocsin/query.h). The
// shapes are strict on purpose: a value that passes is one SQL compares
// meaningfully, so a typo is an error, not an empty result.
#include "tocsin/query.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>

#include "util/strings.h"

namespace tocsin {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool AllOf(std::string_view s, bool (*pred)(char)) {
  return std::all_of(s.begin(), s.end(), pred);
}
bool IsCodeChar(char c) { return IsUpper(c) || IsDigit(c); }
bool IsThemeChar(char c) { return IsCodeChar(c) || c == '_'; }

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

Status Bad(std::string_view flag, std::string_view value,
           std::string_view expected) {
  std::string shown(value.substr(0, 60));
  for (char& c : shown) {
    if (static_cast<unsigned char>(c) < 0x20) c = '?';
  }
  return InvalidArgumentError(std::string(flag) + " '" + shown +
                              "': expected " + std::string(expected));
}

bool IsDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!IsDigit(s[i])) return false;
  }
  const int y = std::stoi(std::string(s.substr(0, 4)));
  const int m = std::stoi(std::string(s.substr(5, 2)));
  const int d = std::stoi(std::string(s.substr(8, 2)));
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

bool ParseDouble(std::string_view s, double* out) {
  s = TrimWhitespace(s);
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && end == s.data() + s.size() && std::isfinite(*out);
}

bool HasControl(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
  });
}

constexpr std::string_view kDateShape = "a date YYYY-MM-DD, e.g. 2026-03-07";
constexpr std::string_view kActorShape =
    "a CAMEO actor code or prefix: letters and digits, e.g. RUS or RUSGOV";
constexpr std::string_view kNearShape =
    "LAT,LON,KM: latitude -90..90, longitude -180..180, radius >= 0 km, "
    "e.g. 48.85,2.35,50";

Status SetNear(std::string_view value, EventQuery* q) {
  const size_t a = value.find(',');
  const size_t b = a == std::string_view::npos ? a : value.find(',', a + 1);
  if (b == std::string_view::npos) return Bad("--near", value, kNearShape);
  GeoCircle c;
  if (!ParseDouble(value.substr(0, a), &c.lat) ||
      !ParseDouble(value.substr(a + 1, b - a - 1), &c.lon) ||
      !ParseDouble(value.substr(b + 1), &c.km)) {
    return Bad("--near", value, kNearShape);
  }
  if (!(c.lat >= -90 && c.lat <= 90) || !(c.lon >= -180 && c.lon <= 180) ||
      !(c.km >= 0 && c.km <= 20040)) {
    return Bad("--near", value, kNearShape);
  }
  q->near = c;
  return ValidateEventQuery(*q);
}

Status SetDyad(std::string_view value, EventQuery* q) {
  const size_t comma = value.find(',');
  if (comma == std::string_view::npos) {
    return Bad("--dyad", value,
               "SOURCE,TARGET actor code prefixes, e.g. "
               "RUS,UKR");
  }
  q->dyad_source = Upper(TrimWhitespace(value.substr(0, comma)));
  q->dyad_target = Upper(TrimWhitespace(value.substr(comma + 1)));
  return ValidateEventQuery(*q);
}

Status CheckCode(std::string_view flag, std::string_view value,
                 std::string_view expected, size_t min, size_t max) {
  if (value.size() < min || value.size() > max || !AllOf(value, IsDigit)) {
    return Bad(flag, value, expected);
  }
  return Status::OK();
}

Status CheckPrefix(std::string_view flag, std::string_view value) {
  if (value.empty() || value.size() > 30 || !AllOf(value, IsCodeChar)) {
    return Bad(flag, value, kActorShape);
  }
  return Status::OK();
}

Status CheckFreeText(std::string_view flag, std::string_view value,
                     std::string_view expected) {
  if (TrimWhitespace(value).empty() || value.size() > 500 ||
      HasControl(value)) {
    return Bad(flag, value, expected);
  }
  return Status::OK();
}

}  // namespace

StatusOr<EventOrder> ParseEventOrder(std::string_view name) {
  if (name == "day") return EventOrder::kDay;
  if (name == "recent") return EventOrder::kRecent;
  if (name == "articles") return EventOrder::kArticles;
  return Bad("--order", name, "day, recent or articles");
}

Status SetEventQueryFlag(std::string_view flag, std::string_view value,
                         EventQuery* q) {
  const std::string_view v = TrimWhitespace(value);
  if (v.empty()) return Bad(flag, value, "a value");
  if (flag == "--since") {
    q->since = std::string(v);
  } else if (flag == "--until") {
    q->until = std::string(v);
  } else if (flag == "--actor") {
    q->actor = Upper(v);
  } else if (flag == "--dyad") {
    return SetDyad(v, q);
  } else if (flag == "--code") {
    q->code = std::string(v);
  } else if (flag == "--root") {
    q->root = std::string(v);
  } else if (flag == "--quad") {
    if (v.size() != 1 || v[0] < '1' || v[0] > '4') {
      return Bad(flag, value, "a quad class 1, 2, 3 or 4");
    }
    q->quad_class = v[0] - '0';
  } else if (flag == "--country") {
    q->country = Upper(v);
  } else if (flag == "--adm1") {
    q->adm1 = Upper(v);
  } else if (flag == "--near") {
    return SetNear(v, q);
  } else if (flag == "--theme") {
    q->theme = Upper(v);
  } else if (flag == "--speaker") {
    q->speaker = std::string(value);
  } else if (flag == "--text") {
    q->text = std::string(value);
  } else {
    return InvalidArgumentError("unknown query flag " + std::string(flag));
  }
  return ValidateEventQuery(*q);
}

Status ValidateEventQuery(const EventQuery& q) {
  if (!q.since.empty() && !IsDate(q.since)) {
    return Bad("--since", q.since, kDateShape);
  }
  if (!q.until.empty() && !IsDate(q.until)) {
    return Bad("--until", q.until, kDateShape);
  }
  if (!q.since.empty() && !q.until.empty() && q.since > q.until) {
    return InvalidArgumentError("--since " + q.since + " is after --until " +
                                q.until);
  }
  if (!q.actor.empty()) TOCSIN_RETURN_IF_ERROR(CheckPrefix("--actor", q.actor));
  if (!q.dyad_source.empty() || !q.dyad_target.empty()) {
    const std::string both = q.dyad_source + "," + q.dyad_target;
    if (q.dyad_source.empty() || q.dyad_target.empty() ||
        !CheckPrefix("--dyad", q.dyad_source).ok() ||
        !CheckPrefix("--dyad", q.dyad_target).ok()) {
      return Bad("--dyad", both,
                 "SOURCE,TARGET actor code prefixes, e.g. RUS,UKR");
    }
  }
  if (!q.code.empty()) {
    TOCSIN_RETURN_IF_ERROR(CheckCode(
        "--code", q.code, "a CAMEO event code or prefix: 2 to 4 digits", 2, 4));
  }
  if (!q.root.empty()) {
    TOCSIN_RETURN_IF_ERROR(
        CheckCode("--root", q.root, "a CAMEO root: 01 to 20", 2, 2));
    const int root = std::stoi(q.root);
    if (root < 1 || root > 20) {
      return Bad("--root", q.root, "a CAMEO root: 01 to 20");
    }
  }
  if (q.quad_class < 0 || q.quad_class > 4) {
    return Bad("--quad", std::to_string(q.quad_class),
               "a quad class 1, 2, 3 or 4");
  }
  if (!q.country.empty() && ((q.country.size() != 2 && q.country.size() != 3) ||
                             !AllOf(q.country, IsUpper))) {
    return Bad("--country", q.country,
               "an ISO 3166-1 alpha-2 or alpha-3 code, e.g. UA or UKR");
  }
  if (!q.adm1.empty()) {
    const std::string_view a = q.adm1;
    if (a.size() < 4 || a.size() > 6 || a[2] != '-' ||
        !AllOf(a.substr(0, 2), IsUpper) || !AllOf(a.substr(3), IsCodeChar)) {
      return Bad("--adm1", q.adm1,
                 "an ISO 3166-2 subdivision code, e.g. UA-14 or FR-IDF");
    }
  }
  if (q.near) {
    const GeoCircle& c = *q.near;
    if (!(c.lat >= -90 && c.lat <= 90) || !(c.lon >= -180 && c.lon <= 180) ||
        !(c.km >= 0 && c.km <= 20040)) {
      return Bad("--near",
                 std::to_string(c.lat) + "," + std::to_string(c.lon) + "," +
                     std::to_string(c.km),
                 kNearShape);
    }
  }
  if (!q.theme.empty() &&
      (q.theme.size() > 100 || !AllOf(q.theme, IsThemeChar))) {
    return Bad("--theme", q.theme,
               "a theme name: letters, digits and _, e.g. WMD_NUCLEAR");
  }
  if (!q.speaker.empty()) {
    TOCSIN_RETURN_IF_ERROR(CheckFreeText(
        "--speaker", q.speaker, "a speaker's name (or part) or actor code"));
  }
  if (!q.text.empty()) {
    TOCSIN_RETURN_IF_ERROR(CheckFreeText(
        "--text", q.text, "words to search, without control characters"));
  }
  return Status::OK();
}

}  // namespace tocsin
