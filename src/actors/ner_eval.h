// Named-entity evaluation of actor mentions: readers for gold token files,
// the mapping from ActorMention to PER/LOC/ORG spans, and span scoring.
//
// Gold files come as tokens with labels. Each reader rebuilds the document
// text from the tokens (spaces between tokens unless the file says
// otherwise) and turns the labels into byte spans of that text, so the real
// pipeline can run on the text and its mentions can be compared by bytes,
// whatever its own tokenizer does.
//
// Formats:
//  - BIO: "token label" per line (tab or spaces; the label is the last
//    field). IOB1, IOB2 and IOBES tags ("I-PER", "B-LOC", "S-ORG", "O").
//    Blank lines end sentences; "-DOCSTART-" lines end documents. Files
//    without blank lines are one token stream, cut into documents of about
//    NerReadOptions::max_document_tokens at sentence-final punctuation.
//    Spacing is guessed: no space before closing punctuation and English
//    clitics ('s, n't), none after opening brackets and French elisions (l').
//  - HIPE-2022 TSV: a header line naming the columns (TOKEN, NE-COARSE-LIT,
//    MISC are read), "# hipe2022:document_id = ..." comments start
//    documents, "# hipe2022:date = ..." and "# hipe2022:language = ..."
//    give their date and language; MISC flags
//    NoSpaceAfter and EndOfLine (a line break) shape the text.
// Labels are upper-cased and PERS is read as PER, so "B-pers" is a PER span.
#ifndef TOCSIN_ACTORS_NER_EVAL_H_
#define TOCSIN_ACTORS_NER_EVAL_H_

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "actors/person_extent.h"
#include "lemma/lemmatizer.h"
#include "tocsin/actor.h"
#include "tocsin/document.h"
#include "tocsin/status.h"
#include "tocsin/text.h"

namespace tocsin {

// A labelled byte span [begin, end) of a text.
struct NerSpan {
  uint32_t begin = 0, end = 0;
  std::string label;  // "PER", "LOC", "ORG", or the file's own ("S", "TIME")
  bool operator==(const NerSpan&) const = default;
};

struct NerDocument {
  std::string id;
  std::string date;           // as the file gives it, "" when it does not
  std::string language;       // ISO 639-1 when the file gives it, else ""
  std::string text;           // rebuilt from the tokens
  std::vector<NerSpan> gold;  // ordered by begin
};

enum class NerFormat : uint8_t { kBio, kHipe };

struct NerReadOptions {
  // BIO streams without blank lines are cut into documents of at least this
  // many tokens (at the next sentence end): the pipeline's coreference is
  // per document, and one 200k-token document would be unrealistic.
  uint32_t max_document_tokens = 1000;
  // BIO files with blank lines: sentences per document (1 for collections
  // of unrelated sentences).
  uint32_t sentences_per_document = 1;
};

// Readers. InvalidArgument with "name:line: why" on malformed input.
StatusOr<std::vector<NerDocument>> ReadBio(std::string_view content,
                                           std::string_view name,
                                           const NerReadOptions& options);
StatusOr<std::vector<NerDocument>> ReadHipe(std::string_view content,
                                            std::string_view name);
// Reads `path` (NotFound when missing) with the reader for `format`.
StatusOr<std::vector<NerDocument>> ReadNerFile(const std::string& path,
                                               NerFormat format,
                                               const NerReadOptions& options);

// The named-entity label of a mention: name-finder types as they are
// (PERSON -> PER); dictionary persons PER; states, seats, blocs, subnational
// entities LOC (a state named as an actor is still a place name); IGOs,
// NGOs, parties, companies, media and armed groups ORG. "" for agents and
// combinations, which are role words rather than names.
std::string_view NerLabelOf(const ActorMention& mention);

// The mentions of `mentions` that name something, as labelled spans of
// doc.text, ordered by begin:
//  - a span loses leading determiners and elided articles and trailing
//    punctuation, and must keep a capitalised word;
//  - a lone adjective ("Russian strikes") is dropped, and so is a
//    one-word state or bloc mention that is a demonym ("les Suisses",
//    "the Russians"): its token is no proper noun and, when `lexicons` is
//    given, its exact form has no proper-noun reading there ("Suisse"
//    has one, "Suisses" has none);
//  - titles: gold sets differ. HIPE's person spans hold the title ("M.
//    Hagenbeck", "général Prim"), CoNLL-style ones (Europeana) only the
//    name. With `titles`, an agent mention just before a name-finder person
//    joins it as its title, as the matcher joins titles to dictionary
//    persons ("le général" + "Prim" -> "général Prim"); without, a person
//    span loses its title: the name finder's role, or the lower-case nouns
//    and adjectives a dictionary person starts with ("président russe";
//    not the particle of "de Gaulle");
//  - with `titles` and `roles`, a person span grows to its HIPE/impresso
//    extent (ExtendPersonSpan, person_extent.h: functions and appositions,
//    "M. Ador, conseiller fédéral"), and the spans inside it are dropped,
//    as HIPE's coarse spans do not nest; a grown span that would cut
//    another span keeps its name only.
void MentionsToNerSpans(const Document& doc, const AnalyzedText& text,
                        std::span<const ActorMention> mentions,
                        const Lemmatizer* lexicons, bool titles,
                        const PersonRoles* roles, std::vector<NerSpan>* out);

struct NerCounts {
  uint64_t gold = 0, predicted = 0;
  uint64_t strict = 0;             // predicted spans equal to a gold span
  uint64_t gold_overlapped = 0;    // gold spans some prediction overlaps
  uint64_t predicted_overlap = 0;  // predictions overlapping some gold span

  double StrictPrecision() const { return Ratio(strict, predicted); }
  double StrictRecall() const { return Ratio(strict, gold); }
  double StrictF1() const { return F1(StrictPrecision(), StrictRecall()); }
  double LenientPrecision() const {
    return Ratio(predicted_overlap, predicted);
  }
  double LenientRecall() const { return Ratio(gold_overlapped, gold); }
  double LenientF1() const { return F1(LenientPrecision(), LenientRecall()); }
  void Add(const NerCounts& other);

  static double Ratio(uint64_t a, uint64_t b) {
    return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b);
  }
  static double F1(double p, double r) {
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
};

// Accumulates counts per label over documents. Only `labels` are scored;
// spans with other labels are ignored on both sides. With match_labels
// false every prediction may match every gold span (recall of unlabelled
// spans: ConfliBERT's source/target spans by any actor mention).
class NerScorer {
 public:
  NerScorer(std::vector<std::string> labels, bool match_labels)
      : labels_(std::move(labels)), match_labels_(match_labels) {}

  void Add(std::span<const NerSpan> gold, std::span<const NerSpan> predicted);

  // Per label (by gold label when match_labels is false, where `predicted`
  // and its overlap count are not per label and stay 0).
  const std::map<std::string, NerCounts>& by_label() const { return counts_; }
  // Micro-average over the scored labels.
  NerCounts Overall() const;

 private:
  bool Scored(std::string_view label) const;
  std::vector<std::string> labels_;
  bool match_labels_;
  std::map<std::string, NerCounts> counts_;
  uint64_t predicted_ = 0, predicted_overlap_ = 0;  // when !match_labels_
};

}  // namespace tocsin

#endif  // TOCSIN_ACTORS_NER_EVAL_H_
