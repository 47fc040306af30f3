// `tocsin ingest INPUT... [--db tocsin.db | --db postgresql://...]
// [--keep-text] [--batch N]`: runs
// the pipeline on each document and stores what it coded (docs/store.md,
// include/tocsin/store.h). Documents the store already holds are skipped
// before the pipeline runs, so a rerun after a crash resumes where the last
// committed batch ended. Storing runs on a thread of its own
// (store/background_writer.h) while the next document is coded.
#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/document_loop.h"
#include "cli/pipeline_loader.h"
#include "cli/progress.h"
#include "store/background_writer.h"
#include "store/postgres/pg_connection.h"
#include "tocsin/store.h"

namespace tocsin::cli {
namespace {

struct IngestOptions {
  LoopOptions loop;
  std::string db = "tocsin.db";
  bool keep_text = false;
  uint32_t batch = 200;
  std::string dictionary;
};

struct IngestCounts {
  uint64_t inserted = 0, unchanged = 0, superseded = 0;
  uint64_t sentences = 0, events = 0;
  uint64_t seen() const { return inserted + unchanged + superseded; }
};

void PrintIngestSummary(const IngestCounts& c, const LoopSummary& loop) {
  const double rate = loop.seconds > 0 ? loop.read.documents / loop.seconds : 0;
  fmt::print(stderr,
             "documents: {} ({} inserted, {} unchanged, {} superseded, {} "
             "failed); sentences: {}; events: {}; {:.2f} s, {:.1f} "
             "documents/s\n",
             c.seen() + loop.failed(), c.inserted, c.unchanged, c.superseded,
             loop.failed(), c.sentences, c.events, loop.seconds, rate);
}

void PrintStoreTotals(const std::string& db, Store& store) {
  StatusOr<StoreCounts> totals = store.Counts();
  if (!totals.ok()) return;
  // A PostgreSQL URI may carry a password: name the server instead.
  const bool postgres =
      db.starts_with("postgresql://") || db.starts_with("postgres://");
  fmt::print(stderr,
             "store {}: {} documents ({} superseded), {} stories, {} event "
             "mentions, {} aggregated events\n",
             postgres ? DescribePostgresTarget(db) : db, totals->documents,
             totals->superseded, totals->stories, totals->event_mentions,
             totals->events);
}

int RunIngest(const IngestOptions& options) {
  StoreOptions store_options;
  store_options.keep_text = options.keep_text;
  StatusOr<std::unique_ptr<Store>> opened =
      Store::Open(options.db, store_options);
  if (!opened.ok()) {
    fmt::print(stderr, "tocsin: error: {}\n", opened.status().ToString());
    return 2;
  }
  Store& store = **opened;
  PipelineOptions pipeline_options;
  pipeline_options.actors_path = options.dictionary;
  std::unique_ptr<Pipeline> pipeline = LoadPipeline(pipeline_options);
  if (!pipeline) return 2;

  // Contains() reads through a handle of its own: the writer thread owns
  // `store` until it finishes. It sees committed batches, so a document
  // still queued is coded again if it comes twice, and then stored as
  // unchanged.
  std::unique_ptr<Store> reader;
  if (options.db != ":memory:") {
    StatusOr<std::unique_ptr<Store>> opened_reader =
        Store::Open(options.db, store_options);
    if (!opened_reader.ok()) {
      fmt::print(stderr, "tocsin: error: {}\n",
                 opened_reader.status().ToString());
      return 2;
    }
    reader = std::move(*opened_reader);
  }

  Progress progress("ingest", CountInputDocuments(options.loop.inputs));
  IngestCounts counts;  // written by the writer thread until Finish
  BackgroundWriter writer(&store, options.batch,
                          [&counts](const Document&, const DocumentAnalysis& a,
                                    const PutResult& put) {
                            switch (put.outcome) {
                              case PutOutcome::kInserted:
                                ++counts.inserted;
                                break;
                              case PutOutcome::kUnchanged:
                                ++counts.unchanged;
                                return;
                              case PutOutcome::kSuperseded:
                                ++counts.superseded;
                                break;
                            }
                            counts.sentences += a.text.sentences.size();
                            counts.events += a.events.size();
                          });
  uint64_t already_stored = 0, handed_over = 0;
  Status fatal;  // a store error: stop writing, read on without processing
  auto skip = [&](const Document& doc) {
    if (!fatal.ok() || writer.failed()) return true;
    if (reader == nullptr) return false;
    StatusOr<bool> stored = reader->Contains(doc);
    if (!stored.ok()) {
      fatal = stored.status();
      return true;
    }
    if (*stored) {
      ++already_stored;
      progress.Update(already_stored + handed_over);
    }
    return *stored;
  };
  auto on_analyzed = [&](const Document& doc, const DocumentAnalysis& a) {
    Status queued = writer.Put(doc, a);
    if (!queued.ok()) {
      fatal = queued;
      return;
    }
    ++handed_over;
    progress.Update(already_stored + handed_over);
  };
  LoopSummary summary =
      RunDocumentLoop(*pipeline, options.loop, on_analyzed, skip);
  Status written = writer.Finish();
  if (fatal.ok()) fatal = written;
  counts.unchanged += already_stored;
  progress.Finish();
  if (!fatal.ok()) {
    fmt::print(stderr,
               "tocsin: error: {}\ntocsin: the open batch was rolled back; "
               "rerun the same command to resume\n",
               fatal.ToString());
    return 2;
  }
  PrintIngestSummary(counts, summary);
  PrintStoreTotals(options.db, store);
  return ExitCodeFor(summary);
}

}  // namespace

void AddIngestCommand(CLI::App& app, Runner* selected) {
  auto options = std::make_shared<IngestOptions>();
  CLI::App* command = app.add_subcommand(
      "ingest", "Code each document and store it (SQLite file or PostgreSQL)");
  AddLoopOptions(command, &options->loop);
  command
      ->add_option("--db", options->db,
                   "Store: a SQLite file path, or a postgresql:// URI")
      ->capture_default_str();
  command->add_flag("--keep-text", options->keep_text,
                    "Store each sentence's text, not only its offsets");
  command
      ->add_option("--batch", options->batch,
                   "Documents per transaction (the unit lost on a crash)")
      ->capture_default_str()
      ->check(CLI::Range(1u, 1000000u));
  command->add_option("--dictionary", options->dictionary,
                      "Compiled actor dictionary (tocsin dict compile); "
                      "default: ours");
  command->callback([options, selected] {
    *selected = [options] { return RunIngest(*options); };
  });
}

}  // namespace tocsin::cli
