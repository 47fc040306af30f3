// The PostgreSQL layout of the store (src/store/schema.h lists the
// versions) and its migrations: the same tables, columns and `events` view
// as SQLite's (src/store/sqlite/sqlite_schema.cc), in PostgreSQL's types.
// Tables live in the connection's current schema (the first of its
// search_path), so one database can hold several stores.
#ifndef TOCSIN_STORE_POSTGRES_PG_SCHEMA_H_
#define TOCSIN_STORE_POSTGRES_PG_SCHEMA_H_

#include "store/postgres/pg_connection.h"
#include "tocsin/status.h"

namespace tocsin {

// The schema version of the store in `db`'s current schema: 0 when it has
// no tables. FailedPrecondition when it has tables but is no tocsin store.
// REQUIRES: no transaction open, or one that may read.
StatusOr<int> ReadPostgresSchemaVersion(PgConnection& db);

// Applies the migrations that take the store to `target`
// (<= kStoreSchemaVersion), each in one transaction holding the store's
// advisory lock, so a concurrent opener waits, then finds the work done.
// FailedPrecondition when the store is newer than this build knows.
// REQUIRES: no transaction open.
Status MigratePostgres(PgConnection& db, int target);

// Takes the transaction-scoped advisory lock that serialises writers of
// the store in `db`'s current schema. REQUIRES: a transaction open.
Status LockPostgresStore(PgConnection& db);

}  // namespace tocsin

#endif  // TOCSIN_STORE_POSTGRES_PG_SCHEMA_H_
