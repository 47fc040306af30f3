// Names the actor stages missed or cut short, found from the linker's own
// word lists: see AddMissedNames and ShapeCandidates in entity_links.h.
// Every scan is bounded: one pass over the tokens, plus at most
// kMaxSurnameSearches passes for lone surnames.
#include <algorithm>

#include "dict/fold.h"
#include "gkg/entity_links.h"
#include "gkg/entity_roles.h"
#include "gkg/token_view.h"

namespace tocsin {
namespace gkg {
namespace {

constexpr int kMaxSurnameSearches = 16;

uint8_t OrgClass(const SpeechLexicon& lex, std::string_view type) {
  const std::vector<std::string>& classes = lex.org_classes();
  for (size_t i = 0; i < classes.size(); ++i) {
    if (classes[i] == type) return static_cast<uint8_t>(i + 1);
  }
  return 0;
}

// A short lower-case word inside a name: "de Vries", "Civilians in
// Conflict Watch", "Bank of England".
bool IsConnector(const AnalyzedText& text, uint32_t i) {
  const Token& t = text.tokens[i];
  // The tagger may call "de" in "Pieter de Vries" a noun.
  return !IsCap(t) && t.end - t.begin <= 3 &&
         (t.word_class == WordClass::kAdposition ||
          t.word_class == WordClass::kDeterminer ||
          t.word_class == WordClass::kNoun ||
          t.word_class == WordClass::kProperNoun);
}

bool IsRoleOrHonorific(const SpeechLexicon& lex, const AnalyzedText& text,
                       uint32_t i) {
  return (WordAt(lex, text, i).kinds & (kWordRole | kWordHonorific)) != 0;
}

// The end of a capitalised name run from `i`: name words joined by
// connectors, not past `limit`.
uint32_t CapRunEnd(const AnalyzedText& text, uint32_t i, uint32_t limit) {
  uint32_t end = i;
  while (end < limit) {
    if (IsNameWord(text.tokens[end])) {
      ++end;
    } else if (end > i && end + 1 < limit && IsConnector(text, end) &&
               IsNameWord(text.tokens[end + 1])) {
      end += 2;
    } else {
      break;
    }
  }
  return end;
}

// French organisation names are written in sentence case ("Civils en zone
// de conflit"): the name runs to the verb.
uint32_t SentenceCaseEnd(const AnalyzedText& text, uint32_t i, uint32_t limit) {
  uint32_t end = i + 1;
  while (end < limit && end < i + 6) {
    const WordClass c = text.tokens[end].word_class;
    if (c != WordClass::kNoun && c != WordClass::kAdjective &&
        c != WordClass::kAdposition && c != WordClass::kDeterminer &&
        c != WordClass::kProperNoun) {
      break;
    }
    ++end;
  }
  while (end > i + 1 &&
         (text.tokens[end - 1].word_class == WordClass::kAdposition ||
          text.tokens[end - 1].word_class == WordClass::kDeterminer)) {
    --end;
  }
  return end;
}

Candidate Make(uint32_t first, uint32_t end, uint32_t sentence) {
  Candidate c;
  c.first = first;
  c.end = end;
  c.sentence = sentence;
  return c;
}

}  // namespace

void AddMissedNames(const SpeechLexicon& lex, const AnalyzedText& text,
                    const std::vector<ActorMention>& actors,
                    std::vector<Candidate>* cands) {
  const size_t n = text.tokens.size();
  thread_local std::vector<int8_t> taken;  // 1: a candidate, 2: an actor
  taken.assign(n, 0);
  for (const ActorMention& m : actors) {
    for (uint32_t t = m.first_token; t < m.end_token && t < n; ++t)
      taken[t] = 2;
  }
  for (const Candidate& c : *cands) {
    for (uint32_t t = c.first; t < c.end; ++t) taken[t] = 1;
  }
  const uint8_t agent = OrgClass(lex, "agent");
  const bool french = text.language == "fr";
  const size_t original = cands->size();
  for (uint32_t s = 0; s < text.sentences.size(); ++s) {
    const Sentence& sentence = text.sentences[s];
    const uint32_t limit = sentence.end_token;
    for (uint32_t i = sentence.first_token; i < limit; ++i) {
      if (taken[i] == 1 || !IsCap(text.tokens[i])) continue;
      const bool after_det =
          i > sentence.first_token &&
          text.tokens[i - 1].word_class == WordClass::kDeterminer;
      // Structural tests come before the lexicon, which this loop would
      // otherwise ask about every capitalised word.
      // "Le Comité d'enquête russe": an institution word with a capital.
      SpeechWord w;
      const int org_n = after_det && taken[i] == 0
                            ? PhraseAt(lex, text, i, limit, kWordOrgRole, &w)
                            : 0;
      if (org_n > 0 && w.org_class == agent) {
        Candidate c = Make(i, i + org_n, s);
        c.institution = true;
        c.org_class = agent;
        cands->push_back(c);
        i += org_n - 1;
        continue;
      }
      // "l'organisation genevoise Civils en zone de conflit".
      int64_t noun = static_cast<int64_t>(i) - 1;
      while (noun > sentence.first_token &&
             text.tokens[noun].word_class == WordClass::kAdjective &&
             i - noun <= 2) {
        --noun;
      }
      SpeechWord org;
      if (noun >= sentence.first_token &&
          text.tokens[noun].word_class == WordClass::kNoun &&
          !IsCap(text.tokens[noun]) &&
          PhraseAt(lex, text, static_cast<uint32_t>(noun), i, kWordOrgRole,
                   &org) > 0) {
        const uint32_t end = french ? SentenceCaseEnd(text, i, limit)
                                    : CapRunEnd(text, i, limit);
        bool free = true;
        for (uint32_t t = i; t < end; ++t) free &= taken[t] != 1;
        if (free && end > i) {
          // The mention starts with the noun and its article ("L'organisation
          // genevoise Civils …"); the name itself starts at i.
          uint32_t first = static_cast<uint32_t>(noun);
          if (first > sentence.first_token &&
              text.tokens[first - 1].word_class == WordClass::kDeterminer) {
            --first;
          }
          Candidate c = Make(first, end, s);
          c.org_class = org.org_class;
          cands->push_back(c);
          i = end - 1;
          continue;
        }
      }
      // "Pieter de Vries, an intelligence researcher at …".
      if (after_det || taken[i] != 0) continue;
      const uint32_t end = CapRunEnd(text, i, limit);
      if (end >= limit || !NormIs(text, end, ",")) continue;
      int caps = 0;
      bool free = true;
      for (uint32_t t = i; t < end; ++t) {
        caps += IsCap(text.tokens[t]);
        free &= taken[t] == 0;
      }
      if (!free || caps < 2) continue;
      for (uint32_t t = i; t < end; ++t) {
        free &= !IsRoleOrHonorific(lex, text, t);
      }
      if (free && !RoleAfter(lex, text, end, limit).empty()) {
        Candidate c = Make(i, end, s);
        c.person = true;
        cands->push_back(c);
        i = end - 1;
      }
    }
  }
  // A lone surname whose first name was written earlier with it: "Iryna
  // Vereshchuk" when only "Vereshchuk" was recognised.
  int searches = 0;
  for (size_t k = 0; k < original && searches < kMaxSurnameSearches; ++k) {
    const Candidate c = (*cands)[k];
    if (!c.person || c.end - NameStart(lex, text, c.first, c.end, true) != 1) {
      continue;
    }
    const uint64_t key = NormKey(text, c.end - 1);
    bool full = false;
    for (const Candidate& o : *cands) {
      full |=
          o.person && o.end - o.first >= 2 && NormKey(text, o.end - 1) == key;
    }
    if (full) continue;
    ++searches;
    for (uint32_t t = 1; t < c.first; ++t) {
      // Only proper nouns can be the surname; folding is for them alone.
      if (taken[t] == 1 ||
          text.tokens[t].word_class != WordClass::kProperNoun ||
          NormKey(text, t) != key) {
        continue;
      }
      uint32_t first = t;
      while (first > 0 && t - first < 2 &&
             text.tokens[first - 1].word_class == WordClass::kProperNoun &&
             IsCap(text.tokens[first - 1]) && taken[first - 1] != 1 &&
             !IsRoleOrHonorific(lex, text, first - 1)) {
        --first;
      }
      if (first == t) continue;
      uint32_t sentence = 0;
      while (sentence + 1 < text.sentences.size() &&
             text.sentences[sentence + 1].first_token <= t) {
        ++sentence;
      }
      Candidate found = Make(first, t + 1, sentence);
      found.person = true;
      cands->push_back(found);
      for (uint32_t x = first; x <= t; ++x) taken[x] = 1;
      break;
    }
  }
}

}  // namespace gkg
}  // namespace tocsin
