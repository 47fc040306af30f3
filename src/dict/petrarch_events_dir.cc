#include "dict/petrarch_events_dir.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "dict/actor_compiler.h"
#include "util/lines.h"

namespace tocsin {
namespace {

namespace fs = std::filesystem;

StatusOr<std::string> Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError("cannot read " + path.string());
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

Status WritePetrarchEventsDir(const PetrarchEventsDirOptions& options,
                              PetrarchVerbStats* stats,
                              std::vector<DictProblem>* problems,
                              std::string* patterns_file) {
  auto verbs = Slurp(options.verbs_path);
  if (!verbs.ok()) return verbs.status();
  const fs::path ours(options.our_events);
  auto table_text = Slurp(ours / "cameo.tsv");
  if (!table_text.ok()) return table_text.status();
  auto roles = Slurp(ours / "en" / "_roles.txt");
  if (!roles.ok()) return roles.status();
  auto table = CameoTable::Parse(*table_text, "cameo.tsv");
  if (!table.ok()) return table.status();

  std::vector<PatternSpec> patterns;
  ImportPetrarchVerbs(*verbs, options.verbs_path, options.verbs, &patterns,
                      stats, problems);
  PetrarchCodeMap codes;
  TOCSIN_RETURN_IF_ERROR(AssignPetrarchCodes(*table, &patterns, &codes, stats));

  std::string stem = fs::path(options.verbs_path).stem().string();
  for (char& c : stem) {
    if (c == '_' || c == '.' || c == ' ') c = '-';
  }
  std::string text = "# Imported from " + options.verbs_path +
                     " by `tocsin dict import-petrarch --verbs`.\n"
                     "# Generated: edit the PETRARCH file, not this one.\n";
  for (const PatternSpec& p : patterns) text += FormatPatternLine(p) + "\n";
  std::string map_text =
      "# private code<TAB>PETRARCH code (codes our CAMEO table cannot "
      "hold)\n";
  for (const auto& [mine, theirs] : codes.private_codes) {
    map_text += mine + "\t" + theirs + "\n";
  }

  const fs::path out(options.out);
  std::error_code ec;
  fs::create_directories(out / "en", ec);
  if (ec) return UnavailableError("cannot create " + out.string());
  // A stale import of another file would be read as patterns too.
  for (const auto& entry : fs::directory_iterator(out / "en", ec)) {
    if (entry.path().extension() == ".txt" &&
        entry.path().filename() != "_roles.txt") {
      fs::remove(entry.path(), ec);
    }
  }
  *patterns_file = (out / "en" / (stem + ".txt")).string();
  TOCSIN_RETURN_IF_ERROR(WriteFileAtomically(*patterns_file, text));
  TOCSIN_RETURN_IF_ERROR(
      WriteFileAtomically((out / "en" / "_roles.txt").string(), *roles));
  TOCSIN_RETURN_IF_ERROR(WriteFileAtomically(
      (out / "cameo.tsv").string(),
      *table_text + (table_text->ends_with('\n') ? "" : "\n") +
          "# Added by `tocsin dict import-petrarch --verbs`\n" +
          FormatCameoRows(codes.extra_rows)));
  return WriteFileAtomically((out / "petrarch_codes.tsv").string(), map_text);
}

StatusOr<std::map<std::string, std::string>> LoadPetrarchCodeMap(
    const std::string& events_dir) {
  std::map<std::string, std::string> map;
  const fs::path path = fs::path(events_dir) / "petrarch_codes.tsv";
  if (!fs::exists(path)) return map;
  auto text = Slurp(path);
  if (!text.ok()) return text.status();
  LineReader lines(*text);
  std::string_view line;
  while (lines.Next(&line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos) {
      return DataLossError(path.string() + ":" +
                           std::to_string(lines.number()) + ": expected a tab");
    }
    map.emplace(std::string(line.substr(0, tab)),
                std::string(line.substr(tab + 1)));
  }
  return map;
}

}  // namespace tocsin
