#include "dict/actor_writer.h"

#include <cstdio>
#include <map>
#include <utility>

namespace tocsin {
namespace {

void AppendLine(std::string_view key, std::string_view value,
                std::string* out) {
  std::string padded(key);
  if (padded.size() < 8) padded.resize(8, ' ');
  out->append(padded).append(" = ").append(value).push_back('\n');
}

void AppendNames(const ActorEntry& entry, std::string* out) {
  // Keyed by (kind, language) in order of first appearance.
  std::vector<std::pair<std::string, std::string>> lists;
  for (const ActorName& name : entry.names) {
    std::string key = name.adjective ? "adj" : "names";
    if (!name.language.empty()) key += "." + name.language;
    const std::string text = (name.exact_forms ? "=" : "") + name.text;
    auto it = lists.begin();
    while (it != lists.end() && it->first != key) ++it;
    if (it == lists.end()) {
      lists.emplace_back(key, text);
    } else {
      it->second += " | " + text;
    }
  }
  for (const auto& [key, value] : lists) AppendLine(key, value, out);
}

void AppendCode(const ActorCode& code, std::string* out) {
  std::string value = code.code;
  if (code.dated()) {
    value += ' ';
    if (code.from != 0) value += IsoDate(code.from);
    value += "..";
    if (code.to != 0) value += IsoDate(code.to);
  }
  if (!code.role_en.empty() || !code.role_fr.empty()) {
    value += " ; " + code.role_en;
    if (!code.role_fr.empty()) value += " | " + code.role_fr;
  }
  AppendLine("code", value, out);
}

}  // namespace

std::string IsoDate(DateNumber date) {
  char buffer[16];
  std::snprintf(buffer, sizeof(buffer), "%04u-%02u-%02u", date / 10000,
                date / 100 % 100, date % 100);
  return buffer;
}

void AppendActorEntry(const ActorEntry& entry, std::string* out) {
  out->append("[").append(entry.id).append("]\n");
  AppendLine("type", ActorTypeName(entry.type), out);
  AppendNames(entry, out);
  if (!entry.iso2.empty() && !entry.iso3.empty()) {
    AppendLine("iso", entry.iso2 + " " + entry.iso3, out);
  }
  for (const ActorCode& code : entry.codes) AppendCode(code, out);
  if (!entry.country.empty()) AppendLine("country", entry.country, out);
  if (!entry.note.empty()) AppendLine("note", entry.note, out);
  out->push_back('\n');
}

std::string FormatActorDictionary(const std::vector<ActorEntry>& entries,
                                  const std::string& header) {
  std::string out;
  size_t start = 0;
  while (start < header.size()) {
    size_t end = std::min(header.find('\n', start), header.size());
    out.append("# ").append(header, start, end - start).push_back('\n');
    start = end + 1;
  }
  if (!out.empty()) out.push_back('\n');
  for (const ActorEntry& e : entries) AppendActorEntry(e, &out);
  return out;
}

}  // namespace tocsin
