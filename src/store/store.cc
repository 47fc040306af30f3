// Store::Open picks the backend from the target's form.
#include "tocsin/store.h"

#include "store/postgres/pg_store.h"
#include "store/schema.h"
#include "store/sqlite/sqlite_store.h"
#include "store/story_picker.h"

namespace tocsin {
namespace {

bool IsPostgresUri(std::string_view target) {
  return target.starts_with("postgresql://") ||
         target.starts_with("postgres://");
}

}  // namespace

const char* PutOutcomeName(PutOutcome outcome) {
  switch (outcome) {
    case PutOutcome::kInserted:
      return "inserted";
    case PutOutcome::kUnchanged:
      return "unchanged";
    case PutOutcome::kSuperseded:
      return "superseded";
  }
  return "unknown";
}

int Store::LatestSchemaVersion() { return kStoreSchemaVersion; }

Status Store::QueryEvents(const EventQuery&, const EventRowSink&) {
  return UnimplementedError("this store backend cannot query events yet");
}

Status Store::QueryMentions(const EventQuery&, const MentionRowSink&) {
  return UnimplementedError("this store backend cannot query mentions yet");
}

StatusOr<uint64_t> Store::Scan(const StoreScanRange&, StoreScanSink&) {
  return UnimplementedError("this store backend cannot scan for signals");
}

StatusOr<EventReport> Store::FirstReport(int64_t) {
  return UnimplementedError("this store backend cannot report events");
}

StatusOr<DocumentReport> Store::DescribeDocument(int64_t) {
  return UnimplementedError("this store backend cannot describe documents");
}

StatusOr<std::vector<StoredQuotation>> Store::Quotations(int64_t) {
  return UnimplementedError("this store backend cannot list quotations");
}

StatusOr<std::unique_ptr<Store>> Store::Open(std::string_view target,
                                             const StoreOptions& options) {
  if (target.empty()) {
    return InvalidArgumentError(
        "no store given: pass a file path or a postgresql:// URI");
  }
  if (IsPostgresUri(target)) {
    return OpenPostgresStore(target, options, nullptr);
  }
  return OpenSqliteStore(std::string(target), options, nullptr);
}

}  // namespace tocsin
