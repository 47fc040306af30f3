// KnowledgeExtractor: the pipeline's knowledge stage (GDELT GKG-like):
// entities, quotations with speakers, themes, tone, amounts and dates of one
// document. It owns one component per kind (src/gkg/*.h), each loaded once
// from the dictionaries we write (dict/) and the build's compiled data, and
// is then immutable and thread-safe; per-thread scratch lives inside the
// components.
#ifndef TOCSIN_GKG_KNOWLEDGE_H_
#define TOCSIN_GKG_KNOWLEDGE_H_

#include <memory>
#include <string>
#include <vector>

#include "tocsin/actor.h"
#include "tocsin/document.h"
#include "tocsin/knowledge.h"
#include "tocsin/status.h"
#include "tocsin/text.h"

namespace tocsin {

class EntityLinker;
class QuoteExtractor;
class ThemeMatcher;
class ToneScorer;
class AmountFinder;
class DateFinder;

class KnowledgeExtractor {
 public:
  // dict_dir: the dictionaries we write; data_dir: the build's compiled
  // data (tone lexicons). Errors name the file that is missing or bad.
  static StatusOr<std::unique_ptr<KnowledgeExtractor>> Create(
      const std::string& dict_dir, const std::string& data_dir);
  ~KnowledgeExtractor();

  // Fills *out (cleared first) for `doc`, whose front end is `text` and
  // whose actor mentions are `actors`. Work is linear in the document's
  // size: quotations are capped in length, scans never restart.
  void Extract(const Document& doc, const AnalyzedText& text,
               const std::vector<ActorMention>& actors, Knowledge* out) const;

  size_t theme_count() const;

 private:
  KnowledgeExtractor();
  std::unique_ptr<EntityLinker> entities_;
  std::unique_ptr<QuoteExtractor> quotes_;
  std::unique_ptr<ThemeMatcher> themes_;
  std::unique_ptr<ToneScorer> tone_;
  std::unique_ptr<AmountFinder> amounts_;
  std::unique_ptr<DateFinder> dates_;
};

}  // namespace tocsin

#endif  // TOCSIN_GKG_KNOWLEDGE_H_
