// `tocsin code INPUT...`: the events of each document, one JSON object per
// event (docs/event-format.md), then the document's knowledge record
// (docs/knowledge-format.md), streamed as documents are read.
// `tocsin explain "sentence"`: how the coder read one sentence, for
// dictionary maintainers: tokens and lemmas, actors, candidate patterns,
// and why each event got its parties and flags.
#include <fmt/core.h>

#include <cstdio>
#include <iostream>
#include <string>

#include "actors/actor_matcher.h"
#include "cli/commands.h"
#include "cli/document_loop.h"
#include "cli/pipeline_loader.h"
#include "events/event_coder.h"
#include "events/event_json.h"
#include "gkg/knowledge_json.h"
#include "util/json_writer.h"

namespace tocsin::cli {
namespace {

struct CodeOptions {
  LoopOptions loop;
  std::string format = "jsonl";
  std::string dictionary;  // compiled actors file; empty: the default
  // Stages a user can leave out when only the events are wanted; the
  // records they add (an event's "location", the document record) are
  // then null and absent.
  bool no_places = false;
  bool no_knowledge = false;
};

int RunCode(const CodeOptions& options) {
  if (options.format != "jsonl") {
    std::cerr << "tocsin: error: unknown --format '" << options.format
              << "' (only jsonl)\n";
    return 2;
  }
  PipelineOptions pipeline_options;
  pipeline_options.actors_path = options.dictionary;
  pipeline_options.places = !options.no_places;
  pipeline_options.knowledge = !options.no_knowledge;
  auto pipeline = LoadPipeline(pipeline_options);
  if (!pipeline) return 2;
  std::string buffer;
  uint64_t events = 0;
  LoopSummary summary = RunDocumentLoop(
      *pipeline, options.loop,
      [&](const Document& doc, const DocumentAnalysis& analysis) {
        buffer.clear();
        for (const Event& e : analysis.events) {
          AppendEventJson(doc, analysis, e, &buffer);
        }
        // The document's knowledge record follows its events.
        if (pipeline->codes_knowledge()) {
          AppendKnowledgeJson(doc, analysis, &buffer);
        }
        events += analysis.events.size();
        std::fwrite(buffer.data(), 1, buffer.size(), stdout);
      });
  std::fflush(stdout);
  PrintSummary(summary);
  std::fprintf(stderr, "events: %llu\n",
               static_cast<unsigned long long>(events));
  return ExitCodeFor(summary);
}

struct ExplainOptions {
  std::string sentence;
  std::string language;
  std::string date;
};

int RunExplain(const ExplainOptions& options) {
  auto pipeline = LoadPipeline();
  if (!pipeline) return 2;
  if (pipeline->event_coder() == nullptr) {
    std::cerr << "tocsin: error: the event coder is not loaded\n";
    return 2;
  }
  Document doc;
  doc.id = "explain";
  doc.text = options.sentence;
  doc.language = options.language;
  doc.published = options.date;
  DocumentAnalysis analysis;
  pipeline->Process(doc, &analysis);
  const AnalyzedText& text = analysis.text;
  std::printf("language: %s\n", text.language.c_str());
  for (size_t si = 0; si < text.sentences.size(); ++si) {
    const Sentence& s = text.sentences[si];
    std::printf("sentence %zu: %.*s\n  tokens:", si,
                static_cast<int>(s.end - s.begin), doc.text.data() + s.begin);
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      const Token& tok = text.tokens[t];
      std::string_view form = Surface(doc, tok);
      std::string_view lemma = text.Lemma(tok);
      std::printf(" %.*s/%.*s/%s", static_cast<int>(form.size()), form.data(),
                  static_cast<int>(lemma.size()), lemma.data(),
                  WordClassName(tok.word_class));
    }
    std::printf("\n");
  }
  std::printf("actors:\n");
  for (const ActorMention& m : analysis.actors) {
    std::printf("  [%u,%u] \"%.*s\" %s (%s)\n", m.begin, m.end,
                static_cast<int>(m.end - m.begin), doc.text.data() + m.begin,
                m.code.empty() ? "-" : m.code.c_str(), m.type.c_str());
  }
  for (const ActorMention& m : analysis.actor_modifiers) {
    std::printf("  [%u,%u] \"%.*s\" %s (country adjective, not an actor)\n",
                m.begin, m.end, static_cast<int>(m.end - m.begin),
                doc.text.data() + m.begin, m.code.c_str());
  }
  // The same Code() the pipeline ran, this time with a trace.
  EventTrace trace;
  std::vector<Event> events;
  pipeline->event_coder()->Code(doc, text, analysis.actors,
                                analysis.actor_modifiers, &events, &trace);
  std::printf("patterns and decisions:\n");
  for (const std::string& line : trace.lines) std::printf("%s\n", line.c_str());
  std::printf("events:\n");
  std::string buffer;
  for (const Event& e : analysis.events) {
    buffer.clear();
    AppendEventJson(doc, analysis, e, &buffer);
    std::fwrite(buffer.data(), 1, buffer.size(), stdout);
  }
  if (analysis.events.empty()) std::printf("  (none)\n");
  return 0;
}

}  // namespace

void AddCodeCommand(CLI::App& app, Runner* selected) {
  auto options = std::make_shared<CodeOptions>();
  CLI::App* command = app.add_subcommand(
      "code",
      "Code each document: its events, then its knowledge record (JSON Lines)");
  AddLoopOptions(command, &options->loop);
  command->add_option("--format", options->format, "Output format: jsonl")
      ->default_val("jsonl");
  command->add_option("--dictionary", options->dictionary,
                      "Compiled actor dictionary (tocsin dict compile), e.g. "
                      "ours layered with PETRARCH's; default: ours");
  command->add_flag("--no-places", options->no_places,
                    "Skip the geocoder: every event's location is null");
  command->add_flag("--no-knowledge", options->no_knowledge,
                    "Skip knowledge extraction: no document records, only "
                    "events");
  command->callback([options, selected] {
    *selected = [options] { return RunCode(*options); };
  });

  auto explain = std::make_shared<ExplainOptions>();
  CLI::App* ex =
      app.add_subcommand("explain", "Show how one sentence is coded, and why");
  ex->add_option("sentence", explain->sentence, "The sentence")->required();
  ex->add_option("--lang", explain->language, "Language (default: detect)");
  ex->add_option("--date", explain->date, "Document date, YYYY-MM-DD");
  ex->callback([explain, selected] {
    *selected = [explain] { return RunExplain(*explain); };
  });
}

}  // namespace tocsin::cli
