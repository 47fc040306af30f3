// Test-only: a slow, obvious reference for ActorMatcher's dictionary stage
// (FindDictionaryMatches), and random sentences built from a dictionary's
// aliases, for differential tests (actor_diff_test.cc, phoenix_test.cc).
//
// The reference keeps every alias as its list of folded (form, lemma)
// strings. At each token it tries every alias whose first token can match
// there (the only concession to speed: aliases are bucketed by first-token
// string), compares token by token (a text token matches an alias token
// when its form equals the alias token's form, or, for a noun or proper
// noun, its lemma equals the alias token's form or lemma, unless the
// alias is written "=form"), applies the
// language and case rules, and keeps the longest, then the best by
// AliasPriority (layer, kind, type, entry).
#ifndef TOCSIN_ACTORS_REFERENCE_MATCHER_H_
#define TOCSIN_ACTORS_REFERENCE_MATCHER_H_

#include <gtest/gtest.h>

#include <cctype>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "actors/actor_matcher.h"
#include "dict/actor_compiler.h"
#include "dict/actor_format.h"
#include "dict/alias_analyzer.h"
#include "dict/fold.h"
#include "tocsin/pipeline.h"

namespace tocsin {

struct RefAlias {
  std::vector<std::pair<std::string, std::string>>
      tokens;  // folded form, lemma
  uint32_t entry = 0;
  uint8_t kind = 0;
  std::string language;  // "en" or "fr"
  bool all_caps = false, capitalized = false;
  bool exact_forms = false;  // ActorName::exact_forms: forms only
};

class ReferenceMatcher {
 public:
  ReferenceMatcher(const std::vector<ActorEntry>& entries,
                   AliasAnalyzer* analyzer)
      : entries_(entries) {
    std::vector<AliasToken> tokens;
    for (uint32_t i = 0; i < entries.size(); ++i) {
      for (const ActorName& name : entries[i].names) {
        for (const std::string& language : AliasLanguages(name)) {
          analyzer->Analyze(name.text, language, &tokens);
          if (tokens.empty()) continue;
          RefAlias a;
          a.entry = i;
          a.kind = name.adjective ? kAliasAdjective : kAliasName;
          a.language = language;
          a.exact_forms = name.exact_forms;
          bool letters = false, caps = true, cap = true;
          for (const AliasToken& t : tokens) {
            a.tokens.push_back({t.form, t.lemma});
            if (!t.has_letter) continue;
            letters = true;
            caps = caps && (t.flags & kTokenAllCaps);
            cap = cap && (t.flags & kTokenCapitalized);
          }
          a.all_caps = letters && caps;
          a.capitalized =
              letters &&
              (a.all_caps || (cap && (tokens[0].flags & kTokenCapitalized)));
          aliases_.push_back(std::move(a));
        }
      }
    }
    for (uint32_t k = 0; k < aliases_.size(); ++k) {
      by_first_[aliases_[k].tokens[0].first].push_back(k);
      by_first_[aliases_[k].tokens[0].second].push_back(k);
    }
  }

  size_t alias_count() const { return aliases_.size(); }

  void Match(const AnalyzedText& text, std::vector<DictMatch>* out) const {
    out->clear();
    std::vector<std::pair<std::string, std::string>> folded;
    for (const Token& t : text.tokens) {
      const bool nominal = t.word_class == WordClass::kNoun ||
                           t.word_class == WordClass::kProperNoun;
      std::string form = FoldString(text.Normalized(t));
      folded.push_back(
          {form, nominal ? FoldString(text.Lemma(t)) : std::string()});
    }
    for (uint32_t s = 0; s < text.sentences.size(); ++s) {
      std::string_view language = SentenceLanguage(text, s);
      const Sentence& sentence = text.sentences[s];
      for (uint32_t i = sentence.first_token; i < sentence.end_token;) {
        uint32_t best_len = 0, best_alias = 0;
        for (const std::string* key : {&folded[i].first, &folded[i].second}) {
          if (key->empty()) continue;
          auto it = by_first_.find(*key);
          if (it == by_first_.end()) continue;
          for (uint32_t k : it->second) {
            uint32_t len = aliases_[k].tokens.size();
            if (!Fits(aliases_[k], text, folded, i, sentence.end_token,
                      language))
              continue;
            if (len > best_len ||
                (len == best_len &&
                 Priority(aliases_[k]) < Priority(aliases_[best_alias]))) {
              best_len = len;
              best_alias = k;
            }
          }
        }
        if (best_len == 0) {
          ++i;
          continue;
        }
        out->push_back({i, i + best_len, s, aliases_[best_alias].entry,
                        aliases_[best_alias].kind});
        i += best_len;
      }
    }
  }

  std::vector<const RefAlias*> AliasesIn(std::string_view language) const {
    std::vector<const RefAlias*> list;
    for (const RefAlias& a : aliases_) {
      if (a.language == language) list.push_back(&a);
    }
    return list;
  }

 private:
  uint64_t Priority(const RefAlias& a) const {
    const ActorEntry& e = entries_[a.entry];
    return AliasPriority(e.layer, a.kind, e.type, a.entry);
  }

  static bool Fits(
      const RefAlias& a, const AnalyzedText& text,
      const std::vector<std::pair<std::string, std::string>>& folded,
      uint32_t i, uint32_t end, std::string_view language) {
    if (i + a.tokens.size() > end) return false;
    if ((language == "en" || language == "fr") && a.language != language)
      return false;
    for (size_t k = 0; k < a.tokens.size(); ++k) {
      // The text's form meets the alias's form; a noun's lemma meets
      // either (an empty lemma: not a noun).
      const auto& t = folded[i + k];
      const auto& w = a.tokens[k];
      bool by_lemma = !a.exact_forms && !t.second.empty() &&
                      (t.second == w.first || t.second == w.second);
      if (t.first != w.first && !by_lemma) return false;
      if (a.all_caps && !(text.tokens[i + k].flags & kTokenAllCaps))
        return false;
    }
    return !a.capitalized || (text.tokens[i].flags & kTokenCapitalized);
  }

  const std::vector<ActorEntry>& entries_;
  std::vector<RefAlias> aliases_;
  std::map<std::string, std::vector<uint32_t>> by_first_;
};

// The written form of a random alias, as a writer might vary it.
inline std::string Variant(const ActorEntry& entry, std::mt19937& rng,
                           std::string_view language) {
  std::vector<const ActorName*> names;
  for (const ActorName& n : entry.names) {
    if (n.language.empty() || n.language == language) names.push_back(&n);
  }
  std::string text = names[rng() % names.size()]->text;
  switch (rng() % 6) {
    case 0:
      return FoldString(text);  // lower case, no accents
    case 1: {
      std::string upper;
      for (char c : text)
        upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      return upper;
    }
    case 2:
      // An inflected head, reached only through its lemma: exercises the
      // exact-forms aliases, which must then not match.
      return text + "s";
    default:
      return text;
  }
}

inline std::string RandomSentence(const std::vector<ActorEntry>& entries,
                                  const std::vector<const RefAlias*>& aliases,
                                  const std::vector<std::string>& fillers,
                                  std::string_view language,
                                  std::mt19937& rng) {
  std::string s;
  int pieces = 3 + rng() % 8;
  for (int p = 0; p < pieces; ++p) {
    if (!s.empty()) s += ' ';
    if (rng() % 2 == 0) {
      const RefAlias* a = aliases[rng() % aliases.size()];
      s += Variant(entries[a->entry], rng, language);
    } else {
      s += fillers[rng() % fillers.size()];
    }
  }
  if (!s.empty())
    s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s + ".";
}

// Fillers between aliases in RandomSentence: function words and the words
// the combination rules look at, per language.
inline const std::map<std::string, std::vector<std::string>>& DiffFillers() {
  static const auto* fillers =
      new std::map<std::string, std::vector<std::string>>{
          {"en", {"the",  "said",   "and",       "of",        "on Monday",
                  "in",   "with",   "'s",        "forces",    "officials",
                  "army", "of the", "president", "Mr.",       "told",
                  "us",   "new",    "a",         "its",       "talks",
                  "near", ",",      "Paris",     "Ukrainian", "troops"}},
          {"fr", {"le",         "la",           "l'",
                  "de",         "d'",           "du",
                  "des",        "a déclaré",    "et",
                  "avec",       "lundi",        "les",
                  "forces",     "armée",        "président",
                  "russes",     "selon",        ",",
                  "à",          "au",           "troupes",
                  "ministère",  "responsables", "en",
                  "ukrainienne"}}};
  return *fillers;
}

struct DiffStats {
  size_t sentences = 0, matches = 0, disagreements = 0;
};

// Builds `documents` documents of `sentences_per_document` random sentences
// per language (English, then French), analyses them with `front_end` and
// compares the matcher with the reference on each, reporting the first
// three disagreeing documents as test failures. `entries` are the ones
// the reference was built from (after ExpandActorEntries).
inline DiffStats RunDifferential(const ActorMatcher& matcher,
                                 const ReferenceMatcher& reference,
                                 const std::vector<ActorEntry>& entries,
                                 const Pipeline& front_end, int documents,
                                 int sentences_per_document, uint32_t seed) {
  std::mt19937 rng(seed);
  DiffStats stats;
  for (const std::string language : {"en", "fr"}) {
    std::vector<const RefAlias*> aliases = reference.AliasesIn(language);
    if (aliases.empty()) continue;
    for (int doc_index = 0; doc_index < documents; ++doc_index) {
      Document doc;
      doc.language = language;
      for (int k = 0; k < sentences_per_document; ++k, ++stats.sentences) {
        doc.text += RandomSentence(entries, aliases, DiffFillers().at(language),
                                   language, rng);
        doc.text += ' ';
      }
      AnalyzedText text;
      front_end.Analyze(doc, &text);
      std::vector<DictMatch> fast, slow;
      matcher.FindDictionaryMatches(text, &fast);
      reference.Match(text, &slow);
      stats.matches += slow.size();
      if (fast != slow && ++stats.disagreements <= 3) {
        size_t k = 0;
        while (k < fast.size() && k < slow.size() && fast[k] == slow[k]) ++k;
        auto show = [&](const std::vector<DictMatch>& v) {
          if (k >= v.size()) return std::string("(none)");
          const DictMatch& m = v[k];
          return "[" +
                 doc.text.substr(text.tokens[m.first_token].begin,
                                 text.tokens[m.end_token - 1].end -
                                     text.tokens[m.first_token].begin) +
                 "] " + entries[m.entry].id;
        };
        ADD_FAILURE() << "disagreement in " << language << " document "
                      << doc_index << ": trie " << show(fast) << ", reference "
                      << show(slow);
      }
    }
  }
  return stats;
}

}  // namespace tocsin

#endif  // TOCSIN_ACTORS_REFERENCE_MATCHER_H_
