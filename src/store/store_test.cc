// The store on our fixture articles (English and French), through the real
// pipeline, on every backend (SQLite, PostgreSQL): what an ingest writes,
// that a re-ingest writes nothing, that a new version supersedes the old
// one, batches, and, on PostgreSQL, a connection dropped mid-batch.
#include <gtest/gtest.h>

#include "store/postgres/pg_connection.h"
#include "store/store_backend_test_util.h"

namespace tocsin {
namespace {

using store_test::Analyze;
using store_test::Backend;
using store_test::BackendTest;
using store_test::FixtureDocuments;

// Puts `docs` in one batch; returns the outcomes.
std::vector<PutOutcome> PutAll(Store& store,
                               const std::vector<Document>& docs) {
  std::vector<PutOutcome> outcomes;
  EXPECT_TRUE(store.BeginBatch().ok());
  for (const Document& doc : docs) {
    StatusOr<PutResult> r = store.Put(doc, Analyze(doc));
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    if (r.ok()) outcomes.push_back(r->outcome);
  }
  EXPECT_TRUE(store.CommitBatch().ok());
  return outcomes;
}

using StoreTest = BackendTest;

TEST_P(StoreTest, IngestWritesEveryTable) {
  std::vector<Document> docs = FixtureDocuments();
  uint64_t sentences = 0, events = 0, places = 0, entities = 0;
  for (const Document& doc : docs) {
    DocumentAnalysis a = Analyze(doc);
    sentences += a.text.sentences.size();
    events += a.events.size();
    places += a.places.size();
    entities += a.knowledge.entities.size();
  }
  ASSERT_GT(events, 4u) << "the fixture articles should code events";
  {
    auto store = location().OpenOrDie();
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(store->schema_version(), kStoreSchemaVersion);
    EXPECT_EQ(PutAll(*store, docs),
              std::vector<PutOutcome>(docs.size(), PutOutcome::kInserted));
    StatusOr<StoreCounts> c = store->Counts();
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->documents, docs.size());
    EXPECT_EQ(c->stories, docs.size());  // no clusterer yet: one story each
    EXPECT_EQ(c->sentences, sentences);
    EXPECT_EQ(c->event_mentions, events);
    EXPECT_EQ(c->places, places);
    EXPECT_EQ(c->entities, entities);
    EXPECT_GT(c->events, 0u);
    EXPECT_GT(c->quotations, 0u);
  }
  auto& db = location();
  // Keys: the URL when known, else the id; ids follow ingestion order.
  EXPECT_EQ(
      db.QueryInt(
          "SELECT doc FROM documents WHERE doc_key = $1",
          {SqlValue(std::string("https://wire.example.org/2026/03/07/lyman"))}),
      1);
  EXPECT_EQ(db.QueryInt("SELECT doc FROM documents WHERE doc_key = $1",
                        {SqlValue(std::string("depeche-fr-2"))}),
            4);
  EXPECT_EQ(db.QueryInt("SELECT count(*) FROM documents WHERE "
                        "language = 'fr' AND day = '2026-03-07'"),
            1);
  EXPECT_EQ(db.QueryInt("SELECT count(*) FROM tones"), 4);
  EXPECT_GT(db.QueryInt("SELECT count(*) FROM themes"), 0);
  EXPECT_GT(db.QueryInt("SELECT count(*) FROM entity_mentions"), 0);
  // Without --keep-text no sentence text is stored.
  EXPECT_EQ(
      db.QueryInt("SELECT count(*) FROM sentences WHERE text IS NOT NULL"), 0);
  // Spans are byte offsets into the text: the French article's first
  // sentence starts at 0.
  EXPECT_EQ(db.QueryInt("SELECT span_begin FROM sentences "
                        "WHERE doc = 3 AND sentence = 0"),
            0);
}

TEST_P(StoreTest, KeepTextStoresEachSentence) {
  const Document doc = FixtureDocuments()[2];
  const DocumentAnalysis analysis = Analyze(doc);
  ASSERT_GE(analysis.text.sentences.size(), 3u);
  {
    StoreOptions options;
    options.keep_text = true;
    auto store = location().OpenOrDie(options);
    ASSERT_NE(store, nullptr);
    PutAll(*store, {doc});
  }
  const std::vector<SqlRow> rows =
      location().Rows("SELECT sentence, text FROM sentences ORDER BY sentence");
  ASSERT_EQ(rows.size(), analysis.text.sentences.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    const Sentence& s = analysis.text.sentences[i];
    EXPECT_EQ(SqlText(rows[i][1]), doc.text.substr(s.begin, s.end - s.begin));
  }
}

TEST_P(StoreTest, ReingestChangesNothing) {
  const std::vector<Document> docs = FixtureDocuments();
  {
    auto store = location().OpenOrDie();
    ASSERT_NE(store, nullptr);
    PutAll(*store, docs);
  }
  // With the ingestion times: nothing may be rewritten, not even them.
  const auto before = location().Digest(/*with_times=*/true);
  ASSERT_FALSE(before.empty());
  {
    auto store = location().OpenOrDie();
    ASSERT_NE(store, nullptr);
    for (const Document& doc : docs) {
      StatusOr<bool> has = store->Contains(doc);
      ASSERT_TRUE(has.ok());
      EXPECT_TRUE(*has) << doc.id;
    }
    EXPECT_EQ(PutAll(*store, docs),
              std::vector<PutOutcome>(docs.size(), PutOutcome::kUnchanged));
  }
  EXPECT_EQ(location().Digest(/*with_times=*/true), before);
}

TEST_P(StoreTest, NewVersionSupersedesAndKeepsHistory) {
  const Document first = FixtureDocuments()[0];
  Document second = first;  // same URL, corrected text
  second.text += " Ukrainian forces entered the town on Sunday.";
  auto store = location().OpenOrDie();
  ASSERT_NE(store, nullptr);
  auto& db = location();
  PutAll(*store, FixtureDocuments());
  const int64_t old_mentions =
      db.QueryInt("SELECT count(*) FROM event_mentions WHERE doc = 1");
  ASSERT_GT(old_mentions, 0);

  EXPECT_EQ(PutAll(*store, {second}),
            std::vector<PutOutcome>{PutOutcome::kSuperseded});
  EXPECT_EQ(db.QueryInt("SELECT superseded_by FROM documents WHERE doc = 1"),
            5);
  // The new version joins the old one's story.
  EXPECT_EQ(db.QueryInt("SELECT story_id FROM documents WHERE doc = 5"), 1);
  // History stays; the aggregates read only the current version.
  EXPECT_EQ(db.QueryInt("SELECT count(*) FROM event_mentions WHERE doc = 1"),
            old_mentions);
  EXPECT_EQ(db.QueryInt("SELECT count(*) FROM events WHERE first_doc = 1"), 0);
  EXPECT_GT(db.QueryInt("SELECT count(*) FROM events WHERE first_doc = 5"), 0);
  StatusOr<StoreCounts> c = store->Counts();
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->documents, 5u);
  EXPECT_EQ(c->superseded, 1u);
  EXPECT_EQ(c->stories, 4u);

  // Seeing the old version again does not bring it back.
  EXPECT_EQ(PutAll(*store, {first, second}),
            (std::vector<PutOutcome>{PutOutcome::kUnchanged,
                                     PutOutcome::kUnchanged}));
  EXPECT_EQ(
      db.QueryInt("SELECT count(*) FROM documents WHERE superseded_by IS NULL"),
      4);
}

TEST_P(StoreTest, RolledBackBatchLeavesNothing) {
  auto store = location().OpenOrDie();
  ASSERT_NE(store, nullptr);
  const Document doc = FixtureDocuments()[1];
  EXPECT_EQ(store->Put(doc, Analyze(doc)).status().code(),
            StatusCode::kFailedPrecondition);  // outside a batch
  ASSERT_TRUE(store->BeginBatch().ok());
  EXPECT_EQ(store->BeginBatch().code(), StatusCode::kFailedPrecondition);
  ASSERT_TRUE(store->Put(doc, Analyze(doc)).ok());
  ASSERT_TRUE(store->RollbackBatch().ok());
  EXPECT_EQ(location().QueryInt("SELECT count(*) FROM documents"), 0);
  EXPECT_EQ(location().QueryInt("SELECT count(*) FROM sentences"), 0);
  EXPECT_EQ(store->CommitBatch().code(), StatusCode::kFailedPrecondition);
  // The store works on after a rollback.
  EXPECT_EQ(PutAll(*store, {doc}),
            std::vector<PutOutcome>{PutOutcome::kInserted});
}

TEST_P(StoreTest, RefusesNewerAndForeignSchemas) {
  {
    auto store = location().OpenOrDie();
    ASSERT_NE(store, nullptr);
  }
  ASSERT_TRUE(location().Query("UPDATE schema_version SET version = 99").ok());
  StatusOr<std::unique_ptr<Store>> newer = location().Open();
  ASSERT_FALSE(newer.ok());
  EXPECT_EQ(newer.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(newer.status().message().find(
                "schema version 99, newer than this tocsin knows"),
            std::string::npos)
      << newer.status().ToString();
  EXPECT_EQ(location().QueryInt("SELECT version FROM schema_version"), 99);

  store_test::TestLocation foreign(GetParam());
  ASSERT_EQ(foreign.error(), "");
  if (GetParam() == Backend::kSqlite) {  // the file must exist to be queried
    StatusOr<std::unique_ptr<SqliteDb>> db =
        SqliteDb::Open(foreign.target(), /*create=*/true);
    ASSERT_TRUE(db.ok());
  }
  ASSERT_TRUE(foreign.Query("CREATE TABLE t (x INTEGER)").ok());
  StatusOr<std::unique_ptr<Store>> refused = foreign.Open();
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(refused.status().message().find("is not a tocsin store"),
            std::string::npos)
      << refused.status().ToString();
}

TOCSIN_INSTANTIATE_BACKENDS(StoreTest);

// PostgreSQL only: the server-side failures a user meets.
class PostgresStoreTest : public BackendTest {};

TEST_P(PostgresStoreTest, DroppedConnectionMidBatchWritesNothingOfIt) {
  const std::vector<Document> docs = FixtureDocuments();
  auto store = location().OpenOrDie();
  ASSERT_NE(store, nullptr);
  PutAll(*store, {docs[0]});
  ASSERT_TRUE(store->BeginBatch().ok());
  ASSERT_TRUE(store->Put(docs[1], Analyze(docs[1])).ok());
  // An administrator (or a failover) ends the store's session mid-batch.
  StatusOr<std::vector<SqlRow>> killed = location().admin()->Query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
      "WHERE application_name = $1",
      {SqlValue(std::string_view(location().schema()))});
  ASSERT_TRUE(killed.ok()) << killed.status().ToString();
  ASSERT_EQ(killed->size(), 1u);
  StatusOr<PutResult> put = store->Put(docs[2], Analyze(docs[2]));
  ASSERT_FALSE(put.ok());
  EXPECT_EQ(put.status().code(), StatusCode::kUnavailable);
  const std::string where = DescribePostgresTarget(location().target());
  EXPECT_NE(put.status().message().find(where), std::string::npos)
      << put.status().ToString() << " should name " << where;
  EXPECT_NE(put.status().message().find("connection lost"), std::string::npos)
      << put.status().ToString();
  const Status commit = store->CommitBatch();
  EXPECT_EQ(commit.code(), StatusCode::kUnavailable) << commit.ToString();
  EXPECT_EQ(store->BeginBatch().code(), StatusCode::kUnavailable);
  store.reset();

  // Reopened: the committed batch is there, nothing of the lost one.
  auto reopened = location().OpenOrDie();
  ASSERT_NE(reopened, nullptr);
  StatusOr<StoreCounts> c = reopened->Counts();
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->documents, 1u);
  EXPECT_EQ(location().QueryInt("SELECT count(*) FROM sentences WHERE doc > 1"),
            0);
  // And the rerun stores the rest.
  EXPECT_EQ(
      PutAll(*reopened, docs),
      (std::vector<PutOutcome>{PutOutcome::kUnchanged, PutOutcome::kInserted,
                               PutOutcome::kInserted, PutOutcome::kInserted}));
}

TEST_P(PostgresStoreTest, ServerErrorsNameTheServerNotThePassword) {
  const std::string uri = store_test::TestPostgresUri();
  // postgresql://user@host:port/db -> with another user, or database.
  const size_t at = uri.find('@');
  const size_t slash = uri.find('/', at);
  ASSERT_NE(at, std::string::npos);
  ASSERT_NE(slash, std::string::npos);
  const std::string server = uri.substr(at + 1, slash - at - 1);
  struct Case {
    std::string uri;
    StatusCode code;
    std::string message_part;
  };
  const Case cases[] = {
      {"postgresql://no_such_role:secret@" + server + "/postgres",
       StatusCode::kFailedPrecondition, "credentials refused"},
      {uri.substr(0, slash) + "/no_such_database_x", StatusCode::kNotFound,
       "/no_such_database_x'"},
  };
  for (const Case& c : cases) {
    StatusOr<std::unique_ptr<Store>> store = Store::Open(c.uri, {});
    ASSERT_FALSE(store.ok()) << c.uri;
    EXPECT_EQ(store.status().code(), c.code) << store.status().ToString();
    EXPECT_NE(store.status().message().find(c.message_part), std::string::npos)
        << store.status().ToString();
    EXPECT_NE(store.status().message().find(server), std::string::npos)
        << store.status().ToString();
    EXPECT_EQ(store.status().message().find("secret"), std::string::npos);
  }
}

TEST_P(PostgresStoreTest, StoresTheSameRowsAsSqlite) {
  store_test::TestLocation sqlite(Backend::kSqlite);
  for (store_test::TestLocation* where : {&location(), &sqlite}) {
    StoreOptions options;
    options.keep_text = true;
    auto store = where->OpenOrDie(options);
    ASSERT_NE(store, nullptr);
    PutAll(*store, FixtureDocuments());
  }
  // Every PostgreSQL table and view holds exactly the SQLite one's rows.
  // SQLite has more (the story tables of version 4, schema.h), left out
  // here, and each full-text index has its engine's own layout.
  const auto pg = location().Digest();
  ASSERT_GT(pg.size(), 10u);
  auto compared = [](const TableDigest& d) {
    return d.name != "schema_version" && d.name != "doc_text";
  };
  std::vector<TableDigest> lite;
  for (const TableDigest& d : sqlite.Digest()) {
    for (const TableDigest& p : pg) {
      if (p.name == d.name && compared(p)) lite.push_back(d);
    }
  }
  std::vector<TableDigest> pg_data;
  for (const TableDigest& p : pg) {
    if (compared(p)) pg_data.push_back(p);
  }
  EXPECT_EQ(pg_data, lite);
}

INSTANTIATE_TEST_SUITE_P(Backends, PostgresStoreTest,
                         ::testing::Values(Backend::kPostgres),
                         store_test::BackendName);

// Needs no server: nothing listens on port 1.
TEST(PostgresOpenTest, UnreachableServerIsUnavailable) {
  StatusOr<std::unique_ptr<Store>> store =
      Store::Open("postgresql://tocsin:secret@127.0.0.1:1/events", {});
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kUnavailable);
  EXPECT_NE(store.status().message().find("'tocsin@127.0.0.1:1/events'"),
            std::string::npos)
      << store.status().ToString();
  EXPECT_EQ(store.status().message().find("secret"), std::string::npos);
}

}  // namespace
}  // namespace tocsin
