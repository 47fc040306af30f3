#include "dict/actor_dict.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "util/strings.h"

namespace tocsin {
namespace {

constexpr std::array<std::pair<std::string_view, ActorType>, 12> kTypes = {{
    {"state", ActorType::kState},
    {"seat", ActorType::kSeat},
    {"bloc", ActorType::kBloc},
    {"subnational", ActorType::kSubnational},
    {"igo", ActorType::kIgo},
    {"ngo", ActorType::kNgo},
    {"armed_group", ActorType::kArmedGroup},
    {"party", ActorType::kParty},
    {"company", ActorType::kCompany},
    {"media", ActorType::kMedia},
    {"person", ActorType::kPerson},
    {"agent", ActorType::kAgent},
}};

// '#' starts a comment at line start or after whitespace, so "C#" survives.
std::string_view StripComment(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '#' &&
        (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
      return line.substr(0, i);
    }
  }
  return line;
}

std::vector<std::string_view> SplitList(std::string_view value) {
  std::vector<std::string_view> items;
  size_t start = 0;
  while (start <= value.size()) {
    size_t bar = value.find('|', start);
    if (bar == std::string_view::npos) bar = value.size();
    std::string_view item = TrimWhitespace(value.substr(start, bar - start));
    if (!item.empty()) items.push_back(item);
    start = bar + 1;
  }
  return items;
}

bool IsValidId(std::string_view id) {
  if (id.empty()) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '_' || c == '-' || (c >= 'A' && c <= 'Z');
  });
}

bool IsValidCodePart(std::string_view code) {
  if (code.empty() || code.size() > 15) return false;
  return std::all_of(code.begin(), code.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  });
}

// "RUS", "~MIL" (a suffix agent), "NGO~" (a prefix agent: its code goes
// before the country's), "FRO/BIL/SAM" (an actor that is several at once).
bool IsValidCode(std::string_view code) {
  if (code.size() > 1 && code[0] == '~') return IsValidCodePart(code.substr(1));
  if (code.size() > 1 && code.back() == '~') {
    return IsValidCodePart(code.substr(0, code.size() - 1));
  }
  size_t start = 0;
  while (start <= code.size()) {
    const size_t slash = std::min(code.find('/', start), code.size());
    if (!IsValidCodePart(code.substr(start, slash - start))) return false;
    start = slash + 1;
  }
  return true;
}

class Parser {
 public:
  Parser(std::string_view file, std::vector<ActorEntry>* entries,
         std::vector<DictProblem>* problems)
      : file_(file), entries_(entries), problems_(problems) {}

  void Line(std::string_view raw, uint32_t line_number) {
    line_ = line_number;
    std::string_view line = TrimWhitespace(StripComment(raw));
    if (line.empty()) return;
    if (line.front() == '[') return Header(line);
    if (!in_entry_) return Problem("a key outside any [entry]");
    size_t eq = line.find('=');
    if (eq == std::string_view::npos) return Problem("expected 'key = value'");
    std::string_view key = TrimWhitespace(line.substr(0, eq));
    std::string_view value = TrimWhitespace(line.substr(eq + 1));
    if (value.empty())
      return Problem("empty value for '" + std::string(key) + "'");
    Field(key, value);
  }

  void Finish() { Close(); }

 private:
  void Problem(std::string message) {
    problems_->push_back({std::string(file_), line_, std::move(message)});
    entry_ok_ = false;
  }

  void Header(std::string_view line) {
    Close();
    if (line.back() != ']') return Problem("entry header must be '[id]'");
    std::string_view id = TrimWhitespace(line.substr(1, line.size() - 2));
    in_entry_ = true;
    entry_ok_ = true;
    entry_ = ActorEntry();
    entry_.id = std::string(id);
    entry_.file = std::string(file_);
    entry_.line = line_;
    if (!IsValidId(id)) Problem("invalid entry id '" + std::string(id) + "'");
  }

  void Close() {
    if (!in_entry_) return;
    in_entry_ = false;
    uint32_t saved = line_;
    line_ = entry_.line;
    if (!has_type_) Problem("entry '" + entry_.id + "' has no type");
    if (entry_.codes.empty()) Problem("entry '" + entry_.id + "' has no code");
    // States may rely on the names the compiler adds from iso-codes/CLDR.
    if (entry_.names.empty() && entry_.iso3.empty()) {
      Problem("entry '" + entry_.id + "' has no names");
    }
    line_ = saved;
    has_type_ = false;
    if (entry_ok_) entries_->push_back(std::move(entry_));
  }

  void Names(std::string_view key, std::string_view value, bool adjective) {
    std::string language;
    size_t dot = key.find('.');
    if (dot != std::string_view::npos)
      language = std::string(key.substr(dot + 1));
    if (language.size() > 3)
      return Problem("bad language in '" + std::string(key) + "'");
    for (std::string_view name : SplitList(value)) {
      const bool exact = name.starts_with('=');
      if (exact) name = TrimWhitespace(name.substr(1));
      if (name.empty())
        return Problem("empty name in '" + std::string(key) + "'");
      entry_.names.push_back(
          {std::string(name), language, adjective, line_, exact});
    }
  }

  void Field(std::string_view key, std::string_view value) {
    if (key == "type") return Type(value);
    if (key == "names" || key.starts_with("names."))
      return Names(key, value, false);
    if (key.starts_with("adj.")) return Names(key, value, true);
    if (key == "code") return Code(value);
    if (key == "iso") return Iso(value);
    if (key == "country") {
      entry_.country = std::string(value);
      if (value.size() != 3) Problem("country must be an ISO alpha-3 code");
      return;
    }
    if (key == "note") {
      entry_.note = std::string(value);
      return;
    }
    Problem("unknown key '" + std::string(key) + "'");
  }

  void Type(std::string_view value) {
    for (const auto& [name, type] : kTypes) {
      if (name == value) {
        entry_.type = type;
        has_type_ = true;
        return;
      }
    }
    Problem("unknown type '" + std::string(value) + "'");
  }

  void Iso(std::string_view value) {
    std::istringstream in{std::string(value)};
    in >> entry_.iso2 >> entry_.iso3;
    if (entry_.iso2.size() != 2 || entry_.iso3.size() != 3) {
      Problem("iso must be 'AA AAA'");
    }
  }

  void Code(std::string_view value) {
    ActorCode code;
    code.line = line_;
    size_t semi = value.find(';');
    if (semi != std::string_view::npos) {
      auto roles = SplitList(value.substr(semi + 1));
      if (!roles.empty()) code.role_en = std::string(roles[0]);
      if (roles.size() > 1) code.role_fr = std::string(roles[1]);
      value = TrimWhitespace(value.substr(0, semi));
    }
    size_t space = value.find_first_of(" \t");
    code.code = std::string(value.substr(0, space));
    if (!IsValidCode(code.code))
      return Problem("invalid code '" + code.code + "'");
    if (space != std::string_view::npos &&
        !Range(TrimWhitespace(value.substr(space)), &code)) {
      return;
    }
    entry_.codes.push_back(std::move(code));
  }

  bool Range(std::string_view range, ActorCode* code) {
    size_t dots = range.find("..");
    if (dots == std::string_view::npos) {
      Problem("date range must be FROM..TO, got '" + std::string(range) + "'");
      return false;
    }
    std::string_view from = range.substr(0, dots), to = range.substr(dots + 2);
    code->from = from.empty() ? 0 : ParseIsoDate(from);
    code->to = to.empty() ? 0 : ParseIsoDate(to);
    if ((!from.empty() && code->from == 0) || (!to.empty() && code->to == 0)) {
      Problem("malformed date in '" + std::string(range) + "'");
      return false;
    }
    if (from.empty() && to.empty()) {
      Problem("a date range needs at least one end");
      return false;
    }
    if (code->from != 0 && code->to != 0 && code->from > code->to) {
      Problem("date range ends before it starts: '" + std::string(range) + "'");
      return false;
    }
    return true;
  }

  std::string_view file_;
  std::vector<ActorEntry>* entries_;
  std::vector<DictProblem>* problems_;
  ActorEntry entry_;
  bool in_entry_ = false, entry_ok_ = false, has_type_ = false;
  uint32_t line_ = 0;
};

}  // namespace

const char* ActorTypeName(ActorType type) {
  for (const auto& [name, t] : kTypes) {
    if (t == type) return name.data();
  }
  return "unknown";
}

std::string DictProblem::ToString() const {
  return file + ":" + std::to_string(line) + (error() ? ": " : ": warning: ") +
         message;
}

DateNumber ParseIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return 0;
  uint32_t v[3] = {0, 0, 0};
  const std::pair<size_t, size_t> parts[3] = {{0, 4}, {5, 2}, {8, 2}};
  for (int i = 0; i < 3; ++i) {
    for (size_t k = 0; k < parts[i].second; ++k) {
      char c = s[parts[i].first + k];
      if (c < '0' || c > '9') return 0;
      v[i] = v[i] * 10 + (c - '0');
    }
  }
  static constexpr uint32_t kDaysIn[13] = {0,  31, 29, 31, 30, 31, 30,
                                           31, 31, 30, 31, 30, 31};
  if (v[0] < 1000 || v[1] < 1 || v[1] > 12 || v[2] < 1 || v[2] > kDaysIn[v[1]])
    return 0;
  const bool leap = v[0] % 4 == 0 && (v[0] % 100 != 0 || v[0] % 400 == 0);
  if (v[1] == 2 && v[2] == 29 && !leap) return 0;
  return v[0] * 10000 + v[1] * 100 + v[2];
}

void ParseActorDictionary(std::string_view text, std::string_view file,
                          std::vector<ActorEntry>* entries,
                          std::vector<DictProblem>* problems) {
  Parser parser(file, entries, problems);
  uint32_t line_number = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    parser.Line(text.substr(start, end - start), ++line_number);
    start = end + 1;
  }
  parser.Finish();
}

Status ParseActorDictionaryPath(const std::string& path,
                                std::vector<ActorEntry>* entries,
                                std::vector<DictProblem>* problems) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<fs::path> files;
  if (fs::is_directory(path, ec)) {
    for (const auto& e : fs::recursive_directory_iterator(path, ec)) {
      if (e.is_regular_file() && e.path().extension() == ".txt")
        files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
  } else if (fs::is_regular_file(path, ec)) {
    files.push_back(path);
  } else {
    return NotFoundError("no dictionary file or directory at " + path);
  }
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return NotFoundError("cannot read " + file.string());
    std::stringstream buffer;
    buffer << in.rdbuf();
    ParseActorDictionary(buffer.str(), file.string(), entries, problems);
  }
  return Status::OK();
}

}  // namespace tocsin
