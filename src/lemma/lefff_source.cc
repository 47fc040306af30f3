// The Lefff (https://www.labri.fr/perso/clement/lefff/) as a French
// lexicon source: its FRMG categories mapped to UD classes, its tags to
// LexFeature bits, and priors standing in for the frequencies it lacks.
#include <charconv>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "lemma/lexicon_format.h"
#include "lemma/lexicon_sources.h"
#include "lemma/source_util.h"

namespace tocsin {
namespace {

// How a Lefff category maps to UD; false for categories we do not keep
// (clitics, relative and interrogative pronouns, whose Lefff lemmas are
// category names: our closed-class list covers them; punctuation, which the
// tokenizer classes; prefixes and meta entries).
bool LefffCategory(std::string_view cat, WordClass* wc, int* prior,
                   uint32_t* features) {
  *features = 0;
  if (cat == "v") {
    *wc = WordClass::kVerb;
    *prior = 50;
    return true;
  }
  if (cat == "nc") {
    *wc = WordClass::kNoun;
    *prior = 52;
    return true;
  }
  if (cat == "adj") {
    *wc = WordClass::kAdjective;
    *prior = 48;
    return true;
  }
  if (cat == "np") {
    *wc = WordClass::kProperNoun;
    *prior = 45;
    return true;
  }
  if (cat == "adv" || cat == "advneg") {
    *wc = WordClass::kAdverb;
    *prior = 55;
    return true;
  }
  if (cat == "auxAvoir" || cat == "auxEtre") {
    *wc = WordClass::kAuxiliary;
    *prior = 60;
    *features = cat == "auxAvoir" ? kFeatHave : kFeatBe;
    return true;
  }
  if (cat == "det") {
    *wc = WordClass::kDeterminer;
    *prior = 60;
    return true;
  }
  if (cat == "prep") {
    *wc = WordClass::kAdposition;
    *prior = 60;
    return true;
  }
  if (cat == "coo") {
    *wc = WordClass::kCoordConj;
    *prior = 60;
    return true;
  }
  if (cat == "csu") {
    *wc = WordClass::kSubordConj;
    *prior = 55;
    return true;
  }
  if (cat == "pro") {
    *wc = WordClass::kPronoun;
    *prior = 55;
    return true;
  }
  return false;
}

struct LefffLine {
  std::string_view form, category, lemma, tags;
};

bool SplitLefff(std::string_view line, LefffLine* out) {
  std::vector<std::string_view> f = Split(line, '\t');
  if (f.size() < 3) return false;
  out->form = f[0];
  out->category = f[1];
  out->lemma = f[2];
  out->tags = f.size() > 3 ? f[3] : std::string_view();
  // Multiword entries never match one token; "_"-entries are placeholders.
  return !out->form.empty() && !out->lemma.empty() &&
         out->form.find(' ') == std::string_view::npos &&
         out->form.find("__") == std::string_view::npos &&
         out->form[0] != '_' && out->lemma.find(' ') == std::string_view::npos;
}

// True if `s` has a vowel letter, plain or accented (Latin-1 letters are
// U+00C0..U+00FF, lead byte 0xC3; œ is C5 93).
bool HasVowel(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80 && std::strchr("aeiouyAEIOUY", c) != nullptr) return true;
    if (c == 0xC3) return true;
    if (c == 0xC5 && i + 1 < s.size() && (s[i + 1] & 0xFE) == 0x92) return true;
  }
  return false;
}

size_t CommonPrefix(std::string_view a, std::string_view b) {
  size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

// How well `a`'s lemma fits `form` as its base: a singular or invariable
// form that is its own lemma (mois, fils, épouse) fits best, then the lemma
// sharing the longest prefix (secondes: seconde rather than second).
size_t Closeness(std::string_view form, const LexiconBuilder::Analysis& a) {
  // A plural that is its own lemma (jours: jours) is a rare reading.
  if (a.lemma == form) return (a.features & kFeatPlur) ? 0 : 1000;
  return CommonPrefix(form, a.lemma);
}

// Priors that depend on a form's other analyses (the Lefff has no
// frequencies, so these stand in for them):
//  - between two lemmas of one class, a frequent lemma wins (suis: être,
//    not suivre), and a noun or adjective lemma closer to the form wins
//    (see Closeness());
//  - a form that is a past participle is read as the verb before the
//    adjective or noun built on it (UD tags participles VERB: "les troupes
//    retirées"); context rules still turn it into a noun or adjective after
//    a determiner. A participle is a verb before it is a preposition
//    ("concernant").
void AdjustFrenchPriors(std::string_view form,
                        std::vector<LexiconBuilder::Analysis>& analyses) {
  uint32_t verb_features = 0;
  for (const auto& a : analyses) {
    if (a.word_class == WordClass::kVerb) verb_features |= a.features;
  }
  for (auto& a : analyses) {
    bool rival = false;  // another lemma in the same class
    size_t best_closeness = 0;
    for (const auto& b : analyses) {
      if (&b == &a || b.word_class != a.word_class) continue;
      rival |= b.lemma != a.lemma;
      best_closeness = std::max(best_closeness, Closeness(form, b));
    }
    int prior = a.prior;
    if (rival && (a.features & kFeatFrequent)) prior += 10;
    if (rival &&
        (a.word_class == WordClass::kNoun ||
         a.word_class == WordClass::kAdjective) &&
        Closeness(form, a) > best_closeness) {
      prior += 2;
    }
    if (verb_features & kFeatPastPart) {
      if (a.word_class == WordClass::kAdjective) prior = std::min(prior, 42);
      if (a.word_class == WordClass::kNoun) prior = std::min(prior, 46);
    }
    if (verb_features & (kFeatPastPart | kFeatPresPart)) {
      if (a.word_class == WordClass::kAdposition) prior = std::min(prior, 40);
    }
    a.prior = ClampPrior(prior);
  }
}

}  // namespace

uint32_t LefffFeatures(std::string_view tags) {
  uint32_t f = 0;
  for (char c : tags) {
    switch (c) {
      case 'P':
      case 'F':
      case 'I':
      case 'J':
      case 'C':
      case 'S':
      case 'T':
        f |= kFeatFinite;
        break;
      case 'Y':
        f |= kFeatFinite | kFeatImperative;
        break;
      case 'W':
        f |= kFeatInfinitive;
        break;
      case 'G':
        f |= kFeatPresPart;
        break;
      case 'K':
        f |= kFeatPastPart;
        break;
      case '1':
        f |= kFeatPerson1;
        break;
      case '2':
        f |= kFeatPerson2;
        break;
      case '3':
        f |= kFeatPerson3;
        break;
      case 'm':
        f |= kFeatMasc;
        break;
      case 'f':
        f |= kFeatFem;
        break;
      case 's':
        f |= kFeatSing;
        break;
      case 'p':
        f |= kFeatPlur;
        break;
      default:
        break;  // "_P3p" possessor marks and the like
    }
    if (c == '_') break;  // what follows describes the possessor
  }
  return f;
}

Status AddFrenchSources(std::string_view lefff_mlex,
                        const std::vector<SourceEntry>& closed_class,
                        const std::vector<std::string>& frequent,
                        LexiconBuilder* builder) {
  const std::unordered_set<std::string_view> frequent_set(frequent.begin(),
                                                          frequent.end());
  // Pass 1: each verb's masculine singular past participle.
  std::unordered_map<std::string, std::string> participle;
  size_t lines = 0;
  ForEachLine(lefff_mlex, [&](std::string_view line) {
    LefffLine l;
    ++lines;
    if (!SplitLefff(line, &l) || l.category != "v") return;
    if (l.tags == "Kms" ||
        (l.tags == "K" && !participle.count(std::string(l.lemma)))) {
      participle[std::string(l.lemma)] = std::string(l.form);
    }
  });
  if (lines < 1000 || participle.empty()) {
    return InvalidArgumentError("the Lefff text has no verb entries");
  }
  // Pass 2: the entries.
  ForEachLine(lefff_mlex, [&](std::string_view line) {
    LefffLine l;
    WordClass wc;
    int prior;
    uint32_t features;
    if (!SplitLefff(line, &l) ||
        !LefffCategory(l.category, &wc, &prior, &features)) {
      return;
    }
    features |= LefffFeatures(l.tags);
    std::string_view lemma = l.lemma;
    if (wc == WordClass::kAdjective && (features & kFeatPastPart)) {
      auto it = participle.find(std::string(l.lemma));
      if (it != participle.end()) lemma = it->second;
      prior -= 8;  // UD tags most participles VERB, even after a noun
    }
    // UD keeps proper nouns and abbreviations (mg, h, km) as written.
    if (wc == WordClass::kProperNoun ||
        (wc == WordClass::kNoun && !HasVowel(l.form))) {
      lemma = l.form;
    }
    if (frequent_set.count(lemma)) features |= kFeatFrequent;
    builder->Add(l.form, lemma, wc, features, ClampPrior(prior));
  });
  builder->ForEachForm(AdjustFrenchPriors);
  AddClosedClass(closed_class, builder);
  return Status::OK();
}

}  // namespace tocsin
