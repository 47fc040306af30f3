// `tocsin actors INPUT...`: the actor mentions of each document, one JSON
// object per mention, so the coder's "who" can be checked span by span.
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "cli/document_loop.h"
#include "cli/pipeline_loader.h"
#include "util/json_writer.h"

namespace tocsin::cli {

namespace {

struct ActorsOptions {
  LoopOptions loop;
  std::string dictionary;  // compiled actors file; empty: the default
};

void AppendMention(const Document& doc, const DocumentAnalysis& analysis,
                   const ActorMention& m, std::string* out) {
  out->push_back('{');
  AppendJsonMember("doc", doc.id, out);
  AppendJsonMember("sentence", m.sentence, out);
  AppendJsonKey("span", out);
  AppendJsonSpan(m.begin, m.end, out);
  AppendJsonMember(
      "text", std::string_view(doc.text).substr(m.begin, m.end - m.begin), out);
  AppendJsonMember("code", m.code, out);
  AppendJsonMember("type", m.type, out);
  AppendJsonMember("entry", m.entry_id, out);
  if (!m.role.empty()) AppendJsonMember("role", m.role, out);
  AppendJsonMember("source", MentionSourceName(m.source), out);
  if (m.antecedent >= 0) {
    const ActorMention& a = analysis.actors[m.antecedent];
    AppendJsonKey("refers_to", out);
    AppendJsonSpan(a.begin, a.end, out);
  }
  out->append("}\n");
}

int RunActors(const ActorsOptions& options) {
  PipelineOptions pipeline_options;
  pipeline_options.actors_path = options.dictionary;
  pipeline_options.events = false;  // this command shows actors only
  pipeline_options.places = false;
  pipeline_options.knowledge = false;
  auto pipeline = LoadPipeline(pipeline_options);
  if (!pipeline) return 2;
  std::string buffer;
  LoopSummary summary = RunDocumentLoop(
      *pipeline, options.loop,
      [&](const Document& doc, const DocumentAnalysis& analysis) {
        buffer.clear();
        for (const ActorMention& m : analysis.actors) {
          AppendMention(doc, analysis, m, &buffer);
        }
        std::fwrite(buffer.data(), 1, buffer.size(), stdout);
      });
  std::fflush(stdout);
  PrintSummary(summary);
  return ExitCodeFor(summary);
}

}  // namespace

void AddActorsCommand(CLI::App& app, Runner* selected) {
  auto options = std::make_shared<ActorsOptions>();
  CLI::App* command = app.add_subcommand(
      "actors", "Print the actor mentions of each document (JSON Lines)");
  AddLoopOptions(command, &options->loop);
  command->add_option("--dictionary", options->dictionary,
                      "Compiled actor dictionary (tocsin dict compile); "
                      "default: the one built with tocsin");
  command->callback([options, selected] {
    *selected = [options] { return RunActors(*options); };
  });
}

}  // namespace tocsin::cli
