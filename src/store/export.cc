#include "store/export.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include "util/json_writer.h"

namespace tocsin {
namespace {

constexpr std::array<std::string_view, 4> kGroupRoots = {"IGO", "NGO", "IMG",
                                                         "MNC"};
// CAMEO's primary and secondary role codes (the actor codebook's "types").
constexpr std::array<std::string_view, 31> kTypeCodes = {
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR",
    "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG",
    "MED", "MOD", "RAD", "REF", "SET", "UNK", "PTY", "REL", "NGO"};
constexpr std::array<std::string_view, 14> kReligionCodes = {
    "ATH", "BAH", "BUD", "CHR", "CON", "HIN", "JAN",
    "JEW", "MOS", "SHI", "SIK", "SUN", "TAO", "ZRO"};

template <size_t N>
bool OneOf(const std::array<std::string_view, N>& set, std::string_view s) {
  return std::find(set.begin(), set.end(), s) != set.end();
}

bool IsUpper3(std::string_view s) {
  return s.size() == 3 && std::all_of(s.begin(), s.end(), [](char c) {
           return c >= 'A' && c <= 'Z';
         });
}

// Text for a TSV field: tabs and line breaks would split the row.
void AppendTsvText(std::string_view s, std::string* out) {
  for (char c : s)
    out->push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
}

void AppendCsvText(std::string_view s, std::string* out) {
  if (s.find_first_of(",\"\n\r") == std::string_view::npos) {
    out->append(s);
    return;
  }
  out->push_back('"');
  for (char c : s) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

void AppendNumber(double v, int decimals, std::string* out) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  out->append(buf);
}

// "2022-10-07" -> "20221007"; "" when `day` is not that shape.
std::string Compact(std::string_view day) {
  if (day.size() < 10 || day[4] != '-' || day[7] != '-') return "";
  return std::string(day.substr(0, 4)) + std::string(day.substr(5, 2)) +
         std::string(day.substr(8, 2));
}

// "2022-10-07T13:05:09Z" -> "20221007130509" (GDELT's DATEADDED).
std::string CompactTime(std::string_view t) {
  std::string out;
  for (char c : t) {
    if (c >= '0' && c <= '9') out.push_back(c);
  }
  if (out.size() == 8) out += "000000";
  return out.size() == 14 ? out : "";
}

int DayOfYear(int y, int m, int d) {
  static constexpr int kBefore[] = {0,   31,  59,  90,  120, 151,
                                    181, 212, 243, 273, 304, 334};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return kBefore[(m - 1) % 12] + d + (leap && m > 2 ? 1 : 0);
}

// GDELT's FractionDate: YYYY.FFFF, the share of the year gone.
std::string FractionDate(std::string_view compact) {
  if (compact.size() != 8) return "";
  const int y = std::stoi(std::string(compact.substr(0, 4)));
  const int m = std::stoi(std::string(compact.substr(4, 2)));
  const int d = std::stoi(std::string(compact.substr(6, 2)));
  std::string out;
  AppendNumber(y + DayOfYear(y, m, d) / 365.0, 4, &out);
  return out;
}

// A row of fields joined by `sep`.
class Row {
 public:
  Row(char sep, std::string* out) : sep_(sep), out_(out) {}
  Row& Text(std::string_view s) {
    Next();
    if (sep_ == ',') {
      AppendCsvText(s, out_);
    } else {
      AppendTsvText(s, out_);
    }
    return *this;
  }
  Row& Int(int64_t v) { return Text(std::to_string(v)); }
  Row& Num(double v, int decimals) {
    Next();
    AppendNumber(v, decimals, out_);
    return *this;
  }
  Row& Empty(int n = 1) {
    for (int i = 0; i < n; ++i) Next();
    return *this;
  }
  void End() { out_->push_back('\n'); }
  int fields() const { return fields_; }

 private:
  void Next() {
    if (fields_++ > 0) out_->push_back(sep_);
  }
  char sep_;
  std::string* out_;
  int fields_ = 0;
};

// GDELT's geo type: 1 country, 2 US state, 3 US city, 4 world city, 5
// world state.
int GdeltGeoType(const ExportPlace& p) {
  const bool us = p.country == "US";
  switch (p.level) {
    case PlaceLevel::kCountry:
      return 1;
    case PlaceLevel::kAdmin1:
      return us ? 2 : 5;
    case PlaceLevel::kPopulated:
      return us ? 3 : 4;
  }
  return 0;
}

std::string FullName(const ExportPlace& p) {
  std::string out = p.name;
  for (const std::string* part : {&p.adm1_name, &p.country_name}) {
    if (part->empty() || *part == out) continue;
    if (!out.empty()) out += ", ";
    out += *part;
  }
  return out;
}

// The 8 geo columns; tocsin knows only the action's place, so the actor
// geo columns go through here with an absent place.
void GdeltGeo(const ExportPlace& p, Row* row) {
  if (!p.present) {
    row->Empty(8);
    return;
  }
  row->Int(GdeltGeoType(p)).Text(FullName(p)).Text(p.country).Text(p.adm1);
  row->Empty();  // ADM2
  if (p.has_coordinates) {
    row->Num(p.lat, 4).Num(p.lon, 4);
  } else {
    row->Empty(2);
  }
  if (p.geonameid != 0) {
    row->Int(p.geonameid);
  } else {
    row->Empty();
  }
}

// The 10 actor columns.
void GdeltActor(const ExportActor& a, Row* row) {
  const ActorCodeParts parts = SplitActorCode(a.code);
  row->Text(a.code).Text(a.name).Text(parts.country).Text(parts.group);
  row->Empty();  // ethnic code
  for (size_t i = 0; i < 2; ++i) {
    row->Text(i < parts.religions.size() ? parts.religions[i] : "");
  }
  for (size_t i = 0; i < 3; ++i) {
    row->Text(i < parts.types.size() ? parts.types[i] : "");
  }
}

void AppendGdelt(const ExportEvent& e, std::string* out) {
  Row row('\t', out);
  const std::string day = Compact(e.day);
  row.Int(static_cast<int64_t>(e.id)).Text(day).Text(day.substr(0, 6));
  row.Text(day.substr(0, 4)).Text(FractionDate(day));
  GdeltActor(e.source, &row);
  GdeltActor(e.target, &row);
  row.Int(e.root_event ? 1 : 0).Text(e.cameo);
  row.Text(std::string_view(e.cameo).substr(0, 3));
  row.Text(std::string_view(e.cameo).substr(0, 2));
  row.Int(e.quad_class).Num(e.goldstein, 1);
  row.Int(e.num_mentions).Int(e.num_sources).Int(e.num_articles);
  row.Num(e.avg_tone, 6);
  GdeltGeo(ExportPlace(), &row);  // Actor1Geo
  GdeltGeo(ExportPlace(), &row);  // Actor2Geo
  GdeltGeo(e.place, &row);        // ActionGeo
  row.Text(CompactTime(e.date_added)).Text(e.source_url);
  row.End();
}

// Phoenix's actor columns: full code, root, primary agent, the others
// joined by ';'.
void PhoenixActor(const ExportActor& a, Row* row) {
  const ActorCodeParts parts = SplitActorCode(a.code);
  const bool root_known = !parts.country.empty() || !parts.group.empty();
  std::string agent, others;
  for (const std::string& part : parts.others) {
    if (!others.empty()) others += ';';
    others += part;
  }
  if (!parts.types.empty() && a.code.size() >= 6 &&
      a.code.compare(3, 3, parts.types[0]) == 0) {
    agent = parts.types[0];
  }
  row->Text(a.code).Text(root_known ? parts.root : "").Text(agent).Text(others);
}

std::string Joined(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) {
    if (!out.empty()) out += ';';
    out += s;
  }
  return out;
}

void AppendPhoenix(const ExportEvent& e, std::string* out) {
  Row row('\t', out);
  const std::string day = Compact(e.day);
  row.Int(static_cast<int64_t>(e.id)).Text(day);
  // An undated event (a file without a date) has day "": empty fields.
  const std::string_view d = day;
  row.Text(d.substr(0, 4));
  row.Text(d.size() >= 8 ? d.substr(4, 2) : "");
  row.Text(d.size() >= 8 ? d.substr(6, 2) : "");
  PhoenixActor(e.source, &row);
  PhoenixActor(e.target, &row);
  row.Text(e.cameo).Text(std::string_view(e.cameo).substr(0, 2));
  row.Int(PhoenixClass(e.cameo)).Num(e.goldstein, 1);
  row.Empty();  // issues
  if (e.place.present && e.place.has_coordinates) {
    row.Num(e.place.lat, 4).Num(e.place.lon, 4);
  } else {
    row.Empty(2);
  }
  row.Text(e.place.present ? e.place.name : "");
  row.Text(e.place.present ? e.place.adm1_name : "");
  row.Text(e.place.present ? e.place.country3 : "");
  row.Text(Joined(e.doc_ids)).Text(Joined(e.urls)).Text(Joined(e.outlets));
  row.End();
}

void AppendPloverActor(std::string_view key, const ExportActor& a,
                       std::string* out) {
  AppendJsonKey(key, out);
  out->append("[{");
  const ActorCodeParts parts = SplitActorCode(a.code);
  AppendJsonMember("code", parts.root, out);
  AppendJsonMember("sector", parts.types.empty() ? "" : parts.types[0], out);
  AppendJsonMember("actor_text", a.name, out);
  AppendJsonMember("cameo_code", a.code, out);
  out->append("}]");
}

bool AppendPlover(const ExportEvent& e, std::string* out) {
  if (e.plover_type.empty()) return false;
  out->push_back('{');
  AppendJsonMember("id", "tocsin-" + std::to_string(e.id), out);
  AppendJsonMember("date", e.day, out);
  AppendPloverActor("source", e.source, out);
  if (!e.target.code.empty() || !e.target.name.empty()) {
    AppendPloverActor("recipient", e.target, out);
  }
  AppendJsonKey("event", out);
  out->push_back('[');
  AppendJsonString(e.plover_type, out);
  out->push_back(']');
  if (!e.plover_mode.empty()) AppendJsonMember("mode", e.plover_mode, out);
  AppendJsonKey("quad_code", out);
  out->append(std::to_string(e.quad_class));
  AppendJsonKey("event_scale", out);
  AppendNumber(e.goldstein, 1, out);
  if (e.place.present) {
    AppendJsonKey("event_loc", out);
    out->push_back('{');
    if (e.place.geonameid != 0) {
      AppendJsonKey("geonameid", out);
      out->append(std::to_string(e.place.geonameid));
    }
    AppendJsonMember("name", e.place.name, out);
    if (e.place.has_coordinates) {
      AppendJsonKey("latitude", out);
      AppendNumber(e.place.lat, 4, out);
      AppendJsonKey("longitude", out);
      AppendNumber(e.place.lon, 4, out);
    }
    AppendJsonMember("country code", e.place.country, out);
    AppendJsonMember("cc3", e.place.country3, out);
    AppendJsonMember("admin1 code", e.place.adm1, out);
    out->push_back('}');
  }
  if (!e.sentence.empty()) {
    AppendJsonKey("event_text", out);
    out->push_back('[');
    AppendJsonString(e.sentence, out);
    out->push_back(']');
  }
  AppendJsonKey("text_info", out);
  out->append("{\"sequence\":");
  out->append(std::to_string(e.sentence_index + 1));
  out->append(",\"start\":");
  out->append(std::to_string(e.begin));
  out->append(",\"end\":");
  out->append(std::to_string(e.end));
  out->push_back('}');
  AppendJsonKey("cite_info", out);
  out->push_back('{');
  AppendJsonMember("url", e.source_url, out);
  AppendJsonMember("language", e.language, out);
  AppendJsonMember("publication", e.outlets.empty() ? "" : e.outlets[0], out);
  out->push_back('}');
  AppendJsonMember("coder", "tocsin", out);
  AppendJsonMember("coded_date", e.date_added.substr(0, 10), out);
  // Beyond the specification (it allows named extra fields).
  AppendJsonMember("cameo", e.cameo, out);
  AppendJsonKey("num_mentions", out);
  out->append(std::to_string(e.num_mentions));
  AppendJsonKey("num_sources", out);
  out->append(std::to_string(e.num_sources));
  AppendJsonKey("num_articles", out);
  out->append(std::to_string(e.num_articles));
  out->append("}\n");
  return true;
}

// The fields of the JSON Lines and CSV formats, in order.
constexpr std::array<std::string_view, 24> kFlatFields = {
    "id",          "day",          "source",      "source_name",  "target",
    "target_name", "cameo",        "root",        "quad_class",   "goldstein",
    "plover",      "num_mentions", "num_sources", "num_articles", "avg_tone",
    "place",       "country",      "adm1",        "lat",          "lon",
    "negated",     "hypothetical", "source_url",  "sentence"};

void AppendJsonl(const ExportEvent& e, std::string* out) {
  out->push_back('{');
  AppendJsonKey("id", out);
  out->append(std::to_string(e.id));
  AppendJsonMember("day", e.day, out);
  AppendJsonMember("source", e.source.code, out);
  AppendJsonMember("source_name", e.source.name, out);
  AppendJsonMember("target", e.target.code, out);
  AppendJsonMember("target_name", e.target.name, out);
  AppendJsonMember("cameo", e.cameo, out);
  AppendJsonMember("root", std::string_view(e.cameo).substr(0, 2), out);
  AppendJsonKey("quad_class", out);
  out->append(std::to_string(e.quad_class));
  AppendJsonKey("goldstein", out);
  AppendNumber(e.goldstein, 1, out);
  AppendJsonMember("plover", e.plover_type, out);
  AppendJsonKey("num_mentions", out);
  out->append(std::to_string(e.num_mentions));
  AppendJsonKey("num_sources", out);
  out->append(std::to_string(e.num_sources));
  AppendJsonKey("num_articles", out);
  out->append(std::to_string(e.num_articles));
  AppendJsonKey("avg_tone", out);
  AppendNumber(e.avg_tone, 3, out);
  AppendJsonMember("place", e.place.present ? e.place.name : "", out);
  AppendJsonMember("country", e.place.present ? e.place.country3 : "", out);
  AppendJsonMember("adm1", e.place.present ? e.place.adm1 : "", out);
  for (const char* key : {"lat", "lon"}) {
    AppendJsonKey(key, out);
    if (e.place.present && e.place.has_coordinates) {
      AppendNumber(key[1] == 'a' ? e.place.lat : e.place.lon, 4, out);
    } else {
      out->append("null");
    }
  }
  AppendJsonKey("negated", out);
  out->append(e.negated ? "true" : "false");
  AppendJsonKey("hypothetical", out);
  out->append(e.hypothetical ? "true" : "false");
  AppendJsonMember("source_url", e.source_url, out);
  AppendJsonMember("sentence", e.sentence, out);
  out->append("}\n");
}

void AppendCsv(const ExportEvent& e, std::string* out) {
  Row row(',', out);
  const bool coords = e.place.present && e.place.has_coordinates;
  row.Int(static_cast<int64_t>(e.id)).Text(e.day);
  row.Text(e.source.code).Text(e.source.name);
  row.Text(e.target.code).Text(e.target.name);
  row.Text(e.cameo).Text(std::string_view(e.cameo).substr(0, 2));
  row.Int(e.quad_class).Num(e.goldstein, 1).Text(e.plover_type);
  row.Int(e.num_mentions).Int(e.num_sources).Int(e.num_articles);
  row.Num(e.avg_tone, 3);
  row.Text(e.place.present ? e.place.name : "");
  row.Text(e.place.present ? e.place.country3 : "");
  row.Text(e.place.present ? e.place.adm1 : "");
  if (coords) {
    row.Num(e.place.lat, 4).Num(e.place.lon, 4);
  } else {
    row.Empty(2);
  }
  row.Text(e.negated ? "true" : "false");
  row.Text(e.hypothetical ? "true" : "false");
  row.Text(e.source_url).Text(e.sentence);
  row.End();
}

// A terminal line: fixed widths for the short columns, the rest after.
void AppendTable(const ExportEvent& e, std::string* out) {
  char buf[160];
  std::snprintf(
      buf, sizeof buf, "%-10s %-12.12s %-12.12s %-5s %5.1f %4lld %4lld  ",
      e.day.c_str(), e.source.code.c_str(), e.target.code.c_str(),
      e.cameo.c_str(), e.goldstein, static_cast<long long>(e.num_articles),
      static_cast<long long>(e.num_mentions));
  out->append(buf);
  AppendTsvText(e.place.present ? e.place.name : "", out);
  if (!e.sentence.empty()) {
    out->append("  | ");
    AppendTsvText(e.sentence.substr(0, 120), out);
  }
  out->push_back('\n');
}

}  // namespace

StatusOr<ExportFormat> ParseExportFormat(std::string_view name) {
  static constexpr std::pair<std::string_view, ExportFormat> kNames[] = {
      {"table", ExportFormat::kTable},     {"jsonl", ExportFormat::kJsonl},
      {"csv", ExportFormat::kCsv},         {"gdelt", ExportFormat::kGdelt},
      {"phoenix", ExportFormat::kPhoenix}, {"plover", ExportFormat::kPlover},
  };
  for (const auto& [n, f] : kNames) {
    if (n == name) return f;
  }
  return InvalidArgumentError(
      "unknown format '" + std::string(name) +
      "': expected table, jsonl, csv, gdelt, phoenix or plover");
}

void AppendExportHeader(ExportFormat format, std::string* out) {
  if (format == ExportFormat::kCsv) {
    Row row(',', out);
    for (std::string_view f : kFlatFields) row.Text(f);
    row.End();
  } else if (format == ExportFormat::kTable) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "%-10s %-12s %-12s %-5s %5s %4s %4s  %s\n",
                  "day", "source", "target", "cameo", "gold", "arts", "ment",
                  "place  | sentence");
    out->append(buf);
  }
}

bool AppendExportEvent(ExportFormat format, const ExportEvent& event,
                       std::string* out) {
  switch (format) {
    case ExportFormat::kTable:
      AppendTable(event, out);
      return true;
    case ExportFormat::kJsonl:
      AppendJsonl(event, out);
      return true;
    case ExportFormat::kCsv:
      AppendCsv(event, out);
      return true;
    case ExportFormat::kGdelt:
      AppendGdelt(event, out);
      return true;
    case ExportFormat::kPhoenix:
      AppendPhoenix(event, out);
      return true;
    case ExportFormat::kPlover:
      return AppendPlover(event, out);
  }
  return false;
}

void AppendGdeltMention(const ExportMention& m, std::string* out) {
  Row row('\t', out);
  row.Int(static_cast<int64_t>(m.event_id)).Text(CompactTime(m.event_added));
  row.Text(CompactTime(m.mention_time));
  row.Int(1);  // MentionType 1: a web document
  row.Text(m.outlet).Text(m.url).Int(m.sentence_index + 1);
  row.Int(m.source_offset).Int(m.target_offset).Int(m.action_offset);
  row.Int(1);  // InRawText: we code the text as published
  // GDELT's confidence is a percentage in steps of 10.
  const int percent = static_cast<int>(m.confidence * 10 + 0.5) * 10;
  row.Int(std::clamp(percent, 10, 100));
  row.Int(m.doc_length).Num(m.doc_tone, 6);
  // TranslationInfo: GDELT marks documents not read in English; tocsin
  // reads French natively, so only the source language is given.
  row.Text(m.language.empty() || m.language == "en" ? ""
                                                    : "srclc:" + m.language);
  row.Empty();  // Extras
  row.End();
}

ActorCodeParts SplitActorCode(std::string_view code) {
  ActorCodeParts parts;
  if (code.size() < 3) return parts;
  parts.root = std::string(code.substr(0, 3));
  const bool group_root = OneOf(kGroupRoots, parts.root);
  const bool type_root = OneOf(kTypeCodes, parts.root);
  if (!group_root && !type_root && IsUpper3(parts.root)) {
    parts.country = parts.root;
  }
  if (type_root && !group_root) parts.types.push_back(parts.root);
  for (size_t i = 3; i + 3 <= code.size(); i += 3) {
    const std::string part(code.substr(i, 3));
    if (OneOf(kReligionCodes, part)) {
      parts.religions.push_back(part);
    } else if (OneOf(kTypeCodes, part)) {
      parts.types.push_back(part);
    } else if (group_root && parts.group.empty()) {
      parts.group = part;
    }
    const bool agent = i == 3 && OneOf(kTypeCodes, part);
    if (!agent) parts.others.push_back(part);
  }
  return parts;
}

int PhoenixClass(std::string_view cameo) {
  // The Phoenix pipeline's class of each CAMEO root 01..20.
  static constexpr int kClass[] = {0, 0, 1, 1, 1, 2, 2, 2, 3, 3,
                                   3, 3, 3, 4, 4, 3, 4, 4, 4, 4};
  if (cameo.size() < 2 || cameo[0] < '0' || cameo[0] > '2' || cameo[1] < '0' ||
      cameo[1] > '9') {
    return 0;
  }
  const int root = (cameo[0] - '0') * 10 + (cameo[1] - '0');
  return root >= 1 && root <= 20 ? kClass[root - 1] : 0;
}

}  // namespace tocsin
