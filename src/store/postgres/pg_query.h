// `tocsin events` on PostgreSQL: the dialect of the shared query builder
// (store/event_query_sql.h), the streaming loops over its results, and the
// full-text row every document version gets (table doc_text, schema 3).
#ifndef TOCSIN_STORE_POSTGRES_PG_QUERY_H_
#define TOCSIN_STORE_POSTGRES_PG_QUERY_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "store/event_query_sql.h"
#include "store/postgres/pg_connection.h"
#include "store/scan_sql.h"
#include "tocsin/store.h"

namespace tocsin {

// Numbered "$N" parameters, text search over `doc_text` (see
// InsertPostgresSearchText), ILIKE.
class PgDialect : public QueryDialect {
 public:
  std::string Param(int n) const override;
  std::string FullTextCondition(std::string_view doc_column,
                                std::string_view param) const override;
  StatusOr<std::string> FullTextValue(std::string_view words) const override;
  std::string LikeIgnoreCase(std::string_view column,
                             std::string_view param) const override;
};

// The text search configuration of a document in `language` (detected, as
// in documents.language): "french", "english", else "simple".
std::string_view PostgresSearchConfig(std::string_view language);

// Writes the full-text row of document `doc`: its title and `body` (the kept
// sentences, then the quotations), accents folded, as a tsvector of both
// the language's stemmed words and the plain words ('simple'), so a search
// finds a stemmed form in the document's language and any exact word.
Status InsertPostgresSearchText(PgConnection& db, int64_t doc,
                                std::string_view language,
                                std::string_view title, std::string_view body);

// Store::QueryEvents and QueryMentions over `db`.
Status PgQueryEvents(PgConnection& db, const EventQuery& query,
                     const EventRowSink& sink);
Status PgQueryMentions(PgConnection& db, const EventQuery& query,
                       const MentionRowSink& sink);
// Runs a statement of store/scan_sql.h over `db`. The server's result is
// fetched whole, then handed over row by row.
SelectFunction PgSelect(PgConnection& db);

}  // namespace tocsin

#endif  // TOCSIN_STORE_POSTGRES_PG_QUERY_H_
