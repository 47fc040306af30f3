// Shared by the store tests: a pipeline loaded once per test binary, a
// private temporary folder, fixture documents we wrote, and whole-database
// fingerprints.
#ifndef TOCSIN_STORE_STORE_TEST_UTIL_H_
#define TOCSIN_STORE_STORE_TEST_UTIL_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "store/schema.h"
#include "store/sqlite/sqlite_db.h"
#include "store/sqlite/sqlite_digest.h"
#include "store/story_picker.h"
#include "tocsin/pipeline.h"
#include "tocsin/store.h"

namespace tocsin::store_test {

namespace fs = std::filesystem;

// Loads the default pipeline once; nullptr (after a test failure) when the
// compiled data is missing.
inline const Pipeline* SharedPipeline() {
  static const Pipeline* pipeline = [] {
    StatusOr<std::unique_ptr<Pipeline>> p = Pipeline::Create({});
    if (!p.ok()) {
      ADD_FAILURE() << p.status().ToString();
      return static_cast<Pipeline*>(nullptr);
    }
    return p->release();
  }();
  return pipeline;
}

inline Document MakeDoc(std::string id, std::string url, std::string date,
                        std::string lang, std::string title, std::string text) {
  Document doc;
  doc.id = std::move(id);
  doc.url = std::move(url);
  doc.published = std::move(date);
  doc.language = std::move(lang);
  doc.title = std::move(title);
  doc.text = std::move(text);
  doc.source = "fixture.jsonl";
  doc.encoding = "UTF-8";
  return doc;
}

// English and French articles we wrote, each with coded events.
inline std::vector<Document> FixtureDocuments() {
  return {
      MakeDoc("wire-en-1", "https://wire.example.org/2026/03/07/lyman",
              "2026-03-07", "en", "Troops pull back from Lyman",
              "Russian troops withdrew from Lyman on Saturday. Ukraine did not "
              "attack Belarus. The French foreign minister met his German "
              "counterpart in Berlin.\n\n\"We will not give up,\" the mayor "
              "of Lyman said."),
      MakeDoc("wire-en-2", "https://gazette.example.net/world/talks",
              "2026-03-08", "en", "Talks in Istanbul",
              "Turkey offered to host talks between Russia and Ukraine in "
              "Istanbul. The Kremlin said it was ready to listen. Russian "
              "forces shelled Kharkiv overnight."),
      MakeDoc("depeche-fr-1", "https://depeches.example.fr/2026/03/07/kharkiv",
              "2026-03-07", "fr", "Kharkiv bombardée",
              "Kharkiv a été bombardée par l'armée russe samedi. La France a "
              "condamné l'attaque. Le ministre allemand a rencontré son "
              "homologue polonais à Varsovie."),
      MakeDoc("depeche-fr-2", "", "2026-03-09", "fr", "Aide à l'Ukraine",
              "L'Allemagne a promis une aide militaire à l'Ukraine. « Nous "
              "resterons aux côtés de Kiev », a déclaré le chancelier. La "
              "Russie a menacé la Pologne."),
  };
}

// Runs the shared pipeline on `doc`.
inline DocumentAnalysis Analyze(const Document& doc) {
  DocumentAnalysis analysis;
  if (const Pipeline* p = SharedPipeline()) p->Process(doc, &analysis);
  return analysis;
}

// A folder removed with the fixture.
class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() /
            ("tocsin_store_test_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string File(const std::string& name) const {
    return (path_ / name).string();
  }

 private:
  fs::path path_;
};

// Every table's digest; `with_times` keeps the ingestion times in.
inline std::vector<TableDigest> Digest(const std::string& path,
                                       bool with_times = false) {
  std::vector<std::string> skip;
  if (!with_times) skip.emplace_back(kIngestTimeColumn);
  StatusOr<std::vector<TableDigest>> d = DigestSqliteTables(path, skip);
  EXPECT_TRUE(d.ok()) << d.status().ToString();
  return d.ok() ? *d : std::vector<TableDigest>{};
}

inline std::unique_ptr<Store> OpenOrDie(const std::string& target,
                                        StoreOptions options = {}) {
  StatusOr<std::unique_ptr<Store>> store = Store::Open(target, options);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  return store.ok() ? std::move(*store) : nullptr;
}

// The next result row of `q`; false at the end or on an error (a failure).
inline bool NextRow(SqliteStatement& q) {
  StatusOr<bool> row = q.Step();
  EXPECT_TRUE(row.ok()) << row.status().ToString();
  return row.ok() && *row;
}

// The integer `sql` returns from `db`; -1 (and a failure) on an error.
inline int64_t QueryInt(SqliteDb& db, const std::string& sql) {
  StatusOr<int64_t> n = db.QueryInt(sql);
  EXPECT_TRUE(n.ok()) << n.status().ToString();
  return n.ok() ? *n : -1;
}

// Puts a document in the story named for its id, 0 meaning a new one.
class MapStoryPicker : public StoryPicker {
 public:
  explicit MapStoryPicker(std::map<std::string, int64_t> stories)
      : stories_(std::move(stories)) {}
  StatusOr<int64_t> Pick(const StoryRequest& c) override {
    auto it = stories_.find(c.doc->id);
    return it == stories_.end() ? 0 : it->second;
  }

 private:
  Status Remember(int64_t, int64_t) override { return Status::OK(); }
  std::map<std::string, int64_t> stories_;
};

// The story fixtures: articles we wrote and the stories they should form.
inline const std::string kStoryFixtureDir =
    std::string(TOCSIN_SOURCE_DIR) + "/src/store/testdata/stories/";

// One row of the story fixtures' expected.tsv, with the article's text.
struct StoryFixture {
  std::string file, language, story, text;
};

// Every row of expected.tsv (a failure when a file cannot be read).
inline std::vector<StoryFixture> ReadStoryFixtures() {
  std::vector<StoryFixture> fixtures;
  std::ifstream tsv(kStoryFixtureDir + "expected.tsv");
  EXPECT_TRUE(tsv) << kStoryFixtureDir << "expected.tsv";
  std::string line;
  while (std::getline(tsv, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    StoryFixture f;
    EXPECT_TRUE(std::getline(fields, f.file, '\t') &&
                std::getline(fields, f.language, '\t') &&
                std::getline(fields, f.story))
        << line;
    std::ifstream in(kStoryFixtureDir + f.file);
    EXPECT_TRUE(in) << f.file;
    f.text.assign(std::istreambuf_iterator<char>(in), {});
    fixtures.push_back(std::move(f));
  }
  return fixtures;
}

}  // namespace tocsin::store_test

#endif  // TOCSIN_STORE_STORE_TEST_UTIL_H_
