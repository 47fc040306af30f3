#include "store/postgres/pg_store.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "store/identity.h"
#include "store/postgres/pg_connection.h"
#include "store/postgres/pg_query.h"
#include "store/postgres/pg_schema.h"
#include "store/postgres/pg_story.h"
#include "store/rows.h"
#include "store/schema.h"

namespace tocsin {
namespace {

// Rows per INSERT statement: one round trip per table and group instead of
// one per row (a document has ~60 rows).
constexpr size_t kGroup = 32;

// "INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4)" for `rows` rows, from
// our own identifiers: values are always bound, never spliced.
std::string InsertSql(const TableSpec& spec, size_t rows) {
  std::string sql = "INSERT INTO " + std::string(spec.name) + " (";
  for (size_t c = 0; c < spec.columns.size(); ++c) {
    if (c) sql += ", ";
    sql += spec.columns[c];
  }
  sql += ") VALUES ";
  int param = 1;
  for (size_t r = 0; r < rows; ++r) {
    sql += r ? ", (" : "(";
    for (size_t c = 0; c < spec.columns.size(); ++c) {
      if (c) sql += ", ";
      sql += "$" + std::to_string(param++);
    }
    sql += ")";
  }
  return sql;
}

const TableSpec& DocumentRowSpec() {
  static const auto* spec = [] {
    auto* s = new TableSpec(DocumentInsertSpec());
    s->columns.push_back("doc");
    s->columns.push_back("story_id");
    return s;
  }();
  return *spec;
}

std::string UtcNow() {
  const std::time_t now =
      std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

struct Version {
  int64_t doc = 0;
  int64_t story = 0;
};

class PgStore : public Store {
 public:
  PgStore(std::unique_ptr<PgConnection> db, const StoreOptions& options,
          std::unique_ptr<StoryPicker> stories)
      : db_(std::move(db)),
        options_(options),
        story_table_(NewPgStorySignatureTable(db_.get())),
        stories_(stories != nullptr
                     ? std::move(stories)
                     : NewMinHashStoryPicker(story_table_.get())) {}
  ~PgStore() override {
    if (db_->in_transaction()) (void)db_->Rollback();
  }

  Status Init();

  Status BeginBatch() override;
  Status CommitBatch() override;
  Status RollbackBatch() override;
  bool in_batch() const override { return in_batch_; }
  StatusOr<bool> Contains(const Document& doc) override;
  StatusOr<PutResult> Put(const Document& doc,
                          const DocumentAnalysis& analysis) override;
  StatusOr<StoreCounts> Counts() override;
  Status QueryEvents(const EventQuery& query,
                     const EventRowSink& sink) override {
    return PgQueryEvents(*db_, query, sink);
  }
  Status QueryMentions(const EventQuery& query,
                       const MentionRowSink& sink) override {
    return PgQueryMentions(*db_, query, sink);
  }
  StatusOr<uint64_t> Scan(const StoreScanRange& range,
                          StoreScanSink& sink) override {
    return ScanStore(PgDialect(), PgSelect(*db_), range, sink);
  }
  StatusOr<EventReport> FirstReport(int64_t event_id) override {
    return FirstEventReport(PgDialect(), PgSelect(*db_), event_id);
  }
  StatusOr<DocumentReport> DescribeDocument(int64_t doc) override {
    return DescribeStoredDocument(PgDialect(), PgSelect(*db_), doc);
  }
  StatusOr<std::vector<StoredQuotation>> Quotations(int64_t doc) override {
    return DocumentQuotations(PgDialect(), PgSelect(*db_), doc);
  }
  int schema_version() const override { return version_; }

 private:
  StatusOr<std::optional<int64_t>> FindVersion(const DocumentIdentity& id);
  StatusOr<std::optional<Version>> FindCurrent(const std::string& key);
  Status InsertChildRows(const Document& doc, const DocumentAnalysis& analysis,
                         int64_t doc_id, int64_t story);
  Status InsertRows(const TableSpec& spec, const std::vector<SqlRow>& rows);
  Status InsertSearchText(const Document& doc, const DocumentAnalysis& analysis,
                          int64_t doc_id);

  std::unique_ptr<PgConnection> db_;
  StoreOptions options_;
  std::unique_ptr<StorySignatureTable> story_table_;
  std::unique_ptr<StoryPicker> stories_;
  bool in_batch_ = false;
  int version_ = 0;
  std::array<std::vector<SqlRow>, kChildTableCount> pending_;  // reused
};

Status PgStore::Init() {
  if (!options_.create_if_missing) {
    TOCSIN_ASSIGN_OR_RETURN(int version, ReadPostgresSchemaVersion(*db_));
    if (version == 0) {
      return NotFoundError("no tocsin store in PostgreSQL " + db_->target());
    }
  }
  TOCSIN_RETURN_IF_ERROR(MigratePostgres(*db_, kStoreSchemaVersion));
  TOCSIN_ASSIGN_OR_RETURN(version_, ReadPostgresSchemaVersion(*db_));
  return Status::OK();
}

Status PgStore::BeginBatch() {
  if (in_batch_) return FailedPreconditionError("a batch is already open");
  TOCSIN_RETURN_IF_ERROR(db_->Begin());
  Status locked = LockPostgresStore(*db_);
  StatusOr<int64_t> last = locked.ok()
                               ? db_->QueryInt("SELECT max(doc) FROM documents")
                               : StatusOr<int64_t>(locked);
  if (!last.ok()) {
    (void)db_->Rollback();
    return last.status();
  }
  stories_->BeginBatch(*last);
  in_batch_ = true;
  return Status::OK();
}

Status PgStore::CommitBatch() {
  if (!in_batch_) return FailedPreconditionError("no batch is open");
  in_batch_ = false;
  Status committed = db_->Commit();
  if (!committed.ok()) stories_->AbandonBatch();
  return committed;
}

Status PgStore::RollbackBatch() {
  if (!in_batch_) return FailedPreconditionError("no batch is open");
  in_batch_ = false;
  stories_->AbandonBatch();
  return db_->Rollback();
}

StatusOr<std::optional<int64_t>> PgStore::FindVersion(
    const DocumentIdentity& id) {
  TOCSIN_ASSIGN_OR_RETURN(
      std::vector<SqlRow> rows,
      db_->Query("SELECT doc FROM documents "
                 "WHERE doc_key = $1 AND content_hash = $2",
                 {SqlValue(std::string_view(id.key)),
                  SqlValue(std::string_view(id.content_hash))}));
  if (rows.empty()) return std::optional<int64_t>();
  return std::optional<int64_t>(std::get<int64_t>(rows[0][0]));
}

StatusOr<std::optional<Version>> PgStore::FindCurrent(const std::string& key) {
  TOCSIN_ASSIGN_OR_RETURN(
      std::vector<SqlRow> rows,
      db_->Query("SELECT doc, story_id FROM documents WHERE doc_key = $1 "
                 "AND superseded_by IS NULL ORDER BY doc DESC LIMIT 1",
                 {SqlValue(std::string_view(key))}));
  if (rows.empty()) return std::optional<Version>();
  return std::optional<Version>(
      Version{std::get<int64_t>(rows[0][0]), std::get<int64_t>(rows[0][1])});
}

StatusOr<bool> PgStore::Contains(const Document& doc) {
  TOCSIN_ASSIGN_OR_RETURN(std::optional<int64_t> found,
                          FindVersion(IdentifyDocument(doc)));
  return found.has_value();
}

Status PgStore::InsertRows(const TableSpec& spec,
                           const std::vector<SqlRow>& rows) {
  SqlRow params;
  for (size_t begin = 0; begin < rows.size(); begin += kGroup) {
    const size_t end = std::min(rows.size(), begin + kGroup);
    params.clear();
    for (size_t r = begin; r < end; ++r) {
      params.insert(params.end(), rows[r].begin(), rows[r].end());
    }
    TOCSIN_RETURN_IF_ERROR(
        db_->Run(InsertSql(spec, end - begin), params).status());
  }
  return Status::OK();
}

Status PgStore::InsertChildRows(const Document& doc,
                                const DocumentAnalysis& analysis,
                                int64_t doc_id, int64_t story) {
  for (std::vector<SqlRow>& rows : pending_) rows.clear();
  RowOptions row_options;
  row_options.keep_text = options_.keep_text;
  row_options.story = story;
  // The rows borrow from `doc` and `analysis`, alive for this call.
  TOCSIN_RETURN_IF_ERROR(
      EmitChildRows(doc, analysis, doc_id, row_options,
                    [this](ChildTable table, const SqlRow& row) {
                      pending_[static_cast<size_t>(table)].push_back(row);
                      return Status::OK();
                    }));
  // Tables in ChildTable order: entities before entity_mentions, as the
  // enforced foreign keys need no more than documents first.
  for (int t = 0; t < kChildTableCount; ++t) {
    TOCSIN_RETURN_IF_ERROR(
        InsertRows(ChildTableSpec(static_cast<ChildTable>(t)), pending_[t]));
  }
  return Status::OK();
}

// The full-text row of a document: the text SqliteStore indexes.
Status PgStore::InsertSearchText(const Document& doc,
                                 const DocumentAnalysis& analysis,
                                 int64_t doc_id) {
  const std::string body = SearchBody(doc, analysis, options_.keep_text);
  return InsertPostgresSearchText(*db_, doc_id, analysis.text.language,
                                  doc.title, body);
}

StatusOr<PutResult> PgStore::Put(const Document& doc,
                                 const DocumentAnalysis& analysis) {
  if (!in_batch_) return FailedPreconditionError("Put outside a batch");
  const DocumentIdentity id = IdentifyDocument(doc);
  TOCSIN_ASSIGN_OR_RETURN(std::optional<int64_t> stored, FindVersion(id));
  if (stored) return PutResult{PutOutcome::kUnchanged, *stored};
  TOCSIN_ASSIGN_OR_RETURN(std::optional<Version> current, FindCurrent(id.key));
  StoryRequest request{&doc, &analysis, current ? current->story : 0};
  TOCSIN_ASSIGN_OR_RETURN(int64_t story, stories_->Pick(request));
  // Ids in ingestion order (the advisory lock makes max + 1 safe), so a
  // rerun after a crash gives each document the id a clean run gives it.
  TOCSIN_ASSIGN_OR_RETURN(
      int64_t doc_id,
      db_->QueryInt("SELECT coalesce(max(doc), 0) + 1 FROM documents"));
  if (story == 0) story = doc_id;
  SqlRow values = DocumentValues(doc, analysis.text, id, UtcNow());
  values.emplace_back(std::in_place_type<int64_t>, doc_id);
  values.emplace_back(std::in_place_type<int64_t>, story);
  TOCSIN_RETURN_IF_ERROR(
      db_->Run(InsertSql(DocumentRowSpec(), 1), values).status());
  if (current) {
    TOCSIN_RETURN_IF_ERROR(
        db_->Run("UPDATE documents SET superseded_by = $1 WHERE doc = $2",
                 {SqlValue(doc_id), SqlValue(current->doc)})
            .status());
  }
  TOCSIN_RETURN_IF_ERROR(InsertChildRows(doc, analysis, doc_id, story));
  TOCSIN_RETURN_IF_ERROR(InsertSearchText(doc, analysis, doc_id));
  TOCSIN_RETURN_IF_ERROR(stories_->Record(doc_id, story));
  return PutResult{current ? PutOutcome::kSuperseded : PutOutcome::kInserted,
                   doc_id};
}

StatusOr<StoreCounts> PgStore::Counts() {
  StoreCounts c;
  auto count = [this](const char* sql, uint64_t* out) -> Status {
    TOCSIN_ASSIGN_OR_RETURN(int64_t n, db_->QueryInt(sql));
    *out = static_cast<uint64_t>(n);
    return Status::OK();
  };
  TOCSIN_RETURN_IF_ERROR(count("SELECT count(*) FROM documents", &c.documents));
  TOCSIN_RETURN_IF_ERROR(
      count("SELECT count(*) FROM documents WHERE superseded_by IS NOT NULL",
            &c.superseded));
  TOCSIN_RETURN_IF_ERROR(
      count("SELECT count(DISTINCT story_id) FROM documents "
            "WHERE superseded_by IS NULL",
            &c.stories));
  TOCSIN_RETURN_IF_ERROR(count("SELECT count(*) FROM sentences", &c.sentences));
  TOCSIN_RETURN_IF_ERROR(
      count("SELECT count(*) FROM event_mentions", &c.event_mentions));
  TOCSIN_RETURN_IF_ERROR(count("SELECT count(*) FROM events", &c.events));
  TOCSIN_RETURN_IF_ERROR(count("SELECT count(*) FROM entities", &c.entities));
  TOCSIN_RETURN_IF_ERROR(count("SELECT count(*) FROM places", &c.places));
  TOCSIN_RETURN_IF_ERROR(
      count("SELECT count(*) FROM quotations", &c.quotations));
  return c;
}

}  // namespace

StatusOr<std::unique_ptr<Store>> OpenPostgresStore(
    std::string_view uri, const StoreOptions& options,
    std::unique_ptr<StoryPicker> stories) {
  TOCSIN_ASSIGN_OR_RETURN(std::unique_ptr<PgConnection> db,
                          PgConnection::Open(uri));
  auto store =
      std::make_unique<PgStore>(std::move(db), options, std::move(stories));
  TOCSIN_RETURN_IF_ERROR(store->Init());
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace tocsin
