// Document keys, content hashes, outlets, days and event keys: the values
// idempotence and aggregation rest on.
#include "store/identity.h"

#include <gtest/gtest.h>

#include "store/hash.h"

namespace tocsin {
namespace {

Document Doc() {
  Document d;
  d.id = "wire-1";
  d.url = "https://www.Example.org:8443/a/b?c=1";
  d.source = "/data/wire.jsonl:12";
  d.published = "2026-03-07T10:00:00Z";
  d.language = "en";
  d.title = "Title";
  d.text = "Body text.";
  d.encoding = "UTF-8";
  return d;
}

TEST(IdentityTest, KeyIsTheUrlElseTheId) {
  Document d = Doc();
  EXPECT_EQ(IdentifyDocument(d).key, d.url);
  d.url.clear();
  EXPECT_EQ(IdentifyDocument(d).key, "wire-1");
}

TEST(IdentityTest, HashFollowsWhatThePipelineReads) {
  const std::string base = IdentifyDocument(Doc()).content_hash;
  EXPECT_EQ(base.size(), 64u);
  struct Case {
    const char* what;
    void (*change)(Document*);
    bool changes_hash;
  };
  const Case cases[] = {
      {"text", [](Document* d) { d->text += " More."; }, true},
      {"title", [](Document* d) { d->title = "Other"; }, true},
      {"date", [](Document* d) { d->published = "2026-03-08"; }, true},
      {"language hint", [](Document* d) { d->language = "fr"; }, true},
      // Moving a word between title and text is a different document.
      {"boundary",
       [](Document* d) {
         d->title = "TitleBody";
         d->text = " text.";
       },
       true},
      {"source", [](Document* d) { d->source = "/elsewhere.jsonl:1"; }, false},
      {"encoding", [](Document* d) { d->encoding = "windows-1252"; }, false},
      {"id", [](Document* d) { d->id = "other"; }, false},
  };
  for (const Case& c : cases) {
    Document d = Doc();
    c.change(&d);
    EXPECT_EQ(IdentifyDocument(d).content_hash != base, c.changes_hash)
        << c.what;
  }
}

TEST(IdentityTest, OutletIsTheHostElseTheInput) {
  struct Case {
    std::string url, source, outlet;
  };
  const Case cases[] = {
      {"https://www.Example.org:8443/a/b?c=1", "x", "example.org"},
      {"http://user:pw@news.example.net/x", "x", "news.example.net"},
      {"https://example.fr", "x", "example.fr"},
      {"", "/data/wire.jsonl:12", "/data/wire.jsonl"},
      {"", "feeds/veilleur.atom.xml#3", "feeds/veilleur.atom.xml"},
      {"", "samples/en/a.txt", "samples/en/a.txt"},
      {"", "c:/x:y", "c:/x:y"},  // a suffix that is no line number stays
      {"not a url", "in.jsonl:1", "in.jsonl"},
  };
  for (const Case& c : cases) {
    Document d;
    d.url = c.url;
    d.source = c.source;
    EXPECT_EQ(OutletOf(d), c.outlet) << c.url << " " << c.source;
  }
}

TEST(IdentityTest, DayIsTheDatePrefix) {
  struct Case {
    const char* published;
    const char* day;
  };
  const Case cases[] = {{"2026-03-07", "2026-03-07"},
                        {"2026-03-07T23:59:00+02:00", "2026-03-07"},
                        {"2026-03", ""},
                        {"07/03/2026", ""},
                        {"", ""},
                        {"2026-3-07xxxx", ""}};
  for (const Case& c : cases) {
    EXPECT_EQ(DayOf(c.published), c.day) << c.published;
  }
}

TEST(IdentityTest, LocationKeyNamesTheMostPreciseLevel) {
  PlaceMention p;
  p.country = "UA";
  p.level = PlaceLevel::kCountry;
  EXPECT_EQ(LocationKey(p), "c:UA");
  p.adm1 = "UA-14";
  p.level = PlaceLevel::kAdmin1;
  EXPECT_EQ(LocationKey(p), "a:UA-14");
  p.geonameid = 704204;
  p.level = PlaceLevel::kPopulated;
  EXPECT_EQ(LocationKey(p), "g:704204");
}

TEST(IdentityTest, EventIdIsStablePositiveAndSeparatesFields) {
  const int64_t id = EventId(7, "2026-03-07", "RUSMIL", "UKR", "190", "g:1");
  EXPECT_GT(id, 0);
  EXPECT_EQ(id, EventId(7, "2026-03-07", "RUSMIL", "UKR", "190", "g:1"));
  struct Case {
    int64_t story;
    const char *day, *source, *target, *cameo, *location;
  };
  const Case others[] = {
      {8, "2026-03-07", "RUSMIL", "UKR", "190", "g:1"},
      {7, "2026-03-08", "RUSMIL", "UKR", "190", "g:1"},
      {7, "2026-03-07", "RUS", "MILUKR", "190", "g:1"},
      {7, "2026-03-07", "UKR", "RUSMIL", "190", "g:1"},
      {7, "2026-03-07", "RUSMIL", "UKR", "1901", "g:1"},
      {7, "2026-03-07", "RUSMIL", "UKR", "190", ""},
  };
  for (const Case& c : others) {
    EXPECT_NE(id,
              EventId(c.story, c.day, c.source, c.target, c.cameo, c.location))
        << c.story << c.day << c.source << c.target << c.cameo << c.location;
  }
}

TEST(HashTest, KnownSha256) {
  Sha256 sha;
  sha.Update("abc");
  EXPECT_EQ(sha.FinishHex(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

}  // namespace
}  // namespace tocsin
