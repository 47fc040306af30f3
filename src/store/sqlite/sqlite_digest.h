// Fingerprints of a SQLite store's tables, to prove two databases hold the
// same data (a rerun after a crash against a clean run; a re-ingest against
// the state before it).
#ifndef TOCSIN_STORE_SQLITE_SQLITE_DIGEST_H_
#define TOCSIN_STORE_SQLITE_SQLITE_DIGEST_H_

#include <cstdint>
#include <string>
#include <vector>

#include "store/table_digest.h"
#include "tocsin/status.h"

namespace tocsin {

// One digest per table and view of the database at `path`, by name
// (SQLite's own tables excluded). Columns named in `skip_columns` (e.g.
// ingestion times) are left out of the hashes.
StatusOr<std::vector<TableDigest>> DigestSqliteTables(
    const std::string& path, const std::vector<std::string>& skip_columns);

}  // namespace tocsin

#endif  // TOCSIN_STORE_SQLITE_SQLITE_DIGEST_H_
