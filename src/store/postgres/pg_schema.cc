#include "store/postgres/pg_schema.h"

#include <iterator>
#include <string>

#include "store/identity.h"
#include "store/postgres/pg_query.h"
#include "store/schema.h"

namespace tocsin {
namespace {

// Version 1: SQLite's INTEGER is BIGINT here and REAL is DOUBLE PRECISION,
// so every value reads back as the same int64_t or double on both backends.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE schema_version (version BIGINT NOT NULL);
INSERT INTO schema_version (version) VALUES (0);
CREATE TABLE documents (
  doc BIGINT PRIMARY KEY,   -- ingestion order: 1, 2, ...
  doc_key TEXT NOT NULL,    -- url when known, else id
  id TEXT NOT NULL,
  url TEXT,
  source TEXT NOT NULL,
  outlet TEXT NOT NULL,
  published TEXT,
  day TEXT,                 -- YYYY-MM-DD
  language TEXT NOT NULL,
  title TEXT,
  content_hash TEXT NOT NULL,
  text_bytes BIGINT NOT NULL,
  superseded_by BIGINT REFERENCES documents (doc),
  ingested_at TEXT NOT NULL,
  UNIQUE (doc_key, content_hash));
CREATE TABLE sentences (
  doc BIGINT NOT NULL REFERENCES documents (doc),
  sentence BIGINT NOT NULL,
  span_begin BIGINT NOT NULL, span_end BIGINT NOT NULL,
  paragraph BIGINT NOT NULL, language TEXT NOT NULL,
  tone DOUBLE PRECISION,
  text TEXT,
  PRIMARY KEY (doc, sentence));
CREATE TABLE event_mentions (
  doc BIGINT NOT NULL REFERENCES documents (doc),
  event BIGINT NOT NULL, sentence BIGINT NOT NULL,
  span_begin BIGINT NOT NULL, span_end BIGINT NOT NULL,
  trigger_text TEXT NOT NULL,
  cameo TEXT NOT NULL, root TEXT NOT NULL, quad_class BIGINT NOT NULL,
  goldstein DOUBLE PRECISION NOT NULL, plover_type TEXT, plover_mode TEXT,
  source_code TEXT NOT NULL, source_text TEXT,
  source_begin BIGINT, source_end BIGINT,
  target_code TEXT NOT NULL, target_text TEXT,
  target_begin BIGINT, target_end BIGINT,
  reporter_code TEXT NOT NULL, reporter_text TEXT,
  negated BIGINT NOT NULL, hypothetical BIGINT NOT NULL,
  location_basis TEXT, place BIGINT,
  location_key TEXT NOT NULL,
  location_name TEXT, geonameid BIGINT, country TEXT, adm1 TEXT,
  lat DOUBLE PRECISION, lon DOUBLE PRECISION,
  confidence DOUBLE PRECISION,
  rule TEXT NOT NULL,
  PRIMARY KEY (doc, event));
CREATE TABLE entities (
  doc BIGINT NOT NULL REFERENCES documents (doc),
  entity BIGINT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL,
  code TEXT, role TEXT,
  PRIMARY KEY (doc, entity));
CREATE TABLE entity_mentions (
  doc BIGINT NOT NULL REFERENCES documents (doc),
  entity BIGINT NOT NULL, mention BIGINT NOT NULL,
  sentence BIGINT NOT NULL,
  span_begin BIGINT NOT NULL, span_end BIGINT NOT NULL,
  kind TEXT NOT NULL, actor BIGINT,
  PRIMARY KEY (doc, entity, mention));
CREATE TABLE places (
  doc BIGINT NOT NULL REFERENCES documents (doc),
  place BIGINT NOT NULL, sentence BIGINT NOT NULL,
  span_begin BIGINT NOT NULL, span_end BIGINT NOT NULL,
  text TEXT NOT NULL, level TEXT NOT NULL, geonameid BIGINT,
  name TEXT NOT NULL, country TEXT, country3 TEXT, adm1 TEXT,
  adm1_name TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION, feature TEXT,
  confidence DOUBLE PRECISION NOT NULL, reason TEXT, is_main BIGINT NOT NULL,
  PRIMARY KEY (doc, place));
CREATE TABLE quotations (
  doc BIGINT NOT NULL REFERENCES documents (doc),
  quotation BIGINT NOT NULL,
  span_begin BIGINT, span_end BIGINT,
  parts TEXT NOT NULL,
  text TEXT NOT NULL, direct BIGINT NOT NULL,
  speaker_entity BIGINT, speaker_name TEXT, speaker_code TEXT,
  speaker_begin BIGINT, speaker_end BIGINT,
  verb TEXT, rule TEXT, confidence DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (doc, quotation));
CREATE TABLE themes (
  doc BIGINT NOT NULL REFERENCES documents (doc),
  theme TEXT NOT NULL, mentions BIGINT NOT NULL,
  PRIMARY KEY (doc, theme));
CREATE TABLE tones (
  doc BIGINT PRIMARY KEY REFERENCES documents (doc),
  tone DOUBLE PRECISION NOT NULL, positive DOUBLE PRECISION NOT NULL,
  negative DOUBLE PRECISION NOT NULL, polarity DOUBLE PRECISION NOT NULL,
  activity DOUBLE PRECISION NOT NULL,
  self_reference DOUBLE PRECISION NOT NULL, word_count BIGINT NOT NULL);
)sql";

// Version 2, as in SQLite. The REFERENCES clauses are enforced here (unlike
// SQLite, where they only document): Put writes parents first. The view's
// text MINs use COLLATE "C" so they pick what SQLite's byte order picks.
constexpr const char* kVersion2 = R"sql(
ALTER TABLE documents ADD COLUMN story_id BIGINT;
UPDATE documents SET story_id = doc;
CREATE INDEX documents_by_story ON documents (story_id);
CREATE INDEX documents_current ON documents (doc_key)
  WHERE superseded_by IS NULL;
ALTER TABLE event_mentions ADD COLUMN event_id BIGINT NOT NULL DEFAULT 0;
CREATE VIEW events AS
SELECT MIN(m.event_id) AS event_id,
       d.story_id AS story_id, d.day AS day,
       m.source_code AS source_code, m.target_code AS target_code,
       m.cameo AS cameo, MIN(m.root COLLATE "C") AS root,
       MIN(m.quad_class) AS quad_class, MIN(m.goldstein) AS goldstein,
       m.location_key AS location_key,
       MIN(m.location_name COLLATE "C") AS location_name,
       MIN(m.country COLLATE "C") AS country,
       MIN(m.adm1 COLLATE "C") AS adm1, MIN(m.lat) AS lat, MIN(m.lon) AS lon,
       COUNT(*) AS num_mentions,
       COUNT(DISTINCT d.outlet) AS num_sources,
       COUNT(DISTINCT d.doc) AS num_articles,
       MIN(d.doc) AS first_doc
FROM event_mentions AS m JOIN documents AS d ON d.doc = m.doc
WHERE d.superseded_by IS NULL AND m.negated = 0
GROUP BY d.story_id, d.day, m.source_code, m.target_code, m.cameo,
         m.location_key;
)sql";

// Version 3, as in SQLite: the full-text rows (one per document version:
// its title, kept sentences and quotations; pg_query.h says how they are
// searched) and the indexes of the events query. BackfillSearchText fills
// the rows of the documents stored before; Put writes them after.
constexpr const char* kVersion3 = R"sql(
CREATE TABLE doc_text (
  doc BIGINT PRIMARY KEY REFERENCES documents (doc),
  config TEXT NOT NULL,     -- 'english', 'french' or 'simple'
  words TSVECTOR NOT NULL);
CREATE INDEX doc_text_words ON doc_text USING GIN (words);
CREATE INDEX event_mentions_by_event ON event_mentions (event_id);
CREATE INDEX documents_by_day ON documents (day);
)sql";

// Version 4, as in SQLite: the story clusterer's signatures, by day.
constexpr const char* kVersion4 = R"sql(
CREATE TABLE story_signatures (
  doc BIGINT PRIMARY KEY REFERENCES documents (doc),
  day BIGINT NOT NULL,         -- days since 1970-01-01; -1000000: undated
  signature TEXT NOT NULL);
CREATE INDEX story_signatures_by_day ON story_signatures (day);
)sql";

Status BackfillEventIds(PgConnection& db) {
  TOCSIN_ASSIGN_OR_RETURN(
      std::vector<SqlRow> rows,
      db.Query("SELECT m.doc, m.event, d.story_id, coalesce(d.day, ''), "
               "m.source_code, m.target_code, m.cameo, m.location_key "
               "FROM event_mentions AS m JOIN documents AS d "
               "ON d.doc = m.doc ORDER BY m.doc, m.event"));
  for (const SqlRow& r : rows) {
    const int64_t id =
        EventId(std::get<int64_t>(r[2]), SqlText(r[3]), SqlText(r[4]),
                SqlText(r[5]), SqlText(r[6]), SqlText(r[7]));
    TOCSIN_RETURN_IF_ERROR(db.Run("UPDATE event_mentions SET event_id = $1 "
                                  "WHERE doc = $2 AND event = $3",
                                  {SqlValue(id), r[0], r[1]})
                               .status());
  }
  return Status::OK();
}

// The text a version-3 Put indexes, from what the rows kept.
Status BackfillSearchText(PgConnection& db) {
  TOCSIN_ASSIGN_OR_RETURN(
      std::vector<SqlRow> rows,
      db.Query("SELECT d.doc, d.language, coalesce(d.title, ''), "
               "concat_ws(' ', (SELECT string_agg(s.text, ' ' ORDER BY "
               "s.sentence) FROM sentences AS s WHERE s.doc = d.doc AND "
               "s.text IS NOT NULL AND s.text <> ''), "
               "(SELECT string_agg(q.text, ' ' ORDER BY q.quotation) "
               "FROM quotations AS q WHERE q.doc = d.doc AND q.text <> '')) "
               "FROM documents AS d ORDER BY d.doc"));
  for (const SqlRow& r : rows) {
    TOCSIN_RETURN_IF_ERROR(
        InsertPostgresSearchText(db, std::get<int64_t>(r[0]), SqlText(r[1]),
                                 SqlText(r[2]), SqlText(r[3])));
  }
  return Status::OK();
}

// One version's DDL, then the data changes SQL alone cannot express; a new
// version adds its entry here (schema.h lists them).
struct Migration {
  const char* sql;
  Status (*backfill)(PgConnection& db);  // nullptr: none
};

constexpr Migration kMigrations[] = {{kVersion1, nullptr},
                                     {kVersion2, BackfillEventIds},
                                     {kVersion3, BackfillSearchText},
                                     {kVersion4, nullptr}};
static_assert(std::size(kMigrations) == kStoreSchemaVersion);

Status CheckKnown(const PgConnection& db, int version) {
  if (version <= kStoreSchemaVersion) return Status::OK();
  return FailedPreconditionError(
      "store " + db.target() + " has schema version " +
      std::to_string(version) + ", newer than this tocsin knows (" +
      std::to_string(kStoreSchemaVersion) + "): use a newer tocsin");
}

// Migration locks and writer locks are distinct keys of the same schema.
Status AdvisoryLock(PgConnection& db, const char* purpose) {
  return db
      .Query("SELECT pg_advisory_xact_lock(hashtext($1 || current_schema()))",
             {SqlValue(std::string_view(purpose))})
      .status();
}

Status ApplyInTransaction(PgConnection& db, int to) {
  TOCSIN_RETURN_IF_ERROR(AdvisoryLock(db, "tocsin.migrate."));
  TOCSIN_ASSIGN_OR_RETURN(int version, ReadPostgresSchemaVersion(db));
  TOCSIN_RETURN_IF_ERROR(CheckKnown(db, version));
  if (version >= to) return Status::OK();  // another process did it
  const Migration& migration = kMigrations[to - 1];
  TOCSIN_RETURN_IF_ERROR(db.Exec(migration.sql));
  if (migration.backfill != nullptr) {
    TOCSIN_RETURN_IF_ERROR(migration.backfill(db));
  }
  return db
      .Run("UPDATE schema_version SET version = $1", {SqlValue(int64_t{to})})
      .status();
}

}  // namespace

StatusOr<int> ReadPostgresSchemaVersion(PgConnection& db) {
  TOCSIN_ASSIGN_OR_RETURN(
      int64_t versioned,
      db.QueryInt("SELECT count(*) FROM information_schema.tables "
                  "WHERE table_schema = current_schema() "
                  "AND table_name = 'schema_version'"));
  if (versioned == 0) {
    TOCSIN_ASSIGN_OR_RETURN(
        int64_t tables,
        db.QueryInt("SELECT count(*) FROM information_schema.tables "
                    "WHERE table_schema = current_schema()"));
    if (tables == 0) return 0;
    return FailedPreconditionError(db.target() +
                                   " is not a tocsin store: its schema has "
                                   "tables but no schema_version");
  }
  TOCSIN_ASSIGN_OR_RETURN(
      int64_t version, db.QueryInt("SELECT max(version) FROM schema_version"));
  return static_cast<int>(version);
}

Status MigratePostgres(PgConnection& db, int target) {
  TOCSIN_ASSIGN_OR_RETURN(int version, ReadPostgresSchemaVersion(db));
  TOCSIN_RETURN_IF_ERROR(CheckKnown(db, version));
  for (int to = version + 1; to <= target; ++to) {
    TOCSIN_RETURN_IF_ERROR(db.Begin());
    Status applied = ApplyInTransaction(db, to);
    if (applied.ok()) applied = db.Commit();
    if (!applied.ok()) {
      (void)db.Rollback();  // the first error is the one to report
      return applied;
    }
  }
  return Status::OK();
}

Status LockPostgresStore(PgConnection& db) {
  return AdvisoryLock(db, "tocsin.write.");
}

}  // namespace tocsin
