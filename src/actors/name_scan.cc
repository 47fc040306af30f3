#include "actors/name_scan.h"

#include <algorithm>
#include <unordered_map>

#include "actors/actor_matcher.h"
#include "dict/fold.h"
#include "lemma/lemmatizer.h"
#include "text/token_keys.h"

namespace tocsin {
namespace {

constexpr uint8_t kCovered = 1;
constexpr uint8_t kCoveredByAgent = 2;
// Longer capitalised runs are tables or headlines, not names.
constexpr uint32_t kMaxRunTokens = 8;

bool ProperClass(WordClass c) {
  return c == WordClass::kProperNoun || c == WordClass::kUnknown ||
         c == WordClass::kOther;
}

bool FunctionClass(WordClass c) {
  switch (c) {
    case WordClass::kDeterminer:
    case WordClass::kPronoun:
    case WordClass::kAdposition:
    case WordClass::kCoordConj:
    case WordClass::kSubordConj:
    case WordClass::kAuxiliary:
    case WordClass::kParticle:
      return true;
    default:
      return false;
  }
}

// Connectors that join two names only when the left one shows what it is
// ("Banque de France", "Charles de Gaulle"); particles such as "von" or
// "bin" always join.
bool WeakConnector(std::string_view folded) {
  static constexpr std::string_view kWeak[] = {"de", "du", "des", "d'", "la",
                                               "l'", "of", "the", "for"};
  return std::find(std::begin(kWeak), std::end(kWeak), folded) !=
         std::end(kWeak);
}

}  // namespace

bool RankNumber(const AnalyzedText& text, uint32_t t) {
  constexpr uint32_t kMaxRankDigits = 3;  // "1914." is a year
  if (t + 1 >= text.tokens.size()) return false;
  const Token& number = text.tokens[t];
  const Token& dot = text.tokens[t + 1];
  return number.word_class == WordClass::kNumeral &&
         number.norm_end - number.norm_begin <= kMaxRankDigits &&
         dot.begin == number.end && text.Normalized(dot) == ".";
}

const char* NameTypeName(NameType type) {
  switch (type) {
    case NameType::kPerson:
      return "PERSON";
    case NameType::kOrg:
      return "ORG";
    case NameType::kLoc:
      return "LOC";
    case NameType::kNone:
      break;
  }
  return "";
}

NameScanner::NameScanner(const Document& doc, const AnalyzedText& text,
                         const std::vector<ActorMention>& existing,
                         const PlaceNames& places, const PersonRoles* roles,
                         NameScanScratch* scratch)
    : doc_(doc),
      text_(text),
      existing_(existing),
      places_(places),
      roles_(roles),
      scratch_(*scratch) {
  const size_t n = text.tokens.size();
  for (size_t t = 0; t + 2 < n; ++t) {
    rank_entries_ += RankNumber(text, static_cast<uint32_t>(t)) &&
                     Capitalised(static_cast<uint32_t>(t + 2));
  }
  scratch_.covered.assign(n, 0);
  scratch_.keys.resize(n);
  scratch_.key_done.assign(n, 0);
  scratch_.candidates.clear();
  for (const ActorMention& m : existing) {
    const bool agent =
        m.source == MentionSource::kCombined || m.type == "agent";
    for (uint32_t t = m.first_token; t < m.end_token && t < n; ++t) {
      scratch_.covered[t] = agent ? kCoveredByAgent : kCovered;
    }
  }
}

uint64_t NameScanner::Key(uint32_t token) {
  if (!scratch_.key_done[token]) {
    scratch_.keys[token] = FormKey(text_, token);
    scratch_.key_done[token] = 1;
  }
  return scratch_.keys[token];
}

uint16_t NameScanner::LemmaCue(uint32_t token) const {
  return cues_->Find(LemmaKey(text_, token));
}

bool NameScanner::Capitalised(uint32_t token) const {
  const Token& t = text_.tokens[token];
  return (t.flags & (kTokenCapitalized | kTokenAllCaps)) != 0 &&
         !IsTokenizerClass(t.word_class);
}

bool NameScanner::NextCapitalised(uint32_t token) const {
  return token + 1 < sentence_end_ && !scratch_.covered[token + 1] &&
         Capitalised(token + 1);
}

// A sentence start, or after an opening quote, a colon, a dash: places
// where any word is capitalised.
bool NameScanner::Initial(uint32_t token) const {
  if (token <= sentence_first_) return true;
  const Token& prev = text_.tokens[token - 1];
  if (prev.word_class != WordClass::kPunctuation) return false;
  std::string_view p = text_.Normalized(prev);
  return p != "," && p != ")" && p != "]" && p != "»" && p != "\"" && p != "'";
}

bool NameScanner::NameToken(uint32_t token, bool strict) {
  if (token >= sentence_end_ || scratch_.covered[token] ||
      !Capitalised(token)) {
    return false;
  }
  const uint16_t cue = Cue(token);
  if (cue & kCueNotName) return false;
  const WordClass c = text_.tokens[token].word_class;
  if (strict || headline_) {
    if (ProperClass(c)) return true;
    // Datelines: "PARIS, 3 mai", "RENNES (de notre correspondant)".
    if ((text_.tokens[token].flags & kTokenAllCaps) &&
        places_.Find(Key(token)) >= kPlaceCity) {
      return true;
    }
    return (cue & (kCueTitle | kCueFirstName | kCueOrg | kCueLoc)) &&
           NextCapitalised(token);
  }
  // "Le Havre", "La Haye", "Los Angeles": a capitalised article mid-sentence
  // belongs to the name that follows.
  if (FunctionClass(c)) return NextCapitalised(token);
  return true;
}

bool NameScanner::Connector(uint32_t token) {
  return token < sentence_end_ && !scratch_.covered[token] &&
         !Capitalised(token) && (Cue(token) & kCueConnector);
}

bool NameScanner::JoinAcross(uint32_t run_first, uint32_t run_end,
                             uint32_t connector, uint32_t next) {
  const std::string folded =
      FoldString(text_.Normalized(text_.tokens[connector]));
  if (!WeakConnector(folded)) return true;
  bool person = false;
  for (uint32_t t = run_first; t < run_end; ++t) {
    const uint16_t cue = Cue(t);
    if (cue & (kCueOrg | kCueLoc | kCueEvent)) return true;
    if (t == run_first && (cue & (kCueTitle | kCueFirstName))) person = true;
  }
  if (run_first > sentence_first_ && (Cue(run_first - 1) & kCueTitle)) {
    person = true;
  }
  // "MM. Guerrero et Monezinho d'Albuquerque", "1. Johan de Muynck".
  person = person || RoleBefore(run_first) || PluralTitleBefore(run_first) ||
           RankBefore(run_first);
  // "Charles de Gaulle", but "M. Hagenbeck de Hambourg" is a man and a town.
  return person && folded != "of" && places_.Find(Key(next)) < kPlaceTown;
}

// Where a run of capitalised words stops being one name although the next
// word could continue it: the OCR lost a comma or a line break.
bool NameScanner::StartsAnotherName(uint32_t first, uint32_t j, bool named) {
  const Token& t = text_.tokens[j];
  const uint16_t cue = Cue(j);
  // "Courrèges Mademoiselle Chanel": a courtesy title after a name. One
  // letter is an initial ("Markus M Zberg"); "M." after a lone common word
  // only ("Combien M. Ador").
  if ((cue & kCueCourtesy) && !(cue & kCueFirstName) &&
      (t.flags & kTokenCapitalized) && !(t.flags & kTokenAllCaps)) {
    const bool lone_common =
        j == first + 1 && !ProperClass(text_.tokens[first].word_class);
    if (t.norm_end - t.norm_begin > 2 ? named || lone_common
                                      : lone_common && (cue & kCueTitle)) {
      return true;
    }
  }
  if (!(cue & kCueFirstName) || (cue & kCueTitle)) return false;
  // "ministre de la Guerre Jean Fabry": a first name after capitalised
  // common nouns, which name no organisation ("Fondation Jean Monnet").
  bool common = true;
  for (uint32_t k = first; k < j && common; ++k) {
    common = text_.tokens[k].word_class == WordClass::kNoun &&
             !(Cue(k) & (kCueOrg | kCueLoc | kCueEvent));
  }
  if (common) return true;
  // "Bâle-Campagne Rudolf Keller": a first name after a place.
  const uint64_t run = FoldedKey(first, j);
  return places_.Find(run) >= kPlaceTown ||
         (cues_->Find(run) & (kCuePlace | kCueLoc)) != 0;
}

uint32_t NameScanner::ExtendRun(uint32_t first) {
  uint32_t last = first;
  uint32_t j = first + 1;
  // Whether the run has a word that is no title or article yet.
  bool named = !(Cue(first) & kCueTitle) &&
               !FunctionClass(text_.tokens[first].word_class);
  while (j < sentence_end_ && j - first < kMaxRunTokens) {
    if (NameToken(j, false)) {
      if (StartsAnotherName(first, j, named)) break;
      named |=
          !(Cue(j) & kCueTitle) && !FunctionClass(text_.tokens[j].word_class);
      last = j++;
      continue;
    }
    uint32_t k = j;
    while (k < sentence_end_ && k - j < 2 && Connector(k)) ++k;
    if (k == j || !NameToken(k, false) || !JoinAcross(first, last + 1, j, k)) {
      break;
    }
    j = k;
  }
  return last + 1;
}

bool NameScanner::IsHeadline(const Sentence& s) const {
  uint32_t words = 0, caps = 0;
  for (uint32_t t = s.first_token; t < s.end_token; ++t) {
    const Token& tok = text_.tokens[t];
    if (IsTokenizerClass(tok.word_class) || tok.end - tok.begin < 2) continue;
    ++words;
    caps += (tok.flags & kTokenAllCaps) != 0;
  }
  return words >= 3 && caps * 10 >= words * 7;
}

void NameScanner::ScanSentence(uint32_t sentence, const NameCues& cues) {
  cues_ = &cues;
  sentence_ = sentence;
  language_ = SentenceLanguage(text_, sentence);
  const Sentence& s = text_.sentences[sentence];
  sentence_first_ = s.first_token;
  sentence_end_ = std::min<uint32_t>(s.end_token, text_.tokens.size());
  headline_ = IsHeadline(s);
  last_end_ = sentence_first_;
  for (uint32_t i = sentence_first_; i < sentence_end_;) {
    // "IV", "XIX" may end a name ("Louis XIV") but never start one.
    if (!NameToken(i, Initial(i)) ||
        text_.Normalized(text_.tokens[i]).find_first_not_of("IVXLCDM") ==
            std::string_view::npos) {
      ++i;
      continue;
    }
    const uint32_t end = ExtendRun(i);
    AddCandidate(i, end);
    i = end;
  }
}

}  // namespace tocsin
