// Typing of name candidates (NameScanner, name_scan.h): the cue order of
// name_finder.h, then the document pass.
#include <algorithm>
#include <unordered_map>

#include "actors/name_scan.h"
#include "actors/person_extent.h"
#include "dict/fold.h"

namespace tocsin {
namespace {

// Lower-case adjectives an organisation name may end with ("Conseil
// fédéral", "Banque centrale européenne").
constexpr uint32_t kMaxOrgAdjectives = 2;
// Longer capitals are words (a surname, a headline word), not acronyms.
constexpr uint32_t kMaxAcronymLetters = 5;

bool Lowercase(const Token& t) {
  return (t.flags & (kTokenCapitalized | kTokenAllCaps)) == 0;
}

}  // namespace

uint64_t NameScanner::FoldedKey(uint32_t first, uint32_t end) {
  std::string& s = scratch_.folded;
  s.clear();
  for (uint32_t t = first; t < end; ++t) {
    const Token& tok = text_.tokens[t];
    if (t > first && (tok.flags & kTokenSpaceBefore)) s.push_back(' ');
    s += FoldString(text_.Normalized(tok));
  }
  return CueKey(s);
}

// The folded phrase of 1..n words just before `first` is a cue with `bits`.
bool NameScanner::PhraseBefore(uint32_t first, uint16_t bits) {
  const int most = cues_->MaxWords(bits);
  for (int w = 1; w <= most && first >= sentence_first_ + w; ++w) {
    if (cues_->Find(FoldedKey(first - w, first)) & bits) return true;
  }
  return false;
}

// "X a déclaré", "X a notamment affirmé", "X said", "X has told".
bool NameScanner::SpeechAfter(uint32_t end) const {
  for (uint32_t t = end; t < sentence_end_ && t < end + 3; ++t) {
    const WordClass c = text_.tokens[t].word_class;
    if (c == WordClass::kVerb) return (LemmaCue(t) & kCueSpeech) != 0;
    if (c != WordClass::kAuxiliary && c != WordClass::kAdverb) return false;
  }
  return false;
}

// "a déclaré X", "said X".
bool NameScanner::SpeechBefore(uint32_t first) const {
  if (first <= sentence_first_) return false;
  const uint32_t t = first - 1;
  return text_.tokens[t].word_class == WordClass::kVerb &&
         (LemmaCue(t) & kCueSpeech);
}

// Titles at the start of the run ("M.", "President") and a lower-case
// title or place head just before it ("le général", "canton de") join the
// candidate's span.
void NameScanner::AttachPrefix(NameCandidate* c, bool* title, bool* head) {
  const uint32_t first = c->first;
  while (c->name_first + 1 < c->end && (Cue(c->name_first) & kCueTitle) &&
         !(Cue(c->name_first) & kCueFirstName)) {
    ++c->name_first;
    *title = true;
  }
  const auto& tokens = text_.tokens;
  auto free_lower = [&](uint32_t t) {
    return t >= last_end_ && t < first && !scratch_.covered[t] &&
           Lowercase(tokens[t]);
  };
  if (!*title && (AttachShortTitle(c) || AttachParticle(c, title))) {
    *title = true;
  } else if (first > sentence_first_ && free_lower(first - 1) &&
             (Cue(first - 1) & kCueTitle)) {
    c->first = first - 1;
    *title = true;
    // "M. le ministre Bally", "Mme la présidente Roux".
    if (first >= last_end_ + 3 && free_lower(first - 2) &&
        tokens[first - 2].word_class == WordClass::kDeterminer &&
        !scratch_.covered[first - 3] && (Cue(first - 3) & kCueTitle) &&
        Capitalised(first - 3)) {
      c->first = first - 3;
    }
  } else if (first > sentence_first_ && free_lower(first - 1) &&
             (Cue(first - 1) & kCueLocHead)) {
    c->first = first - 1;
    *head = true;
  } else if (first > sentence_first_ + 1 && free_lower(first - 2) &&
             (Cue(first - 2) & kCueLocHead) &&
             (Cue(first - 1) & kCueConnector)) {
    c->first = first - 2;
    *head = true;
  }
}

// "M, Kellogg", "M » Ramsay": a courtesy title the OCR split from the
// name by a stray mark.
bool NameScanner::AttachShortTitle(NameCandidate* c) {
  const uint32_t first = c->first;
  if (first < sentence_first_ + 2 || first < last_end_ + 2) return false;
  const Token& mark = text_.tokens[first - 1];
  const std::string_view m = text_.Normalized(mark);
  if (mark.word_class != WordClass::kPunctuation || m.size() > 2 ||
      m.find_first_of("()[]-:!?") != std::string_view::npos) {
    return false;
  }
  const uint32_t t = first - 2;
  if (scratch_.covered[t] || !Capitalised(t) || !(Cue(t) & kCueCourtesy)) {
    return false;
  }
  c->first = t;
  return true;
}

// "M. de Blowitz", "le comte de Méran", "le général de Gaulle": a particle
// after a title opens a surname, which is no place ("le prince de
// Galles"). Functions ("le directeur de Renault") are no such titles.
bool NameScanner::AttachParticle(NameCandidate* c, bool* title) {
  const uint32_t first = c->first;
  if (first < sentence_first_ + 2 || first < last_end_ + 1) return false;
  const uint32_t particle = first - 1, t = first - 2;
  const std::string folded =
      FoldString(text_.Normalized(text_.tokens[particle]));
  if (scratch_.covered[particle] || Capitalised(particle) ||
      !(Cue(particle) & kCueConnector) ||
      (folded != "de" && folded != "d'" && folded != "von" && folded != "van" &&
       folded != "du")) {
    return false;
  }
  // The title is free, or an agent mention ("le général").
  const bool agent = scratch_.covered[t] == 2;  // kCoveredByAgent
  if (!(Cue(t) & kCueParticleTitle) ||
      (!agent && (scratch_.covered[t] || t < last_end_))) {
    return false;
  }
  const uint16_t cue = cues_->Find(FoldedKey(c->name_first, c->end));
  if ((cue & (kCuePlace | kCueLoc | kCueOrg)) ||
      places_.Find(FoldedKey(c->name_first, c->end)) >= kPlaceTown) {
    return false;
  }
  c->first = c->name_first = particle;
  // The title joins the span unless it has a mention of its own (an
  // agent: "le général"), which then marks the person.
  if (agent) return true;
  c->first = t;
  *title = true;
  // "M. le comte de Metternich".
  const auto& tokens = text_.tokens;
  if (t >= last_end_ + 2 && t >= sentence_first_ + 2 &&
      !scratch_.covered[t - 1] && !scratch_.covered[t - 2] &&
      tokens[t - 1].word_class == WordClass::kDeterminer &&
      Lowercase(tokens[t - 1]) && Capitalised(t - 2) &&
      (Cue(t - 2) & kCueTitle)) {
    c->first = t - 2;
  }
  return true;
}

void NameScanner::AddCandidate(uint32_t first, uint32_t end) {
  NameCandidate c;
  c.first = c.name_first = first;
  c.end = end;
  c.sentence = sentence_;
  c.headline = headline_;
  bool title = false, head = false;
  AttachPrefix(&c, &title, &head);
  const auto& tokens = text_.tokens;
  // Organisation names may end with lower-case adjectives.
  if (Cue(c.name_first) & kCueOrg) {
    for (uint32_t k = 0; k < kMaxOrgAdjectives && c.end < sentence_end_ &&
                         !scratch_.covered[c.end] &&
                         tokens[c.end].word_class == WordClass::kAdjective &&
                         Lowercase(tokens[c.end]);
         ++k) {
      ++c.end;
    }
  }
  // "Conseil fédéral": the adjectives make the head word a name.
  bool only_cue_words = c.end == end;
  for (uint32_t t = c.name_first; t < c.end; ++t) {
    if (Connector(t)) {
      c.has_connector = true;
      continue;
    }
    ++c.name_tokens;
    c.proper_only &= tokens[t].word_class == WordClass::kProperNoun ||
                     tokens[t].word_class == WordClass::kUnknown;
    only_cue_words &=
        t >= end || (Cue(t) & (kCueOrg | kCueLoc | kCueTitle)) != 0;
    // "World Cup", "Sarbanes-Oxley Act", "Traité de Versailles" name no
    // actor.
    if (Cue(t) & kCueEvent) return;
  }
  // "le Conseil", "Monsieur", "la Rue": a cue word alone names nothing.
  if (only_cue_words) return;
  c.name_key = FoldedKey(c.name_first, c.end);
  c.last_key = Key(c.end - 1);
  c.type = Classify(c, title, head);
  // "La Chaux-de-Fonds", "Le Havre" at a sentence start: the article
  // belongs to the place when the place list has it.
  if (c.type == NameType::kLoc && c.first == c.name_first &&
      c.first > last_end_ && !scratch_.covered[c.first - 1] &&
      tokens[c.first - 1].word_class == WordClass::kDeterminer &&
      Capitalised(c.first - 1) &&
      places_.Find(FoldedKey(c.first - 1, c.end)) != 0) {
    c.first = c.name_first = c.first - 1;
    c.name_key = FoldedKey(c.first, c.end);
  }
  last_end_ = c.end;
  scratch_.candidates.push_back(c);
}

// "le libraire Zaunrieth", "le pasteur évangélique Hamm": a role of
// person_roles.txt, and up to two modifiers, just before the name.
bool NameScanner::RoleBefore(uint32_t first) const {
  return roles_ != nullptr && first > sentence_first_ &&
         !scratch_.covered[first - 1] &&
         PersonRoleBefore(*roles_, text_, sentence_first_, first, language_);
}

// "MM. Bertoni, Micheli et Tissot": the names after a plural title, in
// the same list (no verb between).
bool NameScanner::PluralTitleBefore(uint32_t first) {
  constexpr uint32_t kMaxListTokens = 16;
  if (first <= sentence_first_) return false;
  const std::string_view sep = text_.Normalized(text_.tokens[first - 1]);
  if (sep != "," && sep != "et" && sep != "and") return false;
  for (uint32_t t = first - 1;
       t > sentence_first_ && first - t < kMaxListTokens; --t) {
    const uint32_t k = t - 1;
    const WordClass c = text_.tokens[k].word_class;
    if (c == WordClass::kVerb || c == WordClass::kAuxiliary) return false;
    if ((Cue(k) & kCuePluralTitle) && Capitalised(k)) return true;
  }
  return false;
}

// "12. Camenzind", "2. van Petegem (Be)": an entry of a ranked list, in a
// document with several (a results table).
bool NameScanner::RankBefore(uint32_t first) const {
  constexpr uint32_t kMinRankEntries = 3;
  return rank_entries_ >= kMinRankEntries && first >= 2 &&
         RankNumber(text_, first - 2);
}

// One word in capitals ("SEC", "OTAN") or with a capital inside
// ("TimeWarner", "PayPal"): an organisation's name.
bool NameScanner::AcronymOrCamel(const NameCandidate& c) const {
  if (c.name_tokens != 1 || c.end != c.name_first + 1 || c.headline ||
      !c.proper_only) {
    return false;
  }
  std::string_view form = text_.Normalized(text_.tokens[c.name_first]);
  if (form.size() >= 2 && form.size() <= kMaxAcronymLetters &&
      form.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") ==
          std::string_view::npos) {
    return form.find_first_not_of("IVXLCDM") != std::string_view::npos;
  }
  for (size_t i = 1; i + 1 < form.size(); ++i) {
    if (form[i] >= 'a' && form[i] <= 'z' && form[i + 1] >= 'A' &&
        form[i + 1] <= 'Z') {
      return true;
    }
  }
  return false;
}

NameType NameScanner::Classify(NameCandidate& c, bool title, bool head) {
  const auto& tokens = text_.tokens;
  bool org = false, loc = false;
  for (uint32_t t = c.name_first; t < c.end; ++t) {
    const uint16_t cue = Cue(t);
    org |= (cue & kCueOrg) != 0;
    loc |= (cue & kCueLoc) != 0;
  }
  if (org) return NameType::kOrg;
  if (head || loc) return NameType::kLoc;
  if (title ||
      (c.first > sentence_first_ && scratch_.covered[c.first - 1] == 2) ||
      RoleBefore(c.first)) {
    return NameType::kPerson;
  }
  const bool two = c.name_tokens >= 2;
  if (two && ((Cue(c.name_first) & kCueFirstName) ||
              ((tokens[c.name_first].flags & kTokenAbbreviation) &&
               text_.Normalized(tokens[c.name_first]).size() <= 5 &&
               text_.Normalized(tokens[c.name_first]).back() == '.'))) {
    return NameType::kPerson;
  }
  const uint8_t place = places_.Find(c.name_key);
  if (place >= kPlaceCity || (cues_->Find(c.name_key) & kCuePlace)) {
    return NameType::kLoc;
  }
  if (PluralTitleBefore(c.first)) return NameType::kPerson;
  if (AcronymOrCamel(c)) return NameType::kOrg;
  if (SpeechAfter(c.end) || SpeechBefore(c.first) || RankBefore(c.first)) {
    return NameType::kPerson;
  }
  // "à Mariano Rajoy" is dative: two proper nouns the place list lacks are
  // more likely a person than a place, whatever the preposition.
  const bool person_shape = two && c.proper_only && !c.has_connector;
  if (!person_shape && PhraseBefore(c.first, kCueLocBefore)) {
    // French "à" is also dative: "à Olano" may be the cyclist named in
    // full elsewhere in the article.
    c.weak = !two;
    return NameType::kLoc;
  }
  if (!person_shape && c.end < sentence_end_ && Lowercase(tokens[c.end]) &&
      (Cue(c.end) & kCueLocAfter)) {
    return NameType::kLoc;
  }
  c.weak = true;
  if (!two && (Cue(c.name_first) & kCueFirstName)) return NameType::kPerson;
  if (place >= (two ? kPlaceVillage : kPlaceTown)) return NameType::kLoc;
  c.weak = false;
  return NameType::kNone;
}

void NameScanner::ResolveDocument() {
  auto& candidates = scratch_.candidates;
  std::unordered_map<uint64_t, NameType> typed, weakly_typed;
  for (const NameCandidate& c : candidates) {
    if (c.type == NameType::kNone) continue;
    (c.weak ? weakly_typed : typed).emplace(c.name_key, c.type);
  }
  // Takes the type the document gives this name elsewhere; false if none.
  auto from_document = [&](NameCandidate& c) {
    if (auto it = typed.find(c.name_key); it != typed.end()) {
      c.type = it->second;
      return true;
    }
    if (c.type != NameType::kNone) return true;  // keeps its weak type
    if (auto it = weakly_typed.find(c.name_key); it != weakly_typed.end()) {
      c.type = it->second;
      return true;
    }
    return false;
  };
  // Names of two words or more first: they say who the lone surnames are.
  for (NameCandidate& c : candidates) {
    if ((c.type != NameType::kNone && !c.weak) || c.name_tokens < 2) continue;
    if (!from_document(c) && !c.headline && c.proper_only && !c.has_connector) {
      c.type = NameType::kPerson;
    }
  }
  std::unordered_map<uint64_t, bool> person_last;
  for (const NameCandidate& c : candidates) {
    // "de Bismarck" names the man "Bismarck" alone names later.
    if (c.type == NameType::kPerson &&
        (c.name_tokens >= 2 || c.has_connector)) {
      person_last[c.last_key] = true;
    }
  }
  for (const ActorMention& m : existing_) {
    if (m.type == "person" && m.end_token >= m.first_token + 2 &&
        m.end_token <= text_.tokens.size()) {
      person_last[FoldKey(text_.Normalized(text_.tokens[m.end_token - 1]))] =
          true;
    }
  }
  for (NameCandidate& c : candidates) {
    if ((c.type != NameType::kNone && !c.weak) || c.name_tokens >= 2) continue;
    if (person_last.count(c.last_key)) {
      c.type = NameType::kPerson;
    } else {
      from_document(c);
    }
  }
}

void NameScanner::AppendMentions(std::vector<ActorMention>* out) const {
  const auto& tokens = text_.tokens;
  for (const NameCandidate& c : scratch_.candidates) {
    if (c.type == NameType::kNone) continue;
    ActorMention m;
    m.begin = tokens[c.first].begin;
    m.end = tokens[c.end - 1].end;
    m.first_token = c.first;
    m.end_token = c.end;
    m.sentence = c.sentence;
    m.type = NameTypeName(c.type);
    m.source = MentionSource::kNameFinder;
    if (c.type == NameType::kPerson && c.name_first > c.first) {
      m.role = std::string(
          doc_.text.substr(m.begin, tokens[c.name_first - 1].end - m.begin));
    }
    out->push_back(std::move(m));
  }
}

}  // namespace tocsin
