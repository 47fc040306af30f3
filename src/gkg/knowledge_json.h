// JSON of the knowledge record, as `tocsin code` (one "kind":"document"
// line per document) and `tocsin quotes` (one line per quotation) write it;
// documented in docs/knowledge-format.md. In the library so every writer
// emits the same bytes.
#ifndef TOCSIN_GKG_KNOWLEDGE_JSON_H_
#define TOCSIN_GKG_KNOWLEDGE_JSON_H_

#include <string>

#include "tocsin/document.h"
#include "tocsin/knowledge.h"
#include "tocsin/pipeline.h"

namespace tocsin {

// Appends the document's knowledge record and a newline to *out:
// {"kind":"document","doc_id",...,"tone","themes","entities","quotations",
//  "amounts","dates"}.
void AppendKnowledgeJson(const Document& doc, const DocumentAnalysis& analysis,
                         std::string* out);

// Appends one quotation as a line of `tocsin quotes`: the quotation's own
// fields plus its document id and, for reading, the speaker's name.
void AppendQuotationLineJson(const Document& doc,
                             const DocumentAnalysis& analysis,
                             const Quotation& quotation, std::string* out);

}  // namespace tocsin

#endif  // TOCSIN_GKG_KNOWLEDGE_JSON_H_
