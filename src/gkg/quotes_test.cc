// QuoteExtractor through the whole pipeline, on sentences we write: every
// quote style, split and multi-paragraph quotations, speakers before and
// after, pronouns, descriptions, titles, indirect speech and scare quotes.
// Each expected quotation is "speaker | part || part" with "(indirect)"
// appended for indirect speech; NONE for no speaker.
#include "gkg/quotes.h"

#include <gtest/gtest.h>

#include "gkg/gkg_test_util.h"
#include "gkg/quote_marks.h"

namespace tocsin {
namespace {

using gkg_test::RunText;

std::string Describe(const Document& doc, const Quotation& q) {
  std::string out = (q.speaker < 0 ? "NONE" : q.speaker_name) + " | ";
  for (size_t i = 0; i < q.parts.size(); ++i) {
    if (i) out += " || ";
    out += doc.text.substr(q.parts[i].begin, q.parts[i].end - q.parts[i].begin);
  }
  if (!q.direct) out += " (indirect)";
  return out;
}

struct QuoteCase {
  const char* lang;
  const char* text;
  std::vector<std::string> want;
};

void Check(const std::vector<QuoteCase>& cases) {
  for (const QuoteCase& c : cases) {
    const auto run = RunText(c.text, c.lang);
    std::vector<std::string> got;
    for (const Quotation& q : run->quotations) {
      got.push_back(Describe(run->doc, q));
      // Every field is filled consistently.
      EXPECT_FALSE(q.rule.empty()) << got.back();
      EXPECT_GT(q.confidence, 0.0f);
      EXPECT_LE(q.confidence, 1.0f);
      if (q.speaker >= 0) {
        ASSERT_LT(static_cast<size_t>(q.speaker), run->entities.size());
        EXPECT_EQ(q.speaker_name, run->entities[q.speaker].name);
        EXPECT_EQ(q.speaker_code, run->entities[q.speaker].code);
      }
    }
    EXPECT_EQ(got, c.want) << c.lang << ": " << c.text;
  }
}

TEST(QuoteExtractor, EnglishStyles) {
  Check({
      {"en",
       "\"The bridge will be repaired by July,\" Transport Minister Elena "
       "Sorokina said on Monday.",
       {"Elena Sorokina | The bridge will be repaired by July,"}},
      {"en",
       "“We are not leaving this town,” said Oleh Marchuk, the mayor of "
       "Kupiansk.",
       {"Oleh Marchuk | We are not leaving this town,"}},
      {"en",
       "‘It’s a warning, nothing more,’ the Kremlin said in a statement.",
       {"Kremlin | It’s a warning, nothing more,"}},
      {"en",
       "Foreign Minister Arvid Lindqvist told reporters: \"Sweden will not "
       "be intimidated. Our decision stands.\"",
       {"Arvid Lindqvist | Sweden will not be intimidated. Our decision "
        "stands."}},
      {"en",
       "\"The convoy,\" analyst Tomasz Brzeski said, \"was carrying "
       "air-defence radars, not warheads.\"",
       {"Tomasz Brzeski | The convoy, || was carrying air-defence radars, "
        "not warheads."}},
      {"en",
       "General Valery Orlov visited the front on Friday. \"The enemy is "
       "exhausted,\" he told soldiers.",
       {"Valery Orlov | The enemy is exhausted,"}},
      {"en",
       "According to Ines Carvalho, \"the grain deal cannot survive another "
       "month of strikes.\"",
       {"Ines Carvalho | the grain deal cannot survive another month of "
        "strikes."}},
      {"en",
       "\"Nobody warned us before the sirens started,\" a resident of "
       "Kharkiv said.",
       {"NONE | Nobody warned us before the sirens started,"}},
  });
}

TEST(QuoteExtractor, FrenchStyles) {
  Check({
      {"fr",
       "« Le pont sera réparé avant l'été », a déclaré lundi la ministre "
       "des Transports, Elena Sorokina.",
       {"Elena Sorokina | Le pont sera réparé avant l'été"}},
      {"fr",
       "Le chercheur Antoine Valmont a expliqué : « La Russie teste nos "
       "défenses. Elle le fera encore. »",
       {"Antoine Valmont | La Russie teste nos défenses. Elle le fera "
        "encore."}},
      {"fr",
       "« Ce convoi », a déclaré Tomasz Brzeski, « transportait des radars "
       "et non des ogives. »",
       {"Tomasz Brzeski | Ce convoi || transportait des radars et non des "
        "ogives."}},
      {"fr",
       "Le général Valeri Orlov s'est rendu sur le front vendredi. « "
       "L'ennemi est épuisé », a-t-il affirmé devant les soldats.",
       {"Valeri Orlov | L'ennemi est épuisé"}},
      {"fr",
       "Selon Inès Carvalho, « l'accord sur les céréales ne survivra pas à "
       "un autre mois de frappes ».",
       {"Inès Carvalho | l'accord sur les céréales ne survivra pas à un "
        "autre mois de frappes"}},
      {"fr",
       "« Personne ne nous a prévenus avant les sirènes », a confié un "
       "habitant.",
       {"NONE | Personne ne nous a prévenus avant les sirènes"}},
      // The incise inside the guillemets names the speaker.
      {"fr",
       "« Ils vont fermer la route, s'inquiète Marie Dubois, dès demain "
       "matin. »",
       {"Marie Dubois | Ils vont fermer la route, s'inquiète Marie Dubois, "
        "dès demain matin."}},
  });
}

TEST(QuoteExtractor, ParagraphsTitlesAndContinuations) {
  Check({
      // Multi-paragraph: the first paragraph is left open.
      {"en",
       "Analyst Maria Hollenbeck wrote in a note: \"The strikes follow a "
       "pattern.\n\n\"They target power plants before the cold comes.\"",
       {"Maria Hollenbeck | The strikes follow a pattern. || They target "
        "power plants before the cold comes."}},
      // A title is a quotation of its producer.
      {"fr",
       "La chaîne NTV a diffusé dimanche une émission intitulée « L'hiver "
       "sera long ».",
       {"NTV | L'hiver sera long"}},
      // A quotation with no cue that opens its sentence continues the
      // previous speaker.
      {"en",
       "\"Our air defence held,\" said Colonel Yuriy Ihnat. \"Most drones "
       "were shot down before dawn.\"",
       {"Yuriy Ihnat | Our air defence held,",
        "Yuriy Ihnat | Most drones were shot down before dawn."}},
      // An unclosed quotation ends with its paragraph.
      {"fr",
       "Dans un message, Ramzan Kadyrov a écrit : « Il faut des mesures "
       "plus dures dans les zones frontalières.\n\nLa Russie n'a pas "
       "réagi.",
       {"Ramzan Kadyrov | Il faut des mesures plus dures dans les zones "
        "frontalières."}},
  });
}

TEST(QuoteExtractor, IndirectSpeechAndScareQuotes) {
  Check({
      {"en",
       "Kremlin spokesman Dmitry Peskov said that the talks had stalled.",
       {"Dmitry Peskov | the talks had stalled (indirect)"}},
      {"fr",
       "Le ministre Arvid Lindqvist a affirmé mardi que la Suède ne "
       "céderait pas.",
       {"Arvid Lindqvist | la Suède ne céderait pas (indirect)"}},
      // Scare quotes: three words or fewer, no speech cue.
      {"en",
       "Six days into the \"special military operation\", columns remain "
       "stalled north of Kyiv.",
       {}},
      {"fr", "L'objectif de « dénazification » trouve peu d'écho.", {}},
  });
}

// Phrasings the rules were not written from.
TEST(QuoteExtractor, OtherPhrasings) {
  Check({
      {"en",
       "\"The border will stay closed until further notice,\" the Finnish "
       "interior ministry said in a statement.",
       {"Finnish interior ministry | The border will stay closed until "
        "further notice,"}},
      {"en",
       "Energy analyst Tom Oberg, who follows the Nordic gas market for a "
       "Danish bank, warned that prices could double by January.",
       {"Tom Oberg | prices could double by January (indirect)"}},
      {"fr",
       "L'analyste Tom Oberg, qui suit le marché nordique du gaz pour une "
       "banque danoise, estime que les prix pourraient doubler d'ici "
       "janvier.",
       {"Tom Oberg | les prix pourraient doubler d'ici janvier (indirect)"}},
      {"fr",
       "« J'ai vu trois drones au-dessus du port », raconte un pêcheur.",
       {"NONE | J'ai vu trois drones au-dessus du port"}},
      // Gender tells the two presidents apart.
      {"fr",
       "La présidente estonienne Anna Kask a reçu mardi le président letton "
       "Marc Ozols. « Nous devons agir ensemble », a déclaré M. Ozols. « Et "
       "vite », a répondu la présidente.",
       {"Marc Ozols | Nous devons agir ensemble", "Anna Kask | Et vite"}},
  });
}

TEST(QuoteExtractor, FieldsNameTheCue) {
  struct Case {
    const char* lang;
    const char* text;
    const char* verb;
    const char* rule;
    const char* speaker_words;  // doc text at speaker_span
    bool direct;
  } cases[] = {
      {"fr",
       "Selon Inès Carvalho, « l'accord ne survivra pas à un autre mois de "
       "frappes ».",
       "selon", "according-to", "Inès Carvalho", true},
      {"fr", "« Le pont sera réparé avant l'été », a déclaré Elena Sorokina.",
       "déclarer", "inverted", "Elena Sorokina", true},
      {"en",
       "\"The bridge will be repaired by July,\" Elena Sorokina told "
       "reporters.",
       "tell", "verb-after", "Elena Sorokina", true},
      {"fr",
       "La chaîne NTV a diffusé une émission intitulée « L'hiver sera long ».",
       "title", "title", "chaîne NTV", true},
      {"fr", "Elena Sorokina a affirmé que le pont serait réparé avant l'été.",
       "affirmer", "indirect", "Elena Sorokina", false},
  };
  for (const Case& c : cases) {
    const auto run = RunText(c.text, c.lang);
    ASSERT_EQ(run->quotations.size(), 1u) << c.text;
    const Quotation& q = run->quotations[0];
    EXPECT_EQ(q.verb, c.verb) << c.text;
    EXPECT_EQ(q.rule, c.rule) << c.text;
    EXPECT_EQ(q.direct, c.direct) << c.text;
    EXPECT_EQ(run->doc.text.substr(q.speaker_span.begin,
                                   q.speaker_span.end - q.speaker_span.begin),
              c.speaker_words)
        << c.text;
    EXPECT_EQ(q.speaker_code, run->entities[q.speaker].code);
  }
}

TEST(QuoteExtractor, PronounAndDescriptionMentions) {
  const auto run = RunText(
      "Analyst Maria Hollenbeck studied the footage. \"The train carries "
      "spare parts,\" she said. \"Nothing more,\" the analyst added.",
      "en");
  ASSERT_EQ(run->quotations.size(), 2u);
  for (const Quotation& q : run->quotations) {
    EXPECT_EQ(q.speaker_name, "Maria Hollenbeck");
  }
  EXPECT_EQ(run->quotations[0].rule, "pronoun");
  EXPECT_EQ(run->quotations[0].verb, "say");
  bool pronoun = false, description = false;
  for (const Entity& e : run->entities) {
    for (const EntityMention& m : e.mentions) {
      pronoun |= m.kind == EntityMentionKind::kPronoun;
      description |= m.kind == EntityMentionKind::kDescription;
    }
  }
  EXPECT_TRUE(pronoun);
  EXPECT_TRUE(description);
}

// Every mark family pairs, and other punctuation opens nothing: the mark
// classifier rules tokens out by their first byte before comparing glyphs.
TEST(QuoteMarks, EveryFamilyPairsAndOtherPunctuationDoesNot) {
  struct Case {
    const char* lang;
    const char* text;
    const char* quoted;  // the tokens inside the one span; "" for none
  };
  const Case cases[] = {
      {"fr", "Il a dit « nous partirons demain » hier.",
       "nous partirons demain"},
      {"fr", "Il a dit ‹ nous partirons demain › hier.",
       "nous partirons demain"},
      {"en", "He said “we leave tomorrow” today.", "we leave tomorrow"},
      {"en", "He said „we leave tomorrow“ today.", "we leave tomorrow"},
      {"en", "He said ‘we leave tomorrow’ today.", "we leave tomorrow"},
      {"en", "He said \"we leave tomorrow\" today.", "we leave tomorrow"},
      {"en", "He said: we leave (tomorrow), today; really?! Yes... [no]", ""},
      {"fr", "Il a dit : nous partirons — demain ! Vraiment ? « Oui ».", "Oui"},
  };
  for (const Case& c : cases) {
    const Document doc = gkg_test::MakeDoc(c.lang, c.text, "2022-10-03");
    DocumentAnalysis analysis;
    gkg_test::FrontEndPipeline().Process(doc, &analysis);
    const AnalyzedText& text = analysis.text;
    std::vector<gkg::QuotedSpan> spans;
    std::vector<gkg::QuoteSegment> segments;
    gkg::FindQuotedSpans(doc, text, &spans, &segments);
    std::string got;
    for (const gkg::QuoteSegment& seg : segments) {
      const uint32_t b = text.tokens[seg.first].begin;
      got += doc.text.substr(b, text.tokens[seg.end - 1].end - b);
    }
    EXPECT_EQ(spans.size(), *c.quoted ? 1u : 0u) << c.text;
    EXPECT_EQ(got, c.quoted) << c.text;
  }
}

}  // namespace
}  // namespace tocsin
