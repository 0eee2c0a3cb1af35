// The subcommand table of the dipgraph binary [ninja's tool table]: each
// cmd_<name>.cc defines one Register<Name>() that adds its CLI11 subcommand
// with its options and sets the function to run when it is chosen. main()
// parses the command line and runs the chosen command.
//
// Exit codes: kExitOk 0, kExitFailure 1 (runtime error), kExitUsage 2.

#ifndef DIPGRAPH_CLI_COMMAND_H_
#define DIPGRAPH_CLI_COMMAND_H_

#include <CLI/CLI.hpp>

#include <functional>
#include <string>

#include "base/status.h"

namespace dipgraph::cli {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

// State shared between main() and the commands.
struct CommandContext {
  // --db as given on the command line (top level or subcommand); empty if
  // not given. Use DbPath() to resolve.
  std::string db_flag;
  // The chosen command's body, set by its subcommand callback.
  std::function<int()> run;
};

// The database directory: --db, else $DIPGRAPH_DB, else ./dipgraph.db.
std::string DbPath(const CommandContext& ctx);

// Prints "dipgraph COMMAND: message" on stderr and returns the exit code
// for it: kExitUsage for an invalid argument, else kExitFailure.
int Fail(const char* command, const base::Status& s);

// Adds --db DIR to a subcommand (the top level has it too).
void AddDbOption(CLI::App* sub, CommandContext& ctx);

// Registers a subcommand that only prints "not implemented yet" and exits 2,
// keeping its name and help text visible. Returns the subcommand so the
// caller can add the options it will take.
CLI::App* RegisterPending(CLI::App& app, CommandContext& ctx,
                          const std::string& name,
                          const std::string& description);

// One per command, defined in cmd_<name>.cc.
void RegisterExtract(CLI::App& app, CommandContext& ctx);
void RegisterIngest(CLI::App& app, CommandContext& ctx);
void RegisterStats(CLI::App& app, CommandContext& ctx);
void RegisterTimeline(CLI::App& app, CommandContext& ctx);
void RegisterPath(CLI::App& app, CommandContext& ctx);
void RegisterNeighbors(CLI::App& app, CommandContext& ctx);
void RegisterTop(CLI::App& app, CommandContext& ctx);
void RegisterActors(CLI::App& app, CommandContext& ctx);
void RegisterRender(CLI::App& app, CommandContext& ctx);
void RegisterExport(CLI::App& app, CommandContext& ctx);
void RegisterForget(CLI::App& app, CommandContext& ctx);
void RegisterSnapshot(CLI::App& app, CommandContext& ctx);
void RegisterCodes(CLI::App& app, CommandContext& ctx);

}  // namespace dipgraph::cli

#endif  // DIPGRAPH_CLI_COMMAND_H_
