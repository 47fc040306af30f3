#include "store/sqlite/sqlite_store.h"

#include <chrono>
#include <ctime>
#include <optional>
#include <string_view>
#include <vector>

#include "store/identity.h"
#include "store/rows.h"
#include "store/schema.h"
#include "store/sqlite/grouped_insert.h"
#include "store/sqlite/sqlite_db.h"
#include "store/sqlite/sqlite_query.h"
#include "store/sqlite/sqlite_schema.h"

namespace tocsin {
namespace {

// The documents columns an insert writes: the version's values, then its
// id and story.
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

class SqliteStore : public Store, private StorySignatureTable {
 public:
  SqliteStore(std::unique_ptr<SqliteDb> db, const StoreOptions& options,
              std::unique_ptr<StoryPicker> stories)
      : db_(std::move(db)),
        options_(options),
        stories_(stories != nullptr ? std::move(stories)
                                    : NewMinHashStoryPicker(this)) {}
  ~SqliteStore() override {
    if (in_batch_) (void)db_->Exec("ROLLBACK");
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
  int schema_version() const override { return version_; }
  Status QueryEvents(const EventQuery& query,
                     const EventRowSink& sink) override {
    return SqliteQueryEvents(*db_, query, sink);
  }
  Status QueryMentions(const EventQuery& query,
                       const MentionRowSink& sink) override {
    return SqliteQueryMentions(*db_, query, sink);
  }
  StatusOr<uint64_t> Scan(const StoreScanRange& range,
                          StoreScanSink& sink) override {
    return ScanStore(SqliteDialect(), SqliteSelect(*db_), range, sink);
  }
  StatusOr<EventReport> FirstReport(int64_t event_id) override {
    return FirstEventReport(SqliteDialect(), SqliteSelect(*db_), event_id);
  }
  StatusOr<DocumentReport> DescribeDocument(int64_t doc) override {
    return DescribeStoredDocument(SqliteDialect(), SqliteSelect(*db_), doc);
  }
  StatusOr<std::vector<StoredQuotation>> Quotations(int64_t doc) override {
    return DocumentQuotations(SqliteDialect(), SqliteSelect(*db_), doc);
  }

 private:
  Status PrepareStatements();
  StatusOr<std::optional<int64_t>> FindVersion(const DocumentIdentity& id);
  StatusOr<std::optional<Version>> FindCurrent(const std::string& key);
  StatusOr<int64_t> NextDocumentId();
  Status InsertDocument(const Document& doc, const DocumentAnalysis& analysis,
                        const DocumentIdentity& id, int64_t doc_id,
                        int64_t story);
  Status InsertChildRows(const Document& doc, const DocumentAnalysis& analysis,
                         int64_t doc_id, int64_t story);
  Status WriteSearchTexts();
  Status InsertSearchText(const Document& doc, const DocumentAnalysis& analysis,
                          int64_t doc_id);
  // StorySignatureTable:
  Status LoadStoryDay(int32_t day,
                      std::vector<StoredStorySignature>* out) override;
  Status AddStorySignature(int64_t doc, int32_t day,
                           std::string_view signature) override;

  // Declared first: destroyed after the statements prepared on it.
  std::unique_ptr<SqliteDb> db_;
  StoreOptions options_;
  std::unique_ptr<StoryPicker> stories_;
  bool in_batch_ = false;
  int version_ = 0;
  SqliteStatement find_version_, find_current_, next_doc_, insert_document_,
      supersede_, insert_text_, insert_signature_, load_story_day_;
  // The batch's full-text rows, written just before it commits: once a
  // transaction has written to the FTS5 table, every later statement in it
  // makes FTS5 flush its pending terms (a virtual-table savepoint), which
  // cost a fifth of storing when the rows went in document by document.
  struct SearchText {
    int64_t doc;
    std::string title, body;
  };
  std::vector<SearchText> pending_text_;
  std::vector<GroupedInsert> insert_child_;  // by ChildTable
};

Status SqliteStore::Init() {
  // WAL + NORMAL: see sqlite_store.h. The pragmas are per connection.
  TOCSIN_RETURN_IF_ERROR(db_->Exec("PRAGMA journal_mode = WAL"));
  TOCSIN_RETURN_IF_ERROR(db_->Exec("PRAGMA synchronous = NORMAL"));
  TOCSIN_RETURN_IF_ERROR(db_->Exec("PRAGMA cache_size = -32768"));
  // foreign_keys stays off (SQLite's default): the REFERENCES clauses
  // document the schema, and enforcing them would cost a parent lookup per
  // child row, rows Put writes right after their parent in one transaction.
  TOCSIN_RETURN_IF_ERROR(MigrateSqlite(*db_, kStoreSchemaVersion));
  TOCSIN_ASSIGN_OR_RETURN(version_, ReadSqliteSchemaVersion(*db_));
  return PrepareStatements();
}

Status SqliteStore::PrepareStatements() {
  TOCSIN_ASSIGN_OR_RETURN(
      find_version_, db_->Prepare("SELECT doc FROM documents "
                                  "WHERE doc_key = ? AND content_hash = ?"));
  TOCSIN_ASSIGN_OR_RETURN(
      find_current_,
      db_->Prepare("SELECT doc, story_id FROM documents WHERE doc_key = ? "
                   "AND superseded_by IS NULL ORDER BY doc DESC LIMIT 1"));
  // Ids are assigned explicitly, in ingestion order, so a rerun after a
  // crash gives each document the id a clean run gives it.
  TOCSIN_ASSIGN_OR_RETURN(
      next_doc_,
      db_->Prepare("SELECT coalesce(max(doc), 0) + 1 FROM documents"));
  TOCSIN_ASSIGN_OR_RETURN(
      supersede_,
      db_->Prepare("UPDATE documents SET superseded_by = ? WHERE doc = ?"));
  TOCSIN_ASSIGN_OR_RETURN(insert_document_,
                          db_->Prepare(SqliteInsertSql(DocumentRowSpec())));
  TOCSIN_ASSIGN_OR_RETURN(
      insert_text_, db_->Prepare("INSERT INTO doc_text (rowid, title, body) "
                                 "VALUES (?, ?, ?)"));
  TOCSIN_ASSIGN_OR_RETURN(insert_signature_,
                          db_->Prepare(SqliteInsertSql(StorySignatureSpec())));
  TOCSIN_ASSIGN_OR_RETURN(load_story_day_,
                          db_->Prepare("SELECT s.doc, d.story_id, s.signature "
                                       "FROM story_signatures AS s "
                                       "JOIN documents AS d ON d.doc = s.doc "
                                       "WHERE s.day = ? ORDER BY s.doc"));
  insert_child_.reserve(kChildTableCount);
  for (int t = 0; t < kChildTableCount; ++t) {
    insert_child_.emplace_back(db_.get(),
                               &ChildTableSpec(static_cast<ChildTable>(t)));
  }
  return Status::OK();
}

Status SqliteStore::BeginBatch() {
  if (in_batch_) return FailedPreconditionError("a batch is already open");
  // IMMEDIATE takes the write lock now: a second writer waits here instead
  // of failing later when its read lock would need upgrading.
  TOCSIN_RETURN_IF_ERROR(db_->Exec("BEGIN IMMEDIATE"));
  in_batch_ = true;
  StatusOr<int64_t> next = NextDocumentId();
  if (!next.ok()) {
    (void)RollbackBatch();
    return next.status();
  }
  stories_->BeginBatch(*next - 1);
  return Status::OK();
}

Status SqliteStore::CommitBatch() {
  if (!in_batch_) return FailedPreconditionError("no batch is open");
  Status committed = WriteSearchTexts();
  if (committed.ok()) committed = db_->Exec("COMMIT");
  if (!committed.ok()) {
    pending_text_.clear();
    (void)db_->Exec("ROLLBACK");
    stories_->AbandonBatch();
  }
  in_batch_ = false;
  return committed;
}

Status SqliteStore::RollbackBatch() {
  if (!in_batch_) return FailedPreconditionError("no batch is open");
  in_batch_ = false;
  stories_->AbandonBatch();
  pending_text_.clear();
  return db_->Exec("ROLLBACK");
}

StatusOr<std::optional<int64_t>> SqliteStore::FindVersion(
    const DocumentIdentity& id) {
  TOCSIN_RETURN_IF_ERROR(find_version_.BindText(1, id.key));
  TOCSIN_RETURN_IF_ERROR(find_version_.BindText(2, id.content_hash));
  StatusOr<bool> row = find_version_.Step();
  std::optional<int64_t> doc;
  if (row.ok() && *row) doc = find_version_.ColumnInt(0);
  find_version_.Reset();
  if (!row.ok()) return row.status();
  return doc;
}

StatusOr<std::optional<Version>> SqliteStore::FindCurrent(
    const std::string& key) {
  TOCSIN_RETURN_IF_ERROR(find_current_.BindText(1, key));
  StatusOr<bool> row = find_current_.Step();
  std::optional<Version> current;
  if (row.ok() && *row) {
    current = Version{find_current_.ColumnInt(0), find_current_.ColumnInt(1)};
  }
  find_current_.Reset();
  if (!row.ok()) return row.status();
  return current;
}

StatusOr<bool> SqliteStore::Contains(const Document& doc) {
  TOCSIN_ASSIGN_OR_RETURN(std::optional<int64_t> found,
                          FindVersion(IdentifyDocument(doc)));
  return found.has_value();
}

StatusOr<int64_t> SqliteStore::NextDocumentId() {
  TOCSIN_ASSIGN_OR_RETURN(bool row, next_doc_.Step());
  const int64_t doc_id = row ? next_doc_.ColumnInt(0) : 1;
  next_doc_.Reset();
  return doc_id;
}

Status SqliteStore::InsertDocument(const Document& doc,
                                   const DocumentAnalysis& analysis,
                                   const DocumentIdentity& id, int64_t doc_id,
                                   int64_t story) {
  SqlRow values = DocumentValues(doc, analysis.text, id, UtcNow());
  values.emplace_back(std::in_place_type<int64_t>, doc_id);
  values.emplace_back(std::in_place_type<int64_t>, story);
  TOCSIN_RETURN_IF_ERROR(insert_document_.BindRow(values));
  return insert_document_.Run();
}

Status SqliteStore::InsertChildRows(const Document& doc,
                                    const DocumentAnalysis& analysis,
                                    int64_t doc_id, int64_t story) {
  RowOptions row_options;
  row_options.keep_text = options_.keep_text;
  row_options.story = story;
  Status written =
      EmitChildRows(doc, analysis, doc_id, row_options,
                    [this](ChildTable table, const SqlRow& row) {
                      return insert_child_[static_cast<size_t>(table)].Add(row);
                    });
  // The queued rows borrow from `doc` and `analysis`: written before
  // returning, or dropped with the failed Put.
  for (GroupedInsert& insert : insert_child_) {
    if (written.ok()) {
      written = insert.Flush();
    } else {
      insert.Discard();
    }
  }
  return written;
}

// The full-text row of a document: what `tocsin events --text` searches.
Status SqliteStore::InsertSearchText(const Document& doc,
                                     const DocumentAnalysis& analysis,
                                     int64_t doc_id) {
  pending_text_.push_back(
      {doc_id, doc.title, SearchBody(doc, analysis, options_.keep_text)});
  return Status::OK();
}

Status SqliteStore::WriteSearchTexts() {
  for (const SearchText& text : pending_text_) {
    TOCSIN_RETURN_IF_ERROR(insert_text_.BindInt(1, text.doc));
    TOCSIN_RETURN_IF_ERROR(insert_text_.BindText(2, text.title));
    TOCSIN_RETURN_IF_ERROR(insert_text_.BindText(3, text.body));
    TOCSIN_RETURN_IF_ERROR(insert_text_.Run());
  }
  pending_text_.clear();
  return Status::OK();
}

Status SqliteStore::LoadStoryDay(int32_t day,
                                 std::vector<StoredStorySignature>* out) {
  out->clear();
  TOCSIN_RETURN_IF_ERROR(load_story_day_.BindInt(1, day));
  Status status;
  for (;;) {
    StatusOr<bool> row = load_story_day_.Step();
    if (!row.ok()) {
      status = row.status();
      break;
    }
    if (!*row) break;
    out->push_back({load_story_day_.ColumnInt(0), load_story_day_.ColumnInt(1),
                    load_story_day_.ColumnText(2)});
  }
  load_story_day_.Reset();
  return status;
}

Status SqliteStore::AddStorySignature(int64_t doc, int32_t day,
                                      std::string_view signature) {
  TOCSIN_RETURN_IF_ERROR(insert_signature_.BindInt(1, doc));
  TOCSIN_RETURN_IF_ERROR(insert_signature_.BindInt(2, day));
  TOCSIN_RETURN_IF_ERROR(insert_signature_.BindText(3, signature));
  return insert_signature_.Run();
}

StatusOr<PutResult> SqliteStore::Put(const Document& doc,
                                     const DocumentAnalysis& analysis) {
  if (!in_batch_) return FailedPreconditionError("Put outside a batch");
  const DocumentIdentity id = IdentifyDocument(doc);
  TOCSIN_ASSIGN_OR_RETURN(std::optional<int64_t> stored, FindVersion(id));
  if (stored) return PutResult{PutOutcome::kUnchanged, *stored};
  TOCSIN_ASSIGN_OR_RETURN(std::optional<Version> current, FindCurrent(id.key));
  StoryRequest request{&doc, &analysis, current ? current->story : 0};
  TOCSIN_ASSIGN_OR_RETURN(int64_t story, stories_->Pick(request));
  TOCSIN_ASSIGN_OR_RETURN(int64_t doc_id, NextDocumentId());
  if (story == 0) story = doc_id;  // a document that starts a story names it
  TOCSIN_RETURN_IF_ERROR(InsertDocument(doc, analysis, id, doc_id, story));
  if (current) {
    TOCSIN_RETURN_IF_ERROR(supersede_.BindInt(1, doc_id));
    TOCSIN_RETURN_IF_ERROR(supersede_.BindInt(2, current->doc));
    TOCSIN_RETURN_IF_ERROR(supersede_.Run());
  }
  TOCSIN_RETURN_IF_ERROR(InsertChildRows(doc, analysis, doc_id, story));
  TOCSIN_RETURN_IF_ERROR(InsertSearchText(doc, analysis, doc_id));
  TOCSIN_RETURN_IF_ERROR(stories_->Record(doc_id, story));
  return PutResult{current ? PutOutcome::kSuperseded : PutOutcome::kInserted,
                   doc_id};
}

StatusOr<StoreCounts> SqliteStore::Counts() {
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

StatusOr<std::unique_ptr<Store>> OpenSqliteStore(
    const std::string& path, const StoreOptions& options,
    std::unique_ptr<StoryPicker> stories) {
  TOCSIN_ASSIGN_OR_RETURN(std::unique_ptr<SqliteDb> db,
                          SqliteDb::Open(path, options.create_if_missing));
  auto store =
      std::make_unique<SqliteStore>(std::move(db), options, std::move(stories));
  TOCSIN_RETURN_IF_ERROR(store->Init());
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace tocsin
