// `dipgraph timeline`: Events of an actor, or between two actors, in date order
// Not built yet: its issue replaces this registration.

#include "cli/command.h"

namespace dipgraph::cli {

void RegisterTimeline(CLI::App& app, CommandContext& ctx) {
  CLI::App* sub = RegisterPending(app, ctx, "timeline", "Events of an actor, or between two actors, in date order");
  AddDbOption(sub, ctx);
}

}  // namespace dipgraph::cli
