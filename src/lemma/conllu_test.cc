#include "lemma/conllu.h"

#include <gtest/gtest.h>

#include <sstream>

namespace tocsin {
namespace {

// Written for this test: a French sentence with a contraction ("du" = de +
// le) and an English one with an empty node.
constexpr char kTwoSentences[] =
    "# sent_id = t1\n"
    "# text = Il parle du train.\n"
    "1\tIl\til\tPRON\t_\t_\t2\tnsubj\t_\t_\n"
    "2\tparle\tparler\tVERB\t_\t_\t0\troot\t_\t_\n"
    "3-4\tdu\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "3\tde\tde\tADP\t_\t_\t5\tcase\t_\t_\n"
    "4\tle\tle\tDET\t_\t_\t5\tdet\t_\t_\n"
    "5\ttrain\ttrain\tNOUN\t_\t_\t2\tobl\t_\tSpaceAfter=No\n"
    "6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n"
    "\n"
    "\n"
    "# sent_id = t2\n"
    "1\tTroops\ttroop\tNOUN\t_\t_\t2\tnsubj\t_\t_\n"
    "1.1\tgo\tgo\tVERB\t_\t_\t_\t_\t0:root\t_\n"
    "2\tadvanced\tadvance\tVERB\t_\t_\t0\troot\t_\t_\n";

TEST(ConlluTest, ReadsSentencesWordsRangesAndEmptyNodes) {
  std::istringstream in(kTwoSentences);
  ConlluReader reader(&in, "two.conllu");
  ConlluSentence s;
  auto more = reader.Next(&s);
  ASSERT_TRUE(more.ok()) << more.status().ToString();
  ASSERT_TRUE(*more);
  EXPECT_EQ(s.Comment("sent_id"), "t1");
  EXPECT_EQ(s.Comment("text"), "Il parle du train.");
  EXPECT_EQ(s.Comment("missing"), "");
  ASSERT_EQ(s.words.size(), 6u);
  EXPECT_EQ(s.words[2].form, "de");
  EXPECT_EQ(s.words[3].lemma, "le");
  EXPECT_EQ(s.words[4].misc, "SpaceAfter=No");
  ASSERT_EQ(s.multiwords.size(), 1u);
  EXPECT_EQ(s.multiwords[0].first, 3u);
  EXPECT_EQ(s.multiwords[0].last, 4u);
  EXPECT_EQ(s.multiwords[0].form, "du");
  EXPECT_EQ(s.first_line, 1u);

  more = reader.Next(&s);
  ASSERT_TRUE(more.ok()) << more.status().ToString();
  ASSERT_TRUE(*more);
  EXPECT_EQ(s.Comment("sent_id"), "t2");
  ASSERT_EQ(s.words.size(), 2u);
  ASSERT_EQ(s.empty_nodes.size(), 1u);
  EXPECT_EQ(s.empty_nodes[0].id, "1.1");
  EXPECT_EQ(s.first_line, 12u);

  more = reader.Next(&s);  // no blank line at the end: still fine
  ASSERT_TRUE(more.ok());
  EXPECT_FALSE(*more);
}

TEST(ConlluTest, EmptyInputHasNoSentences) {
  std::istringstream in("\n\n");
  ConlluReader reader(&in, "empty");
  ConlluSentence s;
  auto more = reader.Next(&s);
  ASSERT_TRUE(more.ok());
  EXPECT_FALSE(*more);
}

TEST(ConlluTest, CrLfLinesAreAccepted) {
  std::istringstream in("1\ta\ta\tX\t_\t_\t0\troot\t_\t_\r\n\r\n");
  ConlluReader reader(&in, "crlf");
  ConlluSentence s;
  auto more = reader.Next(&s);
  ASSERT_TRUE(more.ok()) << more.status().ToString();
  EXPECT_EQ(s.words[0].misc, "_");
}

struct BadCase {
  const char* name;
  const char* text;
  const char* where;    // expected "file:line"
  const char* message;  // expected part of the message
};

const BadCase kBad[] = {
    {"nine columns", "1\ta\ta\tX\t_\t_\t0\troot\t_\n", "bad:1:", "expected 10"},
    {"eleven columns", "1\ta\ta\tX\t_\t_\t0\troot\t_\t_\t_\n",
     "bad:1:", "more than 10"},
    {"id gap",
     "1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n3\tb\tb\tX\t_\t_\t1\tdep\t_\t_\n",
     "bad:2:", "expected 2"},
    {"id not a number", "x\ta\ta\tX\t_\t_\t0\troot\t_\t_\n",
     "bad:1:", "malformed word ID"},
    {"id zero", "0\ta\ta\tX\t_\t_\t0\troot\t_\t_\n",
     "bad:1:", "malformed word ID"},
    {"backwards range", "# c\n2-1\tab\t_\t_\t_\t_\t_\t_\t_\t_\n",
     "bad:2:", "malformed range"},
    {"range not at next word", "2-3\tab\t_\t_\t_\t_\t_\t_\t_\t_\n",
     "bad:1:", "does not start"},
    {"range past the end",
     "1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n",
     "bad:1:", "runs past"},
    {"empty node out of place",
     "1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n"
     "5.1\tb\tb\tX\t_\t_\t_\t_\t_\t_\n",
     "bad:2:", "empty-node"},
    {"comments only", "# sent_id = x\n\n", "bad:1:", "no word lines"},
    {"comment inside", "1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n# late\n",
     "bad:2:", "comment after"},
    {"huge id", "99999999999\ta\ta\tX\t_\t_\t0\troot\t_\t_\n",
     "bad:1:", "malformed word ID"},
};

TEST(ConlluTest, MalformedInputGivesErrorsWithLineNumbers) {
  for (const BadCase& c : kBad) {
    std::istringstream in(c.text);
    ConlluReader reader(&in, "bad");
    ConlluSentence s;
    auto more = reader.Next(&s);
    ASSERT_FALSE(more.ok()) << c.name;
    EXPECT_EQ(more.status().code(), StatusCode::kInvalidArgument) << c.name;
    const std::string& m = more.status().message();
    EXPECT_EQ(m.rfind(c.where, 0), 0u) << c.name << ": " << m;
    EXPECT_NE(m.find(c.message), std::string::npos) << c.name << ": " << m;
  }
}

}  // namespace
}  // namespace tocsin
