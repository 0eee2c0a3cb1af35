// `dipgraph export`: Export actors, events and mentions (jsonl, csv, graphml, neo4j, gdelt)
// Not built yet: its issue replaces this registration.

#include "cli/command.h"

namespace dipgraph::cli {

void RegisterExport(CLI::App& app, CommandContext& ctx) {
  CLI::App* sub = RegisterPending(app, ctx, "export", "Export actors, events and mentions (jsonl, csv, graphml, neo4j, gdelt)");
  AddDbOption(sub, ctx);
}

}  // namespace dipgraph::cli
