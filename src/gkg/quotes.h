// QuoteExtractor: the quotations of a document and who spoke them.
//
// Direct quotations are the spans between « », “ ”, " " or ‘ ’
// (gkg/quote_marks.h): quotations split by an incise ("“A,” he said,
// “B.”") or opening their sentence with a fragment ("“Cet” autre train …
// “transporte …”") are one quotation with several parts; a quotation
// whose paragraphs re-open with the mark runs to the final closing mark.
// Indirect speech is a speech verb with a que/qu'/that clause ("X a
// déclaré que …"), recorded with direct = false and the clause as text.
//
// Each quotation is attributed (gkg/attribution.h, cues.cc, titles.cc)
// from, in this order: a title cue (the producer: "une émission intitulée
// « … »" → the channel); a speech verb, any verb or a colon right before
// it ("X said: “…”", "X a condamné « … »"); a speech verb after it ("”, a
// déclaré X", "," X said", "”, a-t-il ajouté", "« … ? » demande X", "”,
// selon X"); a cue further before it. Subjects skip appositions and
// parentheses ("Ramzan Kadyrov, chef de …, a déclaré", "The IAEA (…)
// said"), take a name set between commas ("The programme's host, Dmitry
// Kiselyov, told"), and are never a complement ("D'autres alliés de
// Poutine ont suggéré" names no one). An unnamed noun phrase ("a
// resident", "un diplomate européen") gives no speaker. A pronoun, an
// unlinked description or a participle ("ajoutant que") resolves to the
// previous speaker, unless a person or organisation of the right kind and
// gender was named since that speaker's quotation. Pronoun and description
// speakers are added to their entity as kPronoun / kDescription mentions.
// A quotation of one to three words needs a cue that names its speaker
// right against it, else it is a scare quote and is skipped; a longer one
// with no cue that opens its sentence continues the previous speaker.
//
// Bounded work: mark pairing is one pass with capped quotation length
// (quote_marks.h), every cue looks at a window of at most kMaxCueTokens
// tokens, and a reported clause is at most 160 tokens long, so a document
// costs O(tokens).
#ifndef TOCSIN_GKG_QUOTES_H_
#define TOCSIN_GKG_QUOTES_H_

#include <string>
#include <vector>

#include "gkg/entities.h"
#include "tocsin/actor.h"
#include "tocsin/document.h"
#include "tocsin/knowledge.h"
#include "tocsin/status.h"
#include "tocsin/text.h"

namespace tocsin {

class QuoteExtractor {
 public:
  // Reads the word lists under dict_dir (DictDir() when empty). Call once;
  // Extract is then safe to call from many threads at once.
  Status Load(const std::string& dict_dir);

  // Replaces *out with the document's quotations in text order. Adds
  // kPronoun / kDescription mentions to *entities for the speakers they
  // name (mentions stay in text order).
  // REQUIRES: Load succeeded; `text` and `actors` are Pipeline::Process's
  // analysis of `doc`, and *entities is EntityLinker::Link's output for it.
  void Extract(const Document& doc, const AnalyzedText& text,
               const std::vector<ActorMention>& actors,
               std::vector<Entity>* entities,
               std::vector<Quotation>* out) const;

  // Uses `shared` (which must outlive this) instead of reading the lists
  // again: the knowledge extractor's entity linker has the same ones, and
  // one copy lets both stages share a DocumentMemo. Instead of Load.
  void ShareLexicons(const SpeechLexicons* shared) { lexicons_ = shared; }

 private:
  SpeechLexicons own_;
  const SpeechLexicons* lexicons_ = &own_;
};

}  // namespace tocsin

#endif  // TOCSIN_GKG_QUOTES_H_
