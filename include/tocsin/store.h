// Store: where coded documents are kept, deduplicated and aggregated.
//
// A Store holds every document the pipeline coded, with its sentences,
// event mentions, entities, places, quotations, themes and tone, and
// exposes GDELT-style aggregated events (NumMentions, NumSources,
// NumArticles per story, day, dyad, CAMEO code and location). One interface,
// two backends: SQLite (a file path, the default) and PostgreSQL (a
// postgresql:// URI). The schema is versioned and migrated on open.
//
// Identity and idempotence. A document is identified by its key (its URL
// when known, else its id) and the SHA-256 of its content (title, date,
// language hint and text). Putting a (key, hash) already stored changes
// nothing, whether that version is current or superseded. Putting a known
// key with a new hash stores the new version and marks the current one
// superseded: its rows stay (history) but leave the aggregates.
//
// Crash safety. Writes happen inside a batch (BeginBatch ... CommitBatch),
// one transaction. A process killed mid-batch leaves the store as it was at
// the last commit; rerunning the same input skips what was committed and
// ends with the store a clean run gives.
//
// Thread-compatible: one thread at a time per Store. Several processes may
// open the same SQLite file; writers wait for each other's batches.
#ifndef TOCSIN_STORE_H_
#define TOCSIN_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tocsin/document.h"
#include "tocsin/pipeline.h"
#include "tocsin/query.h"
#include "tocsin/status.h"
#include "tocsin/store_scan.h"

namespace tocsin {

// The rows a query returns, defined with their writers in src/store/export.h.
struct ExportEvent;
struct ExportMention;
// Called once per row, in the query's order; an error stops the query and
// is returned. The row is valid during the call only.
using EventRowSink = std::function<Status(const ExportEvent&)>;
using MentionRowSink = std::function<Status(const ExportMention&)>;

struct StoreOptions {
  // Store each sentence's text (sentences.text); otherwise only offsets.
  bool keep_text = false;
  // Create the database (and its schema) when it does not exist.
  bool create_if_missing = true;
};

enum class PutOutcome : uint8_t {
  kInserted,    // a document key not seen before
  kUnchanged,   // this key and content were already stored: nothing written
  kSuperseded,  // a new version of a stored key; the old one is superseded
};
const char* PutOutcomeName(PutOutcome outcome);  // "inserted", ...

struct PutResult {
  PutOutcome outcome = PutOutcome::kInserted;
  // The stored document's id in the store (for kUnchanged, the existing
  // version's). Ids follow ingestion order: 1, 2, ...
  int64_t doc = 0;
};

// Row counts. Every stored version counts; `events` counts the aggregated
// events of current documents.
struct StoreCounts {
  uint64_t documents = 0;
  uint64_t superseded = 0;  // versions replaced by a newer one
  uint64_t stories = 0;     // distinct stories of current documents
  uint64_t sentences = 0;
  uint64_t event_mentions = 0;
  uint64_t events = 0;
  uint64_t entities = 0;
  uint64_t places = 0;
  uint64_t quotations = 0;
};

class Store {
 public:
  // Opens (creating and migrating as needed) the store at `target`: a file
  // path or ":memory:" for SQLite, or a postgresql:// or postgres:// URI.
  // Errors: FailedPrecondition for a database of a newer schema than this
  // build, or one that is not a tocsin store, or credentials a PostgreSQL
  // server refuses; Unavailable when the file cannot be opened or is
  // locked, or the server cannot be reached. Messages never echo a password.
  static StatusOr<std::unique_ptr<Store>> Open(std::string_view target,
                                               const StoreOptions& options);
  // The schema version this build writes.
  static int LatestSchemaVersion();

  virtual ~Store() = default;

  // One transaction per batch. REQUIRES: no batch open for BeginBatch; one
  // open for CommitBatch and RollbackBatch. Destroying a Store with a batch
  // open rolls it back.
  virtual Status BeginBatch() = 0;
  virtual Status CommitBatch() = 0;
  virtual Status RollbackBatch() = 0;
  virtual bool in_batch() const = 0;

  // True when this exact version of `doc` (key and content hash) is stored,
  // so a caller can skip running the pipeline on it.
  virtual StatusOr<bool> Contains(const Document& doc) = 0;

  // Stores `doc` and what the pipeline coded for it. REQUIRES: in_batch();
  // `analysis` is Pipeline::Process's output for `doc`. On error the batch
  // must be rolled back.
  virtual StatusOr<PutResult> Put(const Document& doc,
                                  const DocumentAnalysis& analysis) = 0;

  virtual StatusOr<StoreCounts> Counts() = 0;

  // Streams the aggregated events `query` selects (current documents,
  // negated mentions left out, as the `events` view), in its order and up
  // to its limit. InvalidArgument for a malformed query
  // (ValidateEventQuery) or full-text words the engine cannot search.
  // Values reach SQL only as bound parameters. Backends without queries
  // return Unimplemented.
  virtual Status QueryEvents(const EventQuery& query, const EventRowSink& sink);
  // Streams every mention (GDELT's Mentions) of the events QueryEvents
  // selects, event by event in its order, then by document and position.
  virtual Status QueryMentions(const EventQuery& query,
                               const MentionRowSink& sink);
  // Streams the current documents dated in `range`, their themes and their
  // event mentions (store_scan.h), and returns how many current documents
  // have no date (left out). Backends without scans return Unimplemented.
  virtual StatusOr<uint64_t> Scan(const StoreScanRange& range,
                                  StoreScanSink& sink);
  // The first report of event `event_id`; NotFound when no current
  // document reports it.
  virtual StatusOr<EventReport> FirstReport(int64_t event_id);
  // Document `doc`'s identity; NotFound when it is not stored.
  virtual StatusOr<DocumentReport> DescribeDocument(int64_t doc);
  // The quotations of document `doc`, in order.
  virtual StatusOr<std::vector<StoredQuotation>> Quotations(int64_t doc);
  // The schema version of the open database (LatestSchemaVersion() once
  // opened: older ones are migrated).
  virtual int schema_version() const = 0;
};

}  // namespace tocsin

#endif  // TOCSIN_STORE_H_
