// `dipgraph forget`: Remove an article's contribution from the database
// Not built yet: its issue replaces this registration.

#include "cli/command.h"

namespace dipgraph::cli {

void RegisterForget(CLI::App& app, CommandContext& ctx) {
  CLI::App* sub = RegisterPending(app, ctx, "forget", "Remove an article's contribution from the database");
  AddDbOption(sub, ctx);
}

}  // namespace dipgraph::cli
