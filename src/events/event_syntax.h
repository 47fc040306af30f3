// The shallow syntax the event coder applies around a matched trigger:
// who is the source and the target, passive voice, coordination, and the
// negated / hypothetical flags. Language-neutral: every language-specific
// word comes from EventRoles.
//
// Internal to src/events; EventCoder is the public entry point.
#ifndef TOCSIN_EVENTS_EVENT_SYNTAX_H_
#define TOCSIN_EVENTS_EVENT_SYNTAX_H_

#include <cstdint>
#include <string>
#include <vector>

#include "events/event_roles.h"
#include "tocsin/actor.h"
#include "tocsin/document.h"
#include "tocsin/text.h"

namespace tocsin {

// One sentence as the syntax rules see it. Arrays are indexed by absolute
// token number and cover the whole document.
struct SyntaxContext {
  const Document* doc = nullptr;
  const AnalyzedText* text = nullptr;
  const EventRoles* roles = nullptr;
  const std::vector<ActorMention>* actors = nullptr;
  const std::vector<ActorMention>* modifiers = nullptr;
  const uint64_t* lemma_keys = nullptr;
  const uint64_t* form_keys = nullptr;
  // Per token: EventRoles::word_sets of its lemma and of its form, from
  // *roles; null to look every question up in its set instead.
  const uint64_t* token_sets = nullptr;
  const int32_t* mention_at = nullptr;   // mention covering the token, or -1
  const int32_t* modifier_at = nullptr;  // modifier covering it, or -1
  const uint8_t* trigger_at = nullptr;   // 1 where some event's trigger is
  uint32_t first = 0, end = 0;           // the sentence's tokens
  bool question = false;                 // the sentence ends with '?'
  int32_t reporter_mention = -1;         // "according to X": not a party

  bool Is(uint32_t t, const WordKeySet& set) const {
    if (token_sets != nullptr && set.bit() != 0) {
      return (token_sets[t] & set.bit()) != 0;
    }
    return set.Contains(lemma_keys[t]) || set.Contains(form_keys[t]);
  }
  WordClass Class(uint32_t t) const { return text->tokens[t].word_class; }
  // A coded mention (an actor the event can name) starting at t, or -1.
  int32_t CodedMentionStartingAt(uint32_t t) const;
};

// A party chosen for one side, with the rule that chose it.
struct PartyChoice {
  int32_t mention = -1;
  bool modifier = false;  // index into modifiers, not actors
  const char* why = "";
};

struct SyntaxResult {
  std::vector<PartyChoice> sources, targets;  // several under coordination
  bool passive = false;
  bool negated = false;
  bool hypothetical = false;
  bool future = false;  // will / would / aller / the French conditional
  // The targets are the parties "between X and Y" of a noun trigger: with
  // no source, they act on each other.
  bool between = false;
  // The targets are the parties of talks "between X and Y" a verb's
  // subject hosts: they talk with each other, and the host with each of
  // them (never the reverse).
  bool hosted = false;
  // The source sponsors talks ("sous l'égide de X") that the targets hold:
  // it talks with each of them, and they are not coded as talking again.
  bool sponsored = false;
  std::string why_flags;
};

// Assigns parties and flags to the event triggered at `trigger`.
// `slot_source`/`slot_target` are mentions the pattern's $S/$T captured
// (-1 when none); `previous_source` is the source of the previous verb
// event of the sentence, reused when "and" joins two verb phrases.
// `speech`: the trigger is a verb of saying, whose subject may follow it.
// `object` says how the object search reads what follows a verb trigger.
struct ObjectRules {
  // Force is used "in X", so a place may be the target when no other actor
  // is.
  bool place_target = false;
  // Force and coercion strike things a country adjective may own ("a
  // saboté une usine de drones iraniens", "seized Ukrainian ships"): that
  // country is the target when no actor is, even where a place is not.
  bool owner_target = false;
  // Acts on a thing that belongs to a country ("a acheté du pétrole
  // russe", "lifted the blockade of Ukrainian ports", "rejected the
  // Russian proposal"): with a source and no actor as the object, the
  // country adjective of the object's own phrase is the target.
  bool object_owner = false;
  // The verb governs a clause ("demanded that Russia withdraw"): the
  // clause's subject is the target.
  bool clause_target = false;
  // A show of force moves its own forces ("deployed police"): security
  // forces right after the verb are what moves, not the target.
  bool moves_forces = false;
  // The verb takes an infinitive complement ("threatened to strike X"):
  // the complement's object is the target, not a purpose clause's.
  bool governs = false;
  // A noun of coercion or violence ("the arrest of X by Y"): "of X" is the
  // victim, "by Y" the source.
  bool patient_noun = false;
  // An act addressed to someone (an appeal, a demand, a threat,
  // condolences): after a noun trigger, "to X" / "à X" is the target.
  bool addressed = false;
  // A gift (aid, weapons, supplies): after a verb pattern that ends on the
  // thing given, "to X" / "à X" names the recipient, ahead of any actor
  // inside the thing ("delivered an air defence system to Ukraine").
  bool given = false;
  // A military de-escalation (087: ceasefire, retreat): its other party
  // stands in the first phrase after the pattern ("withdrew from
  // Afghanistan", "surrendered to Ukrainian forces"); an actor past a
  // second preposition belongs to an adjunct ("under pressure from",
  // "after an attack by").
  bool near_target = false;
  // Retreats (087x): a state after `departure_prep` is the country the
  // forces leave, the target when nothing else is.
  bool leaves_country = false;
  // The noun act another event condemns: the governing verb's subject
  // condemns it and did not do it, so the noun's parties are its own.
  bool own_parties = false;
  // A visit (042): after its noun, the place visited is the host.
  bool visit = false;
  // An act done to a situation or thing ("criticized the closure of
  // schools in X", "appealed for calm in X"): with no other target, the
  // actor a `concerned_place_prep` phrase of the object names is the party
  // the act concerns. Not where acts take place (statements, meetings,
  // protests, force).
  bool concerned_place = false;
  // The pattern says its subject is the target (%subject_target): the
  // source is only the pattern's $S. The subject is that of the verb group
  // of the pattern's first word, `pattern_start` ("Mordor will be hosting
  // X to celebrate": Mordor).
  bool subject_target = false;
  uint32_t pattern_start = 0;
  // An accusation (112): the accused stands before "of/de"; what follows
  // is the charge, whose actors are not the target.
  bool accuses = false;
  // An intent (03): "was prepared to sign", "est déterminé à" describe the
  // subject's disposition; a participle before an infinitive is no
  // passive.
  bool intent = false;
  // A bare statement (010): after a verb of saying that takes what is
  // said as its object ("said", "a affirmé"), only "to X" / "à X" names a
  // target. (A comment's topic, "pessimiste quant à X", stays one.)
  bool statement = false;
  // A threat (13): "a prévenu qu'il prendrait des mesures si X se rendait
  // à Taïwan" is aimed at whom its if-clause makes act, when nothing in
  // the clause is.
  bool condition_target = false;
  // A meeting or negotiation (04, not mediation): "a ouvert des
  // pourparlers entre X et Y", "hosted talks between X and Y" are X's and
  // Y's with each other; the subject hosts them.
  bool consults = false;
};
SyntaxResult AnalyzeEventSyntax(const SyntaxContext& c, uint32_t trigger,
                                uint32_t match_end, int32_t slot_source,
                                int32_t slot_target,
                                PartyChoice previous_source, bool speech,
                                ObjectRules object);

// Whether token `t` can stand before a noun inside its noun phrase: a
// determiner, adjective or numeral, an actor or country adjective ("les
// positions turques", "Russia's"), a possessive or an elided article. The
// callers that walk to a noun phrase's head add what they also allow.
bool IsNounPhrasePremodifier(const SyntaxContext& c, uint32_t t);

// "Une frappe de drone américaine a tué un responsable", "a bomb planted
// by X killed six policemen": the verb of the clause whose subject the
// noun trigger heads (the first verb of the verb group after it; a
// participle with its agent, "planted by X", belongs to the subject), or
// UINT32_MAX when the noun is not that subject or the verb is passive.
// `noun_end` is the first token after the noun's own words, which may be
// before the pattern's end ("drones ... hit": the verb is in the pattern).
uint32_t VerbOfSubjectNoun(const SyntaxContext& c, uint32_t trigger,
                           uint32_t noun_end);

// "des positions ont été visées par des frappes israéliennes": the
// passive verb whose agent phrase the noun trigger heads, or UINT32_MAX.
uint32_t PassiveVerbOfAgentNoun(const SyntaxContext& c, uint32_t trigger);

// "The Kremlin did not criticise Kadyrov": the target is a named person of
// another dictionary entry than the source, so a shared actor code (both
// RUSGOV) does not make them one party.
bool TargetIsAnotherPerson(const SyntaxContext& c, PartyChoice source,
                           PartyChoice target);

// What a passive verb's subject names as undergoing it: the subject's
// actor, else the owner of the subject's noun.
PartyChoice PassiveUndergoer(const SyntaxContext& c, uint32_t verb);

// The subject and the object of `verb` as a verb trigger's are found.
PartyChoice SubjectOfVerb(const SyntaxContext& c, uint32_t verb);
PartyChoice ObjectOfVerb(const SyntaxContext& c, uint32_t verb,
                         ObjectRules rules);

// "..., a averti Dmitri Medvedev.": the subject of a verb trigger that
// follows its clause and closes the sentence, or none.
PartyChoice InvertedSubject(const SyntaxContext& c, uint32_t trigger);

// The subject of the first if-clause ("si l'Occident continuait") before
// token `before`, or none.
PartyChoice ConditionSubject(const SyntaxContext& c, uint32_t before);

// True for the punctuation no party search or pattern gap crosses (";",
// ":").
bool IsClauseBarrier(const SyntaxContext& c, uint32_t t);

// The first token of the verb group the trigger heads: auxiliaries,
// adverbs, negation, modals and clitics before it belong to it.
uint32_t VerbGroupStart(const SyntaxContext& c, uint32_t trigger);

// "were delivered", "a été livré": a past participle after a passive
// auxiliary of its own verb group.
bool IsPassiveParticiple(const SyntaxContext& c, uint32_t verb);

}  // namespace tocsin

#endif  // TOCSIN_EVENTS_EVENT_SYNTAX_H_
