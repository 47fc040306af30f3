#include "lemma/lexicon_sources.h"

#include <charconv>
#include <set>
#include <utility>

#include "lemma/lexicon_format.h"
#include "lemma/source_util.h"

namespace tocsin {
namespace {

struct Named {
  const char* name;
  uint32_t value;
};

constexpr Named kUposNames[] = {
    {"NOUN", uint32_t(WordClass::kNoun)},
    {"PROPN", uint32_t(WordClass::kProperNoun)},
    {"VERB", uint32_t(WordClass::kVerb)},
    {"AUX", uint32_t(WordClass::kAuxiliary)},
    {"ADJ", uint32_t(WordClass::kAdjective)},
    {"ADV", uint32_t(WordClass::kAdverb)},
    {"PRON", uint32_t(WordClass::kPronoun)},
    {"DET", uint32_t(WordClass::kDeterminer)},
    {"ADP", uint32_t(WordClass::kAdposition)},
    {"CCONJ", uint32_t(WordClass::kCoordConj)},
    {"SCONJ", uint32_t(WordClass::kSubordConj)},
    {"NUM", uint32_t(WordClass::kNumeral)},
    {"PART", uint32_t(WordClass::kParticle)},
    {"INTJ", uint32_t(WordClass::kInterjection)},
    {"PUNCT", uint32_t(WordClass::kPunctuation)},
    {"SYM", uint32_t(WordClass::kSymbol)},
    {"X", uint32_t(WordClass::kOther)},
};

constexpr Named kFeatureNames[] = {
    {"masc", kFeatMasc},
    {"fem", kFeatFem},
    {"sing", kFeatSing},
    {"plur", kFeatPlur},
    {"person1", kFeatPerson1},
    {"person2", kFeatPerson2},
    {"person3", kFeatPerson3},
    {"infinitive", kFeatInfinitive},
    {"pastpart", kFeatPastPart},
    {"prespart", kFeatPresPart},
    {"finite", kFeatFinite},
    {"imperative", kFeatImperative},
    {"past", kFeatPast},
    {"comparative", kFeatComparative},
    {"superlative", kFeatSuperlative},
    {"subj", kFeatSubj},
    {"obj", kFeatObj},
    {"refl", kFeatRefl},
    {"neg", kFeatNeg},
    {"have", kFeatHave},
    {"be", kFeatBe},
    {"modal", kFeatModal},
    {"poss", kFeatPoss},
    {"contr", kFeatContr},
    {"rel", kFeatRel},
    {"def", kFeatDef},
    {"elided", kFeatElided},
    {"frequent", kFeatFrequent},
};

}  // namespace

StatusOr<WordClass> ParseUpos(std::string_view name) {
  for (const Named& n : kUposNames) {
    if (name == n.name) return static_cast<WordClass>(n.value);
  }
  return InvalidArgumentError("unknown UPOS tag '" + std::string(name) + "'");
}

StatusOr<uint32_t> ParseFeatureNames(std::string_view names) {
  uint32_t bits = 0;
  if (names.empty() || names == "_") return bits;
  for (std::string_view name : Split(names, ',')) {
    const Named* found = nullptr;
    for (const Named& n : kFeatureNames) {
      if (name == n.name) found = &n;
    }
    if (found == nullptr) {
      return InvalidArgumentError("unknown feature '" + std::string(name) +
                                  "'");
    }
    bits |= found->value;
  }
  return bits;
}

StatusOr<std::vector<SourceEntry>> ParseClosedClassList(std::string_view text,
                                                        std::string_view what) {
  std::vector<SourceEntry> out;
  Status error;
  int line_no = 0;
  ForEachLine(text, [&](std::string_view line) {
    ++line_no;
    if (!error.ok() || line.empty() || line[0] == '#') return;
    auto fail = [&](const std::string& msg) {
      error = InvalidArgumentError(std::string(what) + ":" +
                                   std::to_string(line_no) + ": " + msg);
    };
    std::vector<std::string_view> f = Split(line, '\t');
    if (f.size() < 3 || f.size() > 5 || f[0].empty() || f[2].empty()) {
      return fail("expected form, UPOS, lemma [, features [, prior]]");
    }
    SourceEntry e{std::string(f[0]), std::string(f[2])};
    StatusOr<WordClass> wc = ParseUpos(f[1]);
    if (!wc.ok()) return fail(wc.status().message());
    e.word_class = *wc;
    if (f.size() > 3) {
      StatusOr<uint32_t> features = ParseFeatureNames(f[3]);
      if (!features.ok()) return fail(features.status().message());
      e.features = *features;
    }
    int prior = 80;
    if (f.size() > 4) {
      auto [p, ec] =
          std::from_chars(f[4].data(), f[4].data() + f[4].size(), prior);
      if (ec != std::errc() || p != f[4].data() + f[4].size() || prior < 0 ||
          prior > 255) {
        return fail("prior must be an integer in 0..255");
      }
    }
    e.prior = static_cast<uint8_t>(prior);
    out.push_back(std::move(e));
  });
  if (!error.ok()) return error;
  return out;
}

std::vector<std::string> ParseWordList(std::string_view text) {
  std::vector<std::string> out;
  ForEachLine(text, [&](std::string_view line) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) {
      line.remove_suffix(1);
    }
    if (!line.empty() && line[0] != '#') out.emplace_back(line);
  });
  return out;
}

void AddClosedClass(const std::vector<SourceEntry>& entries,
                    LexiconBuilder* builder) {
  std::set<std::pair<std::string, WordClass>> replaced;
  for (const SourceEntry& e : entries) {
    if (replaced.emplace(e.form, e.word_class).second) {
      builder->Remove(e.form, e.word_class);
    }
  }
  for (const SourceEntry& e : entries) {
    builder->Add(e.form, e.lemma, e.word_class, e.features, e.prior);
  }
}

}  // namespace tocsin
