// tocsin: news in, event data out. See README.md for the commands.
#include <CLI/CLI.hpp>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"tocsin: news to event data (English and French)"};
  app.require_subcommand(1);
  tocsin::cli::Runner selected;
  tocsin::cli::AddTokensCommand(app, &selected);
  tocsin::cli::AddAnalyzeCommand(app, &selected);
  tocsin::cli::AddActorsCommand(app, &selected);
  tocsin::cli::AddEvalCommand(app, &selected);
  tocsin::cli::AddDictCommand(app, &selected);
  tocsin::cli::AddCodeCommand(app, &selected);
  tocsin::cli::AddPlacesCommand(app, &selected);
  tocsin::cli::AddQuotesCommand(app, &selected);
  tocsin::cli::AddIngestCommand(app, &selected);
  tocsin::cli::AddEventsCommand(app, &selected);
  tocsin::cli::AddSignalsCommand(app, &selected);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  return selected ? selected() : 2;
}
