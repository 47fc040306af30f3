#include "signals/watch.h"

#include <charconv>
#include <cmath>
#include <set>
#include <string>

#include "util/lines.h"

namespace tocsin {
namespace {

bool IsNameByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
}

bool IsUpperOrDigit(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool AllOf(std::string_view s, bool (*pred)(char)) {
  for (char c : s) {
    if (!pred(c)) return false;
  }
  return true;
}

bool IsActorPrefix(std::string_view s) {
  return !s.empty() && s.size() <= 30 && AllOf(s, IsUpperOrDigit);
}

bool IsCodePrefix(std::string_view s) {
  return !s.empty() && s.size() <= 4 &&
         AllOf(s, [](char c) { return c >= '0' && c <= '9'; });
}

bool IsThemeName(std::string_view s) {
  return !s.empty() && s.size() <= 60 &&
         AllOf(s, [](char c) { return IsUpperOrDigit(c) || c == '_'; });
}

// "UA" or "UA-14" (ISO 3166-2 subdivisions have 1 to 3 alphanumerics).
bool IsPlace(std::string_view s) {
  if (s.size() < 2 || !(s[0] >= 'A' && s[0] <= 'Z') ||
      !(s[1] >= 'A' && s[1] <= 'Z')) {
    return false;
  }
  if (s.size() == 2) return true;
  return s.size() >= 4 && s.size() <= 6 && s[2] == '-' &&
         AllOf(s.substr(3), IsUpperOrDigit);
}

bool IsDyad(std::string_view s) {
  const size_t gt = s.find('>');
  if (gt == std::string_view::npos) return false;
  auto side = [](std::string_view x) { return x == "*" || IsActorPrefix(x); };
  return side(TrimBlanks(s.substr(0, gt))) &&
         side(TrimBlanks(s.substr(gt + 1)));
}

class Parser {
 public:
  explicit Parser(std::string_view file_name) : file_name_(file_name) {}

  Status Error(std::string what) const {
    return InvalidArgumentError(std::string(file_name_) + ":" +
                                std::to_string(line_) + ": " + what);
  }

  StatusOr<std::vector<Watch>> Parse(std::string_view text) {
    while (!text.empty()) {
      ++line_;
      const size_t eol = text.find('\n');
      std::string_view raw = text.substr(0, eol);
      if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
      text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
      TOCSIN_RETURN_IF_ERROR(Line(TrimBlanks(raw)));
    }
    TOCSIN_RETURN_IF_ERROR(FinishWatch());
    return std::move(watches_);
  }

 private:
  Status Line(std::string_view line) {
    if (line.empty() || line[0] == '#') return Status::OK();
    if (line[0] == '[') return Section(line);
    const size_t eq = line.find('=');
    if (eq == std::string_view::npos) {
      return Error("expected 'key = value' or '[watch NAME]'");
    }
    if (!open_) return Error("a setting before any [watch NAME] section");
    const std::string_view key = TrimBlanks(line.substr(0, eq));
    const std::string_view value = TrimBlanks(line.substr(eq + 1));
    if (!seen_keys_.insert(std::string(key)).second) {
      return Error("'" + std::string(key) + "' set twice in this watch");
    }
    Watch& w = watches_.back();
    if (key == "description") {
      w.description = std::string(value);
      return Status::OK();
    }
    if (key == "actors")
      return List(value, IsActorPrefix, "actor code", &w.actors);
    if (key == "dyads")
      return List(value, IsDyad, "dyad SOURCE>TARGET", &w.dyads);
    if (key == "codes")
      return List(value, IsCodePrefix, "CAMEO code", &w.codes);
    if (key == "themes") return List(value, IsThemeName, "theme", &w.themes);
    if (key == "places") return List(value, IsPlace, "place code", &w.places);
    if (key == "posture_sources") {
      return List(value, IsActorPrefix, "actor code", &w.posture_sources);
    }
    if (key == "false_alarm_rate") {
      TOCSIN_ASSIGN_OR_RETURN(w.false_alarm_rate, Number(value));
      if (!(w.false_alarm_rate > 0 && w.false_alarm_rate < 0.5)) {
        return Error("false_alarm_rate must be in (0, 0.5)");
      }
      return Status::OK();
    }
    if (key == "min_count") {
      TOCSIN_ASSIGN_OR_RETURN(w.min_count, Number(value));
      if (!(w.min_count >= 1 && w.min_count <= 1e9)) {
        return Error("min_count must be at least 1");
      }
      return Status::OK();
    }
    return Error("unknown setting '" + std::string(key) + "'");
  }

  Status Section(std::string_view line) {
    if (line.back() != ']') return Error("a section header ends with ']'");
    std::string_view inside = TrimBlanks(line.substr(1, line.size() - 2));
    if (inside.substr(0, 6) != "watch " && inside.substr(0, 6) != "watch\t") {
      return Error("expected '[watch NAME]'");
    }
    const std::string_view name = TrimBlanks(inside.substr(6));
    if (name.empty() || name.size() > 60 || !AllOf(name, IsNameByte)) {
      return Error("a watch name is 1 to 60 letters, digits, '-', '_', '.'");
    }
    TOCSIN_RETURN_IF_ERROR(FinishWatch());
    if (!names_.insert(std::string(name)).second) {
      return Error("watch '" + std::string(name) + "' defined twice");
    }
    Watch w;
    w.name = std::string(name);
    w.line = line_;
    watches_.push_back(std::move(w));
    seen_keys_.clear();
    open_ = true;
    section_line_ = line_;
    return Status::OK();
  }

  // A watch that selects nothing would silently watch every event.
  Status FinishWatch() {
    if (!open_) return Status::OK();
    const Watch& w = watches_.back();
    if (w.actors.empty() && w.dyads.empty() && w.codes.empty() &&
        w.themes.empty() && w.places.empty() && w.posture_sources.empty()) {
      return InvalidArgumentError(std::string(file_name_) + ":" +
                                  std::to_string(section_line_) + ": watch '" +
                                  w.name +
                                  "' selects nothing (set actors, dyads, "
                                  "codes, themes, places or posture_sources)");
    }
    return Status::OK();
  }

  Status List(std::string_view value, bool (*valid)(std::string_view),
              const char* what, std::vector<std::string>* out) {
    out->clear();
    while (true) {
      const size_t comma = value.find(',');
      const std::string_view item = TrimBlanks(value.substr(0, comma));
      if (item.empty()) return Error(std::string("an empty ") + what);
      if (!valid(item)) {
        return Error("'" + std::string(item) + "' is not a valid " + what);
      }
      out->emplace_back(item);
      if (comma == std::string_view::npos) return Status::OK();
      value.remove_prefix(comma + 1);
    }
  }

  StatusOr<double> Number(std::string_view value) {
    double v = 0;
    const auto [end, ec] =
        std::from_chars(value.data(), value.data() + value.size(), v);
    if (ec != std::errc() || end != value.data() + value.size() ||
        !std::isfinite(v)) {
      return Error("'" + std::string(value) + "' is not a number");
    }
    return v;
  }

  std::string_view file_name_;
  int line_ = 0;
  int section_line_ = 0;
  bool open_ = false;
  std::vector<Watch> watches_;
  std::set<std::string> names_;
  std::set<std::string> seen_keys_;
};

}  // namespace

StatusOr<std::vector<Watch>> ParseWatches(std::string_view text,
                                          std::string_view file_name) {
  return Parser(file_name).Parse(text);
}

const std::vector<std::string>& NuclearArmedStates() {
  static const std::vector<std::string> kStates = {
      "USA", "RUS", "CHN", "FRA", "GBR", "IND", "PAK", "PRK", "ISR"};
  return kStates;
}

Watch NuclearWatch() {
  Watch w;
  w.name = "nuclear";
  w.description =
      "Nuclear rhetoric and posture: threats with weapons of mass "
      "destruction (CAMEO 1385), nuclear demonstrations (204x), force "
      "posture by nuclear-armed states (15x), and the reporting about "
      "nuclear weapons, deterrence and nuclear forces";
  w.codes = {"1385", "204"};
  w.posture_sources = NuclearArmedStates();
  w.themes = {
      "WMD_NUCLEAR",          "NUCLEAR_DETERRENCE", "NUCLEAR_STRATEGIC_FORCES",
      "NUCLEAR_TACTICAL",     "NUCLEAR_TEST",       "NUCLEAR_STORAGE",
      "NUCLEAR_PROLIFERATION"};
  return w;
}

}  // namespace tocsin
