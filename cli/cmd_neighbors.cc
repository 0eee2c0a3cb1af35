// `dipgraph neighbors`: The ego network of an actor with tie strengths
// Not built yet: its issue replaces this registration.

#include "cli/command.h"

namespace dipgraph::cli {

void RegisterNeighbors(CLI::App& app, CommandContext& ctx) {
  CLI::App* sub = RegisterPending(app, ctx, "neighbors", "The ego network of an actor with tie strengths");
  AddDbOption(sub, ctx);
}

}  // namespace dipgraph::cli
