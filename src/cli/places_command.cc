// `tocsin places INPUT...`: the place mentions of each document, one JSON
// object per mention (docs/place-format.md), streamed as documents are read.
#include <cstdio>
#include <iostream>
#include <string>

#include "cli/commands.h"
#include "cli/document_loop.h"
#include "cli/pipeline_loader.h"
#include "geo/place_json.h"

namespace tocsin::cli {
namespace {

int RunPlaces(const LoopOptions& loop) {
  PipelineOptions pipeline_options;
  // Events are not printed here; the geocoder reads only tokens and actors.
  pipeline_options.events = false;
  pipeline_options.knowledge = false;
  auto pipeline = LoadPipeline(pipeline_options);
  if (!pipeline) return 2;
  if (!pipeline->codes_places()) {
    std::cerr << "tocsin: error: the geocoder is not loaded\n";
    return 2;
  }
  std::string buffer;
  uint64_t places = 0;
  LoopSummary summary = RunDocumentLoop(
      *pipeline, loop,
      [&](const Document& doc, const DocumentAnalysis& analysis) {
        buffer.clear();
        for (const PlaceMention& p : analysis.places) {
          AppendPlaceMentionJson(doc, analysis, p, &buffer);
        }
        places += analysis.places.size();
        std::fwrite(buffer.data(), 1, buffer.size(), stdout);
      });
  std::fflush(stdout);
  PrintSummary(summary);
  std::fprintf(stderr, "places: %llu\n",
               static_cast<unsigned long long>(places));
  return ExitCodeFor(summary);
}

}  // namespace

void AddPlacesCommand(CLI::App& app, Runner* selected) {
  auto options = std::make_shared<LoopOptions>();
  CLI::App* command = app.add_subcommand(
      "places", "Print the place mentions of each document (JSON Lines)");
  AddLoopOptions(command, options.get());
  command->callback([options, selected] {
    *selected = [options] { return RunPlaces(*options); };
  });
}

}  // namespace tocsin::cli
