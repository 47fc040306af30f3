// Per-language function words the event coder's syntax rules read:
// negation, modality, passive auxiliaries, coordination, relative pronouns,
// the prepositions that mark a source or a target. The rules are the same
// for every language; only these lists differ (dict/events/<lang>/_roles.txt).
//
// Format: one list per line, `name = word | word | ...`, `#` comments.
// Words are compared case- and accent-folded against a token's lemma or
// form, like pattern literals.
#ifndef TOCSIN_EVENTS_EVENT_ROLES_H_
#define TOCSIN_EVENTS_EVENT_ROLES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tocsin/status.h"
#include "util/key_table.h"

namespace tocsin {

// A set of folded-word keys (FoldKey). The syntax rules ask about one token
// after another, most of which are in no set: KeyTable's bit filter answers
// those without probing (a sorted vector's binary search, out of line, was
// about 6 % of `tocsin code` without knowledge).
class WordKeySet {
 public:
  void Add(uint64_t key) { table_.Insert(key); }
  bool Contains(uint64_t key) const { return table_.Find(key) != nullptr; }
  bool empty() const { return table_.size() == 0; }
  // This set's bit in EventRoles::word_sets (one bit set), 0 for a set
  // outside an EventRoles.
  uint64_t bit() const { return bit_; }
  void set_bit(uint64_t bit) { bit_ = bit; }

 private:
  KeyTable<bool> table_;
  uint64_t bit_ = 0;
};

struct EventRoles {
  WordKeySet negation;         // not, never, n't / pas, jamais, plus
  WordKeySet negation_clitic;  // French ne, n': the negation needs both
  WordKeySet negating_verbs;   // refuse, fail, deny / refuser, nier
  WordKeySet modal;            // could, might, may, would
  WordKeySet future;           // will, would / aller: a future act
  WordKeySet condition;        // if, unless / si
  WordKeySet passive_aux;      // be, get / être
  WordKeySet agent_prep;       // by / par
  WordKeySet reflexive;        // French se, s': "se sont retirés" is active
  WordKeySet coordination;     // and / et
  // "to attack", "de frapper": a verb after one of these is the complement
  // of the verb before it.
  WordKeySet infinitive_marker;
  WordKeySet relative;        // who, which / qui, dont, lequel
  WordKeySet inclusion;       // including / dont, notamment
  WordKeySet complementizer;  // that / que: a clause follows, not a target
  WordKeySet own_determiner;  // its, their / ses, leurs: the subject's own
  // counterpart / homologue: "son homologue" is the other side, not the
  // subject's own.
  WordKeySet counterpart;
  // between / entre: "clashes between X and Y" names both parties.
  WordKeySet between;
  WordKeySet source_prep;  // after a noun trigger: of, by, from / de, par
  WordKeySet target_prep;  // on, against / contre, sur, envers
  // After a noun of an act addressed to someone: to / à, au, aux
  // ("an appeal to Moscow", "un avertissement à la Grèce").
  WordKeySet addressee_prep;
  WordKeySet locative;       // in, at / à, en, dans: not a source
  WordKeySet place_prep;     // in, near / dans, en: not a target
  WordKeySet possessive;     // 's
  WordKeySet reporter_prep;  // according (to) / selon
  WordKeySet object_clitic;  // French le, la, les, l', lui, leur
  // "went on strike to demand", "manifesté pour exiger": a verb right
  // after one of these, following another event, is that event's purpose.
  WordKeySet purpose;  // to / pour, afin
  // "the killing of civilians": after a noun of coercion or violence, the
  // actor after this preposition is the victim (en: of).
  WordKeySet patient_prep;
  // "l'invasion de l'Ukraine", "l'arrestation du journaliste": nouns of an
  // act done to someone, whose de/of complement is the one who undergoes
  // it even where the preposition alone would mark the owner ("l'offensive
  // de la Russie").
  WordKeySet patient_nouns;
  // "drills around Taiwan", "des navires autour de Taïwan": a show of
  // force aimed at what it surrounds.
  WordKeySet surround_prep;
  // "a déployé des soldats en Roumanie": before a country, where forces
  // are sent is the country the show of force is aimed at.
  WordKeySet stationed_prep;
  // "the withdrawal of French troops from Mali", "a retiré ses troupes du
  // Mali": before a state, the country a retreat (087x) leaves.
  WordKeySet departure_prep;
  // "utilise des civils comme boucliers humains": a noun act after this
  // word is what the verb's subject does to the verb's object.
  WordKeySet predicative_prep;
  // "les familles des soldats mobilisés ont demandé": relatives who act
  // for those they are kin to; the actor after "de" is no subject.
  WordKeySet kin_nouns;
  // "de violents combats avec l'armée congolaise", "un accord avec Kiev":
  // after a noun act, the party it is done with.
  WordKeySet partner_prep;
  // "la visite de Xi Jinping à Riyad", "Erdogan's visit to Moscow": after
  // a noun of a visit, the host.
  WordKeySet visit_prep;
  // "criticized the closure of schools in X": the preposition whose actor
  // is the party an act on a situation concerns (ObjectRules::
  // concerned_place). Empty where the language's gold keeps places apart.
  WordKeySet concerned_place_prep;
  // "Putin's threats drew condemnation from the G7", "a suscité une vive
  // protestation de Paris": the disapproval is aimed at the verb's subject.
  WordKeySet provoke_verbs;
  // "X and Y accused each other": right after the trigger, coordinated
  // subjects act on one another (each / mutuellement).
  WordKeySet reciprocal;
  // Relative pronouns that are the subject of their clause (who / qui):
  // "the men who attacked" names no other subject.
  WordKeySet subject_relative;
  // "fought alongside Ukrainian troops", "aux côtés des troupes": a partner,
  // not a target.
  WordKeySet companion;
  // "in the dispute with X", "in talks with X": after a noun inside a place
  // phrase, the preposition names the noun's other party, not a place.
  WordKeySet party_prep;
  // "along the border with Iraq": nouns whose party_prep phrase still
  // names a place.
  WordKeySet boundary_nouns;
  // "withdrew despite calls by X", "malgré les appels de X": the appeal is
  // addressed to the main clause's subject.
  WordKeySet concessive;
  // "malgré les offres de Pékin": a noun act after these words is the
  // background of the clause's event, not an event (French gold
  // convention; English codes "despite calls by X").
  WordKeySet background_prep;
  // "sans la revendiquer": an infinitive after these is an act not done,
  // no event (French gold convention).
  WordKeySet privative;
  // "preparing to use", "s'apprête à frapper": a verb governing the
  // event's infinitive that says the act is planned, not done.
  WordKeySet irrealis_verbs;
  // "withdrew to avoid being encircled", "pour éviter l'encerclement": a
  // verb whose object or complement is an act that did not happen.
  WordKeySet averting_verbs;
  // "Lukashenko ordered Belarusian troops to deploy": a verb by which a
  // leader has his own country's forces act; the act is the leader's.
  WordKeySet command_verbs;
  // "no indication that", "aucune preuve que": a determiner that negates
  // the noun governing a complement clause.
  WordKeySet negative_determiner;
  // "after a stampede killed 125 people", "lorsque ... ": a subordinate
  // clause has its own subject; the main clause's is not the verb's.
  WordKeySet subordinator;
  // "exige une réunion après les frappes russes", "during the visit": a
  // phrase of time states facts, outside what an appeal or threat means.
  WordKeySet time_prep;
  // "imposed during the summer protests", "arrêtée lors des
  // manifestations": what happened meanwhile has its own authors.
  WordKeySet during_prep;
  // "accusing it of genocide", "urged them to": object pronouns after the
  // verb, standing for an earlier actor (French uses object_clitic).
  WordKeySet object_pronoun;
  // "commented on the offensive": after these verbs of saying ("said on a
  // visit" names an occasion), the preposition of what was talked about.
  WordKeySet topic_verbs;
  // "denied supplying drones": verbs whose complement is an act their
  // author says did not happen (French gold codes "a démenti que X" as X's
  // act, so the list is English only).
  WordKeySet denial_verbs;
  WordKeySet topic_prep;
  // "une frappe russe a tué trois civils", "a drone strike hit the base":
  // verbs whose subject, a noun of force, strikes their object.
  WordKeySet force_effect_verbs;
  // "an attack carried out by X", "la coalition menée par X": participles
  // whose agent does what the noun before them names ("a truce rejected
  // by X" is not X's truce).
  WordKeySet performing_verbs;
  // "la mobilisation décrétée par Poutine", "la rupture ..., décidée par
  // l'Algérie": participles right after a noun act (or after a comma that
  // closes the noun's phrase) whose agent is the act's author.
  WordKeySet deciding_verbs;
  // "were killed in a PKK attack", "blessés dans une attaque du JNIM":
  // nouns of an attack whose author, named in the adjunct of a passive
  // verb that has no agent, did what the verb says.
  WordKeySet attack_nouns;
  // "est arrivé à Alger", "sont venus à Paris": verbs whose compound past
  // takes "être", which there is no passive.
  WordKeySet be_perfect_verbs;
  // "said it took Vodafone nine years", "a affirmé que l'Ukraine": verbs of
  // saying that take what is said as their object, never the person
  // addressed, who follows a preposition ("said to reporters").
  WordKeySet clause_speech_verbs;
  // "a rencontré Y", "s'est entretenu avec Y": verbs of meeting whose
  // object, in this language's coding, takes no part in the subject's act
  // (only coordinated subjects, "X et Y se sont rencontrés", act both
  // ways). Empty where "X met Y" is both sides' act.
  WordKeySet one_sided_meeting;
  // "Le Japon va débloquer une aide": future auxiliaries that announce
  // their subject's act, coded as its intent (03x) when no one reports it.
  WordKeySet announcing_future;
  // "sous l'égide de X", "under the auspices of X": a meeting held so is
  // the sponsor's with each party.
  WordKeySet auspices_nouns;
  // "the minister said the talks had failed": verbs of saying coded as a
  // statement (010) when every event they report names no actor. Empty
  // where reported speech alone is no event.
  WordKeySet bare_speech_verbs;
  // Words that make a sentence read as armed conflict (troops, war,
  // killed, ...): patterns marked %conflict code only with one of them, an
  // armed actor or actors of two countries in the sentence.
  WordKeySet conflict_cues;
  // "five years after crowds burned its embassy": spans of time before a
  // time preposition that date a past act.
  WordKeySet elapsed_nouns;
  // French conditional: a form ending in one of these suffixes whose stem
  // is its infinitive's (menacer-ait) or one of conditional_stems (pourr-).
  std::vector<std::string> conditional_suffixes;
  std::vector<std::string> conditional_stems;
  // English participle: true when a form that is not its lemma may be a
  // past participle (everything but -ing forms).
  std::vector<std::string> progressive_suffixes;  // ing
  // Past participles that no other form of the verb shares (French é,
  // ée, és, ées; empty in English, where "killed" is also the past tense).
  std::vector<std::string> participle_suffixes;
  // Every word of the lists above, with the bits of the lists that hold it:
  // the event coder looks each token up once per sentence here, and the
  // syntax rules then test bits (SyntaxContext::Is) instead of probing a
  // list per question, many questions per token.
  KeyTable<uint64_t> word_sets;

  // The bits of word_sets for a token with these lemma and form keys: the
  // lists holding either, as SyntaxContext::Is asks.
  uint64_t SetsOf(uint64_t lemma_key, uint64_t form_key) const {
    const uint64_t* by_lemma = word_sets.Find(lemma_key);
    const uint64_t* by_form =
        form_key == lemma_key ? nullptr : word_sets.Find(form_key);
    return (by_lemma != nullptr ? *by_lemma : 0) |
           (by_form != nullptr ? *by_form : 0);
  }
};

// The word lists of EventRoles by their names in the roles file, in the
// order of their bits (the first 64; the others have none).
std::vector<std::pair<std::string_view, WordKeySet EventRoles::*>>
EventRoleLists();

// Parses a roles file. Unknown list names and malformed lines are errors
// naming `file_name` and the line.
StatusOr<EventRoles> ParseEventRoles(std::string_view text,
                                     std::string_view file_name);

}  // namespace tocsin

#endif  // TOCSIN_EVENTS_EVENT_ROLES_H_
