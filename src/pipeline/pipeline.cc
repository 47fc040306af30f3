#include "tocsin/pipeline.h"

#include <algorithm>

#include "actors/actor_matcher.h"
#include "actors/name_finder.h"
#include "events/event_coder.h"
#include "geo/geocoder.h"
#include "gkg/knowledge.h"
#include "lemma/lemmatizer.h"
#include "text/analyzer.h"
#include "util/paths.h"

namespace tocsin {

Pipeline::~Pipeline() = default;

StatusOr<std::unique_ptr<Pipeline>> Pipeline::Create(
    const PipelineOptions& options) {
  std::unique_ptr<Pipeline> pipeline(new Pipeline());
  TextAnalyzerOptions text_options;
  text_options.dict_dir =
      options.dict_dir.empty() ? DictDir() : options.dict_dir;
  TOCSIN_ASSIGN_OR_RETURN(pipeline->analyzer_,
                          TextAnalyzer::Create(text_options));
  const std::string data_dir =
      options.data_dir.empty() ? DataDir() : options.data_dir;
  TOCSIN_ASSIGN_OR_RETURN(pipeline->lemmatizer_, Lemmatizer::Open(data_dir));
  if (options.actors) {
    TOCSIN_ASSIGN_OR_RETURN(pipeline->actors_,
                            ActorMatcher::Open(options.actors_path.empty()
                                                   ? data_dir + "/actors.bin"
                                                   : options.actors_path));
    TOCSIN_ASSIGN_OR_RETURN(
        pipeline->names_,
        NameFinder::Create({text_options.dict_dir, data_dir}));
    if (options.events) {
      TOCSIN_ASSIGN_OR_RETURN(
          pipeline->events_,
          EventCoder::Create(options.events_dir.empty()
                                 ? text_options.dict_dir + "/events"
                                 : options.events_dir));
    }
  }
  if (options.actors && options.places) {
    TOCSIN_ASSIGN_OR_RETURN(pipeline->geocoder_,
                            Geocoder::Create(options.gazetteer_path.empty()
                                                 ? data_dir + "/gazetteer.bin"
                                                 : options.gazetteer_path,
                                             text_options.dict_dir));
  }
  if (options.actors && options.knowledge) {
    TOCSIN_ASSIGN_OR_RETURN(
        pipeline->knowledge_,
        KnowledgeExtractor::Create(text_options.dict_dir, data_dir));
  }
  return pipeline;
}

void Pipeline::Analyze(const Document& doc, AnalyzedText* out) const {
  analyzer_->Analyze(doc, out);
  for (const Sentence& sentence : out->sentences) {
    // A paragraph the identifier could not decide inherits the document's
    // language rather than losing its lemmas.
    const std::string* language = &out->language;
    if (sentence.paragraph < out->paragraphs.size()) {
      const std::string& own = out->paragraphs[sentence.paragraph].language;
      if (!own.empty() && own != "und") language = &own;
    }
    lemmatizer_->LemmatizeSentence(*language, sentence.first_token,
                                   sentence.end_token, out);
  }
  // The lemmatizer has set the token keys too: the sentences cover every
  // token (ValidateAnalysis).
}

void Pipeline::Process(const Document& doc, DocumentAnalysis* out) const {
  ProcessBatch({&doc, 1}, {out, 1});
}

void Pipeline::ProcessBatch(std::span<const Document> docs,
                            std::span<DocumentAnalysis> out) const {
  const size_t n = std::min(docs.size(), out.size());
  for (size_t i = 0; i < n; ++i) {
    Analyze(docs[i], &out[i].text);
    out[i].actors.clear();
    out[i].actor_modifiers.clear();
    out[i].events.clear();
    out[i].places.clear();
    out[i].main_place = -1;
  }
  if (actors_ != nullptr) {
    for (size_t i = 0; i < n; ++i) {
      actors_->Match(docs[i], out[i].text, &out[i].actors,
                     &out[i].actor_modifiers);
    }
  }
  if (names_ != nullptr) {
    for (size_t i = 0; i < n; ++i) {
      names_->Find(docs[i], out[i].text, &out[i].actors);
    }
  }
  if (events_ != nullptr) {
    for (size_t i = 0; i < n; ++i) {
      events_->Code(docs[i], out[i].text, out[i].actors, out[i].actor_modifiers,
                    &out[i].events);
    }
  }
  if (geocoder_ != nullptr) {
    for (size_t i = 0; i < n; ++i) geocoder_->Code(docs[i], &out[i]);
  }
  for (size_t i = 0; i < n; ++i) {
    if (knowledge_ != nullptr) {
      knowledge_->Extract(docs[i], out[i].text, out[i].actors,
                          &out[i].knowledge);
    } else {
      out[i].knowledge.Clear();
    }
  }
}

}  // namespace tocsin
