// The CLI's subcommands. Each registers its options on the CLI11 app and
// returns the process exit code when run. Exit codes: 0 success, 1 some
// documents failed (the rest were processed), 2 usage or setup error.
#ifndef TOCSIN_CLI_COMMANDS_H_
#define TOCSIN_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <functional>

namespace tocsin::cli {

// Set by the chosen subcommand's parse callback; main() runs it.
using Runner = std::function<int()>;

void AddTokensCommand(CLI::App& app, Runner* selected);
void AddAnalyzeCommand(CLI::App& app, Runner* selected);
void AddEvalCommand(CLI::App& app, Runner* selected);
void AddActorsCommand(CLI::App& app, Runner* selected);
void AddDictCommand(CLI::App& app, Runner* selected);
void AddCodeCommand(CLI::App& app, Runner* selected);  // code, explain
void AddPlacesCommand(CLI::App& app, Runner* selected);
void AddQuotesCommand(CLI::App& app, Runner* selected);
void AddIngestCommand(CLI::App& app, Runner* selected);
void AddEventsCommand(CLI::App& app, Runner* selected);
void AddSignalsCommand(CLI::App& app, Runner* selected);
void AddEvalNerCommand(CLI::App& eval, Runner* selected);       // under `eval`
void AddEvalQuadCommand(CLI::App& eval, Runner* selected);      // under `eval`
void AddEvalPetrarchCommand(CLI::App& eval, Runner* selected);  // under `eval`
void AddEvalAcledCommand(CLI::App& eval, Runner* selected);     // under `eval`

}  // namespace tocsin::cli

#endif  // TOCSIN_CLI_COMMANDS_H_
