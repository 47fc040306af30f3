#include "store/postgres/pg_query.h"

#include <unicode/uchar.h>

#include <functional>
#include <string>
#include <vector>

#include "dict/fold.h"
#include "text/utf8.h"

namespace tocsin {
namespace {

// Letters, digits and marks. Anything else (punctuation, symbols, and the
// Unicode spaces tsquery's lexer splits on: U+2003 between two words is a
// syntax error) separates words.
bool IsWordChar(char32_t c) {
  if (c < 0x80) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
           (c >= 'A' && c <= 'Z');
  }
  const auto u = static_cast<UChar32>(c);
  return u_isalnum(u) || (U_GET_GC_MASK(u) & U_GC_M_MASK) != 0;
}

// A text search complaint about the searched words (a word too long, say)
// is the user's input, not a broken store.
Status ForText(const EventQuery& query, Status status) {
  if (status.ok() || query.text.empty() ||
      status.code() == StatusCode::kUnavailable ||
      (status.message().find("tsquery") == std::string::npos &&
       status.message().find("too long") == std::string::npos)) {
    return status;
  }
  return InvalidArgumentError("--text '" + query.text +
                              "': the full-text search refused it (" +
                              status.message() + ")");
}

// Runs the events query, calling `on_event` with each decoded event that
// passes the exact distance test, up to the limit. PgConnection reads a
// result whole (no cursor yet): the selected events are held in memory
// before the first is written.
Status ForEachEvent(PgConnection& db, const EventQuery& query,
                    const std::function<Status(ExportEvent&)>& on_event) {
  const PgDialect dialect;
  TOCSIN_ASSIGN_OR_RETURN(BuiltQuery built, BuildEventsQuery(query, dialect));
  StatusOr<std::vector<SqlRow>> rows = db.Query(built.sql, built.params);
  if (!rows.ok()) return ForText(query, rows.status());
  const std::string documents_sql = EventDocumentsSql(dialect);
  uint64_t emitted = 0;
  for (const SqlRow& row : *rows) {
    ExportEvent event = DecodeEventRow(row);
    if (!NearMatches(query, event)) continue;
    if (query.with_documents) {
      event.outlets.clear();
      TOCSIN_ASSIGN_OR_RETURN(
          std::vector<SqlRow> documents,
          db.Query(documents_sql, {SqlValue(static_cast<int64_t>(event.id))}));
      for (const SqlRow& doc : documents) AddEventDocument(doc, &event);
    }
    TOCSIN_RETURN_IF_ERROR(on_event(event));
    if (query.limit > 0 && ++emitted >= query.limit) return Status::OK();
  }
  return Status::OK();
}

}  // namespace

std::string PgDialect::Param(int n) const { return "$" + std::to_string(n); }

// The document's own configuration stems the words of its language; the
// 'simple' words, in every row, find exact words (and stop words) whatever
// the language, as SQLite's index does.
std::string PgDialect::FullTextCondition(std::string_view doc_column,
                                         std::string_view param) const {
  const std::string p = std::string(param) + "::text";
  return std::string(doc_column) +
         " IN (SELECT t.doc FROM doc_text AS t WHERE "
         "t.words @@ to_tsquery('simple', " +
         p +
         ") OR (t.config = 'english' AND t.words @@ to_tsquery('english', " +
         p + ")) OR (t.config = 'french' AND t.words @@ to_tsquery('french', " +
         p + ")))";
}

// Each word keeps only its runs of letters, digits and marks, joined as a
// phrase (<->), so no tsquery operator (& | ! <-> : * ( ) ') or quote
// survives: they separate words as the index's parser does. A trailing '*'
// stays a prefix (:*). Accents are folded as in the stored rows.
StatusOr<std::string> PgDialect::FullTextValue(std::string_view words) const {
  const std::string folded = FoldString(words);
  std::string out;
  size_t i = 0;
  while (i < folded.size()) {
    while (i < folded.size() && (folded[i] == ' ' || folded[i] == '\t')) ++i;
    size_t end = i;
    while (end < folded.size() && folded[end] != ' ' && folded[end] != '\t') {
      ++end;
    }
    std::string_view word = std::string_view(folded).substr(i, end - i);
    i = end;
    bool prefix = false;
    while (!word.empty() && word.back() == '*') {
      prefix = true;
      word.remove_suffix(1);
    }
    std::vector<std::string_view> runs;
    size_t run_begin = 0;
    for (size_t j = 0; j <= word.size();) {
      int len = 1;
      const bool in_word = j < word.size() &&
                           IsWordChar(text_internal::DecodeUtf8(word, j, &len));
      if (!in_word) {
        if (j > run_begin) {
          runs.push_back(word.substr(run_begin, j - run_begin));
        }
        run_begin = j + len;
      }
      j += len;
    }
    if (runs.empty()) continue;
    std::string term;
    for (size_t r = 0; r < runs.size(); ++r) {
      if (r) term += " <-> ";
      term += runs[r];
    }
    if (prefix) term += ":*";
    if (!out.empty()) out += " & ";
    out += runs.size() > 1 ? "(" + term + ")" : term;
  }
  if (out.empty()) {
    return InvalidArgumentError("--text '" + std::string(words) +
                                "': expected words with letters or digits");
  }
  return out;
}

std::string PgDialect::LikeIgnoreCase(std::string_view column,
                                      std::string_view param) const {
  return std::string(column) + " ILIKE " + std::string(param) + " ESCAPE '\\'";
}

std::string_view PostgresSearchConfig(std::string_view language) {
  if (language == "fr") return "french";
  if (language == "en") return "english";
  return "simple";
}

Status InsertPostgresSearchText(PgConnection& db, int64_t doc,
                                std::string_view language,
                                std::string_view title, std::string_view body) {
  // Folded here, not by the server: unaccent is an extension the store's
  // user may not be allowed to create.
  std::string text = FoldString(title);
  text += ' ';
  AppendFolded(body, &text);
  return db
      .Run(
          "INSERT INTO doc_text (doc, config, words) VALUES ($1, $2::text, "
          "to_tsvector($2::text::regconfig, $3::text) || "
          "to_tsvector('simple', $3::text))",
          {SqlValue(doc), SqlValue(PostgresSearchConfig(language)),
           SqlValue(std::string_view(text))})
      .status();
}

Status PgQueryEvents(PgConnection& db, const EventQuery& query,
                     const EventRowSink& sink) {
  return ForEachEvent(db, query, [&](ExportEvent& e) { return sink(e); });
}

Status PgQueryMentions(PgConnection& db, const EventQuery& query,
                       const MentionRowSink& sink) {
  const std::string sql = EventMentionsSql(PgDialect());
  return ForEachEvent(db, query, [&](ExportEvent& e) -> Status {
    TOCSIN_ASSIGN_OR_RETURN(
        std::vector<SqlRow> rows,
        db.Query(sql, {SqlValue(static_cast<int64_t>(e.id))}));
    for (const SqlRow& row : rows) {
      TOCSIN_RETURN_IF_ERROR(sink(DecodeMentionRow(row, e)));
    }
    return Status::OK();
  });
}

SelectFunction PgSelect(PgConnection& db) {
  return [&db](const std::string& sql, const SqlRow& params,
               const RowCallback& on_row) -> Status {
    TOCSIN_ASSIGN_OR_RETURN(std::vector<SqlRow> rows, db.Query(sql, params));
    for (const SqlRow& row : rows) {
      TOCSIN_RETURN_IF_ERROR(on_row(SqlRowView(row)));
    }
    return Status::OK();
  };
}

}  // namespace tocsin
