// The store's schema versions, shared by every backend. Each backend keeps
// one migration per version in its own dialect (sqlite/sqlite_schema.cc)
// and applies the missing ones, each in its own transaction, on open.
//
//   1  documents, sentences, event_mentions, entities, entity_mentions,
//      places, quotations, themes, tones; the schema_version table.
//   2  documents.story_id (every version-1 document becomes its own
//      story), event_mentions.event_id (computed for version-1 rows) and
//      the `events` view: GDELT-style aggregated events.
//   3  doc_text, the full-text index of titles, kept sentences and
//      quotations (SQLite FTS5; filled for the documents already there),
//      and indexes on event_mentions.event_id and documents.day.
#ifndef TOCSIN_STORE_SCHEMA_H_
#define TOCSIN_STORE_SCHEMA_H_

#include <string_view>

namespace tocsin {

inline constexpr int kStoreSchemaVersion = 2;
// SQLite is at version 3 already; PostgreSQL's version 3 (text search and
// the same indexes) is still to come, and then kStoreSchemaVersion becomes
// 3 and this constant goes. Until then each backend migrates to its own.
inline constexpr int kSqliteSchemaVersion = 3;

// Columns that record when a row was written, not what it holds: table
// comparisons (reruns, crash recovery) leave them out.
inline constexpr std::string_view kIngestTimeColumn = "ingested_at";

}  // namespace tocsin

#endif  // TOCSIN_STORE_SCHEMA_H_
