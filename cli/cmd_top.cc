// `dipgraph top`: Most active ties and actors by period
// Not built yet: its issue replaces this registration.

#include "cli/command.h"

namespace dipgraph::cli {

void RegisterTop(CLI::App& app, CommandContext& ctx) {
  CLI::App* sub = RegisterPending(app, ctx, "top", "Most active ties and actors by period");
  AddDbOption(sub, ctx);
}

}  // namespace dipgraph::cli
