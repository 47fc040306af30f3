#include "dict/petrarch_syntax.h"

#include <algorithm>
#include <array>
#include <cstdio>

namespace tocsin::petrarch {
namespace {

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) { return IsUpper(c) || IsLower(c); }
char Lower(char c) { return IsUpper(c) ? static_cast<char>(c + 32) : c; }
char Upper(char c) { return IsLower(c) ? static_cast<char>(c - 32) : c; }
bool IsVowel(char c) {
  c = Upper(c);
  return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U' || c == 'Y';
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

// Words kept lower case inside a name ("Islamic Republic of Afghanistan",
// "Bashar al Assad"), so the alias does not demand capitals the text lacks.
bool IsParticle(std::string_view lower) {
  // No one-letter words: in names they are initials ("Rufus T Firefly").
  static constexpr std::array<std::string_view, 31> kParticles = {
      "al",  "an",  "and", "at",   "bin", "by",  "da",  "das",
      "de",  "del", "der", "des",  "di",  "do",  "dos", "du",
      "el",  "et",  "for", "from", "ibn", "in",  "la",  "le",
      "les", "of",  "on",  "the",  "to",  "van", "von"};
  return std::find(kParticles.begin(), kParticles.end(), lower) !=
         kParticles.end();
}

// "U.N.", "A.K." (initials), "NTV", "PKK" (no vowel), and in actor names
// words of at most two letters ("UN", "EU"), or three for a one-word name
// ("ETA", "IMF"): spellings the text writes in capitals.
bool IsAcronym(std::string_view word, bool only_word, bool agent) {
  size_t letters = 0, vowels = 0, segment = 0, longest_segment = 0;
  bool dotted = false;
  for (char c : word) {
    if (c == '.') {
      dotted = true;
      segment = 0;
      continue;
    }
    if (!IsLetter(c)) continue;
    ++letters;
    vowels += IsVowel(c);
    longest_segment = std::max(longest_segment, ++segment);
  }
  if (letters == 0) return false;
  if (dotted) return longest_segment <= 1;
  if (letters >= 2 && vowels == 0) return true;
  return !agent && letters <= (only_word ? 3u : 2u) && letters == word.size();
}

// "AL-QAIDA" -> "Al-Qaida", "O'NEILL" -> "O'Neill", "APO'S" -> "Apo's".
std::string TitleCase(std::string_view word) {
  std::string out = LowerAscii(word);
  bool start = true;
  for (size_t i = 0; i < out.size(); ++i) {
    if (start && IsLetter(out[i])) {
      out[i] = Upper(out[i]);
      start = false;
    }
    if (out[i] == '-') start = true;
    if (out[i] == '\'' && i == 1) start = true;
  }
  return out;
}

bool ParseRange(std::string_view rest, BracketCode* code, std::string* error) {
  rest = Trim(rest);
  if (rest.empty()) return true;
  auto date = [&](std::string_view digits, DateNumber* out) {
    *out = ParseDate(Trim(digits));
    if (*out == 0)
      *error = "malformed date '" + std::string(Trim(digits)) + "'";
    return *out != 0;
  };
  if (rest[0] == '<') return date(rest.substr(1), &code->to);
  if (rest[0] == '>') return date(rest.substr(1), &code->from);
  size_t dash = rest.find('-');
  if (dash == std::string_view::npos) {
    *error = "unreadable date restriction '" + std::string(rest) + "'";
    return false;
  }
  if (!date(rest.substr(0, dash), &code->from) ||
      !date(rest.substr(dash + 1), &code->to)) {
    return false;
  }
  if (code->to < code->from) {
    *error = "date range ends before it starts: '" + std::string(rest) + "'";
    return false;
  }
  return true;
}

bool ValidCode(std::string_view code, bool agent) {
  if (code == "---") return !agent;
  // "[FRO/BIL/SAM]": an actor that is several at once ("the Shire" is
  // three peoples), each code valid on its own.
  if (!agent && code.find('/') != std::string_view::npos) {
    size_t start = 0;
    while (start <= code.size()) {
      const size_t slash = std::min(code.find('/', start), code.size());
      std::string_view part = code.substr(start, slash - start);
      if (part == "---" || !ValidCode(part, false)) return false;
      start = slash + 1;
    }
    return true;
  }
  if (agent) {
    if (code.size() < 2) return false;
    if (code.front() == '~') {
      code.remove_prefix(1);
    } else if (code.back() == '~') {
      code.remove_suffix(1);
    } else {
      return false;
    }
  }
  // Our format's limit (dict/actor_dict.cc): 15 characters after the '~'.
  if (code.empty() || code.size() > 15) return false;
  return std::all_of(code.begin(), code.end(),
                     [](char c) { return IsUpper(c) || IsDigit(c); });
}

}  // namespace

std::string_view Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

std::string_view CommentStripper::Strip(std::string_view line,
                                        uint32_t number) {
  buffer_.clear();
  size_t i = 0;
  while (i < line.size()) {
    if (open_line_ != 0) {
      size_t end = line.find("-->", i);
      if (end == std::string_view::npos) return Trim(buffer_);
      open_line_ = 0;
      i = end + 3;
      continue;
    }
    size_t open = line.find("<!--", i);
    size_t stop = std::min({open, line.find('#', i), line.find(';', i)});
    buffer_.append(line.substr(
        i, stop == std::string_view::npos ? std::string_view::npos : stop - i));
    if (stop == std::string_view::npos || stop != open) break;
    open_line_ = number;
    i = open + 4;
  }
  return buffer_;
}

bool ParseBracketCodes(std::string_view text, bool agent,
                       std::vector<BracketCode>* out, std::string* error) {
  text = Trim(text);
  while (!text.empty()) {
    if (text[0] != '[') {
      *error = "unexpected text '" + std::string(text) + "' after a code";
      return false;
    }
    size_t close = text.find(']');
    size_t brace = text.find('}');
    if (close == std::string_view::npos) {
      *error = brace != std::string_view::npos
                   ? "code closed with '}' instead of ']'"
                   : "missing ']'";
      return false;
    }
    std::string_view inside = Trim(text.substr(1, close - 1));
    size_t space = inside.find_first_of(" \t");
    BracketCode code;
    code.code = std::string(inside.substr(0, space));
    if (!ValidCode(code.code, agent)) {
      *error = "malformed " + std::string(agent ? "agent " : "") + "code '" +
               code.code + "'";
      return false;
    }
    if (space != std::string_view::npos) {
      if (agent) {
        *error = "agent codes take no date restriction";
        return false;
      }
      if (!ParseRange(inside.substr(space), &code, error)) return false;
    }
    out->push_back(std::move(code));
    text = Trim(text.substr(close + 1));
  }
  return true;
}

DateNumber ParseDate(std::string_view digits) {
  if ((digits.size() != 6 && digits.size() != 8) ||
      !std::all_of(digits.begin(), digits.end(), IsDigit)) {
    return 0;
  }
  std::string iso;
  if (digits.size() == 6) {
    iso = (digits.substr(0, 2) <= "30" ? "20" : "19");
    iso += digits.substr(0, 2);
  } else {
    iso = std::string(digits.substr(0, 4));
  }
  iso += "-" + std::string(digits.substr(digits.size() - 4, 2)) + "-" +
         std::string(digits.substr(digits.size() - 2));
  return ParseIsoDate(iso);
}

std::string Readable(std::string_view phrase, bool agent) {
  std::vector<std::string_view> words;
  std::string spaced(phrase);
  std::replace(spaced.begin(), spaced.end(), '_', ' ');
  std::string_view rest = spaced;
  while (!(rest = Trim(rest)).empty()) {
    size_t space = rest.find_first_of(" \t");
    words.push_back(rest.substr(0, space));
    rest = space == std::string_view::npos ? "" : rest.substr(space);
  }
  std::string out;
  for (std::string_view word : words) {
    if (!out.empty()) out += ' ';
    if (words.size() > 1 && IsParticle(LowerAscii(word))) {
      out += LowerAscii(word);
    } else if (IsAcronym(word, words.size() == 1, agent)) {
      out += word;
    } else if (agent) {
      out += LowerAscii(word);
    } else {
      out += TitleCase(word);
    }
  }
  return out;
}

void SplitParenthesis(std::string_view phrase, std::string* main,
                      std::string* acronym) {
  main->clear();
  acronym->clear();
  size_t open = phrase.find('(');
  size_t close = phrase.find(')', open == std::string_view::npos ? 0 : open);
  if (open == std::string_view::npos || close == std::string_view::npos) {
    *main = std::string(phrase);
    main->erase(std::remove_if(main->begin(), main->end(),
                               [](char c) { return c == '(' || c == ')'; }),
                main->end());
    return;
  }
  *main = std::string(phrase.substr(0, open)) + " " +
          std::string(phrase.substr(close + 1));
  std::string_view inside = Trim(phrase.substr(open + 1, close - open - 1));
  bool one_word =
      !inside.empty() && std::all_of(inside.begin(), inside.end(), [](char c) {
        return IsLetter(c) || IsDigit(c) || c == '.' || c == '-';
      });
  if (one_word) *acronym = std::string(inside);
}

std::string IdPart(std::string_view phrase) {
  std::string id;
  for (char c : phrase) {
    if (IsLetter(c) || IsDigit(c) || c == '.' || c == '-') {
      id += c;
    } else if (!id.empty() && id.back() != '_') {
      id += '_';
    }
  }
  while (!id.empty() && (id.back() == '_' || id.back() == '.')) id.pop_back();
  return id.empty() ? "entry" : id;
}

std::string RegularPlural(std::string_view phrase) {
  std::string word(Trim(phrase));
  while (!word.empty() && word.back() == '_') word.pop_back();
  if (word.empty() || word.find_first_of(" _") != std::string::npos ||
      !IsLetter(word.back())) {
    return {};
  }
  const bool lower = IsLower(word.back());
  const char last = Upper(word.back());
  if (last == 'Y' && word.size() > 1 && !IsVowel(word[word.size() - 2])) {
    word.pop_back();
    return word + (lower ? "ies" : "IES");
  }
  if (last == 'S' || last == 'X' || last == 'Z')
    return word + (lower ? "es" : "ES");
  return word + (lower ? "s" : "S");
}

namespace {

// CAMEO prefixes that name no country: international and non-state actors.
enum class Prefix { kCountry, kIgo, kNgo, kCompany, kArmedGroup };

Prefix PrefixOf(std::string_view code) {
  std::string_view p = code.substr(0, 3);
  if (p == "IGO") return Prefix::kIgo;
  if (p == "NGO" || p == "NGM") return Prefix::kNgo;
  if (p == "MNC") return Prefix::kCompany;
  if (p == "IMG") return Prefix::kArmedGroup;
  return Prefix::kCountry;
}

struct Role {
  std::string_view code;
  ActorType type;
};

// Role codes (CAMEO's second field) and the type of an organisation
// coded with one. State organs (GOV, MIL, ...) are seats, as in our own
// dictionary (the Pentagon, the Kremlin): they belong to a country.
constexpr std::array<Role, 29> kRoles = {{
    {"GOV", ActorType::kSeat},       {"MIL", ActorType::kSeat},
    {"LEG", ActorType::kSeat},       {"JUD", ActorType::kSeat},
    {"COP", ActorType::kSeat},       {"SPY", ActorType::kSeat},
    {"ELI", ActorType::kPerson},     {"REB", ActorType::kArmedGroup},
    {"INS", ActorType::kArmedGroup}, {"UAF", ActorType::kArmedGroup},
    {"SEP", ActorType::kArmedGroup}, {"CRM", ActorType::kArmedGroup},
    {"BUS", ActorType::kCompany},    {"MED", ActorType::kMedia},
    {"PTY", ActorType::kParty},      {"OPP", ActorType::kParty},
    {"NGO", ActorType::kNgo},        {"HRI", ActorType::kNgo},
    {"CVL", ActorType::kNgo},        {"EDU", ActorType::kNgo},
    {"HLH", ActorType::kNgo},        {"REL", ActorType::kNgo},
    {"LAB", ActorType::kNgo},        {"AGR", ActorType::kNgo},
    {"ENV", ActorType::kNgo},        {"REF", ActorType::kNgo},
    {"DEV", ActorType::kNgo},        {"IGO", ActorType::kIgo},
    {"MNC", ActorType::kCompany},
}};

const Role* RoleOf(std::string_view code) {
  for (const Role& r : kRoles) {
    if (r.code == code) return &r;
  }
  return nullptr;
}

ActorType TypeOfCode(std::string_view code) {
  switch (PrefixOf(code)) {
    case Prefix::kIgo:
      return ActorType::kIgo;
    case Prefix::kNgo:
      return ActorType::kNgo;
    case Prefix::kCompany:
      return ActorType::kCompany;
    case Prefix::kArmedGroup:
      return ActorType::kArmedGroup;
    case Prefix::kCountry:
      break;
  }
  if (const Role* r = RoleOf(code.substr(0, 3))) return r->type;
  if (code.size() <= 3) return ActorType::kState;  // a country or region
  const Role* r = RoleOf(code.substr(3, 3));
  // Religious and other roles not listed: civil-society organisations.
  return r != nullptr ? r->type : ActorType::kNgo;
}

std::string CountryOf(std::string_view code) {
  if (code.size() < 3 || PrefixOf(code) != Prefix::kCountry ||
      RoleOf(code.substr(0, 3)) != nullptr) {
    return {};
  }
  return std::string(code.substr(0, 3));
}

}  // namespace

void ClassifyCodes(const std::vector<ActorCode>& codes, ActorType* type,
                   std::string* country) {
  country->clear();
  *type = ActorType::kNgo;
  if (codes.empty()) return;
  const ActorCode* first = &codes.front();
  for (const ActorCode& c : codes) {
    if (c.dated()) {
      *type = ActorType::kPerson;
      *country = CountryOf(c.code);
      return;
    }
  }
  // A code of several ("FRO/BIL/SAM") is of the kind of its first.
  const std::string_view code =
      std::string_view(first->code).substr(0, first->code.find('/'));
  *type = TypeOfCode(code);
  *country = CountryOf(code);
}

}  // namespace tocsin::petrarch
