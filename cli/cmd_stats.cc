// `dipgraph stats`: Counts of actors, events, mentions, articles; date range; size on disk
// Not built yet: its issue replaces this registration.

#include "cli/command.h"

namespace dipgraph::cli {

void RegisterStats(CLI::App& app, CommandContext& ctx) {
  CLI::App* sub = RegisterPending(app, ctx, "stats", "Counts of actors, events, mentions, articles; date range; size on disk");
  AddDbOption(sub, ctx);
}

}  // namespace dipgraph::cli
