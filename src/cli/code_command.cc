// `tocsin code INPUT...`: the events of each document, one JSON object per
// event (docs/event-format.md), streamed as documents are read.
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
#include "cli/json_writer.h"
#include "cli/pipeline_loader.h"
#include "events/event_coder.h"

namespace tocsin::cli {
namespace {

struct CodeOptions {
  LoopOptions loop;
  std::string format = "jsonl";
};

void AppendParty(const Document& doc, const EventParty& p, std::string* out) {
  if (!p.present()) {
    out->append("null");
    return;
  }
  out->append("{\"code\":");
  AppendJsonString(p.code, out);
  out->append(",\"text\":");
  AppendJsonString(std::string_view(doc.text).substr(p.begin, p.end - p.begin),
                   out);
  fmt::format_to(std::back_inserter(*out), ",\"span\":[{},{}]}}", p.begin,
                 p.end);
}

void AppendEventJson(const Document& doc, const DocumentAnalysis& analysis,
                     const Event& e, std::string* out) {
  const Sentence& s = analysis.text.sentences[e.sentence];
  out->append("{\"doc_id\":");
  AppendJsonString(doc.id, out);
  fmt::format_to(std::back_inserter(*out), ",\"sentence_index\":{}",
                 e.sentence);
  out->append(",\"sentence\":");
  AppendJsonString(SentenceText(doc, s), out);
  out->append(",\"date\":");
  if (doc.published.size() >= 10) {
    AppendJsonString(std::string_view(doc.published).substr(0, 10), out);
  } else {
    out->append("null");
  }
  out->append(",\"lang\":");
  AppendJsonString(SentenceLanguage(analysis.text, e.sentence), out);
  out->append(",\"source\":");
  AppendParty(doc, e.source, out);
  out->append(",\"target\":");
  AppendParty(doc, e.target, out);
  out->append(",\"reporter\":");
  AppendParty(doc, e.reporter, out);
  out->append(",\"cameo\":");
  AppendJsonString(e.cameo, out);
  out->append(",\"root\":");
  AppendJsonString(e.root(), out);
  fmt::format_to(std::back_inserter(*out),
                 ",\"quad_class\":{},\"goldstein\":{}", e.quad_class,
                 e.goldstein);
  out->append(",\"plover\":{\"type\":");
  AppendJsonString(e.plover_type, out);
  out->append(",\"mode\":");
  AppendJsonString(e.plover_mode, out);
  out->append("},\"trigger\":{\"text\":");
  AppendJsonString(std::string_view(doc.text).substr(
                       e.trigger_begin, e.trigger_end - e.trigger_begin),
                   out);
  fmt::format_to(std::back_inserter(*out),
                 ",\"span\":[{},{}]}},\"negated\":{},\"hypothetical\":{}",
                 e.trigger_begin, e.trigger_end, e.negated, e.hypothetical);
  out->append(",\"rule\":");
  AppendJsonString(e.rule, out);
  out->append("}\n");
}

int RunCode(const CodeOptions& options) {
  if (options.format != "jsonl") {
    std::cerr << "tocsin: error: unknown --format '" << options.format
              << "' (only jsonl)\n";
    return 2;
  }
  auto pipeline = LoadPipeline();
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
      "code", "Code the events of each document (JSON Lines, one per event)");
  AddLoopOptions(command, &options->loop);
  command->add_option("--format", options->format, "Output format: jsonl")
      ->default_val("jsonl");
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
