#include "store/postgres/pg_digest.h"

#include <algorithm>

namespace tocsin {
namespace {

std::string QuoteIdentifier(std::string_view name) {
  std::string out = "\"";
  for (char c : name) {
    out += c;
    if (c == '"') out += '"';
  }
  return out + "\"";
}

StatusOr<TableDigest> DigestTable(PgConnection& db, const std::string& name,
                                  const std::vector<std::string>& skip) {
  TOCSIN_ASSIGN_OR_RETURN(
      std::vector<SqlRow> columns,
      db.Query("SELECT column_name::text FROM information_schema.columns "
               "WHERE table_schema = current_schema() AND table_name = $1 "
               "ORDER BY ordinal_position",
               {SqlValue(std::string_view(name))}));
  std::string select;
  for (const SqlRow& column : columns) {
    const std::string_view c = SqlText(column[0]);
    if (std::find(skip.begin(), skip.end(), c) != skip.end()) continue;
    select += (select.empty() ? "" : ", ") + QuoteIdentifier(c);
  }
  TableDigest digest;
  digest.name = name;
  Sha256 sha;
  if (!select.empty()) {
    TOCSIN_ASSIGN_OR_RETURN(
        std::vector<SqlRow> rows,
        db.Query("SELECT " + select + " FROM " + QuoteIdentifier(name)));
    std::sort(rows.begin(), rows.end(), [](const SqlRow& a, const SqlRow& b) {
      return std::lexicographical_compare(a.begin(), a.end(), b.begin(),
                                          b.end(), SqlValueLess);
    });
    digest.rows = rows.size();
    for (const SqlRow& row : rows) {
      for (const SqlValue& value : row) HashSqlValue(value, &sha);
    }
  }
  digest.sha256 = sha.FinishHex();
  return digest;
}

}  // namespace

StatusOr<std::vector<TableDigest>> DigestPostgresTables(
    PgConnection& db, const std::vector<std::string>& skip_columns) {
  TOCSIN_ASSIGN_OR_RETURN(
      std::vector<SqlRow> names,
      db.Query("SELECT table_name::text FROM information_schema.tables "
               "WHERE table_schema = current_schema() "
               "ORDER BY table_name COLLATE \"C\""));
  std::vector<TableDigest> digests;
  for (const SqlRow& name : names) {
    TOCSIN_ASSIGN_OR_RETURN(
        TableDigest d,
        DigestTable(db, std::string(SqlText(name[0])), skip_columns));
    digests.push_back(std::move(d));
  }
  return digests;
}

}  // namespace tocsin
