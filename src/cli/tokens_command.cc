// `tocsin tokens INPUT...`: one JSON object per sentence, for debugging the
// front end and for tests. Every span is a byte range into the document text.
#include <fmt/core.h>

#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "cli/document_loop.h"
#include "cli/pipeline_loader.h"
#include "util/json_writer.h"

namespace tocsin::cli {

namespace {

struct TokensOptions {
  LoopOptions loop;
  bool summary_only = false;
};

void AppendSpan(uint32_t begin, uint32_t end, std::string* out) {
  fmt::format_to(std::back_inserter(*out), "[{},{}]", begin, end);
}

void AppendSentence(const Document& doc, const AnalyzedText& text, size_t index,
                    std::string* out) {
  const Sentence& s = text.sentences[index];
  out->append("{\"doc\":");
  AppendJsonString(doc.id, out);
  fmt::format_to(std::back_inserter(*out), ",\"sentence\":{},\"span\":", index);
  AppendSpan(s.begin, s.end, out);
  out->append(",\"lang\":");
  const std::string& lang = text.paragraphs.empty()
                                ? text.language
                                : text.paragraphs[s.paragraph].language;
  AppendJsonString(lang, out);
  out->append(",\"tokens\":[");
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    const Token& t = text.tokens[i];
    if (i > s.first_token) out->push_back(',');
    out->append("{\"span\":");
    AppendSpan(t.begin, t.end, out);
    out->append(",\"form\":");
    AppendJsonString(Surface(doc, t), out);
    out->append(",\"norm\":");
    AppendJsonString(text.Normalized(t), out);
    out->append(",\"lemma\":");
    AppendJsonString(text.Lemma(t), out);
    out->append(",\"class\":\"");
    out->append(WordClassName(t.word_class));
    out->append("\"}");
  }
  out->append("]}\n");
}

int RunTokens(const TokensOptions& options) {
  PipelineOptions pipeline_options;
  pipeline_options.actors = false;  // the front end is all this command shows
  auto pipeline = LoadPipeline(pipeline_options);
  if (!pipeline) return 2;
  std::string buffer;
  LoopSummary summary = RunDocumentLoop(
      *pipeline, options.loop,
      [&](const Document& doc, const DocumentAnalysis& analysis) {
        if (options.summary_only) return;
        const AnalyzedText& text = analysis.text;
        buffer.clear();
        for (size_t i = 0; i < text.sentences.size(); ++i) {
          AppendSentence(doc, text, i, &buffer);
        }
        std::fwrite(buffer.data(), 1, buffer.size(), stdout);
      });
  std::fflush(stdout);
  PrintSummary(summary);
  return ExitCodeFor(summary);
}

}  // namespace

void AddTokensCommand(CLI::App& app, Runner* selected) {
  auto options = std::make_shared<TokensOptions>();
  CLI::App* command = app.add_subcommand(
      "tokens", "Print sentences and tokens (JSON Lines) for debugging");
  AddLoopOptions(command, &options->loop);
  command->add_flag("--summary-only", options->summary_only,
                    "Check every document but print only the summary");
  command->callback([options, selected] {
    *selected = [options] { return RunTokens(*options); };
  });
}

}  // namespace tocsin::cli
