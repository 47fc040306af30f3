// `tocsin events` on SQLite: the dialect of the shared query builder
// (store/event_query_sql.h) and the streaming loops over its results.
#ifndef TOCSIN_STORE_SQLITE_SQLITE_QUERY_H_
#define TOCSIN_STORE_SQLITE_SQLITE_QUERY_H_

#include "store/event_query_sql.h"
#include "store/scan_sql.h"
#include "store/sqlite/sqlite_db.h"
#include "tocsin/store.h"

namespace tocsin {

// Numbered "?N" parameters, FTS5 over the `doc_text` table (title, kept
// sentences, quotations; unicode61 without diacritics), LIKE (SQLite's is
// case-insensitive for ASCII letters only).
class SqliteDialect : public QueryDialect {
 public:
  std::string Param(int n) const override;
  std::string FullTextCondition(std::string_view doc_column,
                                std::string_view param) const override;
  StatusOr<std::string> FullTextValue(std::string_view words) const override;
  std::string LikeIgnoreCase(std::string_view column,
                             std::string_view param) const override;
};

// Store::QueryEvents and QueryMentions over `db`.
Status SqliteQueryEvents(SqliteDb& db, const EventQuery& query,
                         const EventRowSink& sink);
Status SqliteQueryMentions(SqliteDb& db, const EventQuery& query,
                           const MentionRowSink& sink);
// Runs a statement of store/scan_sql.h over `db`.
SelectFunction SqliteSelect(SqliteDb& db);

}  // namespace tocsin

#endif  // TOCSIN_STORE_SQLITE_SQLITE_QUERY_H_
