// The PostgreSQL backend of Store (include/tocsin/store.h): the same
// tables, identity, versions and events view as the SQLite backend, on a
// server. The target is a libpq URI (postgresql://user:pw@host:port/db?...);
// the store lives in the connection's current schema (set search_path in
// the URI's `options` to keep several stores in one database).
//
// Batches are transactions. Writers of one store take a transaction-scoped
// advisory lock at BeginBatch, so concurrent ingests wait for each other's
// batches (as SQLite's BEGIN IMMEDIATE makes them) and document ids stay in
// ingestion order. A dropped connection loses only the open batch: the
// server rolls it back; Put, CommitBatch and later calls return Unavailable
// and the store must be reopened.
#ifndef TOCSIN_STORE_POSTGRES_PG_STORE_H_
#define TOCSIN_STORE_POSTGRES_PG_STORE_H_

#include <memory>
#include <string_view>

#include "store/story_picker.h"
#include "tocsin/store.h"

namespace tocsin {

// Connects to `uri`, creating and migrating the store as needed (with
// create_if_missing false, an empty schema is NotFound). Errors name the
// host and database, never the password: Unavailable when the server cannot
// be reached, FailedPrecondition when it refuses the credentials or holds a
// newer or foreign schema, NotFound for a missing database. `stories`
// decides which story each new document joins; nullptr (what Store::Open
// passes) means the MinHash clusterer over the store's own signatures.
StatusOr<std::unique_ptr<Store>> OpenPostgresStore(
    std::string_view uri, const StoreOptions& options,
    std::unique_ptr<StoryPicker> stories);

}  // namespace tocsin

#endif  // TOCSIN_STORE_POSTGRES_PG_STORE_H_
