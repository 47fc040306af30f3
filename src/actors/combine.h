// Stages 2 and 3 of ActorMatcher::Match (see actor_matcher.h): dictionary
// matches -> mentions. Internal to src/actors.
//
// Before combining, a one-word place name directly followed by a proper
// noun that no alias covers is dropped: it starts another name
// ("Dominique Strauss-Kahn", "Victoria Beckham", "Moscow Times").
//
// Combination rules, applied within a sentence to token-adjacent matches:
//  1. A run of adjacent agents is one agent ("military officials"); it
//     takes the first role suffix that is not GOV, the more specific one.
//  1b. A prefix agent (code "NGO~") right before a country name or
//      adjective joins it, its code first: "MSF Arnor" -> NGOARN, "an MSF
//      Arnor diplomat" -> NGOARNGOV. Alone it codes as its kind (NGO).
//  2. An agent takes a country partner, in each language's word order:
//       English (and undetermined languages): an adjective or a
//         state/bloc/region/seat name just before it ("Russian forces",
//         "US officials", "Kremlin officials"), possibly with a possessive
//         ("Russia's army"); else a name after "of [the]" ("the army of
//         Ukraine");
//       French: an adjective just after it ("forces russes", "les forces
//         armées russes", "le président russe", "l'armée ukrainienne"), or
//         a name after de / du / des / d' and an optional article
//         ("l'armée de l'Ukraine", "le gouvernement de Kiev"). Never an
//         adjective before it: in "le département russe responsable de",
//         "responsable" is not the Russian's agent.
//     The
//     mention's code is the partner's country code for the date plus the
//     agent's suffix: RUS + ~MIL -> RUSMIL. A seat gives its country
//     (Kremlin -> RUS).
//  2b. An armed-member agent left without a country (fighters, militants,
//      rebels: ~REB, ~INS, ~SEP, ~UAF) joins a named armed group beside
//      it and codes as the group: "Boko Haram fighters" (English, group
//      first), "les combattants de Boko Haram", "fighters of the Islamic
//      State" -> NGAINSBKH, IMGMOSISL.
//  2b'. English: an agent in subject position takes a place after "from"
//      ("soldiers from Chad" -> TCDMIL); not after a verb or a possessive
//      ("withdrew troops from X", "its forces from X" are someone
//      else's). Not "in": "protesters in X" stay OPP.
//  2c. A plural agent whose "of/de/from" partner opens a list of names closed
//      by "and/or/et/ou" is each name's agent: "the ambassadors of X, Y
//      and Z" -> XGOV, YGOV, ZGOV (ShareOfListAgents).
//  2d. English: names listed before a possessive share its plural agent:
//      "Russia and China's foreign ministers" -> RUSGOV, CHNGOV
//      (ShareOwnerListAgents). A possessive may stand up to three words
//      before its agent ("Ukraine's first deputy prime minister").
//  3. An agent (with or without its country) just before a person is that
//     person's title: one mention, coded as the person ("President
//     Vladimir Putin", "le président russe Vladimir Poutine").
//     The title may carry a complement ("ministre de l'Économie Emmanuel
//     Macron", "secretary of state Jane Roe"), and an organisation, seat or
//     country just before a titled person joins it ("NATO Secretary
//     General X", "Kremlin spokesman Y", "Hamas chief Z").
//  4. What is left codes alone. An agent codes as its bare suffix (MIL),
//     except an agent naming one person (entries "agent.role.*": minister,
//     analyst, spokesman), which alone names nobody and is dropped. A
//     country adjective that no agent took is dropped when it is used as an
//     adjective ("Russian oil"), and codes its state when it is a noun
//     ("les Russes", "the Ukrainians").
//  4b. An agent still without a country that renames, in apposition, a
//     phrase naming one ("la direction ... de Russie – également connue
//     sous le nom de ... ministère de la Défense"; a dash, a parenthesis,
//     "known as", "connu sous le nom de") takes that country.
//  5. A seat after a locative preposition is a place, coded as its country:
//     "in Moscow", "à Moscou", "près de Kyiv" -> RUS / UKR; "Moscow said"
//     stays RUSGOV.
// Mentions never start with an article ("les autorités ukrainiennes" is
// the mention "autorités ukrainiennes"), except inside a capitalised name
// mid-sentence ("Le Monde").
// Coreference: see LinkCoreferences (actor_matcher.h) and
// AddSurnameMentions below.
#ifndef TOCSIN_ACTORS_COMBINE_H_
#define TOCSIN_ACTORS_COMBINE_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "tocsin/actor.h"
#include "tocsin/document.h"
#include "tocsin/text.h"

namespace tocsin {

class ActorMatcher;
struct DictMatch;

struct MentionContext {
  const ActorMatcher& matcher;
  const Document& doc;
  const AnalyzedText& text;
  const std::vector<uint64_t>& keys;  // kKeysPerToken per token; form first
  uint32_t date;                      // yyyymmdd, 0 = unknown
};

// kPrefix: an agent whose code goes before its country's (PETRARCH
// "[NGO~]": "MSF Arnor", an organisation's branch in a country, NGOARN).
enum class UnitKind : uint8_t {
  kAgent,
  kAdjective,
  kPlace,
  kPerson,
  kOther,
  kPrefix
};

// A match on its way to becoming a mention.
struct MentionUnit {
  uint32_t first = 0, end = 0;  // tokens
  uint32_t sentence = 0;
  uint32_t entry = 0;             // the entry whose code the mention takes
  uint32_t partner = UINT32_MAX;  // country entry of a combination
  UnitKind kind = UnitKind::kOther;
  bool alive = true;
  // A seat named as a location ("in Moscow", "près de Kyiv"): the country,
  // not its government.
  bool locative = false;
  bool titled = false;       // a title was merged into this person
  bool person_role = false;  // agent naming one person ("agent.role.*")
  bool modifier = false;     // a country adjective used as an adjective
  // When the partner follows ("the army of X"), the end of the agent's
  // own words ("army"); 0 otherwise.
  uint32_t own_end = 0;
  std::string_view suffix;  // agents: role suffix without '~'
  std::string_view prefix;  // a prefix agent's code the mention starts with
};

struct CombineScratch {
  std::vector<MentionUnit> units;
  std::vector<uint8_t> covered;
  std::vector<std::pair<uint64_t, uint32_t>> surnames;
};

// Appends the mentions built from `matches` (ordered, as
// FindDictionaryMatches returns them) to *out, and the country adjectives
// used as adjectives ("l'offensive russe") to *modifiers when not null.
void BuildMentions(const MentionContext& context,
                   std::span<const DictMatch> matches, CombineScratch* scratch,
                   std::vector<ActorMention>* out,
                   std::vector<ActorMention>* modifiers);

// Light coreference for persons: after a person mention of two or more
// tokens ("Dmitri Medvedev"), a capitalised token that no mention covers
// and that equals the mention's last token (the surname) is a kCoreference
// mention of the same entry, with its code. Appends to *out (unsorted).
void AddSurnameMentions(const MentionContext& context, CombineScratch* scratch,
                        std::vector<ActorMention>* out);

}  // namespace tocsin

#endif  // TOCSIN_ACTORS_COMBINE_H_
