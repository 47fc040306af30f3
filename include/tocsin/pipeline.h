// Pipeline: the one code path from a Document to everything tocsin codes.
//
// The CLI, the tests, the benchmarks and (later) the server and workers all
// call Pipeline; there is no second path. A Pipeline is built once (it loads
// and memory-maps the compiled lexicons and dictionaries) and is then
// immutable and thread-safe. Per-thread mutable state lives in the caller's
// AnalyzedText, which is reused across documents.
//
// Stages so far: normalise → language → paragraphs/sentences/tokens →
// lemmas and word classes. Later stages (actors, events, places, knowledge)
// add their outputs beside AnalyzedText.
#ifndef TOCSIN_PIPELINE_H_
#define TOCSIN_PIPELINE_H_

#include <memory>
#include <string>

#include "tocsin/document.h"
#include "tocsin/status.h"
#include "tocsin/text.h"

namespace tocsin {

class TextAnalyzer;
class Lemmatizer;

struct PipelineOptions {
  std::string dict_dir;  // dictionaries we write; empty: DictDir()
  std::string data_dir;  // compiled lexicons; empty: DataDir()
};

class Pipeline {
 public:
  static StatusOr<std::unique_ptr<Pipeline>> Create(
      const PipelineOptions& options);
  ~Pipeline();

  // Runs the front end on `doc`. `out` is cleared first and then holds the
  // language, paragraphs, sentences and lemmatised tokens, all spans into
  // doc.text. Thread-safe; `out` must not be shared between threads.
  void Analyze(const Document& doc, AnalyzedText* out) const;

 private:
  Pipeline() = default;
  std::unique_ptr<TextAnalyzer> analyzer_;
  std::unique_ptr<Lemmatizer> lemmatizer_;
};

}  // namespace tocsin

#endif  // TOCSIN_PIPELINE_H_
