#include "store/sqlite/sqlite_query.h"

#include <string>
#include <vector>

namespace tocsin {
namespace {

bool IsWordByte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z');
}

SqlRow ReadRow(const SqliteStatement& stmt) {
  SqlRow row;
  const int n = stmt.ColumnCount();
  row.reserve(n);
  for (int c = 0; c < n; ++c) row.push_back(stmt.ColumnValue(c));
  return row;
}

// An FTS5 complaint about the searched words is the user's input, not a
// broken store.
Status ForText(const EventQuery& query, Status status) {
  if (status.ok() || query.text.empty() ||
      status.message().find("fts5") == std::string::npos) {
    return status;
  }
  return InvalidArgumentError("--text '" + query.text +
                              "': the full-text search refused it (" +
                              status.message() + ")");
}

// Runs the events query, calling `on_event` with each decoded event that
// passes the exact distance test, up to the limit.
Status ForEachEvent(SqliteDb& db, const EventQuery& query,
                    const std::function<Status(ExportEvent&)>& on_event) {
  const SqliteDialect dialect;
  TOCSIN_ASSIGN_OR_RETURN(BuiltQuery built, BuildEventsQuery(query, dialect));
  TOCSIN_ASSIGN_OR_RETURN(SqliteStatement stmt, db.Prepare(built.sql));
  TOCSIN_RETURN_IF_ERROR(stmt.BindRow(built.params));
  SqliteStatement documents;
  if (query.with_documents) {
    TOCSIN_ASSIGN_OR_RETURN(documents, db.Prepare(EventDocumentsSql(dialect)));
  }
  uint64_t emitted = 0;
  for (;;) {
    StatusOr<bool> row = stmt.Step();
    if (!row.ok()) return ForText(query, row.status());
    if (!*row) return Status::OK();
    ExportEvent event = DecodeEventRow(ReadRow(stmt));
    if (!NearMatches(query, event)) continue;
    if (query.with_documents) {
      event.outlets.clear();
      TOCSIN_RETURN_IF_ERROR(
          documents.BindInt(1, static_cast<int64_t>(event.id)));
      for (;;) {
        TOCSIN_ASSIGN_OR_RETURN(bool doc, documents.Step());
        if (!doc) break;
        AddEventDocument(ReadRow(documents), &event);
      }
      documents.Reset();
    }
    TOCSIN_RETURN_IF_ERROR(on_event(event));
    if (query.limit > 0 && ++emitted >= query.limit) return Status::OK();
  }
}

// Reads the statement's current row in place.
class SqliteRow : public ResultRow {
 public:
  explicit SqliteRow(const SqliteStatement& stmt) : stmt_(stmt) {}
  int64_t Int(int column) const override { return stmt_.ColumnInt(column); }
  double Double(int column) const override {
    return stmt_.ColumnDouble(column);
  }
  std::string_view Text(int column) const override {
    return stmt_.ColumnView(column);
  }

 private:
  const SqliteStatement& stmt_;
};

}  // namespace

SelectFunction SqliteSelect(SqliteDb& db) {
  return [&db](const std::string& sql, const SqlRow& params,
               const RowCallback& on_row) -> Status {
    TOCSIN_ASSIGN_OR_RETURN(SqliteStatement stmt, db.Prepare(sql));
    TOCSIN_RETURN_IF_ERROR(stmt.BindRow(params));
    const SqliteRow row(stmt);
    for (;;) {
      TOCSIN_ASSIGN_OR_RETURN(bool ready, stmt.Step());
      if (!ready) return Status::OK();
      TOCSIN_RETURN_IF_ERROR(on_row(row));
    }
  };
}

std::string SqliteDialect::Param(int n) const {
  return "?" + std::to_string(n);
}

std::string SqliteDialect::FullTextCondition(std::string_view doc_column,
                                             std::string_view param) const {
  return std::string(doc_column) +
         " IN (SELECT rowid FROM doc_text WHERE doc_text MATCH " +
         std::string(param) + ")";
}

// Each word becomes a quoted FTS5 string, so NEAR, AND, OR, NOT, ^, column
// filters and parentheses are searched as words, never obeyed. A trailing
// '*' stays a prefix query. Words without a letter or digit are dropped:
// the tokenizer would make empty phrases of them.
StatusOr<std::string> SqliteDialect::FullTextValue(
    std::string_view words) const {
  std::string out;
  size_t i = 0;
  while (i < words.size()) {
    while (i < words.size() && (words[i] == ' ' || words[i] == '\t')) ++i;
    size_t end = i;
    while (end < words.size() && words[end] != ' ' && words[end] != '\t') {
      ++end;
    }
    std::string_view word = words.substr(i, end - i);
    i = end;
    bool prefix = false;
    while (!word.empty() && word.back() == '*') {
      prefix = true;
      word.remove_suffix(1);
    }
    bool searchable = false;
    for (char c : word) searchable |= IsWordByte(c);
    if (!searchable) continue;
    if (!out.empty()) out += ' ';
    out += '"';
    for (char c : word) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
    if (prefix) out += '*';
  }
  if (out.empty()) {
    return InvalidArgumentError("--text '" + std::string(words) +
                                "': expected words with letters or digits");
  }
  return out;
}

std::string SqliteDialect::LikeIgnoreCase(std::string_view column,
                                          std::string_view param) const {
  return std::string(column) + " LIKE " + std::string(param) + " ESCAPE '\\'";
}

Status SqliteQueryEvents(SqliteDb& db, const EventQuery& query,
                         const EventRowSink& sink) {
  return ForEachEvent(db, query, [&](ExportEvent& e) { return sink(e); });
}

Status SqliteQueryMentions(SqliteDb& db, const EventQuery& query,
                           const MentionRowSink& sink) {
  const SqliteDialect dialect;
  TOCSIN_ASSIGN_OR_RETURN(SqliteStatement mentions,
                          db.Prepare(EventMentionsSql(dialect)));
  return ForEachEvent(db, query, [&](ExportEvent& e) -> Status {
    TOCSIN_RETURN_IF_ERROR(mentions.BindInt(1, static_cast<int64_t>(e.id)));
    Status status;
    for (;;) {
      StatusOr<bool> row = mentions.Step();
      if (!row.ok()) {
        status = row.status();
        break;
      }
      if (!*row) break;
      status = sink(DecodeMentionRow(ReadRow(mentions), e));
      if (!status.ok()) break;
    }
    mentions.Reset();
    return status;
  });
}

}  // namespace tocsin
