// The cue list format and the project's lists.
#include "actors/name_cues.h"

#include <gtest/gtest.h>

#include "dict/fold.h"
#include "util/paths.h"

namespace tocsin {
namespace {

uint16_t Find(const NameCues& cues, std::string_view phrase) {
  return cues.Find(CueKey(FoldString(phrase)));
}

TEST(NameCuesTest, SectionsPhrasesAndFolding) {
  NameCues cues;
  ASSERT_TRUE(cues.Add("# comment\n[title]\nGénéral\nM.\n\n[loc_before]\n"
                       "près de\nprès d'\nà l'est de\n",
                       "cues.txt", true, 0)
                  .ok());
  ASSERT_TRUE(cues.Add("Konrad\n", "names.txt", false, kCueFirstName).ok());
  EXPECT_EQ(Find(cues, "general"), kCueTitle);
  EXPECT_EQ(Find(cues, "m."), kCueTitle);
  EXPECT_EQ(Find(cues, "PRÈS DE"), kCueLocBefore);
  EXPECT_EQ(Find(cues, "konrad"), kCueFirstName);
  EXPECT_EQ(Find(cues, "pres"), 0);
  EXPECT_EQ(cues.MaxWords(kCueLocBefore), 4);  // "à l'est de"
  EXPECT_EQ(cues.MaxWords(kCueTitle), 1);
}

TEST(NameCuesTest, ErrorsNameTheLine) {
  NameCues cues;
  Status s = cues.Add("[title]\nM.\n[nope]\n", "cues.txt", true, 0);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("cues.txt:3:"), std::string::npos);
  EXPECT_FALSE(cues.Add("before\n[title]\n", "c.txt", true, 0).ok());
  EXPECT_FALSE(cues.Add("[title\n", "c.txt", true, 0).ok());
}

TEST(NameCuesTest, ProjectListsLoad) {
  for (std::string_view language : {"en", "fr"}) {
    auto cues = LoadNameCues(DictDir(), {language});
    ASSERT_TRUE(cues.ok()) << cues.status().ToString();
    EXPECT_TRUE(Find(*cues, "vladimir") & kCueFirstName);
  }
  auto fr = LoadNameCues(DictDir(), {"fr"});
  ASSERT_TRUE(fr.ok());
  EXPECT_TRUE(Find(*fr, "près de") & kCueLocBefore);
  EXPECT_TRUE(Find(*fr, "déclarer") & kCueSpeech);
  EXPECT_TRUE(Find(*fr, "alsace") & kCuePlace);
  EXPECT_FALSE(LoadNameCues("/nonexistent", {"fr"}).ok());
}

}  // namespace
}  // namespace tocsin
