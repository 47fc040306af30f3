// The watch file format (signals/watch.h): what it accepts, and errors that
// name the line.
#include "signals/watch.h"

#include <gtest/gtest.h>

#include <string>

namespace tocsin {
namespace {

TEST(ParseWatches, ReadsEverySetting) {
  const char* text =
      "# eastern flank\n"
      "\n"
      "[watch baltic]\n"
      "description = Pressure on the Baltic states\n"
      "actors = RUS, BLR\n"
      "dyads = RUSMIL>EST, RUS>*\n"
      "codes = 15, 1385,204\n"
      "themes = MIL_EXERCISE\n"
      "places = EE, LV-01\n"
      "posture_sources = RUS\n"
      "false_alarm_rate = 0.005\n"
      "min_count = 2\n"
      "  [watch kherson.front]  \r\n"
      "places = UA-65\n";
  StatusOr<std::vector<Watch>> watches = ParseWatches(text, "w.conf");
  ASSERT_TRUE(watches.ok()) << watches.status().ToString();
  ASSERT_EQ(watches->size(), 2u);
  const Watch& w = (*watches)[0];
  EXPECT_EQ(w.name, "baltic");
  EXPECT_EQ(w.line, 3);
  EXPECT_EQ(w.description, "Pressure on the Baltic states");
  EXPECT_EQ(w.actors, (std::vector<std::string>{"RUS", "BLR"}));
  EXPECT_EQ(w.dyads, (std::vector<std::string>{"RUSMIL>EST", "RUS>*"}));
  EXPECT_EQ(w.codes, (std::vector<std::string>{"15", "1385", "204"}));
  EXPECT_EQ(w.themes, (std::vector<std::string>{"MIL_EXERCISE"}));
  EXPECT_EQ(w.places, (std::vector<std::string>{"EE", "LV-01"}));
  EXPECT_EQ(w.posture_sources, (std::vector<std::string>{"RUS"}));
  EXPECT_DOUBLE_EQ(w.false_alarm_rate, 0.005);
  EXPECT_DOUBLE_EQ(w.min_count, 2);
  EXPECT_EQ((*watches)[1].name, "kherson.front");
  EXPECT_LT((*watches)[1].false_alarm_rate, 0);  // the report's default
  EXPECT_TRUE(ParseWatches("", "empty")->empty());
  EXPECT_TRUE(ParseWatches("# nothing\n\n", "empty")->empty());
}

TEST(ParseWatches, ErrorsNameTheLine) {
  struct Case {
    const char* text;
    const char* error;  // the message starts with it
  };
  const Case cases[] = {
      {"actors = RUS\n", "f:1: a setting before any [watch NAME] section"},
      {"[watch a]\nactors RUS\n", "f:2: expected 'key = value'"},
      {"[watch a]\ncolour = red\n", "f:2: unknown setting 'colour'"},
      {"[watch a]\nactors = rus\n", "f:2: 'rus' is not a valid actor code"},
      {"[watch a]\nactors = RUS,,UKR\n", "f:2: an empty actor code"},
      {"[watch a]\ncodes = 13a\n", "f:2: '13a' is not a valid CAMEO code"},
      {"[watch a]\ndyads = RUSUKR\n", "f:2: 'RUSUKR' is not a valid dyad"},
      {"[watch a]\nplaces = Ukraine\n", "f:2: 'Ukraine' is not a valid place"},
      {"[watch a]\nthemes = wmd\n", "f:2: 'wmd' is not a valid theme"},
      {"[watch a]\ncodes = 13\nfalse_alarm_rate = 0.9\n",
       "f:3: false_alarm_rate must be in (0, 0.5)"},
      {"[watch a]\ncodes = 13\nfalse_alarm_rate = often\n",
       "f:3: 'often' is not a number"},
      {"[watch a]\ncodes = 13\nmin_count = 0\n",
       "f:3: min_count must be at least 1"},
      {"[watch a]\ncodes = 13\ncodes = 14\n", "f:3: 'codes' set twice"},
      {"[watch a]\ncodes = 13\n[watch a]\ncodes = 14\n",
       "f:3: watch 'a' defined twice"},
      {"[watch a b]\n", "f:1: a watch name is 1 to 60"},
      {"[watch]\n", "f:1: expected '[watch NAME]'"},
      {"[watch a\n", "f:1: a section header ends with ']'"},
      {"[watch a]\ndescription = nothing\n\n[watch b]\ncodes = 1\n",
       "f:1: watch 'a' selects nothing"},
      {"[watch a]\ncodes = 13\n[watch b]\n", "f:3: watch 'b' selects nothing"},
  };
  for (const Case& c : cases) {
    StatusOr<std::vector<Watch>> watches = ParseWatches(c.text, "f");
    ASSERT_FALSE(watches.ok()) << c.text;
    EXPECT_EQ(watches.status().code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(watches.status().message().rfind(c.error, 0), 0u)
        << c.text << " -> " << watches.status().message();
  }
}

TEST(NuclearWatch, CoversThreatsTestsAndPosture) {
  const Watch w = NuclearWatch();
  EXPECT_EQ(w.name, "nuclear");
  EXPECT_EQ(w.codes, (std::vector<std::string>{"1385", "204"}));
  EXPECT_EQ(w.posture_sources.size(), 9u);
  EXPECT_FALSE(w.themes.empty());
}

}  // namespace
}  // namespace tocsin
