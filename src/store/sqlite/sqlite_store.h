// The SQLite backend of Store (include/tocsin/store.h).
//
// Durability: the database runs in WAL mode with synchronous=NORMAL. A
// batch's COMMIT appends to the WAL; a process killed at any point (even
// kill -9) loses only the open batch, because committed WAL frames are in
// the OS's page cache and the next open replays them. Power loss may also
// roll back the last committed batches (NORMAL skips the fsync per commit),
// but never corrupts the file; since ingest is idempotent, rerunning the
// same command restores them. FULL would add one fsync per batch to protect
// against that alone, which a rerun already covers.
#ifndef TOCSIN_STORE_SQLITE_SQLITE_STORE_H_
#define TOCSIN_STORE_SQLITE_SQLITE_STORE_H_

#include <memory>
#include <string>

#include "store/story_picker.h"
#include "tocsin/store.h"

namespace tocsin {

// Opens the store at `path` (":memory:" for a private in-memory one),
// creating and migrating it as needed. `stories` decides which story each
// new document joins; nullptr (what Store::Open passes) means the MinHash
// clusterer over the store's own story tables (story_picker.h).
StatusOr<std::unique_ptr<Store>> OpenSqliteStore(
    const std::string& path, const StoreOptions& options,
    std::unique_ptr<StoryPicker> stories);

}  // namespace tocsin

#endif  // TOCSIN_STORE_SQLITE_SQLITE_STORE_H_
