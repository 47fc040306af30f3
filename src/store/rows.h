// The store's tables as plain rows, independent of any SQL dialect: which
// columns each table has, in order, and the values one document gives them.
// Each backend creates the tables in its own dialect (the column names here
// must match its DDL; a test checks) and inserts these rows with bound
// parameters.
#ifndef TOCSIN_STORE_ROWS_H_
#define TOCSIN_STORE_ROWS_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "store/identity.h"
#include "tocsin/document.h"
#include "tocsin/pipeline.h"
#include "tocsin/status.h"

namespace tocsin {

// NULL, integer, real or text; text either owned or borrowed (a view into
// the Document or its analysis, alive while the row is used).
using SqlValue = std::variant<std::monostate, int64_t, double, std::string,
                              std::string_view>;
using SqlRow = std::vector<SqlValue>;

struct TableSpec {
  std::string_view name;
  std::vector<std::string_view> columns;
};

// The tables that hang off a document, each keyed by (doc, index...).
enum class ChildTable : uint8_t {
  kSentences,
  kEventMentions,
  kEntities,
  kEntityMentions,
  kPlaces,
  kQuotations,
  kThemes,
  kTones,
};
inline constexpr int kChildTableCount = 8;

const TableSpec& ChildTableSpec(ChildTable table);

// The documents columns written when a version is inserted. The backend
// adds the row id (`doc`), and sets `story_id` and `superseded_by` later.
const TableSpec& DocumentInsertSpec();
// Values for DocumentInsertSpec(), in order; text borrows from `doc` and
// `identity`.
SqlRow DocumentValues(const Document& doc, const AnalyzedText& text,
                      const DocumentIdentity& identity,
                      std::string_view ingested_at);

// The story table (story_picker.h): story_signatures (doc, day,
// signature).
const TableSpec& StorySignatureSpec();

struct RowOptions {
  bool keep_text = false;  // sentences.text
  // The story the document joined: part of its events' ids.
  int64_t story = 0;
};

// Calls `sink` once per child row of `doc` (stored as document `doc_id`),
// table by table; stops at the first error the sink returns. The row is
// valid during the call only; its text borrows from `doc` and `analysis`.
using RowSink = std::function<Status(ChildTable, const SqlRow&)>;
Status EmitChildRows(const Document& doc, const DocumentAnalysis& analysis,
                     int64_t doc_id, const RowOptions& options,
                     const RowSink& sink);

// The body of a document's full-text row (doc_text): its sentences when
// their text is kept (`keep_text`; the index must not hold what the user
// chose not to store), then its quotations, separated by spaces.
std::string SearchBody(const Document& doc, const DocumentAnalysis& analysis,
                       bool keep_text);

// The text of a span of doc.text; empty when the span is out of range.
std::string_view SpanText(const Document& doc, uint32_t begin, uint32_t end);

// The text of a SqlValue holding text (owned or borrowed).
std::string_view SqlText(const SqlValue& value);

}  // namespace tocsin

#endif  // TOCSIN_STORE_ROWS_H_
