// `dipgraph path`: Shortest (or time-respecting) relationship paths between two actors
// Not built yet: its issue replaces this registration.

#include "cli/command.h"

namespace dipgraph::cli {

void RegisterPath(CLI::App& app, CommandContext& ctx) {
  CLI::App* sub = RegisterPending(app, ctx, "path", "Shortest (or time-respecting) relationship paths between two actors");
  AddDbOption(sub, ctx);
}

}  // namespace dipgraph::cli
