// EntityLinker through the whole pipeline, on sentences we write: mention
// merging (surname, title + surname, initials, a typo), descriptions,
// roles as written, codes, what is not an entity; and the word-list parser.
#include "gkg/entities.h"

#include <gtest/gtest.h>

#include "gkg/gkg_test_util.h"

namespace tocsin {
namespace {

using gkg_test::EntityOf;
using gkg_test::RunText;

struct MentionCase {
  const char* lang;
  const char* text;
  const char* mention;  // its first occurrence is looked up
  const char* want;     // canonical name, "" for no entity
};

TEST(EntityLinker, MentionsNormalise) {
  const MentionCase cases[] = {
      {"en",
       "Defence analyst Konrad Muzyka studied the footage. Muzyka said the "
       "train was unusual.",
       "Muzyka said", "Konrad Muzyka"},
      {"fr",
       "Konrad Muzyka, analyste de la défense, a étudié les images. M. "
       "Muzyka estime que le convoi est inhabituel.",
       "M. Muzyka", "Konrad Muzyka"},
      {"en",
       "Defence analyst Konrad Muzyka studied the footage. The analyst said "
       "the train was unusual.",
       "The analyst", "Konrad Muzyka"},
      {"fr",
       "Konrad Muzyka, analyste de la défense, a étudié les images. L'expert "
       "a trouvé le convoi inhabituel.",
       "L'expert", "Konrad Muzyka"},
      {"en",
       "Chechen leader Ramzan Kadyrov posted a message on Telegram. The "
       "Chechen leader called for tougher measures.",
       "The Chechen leader", "Ramzan Kadyrov"},
      {"fr",
       "Le dirigeant biélorusse Alexandre Loukachenko a reçu son homologue. "
       "Loukachenko a promis un soutien total.",
       "Loukachenko a promis", "Alexandre Loukachenko"},
      {"en",
       "Maria Hollenbeck, a researcher at the Baltic Institute, published "
       "the study. Hollenbeck found that exports fell. The researcher "
       "expects a recovery.",
       "The researcher", "Maria Hollenbeck"},
      {"en",
       "The Russian Defence Ministry published a video on Monday. The "
       "ministry said the strikes had hit their targets.",
       "The ministry", "Russian Defence Ministry"},
      {"en", "The Kremlin said the talks were over.", "Kremlin", "Kremlin"},
      {"fr",
       "Le président russe Vladimir Poutine a signé le décret. Le chef du "
       "Kremlin a ensuite parlé aux journalistes.",
       "Vladimir Poutine", "Vladimir Poutine"},
      {"en",
       "Jaroslav Wendell, the economist who leads the Kyiv School team, "
       "presented the figures. Wendel said growth would return.",
       "Wendel said", "Jaroslav Wendell"},
      {"fr",
       "Le porte-parole du ministère, Olivier Brancart, a démenti. Le "
       "porte-parole a ensuite quitté la salle.",
       "Le porte-parole a", "Olivier Brancart"},
      // Not entities: states, places, unnamed officials.
      {"en", "A French official said Russia had moved troops.", "Russia", ""},
      {"en", "Protesters gathered in Moscow on Saturday.", "Moscow", ""},
      {"en", "A French official said the convoy had turned back.",
       "French official", ""},
  };
  for (const MentionCase& c : cases) {
    const auto run = RunText(c.text, c.lang);
    EXPECT_EQ(EntityOf(*run, c.mention), c.want)
        << c.lang << ": " << c.text << " [" << c.mention << "]";
  }
}

struct RoleCase {
  const char* lang;
  const char* text;
  const char* name;
  const char* role;  // as written
};

TEST(EntityLinker, RolesAsWritten) {
  const RoleCase cases[] = {
      {"fr",
       "Konrad Muzyka, analyste de la défense, a étudié les images du train.",
       "Konrad Muzyka", "analyste de la défense"},
      {"en", "Chechen leader Ramzan Kadyrov posted a message on Telegram.",
       "Ramzan Kadyrov", "Chechen leader"},
      {"fr", "Le président russe Vladimir Poutine a signé le décret mardi.",
       "Vladimir Poutine", "président russe"},
      {"en",
       "Natalia Borisova, a sociologist who studies public opinion, spoke "
       "on Monday.",
       "Natalia Borisova", "sociologist"},
      {"fr",
       "Selon l'analyste de la défense Konrad Muzyka, le train transportait "
       "du matériel.",
       "Konrad Muzyka", "analyste de la défense"},
  };
  for (const RoleCase& c : cases) {
    const auto run = RunText(c.text, c.lang);
    bool found = false;
    for (const Entity& e : run->entities) {
      if (e.name != c.name) continue;
      found = true;
      EXPECT_EQ(e.role, c.role) << c.text;
      EXPECT_EQ(e.kind, Entity::Kind::kPerson) << c.text;
    }
    EXPECT_TRUE(found) << c.name << " in " << c.text;
  }
}

TEST(EntityLinker, CodesKindsAndOrder) {
  const auto run = RunText(
      "Vladimir Putin met Ramzan Kadyrov in the Kremlin. NTV showed the "
      "meeting. Putin thanked Kadyrov.",
      "en");
  ASSERT_GE(run->entities.size(), 3u);
  EXPECT_EQ(run->entities[0].name, "Vladimir Putin");
  EXPECT_EQ(run->entities[0].code.substr(0, 3), "RUS");
  EXPECT_EQ(run->entities[0].mentions.size(), 2u);
  EXPECT_EQ(run->entities[1].name, "Ramzan Kadyrov");
  bool ntv = false;
  for (const Entity& e : run->entities) {
    if (e.name != "NTV") continue;
    ntv = true;
    EXPECT_EQ(e.kind, Entity::Kind::kOrganization);
    EXPECT_EQ(e.code, "RUSMED");
  }
  EXPECT_TRUE(ntv);
  for (const Entity& e : run->entities) {
    for (size_t i = 1; i < e.mentions.size(); ++i) {
      EXPECT_LE(e.mentions[i - 1].span.begin, e.mentions[i].span.begin);
    }
  }
}

TEST(SpeechLexicon, ParsesAndReportsLines) {
  SpeechLexicon lex;
  ASSERT_TRUE(lex.Add("# comment\n"
                      "speech say | tell\n"
                      "according according to\n"
                      "role expert = analyst | expert\n"
                      "org_role media = channel\n",
                      "t.txt")
                  .ok());
  EXPECT_EQ(lex.max_tokens(), 2);
  ASSERT_EQ(lex.role_classes().size(), 1u);
  EXPECT_EQ(lex.role_classes()[0], "expert");
  struct Bad {
    const char* text;
    const char* message;
  } bad[] = {
      {"speech say\nshout loud\n", "t.txt:2: unknown kind 'shout'"},
      {"role = analyst\n", "t.txt:1: bad class name ''"},
      {"role expert analyst\n", "t.txt:1: role needs CLASS = words"},
      {"org_role army = troops\n",
       "t.txt:1: org_role needs an actor type, not 'army'"},
      {"speech say || tell\n", "t.txt:1: empty phrase"},
      {"speech a b c d e\n",
       "t.txt:1: phrase 'a b c d e' has more than 4 words"},
      {"role a = analyst\nrole b = analyst\n",
       "t.txt:2: 'analyst' is already in another class"},
      {"speech\n", "t.txt:1: an entry needs words"},
  };
  for (const Bad& b : bad) {
    SpeechLexicon l;
    const Status s = l.Add(b.text, "t.txt");
    EXPECT_FALSE(s.ok()) << b.text;
    EXPECT_EQ(s.message(), b.message);
  }
}

TEST(SpeechLexicons, LoadsTheDictionaries) {
  SpeechLexicons lex;
  ASSERT_TRUE(lex.Load(gkg_test::SourceDict()).ok());
  EXPECT_GT(lex.For("en").size(), 200u);
  EXPECT_GT(lex.For("fr").size(), 200u);
  EXPECT_FALSE(lex.Load("/nonexistent").ok());
}

}  // namespace
}  // namespace tocsin
