// `tocsin eval acled FILE.csv [--json] [--errors N] [--limit N]`: geocoding
// accuracy on an ACLED export. Each row's notes are coded as an English
// document dated by event_date; the predicted place (eval/acled_eval.h:
// PredictLocation) is compared with the row's coordinates and admin1.
// Malformed rows are reported on stderr and skipped; the exit code is then
// 1, as for documents that fail elsewhere.
#include <fmt/core.h>

#include <cstdio>
#include <vector>

#include "cli/commands.h"
#include "cli/pipeline_loader.h"
#include "dict/country_names.h"
#include "eval/acled_eval.h"

namespace tocsin::cli {
namespace {

constexpr const char* kIsoCountries =
    "/usr/share/iso-codes/json/iso_3166-1.json";

struct EvalAcledOptions {
  std::string path;
  bool json = false;
  size_t errors = 0;
  size_t limit = 0;
};

void ReportProblems(const AcledFile& file) {
  for (const std::string& problem : file.problems) {
    fmt::print(stderr, "tocsin: warning: skipped row: {}\n", problem);
  }
  if (file.malformed > file.problems.size()) {
    fmt::print(stderr, "tocsin: warning: ... and {} more malformed rows\n",
               file.malformed - file.problems.size());
  }
}

// Without the ISO list the admin1 check goes by the region's name alone.
CountryCodes LoadCountryCodes() {
  CountryNames names;
  Status s = ReadIsoCountryNames(kIsoCountries, &names);
  if (!s.ok()) {
    fmt::print(stderr,
               "tocsin: warning: {}; ADM1 is checked without the country\n",
               s.ToString());
    return {};
  }
  return MakeCountryCodes(names);
}

int RunEvalAcled(const EvalAcledOptions& options) {
  auto file = ReadAcledCsv(options.path, options.limit);
  if (!file.ok()) {
    fmt::print(stderr, "tocsin: error: {}\n", file.status().ToString());
    return 2;
  }
  ReportProblems(*file);
  const CountryCodes countries = LoadCountryCodes();
  auto pipeline = LoadPipeline();
  if (!pipeline) return 2;

  std::vector<AcledOutcome> outcomes;
  std::vector<AcledMiss> misses;
  DocumentAnalysis analysis;
  for (const AcledRow& row : file->rows) {
    pipeline->Process(AcledRowDocument(options.path, row), &analysis);
    AcledPrediction prediction = PredictLocation(analysis);
    const AcledOutcome outcome = ScoreAcledRow(row, prediction, countries);
    outcomes.push_back(outcome);
    if (IsAcledMiss(outcome) && misses.size() < options.errors) {
      misses.push_back({row, std::move(prediction), outcome});
    }
  }
  const AcledScore score = SummarizeAcled(outcomes);
  if (options.json) {
    fmt::print("{}\n",
               AcledReportJson(options.path, file->malformed, score, misses));
  } else {
    fmt::print("{}",
               AcledReportText(options.path, file->malformed, score, misses));
  }
  return file->malformed > 0 ? 1 : 0;
}

}  // namespace

void AddEvalAcledCommand(CLI::App& eval, Runner* selected) {
  auto options = std::make_shared<EvalAcledOptions>();
  CLI::App* acled = eval.add_subcommand(
      "acled", "Geocoding accuracy on an ACLED CSV export (notes, lat/lon)");
  acled->add_option("file", options->path, "ACLED CSV export")->required();
  acled->add_flag("--json", options->json, "Print one JSON object");
  acled
      ->add_option("--errors", options->errors,
                   "Print up to this many misses (unlocated or > 25 km)")
      ->capture_default_str();
  acled
      ->add_option("--limit", options->limit,
                   "Evaluate only the first N rows (0: all)")
      ->capture_default_str();
  acled->callback([options, selected] {
    *selected = [options] { return RunEvalAcled(*options); };
  });
}

}  // namespace tocsin::cli
