// Story dedup through the store (issue 7, check 3): the articles of
// testdata/stories/ (written for these tests: wire copies, syndication,
// truncations, light rewrites, distinct reports on one topic, a
// translation) are Put one by one, as `tocsin ingest` does, and the stories
// the store assigns must be expected.tsv's partition, with NumArticles
// following. Also the day window and new versions. On every backend.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "store/store_backend_test_util.h"
#include "store/store_test_util.h"
#include "store/story_picker.h"

namespace tocsin {
namespace {

using store_test::Analyze;
using store_test::BackendTest;
using store_test::MakeDoc;

struct StoredArticle {
  std::string file, story;
  Document doc;
};

// expected.tsv's articles, each from an outlet of its own, all published
// on one day.
std::vector<StoredArticle> ReadArticles() {
  std::vector<StoredArticle> articles;
  for (store_test::StoryFixture& f : store_test::ReadStoryFixtures()) {
    StoredArticle a{f.file, f.story, {}};
    a.doc = MakeDoc(f.file, "https://outlet-" + f.file + ".example/story",
                    "2026-03-10T08:00:00Z", f.language, "", std::move(f.text));
    articles.push_back(std::move(a));
  }
  return articles;
}

// The store's stories need no hand-set picker: nullptr selects the
// clusterer Store::Open uses.
class StoryStoreTest : public BackendTest {
 protected:
  std::unique_ptr<Store> OpenClustering() {
    StatusOr<std::unique_ptr<Store>> store = location().Open({}, nullptr);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return store.ok() ? std::move(*store) : nullptr;
  }

  // Puts each document in its own batch, in order; returns the ids.
  static std::vector<int64_t> PutEach(Store& store,
                                      const std::vector<Document>& docs) {
    std::vector<int64_t> ids;
    for (const Document& doc : docs) {
      EXPECT_TRUE(store.BeginBatch().ok());
      StatusOr<PutResult> r = store.Put(doc, Analyze(doc));
      EXPECT_TRUE(r.ok()) << r.status().ToString();
      EXPECT_TRUE(store.CommitBatch().ok());
      ids.push_back(r.ok() ? r->doc : 0);
    }
    return ids;
  }

  int64_t StoryOf(int64_t doc) {
    return location().QueryInt("SELECT story_id FROM documents WHERE doc = $1",
                               {SqlValue(doc)});
  }
};

// Pairs put together wrongly (fp) and pairs of one story put apart (fn),
// each printed.
struct PairErrors {
  int fp = 0, fn = 0;
};
PairErrors ComparePairs(const std::vector<StoredArticle>& articles,
                        const std::vector<int64_t>& story, const char* what) {
  PairErrors e;
  int tp = 0;
  for (size_t i = 0; i < articles.size(); ++i) {
    for (size_t j = i + 1; j < articles.size(); ++j) {
      const bool got = story[i] == story[j];
      const bool want = articles[i].story == articles[j].story;
      tp += got && want;
      e.fp += got && !want;
      e.fn += !got && want;
      if (got != want) {
        std::printf("  %s: %s and %s %s\n", what, articles[i].file.c_str(),
                    articles[j].file.c_str(), want ? "split" : "merged");
      }
    }
  }
  std::printf("%s: %zu articles, %zu stories, %d/%d/%d pairs tp/fp/fn\n", what,
              articles.size(),
              std::set<int64_t>(story.begin(), story.end()).size(), tp, e.fp,
              e.fn);
  return e;
}

TEST_P(StoryStoreTest, IngestGivesTheExpectedStoriesAndNumArticles) {
  const std::vector<StoredArticle> articles = ReadArticles();
  ASSERT_GE(articles.size(), 30u);
  std::unique_ptr<Store> store = OpenClustering();
  ASSERT_NE(store, nullptr);
  std::vector<Document> docs;
  for (const StoredArticle& a : articles) docs.push_back(a.doc);
  const std::vector<int64_t> ids = PutEach(*store, docs);
  std::vector<int64_t> story;
  for (int64_t id : ids) story.push_back(StoryOf(id));
  const PairErrors e = ComparePairs(articles, story, "store, file order");
  EXPECT_EQ(e.fp, 0);
  EXPECT_EQ(e.fn, 0);

  std::set<std::string> labels;
  for (const StoredArticle& a : articles) labels.insert(a.story);
  StatusOr<StoreCounts> counts = store->Counts();
  ASSERT_TRUE(counts.ok()) << counts.status().ToString();
  EXPECT_EQ(counts->stories, labels.size());

  // An aggregated event's NumArticles counts the story's documents that
  // report it, never more than the story has, and copies of one wire story
  // report the same events: some event must be seen in several articles.
  std::map<int64_t, int64_t> story_size;
  for (int64_t s : story) ++story_size[s];
  StatusOr<std::vector<SqlRow>> events = location().Query(
      "SELECT story_id, num_articles, num_sources FROM events");
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  ASSERT_FALSE(events->empty());
  int64_t most_articles = 0;
  for (const SqlRow& row : *events) {
    const int64_t s = std::get<int64_t>(row[0]);
    const int64_t n = std::get<int64_t>(row[1]);
    EXPECT_GE(n, 1);
    EXPECT_LE(n, story_size[s]) << "story " << s;
    // One outlet per article here.
    EXPECT_EQ(std::get<int64_t>(row[2]), n);
    most_articles = std::max(most_articles, n);
  }
  std::printf("%zu aggregated events, at most %lld articles each\n",
              events->size(), static_cast<long long>(most_articles));
  EXPECT_GE(most_articles, 3);
}

// Single link depends on order; another order must still never merge
// distinct stories.
TEST_P(StoryStoreTest, ReverseOrderNeverMerges) {
  std::vector<StoredArticle> articles = ReadArticles();
  std::reverse(articles.begin(), articles.end());
  std::unique_ptr<Store> store = OpenClustering();
  ASSERT_NE(store, nullptr);
  std::vector<Document> docs;
  for (const StoredArticle& a : articles) docs.push_back(a.doc);
  std::vector<int64_t> story;
  for (int64_t id : PutEach(*store, docs)) story.push_back(StoryOf(id));
  EXPECT_EQ(ComparePairs(articles, story, "store, reverse order").fp, 0);
}

// A copy joins the story within kStoryDayWindow days and not beyond; an
// undated copy joins only undated documents; a new version of an article
// stays in its story and is itself a candidate afterwards.
TEST_P(StoryStoreTest, DayWindowAndVersions) {
  const std::vector<StoredArticle> articles = ReadArticles();
  ASSERT_FALSE(articles.empty());
  const Document& original = articles[0].doc;
  auto copy = [&original](std::string url, std::string published) {
    Document d = original;
    d.id = url;
    d.url = "https://" + url + ".example/a";
    d.published = std::move(published);
    return d;
  };
  std::unique_ptr<Store> store = OpenClustering();
  ASSERT_NE(store, nullptr);
  const std::vector<int64_t> ids = PutEach(
      *store, {copy("first", "2026-03-10"), copy("next-days", "2026-03-12"),
               copy("too-late", "2026-03-15"), copy("undated-1", ""),
               copy("undated-2", "not a date"), copy("before", "2026-03-08")});
  EXPECT_EQ(StoryOf(ids[1]), StoryOf(ids[0]));
  EXPECT_NE(StoryOf(ids[2]), StoryOf(ids[0]));
  EXPECT_NE(StoryOf(ids[3]), StoryOf(ids[0]));
  EXPECT_NE(StoryOf(ids[3]), StoryOf(ids[2]));
  EXPECT_EQ(StoryOf(ids[4]), StoryOf(ids[3]));
  EXPECT_EQ(StoryOf(ids[5]), StoryOf(ids[0]));

  // "too-late" gets a new version whose text is another story's: it keeps
  // its own story id all the same (a version is the same article).
  Document revised = copy("too-late", "2026-03-15");
  revised.text = articles.back().doc.text;
  revised.language = articles.back().doc.language;
  const std::vector<int64_t> revised_id = PutEach(*store, {revised});
  EXPECT_EQ(StoryOf(revised_id[0]), StoryOf(ids[2]));
}

// A rolled-back batch leaves no trace in the stories either: a copy of
// its document starts a story of its own, as in a store that never saw it.
TEST_P(StoryStoreTest, RolledBackDocumentsAreNoCandidates) {
  const std::vector<StoredArticle> articles = ReadArticles();
  ASSERT_GE(articles.size(), 2u);
  Document first = articles[0].doc;
  Document copy = first;
  copy.id = "copy";
  copy.url = "https://copy.example/a";
  std::unique_ptr<Store> store = OpenClustering();
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->BeginBatch().ok());
  ASSERT_TRUE(store->Put(first, Analyze(first)).ok());
  ASSERT_TRUE(store->RollbackBatch().ok());
  const std::vector<int64_t> ids = PutEach(*store, {copy, first});
  EXPECT_EQ(StoryOf(ids[0]), ids[0]);
  EXPECT_EQ(StoryOf(ids[1]), ids[0]);
}

TEST(StoryDayNumber, CountsDaysAndRejectsWhatIsNoDate) {
  EXPECT_EQ(StoryDayNumber("1970-01-01"), 0);
  EXPECT_EQ(StoryDayNumber("1970-01-02"), 1);
  EXPECT_EQ(StoryDayNumber("2026-03-01") - StoryDayNumber("2026-02-28"), 1);
  EXPECT_EQ(StoryDayNumber("2024-03-01") - StoryDayNumber("2024-02-28"), 2);
  EXPECT_EQ(StoryDayNumber("1969-12-31"), -1);
  for (const char* bad :
       {"", "2026-02-30", "2026-13-01", "20260301", "2026-3-1", "yesterday"}) {
    EXPECT_EQ(StoryDayNumber(bad), kUndatedStoryDay) << bad;
  }
}

TOCSIN_INSTANTIATE_BACKENDS(StoryStoreTest);

}  // namespace
}  // namespace tocsin
