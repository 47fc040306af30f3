#include "geo/geocoder.h"

#include <algorithm>
#include <cmath>

#include "actors/place_names.h"
#include "dict/fold.h"
#include "util/files.h"
#include "util/great_circle.h"

namespace tocsin {
namespace {

// Score parts (see the header). Magnitudes are chosen so that one strong
// clue (hierarchy) outweighs any population gap, a country or subdivision
// context outweighs the gap between a capital and a town of 20,000, and
// the language and nearness only break near-ties.
constexpr double kCountryPrior = 7.5;
constexpr double kAdmin1Prior = 6.5;
constexpr double kRegionCue = 3.0;
constexpr double kCapital = 1.5;
constexpr double kAdminSeat = 1.0;
constexpr double kHierarchy = 8.0;
constexpr double kCountryContext = 2.5;
constexpr double kAdmin1Context = 3.0;
constexpr double kLanguage = 0.6;
constexpr double kNear = 2.0;
constexpr double kNearKm = 150.0;
constexpr double kPrimaryName = 1.5;
constexpr uint32_t kForeignTownPopulation = 150000;
constexpr double kForeignTownKm = 1000;

struct Candidate {
  uint32_t entry = 0;
  bool core = false;     // named by a subdivision's core name
  bool primary = false;  // by its own name, not an alternate
  double prior = 0, hierarchy = 0, country = 0, admin1 = 0, language = 0,
         near = 0;
  double Score() const {
    // An alternate name ("Pokrovsk" for Engels) is a weaker reading than a
    // place's own name.
    return prior + hierarchy + country + admin1 + language + near +
           (primary ? kPrimaryName : 0);
  }
};

struct Found {
  uint32_t first = 0, end = 0, sentence = 0;
  bool cue = false, region = false;
  bool needs_support = false;  // only small places: a cue or hierarchy
  uint32_t cand_begin = 0, cand_end = 0;
  int32_t partner = -1;  // the mention right after that may contain it
  int32_t chosen = -1;   // index into candidates
  double confidence = 0;
};

struct GeocodeScratch {
  std::string folded;
  std::vector<GazetteerName> hits;
  std::vector<int32_t> actor_at;  // token -> actor mention, -1
  std::vector<Found> found;
  std::vector<Candidate> candidates;
  // Countries of the actors: (country entry, first token).
  std::vector<std::pair<uint32_t, uint32_t>> actor_countries;
  std::vector<uint32_t> kept;  // found indices that became places
};

thread_local GeocodeScratch tls;

bool FrenchSpeaking(const char* iso2) {
  static const char* kCodes[] = {"FR", "BE", "CH", "LU", "MC"};
  for (const char* c : kCodes) {
    if (iso2[0] == c[0] && iso2[1] == c[1]) return true;
  }
  return false;
}

bool EnglishSpeaking(const char* iso2) {
  static const char* kCodes[] = {"US", "GB", "IE", "AU", "NZ", "CA"};
  for (const char* c : kCodes) {
    if (iso2[0] == c[0] && iso2[1] == c[1]) return true;
  }
  return false;
}

bool IsCoordination(std::string_view form) {
  return form == "and" || form == "or" || form == "et" || form == "ou" ||
         form == ",";
}

// Without a region word, a name that is both a town of some size and a
// subdivision of the same country ("Jenin", "Mopti", "Kidal") is the town:
// the subdivision is written "Jenin governorate", "région de Mopti".
void DropCityNamedSubdivisions(const Gazetteer& gz,
                               std::vector<Candidate>* candidates, Found* f) {
  // A city of its own name, or a seat of government by another spelling
  // ("Derna" for Darnah); California, Maryland (12,000 people) does not
  // hide the state.
  auto is_town = [&](const Candidate& c) {
    const GazetteerEntry& e = gz.entry(c.entry);
    const std::string_view feature = gz.str(e.feature);
    const bool seat = feature == "PPLA" || feature == "PPLC";
    return e.level == static_cast<uint8_t>(PlaceLevel::kPopulated) &&
           (seat || (c.primary && e.population >= 100000));
  };
  uint32_t kept = f->cand_begin;
  for (uint32_t c = f->cand_begin; c < f->cand_end; ++c) {
    const GazetteerEntry& e = gz.entry((*candidates)[c].entry);
    if (e.level == static_cast<uint8_t>(PlaceLevel::kAdmin1)) {
      bool same_country_town = false;
      for (uint32_t d = f->cand_begin; d < f->cand_end; ++d) {
        const Candidate& t = (*candidates)[d];
        same_country_town |=
            is_town(t) && gz.entry(t.entry).country == e.country;
      }
      if (same_country_town) continue;
    }
    (*candidates)[kept++] = (*candidates)[c];
  }
  f->cand_end = kept;
  candidates->resize(kept);
}

}  // namespace

Geocoder::~Geocoder() = default;

StatusOr<std::unique_ptr<Geocoder>> Geocoder::Create(
    const std::string& gazetteer_path, const std::string& dict_dir) {
  TOCSIN_ASSIGN_OR_RETURN(std::unique_ptr<Gazetteer> gazetteer,
                          Gazetteer::Open(gazetteer_path));
  return Create(std::move(gazetteer), dict_dir);
}

StatusOr<std::unique_ptr<Geocoder>> Geocoder::Create(
    std::unique_ptr<Gazetteer> gazetteer, const std::string& dict_dir) {
  std::unique_ptr<Geocoder> g(new Geocoder());
  g->gazetteer_ = std::move(gazetteer);
  for (const char* lang : {"en", "fr"}) {
    const std::string path = dict_dir + "/geo/" + lang + ".txt";
    TOCSIN_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path));
    TOCSIN_ASSIGN_OR_RETURN(GeoCues cues, GeoCues::Parse(text, path));
    (std::string_view(lang) == "fr" ? g->fr_ : g->en_) = std::move(cues);
  }
  const Gazetteer& gz = *g->gazetteer_;
  std::unordered_map<std::string, uint32_t> by_code;
  for (uint32_t i = 0; i < gz.size(); ++i) {
    const GazetteerEntry& e = gz.entry(i);
    if (e.level == static_cast<uint8_t>(PlaceLevel::kCountry)) {
      g->country_by_iso3_[std::string(e.iso3, 3)] = i;
      by_code[std::string(e.iso2, 2)] = i;
    } else if (e.level == static_cast<uint8_t>(PlaceLevel::kAdmin1)) {
      by_code[std::string(gz.str(e.adm1_code))] = i;
    }
  }
  for (const GeoCues* cues : {&g->en_, &g->fr_}) {
    for (const GeoCues::Alias& a : cues->aliases()) {
      auto it = by_code.find(a.code);
      if (it == by_code.end()) {
        return InvalidArgumentError(dict_dir + "/geo: alias of unknown code " +
                                    a.code);
      }
      const std::string folded = FoldPlaceName(a.name);
      g->aliases_.push_back({PlaceKey(folded), it->second, kNamePrimary, 1, 0});
    }
  }
  std::sort(g->aliases_.begin(), g->aliases_.end(),
            [](const GazetteerName& a, const GazetteerName& b) {
              return a.key < b.key;
            });
  return g;
}

const GeoCues& Geocoder::CuesFor(std::string_view language) const {
  return language == "fr" ? fr_ : en_;
}

namespace {

// The cue kinds of the phrase that ends right before token `t` (skipping
// one determiner or elided article: "in the X", "dans l'X").
uint8_t CueBefore(const AnalyzedText& text, const GeoCues& cues,
                  uint32_t sentence_first, uint32_t t) {
  uint32_t end = t;
  // "in southeastern Poland", "dans toute la Pologne".
  for (int skipped = 0; skipped < 2 && end > sentence_first; ++skipped) {
    const uint64_t k = FoldKey(text.Normalized(text.tokens[end - 1]));
    if (!(cues.Find(&k, 1) & kCueSkip)) break;
    --end;
  }
  if (end > sentence_first) {
    const Token& prev = text.tokens[end - 1];
    if (prev.word_class == WordClass::kDeterminer ||
        (prev.flags & kTokenElided) != 0) {
      // "d'Odessa": the elided token may itself be the cue ("près d'").
      uint8_t own = 0;
      uint64_t keys[GeoCues::kMaxCueTokens];
      for (int n = 1; n <= cues.max_tokens() && end >= sentence_first + n;
           ++n) {
        for (int i = 0; i < n; ++i) {
          keys[i] = FoldKey(text.Normalized(text.tokens[end - n + i]));
        }
        own |= cues.Find(keys, n);
      }
      if (own & (kCueLocative | kCueRegionBefore | kCueTownLocative)) {
        return own;
      }
      --end;
    }
  }
  uint8_t kinds = 0;
  uint64_t keys[GeoCues::kMaxCueTokens];
  for (int n = 1; n <= cues.max_tokens() && end >= sentence_first + n; ++n) {
    for (int i = 0; i < n; ++i) {
      keys[i] = FoldKey(text.Normalized(text.tokens[end - n + i]));
    }
    kinds |= cues.Find(keys, n);
  }
  return kinds & (kCueLocative | kCueRegionBefore | kCueTownLocative);
}

}  // namespace

void Geocoder::Code(const Document& doc, DocumentAnalysis* out) const {
  GeocodeScratch& s = tls;
  const AnalyzedText& text = out->text;
  const Gazetteer& gz = *gazetteer_;
  const GeoCues& cues = CuesFor(text.language);
  out->places.clear();
  out->main_place = -1;
  s.found.clear();
  s.candidates.clear();
  s.kept.clear();
  s.actor_at.assign(text.tokens.size(), -1);
  for (size_t a = 0; a < out->actors.size(); ++a) {
    const ActorMention& m = out->actors[a];
    for (uint32_t t = m.first_token; t < m.end_token && t < s.actor_at.size();
         ++t) {
      s.actor_at[t] = static_cast<int32_t>(a);
    }
  }

  // 1. Mentions and their candidates.
  for (uint32_t si = 0; si < text.sentences.size(); ++si) {
    const Sentence& sent = text.sentences[si];
    for (uint32_t t = sent.first_token; t < sent.end_token; ++t) {
      const Token& tok = text.tokens[t];
      if (!(tok.flags & kTokenCapitalized)) continue;
      s.folded.clear();
      uint32_t best_end = 0;
      int lower_run = 0;
      for (uint32_t e = t; e < sent.end_token && e < t + kMaxNameTokens; ++e) {
        const Token& tk = text.tokens[e];
        if (tk.word_class == WordClass::kPunctuation ||
            tk.word_class == WordClass::kVerb ||
            tk.word_class == WordClass::kAuxiliary) {
          break;
        }
        // Names may hold lower-case words ("Democratic Republic of the
        // Congo", "République démocratique du Congo") but end on a
        // capitalised one, where alone they are looked up.
        const bool capital = (tk.flags & kTokenCapitalized) != 0;
        lower_run = capital ? 0 : lower_run + 1;
        if (lower_run > 3) break;
        if (e > t && (tk.flags & kTokenSpaceBefore)) s.folded.push_back(' ');
        AppendFolded(text.Normalized(tk), &s.folded);
        if (!capital) continue;
        const uint64_t key = PlaceKey(s.folded);
        std::span<const GazetteerName> hits = gz.Find(key);
        auto alias = std::lower_bound(
            aliases_.begin(), aliases_.end(), key,
            [](const GazetteerName& n, uint64_t k) { return n.key < k; });
        const bool aliased = alias != aliases_.end() && alias->key == key;
        if (!hits.empty() || aliased) {
          s.hits.assign(hits.begin(), hits.end());
          for (; alias != aliases_.end() && alias->key == key; ++alias) {
            s.hits.push_back(*alias);
          }
          best_end = e + 1;
        }
      }
      if (best_end == 0) continue;
      Found f;
      f.first = t;
      f.end = best_end;
      f.sentence = si;
      const uint8_t before = CueBefore(text, cues, sent.first_token, t);
      f.cue = (before & kCueLocative) != 0;
      // "the mayor of Odessa", "un hôtel de Mogadiscio": "of"/"de" before a
      // town, not before a country ("le président de la France").
      const bool weak_cue = (before & kCueTownLocative) != 0;
      f.region = (before & kCueRegionBefore) != 0;
      if (f.end < sent.end_token) {
        const uint64_t k = FoldKey(text.Normalized(text.tokens[f.end]));
        if (cues.Find(&k, 1) & kCueRegionAfter) {
          f.region = true;
          ++f.end;
        }
      }
      // A short name with its type, which the gazetteer holds whole because
      // the name alone is too short ("Mon State"), is marked as a region by
      // the type, as "Rakhine" is by the "State" after it.
      if (!f.region && f.end - f.first == 2 &&
          text.tokens[f.first].end - text.tokens[f.first].begin <= 3) {
        const uint64_t k = FoldKey(text.Normalized(text.tokens[f.end - 1]));
        f.region = (cues.Find(&k, 1) & kCueRegionAfter) != 0;
      }
      t = f.end - 1;  // resume after the mention
      // One word that the tagger reads as a pronoun, verb or function word
      // is that word ("We" is not Wé, New Caledonia).
      if (f.end - f.first == 1 && !f.region) {
        const WordClass wc = tok.word_class;
        if (wc != WordClass::kProperNoun && wc != WordClass::kNoun &&
            wc != WordClass::kAdjective && wc != WordClass::kUnknown) {
          continue;
        }
      }
      // A short all-capitals word is a code: a country ("UK") or nothing,
      // not a town ("EU" is not Eu, Normandy).
      const bool code_like = f.end - f.first == 1 &&
                             (tok.flags & kTokenAllCaps) != 0 &&
                             tok.end - tok.begin <= 4;
      if (f.end - f.first == 1 && !f.cue && !f.region) {
        const uint64_t k = FoldKey(text.Normalized(tok));
        if (cues.Find(&k, 1) & kCueStop) continue;
        // A common word capitalised as the sentence's first word.
        if (f.first == sent.first_token &&
            tok.word_class != WordClass::kProperNoun) {
          continue;
        }
      }
      bool in_actor = false, loc_actor = false, person = false;
      bool state = false;
      for (uint32_t u = f.first; u < f.end; ++u) {
        if (s.actor_at[u] >= 0) {
          const ActorMention& m = out->actors[s.actor_at[u]];
          in_actor = true;
          loc_actor |= m.type == "LOC";
          // "de Vladimir Poutine": a known person's name is never a place;
          // the name finder's guesses yield to a locative ("en Caroline du
          // Sud").
          person |= m.type == "person" || (m.type == "PERSON" && !f.cue);
          state |= m.type == "state";
        }
      }
      if (person && !f.region) continue;
      // Part of a longer name: "Pang" of "Pang Chin village", "Washington"
      // of "Washington Post".
      if (f.end < sent.end_token &&
          (text.tokens[f.end].flags & kTokenCapitalized) &&
          text.tokens[f.end].word_class != WordClass::kPunctuation) {
        continue;
      }
      if (f.first > sent.first_token &&
          (text.tokens[f.first - 1].flags & kTokenCapitalized) &&
          text.tokens[f.first - 1].word_class == WordClass::kProperNoun &&
          (s.found.empty() || s.found.back().end != f.first)) {
        continue;
      }
      const bool after_place = !s.found.empty() &&
                               s.found.back().sentence == si && f.first >= 1 &&
                               f.first - 1 == s.found.back().end &&
                               text.Normalized(text.tokens[f.first - 1]) == ",";
      // "fled to Georgia and Kazakhstan", "in Tel Aviv and Jerusalem": the
      // second shares the cue.
      if (!f.cue && !s.found.empty() && s.found.back().sentence == si &&
          s.found.back().cue && f.first == s.found.back().end + 1 &&
          IsCoordination(text.Normalized(text.tokens[f.first - 1]))) {
        f.cue = true;
      }
      bool towns_only = false;
      bool area = false;  // the name is a country's
      for (const GazetteerName& h : s.hits) {
        area |= gz.entry(h.entry).level ==
                static_cast<uint8_t>(PlaceLevel::kCountry);
      }
      // "of India" is the state, not the town Inđija that the weak cue
      // would otherwise let in.
      if (weak_cue && !f.cue && !f.region && !area) {
        for (const GazetteerName& h : s.hits) {
          const GazetteerEntry& e = gz.entry(h.entry);
          const std::string_view feature = gz.str(e.feature);
          towns_only |=
              e.level == static_cast<uint8_t>(PlaceLevel::kPopulated) &&
              (e.population >= kCueFreePopulation || feature == "PPLA" ||
               feature == "PPLC");
        }
        f.cue = towns_only;
      }
      // An actor's name ("Moscow said") is a place only when something
      // marks it as one; a hierarchy after it may still do so ("Moscow,
      // Idaho").
      const bool actor_only =
          in_actor && !loc_actor && !f.cue && !f.region && !after_place;
      f.cand_begin = s.candidates.size();
      bool any_admin1 = false;
      for (const GazetteerName& h : s.hits) {
        const GazetteerEntry& e = gz.entry(h.entry);
        any_admin1 |= e.level == static_cast<uint8_t>(PlaceLevel::kAdmin1);
      }
      bool small_only = true;
      for (const GazetteerName& h : s.hits) {
        uint32_t id = h.entry;
        const GazetteerEntry* e = &gz.entry(id);
        const auto level = static_cast<PlaceLevel>(e->level);
        if (h.flags == kNameCore && !f.region) continue;
        if (towns_only && level != PlaceLevel::kPopulated) continue;
        if (code_like && level == PlaceLevel::kPopulated) continue;
        // A word the actor dictionary knows as a state's name or demonym
        // is never a town that GeoNames also lists under it: "near the
        // Thai border" is not Alor Setar ("Thai" among its names).
        if (state && f.end - f.first == 1 && level == PlaceLevel::kPopulated) {
          continue;
        }
        if (f.region && level == PlaceLevel::kPopulated) {
          if (any_admin1) continue;  // the subdivision reading exists
          // "Kherson oblast": the subdivision whose seat is Kherson.
          const std::string_view feature = gz.str(e->feature);
          if (e->adm1 != kNoEntry && (feature == "PPLA" || feature == "PPLC")) {
            id = e->adm1;
            e = &gz.entry(id);
          }
        }
        if (f.region && level == PlaceLevel::kCountry) continue;
        bool duplicate = false;
        for (uint32_t c = f.cand_begin; c < s.candidates.size(); ++c) {
          duplicate |= s.candidates[c].entry == id;
        }
        if (duplicate) continue;
        if (e->level == static_cast<uint8_t>(PlaceLevel::kPopulated) &&
            e->population < kCueFreePopulation && !f.cue && !f.region) {
          // Kept for the hierarchy check below; dropped without it.
        } else {
          small_only = false;
        }
        Candidate c;
        c.entry = id;
        c.core = h.flags == kNameCore;
        c.primary = (h.flags & kNamePrimary) != 0;
        switch (static_cast<PlaceLevel>(e->level)) {
          case PlaceLevel::kCountry:
            c.prior = kCountryPrior;
            break;
          case PlaceLevel::kAdmin1:
            // "Kyiv region" is the oblast named after the city, not the
            // city's own subdivision.
            c.prior = kAdmin1Prior + (f.region ? kRegionCue : 0) +
                      (f.region && c.core ? 1.0 : 0);
            break;
          case PlaceLevel::kPopulated: {
            c.prior = std::log10(10.0 + e->population);
            const std::string_view feature = gz.str(e->feature);
            if (feature == "PPLC") c.prior += kCapital;
            if (feature == "PPLA") c.prior += kAdminSeat;
            break;
          }
        }
        s.candidates.push_back(c);
      }
      f.cand_end = s.candidates.size();
      if (!f.region) DropCityNamedSubdivisions(gz, &s.candidates, &f);
      if (f.cand_end == f.cand_begin) continue;
      bool never = false;
      if (f.end - f.first == 1) {
        const uint64_t k = FoldKey(text.Normalized(tok));
        never = (cues.Find(&k, 1) & kCueNever) != 0;
      }
      f.needs_support = small_only || actor_only || never;
      s.found.push_back(f);
    }
  }

  // 2. Hierarchy: a mention followed closely by one that may contain it
  // ("Lyman, Donetsk oblast", "Paris (Texas)", "Lyman dans la région de
  // Donetsk").
  for (size_t i = 0; i + 1 < s.found.size(); ++i) {
    Found& a = s.found[i];
    const Found& b = s.found[i + 1];
    if (b.sentence != a.sentence || b.first < a.end || b.first > a.end + 5) {
      continue;
    }
    bool clean = true;
    for (uint32_t u = a.end; u < b.first; ++u) {
      const Token& tk = text.tokens[u];
      if (tk.word_class == WordClass::kVerb ||
          tk.word_class == WordClass::kAuxiliary ||
          (tk.flags & kTokenCapitalized)) {
        clean = false;
      }
    }
    if (!clean) continue;
    bool linked = false;
    for (uint32_t ca = a.cand_begin; ca < a.cand_end; ++ca) {
      const GazetteerEntry& ea = gz.entry(s.candidates[ca].entry);
      for (uint32_t cb = b.cand_begin; cb < b.cand_end; ++cb) {
        const uint32_t idb = s.candidates[cb].entry;
        const GazetteerEntry& eb = gz.entry(idb);
        if (idb == s.candidates[ca].entry) continue;
        const auto lb = static_cast<PlaceLevel>(eb.level);
        const bool contains =
            (lb == PlaceLevel::kCountry && ea.country == idb) ||
            (lb == PlaceLevel::kAdmin1 && ea.adm1 == idb);
        if (!contains) continue;
        s.candidates[ca].hierarchy = kHierarchy;
        s.candidates[cb].hierarchy = kHierarchy;
        linked = true;
      }
    }
    if (linked) {
      a.partner = static_cast<int32_t>(i + 1);
      a.needs_support = false;
    }
  }

  // 3. Ranking, twice: first with the actors' countries and the mentions
  // that have one reading, then with every first-pass winner and nearness.
  s.actor_countries.clear();
  for (const ActorMention& m : out->actors) {
    if (m.code.size() < 3) continue;
    auto it = country_by_iso3_.find(m.code.substr(0, 3));
    if (it != country_by_iso3_.end()) {
      s.actor_countries.push_back({it->second, m.first_token});
    }
  }
  // Whether an actor outside the mention itself is of `country`.
  // Whether an actor of `country` stands in the document, outside the
  // mention itself.
  auto actor_in = [&](const Found& self, uint32_t country) {
    for (const auto& [c, first] : s.actor_countries) {
      if (c == country && (first < self.first || first >= self.end)) {
        return true;
      }
    }
    return false;
  };
  // Whether another mention's reading (its only one in the first pass,
  // its winner in the second) lies in `country` / `adm1`.
  auto other_in = [&](const Found& self, int pass, uint32_t self_entry,
                      uint32_t country, uint32_t adm1, bool* in_country,
                      bool* in_adm1) {
    for (const Found& o : s.found) {
      if (&o == &self || o.needs_support) continue;
      uint32_t id;
      if (pass == 0) {
        if (o.cand_end - o.cand_begin != 1) continue;
        id = s.candidates[o.cand_begin].entry;
      } else {
        if (o.chosen < 0) continue;
        id = s.candidates[o.chosen].entry;
      }
      // A place is not its own context: repeating a wrong reading must
      // not confirm it.
      if (id == self_entry) continue;
      const GazetteerEntry& e = gz.entry(id);
      *in_country |= country != kNoEntry && e.country == country;
      *in_adm1 |= adm1 != kNoEntry && e.adm1 == adm1;
    }
  };
  const bool french = text.language == "fr";
  for (int pass = 0; pass < 2; ++pass) {
    for (Found& f : s.found) {
      if (f.needs_support) continue;
      double best = -1e9;
      for (uint32_t c = f.cand_begin; c < f.cand_end; ++c) {
        Candidate& cand = s.candidates[c];
        const GazetteerEntry& e = gz.entry(cand.entry);
        bool in_country = e.country != kNoEntry && actor_in(f, e.country);
        bool in_adm1 = false;
        other_in(f, pass, cand.entry, e.country, e.adm1, &in_country, &in_adm1);
        cand.country = in_country ? kCountryContext : 0;
        cand.admin1 = in_adm1 && e.adm1 != cand.entry ? kAdmin1Context : 0;
        cand.language =
            (french ? FrenchSpeaking(e.iso2) : EnglishSpeaking(e.iso2))
                ? kLanguage
                : 0;
        cand.near = 0;
        if (pass == 1 && e.has_coordinates &&
            e.level == static_cast<uint8_t>(PlaceLevel::kPopulated)) {
          for (const Found& other : s.found) {
            if (&other == &f || other.chosen < 0 ||
                s.candidates[other.chosen].entry == cand.entry) {
              continue;
            }
            const GazetteerEntry& o =
                gz.entry(s.candidates[other.chosen].entry);
            if (o.level != static_cast<uint8_t>(PlaceLevel::kPopulated)) {
              continue;
            }
            if (GreatCircleKm(e.lat, e.lon, o.lat, o.lon) < kNearKm) {
              cand.near = kNear;
              break;
            }
          }
        }
        if (cand.Score() > best) {
          best = cand.Score();
          f.chosen = static_cast<int32_t>(c);
        }
      }
      double mass = 0;
      for (uint32_t c = f.cand_begin; c < f.cand_end; ++c) {
        mass += std::exp(s.candidates[c].Score() - best);
      }
      f.confidence = 1.0 / mass;
    }
  }

  // A small town far abroad is a homonym, not news: "Muse" in an article
  // on Myanmar is not Muse, Pennsylvania, when the gazetteer lacks the
  // Burmese town. Dropped when the document names other places, none of
  // them in the town's country or within kForeignTownKm, and no actor of
  // the town's country.
  for (Found& f : s.found) {
    if (f.needs_support || f.chosen < 0 || f.partner >= 0) continue;
    const Candidate& c = s.candidates[f.chosen];
    if (c.hierarchy > 0) continue;
    const GazetteerEntry& e = gz.entry(c.entry);
    if (e.level != static_cast<uint8_t>(PlaceLevel::kPopulated) ||
        e.population >= kForeignTownPopulation) {
      continue;
    }
    // Near the others (a border town across from the front) it stays.
    bool context = false, near = actor_in(f, e.country);
    auto consider = [&](const GazetteerEntry& other) {
      context = true;
      near |=
          other.country == e.country ||
          (other.has_coordinates &&
           GreatCircleKm(e.lat, e.lon, other.lat, other.lon) < kForeignTownKm);
    };
    // Actors alone do not make the context: "Russian soldiers left Lyman"
    // names no Russian place.
    for (const Found& o : s.found) {
      if (&o == &f || o.needs_support || o.chosen < 0) continue;
      // Its own repetitions do not vouch for it, and a country is too
      // large to say what is near ("près de Kertch" beside "la Russie").
      const GazetteerEntry& oe = gz.entry(s.candidates[o.chosen].entry);
      if (s.candidates[o.chosen].entry == c.entry ||
          oe.level == static_cast<uint8_t>(PlaceLevel::kCountry)) {
        continue;
      }
      consider(oe);
    }
    if (context && !near) f.needs_support = true;
  }

  // 4. Place records.
  for (size_t i = 0; i < s.found.size(); ++i) {
    const Found& f = s.found[i];
    if (f.needs_support || f.chosen < 0) continue;
    const Candidate& c = s.candidates[f.chosen];
    PlaceMention p;
    p.first_token = f.first;
    p.end_token = f.end;
    p.begin = text.tokens[f.first].begin;
    p.end = text.tokens[f.end - 1].end;
    p.sentence = f.sentence;
    gz.Describe(c.entry, &p);
    // A subdivision the sentence names next to a town gives the town's
    // when the gazetteer could not ("Namtu Township, Kyaukme District, Shan
    // State"): the first one after it in the same country, else before.
    bool adm1_from_sentence = false;
    if (p.adm1.empty() && p.level == PlaceLevel::kPopulated) {
      const uint32_t country = gz.entry(c.entry).country;
      int32_t after = -1, before = -1;
      for (size_t k = 0; k < s.found.size(); ++k) {
        const Found& o = s.found[k];
        if (o.sentence != f.sentence || o.chosen < 0 || o.needs_support) {
          continue;
        }
        const GazetteerEntry& oe = gz.entry(s.candidates[o.chosen].entry);
        if (oe.level != static_cast<uint8_t>(PlaceLevel::kAdmin1) ||
            oe.country != country) {
          continue;
        }
        if (o.first >= f.end && after < 0) after = static_cast<int32_t>(k);
        if (o.end <= f.first) before = static_cast<int32_t>(k);
      }
      const int32_t k = after >= 0 ? after : before;
      if (k >= 0) {
        const GazetteerEntry& oe =
            gz.entry(s.candidates[s.found[k].chosen].entry);
        p.adm1 = gz.str(oe.adm1_code);
        p.adm1_name = gz.str(oe.name);
        adm1_from_sentence = true;
      }
    }
    p.confidence = f.confidence;
    const GazetteerEntry& e = gz.entry(c.entry);
    std::string& r = p.reason;
    if (f.cand_end - f.cand_begin == 1) r = "only reading";
    if (c.hierarchy > 0) {
      r += r.empty() ? "" : "; ";
      r += "admin hierarchy";
      if (f.partner >= 0) {
        const Found& pf = s.found[f.partner];
        r += " (";
        r.append(doc.text.substr(
            text.tokens[pf.first].begin,
            text.tokens[pf.end - 1].end - text.tokens[pf.first].begin));
        r += ")";
      }
    }
    if (f.region) r += r.empty() ? "region word" : "; region word";
    if (c.admin1 > 0)
      r += r.empty() ? "subdivision context" : "; subdivision context";
    if (c.country > 0) {
      r += r.empty() ? "" : "; ";
      r += "country context (";
      r.append(e.iso2, 2);
      r += ")";
    }
    if (c.near > 0)
      r += r.empty() ? "near other places" : "; near other places";
    if (c.language > 0) r += r.empty() ? "language" : "; language";
    if (e.level == static_cast<uint8_t>(PlaceLevel::kPopulated)) {
      r += r.empty() ? "" : "; ";
      r += "population " + std::to_string(e.population);
      const std::string_view feature = gz.str(e.feature);
      if (feature == "PPLC" || feature == "PPLA") {
        r += " (";
        r.append(feature);
        r += ")";
      }
    } else if (r.empty()) {
      r = e.level == static_cast<uint8_t>(PlaceLevel::kCountry)
              ? "country name"
              : "subdivision name";
    }
    if (f.cue) r += "; locative cue";
    if (adm1_from_sentence) r += "; subdivision from the sentence";
    s.kept.push_back(static_cast<uint32_t>(i));
    out->places.push_back(std::move(p));
  }

  // 5. The main place: named most often; ties go to the finer, then the
  // earlier place.
  {
    int best_count = 0, best_level = -1;
    for (size_t i = 0; i < out->places.size(); ++i) {
      const PlaceMention& p = out->places[i];
      int count = 0;
      for (const PlaceMention& q : out->places) {
        count +=
            q.name == p.name && q.country == p.country && q.level == p.level;
      }
      const int level = static_cast<int>(p.level);
      if (count > best_count || (count == best_count && level > best_level)) {
        best_count = count;
        best_level = level;
        out->main_place = static_cast<int32_t>(i);
      }
    }
  }

  // 6. Event locations.
  for (size_t ei = 0; ei < out->events.size(); ++ei) {
    Event& ev = out->events[ei];
    ev.location = EventLocation();
    const uint32_t tt = ev.trigger_token;
    uint32_t limit = UINT32_MAX, start = 0;
    for (const Event& other : out->events) {
      if (other.sentence != ev.sentence) continue;
      if (other.trigger_token > tt)
        limit = std::min(limit, other.trigger_token);
      if (other.trigger_token < tt)
        start = std::max(start, other.trigger_token);
    }
    int32_t after = -1, before = -1, target = -1, sentence_place = -1,
            sentence_country = -1;
    for (size_t k = 0; k < out->places.size(); ++k) {
      const PlaceMention& p = out->places[k];
      if (p.sentence != ev.sentence) continue;
      const Found& f = s.found[s.kept[k]];
      const bool marked = f.cue || f.region;
      if (marked && p.first_token > tt && p.first_token < limit && after < 0) {
        after = static_cast<int32_t>(k);
      }
      if (marked && p.first_token < tt && p.first_token > start) {
        before = static_cast<int32_t>(k);
      }
      if (ev.target.present() && p.begin >= ev.target.begin &&
          p.end <= ev.target.end && target < 0) {
        target = static_cast<int32_t>(k);
      }
      if (p.level == PlaceLevel::kCountry) {
        if (sentence_country < 0) sentence_country = static_cast<int32_t>(k);
      } else if (sentence_place < 0) {
        sentence_place = static_cast<int32_t>(k);
      }
    }
    int32_t attached = after >= 0 ? after : before >= 0 ? before : target;
    // "at a Myanmar military camp" says less than the village the sentence
    // names: an attached country yields to a finer place inside it.
    if (attached >= 0 && sentence_place >= 0 &&
        out->places[attached].level == PlaceLevel::kCountry &&
        out->places[sentence_place].country == out->places[attached].country) {
      attached = -1;
    }
    if (attached >= 0) {
      ev.location = {LocationBasis::kAttached, attached};
    } else if (sentence_place >= 0 || sentence_country >= 0) {
      ev.location = {LocationBasis::kSentence,
                     sentence_place >= 0 ? sentence_place : sentence_country};
    } else if (out->main_place >= 0) {
      ev.location = {LocationBasis::kDocument, out->main_place};
    }
  }
}

}  // namespace tocsin
