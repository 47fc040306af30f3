// The geocoder through the whole pipeline, on sentences we write: traps of
// the issue (Paris, Georgia, Lyman, Washington, Donetsk), cues, hierarchy,
// event locations; the cue file parser; and the example article of
// ../shared/corpus when present.
#include "geo/geocoder.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>

#include "events/event_json.h"
#include "geo/geo_cues.h"
#include "geo/place_json.h"
#include "util/files.h"

namespace tocsin {
namespace {

const Pipeline& SharedPipeline() {
  static const Pipeline* pipeline = [] {
    auto p = Pipeline::Create(PipelineOptions());
    EXPECT_TRUE(p.ok()) << p.status().ToString();
    return p.ok() ? p->release() : nullptr;
  }();
  return *pipeline;
}

// What the mention `text` (the first place overlapping it) resolved to, as
// "country:XX", "adm1:XX-YY", a geonameid, or "none".
std::string Resolve(const std::string& sentence, const std::string& lang,
                    const std::string& text) {
  Document doc;
  doc.id = "t";
  doc.text = sentence;
  doc.language = lang;
  doc.published = "2022-10-03";
  DocumentAnalysis a;
  SharedPipeline().Process(doc, &a);
  const size_t at = sentence.find(text);
  if (at == std::string::npos) return "bad test";
  for (const PlaceMention& p : a.places) {
    if (p.begin < at + text.size() && at < p.end) {
      if (p.level == PlaceLevel::kCountry) return "country:" + p.country;
      if (p.level == PlaceLevel::kAdmin1) return "adm1:" + p.adm1;
      return std::to_string(p.geonameid);
    }
  }
  return "none";
}

TEST(Geocoder, Traps) {
  struct Case {
    const char* lang;
    const char* sentence;
    const char* mention;
    const char* want;
  } cases[] = {
      {"en", "Russian soldiers pulled out of Lyman on Saturday.", "Lyman",
       "704204"},
      {"en", "A warehouse burned in Lyman, South Carolina, overnight.", "Lyman",
       "4585988"},
      {"en", "The storm knocked out power in Paris, Texas, on Sunday.", "Paris",
       "4717560"},
      {"en", "Thousands marched in Paris against the pension reform.", "Paris",
       "2988507"},
      {"en", "Washington said it would send more air defence systems.",
       "Washington", "none"},
      {"en", "Protesters gathered outside the embassy in Washington.",
       "Washington", "4140963"},
      {"en", "Shelling intensified across the Donetsk region overnight.",
       "Donetsk", "adm1:UA-14"},
      {"en", "A missile hit a market in Donetsk, killing five people.",
       "Donetsk", "709717"},
      {"fr", "Des frappes ont visé la région de Donetsk dans la nuit.",
       "Donetsk", "adm1:UA-14"},
      {"fr", "Les troupes russes se sont retirées de Lyman samedi.", "Lyman",
       "704204"},
      {"fr", "Des combats ont eu lieu près d'Odessa et à Marioupol.", "Odessa",
       "698740"},
      {"fr", "Des combats ont eu lieu près d'Odessa et à Marioupol.",
       "Marioupol", "701822"},
      {"fr", "Les élections se sont tenues dans toute la Géorgie.", "Géorgie",
       "country:GE"},
      {"en", "Voters in Atlanta, Georgia, waited for hours.", "Georgia",
       "adm1:US-GA"},
      {"en", "Aid convoys crossed into Chad from Sudan.", "Chad", "country:TD"},
      {"en", "Chad Smith, a local farmer, lost his barn.", "Chad", "none"},
      {"fr", "Les rebelles avancent dans l'est de la RDC.", "RDC",
       "country:CD"},
      {"en", "Explosions were reported in Kyiv and Kharkiv on Monday.",
       "Kharkiv", "706483"},
      {"en", "Explosions were reported in Kyiv and Kharkiv on Monday.", "Kyiv",
       "703448"},
      {"en", "On May 3 the talks resumed.", "May", "none"},
      {"en", "The offensive began in August near Kupiansk.", "August", "none"},
      {"fr", "L'offensive a commencé en août près de Koupiansk.", "août",
       "none"},
      // A demonym the actor dictionary codes as a state is no town that
      // GeoNames also lists under it.
      {"en", "Refugees waited near the Thai border for days.", "Thai", "none"},
      // A region whose name is too short to stand alone, with its type.
      {"en", "Gunmen raided two villages in Imo State overnight.", "Imo State",
       "adm1:NG-IM"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Resolve(c.sentence, c.lang, c.mention), c.want)
        << c.sentence << " [" << c.mention << "]";
  }
}

TEST(Geocoder, EventLocationAndReason) {
  Document doc;
  doc.id = "t";
  doc.text =
      "Russian troops withdrew from Lyman, in Donetsk oblast, on Saturday.";
  doc.language = "en";
  DocumentAnalysis a;
  SharedPipeline().Process(doc, &a);
  ASSERT_FALSE(a.places.empty());
  const PlaceMention& lyman = a.places[0];
  EXPECT_EQ(lyman.geonameid, 704204u);
  EXPECT_NE(lyman.reason.find("admin hierarchy"), std::string::npos)
      << lyman.reason;
  EXPECT_GT(lyman.confidence, 0.5);
  ASSERT_FALSE(a.events.empty());
  const Event& e = a.events[0];
  ASSERT_TRUE(e.location.present());
  EXPECT_EQ(e.location.basis, LocationBasis::kAttached);
  EXPECT_EQ(a.places[e.location.place].geonameid, 704204u);
  std::string json;
  AppendEventJson(doc, a, e, &json);
  EXPECT_NE(json.find("\"location\":{\"name\":\"Lyman\",\"geonameid\":704204"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"basis\":\"attached\""), std::string::npos);
}

TEST(GeoCues, ParseErrorsNameTheLine) {
  struct Case {
    const char* text;
    const char* error;  // "" when it parses
  } cases[] = {
      {"locative in\nlocative near\n", ""},
      {"# comment\n\nregion_after oblast\n", ""},
      {"locative in\nlocative IN\n", ":2: duplicate"},
      {"locatif à\n", ":1: unknown cue kind"},
      {"locative\n", ":1: a cue needs a phrase"},
      {"locative a b c d e\n", ":1: phrase too long"},
      {"alias XYZ Somewhere\n", ":1: alias needs an ISO code"},
      {"alias CD\n", ":1: alias needs"},
      {"alias UA-43 Crimea\n", ""},
  };
  for (const Case& c : cases) {
    auto cues = GeoCues::Parse(c.text, "cues.txt");
    if (*c.error == '\0') {
      EXPECT_TRUE(cues.ok()) << c.text << cues.status().ToString();
    } else {
      ASSERT_FALSE(cues.ok()) << c.text;
      EXPECT_NE(cues.status().message().find(c.error), std::string::npos)
          << cues.status().message();
    }
  }
  auto cues = GeoCues::Parse("locative près d'\nlocative north of\n", "x");
  ASSERT_TRUE(cues.ok());
  EXPECT_EQ(cues->max_tokens(), 2);
  EXPECT_EQ(CueTokens("près d'"), (std::vector<std::string>{"près", "d'"}));
  EXPECT_EQ(CueTokens("jusqu\xE2\x80\x99\xC3\xA0"),
            (std::vector<std::string>{"jusqu'", "\xC3\xA0"}));
}

// Issue 5, check 3: the example article.
TEST(Geocoder, ExampleArticle) {
  const std::filesystem::path dir =
      std::filesystem::path(TOCSIN_SHARED_DIR) / "corpus";
  std::filesystem::path article;
  if (std::filesystem::exists(dir)) {
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      if (entry.path().extension() == ".txt") article = entry.path();
    }
  }
  if (article.empty()) {
    GTEST_SKIP() << "skipped: no example article under " << dir
                 << " (../shared absent)";
  }
  auto text = ReadFileToString(article.string());
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  Document doc;
  doc.id = article.filename().string();
  doc.text = *text;
  doc.language = "fr";
  doc.published = "2022-10-03";
  DocumentAnalysis a;
  SharedPipeline().Process(doc, &a);
  bool lyman = false, donetsk = false, retreat_at_lyman = false;
  std::string out;
  for (const PlaceMention& p : a.places) {
    AppendPlaceMentionJson(doc, a, p, &out);
    lyman |= p.name == "Lyman" && p.geonameid == 704204;
    const std::string text = doc.text.substr(p.begin, p.end - p.begin);
    if (text.find("Donetsk") != std::string::npos) {
      donetsk |= (p.adm1 == "UA-14" && p.level == PlaceLevel::kAdmin1) ||
                 p.geonameid == 709717;
      EXPECT_FALSE(p.reason.empty());
    }
  }
  for (const Event& e : a.events) {
    AppendEventJson(doc, a, e, &out);
    if (e.cameo.rfind("087", 0) == 0 && e.location.present() &&
        a.places[e.location.place].geonameid == 704204) {
      retreat_at_lyman = true;
    }
  }
  std::cout << out;
  EXPECT_TRUE(lyman) << "Lyman should resolve to 704204";
  EXPECT_TRUE(donetsk) << "Donetsk should be the oblast (UA-14) or the city";
  EXPECT_TRUE(retreat_at_lyman) << "the retreat should be located at Lyman";
}

}  // namespace
}  // namespace tocsin
