#include "events/event_syntax.h"

#include <algorithm>
#include <string_view>

namespace tocsin {
namespace {

bool IsPunct(const SyntaxContext& c, uint32_t t, std::string_view chars) {
  if (c.Class(t) != WordClass::kPunctuation) return false;
  std::string_view s = c.text->Normalized(c.text->tokens[t]);
  return s.size() == 1 && chars.find(s[0]) != std::string_view::npos;
}
// Clause barriers a party search never crosses.
bool IsBarrier(const SyntaxContext& c, uint32_t t) {
  return IsPunct(c, t, ";:");
}
bool IsComma(const SyntaxContext& c, uint32_t t) { return IsPunct(c, t, ","); }
bool IsVerbal(const SyntaxContext& c, uint32_t t) {
  return c.Class(t) == WordClass::kVerb || c.Class(t) == WordClass::kAuxiliary;
}
bool IsNoun(const SyntaxContext& c, uint32_t t) {
  return c.Class(t) == WordClass::kNoun || c.Class(t) == WordClass::kProperNoun;
}
bool IsFunctionWord(const SyntaxContext& c, uint32_t t) {
  WordClass k = c.Class(t);
  return k == WordClass::kDeterminer || k == WordClass::kAdposition ||
         (c.text->tokens[t].flags & kTokenElided);
}

bool Coded(const SyntaxContext& c, int32_t m) {
  return m >= 0 && m != c.reporter_mention && !(*c.actors)[m].code.empty();
}

// Lower-cases ASCII letters of `s` into *out, reusing its capacity: these
// checks run on every verb group, so they allocate nothing once warm.
std::string_view LowerAscii(std::string_view s, std::string* out) {
  out->assign(s);
  for (char& ch : *out) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return *out;
}

// A French conditional: the infinitive (or the listed irregular stem)
// plus a conditional ending. "menacerait", "prendrait", "pourrait", but
// not the imperfect "déclarait" (stem "déclar" is not an infinitive).
bool IsConditional(const SyntaxContext& c, uint32_t t) {
  if (c.roles->conditional_suffixes.empty() || !IsVerbal(c, t)) return false;
  const Token& tok = c.text->tokens[t];
  thread_local std::string form_buffer, lemma_buffer;
  const std::string_view form =
      LowerAscii(c.text->Normalized(tok), &form_buffer);
  const std::string_view lemma = LowerAscii(c.text->Lemma(tok), &lemma_buffer);
  for (const std::string& suffix : c.roles->conditional_suffixes) {
    if (!form.ends_with(suffix)) continue;
    std::string_view stem(form.data(), form.size() - suffix.size());
    if (stem.empty() || stem.back() != 'r') continue;
    if (stem == lemma) return true;
    if (!lemma.empty() && lemma.back() == 'e' &&
        stem == std::string_view(lemma).substr(0, lemma.size() - 1)) {
      return true;
    }
    for (const std::string& irregular : c.roles->conditional_stems) {
      if (stem == irregular || stem.ends_with(irregular)) {
        // Prefixed irregulars (maintiendr-) but not any stem ending in
        // "ir" or "ser": the whole stem must be a listed one when short.
        if (stem == irregular || irregular.size() >= 4) return true;
      }
    }
  }
  return false;
}

// Whether token t's form, lower-cased, ends with one of `suffixes`.
bool FormEndsWith(const SyntaxContext& c, uint32_t t,
                  const std::vector<std::string>& suffixes) {
  thread_local std::string buffer;
  const std::string_view form =
      LowerAscii(c.text->Normalized(c.text->tokens[t]), &buffer);
  for (const std::string& s : suffixes) {
    if (form.ends_with(s)) return true;
  }
  return false;
}

bool IsProgressive(const SyntaxContext& c, uint32_t t) {
  return FormEndsWith(c, t, c.roles->progressive_suffixes);
}

// Skips determiners and elided articles starting at t.
uint32_t SkipDeterminers(const SyntaxContext& c, uint32_t t, uint32_t limit) {
  while (t < limit && t < c.end &&
         (c.Class(t) == WordClass::kDeterminer ||
          (c.text->tokens[t].flags & kTokenElided))) {
    ++t;
  }
  return t;
}

// The coded mention starting at `t` once determiners are skipped ("the
// Kremlin", "les forces russes"); -1 when none.
int32_t CodedMentionAfterDeterminers(const SyntaxContext& c, uint32_t t) {
  const uint32_t next = SkipDeterminers(c, t, c.end);
  const int32_t n = next < c.end ? c.CodedMentionStartingAt(next) : -1;
  return Coded(c, n) ? n : -1;
}

// A person named by a role ("agent.role.*" entries, alone or with their
// country: "le président turc", "his Indian counterpart").
bool IsPersonRole(const ActorMention& m) {
  return std::string_view(m.entry_id).starts_with("agent.role.");
}
bool IsPerson(const ActorMention& m) {
  return m.type == "person" || m.type == "PERSON";
}

// "son homologue turc, Mevlüt Çavusoglu", "Erdogan, the Turkish
// president": a person and a role for one person, side by side after a
// comma, are one party named twice.
bool IsApposition(const ActorMention& a, const ActorMention& b) {
  return (IsPersonRole(a) && IsPerson(b)) || (IsPerson(a) && IsPersonRole(b));
}

// "the sheep and goats of X", "workers, students and pensioners of X":
// the first noun of a coordination of bare nouns ending at `noun`, each
// conjunct at most one determiner after its "and" or comma; `noun` itself
// when no conjunct comes before it.
uint32_t FirstConjunctNoun(const SyntaxContext& c, uint32_t noun) {
  uint32_t head = noun;
  while (c.Class(head) == WordClass::kNoun && c.mention_at[head] < 0) {
    uint32_t link = head;
    if (link > c.first && c.Class(link - 1) == WordClass::kDeterminer) --link;
    if (link < c.first + 2 ||
        !(c.Class(link - 1) == WordClass::kCoordConj || IsComma(c, link - 1))) {
      break;
    }
    const uint32_t previous = link - 2;
    if (c.Class(previous) != WordClass::kNoun || c.mention_at[previous] >= 0) {
      break;
    }
    head = previous;
  }
  return head;
}

// "Ithilen's sheep": a noun owned by a coded mention that opens the clause
// ("X's N" at the sentence start, after its article or after a comma).
bool OwnedAtClauseStart(const SyntaxContext& c, uint32_t noun) {
  if (noun < c.first + 2 || !c.Is(noun - 1, c.roles->possessive)) return false;
  const int32_t owner = c.mention_at[noun - 2];
  if (!Coded(c, owner)) return false;
  const uint32_t start = (*c.actors)[owner].first_token;
  return start == c.first || IsComma(c, start - 1) ||
         (start == c.first + 1 && c.Class(c.first) == WordClass::kDeterminer);
}

// Extends a side with the mentions coordinated with `m`: "X, Y and Z".
void AddCoordinated(const SyntaxContext& c, int32_t m, bool before_trigger,
                    std::vector<PartyChoice>* side) {
  const ActorMention& mention = (*c.actors)[m];
  // Rightwards: "X and Y", "X, Y and Z" (for a side before the trigger this
  // stays before it because the caller found X as the nearest mention
  // only when no mention follows; so rightward expansion is for targets).
  if (!before_trigger) {
    // "l'adhésion de la Suède et de la Finlande": French repeats the
    // preposition before each conjunct.
    uint32_t head = mention.first_token;
    while (head > c.first && c.Class(head - 1) == WordClass::kDeterminer) {
      --head;
    }
    const bool after_prep =
        head > c.first && c.Class(head - 1) == WordClass::kAdposition;
    const bool between = head > c.first && c.Is(head - 1, c.roles->between);
    const auto same_prep = [&](uint32_t q) {
      return after_prep && c.Class(q) == WordClass::kAdposition &&
             (c.lemma_keys[q] == c.lemma_keys[head - 1] ||
              (c.Is(q, c.roles->source_prep) &&
               c.Is(head - 1, c.roles->source_prep)));
    };
    // "le ministre ukrainien de la Défense, Oleksiï Reznikov, et le chef
    // d'état-major": a complement naming no actor ("de la Défense") may
    // end a conjunct's phrase before the comma or the conjunction.
    const auto skip_complement = [&](uint32_t u) {
      if (u >= c.end || c.mention_at[u] >= 0 ||
          c.Class(u) != WordClass::kAdposition ||
          !c.Is(u, c.roles->source_prep)) {
        return u;
      }
      const uint32_t first = SkipDeterminers(c, u + 1, c.end);
      uint32_t q = first;
      while (q < c.end && q < first + 3 && c.mention_at[q] < 0 &&
             c.modifier_at[q] < 0 &&
             (IsNoun(c, q) || c.Class(q) == WordClass::kAdjective)) {
        ++q;
      }
      // "of culture and Islamic guidance" goes on: the next conjunct must
      // open its own phrase.
      const bool closes =
          q > first && q + 1 < c.end &&
          (IsComma(c, q) || (c.Is(q, c.roles->coordination) &&
                             c.Class(q + 1) == WordClass::kDeterminer));
      return closes ? q : u;
    };
    uint32_t t = skip_complement(mention.end_token);
    int32_t last = m;  // the mention before t
    bool closed = false;
    while (t + 1 < c.end && (c.Is(t, c.roles->coordination) || IsComma(c, t))) {
      if (closed && IsComma(c, t)) break;
      uint32_t next = SkipDeterminers(c, t + 1, c.end);
      // ", et le ministre biélorusse": a conjunction after the comma joins
      // another party; it is no apposition.
      bool joined = false;
      if (next < c.end && c.Is(next, c.roles->coordination)) {
        next = SkipDeterminers(c, next + 1, c.end);
        joined = true;
      }
      if (next + 1 < c.end && same_prep(next)) {
        next = SkipDeterminers(c, next + 1, c.end);
      }
      // "and the tiny Estonia": after a conjunction, the conjunct's own
      // adjectives before a name. (Not after a comma alone: ", accusing
      // Tehran" opens a clause.)
      uint32_t head = next;
      const bool conjunction =
          joined || c.Is(t, c.roles->coordination) ||
          (next > t + 1 && c.Is(t + 1, c.roles->coordination));
      // So do an owner's word and the nouns after it ("and its ally
      // Belarus", "and their partner Kenya"), and a participle ("and
      // neighbouring Belarus").
      // (French "son" is a determiner, already skipped.)
      const bool owned_skipped =
          next > t + 1 && c.Is(next - 1, c.roles->own_determiner);
      const bool owned = owned_skipped ||
                         (next < c.end && c.Is(next, c.roles->own_determiner));
      if (conjunction && owned && !owned_skipped) ++head;
      while (
          conjunction && head < c.end && head < next + 3 &&
          c.mention_at[head] < 0 && c.modifier_at[head] < 0 &&
          !(c.text->tokens[head].flags & kTokenCapitalized) &&
          (c.Class(head) == WordClass::kAdjective ||
           (owned && c.Class(head) == WordClass::kNoun) ||
           // "et son alliée la Biélorussie": the name's own article.
           (owned && head > next && c.Class(head) == WordClass::kDeterminer) ||
           (c.Class(head) == WordClass::kVerb && !c.trigger_at[head] &&
            c.text->Normalized(c.text->tokens[head]).ends_with("ing")))) {
        ++head;
      }
      if (head > next && head < c.end) {
        // The name heads the conjunct: no noun after it ("its US rival
        // Boeing" names Boeing, not the US).
        const int32_t named = c.CodedMentionStartingAt(head);
        const uint32_t after =
            Coded(c, named) ? (*c.actors)[named].end_token : c.end;
        if (Coded(c, named) &&
            (c.text->tokens[after - 1].flags & kTokenCapitalized) &&
            (after >= c.end || !IsNoun(c, after))) {
          next = head;
        }
      }
      int32_t n = next < c.end ? c.CodedMentionStartingAt(next) : -1;
      if (n < 0 || !Coded(c, n)) break;
      // "..., Lukashenko said": the subject of a new clause.
      if (IsComma(c, t) && (*c.actors)[n].end_token < c.end &&
          IsVerbal(c, (*c.actors)[n].end_token)) {
        break;
      }
      if (!(IsComma(c, t) && !joined &&
            IsApposition((*c.actors)[last], (*c.actors)[n]))) {
        side->push_back({n, false, "coordinated"});
      }
      // "between X and Y, and Y and Z": the conjunction closes the pair
      // (or list) "between" opened; a comma after it starts another one
      // ("between Israel and the Emirates and Bahrain" goes on).
      closed |= between && conjunction;
      last = n;
      t = skip_complement((*c.actors)[n].end_token);
    }
    return;
  }
  // Leftwards from the source nearest the trigger: "X and Y attacked".
  uint32_t t = mention.first_token;
  // "the sheep of X and the goats of Y", "X's sheep and goats of Y": the
  // mention completes a noun, whose phrase is the conjunct; coordinated
  // bare nouns before it may have their own owner.
  if (t > c.first + 2 && c.Is(t - 1, c.roles->source_prep) &&
      c.Class(t - 2) == WordClass::kNoun && c.mention_at[t - 2] < 0) {
    const uint32_t head = FirstConjunctNoun(c, t - 2);
    if (head < t - 2 && OwnedAtClauseStart(c, head)) {
      side->push_back({c.mention_at[head - 2], false, "owner of a conjunct"});
      return;
    }
    t = head;
  }
  // "les forces ukrainiennes et les forces russes": the article before the
  // nearer actor stands between it and "et"; so do adjectives that are no
  // part of its name ("Syrian troops and Turkish-backed rebels").
  const auto skip_modifiers = [&](uint32_t u) {
    const auto plain = [&](uint32_t v) {
      return c.Class(v) == WordClass::kDeterminer ||
             c.Class(v) == WordClass::kAdjective;
    };
    // Lower-case words read as nouns after an article before a name
    // ("and the former communist Hungary", "the evil awful Y") are its
    // adjectives too: the article opens the conjunct's phrase. Before a
    // common noun they may be its own words ("the watching media").
    const auto noun_modifier = [&](uint32_t v) {
      return c.Class(v) == WordClass::kNoun &&
             !(c.text->tokens[v].flags & kTokenCapitalized) &&
             c.mention_at[v] < 0 && c.modifier_at[v] < 0;
    };
    const int32_t m = c.mention_at[u];
    const bool name = m >= 0 && (*c.actors)[m].first_token == u &&
                      (c.text->tokens[(*c.actors)[m].end_token - 1].flags &
                       kTokenCapitalized);
    uint32_t v = u;
    while (name && v > c.first + 1 && (plain(v - 1) || noun_modifier(v - 1))) {
      --v;
    }
    if (c.Class(v) == WordClass::kDeterminer) return v;
    // "and its ally Belarus", "and neighbouring Belarus", "and fellow
    // nuclear power China": an owner's word, a participle, nouns saying
    // what the name is, when they fill the gap back to the conjunction.
    const auto describer = [&](uint32_t w) {
      if (plain(w) || noun_modifier(w) || c.Is(w, c.roles->own_determiner)) {
        return true;
      }
      const std::string_view form = c.text->Normalized(c.text->tokens[w]);
      return c.Class(w) == WordClass::kVerb && form.ends_with("ing") &&
             !(c.text->tokens[w].flags & kTokenCapitalized) &&
             c.mention_at[w] < 0;
    };
    uint32_t d = u;
    while (name && d > c.first + 1 && u - d < 4 && describer(d - 1)) --d;
    if (d < u && d > c.first + 1 &&
        (c.Is(d - 1, c.roles->coordination) || IsComma(c, d - 1))) {
      return d;
    }
    while (u > c.first + 1 && plain(u - 1)) --u;
    return u;
  };
  t = skip_modifiers(t);
  // A list ends with its conjunction ("X, Y and Z"): a comma alone right
  // before the nearest actor closes a clause ("Refusing to negotiate with
  // Russia, Ukraine launched").
  bool conjunction = false;
  while (t > c.first + 1) {
    uint32_t link = t - 1;
    conjunction |= c.Is(link, c.roles->coordination);
    if (!conjunction) break;
    if (!(c.Is(link, c.roles->coordination) || IsComma(c, link))) break;
    uint32_t prev_end = link;
    // "X, Y, and Z": the serial comma before the conjunction is one link,
    // in a list only ("in Nairobi, and police detained" joins clauses).
    bool serial = false;
    if (c.Is(link, c.roles->coordination) && prev_end > c.first + 1 &&
        IsComma(c, prev_end - 1)) {
      --prev_end;
      serial = true;
    }
    while (prev_end > c.first &&
           c.Class(prev_end - 1) == WordClass::kDeterminer) {
      --prev_end;
    }
    if (prev_end == c.first) break;
    int32_t p = c.mention_at[prev_end - 1];
    if (!Coded(c, p) || (*c.actors)[p].end_token != prev_end) break;
    if (serial) {
      const uint32_t before = skip_modifiers((*c.actors)[p].first_token);
      if (before <= c.first || !IsComma(c, before - 1)) break;
    }
    side->push_back({p, false, "coordinated"});
    // "Iran, the awful Russia and China": each conjunct has its own
    // article and adjectives.
    t = skip_modifiers((*c.actors)[p].first_token);
  }
}

// The mention ending right before `t` (skipping nothing), or -1.
int32_t MentionEndingAt(const SyntaxContext& c, uint32_t t) {
  if (t == 0 || t <= c.first) return -1;
  int32_t m = c.mention_at[t - 1];
  if (m >= 0 && (*c.actors)[m].end_token == t) return m;
  return -1;
}

bool AfterLocative(const SyntaxContext& c, const ActorMention& m) {
  if (m.first_token <= c.first) return false;
  uint32_t before = m.first_token - 1;
  while (before > c.first && c.Class(before) == WordClass::kDeterminer)
    --before;
  // "Des colons israéliens ont agressé": the sentence's own article (which
  // may be spelled like a preposition) opens the subject.
  if (before == c.first && c.Class(before) == WordClass::kDeterminer) {
    return false;
  }
  // "Hundreds of Russian soldiers", "des milliers d'Iraniens": the actor
  // is the head of a quantity, not a complement.
  if (c.Is(before, c.roles->source_prep) && before > c.first) {
    uint32_t q = before - 1;
    const uint32_t first_noun = FirstConjunctNoun(c, q);
    bool clause_start = first_noun == c.first || IsComma(c, first_noun - 1) ||
                        (first_noun == c.first + 1 &&
                         c.Class(c.first) == WordClass::kDeterminer) ||
                        (first_noun < q && OwnedAtClauseStart(c, first_noun));
    // "les familles des soldats": the kin of soldiers or officials are
    // civilians acting for them, not the force or the government (the kin
    // of hostages are civilians like them).
    const std::string_view code = m.code;
    const bool official_kin = c.Is(q, c.roles->kin_nouns) && code.size() >= 3 &&
                              (code.ends_with("MIL") || code.ends_with("COP") ||
                               code.ends_with("GOV"));
    if (c.Class(q) == WordClass::kNumeral ||
        (clause_start && c.Class(q) == WordClass::kNoun && !official_kin)) {
      return false;
    }
  }
  return c.Is(before, c.roles->locative) ||
         c.Is(before, c.roles->source_prep) ||
         c.Is(before, c.roles->agent_prep) ||
         c.Is(before, c.roles->target_prep);
}

// "a bomb planted by the Taliban", "la coalition menée par l'Arabie
// saoudite": the agent of a participle describing a noun that names no
// actor itself. That noun phrase's only party is the agent, so when it is
// the subject, the agent acts.
bool AgentOfParticipleAfterNoun(const SyntaxContext& c, const ActorMention& m) {
  uint32_t by = m.first_token;
  while (by > c.first && (c.Class(by - 1) == WordClass::kDeterminer ||
                          (c.text->tokens[by - 1].flags & kTokenElided))) {
    --by;
  }
  if (by < c.first + 3 || !c.Is(--by, c.roles->agent_prep)) return false;
  const uint32_t participle = by - 1;
  return c.Class(participle) == WordClass::kVerb &&
         c.Is(participle, c.roles->performing_verbs) &&
         c.lemma_keys[participle] != c.form_keys[participle] &&
         !IsProgressive(c, participle) &&
         c.Class(participle - 1) == WordClass::kNoun &&
         c.mention_at[participle - 1] < 0;
}

// "une attaque menée par X", "an attack carried out by X": a participle
// whose agent follows, after at most a particle.
bool ParticipleBeforeAgent(const SyntaxContext& c, uint32_t p) {
  if (c.Class(p) != WordClass::kVerb || IsProgressive(c, p) ||
      !c.Is(p, c.roles->performing_verbs)) {
    return false;
  }
  uint32_t q = p + 1;
  // "carried out by": the particle may be tagged an adjective.
  if (q + 1 < c.end &&
      (c.Class(q) == WordClass::kParticle || c.Class(q) == WordClass::kAdverb ||
       c.Class(q) == WordClass::kAdjective ||
       c.Class(q) == WordClass::kAdposition) &&
      !c.Is(q, c.roles->agent_prep)) {
    ++q;
  }
  return q < c.end && c.Is(q, c.roles->agent_prep);
}

// The subject of the clause the trigger is in: the nearest coded mention
// before `from`, skipping parenthetical ", who ...," or ", the leader
// of ...," segments and mentions after a preposition ("in Moscow").
PartyChoice FindSubject(const SyntaxContext& c, uint32_t from) {
  // "the men who attacked the protesters": a relative pronoun right before
  // the verb stands for the noun before it; an actor further back is not
  // the subject.
  if (from > c.first + 1 && c.Is(from - 1, c.roles->subject_relative)) {
    uint32_t end = from - 1;
    if (end > c.first && IsComma(c, end - 1)) --end;
    int32_t m = MentionEndingAt(c, end);
    if (Coded(c, m)) return {m, false, "antecedent of the relative pronoun"};
    return {};
  }
  // '"...," she said', '..., they said': a pronoun between a quotation or
  // a clause and the verb is its subject; the actors before it are what
  // was said. (A pronoun coreference resolved is a mention.)
  if (from > c.first + 1 && c.Class(from - 1) == WordClass::kPronoun &&
      c.mention_at[from - 1] < 0 && !c.Is(from - 1, c.roles->relative) &&
      c.Class(from - 2) == WordClass::kPunctuation && !IsBarrier(c, from - 2)) {
    return {};
  }
  uint32_t t = from;
  while (t > c.first) {
    --t;
    if (IsBarrier(c, t)) break;
    // "Macron offered condolences after a stampede killed 125 people": the
    // words between the subordinator and the verb are its subject, and no
    // actor is among them. Right before the verb ("withdrew after losing")
    // the subordinator shares the main clause's subject.
    // A condition opens such a clause too: "threatened to strike X if it
    // was attacked" has "it" as the subject, not X. (French "s'" before a
    // verb is the reflexive, "s'est rendu", no condition.)
    if (t + 1 < from &&
        (c.Is(t, c.roles->subordinator) ||
         (c.Is(t, c.roles->condition) && !IsVerbal(c, t + 1)))) {
      return {};
    }
    if (IsComma(c, t)) {
      // Look for the opening comma of a parenthetical segment.
      uint32_t open = t;
      bool found = false;
      while (open > c.first) {
        --open;
        if (IsBarrier(c, open)) break;
        if (IsComma(c, open)) {
          found = true;
          break;
        }
      }
      if (found && open + 1 < t) {
        bool relative = c.Is(open + 1, c.roles->relative);
        bool has_verb = false;
        for (uint32_t k = open + 1; k < t; ++k) has_verb |= IsVerbal(c, k);
        // "D'autres alliés de Poutine, dont Dmitri Medvedev, ont ...": the
        // named member speaks for the group.
        if (c.Is(open + 1, c.roles->inclusion)) {
          for (uint32_t k = open + 1; k < t; ++k) {
            int32_t member = c.CodedMentionStartingAt(k);
            if (Coded(c, member)) {
              return {member, false, "named member of the subject"};
            }
          }
        }
        int32_t before = MentionEndingAt(c, open);
        if ((relative || !has_verb) && Coded(c, before)) {
          return {before, false, "subject before a parenthetical"};
        }
      }
      continue;
    }
    int32_t m = c.mention_at[t];
    if (m < 0) continue;
    const ActorMention& mention = (*c.actors)[m];
    t = mention.first_token;
    if (!Coded(c, m)) continue;
    if (AfterLocative(c, mention)) {
      if (AgentOfParticipleAfterNoun(c, mention)) {
        return {m, false, "agent of a participle in the subject"};
      }
      continue;
    }
    return {m, false, "nearest actor before the verb"};
  }
  return {};
}

// "a dépêché des militaires au Niger pour entraîner l'armée": a purpose
// clause opened by a word that only marks purpose (not one that is also
// an infinitive marker, English "to": "urged Russia to withdraw") shares
// the subject of the verb it serves; the actors between them are that
// verb's object. None when `group` opens no such clause.
PartyChoice PurposeClauseSubject(const SyntaxContext& c, uint32_t group) {
  uint32_t marker = group;
  if (c.Is(group, c.roles->purpose)) ++marker;  // a group opening with it
  if (marker > c.first && c.Is(marker - 1, c.roles->infinitive_marker) &&
      !c.Is(marker - 1, c.roles->purpose)) {
    --marker;  // "afin de"
  }
  if (marker <= c.first + 1 || !c.Is(marker - 1, c.roles->purpose) ||
      c.Is(marker - 1, c.roles->infinitive_marker)) {
    return {};
  }
  for (uint32_t t = marker - 1; t > c.first;) {
    --t;
    if (IsBarrier(c, t) || IsComma(c, t)) break;
    if (c.Class(t) != WordClass::kVerb || c.mention_at[t] >= 0) continue;
    PartyChoice main = FindSubject(c, VerbGroupStart(c, t));
    if (main.mention >= 0) main.why = "subject of the verb the purpose serves";
    return main;
  }
  return {};
}

// The first coded mention after `from` in the clause: the object.
// "demanded that the United States stop": the subject of the clause after
// the complementizer at `t`.
PartyChoice ClauseSubject(const SyntaxContext& c, uint32_t t) {
  // "que les satellites commerciaux occidentaux pourraient": the subject
  // runs to the clause's first verb.
  for (uint32_t q = t + 1; q < c.end && q < t + 6; ++q) {
    if (IsVerbal(c, q) || c.Class(q) == WordClass::kPunctuation) break;
    int32_t m = c.CodedMentionStartingAt(q);
    if (Coded(c, m)) return {m, false, "subject of the governed clause"};
    if (c.modifier_at[q] >= 0) {
      return {c.modifier_at[q], true, "subject of the governed clause"};
    }
  }
  return {};
}

// A past participle: in French one of its own endings ("soupçonné"), in
// English any form other than the lemma and the -ing form ("suspected").
bool IsPastParticiple(const SyntaxContext& c, uint32_t t) {
  if (c.Class(t) != WordClass::kVerb || IsProgressive(c, t)) return false;
  if (c.roles->participle_suffixes.empty()) {
    return c.lemma_keys[t] != c.form_keys[t];
  }
  return FormEndsWith(c, t, c.roles->participle_suffixes);
}

// A noun phrase then a verb from `first` on: a clause's subject and verb.
bool NounPhraseThenVerb(const SyntaxContext& c, uint32_t first) {
  bool head = false;
  // An article, then words read as adjectives, then a verb: a noun phrase
  // all the same (", a clearly angry Polish official said": official/ADJ;
  // "the wounded were").
  const bool article =
      first < c.end && c.Class(first) == WordClass::kDeterminer;
  for (uint32_t q = first; q < c.end && q < first + 6; ++q) {
    const WordClass k = c.Class(q);
    if (IsVerbal(c, q)) {
      return head || (article && q > first + 1 &&
                      c.Class(q - 1) == WordClass::kAdjective);
    }
    // A mention is a noun phrase's head even where the tagger read its
    // words as adjectives (", a Polish official said": official/ADJ).
    if (c.mention_at[q] >= 0) {
      head = true;
      continue;
    }
    // ", a clearly angry official said": an adverb grading an adjective.
    if (k == WordClass::kAdverb && q + 1 < c.end &&
        c.Class(q + 1) == WordClass::kAdjective) {
      continue;
    }
    if (k == WordClass::kDeterminer || k == WordClass::kAdjective ||
        k == WordClass::kNumeral) {
      continue;
    }
    if (k != WordClass::kNoun && k != WordClass::kProperNoun &&
        c.mention_at[q] < 0) {
      return false;
    }
    head = true;
  }
  return false;
}

// Whether a verb of saying in [from, to) governs a clause that holds `to`:
// "said (that) the shooting was", not "a lancé un appel" (its object) or
// "announced its intention to" (no clause).
bool InSaidClause(const SyntaxContext& c, uint32_t from, uint32_t to) {
  for (uint32_t v = from; v < to && v < c.end; ++v) {
    if (!IsVerbal(c, v) || !c.Is(v, c.roles->clause_speech_verbs)) continue;
    for (uint32_t t = v + 1; t < to; ++t) {
      if (c.Is(t, c.roles->complementizer)) return true;
    }
    if (NounPhraseThenVerb(c, v + 1)) return true;
  }
  return false;
}

// A comma opening a clause: ", a senior US official said", ", and police
// detained", ", et la police a interpellé".
bool CommaOpensClause(const SyntaxContext& c, uint32_t t) {
  uint32_t first = t + 1;
  if (first < c.end && c.Is(first, c.roles->coordination)) ++first;
  return NounPhraseThenVerb(c, first);
}

// "near the border with Niger", "dans le nord de l'Afghanistan": a mention
// inside a place phrase.
bool InPlacePhrase(const SyntaxContext& c, uint32_t first, uint32_t from) {
  uint32_t t = first;
  for (int k = 0; k < 5 && t > from; ++k) {
    --t;
    if (c.Is(t, c.roles->place_prep)) return true;
    // "in the dispute with Osgiliath": the noun's party, not a place.
    if (k == 0 && c.Is(t, c.roles->party_prep) &&
        !(t > from && c.Is(t - 1, c.roles->boundary_nouns))) {
      return false;
    }
    const WordClass cl = c.Class(t);
    const bool link =
        c.Is(t, c.roles->source_prep) || c.Is(t, c.roles->coordination) ||
        (cl == WordClass::kAdposition && k == 0 &&
         !c.Is(t, c.roles->locative) && !c.Is(t, c.roles->target_prep) &&
         !c.Is(t, c.roles->infinitive_marker) && !c.Is(t, c.roles->purpose));
    if (!(link || cl == WordClass::kDeterminer || cl == WordClass::kAdjective ||
          cl == WordClass::kNoun)) {
      return false;
    }
  }
  return false;
}

bool IsSecurityForce(const ActorMention& m) {
  std::string_view code = m.code;
  return code.size() >= 3 && (code.substr(code.size() - 3) == "MIL" ||
                              code.substr(code.size() - 3) == "COP");
}

// "a military base held by African Union troops", "une ville contrôlée
// par les rebelles": force used on a place names no actor by itself (a
// modifier like "military" describes the place), so whoever holds the
// place is the side struck. `start` is the first token of the phrase
// after its determiners or of the actor found in it; returns the holder's
// mention or -1.
int32_t PlaceHolder(const SyntaxContext& c, uint32_t start) {
  // The place's own noun: before an actor that modifies it ("base
  // militaire") or among the words after ("military base").
  bool head =
      start > c.first && IsNoun(c, start - 1) && c.mention_at[start - 1] < 0;
  uint32_t q = start;
  if (q < c.end && c.mention_at[q] >= 0) {
    q = (*c.actors)[c.mention_at[q]].end_token;
  }
  for (int k = 0; k < 3 && q < c.end && c.mention_at[q] < 0 &&
                  (IsNoun(c, q) || c.Class(q) == WordClass::kAdjective);
       ++k, ++q) {
    head |= IsNoun(c, q);
  }
  if (!head || q + 2 >= c.end || c.Class(q) != WordClass::kVerb ||
      !c.Is(q + 1, c.roles->agent_prep)) {
    return -1;
  }
  const int32_t m = CodedMentionAfterDeterminers(c, q + 2);
  return Coded(c, m) ? m : -1;
}

// "an anti- Russia rally", "pre- and post-war": a hyphen glued to the word
// before it and followed by a space ends a prefix, not a phrase (a dash
// stands apart: "Russia - the Kremlin said - ").
bool SuspendedHyphen(const SyntaxContext& c, uint32_t t) {
  const std::vector<Token>& tokens = c.text->tokens;
  return t > c.first && tokens[t].begin == tokens[t - 1].end &&
         c.Class(t - 1) != WordClass::kPunctuation && t + 1 < c.end &&
         tokens[t + 1].begin > tokens[t].end;
}

// "criticized the closure of schools in Chile": the place phrase at `prep`
// is the first preposition after the pattern but for "of" (inside the
// object's phrase) or the verb's own "to/for" ("appealed for calm in X"),
// and its actor is a country, not a premodifier ("in the Ukraine
// conflict").
bool ConcernedPlace(const SyntaxContext& c, uint32_t match_end, uint32_t prep,
                    int32_t m) {
  for (uint32_t t = match_end; t < prep; ++t) {
    if (c.Class(t) == WordClass::kAdposition &&
        !c.Is(t, c.roles->patient_prep) &&
        !(t == match_end && c.Is(t, c.roles->infinitive_marker))) {
      return false;
    }
  }
  // A country named as a whole: a city or a building ("defended his title
  // in Erfurt", "in hospital") is only where the act took place.
  if ((*c.actors)[m].type != "state") return false;
  const uint32_t end = (*c.actors)[m].end_token;
  return end >= c.end || !IsNoun(c, end);
}

PartyChoice FindObject(const SyntaxContext& c, uint32_t from,
                       uint32_t match_end, uint32_t limit, ObjectRules rules,
                       PartyChoice* place_out = nullptr) {
  PartyChoice fallback, modifier;
  uint32_t moved_end = from;  // after the forces a show of force moves
  int prepositions = 0;       // after the pattern
  for (uint32_t t = from; t < c.end && t < limit; ++t) {
    if (rules.near_target && t >= match_end &&
        c.Class(t) == WordClass::kAdposition && ++prepositions > 1) {
      break;
    }
    if (rules.clause_target && c.Is(t, c.roles->complementizer)) {
      return ClauseSubject(c, t);
    }
    if (IsBarrier(c, t) || (IsPunct(c, t, "-") && !SuspendedHyphen(c, t)) ||
        c.Is(t, c.roles->relative) || c.Is(t, c.roles->complementizer)) {
      break;  // "warned that Europe faced": the clause is not the target
    }
    // ", a reconnu le ministère", ", killing 40": a new clause.
    if (IsComma(c, t) && t + 1 < c.end && IsVerbal(c, t + 1)) break;
    if (IsComma(c, t) && CommaOpensClause(c, t)) break;
    // "refused to halt the shelling despite pleas from Erdogan": those a
    // concession names asked; the act is not aimed at them.
    if (t > from && c.Is(t, c.roles->concessive)) break;
    // "a relevé son niveau d'alerte après le tir d'un missile nord-coréen":
    // a time adjunct after the pattern, a noun phrase, names another act's
    // parties ("depuis", also a place, may still lead to the target; "after
    // encircling Russian troops" is the subject's own act).
    if (t >= match_end && t > from && t + 1 < c.end &&
        c.Class(t) == WordClass::kAdposition && c.Is(t, c.roles->time_prep) &&
        !c.Is(t, c.roles->locative) &&
        (c.Class(t + 1) == WordClass::kDeterminer ||
         (c.text->tokens[t + 1].flags & kTokenElided))) {
      break;
    }
    // "declared a state of emergency as protesters stormed his office",
    // "would mobilise its forces if Taiwan declared independence": a
    // subordinate or conditional clause has its own parties. A threat's
    // condition names whom it is aimed at ("menacé de frapper la
    // plateforme si Israël commençait à l'exploiter").
    if (t > from &&
        (c.Is(t, c.roles->subordinator) ||
         (!rules.governs && c.Is(t, c.roles->condition))) &&
        NounPhraseThenVerb(c, t + 1)) {
      break;
    }
    // "sent instructors to Crimea to train Russian soldiers": who the
    // purpose clause is about is not the target.
    if (!rules.governs && t >= match_end && c.Is(t, c.roles->purpose) &&
        t + 1 < c.end && IsVerbal(c, t + 1)) {
      break;
    }
    // The next verb event owns what follows it. "arrested a man suspected
    // of spying for Moscow", "un homme soupçonné de": a participle and its
    // "of/de" after the object describe it; their actors are not the
    // object.
    if (c.trigger_at[t] && IsVerbal(c, t)) break;
    if (t >= match_end && t > from && t + 1 < c.end && IsPastParticiple(c, t) &&
        IsNoun(c, t - 1) && c.Is(t + 1, c.roles->infinitive_marker) &&
        c.Class(t + 1) == WordClass::kAdposition) {
      break;
    }
    // "shelled Armenian villages", "bombardé des villes arméniennes": the
    // country whose places force strikes.
    if (rules.place_target && t >= match_end && c.mention_at[t] < 0 &&
        IsNoun(c, t) && (t == from || !IsNoun(c, t - 1))) {
      const int32_t holder = PlaceHolder(c, t);
      if (holder >= 0) return {holder, false, "holder of the place struck"};
    }
    if ((rules.place_target || rules.owner_target) && modifier.mention < 0 &&
        c.modifier_at[t] >= 0 && c.mention_at[t] < 0) {
      modifier = {c.modifier_at[t], true, "country of the places struck"};
    }
    int32_t m = c.mention_at[t];
    if (m < 0) continue;
    // "deployed its troops": the subject's own force, not a target. A
    // counterpart is the other side's: "a rencontré son homologue turc".
    if ((*c.actors)[m].first_token == t && t > from &&
        c.Is(t - 1, c.roles->own_determiner) &&
        !c.Is(t, c.roles->counterpart)) {
      t = (*c.actors)[m].end_token - 1;
      continue;
    }
    // "deployed 13,000 police officers": what the show of force moves,
    // and the forces coordinated with it ("des navires de guerre et des
    // avions de combat").
    if (rules.moves_forces && (*c.actors)[m].first_token == t &&
        IsSecurityForce((*c.actors)[m])) {
      bool direct = true;
      for (uint32_t k = moved_end; k < t; ++k) {
        direct &= c.Class(k) != WordClass::kAdposition;
      }
      if (direct) {
        t = (*c.actors)[m].end_token - 1;
        moved_end = t + 1;
        continue;
      }
    }
    if (Coded(c, m) && (*c.actors)[m].first_token == t) {
      uint32_t before = t;
      while (before > from && c.Class(before - 1) == WordClass::kDeterminer) {
        --before;
      }
      // "an operation in northern Syria", "reçu à Moscou": a place, not
      // the target (a seat after a locative codes as its country).
      bool place = before > from && (c.Is(before - 1, c.roles->place_prep) ||
                                     ((*c.actors)[m].type == "seat" &&
                                      c.Is(before - 1, c.roles->locative)) ||
                                     InPlacePhrase(c, before, from));
      const bool companion =
          before > from &&
          (c.Is(before - 1, c.roles->companion) ||
           (before > from + 1 && c.Is(before - 1, c.roles->source_prep) &&
            c.Is(before - 2, c.roles->companion)));
      if (companion) {
        t = (*c.actors)[m].end_token - 1;
        continue;
      }
      if (!place) {
        const int32_t holder =
            rules.place_target ? PlaceHolder(c, t) : int32_t{-1};
        if (holder >= 0) return {holder, false, "holder of the place struck"};
        return {m, false, "first actor after the trigger"};
      }
      if (rules.place_target && fallback.mention < 0) {
        fallback = {m, false, "place where the force is used"};
      }
      if (place_out != nullptr && place_out->mention < 0 &&
          rules.concerned_place && before > match_end &&
          c.Is(before - 1, c.roles->concerned_place_prep) &&
          ConcernedPlace(c, match_end, before - 1, m)) {
        *place_out = {m, false, "place the act's object is in"};
      }
    }
    t = (*c.actors)[m].end_token - 1;
  }
  return modifier.mention >= 0 ? modifier : fallback;
}

// Whether the comma at `comma` closes an apposition to a name: "Vincent
// Koen, a senior economist with the OECD, told": the words since the
// previous comma open with no preposition (unlike an adjunct: "..., à 110
// km de Moscou, ont annoncé"), and a name stands before that comma.
// With `with_preposition`, a phrase opening with a preposition counts too
// ("Simon Wheatley, from Goldman Sachs, told Reuters").
bool AppositionBefore(const SyntaxContext& c, uint32_t comma,
                      bool with_preposition = false) {
  uint32_t open = comma;
  bool verb = false;
  while (open > c.first && c.Class(open - 1) != WordClass::kPunctuation) {
    --open;
    verb |= IsVerbal(c, open) && !IsProgressive(c, open);
  }
  // A phrase with its own verb is a clause ("Si l'Occident armait Kiev,
  // la Russie pourrait riposter, a averti Medvedev"), unless a relative
  // pronoun opens it ("Lee Anderson, who represents Ashfield, wrote").
  if (verb && !c.Is(open, c.roles->relative)) return false;
  return open > c.first + 1 && open < comma && IsComma(c, open - 1) &&
         (with_preposition || c.Class(open) != WordClass::kAdposition) &&
         c.Class(open - 2) == WordClass::kProperNoun;
}

// Whether a verb of saying stands after the clause it reports, with its
// speaker after it: "..., said Investec economist David Page", "»,
// explique le général Michel Yakovleff, ancien chef d'état-major". The verb
// group opens right after a comma or a closing quote, and what follows the
// verb up to the sentence's end is one noun phrase: no verb, no "that/que"
// (", said on Tuesday that Russia would respond" reports a clause, and
// ", said Russia attacked" has its own verb). An apposition after a comma
// belongs to the phrase; a comma before a relative pronoun, a verb or a
// subordinator ends it. *end is the end of the verb's pattern on entry
// ("met en garde"), the end of the speaker's phrase on return.
bool InvertedSpeech(const SyntaxContext& c, uint32_t group, uint32_t trigger,
                    uint32_t* end) {
  constexpr uint32_t kMaxSpeakerTokens = 20;
  // "said", "a déclaré": a short group. A participle after a comma
  // ("..., adding that", "declaring Britain needs") shares the main
  // clause's subject (ParticipleClause).
  if (group == c.first || trigger > group + 2) return false;
  if (group == trigger && IsProgressive(c, trigger)) return false;
  // "l'ONG Acted, accusée de collaborer avec l'armée": a participle and
  // its complement describe what stands before the comma.
  if (group == trigger && IsPastParticiple(c, trigger) && trigger + 1 < c.end &&
      c.Class(trigger + 1) == WordClass::kAdposition) {
    return false;
  }
  const uint32_t before = group - 1;
  if (IsComma(c, before)) {
    // The words since the previous punctuation must be a clause, with its
    // own verb, or end on a closing quote ("», a déclaré X"): "Ramzan
    // Kadyrov, the Chechen leader, called for ..." is an apposition before
    // its verb, and "Lazada, which is ..., did not respond" a relative.
    if (AppositionBefore(c, before)) return false;
    bool clause = before > c.first &&
                  c.Class(before - 1) == WordClass::kPunctuation &&
                  !IsComma(c, before - 1) && !IsBarrier(c, before - 1);
    uint32_t t = before;
    while (!clause && t > c.first) {
      --t;
      if (c.Class(t) == WordClass::kPunctuation) break;
      // A participle describes ("a Toronto lawyer representing X, told").
      clause = IsVerbal(c, t) && !IsProgressive(c, t);
    }
    if (clause) {
      // Back to the segment's start: a relative pronoun opens no clause
      // of its own.
      while (t > c.first && c.Class(t - 1) != WordClass::kPunctuation) --t;
      if (c.Is(t, c.roles->relative)) return false;
    } else {
      // "16 personnes ont été tuées ..., à 110 km de Moscou, ont annoncé
      // les autorités": the clause may open the sentence, with adjuncts
      // after it. (A first segment with no verb is a subject with its
      // appositions: "Ukrainian troops, backed by ..., said".)
      for (uint32_t q = c.first; q < before && !clause; ++q) {
        if (c.Class(q) == WordClass::kPunctuation) break;
        clause = IsVerbal(c, q) && !IsProgressive(c, q);
      }
    }
    if (!clause) return false;
  } else {
    // A closing quotation mark after the clause's own punctuation
    // ("...," said X): an opening one ("would \"threaten ...\"") starts
    // a quotation inside the clause.
    if (c.Class(before) != WordClass::kPunctuation || IsBarrier(c, before) ||
        before == c.first || c.Class(before - 1) != WordClass::kPunctuation ||
        IsBarrier(c, before - 1)) {
      return false;
    }
  }
  // "déclarait-il en août", "a-t-il déclaré": a subject clitic joined to
  // the verb is the speaker, and the words after the verb are adjuncts.
  for (uint32_t t = group; t <= trigger + 1 && t < c.end; ++t) {
    if (t != trigger && c.Class(t) == WordClass::kPronoun &&
        c.text->Normalized(c.text->tokens[t]).starts_with("-")) {
      *end = std::min(trigger + 1, c.end);
      return true;
    }
  }
  uint32_t t = *end;  // the pattern's end: "met en garde un député"
  const uint32_t first = t;
  for (; t < c.end; ++t) {
    if (t > trigger + kMaxSpeakerTokens) return false;
    if (IsComma(c, t)) {
      const uint32_t next = t + 1;
      if (next < c.end && (IsVerbal(c, next) || c.Is(next, c.roles->relative) ||
                           c.Is(next, c.roles->subordinator))) {
        break;
      }
      continue;
    }
    if (c.Class(t) == WordClass::kPunctuation) {
      // A sentence's end, or a quotation mark opening what the speaker
      // said next.
      break;
    }
    if (c.Is(t, c.roles->complementizer)) return false;
    // A capitalised word the tagger took for a verb is a name ("said
    // Mark Page"); an infinitive after a preposition is an adjunct
    // ("insistent les médias sans citer leurs sources"), and so is a
    // participle ("a assuré la préfecture dans un communiqué détaillant").
    if (IsVerbal(c, t) && !(c.text->tokens[t].flags & kTokenCapitalized) &&
        !IsProgressive(c, t) &&
        !(t > first && c.Class(t - 1) == WordClass::kAdposition)) {
      return false;
    }
  }
  if (t == first) return false;
  *end = t;
  return true;
}

// "..., say MPs.": after a comma or a quotation mark, an actor right after
// the verb that ends the sentence is its speaker, whatever came before.
PartyChoice SpeakerClosingTheSentence(const SyntaxContext& c, uint32_t group,
                                      uint32_t trigger) {
  if (group == c.first) return {};
  const uint32_t before = group - 1;
  if (!IsComma(c, before) &&
      (c.Class(before) != WordClass::kPunctuation || IsBarrier(c, before))) {
    return {};
  }
  // "Dmytro Kuleba, the Ukrainian foreign minister, told the BBC": the name
  // is the subject, and what follows the verb is its object. A participle
  // after a comma ("Giuliani, claiming to represent the State Department,")
  // shares the subject before it.
  if (IsComma(c, before) && AppositionBefore(c, before, true)) return {};
  if (group == trigger && IsProgressive(c, trigger)) return {};
  for (uint32_t t = trigger + 1; t < c.end && t < trigger + 5; ++t) {
    if (c.Class(t) == WordClass::kPunctuation) break;
    const int32_t m = c.CodedMentionStartingAt(t);
    if (!Coded(c, m)) continue;
    // "wrote on Facebook": where or to whom, not who.
    if (t > trigger + 1 && c.Class(t - 1) == WordClass::kAdposition &&
        !c.Is(t - 1, c.roles->source_prep)) {
      return {};
    }
    const uint32_t after = (*c.actors)[m].end_token;
    if (after >= c.end || c.Class(after) == WordClass::kPunctuation) {
      return {m, false, "speaker after the verb of saying"};
    }
    return {};
  }
  return {};
}

// The inverted subject of a verb of saying after its clause: "..., said
// Peskov", "..., a annoncé Alexandre Loukachenko", "..., said the chairman
// of the committee, Labour MP Barry Sheerman": the first actor of the
// phrase after the verb.
PartyChoice FindInvertedSpeaker(const SyntaxContext& c, uint32_t group,
                                uint32_t trigger, uint32_t match_end) {
  const uint32_t first = std::max(trigger + 1, match_end);
  uint32_t end = first;
  if (!InvertedSpeech(c, group, trigger, &end)) {
    return SpeakerClosingTheSentence(c, group, trigger);
  }
  for (uint32_t t = first; t < end; ++t) {
    const int32_t m = c.CodedMentionStartingAt(t);
    if (!Coded(c, m)) continue;
    // "Shigeo Morioka of the ... Centre in Tokyo", "a déclaré à la presse
    // Javier Barrera": where the speaker works or whom they address is not
    // the speaker; "of/de" names whom the speaker stands for.
    uint32_t head = t;
    while (head > first && c.Class(head - 1) == WordClass::kDeterminer) {
      --head;
    }
    if (head > first && c.Class(head - 1) == WordClass::kAdposition &&
        !c.Is(head - 1, c.roles->source_prep)) {
      t = (*c.actors)[m].end_token - 1;
      continue;
    }
    if ((*c.actors)[m].end_token <= end) {
      return {m, false, "speaker after the verb of saying"};
    }
  }
  return {};
}

// "Afghan women protested", "des étudiants iraniens ont manifesté": a
// subject that names no actor but a country acts for that country. The
// noun phrase must open the clause and end at the verb group.
PartyChoice CountryOfSubject(const SyntaxContext& c, uint32_t group) {
  int32_t country = -1;
  uint32_t t = group;
  while (t > c.first) {
    const uint32_t q = t - 1;
    if (IsComma(c, q) || IsBarrier(c, q) || c.Is(q, c.roles->coordination)) {
      break;
    }
    if (c.mention_at[q] >= 0) return {};
    const WordClass k = c.Class(q);
    if (c.modifier_at[q] >= 0) {
      country = c.modifier_at[q];
    } else if (k != WordClass::kDeterminer && k != WordClass::kAdjective &&
               k != WordClass::kNumeral && k != WordClass::kNoun &&
               !c.Is(q, c.roles->source_prep)) {
      return {};
    }
    t = q;
  }
  if (country < 0 || t == group) return {};
  return {country, true, "country adjective of the subject"};
}

// "..., a senior cleric said.", "..., witnesses said": a verb of saying
// after the clause it reports, whose subject between the comma and the verb
// is a noun phrase naming no actor. That phrase is the speaker; the
// actors of the reported clause are not.
bool UncodedSpeakerAfterClause(const SyntaxContext& c, uint32_t group) {
  bool has_noun = false;
  for (uint32_t t = group; t > c.first;) {
    const uint32_t q = t - 1;
    if (IsComma(c, q)) return has_noun && q > c.first;
    if (c.mention_at[q] >= 0 || c.modifier_at[q] >= 0) return false;
    const WordClass k = c.Class(q);
    if (k == WordClass::kNoun) {
      has_noun = true;
    } else if (k != WordClass::kDeterminer && k != WordClass::kAdjective &&
               k != WordClass::kNumeral) {
      return false;
    }
    t = q;
  }
  return false;
}

// "Un convoi humanitaire de l'ONU a été attaqué", "des positions
// syriennes ont été visées": what undergoes the act belongs to the actor
// that owns the subject's noun, as "frappes sur les positions du PKK"
// strike the PKK.
PartyChoice OwnerOfSubject(const SyntaxContext& c, uint32_t group) {
  uint32_t start = group;
  while (start > c.first && !IsBarrier(c, start - 1) &&
         !IsComma(c, start - 1)) {
    --start;
  }
  uint32_t t = start;
  while (t < group && c.Class(t) == WordClass::kDeterminer) ++t;
  if (t >= group || c.Class(t) != WordClass::kNoun || c.mention_at[t] >= 0) {
    return {};
  }
  ++t;
  for (; t < group && c.mention_at[t] < 0; ++t) {
    if (c.modifier_at[t] >= 0) {
      return {c.modifier_at[t], true, "country of the passive subject"};
    }
    if (c.Class(t) == WordClass::kAdjective) continue;
    if (!c.Is(t, c.roles->source_prep)) return {};
    const int32_t m = CodedMentionAfterDeterminers(c, t + 1);
    if (m < 0) return {};
    // The owner ends the subject (adjectives aside): "la ville de Kiev a
    // été bombardée", not "des soldats de l'ONU en mission".
    uint32_t end = (*c.actors)[m].end_token;
    while (end < group && c.Class(end) == WordClass::kAdjective) ++end;
    if (end != group) return {};
    return {m, false, "owner of the passive subject"};
  }
  return {};
}

// "by X" / "par X" after a passive verb.
PartyChoice FindAgent(const SyntaxContext& c, uint32_t from) {
  for (uint32_t t = from; t < c.end && t < from + 8; ++t) {
    if (IsBarrier(c, t) || IsComma(c, t)) break;
    if (!c.Is(t, c.roles->agent_prep)) continue;
    uint32_t next = SkipDeterminers(c, t + 1, c.end);
    // "by senior Russian officials", "par de hauts responsables russes":
    // an adjective or a number outside the mention may open the agent.
    uint32_t head = next;
    while (head < c.end && head < next + 2 && c.mention_at[head] < 0 &&
           (c.Class(head) == WordClass::kAdjective ||
            c.Class(head) == WordClass::kNumeral)) {
      ++head;
    }
    int32_t m = head < c.end ? c.CodedMentionStartingAt(head) : -1;
    if (Coded(c, m)) return {m, false, "passive agent"};
    // "blessés par des tirs de l'artillerie russe": the agent's weapon
    // first, then whose it is.
    uint32_t q = next;
    while (q < c.end && q < next + 2 && c.mention_at[q] < 0 &&
           (c.Class(q) == WordClass::kNoun ||
            c.Class(q) == WordClass::kAdjective)) {
      ++q;
    }
    if (q > next && q < c.end && c.Is(q, c.roles->source_prep)) {
      m = CodedMentionAfterDeterminers(c, q + 1);
      if (m >= 0) return {m, false, "owner of the passive agent"};
    }
  }
  return {};
}

// "la mobilisation partielle décrétée par Vladimir Poutine", "la rupture
// des relations entre Rabat et Alger, décidée par l'Algérie": the agent of
// a participle of deciding or carrying out, right after the noun act or
// after the comma that closes the noun's phrase, is the act's author.
PartyChoice DeciderOfNounAct(const SyntaxContext& c, uint32_t match_end) {
  auto decided_at = [&c](uint32_t q) {
    return q + 1 < c.end && c.mention_at[q] < 0 &&
           c.Is(q, c.roles->deciding_verbs) && IsPastParticiple(c, q) &&
           c.Is(q + 1, c.roles->agent_prep);
  };
  uint32_t q = match_end;
  while (q < c.end && c.Class(q) == WordClass::kAdjective &&
         c.mention_at[q] < 0 && c.modifier_at[q] < 0) {
    ++q;
  }
  if (!decided_at(q)) {
    // The noun's own complement ("des relations entre Rabat et Alger")
    // runs to the comma; a verb there opens another clause.
    q = c.end;
    for (uint32_t p = match_end; p < c.end && p < match_end + 10; ++p) {
      if (IsBarrier(c, p) || (IsVerbal(c, p) && c.mention_at[p] < 0)) break;
      if (IsComma(c, p)) {
        q = p + 1;
        break;
      }
    }
    if (q >= c.end || !decided_at(q)) return {};
  }
  // The agent itself, not the owner of a noun ("déclenchée par les
  // déclarations de X": words, not X, set it off).
  uint32_t head = SkipDeterminers(c, q + 2, c.end);
  while (head < c.end && head < q + 5 && c.mention_at[head] < 0 &&
         (c.Class(head) == WordClass::kAdjective ||
          c.Class(head) == WordClass::kNumeral)) {
    ++head;
  }
  const int32_t m = head < c.end ? c.CodedMentionStartingAt(head) : -1;
  if (!Coded(c, m)) return {};
  return {m, false, "agent of the participle deciding it"};
}

// Noun triggers: "Russia's attack", "the Russian attack", "l'offensive
// russe", "the attack by Russia", "l'avertissement de Poutine".
PartyChoice FindNounOwner(const SyntaxContext& c, uint32_t trigger,
                          uint32_t match_end) {
  uint32_t t = trigger;
  // Possessive or attributive mention right before (through adjectives).
  uint32_t before = t;
  while (before > c.first && c.Class(before - 1) == WordClass::kAdjective &&
         c.mention_at[before - 1] < 0 && c.modifier_at[before - 1] < 0) {
    --before;
  }
  if (before > c.first && c.Is(before - 1, c.roles->possessive)) {
    int32_t m = MentionEndingAt(c, before - 1);
    if (Coded(c, m)) return {m, false, "possessive before the noun"};
  }
  int32_t m = MentionEndingAt(c, before);
  if (Coded(c, m)) return {m, false, "actor modifying the noun"};
  if (before > c.first && c.modifier_at[before - 1] >= 0) {
    return {c.modifier_at[before - 1], true,
            "country adjective before the noun"};
  }
  // After: a country adjective, or "de/by/of X".
  uint32_t after = t + 1;
  while (after < c.end && c.Class(after) == WordClass::kAdjective &&
         c.mention_at[after] < 0 && c.modifier_at[after] < 0) {
    ++after;
  }
  if (after < c.end && c.modifier_at[after] >= 0) {
    return {c.modifier_at[after], true, "country adjective after the noun"};
  }
  // "une frappe de drone américaine": after a noun pattern of several
  // words, the adjective agrees with its head.
  if (match_end > t + 1 && match_end < c.end && c.modifier_at[match_end] >= 0 &&
      c.mention_at[match_end] < 0) {
    return {c.modifier_at[match_end], true,
            "country adjective after the noun phrase"};
  }
  // "l'aide militaire américaine", where the tagger reads "américaine" as
  // the noun: a one-word actor in lower case right after the noun (or its
  // pattern) is a country adjective whatever its tag, French writing the
  // nationality noun with a capital.
  for (const uint32_t q : {after, match_end}) {
    if (q <= t || q >= c.end || c.mention_at[q] < 0 ||
        !Coded(c, c.mention_at[q])) {
      continue;
    }
    const ActorMention& a = (*c.actors)[c.mention_at[q]];
    const bool lower = !(c.text->tokens[q].flags & kTokenCapitalized) &&
                       a.first_token == q && a.end_token == q + 1;
    if (c.Class(q) == WordClass::kAdjective || lower) {
      return {c.mention_at[q], false, "adjective actor after the noun"};
    }
  }
  if (PartyChoice decider = DeciderOfNounAct(c, std::max(match_end, t + 1));
      decider.mention >= 0) {
    return decider;
  }
  // "le retrait samedi des forces russes": a time word may come first.
  for (uint32_t k = 0;
       k < 2 && after + 1 < c.end && !c.Is(after, c.roles->source_prep) &&
       (c.Class(after) == WordClass::kNoun ||
        c.Class(after) == WordClass::kAdverb) &&
       c.mention_at[after] < 0;
       ++k) {
    ++after;
  }
  // "l'avertissement de guerre nucléaire de Vladimir Poutine": the owner
  // may follow the noun's own complement.
  // A concession or a time adjunct names other acts' authors ("les
  // combats malgré les appels de la France").
  for (uint32_t p = after; p < c.end && p < after + 6; ++p) {
    if (c.Class(p) == WordClass::kPunctuation) break;
    if (IsVerbal(c, p) && !ParticipleBeforeAgent(c, p)) break;
    if (c.Is(p, c.roles->concessive) || c.Is(p, c.roles->time_prep)) break;
    if (!c.Is(p, c.roles->source_prep)) continue;
    const int32_t n = CodedMentionAfterDeterminers(c, p + 1);
    if (n >= 0) return {n, false, "actor after de/of/by"};
  }
  return {};
}

// "two soldiers were killed in a PKK attack", "blessés dans une attaque
// du JNIM": a passive verb with no agent may happen in an attack whose
// author its adjunct names (an actor or country adjective before the
// noun, or the noun's owner after it); that author did what the verb
// says. `from` is the first token after the verb.
PartyChoice AuthorOfAdjunctAttack(const SyntaxContext& c, uint32_t from) {
  uint32_t t = from;
  // "killed overnight in": the tagger may take the adverb for an adjective.
  while (t < c.end && t < from + 2 && c.mention_at[t] < 0 &&
         (c.Class(t) == WordClass::kAdverb ||
          c.Class(t) == WordClass::kAdjective)) {
    ++t;
  }
  if (t >= c.end || !c.Is(t, c.roles->place_prep)) return {};
  PartyChoice before_noun;
  for (uint32_t q = t + 1; q < c.end && q < t + 7; ++q) {
    // "in a Taliban ambush", "a Russian missile strike": inside the phrase
    // the tagger often takes the noun of the attack for a verb.
    if (c.mention_at[q] < 0 && c.Is(q, c.roles->attack_nouns) &&
        (IsNoun(c, q) || q > t + 1)) {
      if (before_noun.mention >= 0) return before_noun;
      PartyChoice owner = FindNounOwner(c, q, q + 1);
      if (owner.mention >= 0)
        owner.why = "author of the attack named after the passive";
      return owner;
    }
    if (c.Class(q) == WordClass::kPunctuation || IsVerbal(c, q)) return {};
    if (c.mention_at[q] >= 0) {
      const int32_t m = c.mention_at[q];
      if (before_noun.mention < 0 && Coded(c, m)) {
        before_noun = {m, false,
                       "author of the attack named after the passive"};
      }
      q = (*c.actors)[m].end_token - 1;
      continue;
    }
    if (c.modifier_at[q] >= 0) {
      if (before_noun.mention < 0) {
        before_noun = {c.modifier_at[q], true,
                       "country of the attack named after the passive"};
      }
      continue;
    }
    const WordClass k = c.Class(q);
    if (k != WordClass::kDeterminer && k != WordClass::kAdjective &&
        k != WordClass::kNumeral && k != WordClass::kNoun &&
        k != WordClass::kProperNoun) {
      return {};
    }
  }
  return {};
}

// "the killing of two Palestinians by Israeli troops", "l'arrestation de
// X par la police": the agent after by/par is the source, the actor of the
// genitive the victim. Fills only the sides still empty.
void FindPatientNounParties(const SyntaxContext& c, uint32_t trigger,
                            bool uses_force, PartyChoice* source,
                            PartyChoice* target) {
  PartyChoice agent, genitive;
  bool patient_marked = false;
  const bool patient_noun = c.Is(trigger, c.roles->patient_nouns);
  for (uint32_t p = trigger + 1; p < c.end && p < trigger + 10; ++p) {
    if (c.Class(p) == WordClass::kPunctuation || IsVerbal(c, p)) break;
    const bool by = c.Is(p, c.roles->agent_prep);
    if (!by && !c.Is(p, c.roles->source_prep)) continue;
    // "of two Palestinians", "of opposition leader X".
    uint32_t next = SkipDeterminers(c, p + 1, c.end);
    for (uint32_t k = 0; k < 3 && next + 1 < c.end && c.mention_at[next] < 0 &&
                         (c.Class(next) == WordClass::kNumeral ||
                          c.Class(next) == WordClass::kAdjective ||
                          c.Class(next) == WordClass::kNoun);
         ++k) {
      ++next;
    }
    int32_t n = next < c.end ? c.CodedMentionStartingAt(next) : -1;
    if (!Coded(c, n)) {
      // "l'annexion de quatre régions ukrainiennes": the victim's country
      // agrees with the noun skipped.
      for (uint32_t q = p + 1; q <= next && q < c.end; ++q) {
        if (c.modifier_at[q] < 0 || c.mention_at[q] >= 0) continue;
        if (!by && genitive.mention < 0) {
          genitive = {c.modifier_at[q], true, "country of the victim"};
          patient_marked = c.Is(p, c.roles->patient_prep) || patient_noun;
        }
        break;
      }
      continue;
    }
    if (by && agent.mention < 0) {
      agent = {n, false, "agent after the noun"};
    } else if (!by && genitive.mention < 0) {
      // "les bombardements de l'armée russe": armed forces do the
      // shelling; they are not what an act of force is done to.
      if (patient_noun && uses_force && IsSecurityForce((*c.actors)[n])) {
        return;
      }
      genitive = {n, false, "victim after the noun"};
      patient_marked = c.Is(p, c.roles->patient_prep) || patient_noun;
    }
    p = (*c.actors)[n].end_token - 1;
  }
  if (agent.mention < 0 && !patient_marked) return;
  if (source->mention < 0 && agent.mention >= 0) *source = agent;
  if (target->mention < 0 && genitive.mention >= 0) *target = genitive;
}

// "a déployé des navires de guerre autour de Taïwan", "drills around
// Taiwan": forces shown around an actor are aimed at it, where "in X" or
// "near the border" only says where they stand.
PartyChoice FindSurrounded(const SyntaxContext& c, uint32_t from,
                           uint32_t limit) {
  for (uint32_t t = from; t < c.end && t < limit; ++t) {
    if (IsBarrier(c, t) || IsComma(c, t) || c.Is(t, c.roles->relative)) break;
    if (!c.Is(t, c.roles->surround_prep)) continue;
    uint32_t next = t + 1;
    if (next < c.end && c.Is(next, c.roles->source_prep)) ++next;
    const int32_t n = CodedMentionAfterDeterminers(c, next);
    if (n >= 0) return {n, false, "actor the forces surround"};
    break;
  }
  return {};
}

// "a acheté du pétrole russe", "a levé le blocus des ports ukrainiens",
// "rejected the Russian proposal": the country adjective inside the
// object's own phrase (right after the pattern, through "de/of" only)
// names whom the act is done to. `from` is the first token after the
// trigger, `match_end` the end of the pattern.
PartyChoice ObjectOwnerCountry(const SyntaxContext& c, uint32_t from,
                               uint32_t match_end) {
  for (uint32_t t = from; t < c.end && t < match_end + 6; ++t) {
    if (IsBarrier(c, t) || IsComma(c, t) || IsVerbal(c, t) ||
        c.Is(t, c.roles->relative) || c.Is(t, c.roles->complementizer)) {
      break;
    }
    // Another preposition opens an adjunct: "à prix réduit", "en Ukraine".
    if (t >= match_end && c.Class(t) == WordClass::kAdposition &&
        !c.Is(t, c.roles->source_prep)) {
      break;
    }
    if (c.mention_at[t] >= 0) break;
    if (c.modifier_at[t] >= 0) {
      return {c.modifier_at[t], true, "country owning the object"};
    }
  }
  return {};
}

// "Pékin a prévenu qu'il prendrait des mesures fermes si la présidente de
// la Chambre se rendait à Taïwan", "threatened reprisals if Warsaw
// expanded sanctions": a threat is aimed at the actor the first if-clause
// after it, in its sentence, makes act (an actor of another country than
// the threatener's: "si elle était attaquée" is the threatener's own
// case).
const std::string& ChoiceCode(const SyntaxContext& c, const PartyChoice& p) {
  return p.modifier ? (*c.modifiers)[p.mention].code
                    : (*c.actors)[p.mention].code;
}

bool SameCountryPrefix(const std::string& a, const std::string& b) {
  return a.size() >= 3 && b.size() >= 3 && a.compare(0, 3, b, 0, 3) == 0;
}

PartyChoice ThreatenedByCondition(const SyntaxContext& c, uint32_t from,
                                  PartyChoice threatener) {
  for (uint32_t t = from; t < c.end; ++t) {
    if (IsBarrier(c, t)) break;
    if (!c.Is(t, c.roles->condition)) continue;
    PartyChoice subject = ClauseSubject(c, t);
    if (subject.mention < 0 || subject.modifier) return {};
    // The actor is the clause's subject: its verb follows it (after at
    // most a clitic or a negation).
    bool verb = false;
    for (uint32_t q = (*c.actors)[subject.mention].end_token;
         q < c.end && q < (*c.actors)[subject.mention].end_token + 3 && !verb;
         ++q) {
      verb = IsVerbal(c, q);
    }
    if (!verb) return {};
    if (SameCountryPrefix(ChoiceCode(c, threatener),
                          (*c.actors)[subject.mention].code)) {
      return {};
    }
    subject.why = "subject of the if-clause the threat is about";
    return subject;
  }
  return {};
}

// "a déployé des soldats en Roumanie", "ne déploiera pas de troupes en
// Biélorussie": forces sent into a country (named as a state, not a city
// or a border) show force to it.
PartyChoice FindStationedIn(const SyntaxContext& c, uint32_t from,
                            uint32_t limit) {
  for (uint32_t t = from; t < c.end && t < limit; ++t) {
    if (IsBarrier(c, t) || IsComma(c, t) || c.Is(t, c.roles->relative) ||
        c.Is(t, c.roles->purpose) || c.Is(t, c.roles->complementizer)) {
      break;
    }
    if (c.Class(t) != WordClass::kAdposition ||
        !c.Is(t, c.roles->stationed_prep)) {
      continue;
    }
    const int32_t n = CodedMentionAfterDeterminers(c, t + 1);
    if (n >= 0 && (*c.actors)[n].type == "state") {
      return {n, false, "country the forces are sent to"};
    }
    break;
  }
  return {};
}

// "the withdrawal of French troops from Mali", "a retiré ses troupes du
// Mali": a state after `departure_prep` in the retreat's own phrase is the
// country left. Actors after that preposition that are no state (the
// troops themselves, "des troupes françaises") and the retreat's own
// author ("le retrait de la Russie de ...") are passed over; a city is a
// place, not a party, and a place adjunct ends the phrase.
PartyChoice FindLeftCountry(const SyntaxContext& c, uint32_t from,
                            uint32_t match_end, uint32_t limit,
                            const PartyChoice& source) {
  for (uint32_t t = from; t < c.end && t < limit; ++t) {
    if (IsBarrier(c, t) || IsComma(c, t) || c.Is(t, c.roles->relative) ||
        c.Is(t, c.roles->complementizer) || c.Is(t, c.roles->subordinator) ||
        (IsVerbal(c, t) && c.mention_at[t] < 0)) {
      break;
    }
    // "dans l'enclave de la Ghouta", "près de Damas": where the act took
    // place, no country left; "malgré les appels de la France", "$1bn in
    // assets from the US": a concession or another noun's phrase.
    if (c.Is(t, c.roles->place_prep) || c.Is(t, c.roles->concessive) ||
        (t >= match_end && IsNoun(c, t) && c.mention_at[t] < 0)) {
      break;
    }
    if (!c.Is(t, c.roles->departure_prep)) continue;
    const int32_t n = CodedMentionAfterDeterminers(c, t + 1);
    if (n < 0 || (*c.actors)[n].type != "state") continue;
    if (!source.modifier && source.mention == n) continue;
    return {n, false, "country the retreat leaves"};
  }
  return {};
}

// "L'armée utiliserait des civils comme boucliers humains": a noun act
// after "comme" right after a verb's object is what the verb's subject
// does to that object. Fills only the sides still empty.
void PredicateOfObject(const SyntaxContext& c, uint32_t trigger,
                       PartyChoice* source, PartyChoice* target) {
  uint32_t u = trigger;
  while (u > c.first && (c.Class(u - 1) == WordClass::kDeterminer ||
                         c.Class(u - 1) == WordClass::kAdjective)) {
    --u;
  }
  if (u <= c.first + 2 || !c.Is(u - 1, c.roles->predicative_prep)) return;
  const int32_t object = MentionEndingAt(c, u - 1);
  if (!Coded(c, object)) return;
  uint32_t v = (*c.actors)[object].first_token;
  while (v > c.first && (c.Class(v - 1) == WordClass::kDeterminer ||
                         c.Class(v - 1) == WordClass::kAdjective ||
                         c.Class(v - 1) == WordClass::kNumeral)) {
    --v;
  }
  if (v <= c.first || c.Class(v - 1) != WordClass::kVerb) return;
  PartyChoice subject = FindSubject(c, VerbGroupStart(c, v - 1));
  if (subject.mention < 0 || (!subject.modifier && subject.mention == object)) {
    return;
  }
  if (source->mention < 0) {
    *source = subject;
    source->why = "subject of the verb whose object the act is done to";
  }
  if (target->mention < 0) {
    *target = {object, false, "object the act after 'comme' is done to"};
  }
}

// "le déploiement de chars britanniques", "l'envoi d'instructeurs
// iraniens": after a noun act that is not done to its complement, the
// country adjective of the thing it moves or gives (a noun naming no
// actor, right after "de") is the act's author.
PartyChoice CountryOfComplement(const SyntaxContext& c, uint32_t match_end) {
  if (match_end >= c.end || c.Class(match_end) != WordClass::kAdposition ||
      !c.Is(match_end, c.roles->source_prep)) {
    return {};
  }
  uint32_t q = SkipDeterminers(c, match_end + 1, c.end);
  if (q >= c.end || !IsNoun(c, q) || c.mention_at[q] >= 0) return {};
  for (uint32_t r = q + 1; r < c.end && r < q + 3; ++r) {
    if (c.mention_at[r] >= 0) return {};
    if (c.modifier_at[r] >= 0) {
      return {c.modifier_at[r], true, "country of what the act moves"};
    }
    if (c.Class(r) != WordClass::kAdjective) return {};
  }
  return {};
}

// "Les salariés des raffineries de TotalEnergies sont en grève": workers
// named by their employer act toward it. `workers` is the source; the
// employer is an actor in the "de/of" complement of its phrase, before
// the clause's verb.
PartyChoice EmployerOfWorkers(const SyntaxContext& c, PartyChoice workers) {
  if (workers.mention < 0 || workers.modifier) return {};
  const ActorMention& w = (*c.actors)[workers.mention];
  if (!std::string_view(w.code).ends_with("LAB")) return {};
  bool linked = false;
  for (uint32_t t = w.end_token; t < c.end && t < w.end_token + 6; ++t) {
    if (c.Class(t) == WordClass::kPunctuation || IsVerbal(c, t)) break;
    if (c.Class(t) == WordClass::kAdposition) {
      if (!c.Is(t, c.roles->source_prep)) break;
      linked = true;
      continue;
    }
    const int32_t m = c.mention_at[t];
    if (m >= 0) {
      if (linked && Coded(c, m) && (*c.actors)[m].first_token == t) {
        return {m, false, "employer of the workers"};
      }
      break;
    }
  }
  return {};
}

// "la visite de Xi Jinping à Riyad, la première depuis 2016": the host
// of a visit stands after its own preposition, in the noun's phrase.
PartyChoice FindVisited(const SyntaxContext& c, uint32_t from) {
  for (uint32_t t = from; t < c.end && t < from + 8; ++t) {
    if (IsBarrier(c, t) || IsComma(c, t) || IsVerbal(c, t)) break;
    if (!c.Is(t, c.roles->visit_prep)) continue;
    const int32_t n = CodedMentionAfterDeterminers(c, t + 1);
    if (n >= 0) return {n, false, "host of the visit"};
    break;
  }
  return {};
}

// Addressee of a noun trigger: "un avertissement à la Grèce", "an appeal
// to Moscow", "ses condoléances au peuple iranien" (the country of a group
// of people). A preposition whose noun is no actor is skipped: "appel au
// calme au Burkina Faso".
PartyChoice FindAddressee(const SyntaxContext& c, uint32_t from) {
  for (uint32_t t = from; t < c.end && t < from + 6; ++t) {
    if (IsBarrier(c, t) || IsComma(c, t)) break;
    if (!c.Is(t, c.roles->addressee_prep)) continue;
    const uint32_t next = SkipDeterminers(c, t + 1, c.end);
    if (next >= c.end) break;
    const int32_t n = c.CodedMentionStartingAt(next);
    if (Coded(c, n)) return {n, false, "addressee after the noun"};
    for (uint32_t q = next; q < c.end && q < next + 3; ++q) {
      if (c.modifier_at[q] >= 0 && c.mention_at[q] < 0) {
        return {c.modifier_at[q], true, "country of the addressee"};
      }
      if (c.Class(q) != WordClass::kNoun &&
          c.Class(q) != WordClass::kAdjective) {
        break;
      }
    }
  }
  return {};
}

// "de violents combats avec l'armée congolaise", "un accord avec Kiev":
// the party a noun act is done with, in the noun's phrase (after its
// adjectives).
PartyChoice FindPartner(const SyntaxContext& c, uint32_t from) {
  uint32_t t = from;
  while (t < c.end && t < from + 2 && c.Class(t) == WordClass::kAdjective &&
         c.mention_at[t] < 0 && c.modifier_at[t] < 0) {
    ++t;
  }
  if (t >= c.end || !c.Is(t, c.roles->partner_prep)) return {};
  const int32_t n = CodedMentionAfterDeterminers(c, t + 1);
  if (n < 0) return {};
  return {n, false, "party the act is done with"};
}

// "sous l'égide des États-Unis", "under the auspices of the UN": the
// sponsor a noun of auspices names between `from` and `limit`, or none.
PartyChoice FindSponsor(const SyntaxContext& c, uint32_t from, uint32_t limit) {
  for (uint32_t t = from; t < c.end && t < limit; ++t) {
    if (IsBarrier(c, t) || IsComma(c, t)) break;
    if (!c.Is(t, c.roles->auspices_nouns) || t + 1 >= c.end ||
        !c.Is(t + 1, c.roles->source_prep)) {
      continue;
    }
    const int32_t n = CodedMentionAfterDeterminers(c, t + 2);
    if (n >= 0) return {n, false, "sponsor of the talks"};
    break;
  }
  return {};
}

// The first party of "between X and Y" right after a noun trigger: "les
// combats entre l'Arménie et l'Azerbaïdjan", "talks between Russia and
// Ukraine" (the caller adds the coordinated ones).
PartyChoice FindBetween(const SyntaxContext& c, uint32_t from) {
  for (uint32_t t = from; t < c.end && t < from + 3; ++t) {
    if (IsBarrier(c, t) || IsComma(c, t)) break;
    if (!c.Is(t, c.roles->between)) continue;
    const int32_t n = CodedMentionAfterDeterminers(c, t + 1);
    if (n >= 0) return {n, false, "party after between"};
    break;
  }
  return {};
}

// Target of a noun trigger: "attack on X", "sanctions against X",
// "l'offensive contre X", "à l'encontre de X".
PartyChoice FindMarkedTarget(const SyntaxContext& c, uint32_t from) {
  for (uint32_t t = from; t < c.end && t < from + 6; ++t) {
    if (IsBarrier(c, t) || IsComma(c, t)) break;
    if (!c.Is(t, c.roles->target_prep)) continue;
    uint32_t next = t + 1;
    // "à l'encontre de X": skip function words after the preposition.
    while (next < c.end && next < t + 4 && IsFunctionWord(c, next) &&
           c.mention_at[next] < 0) {
      ++next;
    }
    int32_t n = next < c.end ? c.CodedMentionStartingAt(next) : -1;
    if (Coded(c, n)) return {n, false, "actor after a target preposition"};
    // "sur les villes ukrainiennes", "contre les positions du PKK": what
    // is struck belongs to the target.
    for (uint32_t q = next; q < c.end && q < next + 4; ++q) {
      if (c.modifier_at[q] >= 0 && c.mention_at[q] < 0) {
        return {c.modifier_at[q], true, "country of what is targeted"};
      }
      if (c.Is(q, c.roles->source_prep) && q > next) {
        const int32_t o = CodedMentionAfterDeterminers(c, q + 1);
        if (o >= 0) return {o, false, "owner of what is targeted"};
        break;
      }
      if (c.Class(q) != WordClass::kNoun &&
          c.Class(q) != WordClass::kAdjective) {
        break;
      }
    }
  }
  return {};
}

// The nearest coded actor before `group` in the clause that is not the
// subject `source` and stands in no place phrase; `why` says which word
// it stands for.
PartyChoice AntecedentBefore(const SyntaxContext& c, uint32_t group,
                             PartyChoice source, bool places_only,
                             const char* why);

// "qui les accusent", "et l'a remercié": an object clitic in the verb
// group stands for the nearest earlier actor that is not the subject.
PartyChoice CliticAntecedent(const SyntaxContext& c, uint32_t group,
                             uint32_t trigger, PartyChoice source) {
  bool clitic = false;
  for (uint32_t t = group; t < trigger; ++t) {
    // By its form: "il" and "elle", subjects, lemmatize as "lui".
    clitic |= c.Class(t) == WordClass::kPronoun &&
              c.roles->object_clitic.Contains(c.form_keys[t]);
  }
  if (!clitic) return {};
  return AntecedentBefore(c, group, source, false,
                          "antecedent of the object clitic");
}

// "sued the company, accusing it of fraud", "filed a case against Russia
// at the ICJ accusing it of genocide": in a participle clause after the
// main clause, an object pronoun right after the participle stands, like a
// French clitic, for the nearest earlier actor that is not the subject
// (the main clause's object). Elsewhere "it" and "them" stand for things
// and people more often than for actors.
PartyChoice ObjectPronounAntecedent(const SyntaxContext& c, uint32_t group,
                                    uint32_t trigger, PartyChoice source) {
  const uint32_t t = trigger + 1;
  if (t >= c.end || c.Class(t) != WordClass::kPronoun ||
      !c.Is(t, c.roles->object_pronoun) || group != trigger ||
      trigger <= c.first || !IsProgressive(c, trigger)) {
    return {};
  }
  const uint32_t before = trigger - 1;
  if (!IsComma(c, before) && !IsNoun(c, before) &&
      !c.Is(before, c.roles->coordination)) {
    return {};
  }
  // "a case against Russia": an actor after a preposition of target or
  // agent may be the pronoun's antecedent; one in a place phrase is not.
  return AntecedentBefore(c, group, source, true,
                          "antecedent of the object pronoun");
}

PartyChoice AntecedentBefore(const SyntaxContext& c, uint32_t group,
                             PartyChoice source, bool places_only,
                             const char* why) {
  const std::string* source_code = nullptr;
  if (source.mention >= 0) {
    source_code = source.modifier ? &(*c.modifiers)[source.mention].code
                                  : &(*c.actors)[source.mention].code;
  }
  for (uint32_t t = group; t > c.first;) {
    --t;
    if (IsBarrier(c, t)) break;
    int32_t m = c.mention_at[t];
    if (m < 0) continue;
    t = (*c.actors)[m].first_token;
    // "a téléphoné au ministre russe et lui a promis": the one addressed
    // is no place.
    uint32_t head = t;
    while (head > c.first && c.Class(head - 1) == WordClass::kDeterminer) {
      --head;
    }
    const bool addressed = head > c.first + 1 &&
                           c.Is(head - 1, c.roles->addressee_prep) &&
                           IsVerbal(c, head - 2);
    const bool skipped =
        places_only ? head > c.first && c.Is(head - 1, c.roles->locative)
                    : AfterLocative(c, (*c.actors)[m]) && !addressed;
    if (!Coded(c, m) || skipped) continue;
    if (source_code != nullptr && (*c.actors)[m].code == *source_code) continue;
    return {m, false, why};
  }
  return {};
}

// A participle opening a clause after a comma. ", accusing Tehran of
// arming": the main clause's subject acts. "un consul japonais, accusé
// d'espionnage": the actor before the comma is the target, and the main
// clause's subject the source.
// "Accusing Moscow of war crimes, Ukraine demanded ...", "Refusant de
// négocier, l'Ukraine a lancé ...": a participle that opens the sentence
// (after at most a quotation mark or "en") has the main clause's subject,
// the actor right after the comma that closes the participle's clause.
// Sets *clause_end to that comma; its clause holds the participle's
// object.
PartyChoice LeadingParticipleSubject(const SyntaxContext& c, uint32_t trigger,
                                     uint32_t* clause_end) {
  constexpr uint32_t kMaxClauseTokens = 20;
  // "Refusant de négocier": the verb refused is the act (negated), and the
  // participle opens its group.
  const uint32_t lead =
      IsProgressive(c, trigger) ? trigger : VerbGroupStart(c, trigger);
  if (!IsProgressive(c, lead) || lead > c.first + 2) return {};
  for (uint32_t t = c.first; t < lead; ++t) {
    if (c.Class(t) != WordClass::kPunctuation &&
        c.Class(t) != WordClass::kAdposition) {
      return {};
    }
  }
  for (uint32_t t = trigger + 1; t < c.end && t <= trigger + kMaxClauseTokens;
       ++t) {
    if (IsBarrier(c, t)) return {};
    if (c.mention_at[t] >= 0) {
      t = (*c.actors)[c.mention_at[t]].end_token - 1;
      continue;
    }
    if (!IsComma(c, t)) continue;
    const int32_t m = CodedMentionAfterDeterminers(c, t + 1);
    if (!Coded(c, m)) return {};
    *clause_end = t;
    return {m, false, "subject of the main clause the participle opens"};
  }
  return {};
}

void ParticipleClause(const SyntaxContext& c, uint32_t trigger,
                      PartyChoice previous_source, PartyChoice* source,
                      PartyChoice* target) {
  // "Kadyrov, the Chechen leader, called for": the verb after an
  // apposition is the main one.
  if (std::string_view(FindSubject(c, trigger).why) ==
      "subject before a parenthetical") {
    return;
  }
  if (IsProgressive(c, trigger)) {
    if (previous_source.mention >= 0) {
      *source = previous_source;
      source->why = "subject of the clause the participle follows";
    }
    return;
  }
  const bool past = c.lemma_keys[trigger] != c.form_keys[trigger];
  if (!past || trigger + 1 >= c.end ||
      !c.Is(trigger + 1, c.roles->infinitive_marker)) {
    return;
  }
  // The noun phrase before the comma: its actor, through a name the
  // actor dictionaries do not code ("l'ONG française Acted,"), or the
  // country adjective of its noun ("un consul japonais,").
  PartyChoice described;
  uint32_t np_first = trigger - 1;
  for (uint32_t t = trigger - 1; t > c.first && t + 5 > trigger;) {
    --t;
    const int32_t m = c.mention_at[t];
    if (m >= 0) {
      if (Coded(c, m)) {
        described = {m, false, "actor the participle describes"};
        np_first = (*c.actors)[m].first_token;
        break;
      }
      t = (*c.actors)[m].first_token;
      continue;
    }
    if (c.modifier_at[t] >= 0) {
      described = {c.modifier_at[t], true,
                   "country of what the participle "
                   "describes"};
      np_first = t;
      break;
    }
    if (c.Class(t) != WordClass::kAdjective) break;
  }
  if (described.mention < 0) return;
  if (target->mention < 0) *target = described;
  if (previous_source.mention >= 0) {
    *source = previous_source;
    source->why = "subject of the clause the participle follows";
  } else {
    *source = FindSubject(c, np_first);
  }
}

// "a critiqué l'Iran, qu'il accuse de financer le Hezbollah", "Kuleba,
// whom Blinken met in Kyiv": in a relative clause whose subject stands
// between the pronoun and the verb, the antecedent is the verb's object.
// A subject pronoun there refers back to the main clause's subject.
// Fills only the sides still empty.
void ObjectRelative(const SyntaxContext& c, uint32_t group,
                    PartyChoice previous_source, PartyChoice* source,
                    PartyChoice* target) {
  if (target->mention >= 0) return;
  uint32_t subject = group;  // first token of the relative's subject
  int32_t named = -1;
  if (group > c.first && c.Class(group - 1) == WordClass::kPronoun) {
    subject = group - 1;
  } else if (c.Class(group) == WordClass::kPronoun) {
    // French "il" lemmatizes as the clitic "lui" and joins the verb group.
    subject = group;
    ++group;
  } else if (group > c.first) {
    named = MentionEndingAt(c, group);
    if (!Coded(c, named)) return;
    subject = (*c.actors)[named].first_token;
    while (subject > c.first &&
           c.Class(subject - 1) == WordClass::kDeterminer) {
      --subject;
    }
  }
  if (subject == group || subject < c.first + 2) return;
  // "..., an offer Pyongyang rejected": a noun phrase after a comma, then
  // a subject and its verb, renames the act of the clause before; whoever
  // the verb acts on is that act's author.
  if (named >= 0 && previous_source.mention >= 0 && !previous_source.modifier) {
    uint32_t np = subject;
    bool head = false;  // ", a senior official said": no noun of its own
    while (np > c.first && subject - np < 4 && c.mention_at[np - 1] < 0 &&
           (IsNoun(c, np - 1) || c.Class(np - 1) == WordClass::kAdjective ||
            c.Class(np - 1) == WordClass::kDeterminer)) {
      --np;
      head |= IsNoun(c, np);
    }
    // The verb's object is the antecedent: nothing follows it in its
    // clause (", a senior official said on Saturday" is a speaker's).
    uint32_t after = group;
    while (after < c.end && IsVerbal(c, after)) ++after;
    const bool no_object =
        after >= c.end || c.Class(after) == WordClass::kPunctuation;
    if (head && no_object && np > c.first && IsComma(c, np - 1) &&
        c.Class(np) == WordClass::kDeterminer &&
        (*c.actors)[previous_source.mention].code != (*c.actors)[named].code) {
      *target = previous_source;
      target->why = "author of the act the apposition renames";
      return;
    }
  }
  const uint32_t pronoun = subject - 1;
  const bool relative = c.Is(pronoun, c.roles->relative) &&
                        !c.Is(pronoun, c.roles->subject_relative);
  // "que" also opens a complement clause ("a averti Berlin qu'il
  // riposterait"); only after a comma does it follow its antecedent.
  const bool comma_que =
      c.Is(pronoun, c.roles->complementizer) && IsComma(c, pronoun - 1);
  if (!relative && !comma_que) return;
  const int32_t antecedent =
      MentionEndingAt(c, IsComma(c, pronoun - 1) ? pronoun - 1 : pronoun);
  if (!Coded(c, antecedent)) return;
  *target = {antecedent, false, "antecedent of the object relative"};
  if (source->mention >= 0) return;
  if (named >= 0) {
    *source = {named, false, "subject of the object relative"};
    return;
  }
  *source = FindSubject(c, (*c.actors)[antecedent].first_token);
  if (source->mention >= 0) {
    source->why = "main clause's subject, the relative's pronoun";
  }
}

// "the state of emergency imposed during the summer protests", "arrêtée
// lors des manifestations": a noun heading a phrase of time names when
// something happened; the clause's subject is not its author.
bool InDuringPhrase(const SyntaxContext& c, uint32_t trigger) {
  for (uint32_t t = trigger; t > c.first && trigger - t < 5; --t) {
    const uint32_t p = t - 1;
    if (c.Is(p, c.roles->during_prep)) return true;
    if (!IsNounPhrasePremodifier(c, p) && !IsNoun(c, p) &&
        !c.Is(p, c.roles->source_prep)) {
      return false;
    }
  }
  return false;
}

// "des ponts détruits par les combats", "des soldats tués par des
// frappes": a noun in the agent phrase of a passive participle did what
// the participle says to the noun before it; the clause's subject is
// neither its author nor the governor of its act.
bool AgentOfParticiple(const SyntaxContext& c, uint32_t trigger) {
  if (PassiveVerbOfAgentNoun(c, trigger) != UINT32_MAX) return true;
  uint32_t t = trigger;
  while (t > c.first && IsNounPhrasePremodifier(c, t - 1)) --t;
  if (t < c.first + 3 || !c.Is(t - 1, c.roles->agent_prep)) return false;
  const uint32_t verb = t - 2;
  if (c.Class(verb) != WordClass::kVerb || VerbGroupStart(c, verb) != verb) {
    return false;
  }
  const WordClass before = c.Class(verb - 1);
  return before == WordClass::kNoun || before == WordClass::kProperNoun ||
         before == WordClass::kAdjective;
}

// For a noun trigger, the verb group of the verb it depends on ("pourrait
// lancer une attaque"): flags on that verb apply to the noun's event.
uint32_t GoverningGroup(const SyntaxContext& c, uint32_t trigger) {
  for (uint32_t t = trigger; t > c.first && t + 8 > trigger;) {
    --t;
    if (c.Class(t) == WordClass::kPunctuation) break;
    if (IsVerbal(c, t)) return VerbGroupStart(c, t);
  }
  return trigger > c.first + 5 ? trigger - 5 : c.first;
}

bool InCondition(const SyntaxContext& c, uint32_t from) {
  for (uint32_t t = from; t > c.first;) {
    --t;
    if (IsBarrier(c, t)) return false;
    if (c.Is(t, c.roles->condition)) return true;
    if (IsComma(c, t)) return false;
  }
  return false;
}

// True when the clause holding `group` is the complement ("that ...",
// "que ...") of a negated verb or noun: "had not observed any indication
// that Russia was preparing to strike", "a démenti que des soldats aient
// combattu", "denied that its troops shelled". The act is not asserted.
// Two negations cancel ("did not deny that").
bool NegatedComplement(const SyntaxContext& c, uint32_t group) {
  constexpr uint32_t kClauseReach = 10, kGovernorReach = 6;
  uint32_t comp = UINT32_MAX;
  for (uint32_t t = group; t > c.first && group - t < kClauseReach;) {
    --t;
    if (IsBarrier(c, t)) return false;
    if (c.Is(t, c.roles->complementizer)) {
      comp = t;
      break;
    }
  }
  if (comp == UINT32_MAX) return false;
  int negations = 0;
  bool clitic = c.roles->negation_clitic.empty(), determiner = false;
  for (uint32_t t = comp; t > c.first && comp - t <= kGovernorReach;) {
    --t;
    if (IsBarrier(c, t) || IsComma(c, t)) break;
    clitic |= c.Is(t, c.roles->negation_clitic);
    if (c.Is(t, c.roles->negative_determiner)) {
      determiner = true;
    } else if (c.Is(t, c.roles->negation) ||
               (IsVerbal(c, t) && c.Is(t, c.roles->negating_verbs))) {
      ++negations;
    }
  }
  if (!clitic && !determiner) {
    // French "pas" needs its "ne"; a negating verb does not.
    negations = 0;
    for (uint32_t t = comp; t > c.first && comp - t <= kGovernorReach;) {
      --t;
      if (IsBarrier(c, t) || IsComma(c, t)) break;
      negations += IsVerbal(c, t) && c.Is(t, c.roles->negating_verbs);
    }
  }
  negations += determiner;
  return negations % 2 == 1;
}

}  // namespace

bool IsClauseBarrier(const SyntaxContext& c, uint32_t t) {
  return IsBarrier(c, t);
}

PartyChoice InvertedSubject(const SyntaxContext& c, uint32_t trigger) {
  if (!IsVerbal(c, trigger)) return {};
  return FindInvertedSpeaker(c, VerbGroupStart(c, trigger), trigger,
                             trigger + 1);
}

PartyChoice ConditionSubject(const SyntaxContext& c, uint32_t before) {
  for (uint32_t t = c.first; t < before; ++t) {
    if (IsBarrier(c, t)) return {};
    if (c.Is(t, c.roles->condition)) return ClauseSubject(c, t);
  }
  return {};
}

int32_t SyntaxContext::CodedMentionStartingAt(uint32_t t) const {
  int32_t m = mention_at[t];
  if (m < 0 || (*actors)[m].first_token != t) return -1;
  return m;
}

uint32_t VerbGroupStart(const SyntaxContext& c, uint32_t trigger) {
  uint32_t t = trigger;
  while (t > c.first) {
    uint32_t p = t - 1;
    WordClass k = c.Class(p);
    bool part =
        k == WordClass::kAuxiliary || k == WordClass::kAdverb ||
        k == WordClass::kParticle || c.Is(p, c.roles->negation) ||
        c.Is(p, c.roles->negation_clitic) || c.Is(p, c.roles->modal) ||
        c.Is(p, c.roles->future) || c.Is(p, c.roles->reflexive) ||
        (k == WordClass::kPronoun && c.Is(p, c.roles->object_clitic)) ||
        (IsVerbal(c, p) && (c.Is(p, c.roles->negating_verbs) ||
                            c.Is(p, c.roles->modal) || IsConditional(c, p) ||
                            // "have been jailed": "been" tagged a verb.
                            c.Is(p, c.roles->passive_aux)));
    // "refused to attack", "a refusé de frapper": the infinitive marker
    // joins the verb that governs it.
    if (!part && (k == WordClass::kAdposition || k == WordClass::kParticle) &&
        p > c.first && IsVerbal(c, p - 1)) {
      part = true;
    }
    if (!part || c.mention_at[p] >= 0) break;
    t = p;
  }
  return t;
}

bool IsNounPhrasePremodifier(const SyntaxContext& c, uint32_t t) {
  const WordClass k = c.Class(t);
  return k == WordClass::kDeterminer || k == WordClass::kAdjective ||
         k == WordClass::kNumeral || c.mention_at[t] >= 0 ||
         c.modifier_at[t] >= 0 || c.Is(t, c.roles->possessive) ||
         (c.text->tokens[t].flags & kTokenElided);
}

uint32_t VerbOfSubjectNoun(const SyntaxContext& c, uint32_t trigger,
                           uint32_t noun_end) {
  constexpr uint32_t kNone = UINT32_MAX, kReach = 12;
  // The noun heads the clause's first noun phrase: only its determiners,
  // modifiers and owner ("Russia's") come before it.
  for (uint32_t t = trigger; t > c.first;) {
    --t;
    if (IsNounPhrasePremodifier(c, t) || c.Class(t) == WordClass::kNoun) {
      continue;
    }
    if (IsComma(c, t) || c.Is(t, c.roles->complementizer)) break;
    return kNone;
  }
  for (uint32_t t = noun_end; t < c.end && t < noun_end + kReach; ++t) {
    if (c.Class(t) == WordClass::kPunctuation || c.Is(t, c.roles->relative) ||
        c.Is(t, c.roles->complementizer) || c.Is(t, c.roles->coordination)) {
      return kNone;
    }
    if (!IsVerbal(c, t)) continue;
    // "planted by X", "lancés par X": the noun's own participle.
    if (t + 1 < c.end && c.Class(t) == WordClass::kVerb &&
        c.Is(t + 1, c.roles->agent_prep)) {
      continue;
    }
    // The verb group: auxiliaries, negation and adverbs up to its verb.
    bool passive = false;
    for (uint32_t v = t; v < c.end && v < t + 4; ++v) {
      passive |=
          c.Is(v, c.roles->passive_aux) && c.Class(v) == WordClass::kAuxiliary;
      if (c.Class(v) == WordClass::kVerb) {
        return passive && !IsProgressive(c, v) ? kNone : v;
      }
      if (!IsVerbal(c, v) && c.Class(v) != WordClass::kAdverb &&
          !c.Is(v, c.roles->negation) && !c.Is(v, c.roles->negation_clitic)) {
        break;
      }
    }
    return kNone;
  }
  return kNone;
}

uint32_t PassiveVerbOfAgentNoun(const SyntaxContext& c, uint32_t trigger) {
  uint32_t t = trigger;
  // "par de violentes frappes", "by Israeli air strikes".
  while (t > c.first && (c.Class(t - 1) == WordClass::kDeterminer ||
                         c.Class(t - 1) == WordClass::kAdjective ||
                         c.modifier_at[t - 1] >= 0)) {
    --t;
  }
  if (t < c.first + 2 || !c.Is(t - 1, c.roles->agent_prep)) return UINT32_MAX;
  const uint32_t verb = t - 2;
  if (c.Class(verb) != WordClass::kVerb) return UINT32_MAX;
  for (uint32_t g = VerbGroupStart(c, verb); g < verb; ++g) {
    if (c.Is(g, c.roles->passive_aux) && c.Class(g) == WordClass::kAuxiliary &&
        !IsProgressive(c, verb)) {
      return verb;
    }
  }
  return UINT32_MAX;
}

PartyChoice PassiveUndergoer(const SyntaxContext& c, uint32_t verb) {
  const uint32_t group = VerbGroupStart(c, verb);
  PartyChoice p = FindSubject(c, group);
  if (p.mention >= 0) {
    p.why = "subject of the passive verb the noun is the agent of";
    return p;
  }
  return OwnerOfSubject(c, group);
}

PartyChoice SubjectOfVerb(const SyntaxContext& c, uint32_t verb) {
  return FindSubject(c, VerbGroupStart(c, verb));
}

PartyChoice ObjectOfVerb(const SyntaxContext& c, uint32_t verb,
                         ObjectRules rules) {
  return FindObject(c, verb + 1, verb + 1, verb + 13, rules);
}

namespace {

// "Demonstrations against the reform were organised by the unions", "des
// manifestations ont été organisées par les syndicats": when the noun heads
// its clause's subject and that clause's verb is a passive verb of
// performing, its agent did what the noun names (the noun names no actor
// itself, so without this the event had no source).
PartyChoice PerformerOfSubjectNoun(const SyntaxContext& c, uint32_t trigger,
                                   uint32_t noun_end) {
  constexpr uint32_t kReach = 12;
  for (uint32_t t = trigger; t > c.first;) {
    --t;
    if (IsNounPhrasePremodifier(c, t) || c.Class(t) == WordClass::kNoun) {
      continue;
    }
    if (IsComma(c, t) || c.Is(t, c.roles->complementizer)) break;
    return {};
  }
  const auto passive_aux = [&c](uint32_t t) {
    return t < c.end && c.Is(t, c.roles->passive_aux) &&
           c.Class(t) == WordClass::kAuxiliary;
  };
  for (uint32_t t = noun_end; t < c.end && t < noun_end + kReach; ++t) {
    if (c.Class(t) == WordClass::kPunctuation || c.Is(t, c.roles->relative) ||
        c.Is(t, c.roles->complementizer) || c.Is(t, c.roles->coordination) ||
        c.Is(t, c.roles->subordinator)) {
      return {};
    }
    if (!passive_aux(t)) {
      // A finite verb is never followed by the passive auxiliary: a verb
      // tag right before it ("the pension plans were") is a noun misread,
      // and "has been" leads to the auxiliary.
      if (IsVerbal(c, t) && !passive_aux(t + 1)) return {};
      continue;
    }
    for (uint32_t v = t + 1; v < c.end && v < t + 4; ++v) {
      if (c.Class(v) == WordClass::kVerb) {
        if (!c.Is(v, c.roles->performing_verbs) || IsProgressive(c, v)) {
          return {};
        }
        PartyChoice agent = FindAgent(c, v + 1);
        if (agent.mention >= 0) {
          agent.why = "agent of the passive verb of the noun's clause";
        }
        return agent;
      }
      if (!IsVerbal(c, v) && c.Class(v) != WordClass::kAdverb &&
          !c.Is(v, c.roles->negation) && !c.Is(v, c.roles->negation_clitic)) {
        return {};
      }
    }
    return {};
  }
  return {};
}

}  // namespace

bool TargetIsAnotherPerson(const SyntaxContext& c, PartyChoice source,
                           PartyChoice target) {
  if (target.mention < 0 || target.modifier || source.mention < 0) return false;
  const ActorMention& b = (*c.actors)[target.mention];
  const std::string_view a_entry =
      source.modifier
          ? std::string_view((*c.modifiers)[source.mention].entry_id)
          : std::string_view((*c.actors)[source.mention].entry_id);
  if (!IsPerson(b) || b.entry_id.empty() || b.entry_id == a_entry) {
    return false;
  }
  // "le porte-avions USS George H. W. Bush": a name right after another
  // proper noun is the end of a longer name (a ship, an airport), no
  // person.
  return b.first_token == c.first ||
         c.Class(b.first_token - 1) != WordClass::kProperNoun;
}

SyntaxResult AnalyzeEventSyntax(const SyntaxContext& c, uint32_t trigger,
                                uint32_t match_end, int32_t slot_source,
                                int32_t slot_target,
                                PartyChoice previous_source, bool speech,
                                ObjectRules object) {
  SyntaxResult r;
  const bool noun = IsNoun(c, trigger);
  const uint32_t group = noun ? trigger : VerbGroupStart(c, trigger);

  // Passive: a form of "be/être" in the verb group, not reflexive, not
  // a progressive form.
  bool reduced = false;
  if (!noun) {
    bool aux_be = false, reflexive = false;
    for (uint32_t t = group; t < trigger; ++t) {
      aux_be |= c.Is(t, c.roles->passive_aux);
      reflexive |= c.Is(t, c.roles->reflexive);
      // "is about to restore", "is going to attack": the verb after the
      // infinitive marker is active.
      if (c.Is(t, c.roles->infinitive_marker)) aux_be = false;
    }
    // "was ready to host" is no passive: the trigger must be a verb.
    // "une trêve aussitôt rejetée par Kiev", "a plan rejected by Kyiv": a
    // participle with its agent is passive without an auxiliary.
    reduced = !aux_be && trigger + 1 < c.end && IsPastParticiple(c, trigger) &&
              c.Is(trigger + 1, c.roles->agent_prep) &&
              FindAgent(c, trigger + 1).mention >= 0;
    r.passive = (aux_be || reduced) && !reflexive && IsVerbal(c, trigger) &&
                !IsProgressive(c, trigger) &&
                !c.Is(trigger, c.roles->be_perfect_verbs) &&
                !(object.intent && trigger + 1 < c.end &&
                  c.Is(trigger + 1, c.roles->infinitive_marker));
  }

  PartyChoice source, target;
  // The two sides of talks "between X and Y" a verb pattern names.
  std::vector<PartyChoice> between_parties;
  // Who holds the talks "sous l'égide de X" a verb pattern names.
  PartyChoice sponsor;
  PartyChoice place;  // an actor a verb's own phrase names as a place
  if (slot_source >= 0) source = {slot_source, false, "pattern $S"};
  if (slot_target >= 0) target = {slot_target, false, "pattern $T"};
  if (r.passive) {
    if (source.mention < 0) source = FindAgent(c, match_end);
    // "exécutés par des soldats russes": a pattern's last word may stand
    // inside the agent phrase or beyond it, so the agent is also sought
    // from the verb.
    if (source.mention < 0 && match_end > trigger + 1) {
      source = FindAgent(c, trigger + 1);
    }
    if (source.mention < 0) source = AuthorOfAdjunctAttack(c, trigger + 1);
    // "la mort de Mahsa Amini, arrêtée par la police": after a comma, the
    // participle describes what stands right before it, and no other
    // actor undergoes it.
    const bool described = reduced && group > c.first && IsComma(c, group - 1);
    if (described && target.mention < 0) {
      const int32_t m = MentionEndingAt(c, group - 1);
      if (Coded(c, m)) target = {m, false, "what the participle describes"};
    }
    if (target.mention < 0 && !described) {
      target = FindSubject(c, group);
      if (target.mention >= 0) target.why = "subject of a passive verb";
    }
    if (target.mention < 0 && !described) target = OwnerOfSubject(c, group);
    // "the border guards were put on high alert": with no agent, the
    // forces whose posture changes show it themselves.
    if (source.mention < 0 && object.moves_forces && target.mention >= 0 &&
        !target.modifier) {
      source = target;
      source.why = "forces whose posture the passive changes";
      target = {};
    }
  } else if (noun) {
    PredicateOfObject(c, trigger, &source, &target);
    if (object.patient_noun || c.Is(trigger, c.roles->patient_nouns)) {
      FindPatientNounParties(c, trigger, object.place_target, &source, &target);
    }
    if (source.mention < 0) source = FindNounOwner(c, trigger, match_end);
    if (source.mention < 0 && (object.moves_forces || object.given)) {
      source = CountryOfComplement(c, match_end);
    }
    if (source.mention < 0) {
      source = PerformerOfSubjectNoun(c, trigger, match_end);
    }
    if (target.mention < 0) target = FindMarkedTarget(c, match_end);
    if (target.mention < 0 && object.moves_forces) {
      target = FindSurrounded(c, match_end, match_end + 8);
    }
    if (target.mention < 0 && object.moves_forces) {
      target = FindStationedIn(c, match_end, match_end + 8);
    }
    if (target.mention < 0 && object.leaves_country) {
      target =
          FindLeftCountry(c, trigger + 1, match_end, match_end + 8, source);
    }
    if (target.mention < 0 && object.visit) {
      target = FindVisited(c, match_end);
    }
    if (target.mention < 0) {
      target = FindBetween(c, match_end);
      r.between = target.mention >= 0;
    }
    // "les livraisons de drones iraniens à la Russie": a gift's recipient.
    if (target.mention < 0 && (object.addressed || object.given)) {
      // The pattern may end on the preposition: "appeal:n for|to".
      target = FindAddressee(c, match_end - 1);
    }
    // "mass killings of civilians", "frappes contre les positions du PKK":
    // the victim owns no act.
    if (source.mention >= 0 && !source.modifier && target.mention >= 0 &&
        !target.modifier && source.mention == target.mention) {
      // "Ethnic cleansing of Armenians was carried out by X": with the
      // victim set aside, the passive agent of the noun's clause acts.
      source = PerformerOfSubjectNoun(c, trigger, match_end);
    }
    if (target.mention < 0 && object.clause_target) {
      for (uint32_t t = trigger; t > c.first && t + 4 > trigger;) {
        --t;
        if (!c.Is(t, c.roles->concessive)) continue;
        target = FindSubject(c, t);
        if (target.mention >= 0) target.why = "addressee of a defied appeal";
        break;
      }
    }
    if (source.mention < 0 && !object.own_parties &&
        !InDuringPhrase(c, trigger) && !AgentOfParticiple(c, trigger)) {
      source = FindSubject(c, trigger);
      if (source.mention >= 0) source.why = "subject of the governing verb";
      // "the senator said the shooting was not terrorism": an act named in
      // what a verb of saying governs is not the speaker's.
      if (source.mention >= 0 && !source.modifier &&
          InSaidClause(c, (*c.actors)[source.mention].end_token, trigger)) {
        source = {};
      }
    }
    // Only an act with an author has a partner ("le partenariat avec
    // l'Afrique" alone names no one's act).
    if (target.mention < 0 && source.mention >= 0) {
      target = FindPartner(c, match_end);
    }
  } else {
    if (source.mention < 0 && group == trigger && group > c.first &&
        IsComma(c, group - 1)) {
      ParticipleClause(c, trigger, previous_source, &source, &target);
    }
    uint32_t clause_end = c.end;
    if (source.mention < 0 && (group == trigger || IsProgressive(c, group))) {
      source = LeadingParticipleSubject(c, trigger, &clause_end);
    }
    if (source.mention < 0 && group > c.first &&
        c.Is(group - 1, c.roles->coordination) &&
        previous_source.mention >= 0) {
      source = previous_source;
      source.why = "shared subject of coordinated verbs";
    }
    // "Zelensky a appelé Erdogan et l'a remercié": with no event at the
    // first verb, the subject the clitic's verb shares is still that
    // verb's; the actor nearest before it is the clitic's antecedent, the
    // first verb's object. ("et elle a répondu" has its own subject.)
    bool object_clitic = false;
    for (uint32_t t = group; t < trigger; ++t) {
      if (c.Class(t) != WordClass::kPronoun) continue;
      if (!c.roles->object_clitic.Contains(c.form_keys[t])) break;
      object_clitic = true;
    }
    if (source.mention < 0 && object_clitic && group > c.first &&
        c.Is(group - 1, c.roles->coordination)) {
      for (uint32_t t = group - 1; t > c.first;) {
        --t;
        if (IsBarrier(c, t)) break;
        if (c.mention_at[t] >= 0 || c.Class(t) != WordClass::kVerb) continue;
        source = FindSubject(c, VerbGroupStart(c, t));
        if (source.mention >= 0) {
          source.why = "subject of the coordinated verb before";
        }
        break;
      }
    }
    // "'...,' explains Richards": the words before the verb are what was
    // said, and those after it the speaker; neither side is elsewhere.
    uint32_t speaker_end = std::max(trigger + 1, match_end);
    const bool inverted =
        speech && InvertedSpeech(c, group, trigger, &speaker_end);
    if (source.mention < 0 && speech) {
      source = FindInvertedSpeaker(c, group, trigger, match_end);
    }
    // "a arrêté un journaliste avant de le libérer", "detained him before
    // releasing him": a non-finite clause of time shares the main
    // clause's subject.
    if (source.mention < 0 && previous_source.mention >= 0 &&
        group > c.first + 1) {
      uint32_t before = group - 1;
      if (c.Is(before, c.roles->infinitive_marker)) --before;
      if (before < group - 1 || IsProgressive(c, trigger)) {
        if (c.Is(before, c.roles->time_prep)) {
          source = previous_source;
          source.why = "subject of the main clause, before its time clause";
        }
      }
    }
    if (!speech) ObjectRelative(c, group, previous_source, &source, &target);
    const bool uncoded_speaker =
        speech && source.mention < 0 && UncodedSpeakerAfterClause(c, group);
    // A pattern whose target slot stands before its verb ("noted $T ...
    // regret": "X noted that Y regretted"): the source is the subject of
    // the clause around the target, before it.
    if (source.mention < 0 && !inverted && slot_target >= 0 &&
        (*c.actors)[slot_target].first_token < group) {
      source = FindSubject(c, (*c.actors)[slot_target].first_token);
      if (source.mention >= 0) source.why = "subject before the pattern $T";
    }
    if (source.mention < 0 && !inverted && !uncoded_speaker) {
      source = PurposeClauseSubject(c, group);
    }
    if (source.mention < 0 && !inverted && !uncoded_speaker) {
      source = FindSubject(c, group);
    }
    if (source.mention < 0 && !inverted) source = CountryOfSubject(c, group);
    // The pattern ends on the noun of the act or of the thing given (or on
    // the preposition after it).
    const bool ends_on_noun =
        match_end > trigger + 1 &&
        (IsNoun(c, match_end - 1) || IsNoun(c, match_end - 2));
    // "a ouvert des pourparlers entre Addis-Abeba et les rebelles": talks
    // between two named parties are theirs with each other; the subject
    // hosts them, with each party, and is neither side.
    if (target.mention < 0 && object.consults && ends_on_noun) {
      const PartyChoice first = FindBetween(c, match_end);
      std::vector<PartyChoice> parties;
      if (first.mention >= 0) {
        parties.push_back(first);
        AddCoordinated(c, first.mention, false, &parties);
      }
      if (parties.size() >= 2) between_parties = std::move(parties);
    }
    if (object.consults) sponsor = FindSponsor(c, trigger + 1, match_end + 4);
    // "a fourni des obus d'artillerie à l'armée russe": the recipient, not
    // the artillery.
    if (target.mention < 0 && object.given && ends_on_noun) {
      target = FindAddressee(c, match_end - 1);
    }
    if (target.mention < 0 && object.moves_forces) {
      target = FindSurrounded(c, match_end, match_end + 12);
    }
    if (target.mention < 0 && object.moves_forces) {
      target = FindStationedIn(c, match_end, match_end + 12);
    }
    if (target.mention < 0 && object.leaves_country) {
      target =
          FindLeftCountry(c, trigger + 1, match_end, match_end + 8, source);
    }
    // "et lui a promis le soutien de la Corée du Nord": an object clitic
    // in the verb group is the object; actors after the verb belong to
    // its complements.
    if (target.mention < 0) {
      target = CliticAntecedent(c, group, trigger, source);
    }
    // "said it took Vodafone nine years": what a statement's verb governs
    // is what was said; only a preposition right after it names whom it
    // was said to.
    const bool says_clause =
        object.statement && c.Is(trigger, c.roles->clause_speech_verbs);
    if (target.mention < 0 && says_clause && !inverted) {
      for (uint32_t t = match_end; t < c.end && t < match_end + 2; ++t) {
        if (c.Class(t) == WordClass::kAdposition &&
            c.Is(t, c.roles->addressee_prep)) {
          target = FindAddressee(c, t);
          break;
        }
        if (c.Class(t) != WordClass::kAdverb) break;
      }
    }
    if (target.mention < 0 && !inverted && !says_clause) {
      target = ObjectPronounAntecedent(c, group, trigger, source);
    }
    // After an inverted verb of saying, the phrase is the speaker's.
    if (target.mention < 0 && !inverted && !says_clause) {
      uint32_t limit = std::min(match_end + 12, clause_end);
      if (object.accuses) {
        for (uint32_t t = trigger + 1; t < limit && t < c.end; ++t) {
          if (c.mention_at[t] < 0 && c.Is(t, c.roles->infinitive_marker)) {
            limit = t;
            break;
          }
        }
      }
      target = FindObject(c, trigger + 1, match_end, limit, object, &place);
    }
    // "arrived in Tokyo for a visit", "est arrivé à Alger pour une
    // visite": a place is no object, but where a visitor goes is the host.
    if (target.mention < 0 && object.visit) {
      target = FindVisited(c, trigger + 1);
    }
    // "a présenté ses condoléances au peuple marocain", "issued an appeal
    // to Ethiopia".
    if (target.mention < 0 && object.addressed && ends_on_noun) {
      target = FindAddressee(c, match_end - 1);
    }
    if (target.mention < 0)
      target = CliticAntecedent(c, group, trigger, source);
    if (target.mention < 0 && source.mention >= 0 && object.object_owner &&
        !inverted && !says_clause) {
      target = ObjectOwnerCountry(c, trigger + 1, match_end);
    }
    // "a menacé les États baltes de représailles si Vilnius maintenait
    // les restrictions", "warned Spain of reprisals if Algiers kept its
    // restrictions": the threat is aimed at whoever its if-clause makes
    // act, even past the party it names.
    if (source.mention >= 0 && object.condition_target && !inverted) {
      PartyChoice conditioned = ThreatenedByCondition(c, trigger + 1, source);
      // "threatened Poland ... if Warsaw expanded sanctions": the party
      // named is already the one the condition makes act.
      if (conditioned.mention >= 0 &&
          (target.mention < 0 ||
           !SameCountryPrefix(ChoiceCode(c, target),
                              ChoiceCode(c, conditioned)))) {
        target = conditioned;
      }
    }
  }
  if (!between_parties.empty()) {
    target = {};
    r.hosted = true;
    r.targets = std::move(between_parties);
  }
  // "Lukashenko ordered Belarusian troops to deploy": the ordered party
  // stands right before the act's infinitive; when it is the commander's
  // own country's (same country, another code), the commander acts.
  if (!noun && !r.passive && source.mention >= 0 && !source.modifier &&
      slot_source < 0) {
    const ActorMention& ordered = (*c.actors)[source.mention];
    uint32_t verb = ordered.first_token;
    while (verb > c.first && IsNounPhrasePremodifier(c, verb - 1)) --verb;
    if (ordered.end_token < c.end && ordered.end_token + 1 < c.end &&
        c.Is(ordered.end_token, c.roles->infinitive_marker) &&
        VerbGroupStart(c, trigger) <= ordered.end_token + 1 && verb > c.first &&
        c.Class(verb - 1) == WordClass::kVerb &&
        c.Is(verb - 1, c.roles->command_verbs)) {
      PartyChoice leader = FindSubject(c, VerbGroupStart(c, verb - 1));
      if (leader.mention >= 0 && !leader.modifier) {
        const std::string& lc = (*c.actors)[leader.mention].code;
        const std::string& oc = ordered.code;
        if (lc.size() >= 3 && oc.size() >= 3 && lc != oc &&
            lc.compare(0, 3, oc, 0, 3) == 0) {
          leader.why = "commander of the ordered forces";
          source = leader;
        }
      }
    }
  }
  if (target.mention < 0 && !r.passive && !object.statement && !speech) {
    target = EmployerOfWorkers(c, source);
  }
  if (target.mention < 0 && source.mention >= 0 && !speech) target = place;
  // "- + * IN $" (%subject_target): the clause's subject undergoes the
  // act, done by the pattern's $S.
  if (object.subject_target && !noun) {
    PartyChoice subject = FindSubject(
        c, VerbGroupStart(c, std::min(object.pattern_start, trigger)));
    if (subject.mention >= 0) {
      target = subject;
      target.why = "subject, the pattern's target";
    }
    source = slot_source >= 0 ? PartyChoice{slot_source, false, "pattern $S"}
                              : PartyChoice{};
  }
  // One actor is never both sides of its own event (a second mention of
  // the same code is the same actor: "Minsk ... Loukachenko").
  if (target.mention >= 0 && source.mention >= 0) {
    const ActorMention& a = source.modifier ? (*c.modifiers)[source.mention]
                                            : (*c.actors)[source.mention];
    const ActorMention& b = target.modifier ? (*c.modifiers)[target.mention]
                                            : (*c.actors)[target.mention];
    if (a.code == b.code && !TargetIsAnotherPerson(c, source, target)) {
      target = {};
    }
  }
  if (source.mention >= 0) {
    r.sources.push_back(source);
    if (!source.modifier) {
      const ActorMention& m = (*c.actors)[source.mention];
      bool before = m.end_token <= trigger;
      AddCoordinated(c, source.mention, before, &r.sources);
    }
  }
  if (target.mention >= 0) {
    r.targets.push_back(target);
    if (!target.modifier) {
      const ActorMention& m = (*c.actors)[target.mention];
      AddCoordinated(c, target.mention, m.end_token <= trigger, &r.targets);
    }
  }
  // "un accord négocié sous l'égide des États-Unis": the sponsor talks
  // with each of the subjects.
  if (sponsor.mention >= 0 && !r.sources.empty()) {
    std::vector<PartyChoice> sides = std::move(r.sources);
    for (const PartyChoice& t : r.targets) {
      if (t.mention != sponsor.mention) sides.push_back(t);
    }
    r.targets = std::move(sides);
    r.sources = {sponsor};
    r.sponsored = true;
  }
  // "la rupture des relations entre Rabat et Alger, décidée par
  // l'Algérie": with an author, the act "between" two parties is done to
  // the party that is not the author's country.
  if (r.between && source.mention >= 0 && r.targets.size() > 1) {
    const std::string& sc = source.modifier
                                ? (*c.modifiers)[source.mention].code
                                : (*c.actors)[source.mention].code;
    std::erase_if(r.targets, [&](const PartyChoice& p) {
      const std::string& tc = p.modifier ? (*c.modifiers)[p.mention].code
                                         : (*c.actors)[p.mention].code;
      return sc.size() >= 3 && tc.size() >= 3 &&
             sc.compare(0, 3, tc, 0, 3) == 0;
    });
  }

  // Flags. Negation sits inside the verb group (or, in French, "pas" right
  // after the verb: "ne menace pas"); modality likewise.
  const uint32_t window_begin = noun ? GoverningGroup(c, trigger) : group;
  bool clitic = c.roles->negation_clitic.empty();
  bool negation = false;
  // "a refusé de se retirer": a negating verb needs no "ne" (French "pas"
  // does).
  bool negating_verb = false;
  for (uint32_t t = window_begin; t < trigger; ++t) {
    if (IsBarrier(c, t) || IsComma(c, t)) {
      clitic = c.roles->negation_clitic.empty();
      negation = false;
      negating_verb = false;
      continue;
    }
    clitic |= c.Is(t, c.roles->negation_clitic);
    negation |= c.Is(t, c.roles->negation);
    negating_verb |= IsVerbal(c, t) && c.Is(t, c.roles->negating_verbs);
  }
  if (!negation && !c.roles->negation_clitic.empty() && clitic) {
    for (uint32_t t = trigger + 1; t < c.end && t <= trigger + 2; ++t) {
      negation |= c.Is(t, c.roles->negation);
    }
  }
  r.negated = ((negation || negating_verb) && clitic) || negating_verb;
  if (r.negated) r.why_flags += "negated: negation in the verb group; ";
  if (!r.negated && NegatedComplement(c, group)) {
    r.negated = true;
    r.why_flags += "negated: in a clause under a negated verb or noun; ";
  }

  bool modal = false;
  for (uint32_t t = window_begin; t <= trigger; ++t) {
    if (IsBarrier(c, t) || IsComma(c, t)) {
      modal = false;
      continue;
    }
    modal |= (c.Is(t, c.roles->modal) && t < trigger) || IsConditional(c, t);
    // "livrerait" is a future in the past; "devrait livrer" is modal.
    r.future |= (c.Is(t, c.roles->future) && t < trigger) ||
                (t == trigger && IsConditional(c, t));
  }
  if (modal) r.why_flags += "hypothetical: modal or conditional; ";
  bool condition = InCondition(c, group);
  if (condition) r.why_flags += "hypothetical: inside an if-clause; ";
  if (c.question) r.why_flags += "hypothetical: a question; ";
  // "preparing to use", "plans to strike": the infinitive marker opening
  // the group follows a verb of planning.
  bool planned = !noun && group > c.first && group < trigger &&
                 c.Is(group, c.roles->infinitive_marker) &&
                 IsVerbal(c, group - 1) &&
                 c.Is(group - 1, c.roles->irrealis_verbs);
  if (planned) r.why_flags += "hypothetical: planned, not done; ";
  r.hypothetical = modal || condition || c.question || planned;
  return r;
}

bool IsPassiveParticiple(const SyntaxContext& c, uint32_t verb) {
  if (!IsPastParticiple(c, verb)) return false;
  for (uint32_t t = VerbGroupStart(c, verb); t < verb; ++t) {
    if (c.Is(t, c.roles->passive_aux) && c.Class(t) == WordClass::kAuxiliary) {
      return true;
    }
  }
  return false;
}

}  // namespace tocsin
