#include "actors/combine.h"

#include <algorithm>
#include <iterator>

#include "actors/actor_matcher.h"
#include "dict/fold.h"

namespace tocsin {
namespace {

// Folded keys of the function words the combination rules look at.
struct Connectors {
  uint64_t of = FoldKey("of"), the = FoldKey("the");
  uint64_t de = FoldKey("de"), du = FoldKey("du"), des = FoldKey("des"),
           d = FoldKey("d'"), la = FoldKey("la"), le = FoldKey("le"),
           les = FoldKey("les"), l = FoldKey("l'");
  uint64_t s = FoldKey("'s"), apostrophe = FoldKey("'");
  // Locative prepositions before a seat: "in Moscow", "à Moscou".
  uint64_t locative[13] = {
      FoldKey("in"),      FoldKey("at"),     FoldKey("near"),
      FoldKey("outside"), FoldKey("around"), FoldKey("inside"),
      FoldKey("across"),  FoldKey("à"),      FoldKey("au"),
      FoldKey("dans"),    FoldKey("vers"),   FoldKey("autour"),
      FoldKey("près")};
  // Before "de"/"of": "près de Kyiv", "north of Kyiv".
  uint64_t locative_of[10] = {FoldKey("près"),      FoldKey("autour"),
                              FoldKey("proximité"), FoldKey("abords"),
                              FoldKey("north"),     FoldKey("south"),
                              FoldKey("east"),      FoldKey("west"),
                              FoldKey("outskirts"), FoldKey("environs")};
  uint64_t to = FoldKey("to"), for_ = FoldKey("for");
  uint64_t and_ = FoldKey("and"), et = FoldKey("et");
};

const Connectors& Words() {
  static const Connectors words;
  return words;
}

bool IsStateLike(ActorType t) {
  return t == ActorType::kState || t == ActorType::kBloc ||
         t == ActorType::kSubnational || t == ActorType::kSeat;
}

UnitKind KindOf(const MentionContext& c, const DictMatch& m,
                std::string_view* suffix) {
  ActorEntryView e = c.matcher.entry(m.entry);
  {
    const CodeRecord* code = c.matcher.CodeFor(m.entry, c.date);
    std::string_view s =
        code ? c.matcher.String(code->code) : std::string_view();
    if (s.size() > 1 && s.back() == '~') {
      *suffix = s.substr(0, s.size() - 1);
      return UnitKind::kPrefix;
    }
  }
  if (e.type == ActorType::kAgent) {
    const CodeRecord* code = c.matcher.CodeFor(m.entry, c.date);
    std::string_view s =
        code ? c.matcher.String(code->code) : std::string_view();
    if (!s.empty() && s[0] == '~') {
      *suffix = s.substr(1);
      return UnitKind::kAgent;
    }
    return UnitKind::kOther;
  }
  if (e.type == ActorType::kPerson) return UnitKind::kPerson;
  if (!IsStateLike(e.type)) return UnitKind::kOther;
  return m.kind == kAliasAdjective ? UnitKind::kAdjective : UnitKind::kPlace;
}

// The country code a partner gives a combination: a state, bloc or region's
// code for the date; a seat's country. Empty when it has none.
std::string_view CountryPart(const MentionContext& c, uint32_t entry) {
  ActorEntryView e = c.matcher.entry(entry);
  if (e.type == ActorType::kSeat && !e.country.empty()) return e.country;
  const CodeRecord* code = c.matcher.CodeFor(entry, c.date);
  if (code == nullptr) return {};
  std::string_view s = c.matcher.String(code->code);
  if (e.type == ActorType::kSeat) return s.substr(0, 3);
  return s;
}

void MergeAgentRuns(std::vector<MentionUnit>& units) {
  for (size_t k = 0; k < units.size(); ++k) {
    MentionUnit& a = units[k];
    if (!a.alive || a.kind != UnitKind::kAgent) continue;
    for (size_t n = k + 1; n < units.size(); ++n) {
      MentionUnit& b = units[n];
      if (b.kind != UnitKind::kAgent || b.first != a.end) break;
      if (a.suffix == "GOV" && b.suffix != "GOV") {
        a.entry = b.entry;
        a.suffix = b.suffix;
      }
      a.person_role = a.person_role && b.person_role;
      a.end = b.end;
      b.alive = false;
    }
  }
}

bool Key(const MentionContext& c, uint32_t token, uint64_t key) {
  return c.keys[kKeysPerToken * token] == key;
}

template <size_t N>
bool KeyIn(const MentionContext& c, uint32_t token, const uint64_t (&set)[N]) {
  uint64_t key = c.keys[kKeysPerToken * token];
  return std::find(set, set + N, key) != set + N;
}

bool IsArticle(const MentionContext& c, uint32_t token) {
  const Connectors& w = Words();
  return Key(c, token, w.the) || Key(c, token, w.la) || Key(c, token, w.le) ||
         Key(c, token, w.les) || Key(c, token, w.l);
}

// "in [the] Moscow", "à Moscou", "près de Kyiv", "north of Kyiv".
bool AfterLocative(const MentionContext& c, uint32_t first,
                   uint32_t sentence_first) {
  const Connectors& w = Words();
  uint32_t t = first;
  if (t > sentence_first && IsArticle(c, t - 1)) --t;
  if (t == sentence_first) return false;
  if (KeyIn(c, t - 1, w.locative)) return true;
  bool of = Key(c, t - 1, w.de) || Key(c, t - 1, w.of) || Key(c, t - 1, w.d) ||
            Key(c, t - 1, w.du);
  return of && t - 1 > sentence_first && KeyIn(c, t - 2, w.locative_of);
}

bool SeatIsGovernment(const MentionContext& c, uint32_t entry) {
  const CodeRecord* code = c.matcher.CodeFor(entry, c.date);
  return code != nullptr && c.matcher.String(code->code).ends_with("GOV");
}

// Tokens between a title and the person it names: a complement that
// starts with a preposition and holds no verb or punctuation ("de
// l'Économie", "of State", "à la Défense"), at most four tokens.
bool TitleComplement(const MentionContext& c, uint32_t begin, uint32_t end) {
  if (begin == end) return true;
  if (end - begin > 4) return false;
  const Connectors& w = Words();
  const Token& first = c.text.tokens[begin];
  bool preposition = first.word_class == WordClass::kAdposition ||
                     Key(c, begin, w.de) || Key(c, begin, w.d) ||
                     Key(c, begin, w.du) || Key(c, begin, w.of) ||
                     Key(c, begin, w.to) || Key(c, begin, w.for_);
  if (!preposition) return false;
  // The complement names a portfolio or a body: capitalised words and the
  // function words between them ("de l'Économie", "à la Défense", "of
  // State"), not a description ("de propagande de").
  // French writes a portfolio's adjective in lower case after its
  // capitalised noun ("des Affaires étrangères").
  for (uint32_t t = begin + 1; t < end; ++t) {
    const Token& token = c.text.tokens[t];
    WordClass k = token.word_class;
    bool function_word = k == WordClass::kDeterminer ||
                         k == WordClass::kAdposition ||
                         (token.flags & kTokenElided);
    bool portfolio_adjective = k == WordClass::kAdjective &&
                               (c.text.tokens[t - 1].flags & kTokenCapitalized);
    if (!function_word && !portfolio_adjective &&
        !(token.flags & kTokenCapitalized)) {
      return false;
    }
  }
  return true;
}

// Units before and after `k` that are still alive (SIZE_MAX when none).
size_t PrevAlive(const std::vector<MentionUnit>& u, size_t k) {
  while (k-- > 0) {
    if (u[k].alive) return k;
  }
  return SIZE_MAX;
}
size_t NextAlive(const std::vector<MentionUnit>& u, size_t k) {
  for (++k; k < u.size(); ++k) {
    if (u[k].alive) return k;
  }
  return SIZE_MAX;
}

// "Iranian morality police", "German federal prosecutor", "Western energy
// companies": a country adjective qualifies the whole phrase, whose
// lower-case nouns and adjectives before the agent say which branch it is.
bool OnlyBranchWordsBetween(const MentionContext& c, uint32_t begin,
                            uint32_t end) {
  constexpr uint32_t kMaxBranchWords = 2;
  if (end <= begin || end - begin > kMaxBranchWords) return false;
  for (uint32_t t = begin; t < end; ++t) {
    const Token& token = c.text.tokens[t];
    if ((token.flags & kTokenCapitalized) ||
        (token.word_class != WordClass::kNoun &&
         token.word_class != WordClass::kAdjective)) {
      return false;
    }
  }
  return true;
}

// "Ukraine's first deputy prime minister", "China's powerful defence
// minister", "Russia's First Deputy Prime Minister Denis Manturov":
// between an owner's "'s" and its agent, at most three words that say
// which one: adjectives, nouns, and the capitalised words of a title
// written in capitals before a name. Capitalised words before an agent
// that no name follows name something else ("London's Earls Court",
// "Australia's Griffith University"). Adjectives may be coordinated
// ("Iran's new and untested president", "China's tough, outspoken
// minister"): the "and"/"or"/"," between two adjectives is not counted.
bool OnlyTitleWordsBetween(const MentionContext& c, uint32_t begin,
                           uint32_t end, const MentionUnit& a) {
  constexpr uint32_t kMaxTitleWords = 3;
  static const uint64_t kComma = FoldKey(","), kOr = FoldKey("or");
  const Connectors& w = Words();
  auto adjective = [&](uint32_t t) {
    return c.text.tokens[t].word_class == WordClass::kAdjective;
  };
  // What follows the connector is a modifier too, whatever the tagger
  // says: a noun ("economic and defence minister") or a participle or
  // adjective it read as a verb ("new and trusted", "awful and cool").
  auto coordinator = [&](uint32_t t) {
    if (t <= begin || t + 1 > end || !adjective(t - 1)) return false;
    const Token& next = c.text.tokens[t + 1];
    return (next.word_class == WordClass::kAdjective ||
            next.word_class == WordClass::kNoun ||
            next.word_class == WordClass::kVerb) &&
           !(next.flags & kTokenCapitalized) &&
           (Key(c, t, w.and_) || Key(c, t, kOr) || Key(c, t, kComma));
  };
  if (end <= begin) return false;
  uint32_t words = 0;
  for (uint32_t t = begin; t < end; ++t) words += coordinator(t) ? 0 : 1;
  if (words > kMaxTitleWords) return false;
  // The agent heads the phrase: not an adjective ("Washington's latest
  // military aid"), nor a noun's modifier ("China's new media market").
  const WordClass head = c.text.tokens[a.end - 1].word_class;
  if (head != WordClass::kNoun && head != WordClass::kProperNoun) return false;
  if (a.end < c.text.tokens.size() &&
      c.text.tokens[a.end].word_class == WordClass::kNoun &&
      !(c.text.tokens[a.end].flags & kTokenCapitalized)) {
    return false;
  }
  const bool title_case =
      (c.text.tokens[a.first].flags & kTokenCapitalized) &&
      a.end < c.text.tokens.size() &&
      (c.text.tokens[a.end].flags & kTokenCapitalized) &&
      c.text.tokens[a.end].word_class == WordClass::kProperNoun;
  for (uint32_t t = begin; t < end; ++t) {
    const Token& token = c.text.tokens[t];
    const WordClass k = token.word_class;
    const bool capital_title_word = title_case && k == WordClass::kProperNoun &&
                                    (token.flags & kTokenCapitalized);
    const bool coordinated = t > begin && coordinator(t - 1);
    if (k != WordClass::kAdjective && k != WordClass::kNoun &&
        !capital_title_word && !coordinator(t) && !coordinated) {
      return false;
    }
  }
  return true;
}

bool FitsLeft(const MentionContext& c, const MentionUnit& p,
              const MentionUnit& a) {
  if (p.kind == UnitKind::kAdjective || p.kind == UnitKind::kPlace) {
    if (p.end == a.first) return true;
  }
  // A name used as a modifier reads the same way: "Israel security
  // officials", "Kenya election officials".
  if ((p.kind == UnitKind::kAdjective ||
       (p.kind == UnitKind::kPlace && !p.locative)) &&
      p.end < a.first && OnlyBranchWordsBetween(c, p.end, a.first)) {
    return true;
  }
  const Connectors& w = Words();
  return p.kind == UnitKind::kPlace && p.end < a.first &&
         (Key(c, p.end, w.s) || Key(c, p.end, w.apostrophe)) &&
         (p.end + 1 == a.first ||
          OnlyTitleWordsBetween(c, p.end + 1, a.first, a));
}

// French: "les rebelles kurdes iraniens", "la police religieuse
// iranienne": the country adjective closes the phrase, after at most two
// lower-case adjectives that say which branch or people the agent is
// (nouns are left out: "les soldats de la paix russes" is no branch).
bool FitsRightAdjective(const MentionContext& c, const MentionUnit& a,
                        const MentionUnit& q) {
  if (q.kind != UnitKind::kAdjective || q.first < a.end) return false;
  if (q.first == a.end) return true;
  if (!OnlyBranchWordsBetween(c, a.end, q.first)) return false;
  for (uint32_t t = a.end; t < q.first; ++t) {
    if (c.text.tokens[t].word_class != WordClass::kAdjective) return false;
  }
  return true;
}

// "of [the]", "de [la|le|les|l']", "du", "des", "d'" between agent and name.
bool OfBetween(const MentionContext& c, uint32_t end, uint32_t first,
               bool french) {
  if (first <= end || first - end > 2) return false;
  const Connectors& w = Words();
  uint32_t t = end;
  bool two = first - end == 2;
  if (!french) return Key(c, t, w.of) && (!two || Key(c, t + 1, w.the));
  if (Key(c, t, w.du) || Key(c, t, w.des) || Key(c, t, w.d)) return !two;
  if (!Key(c, t, w.de)) return false;
  return !two || Key(c, t + 1, w.la) || Key(c, t + 1, w.le) ||
         Key(c, t + 1, w.les) || Key(c, t + 1, w.l);
}

bool FitsRightOf(const MentionContext& c, const MentionUnit& a,
                 const MentionUnit& q, bool french) {
  return q.kind == UnitKind::kPlace && OfBetween(c, a.end, q.first, french);
}

// A prefix agent joins the country name or adjective right after it
// ("MSF Arnor"); one that joins nothing is an organisation of its kind.
void AttachPrefixes(const MentionContext& c, std::vector<MentionUnit>& u) {
  for (size_t k = 0; k < u.size(); ++k) {
    MentionUnit& a = u[k];
    if (!a.alive || a.kind != UnitKind::kPrefix) continue;
    const size_t q = NextAlive(u, k);
    if (q != SIZE_MAX && u[q].first == a.end &&
        (u[q].kind == UnitKind::kPlace || u[q].kind == UnitKind::kAdjective) &&
        !CountryPart(c, u[q].entry).empty()) {
      u[q].prefix = a.suffix;
      u[q].first = a.first;
      a.alive = false;
    } else {
      a.kind = UnitKind::kOther;
    }
  }
}

void Combine(MentionUnit& a, MentionUnit& partner) {
  if (!partner.prefix.empty()) a.prefix = partner.prefix;
  a.partner = partner.entry;
  a.first = std::min(a.first, partner.first);
  a.end = std::max(a.end, partner.end);
  partner.alive = false;
}

// True when tokens [begin, end) hold an apposition marker: a dash or an
// opening parenthesis standing alone, or "known as" / "connu sous le nom
// de" / "dit".
bool HasAppositionMarker(const MentionContext& c, uint32_t begin,
                         uint32_t end) {
  static const uint64_t kMarkers[] = {
      FoldKey("–"),     FoldKey("—"),     FoldKey("-"),      FoldKey("("),
      FoldKey("known"), FoldKey("connu"), FoldKey("connue"), FoldKey("dit")};
  for (uint32_t t = begin; t < end; ++t) {
    if (KeyIn(c, t, kMarkers)) return true;
  }
  return false;
}

// An agent in apposition to a phrase that names its country takes that
// country: "la direction ... de Russie – également connue sous le nom de
// 12e direction du ministère de la Défense" -> RUSMIL. The agent keeps its
// own span: the country is not part of its words.
void CombineAppositions(const MentionContext& c, std::vector<MentionUnit>& u) {
  constexpr uint32_t kMaxGap = 12;
  for (size_t k = 0; k < u.size(); ++k) {
    MentionUnit& a = u[k];
    if (!a.alive || a.kind != UnitKind::kAgent || a.person_role ||
        a.partner != UINT32_MAX) {
      continue;
    }
    size_t p = PrevAlive(u, k);
    if (p == SIZE_MAX || u[p].kind != UnitKind::kPlace ||
        a.first - u[p].end > kMaxGap || a.first <= u[p].end ||
        CountryPart(c, u[p].entry).empty() ||
        !HasAppositionMarker(c, u[p].end, a.first)) {
      continue;
    }
    // An auxiliary in between starts another clause ("Russia – the
    // ministry has said"): no apposition.
    bool clause = false;
    for (uint32_t t = u[p].end; t < a.first; ++t) {
      clause |= c.text.tokens[t].word_class == WordClass::kAuxiliary;
    }
    if (clause) continue;
    a.partner = u[p].entry;
  }
}

// English: "soldiers from Chad", "refugees from Syria", "companies from
// Canada": the place says whose the agent is, when the agent is a subject
// and not an object ("withdrew troops from X" names whose they are
// elsewhere), nor owned ("its forces from X"), nor attached to a name
// before it ("NATO troops from X"). Not "in": "protesters in Dagestan" are
// where they are, not whose (the bare role code, as the gold sets code
// it).
bool FitsRightLocative(const MentionContext& c,
                       const std::vector<MentionUnit>& u, size_t p, size_t k,
                       size_t q) {
  static const uint64_t kFrom = FoldKey("from");
  const MentionUnit& a = u[k];
  const MentionUnit& place = u[q];
  if (place.kind != UnitKind::kPlace || CountryPart(c, place.entry).empty() ||
      place.first <= a.end || place.first - a.end > 2) {
    return false;
  }
  const Connectors& w = Words();
  if (!Key(c, a.end, kFrom)) return false;
  if (place.first - a.end == 2 && !Key(c, a.end + 1, w.the)) return false;
  if (p != SIZE_MAX && u[p].end == a.first) return false;
  const uint32_t sentence_first = c.text.sentences[a.sentence].first_token;
  uint32_t t = a.first;
  while (t > sentence_first) {
    const WordClass before = c.text.tokens[t - 1].word_class;
    if (before != WordClass::kDeterminer && before != WordClass::kAdjective &&
        before != WordClass::kNumeral && before != WordClass::kAdverb) {
      break;
    }
    if (before == WordClass::kDeterminer && t - 1 > sentence_first &&
        c.text.tokens[t - 2].word_class == WordClass::kVerb) {
      return false;
    }
    --t;
  }
  if (t == sentence_first) return true;
  const WordClass before = c.text.tokens[t - 1].word_class;
  // "American diplomats and service members in Iraq": the agent shares
  // the country of the agent it is coordinated with.
  if (before == WordClass::kCoordConj && p != SIZE_MAX &&
      u[p].kind == UnitKind::kAgent && u[p].partner != UINT32_MAX &&
      u[p].end + 1 == t) {
    return false;
  }
  return before != WordClass::kVerb && before != WordClass::kAuxiliary &&
         before != WordClass::kPronoun && before != WordClass::kNoun &&
         before != WordClass::kProperNoun && before != WordClass::kParticle &&
         !Key(c, t - 1, w.s) && !Key(c, t - 1, w.apostrophe);
}

void CombineAgents(const MentionContext& c, std::vector<MentionUnit>& u,
                   bool french) {
  for (size_t k = 0; k < u.size(); ++k) {
    MentionUnit& a = u[k];
    if (!a.alive || a.kind != UnitKind::kAgent) continue;
    size_t p = PrevAlive(u, k), q = NextAlive(u, k);
    bool left = !french && p != SIZE_MAX && FitsLeft(c, u[p], a) &&
                !CountryPart(c, u[p].entry).empty();
    bool right_adj = french && q != SIZE_MAX &&
                     FitsRightAdjective(c, a, u[q]) &&
                     !CountryPart(c, u[q].entry).empty();
    bool right_of = q != SIZE_MAX && FitsRightOf(c, a, u[q], french) &&
                    !CountryPart(c, u[q].entry).empty();
    if (!french && !left && !right_of && q != SIZE_MAX &&
        FitsRightLocative(c, u, p, k, q)) {
      right_of = true;
    }
    const uint32_t own_end = a.end;
    // Each language's word order: French puts the adjective after the noun
    // ("le département russe responsable de..." must not read "russe
    // responsable"), English before it.
    if (french) {
      if (right_adj || right_of) Combine(a, u[q]);
    } else if (left) {
      Combine(a, u[p]);
    } else if (right_of) {
      Combine(a, u[q]);
    }
    if (a.partner != UINT32_MAX && right_of && !(french ? right_adj : left)) {
      a.own_end = own_end;
    }
  }
}

// A country name (or adjective) becomes a mention of `agent`'s kind with
// itself as the country: "Lanovia" in "the ambassadors of Mirabia and
// Lanovia".
void ShareAgent(const MentionUnit& agent, MentionUnit& name) {
  name.kind = UnitKind::kAgent;
  name.partner = name.entry;
  name.entry = agent.entry;
  name.suffix = agent.suffix;
  name.person_role = agent.person_role;
}

// The connector between two names of a list: ",", "and", ", and", "or"
// (English), ",", "et", "ou" (French), then the article or preposition
// the next name repeats ("the", "de", "d'", "du", "de la"). Sets *last when
// the connector closes the list ("and", "et", "or", "ou").
bool ListConnector(const MentionContext& c, uint32_t begin, uint32_t end,
                   bool french, bool* last) {
  static const uint64_t kComma = FoldKey(","), kOr = FoldKey("or"),
                        kOu = FoldKey("ou");
  const Connectors& w = Words();
  uint32_t t = begin;
  if (t < end && Key(c, t, kComma)) ++t;
  *last = false;
  if (t < end &&
      (Key(c, t, french ? w.et : w.and_) || Key(c, t, french ? kOu : kOr))) {
    *last = true;
    ++t;
  }
  if (t == begin) return false;
  if (french) {
    if (t < end && (Key(c, t, w.de) || Key(c, t, w.d) || Key(c, t, w.du) ||
                    Key(c, t, w.des))) {
      ++t;
    }
  }
  if (t < end && IsArticle(c, t)) ++t;
  return t == end;
}

// A plural agent whose "of" (or "in", "from") partner opens a list of
// names is each name's agent: "the ambassadors of Lanovia, Mirabia and
// Ostrava" (three embassies), "les ministres de France et d'Allemagne",
// "lawmakers in Lanovia and Mirabia". The other names
// become mentions of their own with the same agent. Only a list closed by
// "and"/"or": "the army of X, Y said" is no list, and a singular agent
// ("the president of X and Y") names one country's.
void ShareOfListAgents(const MentionContext& c, std::vector<MentionUnit>& u,
                       bool french) {
  for (size_t k = 0; k < u.size(); ++k) {
    const MentionUnit& a = u[k];
    if (!a.alive || a.kind != UnitKind::kAgent || a.own_end <= a.first) {
      continue;
    }
    const uint32_t noun = a.own_end - 1;
    const bool plural =
        c.keys[kKeysPerToken * noun] != c.keys[kKeysPerToken * noun + 1];
    if (!plural) continue;
    std::vector<size_t> list;
    uint32_t end = a.end;
    bool closed = false;
    for (size_t n = NextAlive(u, k); n != SIZE_MAX && !closed;
         n = NextAlive(u, n)) {
      const MentionUnit& q = u[n];
      bool last = false;
      if (q.kind != UnitKind::kPlace || q.locative ||
          CountryPart(c, q.entry).empty() ||
          !ListConnector(c, end, q.first, french, &last)) {
        break;
      }
      list.push_back(n);
      end = q.end;
      closed = last;
    }
    if (!closed) continue;
    for (size_t n : list) ShareAgent(a, u[n]);
  }
}

// English: names listed before a possessive share its plural agent:
// "Russia and China's foreign ministers" (RUSGOV, CHNGOV), "the US, Britain
// and France's envoys". CombineAgents gave the agent the last name; the
// earlier ones become mentions of their own with the same agent. Only a
// list closed by "and"/"or" right before that name.
void ShareOwnerListAgents(const MentionContext& c, std::vector<MentionUnit>& u,
                          bool french) {
  if (french) return;
  const Connectors& w = Words();
  for (size_t k = 0; k < u.size(); ++k) {
    const MentionUnit& a = u[k];
    if (!a.alive || a.kind != UnitKind::kAgent || a.partner == UINT32_MAX ||
        a.own_end != 0) {
      continue;
    }
    const uint32_t noun = a.end - 1;
    if (c.keys[kKeysPerToken * noun] == c.keys[kKeysPerToken * noun + 1]) {
      continue;  // singular: "Russia and China's president" is one man's
    }
    size_t p = k;
    while (p > 0 && !(u[p - 1].entry == a.partner && !u[p - 1].alive &&
                      u[p - 1].first == a.first)) {
      --p;
    }
    if (p == 0) continue;
    const MentionUnit& owner = u[--p];
    if (!Key(c, owner.end, w.s) && !Key(c, owner.end, w.apostrophe)) continue;
    uint32_t first = owner.first;
    bool closed = false;
    std::vector<size_t> list;
    for (size_t q = PrevAlive(u, p); q != SIZE_MAX; q = PrevAlive(u, q)) {
      bool last = false;
      if (u[q].kind != UnitKind::kPlace || u[q].locative ||
          CountryPart(c, u[q].entry).empty() ||
          !ListConnector(c, u[q].end, first, false, &last) ||
          (list.empty() != last)) {
        break;
      }
      list.push_back(q);
      closed = true;
      first = u[q].first;
    }
    if (!closed) continue;
    for (size_t q : list) ShareAgent(a, u[q]);
  }
}

// Country adjectives coordinated around one agent share it: "Kyrgyz and
// Tajik border guards" (KGZCOP, TJKCOP), "les forces russes et
// biélorusses" (RUSMIL, BLRMIL). CombineAgents gave the agent the
// adjective next to it; the other one, before "and" (English) or after
// "et" (French), becomes a mention of its own with the same agent.
void ShareCoordinatedAgents(const MentionContext& c,
                            std::vector<MentionUnit>& u, bool french) {
  const Connectors& w = Words();
  for (size_t k = 0; k < u.size(); ++k) {
    MentionUnit& adjective = u[k];
    if (!adjective.alive || adjective.kind != UnitKind::kAdjective ||
        CountryPart(c, adjective.entry).empty()) {
      continue;
    }
    const size_t n = french ? PrevAlive(u, k) : NextAlive(u, k);
    if (n == SIZE_MAX) continue;
    const MentionUnit& agent = u[n];
    if (agent.kind != UnitKind::kAgent || agent.partner == UINT32_MAX) {
      continue;
    }
    const bool coordinated =
        french
            ? adjective.first == agent.end + 1 && Key(c, agent.end, w.et)
            : agent.first == adjective.end + 1 && Key(c, adjective.end, w.and_);
    if (!coordinated) continue;
    ShareAgent(agent, adjective);
  }
}

// Organs of a state: its government, legislature, courts, forces.
bool StateOrganSuffix(std::string_view s) {
  return s == "GOV" || s == "LEG" || s == "JUD" || s == "MIL" || s == "COP" ||
         s == "SPY";
}

// The subject a possessive pronoun points back to: the nearest unit before
// `k` that a verb follows ("Azerbaijan said its forces", "Ankara a affirmé
// que ses avions"), skipping persons, whom "its" never names. A state-like
// name, or an organ that already has its country. Returns the country
// entry, or UINT32_MAX. An object ("attacked Ukraine with its drones") is
// passed over for the subject before it, and so is an actor after a
// preposition; any other actor stops the search.
uint32_t OwnerPronounCountry(const MentionContext& c,
                             const std::vector<MentionUnit>& u, size_t k) {
  for (size_t p = PrevAlive(u, k); p != SIZE_MAX; p = PrevAlive(u, p)) {
    const MentionUnit& a = u[p];
    if (a.kind == UnitKind::kPerson || a.person_role) continue;
    // "une discussion avec Paris reviendrait à ...": after a preposition,
    // an object, whatever verb follows its phrase.
    uint32_t before = a.first;
    while (before > 0 &&
           c.text.tokens[before - 1].word_class == WordClass::kDeterminer) {
      --before;
    }
    if (before > 0 &&
        c.text.tokens[before - 1].word_class == WordClass::kAdposition) {
      continue;
    }
    uint32_t next = a.end;
    while (next < a.end + 2 && next < u[k].first &&
           c.text.tokens[next].word_class == WordClass::kAdverb) {
      ++next;
    }
    if (next >= c.text.tokens.size()) return UINT32_MAX;
    const WordClass w = c.text.tokens[next].word_class;
    if (w != WordClass::kVerb && w != WordClass::kAuxiliary) continue;
    if (a.kind == UnitKind::kPlace && !a.locative &&
        !CountryPart(c, a.entry).empty()) {
      return a.entry;
    }
    if (a.kind == UnitKind::kAgent && a.partner != UINT32_MAX &&
        StateOrganSuffix(a.suffix)) {
      return a.partner;
    }
    return UINT32_MAX;
  }
  return UINT32_MAX;
}

// "Turkey said its warplanes had bombed ...", "la Russie a massé ses
// troupes": a state's organ named with a possessive pronoun (`its`,
// `their`, `son`, `sa`, `ses`, `leur`, `leurs`) is that subject's own, as
// "Turkey's warplanes" would be. Only organs of the state, which a bare
// "forces" or "army" codes without a country.
void ShareCountryWithOwnerPronoun(const MentionContext& c,
                                  std::vector<MentionUnit>& u, bool french) {
  static const uint64_t kEnglish[] = {FoldKey("its"), FoldKey("their")};
  static const uint64_t kFrench[] = {FoldKey("son"), FoldKey("sa"),
                                     FoldKey("ses"), FoldKey("leur"),
                                     FoldKey("leurs")};
  for (size_t k = 0; k < u.size(); ++k) {
    MentionUnit& a = u[k];
    if (!a.alive || a.kind != UnitKind::kAgent || a.partner != UINT32_MAX ||
        a.person_role || !StateOrganSuffix(a.suffix) || a.first == 0) {
      continue;
    }
    const uint32_t pronoun = a.first - 1;
    const uint64_t key = c.keys[kKeysPerToken * pronoun];
    const bool owned =
        french ? std::find(std::begin(kFrench), std::end(kFrench), key) !=
                     std::end(kFrench)
               : std::find(std::begin(kEnglish), std::end(kEnglish), key) !=
                     std::end(kEnglish);
    if (!owned) continue;
    const uint32_t country = OwnerPronounCountry(c, u, k);
    if (country != UINT32_MAX) a.partner = country;
  }
}

// French: a plural country adjective after coordinated organs of a state
// qualifies each of them: "l'armée et la police irakiennes" (IRQMIL,
// IRQCOP), "les soldats et policiers syriens". A singular one ("l'armée et
// la police irakienne") is the last noun's only.
void ShareCountryWithPreviousOrgan(const MentionContext& c,
                                   std::vector<MentionUnit>& u) {
  const Connectors& w = Words();
  for (size_t k = 0; k < u.size(); ++k) {
    const MentionUnit& b = u[k];
    if (!b.alive || b.kind != UnitKind::kAgent || b.partner == UINT32_MAX ||
        b.person_role || !StateOrganSuffix(b.suffix) || b.end < 2) {
      continue;
    }
    const Token& last = c.text.tokens[b.end - 1];
    const std::string_view form = c.text.Normalized(last);
    if (last.word_class != WordClass::kAdjective ||
        !(form.ends_with('s') || form.ends_with('x'))) {
      continue;
    }
    const size_t p = PrevAlive(u, k);
    if (p == SIZE_MAX) continue;
    MentionUnit& a = u[p];
    if (a.kind != UnitKind::kAgent || a.partner != UINT32_MAX ||
        a.person_role || !StateOrganSuffix(a.suffix) || a.end >= b.first ||
        !Key(c, a.end, w.et)) {
      continue;
    }
    const uint32_t gap = b.first - a.end;
    if (gap > 2 || (gap == 2 && !IsArticle(c, a.end + 1))) continue;
    a.partner = b.partner;
  }
}

// English: a country's organs coordinated after one adjective or owner
// are all that country's: "the Iraqi army and police" (IRQMIL, IRQCOP),
// "Russia's government and parliament", "the Iraqi army, police and
// border guards". Only organs of the state on both
// sides: after another kind of agent the adjective or owner is less
// surely shared ("Danish media and government", which PETRARCH's tests
// leave uncoded), and a repeated article ("the army and the police")
// starts a phrase of its own.
void ShareCountryWithNextOrgan(const MentionContext& c,
                               std::vector<MentionUnit>& u, bool french) {
  if (french) return ShareCountryWithPreviousOrgan(c, u);
  static const uint64_t kComma = FoldKey(",");
  const Connectors& w = Words();
  for (size_t k = 0; k < u.size(); ++k) {
    const MentionUnit& a = u[k];
    if (!a.alive || a.kind != UnitKind::kAgent || a.partner == UINT32_MAX ||
        a.own_end != 0 || a.person_role || !StateOrganSuffix(a.suffix)) {
      continue;
    }
    // "the Iraqi army, police and border guards": a list closed by "and",
    // with no article before its members.
    std::vector<size_t> list;
    uint32_t end = a.end;
    bool closed = false;
    for (size_t n = NextAlive(u, k); n != SIZE_MAX && !closed;
         n = NextAlive(u, n)) {
      const MentionUnit& b = u[n];
      if (b.kind != UnitKind::kAgent || b.partner != UINT32_MAX ||
          b.person_role || !StateOrganSuffix(b.suffix) || b.first <= end) {
        break;
      }
      const uint32_t gap = b.first - end;
      const bool comma = Key(c, end, kComma);
      closed = Key(c, b.first - 1, w.and_);
      if (!(gap == 1 && (comma || closed)) && !(gap == 2 && comma && closed)) {
        break;
      }
      list.push_back(n);
      end = b.end;
    }
    if (!closed) continue;
    for (size_t n : list) u[n].partner = a.partner;
  }
}

// English: "former" turns an office into an elite (the CAMEO manual's
// ELI): "former Russian officials", "Russia's former defence minister",
// "former Peruvian prosecutors" are no longer the state's voice. Only the
// civil offices; a person in the dictionary keeps its own dated code, and
// "former" after the agent's words ("officials of the former Yugoslavia")
// qualifies something else.
void MarkFormerOfficeholders(const MentionContext& c,
                             std::vector<MentionUnit>& u, bool french) {
  if (french) return;
  static const uint64_t kFormer = FoldKey("former");
  for (MentionUnit& a : u) {
    if (!a.alive || a.kind != UnitKind::kAgent ||
        (a.suffix != "GOV" && a.suffix != "LEG" && a.suffix != "JUD")) {
      continue;
    }
    const uint32_t own_end = a.own_end != 0 ? a.own_end : a.end;
    bool former = a.first > 0 && Key(c, a.first - 1, kFormer);
    for (uint32_t t = a.first; t < own_end && !former; ++t) {
      former = Key(c, t, kFormer);
    }
    if (former) a.suffix = "ELI";
  }
}

// Armed-member suffixes: the agents that name a group's fighters
// ("fighters", "militants", "rebels", "jihadists", "combattants").
bool MemberSuffix(std::string_view s) {
  return s == "REB" || s == "INS" || s == "SEP" || s == "UAF";
}

// A named armed group's fighters are the group: "Boko Haram fighters",
// "Islamic State militants", "les combattants de Boko Haram", "fighters of
// the Islamic State" are one mention coded as the group, not a bare REB
// (the generic agent says less than the name beside it). English puts the
// name before the agent; both languages allow "of/de [the] NAME" after it.
void AbsorbGroupMembers(const MentionContext& c, std::vector<MentionUnit>& u,
                        bool french) {
  const Connectors& w = Words();
  for (size_t k = 0; k < u.size(); ++k) {
    MentionUnit& a = u[k];
    // French "militants" are activists (OPP), but "les militants du
    // Hamas" are the armed group's members all the same.
    const bool member = MemberSuffix(a.suffix) || (french && a.suffix == "OPP");
    if (!a.alive || a.kind != UnitKind::kAgent || a.person_role ||
        a.partner != UINT32_MAX || !member) {
      continue;
    }
    auto is_group = [&](size_t i) {
      return i != SIZE_MAX && u[i].alive &&
             c.matcher.entry(u[i].entry).type == ActorType::kArmedGroup;
    };
    size_t p = PrevAlive(u, k), q = NextAlive(u, k);
    if (!french && is_group(p) && u[p].end == a.first) {
      u[p].end = a.end;
      a.alive = false;
      continue;
    }
    if (!is_group(q) || u[q].first <= a.end || u[q].first - a.end > 2) {
      continue;
    }
    const uint32_t t = a.end;
    const bool two = u[q].first - a.end == 2;
    bool of;
    if (!french) {
      of = Key(c, t, w.of) && (!two || Key(c, t + 1, w.the));
    } else if (Key(c, t, w.du) || Key(c, t, w.des) || Key(c, t, w.d)) {
      of = !two;
    } else {
      of = Key(c, t, w.de) &&
           (!two || Key(c, t + 1, w.la) || Key(c, t + 1, w.le) ||
            Key(c, t + 1, w.les) || Key(c, t + 1, w.l));
    }
    if (!of) continue;
    u[q].first = a.first;
    a.alive = false;
  }
}

void MergeTitles(const MentionContext& c, std::vector<MentionUnit>& u) {
  for (size_t k = 0; k < u.size(); ++k) {
    if (!u[k].alive || u[k].kind != UnitKind::kAgent) continue;
    // The person may come after units inside the title's complement
    // ("secrétaire général de l'ONU António Guterres").
    size_t q = NextAlive(u, k);
    while (q != SIZE_MAX && u[q].kind != UnitKind::kPerson &&
           u[q].kind != UnitKind::kAgent && u[q].first - u[k].end <= 4) {
      q = NextAlive(u, q);
    }
    if (q == SIZE_MAX || u[q].kind != UnitKind::kPerson ||
        u[q].first < u[k].end || (u[q].first > u[k].end && !u[k].person_role) ||
        !TitleComplement(c, u[k].end, u[q].first)) {
      continue;
    }
    for (size_t n = k; n < q; ++n) u[n].alive = false;
    u[q].first = u[k].first;
    u[q].titled = true;
    // An organisation, seat or country right before the title is part of
    // it: "NATO Secretary General", "Kremlin spokesman".
    size_t p = PrevAlive(u, k);
    if (p != SIZE_MAX && u[p].end == u[q].first &&
        u[p].kind != UnitKind::kPerson && u[p].kind != UnitKind::kAgent) {
      u[q].first = u[p].first;
      u[p].alive = false;
    }
  }
}

// An organisation whose alias holds a title ("NATO Secretary General",
// "UN chief") right before a person is that person's title.
void MergeOrganisationTitles(std::vector<MentionUnit>& u) {
  for (size_t k = 0; k < u.size(); ++k) {
    if (!u[k].alive || u[k].kind != UnitKind::kOther) continue;
    size_t q = NextAlive(u, k);
    if (q == SIZE_MAX || u[q].kind != UnitKind::kPerson ||
        u[q].first != u[k].end || u[k].end - u[k].first < 2) {
      continue;
    }
    u[q].first = u[k].first;
    u[q].titled = true;
    u[k].alive = false;
  }
}

bool WrongWordClass(const MentionContext& c, const MentionUnit& unit) {
  if (unit.end != unit.first + 1) return false;
  WordClass k = c.text.tokens[unit.first].word_class;
  return k == WordClass::kVerb || k == WordClass::kAuxiliary ||
         k == WordClass::kAdjective || k == WordClass::kAdverb;
}

// Rule 4's drops: a lone person-role agent, a lone agent read off a verb or
// adjective homograph ("jugé" is not "juge", "local" is not "locals"), a
// country adjective used as an adjective.
void DropEmptyUnits(const MentionContext& c, std::vector<MentionUnit>& u) {
  for (MentionUnit& unit : u) {
    if (!unit.alive) continue;
    if (unit.kind == UnitKind::kAgent && unit.partner == UINT32_MAX &&
        (unit.person_role || WrongWordClass(c, unit))) {
      unit.alive = false;
    } else if (unit.kind == UnitKind::kAdjective) {
      const Token& t = c.text.tokens[unit.first];
      bool noun_use = t.word_class == WordClass::kNoun ||
                      t.word_class == WordClass::kProperNoun;
      if (!noun_use) {
        unit.alive = false;
        unit.modifier = true;
      }
    }
  }
}

std::string_view RoleOf(const MentionContext& c, const CodeRecord* code,
                        uint32_t sentence) {
  if (code == nullptr) return {};
  std::string_view fr = c.matcher.String(code->role_fr);
  if (SentenceLanguage(c.text, sentence) == "fr" && !fr.empty()) return fr;
  return c.matcher.String(code->role_en);
}

ActorMention Emit(const MentionContext& c, const MentionUnit& unit) {
  MentionUnit u = unit;
  const uint32_t sentence_first = c.text.sentences[u.sentence].first_token;
  while (u.end - u.first > 1 && IsArticle(c, u.first)) {
    const Token& t = c.text.tokens[u.first];
    bool inside_name =
        (t.flags & kTokenCapitalized) && u.first > sentence_first;
    if (inside_name) break;
    ++u.first;
  }
  ActorMention m;
  m.first_token = u.first;
  m.end_token = u.end;
  m.begin = c.text.tokens[u.first].begin;
  m.end = c.text.tokens[u.end - 1].end;
  m.sentence = u.sentence;
  ActorEntryView e = c.matcher.entry(u.entry);
  m.entry_id = std::string(e.id);
  m.type = ActorTypeName(e.type);
  if (u.kind == UnitKind::kAgent) {
    if (u.partner == UINT32_MAX) {
      m.code = std::string(u.suffix);
      return m;
    }
    std::string_view country = CountryPart(c, u.partner);
    m.code = std::string(u.prefix);
    m.code += country;
    if (!country.ends_with(u.suffix)) m.code += u.suffix;
    m.entry_id += '+';
    m.entry_id += c.matcher.entry(u.partner).id;
    m.source = MentionSource::kCombined;
    return m;
  }
  if (u.locative) {
    m.code = std::string(CountryPart(c, u.entry));
    if (!m.code.empty()) return m;
  }
  const CodeRecord* code = c.matcher.CodeFor(u.entry, c.date);
  if (u.kind == UnitKind::kOther && !u.suffix.empty()) {
    m.code = std::string(u.suffix);  // a prefix agent alone: its kind
  } else if (!u.prefix.empty()) {
    // "MSF Arnor": the prefix, then the country's code.
    m.code = std::string(u.prefix);
    m.code += CountryPart(c, u.entry);
  } else if (code != nullptr) {
    m.code = std::string(c.matcher.String(code->code));
  }
  m.role = std::string(RoleOf(c, code, u.sentence));
  return m;
}
// A name right after a title that already took a country, and coded as
// that country only ("Bree Prime Minister Romendacil" when the dictionary
// files Romendacil under BRE), is the titled person: one mention, with the
// title's code, which says more than the country alone.
void MergeNamesCodedAsTheirCountry(const MentionContext& c,
                                   std::vector<MentionUnit>& u) {
  for (size_t k = 0; k < u.size(); ++k) {
    MentionUnit& a = u[k];
    if (!a.alive || a.kind != UnitKind::kAgent || a.partner == UINT32_MAX) {
      continue;
    }
    size_t q = NextAlive(u, k);
    if (q == SIZE_MAX || u[q].kind != UnitKind::kPlace || u[q].first != a.end ||
        u[q].locative) {
      continue;
    }
    const std::string_view country = CountryPart(c, a.partner);
    if (country.empty() || CountryPart(c, u[q].entry) != country) continue;
    a.end = u[q].end;
    u[q].alive = false;
  }
}
// "UN investigators", "NATO troops", "les enquêteurs de l'ONU": an
// organisation's own staff or forces act for it, and the organisation's
// code says more than the bare agent's. One mention, the organisation's.
void MergeOrganisationMembers(const MentionContext& c,
                              std::vector<MentionUnit>& u, bool french) {
  const auto is_organisation = [&](size_t k) {
    return k != SIZE_MAX && u[k].kind == UnitKind::kOther &&
           c.matcher.entry(u[k].entry).type == ActorType::kIgo;
  };
  // "ministres des Affaires étrangères du G7": a portfolio may stand
  // between the title and the organisation.
  const auto of_organisation = [&](const MentionUnit& a, uint32_t first) {
    for (uint32_t split = a.end; split < first; ++split) {
      if (TitleComplement(c, a.end, split) &&
          OfBetween(c, split, first, french)) {
        return true;
      }
    }
    return false;
  };
  for (size_t k = 0; k < u.size(); ++k) {
    MentionUnit& a = u[k];
    if (!a.alive || a.kind != UnitKind::kAgent || a.partner != UINT32_MAX) {
      continue;
    }
    const size_t p = PrevAlive(u, k), q = NextAlive(u, k);
    size_t organisation = SIZE_MAX;
    if (!french && is_organisation(p) &&
        (u[p].end == a.first || OnlyBranchWordsBetween(c, u[p].end, a.first))) {
      organisation = p;
    } else if (is_organisation(q) && of_organisation(a, u[q].first)) {
      organisation = q;
    }
    if (organisation == SIZE_MAX) continue;
    u[organisation].first = std::min(u[organisation].first, a.first);
    u[organisation].end = std::max(u[organisation].end, a.end);
    a.alive = false;
  }
}

// A capitalised word of a name no match covers: "Strauss-Kahn", "Le Pen",
// "Michael". (An all-capitals acronym is a name of its own: "EU", "UN".)
bool UncoveredNameWord(const MentionContext& c,
                       std::span<const DictMatch> matches, size_t i,
                       uint32_t token) {
  const Token& t = c.text.tokens[token];
  if (!(t.flags & kTokenCapitalized) || (t.flags & kTokenAllCaps)) {
    return false;
  }
  for (size_t k = i > 0 ? i - 1 : 0; k < matches.size() && k <= i + 1; ++k) {
    if (k != i && matches[k].first_token <= token &&
        token < matches[k].end_token) {
      return false;
    }
  }
  const WordClass w = t.word_class;
  // "Le Pen", "de Villepin": a capitalised article opens a surname.
  return w == WordClass::kProperNoun ||
         ((w == WordClass::kDeterminer || w == WordClass::kAdposition) &&
          token + 1 < c.text.tokens.size() &&
          (c.text.tokens[token + 1].flags & kTokenCapitalized) &&
          c.text.tokens[token + 1].word_class == WordClass::kProperNoun);
}

// A one-word place name, or a capitalised agent word, next to an unknown
// proper noun is part of another name:
//  - before it: "Dominique Strauss-Kahn", "Victoria Beckham", "Moscow
//    Times", "Paris Saint-Germain"; for an agent word, before a surname's
//    particle: "Marine Le Pen" (not the navy);
//  - after it, for a place: "Michael Jordan", "Kanye West".
bool StartsLongerName(const MentionContext& c,
                      std::span<const DictMatch> matches, size_t i) {
  const DictMatch& m = matches[i];
  if (m.end_token != m.first_token + 1 || m.kind != kAliasName) return false;
  const ActorType type = c.matcher.entry(m.entry).type;
  const bool place = IsStateLike(type);
  const bool agent = type == ActorType::kAgent &&
                     (c.text.tokens[m.first_token].flags & kTokenCapitalized) &&
                     !(c.text.tokens[m.first_token].flags & kTokenAllCaps);
  if (!place && !agent) return false;
  const Sentence& s = c.text.sentences[m.sentence];
  if (m.end_token < s.end_token &&
      UncoveredNameWord(c, matches, i, m.end_token)) {
    // An agent word before a name is its title ("Mayor Joanne Anderson",
    // "Detective Inspector Darren Gough"), unless a surname's particle
    // follows it: "Marine Le Pen", not the navy.
    const WordClass next = c.text.tokens[m.end_token].word_class;
    if (place || next == WordClass::kDeterminer ||
        next == WordClass::kAdposition) {
      return true;
    }
  }
  // At the sentence's start any word is capitalised, but a compound
  // there is an epithet ("Oil-rich Norway"), not a first name ("Michael
  // Jordan"). An acronym names its country after a name too: "BBC News
  // US".
  if (!place || m.first_token <= s.first_token ||
      (c.text.tokens[m.first_token].flags & kTokenAllCaps)) {
    return false;
  }
  if (m.first_token == s.first_token + 1 &&
      c.text.Normalized(c.text.tokens[s.first_token]).find('-') !=
          std::string_view::npos) {
    return false;
  }
  return UncoveredNameWord(c, matches, i, m.first_token - 1) &&
         c.text.tokens[m.first_token - 1].word_class == WordClass::kProperNoun;
}

uint32_t SentenceOf(const AnalyzedText& text, uint32_t token) {
  auto it = std::upper_bound(
      text.sentences.begin(), text.sentences.end(), token,
      [](uint32_t t, const Sentence& s) { return t < s.first_token; });
  return it == text.sentences.begin()
             ? 0
             : static_cast<uint32_t>(it - text.sentences.begin() - 1);
}

}  // namespace

void BuildMentions(const MentionContext& c, std::span<const DictMatch> matches,
                   CombineScratch* scratch, std::vector<ActorMention>* out,
                   std::vector<ActorMention>* modifiers) {
  std::vector<MentionUnit>& units = scratch->units;
  for (size_t i = 0; i < matches.size();) {
    const uint32_t sentence = matches[i].sentence;
    units.clear();
    for (; i < matches.size() && matches[i].sentence == sentence; ++i) {
      if (StartsLongerName(c, matches, i)) continue;
      MentionUnit u;
      u.first = matches[i].first_token;
      u.end = matches[i].end_token;
      u.sentence = sentence;
      u.entry = matches[i].entry;
      u.kind = KindOf(c, matches[i], &u.suffix);
      ActorEntryView e = c.matcher.entry(u.entry);
      u.person_role = e.id.starts_with("agent.role.");
      // Only a city stands for a government: "à l'Assemblée nationale"
      // or "at the Pentagon" still name the institution.
      u.locative =
          e.type == ActorType::kSeat && SeatIsGovernment(c, u.entry) &&
          AfterLocative(c, u.first, c.text.sentences[sentence].first_token);
      units.push_back(u);
    }
    const bool french = SentenceLanguage(c.text, sentence) == "fr";
    MergeAgentRuns(units);
    AttachPrefixes(c, units);
    CombineAgents(c, units, french);
    ShareCoordinatedAgents(c, units, french);
    ShareCountryWithNextOrgan(c, units, french);
    ShareOfListAgents(c, units, french);
    ShareOwnerListAgents(c, units, french);
    AbsorbGroupMembers(c, units, french);
    MarkFormerOfficeholders(c, units, french);
    CombineAppositions(c, units);
    MergeTitles(c, units);
    MergeOrganisationTitles(units);
    MergeNamesCodedAsTheirCountry(c, units);
    MergeOrganisationMembers(c, units, french);
    ShareCountryWithOwnerPronoun(c, units, french);
    DropEmptyUnits(c, units);
    for (const MentionUnit& u : units) {
      if (u.alive) {
        out->push_back(Emit(c, u));
      } else if (u.modifier && modifiers != nullptr) {
        modifiers->push_back(Emit(c, u));
      }
    }
  }
}

void AddSurnameMentions(const MentionContext& c, CombineScratch* scratch,
                        std::vector<ActorMention>* out) {
  const auto& tokens = c.text.tokens;
  scratch->covered.assign(tokens.size(), 0);
  scratch->surnames.clear();
  for (uint32_t i = 0; i < out->size(); ++i) {
    const ActorMention& m = (*out)[i];
    std::fill(scratch->covered.begin() + m.first_token,
              scratch->covered.begin() + m.end_token, 1);
    if (m.type == "person" && m.end_token - m.first_token >= 2 &&
        (tokens[m.end_token - 1].flags & kTokenCapitalized)) {
      scratch->surnames.push_back(
          {c.keys[kKeysPerToken * (m.end_token - 1)], i});
    }
  }
  if (scratch->surnames.empty()) return;
  auto is_name = [&](size_t t) {
    return t < tokens.size() && !scratch->covered[t] &&
           tokens[t].word_class == WordClass::kProperNoun;
  };
  for (uint32_t t = 0; t < tokens.size(); ++t) {
    if (scratch->covered[t] || !(tokens[t].flags & kTokenCapitalized)) continue;
    // Part of a longer unknown name ("Anna Medvedeva Putin"): not ours.
    if ((t > 0 && is_name(t - 1)) || is_name(t + 1)) continue;
    for (const auto& [key, index] : scratch->surnames) {
      if (key != c.keys[kKeysPerToken * t] || (*out)[index].end_token > t)
        continue;
      ActorMention m = (*out)[index];
      m.first_token = t;
      m.end_token = t + 1;
      m.begin = tokens[t].begin;
      m.end = tokens[t].end;
      m.sentence = SentenceOf(c.text, t);
      m.source = MentionSource::kCoreference;
      out->push_back(std::move(m));
      break;
    }
  }
}

}  // namespace tocsin
