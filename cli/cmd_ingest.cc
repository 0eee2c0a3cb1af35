// `dipgraph ingest`: Store articles (JSONL/.txt) or pre-extracted events in the database
// Not built yet: its issue replaces this registration.

#include "cli/command.h"

namespace dipgraph::cli {

void RegisterIngest(CLI::App& app, CommandContext& ctx) {
  CLI::App* sub = RegisterPending(app, ctx, "ingest", "Store articles (JSONL/.txt) or pre-extracted events in the database");
  AddDbOption(sub, ctx);
}

}  // namespace dipgraph::cli
