#include "cli/command.h"

#include <cstdio>
#include <cstdlib>

namespace dipgraph::cli {

std::string DbPath(const CommandContext& ctx) {
  if (!ctx.db_flag.empty()) return ctx.db_flag;
  if (const char* env = std::getenv("DIPGRAPH_DB"); env && *env) return env;
  return "./dipgraph.db";
}

int Fail(const char* command, const base::Status& s) {
  std::fprintf(stderr, "dipgraph %s: %s\n", command, s.message().c_str());
  return s.code() == base::StatusCode::kInvalidArgument ? kExitUsage : kExitFailure;
}

void AddDbOption(CLI::App* sub, CommandContext& ctx) {
  sub->add_option("--db", ctx.db_flag,
                  "Database directory (default: $DIPGRAPH_DB, else ./dipgraph.db)");
}

CLI::App* RegisterPending(CLI::App& app, CommandContext& ctx,
                          const std::string& name,
                          const std::string& description) {
  CLI::App* sub = app.add_subcommand(name, description);
  sub->allow_extras();
  sub->callback([&ctx, name] {
    ctx.run = [name] {
      std::fprintf(stderr, "dipgraph %s: not implemented yet\n", name.c_str());
      return kExitUsage;
    };
  });
  return sub;
}

}  // namespace dipgraph::cli
