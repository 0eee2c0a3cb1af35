// `dipgraph extract`: Extract CAMEO-coded events from articles and print them as JSONL
// Not built yet: its issue replaces this registration.

#include "cli/command.h"

namespace dipgraph::cli {

void RegisterExtract(CLI::App& app, CommandContext& ctx) {
  CLI::App* sub = RegisterPending(app, ctx, "extract", "Extract CAMEO-coded events from articles and print them as JSONL");
  AddDbOption(sub, ctx);
}

}  // namespace dipgraph::cli
