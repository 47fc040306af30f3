// The store's schema versions, shared by every backend. Each backend keeps
// one migration per version in its own dialect (sqlite/sqlite_schema.cc,
// postgres/pg_schema.cc: a table of migrations, one entry per version) and
// applies the missing ones, each in its own transaction, on open.
//
//   1  documents, sentences, event_mentions, entities, entity_mentions,
//      places, quotations, themes, tones; the schema_version table.
//   2  documents.story_id (every version-1 document becomes its own
//      story), event_mentions.event_id (computed for version-1 rows) and
//      the `events` view: GDELT-style aggregated events.
//   3  doc_text, the full-text index of titles, kept sentences and
//      quotations (SQLite: FTS5; PostgreSQL: a tsvector per document with
//      a GIN index; filled for the documents already there), and indexes
//      on event_mentions.event_id and documents.day.
//   4  story_signatures: the near-duplicate clusterer's MinHash signature
//      of each clusterable document, with its day (story_picker.h).
#ifndef TOCSIN_STORE_SCHEMA_H_
#define TOCSIN_STORE_SCHEMA_H_

#include <string_view>

namespace tocsin {

inline constexpr int kStoreSchemaVersion = 4;

// Columns that record when a row was written, not what it holds: table
// comparisons (reruns, crash recovery) leave them out.
inline constexpr std::string_view kIngestTimeColumn = "ingested_at";

}  // namespace tocsin

#endif  // TOCSIN_STORE_SCHEMA_H_
