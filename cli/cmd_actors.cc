// `dipgraph actors`: Look up actors in the lexicon and the database
// Not built yet: its issue replaces this registration.

#include "cli/command.h"

namespace dipgraph::cli {

void RegisterActors(CLI::App& app, CommandContext& ctx) {
  CLI::App* sub = RegisterPending(app, ctx, "actors", "Look up actors in the lexicon and the database");
  AddDbOption(sub, ctx);
}

}  // namespace dipgraph::cli
