// The SQL of `tocsin events`, written once for every backend: a builder
// turns an EventQuery into SQL text with numbered parameters and the list
// of values to bind, and decodes result rows into export rows. The few
// dialect differences (placeholders, full-text search, case-insensitive
// LIKE) sit behind QueryDialect.
//
// The SQL text is built from our own identifiers, operators and integers
// (prefix lengths) only; every value of the query is a bound parameter.
#ifndef TOCSIN_STORE_EVENT_QUERY_SQL_H_
#define TOCSIN_STORE_EVENT_QUERY_SQL_H_

#include <string>
#include <string_view>

#include "store/export.h"
#include "store/rows.h"
#include "tocsin/query.h"
#include "tocsin/status.h"

namespace tocsin {

class QueryDialect {
 public:
  virtual ~QueryDialect() = default;
  // The placeholder of parameter `n` (1-based): "?1" (SQLite), "$1" (PG).
  virtual std::string Param(int n) const = 0;
  // A condition true when the document id in `doc_column` has a full-text
  // match for the value bound at `param` (FullTextValue's output).
  virtual std::string FullTextCondition(std::string_view doc_column,
                                        std::string_view param) const = 0;
  // The value to bind for the user's `words` (all must be present; a word
  // ending in '*' is a prefix). Operators of the engine's own syntax are
  // neutralised. InvalidArgument when no word is left to search.
  virtual StatusOr<std::string> FullTextValue(std::string_view words) const = 0;
  // `column` matches the LIKE pattern bound at `param` (escape '\'),
  // ignoring case.
  virtual std::string LikeIgnoreCase(std::string_view column,
                                     std::string_view param) const = 0;
};

struct BuiltQuery {
  std::string sql;
  SqlRow params;  // params[i] binds parameter i + 1; owned values only
};

// One row per selected event, in the query's order. When `query.near` is
// set the SQL keeps a bounding box and no LIMIT: the caller applies
// NearMatches and the limit to the decoded rows.
StatusOr<BuiltQuery> BuildEventsQuery(const EventQuery& query,
                                      const QueryDialect& dialect);
// Decodes a row of BuildEventsQuery's result (its columns in order).
ExportEvent DecodeEventRow(const SqlRow& row);
// The exact great-circle test of `query.near` (true when unset).
bool NearMatches(const EventQuery& query, const ExportEvent& event);

// Parameter 1: an event id. Rows: its documents, in ingestion order.
std::string EventDocumentsSql(const QueryDialect& dialect);
// Appends a row of EventDocumentsSql's result to `event`'s lists.
void AddEventDocument(const SqlRow& row, ExportEvent* event);

// Parameter 1: an event id. Rows: its mentions, by document and position.
std::string EventMentionsSql(const QueryDialect& dialect);
ExportMention DecodeMentionRow(const SqlRow& row, const ExportEvent& event);

}  // namespace tocsin

#endif  // TOCSIN_STORE_EVENT_QUERY_SQL_H_
