// BackgroundWriter against the obvious single-threaded BatchWriter: the same
// documents give the same database, and an error stops the writer the way
// it stops a single-threaded ingest.
#include "store/background_writer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "store/batch_writer.h"
#include "store/store_test_util.h"

namespace tocsin {
namespace {

using store_test::Analyze;
using store_test::Digest;
using store_test::FixtureDocuments;
using store_test::OpenOrDie;
using store_test::TempDir;

// The fixture articles, each also as a second version and a copy under
// another URL, so batches hold inserts, supersessions and story joins.
std::vector<Document> ManyDocuments() {
  std::vector<Document> docs;
  for (int round = 0; round < 3; ++round) {
    for (Document doc : FixtureDocuments()) {
      if (round == 1) doc.text += " Updated.";
      if (round == 2) doc.url = doc.url.empty() ? "" : doc.url + "?copy";
      if (round == 2) doc.id += "-copy";
      docs.push_back(doc);
    }
  }
  return docs;
}

TEST(BackgroundWriter, StoresWhatBatchWriterStores) {
  TempDir dir;
  const std::vector<Document> docs = ManyDocuments();
  std::vector<PutOutcome> reference_outcomes, outcomes;
  {
    auto store = OpenOrDie(dir.File("reference.db"));
    ASSERT_NE(store, nullptr);
    BatchWriter writer(store.get(), 2);
    for (const Document& doc : docs) {
      StatusOr<PutResult> put = writer.Put(doc, Analyze(doc));
      ASSERT_TRUE(put.ok()) << put.status().ToString();
      reference_outcomes.push_back(put->outcome);
    }
    ASSERT_TRUE(writer.Finish().ok());
  }
  {
    auto store = OpenOrDie(dir.File("background.db"));
    ASSERT_NE(store, nullptr);
    std::vector<std::string> stored_ids;
    BackgroundWriter writer(
        store.get(), 2,
        [&](const Document& doc, const DocumentAnalysis&, const PutResult& r) {
          stored_ids.push_back(doc.id);
          outcomes.push_back(r.outcome);
        },
        /*capacity=*/1);
    for (const Document& doc : docs) {
      ASSERT_TRUE(writer.Put(doc, Analyze(doc)).ok());
    }
    ASSERT_TRUE(writer.Finish().ok());
    ASSERT_TRUE(writer.Finish().ok());  // idempotent
    ASSERT_EQ(stored_ids.size(), docs.size());
    for (size_t i = 0; i < docs.size(); ++i) {
      EXPECT_EQ(stored_ids[i], docs[i].id) << "stored out of order at " << i;
    }
  }
  EXPECT_EQ(outcomes, reference_outcomes);
  EXPECT_EQ(Digest(dir.File("background.db")),
            Digest(dir.File("reference.db")));
}

// A store whose Put fails on the document with id "bad".
class FailingStore : public Store {
 public:
  Status BeginBatch() override {
    ++begun;
    open = true;
    return Status::OK();
  }
  Status CommitBatch() override {
    ++committed;
    open = false;
    return Status::OK();
  }
  Status RollbackBatch() override {
    ++rolled_back;
    open = false;
    return Status::OK();
  }
  bool in_batch() const override { return open; }
  StatusOr<bool> Contains(const Document&) override { return false; }
  StatusOr<PutResult> Put(const Document& doc,
                          const DocumentAnalysis&) override {
    if (doc.id == "bad") return UnavailableError("the disk went away");
    return PutResult{PutOutcome::kInserted, ++puts};
  }
  StatusOr<StoreCounts> Counts() override { return StoreCounts(); }
  int schema_version() const override { return 0; }

  int begun = 0, committed = 0, rolled_back = 0;
  int64_t puts = 0;
  bool open = false;
};

TEST(BackgroundWriter, FirstErrorStopsTheWriterAndIsReported) {
  FailingStore store;
  int stored = 0;
  Status first_refusal;
  {
    BackgroundWriter writer(&store, 3,
                            [&](const Document&, const DocumentAnalysis&,
                                const PutResult&) { ++stored; });
    for (const char* id : {"a", "b", "c", "d", "bad", "e", "f", "g"}) {
      Document doc;
      doc.id = id;
      Status queued = writer.Put(doc, DocumentAnalysis());
      if (!queued.ok() && first_refusal.ok()) first_refusal = queued;
    }
    const Status finished = writer.Finish();
    EXPECT_EQ(finished.code(), StatusCode::kUnavailable) << finished.ToString();
    EXPECT_TRUE(writer.failed());
    EXPECT_EQ(writer.Put(Document(), DocumentAnalysis()).code(),
              StatusCode::kUnavailable);
  }
  // a, b, c committed; d and the failing document's batch rolled back;
  // nothing after it stored.
  EXPECT_EQ(stored, 4);
  EXPECT_EQ(store.committed, 1);
  EXPECT_EQ(store.rolled_back, 1);
  EXPECT_EQ(store.puts, 4);
  if (!first_refusal.ok()) {
    EXPECT_EQ(first_refusal.code(), StatusCode::kUnavailable);
  }
}

TEST(BackgroundWriter, DestructorCommitsWhatIsQueued) {
  FailingStore store;
  {
    BackgroundWriter writer(&store, 100, nullptr);
    for (int i = 0; i < 10; ++i) {
      ASSERT_TRUE(writer.Put(Document(), DocumentAnalysis()).ok());
    }
  }
  EXPECT_EQ(store.puts, 10);
  EXPECT_EQ(store.committed, 1);
  EXPECT_FALSE(store.open);
}

}  // namespace
}  // namespace tocsin
