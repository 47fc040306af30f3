// Query input: malformed filter values are refused with a message naming
// the flag and the shape expected; hostile values reach SQL only as bound
// parameters (the database is unchanged, the query fails cleanly or finds
// nothing), and full-text operators are searched as words, never obeyed.
#include <gtest/gtest.h>

#include "store/export.h"
#include "store/postgres/pg_query.h"
#include "store/sqlite/sqlite_query.h"
#include "store/store_backend_test_util.h"
#include "tocsin/query.h"

namespace tocsin {
namespace {

using store_test::Analyze;
using store_test::FixtureDocuments;

TEST(QueryInputTest, MalformedValuesNameTheFlagAndTheShape) {
  struct Case {
    std::string flag, value, message_part;
  };
  const Case cases[] = {
      {"--since", "2026-13-01", "--since '2026-13-01': expected a date"},
      {"--since", "2026-02-30", "expected a date YYYY-MM-DD"},
      {"--until", "2025-02-29", "expected a date"},  // not a leap year
      {"--until", "07/03/2026", "expected a date"},
      {"--since", "yesterday", "expected a date"},
      {"--actor", "RUS GOV", "--actor 'RUS GOV': expected a CAMEO actor"},
      {"--actor", "RUS%", "expected a CAMEO actor code"},
      {"--dyad", "RUS", "--dyad 'RUS': expected SOURCE,TARGET"},
      {"--dyad", "RUS,", "expected SOURCE,TARGET"},
      {"--code", "19a", "--code '19a': expected a CAMEO event code"},
      {"--code", "1", "2 to 4 digits"},
      {"--code", "12345", "2 to 4 digits"},
      {"--root", "21", "--root '21': expected a CAMEO root: 01 to 20"},
      {"--root", "00", "01 to 20"},
      {"--root", "1", "01 to 20"},
      {"--quad", "7", "--quad '7': expected a quad class 1, 2, 3 or 4"},
      {"--quad", "0", "quad class"},
      {"--quad", "two", "quad class"},
      {"--country", "Ukraine", "--country 'UKRAINE': expected an ISO 3166-1"},
      {"--country", "U1", "alpha-2 or alpha-3"},
      {"--adm1", "UA14", "--adm1 'UA14': expected an ISO 3166-2"},
      {"--adm1", "U-14", "ISO 3166-2"},
      {"--near", "91,0,10", "--near '91,0,10': expected LAT,LON,KM"},
      {"--near", "0,181,10", "longitude -180..180"},
      {"--near", "0,0,-5", "radius >= 0 km"},
      {"--near", "48.8,2.3", "expected LAT,LON,KM"},
      {"--near", "48.8,2.3,ten", "expected LAT,LON,KM"},
      {"--near", "nan,2.3,10", "expected LAT,LON,KM"},
      {"--theme", "WMD-NUCLEAR", "--theme 'WMD-NUCLEAR': expected a theme"},
      {"--speaker", std::string("Mac\0ron", 7), "--speaker 'Mac?ron'"},
      {"--text", "line\nbreak", "--text 'line?break': expected words"},
      {"--text", "   ", "--text '   ': expected a value"},
      {"--bogus", "x", "unknown query flag --bogus"},
  };
  for (const Case& c : cases) {
    EventQuery q;
    const Status s = SetEventQueryFlag(c.flag, c.value, &q);
    ASSERT_FALSE(s.ok()) << c.flag << " " << c.value;
    EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
    EXPECT_NE(s.message().find(c.message_part), std::string::npos)
        << s.ToString();
  }
  EventQuery q;
  ASSERT_TRUE(SetEventQueryFlag("--since", "2026-04-10", &q).ok());
  const Status s = SetEventQueryFlag("--until", "2026-04-01", &q);
  EXPECT_NE(s.message().find("--since 2026-04-10 is after --until 2026-04-01"),
            std::string::npos)
      << s.ToString();
  EXPECT_FALSE(ParseEventOrder("newest").ok());
}

TEST(QueryInputTest, WellFormedValuesAreNormalised) {
  EventQuery q;
  ASSERT_TRUE(SetEventQueryFlag("--actor", " rusgov ", &q).ok());
  ASSERT_TRUE(SetEventQueryFlag("--dyad", "rus, ukr", &q).ok());
  ASSERT_TRUE(SetEventQueryFlag("--country", "ua", &q).ok());
  ASSERT_TRUE(SetEventQueryFlag("--adm1", "fr-idf", &q).ok());
  ASSERT_TRUE(SetEventQueryFlag("--near", "-33.9,151.2,0", &q).ok());
  ASSERT_TRUE(SetEventQueryFlag("--root", "09", &q).ok());
  EXPECT_EQ(q.actor, "RUSGOV");
  EXPECT_EQ(q.dyad_source + "," + q.dyad_target, "RUS,UKR");
  EXPECT_EQ(q.country, "UA");
  EXPECT_EQ(q.adm1, "FR-IDF");
  ASSERT_TRUE(q.near.has_value());
  EXPECT_DOUBLE_EQ(q.near->lat, -33.9);
}

TEST(QueryInputTest, FullTextOperatorsAreSearchedAsWords) {
  const SqliteDialect dialect;
  struct Case {
    std::string words, value;
  };
  const Case cases[] = {
      {"uranium", "\"uranium\""},
      {"NEAR(a b)", "\"NEAR(a\" \"b)\""},
      {"say \"no\"", "\"say\" \"\"\"no\"\"\""},
      {"diplom* OR x", "\"diplom\"* \"OR\" \"x\""},
      {"title:kharkiv ^a", "\"title:kharkiv\" \"^a\""},
  };
  for (const Case& c : cases) {
    StatusOr<std::string> v = dialect.FullTextValue(c.words);
    ASSERT_TRUE(v.ok()) << c.words;
    EXPECT_EQ(*v, c.value);
  }
  for (const char* nothing : {"\"", "*", "( ) -", "\"\"*"}) {
    EXPECT_EQ(dialect.FullTextValue(nothing).status().code(),
              StatusCode::kInvalidArgument)
        << nothing;
  }
}

// PostgreSQL's tsquery: only runs of letters and digits survive, as
// phrases; & | ! <-> : * ( ) ' and quotes separate words, never operate.
TEST(QueryInputTest, TsqueryOperatorsAreSearchedAsWords) {
  const PgDialect dialect;
  struct Case {
    std::string words, value;
  };
  const Case cases[] = {
      {"uranium", "uranium"},
      {"Bombardée KHARKIV", "bombardee & kharkiv"},
      {"diplom* OR x", "diplom:* & or & x"},
      {"a&b|!c", "(a <-> b <-> c)"},
      {"title:kharkiv", "(title <-> kharkiv)"},
      {"x') <-> ('y':*", "x & y:*"},
      {"l'armée*", "(l <-> armee:*)"},
      {"a\u2003b\u3000«c»", "(a <-> b <-> c)"},  // Unicode spaces split
      {"Kyïv-2026", "(kyiv <-> 2026)"},
      {"\\'", ""},
  };
  for (const Case& c : cases) {
    StatusOr<std::string> v = dialect.FullTextValue(c.words);
    if (c.value.empty()) {
      EXPECT_EQ(v.status().code(), StatusCode::kInvalidArgument) << c.words;
      EXPECT_NE(v.status().message().find("--text"), std::string::npos);
      continue;
    }
    ASSERT_TRUE(v.ok()) << c.words;
    EXPECT_EQ(*v, c.value);
  }
  for (const char* nothing : {"\"", "*", "( ) -", "\"\"*", "& | !", ":*"}) {
    EXPECT_EQ(dialect.FullTextValue(nothing).status().code(),
              StatusCode::kInvalidArgument)
        << nothing;
  }
}

using HostileQueryTest = store_test::BackendTest;

TEST_P(HostileQueryTest, HostileValuesChangeNothingAndFindNothing) {
  std::unique_ptr<Store> store;
  {
    StoreOptions options;
    options.keep_text = true;
    store = location().OpenOrDie(options);
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->BeginBatch().ok());
    for (const Document& doc : FixtureDocuments()) {
      ASSERT_TRUE(store->Put(doc, Analyze(doc)).ok());
    }
    ASSERT_TRUE(store->CommitBatch().ok());
  }
  const auto before = location().Digest();
  size_t total = 0;
  ASSERT_TRUE(store
                  ->QueryEvents({},
                                [&](const ExportEvent&) {
                                  ++total;
                                  return Status::OK();
                                })
                  .ok());
  ASSERT_GT(total, 0u);
  const std::string hostile[] = {
      "'; DROP TABLE documents; --",
      "\" OR 1=1 --",
      "x') OR ('1'='1",
      "Robert'); DELETE FROM event_mentions; --",
      std::string("nul\0byte", 8),
      "NEAR(",
      "\"",
      "*",
      "a\" OR \"b",
      "title:* OR body:*",
      "%",
      "_",
      "\\",
      "RUS' OR '1'='1",
      "a\u2003b",  // a tsquery syntax error if it reached the server
      "x:* | !y & (z <-> w)",
  };
  const char* flags[] = {"--actor", "--dyad",    "--country", "--adm1",
                         "--theme", "--speaker", "--text",    "--since",
                         "--code",  "--root"};
  for (const char* flag : flags) {
    for (const std::string& h : hostile) {
      EventQuery q;
      // Programmatic queries bypass SetEventQueryFlag: the store checks too.
      const Status set = SetEventQueryFlag(flag, h, &q);
      EventQuery raw;
      if (std::string(flag) == "--speaker") raw.speaker = h;
      if (std::string(flag) == "--text") raw.text = h;
      if (std::string(flag) == "--actor") raw.actor = h;
      const bool has_raw =
          !raw.speaker.empty() || !raw.text.empty() || !raw.actor.empty();
      for (const EventQuery* query : {&q, &raw}) {
        if (query == &raw && !has_raw) continue;
        if (query == &q && !set.ok()) {
          EXPECT_EQ(set.code(), StatusCode::kInvalidArgument);
          continue;
        }
        size_t rows = 0;
        const Status s = store->QueryEvents(*query, [&](const ExportEvent&) {
          ++rows;
          return Status::OK();
        });
        if (s.ok()) {
          // A filter may admit a hostile value (a speaker name, words):
          // only as a value, so it selects nothing here.
          EXPECT_EQ(rows, 0u) << flag << " " << h;
        } else {
          EXPECT_EQ(s.code(), StatusCode::kInvalidArgument)
              << flag << " " << h << ": " << s.ToString();
        }
      }
    }
  }
  store.reset();
  EXPECT_EQ(location().Digest(), before);
}

TOCSIN_INSTANTIATE_BACKENDS(HostileQueryTest);

}  // namespace
}  // namespace tocsin
