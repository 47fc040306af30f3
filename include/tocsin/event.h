// Events: "source did action to target", coded in CAMEO with its Goldstein
// score, quad class and PLOVER mapping, and traced to the trigger and the
// pattern that produced it.
//
// The event coder (src/events/event_coder.h) reads one document's
// DocumentAnalysis (tokens, lemmas, actor mentions) and appends events.
// Every span is a byte range in the original Document::text.
#ifndef TOCSIN_EVENT_H_
#define TOCSIN_EVENT_H_

#include <cstdint>
#include <string>

#include "tocsin/place.h"

namespace tocsin {

// One side of an event: an actor mention of the same document.
struct EventParty {
  // Index into DocumentAnalysis::actors, or into
  // DocumentAnalysis::actor_modifiers when `modifier` is set; -1: none.
  int32_t mention = -1;
  bool modifier = false;
  std::string code;             // CAMEO actor code ("" when unknown)
  uint32_t begin = 0, end = 0;  // bytes in Document::text

  bool present() const { return mention >= 0; }
};

struct Event {
  uint32_t sentence = 0;  // index into AnalyzedText::sentences
  EventParty source, target;
  // Who said so, for events inside reported speech ("X said Y attacked Z":
  // X). Absent for events the article states itself.
  EventParty reporter;

  std::string cameo;  // "1385"
  double goldstein = 0;
  int quad_class = 0;  // 1 verbal coop, 2 material coop, 3 verbal / 4
                       // material conflict
  std::string plover_type, plover_mode;

  uint32_t trigger_begin = 0, trigger_end = 0;  // bytes in Document::text
  uint32_t trigger_token = 0;                   // index into tokens
  bool negated = false;
  bool hypothetical = false;
  std::string rule;  // stable pattern id: "fr/menacer.nucleaire"
  // Where it happened (set by the geocoder when places are coded).
  EventLocation location;

  std::string_view root() const { return std::string_view(cameo).substr(0, 2); }
};

}  // namespace tocsin

#endif  // TOCSIN_EVENT_H_
