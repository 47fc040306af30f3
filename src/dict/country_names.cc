#include "dict/country_names.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <sstream>
#include <string_view>

#include "util/strings.h"

namespace tocsin {
namespace {

// CLDR pads some names with zero-width spaces (U+200B, U+200C, U+200D,
// U+FEFF), which would otherwise end up inside a token.
std::string StripInvisible(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i + 2 < s.size() && static_cast<uint8_t>(s[i]) == 0xE2 &&
        static_cast<uint8_t>(s[i + 1]) == 0x80 &&
        (static_cast<uint8_t>(s[i + 2]) >= 0x8B &&
         static_cast<uint8_t>(s[i + 2]) <= 0x8D)) {
      i += 2;
      continue;
    }
    if (i + 2 < s.size() && static_cast<uint8_t>(s[i]) == 0xEF &&
        static_cast<uint8_t>(s[i + 1]) == 0xBB &&
        static_cast<uint8_t>(s[i + 2]) == 0xBF) {
      i += 2;
      continue;
    }
    out.push_back(s[i]);
  }
  return std::string(TrimWhitespace(out));
}

void Add(const std::string& code, std::string_view name, CountryNames* names) {
  std::string clean = StripInvisible(name);
  if (clean.empty()) return;
  std::vector<std::string>& list = (*names)[code];
  if (std::find(list.begin(), list.end(), clean) == list.end()) {
    list.push_back(std::move(clean));
  }
}

// "Myanmar (Birmanie)" -> "Myanmar", "Birmanie". A lower-case part in
// parentheses qualifies an ambiguous name ("Saint-Martin (partie
// néerlandaise)"): the name is skipped. In a variant form the outer part is
// the ambiguous one ("Congo (RDC)"): only the inner part is kept.
void AddCldrName(const std::string& code, std::string_view name, bool variant,
                 CountryNames* names) {
  size_t open = name.find('(');
  size_t close = name.rfind(')');
  if (open == std::string_view::npos || close == std::string_view::npos ||
      close < open) {
    return Add(code, name, names);
  }
  std::string_view inner =
      TrimWhitespace(name.substr(open + 1, close - open - 1));
  if (inner.empty() || std::islower(static_cast<unsigned char>(inner[0])))
    return;
  if (!variant) Add(code, TrimWhitespace(name.substr(0, open)), names);
  Add(code, inner, names);
}

}  // namespace

Status ReadIsoCountryNames(const std::string& path, CountryNames* names) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError(path + ": cannot open");
  try {
    nlohmann::json json = nlohmann::json::parse(in);
    for (const auto& country : json.at("3166-1")) {
      std::string code = country.at("alpha_2").get<std::string>();
      for (const char* field : {"name", "common_name", "official_name"}) {
        if (!country.contains(field)) continue;
        std::string name = country.at(field).get<std::string>();
        // Inverted ("Korea, Republic of") and qualified ("Saint Martin
        // (French part)") forms are not how running text names a country.
        if (name.find_first_of(",(") != std::string::npos) continue;
        Add(code, name, names);
      }
    }
  } catch (const std::exception& e) {
    return InvalidArgumentError(path + ": " + e.what());
  }
  return Status::OK();
}

Status ReadCldrTerritoryNames(const std::string& path, CountryNames* names) {
  pugi::xml_document doc;
  pugi::xml_parse_result result = doc.load_file(path.c_str());
  if (!result) {
    if (result.status == pugi::status_file_not_found) {
      return NotFoundError(path + ": cannot open");
    }
    return InvalidArgumentError(path + ": " + result.description());
  }
  pugi::xml_node territories =
      doc.child("ldml").child("localeDisplayNames").child("territories");
  if (!territories) return InvalidArgumentError(path + ": no <territories>");
  for (pugi::xml_node t : territories.children("territory")) {
    std::string code = t.attribute("type").value();
    std::string_view alt = t.attribute("alt").value();
    if (code.size() != 2 ||
        !std::isupper(static_cast<unsigned char>(code[0]))) {
      continue;  // numeric regions ("150" Europe) are not states
    }
    if (!alt.empty() && alt != "short" && alt != "variant") continue;
    AddCldrName(code, t.child_value(), alt == "variant", names);
  }
  return Status::OK();
}

}  // namespace tocsin
