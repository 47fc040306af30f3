// The SQLite layout of the store (src/store/schema.h lists the versions)
// and its migrations.
#ifndef TOCSIN_STORE_SQLITE_SQLITE_SCHEMA_H_
#define TOCSIN_STORE_SQLITE_SQLITE_SCHEMA_H_

#include "store/sqlite/sqlite_db.h"
#include "tocsin/status.h"

namespace tocsin {

// The schema version of `db`: 0 for an empty database. FailedPrecondition
// when `db` has tables but is no tocsin store.
StatusOr<int> ReadSqliteSchemaVersion(SqliteDb& db);

// Applies the migrations that take `db` to `target` (<= kStoreSchemaVersion),
// each in one IMMEDIATE transaction, so a crash leaves the database at a
// whole version and a concurrent opener waits, then finds the work done.
// FailedPrecondition when `db` is newer than this build knows.
Status MigrateSqlite(SqliteDb& db, int target);

}  // namespace tocsin

#endif  // TOCSIN_STORE_SQLITE_SQLITE_SCHEMA_H_
