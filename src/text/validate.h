// Checks the invariants every front-end output must hold. Used by the CLI on
// every document it prints, by tests, and by fuzzers.
#ifndef TOCSIN_TEXT_VALIDATE_H_
#define TOCSIN_TEXT_VALIDATE_H_

#include "tocsin/document.h"
#include "tocsin/status.h"
#include "tocsin/text.h"

namespace tocsin {

// OK when: norm_to_orig has normalized.size()+1 monotonic entries within
// doc.text; paragraphs, sentences and tokens are ordered, non-overlapping and
// inside doc.text; each span starts and ends on UTF-8 character boundaries;
// every token is non-empty and lies inside its sentence, which lies inside its
// paragraph; normalised and lemma spans lie inside their arenas. Otherwise an
// Internal error naming the first broken invariant.
Status ValidateAnalysis(const Document& doc, const AnalyzedText& text);

}  // namespace tocsin

#endif  // TOCSIN_TEXT_VALIDATE_H_
