// Fingerprints of a store's tables, the same on every backend: two stores
// holding the same rows give equal digests, whether SQLite or PostgreSQL.
// Used to prove two databases hold the same data (a rerun after a crash
// against a clean run; a re-ingest against the state before it; one backend
// against the other).
#ifndef TOCSIN_STORE_TABLE_DIGEST_H_
#define TOCSIN_STORE_TABLE_DIGEST_H_

#include <cstdint>
#include <string>

#include "store/hash.h"
#include "store/rows.h"

namespace tocsin {

struct TableDigest {
  std::string name;  // table or view
  uint64_t rows = 0;
  std::string sha256;  // of every row, in the order of all its columns

  bool operator==(const TableDigest&) const = default;
};

// Adds `value` to `sha`, tagged by its type (NULL, integer, real, text).
void HashSqlValue(const SqlValue& value, Sha256* sha);

// SQLite's sort order: NULL, then numbers by value, then text by bytes.
bool SqlValueLess(const SqlValue& a, const SqlValue& b);

}  // namespace tocsin

#endif  // TOCSIN_STORE_TABLE_DIGEST_H_
