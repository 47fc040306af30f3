// EventCoder: CAMEO events from a document's tokens, lemmas and actor
// mentions, with patterns anchored on verbs and nouns.
//
// One mechanism for every language: the patterns (dict/events/<lang>/*.txt,
// docs/event-patterns.md) and the function words the syntax rules read
// (dict/events/<lang>/_roles.txt) are per-language data; matching, source
// and target assignment, passive voice, coordination, reported speech and
// the negated/hypothetical flags are the same code.
//
// Matching runs over 64-bit folded-word keys: each token's lemma and form
// are hashed once per sentence, and only patterns whose first literal is
// one of them are tried (a hash-map probe per token is the prefilter).
#ifndef TOCSIN_EVENTS_EVENT_CODER_H_
#define TOCSIN_EVENTS_EVENT_CODER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "events/cameo_table.h"
#include "events/event_roles.h"
#include "events/pattern_format.h"
#include "tocsin/actor.h"
#include "tocsin/document.h"
#include "tocsin/event.h"
#include "tocsin/status.h"
#include "tocsin/text.h"

namespace tocsin {

// Human-readable steps of one Code() call, for `tocsin explain`: the
// candidate patterns at each trigger, and why each event got its parties
// and flags or was dropped. Off the hot path: Code() only writes to it when
// a trace is passed.
struct EventTrace {
  std::vector<std::string> lines;
};

// The patterns and roles of one language, ready to match.
struct CompiledLanguage;

class EventCoder {
 public:
  // Reads events_dir/<lang>/*.txt (patterns) and _roles.txt for every
  // language directory there, and events_dir/cameo.tsv. Fails with the
  // first malformed line (file:line), a duplicate pattern id, or a pattern
  // code the CAMEO table lacks.
  static StatusOr<std::unique_ptr<EventCoder>> Create(
      const std::string& events_dir);
  // The same from in-memory pattern and roles texts of one language (tests).
  static StatusOr<std::unique_ptr<EventCoder>> FromText(
      std::string_view language, std::string_view patterns,
      std::string_view roles, CameoTable cameo);
  ~EventCoder();

  // Appends the events of `doc` to *out (not cleared), ordered by
  // sentence then trigger. `actors` are the document's mentions (ordered by
  // position); `modifiers` its country adjectives used as adjectives. A
  // sentence in a language without patterns codes nothing. Thread-safe;
  // scratch space is per thread.
  void Code(const Document& doc, const AnalyzedText& text,
            const std::vector<ActorMention>& actors,
            const std::vector<ActorMention>& modifiers, std::vector<Event>* out,
            EventTrace* trace = nullptr) const;

  size_t pattern_count(std::string_view language) const;
  const CameoTable& cameo() const { return cameo_; }

 private:
  EventCoder() = default;
  Status AddLanguage(
      std::string_view language, std::string_view roles_text,
      std::string_view roles_name,
      const std::vector<std::pair<std::string, std::string>>& pattern_files);
  const CompiledLanguage* Find(std::string_view language) const;

  CameoTable cameo_;
  std::vector<std::unique_ptr<CompiledLanguage>> languages_;
};

}  // namespace tocsin

#endif  // TOCSIN_EVENTS_EVENT_CODER_H_
