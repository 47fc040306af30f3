#include "gkg/entity_links.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "dict/fold.h"
#include "gkg/entity_roles.h"
#include "gkg/token_view.h"

namespace tocsin {
namespace gkg {
namespace {

constexpr std::array<std::string_view, 7> kOrgTypes = {
    "ORG", "igo", "ngo", "armed_group", "party", "company", "media"};

uint8_t OrgClassOf(const SpeechLexicon& lex, std::string_view type) {
  const std::vector<std::string>& classes = lex.org_classes();
  for (size_t i = 0; i < classes.size(); ++i) {
    if (classes[i] == type) return static_cast<uint8_t>(i + 1);
  }
  return 0;
}

// An agent mention that names an institution: "the Russian Defence
// Ministry", "l'état-major ukrainien" (an agent with a country), or a
// capitalised "General Staff"; not "a French official".
bool IsInstitution(const SpeechLexicon& lex, const AnalyzedText& text,
                   const ActorMention& m, uint32_t first, uint32_t end) {
  const uint8_t agent = OrgClassOf(lex, "agent");
  if (agent == 0) return false;
  bool capitalised = true, institution = false;
  for (uint32_t i = first; i < end; ++i) {
    const Token& t = text.tokens[i];
    if (t.word_class != WordClass::kAdposition &&
        t.word_class != WordClass::kDeterminer && !IsCap(t)) {
      capitalised = false;
    }
    SpeechWord w;
    if (PhraseAt(lex, text, i, end, kWordOrgRole, &w) > 0 &&
        w.org_class == agent) {
      institution = true;
    }
  }
  if (!institution) return false;
  if (m.source == MentionSource::kCombined || capitalised) {
    // An indefinite article makes it one of many: "a Russian ministry".
    return !(m.first_token > 0 &&
             text.tokens[m.first_token - 1].word_class ==
                 WordClass::kDeterminer &&
             !(WordAt(lex, text, m.first_token - 1).kinds & kWordDefinite));
  }
  return false;
}

bool IsInitial(const AnalyzedText& text, uint32_t i) {
  const std::string_view n = text.Normalized(text.tokens[i]);
  return n.size() == 2 && n[1] == '.' && n[0] >= 'A' && n[0] <= 'Z';
}

uint64_t NameKey(const AnalyzedText& text, uint32_t first, uint32_t end) {
  uint64_t key = 0x6E61'6D65'6B65'7921ull;
  for (uint32_t i = first; i < end; ++i) {
    key = MixKeys(key, NormKey(text, i));
  }
  return key;
}

// Damerau-Levenshtein distance <= 1 ("Muzuka" for "Muzyka").
bool OneEditApart(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (i == a.size()) return true;
  if (a.size() == b.size()) {
    if (a.substr(i + 1) == b.substr(i + 1)) return true;  // substitution
    return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
           a.substr(i + 2) == b.substr(i + 2);  // transposition
  }
  return a.substr(i) == b.substr(i + 1);  // insertion
}

}  // namespace

void ResetEntityInfo(EntityInfo* info) {
  info->role_classes.clear();
  info->org_classes.clear();
  info->name_keys.clear();
  info->country.clear();
  info->untyped = false;
  info->gender = 0;
  info->mention_tokens.clear();
}

void CollectCandidates(const SpeechLexicon& lex, const AnalyzedText& text,
                       const std::vector<ActorMention>& actors,
                       std::vector<Candidate>* cands) {
  cands->clear();
  for (size_t a = 0; a < actors.size(); ++a) {
    const ActorMention& m = actors[a];
    if (m.end_token <= m.first_token || m.end_token > text.tokens.size() ||
        m.sentence >= text.sentences.size()) {
      continue;
    }
    Candidate c;
    c.actor = static_cast<int32_t>(a);
    c.sentence = m.sentence;
    c.first = m.first_token;
    c.end = m.end_token;
    const Sentence& s = text.sentences[m.sentence];
    // Articles go, unless capitalised inside a sentence ("Le Monde").
    while (c.first + 1 < c.end &&
           text.tokens[c.first].word_class == WordClass::kDeterminer &&
           (!IsCap(text.tokens[c.first]) || c.first == s.first_token)) {
      ++c.first;
    }
    const std::string_view type = m.type;
    if (type == "person" || type == "PERSON") {
      c.person = true;
    } else if (type == "seat") {
      // A building stands for its institution ("the Kremlin said"); a
      // capital only as a subject ("Moscow said"), never "in Moscow".
      // "du Kremlin", "au Kremlin": the tagger calls these contracted
      // articles prepositions.
      const bool article =
          c.first != m.first_token ||
          (m.first_token > s.first_token &&
           (text.tokens[m.first_token - 1].word_class ==
                WordClass::kDeterminer ||
            (WordAt(lex, text, m.first_token - 1).kinds & kWordDefinite)));
      const bool subject =
          c.end < s.end_token &&
          (text.tokens[c.end].word_class == WordClass::kVerb ||
           text.tokens[c.end].word_class == WordClass::kAuxiliary);
      if (!article && !subject) continue;
    } else if (type == "agent") {
      if (!IsInstitution(lex, text, m, c.first, c.end)) continue;
      c.institution = true;
    } else if (std::find(kOrgTypes.begin(), kOrgTypes.end(), type) ==
               kOrgTypes.end()) {
      continue;
    }
    c.name_finder = m.source == MentionSource::kNameFinder;
    c.org_class =
        c.person ? 0 : OrgClassOf(lex, c.institution ? "agent" : type);
    cands->push_back(c);
  }
  AddMissedNames(lex, text, actors, cands);
  ShapeCandidates(text, cands);
  for (Candidate& c : *cands) {
    c.name_first = c.first;
    if (c.institution) {
      // "Ukraine's General Staff" is the General Staff.
      for (uint32_t t = c.first; t + 1 < c.end; ++t) {
        if (text.tokens[t].word_class == WordClass::kParticle) {
          c.name_first = t + 1;
        }
      }
    } else {
      c.name_first = NameStart(lex, text, c.first, c.end, c.person);
    }
    c.name_key = NameKey(text, c.name_first, c.end) + c.institution;
    c.last_key = NormKey(text, c.end - 1);
  }
}

namespace {

// Calls unite on consecutive equal keys of (key, candidate) pairs.
void UniteEqual(std::vector<std::pair<uint64_t, uint32_t>>* keyed,
                const std::function<void(uint32_t, uint32_t)>& unite) {
  std::sort(keyed->begin(), keyed->end());
  for (size_t k = 1; k < keyed->size(); ++k) {
    if ((*keyed)[k].first == (*keyed)[k - 1].first) {
      unite((*keyed)[k - 1].second, (*keyed)[k].second);
    }
  }
}

// A misspelt surname ("Muzuka" for "Muzyka"): one edit apart once folded,
// five letters or more, same first letter. Cheap byte tests first.
bool Misspelt(std::string_view a, std::string_view b) {
  if (a.size() < 5 || b.size() < 5 || a.size() + 2 < b.size() ||
      b.size() + 2 < a.size() || (a[0] | 0x20) != (b[0] | 0x20)) {
    return false;
  }
  const std::string fa = FoldString(a), fb = FoldString(b);
  return fa.size() >= 5 && fb.size() >= 5 && OneEditApart(fa, fb);
}

}  // namespace

void MergeCandidates(const AnalyzedText& text,
                     const std::vector<ActorMention>& actors,
                     const std::vector<Candidate>& cands,
                     const std::function<void(uint32_t, uint32_t)>& unite) {
  // Sorted (key, candidate) lists, reused per thread: no per-document maps.
  thread_local std::vector<std::pair<uint64_t, uint32_t>> by_entry, by_name,
      by_surname;
  thread_local std::vector<int32_t> cand_of_actor;
  by_entry.clear();
  by_name.clear();
  by_surname.clear();
  cand_of_actor.assign(actors.size(), -1);
  for (uint32_t i = 0; i < cands.size(); ++i) {
    const Candidate& c = cands[i];
    if (c.actor >= 0) {
      const ActorMention& m = actors[c.actor];
      cand_of_actor[c.actor] = static_cast<int32_t>(i);
      if (!m.entry_id.empty()) {
        by_entry.emplace_back(std::hash<std::string_view>()(m.entry_id), i);
      }
      if (m.antecedent >= 0 &&
          static_cast<size_t>(m.antecedent) < actors.size() &&
          cand_of_actor[m.antecedent] >= 0) {
        unite(static_cast<uint32_t>(cand_of_actor[m.antecedent]), i);
      }
    }
    by_name.emplace_back(c.name_key, i);
    if (c.person && c.name_tokens() >= 2 && !IsInitial(text, c.end - 2)) {
      by_surname.emplace_back(c.last_key, i);
    }
  }
  UniteEqual(&by_entry, unite);
  UniteEqual(&by_name, unite);
  std::sort(by_surname.begin(), by_surname.end());
  // Short names join the nearest full name that ends with them, the one
  // before if any; "K. Muzyka" needs the initial to agree.
  constexpr size_t kRecentFull = 8;
  uint32_t recent_full[kRecentFull];  // ring of the latest full names
  size_t full_seen = 0;
  for (uint32_t i = 0; i < cands.size(); ++i) {
    const Candidate& c = cands[i];
    const bool initial = c.name_tokens() == 2 && IsInitial(text, c.name_first);
    if (c.person && c.name_tokens() >= 2 && !initial) {
      recent_full[full_seen++ % kRecentFull] = i;
    }
    if (!(c.person || (c.name_finder && !c.institution)) ||
        !(c.name_tokens() == 1 || initial)) {
      continue;
    }
    const std::string_view first_letter =
        text.Normalized(text.tokens[c.name_first]).substr(0, 1);
    int64_t match = -1;
    auto it = std::lower_bound(by_surname.begin(), by_surname.end(),
                               std::make_pair(c.last_key, 0u));
    for (; it != by_surname.end() && it->first == c.last_key; ++it) {
      const uint32_t f = it->second;
      if (initial &&
          text.Normalized(text.tokens[cands[f].name_first]).substr(0, 1) !=
              first_letter) {
        continue;
      }
      if (f < i || match < 0) match = f;
      if (f > i) break;
    }
    // A typo in a name the dictionaries lack, against the latest full
    // names.
    if (match < 0 && c.person && c.actor >= 0 && c.name_finder) {
      const std::string_view surname = text.Normalized(text.tokens[c.end - 1]);
      for (size_t k = 0; k < std::min(full_seen, kRecentFull); ++k) {
        const uint32_t f = recent_full[k];
        if (Misspelt(surname, text.Normalized(text.tokens[cands[f].end - 1]))) {
          match = f;
          break;
        }
      }
    }
    if (match >= 0) unite(static_cast<uint32_t>(match), i);
  }
}

void BuildEntity(const SpeechLexicon& lex, const Document& doc,
                 const AnalyzedText& text,
                 const std::vector<ActorMention>& actors,
                 const std::vector<Candidate>& cands,
                 std::span<const uint32_t> group, Entity* entity,
                 EntityInfo* info) {
  ResetEntity(entity);
  ResetEntityInfo(info);
  bool person = false, untyped = true;
  uint32_t best = group[0];
  for (uint32_t i : group) {
    const Candidate& c = cands[i];
    person |= c.person;
    untyped &= !c.person && (c.name_finder || c.actor < 0) && c.org_class == 0;
    if (c.name_tokens() > cands[best].name_tokens() ||
        (c.person && !cands[best].person)) {
      best = i;
    }
  }
  const Candidate& canon = cands[best];
  entity->kind = person ? Entity::Kind::kPerson : Entity::Kind::kOrganization;
  const uint32_t name_begin = text.tokens[canon.name_first].begin;
  // assign, not = substr: keeps a recycled entity's buffer.
  entity->name.assign(doc.text, name_begin,
                      text.tokens[canon.end - 1].end - name_begin);
  std::string_view dict_role;  // views the ActorMention's role
  uint16_t gender = 0;
  for (uint32_t i : group) {
    const Candidate& c = cands[i];
    if (c.actor >= 0) {
      const ActorMention& m = actors[c.actor];
      if (entity->code.empty()) entity->code = m.code;
      if (dict_role.empty()) dict_role = m.role;
    }
    if (c.org_class != 0 &&
        std::find(info->org_classes.begin(), info->org_classes.end(),
                  c.org_class) == info->org_classes.end()) {
      info->org_classes.push_back(c.org_class);
    }
    EntityMention mention;
    mention.span = {text.tokens[c.first].begin, text.tokens[c.end - 1].end};
    mention.sentence = c.sentence;
    mention.kind = c.name_tokens() >= canon.name_tokens()
                       ? EntityMentionKind::kName
                       : EntityMentionKind::kPartialName;
    mention.actor = c.actor;
    entity->mentions.push_back(mention);
    info->mention_tokens.emplace_back(c.first, c.end);
    if (!c.person) continue;
    // "Mme Amherd", "président chinois Xi Jinping".
    gender |= TokensGender(lex, text, c.first, c.name_first, false);
    const Sentence& s = text.sentences[c.sentence];
    const TokenRange before =
        RoleBefore(lex, text, s.first_token, c.name_first);
    if (!before.empty() && before.begin < c.first) {
      // The title is a mention too: "le secrétaire d'État américain".
      uint32_t b = before.begin;
      if (b > s.first_token &&
          (WordAt(lex, text, b - 1).kinds & kWordDefinite) &&
          text.tokens[b - 1].word_class == WordClass::kDeterminer) {
        --b;
      }
      gender |= TokensGender(lex, text, b, before.end, b < before.begin);
      EntityMention title;
      title.span = {text.tokens[b].begin, text.tokens[before.end - 1].end};
      title.sentence = c.sentence;
      title.kind = EntityMentionKind::kDescription;
      entity->mentions.push_back(title);
      info->mention_tokens.emplace_back(b, before.end);
    }
    for (const TokenRange r :
         {before, RoleAfter(lex, text, c.end, s.end_token)}) {
      if (r.empty()) continue;
      RoleClassesIn(lex, text, r, &info->role_classes);
      gender |= TokensGender(lex, text, r.begin, r.end, false);
      if (entity->role.empty()) {
        const uint32_t b = text.tokens[r.begin].begin;
        entity->role.assign(doc.text, b, text.tokens[r.end - 1].end - b);
      }
    }
  }
  if (!dict_role.empty()) {
    RoleClassesOf(lex, dict_role, &info->role_classes);
    gender |= RoleStringGender(lex, dict_role);
  }
  if (entity->role.empty()) entity->role = dict_role;
  for (uint32_t i = canon.name_first; i < canon.end; ++i) {
    info->name_keys.push_back(NormKey(text, i));
  }
  const std::string& code = entity->code;
  if (code.size() >= 3 && code[0] >= 'A' && code[0] <= 'Z') {
    info->country.assign(code, 0, 3);
  }
  info->untyped = untyped;
  constexpr uint16_t kBoth = kWordFeminine | kWordMasculine;
  info->gender = person && gender != kBoth ? gender : 0;
}

}  // namespace gkg
}  // namespace tocsin
