// Fingerprints of a PostgreSQL store's tables and views (table_digest.h),
// equal to the SQLite backend's for the same rows.
#ifndef TOCSIN_STORE_POSTGRES_PG_DIGEST_H_
#define TOCSIN_STORE_POSTGRES_PG_DIGEST_H_

#include <string>
#include <vector>

#include "store/postgres/pg_connection.h"
#include "store/table_digest.h"
#include "tocsin/status.h"

namespace tocsin {

// One digest per table and view of `db`'s current schema, by name. Columns
// named in `skip_columns` are left out of the hashes. Rows are sorted in
// SQLite's order (SqlValueLess), so both backends hash them alike.
StatusOr<std::vector<TableDigest>> DigestPostgresTables(
    PgConnection& db, const std::vector<std::string>& skip_columns);

}  // namespace tocsin

#endif  // TOCSIN_STORE_POSTGRES_PG_DIGEST_H_
