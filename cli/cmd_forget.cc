// `dipgraph forget`: removes articles' contributions from the database:
// their mentions, their records, and the canonical events that no other
// article supports. Events that other articles also support stay, with
// lower counts.

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/command.h"
#include "store/event_store.h"

namespace dipgraph::cli {

namespace {

int RunForget(const CommandContext& ctx, const std::vector<std::string>& ids) {
  auto db = store::EventStore::Open(store::StoreOptions(), DbPath(ctx));
  if (!db.ok()) {
    std::fprintf(stderr, "dipgraph forget: %s\n", db.status().ToString().c_str());
    return kExitFailure;
  }
  int rc = kExitOk;
  for (const auto& id : ids) {
    auto r = (*db)->Forget(id);
    if (!r.ok()) {
      std::fprintf(stderr, "dipgraph forget: %s\n", r.status().ToString().c_str());
      rc = kExitFailure;
      if (r.status().code() != base::StatusCode::kNotFound) break;
      continue;
    }
    std::printf("forgot %s: %u events retired\n", id.c_str(), r->events_retired);
  }
  return rc;
}

}  // namespace

void RegisterForget(CLI::App& app, CommandContext& ctx) {
  auto ids = std::make_shared<std::vector<std::string>>();
  CLI::App* sub =
      app.add_subcommand("forget", "Remove an article's contribution from the database");
  AddDbOption(sub, ctx);
  sub->add_option("ids", *ids, "Article ids")->required();
  sub->callback([&ctx, ids] { ctx.run = [&ctx, ids] { return RunForget(ctx, *ids); }; });
}

}  // namespace dipgraph::cli
