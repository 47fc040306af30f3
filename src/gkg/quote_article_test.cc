// Issue 6, check 2 (quotations): the example article of ../shared/corpus.
// Muzyka's statements go to Konrad Muzyka, the « A mon avis… » message to
// Ramzan Kadyrov, and the title of NTV's segment to NTV. Skips when the
// article is absent.
#include <gtest/gtest.h>

#include <iostream>

#include "gkg/gkg_test_util.h"

namespace tocsin {
namespace {

TEST(QuoteArticle, ExampleArticle) {
  const auto article = gkg_test::ExampleArticle();
  if (!article) GTEST_SKIP() << gkg_test::kExampleArticle << " absent";
  const auto run = gkg_test::RunText(*article, "fr", "2022-10-03");
  int muzyka = 0;
  bool kadyrov = false, ntv_title = false;
  for (const Quotation& q : run->quotations) {
    std::cout << (q.direct ? "direct  " : "indirect") << " ["
              << (q.speaker < 0 ? "NONE" : q.speaker_name) << "] " << q.rule
              << " " << q.verb << ": " << q.text.substr(0, 70) << "\n";
    if (q.speaker_name == "Konrad Muzyka" && q.direct) ++muzyka;
    if (q.text.rfind("A mon avis", 0) == 0) {
      kadyrov = q.speaker_name == "Ramzan Kadyrov";
      EXPECT_TRUE(q.direct);
    }
    if (q.text.rfind("En prévision d", 0) == 0 && q.speaker_name == "NTV") {
      ntv_title = true;
      EXPECT_EQ(q.verb, "title");
    }
  }
  // "Cet … transporte", "La direction …", "Cela pourrait …", "Les forces
  // RVSN …" (written "Muzuka"), "La Russie pourrait mener …".
  EXPECT_GE(muzyka, 5);
  EXPECT_TRUE(kadyrov);
  EXPECT_TRUE(ntv_title);
  bool muzyka_entity = false;
  for (const Entity& e : run->entities) {
    if (e.name != "Konrad Muzyka") continue;
    muzyka_entity = true;
    EXPECT_EQ(e.role, "analyste de la défense");
    EXPECT_GE(e.mentions.size(), 6u);
  }
  EXPECT_TRUE(muzyka_entity);
}

}  // namespace
}  // namespace tocsin
