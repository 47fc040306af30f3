// Geocoder: finds the places a document names and where its events
// happened, with the built-in gazetteer (geo/gazetteer.h) and the
// per-language cues of dict/geo/ (geo/geo_cues.h). No external service.
//
// Finding. A place mention is the longest run of tokens (at most
// kMaxNameTokens) starting with a capital whose folded text is a gazetteer
// name. It is dropped when:
//   - it is a stop word ("May") or lies inside an actor mention of another
//     kind ("Washington said" is USAGOV), unless a locative cue precedes it
//     ("in Washington", "à Paris");
//   - every place it could be is small (under kCueFreePopulation people)
//     and nothing marks it as a place: a locative cue, a region word, or a
//     place right after it that contains it ("Zolota Nyva, Luhansk").
// A region word ("Donetsk oblast", "région de Donetsk") makes the mention a
// first-level subdivision.
//
// Ranking. Each candidate gets a score that adds up named parts, and the
// parts that decided are kept in PlaceMention::reason:
//   - population and feature class (capitals first);
//   - the admin hierarchy written next to it ("Lyman, Donetsk oblast",
//     "Paris, Texas");
//   - the document's country context: countries of its actors and of its
//     places that have a single reading;
//   - the document's language (French places for French text);
//   - nearness to the places already resolved in the document.
// confidence is the winner's share of exp(score) over the candidates.
//
// Events. Each event gets the place attached to its clause (a place
// marked by a locative cue between the event's start and the next event's
// trigger, or its target's own span), otherwise the sentence's first
// place, otherwise the document's main place (the place named most often).
#ifndef TOCSIN_GEO_GEOCODER_H_
#define TOCSIN_GEO_GEOCODER_H_

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "geo/gazetteer.h"
#include "geo/geo_cues.h"
#include "tocsin/document.h"
#include "tocsin/pipeline.h"
#include "tocsin/status.h"

namespace tocsin {

class Geocoder {
 public:
  static constexpr int kMaxNameTokens = 6;
  static constexpr uint32_t kCueFreePopulation = 10000;

  // Opens `gazetteer_path` (gazetteer.bin) and reads dict_dir/geo/en.txt
  // and fr.txt. Errors name the file.
  static StatusOr<std::unique_ptr<Geocoder>> Create(
      const std::string& gazetteer_path, const std::string& dict_dir);
  // For tests: a gazetteer already in memory.
  static StatusOr<std::unique_ptr<Geocoder>> Create(
      std::unique_ptr<Gazetteer> gazetteer, const std::string& dict_dir);
  ~Geocoder();

  // Fills out->places and out->main_place from out->text and out->actors,
  // and sets the location of every event in out->events. Thread-safe.
  void Code(const Document& doc, DocumentAnalysis* out) const;

  const Gazetteer& gazetteer() const { return *gazetteer_; }

 private:
  Geocoder() = default;
  const GeoCues& CuesFor(std::string_view language) const;

  std::unique_ptr<Gazetteer> gazetteer_;
  GeoCues en_, fr_;
  std::unordered_map<std::string, uint32_t> country_by_iso3_;
  // Names from the cue files' aliases, sorted by key.
  std::vector<GazetteerName> aliases_;
};

}  // namespace tocsin

#endif  // TOCSIN_GEO_GEOCODER_H_
