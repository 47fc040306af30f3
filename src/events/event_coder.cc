#include "events/event_coder.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_map>
#include <utility>

#include "actors/actor_matcher.h"
#include "dict/fold.h"
#include "events/event_syntax.h"

namespace tocsin {

struct CompiledElement {
  PatternElement::Kind kind = PatternElement::Kind::kLiteral;
  std::vector<uint64_t> keys;
  uint8_t classes = kPatternAnyClass;
  bool optional = false;
  bool trigger = false;
  // A word is written with an accent (non-ASCII): "à".
  bool accented = false;
  bool exact = false;  // `=word`: the form as written only
};

struct CompiledPattern {
  std::string rule;  // "<lang>/<id>"
  std::string cameo;
  std::vector<CompiledElement> elements;
  bool speech = false;
  bool symmetric = false;
  bool compound = false;            // %compound
  bool subject_target = false;      // %subject_target
  bool conflict = false;            // %conflict
  bool null = false;                // kNullCode: its words are no event
  const CameoInfo* info = nullptr;  // nullptr for a null pattern
};

struct CompiledLanguage {
  std::string language;
  EventRoles roles;
  std::vector<CompiledPattern> patterns;
  // First literal's keys -> patterns, in file order: anchored[begin, +count).
  // Probed at every token; the bit filter turns most tokens away.
  struct AnchorRange {
    uint32_t begin = 0, count = 0;
  };
  KeyTable<AnchorRange> index;
  std::vector<uint32_t> anchored;
};

namespace {

constexpr uint32_t kMaxGap = 6;
constexpr size_t kMaxMatchTokens = 24;
constexpr size_t kMaxPartiesPerSide = 4;

std::string ReadFile(const std::filesystem::path& path, Status* status) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *status = NotFoundError("cannot read " + path.string());
    return {};
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

bool ClassAllowed(uint8_t classes, WordClass k) {
  if (classes == kPatternAnyClass) return true;
  if ((classes & kPatternVerb) &&
      (k == WordClass::kVerb || k == WordClass::kAuxiliary)) {
    return true;
  }
  if ((classes & kPatternNoun) &&
      (k == WordClass::kNoun || k == WordClass::kProperNoun)) {
    return true;
  }
  return (classes & kPatternAdjective) && k == WordClass::kAdjective;
}

// Per-thread scratch, grown once and reused.
struct CoderScratch {
  std::vector<uint64_t> lemma_keys, form_keys;
  std::vector<int32_t> mention_at, modifier_at;
  std::vector<uint8_t> used, trigger_at;
  // SyntaxContext::token_sets for the whole text, from one language's roles.
  std::vector<uint64_t> token_sets;
};

CoderScratch& Scratch() {
  thread_local CoderScratch scratch;
  return scratch;
}

struct MatchState {
  uint32_t trigger = 0;
  int32_t source = -1, target = -1;
  uint32_t literals = 0;
  // Literals that matched the token's own form where it differs from its
  // lemma ("left" on "left", not "leave" on "left"): the more specific
  // pattern at equal literal counts.
  uint32_t exact_forms = 0;
  uint32_t end = 0;
  uint32_t tokens[kMaxMatchTokens];
  uint32_t token_count = 0;
};

class SentenceMatcher {
 public:
  SentenceMatcher(const SyntaxContext& c, const CompiledPattern& p)
      : c_(c), p_(p) {}

  bool Match(uint32_t anchor, MatchState* st) {
    st->trigger = anchor;
    if (From(0, anchor, st)) return true;
    return MatchPassive(anchor, st);
  }

 private:
  bool Literal(const CompiledElement& e, uint32_t t) const {
    if (t >= c_.end) return false;
    if (!ClassAllowed(e.classes, c_.Class(t))) return false;
    // "et l'a remercié": only accent folding makes the auxiliary "a" the
    // preposition "à"; an accented literal matches an auxiliary by its
    // lemma only.
    const bool by_form = !e.accented || c_.Class(t) != WordClass::kAuxiliary;
    for (uint64_t k : e.keys) {
      if ((!e.exact && k == c_.lemma_keys[t]) ||
          (by_form && k == c_.form_keys[t])) {
        return true;
      }
    }
    return false;
  }

  // The literal names the token's irregular form itself ("left", "met",
  // not "leave", "meet"): a pattern written for that form means it. A
  // regular inflection ("menaces", "warning") says nothing more than its
  // lemma.
  bool ExactForm(const CompiledElement& e, uint32_t t) const {
    if (c_.form_keys[t] == c_.lemma_keys[t] ||
        std::find(e.keys.begin(), e.keys.end(), c_.form_keys[t]) ==
            e.keys.end()) {
      return false;
    }
    const Token& token = c_.text->tokens[t];
    // Function words ("les" for "le") say nothing of the act.
    if (token.word_class != WordClass::kVerb &&
        token.word_class != WordClass::kNoun &&
        token.word_class != WordClass::kAdjective) {
      return false;
    }
    const std::string_view form = c_.text->Normalized(token);
    const std::string_view lemma = c_.text->Lemma(token);
    size_t common = 0;
    while (common < form.size() && common < lemma.size() &&
           std::tolower(static_cast<unsigned char>(form[common])) ==
               std::tolower(static_cast<unsigned char>(lemma[common]))) {
      ++common;
    }
    constexpr size_t kMinStem = 3;
    return common <
           std::max(kMinStem, lemma.size() - std::min<size_t>(2, lemma.size()));
  }

  // "Medical supplies were delivered to Tigray", "le système a été livré à
  // l'Ukraine": in the passive, what a "VERB ... OBJECT" pattern expects
  // after its verb is the subject before the verb group. Only for a
  // pattern of a trigger verb, a gap and literals.
  bool MatchPassive(uint32_t anchor, MatchState* st) {
    constexpr uint32_t kMaxSubjectReach = 6;
    const auto& el = p_.elements;
    if (el.size() < 3 || el[0].kind != PatternElement::Kind::kLiteral ||
        el[1].kind != PatternElement::Kind::kGap) {
      return false;
    }
    for (size_t e = 1; e < el.size(); ++e) {
      if (el[e].trigger || el[e].kind == PatternElement::Kind::kTargetSlot ||
          el[e].kind == PatternElement::Kind::kSourceSlot) {
        return false;
      }
    }
    if (!Literal(el[0], anchor) || !IsPassiveParticiple(c_, anchor) ||
        !HasAgentPhrase(anchor)) {
      return false;
    }
    const uint32_t group = VerbGroupStart(c_, anchor);
    const uint32_t from = group > c_.first + kMaxSubjectReach
                              ? group - kMaxSubjectReach
                              : c_.first;
    for (uint32_t start = from; start < group; ++start) {
      MatchState s;
      s.trigger = anchor;
      s.tokens[s.token_count++] = anchor;
      s.literals = 1;
      s.exact_forms = ExactForm(el[0], anchor) ? 1 : 0;
      if (!From(2, start, &s) || s.end > group) continue;
      bool barrier = false;
      for (uint32_t t = start; t < group; ++t) {
        barrier |= IsClauseBarrier(c_, t) || c_.Class(t) == WordClass::kVerb;
      }
      if (barrier) continue;
      s.end = anchor + 1;
      *st = s;
      return true;
    }
    return false;
  }

  // "by the Red Cross", "par l'Allemagne" after the passive verb: who did
  // it is named. Without it ("the visit was postponed") the passive only
  // reports the outcome, and the subject may be no object of the act.
  bool HasAgentPhrase(uint32_t verb) const {
    constexpr uint32_t kMaxAgentReach = 8;
    for (uint32_t t = verb + 1; t + 1 < c_.end && t <= verb + kMaxAgentReach;
         ++t) {
      if (IsClauseBarrier(c_, t) ||
          (c_.Class(t) == WordClass::kPunctuation && t > verb + 1)) {
        return false;
      }
      if (!c_.Is(t, c_.roles->agent_prep)) continue;
      uint32_t q = t + 1;
      while (q < c_.end && (c_.Class(q) == WordClass::kDeterminer ||
                            (c_.text->tokens[q].flags & kTokenElided))) {
        ++q;
      }
      const int32_t m = q < c_.end ? c_.CodedMentionStartingAt(q) : -1;
      if (m >= 0 && !(*c_.actors)[m].code.empty()) return true;
    }
    return false;
  }

  bool From(size_t e, uint32_t pos, MatchState* st) {
    if (e == p_.elements.size()) {
      st->end = pos;
      return true;
    }
    const CompiledElement& el = p_.elements[e];
    switch (el.kind) {
      case PatternElement::Kind::kLiteral: {
        if (Literal(el, pos) && st->token_count < kMaxMatchTokens) {
          uint32_t saved_trigger = st->trigger;
          const uint32_t exact = ExactForm(el, pos) ? 1 : 0;
          st->tokens[st->token_count++] = pos;
          ++st->literals;
          st->exact_forms += exact;
          if (el.trigger) st->trigger = pos;
          if (From(e + 1, pos + 1, st)) return true;
          --st->token_count;
          --st->literals;
          st->exact_forms -= exact;
          st->trigger = saved_trigger;
        }
        return el.optional && From(e + 1, pos, st);
      }
      case PatternElement::Kind::kGap:
      case PatternElement::Kind::kSkip:
        // A skip passes over at least one token: "celebrated Iftar in
        // Osgiliath with Gondor" skips the place to reach its $T.
        for (uint32_t k = el.kind == PatternElement::Kind::kSkip ? 1 : 0;
             k <= kMaxGap && pos + k <= c_.end; ++k) {
          if (k > 0 && IsClauseBarrier(c_, pos + k - 1)) break;
          if (From(e + 1, pos + k, st)) return true;
        }
        return false;
      case PatternElement::Kind::kTargetSlot:
      case PatternElement::Kind::kSourceSlot: {
        uint32_t q = pos;
        while (q < c_.end && q < pos + 3 &&
               (c_.Class(q) == WordClass::kDeterminer ||
                (c_.text->tokens[q].flags & kTokenElided)) &&
               c_.mention_at[q] < 0) {
          ++q;
        }
        int32_t m = q < c_.end ? c_.CodedMentionStartingAt(q) : -1;
        if (m < 0 || (*c_.actors)[m].code.empty()) return false;
        int32_t& slot = el.kind == PatternElement::Kind::kTargetSlot
                            ? st->target
                            : st->source;
        int32_t saved = slot;
        slot = m;
        if (From(e + 1, (*c_.actors)[m].end_token, st)) return true;
        slot = saved;
        return false;
      }
    }
    return false;
  }

  const SyntaxContext& c_;
  const CompiledPattern& p_;
};

// The keys (lemma or form) of one sentence's tokens, as a 1024-bit filter
// with no false negatives. A pattern needs each of its required literals at
// some token of the sentence: when one has no key in the filter, the
// pattern cannot match there and is not tried (the literal prefilter of
// RE2's FilteredRE2, on folded keys). Most candidate patterns at an anchor
// end here, before the backtracking matcher walks its gaps.
class SentenceKeyFilter {
 public:
  void Reset(const SyntaxContext& c) {
    bits_.fill(0);
    for (uint32_t t = c.first; t < c.end; ++t) {
      Set(c.lemma_keys[t]);
      Set(c.form_keys[t]);
    }
  }
  bool MayHave(uint64_t key) const {
    const uint32_t bit = Bit(key);
    return (bits_[bit >> 6] >> (bit & 63)) & 1;
  }
  // False when some required literal after the anchor has none of its keys
  // in the sentence.
  bool MayMatch(const CompiledPattern& p) const {
    for (size_t e = 1; e < p.elements.size(); ++e) {
      const CompiledElement& el = p.elements[e];
      if (el.kind != PatternElement::Kind::kLiteral || el.optional) continue;
      bool any = false;
      for (uint64_t k : el.keys) any |= MayHave(k);
      if (!any) return false;
    }
    return true;
  }

 private:
  // FoldKey's bits are well mixed; KeyTable's filter uses bits 32 and up.
  static uint32_t Bit(uint64_t key) { return (key >> 20) & 1023; }
  void Set(uint64_t key) {
    const uint32_t bit = Bit(key);
    bits_[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
  std::array<uint64_t, 16> bits_{};
};

struct Candidate {
  uint32_t pattern = 0;
  MatchState state;
  bool embedded = false;    // the complement of another event's verb
  bool elaborates = false;  // a purpose or participle clause of another
  int32_t governor = -1;    // the candidate whose complement this one is
  int32_t elaborated = -1;  // the candidate whose purpose clause this is
  // A noun of force that is the subject of this verb strikes its object.
  uint32_t effect_verb = UINT32_MAX;
  bool effect_passive = false;  // the noun is that verb's passive agent
  // The noun act the governor condemns: it happened (one condemns what
  // was done), so it is coded, with its own parties only.
  bool condemned = false;
  // "..., déplore la rédaction": a verb of disapproval or statement after
  // its clause, with its subject after it, reports that clause.
  bool reports = false;
  // "..., a averti Dmitri Medvedev": a warning after its clause makes
  // that clause a threat.
  bool warns = false;
  // "Authorities denied killing demonstrators and blamed rioters": a
  // denial with a complement is its subject's act, no verb of saying
  // reporting the sentence's other events.
  bool denies = false;
};

// Roots whose verb takes the event it is about as its complement: appeal
// (02), intend (03), demand (10), disapprove (11: "accused X of arming"),
// reject (12), threaten (13). "X urged Y to withdraw" is X's appeal, not a
// withdrawal; "X pledged aid" is a pledge.
bool GovernsComplement(std::string_view cameo) {
  std::string_view root = cameo.substr(0, 2);
  return root == "02" || root == "03" || root == "10" || root == "11" ||
         root == "12" || root == "13";
}

// Demands, appeals and threats are addressed to the subject of the clause
// they govern: "demanded that Russia withdraw" is a demand on Russia.
bool ClauseGoverning(std::string_view cameo) {
  std::string_view root = cameo.substr(0, 2);
  return root == "02" || root == "10" || root == "13";
}

// Acts addressed to someone: the demands, appeals and threats above, and
// condolences (018). After the act's noun, "to X" / "à X" names them.
bool Addressed(std::string_view cameo) {
  return ClauseGoverning(cameo) || cameo == "018";
}

// Gifts (07: aid, weapons, supplies) name who receives them.
bool Given(std::string_view cameo) { return cameo.substr(0, 2) == "07"; }

// Threats and uses of force name where they strike: "une arme nucléaire
// en Ukraine", "shelling in Kharkiv".
bool UsesForce(std::string_view cameo) {
  std::string_view root = cameo.substr(0, 2);
  return root == "13" || root == "18" || root == "19" || root == "20";
}

// Assault, fighting and mass violence (18-20), and the destruction of
// property (1712): the acts a crowd of protesters commits as a riot.
bool ForceOrDestruction(std::string_view cameo) {
  const std::string_view root = cameo.substr(0, 2);
  return root == "18" || root == "19" || root == "20" ||
         cameo.starts_with("1712");
}

// Cooperation, concessions, disapproval, rejection and cuts are done to
// what a country owns or proposes ("a salué la décision américaine",
// "a acheté du pétrole russe", "a suspendu les importations de gaz
// russe"). Not statements, appeals, intents, meetings, demands or aid,
// whose object is what is said, asked, promised or given ("a discuté de
// la crise ukrainienne", "a livré des armes françaises"), nor shows of
// force ("à la frontière biélorusse" only says where).
bool ObjectOwner(std::string_view cameo) {
  const std::string_view root = cameo.substr(0, 2);
  // "s'est rangé à la proposition indonésienne": accord (019) is with
  // the owner of what is agreed to.
  return root == "05" || root == "06" || root == "08" || root == "11" ||
         root == "12" || root == "16" || cameo.substr(0, 3) == "019";
}

// CAMEO 145, protest violently, riot.
constexpr char kViolentProtest[] = "145";

// CAMEO 111, criticize or denounce: a government's protest.
constexpr char kGovernmentProtest[] = "111";

// "FRAGOV", "USAGOV": a country's government.
bool IsGovernment(std::string_view code) {
  return code.size() >= 6 && code.substr(3, 3) == "GOV";
}

// How the parties of an event coded `cameo` are read.
// "Gondor and Osgiliath have renewed ties": the nearest actor before the
// verb group is the last of coordinated ones ("X and Y", "X, Y").
bool CoordinatedSubject(const SyntaxContext& c, uint32_t trigger) {
  uint32_t t = VerbGroupStart(c, trigger);
  while (t > c.first && c.Class(t - 1) == WordClass::kAdverb) --t;
  // "the European Union (EU) agree": a parenthesis after the name.
  static const uint64_t kClose = FoldKey(")"), kOpen = FoldKey("(");
  if (t > c.first && c.form_keys[t - 1] == kClose) {
    uint32_t open = t - 1;
    while (open > c.first && c.form_keys[open] != kOpen) --open;
    if (c.form_keys[open] == kOpen) t = open;
  }
  if (t == c.first) return false;
  const int32_t last = c.mention_at[t - 1];
  if (last < 0 || (*c.actors)[last].code.empty()) return false;
  uint32_t link = (*c.actors)[last].first_token;
  while (link > c.first && (c.Class(link - 1) == WordClass::kDeterminer ||
                            c.Class(link - 1) == WordClass::kAdjective)) {
    --link;
  }
  if (link <= c.first + 1 || !(c.Is(link - 1, c.roles->coordination) ||
                               c.Class(link - 1) == WordClass::kPunctuation)) {
    return false;
  }
  const int32_t first = c.mention_at[link - 2];
  return first >= 0 && first != last && !(*c.actors)[first].code.empty();
}

ObjectRules ObjectRulesFor(std::string_view cameo) {
  ObjectRules object;
  // "abducted 50 women near Arbinda": an assault on people names where
  // it happened, not whom it struck.
  object.place_target = UsesForce(cameo) && !cameo.starts_with("18");
  object.owner_target =
      cameo.substr(0, 2) >= "17" && cameo.substr(0, 2) <= "20";
  object.object_owner = ObjectOwner(cameo);
  object.clause_target = ClauseGoverning(cameo);
  object.governs = GovernsComplement(cameo);
  const std::string_view force_root = cameo.substr(0, 2);
  object.patient_noun = force_root >= "16" && force_root <= "20";
  object.moves_forces = cameo.starts_with("15");
  object.addressed = Addressed(cameo);
  object.given = Given(cameo);
  object.near_target = cameo.starts_with("087") || cameo.starts_with("172");
  object.leaves_country = cameo.starts_with("087");
  object.visit = cameo == "042";
  // Statements, meetings, protests, shows of force, coercion and force
  // are done somewhere ("spoke in", "met in", "looting in X"); appeals,
  // intents, cooperation, aid, concessions and rejections are about a
  // situation there ("plans a plant in India").
  const std::string_view root = cameo.substr(0, 2);
  object.concerned_place = root != "01" && root != "04" && root != "14" &&
                           root != "15" && root != "17" && !UsesForce(cameo);
  object.accuses = cameo.starts_with("112");
  object.intent = cameo.starts_with("03");
  object.statement = cameo == "010";
  object.condition_target = cameo.starts_with("13");
  object.consults = cameo.starts_with("04") && cameo != "045";
  return object;
}

// The CAMEO intent (03x) to do what `cameo` codes.
std::string IntentFor(std::string_view cameo) {
  std::string_view root = cameo.substr(0, 2);
  if (root == "07") {
    if (cameo.substr(0, 3) == "071") return "0331";
    if (cameo.substr(0, 3) == "072") return "0332";
    if (cameo.substr(0, 3) == "073") return "0333";
    return "033";
  }
  if (root == "06") return cameo.substr(0, 3) == "062" ? "0312" : "031";
  if (cameo.substr(0, 3) == "084") return "0353";
  if (cameo.substr(0, 4) == "0871") return "0356";
  if (root == "08") return "035";
  if (root == "04") return "036";
  if (root == "05") return "032";
  return "030";
}

bool IsBarrierToken(const SyntaxContext& c, uint32_t t) {
  if (c.Class(t) != WordClass::kPunctuation) return false;
  std::string_view s = c.text->Normalized(c.text->tokens[t]);
  return s == ";" || s == ":" || s == "," || s == "(";
}

// Marks the candidates that are complements of an earlier governing one.
bool IsViolence(std::string_view cameo) {
  std::string_view root = cameo.substr(0, 2);
  return root == "18" || root == "19" || root == "20";
}

bool EndsWithAny(std::string_view s, const std::vector<std::string>& tails) {
  for (const std::string& t : tails) {
    if (s.size() > t.size() && s.substr(s.size() - t.size()) == t) return true;
  }
  return false;
}

// Token `t`'s form with ASCII letters lower-cased, for the suffix tests
// above; valid until the next call. The buffer is per thread so that these
// tests, run on many triggers, allocate nothing once warm.
std::string_view LowerForm(const SyntaxContext& c, uint32_t t) {
  thread_local std::string buffer;
  buffer.assign(c.text->Normalized(c.text->tokens[t]));
  for (char& ch : buffer) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return buffer;
}

// Verb events that only elaborate an earlier one of the sentence: a
// participle clause after a use of force (", killing 40", ", tuant 40"),
// and a purpose clause ("rallied to demand", "a manifesté pour exiger").
bool Elaborates(const SyntaxContext& c, const CompiledLanguage& lang,
                const Candidate& a, const Candidate& b) {
  const CompiledPattern& ap = lang.patterns[a.pattern];
  const CompiledPattern& bp = lang.patterns[b.pattern];
  const uint32_t at = a.state.trigger, bt = b.state.trigger;
  if (ap.speech || bp.speech || at >= bt || bt - at > 20) return false;
  if (c.Class(bt) != WordClass::kVerb || c.Class(at) != WordClass::kVerb) {
    return false;
  }
  for (uint32_t t = at + 1; t < bt; ++t) {
    if (IsClauseBarrier(c, t)) return false;
  }
  const uint32_t group = VerbGroupStart(c, bt);
  // "a tiré sur des manifestants, tuant des dizaines de personnes": after
  // repression too (17), the deaths are its toll.
  const bool force = IsViolence(ap.cameo) || ap.cameo.compare(0, 2, "17") == 0;
  if (group == bt && group > c.first && force && IsViolence(bp.cameo)) {
    std::string_view before = c.text->Normalized(c.text->tokens[group - 1]);
    const std::string_view form = LowerForm(c, bt);
    if (before == "," && EndsWithAny(form, c.roles->progressive_suffixes)) {
      return true;
    }
  }
  const bool purpose = c.Is(group, c.roles->purpose) ||
                       (group > at + 1 && c.Is(group - 1, c.roles->purpose));
  // "a convoqué l'ambassadeur pour protester": a protest that is the
  // purpose of a complaint restates it.
  if (purpose && ap.cameo.compare(0, 2, "11") == 0 &&
      bp.cameo.compare(0, 2, "14") == 0) {
    return true;
  }
  if (GovernsComplement(ap.cameo)) return false;
  return purpose;
}

// "un manifestant accusé d'avoir blessé", "a resolution condemning the
// annexation": a participle right after a noun describes that noun; the
// sentence's event is elsewhere.
bool IsReducedRelative(const SyntaxContext& c, uint32_t bt) {
  if (c.Class(bt) != WordClass::kVerb || bt == c.first) return false;
  if (VerbGroupStart(c, bt) != bt) return false;
  // "la basketteuse Brittney Griner, détenue en Russie depuis février": a
  // past participle in apposition, with only a place or a time after it,
  // describes the noun before the comma. (With "par" it names an author,
  // with "de" a charge: those stay events.)
  if (bt >= c.first + 2 && bt + 1 < c.end &&
      c.text->Normalized(c.text->tokens[bt - 1]) == "," &&
      (c.Class(bt - 2) == WordClass::kNoun ||
       c.Class(bt - 2) == WordClass::kProperNoun ||
       c.mention_at[bt - 2] >= 0) &&
      (c.Is(bt + 1, c.roles->place_prep) || c.Is(bt + 1, c.roles->time_prep))) {
    const std::string_view form = LowerForm(c, bt);
    if (EndsWithAny(form, c.roles->participle_suffixes)) return true;
  }
  const WordClass before = c.Class(bt - 1);
  if (before != WordClass::kNoun && before != WordClass::kProperNoun &&
      before != WordClass::kAdjective) {
    return false;
  }
  // "a-t-il de nouveau employé": an auxiliary or a subject pronoun a
  // little way back.
  for (uint32_t t = bt - 1; t > c.first && t + 4 > bt; --t) {
    const WordClass k = c.Class(t - 1);
    // "a arrêté un journaliste soupçonné de": that auxiliary is another
    // verb's.
    if (k == WordClass::kVerb) break;
    if (k == WordClass::kAuxiliary || k == WordClass::kPronoun) return false;
  }
  const std::string_view form = LowerForm(c, bt);
  if (EndsWithAny(form, c.roles->progressive_suffixes) ||
      EndsWithAny(form, c.roles->participle_suffixes)) {
    return true;
  }
  // English past participles look like past tenses. "the bodies of
  // militants killed in the raid": a past form with no object after it,
  // whose noun phrase is itself the object of a preposition, describes
  // that noun.
  const uint32_t after = bt + 1;
  const bool no_object = after >= c.end ||
                         c.Class(after) == WordClass::kAdposition ||
                         c.Class(after) == WordClass::kPunctuation;
  if (!no_object || c.lemma_keys[bt] == c.form_keys[bt]) return false;
  uint32_t np = bt;
  while (np > c.first) {
    const WordClass k = c.Class(np - 1);
    if (k != WordClass::kNoun && k != WordClass::kProperNoun &&
        k != WordClass::kAdjective && k != WordClass::kDeterminer &&
        k != WordClass::kNumeral) {
      break;
    }
    --np;
  }
  if (np == c.first) return false;
  // "will release the soldiers captured at the plant": right after the
  // verb whose object it is, the noun phrase is no subject either, unless
  // that verb takes a clause ("said Ukrainian forces attacked at dawn").
  if (c.Class(np - 1) == WordClass::kVerb) {
    return !c.Is(np - 1, c.roles->clause_speech_verbs);
  }
  // Otherwise only after a preposition, in a clause whose verb came
  // earlier: "the army of Ukraine attacked in the night" keeps its verb.
  if (c.Class(np - 1) != WordClass::kAdposition) return false;
  for (uint32_t t = np - 1; t > c.first;) {
    --t;
    if (IsClauseBarrier(c, t)) return false;
    if (c.Class(t) == WordClass::kVerb) return true;
  }
  return false;
}

// Criticism and denunciation (111) presuppose what they condemn; an
// accusation (112) does not ("accused X of arming the rebels").
bool IsCondemnation(std::string_view cameo) {
  return cameo.substr(0, 3) == "111";
}

// A protest (14) against an act ("ont manifesté contre la mobilisation
// décrétée par Poutine", "protested against the arrest of ...") is, like a
// condemnation, a reaction to something that was done.
bool IsProtest(std::string_view cameo) { return cameo.substr(0, 2) == "14"; }

// "condemned Russia's annexation", "a condamné l'invasion russe": only
// the noun's determiners, adjectives and owner stand between the verb and
// the noun. "a condamné X lors de sa visite" names a circumstance.
bool DirectObject(const SyntaxContext& c, uint32_t verb, uint32_t noun) {
  for (uint32_t t = verb + 1; t < noun; ++t) {
    if (IsNounPhrasePremodifier(c, t) || c.Class(t) == WordClass::kAdverb) {
      continue;
    }
    // « les simulacres de référendums »: quoted words are the noun's own.
    const std::string_view form = c.text->Normalized(c.text->tokens[t]);
    if (form == "«" || form == "\"" || form == "“") continue;
    return false;
  }
  return true;
}

// "a manifesté contre la mobilisation": the noun heads the phrase of the
// target preposition right after the verb.
bool AgainstObject(const SyntaxContext& c, uint32_t verb, uint32_t noun) {
  uint32_t prep = verb + 1;
  while (prep < noun && c.Class(prep) == WordClass::kAdverb) ++prep;
  return prep < noun && c.Is(prep, c.roles->target_prep) &&
         DirectObject(c, prep, noun);
}

// "a rejeté en bloc les critiques", "rejected outright the proposal": the
// noun heads a noun phrase after the verb that no preposition opens, so it
// is the verb's object ("rejeté ... après les critiques" is not).
bool HeadsObjectPhrase(const SyntaxContext& c, uint32_t verb, uint32_t noun) {
  uint32_t t = noun;
  while (t > verb + 1 && IsNounPhrasePremodifier(c, t - 1)) --t;
  return t == verb + 1 || c.Class(t - 1) != WordClass::kAdposition;
}

// What an appeal, an intent, a demand, a rejection or a threat is about
// has not happened ("threatened to block Sweden's membership unless it
// cracked down on militants", "a appelé les autorités à libérer les
// manifestants détenus"); an accusation (112) asserts only that its author
// alleges something ("a accusé Londres d'être à l'origine du sabotage").
// Every act named in the complement, from its "to/of/that" (de, à, que)
// to the end of its clause, is that content, not an event. A subordinate
// clause of time or cause, or a concession, states facts and ends it.
// Returns the complement's marker and one past its last token, or an
// empty range.
std::pair<uint32_t, uint32_t> ContentScope(const SyntaxContext& c,
                                           uint32_t trigger,
                                           bool gerund = false) {
  uint32_t marker = UINT32_MAX;
  // "denied supplying drones": with `gerund`, an -ing form right after the
  // verb opens its complement.
  if (gerund && trigger + 1 < c.end &&
      c.Class(trigger + 1) == WordClass::kVerb &&
      c.lemma_keys[trigger + 1] != c.form_keys[trigger + 1]) {
    const std::string_view form = LowerForm(c, trigger + 1);
    if (EndsWithAny(form, c.roles->progressive_suffixes)) marker = trigger;
  }
  for (uint32_t t = trigger + 1;
       marker == UINT32_MAX && t < c.end && t <= trigger + 8; ++t) {
    if (IsBarrierToken(c, t) || IsClauseBarrier(c, t)) break;
    if (c.mention_at[t] >= 0) continue;
    // "a remercié": the auxiliary "a" folds like the marker "à".
    const WordClass k = c.Class(t);
    const bool function_word =
        k != WordClass::kAuxiliary && k != WordClass::kVerb &&
        k != WordClass::kPronoun && k != WordClass::kNoun;
    if (function_word && (c.Is(t, c.roles->infinitive_marker) ||
                          c.Is(t, c.roles->complementizer))) {
      marker = t;
      break;
    }
    // "rejected calls by the EU to join": a verb right after the trigger is
    // a noun the tagger misread; a later one opens another clause.
    if (c.Class(t) == WordClass::kVerb && t > trigger + 1) break;
  }
  if (marker == UINT32_MAX) return {0, 0};
  uint32_t end = marker + 1;
  // Whether a clause opened (by the marker, a relative pronoun or "that")
  // still waits for its verb: "Kuleba's demand for a ceasefire was
  // rejected by Moscow" ends the demand's content at the auxiliary of the
  // main clause.
  // A noun after the marker ("demand for a ceasefire") opens no clause.
  uint32_t head = end;
  while (head < c.end && c.Class(head) == WordClass::kAdverb) ++head;
  bool open = c.Is(marker, c.roles->complementizer) ||
              (head < c.end && (c.Class(head) == WordClass::kVerb ||
                                c.Class(head) == WordClass::kAuxiliary ||
                                c.Class(head) == WordClass::kPronoun));
  for (; end < c.end; ++end) {
    if (IsBarrierToken(c, end) || IsClauseBarrier(c, end) ||
        c.Is(end, c.roles->subordinator) || c.Is(end, c.roles->concessive) ||
        c.Is(end, c.roles->condition) || c.Is(end, c.roles->time_prep)) {
      break;
    }
    const WordClass k = c.Class(end);
    if (c.Is(end, c.roles->relative) || c.Is(end, c.roles->complementizer)) {
      open = true;
    } else if (k == WordClass::kAuxiliary && !open) {
      break;
    } else if (k == WordClass::kVerb) {
      open = false;
    }
    // "accuse Londres de soutenir Kiev et le menace de représailles": a
    // coordinated finite verb is the accuser's next act; a coordinated
    // infinitive or gerund ("of arming and training") is more of the charge.
    if (!c.Is(end, c.roles->coordination)) continue;
    uint32_t v = end + 1;
    while (v < c.end && v <= end + 3 &&
           (c.Class(v) == WordClass::kPronoun ||
            c.Class(v) == WordClass::kAdverb ||
            c.Class(v) == WordClass::kAuxiliary)) {
      ++v;
    }
    if (v >= c.end || c.Class(v) != WordClass::kVerb) continue;
    const std::string_view form = LowerForm(c, v);
    const bool charge = c.lemma_keys[v] == c.form_keys[v] ||
                        EndsWithAny(form, c.roles->progressive_suffixes);
    if (!charge) break;
  }
  return {marker, end};
}

// "a menacé de riposter par des moyens nucléaires aux manœuvres de Séoul":
// the noun act a reprisal answers ("à/to" + its phrase, a few words after
// the reprisal's verb: a use of force, or the last verb of a threat's
// words, "menacer de riposter") was done; it is no part of the threat.
bool AnsweredAct(const SyntaxContext& c, const CompiledLanguage& lang,
                 const std::vector<Candidate>& candidates, const Candidate& b) {
  constexpr uint32_t kMaxReach = 8;
  const uint32_t bt = b.state.trigger;
  if (c.Class(bt) != WordClass::kNoun) return false;
  uint32_t t = bt;
  while (t > c.first && IsNounPhrasePremodifier(c, t - 1)) --t;
  if (t == c.first || !c.Is(t - 1, c.roles->addressee_prep)) return false;
  for (uint32_t v = t - 1; v-- > c.first && t - 1 - v <= kMaxReach;) {
    if (IsBarrierToken(c, v)) return false;
    if (c.Class(v) != WordClass::kVerb) continue;
    for (const Candidate& a : candidates) {
      const std::string_view root =
          std::string_view(lang.patterns[a.pattern].cameo).substr(0, 2);
      if ((root == "19" && a.state.trigger == v) ||
          (root == "13" && a.state.trigger < v && v < a.state.end)) {
        return true;
      }
    }
    return false;
  }
  return false;
}

void MarkEmbedded(const SyntaxContext& c, const CompiledLanguage& lang,
                  std::vector<Candidate>& candidates, EventTrace* trace) {
  // "Has the White House commented on the counteroffensive?": an act
  // named after a verb of saying and its topic preposition is what was
  // talked about, not what was reported; the statement is the event.
  for (const Candidate& a : candidates) {
    const uint32_t prep = a.state.end;
    if (!lang.patterns[a.pattern].speech || prep >= c.end ||
        !c.Is(a.state.trigger, c.roles->topic_verbs) ||
        c.Class(prep) != WordClass::kAdposition ||
        !c.Is(prep, c.roles->topic_prep)) {
      continue;
    }
    for (Candidate& b : candidates) {
      const uint32_t bt = b.state.trigger;
      const WordClass k = c.Class(bt);
      if (bt <= prep || b.embedded ||
          (k != WordClass::kNoun && k != WordClass::kProperNoun) ||
          !DirectObject(c, prep, bt)) {
        continue;
      }
      b.embedded = true;
      if (trace != nullptr) {
        trace->lines.push_back("  " + lang.patterns[b.pattern].rule +
                               " is the topic of " +
                               lang.patterns[a.pattern].rule + ": dropped");
      }
    }
  }
  for (Candidate& b : candidates) {
    if (lang.patterns[b.pattern].speech ||
        !IsReducedRelative(c, b.state.trigger)) {
      continue;
    }
    b.embedded = true;
    b.elaborates = true;
    if (trace != nullptr) {
      trace->lines.push_back("  " + lang.patterns[b.pattern].rule +
                             " describes the noun before it: dropped");
    }
  }
  for (size_t j = 1; j < candidates.size(); ++j) {
    Candidate& b = candidates[j];
    const uint32_t bt = b.state.trigger;
    const bool noun = c.Class(bt) == WordClass::kNoun ||
                      c.Class(bt) == WordClass::kProperNoun;
    for (size_t i = j; i-- > 0;) {
      const Candidate& a = candidates[i];
      const CompiledPattern& ap = lang.patterns[a.pattern];
      // "began a hunger strike to protest against detention": the object
      // of a dropped purpose verb is no event either.
      if (ap.speech || (a.embedded && !(noun && a.elaborates))) continue;
      // A noun right after any event verb is its object ("a reçu X pour des
      // consultations"); a verb is a complement only of a governing root.
      if (!noun && !GovernsComplement(ap.cameo)) continue;
      const uint32_t at = a.state.trigger;
      if (at >= bt || bt - at > 12) continue;
      bool blocked = false, verb_between = false;
      for (uint32_t t = at + 1; t < bt; ++t) {
        blocked |= IsBarrierToken(c, t);
        // "an inquiry into the suspected sabotage": a participle between
        // the article and the noun qualifies the noun; it is no verb.
        const bool premodifier = t + 1 == bt && t > c.first &&
                                 c.Class(t - 1) == WordClass::kDeterminer;
        verb_between |= c.Class(t) == WordClass::kVerb && !premodifier;
      }
      if (blocked) continue;
      bool complement = false;
      if (noun) {
        // "were destroyed by Israeli strikes": the passive's agent is no
        // complement; it did what the verb says.
        complement =
            !verb_between && PassiveVerbOfAgentNoun(c, bt) != a.state.trigger;
      } else {
        // "urged Russia to withdraw": the infinitive marker opens the verb
        // group, or sits right before it.
        uint32_t group = VerbGroupStart(c, bt);
        complement =
            c.Is(group, c.roles->infinitive_marker) ||
            (group > at + 1 && c.Is(group - 1, c.roles->infinitive_marker));
        // "demanded that Russia withdraw", "a exigé que Moscou retire": the
        // demanded, threatened or rejected act has not happened.
        for (uint32_t t = at + 1; t < bt && t <= at + 4; ++t) {
          complement |= c.Is(t, c.roles->complementizer);
        }
      }
      if (!complement) continue;
      b.governor = static_cast<int32_t>(i);
      if (noun && ((IsCondemnation(ap.cameo) && DirectObject(c, at, bt)) ||
                   // "protester contre des déclarations de X": words
                   // protested against are no act of their own.
                   (IsProtest(ap.cameo) && AgainstObject(c, at, bt) &&
                    !lang.patterns[b.pattern].cameo.starts_with("01")))) {
        b.condemned = true;
        if (trace != nullptr) {
          trace->lines.push_back("  " + lang.patterns[b.pattern].rule +
                                 " is the act " + ap.rule + " condemns: kept");
        }
        break;
      }
      b.embedded = true;
      if (trace != nullptr) {
        trace->lines.push_back("  " + lang.patterns[b.pattern].rule +
                               " is the complement of " + ap.rule +
                               ": dropped");
      }
      break;
    }
    for (size_t i = j; i-- > 0 && !b.embedded;) {
      const Candidate& a = candidates[i];
      if (a.embedded || !Elaborates(c, lang, a, b)) continue;
      // "took to the streets to protest against the government": the same
      // act twice; the purpose clause names its target.
      // "a envoyé des instructeurs pour former les soldats russes": forces
      // sent to train or help someone are the means of that cooperation
      // or aid, which names who receives it.
      const std::string_view a_root =
          std::string_view(lang.patterns[a.pattern].cameo).substr(0, 2);
      const std::string_view b_root =
          std::string_view(lang.patterns[b.pattern].cameo).substr(0, 2);
      const bool means = a_root == "15" && (b_root == "06" || b_root == "07");
      if ((a_root == "14" && b_root == "14") || means) {
        candidates[i].embedded = true;
        if (trace != nullptr) {
          trace->lines.push_back(
              "  " + lang.patterns[a.pattern].rule +
              (means ? " is the means of " : " is restated by ") +
              lang.patterns[b.pattern].rule + ": dropped");
        }
        break;
      }
      b.embedded = true;
      b.elaborates = true;
      b.elaborated = static_cast<int32_t>(i);
      if (trace != nullptr) {
        trace->lines.push_back("  " + lang.patterns[b.pattern].rule +
                               " elaborates " + lang.patterns[a.pattern].rule +
                               ": dropped");
      }
    }
  }
  for (size_t i = 0; i < candidates.size(); ++i) {
    const CompiledPattern& ap = lang.patterns[candidates[i].pattern];
    const bool accusation = ap.cameo.compare(0, 3, "112") == 0;
    // "Iran denied supplying drones", "denied that its troops fired": what
    // a denial governs is what its author says did not happen.
    const bool denial =
        c.Is(candidates[i].state.trigger, c.roles->denial_verbs);
    if (denial) {
      // Its own statement is the event.
    } else if (ap.speech || !GovernsComplement(ap.cameo) ||
               (ap.cameo.compare(0, 2, "11") == 0 && !accusation)) {
      continue;
    }
    const auto [begin, end] =
        ContentScope(c, candidates[i].state.trigger, denial);
    // "denied any attack on civilians", "denied any violation of the
    // ceasefire", "a démenti toute attaque": a noun act the denial takes
    // as its object did not happen either. Its phrase runs from the verb
    // to the next verb or clause boundary.
    const uint32_t trigger = candidates[i].state.trigger;
    uint32_t object_end = 0;
    if (denial) {
      uint32_t head = trigger + 1;
      while (head < c.end && (c.Class(head) == WordClass::kDeterminer ||
                              c.Class(head) == WordClass::kAdjective ||
                              c.Class(head) == WordClass::kAdverb)) {
        ++head;
      }
      // A noun right after the verb ("any violation of"), or no clause
      // the verb governs ("denies the two explosions are related").
      if (begin == end || (head < c.end && c.Class(head) == WordClass::kNoun &&
                           c.mention_at[head] < 0)) {
        object_end = trigger + 1;
        while (object_end < c.end && object_end <= trigger + 10 &&
               !IsBarrierToken(c, object_end) &&
               !IsClauseBarrier(c, object_end) &&
               !c.Is(object_end, c.roles->complementizer) &&
               !c.Is(object_end, c.roles->subordinator) &&
               !c.Is(object_end, c.roles->concessive) &&
               !c.Is(object_end, c.roles->coordination) &&
               !((c.Class(object_end) == WordClass::kVerb ||
                  c.Class(object_end) == WordClass::kAuxiliary) &&
                 c.mention_at[object_end] < 0)) {
          ++object_end;
        }
      }
    }
    for (Candidate& b : candidates) {
      const uint32_t bt = b.state.trigger;
      const bool in_object = bt > trigger && bt < object_end;
      if ((!in_object && (bt <= begin || bt >= end)) || b.embedded) continue;
      if (!denial && AnsweredAct(c, lang, candidates, b)) {
        if (trace != nullptr) {
          trace->lines.push_back("  " + lang.patterns[b.pattern].rule +
                                 " is the act a reprisal answers: kept");
        }
        continue;
      }
      b.embedded = true;
      b.governor = static_cast<int32_t>(i);
      candidates[i].denies |= denial;
      if (trace != nullptr) {
        trace->lines.push_back(
            "  " + lang.patterns[b.pattern].rule +
            (accusation ? " is the charge of " : " is what is meant by ") +
            ap.rule + ": dropped");
      }
    }
  }
}

// "withdrew to avoid being encircled", "pour éviter l'encerclement": the
// act a verb of averting governs, a few words after it in the same clause,
// did not happen.
void MarkAverted(const SyntaxContext& c, const CompiledLanguage& lang,
                 std::vector<Candidate>& candidates, EventTrace* trace) {
  constexpr uint32_t kMaxAvertedDistance = 5;
  for (Candidate& b : candidates) {
    if (b.embedded || lang.patterns[b.pattern].speech) continue;
    const uint32_t bt = b.state.trigger;
    // "a salué l'opération sans la revendiquer": the infinitive after
    // "sans" is not done.
    const uint32_t group = VerbGroupStart(c, bt);
    if (c.Class(bt) == WordClass::kVerb && group > c.first &&
        c.Is(group - 1, c.roles->privative)) {
      b.embedded = true;
      if (trace != nullptr) {
        trace->lines.push_back("  " + lang.patterns[b.pattern].rule +
                               " is not done (\"without\"): dropped");
      }
      continue;
    }
    for (uint32_t t = bt; t-- > c.first && bt - t <= kMaxAvertedDistance;) {
      if (IsBarrierToken(c, t) || c.Is(t, c.roles->relative) ||
          c.Is(t, c.roles->subordinator)) {
        break;
      }
      if (c.Class(t) != WordClass::kVerb || !c.Is(t, c.roles->averting_verbs)) {
        continue;
      }
      b.embedded = true;
      if (trace != nullptr) {
        trace->lines.push_back("  " + lang.patterns[b.pattern].rule +
                               " is averted: dropped");
      }
      break;
    }
  }
}

// "malgré les offres d'investissement de Pékin": a noun act that heads
// the phrase of a background preposition is the setting of the clause's
// event, not an event.
void MarkBackground(const SyntaxContext& c, const CompiledLanguage& lang,
                    std::vector<Candidate>& candidates, EventTrace* trace) {
  constexpr uint32_t kMaxPhraseReach = 6;
  for (Candidate& b : candidates) {
    const uint32_t bt = b.state.trigger;
    const WordClass k = c.Class(bt);
    if (b.embedded || lang.patterns[b.pattern].speech ||
        (k != WordClass::kNoun && k != WordClass::kProperNoun)) {
      continue;
    }
    // Back over the noun's premodifiers, over a head noun it complements
    // ("les offres d'investissement") and over a partitive "de" ("malgré
    // de nombreux appels").
    uint32_t t = bt;
    while (t > c.first && bt - t < kMaxPhraseReach) {
      const uint32_t p = t - 1;
      if (p > c.first && c.Is(p, c.roles->source_prep) &&
          (c.Class(p - 1) == WordClass::kNoun ||
           c.Is(p - 1, c.roles->background_prep))) {
        t = c.Class(p - 1) == WordClass::kNoun ? p - 1 : p;
      } else if (IsNounPhrasePremodifier(c, p) ||
                 c.Class(p) == WordClass::kAdverb) {
        t = p;
      } else {
        break;
      }
    }
    if (t == c.first || !c.Is(t - 1, c.roles->background_prep)) continue;
    b.embedded = true;
    if (trace != nullptr) {
      trace->lines.push_back("  " + lang.patterns[b.pattern].rule +
                             " is the background of the clause: dropped");
    }
  }
}

// "restored ties almost five years after crowds burned down its embassy":
// a clause that a span of time before "after" (or "since") dates is a past
// act named to date the sentence's own event, not news of its own. Dropped
// when an event comes before it; alone, it is still coded.
void MarkElapsed(const SyntaxContext& c, const CompiledLanguage& lang,
                 std::vector<Candidate>& candidates, EventTrace* trace) {
  constexpr uint32_t kMaxClauseReach = 6;
  for (Candidate& b : candidates) {
    const uint32_t bt = b.state.trigger;
    if (b.embedded || lang.patterns[b.pattern].speech ||
        c.Class(bt) != WordClass::kVerb) {
      continue;
    }
    // Back over the clause's subject to the preposition opening it.
    uint32_t prep = bt;
    bool dated = false;
    while (prep > c.first + 1 && bt - prep < kMaxClauseReach) {
      --prep;
      // Not stopped by a verb: the tagger reads some subjects' nouns as
      // verbs ("Chadian crowds burned").
      if (c.Class(prep) == WordClass::kPunctuation) break;
      if (c.Is(prep, c.roles->time_prep)) {
        dated = c.Is(prep - 1, c.roles->elapsed_nouns);
        break;
      }
    }
    if (!dated) continue;
    bool earlier_event = false;
    for (const Candidate& a : candidates) {
      earlier_event |= &a != &b && !a.embedded &&
                       !lang.patterns[a.pattern].speech &&
                       a.state.trigger < prep;
    }
    if (!earlier_event) continue;
    b.embedded = true;
    if (trace != nullptr) {
      trace->lines.push_back("  " + lang.patterns[b.pattern].rule +
                             " is a past act dating the clause's event: "
                             "dropped");
    }
  }
}

// A CAMEO actor code naming an armed party: a force, police, spies,
// rebels, insurgents, armed groups (MIL COP SPY REB INS UAF SEP, in any
// role position), or an international militant group (IMG...).
bool ArmedCode(std::string_view code) {
  if (code.starts_with("IMG")) return true;
  for (size_t at = 0; at + 3 <= code.size(); at += 3) {
    const std::string_view role = code.substr(at, 3);
    if (role == "MIL" || role == "COP" || role == "SPY" || role == "REB" ||
        role == "INS" || role == "UAF" || role == "SEP") {
      return true;
    }
  }
  return false;
}

// Whether the sentence reads as armed conflict: one of the language's
// conflict_cues (troops, war, killed, ...), an armed actor, or actors of
// two countries (states meet in war as in sport, but a battle between
// firms or parties names none).
bool InConflictContext(const SyntaxContext& c) {
  for (uint32_t t = c.first; t < c.end; ++t) {
    if (c.Is(t, c.roles->conflict_cues)) return true;
  }
  // Country adjectives count too ("des compagnies de sécurité russes qui
  // combattent en Syrie").
  std::string_view country;
  for (uint32_t t = c.first; t < c.end; ++t) {
    const ActorMention* mention = nullptr;
    if (c.mention_at[t] >= 0 && (*c.actors)[c.mention_at[t]].first_token == t) {
      mention = &(*c.actors)[c.mention_at[t]];
    } else if (c.modifier_at != nullptr && c.modifier_at[t] >= 0 &&
               (*c.modifiers)[c.modifier_at[t]].first_token == t) {
      mention = &(*c.modifiers)[c.modifier_at[t]];
    }
    if (mention == nullptr) continue;
    const std::string& code = mention->code;
    if (ArmedCode(code)) return true;
    // A bare agent ("the court" JUD, "the company" BUS) names no country.
    if (mention->type == "agent" &&
        mention->source == MentionSource::kDictionary) {
      continue;
    }
    if (code.size() < 3 || code.starts_with("IGO") || code.starts_with("NGO") ||
        code.starts_with("MNC")) {
      continue;
    }
    const std::string_view prefix = std::string_view(code).substr(0, 3);
    if (country.empty()) {
      country = prefix;
    } else if (prefix != country) {
      return true;
    }
  }
  return false;
}

// %conflict patterns outside a conflict context are dropped.
void MarkOutOfConflict(const SyntaxContext& c, const CompiledLanguage& lang,
                       std::vector<Candidate>& candidates, EventTrace* trace) {
  int context = -1;  // unknown until a %conflict candidate asks
  for (Candidate& b : candidates) {
    if (b.embedded || !lang.patterns[b.pattern].conflict) continue;
    if (context < 0) context = InConflictContext(c) ? 1 : 0;
    if (context == 1) continue;
    b.embedded = true;
    if (trace != nullptr) {
      trace->lines.push_back("  " + lang.patterns[b.pattern].rule +
                             " needs a conflict context (%conflict) and the "
                             "sentence has none: dropped");
    }
  }
}

// "..., a conclu la mission d'enquête de l'ONU": a noun between a verb of
// saying and the speaker named after it is the speaker's own title, no
// event.
void MarkSpeakerNouns(const SyntaxContext& c, const CompiledLanguage& lang,
                      std::vector<Candidate>& candidates, EventTrace* trace) {
  for (uint32_t st = c.first; st < c.end; ++st) {
    bool speech = c.Class(st) == WordClass::kVerb &&
                  c.Is(st, c.roles->clause_speech_verbs);
    for (const Candidate& sp : candidates) {
      speech |= sp.state.trigger == st && lang.patterns[sp.pattern].speech;
    }
    if (!speech) continue;
    const PartyChoice speaker = InvertedSubject(c, st);
    if (speaker.mention < 0 || speaker.modifier) continue;
    const uint32_t first = (*c.actors)[speaker.mention].first_token;
    if (first <= st) continue;
    for (Candidate& b : candidates) {
      const uint32_t bt = b.state.trigger;
      const WordClass k = c.Class(bt);
      if (b.embedded || bt <= st || bt >= first ||
          (k != WordClass::kNoun && k != WordClass::kProperNoun)) {
        continue;
      }
      bool clause = false;
      for (uint32_t t = st + 1; t < first; ++t) {
        clause |= IsBarrierToken(c, t) || c.Class(t) == WordClass::kVerb;
      }
      if (clause) continue;
      b.embedded = true;
      if (trace != nullptr) {
        trace->lines.push_back(
            "  " + lang.patterns[b.pattern].rule + " names the speaker of \"" +
            std::string(c.text->Normalized(c.text->tokens[st])) +
            "\": dropped");
      }
    }
  }
}

// Whether the noun trigger `bt` heads the sentence's subject before the
// verb group at `group`: only its determiners and owner before it, no
// clause between it and the verb.
bool NounHeadsSubject(const SyntaxContext& c, uint32_t bt, uint32_t group) {
  const WordClass k = c.Class(bt);
  if (bt >= group || (k != WordClass::kNoun && k != WordClass::kProperNoun)) {
    return false;
  }
  for (uint32_t t = c.first; t < bt; ++t) {
    if (!IsNounPhrasePremodifier(c, t)) return false;
  }
  for (uint32_t t = bt + 1; t < group; ++t) {
    if (IsBarrierToken(c, t) || c.Class(t) == WordClass::kVerb) return false;
  }
  return true;
}

// "Russia's annexation of Crimea was condemned by the G7", "l'annexion de
// la Crimée par la Russie a été condamnée par l'ONU": the subject of a
// passive condemnation is, like an object, the act condemned.
void MarkCondemnedSubjects(const SyntaxContext& c, const CompiledLanguage& lang,
                           std::vector<Candidate>& candidates,
                           EventTrace* trace) {
  for (size_t i = 0; i < candidates.size(); ++i) {
    const Candidate& a = candidates[i];
    const CompiledPattern& ap = lang.patterns[a.pattern];
    if (a.embedded || ap.speech || !IsCondemnation(ap.cameo)) continue;
    const SyntaxResult r =
        AnalyzeEventSyntax(c, a.state.trigger, a.state.end, a.state.source,
                           a.state.target, {}, false, ObjectRulesFor(ap.cameo));
    if (!r.passive) continue;
    const uint32_t group = VerbGroupStart(c, a.state.trigger);
    for (Candidate& b : candidates) {
      if (b.embedded || b.condemned || lang.patterns[b.pattern].speech ||
          !NounHeadsSubject(c, b.state.trigger, group)) {
        continue;
      }
      b.condemned = true;
      b.governor = static_cast<int32_t>(i);
      if (trace != nullptr) {
        trace->lines.push_back("  " + lang.patterns[b.pattern].rule +
                               " is the act " + ap.rule + " condemns: kept");
      }
      break;
    }
  }
}

// "Un convoi humanitaire de l'ONU a été attaqué par des hommes armés": a
// cooperative act's noun (01-08) heading the subject of a passive use of
// force is what was struck, not an act of its own.
void MarkStruckSubjects(const SyntaxContext& c, const CompiledLanguage& lang,
                        std::vector<Candidate>& candidates, EventTrace* trace) {
  for (const Candidate& a : candidates) {
    const CompiledPattern& ap = lang.patterns[a.pattern];
    if (a.embedded || ap.speech || !ForceOrDestruction(ap.cameo) ||
        !IsPassiveParticiple(c, a.state.trigger)) {
      continue;
    }
    const uint32_t group = VerbGroupStart(c, a.state.trigger);
    for (Candidate& b : candidates) {
      if (b.embedded || lang.patterns[b.pattern].speech ||
          lang.patterns[b.pattern].cameo.compare(0, 2, "09") >= 0 ||
          !NounHeadsSubject(c, b.state.trigger, group)) {
        continue;
      }
      b.embedded = true;
      if (trace != nullptr) {
        trace->lines.push_back("  " + lang.patterns[b.pattern].rule +
                               " is what " + ap.rule + " struck: dropped");
      }
    }
  }
}

// "Une frappe de drone américaine a tué un haut responsable des shebab",
// "the shelling by Turkish troops hit Kurdish positions": a noun of force
// heading its clause strikes what the verb's object names. A verb of
// force or coercion there reports the noun's act again, so the sentence
// has one event, the noun's (it names the weapon).
void MarkForceNounSubjects(const SyntaxContext& c, const CompiledLanguage& lang,
                           std::vector<Candidate>& candidates,
                           EventTrace* trace) {
  for (Candidate& n : candidates) {
    const CompiledPattern& np = lang.patterns[n.pattern];
    const WordClass k = c.Class(n.state.trigger);
    if (n.embedded || !IsViolence(np.cameo) ||
        (k != WordClass::kNoun && k != WordClass::kProperNoun)) {
      continue;
    }
    // The noun's words are the matched ones right after the trigger; a
    // gap in the pattern ("drones ... hit") may hold the rest of the
    // subject and its verb.
    uint32_t noun_end = n.state.trigger + 1;
    for (uint32_t i = 0; i < n.state.token_count; ++i) {
      if (n.state.tokens[i] == noun_end) ++noun_end;
    }
    uint32_t verb = VerbOfSubjectNoun(c, n.state.trigger, noun_end);
    // "des positions ont été visées par des frappes": the noun of force
    // is the passive's agent, and strikes its subject.
    const uint32_t passive_verb = PassiveVerbOfAgentNoun(c, n.state.trigger);
    if (verb == UINT32_MAX) {
      verb = passive_verb;
      n.effect_passive = verb != UINT32_MAX;
    }
    if (verb == UINT32_MAX) continue;
    bool restated = false;
    for (Candidate& b : candidates) {
      const CompiledPattern& bp = lang.patterns[b.pattern];
      const std::string_view root = std::string_view(bp.cameo).substr(0, 2);
      if (&b == &n || b.embedded || bp.speech || b.state.trigger != verb ||
          root < "17") {
        continue;
      }
      b.embedded = true;
      restated = true;
      if (trace != nullptr) {
        trace->lines.push_back("  " + bp.rule + " restates " + np.rule +
                               ", its subject: dropped");
      }
    }
    if (restated || c.Is(verb, lang.roles.force_effect_verbs)) {
      n.effect_verb = verb;
    }
  }
}

// "la Serbie" (SRB) and "le président serbe" (SRBGOV) are one side: the
// same code, or the same country prefix (not a shared IGO/NGO prefix).
bool SameCountry(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (a.size() < 3 || b.size() < 3 || a.substr(0, 3) != b.substr(0, 3)) {
    return false;
  }
  const std::string_view prefix = a.substr(0, 3);
  return prefix != "IGO" && prefix != "NGO" && prefix != "IMG" &&
         prefix != "MNC";
}

const std::string& PartyCode(const SyntaxContext& c, PartyChoice p) {
  return p.modifier ? (*c.modifiers)[p.mention].code
                    : (*c.actors)[p.mention].code;
}

// The author of a noun act that heads the subject of `verb` ("l'arrestation
// du journaliste par la junte a suscité ..."), or none.
PartyChoice ProvokingActAuthor(const SyntaxContext& c,
                               const CompiledLanguage& lang,
                               const std::vector<Candidate>& candidates,
                               const Candidate& reaction, uint32_t verb) {
  for (const Candidate& b : candidates) {
    const uint32_t bt = b.state.trigger;
    const CompiledPattern& bp = lang.patterns[b.pattern];
    if (&b == &reaction || b.embedded || bp.speech || bt >= verb ||
        c.Class(bt) != WordClass::kNoun) {
      continue;
    }
    bool head = true;
    for (uint32_t t = c.first; t < bt; ++t) {
      head &= IsNounPhrasePremodifier(c, t);
    }
    for (uint32_t t = bt + 1; t < verb; ++t) {
      head &= !IsBarrierToken(c, t) && c.Class(t) != WordClass::kVerb;
    }
    if (!head) continue;
    ObjectRules rules = ObjectRulesFor(bp.cameo);
    rules.own_parties = true;
    const SyntaxResult rb = AnalyzeEventSyntax(
        c, bt, b.state.end, b.state.source, b.state.target, {}, false, rules);
    if (rb.sources.empty()) return {};
    PartyChoice author = rb.sources[0];
    author.why = "author of the act that provoked it";
    return author;
  }
  return {};
}

// "Si l'Occident continuait d'armer Kiev, la Russie pourrait recourir à
// l'arme nucléaire, a averti Dmitri Medvedev": the warner's side
// announcing its own possible force is the threat, not an event of its
// own; the threat is aimed at whoever the if-clause makes act, else at
// the author of the clause's first act ("les menaces de la Russie ne
// resteront pas sans réponse, a prévenu Biden"). `first` is the index in
// *out of the sentence's first event.
void WarnedClause(const SyntaxContext& c, size_t first, PartyChoice warner,
                  SyntaxResult* r, std::vector<Event>* out, EventTrace* trace) {
  const std::string side = PartyCode(c, warner).substr(0, 3);
  size_t kept = first;
  for (size_t i = first; i < out->size(); ++i) {
    const Event& e = (*out)[i];
    const bool own_force = (e.hypothetical || e.negated) &&
                           e.cameo.compare(0, 2, "13") >= 0 &&
                           e.source.code.compare(0, 3, side) == 0;
    if (own_force) {
      if (trace != nullptr) {
        trace->lines.push_back("  " + e.rule +
                               " is the warner's threat: dropped");
      }
      continue;
    }
    if (kept != i) (*out)[kept] = std::move((*out)[i]);
    ++kept;
  }
  out->resize(kept);
  PartyChoice target = ConditionSubject(c, c.end);
  if (target.mention >= 0) {
    target.why = "subject of the if-clause the warning is about";
  } else {
    for (size_t i = first; i < out->size() && target.mention < 0; ++i) {
      const EventParty& s = (*out)[i].source;
      if (s.mention < 0 || s.code.compare(0, 3, side) == 0) continue;
      target = {s.mention, s.modifier, "author of the act warned about"};
    }
  }
  if (target.mention < 0) return;
  r->targets.clear();
  r->targets.push_back(target);
}

// The dictionary entry of a crowd of protesters (agents.txt); its code,
// ~OPP, is also the political opposition's, which fights as such.
constexpr char kProtestersEntry[] = "agent.protesters";

bool RiotingCrowd(const SyntaxContext& c, PartyChoice source) {
  return source.mention >= 0 && !source.modifier &&
         (*c.actors)[source.mention].entry_id == kProtestersEntry;
}

EventParty MakeParty(const SyntaxContext& c, PartyChoice choice) {
  EventParty party;
  if (choice.mention < 0) return party;
  const ActorMention& m = choice.modifier ? (*c.modifiers)[choice.mention]
                                          : (*c.actors)[choice.mention];
  party.mention = choice.mention;
  party.modifier = choice.modifier;
  party.code = m.code;
  party.begin = m.begin;
  party.end = m.end;
  return party;
}

std::string DescribeParty(const SyntaxContext& c, PartyChoice p) {
  if (p.mention < 0) return "none";
  const ActorMention& m =
      p.modifier ? (*c.modifiers)[p.mention] : (*c.actors)[p.mention];
  return "\"" + c.doc->text.substr(m.begin, m.end - m.begin) + "\" " + m.code +
         " (" + p.why + ")";
}

}  // namespace

EventCoder::~EventCoder() = default;

Status EventCoder::AddLanguage(
    std::string_view language, std::string_view roles_text,
    std::string_view roles_name,
    const std::vector<std::pair<std::string, std::string>>& pattern_files) {
  auto lang = std::make_unique<CompiledLanguage>();
  lang->language = language;
  TOCSIN_ASSIGN_OR_RETURN(lang->roles, ParseEventRoles(roles_text, roles_name));
  std::unordered_map<std::string, std::string> seen_ids;
  std::vector<std::pair<uint64_t, uint32_t>> anchors;  // (first key, pattern)
  for (const auto& [name, text] : pattern_files) {
    std::vector<PatternSpec> specs;
    std::vector<PatternParseError> errors;
    ParsePatternText(text, &specs, &errors);
    if (!errors.empty()) {
      return InvalidArgumentError(name + ":" + std::to_string(errors[0].line) +
                                  ": " + errors[0].message);
    }
    for (PatternSpec& spec : specs) {
      std::string where = name + ":" + std::to_string(spec.line);
      auto [it, fresh] = seen_ids.emplace(spec.id, where);
      if (!fresh) {
        return InvalidArgumentError(where + ": duplicate pattern id '" +
                                    spec.id + "' (first at " + it->second +
                                    ")");
      }
      CompiledPattern p;
      p.rule = std::string(language) + "/" + spec.id;
      p.cameo = spec.cameo;
      p.speech = spec.speech;
      p.symmetric = spec.symmetric;
      p.compound = spec.compound;
      p.subject_target = spec.subject_target;
      p.conflict = spec.conflict;
      p.null = spec.null();
      p.info = p.null ? nullptr : cameo_.Find(spec.cameo);
      if (p.info == nullptr && !p.null) {
        return InvalidArgumentError(where + ": CAMEO code " + spec.cameo +
                                    " is not in the CAMEO table");
      }
      for (const PatternElement& el : spec.elements) {
        CompiledElement ce;
        ce.kind = el.kind;
        ce.classes = el.classes;
        ce.optional = el.optional;
        ce.trigger = el.trigger;
        ce.exact = el.exact;
        for (const std::string& w : el.words) {
          ce.keys.push_back(FoldKey(w));
          for (const char ch : w) ce.accented |= (ch & 0x80) != 0;
        }
        p.elements.push_back(std::move(ce));
      }
      const uint32_t index = static_cast<uint32_t>(lang->patterns.size());
      std::vector<uint64_t> first = p.elements.front().keys;
      std::sort(first.begin(), first.end());
      first.erase(std::unique(first.begin(), first.end()), first.end());
      for (uint64_t k : first) anchors.emplace_back(k, index);
      lang->patterns.push_back(std::move(p));
    }
  }
  // By key, then file order (stable): each key's patterns are contiguous.
  std::stable_sort(
      anchors.begin(), anchors.end(),
      [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [key, pattern] : anchors) {
    CompiledLanguage::AnchorRange& range = *lang->index.Insert(key);
    if (range.count == 0) {
      range.begin = static_cast<uint32_t>(lang->anchored.size());
    }
    lang->anchored.push_back(pattern);
    ++range.count;
  }
  languages_.push_back(std::move(lang));
  return Status::OK();
}

StatusOr<std::unique_ptr<EventCoder>> EventCoder::Create(
    const std::string& events_dir) {
  namespace fs = std::filesystem;
  std::unique_ptr<EventCoder> coder(new EventCoder());
  const fs::path events = fs::path(events_dir);
  TOCSIN_ASSIGN_OR_RETURN(coder->cameo_,
                          CameoTable::Load((events / "cameo.tsv").string()));
  TOCSIN_ASSIGN_OR_RETURN(std::vector<fs::path> language_dirs,
                          EventLanguageDirs(events));
  for (const fs::path& dir : language_dirs) {
    Status status;
    std::string roles = ReadFile(dir / "_roles.txt", &status);
    if (!status.ok()) return status;
    const std::vector<fs::path> files = EventPatternFiles(dir);
    std::vector<std::pair<std::string, std::string>> texts;
    for (const fs::path& p : files) {
      std::string text = ReadFile(p, &status);
      if (!status.ok()) return status;
      texts.emplace_back(p.string(), std::move(text));
    }
    TOCSIN_RETURN_IF_ERROR(coder->AddLanguage(
        dir.filename().string(), roles, (dir / "_roles.txt").string(), texts));
  }
  return coder;
}

StatusOr<std::unique_ptr<EventCoder>> EventCoder::FromText(
    std::string_view language, std::string_view patterns,
    std::string_view roles, CameoTable cameo) {
  std::unique_ptr<EventCoder> coder(new EventCoder());
  coder->cameo_ = std::move(cameo);
  TOCSIN_RETURN_IF_ERROR(coder->AddLanguage(
      language, roles, "roles", {{"patterns", std::string(patterns)}}));
  return coder;
}

const CompiledLanguage* EventCoder::Find(std::string_view language) const {
  for (const auto& l : languages_) {
    if (l->language == language) return l.get();
  }
  return nullptr;
}

size_t EventCoder::pattern_count(std::string_view language) const {
  const CompiledLanguage* l = Find(language);
  return l == nullptr ? 0 : l->patterns.size();
}

namespace {

// Whether `vague` says less of the same act than `full`: the same sentence,
// root, polarity and one side, with the other side unknown only in
// `vague`. Acts of coordinated verbs are separate ("has not mobilised its
// army and will not send troops").
bool RestatesVaguer(const Event& vague, const Event& full) {
  if (vague.sentence != full.sentence || vague.negated != full.negated ||
      vague.cameo.compare(0, 2, full.cameo, 0, 2) != 0) {
    return false;
  }
  if (vague.target.code.empty() && !full.target.code.empty()) {
    return !vague.source.code.empty() && vague.source.code == full.source.code;
  }
  if (vague.source.code.empty() && !full.source.code.empty()) {
    return !vague.target.code.empty() && vague.target.code == full.target.code;
  }
  return false;
}

bool SameAct(const Event& a, const Event& b) {
  return a.sentence == b.sentence && a.negated == b.negated &&
         a.source.code == b.source.code && a.target.code == b.target.code &&
         a.cameo == b.cameo;
}

// "arrived in Beijing for a three-day visit": the verb names the host,
// its noun does not; one act coded twice, once without a side, is one
// event, the one that names both. `coordinated` says whether two events'
// triggers are verbs of coordinated clauses. Events from `first` on are
// grouped by sentence (Code appends them sentence by sentence), and only
// events of one sentence can restate each other: each is compared with
// its own sentence's, not the whole document's.
template <typename Coordinated>
void DropVaguerRestatements(size_t first, std::vector<Event>* out,
                            EventTrace* trace, Coordinated coordinated) {
  std::vector<bool> drop(out->size(), false);
  for (size_t begin = first, end = first; begin < out->size(); begin = end) {
    while (end < out->size() &&
           (*out)[end].sentence == (*out)[begin].sentence) {
      ++end;
    }
    for (size_t i = begin; i < end; ++i) {
      for (size_t j = begin; j < end && !drop[i]; ++j) {
        drop[i] = j != i && !drop[j] && RestatesVaguer((*out)[i], (*out)[j]) &&
                  !coordinated((*out)[i], (*out)[j]);
        // "a décrété un cessez-le-feu, une trêve aussitôt rejetée", "l'a
        // averti ... et l'a menacé": the same parties, code and polarity
        // twice in one sentence are one act told twice ("a critiqué l'Iran,
        // qu'il accuse de", 111 and 112, are two).
        if (j < i && !drop[j] && SameAct((*out)[i], (*out)[j])) drop[i] = true;
      }
    }
  }
  size_t kept = first;
  for (size_t i = first; i < out->size(); ++i) {
    if (drop[i]) {
      if (trace != nullptr) {
        trace->lines.push_back("  " + (*out)[i].rule +
                               " restates a fuller event of its root: dropped");
      }
      continue;
    }
    if (kept != i) (*out)[kept] = std::move((*out)[i]);
    ++kept;
  }
  out->resize(kept);
}

}  // namespace

void EventCoder::Code(const Document& doc, const AnalyzedText& text,
                      const std::vector<ActorMention>& actors,
                      const std::vector<ActorMention>& modifiers,
                      std::vector<Event>* out, EventTrace* trace) const {
  CoderScratch& s = Scratch();
  const size_t n = text.tokens.size();
  // The pipeline's front end has folded every token already (the keys
  // every matcher shares); only a text analysed otherwise is folded here.
  const uint64_t* lemma_keys = text.lemma_keys.data();
  const uint64_t* form_keys = text.form_keys.data();
  if (text.form_keys.size() != n || text.lemma_keys.size() != n) {
    s.lemma_keys.resize(n);
    s.form_keys.resize(n);
    for (size_t i = 0; i < n; ++i) {
      const Token& t = text.tokens[i];
      s.form_keys[i] = FoldKey(text.Normalized(t));
      s.lemma_keys[i] = t.lemma_end == t.lemma_begin ? s.form_keys[i]
                                                     : FoldKey(text.Lemma(t));
    }
    lemma_keys = s.lemma_keys.data();
    form_keys = s.form_keys.data();
  }
  s.mention_at.assign(n, -1);
  s.modifier_at.assign(n, -1);
  for (size_t m = 0; m < actors.size(); ++m) {
    for (uint32_t t = actors[m].first_token; t < actors[m].end_token && t < n;
         ++t) {
      s.mention_at[t] = static_cast<int32_t>(m);
    }
  }
  for (size_t m = 0; m < modifiers.size(); ++m) {
    for (uint32_t t = modifiers[m].first_token;
         t < modifiers[m].end_token && t < n; ++t) {
      s.modifier_at[t] = static_cast<int32_t>(m);
    }
  }
  s.used.assign(n, 0);
  s.trigger_at.assign(n, 0);
  const size_t first_event = out->size();

  std::vector<Candidate> candidates;
  SentenceKeyFilter key_filter;
  // The rules may look past the sentence's ends, so token_sets covers the
  // whole text, filled again when a sentence is in another language.
  const EventRoles* token_sets_roles = nullptr;
  s.token_sets.resize(n);
  for (uint32_t si = 0; si < text.sentences.size(); ++si) {
    const Sentence& sentence = text.sentences[si];
    const CompiledLanguage* lang = Find(SentenceLanguage(text, si));
    if (lang == nullptr || sentence.first_token == sentence.end_token) continue;
    const size_t sentence_events = out->size();
    SyntaxContext c;
    c.doc = &doc;
    c.text = &text;
    c.roles = &lang->roles;
    c.actors = &actors;
    c.modifiers = &modifiers;
    c.lemma_keys = lemma_keys;
    c.form_keys = form_keys;
    if (token_sets_roles != c.roles) {
      for (size_t t = 0; t < n; ++t) {
        s.token_sets[t] = lang->roles.SetsOf(lemma_keys[t], form_keys[t]);
      }
      token_sets_roles = c.roles;
    }
    c.token_sets = s.token_sets.data();
    c.mention_at = s.mention_at.data();
    c.modifier_at = s.modifier_at.data();
    c.trigger_at = s.trigger_at.data();
    c.first = sentence.first_token;
    c.end = sentence.end_token;
    for (uint32_t t = c.end; t > c.first;) {
      --t;
      if (text.tokens[t].word_class != WordClass::kPunctuation) break;
      if (text.Normalized(text.tokens[t]) == "?") c.question = true;
    }
    // "according to X" / "selon X": X reports; it is no party.
    PartyChoice sentence_reporter;
    for (uint32_t t = c.first; t + 1 < c.end; ++t) {
      if (!c.Is(t, lang->roles.reporter_prep)) continue;
      uint32_t q = t + 1;
      while (q < c.end && q < t + 3 && c.mention_at[q] < 0) ++q;
      int32_t m = q < c.end ? c.CodedMentionStartingAt(q) : -1;
      if (m >= 0 && !actors[m].code.empty()) {
        sentence_reporter = {m, false, "according to"};
        c.reporter_mention = m;
        break;
      }
    }

    // 1. Patterns: at each anchor, the one matching the most literals.
    candidates.clear();
    key_filter.Reset(c);
    for (uint32_t t = c.first; t < c.end; ++t) {
      if (s.used[t] || s.mention_at[t] >= 0) continue;
      if (text.tokens[t].word_class == WordClass::kPunctuation) continue;
      // A word the tagger read as a name ("March 10", "Piggy March") is
      // not the verb or noun spelled alike.
      if (text.tokens[t].word_class == WordClass::kProperNoun) continue;
      int best = -1;
      MatchState best_state;
      auto try_key = [&](uint64_t key) {
        const CompiledLanguage::AnchorRange* range = lang->index.Find(key);
        if (range == nullptr) return;
        for (uint32_t k = 0; k < range->count; ++k) {
          const uint32_t pi = lang->anchored[range->begin + k];
          // The prefilter's verdict is final: a pattern it rules out
          // cannot match.
          const bool may_match = key_filter.MayMatch(lang->patterns[pi]);
          MatchState st;
          bool ok = false;
          bool taken = false;
          if (may_match) {
            SentenceMatcher matcher(c, lang->patterns[pi]);
            ok = matcher.Match(t, &st);
            // A token a chosen pattern matched is no trigger again, also
            // for a pattern anchored elsewhere ("inching nearer to
            // accord" chosen at "inching"; "to ... accord" at "to").
            taken = ok && s.used[st.trigger];
            ok = ok && !taken;
            // %compound: only for a coordinated subject, and then more
            // specific than the same words without it.
            if (ok && lang->patterns[pi].compound) {
              ok = CoordinatedSubject(c, st.trigger);
              if (ok) ++st.literals;
            }
          }
          if (trace != nullptr) {
            trace->lines.push_back(
                "  candidate " + lang->patterns[pi].rule + " (" +
                lang->patterns[pi].cameo + ") at \"" +
                std::string(text.Normalized(text.tokens[t])) + "\": " +
                (ok ? "matches " + std::to_string(st.literals) + " literal(s)"
                 : taken     ? "its trigger is another pattern's word"
                 : may_match ? "does not match"
                             : "does not match (a word it needs is not in "
                               "the sentence)"));
          }
          if (!ok) continue;
          const auto rank = [](const MatchState& m) {
            return std::pair(m.literals, m.exact_forms);
          };
          if (best < 0 || rank(st) > rank(best_state) ||
              (rank(st) == rank(best_state) && static_cast<int>(pi) < best)) {
            best = static_cast<int>(pi);
            best_state = st;
          }
        }
      };
      try_key(lemma_keys[t]);
      if (form_keys[t] != lemma_keys[t]) try_key(form_keys[t]);
      if (best < 0) continue;
      for (uint32_t k = 0; k < best_state.token_count; ++k) {
        s.used[best_state.tokens[k]] = 1;
      }
      if (lang->patterns[best].null) {
        // Its words are taken, so no pattern anchored inside them codes.
        if (trace != nullptr) {
          trace->lines.push_back("  chosen " + lang->patterns[best].rule +
                                 ": no event (these words are not one)");
        }
        continue;
      }
      s.trigger_at[best_state.trigger] = 1;
      candidates.push_back({static_cast<uint32_t>(best), best_state});
      if (trace != nullptr) {
        trace->lines.push_back("  chosen " + lang->patterns[best].rule);
      }
    }
    if (candidates.empty()) continue;
    MarkEmbedded(c, *lang, candidates, trace);
    MarkAverted(c, *lang, candidates, trace);
    MarkBackground(c, *lang, candidates, trace);
    MarkElapsed(c, *lang, candidates, trace);
    MarkSpeakerNouns(c, *lang, candidates, trace);
    MarkCondemnedSubjects(c, *lang, candidates, trace);
    MarkForceNounSubjects(c, *lang, candidates, trace);
    MarkStruckSubjects(c, *lang, candidates, trace);
    MarkOutOfConflict(c, *lang, candidates, trace);
    for (const Candidate& cand : candidates) {
      if (cand.embedded) s.trigger_at[cand.state.trigger] = 0;
    }

    for (Candidate& cand : candidates) {
      const CompiledPattern& p = lang->patterns[cand.pattern];
      const std::string_view root = std::string_view(p.cameo).substr(0, 2);
      if (cand.embedded || p.speech ||
          (root != "01" && root != "11" && root != "13") ||
          InvertedSubject(c, cand.state.trigger).mention < 0) {
        continue;
      }
      (root == "13" ? cand.warns : cand.reports) = true;
    }

    // 2. Reported speech: with other events in the sentence, a verb of
    // saying reports them instead of being an event itself.
    bool has_content = false;
    for (const Candidate& cand : candidates) {
      has_content |= (!lang->patterns[cand.pattern].speech || cand.denies) &&
                     !cand.embedded && !cand.reports && !cand.warns;
    }
    std::vector<std::pair<uint32_t, PartyChoice>> speakers;  // trigger, who
    PartyChoice previous_source;
    for (const Candidate& cand : candidates) {
      const CompiledPattern& p = lang->patterns[cand.pattern];
      const bool says = (p.speech && !cand.denies) || cand.reports;
      if (!(says && has_content)) continue;
      SyntaxResult r =
          AnalyzeEventSyntax(c, cand.state.trigger, cand.state.end,
                             cand.state.source, -1, previous_source, true, {});
      PartyChoice who = r.sources.empty() ? PartyChoice{} : r.sources[0];
      speakers.emplace_back(cand.state.trigger, who);
      if (trace != nullptr) {
        trace->lines.push_back(
            "  " + p.rule +
            " reports the other events; speaker: " + DescribeParty(c, who));
      }
    }

    // 3. Events. A second pass codes the verbs of saying themselves when
    // every event they report named no actor and was dropped: "the
    // minister said the talks had failed" is still the minister's
    // statement. Only verbs the roles file lists (bare_speech_verbs) get
    // it; French lists none, as its gold codes reported speech alone.
    const size_t before_events = out->size();
    for (int pass = 0; pass < 2; ++pass) {
      if (pass == 1) {
        bool bare = has_content && out->size() == before_events;
        bool any = false;
        for (const Candidate& cand : candidates) {
          any |= lang->patterns[cand.pattern].speech && !cand.denies &&
                 !cand.embedded &&
                 c.Is(cand.state.trigger, lang->roles.bare_speech_verbs);
        }
        if (!bare || !any) break;
        has_content = false;
        if (trace != nullptr) {
          trace->lines.push_back(
              "  the reported events name no actor: the verb of saying is "
              "coded");
        }
      }
      for (size_t ci = 0; ci < candidates.size(); ++ci) {
        const Candidate& cand = candidates[ci];
        const CompiledPattern& p = lang->patterns[cand.pattern];
        if (((p.speech && !cand.denies) || cand.reports) && has_content) {
          continue;
        }
        if (pass == 1 &&
            !(p.speech && !cand.denies &&
              c.Is(cand.state.trigger, lang->roles.bare_speech_verbs))) {
          continue;
        }
        if (cand.embedded) continue;
        ObjectRules object = ObjectRulesFor(p.cameo);
        object.own_parties = cand.condemned;
        object.subject_target = p.subject_target;
        object.pattern_start = cand.state.tokens[0];
        SyntaxResult r = AnalyzeEventSyntax(
            c, cand.state.trigger, cand.state.end, cand.state.source,
            cand.state.target, previous_source,
            p.speech || cand.warns || cand.reports, object);
        // "Iran denied supplying drones to Russia": the actors of the denied
        // act are none of the denial's.
        if (cand.denies) r.targets.clear();
        if (cand.warns && has_content && !r.sources.empty()) {
          WarnedClause(c, sentence_events, r.sources[0], &r, out, trace);
        }
        // "Putin's nuclear threats drew condemnation from G7 leaders": a noun
        // of disapproval or protest that a verb of provoking has as object
        // is aimed at that verb's subject.
        const std::string_view noun_root =
            std::string_view(p.cameo).substr(0, 2);
        bool government_protest = false;
        if (r.targets.empty() && (noun_root == "11" || noun_root == "14") &&
            (c.Class(cand.state.trigger) == WordClass::kNoun)) {
          uint32_t v = cand.state.trigger;
          while (v > c.first && (c.Class(v - 1) == WordClass::kDeterminer ||
                                 c.Class(v - 1) == WordClass::kAdjective ||
                                 c.Class(v - 1) == WordClass::kAdverb)) {
            --v;
          }
          if (v > c.first && c.Class(v - 1) == WordClass::kVerb &&
              c.Is(v - 1, lang->roles.provoke_verbs)) {
            // "L'arrestation du journaliste par la junte a suscité une
            // protestation de Paris": an act heading the subject provoked
            // it; the reaction is aimed at its author, not at its victim.
            // A crowd's strike or riot ("sparked a general strike") answers
            // the event as a whole; only disapproval and a government's
            // protest address the act's author.
            const bool addresses_author =
                noun_root == "11" || (!r.sources.empty() &&
                                      IsGovernment(PartyCode(c, r.sources[0])));
            PartyChoice provoker;
            if (addresses_author) {
              provoker = ProvokingActAuthor(c, *lang, candidates, cand, v - 1);
            }
            if (provoker.mention < 0) {
              provoker = SubjectOfVerb(c, v - 1);
              if (provoker.mention >= 0) {
                provoker.why = "subject of the verb that provoked it";
              }
            }
            if (provoker.mention >= 0) {
              r.targets.push_back(provoker);
              // A government's protest at what another did is diplomatic
              // disapproval (11), not a demonstration (14).
              government_protest = noun_root == "14" && addresses_author;
            }
          }
        }
        // "a condamné l'invasion de l'Ukraine": who invaded is not said.
        if (cand.condemned && r.sources.empty()) {
          if (trace != nullptr) {
            trace->lines.push_back("  " + p.rule +
                                   ": condemned act with no author, not coded");
          }
          continue;
        }
        // "condemned Russia's annexation of Crimea": one condemns the act's
        // author, not its victim; an act with no author names no target.
        bool condemns_act = false;
        for (const Candidate& b : candidates) {
          if (b.governor != static_cast<int32_t>(ci) || !b.condemned) continue;
          const CompiledPattern& bp = lang->patterns[b.pattern];
          ObjectRules b_object = ObjectRulesFor(bp.cameo);
          b_object.own_parties = true;
          SyntaxResult rb = AnalyzeEventSyntax(c, b.state.trigger, b.state.end,
                                               b.state.source, b.state.target,
                                               {}, false, b_object);
          r.targets = rb.sources;
          condemns_act = true;
          if (trace != nullptr) {
            trace->lines.push_back("  " + p.rule +
                                   ": the target is the author of " + bp.rule);
          }
          break;
        }
        if (cand.effect_verb != UINT32_MAX) {
          if (r.targets.empty()) {
            PartyChoice struck;
            if (cand.effect_passive) {
              struck = PassiveUndergoer(c, cand.effect_verb);
            } else {
              struck = ObjectOfVerb(c, cand.effect_verb, object);
              struck.why = "object of the verb the noun is the subject of";
            }
            if (struck.mention >= 0) r.targets.push_back(struck);
          }
          // "a bomb planted by the Taliban killed": the noun names no owner.
          if (r.sources.empty() && !cand.effect_passive) {
            const PartyChoice owner = SubjectOfVerb(c, cand.effect_verb);
            if (owner.mention >= 0) r.sources.push_back(owner);
          }
        }
        if (!r.sources.empty() && !r.sources[0].modifier &&
            text.tokens[cand.state.trigger].word_class != WordClass::kNoun) {
          previous_source = r.sources[0];
        }
        PartyChoice reporter = sentence_reporter;
        if (!p.speech) {
          // The nearest speaker before the event, else after it.
          const std::pair<uint32_t, PartyChoice>* chosen = nullptr;
          for (const auto& sp : speakers) {
            if (sp.first < cand.state.trigger) chosen = &sp;
          }
          if (chosen == nullptr && !speakers.empty())
            chosen = &speakers.front();
          if (chosen != nullptr && chosen->second.mention >= 0) {
            reporter = chosen->second;
          }
        }
        const std::string_view root = std::string_view(p.cameo).substr(0, 2);
        // "X said it would release the prisoners": a speaker announcing its
        // own future act states an intent (03x), the act has not happened.
        std::string_view cameo = p.cameo;
        if (government_protest) cameo = kGovernmentProtest;
        std::string intent;
        // Only cooperative acts (04-08): "said it would strike" is a threat
        // the threat patterns code. The speaker must be the source itself
        // ("China said it would...": the source search lands on China).
        const bool cooperative = root >= "04" && root <= "08";
        // "Le Japon va débloquer une aide": with no speaker, a cooperative
        // act under an announcing future auxiliary (roles file; none in
        // English, where PETRARCH codes "will meet" as the meeting) is its
        // subject's announced intent.
        bool going_to = false;
        if (!p.speech && cooperative && r.future && reporter.mention < 0 &&
            !r.hypothetical &&
            c.Class(cand.state.trigger) == WordClass::kVerb) {
          for (uint32_t t = VerbGroupStart(c, cand.state.trigger);
               t < cand.state.trigger; ++t) {
            going_to |= c.Is(t, lang->roles.announcing_future);
          }
        }
        // "Minsk et Moscou vont constituer ..., a annoncé Loukachenko": the
        // speaker announces an act it is a party to: one of coordinated
        // subjects, or a side of a joint act, named by its code or by its
        // country's ("le président serbe" for "la Serbie").
        bool own_act = false;
        if (reporter.mention >= 0) {
          const std::string& speaker = PartyCode(c, reporter);
          for (const PartyChoice& s : r.sources) {
            own_act |= !s.modifier && (reporter.mention == s.mention ||
                                       ((r.sources.size() > 1 || p.symmetric) &&
                                        SameCountry(PartyCode(c, s), speaker)));
          }
          for (const PartyChoice& t : r.targets) {
            own_act |= p.symmetric && SameCountry(PartyCode(c, t), speaker);
          }
        }
        if (!p.speech && cooperative && r.future && !r.sources.empty() &&
            !r.sources[0].modifier && (own_act || going_to)) {
          intent = IntentFor(p.cameo);
          cameo = intent;
          r.hypothetical = false;
          if (trace != nullptr) {
            trace->lines.push_back("  " + p.rule +
                                   ": the speaker's own future "
                                   "act, coded as the intent " +
                                   intent);
          }
        }
        // "a rejeté les critiques occidentales", "rejected Moscow's
        // proposal": a rejection is aimed at the author of the act it has
        // as direct object, not at that act's own target.
        if (r.targets.empty() && !condemns_act && root == "12") {
          for (const Candidate& b : candidates) {
            const uint32_t bt = b.state.trigger;
            if (b.governor != static_cast<int32_t>(ci) ||
                (c.Class(bt) != WordClass::kNoun &&
                 c.Class(bt) != WordClass::kProperNoun) ||
                !HeadsObjectPhrase(c, cand.state.trigger, bt)) {
              continue;
            }
            ObjectRules b_object =
                ObjectRulesFor(lang->patterns[b.pattern].cameo);
            b_object.own_parties = true;
            SyntaxResult rb =
                AnalyzeEventSyntax(c, bt, b.state.end, b.state.source,
                                   b.state.target, {}, false, b_object);
            for (const PartyChoice& s : rb.sources) {
              const bool same_as_source =
                  !r.sources.empty() &&
                  PartyCode(c, s) == PartyCode(c, r.sources[0]);
              if (!same_as_source) r.targets.push_back(s);
            }
            if (trace != nullptr && !r.targets.empty()) {
              trace->lines.push_back("  " + p.rule +
                                     ": the target is the author of " +
                                     lang->patterns[b.pattern].rule);
            }
            break;
          }
        }
        // "n'a pas l'intention de livrer des missiles à la Russie": the
        // intended, demanded or threatened act names the target.
        if (r.targets.empty() && !condemns_act && GovernsComplement(p.cameo)) {
          for (const Candidate& b : candidates) {
            if (b.governor != static_cast<int32_t>(ci)) continue;
            const CompiledPattern& bp = lang->patterns[b.pattern];
            ObjectRules b_object;
            b_object.place_target = UsesForce(bp.cameo);
            SyntaxResult rb = AnalyzeEventSyntax(
                c, b.state.trigger, b.state.end, b.state.source, b.state.target,
                r.sources.empty() ? PartyChoice{} : r.sources[0], false,
                b_object);
            for (const PartyChoice& t : rb.targets) {
              const bool same_as_source =
                  !r.sources.empty() && !t.modifier && !r.sources[0].modifier &&
                  actors[t.mention].code == actors[r.sources[0].mention].code;
              if (!same_as_source) r.targets.push_back(t);
            }
            if (!r.targets.empty()) break;
          }
        }
        // "blocked roads to demand the resignation of the prime minister": a
        // protest is addressed to whom its purpose clause demands from,
        // disapproves of or rejects.
        if (r.targets.empty() && root == "14") {
          for (const Candidate& b : candidates) {
            const CompiledPattern& bp = lang->patterns[b.pattern];
            const std::string_view b_root =
                std::string_view(bp.cameo).substr(0, 2);
            if (b.elaborated != static_cast<int32_t>(ci) ||
                (b_root != "10" && b_root != "11" && b_root != "12")) {
              continue;
            }
            SyntaxResult rb = AnalyzeEventSyntax(
                c, b.state.trigger, b.state.end, b.state.source, b.state.target,
                r.sources.empty() ? PartyChoice{} : r.sources[0], false, {});
            r.targets = rb.targets;
            break;
          }
        }
        std::vector<PartyChoice> sources = r.sources, targets = r.targets;
        if (sources.size() > kMaxPartiesPerSide)
          sources.resize(kMaxPartiesPerSide);
        if (targets.size() > kMaxPartiesPerSide)
          targets.resize(kMaxPartiesPerSide);
        std::vector<std::pair<PartyChoice, PartyChoice>> pairs;
        // Symmetric events act both ways: "X and Y met", "talks between X
        // and Y", "X met Y".
        const std::vector<PartyChoice>* group = nullptr;
        // Coordinated subjects of a symmetric verb act on each other; what
        // follows is the topic ("Kishida and Yoon discussed North Korea").
        bool reciprocal = false;
        // "se sont mutuellement accusés", "s'accusent mutuellement".
        for (uint32_t t = VerbGroupStart(c, cand.state.trigger);
             t < c.end && t <= cand.state.trigger + 2; ++t) {
          reciprocal |= c.Is(t, lang->roles.reciprocal);
        }
        if ((p.symmetric || reciprocal) && sources.size() >= 2) {
          group = &sources;
        }
        if ((p.symmetric || r.between) && sources.empty() &&
            targets.size() >= 2)
          group = &targets;
        if (r.sponsored) {
          for (const PartyChoice& b : targets)
            pairs.emplace_back(sources[0], b);
        } else if (r.hosted) {
          for (const PartyChoice& a : sources) {
            for (const PartyChoice& b : targets) pairs.emplace_back(a, b);
          }
          group = &targets;
        }
        if (group != nullptr) {
          for (const PartyChoice& a : *group) {
            for (const PartyChoice& b : *group) {
              if (&a != &b) pairs.emplace_back(a, b);
            }
          }
        } else if (!r.sponsored) {
          if (sources.empty()) sources.push_back({});
          if (targets.empty()) targets.push_back({});
          for (const PartyChoice& a : sources) {
            for (const PartyChoice& b : targets) {
              pairs.emplace_back(a, b);
              // "Xi met Putin": a meeting is both sides' act, and so is
              // signing or concluding an agreement with Y (057): it takes
              // both signatures. Other deals "with Y" are not: Y is named as
              // the other party only. "Putin did not meet Erdogan" says what
              // the subject did not do; Y's part is not asserted.
              // "X a rencontré Y" is X's act only in French coding: the
              // roles file lists those verbs.
              if (p.symmetric &&
                  (root == "04" || root == "19" || p.cameo == "057") &&
                  a.mention >= 0 && b.mention >= 0 && !r.negated &&
                  !(root == "04" &&
                    c.Is(cand.state.trigger, lang->roles.one_sided_meeting))) {
                pairs.emplace_back(b, a);
              }
            }
          }
        }
        if (trace != nullptr) {
          trace->lines.push_back(
              "  event " + p.rule + " " + p.cameo +
              (r.passive ? " (passive voice)" : "") + ": source " +
              DescribeParty(c, sources.empty() ? PartyChoice{} : sources[0]) +
              "; target " +
              DescribeParty(c, targets.empty() ? PartyChoice{} : targets[0]) +
              (r.why_flags.empty() ? "" : "; " + r.why_flags));
        }
        const Token& trig = text.tokens[cand.state.trigger];
        const size_t cand_first = out->size();
        for (const auto& [a, b] : pairs) {
          // An event names at least one actor (as in GDELT): "Missiles hit
          // the city" says nothing about who did what to whom.
          if (a.mention < 0 && b.mention < 0) {
            if (trace != nullptr) {
              trace->lines.push_back("  " + p.rule + ": no actor, not coded");
            }
            continue;
          }
          Event e;
          e.sentence = si;
          e.source = MakeParty(c, a);
          e.target = MakeParty(c, b);
          // One actor is never both sides (AnalyzeEventSyntax drops such a
          // first target; this catches a coordinated one).
          if (a.mention >= 0 && b.mention >= 0 &&
              e.source.code == e.target.code &&
              !TargetIsAnotherPerson(c, a, b)) {
            continue;
          }
          // "le chef de la junte malienne, Assimi Goïta": an actor named
          // twice in one list is one party, and one act.
          bool repeated = false;
          for (size_t k = cand_first; k < out->size() && !repeated; ++k) {
            repeated = (*out)[k].source.code == e.source.code &&
                       (*out)[k].target.code == e.target.code;
          }
          if (repeated) continue;
          // "missile strikes on Kyiv": force strikes the capital as a place,
          // the country, not its government.
          if (IsViolence(p.cameo) && b.mention >= 0 && !b.modifier &&
              actors[b.mention].type == "seat" && e.target.code.size() == 6 &&
              e.target.code.compare(3, 3, "GOV") == 0) {
            e.target.code.resize(3);
          }
          e.reporter = MakeParty(c, reporter);
          const CameoInfo* info =
              intent.empty() ? p.info : cameo_.FindOrParent(intent);
          if (info == nullptr) info = p.info;
          e.cameo = std::string(cameo);
          // "protesters attacked the embassy", "des manifestants ont
          // incendié la mairie": a crowd of protesters using force riots
          // (145); the patterns of force and destruction are written for
          // states and armed groups.
          if (RiotingCrowd(c, a) && ForceOrDestruction(e.cameo)) {
            if (const CameoInfo* riot = cameo_.FindOrParent(kViolentProtest)) {
              info = riot;
              e.cameo = kViolentProtest;
              if (trace != nullptr) {
                trace->lines.push_back("  " + p.rule +
                                       ": force by protesters, coded as a "
                                       "riot 145");
              }
            }
          }
          e.goldstein = info->goldstein;
          e.quad_class = info->quad_class;
          e.plover_type = info->plover_type;
          e.plover_mode = info->plover_mode;
          e.trigger_begin = trig.begin;
          e.trigger_end = trig.end;
          e.trigger_token = cand.state.trigger;
          e.negated = r.negated;
          e.hypothetical = r.hypothetical;
          e.rule = p.rule;
          out->push_back(std::move(e));
        }
      }
    }
    // "bombardée par l'armée russe, qui a tiré une douzaine de missiles":
    // a relative clause about the author of an act that codes the same
    // parties and root tells more of that act, not a second one.
    size_t kept = sentence_events;
    for (size_t i = sentence_events; i < out->size(); ++i) {
      const Event& e = (*out)[i];
      bool restated = false;
      const uint32_t group = VerbGroupStart(c, e.trigger_token);
      if (group > c.first && c.Is(group - 1, lang->roles.subject_relative) &&
          !e.source.code.empty()) {
        for (size_t k = sentence_events; k < kept && !restated; ++k) {
          const Event& a = (*out)[k];
          restated = a.trigger_token < group &&
                     a.source.code == e.source.code &&
                     a.target.code == e.target.code &&
                     a.cameo.compare(0, 2, e.cameo, 0, 2) == 0;
        }
      }
      if (restated) {
        if (trace != nullptr) {
          trace->lines.push_back("  " + e.rule +
                                 " restates an act of its relative's "
                                 "antecedent: dropped");
        }
        continue;
      }
      if (kept != i) (*out)[kept] = std::move((*out)[i]);
      ++kept;
    }
    out->resize(kept);
    // "Moscou et Kiev ont négocié un échange, avec la médiation de la
    // Turquie", "un cessez-le-feu entre le Hamas et Israël, conclu sous
    // l'égide de l'Égypte": a mediation that names no party mediates
    // between the parties of the sentence's other acts.
    const size_t sentence_end = out->size();
    for (size_t i = sentence_events; i < sentence_end; ++i) {
      if ((*out)[i].cameo.compare(0, 3, "045") != 0 ||
          !(*out)[i].target.code.empty() || (*out)[i].source.code.empty()) {
        continue;
      }
      std::vector<const EventParty*> parties;
      for (size_t k = sentence_events; k < sentence_end; ++k) {
        if (k == i) continue;
        for (const EventParty* party : {&(*out)[k].source, &(*out)[k].target}) {
          if (party->code.empty() || party->code == (*out)[i].source.code ||
              parties.size() >= kMaxPartiesPerSide) {
            continue;
          }
          bool seen = false;
          for (const EventParty* q : parties) seen |= q->code == party->code;
          if (!seen) parties.push_back(party);
        }
      }
      if (parties.empty()) continue;
      if (trace != nullptr) {
        trace->lines.push_back("  " + (*out)[i].rule +
                               ": mediates between the parties of the "
                               "sentence's other acts");
      }
      std::vector<EventParty> targets;
      for (const EventParty* party : parties) targets.push_back(*party);
      (*out)[i].target = targets[0];
      for (size_t k = 1; k < targets.size(); ++k) {
        Event e = (*out)[i];
        e.target = targets[k];
        out->push_back(std::move(e));
      }
    }
    // Events stay ordered by trigger within the sentence.
    if (out->size() > sentence_end) {
      std::stable_sort(out->begin() + sentence_events, out->end(),
                       [](const Event& a, const Event& b) {
                         return a.trigger_token < b.trigger_token;
                       });
    }
  }
  // A coordination right before a verb between the two triggers joins two
  // clauses, each its own act.
  auto coordinated = [&](const Event& a, const Event& b) {
    const CompiledLanguage* lang = Find(SentenceLanguage(text, a.sentence));
    if (lang == nullptr) return false;
    const uint32_t lo = std::min(a.trigger_token, b.trigger_token);
    const uint32_t hi = std::max(a.trigger_token, b.trigger_token);
    for (uint32_t t = lo + 1; t < hi && t + 1 < n; ++t) {
      const WordClass next = text.tokens[t + 1].word_class;
      if ((lang->roles.coordination.Contains(lemma_keys[t]) ||
           lang->roles.coordination.Contains(form_keys[t])) &&
          (next == WordClass::kVerb || next == WordClass::kAuxiliary)) {
        return true;
      }
    }
    return false;
  };
  DropVaguerRestatements(first_event, out, trace, coordinated);
}

}  // namespace tocsin
