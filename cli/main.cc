// dipgraph: builds a temporal graph of diplomatic events from news text.
// A thin main [ninja]: parse the command line, run the chosen subcommand,
// map what is left of errors to an exit code.

#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>

#include "cli/command.h"

int main(int argc, char** argv) {
  using namespace dipgraph::cli;
  CLI::App app{
      "dipgraph: extract who-did-what-to-whom events (CAMEO) from English and "
      "German news, store them in a temporal graph, query, render and export "
      "them."};
  app.set_version_flag("--version", std::string("dipgraph ") + DIPGRAPH_VERSION);
  app.require_subcommand(1);
  CommandContext ctx;
  app.add_option("--db", ctx.db_flag,
                 "Database directory (default: $DIPGRAPH_DB, else ./dipgraph.db)");
  RegisterExtract(app, ctx);
  RegisterIngest(app, ctx);
  RegisterStats(app, ctx);
  RegisterTimeline(app, ctx);
  RegisterPath(app, ctx);
  RegisterNeighbors(app, ctx);
  RegisterTop(app, ctx);
  RegisterActors(app, ctx);
  RegisterRender(app, ctx);
  RegisterExport(app, ctx);
  RegisterForget(app, ctx);
  RegisterSnapshot(app, ctx);
  RegisterCodes(app, ctx);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);  // prints help/version or the error
    return rc == 0 ? kExitOk : kExitUsage;
  }
  if (!ctx.run) return kExitUsage;
  try {
    return ctx.run();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "dipgraph: error: %s\n", e.what());
    return kExitFailure;
  }
}
