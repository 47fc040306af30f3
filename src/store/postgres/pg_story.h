// The PostgreSQL story tables (schema version 4, as in SQLite): what the
// MinHash story picker (store/story_picker.h) reads and writes inside the
// store's open batch.
#ifndef TOCSIN_STORE_POSTGRES_PG_STORY_H_
#define TOCSIN_STORE_POSTGRES_PG_STORY_H_

#include <memory>

#include "store/postgres/pg_connection.h"
#include "store/story_picker.h"

namespace tocsin {

// REQUIRES: `db` outlives the table.
std::unique_ptr<StorySignatureTable> NewPgStorySignatureTable(PgConnection* db);

}  // namespace tocsin

#endif  // TOCSIN_STORE_POSTGRES_PG_STORY_H_
