// `tocsin signals [--db P] [--since D] [--until D] [--watch FILE]
// [--format text|json|html] [--output FILE]`: escalation signals over the
// stored events (include/tocsin/signals.h), with the built-in nuclear
// watch and the watches of FILE (signals/watch.h).
#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "signals/report_html.h"
#include "signals/report_text.h"
#include "signals/watch.h"
#include "tocsin/signals.h"
#include "tocsin/store.h"

namespace tocsin::cli {
namespace {

struct SignalsCommandOptions {
  std::string db = "tocsin.db";
  std::string format = "text";
  std::string output;
  std::string watch_file;
  bool no_builtin = false;
  std::vector<std::string> kinds;
  SignalOptions signals;
};

int Fail(const Status& status) {
  fmt::print(stderr, "tocsin: error: {}\n", status.ToString());
  return 2;
}

StatusOr<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError("--watch " + path + ": cannot read the file");
  std::ostringstream text;
  text << in.rdbuf();
  if (text.str().size() > (1u << 20)) {
    return InvalidArgumentError("--watch " + path +
                                ": larger than 1 MiB; is it a watch file?");
  }
  return text.str();
}

int RunSignals(SignalsCommandOptions& options) {
  if (options.format != "text" && options.format != "json" &&
      options.format != "html") {
    return Fail(InvalidArgumentError("--format '" + options.format +
                                     "': expected text, json or html"));
  }
  if (!options.watch_file.empty()) {
    StatusOr<std::string> text = ReadWholeFile(options.watch_file);
    if (!text.ok()) return Fail(text.status());
    StatusOr<std::vector<Watch>> watches =
        ParseWatches(*text, options.watch_file);
    if (!watches.ok()) return Fail(watches.status());
    options.signals.watches = std::move(*watches);
  }
  options.signals.builtin_watches = !options.no_builtin;
  for (const std::string& name : options.kinds) {
    SeriesKind kind;
    if (!ParseSeriesKind(name, &kind)) {
      return Fail(InvalidArgumentError(
          "--kind '" + name +
          "': expected actor, dyad, root, quad, theme, country, adm1 or "
          "watch"));
    }
    options.signals.kinds.push_back(kind);
  }
  StoreOptions store_options;
  store_options.create_if_missing = false;
  StatusOr<std::unique_ptr<Store>> store =
      Store::Open(options.db, store_options);
  if (!store.ok()) return Fail(store.status());
  StatusOr<SignalReport> report = ComputeSignals(**store, options.signals);
  if (!report.ok()) return Fail(report.status());
  const std::string text = options.format == "json" ? SignalReportJson(*report)
                           : options.format == "html"
                               ? SignalReportHtml(*report)
                               : SignalReportText(*report);
  if (options.output.empty() || options.output == "-") {
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
  } else {
    std::ofstream out(options.output, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) {
      return Fail(UnavailableError("--output " + options.output +
                                   ": cannot write the file"));
    }
  }
  fmt::print(stderr, "{} signals, {} series tested over {} {}\n",
             report->signals.size(), report->series_tested,
             report->buckets.size(), report->hourly ? "hours" : "days");
  return 0;
}

}  // namespace

void AddSignalsCommand(CLI::App& app, Runner* selected) {
  auto options = std::make_shared<SignalsCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "signals",
      "Escalation signals over the stored events, with their evidence");
  SignalOptions& s = options->signals;
  command
      ->add_option("--db", options->db,
                   "Store: a SQLite file path or a "
                   "postgresql:// URI")
      ->capture_default_str();
  command->add_option("--since", s.since,
                      "Report signals from this day, YYYY-MM-DD (the "
                      "baseline before it is read too)");
  command->add_option("--until", s.until, "Up to this day, YYYY-MM-DD");
  command->add_option("--watch", options->watch_file,
                      "A watch file (docs/signals.md)");
  command
      ->add_option("--kind", options->kinds,
                   "Report signals of these series kinds only (actor, dyad, "
                   "root, quad, theme, country, adm1, watch; repeat or "
                   "comma-separate)")
      ->delimiter(',');
  command->add_flag("--no-builtin-watch", options->no_builtin,
                    "Leave out the built-in nuclear watch");
  command->add_option("--format", options->format, "text, json or html")
      ->capture_default_str();
  command->add_option("--output,-o", options->output,
                      "Write the report to this file (default: stdout)");
  command->add_flag("--hourly", s.hourly,
                    "Hour buckets (UTC, documents with a time) instead of "
                    "days");
  command
      ->add_option("--baseline", s.baseline_buckets,
                   "Buckets of baseline before each tested one")
      ->capture_default_str();
  command
      ->add_option("--min-baseline", s.min_baseline_buckets,
                   "Fewer buckets of history: not tested")
      ->capture_default_str();
  command
      ->add_option("--false-alarm-rate", s.false_alarm_rate,
                   "Share of a stationary series' buckets that alarm")
      ->capture_default_str();
  command
      ->add_option("--window", s.window_buckets,
                   "Also test the sum of the last N buckets (1: off)")
      ->capture_default_str();
  command
      ->add_option("--min-count", s.min_count,
                   "Fewer reporting documents in a bucket never alarm")
      ->capture_default_str();
  command->add_option("--max-signals", s.max_signals, "Signals reported")
      ->capture_default_str();
  command
      ->add_option("--evidence", s.evidence_per_signal,
                   "Evidence events per signal")
      ->capture_default_str();
  command->callback([options, selected] {
    *selected = [options] { return RunSignals(*options); };
  });
}

}  // namespace tocsin::cli
