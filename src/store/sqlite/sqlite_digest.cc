#include "store/sqlite/sqlite_digest.h"

#include <algorithm>

#include "store/hash.h"
#include "store/sqlite/sqlite_db.h"

namespace tocsin {
namespace {

// "table" with embedded quotes doubled: the names come from the database
// file itself, which need not be ours.
std::string QuoteIdentifier(const std::string& name) {
  std::string out = "\"";
  for (char c : name) {
    out += c;
    if (c == '"') out += '"';
  }
  return out + "\"";
}

StatusOr<TableDigest> DigestTable(SqliteDb& db, const std::string& name,
                                  const std::vector<std::string>& skip) {
  TOCSIN_ASSIGN_OR_RETURN(
      SqliteStatement probe,
      db.Prepare("SELECT * FROM " + QuoteIdentifier(name) + " LIMIT 0"));
  const int columns = probe.ColumnCount();
  std::vector<bool> keep(columns);
  std::string order;
  for (int c = 0; c < columns; ++c) {
    const std::string column(probe.ColumnName(c));
    keep[c] = std::find(skip.begin(), skip.end(), column) == skip.end();
    order += (c ? ", " : " ORDER BY ") + std::to_string(c + 1);
  }
  TOCSIN_ASSIGN_OR_RETURN(
      SqliteStatement rows,
      db.Prepare("SELECT * FROM " + QuoteIdentifier(name) + order));
  TableDigest digest;
  digest.name = name;
  Sha256 sha;
  for (;;) {
    TOCSIN_ASSIGN_OR_RETURN(bool row, rows.Step());
    if (!row) break;
    ++digest.rows;
    for (int c = 0; c < columns; ++c) {
      if (keep[c]) HashSqlValue(rows.ColumnValue(c), &sha);
    }
  }
  digest.sha256 = sha.FinishHex();
  return digest;
}

}  // namespace

StatusOr<std::vector<TableDigest>> DigestSqliteTables(
    const std::string& path, const std::vector<std::string>& skip_columns) {
  TOCSIN_ASSIGN_OR_RETURN(std::unique_ptr<SqliteDb> db,
                          SqliteDb::Open(path, /*create=*/false));
  TOCSIN_ASSIGN_OR_RETURN(
      SqliteStatement names,
      // A full-text table is digested through its rows; its shadow tables
      // (doc_text_data, ...) hold an index whose layout depends on the
      // commit boundaries, which a rerun after a crash does not repeat.
      db->Prepare("SELECT m.name FROM sqlite_master AS m WHERE m.type IN "
                  "('table', 'view') AND m.name NOT LIKE 'sqlite_%' "
                  "AND NOT EXISTS (SELECT 1 FROM sqlite_master AS v "
                  "WHERE v.sql LIKE 'CREATE VIRTUAL TABLE%' "
                  "AND substr(m.name, 1, length(v.name) + 1) = v.name || '_') "
                  "ORDER BY m.name"));
  std::vector<std::string> tables;
  for (;;) {
    TOCSIN_ASSIGN_OR_RETURN(bool row, names.Step());
    if (!row) break;
    tables.push_back(names.ColumnText(0));
  }
  std::vector<TableDigest> digests;
  for (const std::string& name : tables) {
    TOCSIN_ASSIGN_OR_RETURN(TableDigest d,
                            DigestTable(*db, name, skip_columns));
    digests.push_back(std::move(d));
  }
  return digests;
}

}  // namespace tocsin
