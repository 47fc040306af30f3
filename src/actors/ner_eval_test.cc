// Readers, mention mapping and scoring of the NER evaluation, on inputs
// written here.
#include "actors/ner_eval.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "util/paths.h"

namespace tocsin {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> SpanTexts(const NerDocument& doc) {
  std::vector<std::string> out;
  for (const NerSpan& s : doc.gold) {
    out.push_back(s.label + ":" + doc.text.substr(s.begin, s.end - s.begin));
  }
  return out;
}

struct BioCase {
  const char* name;
  const char* content;
  std::string text;
  std::vector<std::string> spans;
};

class BioTest : public ::testing::TestWithParam<BioCase> {};

TEST_P(BioTest, RebuildsTextAndSpans) {
  const BioCase& c = GetParam();
  auto docs = ReadBio(c.content, "t.bio", NerReadOptions{});
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_EQ((*docs)[0].text, c.text);
  EXPECT_EQ(SpanTexts((*docs)[0]), c.spans);
}

INSTANTIATE_TEST_SUITE_P(
    Formats, BioTest,
    ::testing::Values(
        BioCase{
            "iob1",
            "Jean\tI-PER\nValmont\tI-PER\nvit\tO\nà\tO\nLyon\tI-LOC\n.\tO\n",
            "Jean Valmont vit à Lyon.",
            {"PER:Jean Valmont", "LOC:Lyon"}},
        // IOB1 uses B- only between two entities of the same type.
        BioCase{"iob1_adjacent",
                "Paul I-PER\nMarie B-PER\net O\nAnne I-PER\n",
                "Paul Marie et Anne",
                {"PER:Paul", "PER:Marie", "PER:Anne"}},
        BioCase{"iob2_lowercase_types",
                "the O\nBank B-org\nof I-org\nOsterby I-org\nsaid O\n",
                "the Bank of Osterby said",
                {"ORG:Bank of Osterby"}},
        BioCase{"iobes",
                "A S-LOC\nand O\nB B-PER\nC E-PER\nD S-PER\n",
                "A and B C D",
                {"LOC:A", "PER:B C", "PER:D"}},
        BioCase{"pers_is_per", "Henri B-pers\n", "Henri", {"PER:Henri"}},
        // An I- tag after another type starts a new span.
        BioCase{"type_change",
                "Nantes I-LOC\nDupont I-PER\n",
                "Nantes Dupont",
                {"LOC:Nantes", "PER:Dupont"}},
        BioCase{"spacing",
                "l' O\nUkraine I-LOC\n( O\nsud O\n) O\n, O\nRussia I-LOC\n's "
                "O\narmy O\n",
                "l'Ukraine (sud), Russia's army",
                {"LOC:Ukraine", "LOC:Russia"}}));

TEST(BioReaderTest, BlankLinesSeparateSentencesAndDocuments) {
  NerReadOptions options;
  options.sentences_per_document = 1;
  auto docs =
      ReadBio("Ana B-PER\nrit O\n\n\nLe O\nCaire B-LOC\n\n", "t.bio", options);
  ASSERT_TRUE(docs.ok());
  ASSERT_EQ(docs->size(), 2u);
  EXPECT_EQ((*docs)[0].text, "Ana rit");
  EXPECT_EQ((*docs)[1].text, "Le Caire");
  EXPECT_EQ((*docs)[1].id, "t.bio#2");
  options.sentences_per_document = 2;
  docs = ReadBio("Ana B-PER\nrit O\n\nLe O\nCaire B-LOC\n", "t.bio", options);
  ASSERT_TRUE(docs.ok());
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_EQ((*docs)[0].text, "Ana rit\nLe Caire");
}

TEST(BioReaderTest, StreamIsCutAtSentenceEnds) {
  NerReadOptions options;
  options.max_document_tokens = 3;
  auto docs =
      ReadBio("Un O\ndeux O\n. O\ntrois O\nquatre O\ncinq O\n. O\nsix O\n",
              "t.bio", options);
  ASSERT_TRUE(docs.ok());
  ASSERT_EQ(docs->size(), 3u);
  EXPECT_EQ((*docs)[0].text, "Un deux.");
  EXPECT_EQ((*docs)[1].text, "trois quatre cinq.");
  EXPECT_EQ((*docs)[2].text, "six");
}

TEST(BioReaderTest, DocstartEndsDocuments) {
  auto docs = ReadBio("-DOCSTART- -X- O\nA O\n-DOCSTART- -X- O\nB I-LOC\n",
                      "t.bio", NerReadOptions{});
  ASSERT_TRUE(docs.ok());
  ASSERT_EQ(docs->size(), 2u);
  EXPECT_THAT(SpanTexts((*docs)[1]), ElementsAre("LOC:B"));
}

TEST(BioReaderTest, MalformedLinesNameTheLine) {
  auto docs = ReadBio("A O\nB\n", "t.bio", NerReadOptions{});
  ASSERT_FALSE(docs.ok());
  EXPECT_THAT(docs.status().message(), ::testing::HasSubstr("t.bio:2:"));
  docs = ReadBio("A O\nB X-PER\n", "t.bio", NerReadOptions{});
  ASSERT_FALSE(docs.ok());
  EXPECT_THAT(docs.status().message(), ::testing::HasSubstr("bad label"));
}

constexpr char kHipe[] =
    "TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tMISC\n"
    "# hipe2022:document_id = doc-1\n"
    "# hipe2022:date = 1901-02-03\n"
    "# hipe2022:language = fr\n"
    "M\tB-pers\tO\tNoSpaceAfter\n"
    ".\tI-pers\tO\t_\n"
    "Ruchet\tI-pers\tO\tEndOfLine\n"
    "part\tO\tO\t_\n"
    "pour\tO\tO\t_\n"
    "Berne\tB-loc\tO\tNoSpaceAfter|EndOfSentence\n"
    ".\tO\tO\t_\n"
    "\n"
    "# hipe2022:document_id = doc-2\n"
    "#\tO\tO\t_\n"
    "La\tB-org\tO\t_\n"
    "Poste\tI-org\tO\t_\n"
    "ferme\tB-time\tO\t_\n";

TEST(HipeReaderTest, DocumentsTextAndSpans) {
  auto docs = ReadHipe(kHipe, "t.tsv");
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 2u);
  const NerDocument& a = (*docs)[0];
  EXPECT_EQ(a.id, "doc-1");
  EXPECT_EQ(a.date, "1901-02-03");
  EXPECT_EQ(a.language, "fr");
  EXPECT_EQ(a.text, "M. Ruchet\npart pour Berne.");
  EXPECT_THAT(SpanTexts(a), ElementsAre("PER:M. Ruchet", "LOC:Berne"));
  const NerDocument& b = (*docs)[1];
  EXPECT_EQ(b.text, "# La Poste ferme");  // "#" with columns is a token
  EXPECT_THAT(SpanTexts(b), ElementsAre("ORG:La Poste", "TIME:ferme"));
}

TEST(HipeReaderTest, MalformedInput) {
  EXPECT_FALSE(ReadHipe("A\tO\n", "t.tsv").ok());  // no header
  EXPECT_FALSE(ReadHipe("TOKEN\tMISC\nA\t_\n", "t.tsv").ok());
  auto docs = ReadHipe("TOKEN\tNE-COARSE-LIT\tMISC\nA\tO\t_\nB\n", "t.tsv");
  ASSERT_FALSE(docs.ok());
  EXPECT_THAT(docs.status().message(), ::testing::HasSubstr("t.tsv:3:"));
}

TEST(NerFileTest, MissingFileIsNotFound) {
  auto docs = ReadNerFile("/nonexistent/x.bio", NerFormat::kBio, {});
  ASSERT_FALSE(docs.ok());
  EXPECT_EQ(docs.status().code(), StatusCode::kNotFound);
}

TEST(NerScorerTest, StrictAndLenient) {
  NerScorer scorer({"LOC", "PER"}, /*match_labels=*/true);
  std::vector<NerSpan> gold = {{0, 5, "PER"}, {10, 15, "LOC"}, {20, 25, "ORG"}};
  std::vector<NerSpan> predicted = {
      {0, 5, "PER"},    // exact
      {10, 13, "LOC"},  // overlaps
      {20, 25, "LOC"},  // wrong label, ORG unscored
      {30, 35, "PER"},  // false
  };
  scorer.Add(gold, predicted);
  const NerCounts& per = scorer.by_label().at("PER");
  EXPECT_EQ(per.gold, 1u);
  EXPECT_EQ(per.predicted, 2u);
  EXPECT_EQ(per.strict, 1u);
  EXPECT_DOUBLE_EQ(per.StrictPrecision(), 0.5);
  const NerCounts& loc = scorer.by_label().at("LOC");
  EXPECT_EQ(loc.gold, 1u);
  EXPECT_EQ(loc.predicted, 2u);
  EXPECT_EQ(loc.strict, 0u);
  EXPECT_EQ(loc.gold_overlapped, 1u);
  EXPECT_EQ(loc.predicted_overlap, 1u);
  const NerCounts all = scorer.Overall();
  EXPECT_EQ(all.gold, 2u);
  EXPECT_EQ(all.predicted, 4u);
  EXPECT_DOUBLE_EQ(all.StrictRecall(), 0.5);
  EXPECT_DOUBLE_EQ(all.LenientRecall(), 1.0);
  EXPECT_NEAR(all.LenientF1(), 2 * 0.5 * 1.0 / 1.5, 1e-12);
}

TEST(NerScorerTest, UnlabelledRecall) {
  NerScorer scorer({"S", "T"}, /*match_labels=*/false);
  std::vector<NerSpan> gold = {{0, 10, "S"}, {20, 30, "T"}, {40, 50, "T"}};
  std::vector<NerSpan> predicted = {
      {0, 10, "ACTOR"}, {25, 28, "ACTOR"}, {60, 62, "ACTOR"}};
  scorer.Add(gold, predicted);
  EXPECT_EQ(scorer.by_label().at("S").strict, 1u);
  EXPECT_EQ(scorer.by_label().at("T").strict, 0u);
  EXPECT_EQ(scorer.by_label().at("T").gold_overlapped, 1u);
  const NerCounts all = scorer.Overall();
  EXPECT_EQ(all.gold, 3u);
  EXPECT_EQ(all.predicted, 3u);
  EXPECT_EQ(all.predicted_overlap, 2u);
}

TEST(NerLabelTest, MentionTypes) {
  ActorMention m;
  const std::pair<const char*, const char*> cases[] = {
      {"person", "PER"}, {"PERSON", "PER"}, {"state", "LOC"},
      {"seat", "LOC"},   {"LOC", "LOC"},    {"igo", "ORG"},
      {"media", "ORG"},  {"ORG", "ORG"},    {"agent", ""}};
  for (const auto& [type, label] : cases) {
    m.type = type;
    EXPECT_EQ(NerLabelOf(m), label) << type;
  }
  m.type = "state";
  m.source = MentionSource::kCombined;
  EXPECT_EQ(NerLabelOf(m), "");
}

// Builds a tiny analysed text by hand: one sentence of the given tokens.
struct HandText {
  Document doc;
  AnalyzedText text;
  void Add(std::string_view form, WordClass c, uint8_t flags = 0) {
    if (!doc.text.empty()) doc.text.push_back(' ');
    Token t;
    t.begin = static_cast<uint32_t>(doc.text.size());
    doc.text.append(form);
    t.end = static_cast<uint32_t>(doc.text.size());
    t.norm_begin = t.begin;
    t.norm_end = t.end;
    t.word_class = c;
    t.flags = flags;
    text.tokens.push_back(t);
  }
  void Finish() {
    text.normalized = doc.text;
    text.language = "fr";
    text.sentences.push_back({0, static_cast<uint32_t>(doc.text.size()), 0,
                              static_cast<uint32_t>(text.tokens.size()), 0});
  }
  ActorMention Mention(uint32_t first, uint32_t end, const char* type,
                       MentionSource source = MentionSource::kDictionary) {
    ActorMention m;
    m.first_token = first;
    m.end_token = end;
    m.begin = text.tokens[first].begin;
    m.end = text.tokens[end - 1].end;
    m.type = type;
    m.source = source;
    return m;
  }
};

TEST(MentionsToNerSpansTest, TrimsDropsAndJoinsTitles) {
  HandText h;
  h.Add("le", WordClass::kDeterminer);                          // 0
  h.Add("général", WordClass::kNoun);                           // 1
  h.Add("Obrecht", WordClass::kProperNoun, kTokenCapitalized);  // 2
  h.Add("a", WordClass::kAuxiliary);                            // 3
  h.Add("vu", WordClass::kVerb);                                // 4
  h.Add("la", WordClass::kDeterminer);                          // 5
  h.Add("France", WordClass::kProperNoun, kTokenCapitalized);   // 6
  h.Add("et", WordClass::kCoordConj);                           // 7
  h.Add("les", WordClass::kDeterminer);                         // 8
  h.Add("Suisses", WordClass::kNoun, kTokenCapitalized);        // 9
  h.Add("russes", WordClass::kAdjective);                       // 10
  h.Add("de", WordClass::kAdposition);                          // 11
  h.Add("Gaulle", WordClass::kProperNoun, kTokenCapitalized);   // 12
  h.Finish();
  std::vector<ActorMention> mentions = {
      h.Mention(0, 2, "agent"),
      h.Mention(2, 3, "PERSON", MentionSource::kNameFinder),
      h.Mention(5, 7, "state"),
      h.Mention(8, 10, "state"),   // a demonym: NOUN, no lexicon given
      h.Mention(10, 11, "state"),  // lower case
      h.Mention(11, 13, "person"),
  };
  std::vector<NerSpan> spans;
  MentionsToNerSpans(h.doc, h.text, mentions, nullptr, /*titles=*/true,
                     /*roles=*/nullptr, &spans);
  std::vector<std::string> texts;
  for (const NerSpan& s : spans) {
    texts.push_back(s.label + ":" +
                    h.doc.text.substr(s.begin, s.end - s.begin));
  }
  EXPECT_THAT(texts, ElementsAre("PER:général Obrecht", "LOC:France",
                                 "LOC:Suisses", "PER:de Gaulle"));
  MentionsToNerSpans(h.doc, h.text, mentions, nullptr, /*titles=*/false,
                     /*roles=*/nullptr, &spans);
  texts.clear();
  for (const NerSpan& s : spans) {
    texts.push_back(s.label + ":" +
                    h.doc.text.substr(s.begin, s.end - s.begin));
  }
  EXPECT_THAT(texts, ElementsAre("PER:Obrecht", "LOC:France", "LOC:Suisses",
                                 "PER:de Gaulle"));
}

// HIPE extents: appositions join the person; a place inside leaves, as
// HIPE's spans do not nest; another person inside ends the apposition.
TEST(MentionsToNerSpansTest, GrowsPersonsToTheirHipeExtent) {
  auto roles = PersonRoles::Parse(
      "honorific M.\nhonorific Mme\nrole ministre\nrole marchande\n"
      "modifier ancien\n",
      "roles.txt");
  ASSERT_TRUE(roles.ok()) << roles.status().ToString();
  HandText h;
  h.Add("M.", WordClass::kProperNoun, kTokenCapitalized);      // 0
  h.Add("Roux", WordClass::kProperNoun, kTokenCapitalized);    // 1
  h.Add(",", WordClass::kPunctuation);                         // 2
  h.Add("ancien", WordClass::kAdjective);                      // 3
  h.Add("ministre", WordClass::kNoun);                         // 4
  h.Add("de", WordClass::kAdposition);                         // 5
  h.Add("Jules", WordClass::kProperNoun, kTokenCapitalized);   // 6
  h.Add("Favre", WordClass::kProperNoun, kTokenCapitalized);   // 7
  h.Add(",", WordClass::kPunctuation);                         // 8
  h.Add("a", WordClass::kAuxiliary);                           // 9
  h.Add("vu", WordClass::kVerb);                               // 10
  h.Add("Mme", WordClass::kProperNoun, kTokenCapitalized);     // 11
  h.Add("Dubois", WordClass::kProperNoun, kTokenCapitalized);  // 12
  h.Add(",", WordClass::kPunctuation);                         // 13
  h.Add("marchande", WordClass::kNoun);                        // 14
  h.Add("de", WordClass::kAdposition);                         // 15
  h.Add("Lyon", WordClass::kProperNoun, kTokenCapitalized);    // 16
  h.Add(".", WordClass::kPunctuation);                         // 17
  h.Finish();
  std::vector<ActorMention> mentions = {
      h.Mention(0, 2, "PERSON", MentionSource::kNameFinder),
      h.Mention(6, 8, "PERSON", MentionSource::kNameFinder),
      h.Mention(11, 13, "PERSON", MentionSource::kNameFinder),
      h.Mention(16, 17, "LOC", MentionSource::kNameFinder),
  };
  auto texts = [&](bool titles, const PersonRoles* with) {
    std::vector<NerSpan> spans;
    MentionsToNerSpans(h.doc, h.text, mentions, nullptr, titles, with, &spans);
    std::vector<std::string> out;
    for (const NerSpan& s : spans) {
      out.push_back(s.label + ":" +
                    h.doc.text.substr(s.begin, s.end - s.begin));
    }
    return out;
  };
  EXPECT_THAT(texts(true, &*roles),
              ElementsAre("PER:M. Roux , ancien ministre", "PER:Jules Favre",
                          "PER:Mme Dubois , marchande de Lyon"));
  EXPECT_THAT(texts(true, nullptr),
              ElementsAre("PER:M. Roux", "PER:Jules Favre", "PER:Mme Dubois",
                          "LOC:Lyon"));
  // CoNLL style: no titles, no extents.
  EXPECT_THAT(texts(false, &*roles),
              ElementsAre("PER:M. Roux", "PER:Jules Favre", "PER:Mme Dubois",
                          "LOC:Lyon"));
}

TEST(MentionsToNerSpansTest, LexiconTellsDemonymsFromCountries) {
  auto lexicons = Lemmatizer::Open(DataDir());
  ASSERT_TRUE(lexicons.ok()) << lexicons.status().ToString();
  HandText h;
  h.Add("Suisses", WordClass::kNoun, kTokenCapitalized);
  h.Add("Suisse", WordClass::kNoun, kTokenCapitalized);
  h.Add("Allemands", WordClass::kNoun, kTokenCapitalized);
  h.Finish();
  std::vector<ActorMention> mentions = {h.Mention(0, 1, "state"),
                                        h.Mention(1, 2, "state"),
                                        h.Mention(2, 3, "state")};
  std::vector<NerSpan> spans;
  MentionsToNerSpans(h.doc, h.text, mentions, lexicons->get(), true, nullptr,
                     &spans);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(h.doc.text.substr(spans[0].begin, spans[0].end - spans[0].begin),
            "Suisse");
}

}  // namespace
}  // namespace tocsin
