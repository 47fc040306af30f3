// Descriptions: a definite noun phrase whose head is a role ("the
// analyst", "le dirigeant tchétchène", "the agency chief") or an
// organisation noun ("the ministry") refers to the most recent entity it
// fits. One pass over the tokens; the entities seen so far are kept in a
// short most-recent-first list, so the work per description is bounded.
#include <algorithm>

#include "dict/fold.h"
#include "gkg/entity_links.h"
#include "gkg/entity_roles.h"
#include "gkg/token_view.h"

namespace tocsin {
namespace gkg {
namespace {

constexpr size_t kRecentEntities = 32;
// A description refers to an entity named at most this many sentences
// before it.
constexpr uint32_t kRecentSentences = 5;

struct Description {
  uint32_t first = 0, end = 0, head = 0;
  SpeechWord word;
};

// The description that starts at determiner `i`, if any: up to three
// modifiers, a role or organisation head (the last one wins: "the agency
// chief"), then adjectives ("le dirigeant tchétchène").
bool FindDescription(const SpeechLexicon& lex, const AnalyzedText& text,
                     uint32_t i, uint32_t limit, Description* d) {
  // Cheap tests first: a determiner before a noun or an adjective.
  if (text.tokens[i].word_class != WordClass::kDeterminer || i + 1 >= limit) {
    return false;
  }
  const WordClass next = text.tokens[i + 1].word_class;
  if ((next != WordClass::kNoun && next != WordClass::kProperNoun &&
       next != WordClass::kAdjective) ||
      !(WordAt(lex, text, i).kinds & kWordDefinite)) {
    return false;
  }
  int64_t head = -1;
  int head_n = 0;
  uint32_t j = i + 1;
  for (int step = 0; j < limit && step < 4; ++step) {
    SpeechWord w;
    // Role and organisation heads are nouns ("the Chechen leader",
    // "President"); adjectives only modify them.
    const WordClass jc = text.tokens[j].word_class;
    const int n =
        jc == WordClass::kNoun || jc == WordClass::kProperNoun
            ? PhraseAt(lex, text, j, limit, kWordRole | kWordOrgRole, &w)
            : 0;
    if (n > 0) {
      head = j;
      head_n = n;
      d->word = w;
      j += n;
      continue;
    }
    const WordClass c = text.tokens[j].word_class;
    if (head >= 0 || !(c == WordClass::kAdjective || c == WordClass::kNoun ||
                       c == WordClass::kProperNoun)) {
      break;
    }
    ++j;
  }
  if (head < 0) return false;
  uint32_t end = static_cast<uint32_t>(head) + head_n;
  // A plural ("the analysts") names no one entity.
  const Token& h = text.tokens[end - 1];
  const std::string_view form = text.Normalized(h), lemma = text.Lemma(h);
  if (form.size() > lemma.size() && form.back() == 's') return false;
  for (int k = 0; k < 2 && end < limit; ++k) {
    const Token& t = text.tokens[end];
    if (t.word_class != WordClass::kAdjective || IsCap(t)) break;
    ++end;
  }
  // A name after it makes it a title ("the analyst Konrad Muzyka"),
  // another noun a modifier ("the president's office" stays).
  if (end < limit && (text.tokens[end].word_class == WordClass::kProperNoun ||
                      text.tokens[end].word_class == WordClass::kNoun)) {
    return false;
  }
  d->first = i;
  d->end = end;
  d->head = static_cast<uint32_t>(head);
  return true;
}

// The actor mention covering token t (actors are in text order), -1.
int32_t ActorAt(const std::vector<ActorMention>& actors, uint32_t t) {
  auto it = std::upper_bound(
      actors.begin(), actors.end(), t,
      [](uint32_t x, const ActorMention& m) { return x < m.first_token; });
  // Mentions do not nest, but look back a little in case they touch.
  for (int k = 0; k < 3 && it != actors.begin(); ++k) {
    --it;
    if (it->first_token <= t && t < it->end_token) {
      return static_cast<int32_t>(it - actors.begin());
    }
  }
  return -1;
}

void AddDescription(const AnalyzedText& text,
                    const std::vector<ActorMention>& actors,
                    const Description& d, uint32_t sentence, Entity* entity) {
  EntityMention m;
  m.span = {text.tokens[d.first].begin, text.tokens[d.end - 1].end};
  m.sentence = sentence;
  m.kind = EntityMentionKind::kDescription;
  m.actor = ActorAt(actors, d.head);
  entity->mentions.push_back(m);
}

// A description followed by its complement and ", Name": the entity whose
// name starts right after the comma, or -1. Extends *end over the
// complement ("du Kremlin").
int64_t Cataphora(const AnalyzedText& text, const std::vector<uint8_t>& covered,
                  const std::vector<int32_t>& named_first, const Description& d,
                  uint32_t limit, uint32_t* end) {
  uint32_t q = d.end;
  for (int k = 0; q < limit && k < 6; ++k, ++q) {
    const Token& t = text.tokens[q];
    if (NormIs(text, q, ",")) break;
    if (t.word_class != WordClass::kAdposition &&
        t.word_class != WordClass::kDeterminer &&
        t.word_class != WordClass::kNoun &&
        t.word_class != WordClass::kProperNoun &&
        t.word_class != WordClass::kAdjective) {
      return -1;
    }
  }
  if (q + 1 >= limit || !NormIs(text, q, ",") || !covered[q + 1] ||
      named_first[q + 1] < 0) {
    return -1;
  }
  *end = q;
  return named_first[q + 1];
}

bool Contains(const std::vector<uint8_t>& v, uint8_t x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

}  // namespace

void LinkDescriptions(const SpeechLexicon& lex, const Document& doc,
                      const AnalyzedText& text,
                      const std::vector<ActorMention>& actors,
                      std::span<EntityInfo> infos,
                      std::vector<Entity>* entities) {
  if (entities->empty()) return;
  // Named mentions in text order, and the tokens they cover.
  thread_local std::vector<std::pair<uint32_t, uint32_t>>
      named;  // (token, entity)
  named.clear();
  thread_local std::vector<uint8_t> covered;
  covered.assign(text.tokens.size(), 0);
  thread_local std::vector<int32_t> named_first;  // person named from here
  named_first.assign(text.tokens.size(), -1);
  for (size_t e = 0; e < entities->size(); ++e) {
    for (const auto& [first, end] : infos[e].mention_tokens) {
      for (uint32_t t = first; t < end && t < covered.size(); ++t) {
        covered[t] = 1;
      }
      if (first < named_first.size() &&
          (*entities)[e].kind == Entity::Kind::kPerson) {
        named_first[first] = static_cast<int32_t>(e);
      }
      named.emplace_back(first, static_cast<uint32_t>(e));
    }
  }
  std::sort(named.begin(), named.end());
  thread_local std::vector<uint32_t> recent;  // most recent first
  recent.clear();
  thread_local std::vector<uint32_t> last_sentence;
  last_sentence.assign(entities->size(), 0);
  auto touch = [&](uint32_t e, uint32_t sentence) {
    auto it = std::find(recent.begin(), recent.end(), e);
    if (it != recent.end()) recent.erase(it);
    recent.insert(recent.begin(), e);
    if (recent.size() > kRecentEntities) recent.pop_back();
    last_sentence[e] = sentence;
  };
  // Names the name finder typed ORG without a kind fit only the generic
  // words ("the group", "l'organisation").
  uint8_t generic_org = 0;
  for (size_t k = 0; k < lex.org_classes().size(); ++k) {
    if (lex.org_classes()[k] == "ngo")
      generic_org = static_cast<uint8_t>(k + 1);
  }
  size_t next = 0;
  for (uint32_t s = 0; s < text.sentences.size(); ++s) {
    const Sentence& sentence = text.sentences[s];
    for (uint32_t i = sentence.first_token; i < sentence.end_token; ++i) {
      while (next < named.size() && named[next].first < i) {
        touch(named[next].second, s);
        ++next;
      }
      // Nothing to refer to yet, and no name close ahead for "le
      // porte-parole du Kremlin, Dmitri Peskov": skip the lexicon.
      if (recent.empty()) {
        bool name_ahead = false;
        for (uint32_t t = i + 1; t < sentence.end_token && t < i + 10; ++t) {
          name_ahead |= named_first[t] >= 0;
        }
        if (!name_ahead) continue;
      }
      Description d;
      if (!FindDescription(lex, text, i, sentence.end_token, &d)) continue;
      // "le porte-parole du Kremlin, Dmitri Peskov": the name that follows.
      const int64_t named_after =
          (d.word.kinds & kWordRole) && d.word.role_class
              ? Cataphora(text, covered, named_first, d, sentence.end_token,
                          &d.end)
              : -1;
      if (named_after >= 0) {
        const uint32_t e = static_cast<uint32_t>(named_after);
        AddDescription(text, actors, d, s, &(*entities)[e]);
        Entity& entity = (*entities)[e];
        if (entity.role.empty()) {
          const uint32_t b = text.tokens[d.first + 1].begin;
          entity.role = doc.text.substr(b, text.tokens[d.end - 1].end - b);
        }
        if (d.word.role_class != 0) {
          infos[e].role_classes.push_back(d.word.role_class);
        }
        i = d.end - 1;
        continue;
      }
      bool overlaps = false;
      std::string country;
      for (uint32_t t = d.first; t < d.end; ++t) {
        overlaps |= covered[t] != 0;
      }
      if (overlaps) continue;
      for (uint32_t t = d.first; t < d.end; ++t) {
        const int32_t a = ActorAt(actors, t);
        if (a >= 0 && actors[a].code.size() >= 3 &&
            (actors[a].type == "state" || actors[a].type == "agent") &&
            actors[a].code[0] != '~') {
          country = actors[a].code.substr(0, 3);
        }
      }
      const bool person_role = (d.word.kinds & kWordRole) && d.word.role_class;
      // "la présidente" never refers to a man.
      uint16_t gender = 0;
      for (uint32_t t = d.first; t < d.end; ++t) {
        const SpeechWord w = WordAt(lex, text, t);
        if (t == d.first || (w.kinds & kWordRole)) {
          gender |= GenderAt(lex, text, t);
        }
      }
      if (gender == (kWordFeminine | kWordMasculine)) gender = 0;
      const uint64_t head_key = NormKey(text, d.end - 1);
      int64_t found = -1;
      for (uint32_t e : recent) {
        const Entity& entity = (*entities)[e];
        const EntityInfo& info = infos[e];
        if (last_sentence[e] + kRecentSentences < s) continue;
        if (person_role) {
          if (entity.kind != Entity::Kind::kPerson) continue;
          if (gender && info.gender && gender != info.gender) continue;
          if (!country.empty() && !info.country.empty() &&
              info.country != country) {
            continue;
          }
          if (Contains(info.role_classes, d.word.role_class)) {
            found = e;
            break;
          }
        } else if (entity.kind == Entity::Kind::kOrganization &&
                   (Contains(info.org_classes, d.word.org_class) ||
                    (info.untyped && d.word.org_class == generic_org) ||
                    std::find(info.name_keys.begin(), info.name_keys.end(),
                              head_key) != info.name_keys.end())) {
          found = e;
          break;
        }
      }
      // A person introduced without a role: the only one just mentioned.
      if (found < 0 && person_role) {
        for (uint32_t e : recent) {
          const Entity& entity = (*entities)[e];
          if (entity.kind != Entity::Kind::kPerson ||
              last_sentence[e] + 1 < s ||
              (gender && infos[e].gender && gender != infos[e].gender)) {
            continue;
          }
          if (infos[e].role_classes.empty()) found = e;
          break;
        }
      }
      if (found < 0) continue;
      AddDescription(text, actors, d, s, &(*entities)[found]);
      if (infos[found].gender == 0) infos[found].gender = gender;
      touch(static_cast<uint32_t>(found), s);
      i = d.end - 1;
    }
  }
}

}  // namespace gkg
}  // namespace tocsin
