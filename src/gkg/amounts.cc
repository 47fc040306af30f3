// The amount finder visits, sentence by sentence, the tokens where a number
// may start (digits, a number word, an article before a round noun, an
// approximation cue or a currency sign: DocumentWords::candidates(), shared
// with the date finder). At each it reads the longest number it can, looks
// right for what the number counts, and drops the number if it is a year, a
// time, a date, an address, an identifier or a lone "un"/"one".
#include "gkg/amounts.h"

#include <cmath>

namespace tocsin {
namespace {

// Composes number words: "quatre-vingt-dix-sept", "three hundred and five",
// "deux cent mille". Add() refuses a word that cannot continue the number,
// leaving the state as it was.
class Composer {
 public:
  bool Add(const AmountDateWord& w) {
    if ((w.kinds & kAdMultiplier) != 0 && !w.digits_only &&
        AddMultiplier(w.multiplier)) {
      return true;
    }
    if ((w.kinds & (kAdNumber | kAdWeakNumber)) == 0) return false;
    const double v = w.number;
    // A smaller word adds to a round one before it ("vingt-deux", "cent
    // un"); anything else ("deux trois") ends the number.
    if (items_ > 0 && !(last_ > v && std::fmod(last_, 10) == 0)) return false;
    current_ += v;
    last_ = v;
    last_is_unit_ = v < 10;
    strong_ |= (w.kinds & kAdNumber) != 0;
    ++items_;
    return true;
  }
  // "un", "one" alone are articles or pronouns, not amounts.
  bool valid() const { return items_ > 0 && strong_; }
  bool ends_scaled() const { return last_scale_; }
  double value() const { return total_ + current_; }
  int items() const { return items_; }

 private:
  bool AddMultiplier(double m) {
    if (m < 100) {  // "quatre-vingts": multiplies the unit just before
      if (items_ == 0 || !last_is_unit_) return false;
      current_ += last_ * (m - 1);
      last_ *= m;
    } else if (m < 1000) {  // "trois cents"
      if (current_ >= 100) return false;
      current_ = (current_ == 0 ? 1 : current_) * m;
      last_ = m;
    } else {  // "deux cent mille", "1 million"
      if (last_big_ != 0 && m >= last_big_) return false;
      total_ += (current_ == 0 ? 1 : current_) * m;
      current_ = 0;
      last_ = last_big_ = m;
    }
    last_is_unit_ = false;
    last_scale_ = m >= 100;
    strong_ = true;
    ++items_;
    return true;
  }

  double total_ = 0, current_ = 0, last_ = 0, last_big_ = 0;
  bool last_is_unit_ = false, strong_ = false, last_scale_ = false;
  int items_ = 0;
};

// The kinds of phrase an amount may start with (articles: see StartsNumber).
constexpr uint32_t kStarts =
    kAdApprox | kAdCurrency | kAdNumber | kAdMultiplier | kAdCollective;

struct NumberRead {
  double value = 0;
  uint32_t begin = 0, end = 0;  // tokens
  bool approximate = false;
  bool scaled = false;  // ends with a multiplier or a round noun
  bool digits = false;
  bool plain = false;  // bare digits, no multiplier: maybe a year
  bool money = false;  // written with a currency sign: "$5", "€12"
};

class SentenceScanner {
 public:
  SentenceScanner(const Document& doc, const AnalyzedText& text,
                  const AmountDateWords& words, const DocumentWords& lookups,
                  const Sentence& s, bool french)
      : doc_(doc),
        text_(text),
        words_(words),
        lookups_(lookups),
        keys_(lookups.keys()),
        begin_(s.first_token),
        end_(s.end_token),
        french_(french) {}

  // Visits the candidates of the sentence; `*at` indexes the lookups'
  // candidates() and is left at the first one past the sentence.
  void Run(size_t* at, std::vector<Amount>* out) {
    const std::vector<uint32_t>& candidates = lookups_.candidates();
    uint32_t next = begin_;
    for (; *at < candidates.size() && candidates[*at] < end_; ++*at) {
      const uint32_t i = candidates[*at];
      if (i < next || !StartsNumber(i)) continue;
      next = i + 1;
      TryAt(i, out, &next);
    }
  }

 private:
  const Token& tok(uint32_t i) const { return text_.tokens[i]; }
  WordClass cls(uint32_t i) const { return tok(i).word_class; }
  std::string_view norm(uint32_t i) const { return text_.Normalized(tok(i)); }
  const AmountDateWord* word(uint32_t i) const { return lookups_.word(i); }
  uint32_t kinds(uint32_t i) const {
    return i < begin_ || i >= end_ ? 0 : lookups_.kinds(i);
  }
  int Longest(uint32_t i, uint32_t wanted) const {
    int len = 0;
    if (i < end_) words_.Longest(keys_ + i, end_ - i, wanted, &len);
    return len;
  }
  int LongestBefore(uint32_t i, uint32_t wanted) const {
    int len = 0;
    words_.LongestEndingAt(keys_, begin_, i, wanted, &len);
    return len;
  }
  bool IsDigitToken(uint32_t i) const {
    const std::string_view n = norm(i);
    return !n.empty() && n[0] >= '0' && n[0] <= '9';
  }
  // Cheap test before TryAt: digits, a listed word, or a hyphenated
  // compound that may be number words ("vingt-deux").
  bool StartsNumber(uint32_t i) const {
    const uint32_t first = lookups_.first_kinds(i);
    if ((first & kStarts) != 0 || IsDigitToken(i)) return true;
    // Articles and "un"/"one" only before a round number: "une douzaine",
    // "un million", "a hundred".
    if ((first & (kAdArticle | kAdWeakNumber)) != 0 && i + 1 < end_ &&
        (lookups_.kinds(i + 1) & (kAdCollective | kAdMultiplier)) != 0) {
      return true;
    }
    return (lookups_.prefix_kinds(i) & kAdNumberWords) != 0;  // "vingt-deux"
  }

  bool ReadWords(uint32_t j, NumberRead* r) const;
  bool ReadNumber(uint32_t j, bool cued, NumberRead* r) const;
  void ReadScales(NumberRead* r) const;
  bool IsExcluded(const NumberRead& r, bool approx, bool has_counted) const;
  // Whether the word after a number (skipping fillers and adjectives as
  // FindCounted does) is a plural noun: "2000 soldiers", not "1987
  // planting". Its lemma differs from its form.
  bool PluralAt(uint32_t k) const {
    uint32_t cb = 0, ce = 0;
    if (!FindCounted(k, false, &cb, &ce)) return false;
    const Token& t = tok(cb);
    return text_.Lemma(t) != text_.Normalized(t);
  }
  // An opening bracket or quote: "(12", "«12" are numbers, "#12" is not.
  bool IsOpening(uint32_t i) const {
    const std::string_view n = norm(i);
    return n == "(" || n == "[" || n == "\"" || n == "'" || n == "\xC2\xAB" ||
           n == "\xE2\x80\x9C" || n == "\xE2\x80\x98" || n == "~";
  }
  bool FindCounted(uint32_t k, bool scaled, uint32_t* cb, uint32_t* ce) const;
  void TryAt(uint32_t i, std::vector<Amount>* out, uint32_t* next) const;

  const Document& doc_;
  const AnalyzedText& text_;
  const AmountDateWords& words_;
  const DocumentWords& lookups_;
  const uint64_t* keys_;
  uint32_t begin_, end_;
  bool french_;
};

// Number words from token j on, hyphenated compounds part by part.
bool SentenceScanner::ReadWords(uint32_t j, NumberRead* r) const {
  Composer c;
  uint32_t k = j;
  while (k < end_) {
    Composer trial = c;
    bool ok = false;
    if (const AmountDateWord* w = word(k)) {
      if ((w->kinds & kAdConnector) != 0 && c.items() > 0) {
        // "vingt et un", "one hundred and five": only inside a number.
        const AmountDateWord* after = k + 1 < end_ ? word(k + 1) : nullptr;
        if (after != nullptr && trial.Add(*after)) {
          c = trial;
          k += 2;
          continue;
        }
        break;
      }
      ok = trial.Add(*w);
    } else if ((lookups_.prefix_kinds(k) & kAdNumberWords) != 0) {
      ok = true;  // every part must be a number word: not "one-sided"
      std::string_view rest = norm(k);
      while (ok && !rest.empty()) {
        const size_t dash = rest.find('-');
        const AmountDateWord* part = words_.FindWord(rest.substr(0, dash));
        rest = dash == std::string_view::npos ? std::string_view()
                                              : rest.substr(dash + 1);
        ok = part != nullptr &&
             ((part->kinds & kAdConnector) != 0 || trial.Add(*part));
      }
    }
    if (!ok) break;
    c = trial;
    ++k;
  }
  if (k == j || !c.valid()) return false;
  r->value = c.value();
  r->end = k;
  r->scaled = c.ends_scaled();
  return true;
}

// A number starting at token j. `cued`: an approximation cue or an article
// precedes it, so a round noun needs no "of" after it.
bool SentenceScanner::ReadNumber(uint32_t j, bool cued, NumberRead* r) const {
  if (j >= end_) return false;
  r->begin = j;
  if (IsDigitToken(j)) {
    if (!ParseNumeral(norm(j), french_, &r->value, &r->plain)) return false;
    r->digits = true;
    r->end = j + 1;
  } else if ((kinds(j) & kAdCollective) != 0) {
    if (!cued && (kinds(j + 1) & kAdOf) == 0) return false;
    r->value = word(j)->collective;
    r->approximate = r->scaled = true;
    r->end = j + 1;
  } else if (!ReadWords(j, r)) {
    return false;
  }
  ReadScales(r);
  return true;
}

// "1.5 million", "deux douzaines", "des dizaines de milliers".
void SentenceScanner::ReadScales(NumberRead* r) const {
  for (int guard = 0; guard < 4 && r->end < end_; ++guard) {
    const uint32_t k = r->end;
    const uint32_t here = kinds(k);
    const AmountDateWord* w = word(k);
    if (r->digits && (here & kAdMultiplier) != 0 && w->multiplier >= 100 &&
        (!w->currency_only ||
         (r->money && tok(k).begin == tok(k - 1).end))) {  // "$600m"
      r->value *= w->multiplier;
      r->plain = false;
      r->scaled = true;
      r->end = k + 1;
    } else if ((here & kAdCollective) != 0) {
      r->value *= word(k)->collective;
      r->approximate = r->scaled = true;
      r->plain = false;
      r->end = k + 1;
    } else if (r->scaled && (here & kAdOf) != 0 &&
               (kinds(k + 1) & kAdCollective) != 0) {
      r->value *= word(k + 1)->collective;
      r->approximate = true;
      r->end = k + 2;
    } else {
      break;
    }
  }
}

// Years, times, dates, identifiers and numbers glued to words.
bool SentenceScanner::IsExcluded(const NumberRead& r, bool approx,
                                 bool has_counted) const {
  const uint32_t b = r.begin;
  if (r.digits) {
    if (b > begin_ && tok(b - 1).end == tok(b).begin && !r.money &&
        !IsOpening(b - 1)) {
      return true;  // "Su" "25", "&#191;": a number inside a code
    }
    if ((kinds(r.end) & kAdMonth) != 0 ||
        (b > begin_ && (kinds(b - 1) & kAdMonth) != 0)) {
      return true;  // "le 3 octobre", "October 3"
    }
    if (Longest(r.end, kAdClockAfter) > 0 ||  // "3 p.m.", "12 rue"
        (r.end < end_ && cls(r.end) == WordClass::kProperNoun &&
         (kinds(r.end + 1) & kAdClockAfter) != 0)) {  // "10 Downing Street"
      return true;
    }
    if ((kinds(r.end) & kAdClockUnit) != 0 &&
        LongestBefore(b, kAdClockPrep) > 0) {
      return true;  // "à 15 heures"
    }
    if (r.plain && r.value >= 1800 && r.value <= 2100 && !r.money &&
        (!has_counted || !PluralAt(r.end) ||
         (!approx && (LongestBefore(b, kAdYearCue) > 0 ||
                      (b > begin_ && cls(b - 1) == WordClass::kDeterminer))))) {
      return true;  // "en 2022", "the 2014 annexation", "entre 1985 et"
    }
    if (r.plain && r.value <= 31 && !approx && !r.money && !has_counted &&
        (kinds(b - 1) & kAdDayArticle) != 0) {
      return true;  // "le 18 à Angers": a day of the month
    }
  }
  if (approx || r.money) return false;
  if (LongestBefore(b, kAdIdBefore) > 0) return true;  // "No. 5"
  if (!has_counted) {
    if (!r.digits && !r.approximate) return true;  // "un bâtiment neuf"
    if (b > begin_ && (cls(b - 1) == WordClass::kNoun ||
                       cls(b - 1) == WordClass::kProperNoun)) {
      return true;  // "résolution 2231", "Apollo 11"
    }
  }
  return false;
}

// The tokens [*cb, *ce) of what the number ending before k counts.
bool SentenceScanner::FindCounted(uint32_t k, bool scaled, uint32_t* cb,
                                  uint32_t* ce) const {
  const bool of = scaled && (kinds(k) & kAdOf) != 0;
  if (of) ++k;  // "hundreds of", "douzaine d'"
  auto is_noun = [&](uint32_t i) {
    return i < end_ && cls(i) == WordClass::kNoun &&
           (kinds(i) & (kAdMonth | kAdWeekday)) == 0;
  };
  // "5,5 millions de Kurdes", "thousands of Ukrainians": a people.
  if (of && k < end_ && cls(k) == WordClass::kProperNoun &&
      (kinds(k) & (kAdMonth | kAdWeekday)) == 0) {
    *cb = k;
    *ce = k + 1;
    return true;
  }
  // "12 more people", "trois grands ports", "12 Russian soldiers".
  for (int skipped = 0; skipped < 3 && k < end_; ++skipped, ++k) {
    if ((kinds(k) & kAdFiller) != 0) continue;
    if (is_noun(k)) break;
    const bool adjective = cls(k) == WordClass::kAdjective ||
                           (!french_ && cls(k) == WordClass::kProperNoun);
    if (!adjective) return false;
  }
  if (!is_noun(k)) return false;
  *cb = k;
  uint32_t e = k + 1;
  if (french_) {
    for (int n = 0; n < 3 && e < end_ && cls(e) == WordClass::kAdjective; ++n) {
      ++e;  // "installations centrales"
    }
  } else {
    // "storage sites": modifiers of an English compound are singular, so a
    // plural noun ends it ("33 cts vs 46").
    while (e < end_ && e - k < 4 && is_noun(e) &&
           text_.Lemma(tok(e - 1)) == text_.Normalized(tok(e - 1))) {
      ++e;
    }
  }
  // One complement without determiner: "de stockage", "barrels of oil".
  if ((kinds(e) & kAdOf) != 0 && is_noun(e + 1)) e += 2;
  *ce = e;
  return true;
}

void SentenceScanner::TryAt(uint32_t i, std::vector<Amount>* out,
                            uint32_t* next) const {
  uint32_t j = i;
  if ((lookups_.first_kinds(i) & kAdApprox) != 0) j += Longest(i, kAdApprox);
  const bool approx = j > i;
  int currency = j < end_ && (lookups_.first_kinds(j) & kAdCurrency) != 0
                     ? Longest(j, kAdCurrency)
                     : 0;
  if (currency > 0 && j + currency < end_ && IsDigitToken(j + currency)) {
    j += currency;  // "$5 million"
  } else {
    currency = 0;
  }
  bool article = false;
  if ((kinds(j) & kAdArticle) != 0 &&
      (kinds(j + 1) & (kAdCollective | kAdMultiplier)) != 0) {
    article = true;  // "a dozen", "une douzaine", "des centaines"
    ++j;
  }
  NumberRead r;
  r.money = currency > 0;
  // After an article, a multiplier alone is worth itself ("a hundred").
  if (!ReadNumber(j, approx || article, &r)) return;
  const uint32_t start = article ? j - 1 : r.begin;
  const uint32_t span_begin = approx || currency > 0 ? i : start;
  uint32_t cb = 0, ce = 0;
  const int percent = Longest(r.end, kAdPercent);
  const bool counted = percent > 0 || FindCounted(r.end, r.scaled, &cb, &ce);
  *next = r.end;
  if (IsExcluded(r, approx, counted)) return;
  Amount a;
  a.span = {tok(span_begin).begin, tok(r.end - 1).end};
  a.value = r.value;
  a.approximate = approx || r.approximate;
  if (percent > 0) {
    a.counted = "%";
    a.counted_span = {tok(r.end).begin, tok(r.end + percent - 1).end};
  } else if (currency > 0) {  // money, whatever it buys
    a.counted_span = {tok(j - currency).begin, tok(j - 1).end};
  } else if (counted) {
    a.counted_span = {tok(cb).begin, tok(ce - 1).end};
  }
  if (a.counted.empty() && a.counted_span.end > a.counted_span.begin) {
    a.counted = doc_.text.substr(a.counted_span.begin,
                                 a.counted_span.end - a.counted_span.begin);
  }
  out->push_back(std::move(a));
}

}  // namespace

StatusOr<std::unique_ptr<AmountFinder>> AmountFinder::Load(
    const std::string& dict_dir) {
  return LoadAmountDateFinder<AmountFinder>(dict_dir);
}

void AmountFinder::Find(const Document& doc, const AnalyzedText& text,
                        std::vector<Amount>* out) const {
  ScanCandidateSentences(
      *lexicons_, text,
      [&](const Sentence& s, const AmountDateWords& words,
          const DocumentWords& lookups, bool french, size_t* at) {
        SentenceScanner(doc, text, words, lookups, s, french).Run(at, out);
      });
}

}  // namespace tocsin
