// `dipgraph snapshot`: Write a consistent point-in-time copy of the database
// Not built yet: its issue replaces this registration.

#include "cli/command.h"

namespace dipgraph::cli {

void RegisterSnapshot(CLI::App& app, CommandContext& ctx) {
  CLI::App* sub = RegisterPending(app, ctx, "snapshot", "Write a consistent point-in-time copy of the database");
  AddDbOption(sub, ctx);
}

}  // namespace dipgraph::cli
