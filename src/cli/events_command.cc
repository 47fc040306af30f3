// `tocsin events [filters] [--format F] [--mentions] [--limit N] [--db P]`:
// the stored, aggregated events a query selects (include/tocsin/query.h),
// written in one of the export formats (docs/export-formats.md) as the rows
// arrive, or GDELT Mentions rows of those events with --mentions.
#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "cli/commands.h"
#include "store/export.h"
#include "tocsin/query.h"
#include "tocsin/store.h"

namespace tocsin::cli {
namespace {

// The filter flags, in the order their values are checked.
constexpr const char* kFilterFlags[] = {
    "--since", "--until",   "--actor",   "--dyad", "--code",
    "--root",  "--quad",    "--country", "--adm1", "--near",
    "--theme", "--speaker", "--text"};
constexpr size_t kFilterCount = std::size(kFilterFlags);

struct EventsOptions {
  std::string db = "tocsin.db";
  std::string format = "table";
  std::string order = "day";
  uint64_t limit = 0;
  bool mentions = false;
  std::vector<std::string> filters = std::vector<std::string>(kFilterCount);
  std::vector<CLI::Option*> given = std::vector<CLI::Option*>(kFilterCount);
};

// Buffers output and writes it in blocks: rows stream out as they come
// without one write per row.
class Output {
 public:
  ~Output() { Flush(); }
  std::string* buffer() { return &buffer_; }
  void MaybeFlush() {
    if (buffer_.size() >= (1 << 16)) Flush();
  }
  void Flush() {
    if (!buffer_.empty())
      std::fwrite(buffer_.data(), 1, buffer_.size(), stdout);
    buffer_.clear();
  }

 private:
  std::string buffer_;
};

int Fail(const Status& status) {
  fmt::print(stderr, "tocsin: error: {}\n", status.ToString());
  return 2;
}

StatusOr<EventQuery> BuildQuery(const EventsOptions& options) {
  EventQuery query;
  for (size_t i = 0; i < kFilterCount; ++i) {
    if (options.given[i]->count() == 0) continue;
    TOCSIN_RETURN_IF_ERROR(
        SetEventQueryFlag(kFilterFlags[i], options.filters[i], &query));
  }
  TOCSIN_ASSIGN_OR_RETURN(query.order, ParseEventOrder(options.order));
  query.limit = options.limit;
  return query;
}

int RunEvents(const EventsOptions& options) {
  StatusOr<EventQuery> query = BuildQuery(options);
  if (!query.ok()) return Fail(query.status());
  StatusOr<ExportFormat> format = ParseExportFormat(options.format);
  if (!format.ok()) return Fail(format.status());
  query->with_documents = *format == ExportFormat::kPhoenix;
  StoreOptions store_options;
  store_options.create_if_missing = false;  // a query never creates a store
  StatusOr<std::unique_ptr<Store>> store =
      Store::Open(options.db, store_options);
  if (!store.ok()) return Fail(store.status());
  Output out;
  uint64_t rows = 0;
  Status status;
  if (options.mentions) {
    status = (*store)->QueryMentions(*query, [&](const ExportMention& m) {
      AppendGdeltMention(m, out.buffer());
      ++rows;
      out.MaybeFlush();
      return Status::OK();
    });
  } else {
    AppendExportHeader(*format, out.buffer());
    status = (*store)->QueryEvents(*query, [&](const ExportEvent& e) {
      if (AppendExportEvent(*format, e, out.buffer())) ++rows;
      out.MaybeFlush();
      return Status::OK();
    });
  }
  if (!status.ok()) {
    // A query refused before its first row (bad words for the full-text
    // search) leaves no lone header on stdout.
    if (rows == 0) out.buffer()->clear();
    out.Flush();
    return Fail(status);
  }
  out.Flush();
  fmt::print(stderr, "{} {}\n", rows, options.mentions ? "mentions" : "events");
  return 0;
}

}  // namespace

void AddEventsCommand(CLI::App& app, Runner* selected) {
  auto options = std::make_shared<EventsOptions>();
  CLI::App* command = app.add_subcommand(
      "events", "Query stored events and export them (docs/export-formats.md)");
  static constexpr const char* kHelp[] = {
      "From this day, YYYY-MM-DD",
      "Up to this day, YYYY-MM-DD",
      "Actor code prefix, source or target (RUS matches RUSGOV)",
      "SOURCE,TARGET actor code prefixes",
      "CAMEO code or prefix (1385, 19)",
      "CAMEO root, 01-20",
      "Quad class 1-4",
      "Country of the event, ISO alpha-2 or alpha-3",
      "Subdivision of the event, ISO 3166-2 (UA-14)",
      "LAT,LON,KM: within KM of a point",
      "Events of documents with this theme (WMD_NUCLEAR)",
      "Events of documents quoting this speaker (name part or code)",
      ("Events of documents containing these words (title, quotations, "
       "sentences kept with --keep-text)")};
  for (size_t i = 0; i < kFilterCount; ++i) {
    options->given[i] =
        command->add_option(kFilterFlags[i], options->filters[i], kHelp[i]);
  }
  command->add_option("--db", options->db, "Store: a SQLite file path")
      ->capture_default_str();
  command
      ->add_option("--format", options->format,
                   "table, jsonl, csv, gdelt, phoenix or plover")
      ->capture_default_str();
  command
      ->add_option("--order", options->order,
                   "day (then event id), recent, or articles (NumArticles, "
                   "NumMentions, event id)")
      ->capture_default_str();
  command->add_option("--limit", options->limit, "At most N events (0: all)")
      ->capture_default_str();
  command->add_flag("--mentions", options->mentions,
                    "GDELT 2.0 Mentions TSV of the selected events");
  command->callback([options, selected] {
    *selected = [options] { return RunEvents(*options); };
  });
}

}  // namespace tocsin::cli
