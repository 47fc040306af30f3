// The `events` view: GDELT's NumMentions, NumSources and NumArticles per
// (story, day, source, target, CAMEO code, location), with stories assigned
// by a test picker (the clusterer's seam), on every backend.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "store/store_backend_test_util.h"

namespace tocsin {
namespace {

using store_test::Analyze;
using store_test::MakeDoc;
using store_test::MapStoryPicker;
using store_test::TestLocation;

struct EventSpec {
  std::string source, target, cameo;
  uint32_t geonameid = 0;  // 0: no location
  bool negated = false;
};

// A document whose analysis holds exactly `events`, each at a place of
// its own geonameid.
std::pair<Document, DocumentAnalysis> Coded(
    const std::string& id, const std::string& url, const std::string& day,
    const std::vector<EventSpec>& events) {
  Document doc = MakeDoc(id, url, day, "en", "t", "Aaaa bbbb cccc dddd.");
  DocumentAnalysis a;
  a.text.language = "en";
  a.text.paragraphs.push_back({0, 20, "en"});
  a.text.sentences.push_back({0, 20, 0, 0, 0});
  for (const EventSpec& s : events) {
    Event e;
    e.cameo = s.cameo;
    e.quad_class = 4;
    e.negated = s.negated;
    e.source = {0, false, s.source, 0, 4};
    e.target = {1, false, s.target, 5, 9};
    e.trigger_begin = 10;
    e.trigger_end = 14;
    if (s.geonameid != 0) {
      PlaceMention p;
      p.geonameid = s.geonameid;
      p.name = "P" + std::to_string(s.geonameid);
      p.country = "UA";
      e.location.place = static_cast<int32_t>(a.places.size());
      e.location.basis = LocationBasis::kSentence;
      a.places.push_back(p);
    }
    a.events.push_back(e);
  }
  return {doc, a};
}

using Row = std::tuple<int64_t, std::string, std::string, std::string,
                       std::string, int64_t, int64_t, int64_t>;

std::vector<Row> EventRows(TestLocation& db) {
  std::vector<Row> rows;
  for (const SqlRow& r :
       db.Rows("SELECT story_id, coalesce(day, ''), source_code, target_code, "
               "cameo, num_mentions, num_sources, num_articles FROM events "
               "ORDER BY story_id, day, source_code, cameo, location_key")) {
    rows.emplace_back(std::get<int64_t>(r[0]), std::string(SqlText(r[1])),
                      std::string(SqlText(r[2])), std::string(SqlText(r[3])),
                      std::string(SqlText(r[4])), std::get<int64_t>(r[5]),
                      std::get<int64_t>(r[6]), std::get<int64_t>(r[7]));
  }
  return rows;
}

void PutCoded(Store& store,
              const std::vector<std::pair<Document, DocumentAnalysis>>& docs) {
  ASSERT_TRUE(store.BeginBatch().ok());
  for (const auto& [doc, analysis] : docs) {
    ASSERT_TRUE(store.Put(doc, analysis).ok()) << doc.id;
  }
  ASSERT_TRUE(store.CommitBatch().ok());
}

using AggregateTest = store_test::BackendTest;

TEST_P(AggregateTest, CountsMentionsSourcesAndArticlesPerStory) {
  const EventSpec shell{"RUSMIL", "UKR", "190", 706483};
  // a, b, c, e, f are one story (a's, id 1); d starts its own.
  auto picker = std::make_unique<MapStoryPicker>(
      std::map<std::string, int64_t>{{"b", 1}, {"c", 1}, {"e", 1}, {"f", 1}});
  StatusOr<std::unique_ptr<Store>> store =
      location().Open({}, std::move(picker));
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  const EventSpec denied{"UKR", "RUS", "111", 0, /*negated=*/true};
  const EventSpec elsewhere{"RUSMIL", "UKR", "190", 703448};
  PutCoded(**store,
           {Coded("a", "https://a.example.org/1", "2026-03-07",
                  {shell, shell, denied}),
            Coded("b", "https://b.example.net/1", "2026-03-07", {shell}),
            Coded("c", "https://www.a.example.org/2", "2026-03-07", {shell}),
            Coded("d", "https://d.example.com/1", "2026-03-07", {shell}),
            Coded("e", "https://e.example.com/1", "2026-03-08", {shell}),
            Coded("f", "https://f.example.com/1", "2026-03-07", {elsewhere})});
  const std::vector<Row> expected = {
      // Two mentions in a, one each in b and c; a and c share an outlet.
      // The negated 111 is left out.
      {1, "2026-03-07", "RUSMIL", "UKR", "190", 4, 2, 3},
      // The same dyad and code at another place is another event.
      {1, "2026-03-07", "RUSMIL", "UKR", "190", 1, 1, 1},
      // Another day, another event.
      {1, "2026-03-08", "RUSMIL", "UKR", "190", 1, 1, 1},
      // Another story, another event.
      {4, "2026-03-07", "RUSMIL", "UKR", "190", 1, 1, 1},
  };
  std::vector<Row> rows = EventRows(location());
  std::sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) {
    return std::tie(std::get<0>(x), std::get<1>(x), std::get<5>(y)) <
           std::tie(std::get<0>(y), std::get<1>(y), std::get<5>(x));
  });
  EXPECT_EQ(rows, expected);
}

TEST_P(AggregateTest, SameEventInTwoArticlesOfAStoryCountsTwice) {
  // Syndicated copies: the same wire text under two outlets' URLs, put in
  // one story, code the same events; each aggregated event counts both.
  const std::string text =
      "Russian forces shelled Kharkiv on Tuesday. The French foreign minister "
      "condemned the attack. Ukraine urged its allies to send more air "
      "defence systems.";
  const Document a = MakeDoc("wire", "https://wire.example.org/x", "2026-03-10",
                             "en", "Kharkiv shelled", text);
  const Document b = MakeDoc("copy", "https://daily.example.net/y",
                             "2026-03-10", "en", "Kharkiv shelled", text);
  const DocumentAnalysis analysis = Analyze(a);
  uint64_t coded = 0;
  for (const Event& e : analysis.events) coded += !e.negated;
  ASSERT_GT(coded, 0u);
  auto picker = std::make_unique<MapStoryPicker>(
      std::map<std::string, int64_t>{{"copy", 1}});
  StatusOr<std::unique_ptr<Store>> store =
      location().Open({}, std::move(picker));
  ASSERT_TRUE(store.ok());
  PutCoded(**store, {{a, analysis}, {b, Analyze(b)}});
  int64_t mentions = 0;
  for (const Row& row : EventRows(location())) {
    EXPECT_EQ(std::get<0>(row), 1);
    EXPECT_EQ(std::get<7>(row), 2) << "NumArticles";
    EXPECT_EQ(std::get<6>(row), 2) << "NumSources";
    mentions += std::get<5>(row);
  }
  EXPECT_EQ(mentions, static_cast<int64_t>(2 * coded));
}

TEST_P(AggregateTest, EventIdsAreTheSameOnEveryRun) {
  // The test's own store, then a second fresh one of the same backend.
  TestLocation second(GetParam());
  ASSERT_EQ(second.error(), "");
  std::vector<std::vector<int64_t>> ids;
  for (TestLocation* where : {&location(), &second}) {
    {
      auto store = where->OpenOrDie();
      ASSERT_NE(store, nullptr);
      ASSERT_TRUE(store->BeginBatch().ok());
      for (const Document& doc : store_test::FixtureDocuments()) {
        ASSERT_TRUE(store->Put(doc, Analyze(doc)).ok());
      }
      ASSERT_TRUE(store->CommitBatch().ok());
    }
    ids.emplace_back();
    for (const SqlRow& r :
         where->Rows("SELECT event_id FROM events ORDER BY event_id")) {
      ids.back().push_back(std::get<int64_t>(r[0]));
    }
  }
  ASSERT_FALSE(ids[0].empty());
  EXPECT_EQ(ids[0], ids[1]);
  // One positive id per aggregated event.
  EXPECT_EQ(std::set<int64_t>(ids[0].begin(), ids[0].end()).size(),
            ids[0].size());
  EXPECT_GT(ids[0].front(), 0);
}

TOCSIN_INSTANTIATE_BACKENDS(AggregateTest);

}  // namespace
}  // namespace tocsin
