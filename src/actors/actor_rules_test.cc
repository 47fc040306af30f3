// The matching rules on a small dictionary written here, independent of
// the project dictionaries' content.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "actors/actor_matcher.h"
#include "actors/actor_test_util.h"
#include "dict/fold.h"
#include "util/binary_format.h"

namespace tocsin {
namespace {

constexpr char kDictionary[] = R"(
[state.XLA]
type = state
iso = XL XLA
names = Lanovia | Lanovie
adj.en = Lanovian
adj.fr = lanovien | lanovienne | lanoviens | lanoviennes
code = XLA

[state.XMB]
type = state
names = Mirabia
adj.en = Mirabian
code = XMB

[seat.tower]
type = seat
names = Grey Tower
names.fr = Tour grise
code = XLAGOV
country = XLA

[agent.military]
type = agent
names.en = army | troops
names.fr = armée | troupes
code = ~MIL

[agent.ministry]
type = agent
names.fr = ministère
code = ~GOV

[agent.defence_ministry]
type = agent
names.fr = ministère de la Défense
code = ~MIL

[agent.president]
type = agent
names.en = president
names.fr = président
code = ~GOV

[agent.officials]
type = agent
names.en = officials
code = ~GOV

# Written forms only (PETRARCH's "{}"): no plural through the lemma.
[agent.warden]
type = agent
names.en = =warden | =prison board
code = ~COP

[person.roe_jane]
type = person
names = Jane Roe
code = XLAGOV 2010-01-01..2015-12-31 ; president | présidente
code = XLAGOV 2016-01-01.. ; prime minister | Première ministre
code = XLA

# A person filed under the country alone, as some imported dictionaries do.
[state.ilmarin]
type = state
names = Ilmarin
code = XLA

[media.xtv]
type = media
names = XTV
code = XLAMED

[company.nice]
type = company
names = Nice
code = XLABUS

[igo.pact]
type = igo
names.en = Lanovia Pact
code = IGOXLA
)";

struct RuleExpect {
  const char* span;
  const char* code;  // "-": no mention with this span
  const char* role = nullptr;
  MentionSource source = MentionSource::kDictionary;
};

struct RuleCase {
  const char* language;
  const char* date;
  const char* text;
  std::vector<RuleExpect> expect;
};

std::ostream& operator<<(std::ostream& os, const RuleCase& c) {
  return os << c.text;
}

class RulesTest : public ::testing::TestWithParam<RuleCase> {
 protected:
  static void SetUpTestSuite() {
    ASSERT_TRUE(Env().status.ok()) << Env().status.ToString();
    std::vector<DictProblem> problems;
    auto m = CompileForTest(kDictionary, &problems);
    ASSERT_TRUE(m.ok()) << m.status().ToString();
    ASSERT_TRUE(problems.empty()) << problems[0].ToString();
    matcher_ = std::move(m).value().release();
  }
  static const ActorMatcher* matcher_;
};
const ActorMatcher* RulesTest::matcher_ = nullptr;

TEST_P(RulesTest, Matches) {
  ASSERT_NE(matcher_, nullptr);
  const RuleCase& c = GetParam();
  Document doc;
  doc.language = c.language;
  doc.published = c.date;
  doc.text = c.text;
  AnalyzedText text;
  AnalyzeForTest(doc, &text);
  std::vector<ActorMention> mentions;
  matcher_->Match(doc, text, &mentions);
  std::string dump;
  for (const ActorMention& m : mentions) {
    dump += "  [" + doc.text.substr(m.begin, m.end - m.begin) + "] " + m.code +
            " " + MentionSourceName(m.source) + "\n";
  }
  for (const RuleExpect& e : c.expect) {
    const ActorMention* found = nullptr;
    for (const ActorMention& m : mentions) {
      if (doc.text.substr(m.begin, m.end - m.begin) == e.span) found = &m;
    }
    if (std::string(e.code) == "-") {
      EXPECT_EQ(found, nullptr) << "unexpected [" << e.span << "]\n" << dump;
      continue;
    }
    ASSERT_NE(found, nullptr) << "no mention [" << e.span << "]\n" << dump;
    EXPECT_EQ(found->code, e.code) << e.span << "\n" << dump;
    EXPECT_EQ(found->source, e.source) << e.span << "\n" << dump;
    if (e.role != nullptr) {
      EXPECT_EQ(found->role, e.role) << e.span;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, RulesTest,
    ::testing::Values(
        // Dates: the dated line holding the date, else the undated one.
        RuleCase{"en",
                 "2012-06-01",
                 "Jane Roe spoke.",
                 {{"Jane Roe", "XLAGOV", "president"}}},
        RuleCase{"fr",
                 "2020-06-01T10:00:00Z",
                 "Jane Roe a parlé.",
                 {{"Jane Roe", "XLAGOV", "Première ministre"}}},
        RuleCase{
            "en", "2005-01-01", "Jane Roe spoke.", {{"Jane Roe", "XLA", ""}}},
        // No date: read as current news, so the role still held.
        RuleCase{"en",
                 "",
                 "Jane Roe spoke.",
                 {{"Jane Roe", "XLAGOV", "prime minister"}}},
        // An alias written "=form" matches that form, not its inflections.
        RuleCase{
            "en",
            "",
            "The Lanovian warden met Mirabian wardens.",
            {{"Lanovian warden", "XLACOP", nullptr, MentionSource::kCombined},
             {"Mirabian wardens", "-"},
             {"wardens", "-"}}},
        RuleCase{"en",
                 "",
                 "Lanovia's prison boards and Mirabia's prison board.",
                 {{"Lanovia's prison boards", "-"},
                  {"Mirabia's prison board", "XMBCOP", nullptr,
                   MentionSource::kCombined}}},
        // Case rules: all-caps aliases, capitalised one-word aliases.
        RuleCase{"en",
                 "",
                 "XTV aired it, but xtv did not.",
                 {{"XTV", "XLAMED"}, {"xtv", "-"}}},
        RuleCase{"en",
                 "",
                 "A nice day in Nice.",
                 {{"nice", "-"}, {"Nice", "XLABUS"}}},
        RuleCase{"en",
                 "",
                 "LANOVIA AND MIRABIA",
                 {{"LANOVIA", "XLA"}, {"MIRABIA", "XMB"}}},
        RuleCase{"en",
                 "",
                 "the grey tower and the Grey Tower",
                 {{"grey tower", "-"}, {"Grey Tower", "XLAGOV"}}},
        // A one-word place starting an unknown longer name is not the place.
        RuleCase{"en",
                 "",
                 "Lanovia Kowalski spoke while Mirabia objected.",
                 {{"Lanovia", "-"}, {"Mirabia", "XMB"}}},
        // Longest match wins over the shorter alias inside it.
        RuleCase{"en",
                 "",
                 "The Lanovia Pact met.",
                 {{"Lanovia Pact", "IGOXLA"}, {"Lanovia", "-"}}},
        // Combinations, both orders, possessive, of-phrases, seats.
        RuleCase{
            "en",
            "",
            "Lanovian troops entered Mirabia.",
            {{"Lanovian troops", "XLAMIL", nullptr, MentionSource::kCombined},
             {"Mirabia", "XMB"}}},
        RuleCase{"fr",
                 "",
                 "Les troupes lanoviennes et l'armée de la Lanovie.",
                 {{"troupes lanoviennes", "XLAMIL", nullptr,
                   MentionSource::kCombined},
                  {"armée de la Lanovie", "XLAMIL", nullptr,
                   MentionSource::kCombined}}},
        RuleCase{
            "en",
            "",
            "Mirabia's army and the army of Lanovia.",
            {{"Mirabia's army", "XMBMIL", nullptr, MentionSource::kCombined},
             {"army of Lanovia", "XLAMIL", nullptr, MentionSource::kCombined}}},
        RuleCase{"en",
                 "",
                 "Grey Tower officials denied it.",
                 {{"Grey Tower officials", "XLAGOV", nullptr,
                   MentionSource::kCombined}}},
        // A plural agent before a list of names is each name's; a
        // singular one, or a list no "and" closes, keeps the first.
        RuleCase{"en",
                 "",
                 "The officials of Lanovia and Mirabia met.",
                 {{"officials of Lanovia", "XLAGOV", nullptr,
                   MentionSource::kCombined},
                  {"Mirabia", "XMBGOV", nullptr, MentionSource::kCombined}}},
        RuleCase{
            "en",
            "",
            "The army of Lanovia and Mirabia met.",
            {{"army of Lanovia", "XLAMIL", nullptr, MentionSource::kCombined},
             {"Mirabia", "XMB"}}},
        RuleCase{
            "en",
            "",
            "The troops of Lanovia, Mirabia said.",
            {{"troops of Lanovia", "XLAMIL", nullptr, MentionSource::kCombined},
             {"Mirabia", "XMB"}}},
        RuleCase{"fr",
                 "",
                 "Les troupes de la Lanovie et du Mirabia sont parties.",
                 {{"troupes de la Lanovie", "XLAMIL", nullptr,
                   MentionSource::kCombined},
                  {"Mirabia", "XMBMIL", nullptr, MentionSource::kCombined}}},
        // English: a subject agent takes a place after "from"; an object,
        // an owned agent, or a place after "in" does not.
        RuleCase{"en",
                 "",
                 "Troops from Mirabia entered Lanovia.",
                 {{"Troops from Mirabia", "XMBMIL", nullptr,
                   MentionSource::kCombined},
                  {"Lanovia", "XLA"}}},
        RuleCase{"en",
                 "",
                 "Officials from Lanovia and Mirabia met.",
                 {{"Officials from Lanovia", "XLAGOV", nullptr,
                   MentionSource::kCombined},
                  {"Mirabia", "XMBGOV", nullptr, MentionSource::kCombined}}},
        RuleCase{"en",
                 "",
                 "Mirabia withdrew troops from Lanovia.",
                 {{"troops", "MIL"}, {"Lanovia", "XLA"}}},
        // "its troops" after "Mirabia said" are Mirabia's (the subject's,
        // ShareCountryWithOwnerPronoun), never Lanovia's.
        RuleCase{"en",
                 "",
                 "Mirabia said its troops from Lanovia left.",
                 {{"troops", "XMBMIL", nullptr, MentionSource::kCombined},
                  {"Lanovia", "XLA"}}},
        RuleCase{"en",
                 "",
                 "Talks with Mirabia would expose its army to sanctions.",
                 {{"Mirabia", "XMB"}, {"army", "MIL"}}},
        RuleCase{"en",
                 "",
                 "Officials in Lanovia met.",
                 {{"Officials", "GOV"}, {"Lanovia", "XLA"}}},
        RuleCase{"fr",
                 "",
                 "l'armée du Mirabia",
                 {{"armée du Mirabia", "XMBMIL", nullptr,
                   MentionSource::kCombined}}},
        // French puts the country adjective inside an institution's name.
        RuleCase{"fr",
                 "",
                 "Le ministère lanovien de la Défense a répondu.",
                 {{"ministère lanovien", "XLAMIL", nullptr,
                   MentionSource::kCombined}}},
        RuleCase{"fr",
                 "",
                 "Le ministère lanovien des Finances a répondu.",
                 {{"ministère lanovien", "XLAGOV", nullptr,
                   MentionSource::kCombined}}},
        // Lower-case words naming the branch may stand between them.
        RuleCase{"en",
                 "",
                 "Lanovian border army officials met.",
                 {{"Lanovian border army officials", "XLAMIL", nullptr,
                   MentionSource::kCombined}}},
        RuleCase{
            "en", "", "Lanovian cities asked the army.", {{"army", "MIL"}}},
        // An agent alone codes its suffix; an adjective alone its state.
        RuleCase{"en",
                 "",
                 "The army said the Mirabian left.",
                 {{"army", "MIL"}, {"Mirabian", "XMB"}}},
        // Agent runs take the specific suffix.
        RuleCase{"en",
                 "",
                 "Lanovian army officials met.",
                 {{"Lanovian army officials", "XLAMIL", nullptr,
                   MentionSource::kCombined}}},
        // Titles merge with the person they precede.
        RuleCase{"en",
                 "2012-06-01",
                 "President Jane Roe and Lanovian President Jane Roe.",
                 {{"President Jane Roe", "XLAGOV", "president"},
                  {"Lanovian President Jane Roe", "XLAGOV"}}},
        RuleCase{"fr",
                 "2012-06-01",
                 "le président lanovien Jane Roe",
                 {{"président lanovien Jane Roe", "XLAGOV", "présidente"}}},
        // An organisation's staff or forces are the organisation.
        RuleCase{"en",
                 "",
                 "Lanovia Pact troops entered Mirabia.",
                 {{"Lanovia Pact troops", "IGOXLA"}, {"troops", "-"}}},
        RuleCase{"en",
                 "",
                 "The army of the Lanovia Pact left.",
                 {{"army of the Lanovia Pact", "IGOXLA"}}},
        RuleCase{"en",
                 "",
                 "Lanovia Pact defence officials met.",
                 {{"Lanovia Pact defence officials", "IGOXLA"}}},
        // A name filed under the title's country is the titled person.
        RuleCase{"en",
                 "",
                 "Lanovia President Ilmarin met Mirabia.",
                 {{"Lanovia President Ilmarin", "XLAGOV", nullptr,
                   MentionSource::kCombined},
                  {"Ilmarin", "-"}}},
        RuleCase{
            "en", "", "Mirabian troops Ilmarin said.", {{"Ilmarin", "XLA"}}},
        // Surname coreference: "Roe" alone is not an alias.
        RuleCase{"en",
                 "2012-06-01",
                 "Jane Roe arrived. Then Roe spoke.",
                 {{"Roe", "XLAGOV", "president", MentionSource::kCoreference}}},
        RuleCase{"en",
                 "2012-06-01",
                 "Roe spoke before Jane Roe arrived.",
                 {{"Roe", "-"}}},
        // Language: names.fr aliases do not match English text.
        RuleCase{"en", "", "Tour grise", {{"Tour grise", "-"}}},
        RuleCase{"fr", "", "La Tour grise", {{"Tour grise", "XLAGOV"}}}));

TEST(ActorMatcherFileTest, RejectsCorruptFiles) {
  ASSERT_TRUE(Env().status.ok()) << Env().status.ToString();
  std::vector<ActorEntry> entries;
  std::vector<DictProblem> problems;
  ParseActorDictionary(kDictionary, "t.txt", &entries, &problems);
  CompileOptions options;
  options.analyzer = Env().analyzer.get();
  std::string binary;
  ASSERT_TRUE(
      CompileActorDictionary(entries, options, &binary, &problems).ok());
  ASSERT_TRUE(ActorMatcher::FromBinary(binary).ok());

  std::string flipped = binary;
  flipped[flipped.size() / 2] ^= 0x40;
  EXPECT_EQ(ActorMatcher::FromBinary(flipped).status().code(),
            StatusCode::kDataLoss);
  EXPECT_EQ(ActorMatcher::FromBinary(binary.substr(0, 100)).status().code(),
            StatusCode::kDataLoss);
  // A consistent envelope around an inconsistent payload: offsets checked.
  std::string payload = binary.substr(kBinaryHeaderSize);
  ActorFileHeader h;
  std::memcpy(&h, payload.data(), sizeof(h));
  h.strings_offset = payload.size();
  h.strings_size = 1000;
  std::memcpy(payload.data(), &h, sizeof(h));
  auto bad = ActorMatcher::FromBinary(
      EncodeBinaryFile(kActorMagic, kActorFormatVersion, payload));
  EXPECT_EQ(bad.status().code(), StatusCode::kDataLoss)
      << bad.status().ToString();
  EXPECT_EQ(ActorMatcher::Open("/nonexistent/actors.bin").status().code(),
            StatusCode::kNotFound);
}

TEST(ActorMatcherFileTest, NameFinderMentionsLinkBySurname) {
  ASSERT_TRUE(Env().status.ok()) << Env().status.ToString();
  Document doc;
  doc.language = "fr";
  doc.text = "L'analyste Konrad Muzyka le dit. Muzyka ajoute.";
  AnalyzedText text;
  AnalyzeForTest(doc, &text);
  // What a name finder would append: two name mentions, no code.
  std::vector<ActorMention> mentions;
  for (auto [first, end] : {std::pair<uint32_t, uint32_t>{7, 8}, {2, 4}}) {
    ActorMention m;
    m.first_token = first;
    m.end_token = end;
    m.begin = text.tokens[first].begin;
    m.end = text.tokens[end - 1].end;
    m.type = "PERSON";
    m.source = MentionSource::kNameFinder;
    mentions.push_back(m);
  }
  ASSERT_EQ(
      doc.text.substr(mentions[0].begin, mentions[0].end - mentions[0].begin),
      "Muzyka");
  LinkCoreferences(doc, text, &mentions);
  EXPECT_EQ(
      doc.text.substr(mentions[0].begin, mentions[0].end - mentions[0].begin),
      "Konrad Muzyka");
  EXPECT_EQ(mentions[0].antecedent, -1);
  EXPECT_EQ(mentions[1].antecedent, 0);
}

// The obvious implementation LinkCoreferences replaced: sorts the mentions
// themselves, groups them by sorting on the entry id strings, and folds the
// last word of every earlier mention again for each one-token name.
void ReferenceLinkCoreferences(const Document& doc, const AnalyzedText& text,
                               std::vector<ActorMention>* mentions) {
  std::vector<ActorMention>& m = *mentions;
  std::stable_sort(m.begin(), m.end(), [](const auto& a, const auto& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  });
  for (ActorMention& x : m) x.antecedent = -1;
  auto links = [](const ActorMention& x) {
    return !x.entry_id.empty() && x.source != MentionSource::kCombined &&
           x.type != "agent";
  };
  for (size_t i = 0; i < m.size(); ++i) {
    if (!links(m[i])) continue;
    for (size_t j = 0; j < i; ++j) {
      if (links(m[j]) && m[j].entry_id == m[i].entry_id) {
        m[i].antecedent = static_cast<int32_t>(j);
        break;
      }
    }
  }
  auto key = [&](uint32_t t) {
    return t < text.tokens.size() ? FoldKey(Surface(doc, text.tokens[t])) : 0;
  };
  for (size_t i = 0; i < m.size(); ++i) {
    ActorMention& x = m[i];
    if (x.source != MentionSource::kNameFinder || x.antecedent >= 0 ||
        x.end_token != x.first_token + 1) {
      continue;
    }
    for (size_t j = 0; j < i; ++j) {
      const ActorMention& a = m[j];
      if (a.end_token - a.first_token >= 2 && a.end_token <= x.first_token &&
          key(a.end_token - 1) == key(x.first_token)) {
        x.antecedent =
            a.antecedent >= 0 ? a.antecedent : static_cast<int32_t>(j);
        break;
      }
    }
  }
}

TEST(LinkCoreferencesTest, AgreesWithReferenceOnRandomMentions) {
  Document doc;
  doc.language = "en";
  doc.text =
      "Anna Berg met Carl Dahl and Berg in Oslo. Dahl told Erik Berg that "
      "Anna Dahl and Carl Berg would meet Erik in Bergen with Oslo officials.";
  AnalyzedText text;
  AnalyzeForTest(doc, &text);
  const uint32_t tokens = static_cast<uint32_t>(text.tokens.size());
  ASSERT_GT(tokens, 20u);
  const char* ids[] = {"", "person.BERG", "person.DAHL", "state.NOR",
                       "agent.military+state.NOR"};
  const char* types[] = {"person", "state", "agent", "PERSON"};
  const MentionSource sources[] = {
      MentionSource::kDictionary, MentionSource::kCombined,
      MentionSource::kNameFinder, MentionSource::kCoreference};
  std::mt19937 random(7);
  for (int trial = 0; trial < 500; ++trial) {
    std::vector<ActorMention> mentions(random() % 25);
    for (size_t i = 0; i < mentions.size(); ++i) {
      ActorMention& x = mentions[i];
      x.first_token = random() % tokens;
      x.end_token =
          std::min<uint32_t>(tokens, x.first_token + 1 + random() % 3);
      x.begin = text.tokens[x.first_token].begin;
      x.end = text.tokens[x.end_token - 1].end;
      x.entry_id = ids[random() % 5];
      x.type = types[random() % 4];
      x.source = sources[random() % 4];
      x.code = "m" + std::to_string(i);  // tells equal spans apart
      x.antecedent = static_cast<int32_t>(random() % 3) - 1;
    }
    std::vector<ActorMention> expected = mentions;
    ReferenceLinkCoreferences(doc, text, &expected);
    LinkCoreferences(doc, text, &mentions);
    ASSERT_EQ(mentions.size(), expected.size());
    for (size_t i = 0; i < mentions.size(); ++i) {
      EXPECT_EQ(mentions[i].code, expected[i].code) << trial << " " << i;
      EXPECT_EQ(mentions[i].antecedent, expected[i].antecedent)
          << trial << " " << i;
    }
  }
}

}  // namespace
}  // namespace tocsin
