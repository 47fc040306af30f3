#include "store/sqlite/sqlite_schema.h"

#include <iterator>
#include <string>

#include "store/identity.h"
#include "store/schema.h"

namespace tocsin {
namespace {

// Version 1. Spans are byte offsets into the document's text; child tables
// are keyed by (doc, index in the document's analysis).
constexpr const char* kVersion1 = R"sql(
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version (version) VALUES (0);
CREATE TABLE documents (
  doc INTEGER PRIMARY KEY,  -- ingestion order: 1, 2, ...
  doc_key TEXT NOT NULL,    -- url when known, else id
  id TEXT NOT NULL,
  url TEXT,
  source TEXT NOT NULL,     -- the input it was read from
  outlet TEXT NOT NULL,     -- url host, else the input file
  published TEXT,
  day TEXT,                 -- YYYY-MM-DD
  language TEXT NOT NULL,   -- detected
  title TEXT,
  content_hash TEXT NOT NULL,
  text_bytes INTEGER NOT NULL,
  superseded_by INTEGER REFERENCES documents (doc),
  ingested_at TEXT NOT NULL,
  UNIQUE (doc_key, content_hash));
CREATE TABLE sentences (
  doc INTEGER NOT NULL REFERENCES documents (doc),
  sentence INTEGER NOT NULL,
  span_begin INTEGER NOT NULL, span_end INTEGER NOT NULL,
  paragraph INTEGER NOT NULL, language TEXT NOT NULL, tone REAL,
  text TEXT,                -- only with --keep-text
  PRIMARY KEY (doc, sentence)) WITHOUT ROWID;
CREATE TABLE event_mentions (
  doc INTEGER NOT NULL REFERENCES documents (doc),
  event INTEGER NOT NULL, sentence INTEGER NOT NULL,
  span_begin INTEGER NOT NULL, span_end INTEGER NOT NULL,  -- the trigger
  trigger_text TEXT NOT NULL,
  cameo TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL, plover_type TEXT, plover_mode TEXT,
  source_code TEXT NOT NULL, source_text TEXT,  -- '' and NULL: no source
  source_begin INTEGER, source_end INTEGER,
  target_code TEXT NOT NULL, target_text TEXT,
  target_begin INTEGER, target_end INTEGER,
  reporter_code TEXT NOT NULL, reporter_text TEXT,
  negated INTEGER NOT NULL, hypothetical INTEGER NOT NULL,
  location_basis TEXT, place INTEGER,
  location_key TEXT NOT NULL,  -- g:<geonameid>, a:<ISO 3166-2>, c:<ISO>, ''
  location_name TEXT, geonameid INTEGER, country TEXT, adm1 TEXT,
  lat REAL, lon REAL,
  confidence REAL,
  rule TEXT NOT NULL,
  PRIMARY KEY (doc, event)) WITHOUT ROWID;
CREATE TABLE entities (
  doc INTEGER NOT NULL REFERENCES documents (doc),
  entity INTEGER NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL,
  code TEXT, role TEXT,
  PRIMARY KEY (doc, entity)) WITHOUT ROWID;
CREATE TABLE entity_mentions (
  doc INTEGER NOT NULL REFERENCES documents (doc),
  entity INTEGER NOT NULL, mention INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  span_begin INTEGER NOT NULL, span_end INTEGER NOT NULL,
  kind TEXT NOT NULL, actor INTEGER,
  PRIMARY KEY (doc, entity, mention)) WITHOUT ROWID;
CREATE TABLE places (
  doc INTEGER NOT NULL REFERENCES documents (doc),
  place INTEGER NOT NULL, sentence INTEGER NOT NULL,
  span_begin INTEGER NOT NULL, span_end INTEGER NOT NULL,
  text TEXT NOT NULL, level TEXT NOT NULL, geonameid INTEGER,
  name TEXT NOT NULL, country TEXT, country3 TEXT, adm1 TEXT,
  adm1_name TEXT, lat REAL, lon REAL, feature TEXT,
  confidence REAL NOT NULL, reason TEXT, is_main INTEGER NOT NULL,
  PRIMARY KEY (doc, place)) WITHOUT ROWID;
CREATE TABLE quotations (
  doc INTEGER NOT NULL REFERENCES documents (doc),
  quotation INTEGER NOT NULL,
  span_begin INTEGER, span_end INTEGER,  -- first part's begin, last's end
  parts TEXT NOT NULL,                   -- "b-e,b-e"
  text TEXT NOT NULL, direct INTEGER NOT NULL,
  speaker_entity INTEGER, speaker_name TEXT, speaker_code TEXT,
  speaker_begin INTEGER, speaker_end INTEGER,
  verb TEXT, rule TEXT, confidence REAL NOT NULL,
  PRIMARY KEY (doc, quotation)) WITHOUT ROWID;
CREATE TABLE themes (
  doc INTEGER NOT NULL REFERENCES documents (doc),
  theme TEXT NOT NULL, mentions INTEGER NOT NULL,
  PRIMARY KEY (doc, theme)) WITHOUT ROWID;
CREATE TABLE tones (
  doc INTEGER PRIMARY KEY REFERENCES documents (doc),
  tone REAL NOT NULL, positive REAL NOT NULL, negative REAL NOT NULL,
  polarity REAL NOT NULL, activity REAL NOT NULL,
  self_reference REAL NOT NULL, word_count INTEGER NOT NULL);
)sql";

// Version 2: stories, and the aggregated events. Each mention carries its
// aggregated event's id (identity.h: EventId), which the version-1 rows get
// from BackfillEventIds. The view leaves out superseded versions and negated
// events ("did not attack" is no attack); hypothetical ones stay, flagged in
// their mentions.
constexpr const char* kVersion2 = R"sql(
ALTER TABLE documents ADD COLUMN story_id INTEGER;
UPDATE documents SET story_id = doc;
CREATE INDEX documents_by_story ON documents (story_id);
ALTER TABLE event_mentions ADD COLUMN event_id INTEGER NOT NULL DEFAULT 0;
CREATE VIEW events AS
SELECT MIN(m.event_id) AS event_id,
       d.story_id AS story_id, d.day AS day,
       m.source_code AS source_code, m.target_code AS target_code,
       m.cameo AS cameo, MIN(m.root) AS root,
       MIN(m.quad_class) AS quad_class, MIN(m.goldstein) AS goldstein,
       m.location_key AS location_key,
       MIN(m.location_name) AS location_name, MIN(m.country) AS country,
       MIN(m.adm1) AS adm1, MIN(m.lat) AS lat, MIN(m.lon) AS lon,
       COUNT(*) AS num_mentions,
       COUNT(DISTINCT d.outlet) AS num_sources,
       COUNT(DISTINCT d.doc) AS num_articles,
       MIN(d.doc) AS first_doc
FROM event_mentions AS m JOIN documents AS d ON d.doc = m.doc
WHERE d.superseded_by IS NULL AND m.negated = 0
GROUP BY d.story_id, d.day, m.source_code, m.target_code, m.cameo,
         m.location_key;
)sql";

// Version 3: what `tocsin events` needs. The full-text index holds one row
// per document version (rowid = doc): its title, its sentences when their
// text was kept, its quotations; diacritics folded so "bombardee" finds
// "bombardée". Put writes it with the document; the INSERT fills it for the
// documents stored before. The indexes serve the query's event lookups.
constexpr const char* kVersion3 = R"sql(
CREATE VIRTUAL TABLE doc_text USING fts5 (
  title, body, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO doc_text (rowid, title, body)
SELECT d.doc, coalesce(d.title, ''),
       trim(coalesce((SELECT group_concat(x.text, ' ') FROM
                       (SELECT s.text AS text FROM sentences AS s
                        WHERE s.doc = d.doc AND s.text IS NOT NULL
                        ORDER BY s.sentence) AS x), '') || ' ' ||
            coalesce((SELECT group_concat(y.text, ' ') FROM
                       (SELECT q.text AS text FROM quotations AS q
                        WHERE q.doc = d.doc ORDER BY q.quotation) AS y), ''))
FROM documents AS d ORDER BY d.doc;
CREATE INDEX event_mentions_by_event ON event_mentions (event_id);
CREATE INDEX documents_by_day ON documents (day);
)sql";

// Version 4: stories (story_picker.h). A clusterable document's MinHash
// signature (story.h's serialisation, base64) and its publication day,
// indexed by day: the picker loads the days a new document's candidates
// come from. Documents stored before have no signature: no later document
// joins their stories (their text is not kept to sign them).
constexpr const char* kVersion4 = R"sql(
CREATE TABLE story_signatures (
  doc INTEGER PRIMARY KEY REFERENCES documents (doc),
  day INTEGER NOT NULL,        -- days since 1970-01-01; -1000000: undated
  signature TEXT NOT NULL);
CREATE INDEX story_signatures_by_day ON story_signatures (day);
)sql";

// Gives the mentions written before version 2 their event ids.
Status BackfillEventIds(SqliteDb& db) {
  TOCSIN_ASSIGN_OR_RETURN(
      SqliteStatement rows,
      db.Prepare("SELECT m.doc, m.event, d.story_id, coalesce(d.day, ''), "
                 "m.source_code, m.target_code, m.cameo, m.location_key "
                 "FROM event_mentions AS m JOIN documents AS d "
                 "ON d.doc = m.doc ORDER BY m.doc, m.event"));
  TOCSIN_ASSIGN_OR_RETURN(SqliteStatement set,
                          db.Prepare("UPDATE event_mentions SET event_id = ? "
                                     "WHERE doc = ? AND event = ?"));
  for (;;) {
    TOCSIN_ASSIGN_OR_RETURN(bool row, rows.Step());
    if (!row) return Status::OK();
    const int64_t id =
        EventId(rows.ColumnInt(2), rows.ColumnText(3), rows.ColumnText(4),
                rows.ColumnText(5), rows.ColumnText(6), rows.ColumnText(7));
    TOCSIN_RETURN_IF_ERROR(set.BindInt(1, id));
    TOCSIN_RETURN_IF_ERROR(set.BindInt(2, rows.ColumnInt(0)));
    TOCSIN_RETURN_IF_ERROR(set.BindInt(3, rows.ColumnInt(1)));
    TOCSIN_RETURN_IF_ERROR(set.Run());
  }
}

// One version's DDL, then the data changes SQL alone cannot express.
struct Migration {
  const char* sql;
  Status (*backfill)(SqliteDb& db);  // nullptr: none
};

constexpr Migration kMigrations[] = {{kVersion1, nullptr},
                                     {kVersion2, BackfillEventIds},
                                     {kVersion3, nullptr},
                                     {kVersion4, nullptr}};
static_assert(std::size(kMigrations) == kStoreSchemaVersion);

StatusOr<bool> HasTable(SqliteDb& db, std::string_view name) {
  TOCSIN_ASSIGN_OR_RETURN(SqliteStatement stmt,
                          db.Prepare("SELECT count(*) FROM sqlite_master "
                                     "WHERE type = 'table' AND name = ?"));
  TOCSIN_RETURN_IF_ERROR(stmt.BindText(1, name));
  TOCSIN_ASSIGN_OR_RETURN(bool row, stmt.Step());
  return row && stmt.ColumnInt(0) > 0;
}

Status CheckKnown(const SqliteDb& db, int version) {
  if (version <= kStoreSchemaVersion) return Status::OK();
  return FailedPreconditionError(
      "store '" + db.path() + "' has schema version " +
      std::to_string(version) + ", newer than this tocsin knows (" +
      std::to_string(kStoreSchemaVersion) + "): use a newer tocsin");
}

// Applies migration `to` (1-based) if the database is still below it.
// REQUIRES: an open IMMEDIATE transaction.
Status ApplyInTransaction(SqliteDb& db, int to) {
  TOCSIN_ASSIGN_OR_RETURN(int version, ReadSqliteSchemaVersion(db));
  TOCSIN_RETURN_IF_ERROR(CheckKnown(db, version));
  if (version >= to) return Status::OK();  // another process did it
  const Migration& migration = kMigrations[to - 1];
  TOCSIN_RETURN_IF_ERROR(db.Exec(migration.sql));
  if (migration.backfill != nullptr) {
    TOCSIN_RETURN_IF_ERROR(migration.backfill(db));
  }
  TOCSIN_ASSIGN_OR_RETURN(SqliteStatement set,
                          db.Prepare("UPDATE schema_version SET version = ?"));
  TOCSIN_RETURN_IF_ERROR(set.BindInt(1, to));
  return set.Run();
}

}  // namespace

StatusOr<int> ReadSqliteSchemaVersion(SqliteDb& db) {
  TOCSIN_ASSIGN_OR_RETURN(bool versioned, HasTable(db, "schema_version"));
  if (!versioned) {
    TOCSIN_ASSIGN_OR_RETURN(
        int64_t tables,
        db.QueryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
    if (tables == 0) return 0;
    return FailedPreconditionError("'" + db.path() +
                                   "' is not a tocsin store: it has tables "
                                   "but no schema_version");
  }
  TOCSIN_ASSIGN_OR_RETURN(
      int64_t version, db.QueryInt("SELECT max(version) FROM schema_version"));
  return static_cast<int>(version);
}

Status MigrateSqlite(SqliteDb& db, int target) {
  TOCSIN_ASSIGN_OR_RETURN(int version, ReadSqliteSchemaVersion(db));
  TOCSIN_RETURN_IF_ERROR(CheckKnown(db, version));
  for (int to = version + 1; to <= target; ++to) {
    TOCSIN_RETURN_IF_ERROR(db.Exec("BEGIN IMMEDIATE"));
    Status applied = ApplyInTransaction(db, to);
    if (applied.ok()) applied = db.Exec("COMMIT");
    if (!applied.ok()) {
      (void)db.Exec("ROLLBACK");  // the first error is the one to report
      return applied;
    }
  }
  return Status::OK();
}

}  // namespace tocsin
