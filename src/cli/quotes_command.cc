// `tocsin quotes INPUT...`: the quotations of each document with their
// speakers, streamed as documents are read: JSON Lines
// (docs/knowledge-format.md) or, with --format text, one readable line per
// quotation.
#include <fmt/core.h>

#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>

#include "cli/commands.h"
#include "cli/document_loop.h"
#include "cli/pipeline_loader.h"
#include "gkg/knowledge_json.h"

namespace tocsin::cli {
namespace {

struct QuotesOptions {
  LoopOptions loop;
  std::string format = "jsonl";
};

// doc_id  «text» — speaker (CODE) [verb, rule, confidence]
void AppendQuotationText(const Document& doc, const Quotation& q,
                         std::string* out) {
  fmt::format_to(std::back_inserter(*out), "{}\t{}{}{}", doc.id,
                 q.direct ? "«" : "(indirect) ", q.text, q.direct ? "»" : "");
  if (q.speaker_name.empty() && q.speaker_span.end > q.speaker_span.begin) {
    // Named by words that are no entity of the document: show them.
    fmt::format_to(
        std::back_inserter(*out), " — \"{}\"",
        std::string_view(doc.text).substr(
            q.speaker_span.begin, q.speaker_span.end - q.speaker_span.begin));
  } else if (q.speaker_name.empty()) {
    out->append(" — (no speaker)");
  } else {
    fmt::format_to(std::back_inserter(*out), " — {}", q.speaker_name);
    if (!q.speaker_code.empty()) {
      fmt::format_to(std::back_inserter(*out), " ({})", q.speaker_code);
    }
  }
  fmt::format_to(std::back_inserter(*out), " [{}, {}, {:.2f}]\n", q.verb,
                 q.rule, q.confidence);
}

int RunQuotes(const QuotesOptions& options) {
  if (options.format != "jsonl" && options.format != "text") {
    std::cerr << "tocsin: error: unknown --format '" << options.format
              << "' (jsonl or text)\n";
    return 2;
  }
  PipelineOptions pipeline_options;
  // Speakers need actors, not events or places.
  pipeline_options.events = false;
  pipeline_options.places = false;
  auto pipeline = LoadPipeline(pipeline_options);
  if (!pipeline) return 2;
  if (!pipeline->codes_knowledge()) {
    std::cerr << "tocsin: error: knowledge extraction is not loaded\n";
    return 2;
  }
  const bool text = options.format == "text";
  std::string buffer;
  uint64_t quotations = 0, attributed = 0;
  LoopSummary summary = RunDocumentLoop(
      *pipeline, options.loop,
      [&](const Document& doc, const DocumentAnalysis& analysis) {
        buffer.clear();
        for (const Quotation& q : analysis.knowledge.quotations) {
          if (text) {
            AppendQuotationText(doc, q, &buffer);
          } else {
            AppendQuotationLineJson(doc, analysis, q, &buffer);
          }
          if (!q.speaker_name.empty()) ++attributed;
        }
        quotations += analysis.knowledge.quotations.size();
        std::fwrite(buffer.data(), 1, buffer.size(), stdout);
      });
  std::fflush(stdout);
  PrintSummary(summary);
  std::fprintf(stderr, "quotations: %llu (%llu with a speaker)\n",
               static_cast<unsigned long long>(quotations),
               static_cast<unsigned long long>(attributed));
  return ExitCodeFor(summary);
}

}  // namespace

void AddQuotesCommand(CLI::App& app, Runner* selected) {
  auto options = std::make_shared<QuotesOptions>();
  CLI::App* command = app.add_subcommand(
      "quotes", "Print the quotations of each document, with their speakers");
  AddLoopOptions(command, &options->loop);
  command->add_option("--format", options->format, "jsonl or text")
      ->default_val("jsonl");
  command->callback([options, selected] {
    *selected = [options] { return RunQuotes(*options); };
  });
}

}  // namespace tocsin::cli
