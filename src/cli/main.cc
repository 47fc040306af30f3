// tocsin command line. Placeholder until the pipeline lands.
#include <CLI/CLI.hpp>

int main(int argc, char** argv) {
  CLI::App app{"tocsin: news to event data"};
  app.require_subcommand(1);
  CLI11_PARSE(app, argc, argv);
  return 0;
}
