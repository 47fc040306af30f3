// `tocsin events`' store query on articles we wrote (English and French),
// ingested through the real pipeline: every filter selects exactly the
// events its definition admits (checked against the unfiltered result and
// the pipeline's own analyses), and the rows carry the fields the export
// formats promise; on every backend, with the same results.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "store/event_query_sql.h"
#include "store/export.h"
#include "store/store_backend_test_util.h"
#include "util/great_circle.h"

namespace tocsin {
namespace {

using store_test::Analyze;
using store_test::Backend;
using store_test::MakeDoc;
using store_test::MapStoryPicker;
using store_test::TestLocation;

// en-1 and its syndicated copy en-2 form one story (document 1's).
std::vector<ExportEvent> QueryAll(Store& store, const EventQuery& q) {
  std::vector<ExportEvent> out;
  Status s = store.QueryEvents(q, [&](const ExportEvent& e) {
    out.push_back(e);
    return Status::OK();
  });
  EXPECT_TRUE(s.ok()) << s.ToString();
  return out;
}

std::vector<Document> QueryFixture() {
  const std::string kharkiv =
      "Russian forces shelled Kharkiv on Tuesday. The Ukrainian president "
      "condemned the attack.\n\n\"We will rebuild every house,\" the mayor "
      "of Kharkiv said.";
  return {
      MakeDoc("en-1", "https://wire.example.org/2026/04/07/kharkiv",
              "2026-04-07", "en", "Shelling in Kharkiv", kharkiv),
      MakeDoc("en-2", "https://daily.example.net/world/kharkiv-shelling",
              "2026-04-07", "en", "Kharkiv shelled again", kharkiv),
      MakeDoc("en-3", "https://news.example.com/iran-talks", "2026-04-09", "en",
              "Nuclear talks stall in Vienna",
              "Iran threatened to enrich more uranium. The United States "
              "accused Iran of hiding a nuclear weapons programme. "
              "\"Diplomacy is the only way forward,\" said Antonio "
              "Guterres."),
      MakeDoc("fr-1", "https://depeches.example.fr/2026/04/08/varsovie",
              "2026-04-08", "fr", "Rencontre à Varsovie",
              "Le ministre allemand a rencontré son homologue polonais à "
              "Varsovie. La Pologne a condamné les frappes russes. « Nous "
              "ne céderons pas », a déclaré Emmanuel Macron."),
      MakeDoc("fr-2", "https://journal.example.fr/menaces", "2026-04-10", "fr",
              "Menace nucléaire",
              "La Russie a menacé la France d'une frappe nucléaire. Kharkiv "
              "a été bombardée par l'armée russe. La France a expulsé deux "
              "diplomates russes."),
  };
}

bool StartsWith(const std::string& s, std::string_view p) {
  return s.compare(0, p.size(), p) == 0;
}

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// Stores the fixture (en-1 and en-2 in one story) at `where`.
std::unique_ptr<Store> StoreFixture(
    TestLocation& where, const std::vector<Document>& docs,
    std::map<std::string, DocumentAnalysis>* analyses) {
  StoreOptions options;
  options.keep_text = true;
  StatusOr<std::unique_ptr<Store>> store =
      where.Open(options, std::make_unique<MapStoryPicker>(
                              std::map<std::string, int64_t>{{"en-2", 1}}));
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  if (!store.ok()) return nullptr;
  EXPECT_TRUE((*store)->BeginBatch().ok());
  for (const Document& doc : docs) {
    (*analyses)[doc.id] = Analyze(doc);
    StatusOr<PutResult> put = (*store)->Put(doc, (*analyses)[doc.id]);
    EXPECT_TRUE(put.ok()) << put.status().ToString();
  }
  EXPECT_TRUE((*store)->CommitBatch().ok());
  return std::move(*store);
}

class EventQueryTest : public store_test::BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    docs_ = QueryFixture();
    store_ = StoreFixture(location(), docs_, &analyses_);
    ASSERT_NE(store_, nullptr);
    EventQuery all;
    all.with_documents = true;
    all_ = Events(all);
    ASSERT_GT(all_.size(), 4u) << "the fixture should code events";
  }
  void TearDown() override {
    store_.reset();
    BackendTest::TearDown();
  }

  std::vector<ExportEvent> Events(EventQuery q) {
    q.with_documents = true;
    return QueryAll(*store_, q);
  }

  // Fixture ids of the documents whose analysis or text satisfies `pred`.
  std::set<std::string> DocsWhere(
      const std::function<bool(const Document&, const DocumentAnalysis&)>&
          pred) {
    std::set<std::string> ids;
    for (const Document& d : docs_) {
      if (pred(d, analyses_[d.id])) ids.insert(d.id);
    }
    return ids;
  }

  static bool Mentioned(const ExportEvent& e,
                        const std::set<std::string>& ids) {
    return std::any_of(e.doc_ids.begin(), e.doc_ids.end(),
                       [&](const std::string& d) { return ids.count(d) > 0; });
  }

  std::vector<Document> docs_;
  std::map<std::string, DocumentAnalysis> analyses_;
  std::unique_ptr<Store> store_;
  std::vector<ExportEvent> all_;
};

std::vector<uint64_t> Ids(const std::vector<ExportEvent>& events) {
  std::vector<uint64_t> ids;
  for (const ExportEvent& e : events) ids.push_back(e.id);
  return ids;
}

TEST_P(EventQueryTest, EveryFilterSelectsWhatItDefines) {
  const auto theme = DocsWhere([](const Document&, const DocumentAnalysis& a) {
    for (const ThemeHit& t : a.knowledge.themes) {
      if (t.theme == "WMD_NUCLEAR") return true;
    }
    return false;
  });
  auto speaker = [this](std::string part) {
    return DocsWhere([part](const Document&, const DocumentAnalysis& a) {
      for (const Quotation& q : a.knowledge.quotations) {
        if (Lower(q.speaker_name).find(part) != std::string::npos) return true;
      }
      return false;
    });
  };
  auto text = [this](std::string word) {
    return DocsWhere([word](const Document& d, const DocumentAnalysis&) {
      return Lower(d.title + " " + d.text).find(word) != std::string::npos;
    });
  };
  const auto guterres = speaker("guterres");
  const auto uranium = text("uranium");
  const auto bombardee = text("bombardée");
  const auto diplom = text("diplom");
  // A dyad the fixture has: the first event with both sides.
  auto dyad = std::find_if(all_.begin(), all_.end(), [](auto& e) {
    return e.source.code.size() >= 3 && e.target.code.size() >= 3;
  });
  ASSERT_NE(dyad, all_.end());
  const std::string src = dyad->source.code.substr(0, 3);
  const std::string tgt = dyad->target.code.substr(0, 3);
  struct Case {
    std::string flag, value;
    std::function<bool(const ExportEvent&)> admits;
  };
  const Case cases[] = {
      {"--since", "2026-04-09", [](auto& e) { return e.day >= "2026-04-09"; }},
      {"--until", "2026-04-08", [](auto& e) { return e.day <= "2026-04-08"; }},
      {"--actor", "rus",
       [](auto& e) {
         return StartsWith(e.source.code, "RUS") ||
                StartsWith(e.target.code, "RUS");
       }},
      {"--dyad", src + "," + tgt,
       [&](auto& e) {
         return StartsWith(e.source.code, src) &&
                StartsWith(e.target.code, tgt);
       }},
      {"--code", "19", [](auto& e) { return StartsWith(e.cameo, "19"); }},
      {"--root", "11", [](auto& e) { return StartsWith(e.cameo, "11"); }},
      {"--quad", "4", [](auto& e) { return e.quad_class == 4; }},
      {"--country", "ua",
       [](auto& e) { return e.place.present && e.place.country == "UA"; }},
      {"--country", "UKR",
       [](auto& e) { return e.place.present && e.place.country3 == "UKR"; }},
      {"--near", "50.0,36.23,60",
       [](auto& e) {
         return e.place.present && e.place.has_coordinates &&
                GreatCircleKm(50.0, 36.23, e.place.lat, e.place.lon) <= 60;
       }},
      {"--theme", "wmd_nuclear", [&](auto& e) { return Mentioned(e, theme); }},
      {"--speaker", "GUTERRES",
       [&](auto& e) { return Mentioned(e, guterres); }},
      {"--text", "uranium", [&](auto& e) { return Mentioned(e, uranium); }},
      {"--text", "bombardee",  // diacritics folded
       [&](auto& e) { return Mentioned(e, bombardee); }},
      {"--text", "diplom*", [&](auto& e) { return Mentioned(e, diplom); }},
  };
  for (const Case& c : cases) {
    EventQuery q;
    ASSERT_TRUE(SetEventQueryFlag(c.flag, c.value, &q).ok())
        << c.flag << " " << c.value;
    std::vector<uint64_t> expected;
    for (const ExportEvent& e : all_) {
      if (c.admits(e)) expected.push_back(e.id);
    }
    EXPECT_EQ(Ids(Events(q)), expected) << c.flag << " " << c.value;
    // The fixture makes each filter discriminate: some events in, some out.
    EXPECT_FALSE(expected.empty()) << c.flag << " " << c.value;
    EXPECT_LT(expected.size(), all_.size()) << c.flag << " " << c.value;
  }
}

TEST_P(EventQueryTest, AdmOneFilterAndCombinedFilters) {
  auto located = std::find_if(all_.begin(), all_.end(), [](auto& e) {
    return e.place.present && !e.place.adm1.empty();
  });
  ASSERT_NE(located, all_.end()) << "no event placed in a subdivision";
  EventQuery q;
  ASSERT_TRUE(SetEventQueryFlag("--adm1", located->place.adm1, &q).ok());
  for (const ExportEvent& e : Events(q)) {
    EXPECT_EQ(e.place.adm1, located->place.adm1);
  }
  EXPECT_FALSE(Events(q).empty());
  // Filters combine with AND.
  ASSERT_TRUE(SetEventQueryFlag("--actor", "RUS", &q).ok());
  ASSERT_TRUE(SetEventQueryFlag("--until", "2026-04-07", &q).ok());
  for (const ExportEvent& e : Events(q)) {
    EXPECT_LE(e.day, "2026-04-07");
    EXPECT_TRUE(StartsWith(e.source.code, "RUS") ||
                StartsWith(e.target.code, "RUS"));
  }
}

TEST_P(EventQueryTest, OrderIsStableAndLimitCuts) {
  for (size_t i = 1; i < all_.size(); ++i) {
    const ExportEvent &a = all_[i - 1], &b = all_[i];
    EXPECT_TRUE(a.day < b.day || (a.day == b.day && a.id < b.id))
        << a.day << " " << a.id << " / " << b.day << " " << b.id;
  }
  EventQuery q;
  q.limit = 3;
  const std::vector<uint64_t> ids = Ids(all_);
  EXPECT_EQ(Ids(Events(q)),
            std::vector<uint64_t>(ids.begin(), ids.begin() + 3));
  q.order = EventOrder::kArticles;
  q.limit = 0;
  const std::vector<ExportEvent> top = Events(q);
  ASSERT_EQ(top.size(), all_.size());
  EXPECT_EQ(top.front().num_articles, 2);  // the syndicated story
  for (size_t i = 1; i < top.size(); ++i) {
    EXPECT_GE(top[i - 1].num_articles, top[i].num_articles);
  }
}

// The syndicated story's shared events: counts, sources, tone, root event,
// first URL, representative sentence, and the document lists.
TEST_P(EventQueryTest, AggregatedFieldsCarryTheRightValues) {
  const double tone1 = analyses_["en-1"].knowledge.tone.tone;
  const double tone2 = analyses_["en-2"].knowledge.tone.tone;
  int shared = 0;
  for (const ExportEvent& e : all_) {
    EXPECT_FALSE(e.date_added.empty());
    EXPECT_FALSE(e.cameo.empty());
    if (e.num_articles != 2) {
      EXPECT_EQ(e.doc_ids.size(), 1u);
      continue;
    }
    ++shared;
    EXPECT_EQ(e.num_sources, 2);
    EXPECT_GE(e.num_mentions, 2);
    EXPECT_EQ(e.doc_ids, (std::vector<std::string>{"en-1", "en-2"}));
    EXPECT_EQ(e.outlets, (std::vector<std::string>{"wire.example.org",
                                                   "daily.example.net"}));
    EXPECT_EQ(e.source_url, "https://wire.example.org/2026/04/07/kharkiv");
    EXPECT_NEAR(e.avg_tone, (tone1 + tone2) / 2, 1e-6);
    EXPECT_EQ(e.language, "en");
    // Kept text: the representative mention's sentence.
    EXPECT_NE(e.sentence.find(docs_[0].text.substr(e.begin, e.end - e.begin)),
              std::string::npos);
    // Both copies open with the shelling: in the lead paragraph.
    if (e.sentence.find("shelled") != std::string::npos) {
      EXPECT_TRUE(e.root_event);
    }
  }
  EXPECT_GT(shared, 0) << "the syndicated copy should share its events";
}

TEST_P(EventQueryTest, MentionsListEveryMentionOfTheSelectedEvents) {
  EventQuery q;
  q.order = EventOrder::kArticles;
  q.limit = 1;
  const std::vector<ExportEvent> top = Events(q);
  ASSERT_EQ(top.size(), 1u);
  std::vector<ExportMention> mentions;
  ASSERT_TRUE(store_
                  ->QueryMentions(q,
                                  [&](const ExportMention& m) {
                                    mentions.push_back(m);
                                    return Status::OK();
                                  })
                  .ok());
  ASSERT_EQ(static_cast<int64_t>(mentions.size()), top[0].num_mentions);
  std::set<std::string> urls;
  for (const ExportMention& m : mentions) {
    EXPECT_EQ(m.event_id, top[0].id);
    EXPECT_EQ(m.event_added, top[0].date_added);
    EXPECT_EQ(m.mention_time, "2026-04-07");
    EXPECT_GE(m.action_offset, 0);
    EXPECT_EQ(m.doc_length, static_cast<int64_t>(docs_[0].text.size()));
    urls.insert(m.url);
  }
  EXPECT_EQ(urls.size(), 2u);
}

// Splits `line` (no trailing newline) on `sep`, honouring CSV quotes.
std::vector<std::string> Fields(const std::string& line, char sep) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (sep == ',' && c == '"') {
      if (quoted && i + 1 < line.size() && line[i + 1] == '"') {
        out.back() += '"';
        ++i;
      } else {
        quoted = !quoted;
      }
    } else if (c == sep && !quoted) {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  return out;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t nl; (nl = text.find('\n', start)) != std::string::npos;
       start = nl + 1) {
    lines.push_back(text.substr(start, nl - start));
  }
  return lines;
}

TEST_P(EventQueryTest, EveryFormatHasItsColumnsAndValues) {
  const ExportEvent* shared = nullptr;
  for (const ExportEvent& e : all_) {
    if (e.num_articles == 2) shared = &e;
  }
  ASSERT_NE(shared, nullptr);
  struct Case {
    ExportFormat format;
    char sep;
    size_t columns;
  };
  const Case cases[] = {{ExportFormat::kGdelt, '\t', kGdeltEventColumns},
                        {ExportFormat::kPhoenix, '\t', kPhoenixColumns},
                        {ExportFormat::kCsv, ',', 24}};
  for (const Case& c : cases) {
    std::string out;
    AppendExportHeader(c.format, &out);
    AppendExportEvent(c.format, *shared, &out);
    const std::vector<std::string> lines = Lines(out);
    ASSERT_FALSE(lines.empty());
    for (const std::string& line : lines) {
      EXPECT_EQ(Fields(line, c.sep).size(), c.columns) << line;
    }
    const std::vector<std::string> f = Fields(lines.back(), c.sep);
    if (c.format == ExportFormat::kGdelt) {
      EXPECT_EQ(f[0], std::to_string(shared->id));
      EXPECT_EQ(f[1], "20260407");
      EXPECT_EQ(f[26], shared->cameo);  // column 27: EventCode
      EXPECT_EQ(f[31], std::to_string(shared->num_mentions));
      EXPECT_EQ(f[32], "2");         // NumSources
      EXPECT_EQ(f[33], "2");         // NumArticles
      EXPECT_EQ(f[59].size(), 14u);  // DATEADDED
      EXPECT_EQ(f[60], "https://wire.example.org/2026/04/07/kharkiv");
    } else if (c.format == ExportFormat::kPhoenix) {
      EXPECT_EQ(f[13], shared->cameo);
      EXPECT_EQ(f[23], "en-1;en-2");
      EXPECT_EQ(f[25], "wire.example.org;daily.example.net");
    } else {
      EXPECT_EQ(f[6], shared->cameo);
      EXPECT_EQ(f[13], "2");  // num_articles
    }
  }
  // JSON formats: one parseable object per event (PLOVER skips 01 and 02).
  std::string jsonl, plover, mentions;
  size_t plover_rows = 0;
  for (const ExportEvent& e : all_) {
    AppendExportEvent(ExportFormat::kJsonl, e, &jsonl);
    plover_rows += AppendExportEvent(ExportFormat::kPlover, e, &plover);
  }
  EXPECT_EQ(Lines(jsonl).size(), all_.size());
  EXPECT_EQ(Lines(plover).size(), plover_rows);
  EXPECT_GT(plover_rows, 0u);
  EXPECT_NE(jsonl.find("\"num_articles\":2"), std::string::npos);
  EventQuery q;
  ASSERT_TRUE(store_
                  ->QueryMentions(q,
                                  [&](const ExportMention& m) {
                                    AppendGdeltMention(m, &mentions);
                                    return Status::OK();
                                  })
                  .ok());
  for (const std::string& line : Lines(mentions)) {
    EXPECT_EQ(Fields(line, '\t').size(),
              static_cast<size_t>(kGdeltMentionColumns));
  }
}

// Every format of the events, then the GDELT mentions, that `q` selects
// from `store`. The ingestion times differ between two stores (each wrote
// its own): they are blanked.
std::string Render(Store& store, EventQuery q) {
  std::string out;
  q.with_documents = true;
  std::vector<ExportEvent> events = QueryAll(store, q);
  for (ExportEvent& e : events) e.date_added.clear();
  for (ExportFormat f :
       {ExportFormat::kTable, ExportFormat::kJsonl, ExportFormat::kCsv,
        ExportFormat::kGdelt, ExportFormat::kPhoenix, ExportFormat::kPlover}) {
    AppendExportHeader(f, &out);
    for (const ExportEvent& e : events) AppendExportEvent(f, e, &out);
  }
  const Status s = store.QueryMentions(q, [&](const ExportMention& m) {
    ExportMention copy = m;
    copy.event_added.clear();
    AppendGdeltMention(copy, &out);
    return Status::OK();
  });
  EXPECT_TRUE(s.ok()) << s.ToString();
  return out;
}

// The same data gives the same rows, values and order on every backend:
// compared with a SQLite store of the same fixture (on SQLite, a second
// one: the results do not depend on the file).
TEST_P(EventQueryTest, EveryQueryGivesWhatSqliteGives) {
  TestLocation sqlite(Backend::kSqlite);
  std::map<std::string, DocumentAnalysis> analyses;
  std::unique_ptr<Store> lite = StoreFixture(sqlite, docs_, &analyses);
  ASSERT_NE(lite, nullptr);
  const std::pair<std::string, std::string> flags[] = {
      {"--since", "2026-04-08"},
      {"--until", "2026-04-08"},
      {"--actor", "RUS"},
      {"--code", "19"},
      {"--root", "11"},
      {"--quad", "4"},
      {"--country", "UA"},
      {"--country", "UKR"},
      {"--near", "50.0,36.23,60"},
      {"--theme", "WMD_NUCLEAR"},
      {"--speaker", "guterres"},
      {"--speaker", "MACRON"},
      {"--text", "uranium"},
      {"--text", "bombardee"},
      {"--text", "BOMBARDÉE"},
      {"--text", "diplom*"},
      {"--text", "Kharkiv shelled"},
      {"--text", "nuclear talks"},
      {"--order", "recent"},
      {"--order", "articles"},
      {"--limit", "2"}};
  EXPECT_EQ(Render(*store_, {}), Render(*lite, {}));
  EXPECT_FALSE(Render(*store_, {}).empty());
  for (const auto& [flag, value] : flags) {
    EventQuery q;
    if (flag == "--order") {
      StatusOr<EventOrder> order = ParseEventOrder(value);
      ASSERT_TRUE(order.ok());
      q.order = *order;
    } else if (flag == "--limit") {
      q.limit = std::stoul(value);
    } else {
      ASSERT_TRUE(SetEventQueryFlag(flag, value, &q).ok())
          << flag << " " << value;
    }
    EXPECT_EQ(Render(*store_, q), Render(*lite, q)) << flag << " " << value;
  }
}

// Where the full-text searches differ (docs/store.md): PostgreSQL also
// finds the other forms of a word in the document's language ("talk" finds
// "talks", "frappe" finds "frappes"); SQLite's index finds the word only.
TEST_P(EventQueryTest, PostgresTextSearchFindsTheWordsForms) {
  const auto docs_found = [&](const std::string& words) {
    EventQuery q;
    EXPECT_TRUE(SetEventQueryFlag("--text", words, &q).ok());
    std::set<std::string> ids;
    for (const ExportEvent& e : Events(q)) {
      ids.insert(e.doc_ids.begin(), e.doc_ids.end());
    }
    return ids;
  };
  const bool stems = GetParam() == Backend::kPostgres;
  EXPECT_EQ(docs_found("talk").count("en-3"), stems ? 1u : 0u);
  EXPECT_EQ(docs_found("talks").count("en-3"), 1u);
  EXPECT_EQ(docs_found("frappe").count("fr-1"), stems ? 1u : 0u);
  EXPECT_EQ(docs_found("frappe").count("fr-2"), 1u);
}

TOCSIN_INSTANTIATE_BACKENDS(EventQueryTest);

}  // namespace
}  // namespace tocsin

namespace tocsin {
namespace {

// Documents without a date give events with day "": every format keeps its
// columns (Phoenix's year, month and day fields stay empty).
TEST(EventExportTest, UndatedEventsKeepTheirColumns) {
  ExportEvent e;
  e.id = 7;
  e.cameo = "190";
  e.plover_type = "ASSAULT";
  const std::pair<ExportFormat, size_t> cases[] = {
      {ExportFormat::kGdelt, kGdeltEventColumns},
      {ExportFormat::kPhoenix, kPhoenixColumns}};
  for (const auto& [format, columns] : cases) {
    std::string out;
    ASSERT_TRUE(AppendExportEvent(format, e, &out));
    ASSERT_FALSE(out.empty());
    out.pop_back();  // '\n'
    EXPECT_EQ(Fields(out, '\t').size(), columns) << out;
    EXPECT_EQ(Fields(out, '\t')[1], "");
  }
  for (ExportFormat f : {ExportFormat::kTable, ExportFormat::kJsonl,
                         ExportFormat::kCsv, ExportFormat::kPlover}) {
    std::string out;
    EXPECT_TRUE(AppendExportEvent(f, e, &out));
  }
}

}  // namespace
}  // namespace tocsin
